#pragma once

#include "core/sizing/derivation.h"
#include "core/sizing/model_spec.h"
#include "core/sizing/weight_breakdown.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::sizing {

enum class Verdict : std::uint8_t { Fits, Tight, DoesNotFit };
std::string_view verdictId(Verdict verdict); // "fits", "tight", "does-not-fit"

// Under 10 % of the capacity left is "tight": allocator growth or a longer prompt can tip it over.
inline constexpr double kTightHeadroomFraction = 0.10;

struct GpuFit {
    std::int64_t gpu_count = 1;
    std::int64_t capacity_bytes = 0; // per GPU: the driver's usable figure where known
    std::int64_t nominal_bytes = 0;  // per GPU: the datasheet figure
    std::int64_t per_gpu_bytes = 0;  // the most loaded GPU
    std::int64_t in_use_bytes = 0;   // per GPU: held by other processes (Scenario::gpu_in_use_bytes)
    std::int64_t headroom_bytes = 0; // capacity − in use − load (negative = shortfall)
    Verdict verdict = Verdict::DoesNotFit;
};

// What one GPU holds. With tensor parallelism every GPU holds the same; with pipeline parallelism
// (and llama.cpp's layer split) each holds its own layers, the first the embeddings and the last
// the output head, so the chart shows one bar per GPU.
struct GpuLoad {
    std::int64_t weights_bytes = 0;
    std::int64_t kv_cache_bytes = 0;
    std::int64_t activation_bytes = 0;
    std::int64_t overhead_bytes = 0;
    std::int64_t training_bytes = 0; // fine-tuning: gradients, optimizer states, master weights
    std::int64_t first_layer = 0;    // the layers [first_layer, end_layer) this GPU runs
    std::int64_t end_layer = 0;
    bool output_head = true; // the output layer (and its logits) lives here

    std::int64_t total() const {
        return weights_bytes + kv_cache_bytes + activation_bytes + overhead_bytes + training_bytes;
    }
};

// Tokens per second: a roofline per step, max(bytes / bandwidth, FLOPs / throughput), plus a per-layer
// launch overhead. Figures are central estimates with a low/high range from the factors' spread.
struct SpeedEstimate {
    bool valid = false;             // false: no GPU (and no CPU path) to run on
    bool on_cpu = false;            // llama.cpp with no GPU: the CPU's bandwidth sets the pace
    double decode_tokens_per_s = 0; // one sequence, at the full context
    double decode_low_tokens_per_s = 0;
    double decode_high_tokens_per_s = 0;
    double decode_batch_tokens_per_s = 0; // all sequences of the batch together
    double decode_batch_low_tokens_per_s = 0;
    double decode_batch_high_tokens_per_s = 0;
    bool decode_compute_bound = false;         // at the chosen batch
    std::int64_t compute_bound_from_batch = 0; // the batch from which a decode step is compute-bound (0 = never)
    double prefill_tokens_per_s = 0;           // a prompt of the full context, batch 1 (0 = unknown)
    double prefill_low_tokens_per_s = 0;
    double prefill_high_tokens_per_s = 0;
    double time_to_first_token_s = 0;        // the same prompt: the prefill time
    double time_to_first_token_batch_s = 0;  // all sequences of the batch prefilled together
    std::int64_t decode_bytes_per_token = 0; // read from memory per decode step at batch 1
    double decode_flops_per_token = 0;
    double prefill_flops_per_token = 0; // averaged over the prompt
    double bandwidth_gbps = 0;          // the bandwidth used (GPU, or CPU for on_cpu)
    double compute_tflops = 0;          // the matmul throughput used
    bool weights_dequantized = false;   // no native math for the format: prefill gains nothing
};

// vLLM's start-up figures, as its log prints them.
struct VllmPlan {
    std::int64_t budget_bytes = 0;             // gpu_memory_utilization × usable memory, per GPU
    std::int64_t profile_activation_bytes = 0; // the dummy forward's torch peak
    std::int64_t non_torch_bytes = 0;          // CUDA context, cuBLAS, NCCL
    std::int64_t cuda_graph_bytes = 0;
    std::int64_t in_use_bytes = 0;  // per GPU: held by other processes before vLLM starts
    std::int64_t kv_pool_bytes = 0; // per GPU (negative: the budget is overdrawn)
    std::int64_t num_blocks = 0;
    std::int64_t kv_cache_tokens = 0;      // "GPU KV cache size: N tokens"
    double max_concurrency = 0;            // "Maximum concurrency for C tokens per request: X"
    std::int64_t request_kv_bytes = 0;     // one sequence of the full context, per GPU
    std::int64_t block_pool_bytes = 0;     // the whole pages of the pool (num_blocks × page × group size)
    std::int64_t attention_block_size = 0; // tokens per attention block (hybrids with recurrent layers: larger)
    std::int64_t max_model_len_that_fits = 0;
    bool starts = false; // false: vLLM raises the error below at start-up
    std::string error;   // vLLM's message when it does not start
};

// llama.cpp's placement of layers and buffers.
struct LlamaCppPlan {
    std::int64_t gpu_layers = 0;     // effective n_gpu_layers (0 … n_layer + 1, output counted)
    std::int64_t max_gpu_layers = 0; // n_layer + 1
    bool output_on_gpu = false;
    std::int64_t gpu_compute_buffer_bytes = 0; // per GPU
    std::int64_t cpu_compute_buffer_bytes = 0;
    std::int64_t cpu_weights_bytes = 0; // token embeddings (always on the CPU) and the CPU layers
    std::int64_t cpu_kv_bytes = 0;
    bool v_cache_f16_fallback = false; // quantized V cache asked for without flash attention
    // Tensor placement (--n-cpu-moe, --cpu-moe, -ot): of cpu_weights_bytes, the bytes rules moved from the
    // GPUs' layers to system RAM, and of those the routed experts'.
    std::int64_t cpu_override_bytes = 0;
    std::int64_t cpu_expert_bytes = 0;
    std::int64_t cpu_expert_layers = 0;                // layers with routed experts in system RAM (GPU layers included)
    std::int64_t gpu_override_bytes = 0;               // bytes rules moved onto a GPU from elsewhere
    std::int64_t tensors_overridden = 0;               // tensors a rule placed
    std::int64_t expert_copy_buffer_bytes = 0;         // GPU 0: one layer's CPU experts copied in for a large batch
    std::vector<std::string> missing_override_buffers; // -ot buffers naming a GPU the scenario lacks
};

// Fine-tuning memory by component (whole deployment).
struct FineTunePlan {
    std::int64_t trainable_params = 0;
    std::int64_t frozen_weights_bytes = 0;
    std::int64_t trainable_weights_bytes = 0;
    std::int64_t gradient_bytes = 0;
    std::int64_t optimizer_bytes = 0;      // AdamW first and second moments
    std::int64_t master_weights_bytes = 0; // FP32 copy (mixed precision)
    std::int64_t activation_bytes = 0;
    std::int64_t dequant_buffer_bytes = 0;
    bool paged_optimizer = false; // QLoRA: states can page out to CPU RAM under pressure
};

// The result of one estimate: bytes per component, for the whole deployment and per GPU, and the
// derivation that produced them.
struct Estimate {
    ParameterCounts params;
    // The four components of the memory bar (whole deployment, all GPUs together).
    std::int64_t weights_bytes = 0;
    std::int64_t kv_cache_bytes = 0;
    std::int64_t activation_bytes = 0;
    std::int64_t overhead_bytes = 0;
    std::int64_t training_bytes = 0; // fine-tuning only: gradients, optimizer states, master weights
    std::int64_t total_bytes = 0;

    WeightBreakdown weights;                // exact storage (what the accurate profiles use)
    std::int64_t weights_nominal_bytes = 0; // the article's params × bytes, scales ignored
    double bits_per_weight = 0;             // exact storage bits / parameters
    std::int64_t kv_bytes_per_token = 0;    // per sequence, all layers (window-capped layers at full count)
    std::int64_t kv_cache_no_gqa_bytes = 0; // the article's formula: 2 × layers × hidden × tokens × bytes
    bool kv_window_capped = false;          // some layers hold only the sliding window

    std::int64_t per_gpu_bytes = 0; // the load on each GPU (= total_bytes on one GPU)
    std::optional<GpuFit> fit;      // set when the scenario names a GPU
    std::vector<GpuLoad> gpu_loads; // one per GPU (one entry without a GPU: the whole deployment)

    // System RAM the runtime uses (llama.cpp: layers left on the CPU, their KV cache, the CPU buffer).
    std::int64_t cpu_bytes = 0;
    std::optional<Verdict> cpu_verdict; // set when the scenario gives cpu_ram_bytes and RAM is used

    SpeedEstimate speed;
    std::optional<VllmPlan> vllm;
    std::optional<LlamaCppPlan> llamacpp;
    std::optional<FineTunePlan> finetune;

    std::vector<DerivationStep> steps;
};

} // namespace fitscope::sizing
