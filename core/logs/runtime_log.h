#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// fitscope::logs: readers for the memory figures runtimes print at start-up (vLLM V0 and V1,
// llama.cpp's load output in its old and new formats, Ollama's server log). A log is text pasted from
// anywhere: the readers never throw, bound what they read, and say what they found and what is missing.
namespace fitscope::logs {

enum class LogRuntime { Unknown, Vllm, LlamaCpp, Ollama };
enum class FigureUnit { Bytes, Tokens, Ratio };

// One figure the runtime printed, converted to bytes (MiB = 2^20, GiB = 2^30), tokens or a ratio.
// `field` uses the names of `fitscope-cli check-log --json` (vLLM: model_weights, non_torch,
// activation_peak, cuda_graphs, kv_cache_available, kv_cache_tokens, max_concurrency; llama.cpp:
// model_buffer, kv_buffer, kv_buffer_swa, recurrent_state, compute_buffer, compute_buffer_host,
// output_buffer); `device` is named as the runtime names it (CUDA0, CPU_Mapped, rank3), empty for a
// figure of the whole process.
struct LogFigure {
    std::string field;
    std::string device;
    FigureUnit unit = FigureUnit::Bytes;
    std::int64_t amount = 0; // bytes or tokens
    double ratio = 0.0;      // for FigureUnit::Ratio
    std::string line;        // the log line it was read from (shortened)

    double value() const { return unit == FigureUnit::Ratio ? ratio : static_cast<double>(amount); }
};

// A device as the log reports it: llama.cpp's "using device CUDA0 (...) - N MiB free" and
// llama_memory_breakdown_print rows, vLLM's total_gpu_memory, Ollama's "inference compute" line.
struct LogDevice {
    std::string name;        // CUDA0, Host, rank0
    std::string description; // NVIDIA GeForce RTX 4090
    std::optional<std::int64_t> total_bytes;
    std::optional<std::int64_t> free_bytes;
    // llama_memory_breakdown_print: self = model + context + compute (MiB, as printed).
    std::optional<std::int64_t> model_bytes;
    std::optional<std::int64_t> context_bytes;
    std::optional<std::int64_t> compute_bytes;
};

// vLLM refused to start: "max seq len (N) is larger than the maximum number of tokens that can be
// stored in KV cache (M)" (V0), "To serve at least one request with the model's max seq len (N),
// (X GiB KV cache is needed, which is larger than the available KV cache memory (Y GiB). ... the
// estimated maximum model length is L" (V1), or "No available memory for the cache blocks".
struct VllmStartError {
    enum class Kind { MaxSeqLenTooLarge, KvCacheNeeded, NoCacheMemory };
    Kind kind = Kind::MaxSeqLenTooLarge;
    std::optional<std::int64_t> max_seq_len;
    std::optional<std::int64_t> kv_cache_tokens;
    std::optional<std::int64_t> needed_bytes;
    std::optional<std::int64_t> available_bytes;
    std::optional<std::int64_t> estimated_max_model_len;
    std::string line;
};

// The scenario the log shows: engine arguments (vLLM), context parameters and model metadata
// (llama.cpp), the server's command line (Ollama). Every field is optional: excerpts are partial.
struct LogSettings {
    // Runtime identity.
    std::optional<std::string> version; // "v0.8.3.dev172+g2b93162f", "5261 (cb06a3c3)"
    std::optional<std::string> engine;  // vLLM "V0" / "V1"
    std::optional<std::string> model;   // model path or name as printed
    // vLLM engine arguments.
    std::optional<std::int64_t> max_model_len;
    std::optional<std::int64_t> max_num_seqs;
    std::optional<std::int64_t> max_num_batched_tokens;
    std::optional<std::int64_t> tensor_parallel_size;
    std::optional<std::int64_t> pipeline_parallel_size;
    std::optional<double> gpu_memory_utilization;
    std::optional<double> cpu_offload_gb;
    std::optional<bool> enforce_eager;
    std::optional<bool> enable_chunked_prefill;
    std::optional<bool> enable_prefix_caching;
    std::optional<std::int64_t> num_speculative_tokens; // speculative_config
    std::optional<std::string> kv_cache_dtype;
    std::optional<std::string> quantization;
    std::optional<std::string> dtype;
    std::optional<std::int64_t> total_gpu_memory_bytes;
    std::optional<std::int64_t> requested_memory_bytes; // total × utilization as vLLM prints it
    std::optional<std::int64_t> peak_torch_bytes;       // v0.6.4 "peak_torch_memory" (weights included)
    std::optional<std::int64_t> gpu_blocks;
    // llama.cpp context parameters and model.
    std::optional<std::int64_t> n_ctx;
    std::optional<std::int64_t> n_ctx_seq;
    std::optional<std::int64_t> n_batch;
    std::optional<std::int64_t> n_ubatch;
    std::optional<std::int64_t> n_seq_max;
    std::optional<std::string> flash_attn; // "on", "off", "auto"
    // What -fa auto resolved to: llama-context.cpp prints "Flash Attention was auto, set to enabled"
    // (2025 builds) or "Flash Attention enabled" / "Flash Attention not supported, set to disabled"
    // (resolve_fused_ops, ggml-org/llama.cpp @001d906).
    std::optional<bool> flash_attn_resolved;
    // The KV total as "KV self size = …": llama.cpp's format until the per-cache "llama_kv_cache…: size ="
    // line of mid-2025 (and ik_llama.cpp's), so a build older than -fa auto.
    bool kv_self_size_line = false;
    std::optional<bool> kv_unified;
    std::optional<bool> swa_full;
    std::optional<std::string> type_k;
    std::optional<std::string> type_v;
    std::optional<std::int64_t> kv_cells;
    std::optional<std::int64_t> kv_layers;
    std::optional<std::int64_t> kv_self_bytes; // "KV self size" / "llama_kv_cache: size" (all devices)
    std::optional<std::int64_t> layers_offloaded;
    std::optional<std::int64_t> layers_total;
    std::optional<std::int64_t> n_gpu_layers;    // Ollama's --n-gpu-layers
    std::map<std::string, std::string> metadata; // print_info / llm_load_print_meta key = value
    // Ollama's own estimate and environment.
    std::optional<std::string> ollama_kv_cache_type;
    std::optional<bool> ollama_flash_attention;
    std::vector<LogDevice> devices;
};

enum class LogOutcome { Unknown, Started, Refused, Loaded, OutOfMemory };

struct RuntimeLog {
    LogRuntime runtime = LogRuntime::Unknown;
    std::string format; // "vLLM V1 start-up log", "llama.cpp load log (new format)", ...
    std::vector<LogFigure> figures;
    LogSettings settings;
    LogOutcome outcome = LogOutcome::Unknown;
    std::optional<VllmStartError> vllm_error;
    std::int64_t lines_read = 0;
    std::vector<std::string> found;    // what was recognised, for the message
    std::vector<std::string> missing;  // what a complete log of this runtime would show and this lacks
    std::vector<std::string> problems; // truncated, interleaved, impossible numbers

    // The figures of one field (all devices), and the one of a device.
    std::vector<const LogFigure*> figuresOf(std::string_view field) const;
    const LogFigure* figure(std::string_view field, std::string_view device = {}) const;
    bool usable() const { return runtime != LogRuntime::Unknown && !figures.empty(); }
};

// Reads a runtime log of any supported format; never throws. At most kMaxLogBytes are read.
inline constexpr std::size_t kMaxLogBytes = 32u << 20;
RuntimeLog parseRuntimeLog(std::string_view text);

// A few lines for a person: the format found, its figures, what is missing and what is wrong.
std::string describeRuntimeLog(const RuntimeLog& log);

std::string_view runtimeName(LogRuntime runtime);
std::string_view unitName(FigureUnit unit);
std::string_view outcomeName(LogOutcome outcome);

} // namespace fitscope::logs
