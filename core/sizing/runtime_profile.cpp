#include "core/sizing/runtime_profile.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fitscope::sizing {

namespace {

constexpr std::array<RuntimeInfo, static_cast<std::size_t>(Runtime::Count_)> k_runtimes{{
    {Runtime::Simple, "simple", "Simple (article rule)",
     "The article's rule of thumb: weights × (1 + overhead) + KV cache, with a flat overhead."},
    {Runtime::Transformers, "transformers", "Hugging Face transformers",
     "PyTorch inference with generate(): CUDA context, caching-allocator reserve and the prefill activation "
     "peak, calibrated on H200 measurements."},
}};

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
    return (a + b - 1) / b;
}

// The width of the feed-forward block one token passes through at the prefill peak.
std::int64_t peakIntermediateWidth(const ModelSpec& spec) {
    std::int64_t width = spec.intermediate_size;
    if (spec.moe.enabled()) {
        // Routed experts run one after another on the tokens routed to them; the shared experts
        // run on every token. Counting experts_per_token widths is the conservative upper bound.
        const std::int64_t routed = spec.moe.expert_intermediate_size * spec.moe.experts_per_token;
        const std::int64_t shared =
            spec.moe.shared_experts * spec.moe.expert_intermediate_size + spec.moe.shared_intermediate_size;
        width = std::max(spec.moe.first_dense_layers > 0 ? spec.intermediate_size : 0, routed + shared);
    }
    if (spec.mlp_kind == MlpKind::Plain) {
        // up and act(up) only: two intermediate tensors instead of four.
        width = width / 2;
    }
    return width;
}

} // namespace

std::span<const RuntimeInfo> allRuntimes() {
    return k_runtimes;
}

const RuntimeInfo& runtimeInfo(Runtime runtime) {
    return k_runtimes[static_cast<std::size_t>(runtime)];
}

std::optional<Runtime> runtimeFromId(std::string_view id) {
    for (const RuntimeInfo& info : k_runtimes) {
        if (info.id == id) {
            return info.runtime;
        }
    }
    if (id == "hf" || id == "huggingface" || id == "pytorch") {
        return Runtime::Transformers;
    }
    return std::nullopt;
}

std::int64_t activationElementBytes(const PrecisionPlan& plan) {
    return plan.weights == WeightFormat::FP32 ? 4 : 2;
}

RuntimeCosts runtimeCosts(Runtime runtime, const RuntimeInputs& in) {
    RuntimeCosts costs;
    const std::int64_t gpus = std::max<std::int64_t>(1, in.gpu_count);
    switch (runtime) {
    case Runtime::Simple: {
        // The article: weights at the nominal bytes per parameter, a flat overhead on top of them,
        // activations folded into that overhead.
        costs.weights_per_gpu_bytes = ceilDiv(in.weights_nominal_bytes, gpus);
        costs.overhead_per_gpu_bytes = std::llround(static_cast<double>(in.weights_nominal_bytes) *
                                                    in.overhead_fraction / static_cast<double>(gpus));
        break;
    }
    case Runtime::Transformers: {
        using namespace transformers_calibration;
        const ModelSpec& spec = in.model->spec;
        const std::int64_t element = activationElementBytes(*in.plan);
        const std::int64_t tokens = in.batch * in.context_tokens;
        const double per_token = (kIntermediateTensorsAtPeak * static_cast<double>(peakIntermediateWidth(spec)) +
                                  kHiddenTensorsAtPeak * static_cast<double>(spec.hidden_size)) *
                                 static_cast<double>(element);
        // generate() keeps only the last position's logits, upcast to fp32.
        const std::int64_t logits = in.batch * spec.vocab_size * (4 + element);
        costs.activation_per_gpu_bytes = std::llround(per_token * static_cast<double>(tokens)) + logits;
        // Formats without a fused kernel (bitsandbytes NF4, GPTQ-3bit, MXFP4 ...) dequantize each
        // matrix to 16 bit just before its matmul: one extra copy of the largest matrix.
        const FormatInfo& info = formatInfo(in.plan->weights);
        if (info.quantized && info.math == NativeMath::None) {
            costs.dequant_buffer_bytes = in.model->largest_matrix_elements * 2;
            costs.activation_per_gpu_bytes += costs.dequant_buffer_bytes;
        }
        costs.weights_per_gpu_bytes = ceilDiv(in.weights_bytes, gpus);
        costs.context_bytes = kNonTorchBytes;
        costs.allocator_reserve_bytes =
            std::llround(static_cast<double>(in.kv_per_gpu_bytes) * kCacheGrowthReserveFraction);
        costs.overhead_per_gpu_bytes = costs.context_bytes + costs.allocator_reserve_bytes;
        break;
    }
    case Runtime::Count_:
        break;
    }
    return costs;
}

} // namespace fitscope::sizing
