// fitscope-cli estimate: memory for one scenario, with the derivation.
#include "cli_common.h"
#include "core/sizing/estimate_json.h"
#include "core/sizing/estimator.h"
#include "scenario_options.h"

#include <QCommandLineParser>

#include <cstdio>
#include <sstream>

namespace fitscope::cli {

using namespace fitscope::sizing;

namespace {

std::string row(const std::string& label, const std::string& value) {
    std::string line = "  " + label;
    line.resize(std::max<std::size_t>(line.size() + 1, 22), ' ');
    return line + value + "\n";
}

std::string humanReport(const ScenarioRequest& request, const Estimate& e) {
    const Scenario& s = request.scenario;
    const MemoryUnit u = request.unit;
    std::ostringstream out;
    out << s.model->spec.display_name << ", " << formatInfo(s.precision.weights).display_name << ", "
        << formatCount(static_cast<double>(s.context_tokens)) << " tokens × " << s.batch << ", runtime "
        << runtimeInfo(s.runtime).id << "\n\n";
    out << row("Parameters", formatParams(static_cast<double>(e.params.total())) +
                                 (e.params.active != e.params.total()
                                      ? " (" + formatParams(static_cast<double>(e.params.active)) + " active)"
                                      : std::string()));
    out << row("Weights", formatBytes(e.weights_bytes, u, 2) + "  (" + formatNumber(e.bits_per_weight, 3) +
                              " bits/weight stored)");
    out << row("KV cache", formatBytes(e.kv_cache_bytes, u, 2));
    out << row("Activations", formatBytes(e.activation_bytes, u, 2));
    out << row("Overhead", formatBytes(e.overhead_bytes, u, 2));
    out << row("Total", formatBytes(e.total_bytes, u, 2));
    if (e.fit) {
        const GpuFit& fit = *e.fit;
        std::string verdict = fit.verdict == Verdict::Fits    ? "FITS"
                              : fit.verdict == Verdict::Tight ? "TIGHT"
                                                              : "DOES NOT FIT";
        out << row("GPU", (fit.gpu_count > 1 ? std::to_string(fit.gpu_count) + " × " : std::string()) +
                              s.gpu->display_name + " (" + formatBytes(fit.capacity_bytes, u, 1) + " usable, " +
                              formatBytes(fit.nominal_bytes, u, 1) + " nominal)");
        out << row("Per GPU", formatBytes(fit.per_gpu_bytes, u, 2));
        out << row("Verdict", verdict + ", " +
                                  (fit.headroom_bytes >= 0 ? formatBytes(fit.headroom_bytes, u, 2) + " free"
                                                           : formatBytes(-fit.headroom_bytes, u, 2) + " short"));
    }
    out << "\nHow it adds up:\n";
    for (const DerivationStep& step : e.steps) {
        out << "  - " << formatStep(step, u) << "\n";
    }
    return out.str();
}

} // namespace

int runEstimate(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Memory needed to run a model: weights, KV cache, activations and overhead, and whether it fits a GPU."));
    parser.addHelpOption();
    addScenarioOptions(parser);
    parseOrThrow(parser, QStringLiteral("estimate"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    }
    const ScenarioRequest request = scenarioFromOptions(parser, activeCatalog(), false);
    const Estimate e = estimate(request.scenario);
    if (request.json) {
        printOut(estimateToJson(request.scenario, e, request.unit).dump(2));
    } else {
        printOut(humanReport(request, e));
    }
    return kExitOk;
}

} // namespace fitscope::cli
