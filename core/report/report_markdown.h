#pragma once

#include "core/report/report_data.h"

#include <span>
#include <string>
#include <vector>

namespace fitscope::report {

enum class Align { Left, Right };

// A GitHub-flavoured Markdown table. Cells are escaped ('|' and line breaks would break the row).
std::string markdownTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                          const std::vector<Align>& align);

// Escapes text for a table cell or running text: '|' -> '\|', '*' -> '\*', '<' -> "&lt;", line
// breaks -> spaces.
std::string markdownEscape(std::string_view text);

// The memory breakdown (weights, KV cache, activations, overhead, total, per GPU), one column per
// GPU configuration: "Copy as Markdown table" and the report's breakdown section.
std::string breakdownMarkdownTable(std::span<const GpuResult> results, sizing::MemoryUnit unit);

// The verdict per GPU: usable and nominal capacity, load per GPU, headroom, verdict.
std::string verdictMarkdownTable(std::span<const GpuResult> results, sizing::MemoryUnit unit);

struct MarkdownOptions {
    // Relative path (from the Markdown file) of an exported chart to link, empty = no image.
    std::string chart_image;
    std::string chart_alt; // alt text; defaults to a description of the scenario
};

// The whole report: title, caption, chart, scenario, breakdown, verdicts, derivation, assumptions
// and sources. Renders on Git hosting sites and pastes into design docs as is.
std::string markdownReport(const ReportData& report, const MarkdownOptions& options = {});

} // namespace fitscope::report
