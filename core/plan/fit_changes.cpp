#include "core/plan/fit_changes.h"

#include "core/sizing/estimator.h"
#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/solver.h"
#include "core/sizing/units.h"

#include <algorithm>

namespace fitscope::plan {

using namespace fitscope::sizing;

std::string_view fitChangeKindId(FitChangeKind kind) {
    switch (kind) {
    case FitChangeKind::ShorterContext:
        return "shorter-context";
    case FitChangeKind::SmallerKvFormat:
        return "smaller-kv-format";
    case FitChangeKind::SmallerWeightFormat:
        return "smaller-weight-format";
    case FitChangeKind::FewerGpuLayers:
        return "fewer-gpu-layers";
    case FitChangeKind::ExpertsToCpu:
        return "experts-to-cpu";
    case FitChangeKind::MoreGpus:
        return "more-gpus";
    case FitChangeKind::SmallestGpu:
        return "smallest-gpu";
    }
    return "";
}

namespace {

bool fits(const Estimate& e) {
    return e.fit && e.fit->verdict != Verdict::DoesNotFit;
}

// The KV formats a runtime offers, most precise first (llama.cpp: -ctk names; vLLM: fp8).
std::vector<KvFormat> kvCandidates(Runtime runtime) {
    switch (runtime) {
    case Runtime::LlamaCpp:
        return {KvFormat::Q8_0, KvFormat::Q4_0};
    case Runtime::Vllm:
        return {KvFormat::FP8};
    default:
        return {KvFormat::FP8, KvFormat::INT8};
    }
}

bool formatSuitsRuntime(WeightFormat format, Runtime runtime) {
    const bool gguf = formatInfo(format).family == FormatFamily::Gguf;
    return runtime == Runtime::LlamaCpp ? gguf : !gguf;
}

} // namespace

std::vector<FitChange> cheapestChangesThatFit(const Scenario& scenario, std::span<const GpuSpec> gpus,
                                              std::size_t count) {
    std::vector<FitChange> changes;
    if (!scenario.gpu || !scenario.model) {
        return changes;
    }
    const Estimate before = estimate(scenario, Detail::NumbersOnly);
    if (fits(before)) {
        return changes;
    }
    auto add = [&](FitChangeKind kind, const Scenario& changed, std::string change, std::string cost, double given_up) {
        const Estimate after = estimate(changed, Detail::NumbersOnly);
        if (!fits(after)) {
            return; // the solvers promise a fit; keep only what the engine confirms
        }
        changes.push_back({kind, changed, std::move(change), std::move(cost), std::clamp(given_up, 0.0, 1.0),
                           before.per_gpu_bytes - after.per_gpu_bytes, after.per_gpu_bytes, after.fit->capacity_bytes});
    };

    // A shorter context.
    if (scenario.context_tokens > 1) {
        if (const auto tokens = longestContextThatFits(scenario, scenario.context_tokens - 1)) {
            Scenario s = scenario;
            s.context_tokens = *tokens;
            const double lost = 1.0 - static_cast<double>(*tokens) / static_cast<double>(scenario.context_tokens);
            add(FitChangeKind::ShorterContext, s,
                "context " + std::to_string(scenario.context_tokens) + " → " + std::to_string(*tokens) + " tokens",
                formatNumber(lost * 100, 1) + " % of the context", lost);
        }
    }

    // A smaller KV format: the most precise one that fits.
    const double kv_bytes_now = kvNominalBytesPerElement(scenario.precision.kv_cache);
    for (const KvFormat kv : kvCandidates(scenario.runtime)) {
        if (kvNominalBytesPerElement(kv) >= kv_bytes_now) {
            continue;
        }
        Scenario s = scenario;
        s.precision.kv_cache = kv;
        if (s.runtime == Runtime::LlamaCpp) {
            if (!llamaCppFlashAttention(s)) {
                s.llamacpp.flash_attention = FlashAttention::On; // a quantized V cache needs -fa
            }
        }
        if (!fits(estimate(s, Detail::NumbersOnly))) {
            continue;
        }
        const double lost = 1.0 - kvNominalBytesPerElement(kv) / kv_bytes_now;
        add(FitChangeKind::SmallerKvFormat, s,
            "KV cache " + std::string(kvFormatInfo(scenario.precision.kv_cache).id) + " → " +
                std::string(kvFormatInfo(kv).id) +
                (llamaCppFlashAttention(s) && !llamaCppFlashAttention(scenario) ? " (with flash attention)" : ""),
            formatNumber(lost * 100, 1) + " % of the KV bits (quantized keys and values)", lost);
        break;
    }

    // A smaller weight format of the runtime's family.
    {
        const double bits_now = before.bits_per_weight;
        std::vector<WeightFormat> candidates;
        for (const FormatInfo& info : allWeightFormats()) {
            if (!formatSuitsRuntime(info.format, scenario.runtime) || info.format == scenario.precision.weights) {
                continue;
            }
            Scenario s = scenario;
            s.precision.weights = info.format;
            if (estimate(s, Detail::NumbersOnly).bits_per_weight < bits_now) {
                candidates.push_back(info.format);
            }
        }
        if (const auto format = mostPreciseFormatThatFits(scenario, candidates)) {
            Scenario s = scenario;
            s.precision.weights = *format;
            const double bits_after = estimate(s, Detail::NumbersOnly).bits_per_weight;
            const double lost = bits_now > 0 ? 1.0 - bits_after / bits_now : 0;
            add(FitChangeKind::SmallerWeightFormat, s,
                "weights " + std::string(formatInfo(scenario.precision.weights).id) + " → " +
                    std::string(formatInfo(*format).id),
                formatNumber(bits_now, 2) + " → " + formatNumber(bits_after, 2) + " bits per weight", lost);
        }
    }

    // llama.cpp: the most layers on the GPU that fit, the rest in system RAM.
    if (scenario.runtime == Runtime::LlamaCpp) {
        if (const auto layers = largestGpuLayersThatFit(scenario)) {
            Scenario s = scenario;
            s.llamacpp.n_gpu_layers = *layers;
            const Estimate after = estimate(s, Detail::NumbersOnly);
            const bool ram_ok = !after.cpu_verdict || *after.cpu_verdict != Verdict::DoesNotFit;
            if (ram_ok) {
                const double speed_before = before.speed.decode_tokens_per_s;
                const double speed_after = after.speed.decode_tokens_per_s;
                const double lost = speed_before > 0 ? 1.0 - speed_after / speed_before : 0.5;
                add(FitChangeKind::FewerGpuLayers, s,
                    "-ngl " + std::to_string(*layers) + " (" +
                        std::to_string(before.llamacpp ? before.llamacpp->max_gpu_layers - *layers : 0) +
                        " layers in system RAM)",
                    "decode " + formatNumber(speed_before, 1) + " → " + formatNumber(speed_after, 1) + " tokens/s",
                    lost);
            }
        }
    }

    // llama.cpp, MoE models: the routed experts of the first N layers in system RAM, the rest of every layer
    // (attention, shared experts, KV cache) on the GPU.
    if (scenario.runtime == Runtime::LlamaCpp && !scenario.llamacpp.cpu_moe && hasRoutedExperts(*scenario.model)) {
        if (const auto n = fewestCpuMoeLayersThatFit(scenario); n && *n > scenario.llamacpp.n_cpu_moe) {
            Scenario s = scenario;
            s.llamacpp.n_cpu_moe = *n;
            const Estimate after = estimate(s, Detail::NumbersOnly);
            if (!after.cpu_verdict || *after.cpu_verdict != Verdict::DoesNotFit) {
                const double speed_before = before.speed.decode_tokens_per_s;
                const double speed_after = after.speed.decode_tokens_per_s;
                const double lost = speed_before > 0 ? 1.0 - speed_after / speed_before : 0.5;
                add(FitChangeKind::ExpertsToCpu, s,
                    "--n-cpu-moe " + std::to_string(*n) + " (the routed experts of " + std::to_string(*n) +
                        " layers in system RAM)",
                    "decode " + formatNumber(speed_before, 1) + " → " + formatNumber(speed_after, 1) + " tokens/s",
                    lost);
            }
        }
    }

    // More GPUs of the same model.
    if (const auto gpus_needed = fewestGpusThatFit(scenario, std::max<std::int64_t>(64, scenario.gpu_count + 1))) {
        if (*gpus_needed > scenario.gpu_count) {
            Scenario s = scenario;
            s.gpu_count = *gpus_needed;
            const std::int64_t more = *gpus_needed - scenario.gpu_count;
            add(FitChangeKind::MoreGpus, s,
                std::to_string(*gpus_needed) + " × " + scenario.gpu->display_name + " (" + std::to_string(more) +
                    " more)",
                std::to_string(more) + " more GPU" + (more > 1 ? "s" : ""), 1.0);
        }
    }

    // The smallest GPU that fits it alone.
    if (const auto index = smallestGpuThatFits(scenario, gpus)) {
        if (gpus[*index].id != scenario.gpu->id || scenario.gpu_count != 1) {
            Scenario s = scenario;
            s.gpu = std::make_shared<GpuSpec>(gpus[*index]);
            s.gpu_count = 1;
            add(FitChangeKind::SmallestGpu, s, "one " + gpus[*index].display_name,
                "a " + gpus[*index].display_name + " instead of " +
                    (scenario.gpu_count > 1 ? std::to_string(scenario.gpu_count) + " × " : std::string()) +
                    scenario.gpu->display_name,
                1.0);
        }
    }

    std::stable_sort(changes.begin(), changes.end(),
                     [](const FitChange& a, const FitChange& b) { return a.given_up_fraction < b.given_up_fraction; });
    if (changes.size() > count) {
        changes.resize(count);
    }
    return changes;
}

nlohmann::json fitChangesJson(const std::vector<FitChange>& changes) {
    nlohmann::json out = nlohmann::json::array();
    for (const FitChange& c : changes) {
        out.push_back({{"kind", std::string(fitChangeKindId(c.kind))},
                       {"change", c.change},
                       {"cost", c.cost},
                       {"given_up_fraction", c.given_up_fraction},
                       {"saved_bytes", c.saved_bytes},
                       {"per_gpu_bytes_after", c.per_gpu_bytes_after},
                       {"capacity_bytes_after", c.capacity_bytes_after}});
    }
    return out;
}

} // namespace fitscope::plan
