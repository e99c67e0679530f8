// fitscope-cli gpus / models: the catalogs, as tables or JSON.
#include "cli_common.h"
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

} // namespace

int runGpus(const QStringList& args) {
    QCommandLineParser parser;
    listParser(parser, QStringLiteral("The GPU catalog (built-in, plus the user's catalog file)."));
    parseOrThrow(parser, QStringLiteral("gpus"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    const MemoryUnit unit = unitOption(parser);
    const auto& gpus = activeCatalog().gpus();
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json list = nlohmann::json::array();
        for (const GpuSpec& g : gpus) {
            list.push_back({{"id", g.id},
                            {"name", g.display_name},
                            {"vendor", g.vendor},
                            {"architecture", g.architecture},
                            {"category", categoryName(g.category)},
                            {"memory_bytes", g.memory_bytes},
                            {"usable_memory_bytes", g.usable_memory_bytes},
                            {"bandwidth_gbps", g.bandwidth_gbps},
                            {"fp16_tflops", g.fp16_tflops},
                            {"int8_tops", g.int8_tops},
                            {"fp8_tflops", g.fp8_tflops},
                            {"int4_tops", g.int4_tops},
                            {"native_fp8", g.nativeFp8()},
                            {"native_int8", g.nativeInt8()},
                            {"native_int4", g.nativeInt4()},
                            {"unified_memory", g.unified_memory},
                            {"user_defined", g.user_defined},
                            {"source", g.source}});
        }
        printOut(nlohmann::json{{"gpus", list}}.dump(2));
        return kExitOk;
    }
    std::ostringstream out;
    out << pad("ID", 22) << pad("NAME", 34) << pad("MEMORY", 10) << pad("USABLE", 10) << pad("GB/s", 6)
        << pad("FP16 TF", 8) << "NATIVE\n";
    for (const GpuSpec& g : gpus) {
        std::string native;
        native += g.nativeFp8() ? "fp8 " : "";
        native += g.nativeInt8() ? "int8 " : "";
        native += g.nativeInt4() ? "int4" : "";
        out << pad(g.id, 22) << pad(g.display_name, 34) << pad(formatBytes(g.memory_bytes, unit, 1), 10)
            << pad(g.usable_memory_bytes ? formatBytes(g.usable_memory_bytes, unit, 1) : "?", 10)
            << pad(formatNumber(g.bandwidth_gbps, 0), 6) << pad(formatNumber(g.fp16_tflops, 1), 8) << native << "\n";
    }
    printOut(out.str());
    return kExitOk;
}

int runModels(const QStringList& args) {
    QCommandLineParser parser;
    listParser(parser, QStringLiteral("The model catalog (built-in, plus the user's catalog file)."));
    parseOrThrow(parser, QStringLiteral("models"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
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
