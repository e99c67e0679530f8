#include "core/sizing/layers.h"

#include "core/sizing/estimator.h"
#include "core/sizing/runtime_profile.h"

#include <algorithm>

namespace fitscope::sizing {

namespace {

bool isLayerRole(TensorRole role) {
    return role != TensorRole::TokenEmbedding && role != TensorRole::PositionEmbedding &&
           role != TensorRole::OutputHead && role != TensorRole::Encoder;
}

// Norm and bias vectors are spread evenly over the layers; the bytes of layers [0, end) are rounded down so
// that any split of the layers adds up to exactly the group's bytes.
std::int64_t spreadBytesBefore(std::int64_t group_bytes, std::int64_t num_layers, std::int64_t end) {
    return num_layers > 0 ? group_bytes * end / num_layers : 0;
}

bool variesByLayer(TensorRole role) {
    return role == TensorRole::AttnV || role == TensorRole::FfnDown || role == TensorRole::ExpertDown ||
           role == TensorRole::AttnOutput;
}

// Of the group's layers, how many lie in [first, end). Norm and bias vectors of every layer are grouped
// together, so they are spread over all layers.
std::int64_t groupLayersIn(const TensorGroup& group, std::int64_t num_layers, std::int64_t first, std::int64_t end,
                           std::int64_t* group_layers) {
    if (group.role == TensorRole::Norm) {
        *group_layers = num_layers;
        return std::max<std::int64_t>(0, std::min(end, num_layers) - std::max<std::int64_t>(first, 0));
    }
    *group_layers = std::max<std::int64_t>(1, group.layerCount());
    return group.layersIn(first, end);
}

} // namespace

std::int64_t layerWeightBytes(const PreparedModel& model, const PrecisionPlan& plan, std::int64_t first,
                              std::int64_t end) {
    const auto& prefix = model.layer_weight_prefix[static_cast<std::size_t>(plan.weights)];
    if (prefix.size() == static_cast<std::size_t>(model.spec.num_layers) + 1) {
        // Embedding and output-head overrides don't touch the repeating layers, so the prepared sums hold.
        const std::int64_t layers = model.spec.num_layers;
        first = std::clamp<std::int64_t>(first, 0, layers);
        end = std::clamp<std::int64_t>(end, first, layers);
        return prefix[static_cast<std::size_t>(end)] - prefix[static_cast<std::size_t>(first)];
    }
    return layerWeightBytesUncached(model, plan, first, end);
}

std::vector<std::int64_t> layerWeightPrefix(const PreparedModel& model, const PrecisionPlan& plan) {
    const ModelSpec& spec = model.spec;
    const std::int64_t layers = spec.num_layers;
    std::vector<std::int64_t> per_layer(static_cast<std::size_t>(layers) + 1, 0);
    const bool gguf = formatInfo(plan.weights).family == FormatFamily::Gguf;
    for (const TensorGroup& group : model.groups) {
        if (!isLayerRole(group.role)) {
            continue;
        }
        const bool by_layer = gguf && variesByLayer(group.role) && group.per_layer > 0;
        std::int64_t group_layers = 0;
        groupLayersIn(group, layers, 0, layers, &group_layers);
        // The same share layerWeightBytesUncached gives each layer: the group's bytes / its layers.
        const std::int64_t group_bytes = by_layer ? 0 : groupStorageBytes(model, plan, group);
        const std::int64_t share = by_layer ? 0 : group_bytes / group_layers;
        if (group.role == TensorRole::Norm) {
            for (std::int64_t l = 0; l < layers; ++l) {
                per_layer[static_cast<std::size_t>(l)] +=
                    spreadBytesBefore(group_bytes, layers, l + 1) - spreadBytesBefore(group_bytes, layers, l);
            }
            continue;
        }
        const std::int64_t stride = std::max<std::int64_t>(1, group.layer_stride);
        const std::int64_t n = group.layerCount();
        for (std::int64_t k = 0; k < n; ++k) {
            const std::int64_t layer = group.first_layer + k * stride;
            if (layer < 0 || layer >= layers) {
                continue;
            }
            per_layer[static_cast<std::size_t>(layer)] +=
                by_layer ? storageBytes(resolveGgufTensorType(plan.weights, group.role, layer, layers, spec),
                                        group.rows, group.cols) *
                               group.per_layer
                         : share;
        }
    }
    // In place: per_layer[l] becomes the bytes of layers [0, l).
    std::int64_t sum = 0;
    for (std::int64_t& bytes : per_layer) {
        const std::int64_t layer_bytes = bytes;
        bytes = sum;
        sum += layer_bytes;
    }
    return per_layer;
}

std::int64_t layerWeightBytesUncached(const PreparedModel& model, const PrecisionPlan& plan, std::int64_t first,
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
        std::int64_t group_layers = 0;
        const std::int64_t shared = groupLayersIn(group, layers, first, end, &group_layers);
        if (shared == 0) {
            continue;
        }
        if (gguf && variesByLayer(group.role) && group.per_layer > 0) {
            // GGUF mixtures: the type differs by layer (use_more_bits), so sum the layers themselves.
            const std::int64_t n = group.layerCount();
            for (std::int64_t k = 0; k < n; ++k) {
                const std::int64_t layer = group.layerAt(k);
                if (layer < first || layer >= end) {
                    continue;
                }
                const WeightFormat type = resolveGgufTensorType(plan.weights, group.role, layer, layers, spec);
                bytes += storageBytes(type, group.rows, group.cols) * group.per_layer;
            }
            continue;
        }
        // Every layer of the group weighs the same: its share of the whole group.
        const std::int64_t group_bytes = groupStorageBytes(model, plan, group);
        if (group.role == TensorRole::Norm) {
            bytes += spreadBytesBefore(group_bytes, layers, end) - spreadBytesBefore(group_bytes, layers, first);
            continue;
        }
        bytes += group_bytes / group_layers * shared;
    }
    return bytes;
}

std::int64_t groupBytesInLayer(const PreparedModel& model, const PrecisionPlan& plan, const TensorGroup& group,
                               std::int64_t layer) {
    const std::int64_t layers = model.spec.num_layers;
    if (!isLayerRole(group.role) || group.role == TensorRole::Norm || group.layersIn(layer, layer + 1) == 0) {
        return 0;
    }
    if (formatInfo(plan.weights).family == FormatFamily::Gguf && variesByLayer(group.role) && group.per_layer > 0) {
        return storageBytes(resolveGgufTensorType(plan.weights, group.role, layer, layers, model.spec), group.rows,
                            group.cols) *
               group.per_layer;
    }
    return groupStorageBytes(model, plan, group) / std::max<std::int64_t>(1, group.layerCount());
}

std::int64_t layerParams(const PreparedModel& model, std::int64_t first, std::int64_t end) {
    const std::int64_t layers = model.spec.num_layers;
    first = std::clamp<std::int64_t>(first, 0, layers);
    end = std::clamp<std::int64_t>(end, first, layers);
    const auto& prefix = model.layer_params_prefix;
    if (prefix.size() == static_cast<std::size_t>(layers) + 1) {
        return prefix[static_cast<std::size_t>(end)] - prefix[static_cast<std::size_t>(first)];
    }
    std::int64_t params = 0;
    for (const TensorGroup& group : model.groups) {
        if (!isLayerRole(group.role)) {
            continue;
        }
        std::int64_t group_layers = 0;
        const std::int64_t shared = groupLayersIn(group, layers, first, end, &group_layers);
        params += group.elements() / group_layers * shared;
    }
    return params;
}

AttentionLayers attentionLayers(const ModelSpec& spec, std::int64_t first, std::int64_t end) {
    first = std::clamp<std::int64_t>(first, 0, spec.num_layers);
    end = std::clamp<std::int64_t>(end, first, spec.num_layers);
    AttentionLayers out;
    if (!spec.layers.empty()) {
        for (std::int64_t i = first; i < end; ++i) {
            const MixerKind kind = spec.layers[static_cast<std::size_t>(i)].mixer;
            out.sliding += isWindowed(kind) ? 1 : 0;
            out.full += isAttention(kind) && !isWindowed(kind) ? 1 : 0;
        }
        return out;
    }
    out.sliding = spec.sliding_window.slidingLayers(end) - spec.sliding_window.slidingLayers(first);
    out.full = end - first - out.sliding;
    return out;
}

const KvLayout& kvLayout(const PreparedModel& model, std::int64_t first, std::int64_t end,
                         std::unique_ptr<KvLayout>& scratch) {
    const auto layers = static_cast<std::int64_t>(model.layer_cache.size());
    first = std::clamp<std::int64_t>(first, 0, layers);
    end = std::clamp<std::int64_t>(end, first, layers);
    if (first == 0 && end == layers) {
        return model.kv_layout;
    }
    if (first == end) {
        static const KvLayout kNoLayers;
        return kNoLayers;
    }
    // Built only for a part of the model (pipeline stages, partial offload): a layout is a kilobyte,
    // and zeroing one on every estimate's path shows in the estimate rate.
    scratch = std::make_unique<KvLayout>();
    for (std::int64_t i = first; i < end; ++i) {
        scratch->add(model.layer_cache[static_cast<std::size_t>(i)]); // a subset of the model's classes: always fits
    }
    return *scratch;
}

KvLayout kvLayout(const PreparedModel& model, std::int64_t first, std::int64_t end) {
    std::unique_ptr<KvLayout> scratch;
    return kvLayout(model, first, end, scratch);
}

std::int64_t kvClassBytesPerToken(const LayerCache& c, KvFormat k_format, KvFormat v_format, Runtime runtime) {
    if (c.mixer == MixerKind::LatentAttention && runtime == Runtime::Transformers) {
        // transformers' DeepSeek-V2/V3 attention caches the decompressed per-head keys and values.
        return kvRowBytes(k_format, c.mla_heads * c.mla_k_head_dim, c.mla_heads) +
               kvRowBytes(v_format, c.mla_heads * c.mla_v_head_dim, c.mla_heads);
    }
    if (c.k_elements == 0 && c.v_elements == 0) {
        return 0;
    }
    if (c.v_elements == 0) {
        return kvRowBytes(k_format, c.k_elements, c.kv_heads); // MLA's latent: K format only
    }
    return kvRowBytes(k_format, c.k_elements, c.kv_heads) + kvRowBytes(v_format, c.v_elements, c.kv_heads);
}

std::int64_t kvBytesPerTokenPerLayer(const PreparedModel& model, KvFormat k_format, KvFormat v_format,
                                     Runtime runtime) {
    // The first attention layer's figure (the derivations quote one layer).
    for (std::size_t i = 0; i < model.kv_layout.count; ++i) {
        const LayerCache& c = model.kv_layout.classes[i].cache;
        if (isAttention(c.mixer)) {
            return kvClassBytesPerToken(c, k_format, v_format, runtime);
        }
    }
    return 0;
}

std::int64_t kvClassTensorParallelBytes(const LayerCache& c, Runtime runtime, std::int64_t bytes, std::int64_t tp) {
    if (tp <= 1) {
        return bytes;
    }
    std::int64_t heads = c.kv_heads;
    if (c.mixer == MixerKind::LatentAttention) {
        if (runtime != Runtime::Transformers) {
            return bytes; // MLA's latent: every GPU holds it whole
        }
        heads = c.mla_heads;
    } else if (isRecurrent(c.mixer)) {
        heads = c.state_heads;
    }
    heads = std::max<std::int64_t>(1, heads);
    const std::int64_t per_gpu = std::max<std::int64_t>(1, (heads + tp - 1) / tp);
    return bytes / heads * per_gpu;
}

std::int64_t kvLayoutBytes(const PreparedModel& model, const KvLayout& layout, KvFormat k_format, KvFormat v_format,
                           Runtime runtime, std::int64_t tokens, std::int64_t batch, std::int64_t tensor_parallel) {
    std::int64_t bytes = 0;
    for (std::size_t i = 0; i < layout.count; ++i) {
        const KvClass& k = layout.classes[i];
        std::int64_t per_sequence = 0;
        if (isRecurrent(k.cache.mixer)) {
            per_sequence = recurrentStateBytes(k.cache, runtime);
        } else {
            per_sequence = kvClassBytesPerToken(k.cache, k_format, v_format, runtime) *
                           kvCachedTokens(runtime, model, k.cache, tokens);
        }
        bytes += kvClassTensorParallelBytes(k.cache, runtime, per_sequence, tensor_parallel) * k.layers * batch;
    }
    return bytes;
}

std::vector<LayerKvBytes> layerKvBytes(const PreparedModel& model, Runtime runtime, KvFormat format,
                                       std::int64_t tokens, std::int64_t batch) {
    std::vector<LayerKvBytes> out;
    out.reserve(model.layer_cache.size());
    for (const LayerCache& c : model.layer_cache) {
        LayerKvBytes cell;
        cell.mixer = c.mixer;
        cell.window_tokens = c.window_tokens;
        if (isRecurrent(c.mixer)) {
            cell.bytes = recurrentStateBytes(c, runtime) * batch;
            cell.fixed = true;
        } else {
            cell.bytes =
                kvClassBytesPerToken(c, format, format, runtime) * kvCachedTokens(runtime, model, c, tokens) * batch;
        }
        out.push_back(cell);
    }
    return out;
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
        bytes += whole.embeddings_bytes + whole.encoder_bytes; // the encoder runs before the first layer
    }
    if (slice.output_head) {
        bytes += whole.output_head_bytes;
    }
    // A pipeline stage split in tensor parallel (vLLM TP × PP): each GPU holds its share of the stage.
    const std::int64_t tp = std::max<std::int64_t>(1, slice.tensor_parallel);
    return (bytes + tp - 1) / tp;
}

std::int64_t sliceKvBytes(const PreparedModel& model, KvFormat k_format, KvFormat v_format, Runtime runtime,
                          std::int64_t tokens, std::int64_t batch, const DeviceSlice& slice) {
    std::unique_ptr<KvLayout> scratch;
    const KvLayout& layout = kvLayout(model, slice.first_layer, slice.end_layer, scratch);
    return kvLayoutBytes(model, layout, k_format, v_format, runtime, tokens, batch, slice.tensor_parallel);
}

} // namespace fitscope::sizing
