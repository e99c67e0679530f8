#pragma once

#include "core/sizing/flash_attention.h"
#include "core/sizing/precision.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fitscope::plan {

// The runtimes FitScope writes launch commands for. Ollama runs llama.cpp underneath: its settings
// are llama.cpp's, sized by the llama.cpp profile.
enum class LaunchRuntime : std::uint8_t { LlamaCpp, Vllm, Ollama };
std::string_view launchRuntimeId(LaunchRuntime runtime); // "llamacpp", "vllm", "ollama"
std::optional<LaunchRuntime> launchRuntimeFromId(std::string_view id);

// The runtime version each command is written for (the flag spellings and defaults named here).
// llama.cpp: common/arg.cpp of the b6xxx series (-fa takes on|off|auto, --n-cpu-moe exists);
// vLLM: the v1 engine's vllm/engine/arg_utils.py (0.10–0.11); Ollama: envconfig/config.go and the
// Modelfile PARAMETER names of 0.11.
std::string_view launchRuntimeVersion(LaunchRuntime runtime);

// The settings of one launch that change memory, each set only when the command names it (a parsed
// command) or FitScope assumed it (an exported scenario). Exporting writes exactly the set ones, so
// a parsed command exports to the same flags.
struct LaunchSettings {
    LaunchRuntime runtime = LaunchRuntime::LlamaCpp;
    std::string model; // -m path, vLLM's model id or path, Ollama's FROM
    // llama.cpp: the program is llama-server, whose -np defaults to auto (kServerAutoSlots slots sharing a
    // unified cache); false for llama-cli and the other tools, which run one sequence without -np.
    bool llama_server = true;
    std::optional<std::string> mmproj; // llama.cpp --mmproj (the vision projector file)

    // llama.cpp: -c (n_ctx, all sequences together); vLLM: --max-model-len (per sequence);
    // Ollama: num_ctx (per sequence; Ollama multiplies it by OLLAMA_NUM_PARALLEL).
    std::optional<std::int64_t> context_tokens;
    // llama.cpp -np (unset or -np -1: llama-server's auto), vLLM --max-num-seqs, OLLAMA_NUM_PARALLEL.
    std::optional<std::int64_t> parallel_sequences;
    std::optional<std::int64_t> gpu_layers;                // llama.cpp -ngl, Ollama num_gpu
    std::optional<sizing::KvFormat> cache_type_k;          // -ctk, --kv-cache-dtype, OLLAMA_KV_CACHE_TYPE
    std::optional<sizing::KvFormat> cache_type_v;          // -ctv
    std::optional<sizing::FlashAttention> flash_attention; // -fa on|off|auto (bare -fa: on), OLLAMA_FLASH_ATTENTION
    std::optional<std::int64_t> ubatch;                    // -ub
    std::optional<std::vector<double>> tensor_split;       // -ts 1,1
    std::optional<bool> swa_full;                          // --swa-full
    std::optional<bool> kv_unified;                        // -kvu / -no-kvu
    std::vector<std::string> tensor_overrides;             // -ot PATTERN=BUFFER, in order (first match wins)
    std::optional<bool> cpu_moe;                           // --cpu-moe / -cmoe
    std::optional<std::int64_t> n_cpu_moe;                 // --n-cpu-moe / -ncmoe N

    std::optional<double> gpu_memory_utilization;       // vLLM
    std::optional<std::int64_t> tensor_parallel;        // vLLM -tp
    std::optional<std::int64_t> pipeline_parallel;      // vLLM -pp
    std::optional<std::string> quantization;            // vLLM --quantization
    std::optional<std::string> dtype;                   // vLLM --dtype
    std::optional<bool> enforce_eager;                  // vLLM --enforce-eager
    std::optional<std::int64_t> max_num_batched_tokens; // vLLM

    // NAME=value words before the program (CUDA_VISIBLE_DEVICES, OLLAMA_*), as given.
    std::vector<std::pair<std::string, std::string>> environment;
    // Words FitScope does not model (flags with their values, stray words), as given.
    std::vector<std::string> unknown;
    // What the export could not express (a KV format the runtime lacks, ...), for the user.
    std::vector<std::string> warnings;
};

// llama.cpp's names for its cache types (llama.cpp common/arg.cpp kv_cache_types).
std::string_view llamaCppCacheTypeName(sizing::KvFormat format);
std::optional<sizing::KvFormat> kvFormatFromLlamaCppName(std::string_view name);

} // namespace fitscope::plan
