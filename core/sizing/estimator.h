#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

namespace fitscope::sizing {

enum class Detail : std::uint8_t {
    NumbersOnly,    // for sweeps and solvers: no derivation steps
    WithDerivation, // for views, reports and the CLI
};

// The one entry point of the sizing engine: a pure function of the scenario.
// Precondition: scenario.model is set, context_tokens and batch are in [1, kMax…].
Estimate estimate(const Scenario& scenario, Detail detail = Detail::WithDerivation);

// The exact weight bytes of a model under a precision plan (per component).
WeightBreakdown weightBytes(const PreparedModel& model, const PrecisionPlan& plan);

// The exact storage bytes of one group of matrices under a plan (GGUF mixtures resolved per layer).
std::int64_t groupStorageBytes(const PreparedModel& model, const PrecisionPlan& plan, const TensorGroup& group);

// The format a group of matrices is stored in under a plan (for non-GGUF formats; GGUF mixtures
// resolve per layer inside weightBytes()).
WeightFormat formatForRole(const PrecisionPlan& plan, TensorRole role);

// KV-cache bytes for `tokens` positions of `batch` sequences (sliding-window layers capped).
std::int64_t kvCacheBytes(const PreparedModel& model, KvFormat format, Runtime runtime, std::int64_t tokens,
                          std::int64_t batch);

Verdict verdictFor(std::int64_t load_bytes, std::int64_t capacity_bytes);

} // namespace fitscope::sizing
