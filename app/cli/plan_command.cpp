// fitscope-cli plan: the launch command (llama-server, vllm serve, Ollama) with the settings the
// estimate assumed, or the memory plan as JSON; --from-command reads a command back into a scenario.
#include "cli_common.h"
#include "core/plan/command_parser.h"
#include "core/plan/fit_changes.h"
#include "core/plan/launch_commands.h"
#include "core/plan/memory_plan.h"
#include "core/sizing/estimator.h"
#include "fit_changes_text.h"
#include "hub/hub_model_id.h"
#include "scenario_options.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace fitscope::cli {

using namespace fitscope::sizing;
using namespace fitscope::plan;

namespace {

const QStringList kModelOptions{QStringLiteral("--model"),       QStringLiteral("--config"), QStringLiteral("--params"),
                                QStringLiteral("--safetensors"), QStringLiteral("--gguf"),   QStringLiteral("--hf")};

bool namesModel(const QStringList& args) {
    for (const QString& arg : args) {
        for (const QString& option : kModelOptions) {
            if (arg == option || arg.startsWith(option + QLatin1Char('='))) {
                return true;
            }
        }
    }
    return false;
}

// The value of --NAME in args (either "--NAME V" or "--NAME=V"), removing it; empty when absent.
QString takeOption(QStringList& args, const QString& name) {
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString value = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return {};
}

// The fitscope-cli flags of a scenario read from a command, so the user can run estimate on it.
std::string scenarioFlags(const Scenario& s) {
    std::string flags = "--weights " + std::string(formatInfo(s.precision.weights).id) + " --kv-cache " +
                        std::string(kvFormatInfo(s.precision.kv_cache).id) + " --context " +
                        std::to_string(s.context_tokens) + " --batch " + std::to_string(s.batch) + " --runtime " +
                        std::string(runtimeInfo(s.runtime).id);
    if (s.gpu_count > 1) {
        flags += " --gpus " + std::to_string(s.gpu_count) + " --parallel " + std::string(parallelismId(s.parallelism));
    }
    if (s.runtime == Runtime::LlamaCpp) {
        if (s.llamacpp.n_gpu_layers >= 0) {
            flags += " --gpu-layers " + std::to_string(s.llamacpp.n_gpu_layers);
        }
        if (s.llamacpp.flash_attention != sizing::LlamaCppOptions{}.flash_attention) {
            flags += " --flash-attn " + std::string(flashAttentionId(s.llamacpp.flash_attention));
        }
        flags += " --ubatch " + std::to_string(s.llamacpp.n_ubatch);
        if (s.llamacpp.cache_type_v) {
            flags += " --kv-cache-v " + std::string(kvFormatInfo(*s.llamacpp.cache_type_v).id);
        }
        // llama-server without -np runs its slots on a unified cache: estimate must size the same.
        if (s.llamacpp.kv_unified) {
            flags += " --kv-unified";
        }
    } else if (s.runtime == Runtime::Vllm) {
        flags += " --gpu-memory-utilization " + formatNumber(s.vllm.gpu_memory_utilization, 4) +
                 " --max-num-batched-tokens " + std::to_string(s.vllm.max_num_batched_tokens);
        if (!s.cuda_graphs) {
            flags += " --eager";
        }
    }
    return flags;
}

} // namespace

int runPlan(const QStringList& raw_args) {
    QStringList args = raw_args;
    // --runtime names the launch target here (llamacpp, vllm, ollama); Ollama is sized with the
    // llama.cpp profile, so the scenario options see llamacpp.
    std::optional<LaunchRuntime> target;
    const QString runtime_text = takeOption(args, QStringLiteral("--runtime"));
    if (!runtime_text.isEmpty()) {
        target = launchRuntimeFromId(runtime_text.toStdString());
        if (!target) {
            throw UsageError("--runtime: '" + runtime_text.toStdString() +
                             "' is not a runtime plan writes for (llamacpp, vllm, ollama)");
        }
        args << QStringLiteral("--runtime") << QString::fromLatin1(runtimeInfo(sizingRuntimeFor(*target)).id.data());
    }
    const QString from_command = takeOption(args, QStringLiteral("--from-command"));
    std::optional<LaunchSettings> parsed;
    if (!from_command.isEmpty()) {
        try {
            parsed = parseLaunchCommand(from_command.toStdString());
        } catch (const CommandError& error) {
            throw UsageError(std::string("--from-command: ") + error.what());
        }
        if (target && *target != parsed->runtime) {
            throw UsageError("--runtime " + runtime_text.toStdString() + " disagrees with the command, a " +
                             std::string(launchRuntimeId(parsed->runtime)) + " command");
        }
        target = parsed->runtime;
        args << QStringLiteral("--runtime") << QString::fromLatin1(runtimeInfo(sizingRuntimeFor(*target)).id.data());
        // The command's model file, when it is one FitScope can read and no option names another.
        if (!namesModel(args)) {
            const QFileInfo file(QString::fromStdString(parsed->model));
            if (file.isFile() && file.suffix().compare(QLatin1String("gguf"), Qt::CaseInsensitive) == 0) {
                args << QStringLiteral("--gguf") << file.filePath();
            } else if (file.isDir() || (file.isFile() && file.suffix() == QLatin1String("safetensors"))) {
                args << QStringLiteral("--safetensors") << file.filePath();
            } else {
                throw UsageError("the command's model '" + parsed->model +
                                 "' is not a file here: name the model with --model, --config, --gguf, "
                                 "--safetensors or --params");
            }
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The launch command for a scenario, with exactly the settings FitScope assumed: a llama-server command line, "
        "a vllm serve line, or Ollama's environment and Modelfile; or the memory plan as JSON. --from-command reads "
        "a command line back into the scenario it describes. --runtime llamacpp|vllm|ollama names the target."));
    parser.addHelpOption();
    addScenarioOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("shell (default), json (the memory plan) or modelfile (Ollama)."),
         QStringLiteral("FORMAT"), QStringLiteral("shell")},
        {QStringLiteral("model-path"),
         QStringLiteral("What the command passes as the model (a GGUF path, a Hugging Face id, an Ollama FROM)."),
         QStringLiteral("PATH")},
        {QStringLiteral("from-command"),
         QStringLiteral("A llama-server, vllm serve or ollama command line: the scenario it describes, its flags "
                        "FitScope does not model, and the command written again."),
         QStringLiteral("COMMAND")},
    });
    parseOrThrow(parser, QStringLiteral("plan"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    }
    if (!target) {
        throw UsageError("--runtime llamacpp|vllm|ollama is required (or --from-command 'COMMAND')");
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("shell") && format != QLatin1String("json") && format != QLatin1String("modelfile")) {
        throw UsageError("--format: '" + format.toStdString() + "' is not one of shell, json, modelfile");
    }
    if (format == QLatin1String("modelfile") && *target != LaunchRuntime::Ollama) {
        throw UsageError("--format modelfile is Ollama's (--runtime ollama)");
    }

    ScenarioRequest request = scenarioFromOptions(parser, activeCatalog(), false);
    Scenario s = request.scenario;
    LaunchSettings settings;
    if (parsed) {
        try {
            s = scenarioFromSettings(*parsed, s);
        } catch (const CommandError& error) {
            throw UsageError(std::string("--from-command: ") + error.what());
        }
        settings = *parsed; // written again with the same flags
    }
    const Estimate e = estimate(s);
    if (!parsed) {
        ModelReference ref = defaultModelReference(s);
        if (parser.isSet(QStringLiteral("gguf"))) {
            ref.gguf_path = parser.value(QStringLiteral("gguf")).toStdString();
            ref.ollama_name = ref.gguf_path;
        }
        if (parser.isSet(QStringLiteral("safetensors"))) {
            ref.hf_id = parser.value(QStringLiteral("safetensors")).toStdString();
        }
        if (parser.isSet(QStringLiteral("mmproj"))) {
            ref.mmproj_path = parser.value(QStringLiteral("mmproj")).toStdString(); // read with the model
        }
        if (parser.isSet(QStringLiteral("hf"))) {
            // vllm serve and llama-server (-hf) take the repository id itself.
            ref.hf_id = hub::parseHubModelId(parser.value(QStringLiteral("hf"))).repo.toStdString();
            if (parser.isSet(QStringLiteral("hf-file"))) {
                ref.gguf_path = parser.value(QStringLiteral("hf-file")).toStdString();
            }
        }
        if (parser.isSet(QStringLiteral("model-path"))) {
            ref.gguf_path = ref.hf_id = ref.ollama_name = parser.value(QStringLiteral("model-path")).toStdString();
        }
        settings = settingsForScenario(s, e, *target, ref);
    }
    const bool does_not_fit = e.fit && e.fit->verdict == Verdict::DoesNotFit;
    const std::vector<FitChange> changes =
        does_not_fit ? cheapestChangesThatFit(s, activeCatalog().gpus()) : std::vector<FitChange>{};
    for (const std::string& warning : settings.warnings) {
        std::fprintf(stderr, "fitscope-cli plan: warning: %s\n", warning.c_str());
    }

    if (format == QLatin1String("json")) {
        nlohmann::json plan = memoryPlanJson(s, e, settings);
        if (does_not_fit) {
            plan["fit_changes"] = fitChangesJson(changes);
        }
        printOut(plan.dump(2));
        return kExitOk;
    }
    if (format == QLatin1String("modelfile")) {
        printOut(ollamaModelfile(settings));
        return kExitOk;
    }
    std::string out;
    if (parsed) {
        out += "# The scenario this " + std::string(launchRuntimeId(parsed->runtime)) +
               " command describes (fitscope-cli estimate flags):\n#   " + scenarioFlags(s) + "\n";
        if (!parsed->unknown.empty()) {
            out += "# Not modelled by FitScope (kept as given):";
            for (const std::string& word : parsed->unknown) {
                out += " " + shellQuote(word);
            }
            out += "\n";
        }
        for (const std::string& warning : parsed->warnings) {
            out += "# " + warning + "\n";
        }
    }
    if (e.fit) {
        out += "# " + s.model->spec.display_name + " on " +
               (e.fit->gpu_count > 1 ? std::to_string(e.fit->gpu_count) + " × " : std::string()) + s.gpu->display_name +
               ": " + std::string(verdictId(e.fit->verdict)) + ", " +
               formatBytes(e.fit->per_gpu_bytes, request.unit, 2) + " per GPU of " +
               formatBytes(e.fit->capacity_bytes, request.unit, 1) + "\n";
    }
    if (does_not_fit) {
        out += fitChangesText(changes, request.unit, "# ");
    }
    out += *target == LaunchRuntime::Ollama ? ollamaScript(settings, s.model->spec.id) : shellCommand(settings) + "\n";
    printOut(out);
    return kExitOk;
}

} // namespace fitscope::cli
