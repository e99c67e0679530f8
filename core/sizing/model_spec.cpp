#include "core/sizing/model_spec.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>

namespace fitscope::sizing {

std::int64_t SlidingWindowSpec::slidingLayers(std::int64_t num_layers) const {
    if (!enabled() || period <= 0) {
        return 0;
    }
    const std::int64_t full_periods = num_layers / period;
    const std::int64_t rest = num_layers % period;
    return full_periods * sliding_per_period + std::min(rest, sliding_per_period);
}

std::string_view mixerKindId(MixerKind kind) {
    switch (kind) {
    case MixerKind::FullAttention:
        return "full_attention";
    case MixerKind::SlidingWindow:
        return "sliding_window";
    case MixerKind::ChunkedAttention:
        return "chunked_attention";
    case MixerKind::LatentAttention:
        return "latent_attention";
    case MixerKind::GatedDeltaNet:
        return "gated_deltanet";
    case MixerKind::Mamba2:
        return "mamba2";
    case MixerKind::SharedKv:
        return "shared_kv";
    case MixerKind::None:
        break;
    }
    return "none";
}

std::int64_t TensorGroup::layersIn(std::int64_t first, std::int64_t end) const {
    const std::int64_t n = layerCount();
    const std::int64_t stride = std::max<std::int64_t>(1, layer_stride);
    // k such that first <= first_layer + k * stride < end.
    auto ceil_div = [](std::int64_t a, std::int64_t b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); };
    const std::int64_t lo = std::clamp<std::int64_t>(ceil_div(first - first_layer, stride), 0, n);
    const std::int64_t hi = std::clamp<std::int64_t>(ceil_div(end - first_layer, stride), 0, n);
    return std::max<std::int64_t>(0, hi - lo);
}

namespace {

std::int64_t normElements(const ModelSpec& spec) {
    // LayerNorm carries a bias vector as well as a weight.
    return spec.norm_kind == NormKind::LayerNorm ? 2 * spec.hidden_size : spec.hidden_size;
}

bool layerIsMoe(const ModelSpec& spec, std::int64_t layer) {
    if (!spec.moe.enabled() || layer < spec.moe.first_dense_layers) {
        return false;
    }
    const std::int64_t period = std::max<std::int64_t>(1, spec.moe.layer_period);
    // Qwen2-MoE: layer i is sparse when (i + 1) % decoder_sparse_step == 0.
    return (layer + 1) % period == 0;
}

// Collects tensors layer by layer and coalesces them: tensors of one shape and role in layers that
// form an arithmetic progression share one group, so a 126-layer model is still ~15 groups and an
// interleaved one (every other layer MoE) stays small too. Norm vectors are spread over all layers
// anyway (layers.cpp), so they coalesce by width alone.
class GroupBuilder {
public:
    void add(TensorRole role, std::int64_t rows, std::int64_t cols, std::int64_t count, std::int64_t layer,
             std::int64_t per_layer = 1) {
        if (rows <= 0 || cols <= 0 || count <= 0) {
            return;
        }
        for (TensorGroup& g : m_groups) {
            if (g.role != role || g.rows != rows || g.cols != cols) {
                continue;
            }
            if (role == TensorRole::Norm) {
                g.count += count;
                return;
            }
            if (g.per_layer != per_layer || count != per_layer || layer < 0) {
                continue;
            }
            const std::int64_t n = g.layerCount();
            if (n == 1 && layer > g.first_layer) {
                g.layer_stride = layer - g.first_layer;
                g.count += count;
                return;
            }
            if (n > 1 && layer == g.first_layer + n * g.layer_stride) {
                g.count += count;
                return;
            }
        }
        m_groups.push_back(TensorGroup{role, rows, cols, count, std::max<std::int64_t>(0, layer), per_layer, 1});
    }
    std::vector<TensorGroup> take() { return std::move(m_groups); }

private:
    std::vector<TensorGroup> m_groups;
};

void addAttention(GroupBuilder& b, const ModelSpec& spec, const LayerSpec& layer, std::int64_t i) {
    const std::int64_t h = spec.hidden_size;
    const LayerAttention& a = layer.attn;
    if (layer.mixer == MixerKind::LatentAttention) {
        const std::int64_t qk_head = a.qk_nope_head_dim + a.qk_rope_head_dim;
        if (a.q_lora_rank > 0) {
            b.add(TensorRole::AttnLatent, a.q_lora_rank, h, 1, i);                // q_a_proj
            b.add(TensorRole::AttnQ, a.num_heads * qk_head, a.q_lora_rank, 1, i); // q_b_proj
            b.add(TensorRole::Norm, 1, a.q_lora_rank, 1, i);                      // q_a_layernorm
        } else {
            b.add(TensorRole::AttnQ, a.num_heads * qk_head, h, 1, i); // q_proj
        }
        b.add(TensorRole::AttnLatent, a.kv_lora_rank + a.qk_rope_head_dim, h, 1, i); // kv_a_proj_with_mqa
        b.add(TensorRole::Norm, 1, a.kv_lora_rank, 1, i);                            // kv_a_layernorm
        b.add(TensorRole::AttnV, a.num_heads * (a.qk_nope_head_dim + a.v_head_dim), a.kv_lora_rank, 1,
              i); // kv_b_proj (llama.cpp treats it like attn_v when choosing a mixture's type)
        b.add(TensorRole::AttnOutput, h, a.num_heads * a.v_head_dim, 1, i);
    } else {
        const std::int64_t q_out = a.num_heads * a.head_dim;
        const std::int64_t k_out = a.num_kv_heads * a.head_dim;
        const std::int64_t v_out = a.num_kv_heads * a.v_head_dim;
        b.add(TensorRole::AttnQ, a.output_gate ? 2 * q_out : q_out, h, 1, i);
        if (layer.mixer != MixerKind::SharedKv) {
            b.add(TensorRole::AttnK, k_out, h, 1, i);
            if (!a.value_is_key) {
                b.add(TensorRole::AttnV, v_out, h, 1, i);
            }
        }
        b.add(TensorRole::AttnOutput, h, a.num_heads * a.v_head_dim, 1, i);
        if (a.qkv_bias) {
            const std::int64_t v_bias = a.value_is_key ? 0 : v_out;
            b.add(TensorRole::Norm, 1, q_out + (layer.mixer != MixerKind::SharedKv ? k_out + v_bias : 0), 1, i);
        }
        if (a.out_bias) {
            b.add(TensorRole::Norm, 1, h, 1, i);
        }
    }
    if (a.q_norm_elements + a.k_norm_elements > 0) {
        b.add(TensorRole::Norm, 1, a.q_norm_elements + a.k_norm_elements, 1, i);
    }
    if (a.sinks) {
        b.add(TensorRole::Norm, 1, a.num_heads, 1, i);
    }
    if (a.index_heads > 0) {
        // DeepSeek sparse attention's indexer: wq_b from the query latent, wk from the hidden state,
        // a LayerNorm over its key (weight and bias), and per-head weights.
        b.add(TensorRole::AttnLatent, a.index_heads * a.index_head_dim, a.q_lora_rank, 1, i);
        b.add(TensorRole::AttnLatent, a.index_head_dim, h, 1, i);
        b.add(TensorRole::Norm, 1, 2 * a.index_head_dim, 1, i);
        b.add(TensorRole::AttnLatent, a.index_heads, h, 1, i);
    }
}

void addRecurrent(GroupBuilder& b, const ModelSpec& spec, const LayerSpec& layer, std::int64_t i) {
    const std::int64_t h = spec.hidden_size;
    const LayerRecurrent& r = layer.rec;
    if (layer.mixer == MixerKind::GatedDeltaNet) {
        // Qwen3-Next: in_proj_qkvz, in_proj_ba, a depthwise conv over q, k and v, dt_bias and A_log per
        // value head, a gated RMSNorm over one value head, out_proj.
        const std::int64_t key_dim = r.num_k_heads * r.head_k_dim;
        const std::int64_t value_dim = r.num_heads * r.head_v_dim;
        const std::int64_t conv_dim = 2 * key_dim + value_dim;
        b.add(TensorRole::RecurrentIn, 2 * key_dim + 2 * value_dim, h, 1, i);
        b.add(TensorRole::RecurrentIn, 2 * r.num_heads, h, 1, i);
        b.add(TensorRole::Norm, 1, conv_dim * r.conv_kernel + (r.conv_bias ? conv_dim : 0), 1, i);
        b.add(TensorRole::Norm, 1, 2 * r.num_heads + r.head_v_dim, 1, i);
        b.add(TensorRole::RecurrentOut, h, value_dim, 1, i);
        return;
    }
    // Mamba-2: in_proj yields z, x, B, C and dt; a depthwise conv over x, B and C; dt_bias, A_log and D
    // per head; a gated RMSNorm over d_inner; out_proj.
    const std::int64_t inner = r.innerSize();
    const std::int64_t bc = 2 * r.n_groups * r.state_size;
    const std::int64_t conv_dim = inner + bc;
    const std::int64_t in_rows = 2 * inner + bc + r.num_heads;
    b.add(TensorRole::RecurrentIn, in_rows, h, 1, i);
    b.add(TensorRole::Norm, 1, conv_dim * r.conv_kernel + (r.conv_bias ? conv_dim : 0), 1, i);
    b.add(TensorRole::Norm, 1, 3 * r.num_heads + inner + (r.proj_bias ? in_rows + h : 0), 1, i);
    b.add(TensorRole::RecurrentOut, h, inner, 1, i);
}

void addMlp(GroupBuilder& b, const ModelSpec& spec, const LayerMlp& m, std::int64_t i) {
    const std::int64_t h = spec.hidden_size;
    auto add_mlp = [&](TensorRole gate, TensorRole up, TensorRole down, std::int64_t width, std::int64_t count,
                       bool bias) {
        if (m.gated) {
            b.add(gate, width, h, count, i, count);
        }
        b.add(up, width, h, count, i, count);
        b.add(down, h, width, count, i, count);
        if (bias) {
            b.add(TensorRole::Norm, 1, (m.gated ? 2 : 1) * width + h, count, i);
        }
    };
    if (m.kind == LayerMlpKind::Dense) {
        add_mlp(TensorRole::FfnGate, TensorRole::FfnUp, TensorRole::FfnDown, m.intermediate_size, 1, m.bias);
        return;
    }
    if (m.kind != LayerMlpKind::Moe) {
        return;
    }
    add_mlp(TensorRole::ExpertGate, TensorRole::ExpertUp, TensorRole::ExpertDown, m.expert_intermediate_size,
            m.num_experts, m.bias || m.expert_bias);
    b.add(TensorRole::Router, m.num_experts, h, 1, i);
    if (m.router_linear_bias) {
        b.add(TensorRole::Norm, 1, m.num_experts, 1, i);
    }
    if (m.router_bias) {
        b.add(TensorRole::Norm, 1, m.num_experts, 1, i);
    }
    if (m.router_scales) {
        b.add(TensorRole::Norm, 1, h + m.num_experts, 1, i);
    }
    const std::int64_t shared_width = m.shared_experts * m.expert_intermediate_size + m.shared_intermediate_size;
    if (shared_width > 0) {
        add_mlp(TensorRole::FfnGate, TensorRole::FfnUp, TensorRole::FfnDown, shared_width, 1, m.bias);
    }
    if (m.shared_expert_gate) {
        b.add(TensorRole::Router, 1, h, 1, i);
    }
}

// Routed-expert parameters one token leaves idle in this layer: (E − k) of E experts.
std::int64_t idleExpertParams(const ModelSpec& spec, const LayerMlp& m) {
    if (m.kind != LayerMlpKind::Moe || m.num_experts <= 0) {
        return 0;
    }
    const std::int64_t w = m.expert_intermediate_size;
    std::int64_t per_expert = (m.gated ? 3 : 2) * w * spec.hidden_size;
    if (m.bias || m.expert_bias) {
        per_expert += (m.gated ? 2 : 1) * w + spec.hidden_size;
    }
    return per_expert * (m.num_experts - std::min(m.experts_per_token, m.num_experts));
}

} // namespace

std::vector<LayerSpec> layerList(const ModelSpec& spec) {
    if (!spec.layers.empty()) {
        return spec.layers;
    }
    std::vector<LayerSpec> layers(static_cast<std::size_t>(std::max<std::int64_t>(0, spec.num_layers)));
    for (std::int64_t i = 0; i < spec.num_layers; ++i) {
        LayerSpec& l = layers[static_cast<std::size_t>(i)];
        LayerAttention& a = l.attn;
        a.num_heads = spec.num_heads;
        a.num_kv_heads = spec.num_kv_heads;
        a.head_dim = spec.head_dim;
        a.v_head_dim = spec.head_dim;
        a.qkv_bias = spec.qkv_bias;
        a.out_bias = spec.attn_out_bias;
        if (spec.qk_norm) {
            a.q_norm_elements = spec.head_dim;
            a.k_norm_elements = spec.head_dim;
        }
        if (spec.mla.enabled()) {
            l.mixer = MixerKind::LatentAttention;
            a.q_lora_rank = spec.mla.q_lora_rank;
            a.kv_lora_rank = spec.mla.kv_lora_rank;
            a.qk_nope_head_dim = spec.mla.qk_nope_head_dim;
            a.qk_rope_head_dim = spec.mla.qk_rope_head_dim;
            a.v_head_dim = spec.mla.v_head_dim;
            a.num_kv_heads = spec.num_heads;
        } else if (spec.sliding_window.layerSlides(i)) {
            l.mixer = MixerKind::SlidingWindow;
            a.window_tokens = spec.sliding_window.window_tokens;
        }
        LayerMlp& m = l.mlp;
        m.gated = spec.mlp_kind == MlpKind::Gated;
        m.bias = spec.mlp_bias;
        m.intermediate_size = spec.intermediate_size;
        if (layerIsMoe(spec, i)) {
            m.kind = LayerMlpKind::Moe;
            m.num_experts = spec.moe.num_experts;
            m.experts_per_token = spec.moe.experts_per_token;
            m.expert_intermediate_size = spec.moe.expert_intermediate_size;
            m.shared_experts = spec.moe.shared_experts;
            m.shared_intermediate_size = spec.moe.shared_intermediate_size;
            m.shared_expert_gate = spec.moe.shared_expert_gate;
            m.router_bias = spec.moe.router_bias;
        }
        l.norm_vectors = spec.norms_per_layer;
    }
    return layers;
}

std::vector<TensorGroup> tensorGroups(const ModelSpec& spec, const std::vector<LayerSpec>& layers) {
    GroupBuilder b;
    const std::int64_t h = spec.hidden_size;
    b.add(TensorRole::TokenEmbedding, spec.vocab_size, h, 1, -1);
    if (spec.position_kind == PositionKind::Learned) {
        b.add(TensorRole::PositionEmbedding, spec.max_positions, h, 1, -1);
    }
    const std::int64_t per_layer_width = spec.num_layers * spec.per_layer_input_size;
    if (per_layer_width > 0) {
        // A token lookup like embed_tokens, so it is an embedding: never read whole per token, and llama.cpp
        // keeps it with the input tensors in host memory (llama-arch.cpp: LLM_TENSOR_PER_LAYER_TOKEN_EMBD is
        // LLM_TENSOR_LAYER_INPUT). The projection is created with layer 0 (llama-model.cpp, bid 0).
        b.add(TensorRole::TokenEmbedding, spec.per_layer_input_vocab, per_layer_width, 1, -1);
        b.add(TensorRole::FfnUp, per_layer_width, h, 1, 0);
        b.add(TensorRole::Norm, 1, spec.per_layer_input_size, 1, -1);
    }
    for (std::size_t index = 0; index < layers.size(); ++index) {
        const auto i = static_cast<std::int64_t>(index);
        const LayerSpec& layer = layers[index];
        if (isRecurrent(layer.mixer)) {
            addRecurrent(b, spec, layer, i);
        } else if (layer.mixer != MixerKind::None) {
            addAttention(b, spec, layer, i);
        }
        addMlp(b, spec, layer.mlp, i);
        // per_layer_input_gate and per_layer_projection, a gated side path like a narrow MLP.
        b.add(TensorRole::FfnUp, layer.per_layer_input_size, h, 1, i);
        b.add(TensorRole::FfnDown, h, layer.per_layer_input_size, 1, i);
        b.add(TensorRole::Norm, 1, normElements(spec), layer.norm_vectors, i);
        b.add(TensorRole::Norm, 1, layer.scalar_elements, 1, i);
    }
    b.add(TensorRole::Norm, 1, normElements(spec), 1, -1); // the final norm
    if (!spec.tied_embeddings) {
        b.add(TensorRole::OutputHead, spec.vocab_size, h, 1, -1);
    }
    if (spec.encoder_params > 0) {
        b.add(TensorRole::Encoder, 1, spec.encoder_params, 1, -1);
    }
    return b.take();
}

std::vector<TensorGroup> tensorGroups(const ModelSpec& spec) {
    return tensorGroups(spec, layerList(spec));
}

ParameterCounts countParameters(const ModelSpec& spec) {
    ParameterCounts counts;
    const std::vector<LayerSpec> layers = layerList(spec);
    for (const TensorGroup& group : tensorGroups(spec, layers)) {
        const std::int64_t n = group.elements();
        switch (group.role) {
        case TensorRole::TokenEmbedding:
        case TensorRole::PositionEmbedding:
            counts.embeddings += n;
            break;
        case TensorRole::AttnQ:
        case TensorRole::AttnK:
        case TensorRole::AttnV:
        case TensorRole::AttnOutput:
        case TensorRole::AttnLatent:
            counts.attention += n;
            break;
        case TensorRole::ExpertGate:
        case TensorRole::ExpertUp:
        case TensorRole::ExpertDown:
        case TensorRole::FfnGate:
        case TensorRole::FfnUp:
        case TensorRole::FfnDown:
        case TensorRole::Router:
            counts.mlp += n;
            break;
        case TensorRole::RecurrentIn:
        case TensorRole::RecurrentOut:
            counts.recurrent += n;
            break;
        case TensorRole::Norm:
            counts.norms += n;
            break;
        case TensorRole::OutputHead:
            counts.output_head += n;
            break;
        case TensorRole::Encoder:
            counts.encoder += n;
            break;
        }
    }
    // A bare count: scale to exactly what was asked, the difference going to the MLP (the shape's
    // free dimension), so the weights equal the count and the breakdown stays plausible.
    if (spec.params_override > 0) {
        counts.mlp += spec.params_override - counts.total();
    }
    counts.active = counts.total();
    for (const LayerSpec& layer : layers) {
        counts.active -= idleExpertParams(spec, layer.mlp);
    }
    counts.mtp = spec.mtp_params;
    counts.stored_extra = spec.stored_extra_params;
    return counts;
}

std::int64_t kvElementsPerTokenPerLayer(const ModelSpec& spec) {
    if (spec.mla.enabled()) {
        // The compressed latent and the decoupled rotary key, shared by all heads (DeepSeek-V2 §2.1).
        return spec.mla.kv_lora_rank + spec.mla.qk_rope_head_dim;
    }
    return 2 * spec.num_kv_heads * spec.head_dim;
}

ModelSpec assumedShapeForParams(std::int64_t params) {
    // Llama-2's proportions: hidden/layers ≈ 128, head_dim 128, SwiGLU width ≈ 8/3 hidden, vocab 32000.
    // Per layer ≈ 12·H² parameters, so params ≈ 12·H³/128 + 2·V·H; solve for H, round to 128.
    constexpr std::int64_t kVocab = 32000;
    double hidden = std::cbrt(static_cast<double>(params) / 0.09375);
    for (int i = 0; i < 4; ++i) { // refine once the embeddings are accounted for
        const double body = static_cast<double>(params) - 2.0 * kVocab * hidden;
        hidden = std::cbrt(std::max(body, 1e6) / 0.09375);
    }
    ModelSpec spec;
    spec.id = "custom";
    spec.display_name = "Custom";
    spec.model_type = "llama";
    spec.source = "assumed Llama-2-style shape";
    // With grouped-query attention (8 KV heads) the head count must divide by 8: round to 1024.
    const bool gqa = params >= 30'000'000'000LL;
    const double step = gqa ? 1024.0 : 128.0;
    spec.hidden_size = std::max<std::int64_t>(128, std::llround(hidden / step) * static_cast<std::int64_t>(step));
    spec.num_layers = std::max<std::int64_t>(1, std::llround(static_cast<double>(spec.hidden_size) / 128.0));
    spec.head_dim = 128;
    spec.num_heads = spec.hidden_size / spec.head_dim;
    spec.num_kv_heads = gqa ? std::min<std::int64_t>(8, spec.num_heads) : spec.num_heads;
    spec.vocab_size = kVocab;
    spec.intermediate_size = std::max<std::int64_t>(256, std::llround(spec.hidden_size * 8.0 / 3.0 / 256.0) * 256);
    spec.mlp_kind = MlpKind::Gated;
    spec.norm_kind = NormKind::RmsNorm;
    spec.tied_embeddings = false;
    spec.max_positions = 1 << 20;
    spec.shape_assumed = true;
    spec.params_override = params;
    return spec;
}

namespace {

// An explicit layer list: its length and every per-layer dimension.
std::string validateLayers(const ModelSpec& spec) {
    constexpr std::int64_t kMaxDim = 1LL << 24;
    auto bad = [](std::int64_t v) { return v < 0 || v > kMaxDim; };
    if (spec.encoder_params < 0 || spec.encoder_params > 1'000'000'000'000LL || spec.mtp_params < 0 ||
        spec.stored_extra_params < 0) {
        return "the encoder, MTP or stored-extra parameter count is negative or absurd";
    }
    if (spec.image_tokens_per_image < 0 || spec.image_tokens_per_image > (1LL << 16)) {
        return "the tokens per image are negative or absurd";
    }
    if (bad(spec.per_layer_input_size) || bad(spec.per_layer_input_vocab) ||
        (spec.per_layer_input_size > 0 && spec.per_layer_input_vocab < 1)) {
        return "the per-layer embeddings (hidden_size_per_layer_input, vocab_size_per_layer_input) are negative, "
               "absurd or without a vocabulary";
    }
    if (spec.layers.empty()) {
        return {};
    }
    if (static_cast<std::int64_t>(spec.layers.size()) != spec.num_layers) {
        return "the per-layer list has " + std::to_string(spec.layers.size()) + " entries for " +
               std::to_string(spec.num_layers) + " layers (num_hidden_layers)";
    }
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const LayerSpec& l = spec.layers[i];
        const LayerAttention& a = l.attn;
        const LayerRecurrent& r = l.rec;
        const LayerMlp& m = l.mlp;
        const std::string where = "layer " + std::to_string(i) + ": ";
        for (const std::int64_t v : {a.num_heads,
                                     a.num_kv_heads,
                                     a.head_dim,
                                     a.v_head_dim,
                                     a.window_tokens,
                                     a.q_norm_elements,
                                     a.k_norm_elements,
                                     a.q_lora_rank,
                                     a.kv_lora_rank,
                                     a.qk_nope_head_dim,
                                     a.qk_rope_head_dim,
                                     a.index_heads,
                                     a.index_head_dim,
                                     r.num_heads,
                                     r.num_k_heads,
                                     r.head_k_dim,
                                     r.head_v_dim,
                                     r.state_size,
                                     r.n_groups,
                                     r.conv_kernel,
                                     m.intermediate_size,
                                     m.num_experts,
                                     m.experts_per_token,
                                     m.expert_intermediate_size,
                                     m.shared_experts,
                                     m.shared_intermediate_size,
                                     l.norm_vectors,
                                     l.scalar_elements,
                                     l.per_layer_input_size}) {
            if (bad(v)) {
                return where + "a dimension is negative or above 16777216";
            }
        }
        if (isAttention(l.mixer) || l.mixer == MixerKind::SharedKv) {
            if (a.num_heads < 1 || (l.mixer != MixerKind::LatentAttention && (a.head_dim < 1 || a.v_head_dim < 1))) {
                return where + "attention needs heads and a head dimension";
            }
            if (l.mixer != MixerKind::LatentAttention &&
                (a.num_kv_heads < 1 || a.num_kv_heads > a.num_heads || a.num_heads % a.num_kv_heads != 0)) {
                return where + "num_key_value_heads must divide num_attention_heads";
            }
            if (l.mixer == MixerKind::LatentAttention && a.kv_lora_rank < 1) {
                return where + "latent attention needs kv_lora_rank";
            }
            if (isWindowed(l.mixer) && a.window_tokens < 1) {
                return where + "a sliding or chunked layer needs a window (sliding_window / attention_chunk_size)";
            }
        }
        if (l.mixer == MixerKind::SharedKv &&
            (a.kv_source_layer < 0 || a.kv_source_layer >= static_cast<std::int64_t>(i))) {
            return where + "a layer sharing KV must name an earlier layer";
        }
        if (l.mixer == MixerKind::GatedDeltaNet &&
            (r.num_heads < 1 || r.num_k_heads < 1 || r.head_k_dim < 1 || r.head_v_dim < 1 || r.conv_kernel < 1)) {
            return where + "linear attention needs heads, head dims and a conv kernel (linear_*)";
        }
        if (l.mixer == MixerKind::Mamba2 &&
            (r.num_heads < 1 || r.head_v_dim < 1 || r.state_size < 1 || r.n_groups < 1 || r.conv_kernel < 1)) {
            return where + "Mamba-2 needs heads, head dim, state size, groups and a conv kernel (mamba_*, ssm_*)";
        }
        if (m.kind == LayerMlpKind::Moe && (m.num_experts < 1 || m.experts_per_token < 1 ||
                                            m.experts_per_token > m.num_experts || m.expert_intermediate_size < 1)) {
            return where + "mixture-of-experts fields are inconsistent (experts, experts per token, expert width)";
        }
    }
    return {};
}

} // namespace

std::string validate(const ModelSpec& spec) {
    constexpr std::int64_t kMaxDim = 1LL << 24; // 16.7 M: far above any real hidden size or vocabulary
    constexpr std::int64_t kMaxLayers = 100'000;
    auto in_range = [](std::int64_t v, std::int64_t lo, std::int64_t hi) { return v >= lo && v <= hi; };
    if (!in_range(spec.hidden_size, 1, kMaxDim)) {
        return "hidden_size must be between 1 and 16777216";
    }
    if (!in_range(spec.num_layers, 1, kMaxLayers)) {
        return "num_hidden_layers must be between 1 and 100000";
    }
    if (!in_range(spec.vocab_size, 1, kMaxDim)) {
        return "vocab_size must be between 1 and 16777216";
    }
    if (!in_range(spec.num_heads, 1, kMaxDim) || !in_range(spec.num_kv_heads, 1, spec.num_heads)) {
        return "num_attention_heads must be positive and num_key_value_heads between 1 and num_attention_heads";
    }
    if (spec.num_heads % spec.num_kv_heads != 0) {
        return "num_attention_heads must be a multiple of num_key_value_heads";
    }
    if (!in_range(spec.head_dim, 1, 1 << 16)) {
        return "head_dim must be between 1 and 65536";
    }
    if (!in_range(spec.intermediate_size, 0, kMaxDim)) {
        return "intermediate_size must be between 0 and 16777216";
    }
    if (spec.moe.enabled() && (!in_range(spec.moe.num_experts, 1, 1 << 16) ||
                               !in_range(spec.moe.experts_per_token, 1, spec.moe.num_experts) ||
                               !in_range(spec.moe.expert_intermediate_size, 1, kMaxDim))) {
        return "mixture-of-experts fields are inconsistent (experts, experts per token, expert width)";
    }
    // Every other dimension is bounded too, before tensorGroups() multiplies them in int64.
    for (const std::int64_t dim :
         {spec.mla.q_lora_rank, spec.mla.kv_lora_rank, spec.mla.qk_nope_head_dim, spec.mla.qk_rope_head_dim,
          spec.mla.v_head_dim, spec.moe.shared_experts, spec.moe.shared_intermediate_size, spec.moe.first_dense_layers,
          spec.moe.layer_period, spec.max_positions, spec.sliding_window.window_tokens, spec.norms_per_layer}) {
        if (!in_range(dim, 0, kMaxDim)) {
            return "an attention, expert or position dimension is negative or above 16777216";
        }
    }
    if (spec.sliding_window.enabled() &&
        (spec.sliding_window.period < 1 || spec.sliding_window.sliding_per_period < 0 ||
         spec.sliding_window.sliding_per_period > spec.sliding_window.period)) {
        return "sliding-window pattern is inconsistent";
    }
    if (const std::string problem = validateLayers(spec); !problem.empty()) {
        return problem;
    }
    // The total must stay far from int64 overflow: check in floating point first.
    double total = 0;
    for (const TensorGroup& g : tensorGroups(spec)) {
        total += static_cast<double>(g.rows) * static_cast<double>(g.cols) * static_cast<double>(g.count);
    }
    if (total > 1e15) {
        return "the model has more than 10^15 parameters";
    }
    return {};
}

} // namespace fitscope::sizing
