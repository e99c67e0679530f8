#include "core/sizing/units.h"

#include <cmath>
#include <cstdio>

namespace fitscope::sizing {

double bytesIn(std::int64_t bytes, MemoryUnit unit) {
    return static_cast<double>(bytes) / (unit == MemoryUnit::GB ? kBytesPerGB : kBytesPerGiB);
}

std::string_view unitName(MemoryUnit unit) {
    return unit == MemoryUnit::GB ? "GB" : "GiB";
}

std::optional<MemoryUnit> memoryUnitFromName(std::string_view name) {
    if (name == "GB" || name == "gb") {
        return MemoryUnit::GB;
    }
    if (name == "GiB" || name == "gib" || name == "GIB") {
        return MemoryUnit::GiB;
    }
    return std::nullopt;
}

std::string formatBytes(double bytes, MemoryUnit unit, int decimals) {
    const double value = bytes / (unit == MemoryUnit::GB ? kBytesPerGB : kBytesPerGiB);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f %s", decimals, value, unit == MemoryUnit::GB ? "GB" : "GiB");
    return buffer;
}

std::string formatBytes(std::int64_t bytes, MemoryUnit unit, int decimals) {
    return formatBytes(static_cast<double>(bytes), unit, decimals);
}

std::string formatParams(double params) {
    char buffer[64];
    const double a = std::fabs(params);
    if (a >= 1e12) {
        std::snprintf(buffer, sizeof buffer, "%.2f T", params / 1e12);
    } else if (a >= 1e10) {
        std::snprintf(buffer, sizeof buffer, "%.1f B", params / 1e9);
    } else if (a >= 1e9) {
        std::snprintf(buffer, sizeof buffer, "%.2f B", params / 1e9);
    } else if (a >= 1e6) {
        std::snprintf(buffer, sizeof buffer, "%.0f M", params / 1e6);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.0f", params);
    }
    return buffer;
}

std::string formatCount(double count) {
    char digits[64];
    const int length = std::snprintf(digits, sizeof digits, "%.0f", std::fabs(count));
    std::string text;
    text.reserve(static_cast<std::size_t>(length) + static_cast<std::size_t>(length) / 3 + 1);
    if (count < 0) {
        text.push_back('-');
    }
    for (int i = 0; i < length; ++i) {
        // A thousands separator before every group of three digits from the right.
        if (i > 0 && (length - i) % 3 == 0) {
            text.push_back(',');
        }
        text.push_back(digits[i]);
    }
    return text;
}

std::string formatNumber(double value, int max_decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", max_decimals, value);
    std::string text(buffer);
    if (text.find('.') != std::string::npos) {
        while (!text.empty() && text.back() == '0') {
            text.pop_back();
        }
        if (!text.empty() && text.back() == '.') {
            text.pop_back();
        }
    }
    return text;
}

} // namespace fitscope::sizing
