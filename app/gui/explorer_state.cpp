#include "explorer_state.h"

#include <algorithm>

namespace fitscope::gui {

sizing::Scenario makeScenario(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> model,
                              const SelectedGpu* gpu) {
    sizing::Scenario s;
    s.model = std::move(model);
    s.precision = state.precision;
    s.context_tokens = std::clamp<std::int64_t>(state.context_tokens, 1, sizing::kMaxContextTokens);
    s.batch = std::clamp<std::int64_t>(state.batch, 1, sizing::kMaxBatch);
    s.runtime = state.runtime;
    s.overhead_fraction = state.overhead_fraction;
    if (gpu != nullptr) {
        s.gpu = gpu->spec;
        s.gpu_count = std::clamp<std::int64_t>(gpu->count, 1, sizing::kMaxGpuCount);
    }
    return s;
}

} // namespace fitscope::gui
