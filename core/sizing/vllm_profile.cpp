#include "core/sizing/vllm_profile.h"

#include "core/sizing/runtime_profile.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fitscope::sizing {

namespace {

std::int64_t cdiv(std::int64_t a, std::int64_t b) {
    return (a + b - 1) / b;
}

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
        bytes += std::min(tokens, vllm_constants::kMaxNumSeqs) * spec.vocab_size * 4 * vllm_constants::kSamplerTensors;
    }
    return bytes;
}

} // namespace

std::int64_t vllmRequestBytes(const Scenario& s, std::int64_t page_bytes, const AttentionLayers& layers,
                              std::int64_t tokens) {
    const std::int64_t block = std::max<std::int64_t>(1, s.vllm.block_size);
    std::int64_t pages = layers.full * cdiv(tokens, block);
    if (layers.sliding > 0) {
        const std::int64_t window = s.model->spec.sliding_window.window_tokens;
        const std::int64_t span = std::min(window - 1 + s.vllm.max_num_batched_tokens, tokens);
        pages += layers.sliding * (cdiv(span, block) + 1);
    }
    return pages * page_bytes;
}

std::int64_t vllmStateBytes(const LayerCache& cache) {
    return (cache.conv_state_elements + cache.ssm_state_elements) * 2;
}

namespace {

// One page: block_size tokens of one layer of this class, this GPU's share.
std::int64_t classPageBytes(const Scenario& s, const LayerCache& cache, std::int64_t tp) {
    const std::int64_t block = std::max<std::int64_t>(1, s.vllm.block_size);
    const std::int64_t bytes =
        kvClassBytesPerToken(cache, s.precision.kv_cache, s.precision.kv_cache, Runtime::Vllm) * block;
    return kvClassTensorParallelBytes(cache, Runtime::Vllm, bytes, tp);
}

} // namespace

namespace {

// One sequence's KV pages as a function of its length, with each class's page bytes worked out once:
// the binary search for the longest max_model_len then evaluates a handful of multiplications per step.
struct RequestShape {
    // No default member initializers: the terms past count are never read, and not zeroing them keeps
    // a shape cheap on the estimate's path.
    struct Term {
        MixerKind mixer;
        std::int64_t window_tokens;
        std::int64_t page_bytes; // one page of every layer of the class, this GPU's share
    };
    std::array<Term, KvLayout::kMaxClasses> terms;
    std::size_t count = 0;
    std::int64_t fixed_bytes = 0; // recurrent state: the same at every length
    std::int64_t block = 1;
    std::int64_t batched_tokens = 0;

    RequestShape() = default;
    RequestShape(const Scenario& s, const KvLayout& layout, std::int64_t tp)
        : block(std::max<std::int64_t>(1, s.vllm.block_size))
        , batched_tokens(s.vllm.max_num_batched_tokens) {
        for (std::size_t i = 0; i < layout.count; ++i) {
            const KvClass& k = layout.classes[i];
            const LayerCache& c = k.cache;
            if (isRecurrent(c.mixer)) {
                fixed_bytes += kvClassTensorParallelBytes(c, Runtime::Vllm, vllmStateBytes(c), tp) * k.layers;
            } else if (isAttention(c.mixer)) {
                terms[count++] = Term{c.mixer, c.window_tokens, classPageBytes(s, c, tp) * k.layers};
            }
        }
    }

    // Narrows [lo, hi] around the longest length whose bytes fit budget: the layers that keep every
    // position grow by one page per block of tokens, the windowed ones by at most their window's pages.
    void bracket(std::int64_t budget, std::int64_t& lo, std::int64_t& hi) const {
        std::int64_t growing = 0; // bytes per block of tokens, all full-attention classes
        std::int64_t bounded = 0; // the most the windowed classes can take
        for (std::size_t i = 0; i < count; ++i) {
            const Term& t = terms[i];
            if (t.window_tokens > 0 &&
                (t.mixer == MixerKind::SlidingWindow || t.mixer == MixerKind::ChunkedAttention)) {
                bounded += (cdiv(t.window_tokens + batched_tokens, block) + 1) * t.page_bytes;
            } else {
                growing += t.page_bytes;
            }
        }
        if (growing <= 0) {
            return;
        }
        const std::int64_t free_bytes = budget - fixed_bytes;
        // Above this, the full layers alone overflow; below this, everything fits whatever the windows take.
        hi = std::clamp<std::int64_t>((free_bytes / growing + 1) * block, lo, hi);
        lo = std::clamp<std::int64_t>((free_bytes - bounded) / growing * block, lo, hi);
        lo = bytes(lo) <= budget ? lo : 0;
    }

    std::int64_t bytes(std::int64_t tokens) const {
        std::int64_t total = fixed_bytes;
        for (std::size_t i = 0; i < count; ++i) {
            const Term& t = terms[i];
            std::int64_t pages = cdiv(tokens, block);
            if (t.mixer == MixerKind::SlidingWindow && t.window_tokens > 0) {
                pages = cdiv(std::min(t.window_tokens - 1 + batched_tokens, tokens), block) + 1;
            } else if (t.mixer == MixerKind::ChunkedAttention && t.window_tokens > 0) {
                pages = cdiv(std::min(t.window_tokens + batched_tokens, tokens), block);
            }
            total += pages * t.page_bytes;
        }
        return total;
    }
};

} // namespace

std::int64_t vllmRequestBytes(const Scenario& s, const KvLayout& layout, std::int64_t tp, std::int64_t tokens) {
    return RequestShape(s, layout, tp).bytes(tokens);
}

std::int64_t vllmBlockBytesAllLayers(const Scenario& s, const KvLayout& layout, std::int64_t tp) {
    std::int64_t bytes = 0;
    for (std::size_t i = 0; i < layout.count; ++i) {
        if (isAttention(layout.classes[i].cache.mixer)) {
            bytes += classPageBytes(s, layout.classes[i].cache, tp) * layout.classes[i].layers;
        }
    }
    return bytes;
}

void estimateVllm(const Scenario& s, const WeightBreakdown& weights, std::int64_t context, std::int64_t batch,
                  std::int64_t gpus, Estimate& e, SpeedLayout& layout) {
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const std::int64_t block = std::max<std::int64_t>(1, s.vllm.block_size);
    const double utilization = std::clamp(s.vllm.gpu_memory_utilization, 0.01, 1.0);
    const std::int64_t capacity = s.gpu ? s.gpu->capacityBytes() : 0;

    VllmPlan plan;
    plan.budget_bytes = s.gpu ? std::llround(static_cast<double>(capacity) * utilization) : 0;
    plan.starts = true;
    std::int64_t min_blocks = -1;
    double min_concurrency = -1;
    std::int64_t worst_request = 0;
    std::int64_t worst_pool = 0;
    RequestShape worst_shape;
    bool have_worst = false;

    const std::int64_t slices = sliceCount(gpus, s.parallelism);
    e.gpu_loads.clear();
    e.gpu_loads.reserve(static_cast<std::size_t>(std::min<std::int64_t>(gpus, 64)));
    for (std::int64_t i = 0; i < slices; ++i) {
        const DeviceSlice slice = deviceSlice(spec, gpus, s.parallelism, i);
        std::unique_ptr<KvLayout> scratch;
        const KvLayout& layers = kvLayout(model, slice.first_layer, slice.end_layer, scratch);
        const RequestShape shape(s, layers, slice.tensor_parallel);
        const std::int64_t request = shape.bytes(context);

        GpuLoad load;
        load.first_layer = slice.first_layer;
        load.end_layer = slice.end_layer;
        load.output_head = slice.output_head;
        load.weights_bytes = sliceWeightBytes(model, s.precision, weights, slice);
        load.activation_bytes = profileActivationBytes(s, slice);
        const std::int64_t non_torch = transformers_calibration::kNonTorchBytes + commBytesPerGpu(gpus, s.parallelism);
        const std::int64_t graphs = s.cuda_graphs ? vllm_constants::kCudaGraphBytes : 0;
        load.overhead_bytes = non_torch + graphs;
        plan.profile_activation_bytes = std::max(plan.profile_activation_bytes, load.activation_bytes);
        plan.non_torch_bytes = non_torch;
        plan.cuda_graph_bytes = graphs;

        std::int64_t pool = 0;
        if (s.gpu) {
            pool = plan.budget_bytes - load.weights_bytes - load.activation_bytes - load.overhead_bytes;
            load.kv_cache_bytes = std::max<std::int64_t>(0, pool);
        } else {
            // No GPU: the pool must at least hold the requested sequences.
            load.kv_cache_bytes = batch * request;
            pool = load.kv_cache_bytes;
        }
        const std::int64_t page_all_layers =
            std::max<std::int64_t>(1, vllmBlockBytesAllLayers(s, layers, slice.tensor_parallel));
        const std::int64_t blocks = std::max<std::int64_t>(0, pool) / page_all_layers;
        const double concurrency =
            request > 0 ? static_cast<double>(std::max<std::int64_t>(0, pool)) / static_cast<double>(request) : 0.0;
        if (min_blocks < 0 || blocks < min_blocks) {
            min_blocks = blocks;
        }
        if (min_concurrency < 0 || concurrency < min_concurrency) {
            min_concurrency = concurrency;
            worst_request = request;
            worst_pool = pool;
            worst_shape = shape;
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
    if (gpus > 1 && s.parallelism == Parallelism::Tensor) {
        layout.gpu_weight_bytes -= weights.embeddings_bytes; // the embedding table is looked up, not read
    }
    layout.gpu_layers = spec.num_layers;
    layout.tensor_parallel = s.parallelism == Parallelism::Tensor ? gpus : 1;
    layout.pipeline_stages = s.parallelism == Parallelism::Pipeline ? gpus : 1;

    plan.kv_pool_bytes = worst_pool;
    plan.num_blocks = std::max<std::int64_t>(0, min_blocks);
    plan.kv_cache_tokens = plan.num_blocks * block;
    plan.max_concurrency = std::max(0.0, min_concurrency);
    plan.request_kv_bytes = worst_request;
    // The longest max_model_len whose one sequence fits the pool (vLLM v1 prints it as "the estimated
    // maximum model length"): request bytes grow with the length, so a binary search finds it.
    if (worst_pool > 0 && s.gpu && have_worst) {
        std::int64_t lo = 0;
        std::int64_t hi = kMaxContextTokens;
        worst_shape.bracket(worst_pool, lo, hi);
        while (lo < hi) {
            const std::int64_t mid = lo + (hi - lo + 1) / 2;
            if (worst_shape.bytes(mid) <= worst_pool) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        plan.max_model_len_that_fits = lo;
    }
    if (s.gpu) {
        if (worst_pool <= 0) {
            plan.starts = false;
            plan.error = "ValueError: No available memory for the cache blocks. Try increasing "
                         "`gpu_memory_utilization` when initializing the engine.";
        } else if (worst_request > worst_pool) {
            plan.starts = false;
            plan.error = "ValueError: The model's max seq len (" + std::to_string(context) +
                         ") is larger than the maximum number of tokens that can be stored in KV cache (" +
                         std::to_string(plan.kv_cache_tokens) +
                         "). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when "
                         "initializing the engine.";
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
    }
    appendStep(e.steps, "activations",
               "Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked "
               "prefill) through the fused QKV / gate-up / SiLU tensors, plus the sampler's FP32 logits for {1} "
               "sequences = {2}",
               {countQ(s.vllm.max_num_batched_tokens), countQ(vllm_constants::kMaxNumSeqs),
                bytesQ(p.profile_activation_bytes)});
    appendStep(e.steps, "overhead",
               "Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the "
               "decode batch sizes: {1} (0 with --enforce-eager)",
               {bytesQ(p.non_torch_bytes), bytesQ(p.cuda_graph_bytes)});
    if (s.gpu) {
        appendStep(e.steps, "kv_cache",
                   "KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} "
                   "tokens: GPU KV cache size {7} tokens",
                   {bytesQ(p.budget_bytes), bytesQ(load.weights_bytes), bytesQ(load.activation_bytes),
                    bytesQ(load.overhead_bytes), bytesQ(p.kv_pool_bytes), countQ(p.num_blocks),
                    countQ(s.vllm.block_size), countQ(p.kv_cache_tokens)});
        appendStep(e.steps, "kv_cache",
                   "One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked",
                   {countQ(s.context_tokens), bytesQ(p.request_kv_bytes), rateQ(p.max_concurrency), countQ(s.batch)});
    } else {
        appendStep(e.steps, "kv_cache",
                   "Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU",
                   {countQ(s.batch), countQ(s.context_tokens), bytesQ(load.kv_cache_bytes)});
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
