#include "core/logs/log_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace fitscope::logs::detail {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

bool contains(std::string_view s, std::string_view what) {
    return s.find(what) != std::string_view::npos;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::optional<double> leadingNumber(std::string_view s, std::size_t* consumed) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) {
        ++i;
    }
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        negative = s[i] == '-';
        ++i;
    }
    double value = 0.0;
    std::size_t digits = 0;
    // Digits, with ',' between groups of three ("807,792"), then an optional fraction. Parsed by hand:
    // no locale, no exceptions, at most 40 characters.
    while (i < s.size() && digits < 40) {
        const char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = value * 10.0 + (c - '0');
            ++digits;
            ++i;
        } else if (c == ',' && digits > 0 && i + 3 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
                   std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
                   std::isdigit(static_cast<unsigned char>(s[i + 3])) &&
                   (i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])))) {
            ++i;
        } else {
            break;
        }
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        double scale = 0.1;
        std::size_t fraction = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && fraction < 20) {
            value += (s[i] - '0') * scale;
            scale *= 0.1;
            ++digits;
            ++fraction;
            ++i;
        }
    }
    if (digits == 0) {
        return std::nullopt;
    }
    if (consumed != nullptr) {
        *consumed = i;
    }
    return negative ? -value : value;
}

std::optional<std::int64_t> leadingInteger(std::string_view s) {
    std::size_t used = 0;
    const auto v = leadingNumber(s, &used);
    if (!v || !std::isfinite(*v) || std::abs(*v) > 9.0e15) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(std::llround(*v));
}

namespace {
bool unitIs(std::string_view s, std::string_view unit) {
    if (s.size() < unit.size()) {
        return false;
    }
    for (std::size_t i = 0; i < unit.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(unit[i]))) {
            return false;
        }
    }
    return s.size() == unit.size() || !std::isalpha(static_cast<unsigned char>(s[unit.size()]));
}
} // namespace

std::optional<double> leadingSize(std::string_view s, bool gb_is_gib, double default_unit_bytes) {
    std::size_t used = 0;
    const auto v = leadingNumber(s, &used);
    if (!v) {
        return std::nullopt;
    }
    std::string_view rest = s.substr(used);
    while (!rest.empty() && rest.front() == ' ') {
        rest.remove_prefix(1);
    }
    struct Unit {
        std::string_view name;
        double bytes;
    };
    const Unit units[] = {{"TiB", 1099511627776.0},
                          {"GiB", 1073741824.0},
                          {"MiB", 1048576.0},
                          {"KiB", 1024.0},
                          {"TB", 1e12},
                          {"GB", gb_is_gib ? 1073741824.0 : 1e9},
                          {"MB", 1e6},
                          {"KB", 1e3},
                          {"kB", 1e3},
                          {"B", 1.0}};
    for (const Unit& u : units) {
        if (unitIs(rest, u.name)) {
            return *v * u.bytes;
        }
    }
    if (default_unit_bytes > 0.0) {
        return *v * default_unit_bytes;
    }
    return std::nullopt;
}

std::optional<std::string_view> after(std::string_view line, std::string_view key) {
    const std::size_t at = line.find(key);
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    return line.substr(at + key.size());
}

namespace {
std::string_view skipSeparators(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '=' || s.front() == ':' || s.front() == '(' ||
                          s.front() == '\t' || s.front() == '"' || s.front() == '\'')) {
        s.remove_prefix(1);
    }
    return s;
}
} // namespace

std::optional<double> sizeAfter(std::string_view line, std::string_view key, bool gb_is_gib) {
    const auto rest = after(line, key);
    if (!rest) {
        return std::nullopt;
    }
    return leadingSize(skipSeparators(*rest), gb_is_gib);
}

std::optional<double> numberAfter(std::string_view line, std::string_view key) {
    const auto rest = after(line, key);
    if (!rest) {
        return std::nullopt;
    }
    return leadingNumber(skipSeparators(*rest));
}

std::optional<std::string> valueOf(std::string_view line, std::string_view key) {
    std::size_t from = 0;
    while (true) {
        const std::size_t at = line.find(key, from);
        if (at == std::string_view::npos) {
            return std::nullopt;
        }
        from = at + 1;
        // A whole key: at the start or after a separator, and followed by '='.
        const bool starts = at == 0 || line[at - 1] == ' ' || line[at - 1] == ',' || line[at - 1] == '(' ||
                            line[at - 1] == '\t' || line[at - 1] == '{';
        const std::size_t eq = at + key.size();
        if (!starts || eq >= line.size() || line[eq] != '=') {
            continue;
        }
        std::string_view rest = line.substr(eq + 1);
        if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
            const char quote = rest.front();
            rest.remove_prefix(1);
            const std::size_t end = rest.find(quote);
            return std::string(end == std::string_view::npos ? rest : rest.substr(0, end));
        }
        std::size_t end = 0;
        while (end < rest.size() && rest[end] != ' ' && rest[end] != ',' && rest[end] != ')' && rest[end] != '\t') {
            ++end;
        }
        return std::string(rest.substr(0, end));
    }
}

std::string shorten(std::string_view line, std::size_t max_chars) {
    line = trim(line);
    if (line.size() <= max_chars) {
        return std::string(line);
    }
    return std::string(line.substr(0, max_chars)) + "...";
}

void addFigure(RuntimeLog& log, std::string field, std::string device, FigureUnit unit, double value,
               std::string_view line) {
    const bool finite = std::isfinite(value);
    const double limit = unit == FigureUnit::Bytes ? kMaxPlausibleBytes : (unit == FigureUnit::Tokens ? 1e12 : 1e9);
    if (!finite || value < 0.0 || value > limit) {
        char text[64];
        std::snprintf(text, sizeof text, "%.6g", value);
        log.problems.push_back("impossible " + field + (device.empty() ? "" : " on " + device) + " (" + text +
                               ") ignored: " + shorten(line, 120));
        return;
    }
    LogFigure f;
    f.field = std::move(field);
    f.device = std::move(device);
    f.unit = unit;
    if (unit == FigureUnit::Ratio) {
        f.ratio = value;
    } else {
        f.amount = static_cast<std::int64_t>(std::llround(value));
    }
    f.line = shorten(line);
    log.figures.push_back(std::move(f));
}

} // namespace fitscope::logs::detail
