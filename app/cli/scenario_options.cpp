#include "scenario_options.h"

#include "cli_common.h"
#include "core/formats/hf_config.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace fitscope::cli {

namespace {

// 10^14 parameters (100 T) is beyond any model that exists by two orders of magnitude.
constexpr std::int64_t kMaxParams = 100'000'000'000'000LL;

QString formatIds() {
    QStringList ids;
    for (const sizing::FormatInfo& info : sizing::allWeightFormats()) {
        ids << QString::fromLatin1(info.id.data(), static_cast<int>(info.id.size()));
    }
    return ids.join(QLatin1String(", "));
}

QString kvIds() {
    QStringList ids;
    for (const sizing::KvFormatInfo& info : sizing::allKvFormats()) {
        ids << QString::fromLatin1(info.id.data(), static_cast<int>(info.id.size()));
    }
    return ids.join(QLatin1String(", "));
}

QString runtimeIds() {
    QStringList ids;
    for (const sizing::RuntimeInfo& info : sizing::allRuntimes()) {
        ids << QString::fromLatin1(info.id.data(), static_cast<int>(info.id.size()));
    }
    return ids.join(QLatin1String("|"));
}

sizing::WeightFormat parseFormat(const QString& text, const char* option) {
    const auto format = sizing::weightFormatFromId(text.toStdString());
    if (!format) {
        throw UsageError(QStringLiteral("%1: unknown format '%2' (known: %3)")
                             .arg(QLatin1String(option), text, formatIds())
                             .toStdString());
    }
    return *format;
}

} // namespace

std::string userCatalogPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("fitscope/catalog.json"))
        .toStdString();
}

const catalog::Catalog& activeCatalog() {
    static const catalog::Catalog merged = [] {
        std::vector<std::string> warnings;
        catalog::Catalog c = catalog::Catalog::builtIn().withUserFile(userCatalogPath(), &warnings);
        for (const std::string& warning : warnings) {
            std::fprintf(stderr, "fitscope-cli: warning: user catalog: %s\n", warning.c_str());
        }
        return c;
    }();
    return merged;
}

void addScenarioOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("model"), QStringLiteral("Catalog model id (fitscope-cli models)."), QStringLiteral("ID")},
        {QStringLiteral("config"), QStringLiteral("A Hugging Face config.json (or a folder holding one)."),
         QStringLiteral("PATH")},
        {QStringLiteral("params"), QStringLiteral("A bare parameter count: 7B, 6.7e9, 13000M."),
         QStringLiteral("COUNT")},
        {QStringLiteral("weights"), QStringLiteral("Weight format (default fp16): ") + formatIds(),
         QStringLiteral("FORMAT"), QStringLiteral("fp16")},
        {QStringLiteral("embeddings"), QStringLiteral("Embedding format (default: 16-bit for quantized formats)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("output-head"), QStringLiteral("Output head format (default: 16-bit for quantized formats)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("kv-cache"), QStringLiteral("KV-cache format (default fp16): ") + kvIds(),
         QStringLiteral("FORMAT"), QStringLiteral("fp16")},
        {QStringLiteral("context"), QStringLiteral("Tokens per sequence (default 4096)."), QStringLiteral("N"),
         QStringLiteral("4096")},
        {QStringLiteral("batch"), QStringLiteral("Concurrent sequences (default 1)."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("runtime"),
         QStringLiteral("Runtime profile: ") + runtimeIds() + QStringLiteral(" (default simple)."),
         QStringLiteral("NAME"), QStringLiteral("simple")},
        {QStringLiteral("overhead"), QStringLiteral("The simple profile's overhead in percent (default 20)."),
         QStringLiteral("PERCENT"), QStringLiteral("20")},
        {QStringLiteral("gpu"), QStringLiteral("Catalog GPU id (fitscope-cli gpus)."), QStringLiteral("ID")},
        {QStringLiteral("gpus"), QStringLiteral("Number of identical GPUs, tensor parallel (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("units"), QStringLiteral("GB (10^9, default) or GiB (2^30)."), QStringLiteral("GB|GiB"),
         QStringLiteral("GB")},
        {QStringLiteral("json"), QStringLiteral("Print JSON for scripts.")},
    });
}

ScenarioRequest scenarioFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog,
                                    bool require_gpu) {
    ScenarioRequest request;
    sizing::Scenario& s = request.scenario;
    request.json = parser.isSet(QStringLiteral("json"));

    const int sources = int(parser.isSet(QStringLiteral("model"))) + int(parser.isSet(QStringLiteral("config"))) +
                        int(parser.isSet(QStringLiteral("params")));
    if (sources == 0) {
        throw UsageError("name a model: --model ID, --config PATH or --params COUNT");
    }
    if (sources > 1) {
        throw UsageError("give only one of --model, --config and --params");
    }
    if (parser.isSet(QStringLiteral("model"))) {
        const QString id = parser.value(QStringLiteral("model"));
        const catalog::ModelEntry* entry = catalog.findModel(id.toStdString());
        if (!entry) {
            throw UsageError(
                QStringLiteral("--model: unknown model '%1' (fitscope-cli models lists them)").arg(id).toStdString());
        }
        s.model = entry->model;
        request.model_label = entry->name;
    } else if (parser.isSet(QStringLiteral("config"))) {
        const QString path = parser.value(QStringLiteral("config"));
        try {
            sizing::ModelSpec spec = formats::readHfConfig(path.toStdString());
            spec.id = "config";
            spec.display_name = QDir(path).dirName().toStdString();
            s.model = sizing::prepareModel(std::move(spec));
        } catch (const formats::FormatError& error) {
            throw UsageError(std::string("--config: ") + error.what());
        } catch (const std::invalid_argument& error) {
            throw UsageError(std::string("--config: ") + path.toStdString() + ": " + error.what());
        }
        request.model_label = path.toStdString();
    } else {
        const std::int64_t params =
            parseCount(parser.value(QStringLiteral("params")), QStringLiteral("--params"), kMaxParams);
        if (params < 1'000'000) {
            throw UsageError("--params: a language model has at least a million parameters (examples: 7B, 6.7e9)");
        }
        sizing::ModelSpec spec = sizing::assumedShapeForParams(params);
        spec.display_name = sizing::formatParams(static_cast<double>(params)) + " parameters";
        s.model = sizing::prepareModel(std::move(spec));
        request.model_label = parser.value(QStringLiteral("params")).toStdString();
    }

    s.precision.weights = parseFormat(parser.value(QStringLiteral("weights")), "--weights");
    if (parser.isSet(QStringLiteral("embeddings"))) {
        s.precision.embeddings = parseFormat(parser.value(QStringLiteral("embeddings")), "--embeddings");
    }
    if (parser.isSet(QStringLiteral("output-head"))) {
        s.precision.output_head = parseFormat(parser.value(QStringLiteral("output-head")), "--output-head");
    }
    const QString kv = parser.value(QStringLiteral("kv-cache"));
    const auto kv_format = sizing::kvFormatFromId(kv.toStdString());
    if (!kv_format) {
        throw UsageError(QStringLiteral("--kv-cache: unknown format '%1' (known: %2)").arg(kv, kvIds()).toStdString());
    }
    s.precision.kv_cache = *kv_format;

    s.context_tokens = parsePositiveInt(parser.value(QStringLiteral("context")), QStringLiteral("--context"),
                                        sizing::kMaxContextTokens);
    s.batch = parsePositiveInt(parser.value(QStringLiteral("batch")), QStringLiteral("--batch"), sizing::kMaxBatch);
    s.gpu_count =
        parsePositiveInt(parser.value(QStringLiteral("gpus")), QStringLiteral("--gpus"), sizing::kMaxGpuCount);
    s.overhead_fraction =
        parseNumber(parser.value(QStringLiteral("overhead")), QStringLiteral("--overhead"), 0, 500) / 100.0;

    const QString runtime = parser.value(QStringLiteral("runtime"));
    const auto runtime_id = sizing::runtimeFromId(runtime.toStdString());
    if (!runtime_id) {
        throw UsageError(
            QStringLiteral("--runtime: unknown runtime '%1' (known: %2)").arg(runtime, runtimeIds()).toStdString());
    }
    s.runtime = *runtime_id;

    const QString units = parser.value(QStringLiteral("units"));
    const auto unit = sizing::memoryUnitFromName(units.toStdString());
    if (!unit) {
        throw UsageError(QStringLiteral("--units: '%1' is neither GB nor GiB").arg(units).toStdString());
    }
    request.unit = *unit;

    if (parser.isSet(QStringLiteral("gpu"))) {
        const QString id = parser.value(QStringLiteral("gpu"));
        const sizing::GpuSpec* gpu = catalog.findGpu(id.toStdString());
        if (!gpu) {
            throw UsageError(
                QStringLiteral("--gpu: unknown GPU '%1' (fitscope-cli gpus lists them)").arg(id).toStdString());
        }
        s.gpu = std::make_shared<sizing::GpuSpec>(*gpu);
    } else if (require_gpu) {
        throw UsageError("--gpu is required (fitscope-cli gpus lists them)");
    }
    return request;
}

} // namespace fitscope::cli
