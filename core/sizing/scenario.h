#pragma once

#include "core/sizing/gpu_spec.h"
#include "core/sizing/precision.h"
#include "core/sizing/prepared_model.h"

#include <memory>
#include <optional>
#include <span>
#include <string_view>

namespace fitscope::sizing {

// How memory beyond weights and KV cache is accounted for.
enum class Runtime : std::uint8_t {
    Simple,       // the article: weights × (1 + overhead) + KV cache
    Transformers, // PyTorch / Hugging Face generate(): CUDA context, allocator, prefill activations
    Count_
};

struct RuntimeInfo {
    Runtime runtime;
    std::string_view id;
    std::string_view display_name;
    std::string_view description;
};
std::span<const RuntimeInfo> allRuntimes();
const RuntimeInfo& runtimeInfo(Runtime runtime);
std::optional<Runtime> runtimeFromId(std::string_view id);

// Which format each part of the model is stored in.
struct PrecisionPlan {
    WeightFormat weights = WeightFormat::FP16;
    // Unset = the format's default: 16-bit for quantized non-GGUF formats (the article's checklist:
    // "do not quantize embedding and LM-head layers to INT4"), llama.cpp's own choice for GGUF.
    std::optional<WeightFormat> embeddings;
    std::optional<WeightFormat> output_head;
    KvFormat kv_cache = KvFormat::FP16;
};

// Everything an estimate depends on. Plain data: the GUI and CLI build one from their controls.
struct Scenario {
    std::shared_ptr<const PreparedModel> model;
    PrecisionPlan precision;
    std::int64_t context_tokens = 4096; // prompt + generated tokens per sequence
    std::int64_t batch = 1;             // concurrent sequences
    Runtime runtime = Runtime::Simple;
    double overhead_fraction = 0.20;    // the simple profile's flat overhead (article: 20 %)
    std::shared_ptr<const GpuSpec> gpu; // unset = no verdict
    std::int64_t gpu_count = 1;         // identical GPUs, tensor parallel
};

// Limits that keep every estimate inside int64 with a wide margin.
inline constexpr std::int64_t kMaxContextTokens = 1LL << 26; // 67 M tokens
inline constexpr std::int64_t kMaxBatch = 1LL << 20;
inline constexpr std::int64_t kMaxGpuCount = 4096;

} // namespace fitscope::sizing
