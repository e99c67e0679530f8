#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <nlohmann/json.hpp>

namespace fitscope::sizing {

// The estimate as JSON, integers in bytes: the shape `fitscope-cli estimate --json` prints and the
// JSON report embeds. Keys are stable (scripts depend on them).
nlohmann::json estimateToJson(const Scenario& scenario, const Estimate& estimate, MemoryUnit unit);

} // namespace fitscope::sizing
