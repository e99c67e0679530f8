// llama.cpp's load output, old (2024: llm_load_tensors, llama_kv_cache_init,
// llama_new_context_with_model) and new (2025-: load_tensors, llama_kv_cache[_unified][_iswa],
// llama_context, sched_reserve, llama_memory_recurrent, llama_memory_breakdown_print) formats, and
// the same lines inside Ollama's server log (its runner is llama.cpp). The lines, by source file:
//   src/llama-model.cpp      "<dev> model buffer size = X MiB" (old: "<dev> buffer size ="),
//                            "offloaded N/M layers to GPU", "using device CUDA0 (...) - N MiB free",
//                            print_info / llm_load_print_meta "key = value" model metadata;
//   src/llama-kv-cache.cpp   "<dev> KV buffer size = X MiB", "size = X MiB (C cells, L layers, S seqs),
//                            K (type): ..., V (type): ..."; llama-kv-cache-iswa.cpp "creating
//                            non-SWA KV cache" / "creating     SWA KV cache" before each cache's lines;
//   src/llama-memory-recurrent.cpp "<dev> RS buffer size = X MiB";
//   src/llama-context.cpp    "n_ctx = ...", "<dev> output buffer size", "<dev> compute buffer size",
//                            llama_memory_breakdown_print's table (MiB);
//   ggml/src/ggml-cuda       "Device 0: NVIDIA ..., compute capability".
#include "core/logs/log_readers.h"
#include "core/logs/log_text.h"

#include <cmath>
#include <vector>

namespace fitscope::logs::detail {

namespace {

constexpr double kMiB = 1048576.0;

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size() && out.size() < 16) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) {
            ++i;
        }
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\t') {
            ++j;
        }
        if (j > i) {
            out.push_back(s.substr(i, j - i));
        }
        i = j;
    }
    return out;
}

bool isHostDevice(std::string_view device) {
    return device == "CPU" || contains(device, "Host") || contains(device, "CPU_");
}

} // namespace

LogDevice& deviceNamed(RuntimeLog& log, std::string_view name) {
    for (LogDevice& d : log.settings.devices) {
        if (d.name == name) {
            return d;
        }
    }
    if (log.settings.devices.size() >= 64) {
        return log.settings.devices.back();
    }
    log.settings.devices.push_back(LogDevice{});
    log.settings.devices.back().name = std::string(name);
    return log.settings.devices.back();
}

void LlamaCppLogReader::read(std::string_view line, RuntimeLog& log) {
    if (contains(line, "load_tensors:") || contains(line, "llama_context:") || contains(line, "print_info:") ||
        contains(line, "sched_reserve:") || contains(line, "llama_memory_breakdown_print:") ||
        contains(line, "llama_kv_cache:") || contains(line, "llama_kv_cache_unified")) {
        if (!contains(line, "llm_load_tensors:")) {
            m_new_format = true;
        }
    }
    if (contains(line, " buffer size =")) {
        readBuffer(line, log);
    }
    if (contains(line, "llama_context:") || contains(line, "llama_new_context_with_model:")) {
        readContextParameter(line, log);
    }
    if (contains(line, "Flash Attention was auto, set to enabled") || contains(line, ": Flash Attention enabled")) {
        log.settings.flash_attn_resolved = true;
        ++m_recognised;
    } else if (contains(line, "Flash Attention was auto, set to disabled") ||
               contains(line, "Flash Attention not supported, set to disabled")) {
        log.settings.flash_attn_resolved = false;
        ++m_recognised;
    }
    // tools/server/server.cpp (@00dd081): llama-server without -np.
    if (contains(line, "n_parallel is set to auto, using n_parallel = 4 and kv_unified = true")) {
        if (!log.settings.n_seq_max) {
            log.settings.n_seq_max = 4;
        }
        if (!log.settings.kv_unified) {
            log.settings.kv_unified = true;
        }
        ++m_recognised;
    }
    if (contains(line, "creating non-SWA KV cache")) {
        m_swa_cache = false;
        ++m_recognised;
    } else if (contains(line, "SWA KV cache")) {
        m_swa_cache = true;
        ++m_recognised;
    }
    if (contains(line, "KV self size") || (contains(line, "llama_kv_cache") && contains(line, ": size ="))) {
        readKvSize(line, log);
    }
    if (const auto rest = after(line, "offloaded ")) {
        if (contains(*rest, "layers to GPU")) {
            const auto n = leadingInteger(*rest);
            const std::size_t slash = rest->find('/');
            const auto m = slash == std::string_view::npos ? std::nullopt : leadingInteger(rest->substr(slash + 1));
            if (n && m && *n >= 0 && *m > 0 && *n <= *m) {
                log.settings.layers_offloaded = *n;
                log.settings.layers_total = *m;
                ++m_recognised;
            } else {
                log.problems.push_back("impossible layer count ignored: " + shorten(line, 120));
            }
        }
    }
    for (const std::string_view prefix : {"print_info:", "llm_load_print_meta:"}) {
        if (const auto rest = after(line, prefix)) {
            const std::size_t eq = rest->find('=');
            if (eq != std::string_view::npos) {
                const std::string_view key = trim(rest->substr(0, eq));
                const std::string_view value = trim(rest->substr(eq + 1));
                if (!key.empty() && key.size() <= 64 && log.settings.metadata.size() < 256) {
                    log.settings.metadata[std::string(key)] = shorten(value, 200);
                    ++m_recognised;
                }
            }
        }
    }
    if (contains(line, "llama_memory_breakdown_print:") || contains(line, "common_memory_breakdown_print:")) {
        readBreakdownRow(line, log);
    }
    readDevice(line, log);
    const std::string_view t = trim(line);
    for (const std::string_view prefix : {"build: ", "version: ", "llama-server version: "}) {
        if (startsWith(t, prefix) && t.size() > prefix.size()) {
            log.settings.version = shorten(t.substr(prefix.size()), 60);
            ++m_recognised;
        }
    }
    if (contains(line, "cudaMalloc failed: out of memory") || contains(line, "failed to allocate") ||
        (contains(line, "ggml_backend_") && contains(line, "alloc") && contains(line, "failed")) ||
        contains(line, "unable to allocate") || contains(line, "out of memory")) {
        if (m_recognised > 0 || contains(line, "ggml")) {
            log.outcome = LogOutcome::OutOfMemory;
            ++m_recognised;
        }
    }
}

void LlamaCppLogReader::readBuffer(std::string_view line, RuntimeLog& log) {
    const std::size_t at = line.find(" buffer size =");
    const std::string_view head = line.substr(0, at);
    const std::size_t colon = head.rfind(':');
    if (colon == std::string_view::npos) {
        return;
    }
    const std::string_view function = head.substr(0, colon);
    const auto w = words(head.substr(colon + 1));
    if (w.empty() || w.size() > 2) {
        return;
    }
    const auto size = leadingSize(line.substr(at + 14));
    if (!size) {
        log.problems.push_back("buffer size without a number (truncated?): " + shorten(line, 120));
        return;
    }
    // A negative or absurd size is a misread (or a forged log): checked here, before it can be added
    // to a figure of the same buffer printed earlier.
    if (!std::isfinite(*size) || *size < 0.0 || *size > kMaxPlausibleBytes) {
        log.problems.push_back("impossible buffer size ignored: " + shorten(line, 120));
        return;
    }
    const std::string device(w[0]);
    std::string field;
    if (w.size() == 1) {
        // Old format (llm_load_tensors: "CUDA0 buffer size ="): the model's weights.
        if (!contains(function, "load_tensors")) {
            return;
        }
        field = "model_buffer";
    } else if (w[1] == "model") {
        field = "model_buffer";
    } else if (w[1] == "KV") {
        field = m_swa_cache ? "kv_buffer_swa" : "kv_buffer";
    } else if (w[1] == "RS") {
        field = "recurrent_state";
    } else if (w[1] == "compute") {
        field = isHostDevice(device) ? "compute_buffer_host" : "compute_buffer";
    } else if (w[1] == "output") {
        field = "output_buffer";
    } else {
        return;
    }
    ++m_recognised;
    // A model split into several GGUF files (or mapped in pieces) prints one model buffer line per
    // piece on the same device: they add up. Any other buffer printed twice on a device is a second
    // load in the same log: the last one is what ran.
    for (LogFigure& f : log.figures) {
        if (f.field == field && f.device == device) {
            if (field == "model_buffer") {
                const double sum = static_cast<double>(f.amount) + *size;
                if (sum < kMaxPlausibleBytes) {
                    f.amount = static_cast<std::int64_t>(std::llround(sum));
                }
            } else {
                f.amount = static_cast<std::int64_t>(std::llround(*size));
                f.line = shorten(line);
                log.problems.push_back(field + " on " + device + " printed twice (a second load?); the last is used");
            }
            return;
        }
    }
    addFigure(log, field, device, FigureUnit::Bytes, *size, line);
}

void LlamaCppLogReader::readContextParameter(std::string_view line, RuntimeLog& log) {
    const std::size_t colon = line.find(':');
    const std::string_view rest = line.substr(colon + 1);
    const std::size_t eq = rest.find('=');
    if (eq == std::string_view::npos) {
        return;
    }
    const std::string_view key = trim(rest.substr(0, eq));
    const std::string_view value = trim(rest.substr(eq + 1));
    LogSettings& s = log.settings;
    auto integer = [&](std::optional<std::int64_t>& out) {
        const auto v = leadingInteger(value);
        if (v && *v > 0 && *v < (std::int64_t{1} << 40)) {
            out = *v;
            ++m_recognised;
        } else {
            log.problems.push_back("impossible " + std::string(key) + " ignored: " + shorten(line, 120));
        }
    };
    if (key == "n_ctx") {
        integer(s.n_ctx);
    } else if (key == "n_ctx_seq" || key == "n_ctx_per_seq") {
        integer(s.n_ctx_seq);
    } else if (key == "n_batch") {
        integer(s.n_batch);
    } else if (key == "n_ubatch") {
        integer(s.n_ubatch);
    } else if (key == "n_seq_max") {
        integer(s.n_seq_max);
    } else if (key == "flash_attn") {
        ++m_recognised;
        if (value == "1" || value == "enabled" || value == "true" || value == "on") {
            s.flash_attn = "on";
        } else if (value == "0" || value == "disabled" || value == "false" || value == "off") {
            s.flash_attn = "off";
        } else if (value == "auto") {
            s.flash_attn = "auto";
        }
    } else if (key == "kv_unified") {
        ++m_recognised;
        s.kv_unified = value == "true" || value == "1";
    } else if (key == "swa_full") {
        ++m_recognised;
        s.swa_full = value == "true" || value == "1";
    }
}

void LlamaCppLogReader::readKvSize(std::string_view line, RuntimeLog& log) {
    LogSettings& s = log.settings;
    std::optional<double> bytes;
    if (const auto v = sizeAfter(line, "KV self size")) {
        bytes = v;
        s.kv_self_size_line = true;
        // The old total line: keep it only when no per-cache "size =" line gave the total.
        if (m_kv_size_seen) {
            bytes.reset();
        }
    } else if (const auto v2 = sizeAfter(line, ": size =")) {
        // llama_kv_cache: one line per cache (two with iSWA): the total adds up.
        bytes = v2;
        if (!m_kv_size_seen) {
            s.kv_self_bytes.reset();
        }
        m_kv_size_seen = true;
        if (const auto cells = after(line, "MiB (")) {
            if (const auto c = leadingInteger(*cells); c && *c > 0 && !m_swa_cache) {
                s.kv_cells = *c;
            }
            if (const auto layers = after(*cells, "cells,")) {
                if (const auto l = leadingInteger(*layers); l && *l >= 0 && !m_swa_cache) {
                    s.kv_layers = *l;
                }
                // "( 32768 cells,   8 layers,  2/1 seqs)": n_seq_max / n_stream (llama-kv-cache.cpp,
                // ggml-org/llama.cpp @3514e9f); one stream for several sequences is the unified cache (-kvu).
                if (const auto seqs = after(*layers, "layers,")) {
                    const std::size_t slash = seqs->find('/');
                    const auto n_seq = leadingInteger(*seqs);
                    const auto n_stream =
                        slash == std::string_view::npos ? std::nullopt : leadingInteger(seqs->substr(slash + 1));
                    if (n_seq && n_stream && *n_seq > 0 && *n_stream > 0 && *n_seq < (1 << 20)) {
                        if (!s.n_seq_max) {
                            s.n_seq_max = *n_seq;
                        }
                        if (!s.kv_unified) {
                            s.kv_unified = *n_stream == 1 && *n_seq > 1;
                        }
                    }
                }
            }
        }
    }
    if (bytes) {
        ++m_recognised;
        if (*bytes >= 0 && *bytes < kMaxPlausibleBytes) {
            s.kv_self_bytes = s.kv_self_bytes.value_or(0) + static_cast<std::int64_t>(std::llround(*bytes));
        } else {
            log.problems.push_back("impossible KV size ignored: " + shorten(line, 120));
        }
    }
    // "K (f16): 128.00 MiB, V (q8_0): ..."; MLA in ik_llama.cpp: "c^KV (f16): 2196.00 MiB" (one latent cache).
    if (const auto latent = after(line, "c^KV (")) {
        const std::size_t close = latent->find(')');
        if (close != std::string_view::npos && close < 16) {
            s.type_k = std::string(latent->substr(0, close));
            s.type_v = s.type_k;
        }
        return;
    }
    if (const auto k = after(line, "K (")) {
        const std::size_t close = k->find(')');
        if (close != std::string_view::npos && close < 16) {
            s.type_k = std::string(k->substr(0, close));
        }
    }
    if (const auto v = after(line, "V (")) {
        const std::size_t close = v->find(')');
        if (close != std::string_view::npos && close < 16) {
            s.type_v = std::string(v->substr(0, close));
        }
    }
}

void LlamaCppLogReader::readBreakdownRow(std::string_view line, RuntimeLog& log) {
    // "| - CUDA0 (RTX 4090) | 24080 = 21592 + (1850 = 1015 + 256 + 578) + 638 |"
    // "| - Host             |                 310 = 250 + 0 + 60                 |"  (MiB)
    // The row starts "|   - NAME": the first '|' after the function name, spaces, then '-'.
    const std::size_t bar0 = line.find('|');
    std::size_t dash = std::string_view::npos;
    if (bar0 != std::string_view::npos) {
        std::size_t i = bar0 + 1;
        while (i < line.size() && line[i] == ' ') {
            ++i;
        }
        if (i < line.size() && line[i] == '-') {
            dash = i;
        }
    }
    if (dash == std::string_view::npos) {
        if (contains(line, "memory breakdown")) {
            ++m_recognised;
        }
        return;
    }
    std::string_view row = line.substr(dash + 1);
    const std::size_t bar = row.find('|');
    if (bar == std::string_view::npos) {
        log.problems.push_back("memory breakdown row cut off: " + shorten(line, 120));
        return;
    }
    std::string_view label = trim(row.substr(0, bar));
    std::string_view numbers = row.substr(bar + 1);
    std::string name(label.substr(0, label.find(' ')));
    std::string description;
    if (const std::size_t open = label.find('('); open != std::string_view::npos) {
        const std::size_t close = label.rfind(')');
        if (close != std::string_view::npos && close > open) {
            description = std::string(label.substr(open + 1, close - open - 1));
        }
    }
    std::vector<double> values;
    for (std::size_t i = 0; i < numbers.size() && values.size() < 8;) {
        if (std::isdigit(static_cast<unsigned char>(numbers[i])) || numbers[i] == '-') {
            std::size_t used = 0;
            const auto v = leadingNumber(numbers.substr(i), &used);
            if (v) {
                values.push_back(*v);
                i += used;
                continue;
            }
        }
        ++i;
    }
    if (name.empty() || (values.size() != 7 && values.size() != 4)) {
        log.problems.push_back("memory breakdown row not understood: " + shorten(line, 120));
        return;
    }
    ++m_recognised;
    LogDevice& d = deviceNamed(log, name);
    if (!description.empty()) {
        d.description = description;
    }
    auto bytes = [&](double mib, std::string_view what) -> std::optional<std::int64_t> {
        if (!std::isfinite(mib) || mib < 0 || mib * kMiB > kMaxPlausibleBytes) {
            log.problems.push_back("impossible " + std::string(what) + " on " + name +
                                   " in the memory breakdown ignored (an underflow in llama.cpp's count?)");
            return std::nullopt;
        }
        return static_cast<std::int64_t>(std::llround(mib * kMiB));
    };
    const std::size_t base = values.size() == 7 ? 3 : 1;
    if (values.size() == 7) {
        d.total_bytes = bytes(values[0], "total");
        d.free_bytes = bytes(values[1], "free");
        (void)bytes(values[6], "unaccounted");
    }
    d.model_bytes = bytes(values[base], "model");
    d.context_bytes = bytes(values[base + 1], "context");
    d.compute_bytes = bytes(values[base + 2], "compute");
}

void LlamaCppLogReader::readDevice(std::string_view line, RuntimeLog& log) {
    // "using device CUDA0 (NVIDIA GeForce RTX 4090) (0000:01:00.0) - 23008 MiB free"
    if (const auto rest = after(line, "using device ")) {
        const auto w = words(*rest);
        if (w.empty()) {
            return;
        }
        ++m_recognised;
        LogDevice& d = deviceNamed(log, w[0]);
        const std::size_t open = rest->find('(');
        const std::size_t close = rest->find(')');
        if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
            d.description = std::string(rest->substr(open + 1, close - open - 1));
        }
        const std::size_t dash = rest->rfind(" - ");
        if (dash != std::string_view::npos) {
            if (const auto free = leadingSize(rest->substr(dash + 3));
                free && *free >= 0 && *free < kMaxPlausibleBytes) {
                d.free_bytes = static_cast<std::int64_t>(std::llround(*free));
            }
        }
        return;
    }
    // "  Device 0: NVIDIA RTX A6000, compute capability 8.6, VMM: yes" (ggml-cuda)
    if (const auto rest = after(line, "Device "); rest && contains(line, "compute capability")) {
        const auto index = leadingInteger(*rest);
        const std::size_t colon = rest->find(':');
        const std::size_t comma = rest->find(',');
        if (index && *index >= 0 && *index < 64 && colon != std::string_view::npos && comma != std::string_view::npos &&
            comma > colon) {
            ++m_recognised;
            LogDevice& d = deviceNamed(log, "CUDA" + std::to_string(*index));
            if (d.description.empty()) {
                d.description = std::string(trim(rest->substr(colon + 1, comma - colon - 1)));
            }
        }
    }
}

void LlamaCppLogReader::finish(RuntimeLog& log) {
    LogSettings& s = log.settings;
    // llama_memory_breakdown_print alone (no per-buffer lines, e.g. a log cut to its last lines):
    // its model / context / compute columns stand in for the buffers.
    for (const LogDevice& d : s.devices) {
        const bool host = d.name == "Host";
        if (d.model_bytes && log.figuresOf("model_buffer").empty() && *d.model_bytes > 0) {
            addFigure(log, "model_buffer", host ? "CPU" : d.name, FigureUnit::Bytes,
                      static_cast<double>(*d.model_bytes), "llama_memory_breakdown_print model column");
        }
    }
    if (log.outcome == LogOutcome::Unknown && !log.figuresOf("compute_buffer").empty()) {
        log.outcome = LogOutcome::Loaded;
    }
    log.format = std::string("llama.cpp load log (") + (m_new_format ? "new" : "old") + " format)" +
                 (s.version ? " build " + *s.version : std::string());
    for (const std::string_view field : {"model_buffer", "kv_buffer", "compute_buffer"}) {
        if (log.figuresOf(field).empty()) {
            log.missing.emplace_back(field);
        }
    }
    if (!s.n_ctx) {
        log.missing.emplace_back("n_ctx");
    }
    if (s.metadata.empty()) {
        log.missing.emplace_back("model metadata (print_info lines)");
    }
}

} // namespace fitscope::logs::detail
