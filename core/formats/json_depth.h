#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace fitscope::formats {

// JSON from model files is untrusted. nlohmann's DOM (its destructor, dump() and the recursive
// code of callers walking it) goes as deep as the text nests, so ten thousand '[' would exhaust the
// stack. These helpers bound the nesting before anything recursive sees the text.

// The deepest nesting of objects and arrays in text, counting brackets outside strings (escapes
// honoured). Stops counting (and returns a value > stop_after) as soon as stop_after is exceeded,
// so a hostile text costs at most one pass. Malformed text is left to the JSON parser to reject.
int jsonNestingDepth(std::string_view text, int stop_after = 1 << 30);

// Throws FormatError "<origin>: JSON nests deeper than <max_depth> levels" when text nests deeper.
void checkJsonNesting(std::string_view text, int max_depth, const std::string& origin);

// Parses text after checkJsonNesting; any parse error becomes FormatError "<origin>: invalid JSON: ...".
// The default depth is far more than any config.json or index file uses (they nest 3-4 levels).
nlohmann::json parseJsonBounded(std::string_view text, const std::string& origin, int max_depth = 64);

} // namespace fitscope::formats
