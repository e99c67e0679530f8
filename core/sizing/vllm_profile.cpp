#include "core/sizing/vllm_profile.h"

#include "core/sizing/runtime_profile.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace fitscope::sizing {

namespace {

// The torch peak of vLLM's profiling forward: max_num_batched_tokens tokens through one layer at a
// time (fused QKV, fused gate-up, SiLU-and-mul, residual), plus the sampler's FP32 logits.
std::int64_t profileActivationBytes(const Scenario& s, const DeviceSlice& slice) {
    const ModelSpec& spec = s.model->spec;
    const std::int64_t element = activationElementBytes(s.precision);
    const std::int64_t tokens = std::max<std::int64_t>(1, s.vllm.max_num_batched_tokens);
    const std::int64_t tp = std::max<std::int64_t>(1, slice.tensor_parallel);
    // vLLM fuses the MLP into gate_up (2 × I) and the SiLU-and-mul output (I), both alive at once.
    const std::int64_t mlp = 3 * peakIntermediateWidth(spec) / tp;
    const std::int64_t qkv = (spec.num_heads + 2 * spec.num_kv_heads) * spec.head_dim / tp;
    const std::int64_t hidden = 2 * spec.hidden_size; // hidden states and residual
    std::int64_t bytes = tokens * (std::max(mlp, qkv) + hidden) * element;
    if (slice.output_head) {
        const std::int64_t seqs = std::max<std::int64_t>(1, s.vllm.max_num_seqs);
        bytes += std::min(tokens, seqs) * spec.vocab_size * 4 * vllm_constants::kSamplerTensors;
    }
    return bytes;
}

} // namespace

std::int64_t vllmStateBytes(const LayerCache& cache, std::int64_t speculative_tokens) {
    // MambaStateShapeCalculator: the conv state keeps conv_kernel − 1 + num_spec inputs per channel.
    const std::int64_t conv =
        cache.conv_channels > 0
            ? cache.conv_channels * (cache.conv_kernel - 1 + std::max<std::int64_t>(0, speculative_tokens))
            : cache.conv_state_elements;
    const std::int64_t ssm_element = cache.ssm_state_dtype_bytes > 0 ? cache.ssm_state_dtype_bytes : 2;
    return conv * 2 + cache.ssm_state_elements * ssm_element;
}

namespace {

// GiB with two decimals, as vLLM formats them (format_gib).
std::string gibText(std::int64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", static_cast<double>(bytes) / static_cast<double>(1LL << 30));
    return text;
}

// A Python float as str() prints it (repr: the shortest text that reads back), after round(x, 2) where
// asked: vLLM's start-up message prints GiB(b) = round(b / GiB_bytes, 2) and the fraction as given.
std::string pythonFloat(double value) {
    char text[64];
    // Fixed notation with the fewest decimals that read back as the same double: what repr prints for
    // magnitudes from 1e-4 to 1e16 (the GiB figures and fractions here); "%.17g" beyond.
    const double magnitude = std::abs(value);
    if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
        for (int decimals = 0; decimals <= 17; ++decimals) {
            std::snprintf(text, sizeof text, "%.*f", decimals, value);
            if (std::strtod(text, nullptr) == value) {
                break;
            }
        }
    } else {
        std::snprintf(text, sizeof text, "%.17g", value);
    }
    std::string out = text;
    if (out.find_first_of(".e") == std::string::npos) {
        out += ".0";
    }
    return out;
}

std::string roundedGib(std::int64_t bytes) {
    return pythonFloat(std::round(static_cast<double>(bytes) / static_cast<double>(1LL << 30) * 100.0) / 100.0);
}

} // namespace

namespace {

// The era of each rule, by release. Sources: vLLM's release notes (V1 the default engine from v0.8.0),
// PR #17996 (the hybrid KV cache manager, 2025-06, taken as v0.10), PR #40694 (tokens from the
// concurrency, 2026-04; v0.19.0 still prints the old figure, vLLM issue #40691; taken as v0.20) and
// gpu_worker.py's "CUDA graph memory profiling is enabled (default since v0.21.0)". The start-up check of
// free memory: v1/worker/gpu_worker.py init_device takes a MemorySnapshot, requested_memory = total ×
// gpu_memory_utilization, and raises when free memory is below it; the budget is per instance, whatever
// other processes hold (vLLM's test_gpu_memory_utilization: "a per-instance limit, not a global limit").
// The earlier V1 worker (init_gpu_memory, before MemorySnapshot) had no such check and counted every byte
// not allocated by torch (total − free, other processes included) as its own, so it came out of the KV
// pool. vLLM issue #20305 shows the check on v0.9.1; the release that added it was not pinned down: taken
// as v0.9.
struct VllmEra {
    bool v1_engine;
    bool hybrid_manager;
    bool tokens_from_concurrency;
    bool graphs_in_budget;
    bool startup_free_check;
};

VllmEra vllmEra(VllmVersion v) {
    return VllmEra{v >= VllmVersion{0, 8}, v >= VllmVersion{0, 10}, v >= VllmVersion{0, 20}, v >= VllmVersion{0, 21},
                   v >= VllmVersion{0, 9}};
}

// vllm/distributed/utils.py get_pp_indices: an even split, the remainder going to the stages just before
// the last (which also runs the final norm and the LM head); VLLM_PP_LAYER_PARTITION overrides it.
void vllmStageLayers(const Scenario& s, std::int64_t layers, std::int64_t stages, std::int64_t stage,
                     std::int64_t& first, std::int64_t& end) {
    const std::vector<std::int64_t>& given = s.vllm.pp_layer_partition;
    std::int64_t given_sum = 0;
    for (const std::int64_t n : given) {
        given_sum += n;
    }
    std::vector<std::int64_t> parts;
    if (static_cast<std::int64_t>(given.size()) == stages && given_sum == layers) {
        parts = given;
    } else {
        parts.assign(static_cast<std::size_t>(stages), layers / stages);
        const std::int64_t remaining = layers % stages;
        for (std::int64_t i = 2; i < remaining + 2; ++i) {
            parts[static_cast<std::size_t>(stages - i)] += 1;
        }
    }
    first = 0;
    for (std::int64_t i = 0; i < stage; ++i) {
        first += parts[static_cast<std::size_t>(i)];
    }
    end = first + parts[static_cast<std::size_t>(stage)];
}

VllmSpecKind specKindOf(MixerKind mixer) {
    switch (mixer) {
    case MixerKind::SlidingWindow:
        return VllmSpecKind::SlidingWindow;
    case MixerKind::ChunkedAttention:
        return VllmSpecKind::ChunkedLocal;
    case MixerKind::GatedDeltaNet:
    case MixerKind::Mamba2:
        return VllmSpecKind::Mamba;
    default:
        return VllmSpecKind::FullAttention;
    }
}

// The model's cache classes as vLLM's layer kinds on one GPU: the whole model's layer counts (groups are
// formed over them) and this stage's; MTP draft layers (speculative decoding with the model's own MTP
// blocks) are full-attention layers of the last stage.
std::size_t vllmLayerKinds(const Scenario& s, const KvLayout& stage_layout, std::int64_t tp, bool last_stage,
                           std::array<VllmLayerKind, VllmKvCacheConfig::kMaxKinds>& out) {
    const PreparedModel& model = *s.model;
    const KvLayout& all = model.kv_layout;
    const std::int64_t spec_tokens = std::max<std::int64_t>(0, s.vllm.num_speculative_tokens);
    const std::int64_t mtp = spec_tokens > 0 ? model.spec.mtp_layers : 0;
    std::size_t n = 0;
    bool mtp_added = mtp == 0;
    for (std::size_t i = 0; i < all.count && n < out.size(); ++i) {
        const KvClass& k = all.classes[i];
        const LayerCache& c = k.cache;
        if (!isAttention(c.mixer) && !isRecurrent(c.mixer)) {
            continue; // shared-KV and MLP-only layers have no spec (vLLM skips kv_sharing layers)
        }
        VllmLayerKind kind;
        kind.kind = specKindOf(c.mixer);
        kind.window_tokens = isWindowed(c.mixer) ? c.window_tokens : 0;
        if (isRecurrent(c.mixer)) {
            kind.state_bytes = kvClassTensorParallelBytes(c, Runtime::Vllm, vllmStateBytes(c, spec_tokens), tp);
        } else {
            kind.bytes_per_token = kvClassTensorParallelBytes(
                c, Runtime::Vllm, kvClassBytesPerToken(c, s.precision.kv_cache, s.precision.kv_cache, Runtime::Vllm),
                tp);
        }
        kind.model_layers = k.layers;
        for (std::size_t j = 0; j < stage_layout.count; ++j) {
            if (stage_layout.classes[j].cache.sameClass(c)) {
                kind.rank_layers = stage_layout.classes[j].layers;
            }
        }
        if (!mtp_added && c.mixer == MixerKind::FullAttention) {
            kind.model_layers += mtp;
            kind.rank_layers += last_stage ? mtp : 0;
            mtp_added = true;
        }
        out[n++] = kind;
    }
    return n;
}

} // namespace

VllmKvCacheConfig vllmKvCacheConfig(const Scenario& s, const KvLayout& stage_layout, std::int64_t tp, bool last_stage) {
    std::array<VllmLayerKind, VllmKvCacheConfig::kMaxKinds> kinds{};
    const std::size_t n = vllmLayerKinds(s, stage_layout, tp, last_stage, kinds);
    return VllmKvCacheConfig(kinds.data(), n, vllmKvSettings(s));
}

std::int64_t vllmRequestBytes(const Scenario& s, const KvLayout& layout, std::int64_t tp, std::int64_t tokens) {
    return vllmKvCacheConfig(s, layout, tp, true).requestBytes(tokens);
}

VllmKvSettings vllmKvSettings(const Scenario& s) {
    const VllmEra era = vllmEra(s.vllm.version);
    VllmKvSettings k;
    k.block_size = std::max<std::int64_t>(1, s.vllm.block_size);
    k.max_num_batched_tokens = s.vllm.max_num_batched_tokens;
    k.mamba_mode = s.vllm.enable_prefix_caching.value_or(true) ? VllmMambaCacheMode::Align : VllmMambaCacheMode::None;
    k.num_speculative_blocks = std::max<std::int64_t>(0, s.vllm.num_speculative_tokens);
    k.hybrid_manager = era.v1_engine && era.hybrid_manager;
    k.tokens_from_concurrency = era.tokens_from_concurrency;
    return k;
}

void estimateVllm(const Scenario& s, const WeightBreakdown& weights, std::int64_t context, std::int64_t batch,
                  std::int64_t gpus, Estimate& e, SpeedLayout& layout) {
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const VllmEra era = vllmEra(s.vllm.version);
    const double utilization = std::clamp(s.vllm.gpu_memory_utilization, 0.01, 1.0);
    const std::int64_t capacity = s.gpu ? s.gpu->capacityBytes() : 0;
    // Memory other processes hold on each GPU (Scenario::gpu_in_use_bytes).
    const std::int64_t in_use = s.gpu ? std::clamp<std::int64_t>(s.gpu_in_use_bytes, 0, kMaxGpuInUseBytes) : 0;

    // Tensor × pipeline: with Parallelism::Pipeline every GPU is a stage; otherwise
    // --pipeline-parallel-size stages of the remaining GPUs in tensor parallel.
    const std::int64_t stages = s.parallelism == Parallelism::Pipeline
                                    ? gpus
                                    : std::clamp<std::int64_t>(s.vllm.pipeline_parallel_size, 1, gpus);
    const std::int64_t tp = std::max<std::int64_t>(1, gpus / stages);

    VllmPlan plan;
    plan.budget_bytes = s.gpu ? std::llround(static_cast<double>(capacity) * utilization) : 0;
    plan.starts = true;
    std::int64_t min_blocks = -1;
    std::int64_t worst_pool = 0;
    VllmKvCacheConfig worst_config;
    bool have_worst = false;
    const std::int64_t spec_tokens = std::max<std::int64_t>(0, s.vllm.num_speculative_tokens);
    // The MTP draft blocks load with the model when they draft (speculative_config method "mtp").
    const std::int64_t mtp_weight_bytes =
        spec_tokens > 0 && spec.mtp_params > 0 && spec.hidden_size > 0
            ? storageBytes(s.precision.weights, spec.mtp_params / spec.hidden_size, spec.hidden_size)
            : 0;
    const std::int64_t offload_bytes = std::llround(std::max(0.0, s.vllm.cpu_offload_gb) * 1e9);

    e.gpu_loads.clear();
    e.gpu_loads.reserve(static_cast<std::size_t>(std::min<std::int64_t>(gpus, 64)));
    for (std::int64_t stage = 0; stage < stages; ++stage) {
        DeviceSlice slice;
        vllmStageLayers(s, spec.num_layers, stages, stage, slice.first_layer, slice.end_layer);
        slice.embeddings = stage == 0;
        slice.output_head = stage == stages - 1;
        slice.tensor_parallel = tp;
        slice.replicas = tp;
        std::unique_ptr<KvLayout> scratch;
        const KvLayout& layers = kvLayout(model, slice.first_layer, slice.end_layer, scratch);
        const VllmKvCacheConfig config = vllmKvCacheConfig(s, layers, tp, slice.output_head);

        GpuLoad load;
        load.first_layer = slice.first_layer;
        load.end_layer = slice.end_layer;
        load.output_head = slice.output_head;
        load.weights_bytes = sliceWeightBytes(model, s.precision, weights, slice) +
                             (slice.output_head ? (mtp_weight_bytes + tp - 1) / tp : 0);
        // --cpu-offload-gb: that much of each GPU's weights stays in pinned host memory (UVA).
        load.weights_bytes = std::max<std::int64_t>(0, load.weights_bytes - offload_bytes);
        load.activation_bytes = profileActivationBytes(s, slice);
        const std::int64_t non_torch = transformers_calibration::kNonTorchBytes + commBytesPerGpu(gpus, s.parallelism);
        // Before v0.21 the graphs were captured after the pool was cut: they came out of the memory
        // gpu_memory_utilization leaves, not out of the KV budget.
        const std::int64_t graphs =
            s.cuda_graphs && era.v1_engine && era.graphs_in_budget ? vllm_constants::kCudaGraphBytes : 0;
        load.overhead_bytes = non_torch + graphs;
        plan.profile_activation_bytes = std::max(plan.profile_activation_bytes, load.activation_bytes);
        plan.non_torch_bytes = non_torch;
        plan.cuda_graph_bytes = graphs;

        const std::int64_t request = config.requestBytes(context);
        std::int64_t pool = 0;
        if (s.gpu) {
            pool = plan.budget_bytes - load.weights_bytes - load.activation_bytes - load.overhead_bytes;
            if (!era.startup_free_check) {
                pool -= in_use; // counted as this instance's non-torch memory (see VllmEra)
            }
            load.kv_cache_bytes = std::max<std::int64_t>(0, pool);
        } else {
            // No GPU: the pool must at least hold the requested sequences.
            load.kv_cache_bytes = batch * request;
            pool = load.kv_cache_bytes;
        }
        const std::int64_t blocks = config.numBlocks(pool);
        if (!config.empty() && (min_blocks < 0 || blocks < min_blocks)) {
            min_blocks = blocks;
            worst_pool = pool;
            worst_config = config;
            have_worst = true;
        }
        for (std::int64_t r = 0; r < slice.replicas; ++r) {
            e.gpu_loads.push_back(load);
        }

        // Decode reads every slice's weights (stages one after another; TP splits are summed back).
        const std::int64_t emb = slice.embeddings ? weights.embeddings_bytes : 0;
        layout.gpu_weight_bytes += (load.weights_bytes - (slice.tensor_parallel > 1 ? 0 : emb)) * slice.replicas;
        layout.gpu_kv_bytes_per_seq +=
            sliceKvBytes(model, s.precision.kv_cache, s.precision.kv_cache, Runtime::Vllm, context, 1, slice) *
            slice.replicas;
    }
    if (tp > 1) {
        layout.gpu_weight_bytes -= weights.embeddings_bytes; // the embedding table is looked up, not read
    }
    layout.gpu_layers = spec.num_layers;
    layout.tensor_parallel = tp;
    layout.pipeline_stages = stages;

    // Every rank takes the smallest rank's block count (get_kv_cache_configs).
    plan.kv_pool_bytes = worst_pool;
    plan.num_blocks = std::max<std::int64_t>(0, min_blocks);
    if (have_worst) {
        plan.request_kv_bytes = worst_config.requestBytes(context);
        plan.block_pool_bytes = plan.num_blocks * worst_config.pageBytes() * worst_config.groupSize();
        if (era.v1_engine) {
            plan.max_concurrency = worst_config.maxConcurrency(plan.num_blocks, context);
            plan.kv_cache_tokens = worst_config.reportedTokens(plan.num_blocks, context);
        } else {
            // V0's block manager: blocks × block_size tokens, and their ratio to max_model_len.
            plan.kv_cache_tokens = plan.num_blocks * worst_config.attentionBlockSize();
            plan.max_concurrency =
                context > 0 ? static_cast<double>(plan.kv_cache_tokens) / static_cast<double>(context) : 0.0;
        }
        plan.attention_block_size = worst_config.attentionBlockSize();
    }
    if (worst_pool > 0 && s.gpu && have_worst) {
        plan.max_model_len_that_fits = worst_config.maxModelLen(worst_pool, kMaxContextTokens);
    }
    plan.in_use_bytes = in_use;
    if (s.gpu && era.startup_free_check && capacity - in_use < plan.budget_bytes) {
        // init_device, before any weight is loaded: the first error vLLM can raise.
        plan.starts = false;
        plan.error = "ValueError: Free memory on device (" + roundedGib(capacity - in_use) + "/" +
                     roundedGib(capacity) + " GiB) on startup is less than desired GPU memory utilization (" +
                     pythonFloat(utilization) + ", " + roundedGib(plan.budget_bytes) +
                     " GiB). Decrease GPU memory utilization or reduce GPU memory used by other processes.";
    } else if (s.gpu) {
        if (worst_pool <= 0) {
            plan.starts = false;
            plan.error = "ValueError: No available memory for the cache blocks. Try increasing "
                         "`gpu_memory_utilization` when initializing the engine.";
        } else if (have_worst && plan.request_kv_bytes > worst_pool) {
            plan.starts = false;
            if (era.v1_engine) {
                // vllm/v1/core/kv_cache_utils.py _check_enough_kv_cache_memory.
                plan.error = "ValueError: To serve at least one request with the models's max seq len (" +
                             std::to_string(context) + "), (" + gibText(plan.request_kv_bytes) +
                             " GiB KV cache is needed, which is larger than the available KV cache memory (" +
                             gibText(worst_pool) +
                             " GiB). Based on the available memory, the estimated maximum model "
                             "length is " +
                             std::to_string(plan.max_model_len_that_fits) +
                             ". Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when "
                             "initializing the engine.";
            } else {
                plan.error = "ValueError: The model's max seq len (" + std::to_string(context) +
                             ") is larger than the maximum number of tokens that can be stored in KV cache (" +
                             std::to_string(plan.kv_cache_tokens) +
                             "). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when "
                             "initializing the engine.";
            }
        }
    }
    e.vllm = std::move(plan);
}

void addVllmSteps(const Scenario& s, Estimate& e) {
    if (!e.vllm) {
        return;
    }
    const VllmPlan& p = *e.vllm;
    const GpuLoad& load = e.gpu_loads.front();
    if (s.gpu) {
        appendStep(e.steps, "overhead",
                   "vLLM takes gpu_memory_utilization {0} × {1} usable = {2} per GPU at start-up (0.90: the default "
                   "of most releases; the newest vllm/config/cache.py uses 0.92)",
                   {plainQ(s.vllm.gpu_memory_utilization), bytesQ(s.gpu->capacityBytes()), bytesQ(p.budget_bytes)});
        if (p.in_use_bytes > 0 && vllmEra(s.vllm.version).startup_free_check) {
            const std::int64_t free = s.gpu->capacityBytes() - p.in_use_bytes;
            if (free < p.budget_bytes) {
                appendStep(
                    e.steps, "gpu",
                    "Free at start-up: {0} usable − {1} in use by other processes = {2}, less than the {3} "
                    "vLLM asks for (a fraction of the total, not of what is free): it refuses to start",
                    {bytesQ(s.gpu->capacityBytes()), bytesQ(p.in_use_bytes), bytesQ(free), bytesQ(p.budget_bytes)});
            } else {
                appendStep(
                    e.steps, "gpu",
                    "Free at start-up: {0} usable − {1} in use by other processes = {2}, at least the {3} "
                    "vLLM asks for (a fraction of the total, not of what is free)",
                    {bytesQ(s.gpu->capacityBytes()), bytesQ(p.in_use_bytes), bytesQ(free), bytesQ(p.budget_bytes)});
            }
        }
    }
    appendStep(
        e.steps, "activations",
        "Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked prefill) "
        "through the fused QKV / gate-up / SiLU tensors, plus the sampler's FP32 logits for {1} sequences = {2}",
        {countQ(s.vllm.max_num_batched_tokens), countQ(s.vllm.max_num_seqs), bytesQ(p.profile_activation_bytes)});
    appendStep(e.steps, "overhead",
               "Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the "
               "decode batch sizes: {1} (0 with --enforce-eager)",
               {bytesQ(p.non_torch_bytes), bytesQ(p.cuda_graph_bytes)});
    if (s.gpu) {
        if (p.in_use_bytes > 0 && !vllmEra(s.vllm.version).startup_free_check) {
            // Before v0.9 the memory of other processes counted as vLLM's own non-torch memory (VllmEra).
            appendStep(e.steps, "kv_cache",
                       "KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead − {7} in use by other "
                       "processes (counted as non-torch memory before v0.9) = {4}, in {5} blocks of {6} tokens",
                       {bytesQ(p.budget_bytes), bytesQ(load.weights_bytes), bytesQ(load.activation_bytes),
                        bytesQ(load.overhead_bytes), bytesQ(p.kv_pool_bytes), countQ(p.num_blocks),
                        countQ(s.vllm.block_size), bytesQ(p.in_use_bytes)});
        } else {
            appendStep(e.steps, "kv_cache",
                       "KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} "
                       "tokens: GPU KV cache size {7} tokens",
                       {bytesQ(p.budget_bytes), bytesQ(load.weights_bytes), bytesQ(load.activation_bytes),
                        bytesQ(load.overhead_bytes), bytesQ(p.kv_pool_bytes), countQ(p.num_blocks),
                        countQ(s.vllm.block_size), countQ(p.kv_cache_tokens)});
        }
        appendStep(e.steps, "kv_cache",
                   "One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked",
                   {countQ(s.context_tokens), bytesQ(p.request_kv_bytes), rateQ(p.max_concurrency), countQ(s.batch)});
    } else {
        appendStep(e.steps, "kv_cache",
                   "Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU",
                   {countQ(s.batch), countQ(s.context_tokens), bytesQ(load.kv_cache_bytes)});
    }
    if (p.attention_block_size > s.vllm.block_size) {
        appendStep(e.steps, "kv_cache",
                   "Recurrent layers: vLLM grows the attention block to {0} tokens so one attention page holds a "
                   "layer's state (page {1}); the pool's pages are shared by the layer groups",
                   {countQ(p.attention_block_size), bytesQ(p.num_blocks > 0 ? p.block_pool_bytes / p.num_blocks : 0)});
    }
    if (s.model->kv_layout.layersOf(MixerKind::SlidingWindow) > 0) {
        appendStep(e.steps, "kv_cache",
                   "Sliding-window layers keep min(window − 1 + max_num_batched_tokens, length) tokens plus one "
                   "block (vLLM SlidingWindowSpec).",
                   {});
    }
    if (s.model->kv_layout.layersOf(MixerKind::ChunkedAttention) > 0) {
        appendStep(e.steps, "kv_cache",
                   "Chunked-attention layers keep min(chunk + max_num_batched_tokens, length) tokens (vLLM "
                   "ChunkedLocalAttentionSpec).",
                   {});
    }
    if (!p.starts) {
        appendStep(e.steps, "gpu", "vLLM would not start: {name}", {}, p.error);
        if (p.max_model_len_that_fits > 0) {
            appendStep(e.steps, "gpu", "The longest max_model_len the pool can hold: {0} tokens",
                       {countQ(p.max_model_len_that_fits)});
        }
    }
}

} // namespace fitscope::sizing
