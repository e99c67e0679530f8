#include "core/catalog/catalog.h"

#include "core/catalog/gpu_details.h"
#include "core/formats/hf_config.h"
#include "core/formats/json_depth.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <optional>

namespace fitscope::embedded {
extern const std::string_view gpus_json;
extern const std::string_view models_json;
} // namespace fitscope::embedded

namespace fitscope::catalog {

namespace {

using formats::FormatError;
using nlohmann::json;

constexpr std::int64_t kMiB = 1LL << 20;
constexpr std::int64_t kGiB = 1LL << 30;

double number(const json& entry, const char* key, double fallback, const std::string& where) {
    if (!entry.contains(key) || entry.at(key).is_null()) {
        return fallback;
    }
    if (!entry.at(key).is_number()) {
        throw FormatError(where + ": " + key + " must be a number");
    }
    const double value = entry.at(key).get<double>();
    if (!std::isfinite(value) || value < 0 || value > 1e9) {
        throw FormatError(where + ": " + key + " is out of range");
    }
    return value;
}

std::string text(const json& entry, const char* key, const std::string& where, bool required) {
    if (!entry.contains(key) || !entry.at(key).is_string()) {
        if (required) {
            throw FormatError(where + ": missing text field '" + key + "'");
        }
        return {};
    }
    return entry.at(key).get<std::string>();
}

std::optional<bool> flag(const json& entry, const char* key, const std::string& where) {
    if (!entry.contains(key) || entry.at(key).is_null()) {
        return std::nullopt;
    }
    if (!entry.at(key).is_boolean()) {
        throw FormatError(where + ": " + key + " must be true or false");
    }
    return entry.at(key).get<bool>();
}

// Decimal or binary sizes under one key stem: "<stem>_gib" (binary) wins over "<stem>_gb" (decimal).
std::int64_t sizeBytes(const json& entry, const std::string& stem, const std::string& where) {
    const double gib = number(entry, (stem + "_gib").c_str(), 0, where);
    const double gb = number(entry, (stem + "_gb").c_str(), 0, where);
    return gib > 0 ? std::llround(gib * static_cast<double>(kGiB)) : std::llround(gb * 1e9);
}

GpuMemoryLimit parseMemoryLimit(const json& limit, std::int64_t pool_bytes, const std::string& where) {
    if (!limit.is_object()) {
        throw FormatError(where + ": gpu_memory_limit must be an object");
    }
    GpuMemoryLimit l;
    l.rule = text(limit, "rule", where + " gpu_memory_limit", true);
    if (l.rule != "macos_wired_limit" && l.rule != "amd_uma_gtt" && l.rule != "shared_pool") {
        throw FormatError(where + ": gpu_memory_limit.rule '" + l.rule +
                          "' is not macos_wired_limit, amd_uma_gtt or shared_pool");
    }
    const double fraction = number(limit, "default_fraction", 0, where);
    if (fraction > 1) {
        throw FormatError(where + ": gpu_memory_limit.default_fraction is above 1");
    }
    l.default_bytes = sizeBytes(limit, "default", where);
    if (l.default_bytes == 0 && fraction > 0) {
        l.default_bytes = std::llround(static_cast<double>(pool_bytes) * fraction);
    }
    l.maximum_bytes = sizeBytes(limit, "maximum", where);
    if (l.default_bytes > pool_bytes || l.maximum_bytes > pool_bytes) {
        throw FormatError(where + ": gpu_memory_limit is larger than the memory pool");
    }
    l.how_to_change = text(limit, "how_to_change", where, false);
    l.explanation = text(limit, "explanation", where, false);
    l.source = text(limit, "source", where, false);
    return l;
}

std::string whereOf(const std::string& origin, std::size_t index) {
    return origin + ": gpus[" + std::to_string(index) + "]";
}

GpuDetails parseDetails(const json& entry, std::int64_t pool_bytes, const std::string& where) {
    GpuDetails d;
    d.id = text(entry, "id", where, true);
    d.category = text(entry, "category", where, false);
    d.compute_capability = text(entry, "compute_capability", where, false);
    d.fp4_tflops = number(entry, "fp4_tflops", 0, where);
    d.fp8_native = flag(entry, "native_fp8", where);
    d.fp4_native = flag(entry, "native_fp4", where);
    d.int8_native = flag(entry, "native_int8", where);
    d.int4_native = flag(entry, "native_int4", where);
    if (entry.contains("gpu_memory_limit")) {
        d.memory_limit = parseMemoryLimit(entry.at("gpu_memory_limit"), pool_bytes, where);
    }
    if (entry.contains("sources")) {
        if (!entry.at("sources").is_object()) {
            throw FormatError(where + " (" + d.id + "): sources must be an object of figure -> citation");
        }
        for (const auto& [figure, citation] : entry.at("sources").items()) {
            if (!citation.is_string()) {
                throw FormatError(where + " (" + d.id + "): sources." + figure + " must be text");
            }
            d.figure_sources.emplace_back(figure, citation.get<std::string>());
        }
    }
    return d;
}

sizing::GpuSpec parseGpu(const json& entry, const std::string& origin, std::size_t index) {
    const std::string where = whereOf(origin, index);
    if (!entry.is_object()) {
        throw FormatError(where + " is not an object");
    }
    sizing::GpuSpec gpu;
    gpu.id = text(entry, "id", where, true);
    gpu.display_name = text(entry, "name", where, false);
    if (gpu.display_name.empty()) {
        gpu.display_name = gpu.id;
    }
    gpu.vendor = text(entry, "vendor", where, false);
    gpu.architecture = text(entry, "architecture", where, false);
    const std::string category = text(entry, "category", where, false);
    // "unified" desktops (DGX Spark, Strix Halo) sit with the consumer cards: like them, one per desk.
    gpu.category = category == "consumer" || category == "unified" ? sizing::GpuCategory::Consumer
                   : category == "apple"                           ? sizing::GpuCategory::Apple
                                                                   : sizing::GpuCategory::DataCentre;
    gpu.memory_bytes = sizeBytes(entry, "memory", where);
    if (gpu.memory_bytes <= 0) {
        throw FormatError(where + " (" + gpu.id + "): needs memory_gib or memory_gb");
    }
    gpu.usable_memory_bytes = std::llround(number(entry, "usable_mib", 0, where) * static_cast<double>(kMiB));
    const double usable_fraction = number(entry, "usable_fraction", 0, where);
    if (gpu.usable_memory_bytes == 0 && usable_fraction > 0 && usable_fraction <= 1) {
        gpu.usable_memory_bytes = std::llround(static_cast<double>(gpu.memory_bytes) * usable_fraction);
    }
    gpu.bandwidth_gbps = number(entry, "bandwidth_gbps", 0, where);
    gpu.fp16_tflops = number(entry, "fp16_tflops", 0, where);
    gpu.int8_tops = number(entry, "int8_tops", 0, where);
    gpu.fp8_tflops = number(entry, "fp8_tflops", 0, where);
    gpu.int4_tops = number(entry, "int4_tops", 0, where);
    gpu.unified_memory = flag(entry, "unified_memory", where).value_or(false);
    const GpuDetails details = parseDetails(entry, gpu.memory_bytes, where);
    // A unified machine's GPU limit is the capacity its GPU sees, as a driver total is on a card.
    if (gpu.usable_memory_bytes == 0 && details.memory_limit.default_bytes > 0) {
        gpu.usable_memory_bytes = details.memory_limit.default_bytes;
    }
    gpu.source = text(entry, "source", where, false);
    for (const auto& [figure, citation] : details.figure_sources) {
        gpu.source += (gpu.source.empty() ? "" : "; ") + figure + ": " + citation;
    }
    return gpu;
}

ModelEntry parseModel(const json& entry, const std::string& origin, std::size_t index) {
    const std::string where = origin + ": models[" + std::to_string(index) + "]";
    if (!entry.is_object()) {
        throw FormatError(where + " is not an object");
    }
    ModelEntry model;
    model.id = text(entry, "id", where, true);
    model.name = text(entry, "name", where, false);
    if (model.name.empty()) {
        model.name = model.id;
    }
    model.family = text(entry, "family", where, false);
    model.release_date = text(entry, "release_date", where, false);
    model.release_date_source = text(entry, "release_date_source", where, false);
    model.source = text(entry, "source", where, false);
    if (entry.contains("published_params_scope")) {
        model.published_params_scope = text(entry, "published_params_scope", where, true);
        if (model.published_params_scope != "stored" && model.published_params_scope != "memory") {
            throw FormatError(where + " (" + model.id + "): published_params_scope must be \"stored\" or \"memory\"");
        }
    }
    if (!entry.contains("config") || !entry.at("config").is_object()) {
        throw FormatError(where + " (" + model.id + "): needs a 'config' object (the model's config.json fields)");
    }
    sizing::ModelSpec spec = formats::parseHfConfig(entry.at("config").dump(), where + " (" + model.id + ") config");
    spec.id = model.id;
    spec.display_name = model.name;
    spec.source = model.source;
    if (entry.contains("published_params") && entry.at("published_params").is_number_integer()) {
        spec.published_params = entry.at("published_params").get<std::int64_t>();
    }
    spec.published_params_source = text(entry, "published_params_source", where, false);
    try {
        model.model = sizing::prepareModel(std::move(spec));
    } catch (const std::invalid_argument& error) {
        throw FormatError(where + " (" + model.id + "): " + error.what());
    }
    return model;
}

json parseDocument(std::string_view json_text, const std::string& origin) {
    json document = formats::parseJsonBounded(json_text, origin);
    if (!document.is_object()) {
        throw FormatError(origin + ": not a JSON object");
    }
    return document;
}

} // namespace

std::string normalizedKey(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return key;
}

std::vector<sizing::GpuSpec> parseGpuCatalog(std::string_view json_text, const std::string& origin) {
    const json document = parseDocument(json_text, origin);
    std::vector<sizing::GpuSpec> gpus;
    if (!document.contains("gpus")) {
        return gpus;
    }
    if (!document.at("gpus").is_array()) {
        throw FormatError(origin + ": 'gpus' must be an array");
    }
    for (std::size_t i = 0; i < document.at("gpus").size(); ++i) {
        gpus.push_back(parseGpu(document.at("gpus")[i], origin, i));
    }
    return gpus;
}

std::vector<GpuDetails> parseGpuDetails(std::string_view json_text, const std::string& origin) {
    const json document = parseDocument(json_text, origin);
    std::vector<GpuDetails> details;
    if (!document.contains("gpus") || !document.at("gpus").is_array()) {
        return details;
    }
    for (std::size_t i = 0; i < document.at("gpus").size(); ++i) {
        const json& entry = document.at("gpus")[i];
        const std::string where = whereOf(origin, i);
        if (!entry.is_object()) {
            throw FormatError(where + " is not an object");
        }
        details.push_back(parseDetails(entry, sizeBytes(entry, "memory", where), where));
    }
    return details;
}

GpuCatalogInfo parseGpuCatalogInfo(std::string_view json_text, const std::string& origin) {
    const json document = parseDocument(json_text, origin);
    GpuCatalogInfo info;
    info.schema = text(document, "schema", origin, false);
    info.date = text(document, "date", origin, false);
    return info;
}

std::vector<ModelEntry> parseModelCatalog(std::string_view json_text, const std::string& origin) {
    const json document = parseDocument(json_text, origin);
    std::vector<ModelEntry> models;
    if (!document.contains("models")) {
        return models;
    }
    if (!document.at("models").is_array()) {
        throw FormatError(origin + ": 'models' must be an array");
    }
    for (std::size_t i = 0; i < document.at("models").size(); ++i) {
        models.push_back(parseModel(document.at("models")[i], origin, i));
    }
    return models;
}

const Catalog& Catalog::builtIn() {
    static const Catalog catalog = [] {
        Catalog c;
        c.m_gpus = parseGpuCatalog(embedded::gpus_json, "built-in gpus.json");
        c.m_models = parseModelCatalog(embedded::models_json, "built-in models.json");
        return c;
    }();
    return catalog;
}

Catalog Catalog::withUserFile(const std::filesystem::path& path, std::vector<std::string>* warnings) const {
    Catalog merged = *this;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return merged;
    }
    const std::string origin = path.string();
    std::ifstream in(path, std::ios::binary);
    std::string content;
    constexpr std::size_t kMaxBytes = 16u << 20;
    content.resize(kMaxBytes + 1);
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
    auto warn = [warnings](const std::string& message) {
        if (warnings) {
            warnings->push_back(message);
        }
    };
    if (!in.eof() || content.size() > kMaxBytes) {
        warn(origin + ": larger than 16 MiB, ignored");
        return merged;
    }
    json document;
    try {
        document = parseDocument(content, origin);
    } catch (const FormatError& error) {
        warn(error.what());
        return merged;
    }
    // Entry by entry, so one broken entry does not hide the others.
    if (document.contains("gpus") && document.at("gpus").is_array()) {
        for (std::size_t i = 0; i < document.at("gpus").size(); ++i) {
            try {
                sizing::GpuSpec gpu = parseGpu(document.at("gpus")[i], origin, i);
                gpu.user_defined = true;
                merged.upsert(gpu);
            } catch (const FormatError& error) {
                warn(error.what());
            }
        }
    }
    if (document.contains("models") && document.at("models").is_array()) {
        for (std::size_t i = 0; i < document.at("models").size(); ++i) {
            try {
                ModelEntry model = parseModel(document.at("models")[i], origin, i);
                model.user_defined = true;
                merged.upsert(model);
            } catch (const FormatError& error) {
                warn(error.what());
            }
        }
    }
    return merged;
}

const sizing::GpuSpec* Catalog::findGpu(std::string_view id) const {
    const std::string key = normalizedKey(id);
    for (const sizing::GpuSpec& gpu : m_gpus) {
        if (normalizedKey(gpu.id) == key) {
            return &gpu;
        }
    }
    for (const sizing::GpuSpec& gpu : m_gpus) {
        if (normalizedKey(gpu.display_name) == key) {
            return &gpu;
        }
    }
    return nullptr;
}

const ModelEntry* Catalog::findModel(std::string_view id) const {
    const std::string key = normalizedKey(id);
    for (const ModelEntry& model : m_models) {
        if (normalizedKey(model.id) == key || normalizedKey(model.name) == key) {
            return &model;
        }
    }
    return nullptr;
}

void Catalog::upsert(const sizing::GpuSpec& gpu) {
    const auto it = std::find_if(m_gpus.begin(), m_gpus.end(), [&](const auto& g) { return g.id == gpu.id; });
    if (it != m_gpus.end()) {
        *it = gpu;
    } else {
        m_gpus.push_back(gpu);
    }
}

void Catalog::upsert(const ModelEntry& model) {
    const auto it = std::find_if(m_models.begin(), m_models.end(), [&](const auto& m) { return m.id == model.id; });
    if (it != m_models.end()) {
        *it = model;
    } else {
        m_models.push_back(model);
    }
}

} // namespace fitscope::catalog
