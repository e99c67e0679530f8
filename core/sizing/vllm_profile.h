#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/layers.h"
#include "core/sizing/scenario.h"
#include "core/sizing/speed.h"
#include "core/sizing/vllm_kv_cache.h"

#include <cstdint>

namespace fitscope::sizing {

// vLLM's start-up memory plan (vllm/v1/worker/gpu_worker.py, determine_available_memory):
//   requested = gpu_memory_utilization × total memory
//   available KV = requested − (weights + torch activation peak of a dummy forward + non-torch memory)
//                  − CUDA-graph memory
// and the KV pool is cut into blocks of block_size tokens (vllm/v1/kv_cache_interface.py).
namespace vllm_constants {
// The profiling run samples logits for max_num_seqs requests (VllmOptions, default 256) in FP32; the
// sampler keeps logits and probabilities alive together.
inline constexpr std::int64_t kSamplerTensors = 2;
// CUDA graphs for the decode batch sizes (1 … 512): vLLM logs "Graph capturing finished in N secs,
// took 0.2–1 GiB" for 7–70B models; taken as 0.5 GiB per GPU. From v0.21.0 it is profiled and taken out of
// the KV budget (gpu_worker.py: "CUDA graph memory profiling is enabled (default since v0.21.0)"); older
// releases captured the graphs after the pool was cut.
inline constexpr std::int64_t kCudaGraphBytes = 512LL << 20;
} // namespace vllm_constants

// A recurrent layer's state per sequence (MambaSpec): conv state [conv_kernel − 1 + speculative tokens,
// channels] in the model dtype (mamba_cache_dtype "auto", 2 bytes) and the SSM / delta-rule state in the
// checkpoint's mamba_ssm_dtype when it names one (Qwen3.5: float32), else the model dtype.
std::int64_t vllmStateBytes(const LayerCache& cache, std::int64_t speculative_tokens = 0);

// The KV cache manager's settings for the scenario's vLLM version and options.
VllmKvSettings vllmKvSettings(const Scenario& scenario);

// The KV cache manager of one GPU: the model's layers as vLLM's kinds (counts over the whole model, this
// pipeline stage's layers, MTP draft layers on the last stage when speculative decoding drafts with them).
VllmKvCacheConfig vllmKvCacheConfig(const Scenario& scenario, const KvLayout& stage_layout,
                                    std::int64_t tensor_parallel, bool last_stage);

// What vLLM's check compares with the pool for one request of `tokens` (_max_memory_usage_bytes_from_groups):
// the layout's layers as vLLM groups them, this GPU's share under tensor parallelism.
std::int64_t vllmRequestBytes(const Scenario& scenario, const KvLayout& layout, std::int64_t tensor_parallel,
                              std::int64_t tokens);

// Fills e.gpu_loads, e.vllm and the speed layout for the vLLM profile. weights = the whole model's
// storage breakdown; requires e.kv_bytes_per_token etc. already set by the estimator.
void estimateVllm(const Scenario& scenario, const WeightBreakdown& weights, std::int64_t context, std::int64_t batch,
                  std::int64_t gpus, Estimate& e, SpeedLayout& layout);

void addVllmSteps(const Scenario& scenario, Estimate& e);

} // namespace fitscope::sizing
