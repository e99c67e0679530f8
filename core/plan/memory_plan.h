#pragma once

#include "core/plan/launch_settings.h"
#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace fitscope::plan {

// The memory plan's schema id; docs/memory-plan.md documents it and docs/memory-plan.schema.json
// is its JSON Schema. A new required key or a changed meaning bumps the number.
inline constexpr std::string_view kMemoryPlanSchema = "fitscope/memory-plan/1";

// The FitScope version plans name as their generator (the project version).
std::string_view fitscopeVersion();

// Per device (each GPU) and the host: each component's bytes, the capacity and verdict, the
// settings and the launch command, the FitScope version and the runtime version it was modelled on.
nlohmann::json memoryPlanJson(const sizing::Scenario& scenario, const sizing::Estimate& estimate,
                              const LaunchSettings& settings);

} // namespace fitscope::plan
