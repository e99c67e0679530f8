#pragma once

#include "core/sizing/gpu_spec.h"
#include "core/sizing/scenario.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace fitscope::plan {

enum class FitChangeKind : std::uint8_t {
    ShorterContext,
    SmallerKvFormat,
    SmallerWeightFormat,
    FewerGpuLayers, // llama.cpp: layers to system RAM
    ExpertsToCpu,   // llama.cpp: the routed experts of the first layers to system RAM (--n-cpu-moe)
    MoreGpus,
    SmallestGpu,
};
std::string_view fitChangeKindId(FitChangeKind kind); // "shorter-context", "smaller-kv", ...

// One change to a scenario that does not fit, after which it does (fits or tight), found with the
// solvers of core/sizing/solver.h.
struct FitChange {
    FitChangeKind kind;
    sizing::Scenario scenario; // the changed scenario
    std::string change;        // "context 4096 → 2867 tokens"
    std::string cost;          // what it gives up: "30 % of the context", "decode 41 → 9 tokens/s"
    // The share of what was asked for that the change gives up (0…1; 1 = new hardware): the
    // ranking key, so the cheapest changes come first.
    double given_up_fraction = 0;
    std::int64_t saved_bytes = 0; // on the most loaded GPU (per_gpu_bytes before − after)
    std::int64_t per_gpu_bytes_after = 0;
    std::int64_t capacity_bytes_after = 0; // per GPU (a GPU change saves nothing but adds capacity)
};

// The cheapest `count` changes that make the scenario fit: the longest context that fits, the most
// precise smaller KV format (llama.cpp: with flash attention, which a quantized V cache needs), the
// most precise smaller weight format of the runtime's family, llama.cpp's most GPU layers that fit and
// (MoE models) its smallest --n-cpu-moe that fits,
// the fewest GPUs that fit, the smallest GPU of `gpus` that fits. Ranked by given_up_fraction
// (hardware changes count as 1, after every change that keeps some of what was asked). Empty when
// the scenario names no GPU or already fits.
std::vector<FitChange> cheapestChangesThatFit(const sizing::Scenario& scenario, std::span<const sizing::GpuSpec> gpus,
                                              std::size_t count = 3);

nlohmann::json fitChangesJson(const std::vector<FitChange>& changes);

} // namespace fitscope::plan
