#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <cstdint>
#include <span>
#include <vector>

namespace fitscope::sizing {

// The factors that turn bytes and FLOPs into seconds for one runtime. Each comes as the value for a
// slow run, the central value and the value for a fast run, so every figure carries a range.
struct SpeedRange {
    double slow = 0;
    double mid = 0;
    double fast = 0;
};

struct RuntimeSpeedFactors {
    SpeedRange bandwidth_efficiency;  // share of the datasheet bandwidth a decode step reaches
    SpeedRange layer_overhead_s;      // per layer and step with CUDA graphs: kernel launches and tails
    double eager_layer_s = 0;         // per layer and step without graphs: host-side launch time ...
    double eager_layer_per_seq_s = 0; // ... growing with the batch
    SpeedRange prefill_utilization;   // share of the dense matmul throughput a prefill reaches
};

namespace speed_calibration {
// Hugging Face transformers on an H200 (shared/data/calibration/h200-transformers.json, `speed`):
// llama-2-7b bf16, static cache of 2048 positions (sdpa reads all of them), CUDA graph: 7.247 ms per
// step at batch 1, 11.619 ms at batch 16. Bytes read per step: 13.25 GB of weights (all but the
// token embeddings) + 1.074 GB of KV per sequence. Solving t = bytes / (4.8 TB/s × η) + 32 × τ for the
// two runs gives η = 0.77 and τ = 105 µs per layer. The range spans η from 0.70 to 0.86 (0.86 = the
// bf16 GEMV bandwidth measured on the same card, 4125 GB/s) and τ from 80 to 140 µs.
// Eager decoding is host-bound: 54.85 ms (batch 1) and 84.77 ms (batch 16) for 32 layers give
// 1.652 ms + 0.062 ms per sequence per layer. Prefill of 4096 tokens: 0.1178 s for 57.4 TFLOP
// (2 × 6.48 G matmul params × 4096 + causal attention 2 × 32 heads × 128 × 4096² × 32 layers) =
// 488 TFLOPS, 0.49 of 989 TFLOPS.
inline constexpr RuntimeSpeedFactors kTransformers{
    {0.70, 0.77, 0.86}, {140e-6, 105e-6, 80e-6}, 1.652e-3, 0.0623e-3, {0.40, 0.49, 0.58}};
// vLLM: fused kernels (QKV, gate-up, RMSNorm with residual, paged attention) and CUDA graphs, about a
// third of transformers' kernels per layer. Assumed, not yet calibrated: η as transformers, τ 25–60 µs,
// prefill utilization 0.45–0.70 (llm-analysis's README: "up to 0.7" FLOPS efficiency for inference).
inline constexpr RuntimeSpeedFactors kVllm{
    {0.70, 0.80, 0.86}, {60e-6, 40e-6, 25e-6}, 1.0e-3, 0.03e-3, {0.45, 0.60, 0.70}};
// llama.cpp CUDA: its quantized GEMV kernels (mmvq) read blocks with their scales; CUDA graphs are
// on by default. Assumed, not yet calibrated against measurements.
inline constexpr RuntimeSpeedFactors kLlamaCpp{
    {0.60, 0.75, 0.88}, {50e-6, 30e-6, 15e-6}, 0.3e-3, 0.0, {0.25, 0.40, 0.55}};
// The article's view: bandwidth is the bottleneck and nothing else costs time. An upper bound.
inline constexpr RuntimeSpeedFactors kIdeal{{1.0, 1.0, 1.0}, {0, 0, 0}, 0, 0, {1.0, 1.0, 1.0}};
// llama.cpp on the CPU: a share of the measured (STREAM) bandwidth; thread barriers per layer.
inline constexpr SpeedRange kCpuBandwidthEfficiency{0.60, 0.75, 0.90};
inline constexpr double kCpuLayerOverheadS = 10e-6;
// Without a measurement: dual-channel DDR4-3200, 2 × 25.6 GB/s peak.
inline constexpr double kAssumedCpuBandwidthGbps = 51.2;
// llama.cpp copies the weights of CPU layers to the GPU for batches of 32 tokens and more
// (ggml-cuda offload_op: min_batch_size = 32), once per ubatch, over PCIe 4.0 x16 (~25 GB/s usable).
inline constexpr double kPcieBandwidthGbps = 25.0;
// The batch from which ggml-cuda runs an op whose weights sit in system RAM on the GPU, copying them over
// (ggml/src/ggml-cuda/ggml-cuda.cu ggml_backend_cuda_device_offload_op: min_batch_size = 32, the batch of
// a MUL_MAT_ID being its ne[2], the tokens; ggml-org/llama.cpp b6089 … master). Below it the CPU backend
// multiplies them where they are.
inline constexpr std::int64_t kOffloadMinBatch = 32;
// Latency of one small all-reduce (NCCL on NVLink, nccl-tests order of magnitude): two per layer
// under tensor parallelism (after attention and after the MLP, Megatron-LM); one hand-over per
// pipeline stage boundary.
inline constexpr double kAllReduceLatencyS = 10e-6;
} // namespace speed_calibration

const RuntimeSpeedFactors& speedFactors(Runtime runtime);

// Where the bytes a decode step reads live, filled by each runtime profile.
struct SpeedLayout {
    std::int64_t gpu_weight_bytes = 0;     // read per step on the GPUs, all GPUs together, no token embeddings
    std::int64_t gpu_kv_bytes_per_seq = 0; // KV read per sequence and step at the full context, all GPUs
    std::int64_t cpu_weight_bytes = 0;     // llama.cpp: layers on the CPU (token embeddings excluded)
    std::int64_t cpu_kv_bytes_per_seq = 0;
    std::int64_t gpu_layers = 0; // decoder layers on the GPU side (the overhead counts them)
    std::int64_t cpu_layers = 0;
    std::int64_t tensor_parallel = 1; // GPUs working on the same layer at once
    std::int64_t pipeline_stages = 1; // GPUs working one after another
    double gpu_flop_share = 1.0;      // the FLOPs' share on the GPU (llama.cpp partial offload)
    // llama.cpp: the routed-expert bytes of each side (-1 = unknown: the model's parameter share is used).
    // A token reads only its top-k experts of them (plus every shared expert, counted as dense bytes).
    std::int64_t gpu_routed_bytes = -1;
    std::int64_t cpu_routed_bytes = -1;
    // Routed experts that tensor rules keep in system RAM while their layer runs on the GPU: at a batch of
    // kOffloadMinBatch tokens and more llama.cpp copies them to the GPU (PCIe), below it the CPU multiplies.
    std::int64_t cpu_expert_bytes = 0;
};

// Fills e.speed from the layout. Works for any runtime; pure arithmetic, no allocation.
void estimateSpeed(const Scenario& scenario, const SpeedLayout& layout, Estimate& e);

// Decode speed against batch for a chart: one estimate per batch, everything else as in scenario.
struct SpeedPoint {
    std::int64_t batch = 1;
    double tokens_per_s = 0; // all sequences together
    double low_tokens_per_s = 0;
    double high_tokens_per_s = 0;
    bool compute_bound = false;
    bool fits = true; // the memory verdict at this batch (true when no GPU is named)
};
std::vector<SpeedPoint> decodeSpeedByBatch(const Scenario& scenario, std::span<const std::int64_t> batches);

// Derivation steps for the speed figures.
void addSpeedSteps(const Scenario& scenario, const SpeedLayout& layout, Estimate& e);

} // namespace fitscope::sizing
