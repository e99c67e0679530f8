// fitscope-cli gpus / models: the catalogs, as tables or JSON.
#include "cli_common.h"
#include "core/catalog/gpu_details.h"
#include "core/hardware/catalog_match.h"
#include "core/hardware/hardware_detector.h"
#include "local_models.h"
#include "scenario_options.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

namespace fitscope::cli {

using namespace fitscope::sizing;

namespace {

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) {
        text.resize(width, ' ');
    }
    return text + " ";
}

QCommandLineParser& listParser(QCommandLineParser& parser, const QString& description) {
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption(
        {QStringLiteral("units"), QStringLiteral("GB or GiB."), QStringLiteral("UNIT"), QStringLiteral("GB")});
    return parser;
}

MemoryUnit unitOption(const QCommandLineParser& parser) {
    const auto unit = memoryUnitFromName(parser.value(QStringLiteral("units")).toStdString());
    if (!unit) {
        throw UsageError("--units: '" + parser.value(QStringLiteral("units")).toStdString() +
                         "' is neither GB nor GiB");
    }
    return *unit;
}

std::string categoryName(GpuCategory category) {
    switch (category) {
    case GpuCategory::Consumer:
        return "consumer";
    case GpuCategory::Apple:
        return "apple";
    case GpuCategory::DataCentre:
        break;
    }
    return "datacenter";
}

nlohmann::json optionalFlag(const std::optional<bool>& flag) {
    return flag ? nlohmann::json(*flag) : nlohmann::json(nullptr);
}

// details_id: the built-in entry whose details apply (a detected GPU's catalog match); default g.id.
nlohmann::json gpuJson(const GpuSpec& g, const std::string& details_id = {}) {
    // A user's catalog entry has no details: its native formats follow from its rates.
    const catalog::GpuDetails* found =
        g.user_defined ? nullptr : catalog::findBuiltInGpuDetails(details_id.empty() ? g.id : details_id);
    const catalog::GpuDetails details = found ? *found : catalog::GpuDetails{};
    nlohmann::json j{{"id", g.id},
                     {"name", g.display_name},
                     {"vendor", g.vendor},
                     {"architecture", g.architecture},
                     {"compute_capability", details.compute_capability},
                     {"category", details.category.empty() ? categoryName(g.category) : details.category},
                     {"memory_bytes", g.memory_bytes},
                     {"usable_memory_bytes", g.usable_memory_bytes},
                     {"bandwidth_gbps", g.bandwidth_gbps},
                     {"fp16_tflops", g.fp16_tflops},
                     {"int8_tops", g.int8_tops},
                     {"fp8_tflops", g.fp8_tflops},
                     {"fp4_tflops", details.fp4_tflops},
                     {"int4_tops", g.int4_tops},
                     {"native_fp8", details.nativeFp8(g)},
                     {"native_fp4", details.nativeFp4()},
                     {"native_int8", details.nativeInt8(g)},
                     {"native_int4", details.nativeInt4(g)},
                     // The catalog's own statement: null = it does not say (the native_* above then
                     // follow from the rates).
                     {"stated_native",
                      {{"fp8", optionalFlag(details.fp8_native)},
                       {"fp4", optionalFlag(details.fp4_native)},
                       {"int8", optionalFlag(details.int8_native)},
                       {"int4", optionalFlag(details.int4_native)}}},
                     {"unified_memory", g.unified_memory},
                     {"user_defined", g.user_defined},
                     {"source", g.source}};
    if (details.memory_limit.known()) {
        j["gpu_memory_limit"] = {{"rule", details.memory_limit.rule},
                                 {"default_bytes", details.memory_limit.default_bytes},
                                 {"maximum_bytes", details.memory_limit.maximum_bytes},
                                 {"how_to_change", details.memory_limit.how_to_change},
                                 {"explanation", details.memory_limit.explanation},
                                 {"source", details.memory_limit.source}};
    }
    if (!details.figure_sources.empty()) {
        nlohmann::json sources = nlohmann::json::object();
        for (const auto& [figure, citation] : details.figure_sources) {
            sources[figure] = citation;
        }
        j["sources"] = sources;
    }
    return j;
}

std::string bytesOrUnknown(std::int64_t bytes, MemoryUnit unit) {
    return bytes >= 0 ? formatBytes(bytes, unit, 1) : "?";
}

// `gpus --local`: what detection found on this machine, each GPU with the catalog entry it matched.
int printLocalGpus(bool json, MemoryUnit unit) {
    const catalog::Catalog& catalog = activeCatalog();
    const hardware::DetectedHardware hw =
        hardware::detectHardware(hardware::detectionOptionsFromEnvironment(), catalog);
    if (json) {
        nlohmann::json gpus = nlohmann::json::array();
        for (const hardware::DetectedGpu& g : hw.gpus) {
            gpus.push_back(
                {{"index", g.index},
                 {"name", g.name},
                 {"vendor", g.vendor},
                 {"total_bytes", g.total_bytes},
                 {"used_bytes", g.used_bytes >= 0 ? nlohmann::json(g.used_bytes) : nlohmann::json(nullptr)},
                 {"free_bytes", g.freeBytes()},
                 {"gtt_total_bytes", g.gtt_total_bytes},
                 {"unified_memory", g.unified_memory},
                 {"pool_bytes", g.pool_bytes},
                 {"reported_by", g.reported_by},
                 {"pci_device", g.pci_device},
                 {"driver_version", g.driver_version},
                 {"catalog_id", g.catalog_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.catalog_id)},
                 {"notes", g.notes},
                 {"spec", gpuJson(hardware::localGpuSpec(g, catalog), g.catalog_id)}});
        }
        const nlohmann::json ram{{"total_bytes", hw.ram.total_bytes},
                                 {"available_bytes", hw.ram.available_bytes >= 0
                                                         ? nlohmann::json(hw.ram.available_bytes)
                                                         : nlohmann::json(nullptr)}};
        printOut(nlohmann::json{{"gpus", gpus}, {"ram", ram}, {"notes", hw.notes}}.dump(2));
        return kExitOk;
    }
    std::ostringstream out;
    out << pad("#", 3) << pad("NAME", 36) << pad("TOTAL", 10) << pad("IN USE", 10) << pad("FREE", 10) << pad("FROM", 11)
        << "CATALOG\n";
    for (const hardware::DetectedGpu& g : hw.gpus) {
        out << pad(std::to_string(g.index), 3) << pad(g.name, 36) << pad(bytesOrUnknown(g.total_bytes, unit), 10)
            << pad(bytesOrUnknown(g.used_bytes, unit), 10)
            << pad(g.used_bytes >= 0 ? formatBytes(g.freeBytes(), unit, 1) : "?", 10) << pad(g.reported_by, 11)
            << (g.catalog_id.empty() ? "-" : g.catalog_id) << "\n";
        for (const std::string& note : g.notes) {
            out << "   note: " << note << "\n";
        }
    }
    if (hw.ram.total_bytes > 0) {
        out << "RAM: " << formatBytes(hw.ram.total_bytes, unit, 1);
        if (hw.ram.available_bytes >= 0) {
            out << ", " << formatBytes(hw.ram.available_bytes, unit, 1) << " available";
        }
        out << "\n";
    }
    for (const std::string& note : hw.notes) {
        out << "note: " << note << "\n";
    }
    printOut(out.str());
    return kExitOk;
}

} // namespace

int runGpus(const QStringList& args) {
    QCommandLineParser parser;
    listParser(parser, QStringLiteral("The GPU catalog (built-in, plus the user's catalog file)."));
    parser.addOption({QStringLiteral("local"),
                      QStringLiteral("The GPUs and RAM of this machine, as its drivers report them, matched to the "
                                     "catalog.")});
    parseOrThrow(parser, QStringLiteral("gpus"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    const MemoryUnit unit = unitOption(parser);
    if (parser.isSet(QStringLiteral("local"))) {
        return printLocalGpus(parser.isSet(QStringLiteral("json")), unit);
    }
    const auto& gpus = activeCatalog().gpus();
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json list = nlohmann::json::array();
        for (const GpuSpec& g : gpus) {
            list.push_back(gpuJson(g));
        }
        const catalog::GpuCatalogInfo& info = catalog::builtInGpuCatalogInfo();
        printOut(nlohmann::json{{"catalog_date", info.date}, {"gpus", list}}.dump(2));
        return kExitOk;
    }
    std::ostringstream out;
    out << pad("ID", 22) << pad("NAME", 34) << pad("MEMORY", 10) << pad("USABLE", 10) << pad("GB/s", 6)
        << pad("FP16 TF", 8) << "NATIVE\n";
    for (const GpuSpec& g : gpus) {
        const catalog::GpuDetails* found = g.user_defined ? nullptr : catalog::findBuiltInGpuDetails(g.id);
        const catalog::GpuDetails details = found ? *found : catalog::GpuDetails{};
        std::string native;
        native += details.nativeFp8(g) ? "fp8 " : "";
        native += details.nativeInt8(g) ? "int8 " : "";
        native += details.nativeFp4() ? "fp4 " : "";
        native += details.nativeInt4(g) ? "int4" : "";
        out << pad(g.id, 22) << pad(g.display_name, 34) << pad(formatBytes(g.memory_bytes, unit, 1), 10)
            << pad(g.usable_memory_bytes ? formatBytes(g.usable_memory_bytes, unit, 1) : "?", 10)
            << pad(g.bandwidth_gbps > 0 ? formatNumber(g.bandwidth_gbps, 0) : "?", 6)
            << pad(g.fp16_tflops > 0 ? formatNumber(g.fp16_tflops, 1) : "?", 8) << native << "\n";
    }
    printOut(out.str());
    return kExitOk;
}

int runModels(const QStringList& args) {
    QCommandLineParser parser;
    listParser(parser, QStringLiteral("The model catalog (built-in, plus the user's catalog file), or with --local "
                                      "the models on this machine."));
    addLocalModelOptions(parser);
    parseOrThrow(parser, QStringLiteral("models"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("local"))) {
        return printLocalModels(parser);
    }
    for (const char* option : {"folder", "sort", "gpu", "gpus", "context", "batch", "runtime"}) {
        if (parser.isSet(QLatin1String(option))) {
            throw UsageError(std::string("--") + option + " lists the models on this machine: add --local");
        }
    }
    const auto& models = activeCatalog().models();
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json list = nlohmann::json::array();
        for (const catalog::ModelEntry& m : models) {
            const ModelSpec& s = m.model->spec;
            list.push_back({{"id", m.id},
                            {"name", m.name},
                            {"family", m.family},
                            {"model_type", s.model_type},
                            {"params", m.model->counts.total()},
                            {"active_params", m.model->counts.active},
                            {"layers", s.num_layers},
                            {"hidden_size", s.hidden_size},
                            {"attention_heads", s.num_heads},
                            {"kv_heads", s.num_kv_heads},
                            {"head_dim", s.head_dim},
                            {"max_context", s.max_positions},
                            {"experts", s.moe.num_experts},
                            {"sliding_window", s.sliding_window.window_tokens},
                            {"mla_kv_lora_rank", s.mla.kv_lora_rank},
                            {"user_defined", m.user_defined},
                            {"source", m.source}});
        }
        printOut(nlohmann::json{{"models", list}}.dump(2));
        return kExitOk;
    }
    std::ostringstream out;
    out << pad("ID", 18) << pad("NAME", 20) << pad("PARAMS", 10) << pad("LAYERS", 7) << pad("HEADS/KV", 9)
        << pad("CONTEXT", 9) << "NOTES\n";
    for (const catalog::ModelEntry& m : models) {
        const ModelSpec& s = m.model->spec;
        std::string notes;
        if (s.moe.enabled()) {
            notes += "MoE " + std::to_string(s.moe.experts_per_token) + "/" + std::to_string(s.moe.num_experts) + " (" +
                     formatParams(static_cast<double>(m.model->counts.active)) + " active) ";
        }
        if (s.mla.enabled()) {
            notes += "MLA ";
        }
        if (s.sliding_window.enabled()) {
            notes += "SWA " + std::to_string(s.sliding_window.window_tokens) + " ";
        }
        out << pad(m.id, 18) << pad(m.name, 20) << pad(formatParams(static_cast<double>(m.model->counts.total())), 10)
            << pad(std::to_string(s.num_layers), 7)
            << pad(std::to_string(s.num_heads) + "/" + std::to_string(s.num_kv_heads), 9)
            << pad(formatCount(static_cast<double>(s.max_positions)), 9) << notes << "\n";
    }
    printOut(out.str());
    return kExitOk;
}

} // namespace fitscope::cli
