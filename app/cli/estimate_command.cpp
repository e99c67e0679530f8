// fitscope-cli estimate: memory for one scenario, with the derivation.
#include "cli_common.h"
#include "core/plan/fit_changes.h"
#include "core/sizing/estimate_json.h"
#include "core/sizing/estimator.h"
#include "core/sizing/image_tokens.h"
#include "fit_changes_text.h"
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

std::string humanReport(const ScenarioRequest& request, const Estimate& e,
                        const std::vector<plan::FitChange>& changes) {
    const Scenario& s = request.scenario;
    const MemoryUnit u = request.unit;
    std::ostringstream out;
    out << s.model->spec.display_name << ", " << formatInfo(s.precision.weights).display_name << ", "
        << formatCount(static_cast<double>(s.context_tokens)) << " tokens"
        << (imageTokensPerSequence(s) > 0 ? " + " + std::to_string(s.images_per_request) + " image(s) of " +
                                                std::to_string(tokensPerImage(s)) + " tokens"
                                          : std::string())
        << " × " << s.batch
        << (s.task == Task::FineTune ? ", fine-tuning (" + std::string(fineTuneMethodId(s.finetune.method)) + ")"
                                     : ", runtime " + std::string(runtimeInfo(s.runtime).id))
        << "\n\n";
    out << row("Parameters", formatParams(static_cast<double>(e.params.total())) +
                                 (e.params.active != e.params.total()
                                      ? " (" + formatParams(static_cast<double>(e.params.active)) + " active)"
                                      : std::string()));
    out << row("Weights", formatBytes(e.weights_bytes, u, 2) + "  (" + formatNumber(e.bits_per_weight, 3) +
                              " bits/weight stored)");
    out << row("KV cache", formatBytes(e.kv_cache_bytes, u, 2));
    out << row("Activations", formatBytes(e.activation_bytes, u, 2));
    out << row("Overhead", formatBytes(e.overhead_bytes, u, 2));
    if (e.finetune) {
        const FineTunePlan& f = *e.finetune;
        out << row("Training state", formatBytes(e.training_bytes, u, 2) + "  (gradients " +
                                         formatBytes(f.gradient_bytes, u, 2) + ", optimizer " +
                                         formatBytes(f.optimizer_bytes, u, 2) + ", master " +
                                         formatBytes(f.master_weights_bytes, u, 2) + ")");
        out << row("Trainable", formatParams(static_cast<double>(f.trainable_params)) + " parameters (" +
                                    std::string(fineTuneMethodId(s.finetune.method)) + ")");
    }
    out << row("Total", formatBytes(e.total_bytes, u, 2));
    if (e.vllm) {
        const VllmPlan& v = *e.vllm;
        if (s.gpu) {
            out << row("KV-cache pool", formatBytes(v.kv_pool_bytes, u, 2) + " per GPU, " +
                                            formatCount(static_cast<double>(v.kv_cache_tokens)) + " tokens");
            out << row("Max concurrency", formatNumber(v.max_concurrency, 2) + "× for " +
                                              formatCount(static_cast<double>(sequenceTokens(s))) +
                                              " tokens per request");
        }
        if (!v.starts) {
            out << row("vLLM start-up", v.error);
        }
    }
    if (e.llamacpp) {
        const LlamaCppPlan& l = *e.llamacpp;
        out << row("GPU layers", std::to_string(l.gpu_layers) + " of " + std::to_string(l.max_gpu_layers) +
                                     " (output layer " + (l.output_on_gpu ? "on the GPU)" : "on the CPU)"));
    }
    if (e.cpu_bytes > 0) {
        out << row("System RAM", formatBytes(e.cpu_bytes, u, 2) +
                                     (s.cpu_ram_bytes > 0 ? " of " + formatBytes(s.cpu_ram_bytes, u, 1) +
                                                                (e.cpu_verdict && *e.cpu_verdict == Verdict::DoesNotFit
                                                                     ? " (DOES NOT FIT)"
                                                                     : std::string())
                                                          : std::string()));
    }
    if (e.fit) {
        const GpuFit& fit = *e.fit;
        std::string verdict = fit.verdict == Verdict::Fits    ? "FITS"
                              : fit.verdict == Verdict::Tight ? "TIGHT"
                                                              : "DOES NOT FIT";
        out << row("GPU", (fit.gpu_count > 1 ? std::to_string(fit.gpu_count) + " × " : std::string()) +
                              s.gpu->display_name + " (" + formatBytes(fit.capacity_bytes, u, 1) + " usable, " +
                              formatBytes(fit.nominal_bytes, u, 1) + " nominal)");
        if (fit.in_use_bytes > 0) {
            out << row("In use", formatBytes(fit.in_use_bytes, u, 2) + " per GPU by other processes");
        }
        out << row("Per GPU", formatBytes(fit.per_gpu_bytes, u, 2));
        if (e.vllm && s.task == Task::Inference && !e.vllm->starts) {
            out << row("Verdict", verdict + ", vLLM would not start (above)");
        } else if (e.vllm && s.task == Task::Inference) {
            // vLLM always takes its budget: the verdict is whether its KV pool holds the sequences asked for.
            out << row("Verdict", verdict + ", the KV pool holds " + formatNumber(e.vllm->max_concurrency, 2) +
                                      " sequences at once (" + std::to_string(s.batch) + " asked)");
        } else {
            out << row("Verdict", verdict + ", " +
                                      (fit.headroom_bytes >= 0 ? formatBytes(fit.headroom_bytes, u, 2) + " free"
                                                               : formatBytes(-fit.headroom_bytes, u, 2) + " short"));
        }
        if (fit.verdict == Verdict::DoesNotFit) {
            out << fitChangesText(changes, u, "  ");
        }
    }
    if (e.gpu_loads.size() > 1 && (s.parallelism == Parallelism::Pipeline || s.runtime == Runtime::LlamaCpp)) {
        for (std::size_t i = 0; i < e.gpu_loads.size() && i < 16; ++i) {
            out << row("GPU " + std::to_string(i), formatBytes(e.gpu_loads[i].total(), u, 2) + "  (layers " +
                                                       std::to_string(e.gpu_loads[i].first_layer) + "–" +
                                                       std::to_string(e.gpu_loads[i].end_layer) + ")");
        }
    }
    const SpeedEstimate& sp = e.speed;
    if (sp.valid) {
        auto rate = [](double v) { return formatQuantity(rateQ(v), MemoryUnit::GB); };
        out << row("Decode", rate(sp.decode_tokens_per_s) + " tokens/s per sequence (" +
                                 rate(sp.decode_low_tokens_per_s) + "–" + rate(sp.decode_high_tokens_per_s) + ")" +
                                 (sp.on_cpu ? " on the CPU" : ""));
        if (s.batch > 1) {
            out << row("Decode, batch", rate(sp.decode_batch_tokens_per_s) + " tokens/s for " +
                                            std::to_string(s.batch) + " sequences (" +
                                            rate(sp.decode_batch_low_tokens_per_s) + "–" +
                                            rate(sp.decode_batch_high_tokens_per_s) + ")" +
                                            (sp.decode_compute_bound ? ", compute-bound" : ""));
        }
        if (sp.prefill_tokens_per_s > 0) {
            out << row("Prefill", rate(sp.prefill_tokens_per_s) + " tokens/s (" + rate(sp.prefill_low_tokens_per_s) +
                                      "–" + rate(sp.prefill_high_tokens_per_s) + ")");
            out << row("First token", formatQuantity(secondsQ(sp.time_to_first_token_s), MemoryUnit::GB) +
                                          " for a prompt of " + formatCount(static_cast<double>(sequenceTokens(s))) +
                                          " tokens");
        }
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
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    }
    const ScenarioRequest request = scenarioFromOptions(parser, activeCatalog(), false);
    const Estimate e = estimate(request.scenario);
    // When it does not fit: the cheapest changes that make it fit, found with the solvers.
    const bool does_not_fit = e.fit && e.fit->verdict == Verdict::DoesNotFit;
    const std::vector<plan::FitChange> changes =
        does_not_fit ? plan::cheapestChangesThatFit(request.scenario, activeCatalog().gpus())
                     : std::vector<plan::FitChange>{};
    if (request.json) {
        nlohmann::json j = estimateToJson(request.scenario, e, request.unit);
        if (does_not_fit) {
            j["fit_changes"] = plan::fitChangesJson(changes);
        }
        printOut(j.dump(2));
    } else {
        printOut(humanReport(request, e, changes));
    }
    return kExitOk;
}

} // namespace fitscope::cli
