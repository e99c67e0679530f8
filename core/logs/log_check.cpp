#include "core/logs/log_check.h"

#include "core/sizing/llamacpp_profile.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace fitscope::logs {

using namespace fitscope::sizing;

namespace {

std::string number(double v) {
    char text[48];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

// Records a log value into the scenario: noted as from the log, or as an override when the user gave
// another value.
template <typename T>
void take(ScenarioNotes& notes, const std::set<std::string>& given, const std::string& flag, T& slot, T value,
          const std::string& text) {
    if (given.count(flag) != 0 && slot != value) {
        notes.log_overrides.push_back("--" + flag + ": the log shows " + text + " (it is what ran), not the flag's " +
                                      number(static_cast<double>(slot)));
    } else {
        notes.from_log.push_back(flag + " = " + text);
    }
    slot = value;
}

std::optional<KvFormat> kvFormatOfLog(const std::string& text, const LogSettings& s) {
    if (text == "auto") {
        // vLLM's "auto": the model dtype.
        return s.dtype && *s.dtype == "float16" ? KvFormat::FP16 : KvFormat::BF16;
    }
    if (text.starts_with("fp8")) {
        return KvFormat::FP8;
    }
    if (text == "f16") {
        return KvFormat::FP16;
    }
    if (text == "bf16") {
        return KvFormat::BF16;
    }
    if (text == "f32") {
        return KvFormat::FP32;
    }
    return kvFormatFromId(text);
}

void setCapacity(Scenario& scenario, std::int64_t total, const std::string& what, ScenarioNotes& notes) {
    auto gpu = scenario.gpu ? std::make_shared<GpuSpec>(*scenario.gpu) : std::make_shared<GpuSpec>();
    if (!scenario.gpu) {
        gpu->id = "log-gpu";
        gpu->display_name = "GPU of the log";
        gpu->memory_bytes = total;
        gpu->source = "the log's " + what;
    }
    gpu->usable_memory_bytes = total;
    scenario.gpu = gpu;
    char text[64];
    std::snprintf(text, sizeof text, "%.2f GiB", static_cast<double>(total) / 1073741824.0);
    notes.from_log.push_back("GPU capacity = " + std::string(text) + " (" + what + ")");
}

bool isHost(const std::string& device) {
    return device.starts_with("CPU") || device.find("Host") != std::string::npos;
}

void applyVllm(const RuntimeLog& log, Scenario& s, const std::set<std::string>& given, ScenarioNotes& n) {
    const LogSettings& l = log.settings;
    s.runtime = Runtime::Vllm;
    if (l.max_model_len) {
        take(n, given, "context", s.context_tokens, *l.max_model_len, std::to_string(*l.max_model_len));
    } else if (given.count("context") == 0) {
        n.assumed.push_back("context = " + std::to_string(s.context_tokens) + " (max_model_len not in the log)");
    }
    if (l.gpu_memory_utilization) {
        take(n, given, "gpu-memory-utilization", s.vllm.gpu_memory_utilization, *l.gpu_memory_utilization,
             number(*l.gpu_memory_utilization));
    } else if (given.count("gpu-memory-utilization") == 0) {
        n.assumed.push_back("gpu_memory_utilization = " + number(s.vllm.gpu_memory_utilization));
    }
    if (l.max_num_batched_tokens) {
        take(n, given, "max-num-batched-tokens", s.vllm.max_num_batched_tokens, *l.max_num_batched_tokens,
             std::to_string(*l.max_num_batched_tokens));
    } else if (given.count("max-num-batched-tokens") == 0) {
        if (l.engine && *l.engine == "V0" && !l.enable_chunked_prefill.value_or(false)) {
            // V0 without chunked prefill schedules a whole prompt at once: max_num_batched_tokens =
            // max(max_model_len, 2048) (vllm/config.py SchedulerConfig, _DEFAULT_MAX_NUM_BATCHED_TOKENS,
            // v0.6).
            s.vllm.max_num_batched_tokens = std::max<std::int64_t>(s.context_tokens, 2048);
            n.assumed.push_back(
                "max_num_batched_tokens = max(max_model_len, 2048) = " + std::to_string(s.vllm.max_num_batched_tokens) +
                " (V0 default without chunked prefill)");
        } else {
            n.assumed.push_back("max_num_batched_tokens = " + std::to_string(s.vllm.max_num_batched_tokens));
        }
    }
    const std::int64_t tp = l.tensor_parallel_size.value_or(1);
    const std::int64_t pp = l.pipeline_parallel_size.value_or(1);
    if (l.tensor_parallel_size || l.pipeline_parallel_size) {
        take(n, given, "gpus", s.gpu_count, tp * pp,
             std::to_string(tp * pp) + " GPUs (TP " + std::to_string(tp) + " × PP " + std::to_string(pp) + ")");
        s.parallelism = Parallelism::Tensor;
        s.vllm.pipeline_parallel_size = pp;
    }
    if (l.version) {
        if (const auto v = vllmVersionFromId(*l.version)) {
            s.vllm.version = *v;
            n.from_log.push_back("vLLM " + vllmVersionId(*v) + " rules (" + *l.version + ")");
        }
    } else if (l.engine && *l.engine == "V0" && given.count("vllm-version") == 0) {
        // A V0 log without its version: the last V0-default release's rules.
        s.vllm.version = VllmVersion{0, 7};
        n.assumed.push_back("vLLM 0.7 rules (a V0 log without its version)");
    } else if (given.count("vllm-version") == 0) {
        n.assumed.push_back("vLLM " + vllmVersionId(s.vllm.version) + " rules (the version is not in the log)");
    }
    if (l.max_num_seqs) {
        take(n, given, "max-num-seqs", s.vllm.max_num_seqs, *l.max_num_seqs, std::to_string(*l.max_num_seqs));
    }
    if (l.enable_prefix_caching) {
        s.vllm.enable_prefix_caching = *l.enable_prefix_caching;
        n.from_log.push_back(std::string("enable_prefix_caching = ") + (*l.enable_prefix_caching ? "True" : "False"));
    }
    if (l.num_speculative_tokens) {
        take(n, given, "num-speculative-tokens", s.vllm.num_speculative_tokens, *l.num_speculative_tokens,
             std::to_string(*l.num_speculative_tokens));
    }
    if (l.cpu_offload_gb) {
        take(n, given, "cpu-offload-gb", s.vllm.cpu_offload_gb, *l.cpu_offload_gb, number(*l.cpu_offload_gb));
    }
    if (l.kv_cache_dtype) {
        if (const auto kv = kvFormatOfLog(*l.kv_cache_dtype, l)) {
            const bool differs = given.count("kv-cache") != 0 && s.precision.kv_cache != *kv;
            if (differs) {
                n.log_overrides.push_back("--kv-cache: the log shows kv_cache_dtype " + *l.kv_cache_dtype);
            } else {
                n.from_log.push_back("kv_cache_dtype = " + *l.kv_cache_dtype);
            }
            s.precision.kv_cache = *kv;
        }
    }
    if (l.enforce_eager) {
        const bool graphs = !*l.enforce_eager;
        if (given.count("eager") != 0 && s.cuda_graphs != graphs) {
            n.log_overrides.push_back("--eager: the log shows enforce_eager=" +
                                      std::string(*l.enforce_eager ? "True" : "False"));
        } else {
            n.from_log.push_back(std::string("enforce_eager = ") + (*l.enforce_eager ? "True" : "False"));
        }
        s.cuda_graphs = graphs;
    } else if (given.count("eager") == 0) {
        n.assumed.push_back("CUDA graphs on (enforce_eager not in the log)");
    }
    if (l.total_gpu_memory_bytes) {
        setCapacity(s, *l.total_gpu_memory_bytes, "total_gpu_memory", n);
    }
}

void applyLlamaCpp(const RuntimeLog& log, Scenario& s, const std::set<std::string>& given, ScenarioNotes& n) {
    const LogSettings& l = log.settings;
    s.runtime = Runtime::LlamaCpp;
    if (l.n_ctx) {
        // n_ctx is the whole cache (all slots together). With n_seq_max slots it is sized as n_seq_max
        // sequences of n_ctx / n_seq_max: the recurrent state and the sliding-window cache are per
        // slot (llama-memory-recurrent.cpp, llama-kv-cache-iswa.cpp), and n_ctx is a multiple of 256
        // (llama-context.cpp pads it, and without -kvu makes it n_ctx_seq × n_seq_max, since
        // ggml-org/llama.cpp PR #17046), so the cells still add up to n_ctx for up to 256 slots.
        const std::int64_t slots = std::max<std::int64_t>(1, l.n_seq_max.value_or(1));
        const std::int64_t per_slot = std::max<std::int64_t>(1, *l.n_ctx / slots);
        take(n, given, "context", s.context_tokens, per_slot,
             std::to_string(*l.n_ctx) + " (n_ctx)" + (slots > 1 ? " / " + std::to_string(slots) + " slots" : ""));
        if (s.batch != slots) {
            if (given.count("batch") != 0) {
                n.log_overrides.push_back("--batch: llama.cpp's n_ctx already spans every slot; sized as " +
                                          std::to_string(slots) + " × n_ctx / n_seq_max");
            }
            s.batch = slots;
        }
    } else if (given.count("context") == 0) {
        n.assumed.push_back("context = " + std::to_string(s.context_tokens) + " (n_ctx not in the log)");
    }
    if (l.n_ubatch) {
        take(n, given, "ubatch", s.llamacpp.n_ubatch, *l.n_ubatch, std::to_string(*l.n_ubatch));
    } else if (given.count("ubatch") == 0) {
        n.assumed.push_back("n_ubatch = " + std::to_string(s.llamacpp.n_ubatch));
    }
    if (l.flash_attn) {
        // "auto" is sized as the llama.cpp profile resolves it (on), unless the log also says what auto
        // resolved to (flash_attn_resolved: "Flash Attention was auto, set to disabled").
        FlashAttention fa = flashAttentionFromId(*l.flash_attn).value_or(FlashAttention::Auto);
        if (fa == FlashAttention::Auto && l.flash_attn_resolved) {
            fa = *l.flash_attn_resolved ? FlashAttention::On : FlashAttention::Off;
        }
        if (given.count("flash-attention") != 0 && llamaCppFlashAttention(s) != (fa != FlashAttention::Off)) {
            n.log_overrides.push_back("--flash-attention: the log shows flash_attn = " + *l.flash_attn);
        } else {
            n.from_log.push_back("flash_attn = " + *l.flash_attn +
                                 (*l.flash_attn == "auto"
                                      ? std::string(" (resolved: ") + (fa == FlashAttention::Off ? "off" : "on") + ")"
                                      : std::string()));
        }
        s.llamacpp.flash_attention = fa;
    } else if (given.count("flash-attention") == 0) {
        // A build's own default: "version: 5261 (cb06a3c3)" predates -fa auto and ran without it.
        std::int64_t build = 0;
        if (l.version && !l.version->empty() && std::isdigit(static_cast<unsigned char>(l.version->front())) != 0) {
            build = std::strtoll(l.version->c_str(), nullptr, 10);
        }
        if (build > 0 && s.runtime == Runtime::LlamaCpp) {
            s.llamacpp.flash_attention = llamaCppDefaultFlashAttention(build);
            n.assumed.push_back("flash attention " + std::string(flashAttentionId(s.llamacpp.flash_attention)) +
                                " (build " + std::to_string(build) + "'s default)");
        } else if (l.kv_self_size_line && s.runtime == Runtime::LlamaCpp) {
            // Dated by its format: "KV self size" is from builds before -fa auto, which ran without it.
            s.llamacpp.flash_attention = FlashAttention::Off;
            n.assumed.push_back("flash attention off (the log's \"KV self size\" line is from a build before -fa "
                                "auto)");
        } else {
            n.assumed.push_back("flash attention " + std::string(flashAttentionId(s.llamacpp.flash_attention)));
        }
    }
    if (l.type_k) {
        if (const auto kv = kvFormatOfLog(*l.type_k, l)) {
            if (given.count("kv-cache") != 0 && s.precision.kv_cache != *kv) {
                n.log_overrides.push_back("--kv-cache: the log shows type_k " + *l.type_k);
            } else {
                n.from_log.push_back("type_k = " + *l.type_k);
            }
            s.precision.kv_cache = *kv;
        }
    }
    if (l.type_v) {
        if (const auto v = kvFormatOfLog(*l.type_v, l)) {
            const KvFormat asked = s.llamacpp.cache_type_v.value_or(s.precision.kv_cache);
            if (given.count("kv-cache-v") != 0 && asked != *v) {
                n.log_overrides.push_back("--kv-cache-v: the log shows type_v " + *l.type_v);
            } else if (*v != s.precision.kv_cache) {
                n.from_log.push_back("type_v = " + *l.type_v);
            }
            if (*v != s.precision.kv_cache) {
                s.llamacpp.cache_type_v = *v;
            } else {
                s.llamacpp.cache_type_v.reset();
            }
        }
    }
    if (l.kv_unified) {
        if (given.count("kv-unified") != 0 && s.llamacpp.kv_unified != *l.kv_unified) {
            n.log_overrides.push_back(std::string("--kv-unified: the log shows kv_unified = ") +
                                      (*l.kv_unified ? "true" : "false"));
        } else {
            n.from_log.push_back(std::string("kv_unified = ") + (*l.kv_unified ? "true" : "false"));
        }
        s.llamacpp.kv_unified = *l.kv_unified;
    }
    const std::int64_t offloaded = l.layers_offloaded.value_or(l.n_gpu_layers.value_or(-1));
    if (offloaded >= 0) {
        take(n, given, "gpu-layers", s.llamacpp.n_gpu_layers, offloaded, std::to_string(offloaded) + " layers");
    }
    std::int64_t gpus = 0;
    std::optional<std::int64_t> total;
    for (const LogDevice& d : l.devices) {
        if (d.name == "Host" || d.name == "CPU") {
            continue;
        }
        ++gpus;
        if (d.total_bytes) {
            total = total ? std::min(*total, *d.total_bytes) : *d.total_bytes;
        }
    }
    if (gpus == 0) {
        // No device line: the highest device index any buffer names (an excerpt may skip the lines of
        // some devices, so counting lines would undercount: CUDA3 means four devices).
        for (const LogFigure& f : log.figures) {
            if (isHost(f.device)) {
                continue;
            }
            std::string name = f.device.substr(0, f.device.find('_'));
            std::size_t i = name.size();
            while (i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1]))) {
                --i;
            }
            if (i < name.size() && name.size() - i <= 3) {
                gpus = std::max<std::int64_t>(gpus, std::stoi(name.substr(i)) + 1);
            }
        }
    }
    if (gpus > 0) {
        take(n, given, "gpus", s.gpu_count, gpus, std::to_string(gpus) + " device(s)");
    }
    if (total) {
        setCapacity(s, *total, "device total memory", n);
    }
}

const GpuLoad* loadForDevice(const Estimate& e, const std::string& device) {
    // CUDA0, ROCm1, Vulkan0, MTL0, rank2: the trailing index.
    std::size_t i = device.size();
    while (i > 0 && std::isdigit(static_cast<unsigned char>(device[i - 1]))) {
        --i;
    }
    if (i == device.size() || device.find("Host") != std::string::npos || device.find("_Split") != std::string::npos) {
        return e.gpu_loads.empty() ? nullptr : &e.gpu_loads.front();
    }
    if (device.size() - i > 4) {
        return nullptr; // no runtime numbers 10,000 devices
    }
    const std::size_t index = static_cast<std::size_t>(std::stoi(device.substr(i)));
    return index < e.gpu_loads.size() ? &e.gpu_loads[index] : nullptr;
}

} // namespace

std::optional<double> ComparedFigure::relativeError() const {
    if (!predicted || measured == 0) {
        return std::nullopt;
    }
    return (*predicted - measured) / measured;
}

ScenarioNotes applyLogToScenario(const RuntimeLog& log, Scenario& scenario, const std::set<std::string>& given) {
    ScenarioNotes notes;
    switch (log.runtime) {
    case LogRuntime::Vllm:
        applyVllm(log, scenario, given, notes);
        break;
    case LogRuntime::LlamaCpp:
    case LogRuntime::Ollama:
        // Ollama runs llama.cpp (or its own engine with the same buffers).
        applyLlamaCpp(log, scenario, given, notes);
        break;
    case LogRuntime::Unknown:
        break;
    }
    return notes;
}

LogCheck compareLogWithEstimate(const RuntimeLog& log, const Scenario& scenario, const Estimate& e) {
    LogCheck check;
    auto add = [&](const LogFigure& f, std::optional<double> predicted, std::string note = {}) {
        ComparedFigure c;
        c.field = f.field;
        c.device = f.device;
        c.unit = f.unit;
        c.measured = f.value();
        c.predicted = predicted;
        c.note = std::move(note);
        check.figures.push_back(std::move(c));
    };
    if (log.runtime == LogRuntime::Vllm && e.vllm) {
        const VllmPlan& p = *e.vllm;
        for (const LogFigure& f : log.figures) {
            const GpuLoad* load = loadForDevice(e, f.device);
            if (f.field == "model_weights") {
                add(f, load ? std::optional<double>(double(load->weights_bytes)) : std::nullopt);
            } else if (f.field == "non_torch") {
                add(f, double(p.non_torch_bytes));
            } else if (f.field == "activation_peak") {
                add(f, double(p.profile_activation_bytes));
            } else if (f.field == "cuda_graphs") {
                add(f, double(p.cuda_graph_bytes));
            } else if (f.field == "kv_cache_available") {
                add(f, load ? std::optional<double>(double(load->kv_cache_bytes)) : double(p.kv_pool_bytes));
            } else if (f.field == "kv_cache_tokens") {
                add(f, double(p.kv_cache_tokens));
            } else if (f.field == "max_concurrency") {
                add(f, p.max_concurrency);
            }
        }
        check.verdict = p.starts ? "starts" : "does_not_start";
        if (log.outcome == LogOutcome::Started) {
            check.measured_verdict = "starts";
        } else if (log.outcome == LogOutcome::Refused) {
            check.measured_verdict = "does_not_start";
        }
        if (p.max_model_len_that_fits > 0) {
            check.predicted_max_model_len = p.max_model_len_that_fits;
        }
        if (log.vllm_error && log.vllm_error->estimated_max_model_len) {
            LogFigure f;
            f.field = "estimated_max_model_len";
            f.unit = FigureUnit::Tokens;
            f.amount = *log.vllm_error->estimated_max_model_len;
            add(f, check.predicted_max_model_len ? std::optional<double>(double(*check.predicted_max_model_len))
                                                 : std::nullopt);
        }
        return check;
    }
    if ((log.runtime == LogRuntime::LlamaCpp || log.runtime == LogRuntime::Ollama) && e.llamacpp) {
        const LlamaCppPlan& p = *e.llamacpp;
        const bool separate_caches =
            !log.figuresOf("kv_buffer_swa").empty() || !log.figuresOf("recurrent_state").empty();
        for (const LogFigure& f : log.figures) {
            const GpuLoad* load = loadForDevice(e, f.device);
            if (f.field == "model_buffer") {
                if (f.device.find("_Split") != std::string::npos || f.device.find("REPACK") != std::string::npos) {
                    add(f, std::nullopt, "row-split / repacked buffers are not modelled separately");
                } else if (isHost(f.device)) {
                    add(f, double(p.cpu_weights_bytes));
                } else {
                    add(f, load ? std::optional<double>(double(load->weights_bytes)) : std::nullopt);
                }
            } else if (f.field == "kv_buffer" || f.field == "kv_buffer_swa" || f.field == "recurrent_state") {
                if (separate_caches) {
                    add(f, std::nullopt, "FitScope's figure is the sum of the device's caches (kv_total)");
                } else if (isHost(f.device)) {
                    add(f, double(p.cpu_kv_bytes));
                } else {
                    add(f, load ? std::optional<double>(double(load->kv_cache_bytes)) : std::nullopt);
                }
            } else if (f.field == "compute_buffer") {
                add(f, load ? std::optional<double>(double(load->activation_bytes)) : std::nullopt);
            } else if (f.field == "compute_buffer_host") {
                add(f, double(p.cpu_compute_buffer_bytes));
            } else if (f.field == "output_buffer") {
                add(f, double(scenario.model->spec.vocab_size * 4 * scenario.batch),
                    "n_vocab × 4 bytes per output row");
            } else if (f.field == "ollama_kv") {
                add(f, double(e.kv_cache_bytes), "Ollama's own estimate, not a measurement");
            } else if (f.field == "ollama_weights_total") {
                add(f, double(e.weights.total()), "Ollama's own estimate (GGUF tensor sizes)");
            }
        }
        if (separate_caches || (log.figuresOf("kv_buffer").empty() && log.settings.kv_self_bytes)) {
            // The whole cache of every device together (llama.cpp's "KV self size" / cache size lines).
            LogFigure total;
            total.field = "kv_total";
            total.amount = log.settings.kv_self_bytes.value_or(0);
            for (const char* field : {"recurrent_state"}) {
                for (const LogFigure* f : log.figuresOf(field)) {
                    total.amount += f->amount;
                }
            }
            if (total.amount > 0) {
                add(total, double(e.kv_cache_bytes), "all devices, all caches");
            }
        }
        if (e.fit) {
            check.verdict = e.fit->verdict == Verdict::DoesNotFit ? "does_not_fit" : "fits";
        }
        if (log.outcome == LogOutcome::Loaded) {
            check.measured_verdict = "fits";
        } else if (log.outcome == LogOutcome::OutOfMemory) {
            check.measured_verdict = "does_not_fit";
        }
    }
    return check;
}

} // namespace fitscope::logs
