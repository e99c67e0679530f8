#include "core/sizing/units.h"

#include <charconv>
#include <cmath>

namespace fitscope::sizing {

namespace {

// Set once at start-up by the app (from QLocale); read by every formatter. Formatting never
// depends on the C library's LC_NUMERIC (std::to_chars is locale-independent), so the CLI's output
// is the same in every locale and the GUI's follows the user's.
NumberStyle g_style;

// Fixed-point text of value with `decimals` digits, in the active number style.
std::string fixed(double value, int decimals, bool group_thousands = false) {
    char buffer[128];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string raw(buffer, result.ec == std::errc() ? result.ptr : buffer);
    if (raw == "-0" || raw.rfind("-0.", 0) == 0) {
        // "-0.0" reads as a bug to a person: zero has no sign.
        bool all_zero = true;
        for (const char c : raw) {
            all_zero = all_zero && (c == '-' || c == '0' || c == '.');
        }
        if (all_zero) {
            raw.erase(0, 1);
        }
    }
    const std::size_t point = raw.find('.');
    std::string integer = raw.substr(0, point);
    const std::string fraction = point == std::string::npos ? std::string() : raw.substr(point + 1);
    std::string out;
    out.reserve(raw.size() + 8);
    std::size_t start = 0;
    if (!integer.empty() && integer[0] == '-') {
        out.push_back('-');
        start = 1;
    }
    const std::size_t digits = integer.size() - start;
    for (std::size_t i = 0; i < digits; ++i) {
        if (group_thousands && i > 0 && (digits - i) % 3 == 0) {
            out += g_style.group_separator;
        }
        out.push_back(integer[start + i]);
    }
    if (!fraction.empty()) {
        out += g_style.decimal_point;
        out += fraction;
    }
    return out;
}

} // namespace

void setNumberStyle(const NumberStyle& style) {
    g_style = style;
}

const NumberStyle& numberStyle() {
    return g_style;
}

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
    return fixed(value, decimals, true) + (unit == MemoryUnit::GB ? " GB" : " GiB");
}

std::string formatBytes(std::int64_t bytes, MemoryUnit unit, int decimals) {
    return formatBytes(static_cast<double>(bytes), unit, decimals);
}

std::string formatParams(double params) {
    const double a = std::fabs(params);
    if (a >= 1e12) {
        return fixed(params / 1e12, 2) + " T";
    }
    if (a >= 1e10) {
        return fixed(params / 1e9, 1) + " B";
    }
    if (a >= 1e9) {
        return fixed(params / 1e9, 2) + " B";
    }
    if (a >= 1e6) {
        return fixed(params / 1e6, 0) + " M";
    }
    return fixed(params, 0, true);
}

std::string formatCount(double count) {
    return fixed(std::round(count), 0, true);
}

std::string formatNumber(double value, int max_decimals) {
    std::string text = fixed(value, max_decimals);
    const std::string& point = g_style.decimal_point;
    const std::size_t at = text.find(point);
    if (at != std::string::npos) {
        while (text.size() > at + point.size() && text.back() == '0') {
            text.pop_back();
        }
        if (text.size() == at + point.size()) {
            text.erase(at);
        }
    }
    return text;
}

} // namespace fitscope::sizing
