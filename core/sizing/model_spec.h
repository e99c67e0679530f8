#pragma once

#include "core/sizing/layer_spec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fitscope::sizing {

// How the feed-forward block is built. Gated (SwiGLU/GeGLU: gate, up, down) has three matrices,
// plain (GELU MLP: up, down) has two.
enum class MlpKind { Gated, Plain };

// RMSNorm has one weight vector; LayerNorm has a weight and a bias.
enum class NormKind { RmsNorm, LayerNorm };

// Learned absolute positions add a (max_positions × hidden) table; rotary and ALiBi add nothing.
enum class PositionKind { Rotary, Learned, Alibi };

// Mixture of experts. Layers [0, first_dense_layers) keep the dense MLP (DeepSeek's
// first_k_dense_replace); the others route each token to experts_per_token of num_experts.
struct MoeSpec {
    std::int64_t num_experts = 0; // routed experts per MoE layer; 0 = dense model
    std::int64_t experts_per_token = 0;
    std::int64_t expert_intermediate_size = 0; // width of one routed expert's MLP
    std::int64_t shared_experts = 0;           // always-on experts (DeepSeek), each expert_intermediate_size wide
    std::int64_t shared_intermediate_size = 0; // one shared MLP of this width (Qwen2-MoE); 0 = none
    bool shared_expert_gate = false;           // Qwen2-MoE's sigmoid gate (hidden × 1)
    bool router_bias = false;                  // DeepSeek-V3's e_score_correction_bias (per expert)
    std::int64_t first_dense_layers = 0;
    std::int64_t layer_period = 1; // every layer_period-th layer is MoE (Qwen2-MoE decoder_sparse_step)

    bool enabled() const { return num_experts > 0; }
};

// Multi-head latent attention (DeepSeek-V2/V3): keys and values are cached as one compressed
// latent of kv_lora_rank plus a shared rotary key of qk_rope_head_dim, not per head.
struct MlaSpec {
    std::int64_t q_lora_rank = 0; // 0 = queries are projected directly (V2-Lite)
    std::int64_t kv_lora_rank = 0;
    std::int64_t qk_nope_head_dim = 0;
    std::int64_t qk_rope_head_dim = 0;
    std::int64_t v_head_dim = 0;

    bool enabled() const { return kv_lora_rank > 0; }
};

// Sliding-window attention: layer i uses the window when (i % period) < sliding_per_period.
// Mistral v0.1: every layer (period 1, per_period 1). Gemma 2: every other layer (2, 1).
// Gemma 3: five of every six (6, 5).
struct SlidingWindowSpec {
    std::int64_t window_tokens = 0; // 0 = no sliding window
    std::int64_t period = 1;
    std::int64_t sliding_per_period = 1;

    bool enabled() const { return window_tokens > 0; }
    bool layerSlides(std::int64_t layer) const { return enabled() && (layer % period) < sliding_per_period; }
    std::int64_t slidingLayers(std::int64_t num_layers) const;
};

// The architecture of a decoder-only transformer: everything the engine needs to count parameters,
// size the KV cache and estimate activations. Plain data; filled from the catalog, a config.json,
// a GGUF header or a bare parameter count.
struct ModelSpec {
    std::string id;           // catalog id ("llama-2-13b") or a file-derived id
    std::string display_name; // "Llama-2-13B"
    std::string model_type;   // Hugging Face model_type ("llama", "mixtral", ...)
    std::string source;       // where the figures come from (URL or file path)

    std::int64_t vocab_size = 0;
    std::int64_t hidden_size = 0;
    std::int64_t num_layers = 0;
    std::int64_t num_heads = 0;
    std::int64_t num_kv_heads = 0; // == num_heads for MHA, 1 for MQA, in between for GQA
    std::int64_t head_dim = 0;     // explicit (Gemma: 256) or hidden_size / num_heads
    std::int64_t intermediate_size = 0;
    MlpKind mlp_kind = MlpKind::Gated;
    NormKind norm_kind = NormKind::RmsNorm;
    PositionKind position_kind = PositionKind::Rotary;
    std::int64_t norms_per_layer = 2; // Gemma 2 adds pre/post feed-forward norms: 4
    bool qkv_bias = false;            // Qwen2, GPT-2
    bool attn_out_bias = false;       // GPT-2
    bool mlp_bias = false;            // GPT-2
    bool fused_qkv = false;           // Falcon / GPT-NeoX / Phi-3 (same count, one tensor)
    bool qk_norm = false;             // Qwen3: RMSNorm over each head's queries and keys (2 × head_dim)
    bool tied_embeddings = false;
    std::int64_t max_positions = 0;

    MoeSpec moe;
    MlaSpec mla;
    SlidingWindowSpec sliding_window;

    // The model as a list of layers. Empty: every layer is the uniform one the fields above describe,
    // with the MoeSpec and SlidingWindowSpec patterns (layerList() expands it). Readers of families whose
    // layers differ fill it; the fields above then describe a typical layer (for activation estimates).
    std::vector<LayerSpec> layers;

    // Components outside the decoder layers.
    // Per-layer embeddings (Gemma 4 E2B/E4B, modeling_gemma4.py Gemma4TextModel): embed_tokens_per_layer, one
    // packed table of per_layer_input_vocab rows × (num_layers × per_layer_input_size), looked up per token like
    // embed_tokens, plus per_layer_model_projection (hidden -> num_layers × per_layer_input_size) and its norm.
    // The layers' own gate and projection are in LayerSpec. 0 = none.
    std::int64_t per_layer_input_size = 0;
    std::int64_t per_layer_input_vocab = 0;
    std::int64_t encoder_params = 0; // vision/audio encoders and their projectors (multimodal checkpoints)
    std::string encoder_label;       // "vision encoder", "vision and audio encoders"
    // The encoder is a separate projector file that llama.cpp loads too (--mmproj), not a part of the
    // checkpoint that only vLLM and transformers load.
    bool encoder_in_projector_file = false;
    // The soft tokens one image takes in the sequence (0 = unknown: the encoder's count depends on the image,
    // the user gives it), and what the figure is for ("mm_tokens_per_image", "a 1024 × 1024 image").
    std::int64_t image_tokens_per_image = 0;
    std::string image_tokens_basis;
    // Multi-token-prediction blocks the checkpoint stores (num_nextn_predict_layers). No runtime modelled
    // here loads them by default (vLLM only with a speculative config), so they are not in `params`.
    std::int64_t mtp_layers = 0;
    std::int64_t mtp_params = 0;
    // Elements the checkpoint stores beyond what a runtime holds in memory: a stored copy of a tied
    // output head, FP8 block-scale tensors. The reason is shown beside the stored total.
    std::int64_t stored_extra_params = 0;
    std::string stored_extra_reason;

    // Set when the shape was derived from a bare parameter count: the estimate says so.
    bool shape_assumed = false;
    // For an assumed shape, the count the user asked for (the breakdown is scaled to it).
    std::int64_t params_override = 0;
    // The total published by the model's authors, when known, with its source (0 = unknown).
    std::int64_t published_params = 0;
    std::string published_params_source;
};

// Parameter counts per component, from the architecture. Each field is an element count.
struct ParameterCounts {
    std::int64_t embeddings = 0;  // token (and learned position) embeddings
    std::int64_t attention = 0;   // q, k, v, o projections (MLA: all its projections and latent norms)
    std::int64_t mlp = 0;         // dense MLPs, routed experts, shared experts and routers
    std::int64_t norms = 0;       // every norm weight and bias
    std::int64_t output_head = 0; // lm_head (0 when tied to the embeddings)
    std::int64_t recurrent = 0;   // linear-attention and state-space mixers (Gated DeltaNet, Mamba-2)
    std::int64_t encoder = 0;     // vision/audio encoders and projectors
    std::int64_t active = 0;      // parameters used per token (MoE: only the routed experts' share)
    // Not held in memory: MTP blocks and what else the checkpoint stores (see ModelSpec).
    std::int64_t mtp = 0;
    std::int64_t stored_extra = 0;

    // What the runtime holds in memory.
    std::int64_t total() const { return embeddings + attention + mlp + norms + output_head + recurrent + encoder; }
    // What the checkpoint stores (the Hugging Face Hub's safetensors total).
    std::int64_t stored() const { return total() + mtp + stored_extra; }
};

// The same shapes, as the groups of weight matrices that quantization formats apply to. Grouping
// by role (not by layer) keeps an estimate cheap: a 126-layer model is still ~15 groups.
enum class TensorRole {
    TokenEmbedding,
    PositionEmbedding,
    AttnQ,
    AttnK,
    AttnV,
    AttnOutput,
    AttnLatent, // MLA down/up projections (q_a, q_b, kv_a, kv_b)
    FfnGate,
    FfnUp,
    FfnDown,
    ExpertGate,
    ExpertUp,
    ExpertDown,
    Router,
    Norm, // norms and biases: vectors, kept in 16/32-bit by every format
    OutputHead,
    RecurrentIn,  // Gated DeltaNet / Mamba-2 input projections (ssm_in)
    RecurrentOut, // their output projections (ssm_out)
    Encoder,      // a vision/audio encoder and projector, kept in 16 bit (modules_to_not_convert)
};

struct TensorGroup {
    TensorRole role;
    std::int64_t rows = 0;  // output features (ggml ne1)
    std::int64_t cols = 0;  // input features (ggml ne0): the axis blocks and groups run along
    std::int64_t count = 0; // how many such matrices (layers × experts)
    // For roles that differ by layer (GGUF mixtures), the layers these matrices live in are
    // [first_layer, first_layer + count / per_layer); per_layer = matrices per layer (experts).
    std::int64_t first_layer = 0;
    std::int64_t per_layer = 1;
    // The layers are first_layer, first_layer + layer_stride, ... (interleaved MoE, hybrids).
    std::int64_t layer_stride = 1;

    std::int64_t layerCount() const { return per_layer > 0 ? count / per_layer : count; }
    std::int64_t layerAt(std::int64_t i) const { return first_layer + i * layer_stride; }
    // How many of this group's layers lie in [first, end).
    std::int64_t layersIn(std::int64_t first, std::int64_t end) const;
    std::int64_t elements() const { return rows * cols * count; }
};

ParameterCounts countParameters(const ModelSpec& spec);
std::vector<TensorGroup> tensorGroups(const ModelSpec& spec);

// The model's layers: spec.layers, or the uniform layer repeated num_layers times with the MoE and
// sliding-window patterns applied.
std::vector<LayerSpec> layerList(const ModelSpec& spec);

// The same groups from an explicit layer list (tensorGroups uses it with layerList(spec)).
std::vector<TensorGroup> tensorGroups(const ModelSpec& spec, const std::vector<LayerSpec>& layers);

// KV elements cached per token per layer for K and V together (MLA: the latent plus rotary key).
std::int64_t kvElementsPerTokenPerLayer(const ModelSpec& spec);

// A dense Llama-2-style decoder whose parameter total equals params exactly. Below 30 B it uses
// multi-head attention (as Llama-2 7B/13B), from 30 B grouped-query attention with 8 KV heads
// (as Llama-2-70B and Code Llama 34B). The caller must show that the shape is assumed.
ModelSpec assumedShapeForParams(std::int64_t params);

// Checks a spec for values the engine cannot work with (zero sizes, heads not dividing, absurd
// totals); returns an empty string when valid, else a one-line reason.
std::string validate(const ModelSpec& spec);

} // namespace fitscope::sizing
