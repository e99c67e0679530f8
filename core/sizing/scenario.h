#pragma once

#include "core/sizing/expert_placement.h"
#include "core/sizing/flash_attention.h"
#include "core/sizing/gpu_spec.h"
#include "core/sizing/precision.h"
#include "core/sizing/prepared_model.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::sizing {

// How memory beyond weights and KV cache is accounted for.
enum class Runtime : std::uint8_t {
    Simple,       // the article: weights × (1 + overhead) + KV cache
    Transformers, // PyTorch / Hugging Face generate(): CUDA context, allocator, prefill activations
    Vllm,         // vLLM: a pre-allocated budget, the rest of it a paged KV-cache pool
    LlamaCpp,     // llama.cpp: GGUF weights per device, compute buffer, partial offload to system RAM
    Count_
};

struct RuntimeInfo {
    Runtime runtime;
    std::string_view id;
    std::string_view display_name;
    std::string_view description;
};
std::span<const RuntimeInfo> allRuntimes();
const RuntimeInfo& runtimeInfo(Runtime runtime);
std::optional<Runtime> runtimeFromId(std::string_view id);

// Which format each part of the model is stored in.
struct PrecisionPlan {
    WeightFormat weights = WeightFormat::FP16;
    // Unset = the format's default: 16-bit for quantized non-GGUF formats (the article's checklist:
    // "do not quantize embedding and LM-head layers to INT4"), llama.cpp's own choice for GGUF.
    std::optional<WeightFormat> embeddings;
    std::optional<WeightFormat> output_head;
    KvFormat kv_cache = KvFormat::FP16;
};

// How several GPUs share a model (N of one GPU model).
enum class Parallelism : std::uint8_t {
    Tensor,   // every layer split across the GPUs (weights and KV heads), all-reduce after each block
    Pipeline, // consecutive layers on each GPU, activations passed from one to the next
};
std::string_view parallelismId(Parallelism parallelism); // "tp", "pp"
std::optional<Parallelism> parallelismFromId(std::string_view id);

enum class Task : std::uint8_t { Inference, FineTune };
enum class FineTuneMethod : std::uint8_t {
    Full,  // every weight trained: weights, gradients, AdamW states, FP32 master weights
    Lora,  // frozen 16-bit base, trainable low-rank adapters
    Qlora, // frozen NF4 base (double quantization), BF16 adapters, paged optimizer
};
std::string_view taskId(Task task);                  // "inference", "finetune"
std::string_view fineTuneMethodId(FineTuneMethod m); // "full", "lora", "qlora"
std::optional<Task> taskFromId(std::string_view id);
std::optional<FineTuneMethod> fineTuneMethodFromId(std::string_view id);

// Which linear layers carry LoRA adapters.
enum class LoraTargets : std::uint8_t {
    AllLinear, // q, k, v, o, gate, up, down: QLoRA §4 ("LoRA on all linear transformer block layers")
    Attention, // q and v only: the original LoRA paper (Hu et al. 2021, §7.1)
};

struct FineTuneOptions {
    FineTuneMethod method = FineTuneMethod::Lora;
    std::int64_t lora_rank = 16;
    LoraTargets targets = LoraTargets::AllLinear;
    bool gradient_checkpointing = false;
    // context_tokens is the training sequence length and batch the micro-batch per GPU.
};

// A vLLM release, major.minor: the rules that changed between releases are keyed on it (see
// vllm_kv_cache.h and vllm_profile.cpp for each boundary and its source).
struct VllmVersion {
    int major = 0;
    int minor = 24;
    auto operator<=>(const VllmVersion&) const = default;
};
// The newest release whose rules FitScope models: v0.24.0 (2026-07, the calibration case rec45).
inline constexpr VllmVersion kNewestVllmVersion{0, 24};
std::string vllmVersionId(VllmVersion version); // "0.24"
// "0.24", "v0.8.3.dev172+g2b93162f", "0.1.dev7548" (a development build: treated as the newest).
std::optional<VllmVersion> vllmVersionFromId(std::string_view id);

// vLLM engine arguments that change its memory plan.
struct VllmOptions {
    // The fraction of the GPU's memory vLLM takes. 0.90: the default of every vLLM release through
    // v0 and v1 until vllm/config/cache.py moved to 0.92 recently; most installed versions and the
    // documentation still use 0.9, and the lower figure gives the smaller (safer) KV pool.
    double gpu_memory_utilization = 0.90;
    // Tokens of the profiling forward pass: the v1 scheduler's default with chunked prefill.
    std::int64_t max_num_batched_tokens = 8192;
    std::int64_t block_size = 16; // vLLM DEFAULT_BLOCK_SIZE
    VllmVersion version = kNewestVllmVersion;
    // --max-num-seqs: the profiling run samples this many sequences (vllm/config/scheduler.py default 256).
    std::int64_t max_num_seqs = 256;
    // --enable-prefix-caching / --no-enable-prefix-caching; unset = on (V1's default). For hybrid models
    // it selects mamba_cache_mode "align" (two state blocks per request) instead of "none" (one).
    std::optional<bool> enable_prefix_caching;
    // --pipeline-parallel-size: stages; the scenario's GPUs are tensor × pipeline. 1 with
    // Parallelism::Pipeline means every GPU is a stage (tensor parallel 1).
    std::int64_t pipeline_parallel_size = 1;
    // VLLM_PP_LAYER_PARTITION: layers per stage; empty = get_pp_indices's even split.
    std::vector<std::int64_t> pp_layer_partition;
    // speculative_config num_speculative_tokens (MTP, EAGLE, n-gram): extra state blocks per request for
    // recurrent layers, and the MTP layers' weights and KV cache when the method is the model's own MTP.
    std::int64_t num_speculative_tokens = 0;
    // --cpu-offload-gb: weights kept in pinned CPU memory, per GPU.
    double cpu_offload_gb = 0;
};

// llama.cpp context and offload parameters.
struct LlamaCppOptions {
    std::int64_t n_gpu_layers = -1; // -1 = all (n_layer + 1: llama.cpp counts the output layer)
    // -fa on|off|auto: auto (llama.cpp's default) is resolved by llamaCppFlashAttention(); flash attention
    // is also the condition for a quantized V cache.
    FlashAttention flash_attention = FlashAttention::Auto;
    std::int64_t n_ubatch = 512; // physical batch of the compute graph (llama.cpp default)
    bool swa_full = false;       // --swa-full: sliding-window layers cache the whole context
    // -ctv: the V cache's type when it differs from K (-ctk, precision.kv_cache); unset = the K type.
    std::optional<KvFormat> cache_type_v;
    // -kvu: one KV stream of n_ctx cells shared by every slot (Scenario::batch = -np) instead of one
    // stream of n_ctx / n_seq_max cells per slot; the llama.cpp profile sizes both. llama-server without
    // -np runs llamacpp_constants::kServerAutoSlots slots with it on (launch commands say so).
    bool kv_unified = false;
    // Per-tensor placement (expert_placement.h), applied in this order, the first match deciding:
    // -ot PATTERN=BUFFER rules as given, then --cpu-moe (every layer's routed experts in system RAM),
    // then --n-cpu-moe N (the routed experts of layers 0 … N − 1). Launch commands write them so.
    std::vector<TensorOverride> tensor_overrides;
    bool cpu_moe = false;
    std::int64_t n_cpu_moe = 0;
};

// Everything an estimate depends on. Plain data: the GUI and CLI build one from their controls.
struct Scenario {
    std::shared_ptr<const PreparedModel> model;
    PrecisionPlan precision;
    std::int64_t context_tokens = 4096; // prompt + generated tokens per sequence
    std::int64_t batch = 1;             // concurrent sequences
    Runtime runtime = Runtime::Simple;
    double overhead_fraction = 0.20;    // the simple profile's flat overhead (article: 20 %)
    std::shared_ptr<const GpuSpec> gpu; // unset = no verdict
    std::int64_t gpu_count = 1;         // identical GPUs
    Parallelism parallelism = Parallelism::Tensor;
    // Memory already held on each of those GPUs by other processes (the desktop, another model), 0 = none.
    // Not the model's to use: the verdict is judged against capacity minus this, and vLLM (which takes a
    // fraction of the *total*) refuses to start when what is left is below its budget (vllm_profile.cpp).
    // A detected GPU fills it from the driver's used figure; for a planned machine the user sets it.
    std::int64_t gpu_in_use_bytes = 0;

    // System RAM: a capacity for layers llama.cpp keeps on the CPU. 0 = unknown (no RAM verdict);
    // core never reads the machine: app/ passes the RAM it finds (sysconf) or the user's figure.
    std::int64_t cpu_ram_bytes = 0;
    // The CPU's memory bandwidth for CPU-side decoding (GB/s, STREAM-like), 0 = unknown: an
    // assumed dual-channel DDR4-3200 figure is used and the derivation says so.
    double cpu_bandwidth_gbps = 0;
    // CUDA graphs for decoding (vLLM's and llama.cpp's default; transformers with a static cache and
    // torch.compile). false = eager launches, transformers' plain generate().
    bool cuda_graphs = true;

    // Images per request (multimodal models): each adds tokens_per_image soft tokens to every sequence,
    // beside its context_tokens of text (image_tokens.h). tokens_per_image 0 = the model's own figure.
    std::int64_t images_per_request = 0;
    std::int64_t tokens_per_image = 0;

    VllmOptions vllm;
    LlamaCppOptions llamacpp;

    Task task = Task::Inference;
    FineTuneOptions finetune;
};

// Limits that keep every estimate inside int64 with a wide margin.
inline constexpr std::int64_t kMaxContextTokens = 1LL << 26; // 67 M tokens
inline constexpr std::int64_t kMaxBatch = 1LL << 20;
inline constexpr std::int64_t kMaxImagesPerRequest = 1024;
inline constexpr std::int64_t kMaxImageTokens = 1LL << 16; // per image
inline constexpr std::int64_t kMaxGpuCount = 4096;
inline constexpr std::int64_t kMaxGpuInUseBytes = 1LL << 44; // 16 TiB, beyond any single device
inline constexpr std::int64_t kMaxLoraRank = 1 << 16;

} // namespace fitscope::sizing
