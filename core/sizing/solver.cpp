#include "core/sizing/solver.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace fitscope::sizing {

namespace {

bool fits(const Scenario& scenario) {
    const Estimate e = estimate(scenario, Detail::NumbersOnly);
    return e.fit && e.fit->verdict != Verdict::DoesNotFit;
}

// The largest value in [lo, hi] for which fits_at(value) holds, given that it holds at lo.
template <typename Predicate>
std::int64_t largestTrue(std::int64_t lo, std::int64_t hi, Predicate fits_at) {
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo + 1) / 2;
        if (fits_at(mid)) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return lo;
}

} // namespace

std::optional<std::int64_t> longestContextThatFits(const Scenario& scenario, std::int64_t max_context) {
    if (!scenario.gpu) {
        return std::nullopt;
    }
    Scenario s = scenario;
    max_context = std::clamp<std::int64_t>(max_context, 1, kMaxContextTokens);
    s.context_tokens = 1;
    if (!fits(s)) {
        return std::nullopt;
    }
    return largestTrue(1, max_context, [&s](std::int64_t tokens) {
        s.context_tokens = tokens;
        return fits(s);
    });
}

std::optional<std::int64_t> largestBatchThatFits(const Scenario& scenario, std::int64_t max_batch) {
    if (!scenario.gpu) {
        return std::nullopt;
    }
    Scenario s = scenario;
    max_batch = std::clamp<std::int64_t>(max_batch, 1, kMaxBatch);
    s.batch = 1;
    if (!fits(s)) {
        return std::nullopt;
    }
    return largestTrue(1, max_batch, [&s](std::int64_t batch) {
        s.batch = batch;
        return fits(s);
    });
}

std::optional<std::size_t> smallestGpuThatFits(const Scenario& scenario, std::span<const GpuSpec> gpus) {
    std::optional<std::size_t> best;
    Scenario s = scenario;
    s.gpu_count = 1;
    for (std::size_t i = 0; i < gpus.size(); ++i) {
        if (best && gpus[i].capacityBytes() >= gpus[*best].capacityBytes()) {
            continue;
        }
        // Non-owning: the span outlives this loop.
        s.gpu = std::shared_ptr<const GpuSpec>(std::shared_ptr<const GpuSpec>{}, &gpus[i]);
        if (fits(s)) {
            best = i;
        }
    }
    return best;
}

std::optional<std::int64_t> fewestGpusThatFit(const Scenario& scenario, std::int64_t max_gpus) {
    if (!scenario.gpu) {
        return std::nullopt;
    }
    Scenario s = scenario;
    for (std::int64_t n = 1; n <= std::min(max_gpus, kMaxGpuCount); n *= 2) {
        s.gpu_count = n;
        if (fits(s)) {
            // Powers of two are what tensor parallelism accepts (heads must divide evenly).
            return n;
        }
    }
    return std::nullopt;
}

std::optional<std::int64_t> largestGpuLayersThatFit(const Scenario& scenario) {
    if (!scenario.gpu) {
        return std::nullopt;
    }
    Scenario s = scenario;
    s.runtime = Runtime::LlamaCpp;
    s.llamacpp.n_gpu_layers = 0;
    if (!fits(s)) {
        return std::nullopt;
    }
    // Each layer moved to the GPU adds its weights and KV cache there: the GPU load grows with it.
    return largestTrue(0, s.model->spec.num_layers + 1, [&s](std::int64_t layers) {
        s.llamacpp.n_gpu_layers = layers;
        return fits(s);
    });
}

std::optional<std::int64_t> fewestCpuMoeLayersThatFit(const Scenario& scenario) {
    if (!scenario.gpu || !hasRoutedExperts(*scenario.model)) {
        return std::nullopt;
    }
    Scenario s = scenario;
    s.runtime = Runtime::LlamaCpp;
    s.llamacpp.cpu_moe = false;
    const std::int64_t layers = s.model->spec.num_layers;
    s.llamacpp.n_cpu_moe = layers;
    if (!fits(s)) {
        return std::nullopt;
    }
    // Each layer whose experts return to the GPU adds their bytes there: the GPU load falls as N grows,
    // so the smallest N that fits is the largest (layers − N) that does.
    const std::int64_t on_gpu = largestTrue(0, layers, [&s, layers](std::int64_t kept) {
        s.llamacpp.n_cpu_moe = layers - kept;
        return fits(s);
    });
    return layers - on_gpu;
}

std::optional<std::int64_t> longestContextWithExpertsOnGpu(const Scenario& scenario, std::int64_t max_context) {
    Scenario s = scenario;
    s.runtime = Runtime::LlamaCpp;
    s.llamacpp.cpu_moe = false;
    s.llamacpp.n_cpu_moe = 0;
    s.llamacpp.tensor_overrides.clear();
    s.llamacpp.n_gpu_layers = -1;
    return longestContextThatFits(s, max_context);
}

std::optional<WeightFormat> mostPreciseFormatThatFits(const Scenario& scenario,
                                                      std::span<const WeightFormat> candidates) {
    if (!scenario.gpu) {
        return std::nullopt;
    }
    // Rank by the bits each format really stores for this model.
    std::vector<std::pair<double, WeightFormat>> ranked;
    ranked.reserve(candidates.size());
    for (WeightFormat format : candidates) {
        PrecisionPlan plan = scenario.precision;
        plan.weights = format;
        ranked.emplace_back(static_cast<double>(weightBytes(*scenario.model, plan).total()), format);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    Scenario s = scenario;
    for (const auto& [bytes, format] : ranked) {
        s.precision.weights = format;
        if (fits(s)) {
            return format;
        }
    }
    return std::nullopt;
}

std::span<const WeightFormat> defaultFormatCandidates() {
    static const std::vector<WeightFormat> candidates = [] {
        std::vector<WeightFormat> all;
        for (const FormatInfo& info : allWeightFormats()) {
            all.push_back(info.format);
        }
        return all;
    }();
    return candidates;
}

} // namespace fitscope::sizing
