// vLLM's start-up log, V0 and V1. The lines read, by the vLLM file that prints them:
//   V0 vllm/worker/model_runner.py "Loading model weights took X GB" (X = bytes / 2^30);
//   V0 vllm/worker/worker.py "Memory profiling results:" in three layouts: one key=value line
//      (v0.6.4: total_gpu_memory, peak_torch_memory incl. weights, non_torch_memory, kv_cache_size),
//      a table (PR #10511: "model weights take", "non_torch_memory", "PyTorch activation peak memory")
//      and the sentence of PR #12126 ("model weights take A; non_torch_memory takes B; PyTorch
//      activation peak memory takes C; the rest of the memory reserved for KV Cache is D");
//   V0 vllm/executor "# GPU blocks: N" / "# CUDA blocks: N", "Maximum concurrency for T tokens per
//      request: Cx";
//   V1 vllm/v1/worker/gpu_model_runner.py "Model loading took X GiB", "Graph capturing finished in S
//      secs, took X GiB"; vllm/v1/worker/gpu_worker.py "Available KV cache memory: X GiB";
//      vllm/v1/core/kv_cache_utils.py "GPU KV cache size: N tokens", "Maximum concurrency ...", and
//      the start-up errors; vllm/v1/engine/core.py "Initializing a V1 LLM engine (vX) with config:";
//      vllm/entrypoints "non-default args: {...}".
#include "core/logs/log_readers.h"
#include "core/logs/log_text.h"

#include <algorithm>
#include <cmath>

namespace fitscope::logs::detail {

namespace {

constexpr double kGiB = 1073741824.0;

// "(VllmWorker rank=3 pid=19834) INFO ..." -> device "rank3", pid "19834"; "(VllmWorker TP1 pid=7)"
// -> "TP1"; "(EngineCore pid=107)" -> no device.
void processPrefix(std::string_view line, std::string& device, std::string& pid) {
    device.clear();
    pid.clear();
    const std::size_t open = line.find('(');
    const std::size_t close = line.find(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open || open > 40) {
        return;
    }
    const std::string_view inside = line.substr(open + 1, close - open - 1);
    if (const auto rank = valueOf(inside, "rank")) {
        device = "rank" + *rank;
    } else if (const std::size_t tp = inside.find(" TP"); tp != std::string_view::npos) {
        std::size_t end = tp + 1;
        while (end < inside.size() && inside[end] != ' ') {
            ++end;
        }
        device = std::string(inside.substr(tp + 1, end - tp - 1));
    }
    if (const auto p = valueOf(inside, "pid")) {
        pid = *p;
    }
}

// 'key': value in a Python dict print (vLLM's "non-default args"); scalars only.
std::optional<std::string> dictValue(std::string_view line, std::string_view key) {
    const std::string quoted = "'" + std::string(key) + "': ";
    const auto rest = after(line, quoted);
    if (!rest) {
        return std::nullopt;
    }
    std::string_view v = *rest;
    if (!v.empty() && v.front() == '\'') {
        v.remove_prefix(1);
        const std::size_t end = v.find('\'');
        return std::string(end == std::string_view::npos ? v : v.substr(0, end));
    }
    if (!v.empty() && (v.front() == '{' || v.front() == '[')) {
        return std::nullopt;
    }
    std::size_t end = 0;
    while (end < v.size() && v[end] != ',' && v[end] != '}') {
        ++end;
    }
    return std::string(trim(v.substr(0, end)));
}

std::optional<std::int64_t> positiveInteger(const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    const auto v = leadingInteger(*text);
    if (!v || *v <= 0) {
        return std::nullopt;
    }
    return v;
}

std::optional<bool> boolean(const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    if (*text == "True" || *text == "true") {
        return true;
    }
    if (*text == "False" || *text == "false") {
        return false;
    }
    return std::nullopt;
}

} // namespace

void VllmLogReader::add(RuntimeLog& log, const std::string& field, const std::string& device, FigureUnit unit,
                        double value, std::string_view line) {
    ++m_recognised;
    for (const LogFigure& f : log.figures) {
        if (f.field == field && f.device == device) {
            // Printed again: a restart, or several processes writing into one log without a rank
            // prefix. The first is kept; a different value is reported.
            // Tolerance: the same figure printed at another precision ("took 0.9277 GB", "take 0.93GiB").
            if (std::abs(f.value() - value) > std::max(0.01 * std::abs(value), 0.006 * kGiB)) {
                log.problems.push_back(field + " printed twice with different values" +
                                       (m_pids_without_rank.size() > 1 ? " by several processes" : std::string()) +
                                       "; the first is used: " + shorten(line, 120));
            }
            return;
        }
    }
    addFigure(log, field, device, unit, value, line);
}

void VllmLogReader::read(std::string_view line, RuntimeLog& log) {
    std::string device;
    processPrefix(line, device, m_pid);
    if (!m_pid.empty() && device.empty()) {
        m_pids_without_rank.insert(m_pid);
    }
    LogSettings& s = log.settings;

    if (contains(line, "[gpu_worker.py") || contains(line, "[kv_cache_utils.py") || contains(line, "[core.py") ||
        contains(line, "EngineCore") || contains(line, "[gpu_model_runner.py")) {
        m_v1_markers = true;
    }
    if (contains(line, " worker.py:") || contains(line, "gpu_executor.py") || contains(line, "executor_base.py") ||
        contains(line, " model_runner.py:") || contains(line, "Memory profiling results") ||
        contains(line, "Loading model weights took") || contains(line, "GPU blocks:") ||
        contains(line, "# CUDA blocks:")) {
        // The V0 worker's and executor's lines (vllm/worker/worker.py, model_runner.py, executor/*).
        m_v0_markers = true;
    }

    // Weights.
    if (const auto v = sizeAfter(line, "Loading model weights took", true)) {
        add(log, "model_weights", device, FigureUnit::Bytes, *v, line);
    } else if (const auto v1 = sizeAfter(line, "Model loading took")) {
        add(log, "model_weights", device, FigureUnit::Bytes, *v1, line);
    } else if (const auto v2 = sizeAfter(line, "model weights take")) {
        add(log, "model_weights", device, FigureUnit::Bytes, *v2, line);
    }

    // The memory profile in its three V0 layouts (and V1's debug copy of the sentence).
    if (const auto total = sizeAfter(line, "total_gpu_memory")) {
        ++m_recognised;
        if (*total > 0 && *total < kMaxPlausibleBytes) {
            s.total_gpu_memory_bytes = static_cast<std::int64_t>(std::llround(*total));
        } else {
            log.problems.push_back("impossible total_gpu_memory ignored: " + shorten(line, 120));
        }
    }
    if (const auto u = numberAfter(line, "gpu_memory_utilization"); u && !contains(line, "Try increasing")) {
        ++m_recognised;
        if (*u > 0.0 && *u <= 1.0) {
            s.gpu_memory_utilization = *u;
        } else {
            log.problems.push_back("impossible gpu_memory_utilization ignored: " + shorten(line, 120));
        }
    }
    if (const auto use = after(line, "the current vLLM instance can use")) {
        const std::size_t eq = use->rfind('=');
        const auto v = leadingSize(trim(eq == std::string_view::npos ? *use : use->substr(eq + 1)));
        if (v) {
            ++m_recognised;
            s.requested_memory_bytes = static_cast<std::int64_t>(std::llround(*v));
        }
    }
    if (const auto v = sizeAfter(line, "peak_torch_memory")) {
        ++m_recognised;
        s.peak_torch_bytes = static_cast<std::int64_t>(std::llround(*v));
    }
    if (const auto v = sizeAfter(line, "non_torch_memory takes")) {
        add(log, "non_torch", device, FigureUnit::Bytes, *v, line);
    } else if (const auto v0 = sizeAfter(line, "non_torch_memory")) {
        add(log, "non_torch", device, FigureUnit::Bytes, *v0, line);
    }
    if (const auto v = sizeAfter(line, "PyTorch activation peak memory takes")) {
        add(log, "activation_peak", device, FigureUnit::Bytes, *v, line);
    } else if (const auto v0 = sizeAfter(line, "PyTorch activation peak memory")) {
        add(log, "activation_peak", device, FigureUnit::Bytes, *v0, line);
    }
    if (const auto v = sizeAfter(line, "the rest of the memory reserved for KV Cache is")) {
        add(log, "kv_cache_available", device, FigureUnit::Bytes, *v, line);
    } else if (const auto v0 = sizeAfter(line, "kv_cache_size=")) {
        add(log, "kv_cache_available", device, FigureUnit::Bytes, *v0, line);
    } else if (const auto v1 = sizeAfter(line, "Available KV cache memory")) {
        add(log, "kv_cache_available", device, FigureUnit::Bytes, *v1, line);
    }

    // CUDA graphs: "Graph capturing finished in 5 secs, took 0.52 GiB".
    if (const auto took = after(line, "Graph capturing finished in")) {
        if (const auto v = sizeAfter(*took, "took")) {
            add(log, "cuda_graphs", device, FigureUnit::Bytes, *v, line);
        }
    }

    // The KV pool.
    if (const auto n = after(line, "GPU KV cache size:")) {
        if (const auto tokens = leadingNumber(*n)) {
            add(log, "kv_cache_tokens", device, FigureUnit::Tokens, *tokens, line);
        }
    }
    for (const std::string_view key : {"# GPU blocks:", "# CUDA blocks:", "GPU blocks:"}) {
        if (const auto n = after(line, key)) {
            if (const auto blocks = leadingInteger(*n); blocks && *blocks >= 0) {
                ++m_recognised;
                if (!s.gpu_blocks) {
                    s.gpu_blocks = *blocks;
                }
            }
            break;
        }
    }
    if (const auto n = after(line, "Maximum concurrency for")) {
        const auto tokens = leadingInteger(*n);
        const auto ratio = numberAfter(*n, "per request:");
        if (tokens && *tokens > 0 && !s.max_model_len) {
            s.max_model_len = *tokens;
        }
        if (ratio) {
            add(log, "max_concurrency", device, FigureUnit::Ratio, *ratio, line);
        }
    }

    // "Free memory on device (15.32/22.04 GiB) on startup is less than desired ..." (V1): the total.
    if (const auto free = after(line, "Free memory on device")) {
        const std::size_t slash = free->find('/');
        if (slash != std::string_view::npos) {
            if (const auto total = leadingSize(free->substr(slash + 1), false, 0.0)) {
                s.total_gpu_memory_bytes = static_cast<std::int64_t>(std::llround(*total));
            } else if (const auto gib = leadingNumber(free->substr(slash + 1))) {
                s.total_gpu_memory_bytes = static_cast<std::int64_t>(std::llround(*gib * kGiB));
            }
            ++m_recognised;
        }
        log.outcome = LogOutcome::Refused;
    }

    readEngineConfig(line, log);
    readNonDefaultArgs(line, log);
    readError(line, log);
}

void VllmLogReader::readEngineConfig(std::string_view line, RuntimeLog& log) {
    // "Initializing a V1 LLM engine (v0.8.3) with config: model='...', ..." (V1) and "Initializing an
    // LLM engine (v0.6.4) with config:" (V0).
    const auto rest = after(line, "LLM engine (");
    if (!rest || !contains(line, "Initializing")) {
        return;
    }
    ++m_recognised;
    LogSettings& s = log.settings;
    const std::size_t close = rest->find(')');
    if (close != std::string_view::npos && close < 80) {
        s.version = std::string(rest->substr(0, close));
    }
    s.engine = contains(line, "V1 LLM engine") ? "V1" : "V0";
    if (const auto model = valueOf(line, "model")) {
        s.model = *model;
    }
    if (const auto v = positiveInteger(valueOf(line, "max_seq_len"))) {
        s.max_model_len = *v;
    }
    if (const auto v = positiveInteger(valueOf(line, "tensor_parallel_size"))) {
        s.tensor_parallel_size = *v;
    }
    if (const auto v = positiveInteger(valueOf(line, "pipeline_parallel_size"))) {
        s.pipeline_parallel_size = *v;
    }
    if (const auto v = boolean(valueOf(line, "enforce_eager"))) {
        s.enforce_eager = *v;
    }
    if (const auto v = valueOf(line, "kv_cache_dtype")) {
        s.kv_cache_dtype = *v;
    }
    if (const auto v = valueOf(line, "quantization"); v && *v != "None") {
        s.quantization = *v;
    }
    if (const auto v = valueOf(line, "dtype")) {
        s.dtype = v->starts_with("torch.") ? v->substr(6) : *v;
    }
}

void VllmLogReader::readNonDefaultArgs(std::string_view line, RuntimeLog& log) {
    if (!contains(line, "non-default args:")) {
        return;
    }
    ++m_recognised;
    m_v1_markers = true; // printed by vLLM's V1-era entrypoints (vllm/entrypoints/utils.py)
    LogSettings& s = log.settings;
    if (const auto v = dictValue(line, "model")) {
        s.model = *v;
    }
    if (const auto v = positiveInteger(dictValue(line, "max_model_len"))) {
        s.max_model_len = *v;
    }
    if (const auto v = positiveInteger(dictValue(line, "max_num_seqs"))) {
        s.max_num_seqs = *v;
    }
    if (const auto v = positiveInteger(dictValue(line, "max_num_batched_tokens"))) {
        s.max_num_batched_tokens = *v;
    }
    if (const auto v = positiveInteger(dictValue(line, "tensor_parallel_size"))) {
        s.tensor_parallel_size = *v;
    }
    if (const auto v = positiveInteger(dictValue(line, "pipeline_parallel_size"))) {
        s.pipeline_parallel_size = *v;
    }
    if (const auto v = dictValue(line, "gpu_memory_utilization")) {
        if (const auto u = leadingNumber(*v); u && *u > 0.0 && *u <= 1.0) {
            s.gpu_memory_utilization = *u;
        }
    }
    if (const auto v = dictValue(line, "cpu_offload_gb")) {
        if (const auto g = leadingNumber(*v); g && *g >= 0.0) {
            s.cpu_offload_gb = *g;
        }
    }
    if (const auto v = boolean(dictValue(line, "enforce_eager"))) {
        s.enforce_eager = *v;
    }
    if (const auto v = boolean(dictValue(line, "enable_chunked_prefill"))) {
        s.enable_chunked_prefill = *v;
    }
    if (const auto v = boolean(dictValue(line, "enable_prefix_caching"))) {
        s.enable_prefix_caching = *v;
    }
    if (const auto v = positiveInteger(dictValue(line, "num_speculative_tokens"))) {
        s.num_speculative_tokens = *v; // inside speculative_config
    }
    if (const auto v = dictValue(line, "kv_cache_dtype")) {
        s.kv_cache_dtype = *v;
    }
    if (const auto v = dictValue(line, "quantization")) {
        s.quantization = *v;
    }
    if (const auto v = dictValue(line, "dtype")) {
        s.dtype = *v;
    }
}

void VllmLogReader::readError(std::string_view line, RuntimeLog& log) {
    // V0 (vllm/worker/worker.py, raise_if_cache_size_invalid): "The model's max seq len (N) is larger
    // than the maximum number of tokens that can be stored in KV cache (M)."
    if (const auto rest = after(line, "max seq len (")) {
        VllmStartError e;
        e.line = shorten(line);
        e.max_seq_len = leadingInteger(*rest);
        if (const auto stored = after(line, "stored in KV cache (")) {
            e.kind = VllmStartError::Kind::MaxSeqLenTooLarge;
            e.kv_cache_tokens = leadingInteger(*stored);
        } else if (const auto needed = after(line, "), (")) {
            // V1 (vllm/v1/core/kv_cache_utils.py, check_enough_kv_cache_memory).
            e.kind = VllmStartError::Kind::KvCacheNeeded;
            if (const auto b = leadingSize(*needed)) {
                e.needed_bytes = static_cast<std::int64_t>(std::llround(*b));
            }
            if (const auto b = sizeAfter(line, "available KV cache memory (")) {
                e.available_bytes = static_cast<std::int64_t>(std::llround(*b));
            }
            if (const auto l = after(line, "the estimated maximum model length is")) {
                e.estimated_max_model_len = leadingInteger(*l);
            }
        } else {
            return;
        }
        ++m_recognised;
        if (e.max_seq_len && *e.max_seq_len > 0 && !log.settings.max_model_len) {
            log.settings.max_model_len = *e.max_seq_len;
        }
        log.vllm_error = e;
        log.outcome = LogOutcome::Refused;
        return;
    }
    if (contains(line, "No available memory for the cache blocks")) {
        ++m_recognised;
        VllmStartError e;
        e.kind = VllmStartError::Kind::NoCacheMemory;
        e.line = shorten(line);
        log.vllm_error = e;
        log.outcome = LogOutcome::Refused;
    }
}

void VllmLogReader::finish(RuntimeLog& log) {
    LogSettings& s = log.settings;
    if (!s.engine) {
        if (m_v1_markers && !m_v0_markers) {
            s.engine = "V1";
        } else if (m_v0_markers && !m_v1_markers) {
            s.engine = "V0";
        }
    }
    // v0.6.4's peak_torch_memory includes the weights (vllm/worker/worker.py, determine_num_available_
    // blocks at that version): the activation peak is the difference.
    if (s.peak_torch_bytes && !log.figure("activation_peak")) {
        if (const LogFigure* w = log.figure("model_weights")) {
            const double activation = static_cast<double>(*s.peak_torch_bytes - w->amount);
            if (activation >= 0.0) {
                addFigure(log, "activation_peak", w->device, FigureUnit::Bytes, activation,
                          "peak_torch_memory − model weights (v0.6.4 layout)");
                log.found.push_back("activation peak = peak_torch_memory − weights (v0.6.4 layout)");
            } else {
                log.problems.push_back("peak_torch_memory is below the weights: impossible in the v0.6.4 layout");
            }
        }
    }
    if (s.total_gpu_memory_bytes) {
        LogDevice& d = deviceNamed(log, "GPU");
        d.total_bytes = *s.total_gpu_memory_bytes;
        for (const LogFigure& f : log.figures) {
            if (f.unit == FigureUnit::Bytes && f.amount > *s.total_gpu_memory_bytes &&
                (f.field == "model_weights" || f.field == "kv_cache_available")) {
                log.problems.push_back("impossible: " + f.field + " is larger than total_gpu_memory");
            }
        }
    }
    if (log.outcome == LogOutcome::Unknown &&
        (log.figure("kv_cache_tokens") || s.gpu_blocks || log.figure("max_concurrency"))) {
        log.outcome = LogOutcome::Started;
    }
    log.format = "vLLM " + (s.engine ? *s.engine + " " : std::string()) + "start-up log" +
                 (s.version ? " (" + *s.version + ")" : std::string());
    for (const std::string_view field : {"model_weights", "non_torch", "activation_peak", "kv_cache_available",
                                         "kv_cache_tokens", "max_concurrency"}) {
        if (!log.figure(field) && !log.figuresOf(field).size()) {
            log.missing.emplace_back(field);
        }
    }
    if (!s.total_gpu_memory_bytes) {
        log.missing.emplace_back("total_gpu_memory");
    }
    if (!s.max_model_len) {
        log.missing.emplace_back("max_model_len");
    }
    if (!s.version) {
        log.missing.emplace_back("engine arguments (the \"Initializing ... LLM engine\" line)");
    }
}

} // namespace fitscope::logs::detail
