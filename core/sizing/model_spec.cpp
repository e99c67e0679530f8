#include "core/sizing/model_spec.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fitscope::sizing {

std::int64_t SlidingWindowSpec::slidingLayers(std::int64_t num_layers) const {
    if (!enabled() || period <= 0) {
        return 0;
    }
    const std::int64_t full_periods = num_layers / period;
    const std::int64_t rest = num_layers % period;
    return full_periods * sliding_per_period + std::min(rest, sliding_per_period);
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

std::int64_t moeLayerCount(const ModelSpec& spec) {
    std::int64_t count = 0;
    for (std::int64_t layer = 0; layer < spec.num_layers; ++layer) {
        count += layerIsMoe(spec, layer) ? 1 : 0;
    }
    return count;
}

std::int64_t mlpMatrices(MlpKind kind) {
    return kind == MlpKind::Gated ? 3 : 2;
}

} // namespace

std::vector<TensorGroup> tensorGroups(const ModelSpec& spec) {
    std::vector<TensorGroup> groups;
    groups.reserve(20);
    const std::int64_t h = spec.hidden_size;
    const std::int64_t layers = spec.num_layers;
    auto add = [&groups](TensorRole role, std::int64_t rows, std::int64_t cols, std::int64_t count,
                         std::int64_t first_layer = 0, std::int64_t per_layer = 1) {
        if (rows > 0 && cols > 0 && count > 0) {
            groups.push_back(TensorGroup{role, rows, cols, count, first_layer, per_layer});
        }
    };

    add(TensorRole::TokenEmbedding, spec.vocab_size, h, 1);
    if (spec.position_kind == PositionKind::Learned) {
        add(TensorRole::PositionEmbedding, spec.max_positions, h, 1);
    }

    // Attention.
    if (spec.mla.enabled()) {
        const MlaSpec& m = spec.mla;
        const std::int64_t qk_head = m.qk_nope_head_dim + m.qk_rope_head_dim;
        if (m.q_lora_rank > 0) {
            add(TensorRole::AttnLatent, m.q_lora_rank, h, layers);                   // q_a_proj
            add(TensorRole::AttnQ, spec.num_heads * qk_head, m.q_lora_rank, layers); // q_b_proj
            add(TensorRole::Norm, 1, m.q_lora_rank, layers);                         // q_a_layernorm
        } else {
            add(TensorRole::AttnQ, spec.num_heads * qk_head, h, layers); // q_proj
        }
        add(TensorRole::AttnLatent, m.kv_lora_rank + m.qk_rope_head_dim, h, layers); // kv_a_proj_with_mqa
        add(TensorRole::Norm, 1, m.kv_lora_rank, layers);                            // kv_a_layernorm
        add(TensorRole::AttnV, spec.num_heads * (m.qk_nope_head_dim + m.v_head_dim), m.kv_lora_rank,
            layers); // kv_b_proj (llama.cpp treats it like attn_v when choosing a mixture's type)
        add(TensorRole::AttnOutput, h, spec.num_heads * m.v_head_dim, layers);
    } else {
        const std::int64_t q_out = spec.num_heads * spec.head_dim;
        const std::int64_t kv_out = spec.num_kv_heads * spec.head_dim;
        add(TensorRole::AttnQ, q_out, h, layers);
        add(TensorRole::AttnK, kv_out, h, layers);
        add(TensorRole::AttnV, kv_out, h, layers);
        add(TensorRole::AttnOutput, h, q_out, layers);
        if (spec.qkv_bias) {
            add(TensorRole::Norm, 1, q_out + 2 * kv_out, layers);
        }
        if (spec.attn_out_bias) {
            add(TensorRole::Norm, 1, h, layers);
        }
        if (spec.qk_norm) {
            add(TensorRole::Norm, 1, 2 * spec.head_dim, layers);
        }
    }

    // Feed-forward: dense layers, then MoE layers.
    const std::int64_t moe_layers = moeLayerCount(spec);
    const std::int64_t dense_layers = layers - moe_layers;
    auto add_mlp = [&](TensorRole gate, TensorRole up, TensorRole down, std::int64_t width, std::int64_t count,
                       std::int64_t first_layer, std::int64_t per_layer) {
        if (spec.mlp_kind == MlpKind::Gated) {
            add(gate, width, h, count, first_layer, per_layer);
        }
        add(up, width, h, count, first_layer, per_layer);
        add(down, h, width, count, first_layer, per_layer);
        if (spec.mlp_bias) {
            add(TensorRole::Norm, 1, (mlpMatrices(spec.mlp_kind) - 1) * width + h, count);
        }
    };
    if (dense_layers > 0) {
        add_mlp(TensorRole::FfnGate, TensorRole::FfnUp, TensorRole::FfnDown, spec.intermediate_size, dense_layers, 0,
                1);
    }
    if (moe_layers > 0) {
        const MoeSpec& moe = spec.moe;
        const std::int64_t first = moe.first_dense_layers;
        add_mlp(TensorRole::ExpertGate, TensorRole::ExpertUp, TensorRole::ExpertDown, moe.expert_intermediate_size,
                moe_layers * moe.num_experts, first, moe.num_experts);
        add(TensorRole::Router, moe.num_experts, h, moe_layers);
        if (moe.router_bias) {
            add(TensorRole::Norm, 1, moe.num_experts, moe_layers);
        }
        const std::int64_t shared_width =
            moe.shared_experts * moe.expert_intermediate_size + moe.shared_intermediate_size;
        if (shared_width > 0) {
            add_mlp(TensorRole::FfnGate, TensorRole::FfnUp, TensorRole::FfnDown, shared_width, moe_layers, first, 1);
        }
        if (moe.shared_expert_gate) {
            add(TensorRole::Router, 1, h, moe_layers);
        }
    }

    // Norms: per layer, plus the final norm.
    add(TensorRole::Norm, 1, normElements(spec), layers * spec.norms_per_layer + 1);

    if (!spec.tied_embeddings) {
        add(TensorRole::OutputHead, spec.vocab_size, h, 1);
    }
    return groups;
}

ParameterCounts countParameters(const ModelSpec& spec) {
    ParameterCounts counts;
    std::int64_t routed_expert_params = 0;
    for (const TensorGroup& group : tensorGroups(spec)) {
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
            routed_expert_params += n;
            counts.mlp += n;
            break;
        case TensorRole::FfnGate:
        case TensorRole::FfnUp:
        case TensorRole::FfnDown:
        case TensorRole::Router:
            counts.mlp += n;
            break;
        case TensorRole::Norm:
            counts.norms += n;
            break;
        case TensorRole::OutputHead:
            counts.output_head += n;
            break;
        }
    }
    // A bare count: scale to exactly what was asked, the difference going to the MLP (the shape's
    // free dimension), so the weights equal the count and the breakdown stays plausible.
    if (spec.params_override > 0) {
        counts.mlp += spec.params_override - counts.total();
    }
    counts.active = counts.total();
    if (spec.moe.enabled() && spec.moe.num_experts > 0) {
        const std::int64_t idle = routed_expert_params - routed_expert_params / spec.moe.num_experts *
                                                             std::min(spec.moe.experts_per_token, spec.moe.num_experts);
        counts.active -= idle;
    }
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
