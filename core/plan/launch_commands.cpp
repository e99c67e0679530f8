#include "core/plan/launch_commands.h"

#include "core/plan/shell_words.h"
#include "core/sizing/image_tokens.h"
#include "core/sizing/llamacpp_profile.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace fitscope::plan {

using sizing::KvFormat;
using sizing::WeightFormat;

namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

// The shortest decimal that reads back as the same double (0.9, not 0.90000000000000002).
std::string decimal(double value) {
    char buffer[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) {
            break;
        }
    }
    return buffer;
}

bool sixteenBit(KvFormat format) {
    return format == KvFormat::FP16 || format == KvFormat::BF16;
}

// vLLM's --kv-cache-dtype for a FitScope KV format; nullopt when vLLM has none.
std::optional<std::string> vllmKvCacheDtype(KvFormat format) {
    if (sixteenBit(format)) {
        return "auto"; // the model's (or activations') 16-bit dtype
    }
    if (format == KvFormat::FP8) {
        return "fp8";
    }
    return std::nullopt;
}

// Ollama's OLLAMA_KV_CACHE_TYPE values (f16, q8_0, q4_0: the Ollama FAQ).
std::optional<std::string> ollamaKvCacheType(KvFormat format) {
    switch (format) {
    case KvFormat::FP16:
        return "f16";
    case KvFormat::Q8_0:
        return "q8_0";
    case KvFormat::Q4_0:
        return "q4_0";
    default:
        return std::nullopt;
    }
}

} // namespace

ModelReference defaultModelReference(const sizing::Scenario& scenario) {
    ModelReference ref;
    const sizing::ModelSpec& spec = scenario.model->spec;
    const std::string base = spec.id.empty() ? std::string("model") : spec.id;
    const std::string_view format_id = sizing::formatInfo(scenario.precision.weights).id;
    ref.gguf_path = base + "-" + upper(format_id) + ".gguf";
    // A catalog model's source is its config.json on the Hub: its repository is the id vLLM takes.
    constexpr std::string_view hub = "https://huggingface.co/";
    if (spec.source.starts_with(hub)) {
        const std::string rest = spec.source.substr(hub.size());
        const std::size_t first = rest.find('/');
        const std::size_t second = first == std::string::npos ? std::string::npos : rest.find('/', first + 1);
        ref.hf_id = rest.substr(0, second);
    } else {
        ref.hf_id = base;
    }
    ref.ollama_name = "./" + ref.gguf_path;
    return ref;
}

sizing::Runtime sizingRuntimeFor(LaunchRuntime runtime) {
    return runtime == LaunchRuntime::Vllm ? sizing::Runtime::Vllm : sizing::Runtime::LlamaCpp;
}

std::string vllmQuantizationFor(WeightFormat format) {
    switch (format) {
    case WeightFormat::GPTQ_INT4_G128:
    case WeightFormat::GPTQ_INT3_G128:
        return "gptq";
    case WeightFormat::AWQ_INT4_G128:
        return "awq";
    case WeightFormat::FP8_E4M3:
    case WeightFormat::FP8_E5M2:
        return "fp8";
    case WeightFormat::MXFP4:
        return "mxfp4";
    case WeightFormat::NF4:
    case WeightFormat::NF4_DQ:
    case WeightFormat::INT8:
    case WeightFormat::LLM_INT8:
        return "bitsandbytes";
    default:
        if (sizing::formatInfo(format).family == sizing::FormatFamily::Gguf) {
            return "gguf";
        }
        return "";
    }
}

LaunchSettings settingsForScenario(const sizing::Scenario& s, const sizing::Estimate& e, LaunchRuntime runtime,
                                   const ModelReference& model) {
    LaunchSettings out;
    out.runtime = runtime;
    const KvFormat kv = s.precision.kv_cache;
    // llama.cpp's effective n_gpu_layers: what the estimate placed (all of them without a limit).
    const std::int64_t gpu_layers = e.llamacpp ? (s.gpu ? e.llamacpp->gpu_layers : 0) : 0;
    switch (runtime) {
    case LaunchRuntime::LlamaCpp: {
        out.model = model.gguf_path;
        if (!model.mmproj_path.empty() && s.model->spec.encoder_in_projector_file) {
            out.mmproj = model.mmproj_path;
        } else if (sizing::imageTokensPerSequence(s) > 0 && !s.model->spec.encoder_in_projector_file) {
            // llama-server takes images only with its projector file, which this model was not read with.
            out.warnings.push_back("images need the model's vision projector (--mmproj FILE): its weights are "
                                   "not in this estimate; open the mmproj file with the model to count them");
        }
        // n_ctx holds every sequence's cells, image tokens included
        out.context_tokens = sizing::sequenceTokens(s) * s.batch;
        // -np always, 1 included: without it llama-server runs kServerAutoSlots slots on a unified cache,
        // which sizes differently (sliding windows, outputs) from the scenario's sequences.
        out.parallel_sequences = s.batch;
        out.gpu_layers = gpu_layers;
        if (s.gpu && s.gpu_count > 1) {
            out.tensor_split = std::vector<double>(static_cast<std::size_t>(s.gpu_count), 1.0);
        }
        if (llamaCppCacheTypeName(kv).empty()) {
            out.warnings.push_back("llama.cpp has no " + std::string(sizing::kvFormatInfo(kv).id) +
                                   " KV cache; the command keeps f16, which the estimate does not size");
            out.cache_type_k = KvFormat::FP16;
            out.cache_type_v = KvFormat::FP16;
        } else {
            out.cache_type_k = kv;
            // Without flash attention llama.cpp keeps V in F16 (the profile's assumption): say so.
            const bool v_fallback = e.llamacpp && e.llamacpp->v_cache_f16_fallback;
            const KvFormat v = s.llamacpp.cache_type_v.value_or(kv);
            out.cache_type_v = v_fallback || llamaCppCacheTypeName(v).empty() ? KvFormat::FP16 : v;
        }
        // -fa as the scenario has it, auto included (the profile sizes auto as llama.cpp resolves it).
        out.flash_attention = s.llamacpp.flash_attention;
        out.ubatch = s.llamacpp.n_ubatch;
        if (s.llamacpp.swa_full) {
            out.swa_full = true;
        }
        if (s.llamacpp.kv_unified) {
            out.kv_unified = true;
        }
        // Tensor placement, -ot first: FitScope applies the rules in that order (scenario.h).
        for (const sizing::TensorOverride& rule : s.llamacpp.tensor_overrides) {
            out.tensor_overrides.push_back(rule.text());
        }
        if (s.llamacpp.cpu_moe) {
            out.cpu_moe = true;
        }
        if (s.llamacpp.n_cpu_moe > 0) {
            out.n_cpu_moe = s.llamacpp.n_cpu_moe;
        }
        break;
    }
    case LaunchRuntime::Vllm: {
        out.model = model.hf_id;
        out.context_tokens = sizing::sequenceTokens(s); // --max-model-len counts the image tokens
        // The profile's --max-num-seqs (its sampler pass samples that many sequences), not the batch:
        // a command with the batch there would profile less than the estimate assumed.
        out.parallel_sequences = s.vllm.max_num_seqs;
        if (s.batch > s.vllm.max_num_seqs) {
            out.warnings.push_back("the batch (" + std::to_string(s.batch) + ") is more than --max-num-seqs " +
                                   std::to_string(s.vllm.max_num_seqs) + ": vLLM runs at most that many at once");
        }
        out.gpu_memory_utilization = s.vllm.gpu_memory_utilization;
        out.max_num_batched_tokens = s.vllm.max_num_batched_tokens;
        if (const auto dtype = vllmKvCacheDtype(kv)) {
            out.cache_type_k = kv == KvFormat::FP8 ? KvFormat::FP8 : kv;
        } else {
            out.warnings.push_back("vLLM has no " + std::string(sizing::kvFormatInfo(kv).id) +
                                   " KV cache; --kv-cache-dtype is left out (auto: 16 bits)");
        }
        if (s.gpu_count > 1) {
            if (s.parallelism == sizing::Parallelism::Pipeline) {
                out.pipeline_parallel = s.gpu_count;
            } else if (s.vllm.pipeline_parallel_size > 1) {
                const std::int64_t stages = std::min(s.vllm.pipeline_parallel_size, s.gpu_count);
                out.pipeline_parallel = stages;
                if (s.gpu_count / stages > 1) {
                    out.tensor_parallel = s.gpu_count / stages;
                }
            } else {
                out.tensor_parallel = s.gpu_count;
            }
        }
        const WeightFormat w = s.precision.weights;
        if (w == WeightFormat::BF16) {
            out.dtype = "bfloat16";
        } else if (w == WeightFormat::FP16) {
            out.dtype = "float16";
        } else if (w == WeightFormat::FP32) {
            out.dtype = "float32";
        } else {
            const std::string q = vllmQuantizationFor(w);
            if (q.empty()) {
                out.warnings.push_back("vLLM has no --quantization method that stores " +
                                       std::string(sizing::formatInfo(w).display_name) +
                                       " as sized; pass the checkpoint's own method");
            } else {
                out.quantization = q;
            }
        }
        if (!s.cuda_graphs) {
            out.enforce_eager = true;
        }
        break;
    }
    case LaunchRuntime::Ollama: {
        out.model = model.ollama_name;
        // Ollama gives the runner num_ctx × OLLAMA_NUM_PARALLEL; num_ctx counts the image tokens
        out.context_tokens = sizing::sequenceTokens(s);
        out.parallel_sequences = s.batch;
        out.gpu_layers = gpu_layers;
        // Ollama's variable is on or off: the setting as the profile resolves it.
        const bool flash = sizing::llamaCppFlashAttention(s);
        out.flash_attention = flash ? sizing::FlashAttention::On : sizing::FlashAttention::Off;
        if (const auto type = ollamaKvCacheType(kv)) {
            out.cache_type_k = kv;
            if (kv != KvFormat::FP16 && !flash) {
                out.warnings.push_back("Ollama applies OLLAMA_KV_CACHE_TYPE only with flash attention on");
            }
        } else {
            out.warnings.push_back("Ollama has no " + std::string(sizing::kvFormatInfo(kv).id) +
                                   " KV cache (f16, q8_0, q4_0); OLLAMA_KV_CACHE_TYPE is left out");
        }
        if (!s.llamacpp.tensor_overrides.empty() || s.llamacpp.cpu_moe || s.llamacpp.n_cpu_moe > 0) {
            out.warnings.push_back("Ollama has no setting for llama.cpp's tensor placement (--n-cpu-moe, "
                                   "--cpu-moe, -ot); the Modelfile cannot keep experts in system RAM");
        }
        if (s.llamacpp.n_ubatch != 512) {
            out.warnings.push_back("Ollama sets the batch itself; the estimate's n_ubatch " +
                                   std::to_string(s.llamacpp.n_ubatch) + " has no Ollama setting here");
        }
        break;
    }
    }
    return out;
}

namespace {

void add(std::vector<std::string>& words, std::string flag, std::string value) {
    words.push_back(std::move(flag));
    words.push_back(std::move(value));
}

std::string joinSplit(const std::vector<double>& split) {
    std::string text;
    for (const double part : split) {
        if (!text.empty()) {
            text += ',';
        }
        text += decimal(part);
    }
    return text;
}

} // namespace

std::vector<std::string> commandWords(const LaunchSettings& s) {
    std::vector<std::string> words;
    for (const auto& [name, value] : s.environment) {
        words.push_back(name + "=" + value);
    }
    switch (s.runtime) {
    case LaunchRuntime::LlamaCpp:
        words.push_back("llama-server");
        add(words, "-m", s.model);
        if (s.mmproj) {
            add(words, "--mmproj", *s.mmproj);
        }
        if (s.context_tokens) {
            add(words, "-c", std::to_string(*s.context_tokens));
        }
        if (s.parallel_sequences) {
            add(words, "-np", std::to_string(*s.parallel_sequences));
        }
        if (s.gpu_layers) {
            add(words, "-ngl", std::to_string(*s.gpu_layers));
        }
        if (s.tensor_split) {
            add(words, "-ts", joinSplit(*s.tensor_split));
        }
        if (s.cache_type_k) {
            add(words, "-ctk", std::string(llamaCppCacheTypeName(*s.cache_type_k)));
        }
        if (s.cache_type_v) {
            add(words, "-ctv", std::string(llamaCppCacheTypeName(*s.cache_type_v)));
        }
        if (s.flash_attention) {
            add(words, "-fa", std::string(sizing::flashAttentionId(*s.flash_attention)));
        }
        if (s.ubatch) {
            add(words, "-ub", std::to_string(*s.ubatch));
        }
        if (s.swa_full && *s.swa_full) {
            words.push_back("--swa-full");
        }
        if (s.kv_unified && *s.kv_unified) {
            words.push_back("-kvu");
        }
        for (const std::string& rule : s.tensor_overrides) {
            add(words, "-ot", rule);
        }
        if (s.cpu_moe && *s.cpu_moe) {
            words.push_back("--cpu-moe");
        }
        if (s.n_cpu_moe) {
            add(words, "--n-cpu-moe", std::to_string(*s.n_cpu_moe));
        }
        break;
    case LaunchRuntime::Vllm:
        words.push_back("vllm");
        words.push_back("serve");
        words.push_back(s.model);
        if (s.context_tokens) {
            add(words, "--max-model-len", std::to_string(*s.context_tokens));
        }
        if (s.gpu_memory_utilization) {
            add(words, "--gpu-memory-utilization", decimal(*s.gpu_memory_utilization));
        }
        if (s.cache_type_k) {
            add(words, "--kv-cache-dtype", *s.cache_type_k == KvFormat::FP8 ? "fp8" : "auto");
        }
        if (s.parallel_sequences) {
            add(words, "--max-num-seqs", std::to_string(*s.parallel_sequences));
        }
        if (s.max_num_batched_tokens) {
            add(words, "--max-num-batched-tokens", std::to_string(*s.max_num_batched_tokens));
        }
        if (s.tensor_parallel) {
            add(words, "-tp", std::to_string(*s.tensor_parallel));
        }
        if (s.pipeline_parallel) {
            add(words, "-pp", std::to_string(*s.pipeline_parallel));
        }
        if (s.dtype) {
            add(words, "--dtype", *s.dtype);
        }
        if (s.quantization) {
            add(words, "--quantization", *s.quantization);
        }
        if (s.enforce_eager && *s.enforce_eager) {
            words.push_back("--enforce-eager");
        }
        break;
    case LaunchRuntime::Ollama: {
        // Ollama's server settings are environment variables (envconfig/config.go).
        auto set_env = [&](const char* name, const std::string& value) {
            words.insert(words.begin() + static_cast<std::ptrdiff_t>(s.environment.size()),
                         std::string(name) + "=" + value);
        };
        if (s.parallel_sequences) {
            set_env("OLLAMA_NUM_PARALLEL", std::to_string(*s.parallel_sequences));
        }
        if (s.cache_type_k) {
            set_env("OLLAMA_KV_CACHE_TYPE", std::string(llamaCppCacheTypeName(*s.cache_type_k)));
        }
        if (s.flash_attention) {
            set_env("OLLAMA_FLASH_ATTENTION", *s.flash_attention == sizing::FlashAttention::Off ? "0" : "1");
        }
        words.push_back("ollama");
        words.push_back("serve");
        break;
    }
    }
    for (const std::string& word : s.unknown) {
        words.push_back(word);
    }
    return words;
}

std::string shellCommand(const LaunchSettings& settings) {
    return joinShellWords(commandWords(settings));
}

std::string ollamaModelfile(const LaunchSettings& s) {
    std::string text = "FROM " + s.model + "\n";
    if (s.context_tokens) {
        text += "PARAMETER num_ctx " + std::to_string(*s.context_tokens) + "\n";
    }
    if (s.gpu_layers) {
        text += "PARAMETER num_gpu " + std::to_string(*s.gpu_layers) + "\n";
    }
    return text;
}

std::string ollamaScript(const LaunchSettings& settings, const std::string& name) {
    return shellCommand(settings) + " &\ncat > Modelfile <<'MODELFILE'\n" + ollamaModelfile(settings) +
           "MODELFILE\nollama create " + shellQuote(name.empty() ? std::string("model") : name) + " -f Modelfile\n";
}

} // namespace fitscope::plan
