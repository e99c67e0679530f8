#pragma once

#include "core/sizing/derivation.h"
#include "core/sizing/model_spec.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fitscope::sizing {

enum class Verdict : std::uint8_t { Fits, Tight, DoesNotFit };
std::string_view verdictId(Verdict verdict); // "fits", "tight", "does-not-fit"

// Under 10 % of the capacity left is "tight": allocator growth or a longer prompt can tip it over.
inline constexpr double kTightHeadroomFraction = 0.10;

struct GpuFit {
    std::int64_t gpu_count = 1;
    std::int64_t capacity_bytes = 0; // per GPU: the driver's usable figure where known
    std::int64_t nominal_bytes = 0;  // per GPU: the datasheet figure
    std::int64_t per_gpu_bytes = 0;  // the most loaded GPU
    std::int64_t headroom_bytes = 0; // capacity − load (negative = shortfall)
    Verdict verdict = Verdict::DoesNotFit;
};

// Weight bytes split the way the chart and the report show them.
struct WeightBreakdown {
    std::int64_t embeddings_bytes = 0;
    std::int64_t body_bytes = 0; // attention and MLP/expert matrices
    std::int64_t norms_bytes = 0;
    std::int64_t output_head_bytes = 0;

    std::int64_t total() const { return embeddings_bytes + body_bytes + norms_bytes + output_head_bytes; }
};

// The result of one estimate: bytes per component, for the whole deployment and per GPU, and the
// derivation that produced them.
struct Estimate {
    ParameterCounts params;
    // The four components of the memory bar (whole deployment, all GPUs together).
    std::int64_t weights_bytes = 0;
    std::int64_t kv_cache_bytes = 0;
    std::int64_t activation_bytes = 0;
    std::int64_t overhead_bytes = 0;
    std::int64_t total_bytes = 0;

    WeightBreakdown weights;                // exact storage (what the accurate profiles use)
    std::int64_t weights_nominal_bytes = 0; // the article's params × bytes, scales ignored
    double bits_per_weight = 0;             // exact storage bits / parameters
    std::int64_t kv_bytes_per_token = 0;    // per sequence, all layers (window-capped layers at full count)
    std::int64_t kv_cache_no_gqa_bytes = 0; // the article's formula: 2 × layers × hidden × tokens × bytes
    bool kv_window_capped = false;          // some layers hold only the sliding window

    std::int64_t per_gpu_bytes = 0; // the load on each GPU (= total_bytes on one GPU)
    std::optional<GpuFit> fit;      // set when the scenario names a GPU

    std::vector<DerivationStep> steps;
};

} // namespace fitscope::sizing
