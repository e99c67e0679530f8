#include "scenario_options.h"

#include "cli_common.h"
#include "core/formats/hf_config.h"
#include "core/formats/hf_quantization.h"
#include "core/formats/model_file_sizing.h"
#include "hub_source.h"
#include "local_models.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>
#include <unistd.h>

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

// This machine's RAM (core never reads the machine: the CLI passes it in). 0 when unknown.
std::int64_t machineRamBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long page_size = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || page_size <= 0) {
        return 0;
    }
    return static_cast<std::int64_t>(pages) * static_cast<std::int64_t>(page_size);
}

// "68719476736", "64G", "64GiB", "64GB", "512M", "1.5T". A bare K/M/G/T is binary (as free -g and
// DIMM sizes count); "GB" is 10^9 and "GiB" 2^30.
std::int64_t parseByteSize(const QString& text, const QString& what) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\\s*([kKmMgGtT]?)(i?[bB]?)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        throw UsageError(
            QStringLiteral("%1: '%2' is not a size (examples: 64G, 64GiB, 68719476736)").arg(what, text).toStdString());
    }
    double value = match.captured(1).toDouble();
    const QString prefix = match.captured(2).toUpper();
    const QString tail = match.captured(3);
    const bool decimal = tail.compare(QLatin1String("B"), Qt::CaseInsensitive) == 0;
    const double base = decimal ? 1000.0 : 1024.0;
    const int power = prefix == QLatin1String("K")   ? 1
                      : prefix == QLatin1String("M") ? 2
                      : prefix == QLatin1String("G") ? 3
                      : prefix == QLatin1String("T") ? 4
                                                     : 0;
    value *= std::pow(base, power);
    constexpr double kMaxBytes = 1LL << 52; // 4 PiB
    if (!std::isfinite(value) || value < 1.0 || value > kMaxBytes) {
        throw UsageError(QStringLiteral("%1: '%2' must be between 1 byte and 4 PiB").arg(what, text).toStdString());
    }
    return static_cast<std::int64_t>(std::llround(value));
}

} // namespace

std::int64_t gpuInUseBytes(const QString& gigabytes) {
    const double gb =
        parseNumber(gigabytes, QStringLiteral("--gpu-in-use"), 0, static_cast<double>(sizing::kMaxGpuInUseBytes) / 1e9);
    return std::llround(gb * 1e9);
}

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
        {QStringLiteral("safetensors"),
         QStringLiteral("A Hugging Face model folder or .safetensors file: exact bytes from the headers."),
         QStringLiteral("PATH")},
        {QStringLiteral("gguf"), QStringLiteral("A GGUF file (any part of a split one): exact bytes and metadata."),
         QStringLiteral("PATH")},
        {QStringLiteral("mmproj"),
         QStringLiteral("With a GGUF model: its vision projector file (llama.cpp --mmproj), whose weights are added."),
         QStringLiteral("PATH")},
        {QStringLiteral("config"), QStringLiteral("A Hugging Face config.json (or a folder holding one)."),
         QStringLiteral("PATH")},
        {QStringLiteral("params"), QStringLiteral("A bare parameter count: 7B, 6.7e9, 13000M."),
         QStringLiteral("COUNT")},
    });
    addHubOptions(parser);
    parser.addOptions({
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
        {QStringLiteral("images"),
         QStringLiteral(
             "Images per request (multimodal models): their tokens are added to every sequence (default 0)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("tokens-per-image"),
         QStringLiteral("Tokens one image takes (default: the model's figure; needed where it depends on the image)."),
         QStringLiteral("N")},
        {QStringLiteral("runtime"),
         QStringLiteral("Runtime profile: ") + runtimeIds() + QStringLiteral(" (default simple)."),
         QStringLiteral("NAME"), QStringLiteral("simple")},
        {QStringLiteral("overhead"), QStringLiteral("The simple profile's overhead in percent (default 20)."),
         QStringLiteral("PERCENT"), QStringLiteral("20")},
        {QStringLiteral("gpu"), QStringLiteral("Catalog GPU id (fitscope-cli gpus)."), QStringLiteral("ID")},
        {QStringLiteral("gpus"), QStringLiteral("Number of identical GPUs, tensor parallel (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("gpu-in-use"),
         QStringLiteral("Memory other processes already hold on each GPU, in GB (10^9; default 0): the fit is judged "
                        "against what is left, and vLLM refuses to start when that is below its budget."),
         QStringLiteral("GB"), QStringLiteral("0")},
        {QStringLiteral("units"), QStringLiteral("GB (10^9, default) or GiB (2^30)."), QStringLiteral("GB|GiB"),
         QStringLiteral("GB")},
        {QStringLiteral("parallel"),
         QStringLiteral("How several GPUs share the model: tp (tensor parallel, default) or pp (pipeline)."),
         QStringLiteral("tp|pp"), QStringLiteral("tp")},
        {QStringLiteral("cpu-ram"),
         QStringLiteral("System RAM for layers left on the CPU (default: this machine's). 64G = 64 GiB, 64GB = "
                        "64×10^9, or bytes."),
         QStringLiteral("SIZE")},
        {QStringLiteral("cpu-bandwidth"),
         QStringLiteral("The CPU's memory bandwidth in GB/s for CPU-side decoding (the lab's bench measures it)."),
         QStringLiteral("GBPS")},
        {QStringLiteral("eager"),
         QStringLiteral("Decode without CUDA graphs (transformers' plain generate(), vLLM --enforce-eager).")},
        {QStringLiteral("gpu-memory-utilization"),
         QStringLiteral("vLLM: the fraction of GPU memory it takes (default 0.90)."), QStringLiteral("F"),
         QStringLiteral("0.90")},
        {QStringLiteral("max-num-batched-tokens"),
         QStringLiteral("vLLM: tokens of its profiling forward pass (default 8192)."), QStringLiteral("N"),
         QStringLiteral("8192")},
        {QStringLiteral("vllm-version"),
         QStringLiteral("vLLM: the release whose rules apply, e.g. 0.6 (V0 engine) … 0.24 (default, the newest "
                        "modelled)."),
         QStringLiteral("X.Y")},
        {QStringLiteral("max-num-seqs"), QStringLiteral("vLLM: sequences its profiling run samples (default 256)."),
         QStringLiteral("N"), QStringLiteral("256")},
        {QStringLiteral("pipeline-parallel-size"),
         QStringLiteral("vLLM: pipeline stages; --gpus counts all GPUs (tensor × pipeline)."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("enable-prefix-caching"),
         QStringLiteral("vLLM: prefix caching on (V1's default; hybrids keep two state blocks per request).")},
        {QStringLiteral("no-enable-prefix-caching"), QStringLiteral("vLLM: prefix caching off.")},
        {QStringLiteral("num-speculative-tokens"),
         QStringLiteral("vLLM: draft tokens of speculative decoding (MTP models also load their MTP blocks)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("cpu-offload-gb"),
         QStringLiteral("vLLM: GB of each GPU's weights kept in CPU memory (default 0)."), QStringLiteral("GB"),
         QStringLiteral("0")},
        {QStringLiteral("gpu-layers"),
         QStringLiteral("llama.cpp: n_gpu_layers, the output layer counted (default: all)."), QStringLiteral("N")},
        {QStringLiteral("flash-attention"), QStringLiteral("llama.cpp: -fa on (the same as --flash-attn on).")},
        {QStringLiteral("flash-attn"),
         QStringLiteral("llama.cpp: -fa on|off|auto (default auto, llama.cpp's: on wherever the device runs it; "
                        "a quantized V cache needs it)."),
         QStringLiteral("on|off|auto"), QStringLiteral("auto")},
        {QStringLiteral("ubatch"), QStringLiteral("llama.cpp: n_ubatch (default 512)."), QStringLiteral("N"),
         QStringLiteral("512")},
        {QStringLiteral("kv-cache-v"),
         QStringLiteral("llama.cpp: -ctv, the V cache's format when it differs from --kv-cache (-ctk)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("kv-unified"),
         QStringLiteral("llama.cpp: -kvu, one KV stream shared by the --batch slots (-np) instead of one per slot "
                        "(llama-server without -np: 4 slots with -kvu).")},
        {QStringList{QStringLiteral("n-cpu-moe"), QStringLiteral("ncmoe")},
         QStringLiteral("llama.cpp: keep the routed experts of the first N layers in system RAM (--n-cpu-moe)."),
         QStringLiteral("N")},
        {QStringList{QStringLiteral("cpu-moe"), QStringLiteral("cmoe")},
         QStringLiteral("llama.cpp: keep every layer's routed experts in system RAM (--cpu-moe).")},
        {QStringList{QStringLiteral("override-tensor"), QStringLiteral("ot")},
         QStringLiteral("llama.cpp: -ot PATTERN=BUFFER[,...] tensor placement (regex on the tensor names, the first "
                        "matching rule wins, before --cpu-moe/--n-cpu-moe; BUFFER is CPU or CUDA0, CUDA1, ...). May "
                        "be repeated."),
         QStringLiteral("PATTERN=BUFFER")},
        {QStringLiteral("task"), QStringLiteral("inference (default) or finetune."), QStringLiteral("TASK"),
         QStringLiteral("inference")},
        {QStringLiteral("method"), QStringLiteral("Fine-tuning method: full, lora (default) or qlora."),
         QStringLiteral("METHOD"), QStringLiteral("lora")},
        {QStringLiteral("lora-rank"), QStringLiteral("LoRA rank (default 16)."), QStringLiteral("R"),
         QStringLiteral("16")},
        {QStringLiteral("lora-targets"), QStringLiteral("LoRA on all-linear layers (default) or attention (q and v)."),
         QStringLiteral("WHICH"), QStringLiteral("all-linear")},
        {QStringLiteral("gradient-checkpointing"), QStringLiteral("Fine-tuning: recompute activations.")},
        {QStringLiteral("json"), QStringLiteral("Print JSON for scripts.")},
    });
}

sizing::Scenario runtimeOptionsFromParser(const QCommandLineParser& parser) {
    sizing::Scenario result;
    sizing::Scenario& s = result;
    const QString parallel = parser.value(QStringLiteral("parallel"));
    const auto parallelism = sizing::parallelismFromId(parallel.toStdString());
    if (!parallelism) {
        throw UsageError(QStringLiteral("--parallel: '%1' is neither tp nor pp").arg(parallel).toStdString());
    }
    s.parallelism = *parallelism;
    s.cpu_ram_bytes = parser.isSet(QStringLiteral("cpu-ram"))
                          ? parseByteSize(parser.value(QStringLiteral("cpu-ram")), QStringLiteral("--cpu-ram"))
                          : machineRamBytes();
    if (parser.isSet(QStringLiteral("cpu-bandwidth"))) {
        s.cpu_bandwidth_gbps =
            parseNumber(parser.value(QStringLiteral("cpu-bandwidth")), QStringLiteral("--cpu-bandwidth"), 0.1, 1e5);
    }
    s.cuda_graphs = !parser.isSet(QStringLiteral("eager"));
    s.vllm.gpu_memory_utilization = parseNumber(parser.value(QStringLiteral("gpu-memory-utilization")),
                                                QStringLiteral("--gpu-memory-utilization"), 0.01, 1.0);
    s.vllm.max_num_batched_tokens =
        parsePositiveInt(parser.value(QStringLiteral("max-num-batched-tokens")),
                         QStringLiteral("--max-num-batched-tokens"), sizing::kMaxContextTokens);
    if (parser.isSet(QStringLiteral("vllm-version"))) {
        const QString text = parser.value(QStringLiteral("vllm-version"));
        const auto version = sizing::vllmVersionFromId(text.trimmed().toStdString());
        if (!version) {
            throw UsageError(
                QStringLiteral("--vllm-version: '%1' is not a vLLM release such as 0.24").arg(text).toStdString());
        }
        s.vllm.version = *version;
    }
    s.vllm.max_num_seqs =
        parsePositiveInt(parser.value(QStringLiteral("max-num-seqs")), QStringLiteral("--max-num-seqs"), 1 << 20);
    s.vllm.pipeline_parallel_size = parsePositiveInt(parser.value(QStringLiteral("pipeline-parallel-size")),
                                                     QStringLiteral("--pipeline-parallel-size"), 1024);
    if (parser.isSet(QStringLiteral("enable-prefix-caching")) &&
        parser.isSet(QStringLiteral("no-enable-prefix-caching"))) {
        throw UsageError("give only one of --enable-prefix-caching and --no-enable-prefix-caching");
    }
    if (parser.isSet(QStringLiteral("enable-prefix-caching"))) {
        s.vllm.enable_prefix_caching = true;
    } else if (parser.isSet(QStringLiteral("no-enable-prefix-caching"))) {
        s.vllm.enable_prefix_caching = false;
    }
    {
        const QString text = parser.value(QStringLiteral("num-speculative-tokens"));
        bool ok = false;
        const qlonglong n = text.trimmed().toLongLong(&ok);
        if (!ok || n < 0 || n > 64) {
            throw UsageError(
                QStringLiteral("--num-speculative-tokens: '%1' is not a count from 0 to 64").arg(text).toStdString());
        }
        s.vllm.num_speculative_tokens = n;
    }
    s.vllm.cpu_offload_gb =
        parseNumber(parser.value(QStringLiteral("cpu-offload-gb")), QStringLiteral("--cpu-offload-gb"), 0.0, 1e6);
    if (parser.isSet(QStringLiteral("gpu-layers"))) {
        const QString text = parser.value(QStringLiteral("gpu-layers"));
        bool ok = false;
        const qlonglong layers = text.trimmed().toLongLong(&ok);
        if (!ok || layers < 0 || layers > 1'000'000) {
            throw UsageError(
                QStringLiteral("--gpu-layers: '%1' is not a layer count (0 or more)").arg(text).toStdString());
        }
        s.llamacpp.n_gpu_layers = layers;
    }
    if (parser.isSet(QStringLiteral("flash-attn"))) {
        const QString text = parser.value(QStringLiteral("flash-attn"));
        const auto setting = sizing::flashAttentionFromId(text.trimmed().toLower().toStdString());
        if (!setting) {
            throw UsageError(QStringLiteral("--flash-attn: '%1' is not on, off or auto").arg(text).toStdString());
        }
        s.llamacpp.flash_attention = *setting;
    } else if (parser.isSet(QStringLiteral("flash-attention"))) {
        s.llamacpp.flash_attention = sizing::FlashAttention::On;
    }
    s.llamacpp.n_ubatch = parsePositiveInt(parser.value(QStringLiteral("ubatch")), QStringLiteral("--ubatch"), 1 << 20);
    s.llamacpp.kv_unified = parser.isSet(QStringLiteral("kv-unified"));
    if (parser.isSet(QStringLiteral("n-cpu-moe"))) {
        const QString text = parser.value(QStringLiteral("n-cpu-moe"));
        bool ok = false;
        const qlonglong layers = text.trimmed().toLongLong(&ok);
        if (!ok || layers < 0 || layers > 1'000'000) {
            throw UsageError(
                QStringLiteral("--n-cpu-moe: '%1' is not a layer count (0 or more)").arg(text).toStdString());
        }
        s.llamacpp.n_cpu_moe = layers;
    }
    s.llamacpp.cpu_moe = parser.isSet(QStringLiteral("cpu-moe"));
    for (const QString& value : parser.values(QStringLiteral("override-tensor"))) {
        try {
            for (sizing::TensorOverride& rule : sizing::parseTensorOverrides(value.toStdString())) {
                s.llamacpp.tensor_overrides.push_back(std::move(rule));
            }
        } catch (const sizing::TensorOverrideError& error) {
            throw UsageError("-ot: " + std::string(error.what()));
        }
    }
    if (parser.isSet(QStringLiteral("kv-cache-v"))) {
        const QString v = parser.value(QStringLiteral("kv-cache-v"));
        const auto v_format = sizing::kvFormatFromId(v.toStdString());
        if (!v_format) {
            throw UsageError(
                QStringLiteral("--kv-cache-v: unknown format '%1' (known: %2)").arg(v, kvIds()).toStdString());
        }
        s.llamacpp.cache_type_v = *v_format;
    }

    const QString task = parser.value(QStringLiteral("task"));
    const auto task_id = sizing::taskFromId(task.toStdString());
    if (!task_id) {
        throw UsageError(QStringLiteral("--task: '%1' is neither inference nor finetune").arg(task).toStdString());
    }
    s.task = *task_id;
    const QString method = parser.value(QStringLiteral("method"));
    const auto method_id = sizing::fineTuneMethodFromId(method.toStdString());
    if (!method_id) {
        throw UsageError(QStringLiteral("--method: '%1' is not one of full, lora, qlora").arg(method).toStdString());
    }
    s.finetune.method = *method_id;
    s.finetune.lora_rank = parsePositiveInt(parser.value(QStringLiteral("lora-rank")), QStringLiteral("--lora-rank"),
                                            sizing::kMaxLoraRank);
    const QString targets = parser.value(QStringLiteral("lora-targets"));
    if (targets == QLatin1String("all-linear") || targets == QLatin1String("all")) {
        s.finetune.targets = sizing::LoraTargets::AllLinear;
    } else if (targets == QLatin1String("attention") || targets == QLatin1String("qv")) {
        s.finetune.targets = sizing::LoraTargets::Attention;
    } else {
        throw UsageError(
            QStringLiteral("--lora-targets: '%1' is neither all-linear nor attention").arg(targets).toStdString());
    }
    s.finetune.gradient_checkpointing = parser.isSet(QStringLiteral("gradient-checkpointing"));
    return result;
}

ScenarioRequest scenarioFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog,
                                    bool require_gpu) {
    ScenarioRequest request;
    sizing::Scenario& s = request.scenario;
    std::optional<sizing::WeightFormat> file_format; // the format a safetensors/GGUF file stores
    request.json = parser.isSet(QStringLiteral("json"));

    const int source_count = int(parser.isSet(QStringLiteral("model"))) + int(parser.isSet(QStringLiteral("config"))) +
                             int(parser.isSet(QStringLiteral("params"))) +
                             int(parser.isSet(QStringLiteral("safetensors"))) +
                             int(parser.isSet(QStringLiteral("gguf"))) + int(parser.isSet(QStringLiteral("hf")));
    if (source_count == 0) {
        throw UsageError("name a model: --model ID, --params COUNT, --config PATH, --safetensors PATH, --gguf PATH "
                         "or --hf ORG/NAME");
    }
    if (source_count > 1) {
        throw UsageError("give only one of --model, --params, --config, --safetensors, --gguf and --hf");
    }
    if (parser.isSet(QStringLiteral("hf-file")) && !parser.isSet(QStringLiteral("hf"))) {
        throw UsageError("--hf-file names a file of the repository --hf names; give --hf ORG/NAME too");
    }
    // A model read from file headers (local or from a repository): exact bytes, the stored format.
    auto useModelFile = [&](const formats::ModelFileInfo& info) {
        s.model = formats::prepareModelFromFile(info);
        for (const std::string& warning : info.warnings) {
            std::fprintf(stderr, "fitscope-cli: warning: %s\n", warning.c_str());
        }
        if (info.parameters_mismatch) {
            std::fprintf(stderr, "fitscope-cli: warning: %s\n", info.parameters_note.c_str());
        }
        // Unless --weights says otherwise, size the weights exactly as the file stores them.
        if (!parser.isSet(QStringLiteral("weights")) && s.model->stored_format) {
            file_format = s.model->stored_format;
        }
    };
    // A model file: --gguf or --safetensors, or a model on this machine named by --model (an Ollama
    // tag, a Hugging Face id in the cache) when the catalog has no such id: the same reading for both.
    QString file_option;
    QString file_path;
    QString error_label; // the option errors name: --gguf, --safetensors, or --model for a local model
    if (parser.isSet(QStringLiteral("model"))) {
        const QString id = parser.value(QStringLiteral("model"));
        const std::string name = id.toStdString();
        // The catalog matches ids loosely ("qwen3:30b-a3b" finds qwen3-30b-a3b); a model on this
        // machine listed under exactly that name is what the user means, unless the catalog's id or
        // name is given exactly.
        const catalog::ModelEntry* entry = catalog.findModel(name);
        const bool exact = entry != nullptr && (entry->id == name || entry->name == name);
        const std::optional<sources::LocalModel> local = exact ? std::nullopt : findLocalModelNamed(name);
        if (!local && entry != nullptr) {
            s.model = entry->model;
            request.model_label = entry->name;
        } else {
            if (!local) {
                throw UsageError(QStringLiteral("--model: unknown model '%1' (fitscope-cli models lists the catalog, "
                                                "fitscope-cli models --local the models on this machine)")
                                     .arg(id)
                                     .toStdString());
            }
            if (!local->ok()) {
                throw UsageError("--model: " + local->name + " (" + std::string(sources::modelStoreName(local->store)) +
                                 ") is broken: " + local->problem);
            }
            if (entry != nullptr) {
                std::fprintf(
                    stderr, "fitscope-cli: note: --model %s is the %s model on this machine (the catalog's is %s)\n",
                    local->name.c_str(), std::string(sources::modelStoreName(local->store)).c_str(), entry->id.c_str());
            }
            file_option = local->format == formats::ModelFileFormat::Gguf ? QStringLiteral("gguf")
                                                                          : QStringLiteral("safetensors");
            file_path = QString::fromStdString(local->path.string());
            error_label = QStringLiteral("--model");
            request.model_label = local->name;
        }
    } else if (parser.isSet(QStringLiteral("safetensors")) || parser.isSet(QStringLiteral("gguf"))) {
        file_option = parser.isSet(QStringLiteral("gguf")) ? QStringLiteral("gguf") : QStringLiteral("safetensors");
        file_path = parser.value(file_option);
        error_label = QStringLiteral("--") + file_option;
        request.model_label = file_path.toStdString();
    }
    if (parser.isSet(QStringLiteral("mmproj")) && file_option.isEmpty()) {
        throw UsageError("--mmproj: a vision projector goes with a GGUF model (--gguf, or --model naming a local one)");
    }
    if (!file_option.isEmpty()) {
        const QString& option = file_option;
        const QString& path = file_path;
        try {
            formats::ModelFileInfo info = formats::inspectModelPath(path.toStdString());
            if ((option == QLatin1String("gguf")) != (info.format == formats::ModelFileFormat::Gguf)) {
                throw UsageError(
                    QStringLiteral("%4: %2 is a %3 model, not %1")
                        .arg(option, path, QString::fromLatin1(formats::modelFileFormatName(info.format)), error_label)
                        .toStdString());
            }
            if (parser.isSet(QStringLiteral("mmproj"))) {
                if (info.format != formats::ModelFileFormat::Gguf) {
                    throw UsageError("--mmproj: a vision projector goes with a GGUF model (--gguf)");
                }
                try {
                    formats::addGgufProjector(info, parser.value(QStringLiteral("mmproj")).toStdString());
                } catch (const formats::FormatError& error) {
                    throw UsageError(std::string("--mmproj: ") + error.what());
                }
            }
            useModelFile(info);
        } catch (const formats::FormatError& error) {
            throw UsageError(error_label.toStdString() + ": " + error.what());
        }
        request.model_file_path = path.toStdString();
    } else if (parser.isSet(QStringLiteral("hf"))) {
        const hub::HubModel model = openHubModelFromOptions(parser);
        try {
            useModelFile(model.info);
        } catch (const formats::FormatError& error) {
            throw UsageError(std::string("--hf: ") + error.what());
        }
        request.model_label = model.id.text().toStdString();
    } else if (parser.isSet(QStringLiteral("config"))) {
        const QString path = parser.value(QStringLiteral("config"));
        try {
            sizing::ModelSpec spec = formats::readHfConfig(path.toStdString());
            spec.id = "config";
            spec.display_name = QDir(path).dirName().toStdString();
            // A quantized checkpoint's config (quantization_config) sizes as what it stores, unless --weights
            // asks for another format.
            s.model =
                formats::prepareQuantizedModel(std::move(spec), formats::readHfQuantizationFile(path.toStdString()));
            if (!parser.isSet(QStringLiteral("weights")) && s.model->stored_format) {
                file_format = s.model->stored_format;
            }
        } catch (const formats::FormatError& error) {
            throw UsageError(std::string("--config: ") + error.what());
        } catch (const std::invalid_argument& error) {
            throw UsageError(std::string("--config: ") + path.toStdString() + ": " + error.what());
        }
        request.model_label = path.toStdString();
    } else if (parser.isSet(QStringLiteral("params"))) {
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

    s.precision.weights =
        file_format ? *file_format : parseFormat(parser.value(QStringLiteral("weights")), "--weights");
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
    s.images_per_request = parseNonNegativeInt(parser.value(QStringLiteral("images")), QStringLiteral("--images"),
                                               sizing::kMaxImagesPerRequest);
    if (parser.isSet(QStringLiteral("tokens-per-image"))) {
        s.tokens_per_image = parsePositiveInt(parser.value(QStringLiteral("tokens-per-image")),
                                              QStringLiteral("--tokens-per-image"), sizing::kMaxImageTokens);
    }
    s.gpu_count =
        parsePositiveInt(parser.value(QStringLiteral("gpus")), QStringLiteral("--gpus"), sizing::kMaxGpuCount);
    s.gpu_in_use_bytes = gpuInUseBytes(parser.value(QStringLiteral("gpu-in-use")));
    s.overhead_fraction =
        parseNumber(parser.value(QStringLiteral("overhead")), QStringLiteral("--overhead"), 0, 500) / 100.0;

    const QString runtime = parser.value(QStringLiteral("runtime"));
    const auto runtime_id = sizing::runtimeFromId(runtime.toStdString());
    if (!runtime_id) {
        throw UsageError(
            QStringLiteral("--runtime: unknown runtime '%1' (known: %2)").arg(runtime, runtimeIds()).toStdString());
    }
    s.runtime = *runtime_id;

    const sizing::Scenario options = runtimeOptionsFromParser(parser);
    s.parallelism = options.parallelism;
    s.cpu_ram_bytes = options.cpu_ram_bytes;
    s.cpu_bandwidth_gbps = options.cpu_bandwidth_gbps;
    s.cuda_graphs = options.cuda_graphs;
    s.vllm = options.vllm;
    if (s.vllm.version < sizing::VllmVersion{0, 8} && !parser.isSet(QStringLiteral("max-num-batched-tokens"))) {
        // V0 without chunked prefill schedules a whole prompt at once: its profiling pass takes
        // max(max_model_len, 2048) tokens (vllm/config.py SchedulerConfig, v0.6).
        s.vllm.max_num_batched_tokens = std::max<std::int64_t>(s.context_tokens, 2048);
    }
    s.llamacpp = options.llamacpp;
    if (s.llamacpp.cache_type_v == s.precision.kv_cache) {
        s.llamacpp.cache_type_v.reset(); // -ctv the same as -ctk: no separate V type
    }
    s.task = options.task;
    s.finetune = options.finetune;
    const bool finetune_option = parser.isSet(QStringLiteral("method")) || parser.isSet(QStringLiteral("lora-rank")) ||
                                 parser.isSet(QStringLiteral("gradient-checkpointing"));
    if (finetune_option && s.task != sizing::Task::FineTune) {
        throw UsageError("--method, --lora-rank and --gradient-checkpointing need --task finetune");
    }

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
