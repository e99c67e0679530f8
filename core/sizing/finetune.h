#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <cstdint>

namespace fitscope::sizing {

// Fine-tuning memory: weights, gradients, optimizer states and activations for one step.
namespace finetune_constants {
// Mixed-precision AdamW (ZeRO, Rajbhandari et al. 2020, §3.1: "2Ψ + 2Ψ + 12Ψ" bytes): 16-bit weights
// and gradients, an FP32 master copy and FP32 first and second moments.
inline constexpr std::int64_t kWeightBytes16 = 2;
inline constexpr std::int64_t kGradientBytes16 = 2;
inline constexpr std::int64_t kMasterBytes = 4;
inline constexpr std::int64_t kAdamBytes = 8;
// PEFT keeps LoRA adapters in FP32 (autocast_adapter_dtype) over a 16-bit base: weight, gradient and
// two moments, all FP32. QLoRA trains BF16 adapters (QLoRA §3: "BFloat16 computation data type")
// with 32-bit paged AdamW states.
inline constexpr std::int64_t kLoraAdapterBytes = 4 + 4 + 8;
inline constexpr std::int64_t kQloraAdapterBytes = 2 + 2 + 8;
// Tensors each decoder layer keeps for the backward pass, per token, in the 16-bit compute dtype
// (Llama-style block, sdpa/flash attention so no s² score matrix is stored; after Korthikanti et al.
// 2022, "Reducing Activation Recomputation in Large Transformer Models", §4): the two norm inputs,
// their FP32 upcasts (two 16-bit units each) and outputs, and the attention output = 9 × hidden;
// Q, K, V and the rotated Q and K = (2 × heads + 3 × kv_heads) × head_dim; gate, up, act(gate) and
// their product = 4 × intermediate.
inline constexpr std::int64_t kHiddenTensorsPerLayer = 9;
inline constexpr std::int64_t kIntermediateTensorsPerLayer = 4;
// Logits per token: the BF16 logits, their FP32 upcast for the loss and its FP32 gradient (bytes per
// vocabulary entry).
inline constexpr std::int64_t kLogitBytesPerEntry = 2 + 4 + 4;
} // namespace finetune_constants

// Trainable adapter parameters of LoRA with rank r on the targeted matrices: r × (in + out) each.
std::int64_t loraParams(const PreparedModel& model, std::int64_t rank, LoraTargets targets);

// Activation bytes kept for the backward pass of one micro-batch (whole model, one GPU).
std::int64_t trainingActivationBytes(const PreparedModel& model, std::int64_t context, std::int64_t batch,
                                     bool gradient_checkpointing);

// Fills e (components, gpu_loads, finetune plan) for Task::FineTune. Several GPUs are sized as
// ZeRO-3 / FSDP: weights, gradients and optimizer states sharded, each GPU with its own micro-batch.
void estimateFineTune(const Scenario& scenario, std::int64_t context, std::int64_t batch, std::int64_t gpus,
                      Estimate& e);

void addFineTuneSteps(const Scenario& scenario, Estimate& e);

} // namespace fitscope::sizing
