#include "core/sizing/finetune.h"

#include "core/sizing/estimator.h"
#include "core/sizing/runtime_profile.h"

#include <algorithm>

namespace fitscope::sizing {

namespace {

bool targeted(TensorRole role, LoraTargets targets) {
    switch (role) {
    case TensorRole::AttnQ:
    case TensorRole::AttnV:
        return true;
    case TensorRole::AttnK:
    case TensorRole::AttnOutput:
    case TensorRole::AttnLatent:
    case TensorRole::FfnGate:
    case TensorRole::FfnUp:
    case TensorRole::FfnDown:
    case TensorRole::ExpertGate:
    case TensorRole::ExpertUp:
    case TensorRole::ExpertDown:
        return targets == LoraTargets::AllLinear;
    default:
        return false;
    }
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
    return (a + b - 1) / b;
}

} // namespace

std::int64_t loraParams(const PreparedModel& model, std::int64_t rank, LoraTargets targets) {
    std::int64_t params = 0;
    for (const TensorGroup& group : model.groups) {
        if (targeted(group.role, targets)) {
            params += rank * (group.rows + group.cols) * group.count;
        }
    }
    return params;
}

std::int64_t trainingActivationBytes(const PreparedModel& model, std::int64_t context, std::int64_t batch,
                                     bool gradient_checkpointing) {
    using namespace finetune_constants;
    const ModelSpec& spec = model.spec;
    constexpr std::int64_t element = 2; // BF16 autocast
    const std::int64_t tokens = context * batch;
    const std::int64_t per_token_layer = element * (kHiddenTensorsPerLayer * spec.hidden_size +
                                                    (2 * spec.num_heads + 3 * spec.num_kv_heads) * spec.head_dim +
                                                    kIntermediateTensorsPerLayer * peakIntermediateWidth(spec));
    const std::int64_t logits = tokens * spec.vocab_size * kLogitBytesPerEntry;
    if (gradient_checkpointing) {
        // Only each layer's input survives the forward pass; during the backward pass one layer is
        // recomputed and back-propagated at a time.
        return spec.num_layers * tokens * spec.hidden_size * element + 2 * tokens * per_token_layer + logits;
    }
    // Everything every layer kept, plus one layer's gradients in flight during the backward pass.
    return (spec.num_layers + 1) * tokens * per_token_layer + logits;
}

void estimateFineTune(const Scenario& s, std::int64_t context, std::int64_t batch, std::int64_t gpus, Estimate& e) {
    using namespace finetune_constants;
    const PreparedModel& model = *s.model;
    const FineTuneOptions& ft = s.finetune;
    const std::int64_t params = model.counts.total();
    FineTunePlan plan;

    switch (ft.method) {
    case FineTuneMethod::Full: {
        // Quantized weights cannot be trained directly (the article: "You cannot fine-tune an INT4 model
        // directly"): full fine-tuning runs in BF16 (FP32 stays FP32, without a master copy).
        PrecisionPlan train = s.precision;
        const bool fp32 = train.weights == WeightFormat::FP32;
        if (formatInfo(train.weights).quantized) {
            train.weights = WeightFormat::BF16;
        }
        train.embeddings.reset();
        train.output_head.reset();
        e.weights = weightBytes(model, train);
        const std::int64_t weights = e.weights.total();
        plan.trainable_params = params;
        plan.trainable_weights_bytes = weights;
        plan.gradient_bytes = weights;
        plan.master_weights_bytes = fp32 ? 0 : params * kMasterBytes;
        plan.optimizer_bytes = params * kAdamBytes;
        break;
    }
    case FineTuneMethod::Lora: {
        plan.frozen_weights_bytes = weightBytes(model, s.precision).total();
        plan.trainable_params = loraParams(model, ft.lora_rank, ft.targets);
        plan.trainable_weights_bytes = plan.trainable_params * 4;
        plan.gradient_bytes = plan.trainable_params * 4;
        plan.optimizer_bytes = plan.trainable_params * kAdamBytes;
        break;
    }
    case FineTuneMethod::Qlora: {
        // QLoRA §3: the base in NF4 with double quantization (embeddings and head stay 16-bit, as
        // bitsandbytes skips them), BF16 adapters, paged 32-bit AdamW.
        PrecisionPlan base = s.precision;
        base.weights = WeightFormat::NF4_DQ;
        e.weights = weightBytes(model, base);
        plan.frozen_weights_bytes = e.weights.total();
        plan.trainable_params = loraParams(model, ft.lora_rank, ft.targets);
        plan.trainable_weights_bytes = plan.trainable_params * 2;
        plan.gradient_bytes = plan.trainable_params * 2;
        plan.optimizer_bytes = plan.trainable_params * kAdamBytes;
        plan.paged_optimizer = true;
        // bitsandbytes dequantizes each NF4 matrix to BF16 for its matmul, forward and backward.
        plan.dequant_buffer_bytes = model.largest_matrix_elements * 2;
        break;
    }
    }
    // The weight figures of the report follow the base the method really holds.
    const double total_params = static_cast<double>(params);
    e.bits_per_weight = total_params > 0 ? static_cast<double>(e.weights.total()) * 8.0 / total_params : 0.0;
    plan.activation_bytes = trainingActivationBytes(model, context, batch, ft.gradient_checkpointing);

    // Per GPU: states sharded over the GPUs (ZeRO-3 / FSDP), activations for the GPU's own micro-batch.
    GpuLoad load;
    load.first_layer = 0;
    load.end_layer = model.spec.num_layers;
    load.weights_bytes = ceilDiv(plan.frozen_weights_bytes + plan.trainable_weights_bytes, gpus);
    load.training_bytes = ceilDiv(plan.gradient_bytes + plan.optimizer_bytes + plan.master_weights_bytes, gpus);
    load.activation_bytes = plan.activation_bytes + plan.dequant_buffer_bytes;
    load.overhead_bytes = transformers_calibration::kNonTorchBytes + commBytesPerGpu(gpus, Parallelism::Tensor);
    e.gpu_loads.assign(static_cast<std::size_t>(gpus), load);

    e.weights_bytes = load.weights_bytes * gpus;
    e.training_bytes = load.training_bytes * gpus;
    e.activation_bytes = load.activation_bytes * gpus;
    e.overhead_bytes = load.overhead_bytes * gpus;
    e.kv_cache_bytes = 0;
    e.finetune = plan;
}

void addFineTuneSteps(const Scenario& s, Estimate& e) {
    if (!e.finetune) {
        return;
    }
    const FineTunePlan& p = *e.finetune;
    const FineTuneOptions& ft = s.finetune;
    const std::int64_t params = s.model->counts.total();
    switch (ft.method) {
    case FineTuneMethod::Full:
        appendStep(e.steps, "finetune",
                   "Full fine-tuning, mixed-precision AdamW (ZeRO §3.1: 16 bytes per parameter): {0} parameters × "
                   "(2 weights + 2 gradients + 4 FP32 master + 8 Adam moments) = {1} weights + {2} gradients + {3} "
                   "master + {4} optimizer",
                   {{static_cast<double>(params), QuantityKind::Params},
                    bytesQ(p.trainable_weights_bytes),
                    bytesQ(p.gradient_bytes),
                    bytesQ(p.master_weights_bytes),
                    bytesQ(p.optimizer_bytes)});
        if (formatInfo(s.precision.weights).quantized) {
            appendStep(e.steps, "note",
                       "{name} weights cannot be trained directly: full fine-tuning is sized in BF16 (use QLoRA to "
                       "train over a 4-bit base).",
                       {}, std::string(formatInfo(s.precision.weights).display_name));
        }
        break;
    case FineTuneMethod::Lora:
        appendStep(e.steps, "finetune",
                   "LoRA rank {0} on {name}: {1} trainable parameters; the frozen base ({2}) has no gradients; "
                   "adapters in FP32 with gradients and AdamW moments, 16 bytes each = {3}",
                   {countQ(ft.lora_rank),
                    {static_cast<double>(p.trainable_params), QuantityKind::Params},
                    bytesQ(p.frozen_weights_bytes),
                    bytesQ(p.trainable_weights_bytes + p.gradient_bytes + p.optimizer_bytes)},
                   ft.targets == LoraTargets::AllLinear ? "all linear layers" : "q and v projections");
        break;
    case FineTuneMethod::Qlora:
        appendStep(e.steps, "finetune",
                   "QLoRA: the base in NF4 with double quantization = {0}; LoRA rank {1} on {name}: {2} BF16 "
                   "adapter parameters with gradients and 32-bit paged AdamW moments, 12 bytes each = {3}",
                   {bytesQ(p.frozen_weights_bytes),
                    countQ(ft.lora_rank),
                    {static_cast<double>(p.trainable_params), QuantityKind::Params},
                    bytesQ(p.trainable_weights_bytes + p.gradient_bytes + p.optimizer_bytes)},
                   ft.targets == LoraTargets::AllLinear ? "all linear layers" : "q and v projections");
        appendStep(e.steps, "finetune",
                   "Paged optimizer: under memory pressure its {0} of states move to CPU RAM (NVIDIA unified "
                   "memory), so a spike does not end in out-of-memory; bitsandbytes dequantizes one matrix at a time "
                   "to BF16 ({1}).",
                   {bytesQ(p.optimizer_bytes), bytesQ(p.dequant_buffer_bytes)});
        break;
    }
    appendStep(e.steps, "activations",
               ft.gradient_checkpointing
                   ? "Activations with gradient checkpointing: each layer's input ({0} tokens × hidden × 2 bytes) "
                     "plus one layer recomputed at a time and the logits (10 bytes per vocabulary entry and token) = "
                     "{1} per GPU"
                   : "Activations kept for the backward pass: {0} tokens × per layer (9 × hidden + Q, K, V + 4 × "
                     "intermediate) × 2 bytes, plus the logits (10 bytes per vocabulary entry and token) = {1} per "
                     "GPU; --gradient-checkpointing trades them for recomputation",
               {countQ(s.context_tokens * s.batch), bytesQ(p.activation_bytes)});
    if (s.gpu_count > 1) {
        appendStep(e.steps, "finetune",
                   "Over {0} GPUs the weights, gradients and optimizer states are sharded (ZeRO-3 / FSDP); each GPU "
                   "keeps the activations of its own micro-batch of {1}.",
                   {countQ(s.gpu_count), countQ(s.batch)});
    }
}

} // namespace fitscope::sizing
