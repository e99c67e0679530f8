// config.json readers of the families whose layers differ from one another: each fills the model's
// layer list. Defaults are those of the transformers configuration class of each model_type (or of the
// model's own configuration_*.py where transformers has none); every per-layer list is checked
// against num_hidden_layers, and what cannot be read is refused naming the key.
#include "core/formats/hf_config_reader.h"
#include "core/sizing/model_spec.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace fitscope::formats::hf {

namespace {

using sizing::LayerMlpKind;
using sizing::LayerSpec;
using sizing::MixerKind;
using sizing::MlpKind;
using sizing::ModelSpec;
using sizing::NormKind;
using sizing::PositionKind;

// The decoder's common fields with the class defaults of the family.
struct Defaults {
    std::int64_t vocab = 32000;
    std::int64_t hidden = 4096;
    std::int64_t intermediate = 11008;
    std::int64_t layers = 32;
    std::int64_t heads = 32;
    std::int64_t kv_heads = 0; // 0 = as many as heads
    std::int64_t head_dim = 0; // 0 = hidden / heads
    std::int64_t max_positions = 4096;
    bool tied = false;
};

void readCommon(const ConfigReader& c, ModelSpec& spec, const Defaults& d) {
    spec.vocab_size = c.dim("vocab_size", d.vocab);
    spec.hidden_size = c.dim("hidden_size", d.hidden);
    spec.intermediate_size = c.dim("intermediate_size", d.intermediate);
    spec.num_layers = c.integer("num_hidden_layers", d.layers);
    if (spec.num_layers < 1 || spec.num_layers > 100'000) {
        c.fail("num_hidden_layers must be between 1 and 100000");
    }
    spec.num_heads = c.dim("num_attention_heads", d.heads);
    spec.num_kv_heads = c.dim("num_key_value_heads", d.kv_heads > 0 ? d.kv_heads : spec.num_heads);
    const std::int64_t head_dim_default =
        d.head_dim > 0 ? d.head_dim : (spec.num_heads > 0 ? spec.hidden_size / spec.num_heads : 0);
    spec.head_dim = c.dim("head_dim", head_dim_default);
    spec.max_positions = c.integer("max_position_embeddings", d.max_positions);
    spec.tied_embeddings = c.boolean("tie_word_embeddings", d.tied);
    spec.mlp_kind = MlpKind::Gated;
    spec.norm_kind = NormKind::RmsNorm;
    spec.position_kind = PositionKind::Rotary;
}

// The mixer a layer_types entry names, in the family's vocabulary.
MixerKind mixerFromType(const ConfigReader& c, const char* key, const std::string& value) {
    static const std::map<std::string, MixerKind> kinds{
        {"full_attention", MixerKind::FullAttention},
        {"attention", MixerKind::FullAttention},
        {"global_attention", MixerKind::FullAttention},
        {"sliding_attention", MixerKind::SlidingWindow},
        {"sliding_window_attention", MixerKind::SlidingWindow},
        {"local_attention", MixerKind::SlidingWindow},
        {"chunked_attention", MixerKind::ChunkedAttention},
        {"linear_attention", MixerKind::GatedDeltaNet},
        {"mamba", MixerKind::Mamba2},
        {"mamba2", MixerKind::Mamba2},
    };
    const auto it = kinds.find(value);
    if (it == kinds.end()) {
        c.fail(std::string(key) + " names an unknown layer type '" + value + "'");
    }
    return it->second;
}

// The uniform layer list of the common fields, to be specialised per layer.
std::vector<LayerSpec> uniformLayers(const ModelSpec& spec) {
    ModelSpec copy = spec;
    copy.layers.clear();
    return sizing::layerList(copy);
}

void setMoe(LayerSpec& l, const ModelSpec& spec) {
    l.mlp.kind = LayerMlpKind::Moe;
    l.mlp.num_experts = spec.moe.num_experts;
    l.mlp.experts_per_token = spec.moe.experts_per_token;
    l.mlp.expert_intermediate_size = spec.moe.expert_intermediate_size;
    l.mlp.shared_experts = spec.moe.shared_experts;
    l.mlp.shared_intermediate_size = spec.moe.shared_intermediate_size;
    l.mlp.shared_expert_gate = spec.moe.shared_expert_gate;
    l.mlp.router_bias = spec.moe.router_bias;
}

void setDense(LayerSpec& l, std::int64_t width) {
    l.mlp.kind = LayerMlpKind::Dense;
    l.mlp.intermediate_size = width;
}

// Experts must be a real mixture when the config has MoE keys at all.
void checkExperts(const ConfigReader& c, const char* experts_key, const ModelSpec& spec) {
    if (spec.moe.num_experts < 1) {
        c.fail(std::string(experts_key) + " is 0 but the config describes a mixture of experts");
    }
    if (spec.moe.experts_per_token < 1 || spec.moe.experts_per_token > spec.moe.num_experts) {
        c.fail("the experts per token must be between 1 and " + std::string(experts_key) + " (" +
               std::to_string(spec.moe.num_experts) + ")");
    }
    if (spec.moe.expert_intermediate_size < 1) {
        c.fail("the expert width (moe_intermediate_size) must be positive");
    }
}

// qk norms of one head each (Qwen3, Gemma 3, GLM-4.5).
void perHeadQkNorm(std::vector<LayerSpec>& layers, std::int64_t head_dim) {
    for (LayerSpec& l : layers) {
        l.attn.q_norm_elements = head_dim;
        l.attn.k_norm_elements = head_dim;
    }
}

// qk norms over the whole projections (OLMo 2, MiniMax-M2).
void wholeQkNorm(std::vector<LayerSpec>& layers) {
    for (LayerSpec& l : layers) {
        l.attn.q_norm_elements = l.attn.num_heads * l.attn.head_dim;
        l.attn.k_norm_elements = l.attn.num_kv_heads * l.attn.head_dim;
    }
}

// Parameters of one decoder layer (its norms included), as the engine counts them.
std::int64_t layerParams(const ModelSpec& spec, const LayerSpec& layer) {
    ModelSpec one = spec;
    one.layers = {layer};
    one.num_layers = 1;
    one.encoder_params = 0;
    one.tied_embeddings = true;
    one.position_kind = PositionKind::Rotary;
    const sizing::ParameterCounts c = sizing::countParameters(one);
    return c.total() - c.embeddings - spec.hidden_size; // less the final norm
}

// Multi-token-prediction blocks as stored: each a decoder layer plus a projection of the concatenated
// embedding and hidden state (2h -> h) and three norms; DeepSeek and GLM also store their own copy of
// the embeddings and the output head in each block.
void setMtp(ModelSpec& spec, std::int64_t blocks, const LayerSpec& layer, bool own_embeddings) {
    if (blocks <= 0) {
        return;
    }
    const std::int64_t h = spec.hidden_size;
    std::int64_t per_block = layerParams(spec, layer) + 2 * h * h + 3 * h;
    if (own_embeddings) {
        per_block += 2 * spec.vocab_size * h;
    }
    spec.mtp_layers = blocks;
    spec.mtp_params = blocks * per_block;
}

// Layers listed in mlp_only_layers keep a dense MLP of intermediate_size (Qwen2/3-MoE, Qwen3-Next).
std::vector<bool> mlpOnlyLayers(const ConfigReader& c, std::int64_t layers) {
    std::vector<bool> dense(static_cast<std::size_t>(layers), false);
    if (const auto list = c.intList("mlp_only_layers")) {
        for (const std::int64_t i : *list) {
            if (i < 0 || i >= layers) {
                c.fail("mlp_only_layers names layer " + std::to_string(i) + " of " + std::to_string(layers));
            }
            dense[static_cast<std::size_t>(i)] = true;
        }
    }
    return dense;
}

// FP8 checkpoints with block-wise scales (quantization_config weight_block_size) store an F32 scale per
// block of every quantized matrix: they are in the checkpoint's stored total, not in the weights' count.
void addFp8Scales(const ConfigReader& c, ModelSpec& spec, std::int64_t mtp_blocks, const LayerSpec* mtp_layer) {
    if (!c.has("quantization_config") || !c.raw("quantization_config").is_object()) {
        return;
    }
    const ConfigReader q(c.raw("quantization_config"), c.origin());
    if (q.string("quant_method", "") != "fp8") {
        return;
    }
    const auto block = q.intList("weight_block_size");
    if (!block || block->size() != 2 || (*block)[0] < 1 || (*block)[1] < 1) {
        return; // per-tensor scales: a few elements, not modelled
    }
    ModelSpec with_mtp = spec;
    if (with_mtp.layers.empty()) {
        with_mtp.layers = sizing::layerList(spec);
    }
    for (std::int64_t i = 0; i < mtp_blocks && mtp_layer != nullptr; ++i) {
        with_mtp.layers.push_back(*mtp_layer);
    }
    with_mtp.num_layers = static_cast<std::int64_t>(with_mtp.layers.size());
    std::int64_t scales = 0;
    for (const sizing::TensorGroup& g : sizing::tensorGroups(with_mtp)) {
        switch (g.role) {
        case sizing::TensorRole::TokenEmbedding:
        case sizing::TensorRole::PositionEmbedding:
        case sizing::TensorRole::OutputHead:
        case sizing::TensorRole::Norm:
        case sizing::TensorRole::Router:
        case sizing::TensorRole::Encoder:
            break;
        default:
            scales += (g.rows + (*block)[0] - 1) / (*block)[0] * ((g.cols + (*block)[1] - 1) / (*block)[1]) * g.count;
            break;
        }
    }
    spec.stored_extra_params += scales;
    spec.stored_extra_reason += std::string(spec.stored_extra_reason.empty() ? "" : "; ") +
                                "FP8 block scales (weight_scale_inv, F32) of every quantized matrix";
}

// ---------------------------------------------------------------------------------------------------
// gpt-oss: alternating sliding-window (128) and full attention, attention sinks, biases everywhere,
// MoE on every layer with biased experts and router (transformers GptOssConfig).
void readGptOss(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {201088, 2880, 2880, 36, 64, 8, 64, 131072, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", true);
    spec.moe.num_experts = c.dim("num_local_experts", 128);
    spec.moe.experts_per_token = c.integerOf({"num_experts_per_tok", "experts_per_token"}, 4);
    spec.moe.expert_intermediate_size = spec.intermediate_size;
    checkExperts(c, "num_local_experts", spec);
    const std::int64_t window = c.isNull("sliding_window") ? 0 : c.dim("sliding_window", 128);
    std::vector<LayerSpec> layers = uniformLayers(spec);
    const auto types = c.stringList("layer_types", spec.num_layers);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.mixer = types ? mixerFromType(c, "layer_types", (*types)[i])
                        : ((i + 1) % 2 != 0 ? MixerKind::SlidingWindow : MixerKind::FullAttention);
        l.attn.window_tokens = l.mixer == MixerKind::SlidingWindow ? window : 0;
        l.attn.sinks = true;
        setMoe(l, spec);
        l.mlp.router_linear_bias = true;
        l.mlp.expert_bias = true;
    }
    if (window > 0) {
        spec.sliding_window = {window, 2, 1};
    }
    spec.layers = std::move(layers);
}

// Qwen3-MoE: Qwen3 attention (q/k norms) and routed experts without a shared one.
void readQwen3Moe(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {151936, 2048, 6144, 24, 32, 4, 128, 32768, false});
    spec.qkv_bias = c.boolean("attention_bias", false);
    spec.qk_norm = true;
    spec.moe.num_experts = c.dim("num_experts", 128);
    spec.moe.experts_per_token = c.dim("num_experts_per_tok", 8);
    spec.moe.expert_intermediate_size = c.dim("moe_intermediate_size", 768);
    checkExperts(c, "num_experts", spec);
    spec.moe.layer_period = std::max<std::int64_t>(1, c.dim("decoder_sparse_step", 1));
    applyMlpOnlyLayers(c, spec);
    if (c.boolean("use_sliding_window", false)) {
        spec.source += " (use_sliding_window ignored: sized as full attention)";
    }
}

// OLMo 2: norms after attention and after the MLP (no input norm), q/k norms over whole projections.
void readOlmo2(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {50304, 4096, 11008, 32, 32, 0, 0, 2048, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    std::vector<LayerSpec> layers = uniformLayers(spec);
    wholeQkNorm(layers);
    spec.layers = std::move(layers);
}

// SmolLM3: Llama with NoPE every no_rope_layer_interval-th layer, tied by default.
void readSmolLm3(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {128256, 2048, 11008, 36, 16, 4, 0, 32768, true});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    spec.mlp_bias = c.boolean("mlp_bias", false);
    std::vector<LayerSpec> layers = uniformLayers(spec);
    const auto no_rope = c.intList("no_rope_layers", spec.num_layers);
    const std::int64_t interval = c.integer("no_rope_layer_interval", 4);
    const auto types = c.stringList("layer_types", spec.num_layers);
    const std::int64_t window = c.isNull("sliding_window") ? 0 : c.dim("sliding_window", 0);
    const bool sliding = c.boolean("use_sliding_window", false) && window > 0;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.attn.rope = no_rope ? (*no_rope)[i] != 0 : (interval <= 0 || (i + 1) % interval != 0);
        if (types && sliding) {
            l.mixer = mixerFromType(c, "layer_types", (*types)[i]);
            l.attn.window_tokens = l.mixer == MixerKind::SlidingWindow ? window : 0;
        }
    }
    spec.layers = std::move(layers);
}

// MiniMax-M2: full attention (attn_type_list 1) with q/k norms per layer, 256 experts with a routing
// bias. Its published checkpoint stores no MTP weights (the total equals the 62 layers), so the MTP
// keys (use_mtp, num_mtp_modules) add nothing.
void readMiniMaxM2(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {200064, 3072, 1536, 62, 48, 8, 128, 196608, false});
    spec.moe.num_experts = c.dim("num_local_experts", 256);
    spec.moe.experts_per_token = c.dim("num_experts_per_tok", 8);
    spec.moe.expert_intermediate_size = spec.intermediate_size;
    spec.moe.shared_intermediate_size = c.dim("shared_intermediate_size", 0);
    spec.moe.router_bias = c.boolean("use_routing_bias", true);
    checkExperts(c, "num_local_experts", spec);
    if (const auto types = c.intList("attn_type_list", spec.num_layers)) {
        for (const std::int64_t t : *types) {
            if (t != 1) {
                c.fail("attn_type_list has a lightning (linear) attention layer (0): MiniMax-01's linear attention "
                       "is not supported");
            }
        }
    }
    std::vector<LayerSpec> layers = uniformLayers(spec);
    if (c.boolean("use_qk_norm", true)) {
        const std::string type = c.string("qk_norm_type", "per_layer");
        if (type == "per_layer") {
            wholeQkNorm(layers);
        } else {
            perHeadQkNorm(layers, spec.head_dim);
        }
    }
    spec.layers = std::move(layers);
    addFp8Scales(c, spec, 0, nullptr);
}

// GLM-4.5 (glm4_moe): dense first layers, 1 shared + routed experts with a routing bias, optional q/k
// norms and attention biases; its MTP layer stores its own embeddings and head (as DeepSeek-V3's).
void readGlm4Moe(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {151552, 4096, 10944, 46, 96, 8, 128, 131072, false});
    spec.qkv_bias = c.boolean("attention_bias", false);
    spec.attn_out_bias = false;
    spec.qk_norm = c.boolean("use_qk_norm", false);
    spec.moe.num_experts = c.dim("n_routed_experts", 128);
    spec.moe.experts_per_token = c.dim("num_experts_per_tok", 8);
    spec.moe.expert_intermediate_size = c.dim("moe_intermediate_size", 1408);
    spec.moe.shared_experts = c.dim("n_shared_experts", 1);
    spec.moe.first_dense_layers = c.dim("first_k_dense_replace", 1);
    spec.moe.router_bias = true;
    checkExperts(c, "n_routed_experts", spec);
    const std::vector<LayerSpec> layers = uniformLayers(spec);
    setMtp(spec, c.dim("num_nextn_predict_layers", 0), layers.back(), true);
    addFp8Scales(c, spec, spec.mtp_layers, &layers.back());
}

// GLM-4 (0414): dense, q/k/v biases, four norms per layer (the sandwich norms).
void readGlm4(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {151552, 4096, 13696, 40, 32, 2, 128, 32768, false});
    spec.qkv_bias = c.boolean("attention_bias", true);
    spec.attn_out_bias = false;
    spec.norms_per_layer = 4;
}

// Granite 3.x dense: Llama shapes with muP multipliers (no parameters).
void readGranite(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {32000, 4096, 11008, 32, 32, 0, 0, 2048, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    spec.mlp_bias = c.boolean("mlp_bias", false);
}

// Granite MoE: every layer routed (input_linear gate+up, output_linear), no shared experts.
void readGraniteMoe(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {32000, 1024, 512, 24, 16, 8, 0, 4096, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    spec.moe.num_experts = c.dim("num_local_experts", 8);
    spec.moe.experts_per_token = c.dim("num_experts_per_tok", 2);
    spec.moe.expert_intermediate_size = spec.intermediate_size;
    spec.moe.shared_intermediate_size = c.dim("shared_intermediate_size", 0);
    checkExperts(c, "num_local_experts", spec);
}

// ERNIE 4.5 dense (tied) and MoE (moe_layer_start_index .. end, every moe_layer_interval-th).
void readErnie(const ConfigReader& c, const json*, ModelSpec& spec) {
    const bool moe = spec.model_type == "ernie4_5_moe";
    readCommon(
        c, spec,
        {103424, moe ? 2560 : 1024, moe ? 12288 : 3072, moe ? 28 : 18, moe ? 20 : 16, moe ? 4 : 2, 128, 131072, !moe});
    spec.qkv_bias = spec.attn_out_bias = spec.mlp_bias = c.boolean("use_bias", false);
    if (!moe) {
        return;
    }
    spec.moe.num_experts = c.dim("moe_num_experts", 64);
    spec.moe.experts_per_token = c.dim("moe_k", 6);
    spec.moe.expert_intermediate_size = c.dim("moe_intermediate_size", 1536);
    spec.moe.shared_experts = c.dim("moe_num_shared_experts", 2);
    spec.moe.router_bias = true; // moe_statics.e_score_correction_bias
    checkExperts(c, "moe_num_experts", spec);
    const std::int64_t start = c.integer("moe_layer_start_index", 1);
    const std::int64_t end = c.integer("moe_layer_end_index", spec.num_layers - 1);
    const std::int64_t interval = std::max<std::int64_t>(1, c.integer("moe_layer_interval", 1));
    std::vector<LayerSpec> layers = uniformLayers(spec);
    for (std::int64_t i = 0; i < spec.num_layers; ++i) {
        LayerSpec& l = layers[static_cast<std::size_t>(i)];
        const bool is_moe = i >= start && (end < 0 || i <= end) && (i - start) % interval == 0;
        if (is_moe) {
            setMoe(l, spec);
        } else {
            setDense(l, spec.intermediate_size);
        }
    }
    spec.layers = std::move(layers);
}

// Gemma 3: five sliding-window layers (sliding_window_pattern 6) per global one, q/k norms, four norms
// per layer, tied. The multimodal wrapper's SigLIP tower is counted by countEncoders.
void readGemma3(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {262208, 2304, 9216, 26, 8, 4, 256, 131072, true});
    spec.norms_per_layer = 4;
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    const std::int64_t window = c.isNull("sliding_window") ? 0 : c.dim("sliding_window", 4096);
    const std::int64_t pattern = c.integer("sliding_window_pattern", 6);
    std::vector<LayerSpec> layers = uniformLayers(spec);
    perHeadQkNorm(layers, spec.head_dim);
    const auto types = c.stringList("layer_types", spec.num_layers);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.mixer = types ? mixerFromType(c, "layer_types", (*types)[i])
                        : (pattern > 0 && (i + 1) % static_cast<std::size_t>(pattern) != 0 ? MixerKind::SlidingWindow
                                                                                           : MixerKind::FullAttention);
        if (l.mixer == MixerKind::SlidingWindow && window <= 0) {
            c.fail("layer_types has sliding layers but sliding_window is missing");
        }
        l.attn.window_tokens = l.mixer == MixerKind::SlidingWindow ? window : 0;
    }
    if (window > 0 && pattern > 0) {
        spec.sliding_window = {window, pattern, pattern - 1};
    }
    spec.layers = std::move(layers);
}

// Gemma 4 (transformers Gemma4TextConfig / modeling_gemma4.py): sliding layers (head_dim, num_key_value_heads)
// and global ones with their own shapes (global_head_dim; with attention_k_eq_v, num_global_key_value_heads
// and no v_proj: the values are the key projection, still cached as their own tensor). q/k norms per head
// (v_norm has no weight), four norms per layer; with enable_moe_block every layer adds routed experts beside
// its dense MLP (which then acts as an always-on shared MLP), a router with input and per-expert scales and
// three more norms. Each layer stores a layer_scalar. The last num_kv_shared_layers layers read the keys and
// values of the last earlier layer of their type (no k/v projections or k norm of their own). E2B/E4B add
// per-layer embeddings (hidden_size_per_layer_input): see ModelSpec::per_layer_input_size.
void readGemma4(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {262144, 2304, 9216, 30, 8, 4, 256, 131072, true});
    spec.norms_per_layer = 4;
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    // Per-layer embeddings (E2B/E4B; the 26B-A4B and 31B configs set 0): the class default is 256.
    const std::int64_t per_layer_input =
        c.isNull("hidden_size_per_layer_input") ? 0 : c.dim("hidden_size_per_layer_input", 256);
    if (per_layer_input > 0) {
        spec.per_layer_input_size = per_layer_input;
        spec.per_layer_input_vocab = c.dim("vocab_size_per_layer_input", 262144);
        if (spec.per_layer_input_vocab < 1) {
            c.fail("vocab_size_per_layer_input must be positive when hidden_size_per_layer_input is set");
        }
    }
    std::int64_t window = c.isNull("sliding_window") ? 0 : c.dim("sliding_window", 512);
    if (c.has("use_bidirectional_attention") && c.raw("use_bidirectional_attention").is_string() &&
        c.string("use_bidirectional_attention", "") == "all") {
        window = window / 2 + 1; // Gemma4TextConfig: exclusive bounds on both sides
    }
    const std::int64_t global_head_dim = c.dim("global_head_dim", 512);
    const bool k_eq_v = c.boolean("attention_k_eq_v", false);
    const std::int64_t global_kv_heads =
        c.isNull("num_global_key_value_heads") ? 0 : c.dim("num_global_key_value_heads", 0);
    const std::int64_t shared_layers = c.dim("num_kv_shared_layers", 0);
    if (shared_layers >= spec.num_layers) {
        c.fail("num_kv_shared_layers must be below num_hidden_layers");
    }
    const bool moe = c.boolean("enable_moe_block", false);
    if (moe) {
        spec.moe.num_experts = c.isNull("num_experts") ? 0 : c.dim("num_experts", 0);
        spec.moe.experts_per_token = c.isNull("top_k_experts") ? 0 : c.dim("top_k_experts", 0);
        spec.moe.expert_intermediate_size = c.isNull("moe_intermediate_size") ? 0 : c.dim("moe_intermediate_size", 0);
        spec.moe.shared_intermediate_size = spec.intermediate_size;
        checkExperts(c, "num_experts", spec);
    }
    const bool double_wide = c.boolean("use_double_wide_mlp", false);
    std::vector<std::string> types;
    if (const auto listed = c.stringList("layer_types", spec.num_layers)) {
        types = *listed;
    } else {
        for (std::int64_t i = 0; i < spec.num_layers; ++i) {
            types.emplace_back((i + 1) % 6 != 0 ? "sliding_attention" : "full_attention");
        }
    }
    types.back() = "full_attention"; // Gemma4TextConfig forces the last layer global
    const std::int64_t first_shared = spec.num_layers - shared_layers;
    std::vector<LayerSpec> layers = uniformLayers(spec);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        const auto index = static_cast<std::int64_t>(i);
        l.mixer = mixerFromType(c, "layer_types", types[i]);
        if (l.mixer != MixerKind::SlidingWindow && l.mixer != MixerKind::FullAttention) {
            c.fail("layer_types must name sliding_attention or full_attention layers");
        }
        const bool sliding = l.mixer == MixerKind::SlidingWindow;
        if (sliding && window <= 0) {
            c.fail("layer_types has sliding layers but sliding_window is missing");
        }
        l.attn.window_tokens = sliding ? window : 0;
        if (!sliding) {
            l.attn.head_dim = l.attn.v_head_dim = global_head_dim;
            if (k_eq_v) {
                if (global_kv_heads < 1) {
                    c.fail("attention_k_eq_v needs num_global_key_value_heads");
                }
                l.attn.num_kv_heads = global_kv_heads;
                l.attn.value_is_key = true;
            }
        }
        l.attn.q_norm_elements = l.attn.k_norm_elements = l.attn.head_dim;
        l.scalar_elements = 1; // layer_scalar
        const bool shares_kv = shared_layers > 0 && index >= first_shared;
        if (shares_kv) {
            std::int64_t source = -1;
            for (std::int64_t j = first_shared - 1; j >= 0; --j) {
                if (types[static_cast<std::size_t>(j)] == types[i]) {
                    source = j;
                    break;
                }
            }
            if (source < 0) {
                c.fail("num_kv_shared_layers: layer " + std::to_string(index) + " (" + types[i] +
                       ") has no earlier layer of its type to read keys and values from");
            }
            l.attn.kv_source_layer = source;
            l.mixer = MixerKind::SharedKv;
            l.attn.k_norm_elements = 0;
        }
        const std::int64_t width = spec.intermediate_size * (double_wide && shares_kv && first_shared > 0 ? 2 : 1);
        if (moe) {
            setMoe(l, spec);
            l.mlp.shared_intermediate_size = width;
            l.mlp.router_scales = true;
            l.norm_vectors = 7; // + post_feedforward_layernorm_1/_2, pre_feedforward_layernorm_2
        } else {
            setDense(l, width);
        }
        if (per_layer_input > 0) {
            l.per_layer_input_size = per_layer_input;
            l.norm_vectors += 1; // post_per_layer_input_norm
        }
    }
    if (window > 0) {
        spec.sliding_window = {window, 6, 5};
    }
    spec.layers = std::move(layers);
}

// Cohere2 (Command R7B): three sliding-window layers per global NoPE one, one LayerNorm without bias per
// (parallel) block, tied.
void readCohere2(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {256000, 8192, 22528, 40, 64, 0, 0, 8192, true});
    spec.norms_per_layer = 1;
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    const std::int64_t window = c.isNull("sliding_window") ? 0 : c.dim("sliding_window", 4096);
    const std::int64_t pattern = c.integer("sliding_window_pattern", 4);
    std::vector<LayerSpec> layers = uniformLayers(spec);
    const auto types = c.stringList("layer_types", spec.num_layers);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.mixer = types ? mixerFromType(c, "layer_types", (*types)[i])
                        : (pattern > 0 && (i + 1) % static_cast<std::size_t>(pattern) != 0 ? MixerKind::SlidingWindow
                                                                                           : MixerKind::FullAttention);
        l.attn.window_tokens = l.mixer == MixerKind::SlidingWindow ? window : 0;
        l.attn.rope = l.mixer == MixerKind::SlidingWindow; // the global layers use no positional encoding
    }
    spec.layers = std::move(layers);
}

// Llama 4: chunked local attention (attention_chunk_size) on the RoPE layers, every
// no_rope_layer_interval-th layer global without RoPE; MoE every interleave_moe_layer_step-th layer
// with one shared expert, the others dense of intermediate_size_mlp. use_qk_norm is a weightless L2 norm.
void readLlama4(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {202048, 5120, 8192, 48, 40, 8, 128, 131072, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    spec.moe.num_experts = c.dim("num_local_experts", 16);
    spec.moe.experts_per_token = c.dim("num_experts_per_tok", 1);
    spec.moe.expert_intermediate_size = spec.intermediate_size;
    spec.moe.shared_intermediate_size = spec.intermediate_size; // one shared expert as wide as a routed one
    checkExperts(c, "num_local_experts", spec);
    const std::int64_t dense_width = c.dim("intermediate_size_mlp", 16384);
    const std::int64_t step = c.integer("interleave_moe_layer_step", 1);
    if (step < 1) {
        c.fail("interleave_moe_layer_step must be at least 1");
    }
    const std::int64_t chunk = c.isNull("attention_chunk_size") ? 0 : c.dim("attention_chunk_size", 8192);
    const std::int64_t interval = c.integer("no_rope_layer_interval", 4);
    const auto no_rope = c.intList("no_rope_layers", spec.num_layers);
    std::vector<bool> moe_layer(static_cast<std::size_t>(spec.num_layers), false);
    if (const auto listed = c.intList("moe_layers")) {
        for (const std::int64_t i : *listed) {
            if (i < 0 || i >= spec.num_layers) {
                c.fail("moe_layers names layer " + std::to_string(i) + " of " + std::to_string(spec.num_layers));
            }
            moe_layer[static_cast<std::size_t>(i)] = true;
        }
    } else {
        for (std::int64_t i = step - 1; i < spec.num_layers; i += step) {
            moe_layer[static_cast<std::size_t>(i)] = true;
        }
    }
    std::vector<LayerSpec> layers = uniformLayers(spec);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        // no_rope_layers[i] == 1: the layer uses RoPE (and chunked attention); 0: global NoPE.
        const bool rope = no_rope ? (*no_rope)[i] != 0 : (interval <= 0 || (i + 1) % interval != 0);
        l.attn.rope = rope;
        l.mixer = rope && chunk > 0 ? MixerKind::ChunkedAttention : MixerKind::FullAttention;
        l.attn.window_tokens = l.mixer == MixerKind::ChunkedAttention ? chunk : 0;
        if (moe_layer[i]) {
            setMoe(l, spec);
        } else {
            setDense(l, dense_width);
        }
    }
    spec.layers = std::move(layers);
}

// DeepSeek-V2/V3 and their descendants: multi-head latent attention, dense first layers, shared and
// routed experts. DeepSeek-V3.2 and GLM-5 add the sparse-attention indexer; Kimi-K2 is DeepSeek-V3's
// architecture under its own model_type. MTP blocks store their own embeddings and head.
void readDeepSeek(const ConfigReader& c, const json*, ModelSpec& spec) {
    const std::string& type = spec.model_type;
    const bool v2 = type == "deepseek_v2";
    const bool glm5 = type == "glm_moe_dsa";
    readCommon(c, spec,
               {v2 ? 102400 : 129280, v2 ? 4096 : 7168, v2 ? 11008 : 18432, v2 ? 30 : 61, v2 ? 32 : 128, v2 ? 32 : 128,
                0, v2 ? 2048 : 4096, false});
    // An explicit null means "no query compression" (V2-Lite); an absent key takes the class default.
    spec.mla.q_lora_rank = c.isNull("q_lora_rank") ? 0 : c.dim("q_lora_rank", 1536);
    spec.mla.kv_lora_rank = c.dim("kv_lora_rank", 512);
    spec.mla.qk_rope_head_dim = c.dim("qk_rope_head_dim", 64);
    spec.mla.qk_nope_head_dim = c.dim("qk_nope_head_dim", 128);
    spec.mla.v_head_dim = c.dim("v_head_dim", 128);
    if (spec.mla.kv_lora_rank < 1) {
        c.fail("kv_lora_rank must be positive for multi-head latent attention");
    }
    spec.head_dim = spec.mla.qk_nope_head_dim + spec.mla.qk_rope_head_dim;
    spec.num_kv_heads = spec.num_heads; // MLA: every head has its own (decompressed) K and V
    spec.qkv_bias = spec.attn_out_bias = false;
    spec.moe.num_experts = c.dim("n_routed_experts", v2 ? 0 : 256);
    if (spec.moe.num_experts > 0) {
        spec.moe.experts_per_token = c.dim("num_experts_per_tok", v2 ? 0 : 8);
        spec.moe.expert_intermediate_size = c.dim("moe_intermediate_size", v2 ? 1407 : 2048);
        spec.moe.shared_experts = c.dim("n_shared_experts", v2 ? 0 : 1);
        spec.moe.first_dense_layers = c.dim("first_k_dense_replace", v2 ? 0 : 3);
        spec.moe.layer_period = std::max<std::int64_t>(1, c.dim("moe_layer_freq", 1));
        // noaux_tc routing keeps a per-expert e_score_correction_bias (DeepSeek-V3 and after).
        spec.moe.router_bias = c.string("topk_method", v2 ? "greedy" : "noaux_tc") == "noaux_tc";
        checkExperts(c, "n_routed_experts", spec);
    } else if (c.has("n_routed_experts") && c.integer("num_experts_per_tok", 0) > 0) {
        c.fail("n_routed_experts is 0 but num_experts_per_tok asks for experts");
    }
    std::vector<LayerSpec> layers = uniformLayers(spec);
    const std::int64_t index_heads = c.dim("index_n_heads", 0);
    const std::int64_t index_head_dim = c.dim("index_head_dim", 0);
    if ((type == "deepseek_v32" || glm5) && (index_heads < 1 || index_head_dim < 1)) {
        c.fail("index_n_heads and index_head_dim are required for DeepSeek sparse attention");
    }
    if (index_heads > 0 && spec.mla.q_lora_rank < 1) {
        c.fail("the sparse-attention indexer reads the query latent: q_lora_rank is required");
    }
    for (LayerSpec& l : layers) {
        l.attn.index_heads = index_heads;
        l.attn.index_head_dim = index_head_dim;
    }
    spec.layers = std::move(layers);
    const std::int64_t mtp = c.dim("num_nextn_predict_layers", 0);
    setMtp(spec, mtp, spec.layers.back(), true);
    addFp8Scales(c, spec, mtp, &spec.layers.back());
}

// The SSM state's element size when the config names its dtype (Qwen3.5 and Qwen3-Next checkpoints:
// "mamba_ssm_dtype": "float32"; vLLM keeps the state in it, transformers computes it in it); 0 = the
// model's dtype.
std::int64_t ssmStateDtypeBytes(const ConfigReader& c) {
    if (!c.has("mamba_ssm_dtype") || !c.raw("mamba_ssm_dtype").is_string()) {
        return 0;
    }
    const std::string dtype = c.raw("mamba_ssm_dtype").get<std::string>();
    if (dtype == "float32" || dtype == "fp32") {
        return 4;
    }
    if (dtype == "bfloat16" || dtype == "float16" || dtype == "bf16" || dtype == "fp16") {
        return 2;
    }
    return 0;
}

// The recurrent shape of a Gated DeltaNet layer (Qwen3-Next, Qwen3.5).
sizing::LayerRecurrent gatedDeltaNet(const ConfigReader& c, std::int64_t value_heads_default) {
    sizing::LayerRecurrent r;
    r.num_k_heads = c.dim("linear_num_key_heads", 16);
    r.num_heads = c.dim("linear_num_value_heads", value_heads_default);
    r.head_k_dim = c.dim("linear_key_head_dim", 128);
    r.head_v_dim = c.dim("linear_value_head_dim", 128);
    r.conv_kernel = c.dim("linear_conv_kernel_dim", 4);
    r.conv_bias = false;
    r.ssm_state_dtype_bytes = ssmStateDtypeBytes(c);
    if (r.num_k_heads < 1 || r.num_heads < 1 || r.head_k_dim < 1 || r.head_v_dim < 1 || r.conv_kernel < 1) {
        c.fail("linear_num_key_heads, linear_num_value_heads, linear_*_head_dim and linear_conv_kernel_dim must be "
               "positive");
    }
    if (r.num_heads % r.num_k_heads != 0) {
        c.fail("linear_num_value_heads must be a multiple of linear_num_key_heads");
    }
    return r;
}

// Qwen3-Next and Qwen3.5: Gated DeltaNet layers with a gated full-attention layer every
// full_attention_interval-th (or as layer_types says); MoE (Qwen3-Next, qwen3_5_moe) or dense (qwen3_5).
// One MTP block (mtp_num_hidden_layers; Qwen3-Next's checkpoints store one though its config has no
// key for it).
void readQwen3Hybrid(const ConfigReader& c, const json*, ModelSpec& spec) {
    const std::string& type = spec.model_type;
    const bool moe = type == "qwen3_next" || type == "qwen3_5_moe" || type == "qwen3_5_moe_text";
    readCommon(c, spec, {moe ? 151936 : 248320, moe ? 2048 : 4096, moe ? 5632 : 12288, 48, 16, 2, 256, 262144, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    spec.qk_norm = true;
    if (moe) {
        spec.moe.num_experts = c.dim("num_experts", 512);
        spec.moe.experts_per_token = c.dim("num_experts_per_tok", 10);
        spec.moe.expert_intermediate_size = c.dim("moe_intermediate_size", 512);
        spec.moe.shared_intermediate_size = c.dim("shared_expert_intermediate_size", 512);
        spec.moe.shared_expert_gate = spec.moe.shared_intermediate_size > 0;
        spec.moe.layer_period = std::max<std::int64_t>(1, c.dim("decoder_sparse_step", 1));
        checkExperts(c, "num_experts", spec);
    }
    const bool gate = type == "qwen3_next" ? true : c.boolean("attn_output_gate", true);
    const sizing::LayerRecurrent gdn = gatedDeltaNet(c, 32);
    const std::int64_t interval = c.integer("full_attention_interval", 4);
    if (interval < 1) {
        c.fail("full_attention_interval must be at least 1");
    }
    const auto types = c.stringList("layer_types", spec.num_layers);
    const std::vector<bool> dense = mlpOnlyLayers(c, spec.num_layers);
    std::vector<LayerSpec> layers = uniformLayers(spec);
    LayerSpec attention_template;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.mixer = types ? mixerFromType(c, "layer_types", (*types)[i])
                        : ((i + 1) % static_cast<std::size_t>(interval) != 0 ? MixerKind::GatedDeltaNet
                                                                             : MixerKind::FullAttention);
        if (l.mixer != MixerKind::GatedDeltaNet && l.mixer != MixerKind::FullAttention) {
            c.fail("layer_types must name linear_attention or full_attention layers");
        }
        l.attn.output_gate = gate;
        if (l.mixer == MixerKind::GatedDeltaNet) {
            l.rec = gdn;
        } else {
            attention_template = l;
        }
        if (moe && dense[i]) {
            setDense(l, spec.intermediate_size);
        }
    }
    if (attention_template.attn.num_heads == 0) {
        attention_template = layers.front();
        attention_template.mixer = MixerKind::FullAttention;
    }
    spec.layers = std::move(layers);
    const std::int64_t mtp = c.integerOf({"mtp_num_hidden_layers", "num_nextn_predict_layers"}, 1);
    setMtp(spec, mtp, attention_template, false);
}

// Mamba-2 mixer shape with a family's key names.
struct MambaKeys {
    const char* heads;
    const char* head_dim;
    const char* groups;
    const char* state;
    const char* conv;
    const char* conv_bias;
    const char* proj_bias;
};

sizing::LayerRecurrent mamba2(const ConfigReader& c, const MambaKeys& k, std::int64_t hidden,
                              std::int64_t heads_default, std::int64_t head_dim_default, std::int64_t groups_default,
                              std::int64_t state_default, std::int64_t expand) {
    sizing::LayerRecurrent r;
    r.num_heads = c.dim(k.heads, heads_default);
    // "auto" head dims (Granite 4: mamba_d_head "auto", its default) follow from the expanded width.
    if ((c.has(k.head_dim) && c.raw(k.head_dim).is_string()) || (!c.has(k.head_dim) && head_dim_default < 0)) {
        r.head_v_dim = r.num_heads > 0 ? expand * hidden / r.num_heads : 0;
    } else {
        r.head_v_dim = c.dim(k.head_dim, head_dim_default);
    }
    r.n_groups = c.dim(k.groups, groups_default);
    r.state_size = c.dim(k.state, state_default);
    r.conv_kernel = c.dim(k.conv, 4);
    r.conv_bias = c.boolean(k.conv_bias, true);
    r.proj_bias = c.boolean(k.proj_bias, false);
    r.ssm_state_dtype_bytes = ssmStateDtypeBytes(c);
    if (r.num_heads < 1 || r.head_v_dim < 1 || r.n_groups < 1 || r.state_size < 1 || r.conv_kernel < 1) {
        c.fail(std::string(k.heads) + ", " + k.head_dim + ", " + k.groups + ", " + k.state + " and " + k.conv +
               " must be positive");
    }
    if (r.num_heads % r.n_groups != 0) {
        c.fail(std::string(k.heads) + " must be a multiple of " + k.groups);
    }
    return r;
}

// Nemotron-H: hybrid_override_pattern gives each block's kind: M Mamba-2, * attention, - MLP
// (squared ReLU, two matrices), E mixture of experts; each block has one norm.
void readNemotronH(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {131072, 4096, 21504, 52, 32, 8, 128, 4096, false});
    spec.mlp_kind = MlpKind::Plain;
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    spec.mlp_bias = c.boolean("mlp_bias", false);
    spec.norms_per_layer = 1;
    const std::string pattern = c.string("hybrid_override_pattern", "");
    if (pattern.empty()) {
        c.fail("hybrid_override_pattern is required (one character per layer: M, *, - or E)");
    }
    c.checkLength("hybrid_override_pattern", static_cast<std::int64_t>(pattern.size()), spec.num_layers);
    const sizing::LayerRecurrent mamba = mamba2(
        c,
        {"mamba_num_heads", "mamba_head_dim", "n_groups", "ssm_state_size", "conv_kernel", "use_conv_bias", "use_bias"},
        spec.hidden_size, 128, 64, 8, 128, c.integer("expand", 2));
    const bool has_moe = pattern.find('E') != std::string::npos;
    if (has_moe) {
        spec.moe.num_experts = c.dim("n_routed_experts", 0);
        spec.moe.experts_per_token = c.dim("num_experts_per_tok", 0);
        spec.moe.expert_intermediate_size = c.dim("moe_intermediate_size", 0);
        spec.moe.shared_intermediate_size =
            c.dim("moe_shared_expert_intermediate_size", 0) * std::max<std::int64_t>(1, c.dim("n_shared_experts", 1));
        spec.moe.router_bias = true; // e_score_correction_bias
        checkExperts(c, "n_routed_experts", spec);
    }
    std::vector<LayerSpec> layers = uniformLayers(spec);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.mlp.kind = LayerMlpKind::None;
        l.mlp.gated = false;
        switch (pattern[i]) {
        case 'M':
            l.mixer = MixerKind::Mamba2;
            l.rec = mamba;
            break;
        case '*':
            l.mixer = MixerKind::FullAttention;
            break;
        case '-':
            l.mixer = MixerKind::None;
            setDense(l, spec.intermediate_size);
            break;
        case 'E':
            l.mixer = MixerKind::None;
            setMoe(l, spec);
            break;
        default:
            c.fail(std::string("hybrid_override_pattern has '") + pattern[i] + "' at layer " + std::to_string(i) +
                   " (expected M, *, - or E)");
        }
    }
    spec.layers = std::move(layers);
}

// Granite 4 hybrid (granitemoehybrid): layer_types of mamba / attention blocks, each followed by a MoE
// (with a shared MLP) or, without experts, the shared MLP alone; two norms per block.
void readGraniteHybrid(const ConfigReader& c, const json*, ModelSpec& spec) {
    readCommon(c, spec, {100352, 4096, 800, 40, 32, 8, 0, 131072, false});
    spec.qkv_bias = spec.attn_out_bias = c.boolean("attention_bias", false);
    const std::int64_t experts = c.dim("num_local_experts", 0);
    const std::int64_t shared = c.dim("shared_intermediate_size", 0);
    if (experts > 0) {
        spec.moe.num_experts = experts;
        spec.moe.experts_per_token = c.dim("num_experts_per_tok", 0);
        spec.moe.expert_intermediate_size = spec.intermediate_size;
        spec.moe.shared_intermediate_size = shared;
        checkExperts(c, "num_local_experts", spec);
    } else if (c.has("num_experts_per_tok") && c.integer("num_experts_per_tok", 0) > 0) {
        c.fail("num_local_experts is 0 but num_experts_per_tok asks for experts");
    }
    const auto types = c.stringList("layer_types", spec.num_layers);
    const auto block_types = types ? types : c.stringList("layers_block_type", spec.num_layers);
    if (!block_types) {
        c.fail("layer_types (or layers_block_type) is required: which layers are mamba and which attention");
    }
    const sizing::LayerRecurrent mamba = mamba2(c,
                                                {"mamba_n_heads", "mamba_d_head", "mamba_n_groups", "mamba_d_state",
                                                 "mamba_d_conv", "mamba_conv_bias", "mamba_proj_bias"},
                                                spec.hidden_size, 128, -1, 1, 256, c.integer("mamba_expand", 2));
    std::vector<LayerSpec> layers = uniformLayers(spec);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerSpec& l = layers[i];
        l.mixer = mixerFromType(c, types ? "layer_types" : "layers_block_type", (*block_types)[i]);
        if (l.mixer == MixerKind::Mamba2) {
            l.rec = mamba;
        } else if (l.mixer != MixerKind::FullAttention) {
            c.fail("layer_types must name mamba or attention layers");
        }
        if (experts == 0) {
            setDense(l, shared);
        }
    }
    spec.layers = std::move(layers);
}

// A pure Mamba-2 model (mamba2): one norm and one mixer per block, no MLP, tied.
void readMamba2(const ConfigReader& c, const json*, ModelSpec& spec) {
    spec.vocab_size = c.dim("vocab_size", 32768);
    spec.hidden_size = c.dim("hidden_size", 4096);
    spec.num_layers = c.integer("num_hidden_layers", 64);
    if (spec.num_layers < 1 || spec.num_layers > 100'000) {
        c.fail("num_hidden_layers must be between 1 and 100000");
    }
    spec.tied_embeddings = c.boolean("tie_word_embeddings", true);
    spec.norms_per_layer = 1;
    spec.max_positions = 1 << 20;
    const sizing::LayerRecurrent mamba =
        mamba2(c, {"num_heads", "head_dim", "n_groups", "state_size", "conv_kernel", "use_conv_bias", "use_bias"},
               spec.hidden_size, 128, 64, 8, 128, c.integer("expand", 2));
    // The uniform fields describe the mixer's heads (activation estimates only).
    spec.num_heads = spec.num_kv_heads = mamba.num_heads;
    spec.head_dim = mamba.head_v_dim;
    spec.intermediate_size = mamba.innerSize();
    std::vector<LayerSpec> layers(static_cast<std::size_t>(spec.num_layers));
    for (LayerSpec& l : layers) {
        l.mixer = MixerKind::Mamba2;
        l.rec = mamba;
        l.mlp.kind = LayerMlpKind::None;
        l.norm_vectors = 1;
    }
    spec.layers = std::move(layers);
}

struct FamilyEntry {
    const char* model_type;
    FamilyReader read;
};

constexpr FamilyEntry k_families[] = {
    {"gpt_oss", readGptOss},
    {"qwen3_moe", readQwen3Moe},
    {"olmo2", readOlmo2},
    {"smollm3", readSmolLm3},
    {"minimax_m2", readMiniMaxM2},
    {"glm4_moe", readGlm4Moe},
    {"glm4", readGlm4},
    {"granite", readGranite},
    {"granitemoe", readGraniteMoe},
    {"ernie4_5", readErnie},
    {"ernie4_5_moe", readErnie},
    {"gemma3", readGemma3},
    {"gemma3_text", readGemma3},
    {"gemma4", readGemma4},
    {"gemma4_text", readGemma4},
    {"cohere2", readCohere2},
    {"llama4", readLlama4},
    {"llama4_text", readLlama4},
    {"deepseek_v2", readDeepSeek},
    {"deepseek_v3", readDeepSeek},
    {"deepseek_v32", readDeepSeek},
    {"kimi_k2", readDeepSeek},
    {"glm_moe_dsa", readDeepSeek},
    {"qwen3_next", readQwen3Hybrid},
    {"qwen3_5", readQwen3Hybrid},
    {"qwen3_5_text", readQwen3Hybrid},
    {"qwen3_5_moe", readQwen3Hybrid},
    {"qwen3_5_moe_text", readQwen3Hybrid},
    {"nemotron_h", readNemotronH},
    {"granitemoehybrid", readGraniteHybrid},
    {"mamba2", readMamba2},
};

} // namespace

void applyMlpOnlyLayers(const ConfigReader& c, ModelSpec& spec) {
    const std::vector<bool> dense = mlpOnlyLayers(c, spec.num_layers);
    if (std::none_of(dense.begin(), dense.end(), [](bool d) { return d; })) {
        return;
    }
    std::vector<LayerSpec> layers = uniformLayers(spec);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (dense[i]) {
            setDense(layers[i], spec.intermediate_size);
        }
    }
    spec.layers = std::move(layers);
}

FamilyReader familyReader(const std::string& model_type) {
    for (const FamilyEntry& f : k_families) {
        if (model_type == f.model_type) {
            return f.read;
        }
    }
    return nullptr;
}

const std::vector<std::string>& familyModelTypes() {
    static const std::vector<std::string> types = [] {
        std::vector<std::string> t;
        for (const FamilyEntry& f : k_families) {
            if (std::string(f.model_type) != "deepseek_v2" && std::string(f.model_type) != "deepseek_v3") {
                t.emplace_back(f.model_type);
            }
        }
        return t;
    }();
    return types;
}

} // namespace fitscope::formats::hf
