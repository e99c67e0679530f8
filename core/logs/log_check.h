#pragma once

#include "core/logs/runtime_log.h"
#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

// The log check: the scenario a runtime log shows, FitScope's estimate for it, and the two side by
// side figure by figure (fitscope-cli check-log, the GUI's log-check dialog).
namespace fitscope::logs {

// How the scenario was put together: what came from the log, where the log overrode a setting the
// user gave (the log is what ran), and which values neither gave (assumed: FitScope's defaults).
struct ScenarioNotes {
    std::vector<std::string> from_log;
    std::vector<std::string> log_overrides;
    std::vector<std::string> assumed;
};

// Sets in `scenario` what the log shows: runtime, context, vLLM's engine arguments
// (gpu_memory_utilization, max_num_batched_tokens, tensor / pipeline parallel size, KV dtype, eager
// mode), llama.cpp's context parameters (n_ctx, n_ubatch, flash attention, cache type, offloaded
// layers), and the GPU's capacity where the log prints its total memory. `given` names the settings
// the user passed explicitly (the estimate flags: "context", "gpu-memory-utilization",
// "max-num-batched-tokens", "kv-cache", "gpus", "eager", "flash-attention", "ubatch", "gpu-layers",
// "batch"): a given value the log contradicts is replaced and noted.
ScenarioNotes applyLogToScenario(const RuntimeLog& log, sizing::Scenario& scenario, const std::set<std::string>& given);

// One compared figure. `predicted` is empty where FitScope has no counterpart (said in `note`).
struct ComparedFigure {
    std::string field;
    std::string device;
    FigureUnit unit = FigureUnit::Bytes;
    double measured = 0;
    std::optional<double> predicted;
    std::string note;

    std::optional<double> difference() const {
        return predicted ? std::optional<double>(*predicted - measured) : std::nullopt;
    }
    std::optional<double> relativeError() const; // (predicted − measured) / measured
};

struct LogCheck {
    std::vector<ComparedFigure> figures;
    std::string verdict;          // starts / does_not_start (vLLM), fits / does_not_fit (llama.cpp, Ollama)
    std::string measured_verdict; // the same read from the log, empty when it does not show
    std::optional<std::int64_t> predicted_max_model_len; // vLLM's "estimated maximum model length"
};

LogCheck compareLogWithEstimate(const RuntimeLog& log, const sizing::Scenario& scenario, const sizing::Estimate& e);

} // namespace fitscope::logs
