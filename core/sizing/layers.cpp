#include "core/sizing/layers.h"

#include "core/sizing/estimator.h"

#include <algorithm>

namespace fitscope::sizing {

namespace {

bool isLayerRole(TensorRole role) {
    return role != TensorRole::TokenEmbedding && role != TensorRole::PositionEmbedding &&
           role != TensorRole::OutputHead;
}

bool variesByLayer(TensorRole role) {
    return role == TensorRole::AttnV || role == TensorRole::FfnDown || role == TensorRole::ExpertDown ||
           role == TensorRole::AttnOutput;
}

// Layers the group's matrices live in: [first_layer, first_layer + layer_count).
std::int64_t groupLayerCount(const TensorGroup& group, std::int64_t num_layers) {
    if (group.role == TensorRole::Norm) {
        return num_layers; // norm and bias vectors of every layer are grouped together
    }
    return std::max<std::int64_t>(1, group.count / std::max<std::int64_t>(1, group.per_layer));
}

std::int64_t overlap(std::int64_t a0, std::int64_t a1, std::int64_t b0, std::int64_t b1) {
    return std::max<std::int64_t>(0, std::min(a1, b1) - std::max(a0, b0));
}

} // namespace

std::int64_t layerWeightBytes(const PreparedModel& model, const PrecisionPlan& plan, std::int64_t first,
                              std::int64_t end) {
    const ModelSpec& spec = model.spec;
    const std::int64_t layers = spec.num_layers;
    first = std::clamp<std::int64_t>(first, 0, layers);
    end = std::clamp<std::int64_t>(end, first, layers);
    if (first == end) {
        return 0;
    }
    const bool gguf = formatInfo(plan.weights).family == FormatFamily::Gguf;
    std::int64_t bytes = 0;
    for (const TensorGroup& group : model.groups) {
        if (!isLayerRole(group.role)) {
            continue;
        }
        const std::int64_t group_layers = groupLayerCount(group, layers);
        const std::int64_t group_first = group.role == TensorRole::Norm ? 0 : group.first_layer;
        const std::int64_t shared = overlap(group_first, group_first + group_layers, first, end);
        if (shared == 0) {
            continue;
        }
        if (gguf && variesByLayer(group.role) && group.per_layer > 0) {
            // GGUF mixtures: the type differs by layer (use_more_bits), so sum the layers themselves.
            const std::int64_t lo = std::max(group_first, first);
            for (std::int64_t layer = lo; layer < lo + shared; ++layer) {
                const WeightFormat type = resolveGgufTensorType(plan.weights, group.role, layer, layers, spec);
                bytes += storageBytes(type, group.rows, group.cols) * group.per_layer;
            }
            continue;
        }
        // Every layer of the group weighs the same: its share of the whole group.
        const std::int64_t group_bytes = groupStorageBytes(model, plan, group);
        bytes += group_bytes / group_layers * shared;
    }
    return bytes;
}

std::int64_t layerParams(const PreparedModel& model, std::int64_t first, std::int64_t end) {
    const std::int64_t layers = model.spec.num_layers;
    first = std::clamp<std::int64_t>(first, 0, layers);
    end = std::clamp<std::int64_t>(end, first, layers);
    std::int64_t params = 0;
    for (const TensorGroup& group : model.groups) {
        if (!isLayerRole(group.role)) {
            continue;
        }
        const std::int64_t group_layers = groupLayerCount(group, layers);
        const std::int64_t group_first = group.role == TensorRole::Norm ? 0 : group.first_layer;
        const std::int64_t shared = overlap(group_first, group_first + group_layers, first, end);
        params += group.elements() / group_layers * shared;
    }
    return params;
}

AttentionLayers attentionLayers(const ModelSpec& spec, std::int64_t first, std::int64_t end) {
    first = std::clamp<std::int64_t>(first, 0, spec.num_layers);
    end = std::clamp<std::int64_t>(end, first, spec.num_layers);
    AttentionLayers out;
    out.sliding = spec.sliding_window.slidingLayers(end) - spec.sliding_window.slidingLayers(first);
    out.full = end - first - out.sliding;
    return out;
}

std::int64_t kvBytesPerTokenPerLayer(const PreparedModel& model, KvFormat k_format, KvFormat v_format,
                                     Runtime runtime) {
    const ModelSpec& spec = model.spec;
    if (spec.mla.enabled() && runtime == Runtime::Transformers) {
        // transformers' DeepSeek-V2/V3 attention caches the decompressed per-head keys and values.
        return kvRowBytes(k_format, spec.num_heads * (spec.mla.qk_nope_head_dim + spec.mla.qk_rope_head_dim),
                          spec.num_heads) +
               kvRowBytes(v_format, spec.num_heads * spec.mla.v_head_dim, spec.num_heads);
    }
    if (spec.mla.enabled()) {
        return kvRowBytes(k_format, model.kv_elements_per_token_per_layer, 1);
    }
    const std::int64_t row = spec.num_kv_heads * spec.head_dim;
    return kvRowBytes(k_format, row, spec.num_kv_heads) + kvRowBytes(v_format, row, spec.num_kv_heads);
}

std::int64_t kvHeadsPerGpu(const ModelSpec& spec, std::int64_t gpus) {
    return std::max<std::int64_t>(1, (spec.num_kv_heads + gpus - 1) / std::max<std::int64_t>(1, gpus));
}

double kvTensorParallelShare(const ModelSpec& spec, Runtime runtime, std::int64_t gpus) {
    if (gpus <= 1 || (spec.mla.enabled() && runtime != Runtime::Transformers)) {
        return 1.0;
    }
    const std::int64_t heads = spec.mla.enabled() ? spec.num_heads : spec.num_kv_heads;
    const std::int64_t per_gpu = std::max<std::int64_t>(1, (heads + gpus - 1) / gpus);
    return static_cast<double>(per_gpu) / static_cast<double>(heads);
}

void pipelineStageLayers(std::int64_t layers, std::int64_t stages, std::int64_t stage, std::int64_t* first,
                         std::int64_t* end) {
    stages = std::max<std::int64_t>(1, stages);
    const std::int64_t base = layers / stages;
    const std::int64_t extra = layers % stages;
    *first = stage * base + std::min(stage, extra);
    *end = *first + base + (stage < extra ? 1 : 0);
}

std::int64_t sliceCount(std::int64_t gpus, Parallelism parallelism) {
    return parallelism == Parallelism::Pipeline ? std::max<std::int64_t>(1, gpus) : 1;
}

DeviceSlice deviceSlice(const ModelSpec& spec, std::int64_t gpus, Parallelism parallelism, std::int64_t index) {
    DeviceSlice slice;
    gpus = std::max<std::int64_t>(1, gpus);
    if (parallelism == Parallelism::Pipeline && gpus > 1) {
        pipelineStageLayers(spec.num_layers, gpus, index, &slice.first_layer, &slice.end_layer);
        slice.embeddings = index == 0;
        slice.output_head = index == gpus - 1;
        return slice;
    }
    slice.first_layer = 0;
    slice.end_layer = spec.num_layers;
    slice.tensor_parallel = gpus;
    slice.replicas = gpus;
    return slice;
}

std::int64_t sliceWeightBytes(const PreparedModel& model, const PrecisionPlan& plan, const WeightBreakdown& whole,
                              const DeviceSlice& slice) {
    const bool everything =
        slice.first_layer == 0 && slice.end_layer == model.spec.num_layers && slice.embeddings && slice.output_head;
    if (everything) {
        const std::int64_t tp = std::max<std::int64_t>(1, slice.tensor_parallel);
        return (whole.total() + tp - 1) / tp;
    }
    std::int64_t bytes = layerWeightBytes(model, plan, slice.first_layer, slice.end_layer);
    if (slice.embeddings) {
        bytes += whole.embeddings_bytes;
    }
    if (slice.output_head) {
        bytes += whole.output_head_bytes;
    }
    return bytes;
}

std::int64_t sliceKvBytes(const PreparedModel& model, KvFormat k_format, KvFormat v_format, Runtime runtime,
                          std::int64_t tokens, std::int64_t batch, const DeviceSlice& slice) {
    const ModelSpec& spec = model.spec;
    const AttentionLayers layers = attentionLayers(spec, slice.first_layer, slice.end_layer);
    const std::int64_t window = layers.sliding > 0 ? std::min(tokens, spec.sliding_window.window_tokens) : 0;
    const std::int64_t bytes = batch * kvBytesPerTokenPerLayer(model, k_format, v_format, runtime) *
                               (layers.full * tokens + layers.sliding * window);
    if (slice.tensor_parallel <= 1 || (spec.mla.enabled() && runtime != Runtime::Transformers)) {
        return bytes; // one GPU, or MLA's latent, which every GPU holds whole
    }
    const std::int64_t heads = spec.mla.enabled() ? spec.num_heads : spec.num_kv_heads;
    const std::int64_t per_gpu = std::max<std::int64_t>(1, (heads + slice.tensor_parallel - 1) / slice.tensor_parallel);
    return bytes / heads * per_gpu;
}

} // namespace fitscope::sizing
