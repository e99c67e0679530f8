#pragma once

#include "core/plan/fit_changes.h"
#include "core/sizing/units.h"

#include <string>
#include <vector>

namespace fitscope::cli {

// The cheapest changes that make a scenario fit, as lines for the human-readable output, each
// prefixed with `prefix` ("  " for estimate, "# " for plan's shell output).
std::string fitChangesText(const std::vector<plan::FitChange>& changes, sizing::MemoryUnit unit,
                           const std::string& prefix);

} // namespace fitscope::cli
