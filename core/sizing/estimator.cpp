#include "core/sizing/estimator.h"

#include "core/sizing/finetune.h"
#include "core/sizing/image_tokens.h"
#include "core/sizing/layers.h"
#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/runtime_profile.h"
#include "core/sizing/speed.h"
#include "core/sizing/vllm_profile.h"

#include <algorithm>
#include <cmath>

namespace fitscope::sizing {

namespace {

bool isGguf(WeightFormat format) {
    return formatInfo(format).family == FormatFamily::Gguf;
}

bool variesByLayer(TensorRole role) {
    return role == TensorRole::AttnV || role == TensorRole::FfnDown || role == TensorRole::ExpertDown ||
           role == TensorRole::AttnOutput;
}

WeightFormat sixteenBit(const PrecisionPlan& plan) {
    return plan.weights == WeightFormat::BF16 ? WeightFormat::BF16 : WeightFormat::FP16;
}

} // namespace

std::int64_t groupStorageBytes(const PreparedModel& model, const PrecisionPlan& plan, const TensorGroup& group) {
    const bool gguf = isGguf(plan.weights);
    const bool is_embedding = group.role == TensorRole::TokenEmbedding || group.role == TensorRole::PositionEmbedding;
    if (gguf && !(is_embedding && plan.embeddings) && !(group.role == TensorRole::OutputHead && plan.output_head)) {
        if (group.role == TensorRole::Norm || group.role == TensorRole::Router ||
            group.role == TensorRole::PositionEmbedding) {
            return group.elements() * 4; // llama.cpp keeps 1-D tensors and ffn_gate_inp in F32
        }
        if (group.role == TensorRole::Encoder) {
            return group.elements() * 2; // an mmproj file: F16
        }
        const std::int64_t layers = model.spec.num_layers;
        if (variesByLayer(group.role) && group.per_layer > 0) {
            const std::int64_t per_layer = group.per_layer;
            const std::int64_t layer_count = group.layerCount();
            std::int64_t bytes = 0;
            for (std::int64_t i = 0; i < layer_count; ++i) {
                const std::int64_t layer = group.layerAt(i);
                const WeightFormat type = resolveGgufTensorType(plan.weights, group.role, layer, layers, model.spec);
                bytes += storageBytes(type, group.rows, group.cols) * per_layer;
            }
            return bytes;
        }
        const WeightFormat type = resolveGgufTensorType(plan.weights, group.role, 0, layers, model.spec);
        return storageBytes(type, group.rows, group.cols) * group.count;
    }
    return storageBytes(formatForRole(plan, group.role), group.rows, group.cols) * group.count;
}

namespace {

void step(Estimate& e, std::string_view topic, std::string_view text, std::initializer_list<Quantity> args,
          std::string subject = {}) {
    appendStep(e.steps, topic, text, args, std::move(subject));
}

// The cache by layer kind, for models described per layer: how many layers of each kind, how many
// positions each keeps under this runtime's rule, or the fixed state of the recurrent ones.
void addPerLayerKvSteps(Estimate& e, const Scenario& s) {
    const PreparedModel& model = *s.model;
    const KvFormat format = s.precision.kv_cache;
    const std::string kv_name(kvFormatInfo(format).display_name);
    const std::int64_t context = std::clamp<std::int64_t>(s.context_tokens, 1, kMaxContextTokens);
    const std::int64_t batch = std::clamp<std::int64_t>(s.batch, 1, kMaxBatch);
    std::int64_t no_cache = 0;
    for (std::size_t i = 0; i < model.kv_layout.count; ++i) {
        const KvClass& k = model.kv_layout.classes[i];
        const LayerCache& c = k.cache;
        const std::int64_t per_token = kvClassBytesPerToken(c, format, format, s.runtime);
        const std::int64_t tokens = kvCachedTokens(s.runtime, model, c, context);
        const std::int64_t bytes = per_token * tokens * k.layers * batch;
        switch (c.mixer) {
        case MixerKind::FullAttention:
            step(e, "kv_cache",
                 "{0} full-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}",
                 {countQ(k.layers), countQ(tokens), countQ(batch), bytesQ(per_token), bytesQ(bytes)}, kv_name);
            break;
        case MixerKind::SlidingWindow:
            step(e, "kv_cache",
                 "{0} sliding-window layers (window {1}) × {2} tokens × {3} sequences × {4} per token and layer "
                 "({name}) = {5}",
                 {countQ(k.layers), countQ(c.window_tokens), countQ(tokens), countQ(batch), bytesQ(per_token),
                  bytesQ(bytes)},
                 kv_name);
            break;
        case MixerKind::ChunkedAttention:
            step(e, "kv_cache",
                 "{0} chunked-attention layers (chunks of {1}) × {2} tokens × {3} sequences × {4} per token and layer "
                 "({name}) = {5}",
                 {countQ(k.layers), countQ(c.window_tokens), countQ(tokens), countQ(batch), bytesQ(per_token),
                  bytesQ(bytes)},
                 kv_name);
            break;
        case MixerKind::LatentAttention:
            step(e, "kv_cache",
                 "{0} latent-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}",
                 {countQ(k.layers), countQ(tokens), countQ(batch), bytesQ(per_token), bytesQ(bytes)}, kv_name);
            break;
        case MixerKind::GatedDeltaNet:
        case MixerKind::Mamba2: {
            const std::int64_t state = recurrentStateBytes(c, s.runtime);
            step(e, "kv_cache",
                 c.mixer == MixerKind::Mamba2
                     ? "{0} Mamba-2 layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the "
                       "context"
                     : "{0} linear-attention layers: a fixed {1} of state per sequence × {2} sequences = {3}, "
                       "whatever the context",
                 {countQ(k.layers), bytesQ(state), countQ(batch), bytesQ(state * k.layers * batch)});
            break;
        }
        case MixerKind::SharedKv:
        case MixerKind::None:
            no_cache += k.layers;
            break;
        }
    }
    if (no_cache > 0) {
        step(e, "kv_cache",
             "{0} layers keep no KV cache of their own (MLP-only blocks or layers reading another layer's cache).",
             {countQ(no_cache)});
    }
}

// What the model holds beside its decoder layers, and what the checkpoint stores beyond it.
void addComponentSteps(Estimate& e, const Scenario& s) {
    const ModelSpec& spec = s.model->spec;
    const ParameterCounts& c = s.model->counts;
    if (c.encoder > 0) {
        const std::initializer_list<Quantity> args{{static_cast<double>(c.encoder), QuantityKind::Params}};
        if (s.runtime != Runtime::LlamaCpp) {
            step(e, "weights", "The {name}: {0} parameters, loaded with the language model (vLLM and transformers)",
                 args, spec.encoder_label);
        } else if (spec.encoder_in_projector_file) {
            step(e, "weights",
                 "The {name}: {0} parameters from the mmproj file, loaded by llama.cpp on the first GPU "
                 "(--no-mmproj-offload keeps it in system RAM)",
                 args, spec.encoder_label);
        } else {
            step(e, "weights",
                 "The {name}: {0} parameters; llama.cpp reads it from a separate mmproj file, so it is not in these "
                 "weights",
                 args, spec.encoder_label);
        }
    }
    if (spec.per_layer_input_size > 0) {
        const std::int64_t table = spec.per_layer_input_vocab * spec.num_layers * spec.per_layer_input_size;
        step(e, "weights",
             "{0} of the embeddings are per-layer embeddings ({1} tokens × {2} layers × {3} values): one row is "
             "looked up per token, so decoding never reads them whole; llama.cpp keeps them in system RAM with the "
             "token embeddings.",
             {{static_cast<double>(table), QuantityKind::Params},
              countQ(spec.per_layer_input_vocab),
              countQ(spec.num_layers),
              countQ(spec.per_layer_input_size)});
    }
    if (c.mtp > 0) {
        step(e, "note",
             "{0} multi-token-prediction block(s), {1} parameters, are stored in the checkpoint but not held in "
             "memory: vLLM loads them only for speculative decoding, transformers and llama.cpp skip them.",
             {countQ(spec.mtp_layers), {static_cast<double>(c.mtp), QuantityKind::Params}});
    }
    if (c.stored_extra > 0) {
        step(e, "note", "The checkpoint also stores {0} elements beyond the weights held in memory: {name}.",
             {{static_cast<double>(c.stored_extra), QuantityKind::Params}}, spec.stored_extra_reason);
    }
}

void addDerivation(Estimate& e, const Scenario& s, const RuntimeCosts& costs, std::int64_t kv_needed,
                   const SpeedLayout& layout) {
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const FormatInfo& format = formatInfo(s.precision.weights);
    const std::int64_t gpus = std::clamp<std::int64_t>(s.gpu_count, 1, kMaxGpuCount);
    const bool finetune = s.task == Task::FineTune;
    e.steps.reserve(24);

    if (spec.shape_assumed) {
        step(e, "note",
             "Shape assumed for a bare parameter count: a Llama-2-style decoder with {0} layers, hidden size {1}, "
             "{2} attention heads and {3} KV heads.",
             {countQ(spec.num_layers), countQ(spec.hidden_size), countQ(spec.num_heads), countQ(spec.num_kv_heads)});
    }
    if (spec.moe.enabled()) {
        step(e, "note",
             "Mixture of experts: {0} parameters in total, {1} active per token; all experts stay in memory.",
             {{static_cast<double>(e.params.total()), QuantityKind::Params},
              {static_cast<double>(e.params.active), QuantityKind::Params}});
    }

    // Weights (fine-tuning describes the base it trains over in its own steps).
    if (!finetune) {
        step(e, "weights", "Weights (article's rule): {0} parameters × {1} bytes = {2}",
             {{static_cast<double>(e.params.total()), QuantityKind::Params},
              {format.nominal_bytes_per_param, QuantityKind::BytesPerElement},
              bytesQ(e.weights_nominal_bytes)},
             std::string(format.display_name));
        const PreparedModel& prepared = *s.model;
        if (prepared.stored_weights && prepared.stored_format == s.precision.weights && !s.precision.embeddings &&
            !s.precision.output_head) {
            step(e, "weights",
                 "Weights as stored in the model file ({name}): every tensor's exact bytes, {0} bits per weight on "
                 "average = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})",
                 {{e.bits_per_weight, QuantityKind::Bits},
                  bytesQ(e.weights.total()),
                  bytesQ(e.weights.embeddings_bytes),
                  bytesQ(e.weights.body_bytes),
                  bytesQ(e.weights.norms_bytes),
                  bytesQ(e.weights.output_head_bytes)},
                 prepared.stored_label);
        } else {
            step(e, "weights",
                 "Weights as stored ({name}): {0} bits per weight on average, scales, zero-points and 16-bit "
                 "embeddings, "
                 "norms and output head included = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})",
                 {{e.bits_per_weight, QuantityKind::Bits},
                  bytesQ(e.weights.total()),
                  bytesQ(e.weights.embeddings_bytes),
                  bytesQ(e.weights.body_bytes),
                  bytesQ(e.weights.norms_bytes),
                  bytesQ(e.weights.output_head_bytes)},
                 std::string(format.display_name));
        }
    }

    // KV cache (inference only: a training step caches nothing).
    const KvFormatInfo& kv = kvFormatInfo(s.precision.kv_cache);
    if (!finetune) {
        addComponentSteps(e, s);
    }
    if (finetune) {
        // no KV cache
    } else if (!spec.layers.empty()) {
        addPerLayerKvSteps(e, s);
    } else if (spec.mla.enabled() && s.runtime != Runtime::Transformers) {
        step(e, "kv_cache",
             "KV cache (multi-head latent attention): {0} layers × ({1} latent + {2} rotary) values × {3} tokens × "
             "{4} sequences × {5} bytes ({name}) = {6}",
             {countQ(spec.num_layers),
              countQ(spec.mla.kv_lora_rank),
              countQ(spec.mla.qk_rope_head_dim),
              countQ(s.context_tokens),
              countQ(s.batch),
              {kvNominalBytesPerElement(s.precision.kv_cache), QuantityKind::BytesPerElement},
              bytesQ(kv_needed)},
             std::string(kv.display_name));
    } else if (spec.mla.enabled()) {
        step(e, "kv_cache",
             "KV cache: transformers caches MLA keys and values decompressed, {0} heads × ({1} + {2}) per layer and "
             "token = {3}",
             {countQ(spec.num_heads), countQ(spec.mla.qk_nope_head_dim + spec.mla.qk_rope_head_dim),
              countQ(spec.mla.v_head_dim), bytesQ(kv_needed)});
    } else {
        step(e, "kv_cache",
             "KV cache: 2 (K and V) × {0} layers × {1} KV heads × {2} head dim × {3} tokens × {4} sequences × {5} "
             "bytes ({name}) = {6}",
             {countQ(spec.num_layers),
              countQ(spec.num_kv_heads),
              countQ(spec.head_dim),
              countQ(s.context_tokens),
              countQ(s.batch),
              {kvNominalBytesPerElement(s.precision.kv_cache), QuantityKind::BytesPerElement},
              bytesQ(kv_needed)},
             std::string(kv.display_name));
    }
    if (e.kv_window_capped && !finetune && spec.layers.empty()) {
        step(e, "kv_cache", "{0} of {1} layers use a sliding window of {2} tokens, so they cache at most {2} tokens.",
             {countQ(model.sliding_layers), countQ(spec.num_layers), countQ(spec.sliding_window.window_tokens)});
    }
    if (!finetune && !spec.mla.enabled() && spec.num_kv_heads != spec.num_heads && spec.layers.empty()) {
        step(e, "kv_cache",
             "The article's formula (hidden size {0} instead of {1} KV heads × {2}) would give {3}: grouped-query "
             "attention shares each KV head among {4} query heads.",
             {countQ(spec.hidden_size), countQ(spec.num_kv_heads), countQ(spec.head_dim),
              bytesQ(e.kv_cache_no_gqa_bytes), countQ(spec.num_heads / spec.num_kv_heads)});
    }

    // Runtime.
    if (finetune) {
        addFineTuneSteps(s, e);
    } else if (s.runtime == Runtime::Simple) {
        step(e, "overhead", "Overhead (flat, the article's rule): {0} × {1} = {2}",
             {{s.overhead_fraction, QuantityKind::Percent}, bytesQ(e.weights_nominal_bytes), bytesQ(e.overhead_bytes)});
    } else if (s.runtime == Runtime::Vllm) {
        addVllmSteps(s, e);
    } else if (s.runtime == Runtime::LlamaCpp) {
        addLlamaCppSteps(s, e);
    } else {
        step(e, "activations",
             "Prefill activation peak: {0} tokens × ({1} × {2} intermediate + {3} hidden) × {4} bytes, plus the last "
             "token's logits = {5}",
             {countQ(s.batch * s.context_tokens),
              {transformers_calibration::kIntermediateTensorsAtPeak, QuantityKind::Plain},
              countQ(spec.moe.enabled() ? spec.moe.expert_intermediate_size * spec.moe.experts_per_token
                                        : spec.intermediate_size),
              countQ(spec.hidden_size),
              countQ(activationElementBytes(s.precision)),
              bytesQ(costs.activation_per_gpu_bytes - costs.dequant_buffer_bytes)});
        if (costs.dequant_buffer_bytes > 0) {
            step(e, "activations",
                 "{name} has no fused kernel here: each matrix is dequantized to 16 bit before its matmul, one copy of "
                 "the largest matrix = {0}",
                 {bytesQ(costs.dequant_buffer_bytes)}, std::string(format.display_name));
        }
        step(
            e, "overhead",
            "CUDA context, cuBLAS and kernels (measured on H200): {0}; caching-allocator reserve as the KV cache grows "
            "(1/3 of it, measured): {1}",
            {bytesQ(costs.context_bytes), bytesQ(costs.allocator_reserve_bytes)});
    }

    if (gpus > 1 && !finetune && s.runtime != Runtime::LlamaCpp) {
        if (s.parallelism == Parallelism::Tensor) {
            step(e, "total",
                 "Tensor parallel over {0} GPUs: each holds 1/{0} of the weights, {1} of {2} KV heads ({3}), its own "
                 "activations and overhead, and {4} of NCCL buffers",
                 {countQ(gpus), countQ(spec.mla.enabled() ? 1 : kvHeadsPerGpu(spec, gpus)),
                  countQ(spec.mla.enabled() ? 1 : spec.num_kv_heads), bytesQ(e.gpu_loads.front().kv_cache_bytes),
                  bytesQ(s.runtime == Runtime::Simple ? 0 : commBytesPerGpu(gpus, s.parallelism))});
            if (!spec.mla.enabled() && gpus > spec.num_kv_heads) {
                step(e, "kv_cache",
                     "More GPUs ({0}) than KV heads ({1}): each GPU keeps a whole KV head, so the cache is replicated "
                     "{2}× across the GPUs.",
                     {countQ(gpus), countQ(spec.num_kv_heads), countQ(gpus / spec.num_kv_heads)});
            }
        } else {
            step(e, "total",
                 "Pipeline parallel over {0} GPUs: each runs about {1} consecutive layers with their KV cache; the "
                 "first also holds the embeddings, the last the output head; {2} of NCCL buffers each",
                 {countQ(gpus), countQ(spec.num_layers / gpus),
                  bytesQ(s.runtime == Runtime::Simple ? 0 : commBytesPerGpu(gpus, s.parallelism))});
        }
    }
    if (e.gpu_loads.size() > 1 && (s.parallelism == Parallelism::Pipeline || s.runtime == Runtime::LlamaCpp)) {
        for (std::size_t i = 0; i < e.gpu_loads.size() && i < 16; ++i) {
            const GpuLoad& g = e.gpu_loads[i];
            step(e, "gpu", "GPU {0}: layers {1}–{2}{name}: {3} weights + {4} KV + {5} activations + {6} overhead = {7}",
                 {countQ(static_cast<std::int64_t>(i)), countQ(g.first_layer),
                  countQ(std::max<std::int64_t>(g.first_layer, g.end_layer - 1)), bytesQ(g.weights_bytes),
                  bytesQ(g.kv_cache_bytes), bytesQ(g.activation_bytes), bytesQ(g.overhead_bytes), bytesQ(g.total())},
                 g.output_head ? " and the output layer" : "");
        }
    }
    if (finetune) {
        step(e, "total",
             "Total: {0} weights + {1} gradients, optimizer states and master weights + {2} activations + {3} overhead "
             "= {4}",
             {bytesQ(e.weights_bytes), bytesQ(e.training_bytes), bytesQ(e.activation_bytes), bytesQ(e.overhead_bytes),
              bytesQ(e.total_bytes)});
    } else {
        step(e, "total",
             s.runtime == Runtime::LlamaCpp
                 ? "Total on the GPUs and in system RAM: {0} weights + {1} KV cache + {2} compute buffers + {3} "
                   "overhead = {4}"
                 : "Total: {0} weights + {1} KV cache + {2} activations + {3} overhead = {4}",
             {bytesQ(e.weights_bytes), bytesQ(e.kv_cache_bytes), bytesQ(e.activation_bytes), bytesQ(e.overhead_bytes),
              bytesQ(e.total_bytes)});
    }

    if (e.fit) {
        const GpuFit& fit = *e.fit;
        const std::string name = s.gpu->display_name;
        if (fit.in_use_bytes > 0) {
            step(e, "gpu", "{name}: {0} of the {1} usable already in use by other processes (per GPU), so {2} is left",
                 {bytesQ(fit.in_use_bytes), bytesQ(fit.capacity_bytes), bytesQ(fit.capacity_bytes - fit.in_use_bytes)},
                 name);
        }
        if (e.vllm && !finetune) {
            if (fit.in_use_bytes > 0) {
                step(e, "gpu",
                     "{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load; with {3} held by "
                     "other processes, {4} is left",
                     {bytesQ(fit.per_gpu_bytes), bytesQ(fit.capacity_bytes), bytesQ(fit.nominal_bytes),
                      bytesQ(fit.in_use_bytes), bytesQ(fit.headroom_bytes)},
                     name);
            } else {
                step(e, "gpu",
                     "{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load, {3} left to other "
                     "processes",
                     {bytesQ(fit.per_gpu_bytes), bytesQ(fit.capacity_bytes), bytesQ(fit.nominal_bytes),
                      bytesQ(fit.headroom_bytes)},
                     name);
            }
        } else if (fit.in_use_bytes > 0) {
            const std::int64_t margin = fit.headroom_bytes < 0 ? -fit.headroom_bytes : fit.headroom_bytes;
            if (fit.verdict == Verdict::DoesNotFit) {
                step(e, "gpu",
                     "{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): does not "
                     "fit, {4} short",
                     {bytesQ(fit.per_gpu_bytes), bytesQ(fit.in_use_bytes), bytesQ(fit.capacity_bytes),
                      bytesQ(fit.nominal_bytes), bytesQ(margin)},
                     name);
            } else if (fit.verdict == Verdict::Tight) {
                step(e, "gpu",
                     "{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): tight, "
                     "{4} free (under 10 %)",
                     {bytesQ(fit.per_gpu_bytes), bytesQ(fit.in_use_bytes), bytesQ(fit.capacity_bytes),
                      bytesQ(fit.nominal_bytes), bytesQ(margin)},
                     name);
            } else {
                step(e, "gpu",
                     "{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): fits, {4} "
                     "free",
                     {bytesQ(fit.per_gpu_bytes), bytesQ(fit.in_use_bytes), bytesQ(fit.capacity_bytes),
                      bytesQ(fit.nominal_bytes), bytesQ(margin)},
                     name);
            }
        } else if (fit.verdict == Verdict::DoesNotFit) {
            step(e, "gpu", "{name}: {0} per GPU against {1} usable ({2} nominal): does not fit, {3} short",
                 {bytesQ(fit.per_gpu_bytes), bytesQ(fit.capacity_bytes), bytesQ(fit.nominal_bytes),
                  bytesQ(-fit.headroom_bytes)},
                 name);
        } else {
            step(e, "gpu",
                 fit.verdict == Verdict::Tight
                     ? "{name}: {0} per GPU against {1} usable ({2} nominal): tight, {3} free (under 10 %)"
                     : "{name}: {0} per GPU against {1} usable ({2} nominal): fits, {3} free",
                 {bytesQ(fit.per_gpu_bytes), bytesQ(fit.capacity_bytes), bytesQ(fit.nominal_bytes),
                  bytesQ(fit.headroom_bytes)},
                 name);
        }
        if (e.vllm && e.vllm->starts) {
            const VllmPlan& p = *e.vllm;
            step(e, "gpu",
                 fit.verdict == Verdict::DoesNotFit
                     ? "vLLM's verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, fewer than "
                       "the {2} asked: the rest wait in the queue"
                     : "vLLM's verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, {2} asked",
                 {bytesQ(p.kv_pool_bytes), rateQ(p.max_concurrency), countQ(s.batch), countQ(s.context_tokens)});
        }
    }
    if (e.cpu_verdict) {
        step(e, "cpu", "System RAM: {0} used of {1}: {name}", {bytesQ(e.cpu_bytes), bytesQ(s.cpu_ram_bytes)},
             std::string(verdictId(*e.cpu_verdict)));
    }
    addSpeedSteps(s, layout, e);
}

} // namespace

std::string_view verdictId(Verdict verdict) {
    switch (verdict) {
    case Verdict::Fits:
        return "fits";
    case Verdict::Tight:
        return "tight";
    case Verdict::DoesNotFit:
        break;
    }
    return "does-not-fit";
}

WeightFormat formatForRole(const PrecisionPlan& plan, TensorRole role) {
    const FormatInfo& info = formatInfo(plan.weights);
    switch (role) {
    case TensorRole::TokenEmbedding:
    case TensorRole::PositionEmbedding:
        if (plan.embeddings) {
            return *plan.embeddings;
        }
        return info.quantized ? sixteenBit(plan) : plan.weights;
    case TensorRole::OutputHead:
        if (plan.output_head) {
            return *plan.output_head;
        }
        return info.quantized ? sixteenBit(plan) : plan.weights;
    case TensorRole::Norm:
    case TensorRole::Router:
    case TensorRole::Encoder:
        // Vectors, routers and vision/audio encoders (modules_to_not_convert) are not quantized; they
        // follow the compute dtype.
        return plan.weights == WeightFormat::FP32 ? WeightFormat::FP32 : sixteenBit(plan);
    default:
        return plan.weights;
    }
}

WeightBreakdown weightBytes(const PreparedModel& model, const PrecisionPlan& plan) {
    // A file's own bytes, while the plan keeps the file's format and layout.
    if (model.stored_weights && model.stored_format == plan.weights && !plan.embeddings && !plan.output_head) {
        return *model.stored_weights;
    }
    if (model.default_weights_ready && !plan.embeddings && !plan.output_head) {
        return model.default_weights[static_cast<std::size_t>(plan.weights)];
    }
    WeightBreakdown out;
    for (const TensorGroup& group : model.groups) {
        const std::int64_t bytes = groupStorageBytes(model, plan, group);
        switch (group.role) {
        case TensorRole::TokenEmbedding:
            out.embeddings_bytes += bytes;
            if (group.rows == model.spec.per_layer_input_vocab &&
                group.cols == model.spec.num_layers * model.spec.per_layer_input_size) {
                out.per_layer_embeddings_bytes += bytes;
            }
            break;
        case TensorRole::PositionEmbedding:
            out.embeddings_bytes += bytes;
            break;
        case TensorRole::Norm:
            out.norms_bytes += bytes;
            break;
        case TensorRole::OutputHead:
            out.output_head_bytes += bytes;
            break;
        case TensorRole::Encoder:
            out.encoder_bytes += bytes;
            break;
        default:
            out.body_bytes += bytes;
            break;
        }
    }
    // A bare parameter count: the assumed shape's matrices fall short of (or exceed) the requested total
    // by a fraction of a percent; that difference is stored at the body's average cost per parameter.
    if (model.spec.params_override > 0) {
        std::int64_t shape_total = 0;
        for (const TensorGroup& group : model.groups) {
            shape_total += group.elements();
        }
        const std::int64_t extra = model.spec.params_override - shape_total;
        const std::int64_t body_params = model.counts.attention + model.counts.mlp - extra;
        if (extra != 0 && body_params > 0) {
            const double per_param = static_cast<double>(out.body_bytes) / static_cast<double>(body_params);
            out.body_bytes += std::llround(per_param * static_cast<double>(extra));
        }
    }
    return out;
}

std::int64_t kvCacheBytes(const PreparedModel& model, KvFormat format, Runtime runtime, std::int64_t tokens,
                          std::int64_t batch) {
    return kvLayoutBytes(model, model.kv_layout, format, format, runtime, tokens, batch, 1);
}

Verdict verdictFor(std::int64_t load_bytes, std::int64_t capacity_bytes) {
    const std::int64_t headroom = capacity_bytes - load_bytes;
    if (headroom < 0) {
        return Verdict::DoesNotFit;
    }
    if (static_cast<double>(headroom) < kTightHeadroomFraction * static_cast<double>(capacity_bytes)) {
        return Verdict::Tight;
    }
    return Verdict::Fits;
}

namespace {

// Simple and transformers: each GPU's share through runtimeCosts().
// The deployment's component totals are the sums of what each GPU holds.
void sumGpuLoads(Estimate& e) {
    e.weights_bytes = 0;
    e.kv_cache_bytes = 0;
    e.activation_bytes = 0;
    e.overhead_bytes = 0;
    for (const GpuLoad& load : e.gpu_loads) {
        e.weights_bytes += load.weights_bytes;
        e.kv_cache_bytes += load.kv_cache_bytes;
        e.activation_bytes += load.activation_bytes;
        e.overhead_bytes += load.overhead_bytes;
    }
}

RuntimeCosts estimateGeneric(const Scenario& s, const WeightBreakdown& w, std::int64_t context, std::int64_t batch,
                             std::int64_t gpus, Estimate& e, SpeedLayout& layout) {
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const std::int64_t slices = sliceCount(gpus, s.parallelism);
    const double nominal_ratio =
        w.total() > 0 ? static_cast<double>(e.weights_nominal_bytes) / static_cast<double>(w.total()) : 1.0;
    RuntimeCosts first_costs;
    e.gpu_loads.clear();
    e.gpu_loads.reserve(static_cast<std::size_t>(std::min<std::int64_t>(gpus, 64)));
    for (std::int64_t i = 0; i < slices; ++i) {
        const DeviceSlice slice = deviceSlice(spec, gpus, s.parallelism, i);
        RuntimeInputs in;
        in.model = &model;
        in.plan = &s.precision;
        in.context_tokens = context;
        in.batch = batch;
        in.gpu_count = gpus;
        in.tensor_parallel = slice.tensor_parallel;
        in.parallelism = s.parallelism;
        in.output_head = slice.output_head;
        in.overhead_fraction = s.overhead_fraction;
        if (gpus == 1) {
            in.weights_bytes = w.total();
            in.weights_nominal_bytes = e.weights_nominal_bytes;
            in.kv_per_gpu_bytes = e.kv_cache_bytes;
        } else {
            in.weights_bytes = sliceWeightBytes(model, s.precision, w, slice);
            in.weights_nominal_bytes =
                slice.tensor_parallel > 1
                    ? (e.weights_nominal_bytes + slice.tensor_parallel - 1) / slice.tensor_parallel
                    : std::llround(static_cast<double>(in.weights_bytes) * nominal_ratio);
            in.kv_per_gpu_bytes =
                sliceKvBytes(model, s.precision.kv_cache, s.precision.kv_cache, s.runtime, context, batch, slice);
        }
        const RuntimeCosts costs = runtimeCosts(s.runtime, in);
        if (i == 0) {
            first_costs = costs;
        }
        GpuLoad load;
        load.first_layer = slice.first_layer;
        load.end_layer = slice.end_layer;
        load.output_head = slice.output_head;
        load.weights_bytes = costs.weights_per_gpu_bytes;
        load.kv_cache_bytes = in.kv_per_gpu_bytes;
        load.activation_bytes = costs.activation_per_gpu_bytes;
        load.overhead_bytes = costs.overhead_per_gpu_bytes;
        for (std::int64_t r = 0; r < slice.replicas; ++r) {
            e.gpu_loads.push_back(load);
        }
        layout.gpu_weight_bytes += load.weights_bytes * slice.replicas;
        layout.gpu_kv_bytes_per_seq += load.kv_cache_bytes / batch * slice.replicas;
    }
    if (s.runtime != Runtime::Simple) {
        // The embedding table is looked up (one row per token), not read whole.
        layout.gpu_weight_bytes -= w.embeddings_bytes;
    }
    layout.gpu_layers = spec.num_layers;
    layout.tensor_parallel = s.parallelism == Parallelism::Tensor ? gpus : 1;
    layout.pipeline_stages = s.parallelism == Parallelism::Pipeline ? gpus : 1;

    sumGpuLoads(e);
    return first_costs;
}

} // namespace

Estimate estimate(const Scenario& s, Detail detail) {
    // Images: every profile sizes the longer sequence, as the runtimes hold the image tokens like text.
    if (const std::int64_t image_tokens = imageTokensPerSequence(s); image_tokens > 0) {
        Scenario with_images = s;
        with_images.context_tokens = sequenceTokens(s);
        with_images.images_per_request = 0;
        Estimate e = estimate(with_images, detail);
        if (detail == Detail::WithDerivation) {
            std::vector<DerivationStep> first;
            appendStep(first, "kv_cache",
                       "{0} image(s) per request × {1} tokens each ({name}) = {2} image tokens in every sequence, "
                       "beside its {3} tokens of text: each sequence holds {4} tokens.",
                       {countQ(s.images_per_request), countQ(tokensPerImage(s)), countQ(image_tokens),
                        countQ(s.context_tokens), countQ(with_images.context_tokens)},
                       s.tokens_per_image > 0 ? std::string("as given") : s.model->spec.image_tokens_basis);
            e.steps.insert(e.steps.begin(), first.begin(), first.end());
        }
        return e;
    }
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const std::int64_t gpus = std::clamp<std::int64_t>(s.gpu_count, 1, kMaxGpuCount);
    const std::int64_t context = std::clamp<std::int64_t>(s.context_tokens, 1, kMaxContextTokens);
    const std::int64_t batch = std::clamp<std::int64_t>(s.batch, 1, kMaxBatch);

    Estimate e;
    e.params = model.counts;
    e.weights = weightBytes(model, s.precision);
    const double total_params = static_cast<double>(e.params.total());
    e.weights_nominal_bytes = std::llround(total_params * formatInfo(s.precision.weights).nominal_bytes_per_param);
    e.bits_per_weight = total_params > 0 ? static_cast<double>(e.weights.total()) * 8.0 / total_params : 0.0;

    e.kv_cache_bytes = kvCacheBytes(model, s.precision.kv_cache, s.runtime, context, batch);
    const std::int64_t kv_needed = e.kv_cache_bytes;
    e.kv_bytes_per_token = 0; // the part that grows with the context (recurrent state excluded)
    bool window_capped = false;
    for (std::size_t i = 0; i < model.kv_layout.count; ++i) {
        const KvClass& k = model.kv_layout.classes[i];
        e.kv_bytes_per_token +=
            kvClassBytesPerToken(k.cache, s.precision.kv_cache, s.precision.kv_cache, s.runtime) * k.layers;
        window_capped = window_capped || kvCachedTokens(s.runtime, model, k.cache, context) < context;
    }
    e.kv_window_capped = window_capped;
    e.kv_cache_no_gqa_bytes = std::llround(2.0 * static_cast<double>(spec.num_layers) *
                                           static_cast<double>(spec.hidden_size) * static_cast<double>(context) *
                                           static_cast<double>(batch) * kvNominalBytesPerElement(s.precision.kv_cache));

    SpeedLayout layout;
    RuntimeCosts costs;
    if (s.task == Task::FineTune) {
        estimateFineTune(s, context, batch, gpus, e);
    } else if (s.runtime == Runtime::Vllm) {
        estimateVllm(s, e.weights, context, batch, gpus, e, layout);
        sumGpuLoads(e);
    } else if (s.runtime == Runtime::LlamaCpp) {
        estimateLlamaCpp(s, e.weights, context, batch, gpus, e, layout);
    } else {
        costs = estimateGeneric(s, e.weights, context, batch, gpus, e, layout);
    }
    e.total_bytes = e.weights_bytes + e.kv_cache_bytes + e.activation_bytes + e.overhead_bytes + e.training_bytes;
    e.per_gpu_bytes = 0;
    for (const GpuLoad& load : e.gpu_loads) {
        e.per_gpu_bytes = std::max(e.per_gpu_bytes, load.total());
    }
    if (gpus == 1 && s.runtime != Runtime::LlamaCpp) {
        e.per_gpu_bytes = e.total_bytes;
    }

    if (s.gpu && !e.gpu_loads.empty()) {
        GpuFit fit;
        fit.gpu_count = gpus;
        fit.capacity_bytes = s.gpu->capacityBytes();
        fit.nominal_bytes = s.gpu->memory_bytes;
        fit.per_gpu_bytes = e.per_gpu_bytes;
        // What other processes hold is neither the model's nor free: it sits between the load and capacity.
        fit.in_use_bytes = std::clamp<std::int64_t>(s.gpu_in_use_bytes, 0, kMaxGpuInUseBytes);
        fit.headroom_bytes = fit.capacity_bytes - fit.in_use_bytes - fit.per_gpu_bytes;
        fit.verdict = verdictFor(fit.per_gpu_bytes + fit.in_use_bytes, fit.capacity_bytes);
        if (e.vllm && s.task == Task::Inference) {
            // vLLM always takes its budget; what matters is whether the pool holds the sequences asked for.
            const VllmPlan& p = *e.vllm;
            // Requests take whole pages: the pool's full pages are what they share.
            const std::int64_t needed = p.request_kv_bytes * batch;
            const std::int64_t pages = p.block_pool_bytes;
            if (!p.starts || pages < needed) {
                fit.verdict = Verdict::DoesNotFit;
            } else {
                fit.verdict = static_cast<double>(pages - needed) < kTightHeadroomFraction * static_cast<double>(pages)
                                  ? Verdict::Tight
                                  : Verdict::Fits;
            }
            if (fit.per_gpu_bytes + fit.in_use_bytes > fit.capacity_bytes) {
                fit.verdict = Verdict::DoesNotFit;
            }
        }
        e.fit = fit;
    }
    if (s.cpu_ram_bytes > 0 && e.cpu_bytes > 0) {
        e.cpu_verdict = verdictFor(e.cpu_bytes, s.cpu_ram_bytes);
    }
    if (s.task == Task::Inference) {
        estimateSpeed(s, layout, e);
    }
    if (detail == Detail::WithDerivation) {
        addDerivation(e, s, costs, kv_needed, layout);
    }
    return e;
}

} // namespace fitscope::sizing
