// Vision encoders and projectors of multimodal wrappers, counted from the wrapper's vision_config with
// the defaults and tensor shapes of each transformers vision model. Published totals of multimodal
// checkpoints include them; vLLM and transformers load them, llama.cpp reads them from a separate
// mmproj file.
#include "core/formats/hf_config_reader.h"

#include <algorithm>
#include <string>
#include <vector>

namespace fitscope::formats::hf {

namespace {

// SigLIP (SiglipVisionModel): patch convolution with bias, learned positions, pre-norm blocks with
// LayerNorms (weight and bias) and biased attention and MLP, a post LayerNorm, an optional pooling head.
std::int64_t siglip(const ConfigReader& v) {
    const std::int64_t h = v.dim("hidden_size", 768);
    const std::int64_t inter = v.dim("intermediate_size", 3072);
    const std::int64_t layers = v.dim("num_hidden_layers", 12);
    const std::int64_t channels = v.dim("num_channels", 3);
    const std::int64_t image = v.dim("image_size", 224);
    const std::int64_t patch = v.dim("patch_size", 16);
    if (patch < 1 || h < 1) {
        v.fail("vision_config patch_size and hidden_size must be positive");
    }
    const std::int64_t positions = (image / patch) * (image / patch);
    std::int64_t n = channels * patch * patch * h + h + positions * h;
    n += layers * (2 * h + 4 * (h * h + h) + 2 * h + (h * inter + inter) + (inter * h + h));
    n += 2 * h; // post_layernorm
    if (v.boolean("vision_use_head", true)) {
        // Multi-head attention pooling: probe, in/out projections, LayerNorm, MLP.
        n += h + (3 * h * h + 3 * h) + (h * h + h) + 2 * h + (h * inter + inter) + (inter * h + h);
    }
    return n;
}

// Pixtral (Mistral 3's vision encoder): patch convolution without bias, RMSNorms, bias-free attention
// and a gated MLP per block.
std::int64_t pixtral(const ConfigReader& v) {
    const std::int64_t h = v.dim("hidden_size", 1024);
    const std::int64_t inter = v.dim("intermediate_size", 4096);
    const std::int64_t layers = v.dim("num_hidden_layers", 24);
    const std::int64_t channels = v.dim("num_channels", 3);
    const std::int64_t patch = v.dim("patch_size", 16);
    return channels * patch * patch * h + h + layers * (2 * h + 4 * h * h + 3 * h * inter);
}

// Qwen3-VL's vision tower (Qwen3.5): 3-D patch convolution with bias, learned positions, LayerNorm
// blocks with fused biased qkv and a GELU MLP, a patch merger (LayerNorm, two biased linears) and one
// more merger per deepstack index.
std::int64_t qwenVision(const ConfigReader& v) {
    const std::int64_t h = v.dim("hidden_size", 1152);
    const std::int64_t inter = v.dim("intermediate_size", 4304);
    const std::int64_t depth = v.dim("depth", 27);
    const std::int64_t channels = v.dim("in_channels", 3);
    const std::int64_t patch = v.dim("patch_size", 16);
    const std::int64_t temporal = v.dim("temporal_patch_size", 2);
    const std::int64_t positions = v.dim("num_position_embeddings", 2304);
    const std::int64_t merge = v.dim("spatial_merge_size", 2);
    const std::int64_t out = v.dim("out_hidden_size", 3584);
    const std::int64_t merged = h * merge * merge;
    std::int64_t n = channels * temporal * patch * patch * h + h + positions * h;
    n += depth * (2 * h + (3 * h * h + 3 * h) + (h * h + h) + 2 * h + (h * inter + inter) + (inter * h + h));
    const std::int64_t merger_linears = (merged * merged + merged) + (merged * out + out);
    n += 2 * h + merger_linears;
    if (const auto deepstack = v.intList("deepstack_visual_indexes")) {
        n += static_cast<std::int64_t>(deepstack->size()) * (2 * merged + merger_linears);
    }
    return n;
}

// Gemma 4's vision tower (Gemma4VisionModel, modeling_gemma4.py): a bias-free patch projection, a learned
// 2-D position table (2 × position_embedding_size × hidden), pre/post-normed blocks (four RMSNorms) with
// bias-free attention, per-head q/k norms (v_norm has no weight) and a gated MLP; no final norm. With
// use_clipped_linears each of a block's seven linears stores four clipping scalars; with standardize the
// tower stores std_bias and std_scale.
std::int64_t gemma4Vision(const ConfigReader& v) {
    const std::int64_t h = v.dim("hidden_size", 768);
    const std::int64_t inter = v.dim("intermediate_size", 3072);
    const std::int64_t layers = v.dim("num_hidden_layers", 16);
    const std::int64_t heads = v.dim("num_attention_heads", 12);
    const std::int64_t kv_heads = v.dim("num_key_value_heads", 12);
    const std::int64_t head_dim = v.dim("head_dim", 64);
    const std::int64_t patch = v.dim("patch_size", 16);
    const std::int64_t positions = v.dim("position_embedding_size", 10240);
    std::int64_t n = 3 * patch * patch * h + 2 * positions * h;
    std::int64_t block = 2 * heads * head_dim * h + 2 * kv_heads * head_dim * h + 2 * head_dim + 3 * h * inter + 4 * h;
    if (v.boolean("use_clipped_linears", false)) {
        block += 7 * 4;
    }
    n += layers * block;
    if (v.boolean("standardize", false)) {
        n += 2 * h;
    }
    return n;
}

// Gemma 4's audio tower (Gemma4AudioModel, modeling_gemma4.py; E2B/E4B): a two-convolution subsampler
// (3×3, stride 2, no bias, each with a bias-free LayerNorm) and its input projection, conformer blocks of
// two feed-forward modules (h -> 4h -> h and two norms each), chunked attention (q, k, v, post, a relative
// key projection and per_dim_scale; head_dim = hidden / heads), a light convolution (linear_start h -> 2h,
// a depthwise conv of conv_kernel_size, linear_end, two norms) and three norms, then output_proj (h ->
// output_proj_dims, with bias). With use_clipped_linears each of a block's eight clippable linears stores
// four clipping scalars. The relative position table and softcap are buffers the checkpoint does not store.
std::int64_t gemma4Audio(const ConfigReader& a) {
    const std::int64_t h = a.dim("hidden_size", 1024);
    const std::int64_t layers = a.dim("num_hidden_layers", 12);
    const std::int64_t heads = a.dim("num_attention_heads", 8);
    const std::int64_t kernel = a.dim("conv_kernel_size", 5);
    const std::int64_t out = a.dim("output_proj_dims", 1536);
    std::vector<std::int64_t> channels{128, 32};
    if (const auto listed = a.intList("subsampling_conv_channels")) {
        channels = *listed;
        if (channels.size() != 2 || channels[0] < 1 || channels[1] < 1 || channels[0] > (1 << 16) ||
            channels[1] > (1 << 16)) {
            a.fail("subsampling_conv_channels must list two positive channel counts");
        }
    }
    if (heads < 1 || h % heads != 0) {
        a.fail("num_attention_heads must divide hidden_size");
    }
    const std::int64_t c0 = channels[0], c1 = channels[1];
    std::int64_t n = (9 * c0 + c0) + (9 * c0 * c1 + c1) + (c0 / 4) * c1 * h;
    std::int64_t block = 2 * (8 * h * h + 2 * h); // feed_forward1, feed_forward2
    block += 5 * h * h + h / heads;               // q, k, v, post, relative_k_proj, per_dim_scale
    block += 3 * h * h + h * kernel + 2 * h;      // lconv1d
    block += 3 * h;                               // norm_pre_attn, norm_post_attn, norm_out
    if (a.boolean("use_clipped_linears", true)) {
        block += 8 * 4;
    }
    n += layers * block + (h * out + out);
    return n;
}

// Llama 4's vision tower (transformers Llama4VisionModel; vLLM's llama4.py the same shapes): an unfold patch
// projection without bias, a class embedding, learned positions for every patch and the class token,
// LayerNorms (weight and bias) before and after the encoder, blocks of biased q/k/v/o and a biased GELU MLP
// (fc1, fc2) with two LayerNorms, then the pixel-shuffle adapter (fc1: intermediate_size ->
// projector_input_dim, fc2: -> projector_output_dim, biases with multi_modal_projector_bias) and the
// multi-modal projector (vision_output_dim -> text hidden, no bias). Every shape is read from the config:
// the trimmed copies that drop keys are refused, not filled in.
std::int64_t llama4Vision(const ConfigReader& v, std::int64_t text_hidden) {
    for (const char* key : {"hidden_size", "intermediate_size", "num_hidden_layers", "image_size", "patch_size",
                            "projector_input_dim", "projector_output_dim", "vision_output_dim"}) {
        if (!v.has(key)) {
            v.fail(std::string(key) + " is required to count Llama 4's vision tower");
        }
    }
    const std::int64_t h = v.dim("hidden_size", 0);
    const std::int64_t inter = v.dim("intermediate_size", 0);
    const std::int64_t layers = v.dim("num_hidden_layers", 0);
    const std::int64_t channels = v.dim("num_channels", 3);
    const std::int64_t image = v.dim("image_size", 0);
    const std::int64_t patch = v.dim("patch_size", 0);
    const std::int64_t adapter_in = v.dim("projector_input_dim", 0);
    const std::int64_t adapter_out = v.dim("projector_output_dim", 0);
    const std::int64_t out = v.dim("vision_output_dim", 0);
    const bool bias = v.boolean("multi_modal_projector_bias", false);
    if (patch < 1) {
        v.fail("patch_size must be positive");
    }
    const std::int64_t positions = (image / patch) * (image / patch) + 1;
    std::int64_t n = channels * patch * patch * h + h + positions * h + 4 * h;
    n += layers * (4 * (h * h + h) + (h * inter + inter) + (inter * h + h) + 4 * h);
    n += inter * adapter_in + (bias ? adapter_in : 0) + adapter_in * adapter_out + (bias ? adapter_out : 0);
    n += out * text_hidden;
    return n;
}

} // namespace

EncoderCount countEncoders(const json& wrapper, std::int64_t text_hidden, const std::string& origin) {
    EncoderCount out;
    if (!wrapper.is_object() || !wrapper.contains("vision_config") || !wrapper.at("vision_config").is_object()) {
        return out;
    }
    const std::string where = origin + " (vision_config)";
    const ConfigReader w(wrapper, origin);
    const ConfigReader v(wrapper.at("vision_config"), where);
    const std::string wrapper_type = w.string("model_type", "");
    const std::string type = v.string("model_type", "");
    if (wrapper_type == "gemma3" || type == "siglip_vision_model") {
        // Gemma 3's projector: mm_input_projection_weight (vision × text) and mm_soft_emb_norm.
        const std::int64_t vh = v.dim("hidden_size", 768);
        out.params = siglip(v) + vh * text_hidden + vh;
        out.label = "SigLIP vision encoder and projector";
        // Gemma3Config: every image is pooled to mm_tokens_per_image soft tokens.
        out.image_tokens = w.dim("mm_tokens_per_image", 256);
        out.image_tokens_basis = "mm_tokens_per_image";
    } else if (wrapper_type == "gemma4" || type == "gemma4_vision") {
        // Gemma 4's embed_vision: a weightless RMSNorm and one projection (vision × text).
        out.params = gemma4Vision(v) + v.dim("hidden_size", 768) * text_hidden;
        out.label = "vision encoder and projector";
        // The pooler's output length: vision_soft_tokens_per_image (the processor's default budget, 280).
        if (w.has("vision_soft_tokens_per_image")) {
            out.image_tokens = w.dim("vision_soft_tokens_per_image", 280);
            out.image_tokens_basis = "vision_soft_tokens_per_image";
        } else {
            out.image_tokens = v.dim("default_output_length", 280);
            out.image_tokens_basis =
                v.has("default_output_length") ? "default_output_length" : "the 280 of Gemma 4's released configs";
        }
        if (wrapper.contains("audio_config") && wrapper.at("audio_config").is_object()) {
            // E2B/E4B: embed_audio projects output_proj_dims to the text width (its norm has no weight).
            const ConfigReader a(wrapper.at("audio_config"), origin + " (audio_config)");
            out.params += gemma4Audio(a) + a.dim("output_proj_dims", 1536) * text_hidden;
            out.label = "vision and audio encoders and projectors";
        }
    } else if (wrapper_type == "llama4" || type == "llama4_vision_model") {
        out.params = llama4Vision(v, text_hidden);
        out.label = "vision encoder, adapter and projector";
    } else if (wrapper_type == "mistral3" || type == "pixtral") {
        // Mistral 3's projector: RMSNorm, a patch merger (merge² × vision -> vision), two linears.
        const std::int64_t vh = v.dim("hidden_size", 1024);
        const std::int64_t merge = w.dim("spatial_merge_size", 2);
        const bool bias = w.boolean("multimodal_projector_bias", false);
        out.params = pixtral(v) + vh + merge * merge * vh * vh + (vh * text_hidden + (bias ? text_hidden : 0)) +
                     (text_hidden * text_hidden + (bias ? text_hidden : 0));
        out.label = "Pixtral vision encoder and projector";
    } else if (wrapper_type == "qwen3_5" || wrapper_type == "qwen3_5_moe" || wrapper_type == "qwen3_vl" ||
               wrapper_type == "qwen3_vl_moe") {
        out.params = qwenVision(v);
        out.label = "vision encoder and patch merger";
        // Dynamic resolution: one token per merged patch (patch_size × spatial_merge_size pixels a side,
        // Qwen2-VL's smart_resize rounding to that factor). For a 1024 × 1024 image.
        const std::int64_t factor = v.dim("patch_size", 16) * v.dim("spatial_merge_size", 2);
        if (factor > 0) {
            const std::int64_t side = std::max<std::int64_t>(1, (1024 + factor / 2) / factor);
            out.image_tokens = side * side;
            out.image_tokens_basis = "a 1024 × 1024 image";
        }
    } else {
        out.label = "vision_config of type '" + (type.empty() ? wrapper_type : type) + "' not counted";
    }
    return out;
}

} // namespace fitscope::formats::hf
