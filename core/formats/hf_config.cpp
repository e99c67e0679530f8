#include "core/formats/hf_config.h"

#include "core/formats/json_depth.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <limits>

namespace fitscope::formats {

namespace {

using nlohmann::json;
using sizing::MlpKind;
using sizing::ModelSpec;
using sizing::NormKind;
using sizing::PositionKind;

constexpr std::int64_t kMaxConfigBytes = 16LL << 20;

// A reader over one config object that knows which file it came from, so every error names it.
class ConfigReader {
public:
    ConfigReader(const json& object, const std::string& origin)
        : m_object(object)
        , m_origin(origin) {}

    bool has(const char* key) const { return m_object.contains(key) && !m_object.at(key).is_null(); }

    // An integer field; `fallback` when the key is absent or null (the transformers class default).
    std::int64_t integer(const char* key, std::int64_t fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& value = m_object.at(key);
        if (value.is_number_integer()) {
            return value.get<std::int64_t>();
        }
        if (value.is_number_unsigned()) {
            const auto u = value.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                fail(std::string(key) + " is too large");
            }
            return static_cast<std::int64_t>(u);
        }
        if (value.is_number_float()) {
            const double d = value.get<double>();
            if (d == static_cast<double>(static_cast<std::int64_t>(d)) && std::abs(d) < 9e15) {
                return static_cast<std::int64_t>(d);
            }
        }
        fail(std::string(key) + " must be a whole number");
    }

    // The first present key among several aliases (GPT-2 uses n_embd, Falcon n_head, ...).
    std::int64_t integerOf(std::initializer_list<const char*> keys, std::int64_t fallback) const {
        for (const char* key : keys) {
            if (has(key)) {
                return integer(key, fallback);
            }
        }
        return fallback;
    }

    bool boolean(const char* key, bool fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& value = m_object.at(key);
        if (!value.is_boolean()) {
            fail(std::string(key) + " must be true or false");
        }
        return value.get<bool>();
    }

    std::string string(const char* key, const std::string& fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& value = m_object.at(key);
        if (!value.is_string()) {
            fail(std::string(key) + " must be a string");
        }
        return value.get<std::string>();
    }

    const json& raw(const char* key) const { return m_object.at(key); }

    [[noreturn]] void fail(const std::string& what) const { throw FormatError(m_origin + ": " + what); }

private:
    const json& m_object;
    const std::string& m_origin;
};

// Fields shared by the Llama family and its descendants, with that class's defaults.
void readLlamaLike(const ConfigReader& c, ModelSpec& spec, std::int64_t vocab, std::int64_t hidden,
                   std::int64_t intermediate, std::int64_t layers, std::int64_t heads, std::int64_t kv_heads,
                   std::int64_t max_positions, bool tied) {
    spec.vocab_size = c.integer("vocab_size", vocab);
    spec.hidden_size = c.integer("hidden_size", hidden);
    spec.intermediate_size = c.integer("intermediate_size", intermediate);
    spec.num_layers = c.integer("num_hidden_layers", layers);
    spec.num_heads = c.integer("num_attention_heads", heads);
    spec.num_kv_heads = c.integer("num_key_value_heads", kv_heads > 0 ? kv_heads : spec.num_heads);
    spec.head_dim = c.integer("head_dim", spec.num_heads > 0 ? spec.hidden_size / spec.num_heads : 0);
    spec.max_positions = c.integer("max_position_embeddings", max_positions);
    spec.tied_embeddings = c.boolean("tie_word_embeddings", tied);
    spec.qkv_bias = c.boolean("attention_bias", false);
    spec.attn_out_bias = spec.qkv_bias;
    spec.mlp_bias = c.boolean("mlp_bias", false);
    spec.mlp_kind = MlpKind::Gated;
    spec.norm_kind = NormKind::RmsNorm;
    spec.position_kind = PositionKind::Rotary;
}

void readSlidingWindowAll(const ConfigReader& c, ModelSpec& spec, std::int64_t fallback) {
    const std::int64_t window = c.integer("sliding_window", fallback);
    if (window > 0) {
        spec.sliding_window = {window, 1, 1};
    }
}

ModelSpec fromConfig(const json& object, const std::string& origin) {
    const ConfigReader c(object, origin);
    ModelSpec spec;
    spec.source = origin;
    spec.model_type = c.string("model_type", "");
    if (spec.model_type.empty()) {
        c.fail("has no model_type; supported types: llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, gemma, gemma2, "
               "phi3, falcon, gpt2, gpt_neox, deepseek_v2, deepseek_v3");
    }
    const std::string& type = spec.model_type;
    // Defaults below are those of the transformers configuration class for each model_type.
    if (type == "llama") {
        readLlamaLike(c, spec, 32000, 4096, 11008, 32, 32, 0, 2048, false);
    } else if (type == "mistral") {
        readLlamaLike(c, spec, 32000, 4096, 14336, 32, 32, 8, 4096 * 32, false);
        readSlidingWindowAll(c, spec, 4096);
    } else if (type == "mixtral") {
        readLlamaLike(c, spec, 32000, 4096, 14336, 32, 32, 8, 4096 * 32, false);
        readSlidingWindowAll(c, spec, 0);
        spec.moe.num_experts = c.integer("num_local_experts", 8);
        spec.moe.experts_per_token = c.integer("num_experts_per_tok", 2);
        spec.moe.expert_intermediate_size = spec.intermediate_size;
    } else if (type == "qwen2" || type == "qwen3") {
        const bool qwen3 = type == "qwen3";
        readLlamaLike(c, spec, 151936, 4096, 22016, 32, 32, 32, 32768, false);
        spec.qkv_bias = qwen3 ? c.boolean("attention_bias", false) : true; // Qwen2 hard-codes q/k/v biases
        spec.attn_out_bias = false;
        if (qwen3) {
            spec.qk_norm = true;
        }
        if (c.boolean("use_sliding_window", false)) {
            // Layers from max_window_layers on use the window; not expressible as a period, so the
            // cache is sized without it (larger, never smaller) and the spec says so.
            spec.source += " (use_sliding_window ignored: sized as full attention)";
        }
    } else if (type == "qwen2_moe") {
        readLlamaLike(c, spec, 151936, 2048, 5632, 24, 16, 16, 32768, false);
        spec.qkv_bias = true;
        spec.attn_out_bias = false;
        spec.moe.num_experts = c.integer("num_experts", 60);
        spec.moe.experts_per_token = c.integer("num_experts_per_tok", 4);
        spec.moe.expert_intermediate_size = c.integer("moe_intermediate_size", 1408);
        spec.moe.shared_intermediate_size = c.integer("shared_expert_intermediate_size", 5632);
        spec.moe.shared_expert_gate = true;
        spec.moe.layer_period = c.integer("decoder_sparse_step", 1);
        if (c.has("mlp_only_layers") && c.raw("mlp_only_layers").is_array() && !c.raw("mlp_only_layers").empty()) {
            c.fail("mlp_only_layers is not supported yet (a dense layer among MoE layers)");
        }
    } else if (type == "gemma") {
        readLlamaLike(c, spec, 256000, 3072, 24576, 28, 16, 16, 8192, true);
        spec.head_dim = c.integer("head_dim", 256);
    } else if (type == "gemma2") {
        readLlamaLike(c, spec, 256000, 2304, 9216, 26, 8, 4, 8192, true);
        spec.head_dim = c.integer("head_dim", 256);
        spec.norms_per_layer = 4; // input, post-attention, pre- and post-feed-forward
        const std::int64_t window = c.integer("sliding_window", 4096);
        if (window > 0) {
            spec.sliding_window = {window, 2, 1}; // even layers slide, odd layers attend globally
        }
    } else if (type == "phi3") {
        readLlamaLike(c, spec, 32064, 3072, 8192, 32, 32, 0, 4096, false);
        readSlidingWindowAll(c, spec, 0);
        spec.fused_qkv = true;
    } else if (type == "falcon") {
        spec.vocab_size = c.integer("vocab_size", 65024);
        spec.hidden_size = c.integerOf({"hidden_size", "n_embed"}, 4544);
        spec.num_layers = c.integerOf({"num_hidden_layers", "n_layer"}, 32);
        spec.num_heads = c.integerOf({"num_attention_heads", "n_head"}, 71);
        const bool new_arch = c.boolean("new_decoder_architecture", false);
        const bool multi_query = c.boolean("multi_query", true);
        if (new_arch) {
            spec.num_kv_heads = c.integerOf({"num_kv_heads", "n_head_kv"}, spec.num_heads);
        } else {
            spec.num_kv_heads = multi_query ? 1 : spec.num_heads;
        }
        spec.head_dim = spec.num_heads > 0 ? spec.hidden_size / spec.num_heads : 0;
        spec.intermediate_size = c.integer("ffn_hidden_size", 4 * spec.hidden_size);
        spec.mlp_kind = MlpKind::Plain;
        spec.norm_kind = NormKind::LayerNorm;
        const bool bias = c.boolean("bias", false);
        spec.qkv_bias = spec.attn_out_bias = spec.mlp_bias = bias;
        spec.position_kind = c.boolean("alibi", false) ? PositionKind::Alibi : PositionKind::Rotary;
        const bool parallel = c.boolean("parallel_attn", true);
        spec.norms_per_layer = new_arch ? c.integer("num_ln_in_parallel_attn", 2) : (parallel ? 1 : 2);
        spec.fused_qkv = true;
        // Released Falcon checkpoints store lm_head separately (falcon-7b: 7,217,189,760 parameters).
        spec.tied_embeddings = c.boolean("tie_word_embeddings", false);
        spec.max_positions = c.integer("max_position_embeddings", 2048);
    } else if (type == "gpt2") {
        spec.vocab_size = c.integer("vocab_size", 50257);
        spec.hidden_size = c.integer("n_embd", 768);
        spec.num_layers = c.integer("n_layer", 12);
        spec.num_heads = c.integer("n_head", 12);
        spec.num_kv_heads = spec.num_heads;
        spec.head_dim = spec.num_heads > 0 ? spec.hidden_size / spec.num_heads : 0;
        spec.intermediate_size = c.integer("n_inner", 4 * spec.hidden_size);
        spec.max_positions = c.integer("n_positions", 1024);
        spec.mlp_kind = MlpKind::Plain;
        spec.norm_kind = NormKind::LayerNorm;
        spec.position_kind = PositionKind::Learned;
        spec.qkv_bias = spec.attn_out_bias = spec.mlp_bias = true;
        spec.fused_qkv = true;
        spec.tied_embeddings = c.boolean("tie_word_embeddings", true);
    } else if (type == "gpt_neox") {
        spec.vocab_size = c.integer("vocab_size", 50432);
        spec.hidden_size = c.integer("hidden_size", 6144);
        spec.num_layers = c.integer("num_hidden_layers", 44);
        spec.num_heads = c.integer("num_attention_heads", 64);
        spec.num_kv_heads = spec.num_heads;
        spec.head_dim = spec.num_heads > 0 ? spec.hidden_size / spec.num_heads : 0;
        spec.intermediate_size = c.integer("intermediate_size", 24576);
        spec.max_positions = c.integer("max_position_embeddings", 2048);
        spec.mlp_kind = MlpKind::Plain;
        spec.norm_kind = NormKind::LayerNorm;
        spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", true);
        spec.mlp_bias = true;
        spec.fused_qkv = true;
        spec.tied_embeddings = c.boolean("tie_word_embeddings", false);
    } else if (type == "deepseek_v2" || type == "deepseek_v3") {
        const bool v3 = type == "deepseek_v3";
        readLlamaLike(c, spec, v3 ? 129280 : 102400, v3 ? 7168 : 4096, v3 ? 18432 : 11008, v3 ? 61 : 30, v3 ? 128 : 32,
                      v3 ? 128 : 32, v3 ? 4096 : 2048, false);
        // An explicit null means "no query compression" (V2-Lite); an absent key takes the class default.
        spec.mla.q_lora_rank =
            object.contains("q_lora_rank") && object.at("q_lora_rank").is_null() ? 0 : c.integer("q_lora_rank", 1536);
        spec.mla.kv_lora_rank = c.integer("kv_lora_rank", 512);
        spec.mla.qk_rope_head_dim = c.integer("qk_rope_head_dim", 64);
        spec.mla.qk_nope_head_dim = c.integer("qk_nope_head_dim", 128);
        spec.mla.v_head_dim = c.integer("v_head_dim", 128);
        spec.head_dim = spec.mla.qk_nope_head_dim + spec.mla.qk_rope_head_dim;
        spec.num_kv_heads = spec.num_heads; // MLA: every head has its own (decompressed) K and V
        spec.moe.num_experts = c.integer("n_routed_experts", v3 ? 256 : 0);
        if (spec.moe.num_experts > 0) {
            spec.moe.experts_per_token = c.integer("num_experts_per_tok", v3 ? 8 : 0);
            spec.moe.expert_intermediate_size = c.integer("moe_intermediate_size", v3 ? 2048 : 1407);
            spec.moe.shared_experts = c.integer("n_shared_experts", v3 ? 1 : 0);
            spec.moe.first_dense_layers = c.integer("first_k_dense_replace", v3 ? 3 : 0);
            spec.moe.layer_period = c.integer("moe_layer_freq", 1);
            spec.moe.router_bias = v3; // e_score_correction_bias
        }
    } else {
        c.fail("model_type '" + type +
               "' is not supported; supported types: llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, gemma, gemma2, "
               "phi3, falcon, gpt2, gpt_neox, deepseek_v2, deepseek_v3");
    }

    // Sanity: the reader refuses what the engine could not size, with the field named.
    if (const std::string problem = sizing::validate(spec); !problem.empty()) {
        c.fail(problem);
    }
    if (spec.max_positions <= 0) {
        spec.max_positions = 2048;
    }
    return spec;
}

} // namespace

const std::vector<std::string>& supportedModelTypes() {
    static const std::vector<std::string> types{"llama", "mistral",  "mixtral",     "qwen2",      "qwen2_moe",
                                                "qwen3", "gemma",    "gemma2",      "phi3",       "falcon",
                                                "gpt2",  "gpt_neox", "deepseek_v2", "deepseek_v3"};
    return types;
}

sizing::ModelSpec parseHfConfig(std::string_view json_text, const std::string& origin) {
    if (static_cast<std::int64_t>(json_text.size()) > kMaxConfigBytes) {
        throw FormatError(origin + ": larger than 16 MiB, not a config.json");
    }
    const json document = parseJsonBounded(json_text, origin);
    if (!document.is_object()) {
        throw FormatError(origin + ": not a JSON object");
    }
    // Multimodal wrappers (Gemma 3, LLaVA) keep the language model under text_config.
    if (document.contains("text_config") && document.at("text_config").is_object() &&
        !document.contains("num_hidden_layers")) {
        json text = document.at("text_config");
        if (!text.contains("model_type") && document.contains("model_type")) {
            text["model_type"] = document.at("model_type");
        }
        return fromConfig(text, origin + " (text_config)");
    }
    return fromConfig(document, origin);
}

sizing::ModelSpec readHfConfig(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::path file = path;
    if (std::filesystem::is_directory(path, ec)) {
        file = path / "config.json";
    }
    const std::string origin = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw FormatError(origin + ": cannot open the file");
    }
    std::string text;
    text.resize(static_cast<std::size_t>(kMaxConfigBytes) + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (static_cast<std::int64_t>(text.size()) > kMaxConfigBytes) {
        throw FormatError(origin + ": larger than 16 MiB, not a config.json");
    }
    return parseHfConfig(text, origin);
}

} // namespace fitscope::formats
