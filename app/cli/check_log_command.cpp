// fitscope-cli check-log: a runtime's start-up log (vLLM, llama.cpp, Ollama) against FitScope's
// estimate for the scenario the log shows, figure by figure.
#include "cli_common.h"
#include "core/logs/log_check.h"
#include "core/logs/runtime_log.h"
#include "core/sizing/estimator.h"
#include "core/sizing/llamacpp_profile.h"
#include "scenario_options.h"

#include <QCommandLineParser>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

namespace fitscope::cli {

using namespace fitscope::logs;

namespace {

// The estimate flags a log can contradict (applyLogToScenario's names).
const char* const k_log_flags[] = {"context",
                                   "batch",
                                   "gpu-memory-utilization",
                                   "max-num-batched-tokens",
                                   "kv-cache",
                                   "kv-cache-v",
                                   "kv-unified",
                                   "gpus",
                                   "eager",
                                   "flash-attention",
                                   "ubatch",
                                   "gpu-layers",
                                   "vllm-version",
                                   "max-num-seqs",
                                   "num-speculative-tokens",
                                   "cpu-offload-gb"};

std::string mib(double bytes) {
    char text[48];
    std::snprintf(text, sizeof text, "%.2f MiB", bytes / 1048576.0);
    return text;
}

std::string valueText(FigureUnit unit, double v) {
    char text[48];
    if (unit == FigureUnit::Bytes) {
        return mib(v);
    }
    if (unit == FigureUnit::Tokens) {
        std::snprintf(text, sizeof text, "%.0f tokens", v);
    } else {
        std::snprintf(text, sizeof text, "%.2fx", v);
    }
    return text;
}

nlohmann::json jsonNumber(FigureUnit unit, double v) {
    if (unit == FigureUnit::Ratio) {
        return v;
    }
    return static_cast<std::int64_t>(std::llround(v));
}

std::string modelHint(const RuntimeLog& log) {
    const auto& m = log.settings.metadata;
    if (const auto it = m.find("general.name"); it != m.end()) {
        return "the log names \"" + it->second + "\"";
    }
    if (log.settings.model) {
        return "the log names \"" + *log.settings.model + "\"";
    }
    return "the log does not name the model";
}

} // namespace

int runCheckLog(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A runtime's start-up log (vLLM V0/V1, llama.cpp, Ollama) against FitScope's estimate for the same "
        "scenario: the scenario is read from the log, estimate's flags fill what it lacks (the log wins where they "
        "disagree)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The log file ('-' for standard input)."));
    addScenarioOptions(parser);
    parseOrThrow(parser, QStringLiteral("check-log"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        throw UsageError("check-log takes one log file");
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    bool opened = false;
    if (path == QStringLiteral("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        throw UsageError("cannot read " + path.toStdString());
    }
    const QByteArray text = file.read(static_cast<qint64>(kMaxLogBytes) + 1);
    const RuntimeLog log = parseRuntimeLog(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!log.usable()) {
        throw UsageError(path.toStdString() + ": not a runtime log FitScope can read.\n" + describeRuntimeLog(log));
    }
    const bool model_given = parser.isSet(QStringLiteral("model")) || parser.isSet(QStringLiteral("config")) ||
                             parser.isSet(QStringLiteral("gguf")) || parser.isSet(QStringLiteral("safetensors")) ||
                             parser.isSet(QStringLiteral("params")) || parser.isSet(QStringLiteral("hf"));
    if (!model_given) {
        throw UsageError("which model ran? " + modelHint(log) + ": give --model ID, --config PATH or --gguf PATH.\n" +
                         describeRuntimeLog(log));
    }
    ScenarioRequest request = scenarioFromOptions(parser, activeCatalog(), false);
    std::set<std::string> given;
    for (const char* flag : k_log_flags) {
        if (parser.isSet(QString::fromLatin1(flag))) {
            given.insert(flag);
        }
    }
    if (parser.isSet(QStringLiteral("flash-attn"))) {
        given.insert("flash-attention"); // --flash-attn on|off|auto is the same setting
    }
    sizing::Scenario& s = request.scenario;
    const ScenarioNotes notes = applyLogToScenario(log, s, given);
    if (!s.gpu) {
        throw UsageError("the log does not print the GPU's total memory: give --gpu ID.\n" + describeRuntimeLog(log));
    }
    const sizing::Estimate e = sizing::estimate(s);
    const LogCheck check = compareLogWithEstimate(log, s, e);

    if (request.json) {
        nlohmann::json out;
        out["runtime"] = std::string(runtimeName(log.runtime));
        out["format"] = log.format;
        nlohmann::json figures = nlohmann::json::array();
        for (const ComparedFigure& f : check.figures) {
            nlohmann::json row{{"field", f.field},
                               {"device", f.device},
                               {"measured", jsonNumber(f.unit, f.measured)},
                               {"predicted", f.predicted ? jsonNumber(f.unit, *f.predicted) : nlohmann::json()},
                               {"unit", std::string(unitName(f.unit))}};
            if (!f.note.empty()) {
                row["note"] = f.note;
            }
            figures.push_back(std::move(row));
        }
        out["figures"] = std::move(figures);
        out["verdict"] = check.verdict;
        out["measured_verdict"] =
            check.measured_verdict.empty() ? nlohmann::json() : nlohmann::json(check.measured_verdict);
        out["scenario"] = {{"model", request.model_label},
                           {"runtime", std::string(sizing::runtimeInfo(s.runtime).id)},
                           {"context", s.context_tokens},
                           {"batch", s.batch},
                           {"gpu", s.gpu->id},
                           {"gpu_capacity_bytes", s.gpu->capacityBytes()},
                           {"gpus", s.gpu_count},
                           {"weights", std::string(sizing::formatInfo(s.precision.weights).id)},
                           {"kv_cache", std::string(sizing::kvFormatInfo(s.precision.kv_cache).id)},
                           {"from_log", notes.from_log},
                           {"log_overrides", notes.log_overrides},
                           {"assumed", notes.assumed}};
        if (s.runtime == sizing::Runtime::Vllm) {
            out["scenario"]["gpu_memory_utilization"] = s.vllm.gpu_memory_utilization;
            out["scenario"]["max_num_batched_tokens"] = s.vllm.max_num_batched_tokens;
            out["scenario"]["cuda_graphs"] = s.cuda_graphs;
        } else {
            out["scenario"]["n_ubatch"] = s.llamacpp.n_ubatch;
            out["scenario"]["flash_attention"] = sizing::llamaCppFlashAttention(s);
            out["scenario"]["flash_attention_setting"] =
                std::string(sizing::flashAttentionId(s.llamacpp.flash_attention));
            out["scenario"]["n_gpu_layers"] = s.llamacpp.n_gpu_layers;
            out["scenario"]["kv_cache_v"] =
                sizing::kvFormatInfo(s.llamacpp.cache_type_v.value_or(s.precision.kv_cache)).id;
            out["scenario"]["kv_unified"] = s.llamacpp.kv_unified;
        }
        out["missing"] = log.missing;
        out["problems"] = log.problems;
        printOut(out.dump(2));
        return kExitOk;
    }

    std::ostringstream out;
    out << log.format << ", " << log.lines_read << " line(s)\n";
    out << "Scenario: " << request.model_label << ", " << sizing::runtimeInfo(s.runtime).id << ", context "
        << s.context_tokens << ", " << s.gpu_count << " × " << s.gpu->display_name << " ("
        << mib(static_cast<double>(s.gpu->capacityBytes())) << ")\n";
    for (const std::string& n : notes.from_log) {
        out << "  from the log: " << n << "\n";
    }
    for (const std::string& n : notes.log_overrides) {
        out << "  the log wins: " << n << "\n";
    }
    for (const std::string& n : notes.assumed) {
        out << "  assumed: " << n << "\n";
    }
    out << "\n";
    char line[256];
    std::snprintf(line, sizeof line, "  %-22s %-11s %16s %16s %14s %8s\n", "figure", "device", "measured", "predicted",
                  "difference", "%");
    out << line;
    for (const ComparedFigure& f : check.figures) {
        const std::string predicted = f.predicted ? valueText(f.unit, *f.predicted) : "-";
        const std::string difference = f.difference() ? valueText(f.unit, *f.difference()) : "-";
        char percent[32] = "-";
        if (const auto r = f.relativeError()) {
            std::snprintf(percent, sizeof percent, "%+.1f", *r * 100);
        }
        std::snprintf(line, sizeof line, "  %-22s %-11s %16s %16s %14s %8s", f.field.c_str(),
                      f.device.empty() ? "-" : f.device.c_str(), valueText(f.unit, f.measured).c_str(),
                      predicted.c_str(), difference.c_str(), percent);
        out << line << (f.note.empty() ? "" : "  (" + f.note + ")") << "\n";
    }
    out << "\nFitScope predicts: " << (check.verdict.empty() ? "no verdict" : check.verdict);
    if (!check.measured_verdict.empty()) {
        out << "; the log shows: " << check.measured_verdict
            << (check.measured_verdict == check.verdict ? " (agrees)" : " (DISAGREES)");
    }
    out << "\n";
    if (log.vllm_error) {
        out << "vLLM's error: " << log.vllm_error->line << "\n";
    }
    if (!log.missing.empty()) {
        out << "Not in the log:";
        for (const std::string& m : log.missing) {
            out << " " << m << ";";
        }
        out << "\n";
    }
    for (const std::string& p : log.problems) {
        out << "Problem: " << p << "\n";
    }
    printOut(out.str());
    return kExitOk;
}

} // namespace fitscope::cli
