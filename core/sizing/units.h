#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fitscope::sizing {

// Bytes are int64 everywhere; they become GB (10^9, the article's unit) or GiB (2^30) only when shown.
enum class MemoryUnit { GB, GiB };

inline constexpr double kBytesPerGB = 1e9;
inline constexpr double kBytesPerGiB = 1073741824.0;

double bytesIn(std::int64_t bytes, MemoryUnit unit);
std::string_view unitName(MemoryUnit unit);
std::optional<MemoryUnit> memoryUnitFromName(std::string_view name);

// How numbers are written: the app sets this once from the user's locale (QLocale); the default is
// the C/English style the CLI and reports use ("1,234.5").
struct NumberStyle {
    std::string decimal_point = ".";
    std::string group_separator = ",";
};
void setNumberStyle(const NumberStyle& style);
const NumberStyle& numberStyle();

// "13.0 GB", "-2.3 GiB".
std::string formatBytes(std::int64_t bytes, MemoryUnit unit, int decimals = 1);
std::string formatBytes(double bytes, MemoryUnit unit, int decimals = 1);
// "13.0 B", "6.74 B", "350 M" parameters.
std::string formatParams(double params);
// "4,096", "1,048,576".
std::string formatCount(double count);
// Shortest of "0.5", "1.25", "2".
std::string formatNumber(double value, int max_decimals = 3);

} // namespace fitscope::sizing
