// fitscope-cli fit: the solvers. Each answer varies one input and keeps the rest of the scenario.
#include "cli_common.h"
#include "core/sizing/image_tokens.h"
#include "core/sizing/solver.h"
#include "scenario_options.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <sstream>

namespace fitscope::cli {

using namespace fitscope::sizing;

int runFit(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What fits: the longest context, the largest batch, the smallest catalog GPU, the fewest GPUs and the most "
        "precise weight format, each with the rest of the scenario unchanged."));
    parser.addHelpOption();
    addScenarioOptions(parser);
    parser.addOption(
        {QStringLiteral("solve"),
         QStringLiteral("One of context, batch, gpu, gpus, format, gpu-layers, cpu-moe (llama.cpp: the smallest "
                        "--n-cpu-moe that fits, and the longest context with every expert on the GPU), or all "
                        "(default)."),
         QStringLiteral("WHAT"), QStringLiteral("all")});
    parseOrThrow(parser, QStringLiteral("fit"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    const QString what = parser.value(QStringLiteral("solve"));
    const QStringList known{QStringLiteral("all"),        QStringLiteral("context"), QStringLiteral("batch"),
                            QStringLiteral("gpu"),        QStringLiteral("gpus"),    QStringLiteral("format"),
                            QStringLiteral("gpu-layers"), QStringLiteral("cpu-moe")};
    if (!known.contains(what)) {
        throw UsageError("--solve: '" + what.toStdString() + "' is not one of " + known.join(", ").toStdString());
    }
    const catalog::Catalog& catalog = activeCatalog();
    // The smallest-GPU solver needs no --gpu; the others measure against the named one.
    const bool needs_gpu = what != QLatin1String("gpu");
    const ScenarioRequest request = scenarioFromOptions(parser, catalog, needs_gpu);
    const Scenario& s = request.scenario;
    const bool all = what == QLatin1String("all");
    // The model's limit holds the image tokens too: the text may take the rest.
    const std::int64_t max_model_context = s.model->spec.shape_assumed ? (1 << 20) : s.model->spec.max_positions;
    const std::int64_t max_context = textContextLimit(s, max_model_context);

    nlohmann::json j;
    j["model"] = s.model->spec.display_name;
    j["weights_format"] = std::string(formatInfo(s.precision.weights).id);
    j["context"] = s.context_tokens;
    j["batch"] = s.batch;
    j["runtime"] = std::string(runtimeInfo(s.runtime).id);
    if (s.gpu) {
        j["gpu_id"] = s.gpu->id;
        j["gpu_count"] = s.gpu_count;
    }
    auto or_null = [](const auto& value) { return value ? nlohmann::json(*value) : nlohmann::json(nullptr); };
    std::ostringstream out;
    out << s.model->spec.display_name << ", " << formatInfo(s.precision.weights).display_name << ", "
        << formatCount(static_cast<double>(s.context_tokens)) << " tokens × " << s.batch;
    if (s.gpu) {
        out << " on " << (s.gpu_count > 1 ? std::to_string(s.gpu_count) + " × " : std::string()) << s.gpu->display_name;
    }
    out << "\n\n";
    if (all || what == QLatin1String("context")) {
        const auto longest = longestContextThatFits(s, max_context);
        j["longest_context"] = or_null(longest);
        j["max_model_context"] = max_model_context;
        j["max_text_context"] = max_context;
        out << "  Longest context that fits:  "
            << (longest ? formatCount(static_cast<double>(*longest)) + " tokens" +
                              (*longest == max_context
                                   ? (imageTokensPerSequence(s) > 0
                                          ? " (the model's maximum, less " +
                                                formatCount(static_cast<double>(imageTokensPerSequence(s))) +
                                                " image tokens)"
                                          : std::string(" (the model's maximum)"))
                                   : std::string())
                        : std::string("none (even one token does not fit)"))
            << "\n";
    }
    if (all || what == QLatin1String("batch")) {
        const auto batch = largestBatchThatFits(s);
        j["largest_batch"] = or_null(batch);
        out << "  Largest batch that fits:    "
            << (batch ? formatCount(static_cast<double>(*batch)) + " sequences" : std::string("none")) << "\n";
    }
    if (all || what == QLatin1String("gpu")) {
        const auto index = smallestGpuThatFits(s, catalog.gpus());
        j["smallest_gpu"] = index ? nlohmann::json(catalog.gpus()[*index].id) : nlohmann::json(nullptr);
        out << "  Smallest single GPU:        "
            << (index ? catalog.gpus()[*index].display_name : std::string("none in the catalog")) << "\n";
    }
    if (all || what == QLatin1String("gpus")) {
        const auto count = fewestGpusThatFit(s);
        j["fewest_gpus"] = or_null(count);
        out << "  Fewest GPUs (tensor par.):  "
            << (count ? std::to_string(*count) + " × " + s.gpu->display_name : std::string("more than 64")) << "\n";
    }
    if (all || what == QLatin1String("format")) {
        const auto format = mostPreciseFormatThatFits(s, defaultFormatCandidates());
        j["most_precise_format"] =
            format ? nlohmann::json(std::string(formatInfo(*format).id)) : nlohmann::json(nullptr);
        out << "  Most precise format:        "
            << (format ? std::string(formatInfo(*format).display_name) : std::string("none fits")) << "\n";
    }
    if (what == QLatin1String("gpu-layers") || (all && s.runtime == Runtime::LlamaCpp)) {
        // The llama.cpp question, whatever --runtime says: how many layers can go to the GPU.
        const auto layers = largestGpuLayersThatFit(s);
        const std::int64_t max_layers = s.model->spec.num_layers + 1;
        j["largest_gpu_layers"] = or_null(layers);
        j["max_gpu_layers"] = max_layers;
        out << "  Largest n_gpu_layers:       "
            << (layers ? std::to_string(*layers) + " of " + std::to_string(max_layers) +
                             (*layers == max_layers ? " (everything on the GPU)"
                              : *layers == 0        ? " (everything on the CPU)"
                                                    : " (the rest in system RAM)")
                       : std::string("none (even the compute buffer does not fit)"))
            << "\n";
    }
    if (what == QLatin1String("cpu-moe") || (all && s.runtime == Runtime::LlamaCpp && hasRoutedExperts(*s.model))) {
        // MoE placement: how many layers' routed experts must go to system RAM at this context, and how long a
        // context fits with all of them on the GPU.
        const std::int64_t layers = s.model->spec.num_layers;
        const auto n = fewestCpuMoeLayersThatFit(s);
        j["fewest_cpu_moe_layers"] = or_null(n);
        out << "  Smallest --n-cpu-moe:       "
            << (!hasRoutedExperts(*s.model) ? std::string("none (the model has no routed experts)")
                : n                         ? std::to_string(*n) + " of " + std::to_string(layers) +
                          (*n == 0 ? std::string(" (every expert on the GPU)")
                                   : " (" + std::to_string(layers - *n) + " layers keep their experts on the GPU)")
                    : std::string("none (even every expert in system RAM does not fit)"))
            << "\n";
        const auto context = longestContextWithExpertsOnGpu(s, max_context);
        j["longest_context_experts_on_gpu"] = or_null(context);
        out << "  Longest context, all on GPU: "
            << (context ? formatCount(static_cast<double>(*context)) + " tokens" : std::string("none")) << "\n";
    }
    printOut(request.json ? j.dump(2) : out.str());
    return kExitOk;
}

} // namespace fitscope::cli
