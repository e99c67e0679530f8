#include "core/sizing/prepared_model.h"

#include "core/sizing/estimator.h"
#include "core/sizing/layers.h"
#include "core/sizing/runtime_profile.h"

#include <algorithm>
#include <stdexcept>

namespace fitscope::sizing {

bool KvLayout::add(const LayerCache& cache, std::int64_t layers) {
    for (std::size_t i = 0; i < count; ++i) {
        if (classes[i].cache.sameClass(cache)) {
            classes[i].layers += layers;
            return true;
        }
    }
    if (count == kMaxClasses) {
        return false;
    }
    classes[count++] = KvClass{cache, layers};
    return true;
}

namespace {

LayerCache layerCache(const LayerSpec& layer) {
    LayerCache c;
    c.mixer = layer.mixer;
    const LayerAttention& a = layer.attn;
    const LayerRecurrent& r = layer.rec;
    switch (layer.mixer) {
    case MixerKind::FullAttention:
    case MixerKind::SlidingWindow:
    case MixerKind::ChunkedAttention:
        c.k_elements = a.num_kv_heads * a.head_dim;
        c.v_elements = a.num_kv_heads * a.v_head_dim;
        c.kv_heads = std::max<std::int64_t>(1, a.num_kv_heads);
        c.window_tokens = isWindowed(layer.mixer) ? a.window_tokens : 0;
        break;
    case MixerKind::LatentAttention:
        // The compressed latent and the decoupled rotary key, shared by all heads (DeepSeek-V2 §2.1);
        // DeepSeek sparse attention adds its indexer's key per token.
        c.k_elements = a.kv_lora_rank + a.qk_rope_head_dim + a.index_head_dim;
        c.v_elements = 0;
        c.kv_heads = 1;
        c.mla_heads = a.num_heads;
        c.mla_k_head_dim = a.qk_nope_head_dim + a.qk_rope_head_dim;
        c.mla_v_head_dim = a.v_head_dim;
        break;
    case MixerKind::GatedDeltaNet: {
        const std::int64_t key_dim = r.num_k_heads * r.head_k_dim;
        c.conv_channels = 2 * key_dim + r.num_heads * r.head_v_dim;
        c.conv_kernel = r.conv_kernel;
        c.conv_state_elements = c.conv_channels * (r.conv_kernel - 1);
        c.ssm_state_elements = r.num_heads * r.head_k_dim * r.head_v_dim;
        c.state_heads = r.num_heads;
        c.ssm_state_dtype_bytes = r.ssm_state_dtype_bytes;
        break;
    }
    case MixerKind::Mamba2:
        c.conv_channels = r.innerSize() + 2 * r.n_groups * r.state_size;
        c.conv_kernel = r.conv_kernel;
        c.conv_state_elements = c.conv_channels * (r.conv_kernel - 1);
        c.ssm_state_elements = r.innerSize() * r.state_size;
        c.state_heads = r.num_heads;
        c.ssm_state_dtype_bytes = r.ssm_state_dtype_bytes;
        break;
    case MixerKind::SharedKv:
    case MixerKind::None:
        break;
    }
    return c;
}

} // namespace

std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec) {
    if (const std::string problem = validate(spec); !problem.empty()) {
        throw std::invalid_argument(problem);
    }
    auto prepared = std::make_shared<PreparedModel>();
    prepared->counts = countParameters(spec);
    prepared->layers = layerList(spec);
    prepared->groups = tensorGroups(spec, prepared->layers);
    prepared->kv_elements_per_token_per_layer = kvElementsPerTokenPerLayer(spec);
    prepared->transformers_caps_window = transformersCapsWindow(spec);
    prepared->layer_cache.reserve(prepared->layers.size());
    bool first_attention = true;
    for (const LayerSpec& layer : prepared->layers) {
        const LayerCache cache = layerCache(layer);
        prepared->layer_cache.push_back(cache);
        if (!prepared->kv_layout.add(cache)) {
            throw std::invalid_argument("the layers cache in more than 8 different ways; the engine sizes at most 8");
        }
        prepared->sliding_layers += isWindowed(layer.mixer) ? 1 : 0;
        if (first_attention && isAttention(layer.mixer)) {
            prepared->kv_elements_per_token_per_layer = cache.k_elements + cache.v_elements;
            first_attention = false;
        }
    }
    for (const TensorGroup& group : prepared->groups) {
        if (group.role != TensorRole::Norm && group.role != TensorRole::TokenEmbedding &&
            group.role != TensorRole::PositionEmbedding) {
            prepared->largest_matrix_elements = std::max(prepared->largest_matrix_elements, group.rows * group.cols);
        }
    }
    prepared->spec = std::move(spec);
    for (const FormatInfo& info : allWeightFormats()) {
        PrecisionPlan plan;
        plan.weights = info.format;
        prepared->default_weights[static_cast<std::size_t>(info.format)] = weightBytes(*prepared, plan);
        prepared->layer_weight_prefix[static_cast<std::size_t>(info.format)] = layerWeightPrefix(*prepared, plan);
    }
    prepared->default_weights_ready = true;
    std::vector<std::int64_t> params_prefix(static_cast<std::size_t>(prepared->spec.num_layers) + 1, 0);
    for (std::int64_t l = 0; l < prepared->spec.num_layers; ++l) {
        params_prefix[static_cast<std::size_t>(l) + 1] =
            params_prefix[static_cast<std::size_t>(l)] + layerParams(*prepared, l, l + 1);
    }
    prepared->layer_params_prefix = std::move(params_prefix);
    return prepared;
}

std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec, const WeightBreakdown& stored_weights,
                                                  std::optional<WeightFormat> stored_format, std::string stored_label) {
    auto prepared = std::const_pointer_cast<PreparedModel>(prepareModel(std::move(spec)));
    prepared->stored_weights = stored_weights;
    prepared->stored_format = stored_format;
    prepared->stored_label = std::move(stored_label);
    return prepared;
}

} // namespace fitscope::sizing
