#include "core/logs/runtime_log.h"

#include "core/logs/log_readers.h"
#include "core/logs/log_text.h"

#include <cstdio>

namespace fitscope::logs {

namespace {
// A line longer than this is cut before reading (a config dict can be long; a binary file has no
// line breaks at all).
constexpr std::size_t kMaxLineChars = 64 * 1024;
} // namespace

std::vector<const LogFigure*> RuntimeLog::figuresOf(std::string_view field) const {
    std::vector<const LogFigure*> out;
    for (const LogFigure& f : figures) {
        if (f.field == field) {
            out.push_back(&f);
        }
    }
    return out;
}

const LogFigure* RuntimeLog::figure(std::string_view field, std::string_view device) const {
    for (const LogFigure& f : figures) {
        if (f.field == field && (device.empty() || f.device == device)) {
            return &f;
        }
    }
    return nullptr;
}

RuntimeLog parseRuntimeLog(std::string_view text) {
    RuntimeLog log;
    if (text.size() > kMaxLogBytes) {
        log.problems.push_back("log larger than " + std::to_string(kMaxLogBytes >> 20) +
                               " MiB: only the start is read");
        text = text.substr(0, kMaxLogBytes);
    }
    detail::VllmLogReader vllm;
    detail::LlamaCppLogReader llamacpp;
    detail::OllamaLogReader ollama;
    std::size_t binary = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.empty()) {
            continue;
        }
        ++log.lines_read;
        if (line.size() > kMaxLineChars) {
            line = line.substr(0, kMaxLineChars);
        }
        if (line.find('\0') != std::string_view::npos) {
            ++binary;
            continue;
        }
        vllm.read(line, log);
        llamacpp.read(line, log);
        ollama.read(line, log);
    }
    if (binary > 0) {
        log.problems.push_back(std::to_string(binary) + " line(s) with NUL bytes skipped (not a text log?)");
    }

    const bool is_vllm = vllm.recognised() > 0;
    const bool is_llamacpp = llamacpp.recognised() > 0;
    const bool is_ollama = ollama.recognised() > 0;
    if (is_ollama) {
        log.runtime = LogRuntime::Ollama;
        if (is_llamacpp) {
            llamacpp.finish(log);
            log.missing.clear();
        }
        ollama.finish(log);
        if (is_llamacpp) {
            log.format += " with its llama.cpp runner's output";
        }
    } else if (is_vllm && is_llamacpp) {
        log.problems.push_back("lines of vLLM (" + std::to_string(vllm.recognised()) + ") and llama.cpp (" +
                               std::to_string(llamacpp.recognised()) +
                               ") are mixed: logs of several processes? Read as the one with more lines");
        if (vllm.recognised() >= llamacpp.recognised()) {
            log.runtime = LogRuntime::Vllm;
            vllm.finish(log);
        } else {
            log.runtime = LogRuntime::LlamaCpp;
            llamacpp.finish(log);
        }
    } else if (is_vllm) {
        log.runtime = LogRuntime::Vllm;
        vllm.finish(log);
    } else if (is_llamacpp) {
        log.runtime = LogRuntime::LlamaCpp;
        llamacpp.finish(log);
    } else {
        log.format = "unknown";
        log.missing.emplace_back("any line of a vLLM start-up log, a llama.cpp load log or an Ollama server log");
    }
    for (const LogFigure& f : log.figures) {
        log.found.push_back(f.field + (f.device.empty() ? "" : " (" + f.device + ")"));
    }
    return log;
}

std::string_view runtimeName(LogRuntime runtime) {
    switch (runtime) {
    case LogRuntime::Vllm:
        return "vllm";
    case LogRuntime::LlamaCpp:
        return "llamacpp";
    case LogRuntime::Ollama:
        return "ollama";
    case LogRuntime::Unknown:
        break;
    }
    return "unknown";
}

std::string_view unitName(FigureUnit unit) {
    switch (unit) {
    case FigureUnit::Bytes:
        return "bytes";
    case FigureUnit::Tokens:
        return "tokens";
    case FigureUnit::Ratio:
        return "ratio";
    }
    return "bytes";
}

std::string_view outcomeName(LogOutcome outcome) {
    switch (outcome) {
    case LogOutcome::Started:
        return "started";
    case LogOutcome::Refused:
        return "refused to start";
    case LogOutcome::Loaded:
        return "loaded";
    case LogOutcome::OutOfMemory:
        return "out of memory";
    case LogOutcome::Unknown:
        break;
    }
    return "not shown";
}

std::string describeRuntimeLog(const RuntimeLog& log) {
    std::string out = "Read " + std::to_string(log.lines_read) + " line(s): " + log.format + "\n";
    if (!log.figures.empty()) {
        out += "Found:";
        for (const LogFigure& f : log.figures) {
            char value[64];
            if (f.unit == FigureUnit::Bytes) {
                std::snprintf(value, sizeof value, "%.2f MiB", static_cast<double>(f.amount) / 1048576.0);
            } else if (f.unit == FigureUnit::Tokens) {
                std::snprintf(value, sizeof value, "%lld tokens", static_cast<long long>(f.amount));
            } else {
                std::snprintf(value, sizeof value, "%.2fx", f.ratio);
            }
            out += "\n  " + f.field + (f.device.empty() ? "" : " [" + f.device + "]") + " = " + value;
        }
        out += "\n";
    }
    if (log.outcome != LogOutcome::Unknown) {
        out += "Outcome: " + std::string(outcomeName(log.outcome)) + "\n";
    }
    if (log.vllm_error) {
        out += "Error: " + log.vllm_error->line + "\n";
    }
    if (!log.missing.empty()) {
        out += "Missing:";
        for (const std::string& m : log.missing) {
            out += " " + m + ";";
        }
        out += "\n";
    }
    for (const std::string& p : log.problems) {
        out += "Problem: " + p + "\n";
    }
    return out;
}

} // namespace fitscope::logs
