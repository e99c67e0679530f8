#pragma once

#include <cstdint>
#include <string_view>

namespace fitscope::sizing {

// What mixes the tokens in one decoder layer. The kind decides what the layer caches: attention
// kinds cache keys and values per token (sliding and chunked ones at most their window), the
// recurrent kinds a fixed state per sequence, SharedKv nothing of its own (it reads another layer's
// keys and values), None nothing at all (an MLP-only block of a hybrid).
enum class MixerKind : std::uint8_t {
    FullAttention,
    SlidingWindow,    // attends to the last window_tokens positions (Mistral v0.1, Gemma 2/3, gpt-oss)
    ChunkedAttention, // attends within chunks of window_tokens (Llama 4's attention_chunk_size)
    LatentAttention,  // multi-head latent attention (DeepSeek-V2/V3, Kimi-K2, GLM-5)
    GatedDeltaNet,    // linear attention with a delta-rule state (Qwen3-Next, Qwen3.5)
    Mamba2,           // selective state space (Nemotron-H, Granite 4 hybrid, Falcon-H1, Jamba's Mamba)
    SharedKv,         // reuses another layer's keys and values
    None,             // no mixer (an MLP-only block)
};

std::string_view mixerKindId(MixerKind kind); // "full_attention", "sliding_window", ...

inline bool isRecurrent(MixerKind kind) {
    return kind == MixerKind::GatedDeltaNet || kind == MixerKind::Mamba2;
}
inline bool isAttention(MixerKind kind) {
    return kind == MixerKind::FullAttention || kind == MixerKind::SlidingWindow ||
           kind == MixerKind::ChunkedAttention || kind == MixerKind::LatentAttention;
}
// The layer attends to a bounded span of past positions (its KV cache can be capped).
inline bool isWindowed(MixerKind kind) {
    return kind == MixerKind::SlidingWindow || kind == MixerKind::ChunkedAttention;
}

// One layer's attention. K and V head dims may differ (MLA, Gemma 4's global layers).
struct LayerAttention {
    std::int64_t num_heads = 0;
    std::int64_t num_kv_heads = 0;
    std::int64_t head_dim = 0;      // query and key head dim
    std::int64_t v_head_dim = 0;    // value head dim
    std::int64_t window_tokens = 0; // sliding window or chunk size
    bool rope = true;               // false: Llama 4's NoPE global layers
    bool qkv_bias = false;
    bool out_bias = false;
    bool sinks = false;       // gpt-oss: one learned sink logit per head
    bool output_gate = false; // Qwen3-Next / Qwen3.5 gated attention: q_proj also yields a per-channel gate
    // Gemma 4's attention_k_eq_v global layers: no v_proj, the values are the key projection (before its
    // norm and RoPE). The cache still holds K and V as two tensors.
    bool value_is_key = false;
    // RMSNorm weights over the queries and keys (Qwen3: head_dim each; OLMo 2, MiniMax-M2: whole projections).
    std::int64_t q_norm_elements = 0;
    std::int64_t k_norm_elements = 0;
    // Multi-head latent attention: K and V are cached as one latent of kv_lora_rank plus a shared
    // rotary key of qk_rope_head_dim.
    std::int64_t q_lora_rank = 0; // 0 = queries projected directly (DeepSeek-V2-Lite)
    std::int64_t kv_lora_rank = 0;
    std::int64_t qk_nope_head_dim = 0;
    std::int64_t qk_rope_head_dim = 0;
    // DeepSeek sparse attention's lightning indexer (DeepSeek-V3.2, GLM-5): its own q/k projections and
    // a cache of one index_head_dim key per token.
    std::int64_t index_heads = 0;
    std::int64_t index_head_dim = 0;
    std::int64_t kv_source_layer = -1; // SharedKv: the layer whose cache this one reads
};

// One recurrent mixer. Gated DeltaNet: num_k_heads key heads of head_k_dim, num_heads value heads of
// head_v_dim. Mamba-2: num_heads heads of head_v_dim (d_inner = num_heads × head_v_dim), n_groups groups
// of B and C of state_size each.
struct LayerRecurrent {
    std::int64_t num_heads = 0;
    std::int64_t num_k_heads = 0;
    std::int64_t head_k_dim = 0;
    std::int64_t head_v_dim = 0;
    std::int64_t state_size = 0;
    std::int64_t n_groups = 0;
    std::int64_t conv_kernel = 0;
    bool conv_bias = true;
    bool proj_bias = false;
    // Bytes per element of the SSM / delta-rule state when the checkpoint asks for one (config
    // mamba_ssm_dtype "float32": 4); 0 = the model's dtype.
    std::int64_t ssm_state_dtype_bytes = 0;

    std::int64_t innerSize() const { return num_heads * head_v_dim; }
};

enum class LayerMlpKind : std::uint8_t { None, Dense, Moe };

// One layer's feed-forward block.
struct LayerMlp {
    LayerMlpKind kind = LayerMlpKind::Dense;
    std::int64_t intermediate_size = 0; // dense width
    bool gated = true;                  // three matrices (SwiGLU) or two (GELU MLP, Nemotron-H's relu²)
    bool bias = false;
    // Mixture of experts.
    std::int64_t num_experts = 0;
    std::int64_t experts_per_token = 0;
    std::int64_t expert_intermediate_size = 0;
    std::int64_t shared_experts = 0;           // always-on experts as wide as routed ones (DeepSeek)
    std::int64_t shared_intermediate_size = 0; // one shared MLP of its own width (Qwen2-MoE, Llama 4)
    bool shared_expert_gate = false;           // Qwen2-MoE / Qwen3-Next sigmoid gate (hidden × 1)
    bool router_bias = false;                  // e_score_correction_bias (DeepSeek-V3, GLM-4.5, MiniMax-M2)
    bool router_linear_bias = false;           // the router Linear has a bias (gpt-oss)
    bool expert_bias = false;                  // every expert matrix has a bias (gpt-oss)
    bool router_scales = false; // Gemma 4: the router's input scale (hidden) and per_expert_scale (experts)
};

struct LayerSpec {
    MixerKind mixer = MixerKind::FullAttention;
    LayerAttention attn;
    LayerRecurrent rec;
    LayerMlp mlp;
    std::int64_t norm_vectors = 2;    // hidden-size norm weights in the block (input, post-attention, ...)
    std::int64_t scalar_elements = 0; // loose per-layer scalars the checkpoint stores (Gemma 4's layer_scalar)
    // Gemma 4 E2B/E4B per-layer inputs: the block's per_layer_input_gate (hidden -> this width) and
    // per_layer_projection (back to hidden); its post_per_layer_input_norm is one of norm_vectors. 0 = none.
    std::int64_t per_layer_input_size = 0;
};

} // namespace fitscope::sizing
