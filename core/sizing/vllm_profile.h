#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/layers.h"
#include "core/sizing/scenario.h"
#include "core/sizing/speed.h"

#include <cstdint>

namespace fitscope::sizing {

// vLLM's start-up memory plan (vllm/v1/worker/gpu_worker.py, determine_available_memory):
//   requested = gpu_memory_utilization × total memory
//   available KV = requested − (weights + torch activation peak of a dummy forward + non-torch memory)
//                  − CUDA-graph memory
// and the KV pool is cut into blocks of block_size tokens (vllm/v1/kv_cache_interface.py).
namespace vllm_constants {
// The profiling run samples logits for max_num_seqs requests (default 256) in FP32; the sampler keeps
// logits and probabilities alive together.
inline constexpr std::int64_t kMaxNumSeqs = 256;
inline constexpr std::int64_t kSamplerTensors = 2;
// CUDA graphs for the decode batch sizes (1 … 512): vLLM logs "Graph capturing finished in N secs,
// took 0.2–1 GiB" for 7–70B models; taken as 0.5 GiB per GPU. Newer versions subtract it from the
// KV budget (cudagraph_memory_estimate); older ones captured after the KV allocation.
inline constexpr std::int64_t kCudaGraphBytes = 512LL << 20;
} // namespace vllm_constants

// A recurrent layer's state per sequence (MambaSpec): conv state [conv_kernel − 1, channels] and the
// SSM / delta-rule state, both in the model dtype (mamba_ssm_cache_dtype "auto"), 2 bytes.
std::int64_t vllmStateBytes(const LayerCache& cache);

// Bytes one sequence of `tokens` needs in one GPU's pool: full-attention layers
// cdiv(tokens, block) pages, sliding-window layers (cdiv(min(window − 1 + max_num_batched_tokens,
// tokens), block) + 1) pages (SlidingWindowSpec.max_memory_usage_bytes).
std::int64_t vllmRequestBytes(const Scenario& scenario, std::int64_t page_bytes, const AttentionLayers& layers,
                              std::int64_t tokens);

// The same per cache class of a slice's layers (v1/kv_cache_interface.py, max_memory_usage_bytes):
// FullAttentionSpec and MLA cdiv(tokens, block) pages; SlidingWindowSpec as above;
// ChunkedLocalAttentionSpec cdiv(min(chunk + max_num_batched_tokens, tokens), block) pages; MambaSpec
// one state per sequence, whatever its length. Pages are this GPU's share under tensor parallelism.
std::int64_t vllmRequestBytes(const Scenario& scenario, const KvLayout& layout, std::int64_t tensor_parallel,
                              std::int64_t tokens);

// One block of every attention layer of the layout (the pool is cut into such blocks).
std::int64_t vllmBlockBytesAllLayers(const Scenario& scenario, const KvLayout& layout, std::int64_t tensor_parallel);

// Fills e.gpu_loads, e.vllm and the speed layout for the vLLM profile. weights = the whole model's
// storage breakdown; requires e.kv_bytes_per_token etc. already set by the estimator.
void estimateVllm(const Scenario& scenario, const WeightBreakdown& weights, std::int64_t context, std::int64_t batch,
                  std::int64_t gpus, Estimate& e, SpeedLayout& layout);

void addVllmSteps(const Scenario& scenario, Estimate& e);

} // namespace fitscope::sizing
