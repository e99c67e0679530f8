#pragma once

#include "core/report/scenario_comparison.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fitscope::report {

inline constexpr std::string_view kComparisonSchema = "fitscope-comparison/1";

struct ComparisonReportOptions {
    bool all_inputs = false;  // list every input, not only those that differ
    std::string title;        // empty: "Comparison: A, B and C"
    std::string generated_on; // "2026-12-02"
    std::string generator;    // "FitScope 0.1.0"
    std::string chart_image;  // Markdown only: a chart to link (relative path), empty = none
};

// The comparison as a Markdown report: the inputs that differ (the shared ones in one line), then
// every result with its difference from the baseline, the better value in bold.
std::string comparisonMarkdown(const Comparison& comparison, const ComparisonReportOptions& options = {});

// One row per scenario and figure: section ("input" | "result"), id, label, scenario, baseline
// (true/false), value (exact: bytes, tokens/s, seconds; empty for inputs), text, delta, best. RFC 4180.
std::string comparisonCsv(const Comparison& comparison, const ComparisonReportOptions& options = {});

// {"schema": "fitscope-comparison/1", "generator", "generated_on", "unit", "baseline",
//  "scenarios": [{"name", "scenario": <scenario document>}], "inputs": [...], "results": [...]}.
nlohmann::json comparisonJson(const Comparison& comparison, const std::vector<ComparedScenario>& scenarios,
                              const ComparisonReportOptions& options = {});

} // namespace fitscope::report
