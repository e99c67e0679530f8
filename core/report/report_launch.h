#pragma once

#include "core/report/report_data.h"

#include <optional>
#include <string>

namespace fitscope::report {

// The command that runs the report's primary scenario as it was sized, for the reports' "under the
// chart" line: a llama-server line for the llama.cpp profile, a vllm serve line for vLLM (plan's
// settingsForScenario: exactly the settings the estimate assumed). None for the other profiles:
// they have no launch command, and a command sized by another profile would not match the figures.
// A model read from a GGUF file is named by its path; otherwise plan's placeholders.
std::optional<std::string> reportLaunchCommand(const ReportData& report);

} // namespace fitscope::report
