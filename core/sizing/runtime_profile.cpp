#include "core/sizing/runtime_profile.h"

#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/vllm_profile.h"

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
    {Runtime::Vllm, "vllm", "vLLM",
     "vLLM serving: gpu_memory_utilization of the GPU is taken at start-up; weights, the profiled activation peak, "
     "CUDA graphs and the CUDA context come out of it, the rest becomes a paged KV-cache pool."},
    {Runtime::LlamaCpp, "llamacpp", "llama.cpp",
     "llama.cpp with GGUF weights: layers on the GPU (n_gpu_layers, output layer counted), the KV cache with its "
     "cache types, the compute buffer, and what stays in system RAM."},
}};

} // namespace

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

bool transformersCapsWindow(const ModelSpec& spec) {
    const std::string& t = spec.model_type;
    return t == "gemma2" || t == "gemma3" || t == "gemma3_text" || t == "gemma4" || t == "gemma4_text" ||
           t == "cohere2" || t == "gpt_oss" || t == "llama4" || t == "llama4_text";
}

std::int64_t transformersStateBytes(const LayerCache& cache) {
    return (cache.conv_channels * cache.conv_kernel + cache.ssm_state_elements) * 2;
}

std::int64_t kvCachedTokens(Runtime runtime, const PreparedModel& model, const LayerCache& cache, std::int64_t tokens) {
    if (!isAttention(cache.mixer)) {
        return 0;
    }
    if (!isWindowed(cache.mixer) || cache.window_tokens <= 0) {
        return tokens;
    }
    if (runtime == Runtime::Transformers && !model.transformers_caps_window) {
        return tokens;
    }
    return std::min(tokens, cache.window_tokens);
}

std::int64_t recurrentStateBytes(const LayerCache& cache, Runtime runtime) {
    if (!isRecurrent(cache.mixer)) {
        return 0;
    }
    switch (runtime) {
    case Runtime::Transformers:
        return transformersStateBytes(cache);
    case Runtime::Vllm:
        return vllmStateBytes(cache);
    case Runtime::LlamaCpp:
        return llamaCppStateBytes(cache);
    case Runtime::Simple:
    case Runtime::Count_:
        break;
    }
    // The article's rule knows no recurrent state: the same 16-bit state as the servers.
    return (cache.conv_state_elements + cache.ssm_state_elements) * 2;
}

std::int64_t commBytesPerGpu(std::int64_t gpu_count, Parallelism parallelism) {
    if (gpu_count <= 1) {
        return 0;
    }
    return parallelism == Parallelism::Tensor ? parallel_constants::kTensorParallelCommBytes
                                              : parallel_constants::kPipelineParallelCommBytes;
}

std::string vllmVersionId(VllmVersion version) {
    return std::to_string(version.major) + "." + std::to_string(version.minor);
}

std::optional<VllmVersion> vllmVersionFromId(std::string_view id) {
    if (!id.empty() && (id.front() == 'v' || id.front() == 'V')) {
        id.remove_prefix(1);
    }
    auto number = [&](std::size_t& at) -> std::optional<int> {
        std::size_t end = at;
        while (end < id.size() && id[end] >= '0' && id[end] <= '9' && end - at < 4) {
            ++end;
        }
        if (end == at) {
            return std::nullopt;
        }
        int value = 0;
        for (std::size_t i = at; i < end; ++i) {
            value = value * 10 + (id[i] - '0');
        }
        at = end;
        return value;
    };
    std::size_t at = 0;
    const auto major = number(at);
    if (!major || at >= id.size() || id[at] != '.') {
        return std::nullopt;
    }
    ++at;
    const auto minor = number(at);
    if (!minor) {
        return std::nullopt;
    }
    // "0.1.dev7548+gbaba038": a build from main, whose setuptools-scm version is not a release: the
    // newest rules are the closest.
    if (*major == 0 && *minor == 1 && id.substr(at).starts_with(".dev")) {
        return kNewestVllmVersion;
    }
    if (*major > 0 || *minor > kNewestVllmVersion.minor) {
        return kNewestVllmVersion; // newer than FitScope knows: its newest rules
    }
    return VllmVersion{*major, *minor};
}

std::string_view parallelismId(Parallelism parallelism) {
    return parallelism == Parallelism::Pipeline ? "pp" : "tp";
}

std::optional<Parallelism> parallelismFromId(std::string_view id) {
    if (id == "tp" || id == "tensor") {
        return Parallelism::Tensor;
    }
    if (id == "pp" || id == "pipeline") {
        return Parallelism::Pipeline;
    }
    return std::nullopt;
}

std::string_view taskId(Task task) {
    return task == Task::FineTune ? "finetune" : "inference";
}

std::string_view fineTuneMethodId(FineTuneMethod method) {
    switch (method) {
    case FineTuneMethod::Full:
        return "full";
    case FineTuneMethod::Lora:
        return "lora";
    case FineTuneMethod::Qlora:
        break;
    }
    return "qlora";
}

std::optional<Task> taskFromId(std::string_view id) {
    if (id == "inference") {
        return Task::Inference;
    }
    if (id == "finetune" || id == "fine-tune" || id == "training") {
        return Task::FineTune;
    }
    return std::nullopt;
}

std::optional<FineTuneMethod> fineTuneMethodFromId(std::string_view id) {
    if (id == "full") {
        return FineTuneMethod::Full;
    }
    if (id == "lora") {
        return FineTuneMethod::Lora;
    }
    if (id == "qlora") {
        return FineTuneMethod::Qlora;
    }
    return std::nullopt;
}

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
    if (id == "llama.cpp" || id == "llama-cpp" || id == "gguf") {
        return Runtime::LlamaCpp;
    }
    return std::nullopt;
}

std::int64_t activationElementBytes(const PrecisionPlan& plan) {
    return plan.weights == WeightFormat::FP32 ? 4 : 2;
}

RuntimeCosts runtimeCosts(Runtime runtime, const RuntimeInputs& in) {
    RuntimeCosts costs;
    switch (runtime) {
    case Runtime::Simple: {
        // The article: weights at the nominal bytes per parameter, a flat overhead on top of them,
        // activations folded into that overhead.
        costs.weights_per_gpu_bytes = in.weights_nominal_bytes;
        costs.overhead_per_gpu_bytes =
            std::llround(static_cast<double>(in.weights_nominal_bytes) * in.overhead_fraction);
        break;
    }
    case Runtime::Transformers:
    case Runtime::Vllm:
    case Runtime::LlamaCpp: {
        // vLLM and llama.cpp have their own profiles (vllm_profile.cpp, llamacpp_profile.cpp); this is
        // the PyTorch generate() model they fall back to when asked through this function.
        using namespace transformers_calibration;
        const ModelSpec& spec = in.model->spec;
        const std::int64_t element = activationElementBytes(*in.plan);
        const std::int64_t tokens = in.batch * in.context_tokens;
        const double tp = static_cast<double>(std::max<std::int64_t>(1, in.tensor_parallel));
        // Tensor parallelism splits the MLP's intermediate tensors (column-parallel gate and up);
        // the residual stream is whole on every GPU.
        const double per_token = (kIntermediateTensorsAtPeak * static_cast<double>(peakIntermediateWidth(spec)) / tp +
                                  kHiddenTensorsAtPeak * static_cast<double>(spec.hidden_size)) *
                                 static_cast<double>(element);
        // generate() keeps only the last position's logits, upcast to fp32.
        const std::int64_t logits = in.output_head ? in.batch * spec.vocab_size * (4 + element) : 0;
        costs.activation_per_gpu_bytes = std::llround(per_token * static_cast<double>(tokens)) + logits;
        // Formats without a fused kernel (bitsandbytes NF4, GPTQ-3bit, MXFP4 ...) dequantize each
        // matrix to 16 bit just before its matmul: one extra copy of the largest matrix.
        const FormatInfo& info = formatInfo(in.plan->weights);
        if (info.quantized && info.math == NativeMath::None) {
            costs.dequant_buffer_bytes = in.model->largest_matrix_elements * 2 / static_cast<std::int64_t>(tp);
            costs.activation_per_gpu_bytes += costs.dequant_buffer_bytes;
        }
        costs.weights_per_gpu_bytes = in.weights_bytes;
        costs.context_bytes = kNonTorchBytes;
        costs.allocator_reserve_bytes =
            std::llround(static_cast<double>(in.kv_per_gpu_bytes) * kCacheGrowthReserveFraction);
        costs.comm_bytes = commBytesPerGpu(in.gpu_count, in.parallelism);
        costs.overhead_per_gpu_bytes = costs.context_bytes + costs.allocator_reserve_bytes + costs.comm_bytes;
        break;
    }
    case Runtime::Count_:
        break;
    }
    return costs;
}

} // namespace fitscope::sizing
