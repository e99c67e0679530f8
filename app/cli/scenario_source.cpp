#include "scenario_source.h"

#include "cli_common.h"
#include "core/report/scenario_comparison.h"
#include "scenario_options.h"

#include <QFileInfo>

namespace fitscope::cli {

namespace {

bool isSet(const QCommandLineParser& parser, const char* name) {
    return parser.isSet(QLatin1String(name));
}

QString value(const QCommandLineParser& parser, const char* name) {
    return parser.value(QLatin1String(name));
}

sizing::WeightFormat weightFormat(const QCommandLineParser& parser, const char* name) {
    const auto format = sizing::weightFormatFromId(value(parser, name).toStdString());
    if (!format) {
        throw UsageError(QStringLiteral("--%1: unknown format '%2' (fitscope-cli estimate --help lists them)")
                             .arg(QLatin1String(name), value(parser, name))
                             .toStdString());
    }
    return *format;
}

report::RuntimeOptions runtimeOptionsOf(const sizing::Scenario& scenario) {
    report::RuntimeOptions r;
    r.parallelism = scenario.parallelism;
    r.cpu_ram_bytes = scenario.cpu_ram_bytes;
    r.cpu_bandwidth_gbps = scenario.cpu_bandwidth_gbps;
    r.cuda_graphs = scenario.cuda_graphs;
    r.vllm = scenario.vllm;
    r.llamacpp = scenario.llamacpp;
    return r;
}

// The runtime options the command line gives explicitly, over the file's (the same options as
// scenarioFromOptions parses, with the same checks: it builds a throw-away scenario from them).
void applyRuntimeOverrides(const QCommandLineParser& parser, report::ScenarioFile& s) {
    static const char* const kOptions[] = {"parallel",
                                           "cpu-ram",
                                           "cpu-bandwidth",
                                           "eager",
                                           "gpu-memory-utilization",
                                           "max-num-batched-tokens",
                                           "gpu-layers",
                                           "flash-attention",
                                           "flash-attn",
                                           "ubatch",
                                           "vllm-version",
                                           "max-num-seqs",
                                           "pipeline-parallel-size",
                                           "enable-prefix-caching",
                                           "no-enable-prefix-caching",
                                           "num-speculative-tokens",
                                           "cpu-offload-gb",
                                           "n-cpu-moe",
                                           "cpu-moe",
                                           "override-tensor"};
    report::RuntimeOptions r;
    try {
        r = report::runtimeOptionsFromJson(s.runtime_options, "scenario");
    } catch (const report::ScenarioFileError& error) {
        throw UsageError(std::string("--scenario: ") + error.what());
    }
    const sizing::Scenario given = runtimeOptionsFromParser(parser);
    bool any = false;
    for (const char* option : kOptions) {
        any = any || isSet(parser, option);
    }
    if (!any) {
        return;
    }
    if (isSet(parser, "parallel")) {
        r.parallelism = given.parallelism;
    }
    if (isSet(parser, "cpu-ram")) {
        r.cpu_ram_bytes = given.cpu_ram_bytes;
    }
    if (isSet(parser, "cpu-bandwidth")) {
        r.cpu_bandwidth_gbps = given.cpu_bandwidth_gbps;
    }
    if (isSet(parser, "eager")) {
        r.cuda_graphs = false;
    }
    if (isSet(parser, "gpu-memory-utilization")) {
        r.vllm.gpu_memory_utilization = given.vllm.gpu_memory_utilization;
    }
    if (isSet(parser, "max-num-batched-tokens")) {
        r.vllm.max_num_batched_tokens = given.vllm.max_num_batched_tokens;
    }
    if (isSet(parser, "vllm-version")) {
        r.vllm.version = given.vllm.version;
    }
    if (isSet(parser, "max-num-seqs")) {
        r.vllm.max_num_seqs = given.vllm.max_num_seqs;
    }
    if (isSet(parser, "pipeline-parallel-size")) {
        r.vllm.pipeline_parallel_size = given.vllm.pipeline_parallel_size;
    }
    if (isSet(parser, "enable-prefix-caching") || isSet(parser, "no-enable-prefix-caching")) {
        r.vllm.enable_prefix_caching = given.vllm.enable_prefix_caching;
    }
    if (isSet(parser, "num-speculative-tokens")) {
        r.vllm.num_speculative_tokens = given.vllm.num_speculative_tokens;
    }
    if (isSet(parser, "cpu-offload-gb")) {
        r.vllm.cpu_offload_gb = given.vllm.cpu_offload_gb;
    }
    if (isSet(parser, "gpu-layers")) {
        r.llamacpp.n_gpu_layers = given.llamacpp.n_gpu_layers;
        r.auto_gpu_layers = false;
    }
    if (isSet(parser, "flash-attention") || isSet(parser, "flash-attn")) {
        r.llamacpp.flash_attention = given.llamacpp.flash_attention;
    }
    if (isSet(parser, "ubatch")) {
        r.llamacpp.n_ubatch = given.llamacpp.n_ubatch;
    }
    if (isSet(parser, "kv-unified")) {
        r.llamacpp.kv_unified = true;
    }
    if (isSet(parser, "kv-cache-v")) {
        r.llamacpp.cache_type_v = given.llamacpp.cache_type_v;
    }
    if (isSet(parser, "n-cpu-moe")) {
        r.llamacpp.n_cpu_moe = given.llamacpp.n_cpu_moe;
    }
    if (isSet(parser, "cpu-moe")) {
        r.llamacpp.cpu_moe = true;
    }
    if (isSet(parser, "override-tensor")) {
        r.llamacpp.tensor_overrides = given.llamacpp.tensor_overrides; // the command line's rules replace the file's
    }
    // Keys this version does not know stay as the file had them.
    nlohmann::json merged = s.runtime_options.is_object() ? s.runtime_options : nlohmann::json::object();
    const nlohmann::json given_options = report::runtimeOptionsToJson(r, s.runtime);
    merged.update(given_options);
    s.runtime_options = std::move(merged);
}

// Options given on the command line win over the file: "the saved scenario, at 32k context".
void applyOverrides(const QCommandLineParser& parser, const catalog::Catalog& catalog, report::ScenarioFile& s) {
    if (isSet(parser, "weights")) {
        s.precision.weights = weightFormat(parser, "weights");
    }
    if (isSet(parser, "embeddings")) {
        s.precision.embeddings = weightFormat(parser, "embeddings");
    }
    if (isSet(parser, "output-head")) {
        s.precision.output_head = weightFormat(parser, "output-head");
    }
    if (isSet(parser, "kv-cache")) {
        const auto kv = sizing::kvFormatFromId(value(parser, "kv-cache").toStdString());
        if (!kv) {
            throw UsageError("--kv-cache: unknown format '" + value(parser, "kv-cache").toStdString() + "'");
        }
        s.precision.kv_cache = *kv;
    }
    if (isSet(parser, "context")) {
        s.context_tokens =
            parsePositiveInt(value(parser, "context"), QStringLiteral("--context"), sizing::kMaxContextTokens);
    }
    if (isSet(parser, "batch")) {
        s.batch = parsePositiveInt(value(parser, "batch"), QStringLiteral("--batch"), sizing::kMaxBatch);
    }
    if (isSet(parser, "images")) {
        s.images_per_request =
            parseNonNegativeInt(value(parser, "images"), QStringLiteral("--images"), sizing::kMaxImagesPerRequest);
    }
    if (isSet(parser, "tokens-per-image")) {
        s.tokens_per_image = parsePositiveInt(value(parser, "tokens-per-image"), QStringLiteral("--tokens-per-image"),
                                              sizing::kMaxImageTokens);
    }
    if (isSet(parser, "runtime")) {
        const auto runtime = sizing::runtimeFromId(value(parser, "runtime").toStdString());
        if (!runtime) {
            throw UsageError("--runtime: unknown runtime '" + value(parser, "runtime").toStdString() + "'");
        }
        s.runtime = *runtime;
    }
    applyRuntimeOverrides(parser, s);
    if (isSet(parser, "task") || isSet(parser, "method") || isSet(parser, "lora-rank") ||
        isSet(parser, "lora-targets") || isSet(parser, "gradient-checkpointing")) {
        const sizing::Scenario given = runtimeOptionsFromParser(parser);
        if (isSet(parser, "task")) {
            s.task = given.task;
        }
        if (isSet(parser, "method")) {
            s.finetune.method = given.finetune.method;
        }
        if (isSet(parser, "lora-rank")) {
            s.finetune.lora_rank = given.finetune.lora_rank;
        }
        if (isSet(parser, "lora-targets")) {
            s.finetune.targets = given.finetune.targets;
        }
        if (isSet(parser, "gradient-checkpointing")) {
            s.finetune.gradient_checkpointing = true;
        }
    }
    if (isSet(parser, "overhead")) {
        s.overhead_fraction = parseNumber(value(parser, "overhead"), QStringLiteral("--overhead"), 0, 500) / 100.0;
    }
    if (isSet(parser, "units")) {
        const auto unit = sizing::memoryUnitFromName(value(parser, "units").toStdString());
        if (!unit) {
            throw UsageError("--units: '" + value(parser, "units").toStdString() + "' is neither GB nor GiB");
        }
        s.unit = *unit;
    }
    // --gpu replaces the file's GPU list with one configuration; --gpus alone changes every count.
    const std::int64_t count =
        isSet(parser, "gpus") ? parsePositiveInt(value(parser, "gpus"), QStringLiteral("--gpus"), sizing::kMaxGpuCount)
                              : 1;
    if (isSet(parser, "gpu")) {
        const sizing::GpuSpec* gpu = catalog.findGpu(value(parser, "gpu").toStdString());
        if (!gpu) {
            throw UsageError("--gpu: unknown GPU '" + value(parser, "gpu").toStdString() +
                             "' (fitscope-cli gpus lists them)");
        }
        s.gpus = {{gpu->id, count}};
        s.primary_gpu.clear();
    } else if (isSet(parser, "gpus")) {
        for (report::GpuRef& gpu : s.gpus) {
            gpu.count = count;
        }
    }
    if (isSet(parser, "gpu-in-use")) {
        const std::int64_t in_use = gpuInUseBytes(value(parser, "gpu-in-use"));
        for (report::GpuRef& gpu : s.gpus) {
            gpu.in_use_bytes = in_use;
        }
    }
}

} // namespace

void addScenarioFileOption(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("A saved scenario (.fitscope.json) instead of the model options; other options "
                                     "given explicitly override its values. report and export: repeat it (or give a "
                                     "file with pinned scenarios) to compare several."),
                      QStringLiteral("FILE")});
}

report::ScenarioFile scenarioFileFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog) {
    if (isSet(parser, "scenario")) {
        if (isSet(parser, "model") || isSet(parser, "config") || isSet(parser, "params") || isSet(parser, "hf")) {
            throw UsageError("--scenario names the model already: leave out --model, --config, --params and --hf");
        }
        report::ScenarioFile s;
        try {
            s = report::readScenarioFile(value(parser, "scenario").toStdString(), catalog);
        } catch (const report::ScenarioFileError& error) {
            throw UsageError(std::string("--scenario: ") + error.what());
        }
        applyOverrides(parser, catalog, s);
        return s;
    }

    const ScenarioRequest request = scenarioFromOptions(parser, catalog, false);
    const sizing::Scenario& scenario = request.scenario;
    report::ScenarioFile s;
    if (!request.model_file_path.empty()) {
        // A file, or a local model's file: the architecture is embedded, so the scenario reopens
        // without the file.
        s.model.origin = report::ModelOrigin::File;
        s.model.path = QFileInfo(QString::fromStdString(request.model_file_path)).absoluteFilePath().toStdString();
        if (isSet(parser, "mmproj")) {
            s.model.projector_path = QFileInfo(value(parser, "mmproj")).absoluteFilePath().toStdString();
        }
        s.model.spec = scenario.model->spec;
    } else if (isSet(parser, "model")) {
        s.model.origin = report::ModelOrigin::Catalog;
        s.model.catalog_id = catalog.findModel(value(parser, "model").toStdString())->id;
    } else if (isSet(parser, "params")) {
        s.model.origin = report::ModelOrigin::Params;
        s.model.params = scenario.model->spec.params_override;
    } else {
        // --config or --hf: the architecture is embedded, so the scenario reopens without the file.
        const char* option = "config";
        s.model.origin = report::ModelOrigin::File;
        // A Hugging Face id is kept as the id (with its revision): there is no local path.
        s.model.path = isSet(parser, "hf") ? "hf:" + request.model_label
                                           : QFileInfo(value(parser, option)).absoluteFilePath().toStdString();
        s.model.spec = scenario.model->spec;
    }
    s.precision = scenario.precision;
    s.context_tokens = scenario.context_tokens;
    s.batch = scenario.batch;
    s.images_per_request = scenario.images_per_request;
    s.tokens_per_image = scenario.tokens_per_image;
    s.runtime = scenario.runtime;
    s.overhead_fraction = scenario.overhead_fraction;
    report::RuntimeOptions options = runtimeOptionsOf(scenario);
    if (!isSet(parser, "cpu-ram")) {
        options.cpu_ram_bytes = 0; // this machine's RAM is not the scenario's: a saved file stays portable
    }
    s.runtime_options = report::runtimeOptionsToJson(options, scenario.runtime);
    s.task = scenario.task;
    s.finetune = scenario.finetune;
    if (scenario.gpu) {
        s.gpus = {{scenario.gpu->id, scenario.gpu_count, scenario.gpu_in_use_bytes}};
    }
    s.unit = request.unit;
    return s;
}

report::ScenarioFile scenarioSetFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog) {
    const QStringList paths = parser.values(QStringLiteral("scenario"));
    if (paths.size() <= 1) {
        report::ScenarioFile s = scenarioFileFromOptions(parser, catalog);
        if (!s.pinned.empty()) {
            for (report::PinnedScenario& pin : s.pinned) {
                applyOverrides(parser, catalog, pin.scenario);
            }
        }
        return s;
    }
    if (isSet(parser, "model") || isSet(parser, "config") || isSet(parser, "params") || isSet(parser, "hf")) {
        throw UsageError("--scenario names the model already: leave out --model, --config, --params and --hf");
    }
    report::ScenarioFile combined;
    bool baselineMarked = false;
    for (qsizetype k = 0; k < paths.size(); ++k) {
        report::ScenarioFile file;
        try {
            file = report::readScenarioFile(paths[k].toStdString(), catalog);
        } catch (const report::ScenarioFileError& error) {
            throw UsageError(std::string("--scenario: ") + error.what());
        }
        applyOverrides(parser, catalog, file);
        for (report::PinnedScenario& pin : file.pinned) {
            applyOverrides(parser, catalog, pin.scenario);
        }
        std::size_t baseline = 0;
        std::vector<report::ComparedScenario> scenarios = report::comparedScenariosOf(file, catalog, &baseline);
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            report::PinnedScenario pin;
            // A file's own scenario is named by its title, else by its file name.
            const bool own = i >= file.pinned.size();
            pin.name =
                own ? (file.title.empty()
                           ? QFileInfo(paths[k]).fileName().remove(QStringLiteral(".fitscope.json")).toStdString()
                           : file.title)
                    : scenarios[i].name;
            pin.scenario = scenarios[i].file;
            pin.baseline = k == 0 && !file.pinned.empty() && i == baseline && file.pinned[baseline].baseline;
            baselineMarked = baselineMarked || pin.baseline;
            combined.pinned.push_back(std::move(pin));
        }
        if (k == 0) {
            combined.unit = file.unit;
            combined.lab = file.lab;
        }
    }
    if (combined.pinned.size() > report::kMaxPinnedScenarios) {
        throw UsageError("--scenario: " + std::to_string(combined.pinned.size()) + " scenarios; at most " +
                         std::to_string(report::kMaxPinnedScenarios) + " can be compared");
    }
    if (!baselineMarked) {
        combined.pinned.front().baseline = true;
    }
    // The file's own fields are the first scenario's, so it is no extra "Current" column.
    const std::vector<report::PinnedScenario> pinned = std::move(combined.pinned);
    const sizing::MemoryUnit unit = combined.unit;
    nlohmann::json lab = std::move(combined.lab);
    combined = pinned.front().scenario;
    combined.pinned = pinned;
    combined.unit = unit;
    combined.lab = std::move(lab);
    return combined;
}

} // namespace fitscope::cli
