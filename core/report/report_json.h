#pragma once

#include "core/report/report_data.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace fitscope::report {

inline constexpr std::string_view kReportSchema = "fitscope-report/1";

// The full report as JSON: {"schema": "fitscope-report/1", "generator", "generated_on",
// "scenario": <the scenario file document>, "model", "model_source", "primary_index",
// "results": [<sizing::estimateToJson per GPU>]}. Reopening "scenario" gives the same scenario.
nlohmann::json jsonReport(const ReportData& report);

// The scenario inside a JSON report (throws ScenarioFileError as scenarioFileFromJson does).
ScenarioFile scenarioFromJsonReport(const nlohmann::json& report, const catalog::Catalog& catalog,
                                    const std::string& origin = "report");

} // namespace fitscope::report
