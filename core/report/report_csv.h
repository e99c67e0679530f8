#pragma once

#include "core/report/report_data.h"

#include <string>
#include <string_view>
#include <vector>

namespace fitscope::report {

// The column names of csvReport, in order.
const std::vector<std::string>& csvColumns();

// One row per memory component (weights, kv_cache, activations, overhead, total) per GPU, with the
// scenario repeated on each row so a spreadsheet can filter and pivot without joins. RFC 4180:
// comma-separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
// Byte columns are exact integers; "size" is the same figure in the report's unit, two decimals.
std::string csvReport(const ReportData& report);

// One field, quoted if RFC 4180 requires it.
std::string csvField(std::string_view text);

// Parses RFC 4180 text into rows of fields (for tests and for reading exports back).
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

} // namespace fitscope::report
