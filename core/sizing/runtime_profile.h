#pragma once

#include "core/sizing/scenario.h"

#include <cstdint>

namespace fitscope::sizing {

// Constants of the transformers profile, measured on an NVIDIA H200 with PyTorch 2.11 and
// transformers 5.17 (shared/data/calibration/h200-transformers.json).
namespace transformers_calibration {
// Memory outside PyTorch's allocator once generate() has run: CUDA context, cuBLAS workspace and
// kernels. used_after_gen − peak_reserved over the six runs: 730.7 MB to 743.2 MB.
inline constexpr std::int64_t kNonTorchBytes = 736'000'000;
// DynamicCache grows by torch.cat at every decode step; the caching allocator keeps the freed
// shorter copies in its pool. (peak_reserved − peak_allocated) / kv_bytes = 0.33–0.34 for contexts
// of 4096–16384 at batch 1–8 (0.15 at 512: taken as 1/3, the figure for the contexts that matter).
inline constexpr double kCacheGrowthReserveFraction = 1.0 / 3.0;
// Prefill peak inside the MLP with sdpa attention (no s² score matrix): gate, up, act(gate) and
// their product are alive together (4 × intermediate) plus the residual stream (1 × hidden), in the
// activation dtype. peak_allocated − weights − kv per token: 7B 96–99 kB (model 96.3 kB),
// 13B 121 kB (model 120.8 kB).
inline constexpr double kIntermediateTensorsAtPeak = 4.0;
inline constexpr double kHiddenTensorsAtPeak = 1.0;
} // namespace transformers_calibration

// Communication buffers per GPU when several GPUs share a model. NCCL allocates per channel and
// peer a buffer for each protocol: NCCL_BUFFSIZE (default 4 MiB, NCCL environment-variable
// documentation) for Simple plus the LL and LL128 buffers; with the 16–32 channels NCCL opens over
// NVLink that is some 150–300 MiB. Taken as 256 MiB for tensor parallelism (ring and tree peers, and
// vLLM's custom all-reduce buffers), half of it for pipeline parallelism (one peer on each side).
namespace parallel_constants {
inline constexpr std::int64_t kTensorParallelCommBytes = 256LL << 20;
inline constexpr std::int64_t kPipelineParallelCommBytes = 128LL << 20;
} // namespace parallel_constants

// One GPU's share of the model, as the estimator hands it to a runtime profile.
struct RuntimeInputs {
    const PreparedModel* model = nullptr;
    const PrecisionPlan* plan = nullptr;
    std::int64_t context_tokens = 0;
    std::int64_t batch = 0;
    std::int64_t gpu_count = 1;
    std::int64_t tensor_parallel = 1; // GPUs sharing every layer (activations split by it)
    Parallelism parallelism = Parallelism::Tensor;
    std::int64_t weights_bytes = 0;         // exact storage on this GPU
    std::int64_t weights_nominal_bytes = 0; // the article's figure on this GPU
    std::int64_t kv_per_gpu_bytes = 0;
    bool output_head = true; // this GPU computes the logits
    double overhead_fraction = 0.2;
};

// What a runtime adds on one GPU beyond weights and KV cache.
struct RuntimeCosts {
    std::int64_t weights_per_gpu_bytes = 0; // the runtime decides which weight figure it loads
    std::int64_t activation_per_gpu_bytes = 0;
    std::int64_t overhead_per_gpu_bytes = 0;
    // Parts of the overhead, for the derivation.
    std::int64_t context_bytes = 0; // CUDA context and libraries
    std::int64_t allocator_reserve_bytes = 0;
    std::int64_t dequant_buffer_bytes = 0; // a dequantized copy of the largest matrix
    std::int64_t comm_bytes = 0;           // NCCL buffers (several GPUs)
};

RuntimeCosts runtimeCosts(Runtime runtime, const RuntimeInputs& in);

// The width of the feed-forward block one token passes through at its peak (MoE: the routed and
// shared experts it visits; a plain MLP counts half, having two tensors where a gated one has four).
std::int64_t peakIntermediateWidth(const ModelSpec& spec);

// Communication buffers one GPU holds for the given parallelism (0 on one GPU).
std::int64_t commBytesPerGpu(std::int64_t gpu_count, Parallelism parallelism);

// Which runtime caches which layer how. Each runtime's rule lives in its profile; these dispatch.
// Positions a layer of this class keeps for one sequence of `tokens` (0 for layers without KV of
// their own). Simple: the article's rule, windows honoured. transformers: its cache class for the
// model type (transformersCapsWindow). vLLM and llama.cpp size their caches in their profiles; here
// they give the positions a decode step reads.
std::int64_t kvCachedTokens(Runtime runtime, const PreparedModel& model, const LayerCache& cache, std::int64_t tokens);
// The fixed state one recurrent layer keeps for one sequence, as the runtime stores it.
std::int64_t recurrentStateBytes(const LayerCache& cache, Runtime runtime);

// transformers (5.x) builds its default DynamicCache from the config: families whose config declares
// per-layer types (layer_types: Gemma 2/3/4, Cohere2, gpt-oss; Llama 4's chunked layers) get
// DynamicSlidingWindowLayer for their window layers, which keeps the last window − 1 positions.
// Mistral-7B-v0.1 (sliding_window, no layer_types) was measured keeping every position (issue 13),
// as do Mixtral, Phi-3 and Qwen2 with use_sliding_window.
bool transformersCapsWindow(const ModelSpec& spec);
// transformers keeps the recurrent state in the model's dtype, the conv state at the kernel's full
// width (Mamba2Cache / Qwen3-Next's cache: conv_states [batch, channels, conv_kernel]).
std::int64_t transformersStateBytes(const LayerCache& cache);

// Bytes per activation element: the compute dtype (FP32 models compute in FP32, all else in 16 bit).
std::int64_t activationElementBytes(const PrecisionPlan& plan);

} // namespace fitscope::sizing
