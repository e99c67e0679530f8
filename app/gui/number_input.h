#pragma once

#include <QString>

#include <optional>

namespace fitscope::gui {

// Numbers typed by people: "7B", "6.7e9", "13 b", "350M", "1.5T" parameters; "4096", "4k", "128K",
// "1M", "32,768" tokens. Suffixes are decimal (k = 10^3) for parameters; for tokens "k" is 1024
// (as model cards write "4k context" for 4096) unless the number has a fraction. Returns nullopt
// for anything else, or for a value that is not positive.
std::optional<double> parseParameterCount(const QString& text);
std::optional<double> parseTokenCount(const QString& text);

// The text shown in the edit beside a slider: "13.0B", "4,096".
QString parameterCountText(double params);
QString tokenCountText(double tokens);

} // namespace fitscope::gui
