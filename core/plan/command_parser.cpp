#include "core/plan/command_parser.h"

#include "core/sizing/image_tokens.h"
#include "core/sizing/llamacpp_profile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <regex>

namespace fitscope::plan {

using sizing::KvFormat;

namespace {

std::string_view baseName(std::string_view program) {
    const std::size_t slash = program.find_last_of("/\\");
    std::string_view name = slash == std::string_view::npos ? program : program.substr(slash + 1);
    if (name.ends_with(".exe")) {
        name.remove_suffix(4);
    }
    return name;
}

bool isEnvironmentWord(const std::string& word) {
    const std::size_t eq = word.find('=');
    if (eq == std::string::npos || eq == 0) {
        return false;
    }
    for (std::size_t i = 0; i < eq; ++i) {
        const char c = word[i];
        const bool ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::int64_t parseInteger(const std::string& flag, const std::string& text, std::int64_t min, std::int64_t max) {
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end) {
        throw CommandError(flag + ": '" + text + "' is not a whole number");
    }
    if (value < min || value > max) {
        throw CommandError(flag + ": " + text + " is impossible (" + std::to_string(min) + " to " +
                           std::to_string(max) + ")");
    }
    return value;
}

double parseDecimal(const std::string& flag, const std::string& text, double min, double max) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
        throw CommandError(flag + ": '" + text + "' is not a number");
    }
    if (value < min || value > max) {
        char range[64];
        std::snprintf(range, sizeof range, "%g to %g", min, max);
        throw CommandError(flag + ": " + text + " is impossible (" + range + ")");
    }
    return value;
}

// Reads flags as llama.cpp's and vLLM's parsers do: "--flag value" or "--flag=value".
class Words {
public:
    explicit Words(std::vector<std::string> words, std::size_t start)
        : m_words(std::move(words))
        , m_pos(start) {}
    bool done() const { return m_pos >= m_words.size(); }
    std::string next() { return m_words[m_pos++]; }
    bool peekIsValue() const {
        if (done()) {
            return false;
        }
        const std::string& w = m_words[m_pos];
        return w.empty() || w[0] != '-' || (w.size() > 1 && (std::isdigit(static_cast<unsigned char>(w[1])) != 0));
    }
    const std::string& peek() const { return m_words[m_pos]; }
    std::string value(const std::string& flag, std::optional<std::string>& inline_value) {
        if (inline_value) {
            std::string v = *inline_value;
            inline_value.reset();
            return v;
        }
        if (done()) {
            throw CommandError(flag + ": the value is missing");
        }
        return next();
    }

private:
    std::vector<std::string> m_words;
    std::size_t m_pos;
};

KvFormat llamaCacheType(const std::string& flag, const std::string& text) {
    const auto format = kvFormatFromLlamaCppName(text);
    if (!format) {
        throw CommandError(flag + ": cache type '" + text +
                           "' is not one llama.cpp takes (f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1)");
    }
    return *format;
}

bool onOff(const std::string& flag, const std::string& text) {
    if (text == "on" || text == "1" || text == "true" || text == "enabled") {
        return true;
    }
    if (text == "off" || text == "0" || text == "false" || text == "disabled") {
        return false;
    }
    throw CommandError(flag + ": '" + text + "' is neither on nor off");
}

void checkOverride(const std::string& flag, const std::string& value, std::vector<std::string>& rules) {
    // llama.cpp splits the value at commas into PATTERN=BUFFER pairs (common/arg.cpp,
    // parse_tensor_buffer_overrides) and compiles each pattern with std::regex when it loads the model;
    // sizing::parseTensorOverrides checks them the same way.
    try {
        for (const sizing::TensorOverride& rule : sizing::parseTensorOverrides(value)) {
            rules.push_back(rule.text());
        }
    } catch (const sizing::TensorOverrideError& error) {
        throw CommandError(flag + ": " + error.what());
    }
}

constexpr std::int64_t kMaxCount = 1LL << 26;

void parseLlamaCpp(Words& in, LaunchSettings& s) {
    while (!in.done()) {
        std::string word = in.next();
        std::optional<std::string> inline_value;
        if (word.starts_with("--") && word.find('=') != std::string::npos) {
            inline_value = word.substr(word.find('=') + 1);
            word = word.substr(0, word.find('='));
        }
        const std::string& f = word;
        if (f == "-m" || f == "--model") {
            s.model = in.value(f, inline_value);
        } else if (f == "-mm" || f == "--mmproj") {
            s.mmproj = in.value(f, inline_value);
        } else if (f == "-c" || f == "--ctx-size") {
            // 0 = the model's training context (llama.cpp's n_ctx_train).
            s.context_tokens = parseInteger(f, in.value(f, inline_value), 0, sizing::kMaxContextTokens);
        } else if (f == "-np" || f == "--parallel") {
            // -1 is llama-server's "auto" (its default): left unset, as if -np were not given.
            const std::int64_t n = parseInteger(f, in.value(f, inline_value), -1, sizing::kMaxBatch);
            if (n == 0) {
                throw CommandError(f + ": 0 is impossible (1 or more, or -1 for auto)");
            }
            if (n > 0) {
                s.parallel_sequences = n;
            } else {
                s.parallel_sequences.reset();
            }
        } else if (f == "-ngl" || f == "--gpu-layers" || f == "--n-gpu-layers") {
            const std::string v = in.value(f, inline_value);
            // "all" and "auto" are newer spellings of every layer (-1 in FitScope's scenario).
            s.gpu_layers = (v == "all" || v == "auto") ? -1 : parseInteger(f, v, -1, 1LL << 40);
        } else if (f == "-ctk" || f == "--cache-type-k") {
            s.cache_type_k = llamaCacheType(f, in.value(f, inline_value));
        } else if (f == "-ctv" || f == "--cache-type-v") {
            s.cache_type_v = llamaCacheType(f, in.value(f, inline_value));
        } else if (f == "-fa" || f == "--flash-attn") {
            // Builds before the 2025 releases: a bare switch (on); since then on|off|auto (common/arg.cpp),
            // so a following word is -fa's value only when it is one of those.
            if (inline_value || (in.peekIsValue() && sizing::flashAttentionFromId(in.peek()))) {
                const std::string v = in.value(f, inline_value);
                const auto setting = sizing::flashAttentionFromId(v);
                if (!setting) {
                    throw CommandError(f + ": '" + v + "' is not on, off or auto");
                }
                s.flash_attention = *setting;
            } else {
                s.flash_attention = sizing::FlashAttention::On;
            }
        } else if (f == "-ub" || f == "--ubatch-size") {
            s.ubatch = parseInteger(f, in.value(f, inline_value), 1, 1 << 20);
        } else if (f == "-ts" || f == "--tensor-split") {
            const std::string v = in.value(f, inline_value);
            std::vector<double> split;
            std::size_t begin = 0;
            while (begin <= v.size()) {
                const std::size_t sep = v.find_first_of(",/", begin);
                split.push_back(parseDecimal(f, v.substr(begin, sep == std::string::npos ? sep : sep - begin), 0, 1e9));
                if (sep == std::string::npos) {
                    break;
                }
                begin = sep + 1;
            }
            s.tensor_split = split;
        } else if (f == "--swa-full") {
            s.swa_full = true;
        } else if (f == "-kvu" || f == "--kv-unified") {
            s.kv_unified = true;
        } else if (f == "-no-kvu" || f == "--no-kv-unified") {
            s.kv_unified = false;
        } else if (f == "-ot" || f == "--override-tensor") {
            if (s.cpu_moe || s.n_cpu_moe) {
                // FitScope applies -ot rules before the shorthands' (as its launch commands write them);
                // llama.cpp keeps the command's order, which differs only where both match one tensor.
                s.warnings.push_back(f + " after --cpu-moe / --n-cpu-moe: sized as if it came first");
            }
            checkOverride(f, in.value(f, inline_value), s.tensor_overrides);
        } else if (f == "-cmoe" || f == "--cpu-moe") {
            s.cpu_moe = true;
        } else if (f == "-ncmoe" || f == "--n-cpu-moe") {
            // common/arg.cpp: "if (value < 0) throw invalid_argument"; 0 adds no rule.
            s.n_cpu_moe = parseInteger(f, in.value(f, inline_value), 0, 1LL << 20);
        } else {
            // Not modelled: keep the flag and, when the next word is not a flag, its value.
            s.unknown.push_back(inline_value ? f + "=" + *inline_value : f);
            if (!inline_value && f.starts_with("-") && in.peekIsValue()) {
                s.unknown.push_back(in.next());
            }
        }
    }
}

void parseVllm(Words& in, LaunchSettings& s, bool model_positional) {
    while (!in.done()) {
        std::string word = in.next();
        std::optional<std::string> inline_value;
        if (word.starts_with("--") && word.find('=') != std::string::npos) {
            inline_value = word.substr(word.find('=') + 1);
            word = word.substr(0, word.find('='));
        }
        const std::string& f = word;
        if (model_positional && s.model.empty() && !f.starts_with("-")) {
            s.model = f;
        } else if (f == "--model") {
            s.model = in.value(f, inline_value);
        } else if (f == "--max-model-len") {
            s.context_tokens = parseInteger(f, in.value(f, inline_value), 1, sizing::kMaxContextTokens);
        } else if (f == "--gpu-memory-utilization") {
            const double v = parseDecimal(f, in.value(f, inline_value), 0, 1);
            if (v <= 0) {
                throw CommandError(f + ": 0 is impossible (more than 0, at most 1)");
            }
            s.gpu_memory_utilization = v;
        } else if (f == "--kv-cache-dtype") {
            const std::string v = in.value(f, inline_value);
            if (v == "auto" || v == "bfloat16") {
                s.cache_type_k = KvFormat::FP16;
            } else if (v == "fp8" || v == "fp8_e4m3" || v == "fp8_e5m2") {
                s.cache_type_k = KvFormat::FP8;
            } else {
                throw CommandError(f + ": '" + v + "' is not one FitScope sizes (auto, fp8, fp8_e4m3, fp8_e5m2)");
            }
        } else if (f == "--max-num-seqs") {
            s.parallel_sequences = parseInteger(f, in.value(f, inline_value), 1, sizing::kMaxBatch);
        } else if (f == "--max-num-batched-tokens") {
            s.max_num_batched_tokens = parseInteger(f, in.value(f, inline_value), 1, sizing::kMaxContextTokens);
        } else if (f == "-tp" || f == "--tensor-parallel-size") {
            s.tensor_parallel = parseInteger(f, in.value(f, inline_value), 1, sizing::kMaxGpuCount);
        } else if (f == "-pp" || f == "--pipeline-parallel-size") {
            s.pipeline_parallel = parseInteger(f, in.value(f, inline_value), 1, sizing::kMaxGpuCount);
        } else if (f == "-q" || f == "--quantization") {
            s.quantization = in.value(f, inline_value);
        } else if (f == "--dtype") {
            s.dtype = in.value(f, inline_value);
        } else if (f == "--enforce-eager") {
            s.enforce_eager = true;
        } else {
            s.unknown.push_back(inline_value ? f + "=" + *inline_value : f);
            if (!inline_value && f.starts_with("-") && in.peekIsValue()) {
                s.unknown.push_back(in.next());
            }
        }
    }
}

void parseOllamaEnvironment(LaunchSettings& s) {
    std::vector<std::pair<std::string, std::string>> kept;
    for (const auto& [name, value] : s.environment) {
        if (name == "OLLAMA_NUM_PARALLEL") {
            s.parallel_sequences = parseInteger(name, value, 1, sizing::kMaxBatch);
        } else if (name == "OLLAMA_FLASH_ATTENTION") {
            s.flash_attention = onOff(name, value) ? sizing::FlashAttention::On : sizing::FlashAttention::Off;
        } else if (name == "OLLAMA_KV_CACHE_TYPE") {
            if (value != "f16" && value != "q8_0" && value != "q4_0") {
                throw CommandError(name + ": '" + value + "' is not one of f16, q8_0, q4_0");
            }
            s.cache_type_k = kvFormatFromLlamaCppName(value);
        } else {
            kept.emplace_back(name, value);
        }
    }
    s.environment = std::move(kept);
}

} // namespace

LaunchSettings parseLaunchCommand(std::string_view command) {
    std::vector<std::string> words = splitShellWords(command);
    LaunchSettings s;
    std::size_t i = 0;
    while (i < words.size() && isEnvironmentWord(words[i])) {
        const std::size_t eq = words[i].find('=');
        s.environment.emplace_back(words[i].substr(0, eq), words[i].substr(eq + 1));
        ++i;
    }
    if (i >= words.size()) {
        throw CommandError("the command names no program (llama-server, vllm serve, ollama serve)");
    }
    const std::string program = words[i];
    const std::string_view name = baseName(program);
    if (name.starts_with("llama-") || name == "llama-server" || name == "main" || name == "server" ||
        program.find("llama-") != std::string::npos) {
        s.runtime = LaunchRuntime::LlamaCpp;
        // llama-server (and the old examples/server binary, "server") is LLAMA_EXAMPLE_SERVER.
        s.llama_server = name == "llama-server" || name == "server";
        Words in(std::move(words), i + 1);
        parseLlamaCpp(in, s);
        if (s.model.empty()) {
            throw CommandError("-m: the command names no model file");
        }
        return s;
    }
    if (name == "vllm") {
        if (i + 1 >= words.size() || words[i + 1] != "serve") {
            throw CommandError("vllm: only `vllm serve` starts a server");
        }
        s.runtime = LaunchRuntime::Vllm;
        Words in(std::move(words), i + 2);
        parseVllm(in, s, true);
    } else if (name.starts_with("python") && i + 2 < words.size() && words[i + 1] == "-m" &&
               words[i + 2].starts_with("vllm.entrypoints")) {
        s.runtime = LaunchRuntime::Vllm;
        Words in(std::move(words), i + 3);
        parseVllm(in, s, false);
    } else if (name == "ollama") {
        s.runtime = LaunchRuntime::Ollama;
        parseOllamaEnvironment(s);
        if (i + 1 >= words.size() || (words[i + 1] != "serve" && words[i + 1] != "run")) {
            throw CommandError("ollama: only `ollama serve` or `ollama run MODEL` start a model");
        }
        if (words[i + 1] == "run") {
            if (i + 2 >= words.size()) {
                throw CommandError("ollama run: the model name is missing");
            }
            s.model = words[i + 2];
            for (std::size_t j = i + 3; j < words.size(); ++j) {
                s.unknown.push_back(words[j]);
            }
        } else {
            for (std::size_t j = i + 2; j < words.size(); ++j) {
                s.unknown.push_back(words[j]);
            }
        }
        return s;
    } else {
        throw CommandError("'" + program + "' is not a runtime FitScope knows (llama-server, vllm serve, ollama)");
    }
    if (s.model.empty()) {
        throw CommandError("vllm serve: the command names no model");
    }
    return s;
}

sizing::Scenario scenarioFromSettings(const LaunchSettings& s, const sizing::Scenario& base) {
    sizing::Scenario out = base;
    out.runtime = s.runtime == LaunchRuntime::Vllm ? sizing::Runtime::Vllm : sizing::Runtime::LlamaCpp;
    // llama.cpp's K type (-ctk) is the scenario's KV format; a different V type (-ctv) is kept apart
    // (the llama.cpp profile sizes K and V rows each with its own type). Without -ctk, K keeps the
    // scenario's format, whatever -ctv says.
    if (s.cache_type_k) {
        out.precision.kv_cache = *s.cache_type_k;
    }
    if (s.runtime == LaunchRuntime::LlamaCpp) {
        if (s.cache_type_v && *s.cache_type_v != out.precision.kv_cache) {
            out.llamacpp.cache_type_v = *s.cache_type_v;
        } else if (s.cache_type_v) {
            out.llamacpp.cache_type_v.reset();
        }
    } else if (!s.cache_type_k && s.cache_type_v) {
        out.precision.kv_cache = *s.cache_type_v;
    }
    switch (s.runtime) {
    case LaunchRuntime::LlamaCpp: {
        // llama-server without -np runs kServerAutoSlots slots on one unified cache (even with -no-kvu);
        // the other tools one sequence.
        const bool auto_slots = s.llama_server && !s.parallel_sequences;
        const std::int64_t sequences =
            s.parallel_sequences.value_or(auto_slots ? sizing::llamacpp_constants::kServerAutoSlots : 1);
        out.batch = sequences;
        if (s.context_tokens) {
            std::int64_t n_ctx = *s.context_tokens;
            if (n_ctx == 0) {
                n_ctx = base.model ? base.model->spec.max_positions : 0;
                if (n_ctx <= 0) {
                    throw CommandError("-c 0: the model's training context is unknown; give -c N");
                }
            }
            // n_ctx holds all sequences; each gets n_ctx / n_seq (llama-context.cpp n_ctx_seq).
            out.context_tokens = std::max<std::int64_t>(1, n_ctx / sequences);
        }
        if (s.gpu_layers) {
            out.llamacpp.n_gpu_layers = *s.gpu_layers < 0 ? -1 : *s.gpu_layers;
        }
        if (s.flash_attention) {
            out.llamacpp.flash_attention = *s.flash_attention;
        }
        if (s.ubatch) {
            out.llamacpp.n_ubatch = *s.ubatch;
        }
        if (s.swa_full) {
            out.llamacpp.swa_full = *s.swa_full;
        }
        // Tensor placement: what the command gives, nothing of the base's (llama.cpp's default is none).
        out.llamacpp.tensor_overrides.clear();
        for (const std::string& rule : s.tensor_overrides) {
            for (sizing::TensorOverride& o : sizing::parseTensorOverrides(rule)) {
                out.llamacpp.tensor_overrides.push_back(std::move(o));
            }
        }
        out.llamacpp.cpu_moe = s.cpu_moe.value_or(false);
        out.llamacpp.n_cpu_moe = s.n_cpu_moe.value_or(0);
        if (auto_slots) {
            out.llamacpp.kv_unified = true;
        } else if (s.kv_unified) {
            out.llamacpp.kv_unified = *s.kv_unified;
        } else {
            out.llamacpp.kv_unified = false; // llama.cpp's default (common.h kv_unified = false)
        }
        if (s.tensor_split) {
            out.gpu_count = static_cast<std::int64_t>(s.tensor_split->size());
        } else {
            for (const auto& [name, value] : s.environment) {
                if (name == "CUDA_VISIBLE_DEVICES" && !value.empty()) {
                    out.gpu_count = 1 + static_cast<std::int64_t>(std::count(value.begin(), value.end(), ','));
                }
            }
        }
        break;
    }
    case LaunchRuntime::Vllm: {
        if (s.context_tokens) {
            out.context_tokens = *s.context_tokens;
        }
        if (s.parallel_sequences) {
            // --max-num-seqs caps the sequences run together and is what the profiling run samples.
            out.batch = *s.parallel_sequences;
            out.vllm.max_num_seqs = *s.parallel_sequences;
        }
        if (s.gpu_memory_utilization) {
            out.vllm.gpu_memory_utilization = *s.gpu_memory_utilization;
        }
        if (s.max_num_batched_tokens) {
            out.vllm.max_num_batched_tokens = *s.max_num_batched_tokens;
        }
        const std::int64_t tp = s.tensor_parallel.value_or(1);
        const std::int64_t pp = s.pipeline_parallel.value_or(1);
        if (tp > 1 && pp > 1) {
            // FitScope sizes one kind of parallelism per scenario: tp × pp GPUs are sized as tensor
            // parallelism over all of them (an approximation of the pipeline of tensor-parallel stages).
            out.gpu_count = tp * pp;
            out.parallelism = sizing::Parallelism::Tensor;
        } else if (pp > 1) {
            out.gpu_count = pp;
            out.parallelism = sizing::Parallelism::Pipeline;
        } else if (tp > 1 || s.tensor_parallel) {
            out.gpu_count = tp;
            out.parallelism = sizing::Parallelism::Tensor;
        }
        if (s.enforce_eager) {
            out.cuda_graphs = !*s.enforce_eager;
        }
        if (s.quantization) {
            const std::string& q = *s.quantization;
            if (q == "gptq" || q == "gptq_marlin") {
                out.precision.weights = sizing::WeightFormat::GPTQ_INT4_G128;
            } else if (q == "awq" || q == "awq_marlin") {
                out.precision.weights = sizing::WeightFormat::AWQ_INT4_G128;
            } else if (q == "fp8") {
                out.precision.weights = sizing::WeightFormat::FP8_E4M3;
            } else if (q == "mxfp4") {
                out.precision.weights = sizing::WeightFormat::MXFP4;
            } else if (q == "bitsandbytes") {
                out.precision.weights = sizing::WeightFormat::NF4;
            }
            // Other methods (gguf, compressed-tensors, modelopt, ...) keep base's weight format.
        } else if (s.dtype) {
            if (*s.dtype == "bfloat16") {
                out.precision.weights = sizing::WeightFormat::BF16;
            } else if (*s.dtype == "float16" || *s.dtype == "half") {
                out.precision.weights = sizing::WeightFormat::FP16;
            } else if (*s.dtype == "float32" || *s.dtype == "float") {
                out.precision.weights = sizing::WeightFormat::FP32;
            }
        }
        break;
    }
    case LaunchRuntime::Ollama: {
        if (s.context_tokens) {
            out.context_tokens = *s.context_tokens;
        }
        if (s.parallel_sequences) {
            out.batch = *s.parallel_sequences;
        }
        if (s.gpu_layers) {
            out.llamacpp.n_gpu_layers = *s.gpu_layers;
        }
        // Ollama 0.11 (envconfig/config.go) keeps flash attention off unless OLLAMA_FLASH_ATTENTION is set.
        out.llamacpp.flash_attention = s.flash_attention.value_or(sizing::FlashAttention::Off);
        break;
    }
    }
    // A command's length holds the images' tokens too (settingsForScenario writes both): what is left is text.
    if (s.context_tokens) {
        const std::int64_t image_tokens = sizing::imageTokensPerSequence(out);
        out.context_tokens = std::max<std::int64_t>(1, out.context_tokens - image_tokens);
    }
    return out;
}

} // namespace fitscope::plan
