#include "core/formats/hf_config.h"

#include "core/formats/hf_config_reader.h"
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

using hf::ConfigReader;

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
    // An explicit "sliding_window": null means no window (Mistral-7B-v0.3, Mistral-Nemo, Mistral-Small-3.x);
    // only an absent key takes the class default.
    const std::int64_t window = c.isNull("sliding_window") ? 0 : c.integer("sliding_window", fallback);
    if (window > 0) {
        spec.sliding_window = {window, 1, 1};
    }
}

std::string supportedList() {
    std::string list;
    for (const std::string& type : supportedModelTypes()) {
        list += (list.empty() ? "" : ", ") + type;
    }
    return list;
}

// Levenshtein distance, for naming the closest supported model_type.
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The supported type an unknown one most resembles: one that starts the same way (qwen3_vl -> qwen3),
// else the nearest by edit distance.
std::string closestModelType(const std::string& type) {
    std::string best;
    std::size_t best_prefix = 0;
    for (const std::string& known : supportedModelTypes()) {
        std::size_t n = 0;
        while (n < known.size() && n < type.size() && known[n] == type[n]) {
            ++n;
        }
        if (n == known.size() && n > best_prefix) {
            best = known;
            best_prefix = n;
        }
    }
    if (!best.empty() && best_prefix >= 4) {
        return best;
    }
    std::size_t best_distance = std::string::npos;
    for (const std::string& known : supportedModelTypes()) {
        const std::size_t d = editDistance(type, known);
        if (d < best_distance) {
            best_distance = d;
            best = known;
        }
    }
    return best;
}

// Families whose layers the engine cannot describe yet, and why (said instead of a guess).
std::string knownUnsupported(const std::string& type) {
    if (type == "jamba") {
        return "Jamba's Mamba layers are Mamba-1 (selective scan with x_proj and dt_proj), a mixer the per-layer "
               "engine does not model (it knows Mamba-2)";
    }
    if (type == "falcon_h1") {
        return "Falcon-H1 runs attention and a Mamba-2 mixer side by side in every layer; the per-layer engine "
               "gives each layer one mixer";
    }
    if (type == "mamba" || type == "falcon_mamba") {
        return "Mamba-1 mixers are not modelled (Mamba-2 is: model_type mamba2)";
    }
    return {};
}

ModelSpec fromConfig(const json& object, const std::string& origin, const json* wrapper) {
    const ConfigReader c(object, origin);
    ModelSpec spec;
    spec.source = origin;
    spec.model_type = c.string("model_type", "");
    if (spec.model_type.empty()) {
        c.fail("has no model_type; supported types: " + supportedList());
    }
    const std::string& type = spec.model_type;
    // Defaults below are those of the transformers configuration class for each model_type.
    if (const hf::FamilyReader family = hf::familyReader(type)) {
        family(c, wrapper, spec);
    } else if (type == "llama") {
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
        hf::applyMlpOnlyLayers(c, spec);
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
        // FalconConfig ties the head by default and transformers and vLLM tie it at load, though the released
        // checkpoints store lm_head separately (falcon-7b: 7,217,189,760 stored, 6,921,720,704 in memory).
        spec.tied_embeddings = c.boolean("tie_word_embeddings", true);
        if (spec.tied_embeddings) {
            spec.stored_extra_params = spec.vocab_size * spec.hidden_size;
            spec.stored_extra_reason = "the checkpoint stores lm_head.weight, tied to the embeddings at load";
        }
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
    } else {
        std::string why = knownUnsupported(type);
        c.fail("model_type '" + type + "' is not supported" + (why.empty() ? "" : ": " + why) +
               " (closest supported family: " + closestModelType(type) +
               "). To size it anyway, give its parameter count (fitscope-cli --params, or Custom in the model "
               "picker): the shape is then assumed. Supported types: " +
               supportedList());
    }
    if (wrapper != nullptr && spec.encoder_params == 0) {
        const hf::EncoderCount encoders = hf::countEncoders(*wrapper, spec.hidden_size, origin);
        if (encoders.params > 0) {
            spec.encoder_params = encoders.params;
            spec.encoder_label = encoders.label;
            spec.image_tokens_per_image = encoders.image_tokens;
            spec.image_tokens_basis = encoders.image_tokens_basis;
        } else if (!encoders.label.empty()) {
            spec.source += " (" + encoders.label + ")"; // said, never guessed
        }
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
    static const std::vector<std::string> types = [] {
        std::vector<std::string> t{"llama", "mistral",  "mixtral",     "qwen2",       "qwen2_moe",
                                   "qwen3", "gemma",    "gemma2",      "phi3",        "falcon",
                                   "gpt2",  "gpt_neox", "deepseek_v2", "deepseek_v3", "mistral3"};
        for (const std::string& family : hf::familyModelTypes()) {
            t.push_back(family);
        }
        return t;
    }();
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
    // Multimodal wrappers (Gemma 3/4, Llama 4, Mistral 3, Qwen3.5) keep the language model under
    // text_config; their vision and audio encoders are counted as their own component.
    if (document.contains("text_config") && document.at("text_config").is_object() &&
        !document.contains("num_hidden_layers")) {
        json text = document.at("text_config");
        if (!text.contains("model_type") && document.contains("model_type")) {
            // Mistral 3 (Mistral-Small-3.x) wraps a Mistral language model.
            text["model_type"] = document.at("model_type") == "mistral3" ? json("mistral") : document.at("model_type");
        }
        // A wrapper's tie_word_embeddings (Gemma 4, Qwen3.5) applies to its language model.
        if (!text.contains("tie_word_embeddings") && document.contains("tie_word_embeddings")) {
            text["tie_word_embeddings"] = document.at("tie_word_embeddings");
        }
        return fromConfig(text, origin + " (text_config)", &document);
    }
    return fromConfig(document, origin, nullptr);
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
