#pragma once

#include "core/sizing/precision.h"
#include "core/sizing/prepared_model.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::sizing {

struct LlamaCppOptions;
struct PrecisionPlan;

// llama.cpp's per-tensor placement: --override-tensor / -ot PATTERN=BUFFER rules and the --cpu-moe /
// --n-cpu-moe shorthands, which common/arg.cpp turns into rules of its own (common/common.h
// LLM_FFN_EXPS_REGEX of ggml-org/llama.cpp master, late 2025; b6089's original was "\.ffn_(up|down|gate)_exps",
// the gate_up and _chexps alternatives came later):
//   --cpu-moe      -> LLM_FFN_EXPS_REGEX "\.ffn_(up|down|gate|gate_up)_(ch|)exps" = CPU
//   --n-cpu-moe N  -> for i in [0, N): "blk\.<i>\.ffn_(up|down|gate|gate_up)_(ch|)exps" = CPU
// llama-model.cpp load_tensors() tries every rule in order on each tensor's full name
// (std::regex_search, ECMAScript: a match anywhere in the name) and the first match decides its buffer;
// tensors no rule matches go where n_gpu_layers puts their layer. The KV cache and the compute graph
// stay with the layer.

// An error in a rule (not PATTERN=BUFFER, a regex std::regex rejects, a buffer llama.cpp does not
// name), with a message that names the part.
class TensorOverrideError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// The pattern of --cpu-moe and of each --n-cpu-moe layer (LLM_FFN_EXPS_REGEX, common/common.h).
inline constexpr std::string_view kLlamaCppExpertsRegex = "\\.ffn_(up|down|gate|gate_up)_(ch|)exps";
// The pattern --n-cpu-moe adds for layer il: llm_ffn_exps_block_regex(il) = "blk\.<il>" + the above.
std::string llamaCppExpertsBlockRegex(std::int64_t layer);

// Where a rule sends its tensors: the CPU (system RAM) or GPU `gpu` (CUDA0, ROCm1, Vulkan0, ...: the
// device buffers arg.cpp's parse_tensor_buffer_overrides lists, one per device, by index).
struct OverrideTarget {
    bool cpu = true;
    std::int64_t gpu = 0;
};
// "CPU" -> cpu; "CUDA0", "ROCm1", "Vulkan2", "SYCL0", "MUSA0", "CANN0" -> that GPU; else nullopt.
std::optional<OverrideTarget> overrideTargetFromName(std::string_view buffer);

// One rule as the user wrote it ("blk\.1[4-9]\.ffn_.*_exps\.=CPU").
struct TensorOverride {
    std::string pattern;
    std::string buffer;

    std::string text() const { return pattern + "=" + buffer; }
    bool operator==(const TensorOverride&) const = default;
};

// Splits a -ot value at commas into rules (arg.cpp's parse_tensor_buffer_overrides) and checks each:
// PATTERN=BUFFER, a pattern std::regex compiles, a buffer overrideTargetFromName knows. Throws
// TensorOverrideError naming the rule.
std::vector<TensorOverride> parseTensorOverrides(std::string_view value);

// One tensor of a decoder layer as llama.cpp names it ("blk.12.ffn_up_exps.weight") with its bytes.
struct LayerTensor {
    std::string name;
    std::int64_t layer = 0;
    std::int64_t bytes = 0;
    bool routed_expert = false; // one of the layer's routed-expert matrices (ffn_*_exps)
};

// The tensors of the repeating layers under plan, with llama.cpp's names: the GGUF's own table when the
// model was read from one and the plan keeps its format (PreparedModel::stored_tensors), else the names
// llama.cpp's converter gives the config's matrices (llama-arch.cpp LLM_TENSOR_NAMES: attn_q, attn_k,
// attn_v, attn_output, ffn_gate/up/down, ffn_*_exps, ffn_*_shexp, ffn_gate_inp, ssm_in, ssm_out, ...)
// with the engine's bytes for them. Norm and bias vectors are left out (a few kB, spread over layers).
std::vector<LayerTensor> llamaCppLayerTensors(const PreparedModel& model, const PrecisionPlan& plan);

// The bytes of each layer's routed-expert matrices under plan ([num_layers] entries).
std::vector<std::int64_t> routedExpertBytesByLayer(const PreparedModel& model, const PrecisionPlan& plan);

// The outcome of the rules for one model: per layer, the bytes sent to the CPU and to each GPU by a rule.
struct TensorPlacement {
    bool any = false;                                        // some rule is set
    std::vector<std::int64_t> cpu_bytes;                     // [layer]: bytes a rule sends to the CPU
    std::vector<std::int64_t> cpu_routed_bytes;              // [layer]: of them, routed experts
    std::vector<std::int64_t> routed_bytes;                  // [layer]: all routed-expert bytes of the layer
    std::vector<std::vector<std::int64_t>> gpu_bytes;        // [gpu][layer]: bytes a rule sends to that GPU
    std::vector<std::vector<std::int64_t>> gpu_routed_bytes; // [gpu][layer]: of them, routed experts
    std::int64_t tensors_overridden = 0;
    std::vector<std::string> missing_gpus; // buffers naming a GPU the scenario does not have (rule ignored)
};

// Applies the scenario's rules in llama.cpp's order: the -ot rules as given, then --cpu-moe, then
// --n-cpu-moe's per-layer rules (FitScope's scenario keeps them in that order; launch commands write them
// so). The shorthands are matched without a regex (their meaning is fixed), so a solver sweep over
// --n-cpu-moe stays cheap. Rules are assumed valid (parseTensorOverrides); one that no longer compiles
// is skipped.
TensorPlacement placeTensors(const PreparedModel& model, const PrecisionPlan& plan, const LlamaCppOptions& options,
                             std::int64_t gpu_count);

// True when the model has routed experts llama.cpp would place (ffn_*_exps tensors).
bool hasRoutedExperts(const PreparedModel& model);

} // namespace fitscope::sizing
