// Ollama's server log (Go slog "time=... level=INFO source=file.go:N msg=... key=value"). Read:
//   llm/memory.go (and its successor in the scheduler) msg="offload to <library>": layers.model,
//     layers.offload, memory.available, memory.required.{full,partial,kv}, memory.weights.{total,
//     repeating,nonrepeating}, memory.graph.{full,partial}: Ollama's own estimate before loading;
//   llm/server.go msg="starting llama server" cmd="... --ctx-size N --batch-size N --n-gpu-layers N
//     --parallel N [--flash-attn] [--kv-cache-type T]": what it chose;
//   discover msg="inference compute" ... total="23.7 GiB" available="23.4 GiB": the GPU;
//   envconfig msg="server config" env="map[OLLAMA_FLASH_ATTENTION:.. OLLAMA_KV_CACHE_TYPE:..]";
//   the Ollama engine (ollamarunner, 2025-) msg="model weights"|"kv cache"|"compute graph" device=X
//     size="...": what it allocated per device.
// The llama.cpp lines of its runner are read by the llama.cpp reader.
#include "core/logs/log_readers.h"
#include "core/logs/log_text.h"

#include <cmath>

namespace fitscope::logs::detail {

namespace {

std::optional<double> sizeValue(std::string_view line, std::string_view key) {
    const auto v = valueOf(line, key);
    if (!v) {
        return std::nullopt;
    }
    std::string_view text = *v;
    if (!text.empty() && text.front() == '[') {
        text.remove_prefix(1);
    }
    return leadingSize(text);
}

std::optional<std::int64_t> flagValue(std::string_view cmd, std::string_view flag) {
    const std::string spaced = std::string(flag) + " ";
    const auto rest = after(cmd, spaced);
    if (!rest) {
        return std::nullopt;
    }
    return leadingInteger(*rest);
}

} // namespace

void OllamaLogReader::read(std::string_view line, RuntimeLog& log) {
    if (!contains(line, "source=") || !contains(line, "msg=")) {
        return;
    }
    const auto msg = valueOf(line, "msg");
    if (!msg) {
        return;
    }
    LogSettings& s = log.settings;
    if (msg->starts_with("offload to")) {
        readOffload(line, log);
    } else if (*msg == "starting llama server") {
        readServerCommand(line, log);
    } else if (*msg == "inference compute") {
        ++m_recognised;
        const std::string name = valueOf(line, "id").value_or("GPU");
        LogDevice& d = deviceNamed(log, name);
        if (const auto desc = valueOf(line, "description")) {
            d.description = *desc;
        } else if (const auto n = valueOf(line, "name")) {
            d.description = *n;
        }
        if (const auto t = sizeValue(line, "total"); t && *t > 0 && *t < kMaxPlausibleBytes) {
            d.total_bytes = static_cast<std::int64_t>(std::llround(*t));
        }
        if (const auto a = sizeValue(line, "available"); a && *a >= 0 && *a < kMaxPlausibleBytes) {
            d.free_bytes = static_cast<std::int64_t>(std::llround(*a));
        }
    } else if (*msg == "server config") {
        ++m_recognised;
        if (const auto kv = after(line, "OLLAMA_KV_CACHE_TYPE:")) {
            std::size_t end = 0;
            while (end < kv->size() && (*kv)[end] != ' ' && (*kv)[end] != ']') {
                ++end;
            }
            if (end > 0) {
                s.ollama_kv_cache_type = std::string(kv->substr(0, end));
            }
        }
        if (const auto fa = after(line, "OLLAMA_FLASH_ATTENTION:")) {
            s.ollama_flash_attention = fa->starts_with("true") || fa->starts_with("1");
        }
    } else if (*msg == "model weights" || *msg == "kv cache" || *msg == "compute graph") {
        const std::string device = valueOf(line, "device").value_or("");
        const auto size = sizeValue(line, "size");
        if (size) {
            ++m_recognised;
            std::string field =
                *msg == "model weights" ? "model_buffer" : (*msg == "kv cache" ? "kv_buffer" : "compute_buffer");
            if (field == "compute_buffer" && (device == "CPU" || contains(device, "Host"))) {
                field = "compute_buffer_host";
            }
            addFigure(log, field, device, FigureUnit::Bytes, *size, line);
        }
    } else if (*msg == "llama runner started in" || msg->starts_with("llama runner started")) {
        ++m_recognised;
        if (log.outcome == LogOutcome::Unknown) {
            log.outcome = LogOutcome::Loaded;
        }
    }
}

void OllamaLogReader::readOffload(std::string_view line, RuntimeLog& log) {
    ++m_recognised;
    LogSettings& s = log.settings;
    if (const auto v = valueOf(line, "layers.model")) {
        if (const auto n = leadingInteger(*v); n && *n > 0) {
            s.layers_total = *n;
        }
    }
    if (const auto v = valueOf(line, "layers.offload")) {
        if (const auto n = leadingInteger(*v); n && *n >= 0) {
            s.layers_offloaded = *n;
        }
    }
    if (const auto a = sizeValue(line, "memory.available"); a && *a >= 0 && *a < kMaxPlausibleBytes) {
        LogDevice& d = deviceNamed(log, "GPU");
        d.free_bytes = static_cast<std::int64_t>(std::llround(*a));
    }
    // Ollama's estimate: named as Ollama names it, so nobody mistakes it for a measurement.
    const struct {
        std::string_view key;
        std::string_view field;
    } estimates[] = {{"memory.required.full", "ollama_required_full"},
                     {"memory.required.partial", "ollama_required_partial"},
                     {"memory.required.kv", "ollama_kv"},
                     {"memory.weights.total", "ollama_weights_total"},
                     {"memory.weights.repeating", "ollama_weights_repeating"},
                     {"memory.weights.nonrepeating", "ollama_weights_nonrepeating"},
                     {"memory.graph.full", "ollama_graph_full"},
                     {"memory.graph.partial", "ollama_graph_partial"}};
    for (const auto& e : estimates) {
        if (const auto v = sizeValue(line, e.key)) {
            addFigure(log, std::string(e.field), "", FigureUnit::Bytes, *v, line);
        }
    }
}

void OllamaLogReader::readServerCommand(std::string_view line, RuntimeLog& log) {
    ++m_recognised;
    LogSettings& s = log.settings;
    const std::string cmd = valueOf(line, "cmd").value_or(std::string(line));
    if (const auto v = flagValue(cmd, "--ctx-size"); v && *v > 0) {
        s.n_ctx = *v;
    }
    if (const auto v = flagValue(cmd, "--batch-size"); v && *v > 0) {
        s.n_batch = *v;
    }
    if (const auto v = flagValue(cmd, "--n-gpu-layers"); v && *v >= 0) {
        s.n_gpu_layers = *v;
    }
    if (const auto v = flagValue(cmd, "--parallel"); v && *v > 0) {
        s.n_seq_max = *v;
    }
    if (contains(cmd, "--flash-attn")) {
        s.flash_attn = "on";
    }
    if (const auto kv = after(cmd, "--kv-cache-type ")) {
        const std::size_t end = kv->find(' ');
        s.type_k = std::string(kv->substr(0, end));
        s.type_v = s.type_k;
    }
    if (const auto model = after(cmd, "--model ")) {
        s.model = std::string(model->substr(0, std::min<std::size_t>(model->find(' '), 200)));
    }
}

void OllamaLogReader::finish(RuntimeLog& log) {
    log.format = "Ollama server log";
    if (!log.figure("ollama_required_full") && log.figuresOf("model_buffer").empty()) {
        log.missing.emplace_back("Ollama's memory estimate (the \"offload to\" line) or the runner's buffers");
    }
    if (!log.settings.n_ctx) {
        log.missing.emplace_back("context size (--ctx-size in \"starting llama server\")");
    }
}

} // namespace fitscope::logs::detail
