#include "core/hardware/tool_output_parsers.h"

#include "core/formats/hf_config.h"
#include "core/formats/json_depth.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace fitscope::hardware {

namespace {

using nlohmann::json;

constexpr std::int64_t kKiB = 1LL << 10;
constexpr std::int64_t kMiB = 1LL << 20;
// No GPU or machine has more than this; a larger figure is garbage, not memory.
constexpr std::int64_t kMaxPlausibleBytes = 1LL << 50;

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = s.find(separator, start);
        parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return parts;
}

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::string_view line : split(text, '\n')) {
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        out.push_back(line);
    }
    return out;
}

std::optional<std::int64_t> wholeNumber(std::string_view text) {
    text = trim(text);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> scaled(std::optional<std::int64_t> value, std::int64_t unit) {
    if (!value || *value < 0 || *value > kMaxPlausibleBytes / unit) {
        return std::nullopt;
    }
    return *value * unit;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::optional<json> parseJson(std::string_view text) {
    try {
        return formats::parseJsonBounded(text, "tool output");
    } catch (const formats::FormatError&) {
        return std::nullopt;
    }
}

// A field whose key matches one of `names` case-insensitively (tools change capitalisation between
// versions: "Card Series" / "Card series").
const json* field(const json& object, std::initializer_list<const char*> names) {
    if (!object.is_object()) {
        return nullptr;
    }
    for (const char* name : names) {
        for (const auto& [key, value] : object.items()) {
            if (lower(key) == lower(name)) {
                return &value;
            }
        }
    }
    return nullptr;
}

std::optional<std::int64_t> jsonBytes(const json* value) {
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->is_number_integer()) {
        return scaled(value->get<std::int64_t>(), 1);
    }
    if (value->is_string()) {
        return scaled(wholeNumber(value->get<std::string>()), 1);
    }
    return std::nullopt;
}

// amd-smi sizes: {"value": 196592, "unit": "MB"} or "196592 MB"; amd-smi's "MB" are MiB.
std::optional<std::int64_t> amdSmiSize(const json* value) {
    if (value == nullptr) {
        return std::nullopt;
    }
    std::optional<std::int64_t> number;
    std::string unit;
    if (value->is_object()) {
        const json* v = field(*value, {"value"});
        const json* u = field(*value, {"unit"});
        if (v && v->is_number_integer()) {
            number = v->get<std::int64_t>();
        } else if (v && v->is_string()) {
            number = wholeNumber(v->get<std::string>());
        }
        unit = u && u->is_string() ? lower(u->get<std::string>()) : "mb";
    } else if (value->is_string()) {
        const std::string text = value->get<std::string>();
        const auto parts = split(trim(text), ' ');
        number = wholeNumber(parts.front());
        unit = parts.size() > 1 ? lower(trim(parts[1])) : "mb";
    } else if (value->is_number_integer()) {
        number = value->get<std::int64_t>();
        unit = "mb";
    }
    if (unit == "b") {
        return scaled(number, 1);
    }
    if (unit == "kb") {
        return scaled(number, kKiB);
    }
    if (unit == "gb") {
        return scaled(number, 1LL << 30);
    }
    return scaled(number, kMiB);
}

int gpuIndex(const json& entry, int fallback) {
    const json* gpu = field(entry, {"gpu"});
    if (gpu && gpu->is_number_integer()) {
        return gpu->get<int>();
    }
    return fallback;
}

} // namespace

std::vector<DetectedGpu> parseNvidiaSmiCsv(std::string_view text) {
    std::vector<DetectedGpu> gpus;
    for (std::string_view line : lines(text)) {
        const auto fields = split(line, ',');
        if (fields.size() < 3) {
            continue;
        }
        const auto index = wholeNumber(fields[0]);
        const std::string_view name = trim(fields[1]);
        if (!index || name.empty() || *index > 1024) {
            continue; // a header, a warning line or garbage
        }
        DetectedGpu gpu;
        gpu.index = static_cast<int>(*index);
        gpu.name = std::string(name);
        gpu.vendor = "NVIDIA";
        gpu.reported_by = "nvidia-smi";
        gpu.total_bytes = scaled(wholeNumber(fields[2]), kMiB).value_or(0);
        if (fields.size() > 3) {
            gpu.used_bytes = scaled(wholeNumber(fields[3]), kMiB).value_or(-1);
        }
        if (fields.size() > 4) {
            gpu.driver_version = std::string(trim(fields[4]));
        }
        if (gpu.used_bytes > gpu.total_bytes && gpu.total_bytes > 0) {
            gpu.used_bytes = -1;
        }
        if (gpu.total_bytes == 0) {
            gpu.notes.push_back("nvidia-smi reports no memory total (GB10 and other unified-memory parts print N/A)");
        }
        gpus.push_back(std::move(gpu));
    }
    return gpus;
}

std::vector<DetectedGpu> parseRocmSmiJson(std::string_view text) {
    std::vector<DetectedGpu> gpus;
    const auto document = parseJson(text);
    if (!document || !document->is_object()) {
        return gpus;
    }
    for (const auto& [key, card] : document->items()) {
        // Keys are "card0", "card1", ...; "system" and others carry no device.
        if (key.rfind("card", 0) != 0 || !card.is_object()) {
            continue;
        }
        const auto index = wholeNumber(std::string_view(key).substr(4));
        const auto total = jsonBytes(field(card, {"VRAM Total Memory (B)"}));
        if (!index || !total) {
            continue;
        }
        DetectedGpu gpu;
        gpu.index = static_cast<int>(*index);
        gpu.vendor = "AMD";
        gpu.reported_by = "rocm-smi";
        gpu.total_bytes = *total;
        gpu.used_bytes = jsonBytes(field(card, {"VRAM Total Used Memory (B)"})).value_or(-1);
        const json* name = field(card, {"Card Series", "Card Model", "Device Name", "Marketing Name"});
        gpu.name = name && name->is_string() ? std::string(trim(name->get<std::string>())) : "AMD GPU " + key;
        gpus.push_back(std::move(gpu));
    }
    std::sort(gpus.begin(), gpus.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
    return gpus;
}

std::vector<DetectedGpu> parseAmdSmiJson(std::string_view static_json, std::string_view metric_json) {
    std::vector<DetectedGpu> gpus;
    const auto statics = parseJson(static_json);
    if (!statics || !statics->is_array()) {
        return gpus;
    }
    for (std::size_t i = 0; i < statics->size(); ++i) {
        const json& entry = (*statics)[i];
        DetectedGpu gpu;
        gpu.index = gpuIndex(entry, static_cast<int>(i));
        gpu.vendor = "AMD";
        gpu.reported_by = "amd-smi";
        const json* asic = field(entry, {"asic"});
        const json* name = asic ? field(*asic, {"market_name"}) : nullptr;
        gpu.name = name && name->is_string() ? std::string(trim(name->get<std::string>())) : "AMD GPU";
        const json* vram = field(entry, {"vram"});
        gpu.total_bytes = amdSmiSize(vram ? field(*vram, {"size"}) : nullptr).value_or(0);
        gpus.push_back(std::move(gpu));
    }
    const auto metrics = parseJson(metric_json);
    if (metrics && metrics->is_array()) {
        for (std::size_t i = 0; i < metrics->size(); ++i) {
            const json& entry = (*metrics)[i];
            const int index = gpuIndex(entry, static_cast<int>(i));
            const json* usage = field(entry, {"mem_usage"});
            if (usage == nullptr) {
                continue;
            }
            for (DetectedGpu& gpu : gpus) {
                if (gpu.index != index) {
                    continue;
                }
                if (const auto total = amdSmiSize(field(*usage, {"total_vram"}))) {
                    gpu.total_bytes = *total;
                }
                gpu.used_bytes = amdSmiSize(field(*usage, {"used_vram"})).value_or(-1);
            }
        }
    }
    gpus.erase(std::remove_if(gpus.begin(), gpus.end(), [](const auto& g) { return g.total_bytes <= 0; }), gpus.end());
    return gpus;
}

SystemMemory parseProcMeminfo(std::string_view text) {
    SystemMemory ram;
    for (std::string_view line : lines(text)) {
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            continue;
        }
        const std::string_view key = trim(line.substr(0, colon));
        std::string_view value = trim(line.substr(colon + 1));
        if (value.size() > 2 && value.substr(value.size() - 2) == "kB") {
            value = trim(value.substr(0, value.size() - 2));
        }
        const auto bytes = scaled(wholeNumber(value), kKiB);
        if (key == "MemTotal" && bytes) {
            ram.total_bytes = *bytes;
        } else if (key == "MemAvailable" && bytes) {
            ram.available_bytes = *bytes;
        }
    }
    if (ram.available_bytes > ram.total_bytes) {
        ram.available_bytes = -1;
    }
    return ram;
}

AppleSysctl parseSysctl(std::string_view text) {
    AppleSysctl out;
    for (std::string_view line : lines(text)) {
        // "hw.memsize: 137438953472" (sysctl name: value) or "hw.memsize = 137438953472" (BSD style).
        std::size_t split_at = line.find(':');
        if (split_at == std::string_view::npos) {
            split_at = line.find('=');
        }
        if (split_at == std::string_view::npos) {
            continue;
        }
        const std::string_view key = trim(line.substr(0, split_at));
        const std::string_view value = trim(line.substr(split_at + 1));
        if (key == "hw.memsize") {
            out.memsize_bytes = scaled(wholeNumber(value), 1).value_or(0);
        } else if (key == "iogpu.wired_limit_mb") {
            out.wired_limit_mb = wholeNumber(value).value_or(0);
        } else if (key == "machdep.cpu.brand_string") {
            out.cpu_brand = std::string(value);
        }
    }
    if (out.wired_limit_mb * kMiB > out.memsize_bytes && out.memsize_bytes > 0) {
        out.wired_limit_mb = 0; // a limit above RAM is not one macOS applies
    }
    return out;
}

std::optional<std::int64_t> parseSysfsNumber(std::string_view text) {
    return scaled(wholeNumber(text), 1);
}

} // namespace fitscope::hardware
