#include "core/sizing/llamacpp_profile.h"

#include "core/sizing/expert_placement.h"
#include "core/sizing/layers.h"
#include "core/sizing/runtime_profile.h"

#include <algorithm>

namespace fitscope::sizing {

namespace {

std::int64_t pad(std::int64_t n, std::int64_t to) {
    return (n + to - 1) / to * to;
}

// ggml_is_quantized(type_v): every cache type but the float ones (FP8 and INT8 stand for other runtimes'
// 8-bit caches and count as quantized here too).
bool quantizedCache(KvFormat format) {
    return format != KvFormat::FP32 && format != KvFormat::FP16 && format != KvFormat::BF16;
}

// The V type asked for: -ctv, else the K type (-ctk). llama-kv-cache.cpp (ggml-org/llama.cpp @3514e9f)
// makes each layer's K ggml_new_tensor_3d(type_k, n_embd_k_gqa, kv_size, n_stream) and V likewise with
// type_v (n_embd_v_gqa; transposed without flash attention, the same bytes), so K and V bytes per cell
// are each their own type's ggml row size (kvRowBytes: q8_0 34 bytes and q4_0 18 bytes per 32 values).
KvFormat requestedValueFormat(const Scenario& s) {
    return s.llamacpp.cache_type_v.value_or(s.precision.kv_cache);
}

// The V cache's type: a quantized V cache needs flash attention. llama.cpp itself refuses to start
// without it (llama-context.cpp @001d906 checks after resolving -fa auto: "quantized V cache was
// requested, but this requires Flash Attention"), so with auto a quantized V works where auto resolves to
// on and stops the start where it does not; with -fa off FitScope sizes V in F16, as gguf-parser and
// Ollama (which falls back to F16) do, and says so in a step.
KvFormat valueFormat(const Scenario& s) {
    const KvFormat requested = requestedValueFormat(s);
    if (!llamaCppFlashAttention(s) && quantizedCache(requested)) {
        return KvFormat::FP16;
    }
    return requested;
}

struct Placement {
    std::int64_t first = 0; // repeating layers [first, end) on this device
    std::int64_t end = 0;
    bool output = false;
};

// llama-model.cpp load_tensors(): i_gpu_start = max(n_layer + 1 − n_gpu_layers, 0) and act_gpu_layers =
// min(n_gpu_layers, n_layer + 1); layer il (il == n_layer is the output layer) is on a GPU when
// il ≥ i_gpu_start, on GPU floor((il − i_gpu_start) × G / act) for G GPUs split evenly. So the output
// layer is the first one offloaded (n_gpu_layers = 1 offloads only it) and the input layer (token
// embeddings) always stays on the CPU.
Placement gpuPlacement(std::int64_t layers, std::int64_t ngl, std::int64_t gpus, std::int64_t g) {
    Placement p;
    if (ngl <= 0) {
        return p;
    }
    const std::int64_t start = layers + 1 - ngl;
    const std::int64_t lo = (g * ngl + gpus - 1) / gpus;
    const std::int64_t hi = ((g + 1) * ngl + gpus - 1) / gpus;
    p.first = std::min(start + lo, layers);
    p.end = std::min(start + hi, layers);
    p.output = hi >= ngl && hi > lo;
    return p;
}

} // namespace

std::int64_t LlamaCppCompute::total(bool with_layers, bool with_output) const {
    std::int64_t phase = 0;
    if (with_layers) {
        phase = std::max(attention_bytes, ffn_bytes);
    }
    if (with_output) {
        phase = std::max(phase, output_bytes);
    }
    return inputs_bytes + phase;
}

std::int64_t llamaCppStateBytes(const LayerCache& cache) {
    return (cache.conv_state_elements + cache.ssm_state_elements) * 4;
}

std::int64_t llamaCppKvBytes(const Scenario& s, const KvLayout& layout, std::int64_t tokens, std::int64_t sequences,
                             KvFormat k_format, KvFormat v_format) {
    const LlamaCppStreams streams = llamaCppStreams(s, tokens, sequences);
    std::int64_t bytes = 0;
    for (std::size_t i = 0; i < layout.count; ++i) {
        const KvClass& k = layout.classes[i];
        const LayerCache& c = k.cache;
        if (isRecurrent(c.mixer)) {
            // llama-memory-recurrent.cpp keeps one state per sequence, max(1, n_seq_max), unified or not.
            bytes += llamaCppStateBytes(c) * sequences * k.layers;
            continue;
        }
        std::int64_t stream_cells = streams.cells_per_stream;
        if (isWindowed(c.mixer) && c.window_tokens > 0 && !s.llamacpp.swa_full) {
            // llama-kv-cache-iswa.cpp (ggml-org/llama.cpp @02c28f5): size_swa = GGML_PAD(min(size_base,
            // n_swa × (unified ? n_seq_max : 1) + n_ubatch), 256) cells per stream, size_base being the
            // stream's kv_size: -kvu shares one window of n_swa × n_seq + n_ubatch, without it every slot
            // keeps n_swa + n_ubatch of its own.
            const std::int64_t window_tokens = c.window_tokens * (s.llamacpp.kv_unified ? sequences : 1);
            stream_cells =
                pad(std::min(stream_cells, window_tokens + s.llamacpp.n_ubatch), llamacpp_constants::kSwaCellPadding);
        }
        bytes +=
            kvClassBytesPerToken(c, k_format, v_format, Runtime::LlamaCpp) * stream_cells * streams.streams * k.layers;
    }
    return bytes;
}

FlashAttention llamaCppDefaultFlashAttention(std::int64_t build) {
    return build >= llamacpp_constants::kFirstAutoFlashAttentionBuild ? FlashAttention::Auto : FlashAttention::Off;
}

bool llamaCppFlashAttention(const Scenario& s) {
    return s.llamacpp.flash_attention != FlashAttention::Off;
}

LlamaCppStreams llamaCppStreams(const Scenario& s, std::int64_t tokens, std::int64_t sequences) {
    const std::int64_t padding =
        llamaCppFlashAttention(s) ? llamacpp_constants::kCtxPaddingFlash : llamacpp_constants::kCtxPaddingNoFlash;
    const std::int64_t n_seq = std::max<std::int64_t>(1, sequences);
    // llama-context.cpp (ggml-org/llama.cpp master since PR #17046): n_ctx = GGML_PAD(n_ctx, 256); with
    // kv_unified n_ctx_seq = n_ctx, else n_ctx_seq = GGML_PAD(n_ctx / n_seq_max, 256) and n_ctx =
    // n_ctx_seq × n_seq_max (256 here is `padding`: 32 without flash attention in older builds). llama-model.cpp
    // create_memory() passes kv_size = n_ctx_seq, and llama-kv-cache.cpp (@3514e9f) keeps n_stream = unified ? 1 :
    // n_seq_max streams: K and V are ggml_new_tensor_3d(type_k / type_v, n_embd_gqa, kv_size, n_stream).
    const std::int64_t n_ctx = pad(std::max<std::int64_t>(1, tokens) * n_seq, padding);
    LlamaCppStreams out;
    if (s.llamacpp.kv_unified || n_seq == 1) {
        out.cells_per_stream = n_ctx;
        out.streams = 1;
    } else {
        out.cells_per_stream = pad(n_ctx / n_seq, padding);
        out.streams = n_seq;
    }
    return out;
}

std::int64_t llamaCppCells(const Scenario& s, std::int64_t tokens, std::int64_t sequences) {
    const LlamaCppStreams streams = llamaCppStreams(s, tokens, sequences);
    return streams.cells_per_stream * streams.streams;
}

LlamaCppCompute llamaCppCompute(const Scenario& s, std::int64_t n_kv) {
    const ModelSpec& spec = s.model->spec;
    const std::int64_t ub = std::clamp<std::int64_t>(s.llamacpp.n_ubatch, 1, std::max<std::int64_t>(1, n_kv));
    const bool fa = llamaCppFlashAttention(s);
    LlamaCppCompute c;
    c.inputs_bytes = 4 * spec.hidden_size * ub + (fa ? 2 : 4) * n_kv * ub;
    const std::int64_t qkv = 4 * spec.head_dim * (spec.num_heads + 2 * spec.num_kv_heads) * ub;
    c.attention_bytes = qkv + (fa ? 4 * spec.head_dim * spec.num_heads * ub : 4 * n_kv * ub * spec.num_heads);
    // ggml keeps three F32 [n_ff, n_ubatch] tensors of a gated MLP alive at once (gate, up, their product).
    c.ffn_bytes = 4 * 3 * peakIntermediateWidth(spec) * ub + 4 * spec.hidden_size * ub;
    c.output_bytes = 4 * spec.vocab_size * ub + 4 * spec.hidden_size * ub;
    return c;
}

void estimateLlamaCpp(const Scenario& s, const WeightBreakdown& weights, std::int64_t context, std::int64_t batch,
                      std::int64_t gpus, Estimate& e, SpeedLayout& layout) {
    using namespace llamacpp_constants;
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const std::int64_t layers = spec.num_layers;
    const bool has_gpu = static_cast<bool>(s.gpu);
    const std::int64_t ngl = !has_gpu                      ? 0
                             : s.llamacpp.n_gpu_layers < 0 ? layers + 1
                                                           : std::min(s.llamacpp.n_gpu_layers, layers + 1);
    const KvFormat k_format = s.precision.kv_cache;
    const KvFormat v_format = valueFormat(s);

    // The cache: n_ctx = context × sequences cells (padded); window layers and recurrent state by
    // llamaCppKvBytes.
    auto kv_for = [&](std::int64_t first, std::int64_t end) {
        std::unique_ptr<KvLayout> scratch;
        return llamaCppKvBytes(s, kvLayout(model, first, end, scratch), context, batch, k_format, v_format);
    };
    auto kv_read_for = [&](std::int64_t first, std::int64_t end) {
        std::unique_ptr<KvLayout> scratch;
        return kvLayoutBytes(model, kvLayout(model, first, end, scratch), k_format, v_format, Runtime::LlamaCpp,
                             context, 1, 1);
    };
    // The worst-case graph is reserved with n_kv = the stream's kv_size (llama-kv-cache.cpp @3514e9f,
    // llama_kv_cache_context(kv): n_kv = kv->get_size()): one slot's cells, or all of them with -kvu.
    const LlamaCppCompute compute = llamaCppCompute(s, llamaCppStreams(s, context, batch).cells_per_stream);
    // The tied output reuses token_embd, which llama.cpp duplicates onto the output layer's device (only
    // token_embd: a per-layer embedding table stays on the host).
    const std::int64_t output_bytes = spec.tied_embeddings
                                          ? weights.embeddings_bytes - weights.per_layer_embeddings_bytes
                                          : weights.output_head_bytes;

    // An mmproj file (--mmproj) is loaded by llama-server's multimodal context on the main GPU (mtmd's
    // use_gpu, on unless --no-mmproj-offload); without a GPU it stays in system RAM. A checkpoint's own
    // vision tower (config.json) is not read by llama.cpp at all.
    const std::int64_t projector_bytes = spec.encoder_in_projector_file ? weights.encoder_bytes : 0;

    LlamaCppPlan plan;
    plan.gpu_layers = ngl;
    plan.max_gpu_layers = layers + 1;
    plan.v_cache_f16_fallback = v_format != requestedValueFormat(s);

    e.gpu_loads.clear();
    std::int64_t gpu_repeating = 0;
    std::int64_t gpu_layer_params = 0;
    layout.pipeline_stages = 0;
    if (has_gpu) {
        e.gpu_loads.reserve(static_cast<std::size_t>(std::min<std::int64_t>(gpus, 64)));
        for (std::int64_t g = 0; g < gpus; ++g) {
            const Placement p = gpuPlacement(layers, ngl, gpus, g);
            GpuLoad load;
            load.first_layer = p.first;
            load.end_layer = p.end;
            load.output_head = p.output;
            load.weights_bytes = layerWeightBytes(model, s.precision, p.first, p.end) + (p.output ? output_bytes : 0) +
                                 (g == 0 ? projector_bytes : 0);
            load.kv_cache_bytes = kv_for(p.first, p.end);
            const bool has_layers = p.end > p.first;
            // With n_gpu_layers = 0 the first GPU still multiplies large batches (weights copied over).
            const bool used = has_layers || p.output || g == 0;
            load.activation_bytes = used ? compute.total(has_layers || ngl == 0, p.output) : 0;
            load.overhead_bytes = used ? kGpuFootprintBytes : 0;
            plan.gpu_compute_buffer_bytes = std::max(plan.gpu_compute_buffer_bytes, load.activation_bytes);
            plan.output_on_gpu = plan.output_on_gpu || p.output;
            e.gpu_loads.push_back(load);

            gpu_repeating += p.end - p.first;
            gpu_layer_params += layerParams(model, p.first, p.end);
            layout.gpu_weight_bytes += load.weights_bytes;
            layout.gpu_kv_bytes_per_seq += kv_read_for(p.first, p.end);
            layout.pipeline_stages += has_layers ? 1 : 0;
        }
    }
    layout.pipeline_stages = std::max<std::int64_t>(1, layout.pipeline_stages);
    layout.gpu_layers = gpu_repeating;
    layout.tensor_parallel = 1;

    // The CPU: token embeddings always, the first layers, the output layer when not offloaded.
    const std::int64_t cpu_end = layers - gpu_repeating;
    const bool output_on_cpu = !plan.output_on_gpu;
    plan.cpu_weights_bytes = weights.embeddings_bytes + layerWeightBytes(model, s.precision, 0, cpu_end) +
                             (output_on_cpu && !spec.tied_embeddings ? weights.output_head_bytes : 0) +
                             (has_gpu ? 0 : projector_bytes);

    // Tensor rules (--n-cpu-moe, --cpu-moe, -ot) move single tensors off their layer's device; the layer's
    // KV cache and compute stay where n_gpu_layers put it (llama-model.cpp load_tensors applies the buffer
    // override to the weight only).
    const TensorPlacement moved = placeTensors(model, s.precision, s.llamacpp, has_gpu ? gpus : 0);
    std::int64_t gpu_routed = 0;
    std::int64_t all_routed = 0;
    for (std::int64_t l = 0; l < layers; ++l) {
        const auto i = static_cast<std::size_t>(l);
        const std::int64_t routed = moved.routed_bytes[i];
        all_routed += routed;
        // The layer's own device: -1 = the CPU (the first cpu_end layers), else its GPU.
        std::int64_t device = -1;
        for (std::size_t g = 0; g < e.gpu_loads.size() && l >= cpu_end; ++g) {
            if (l >= e.gpu_loads[g].first_layer && l < e.gpu_loads[g].end_layer) {
                device = static_cast<std::int64_t>(g);
            }
        }
        std::int64_t routed_here = device >= 0 ? routed : 0; // routed bytes on a GPU after the rules
        bool experts_in_ram = device < 0 && routed > 0;
        if (moved.any && device >= 0 && moved.cpu_bytes[i] > 0) {
            e.gpu_loads[static_cast<std::size_t>(device)].weights_bytes -= moved.cpu_bytes[i];
            plan.cpu_weights_bytes += moved.cpu_bytes[i];
            plan.cpu_override_bytes += moved.cpu_bytes[i];
            plan.cpu_expert_bytes += moved.cpu_routed_bytes[i];
            layout.cpu_expert_bytes += moved.cpu_routed_bytes[i];
            routed_here -= moved.cpu_routed_bytes[i];
            experts_in_ram = experts_in_ram || moved.cpu_routed_bytes[i] > 0;
        }
        for (std::size_t g = 0; moved.any && g < moved.gpu_bytes.size(); ++g) {
            const std::int64_t bytes = moved.gpu_bytes[g][i];
            if (bytes <= 0 || static_cast<std::int64_t>(g) == device) {
                continue;
            }
            e.gpu_loads[g].weights_bytes += bytes;
            if (device >= 0) {
                e.gpu_loads[static_cast<std::size_t>(device)].weights_bytes -= bytes;
            } else {
                plan.cpu_weights_bytes -= bytes;
                routed_here += moved.gpu_routed_bytes[g][i];
                experts_in_ram = experts_in_ram && moved.gpu_routed_bytes[g][i] < routed;
            }
            plan.gpu_override_bytes += bytes;
        }
        gpu_routed += routed_here;
        plan.cpu_expert_layers += experts_in_ram ? 1 : 0;
        if (device >= 0 && moved.any) {
            plan.expert_copy_buffer_bytes = std::max(plan.expert_copy_buffer_bytes, moved.cpu_routed_bytes[i]);
        }
    }
    plan.tensors_overridden = moved.tensors_overridden;
    plan.missing_override_buffers = moved.missing_gpus;
    // A batch of kOffloadMinBatch tokens or more multiplies the CPU's experts on the first GPU: ggml's
    // scheduler (ggml-backend.cpp, split inputs) copies a split's weights into that GPU's compute buffer, all
    // three matrices of one layer at once, and reuses the space for the next layer. Modelled from the
    // mechanism, not yet calibrated against a log.
    if (plan.expert_copy_buffer_bytes > 0 && s.llamacpp.n_ubatch >= speed_calibration::kOffloadMinBatch &&
        !e.gpu_loads.empty()) {
        e.gpu_loads.front().activation_bytes += plan.expert_copy_buffer_bytes;
        plan.gpu_compute_buffer_bytes = std::max(plan.gpu_compute_buffer_bytes, e.gpu_loads.front().activation_bytes);
    } else {
        plan.expert_copy_buffer_bytes = 0;
    }
    layout.gpu_weight_bytes = 0;
    for (const GpuLoad& load : e.gpu_loads) {
        layout.gpu_weight_bytes += load.weights_bytes;
    }
    layout.gpu_routed_bytes = gpu_routed;
    layout.cpu_routed_bytes = all_routed - gpu_routed;
    plan.cpu_kv_bytes = kv_for(0, cpu_end);
    // With everything offloaded the host buffer still holds the graph inputs (CUDA_Host compute buffer).
    plan.cpu_compute_buffer_bytes = compute.total(cpu_end > 0, output_on_cpu);
    const std::int64_t host_logits = spec.vocab_size * 4 * batch; // the output buffer: one row per sequence
    e.cpu_bytes =
        plan.cpu_weights_bytes + plan.cpu_kv_bytes + plan.cpu_compute_buffer_bytes + host_logits + kCpuFootprintBytes;

    layout.cpu_layers = cpu_end;
    layout.cpu_weight_bytes =
        plan.cpu_weights_bytes - weights.embeddings_bytes + (output_on_cpu && spec.tied_embeddings ? output_bytes : 0);
    layout.cpu_kv_bytes_per_seq = kv_read_for(0, cpu_end);
    const std::int64_t all_layer_params = std::max<std::int64_t>(1, layerParams(model, 0, layers));
    layout.gpu_flop_share = static_cast<double>(gpu_layer_params) / static_cast<double>(all_layer_params);

    // Components of the bar: the GPUs and the CPU together.
    e.weights_bytes = plan.cpu_weights_bytes;
    e.kv_cache_bytes = plan.cpu_kv_bytes;
    e.activation_bytes = plan.cpu_compute_buffer_bytes + host_logits;
    e.overhead_bytes = kCpuFootprintBytes;
    for (const GpuLoad& load : e.gpu_loads) {
        e.weights_bytes += load.weights_bytes;
        e.kv_cache_bytes += load.kv_cache_bytes;
        e.activation_bytes += load.activation_bytes;
        e.overhead_bytes += load.overhead_bytes;
    }
    e.llamacpp = plan;
    // The bytes per cached token with K and V each in its own type (the estimator's figure uses one
    // format for both).
    e.kv_bytes_per_token = 0;
    for (std::size_t i = 0; i < model.kv_layout.count; ++i) {
        const KvClass& k = model.kv_layout.classes[i];
        e.kv_bytes_per_token += kvClassBytesPerToken(k.cache, k_format, v_format, Runtime::LlamaCpp) * k.layers;
    }
}

void addLlamaCppSteps(const Scenario& s, Estimate& e) {
    if (!e.llamacpp) {
        return;
    }
    const LlamaCppPlan& p = *e.llamacpp;
    const ModelSpec& spec = s.model->spec;
    if (formatInfo(s.precision.weights).family != FormatFamily::Gguf && !formatInfo(s.precision.weights).quantized) {
        appendStep(e.steps, "note", "llama.cpp loads GGUF files; {name} weights are sized as a GGUF of that type.", {},
                   std::string(formatInfo(s.precision.weights).display_name));
    } else if (formatInfo(s.precision.weights).family != FormatFamily::Gguf) {
        appendStep(e.steps, "note",
                   "llama.cpp loads GGUF files: {name} is not a GGUF type, so this sizes a file that does not exist; "
                   "pick a Q-type to compare.",
                   {}, std::string(formatInfo(s.precision.weights).display_name));
    }
    if (!s.gpu) {
        appendStep(e.steps, "weights", "No GPU named: llama.cpp runs every layer on the CPU (name a GPU to offload).",
                   {});
    } else {
        appendStep(e.steps, "weights",
                   "n_gpu_layers {0} of {1} (llama.cpp counts the output layer and offloads it first; token "
                   "embeddings always stay on the CPU): {2} decoder layers on the GPU{name}",
                   {countQ(p.gpu_layers), countQ(p.max_gpu_layers), countQ(p.gpu_layers - (p.output_on_gpu ? 1 : 0))},
                   s.gpu_count > 1 ? ", split by layers over the GPUs (--split-mode layer)" : std::string());
        if (s.gpu_count > 1 && s.parallelism == Parallelism::Tensor) {
            appendStep(e.steps, "note",
                       "llama.cpp splits by layers by default; its row split (--split-mode row) is not modelled, so "
                       "the GPUs are sized as a layer split.",
                       {});
        }
    }
    const LlamaCppOptions& o = s.llamacpp;
    if (!o.tensor_overrides.empty() || o.cpu_moe || o.n_cpu_moe > 0) {
        if (!hasRoutedExperts(*s.model) && (o.cpu_moe || o.n_cpu_moe > 0)) {
            appendStep(e.steps, "note", "--cpu-moe / --n-cpu-moe: this model has no routed experts, nothing moves.",
                       {});
        }
        appendStep(e.steps, "weights",
                   "Tensor placement (-ot rules, then --cpu-moe, then --n-cpu-moe {0}; the first matching rule "
                   "decides): {1} tensors placed; {2} of the GPU layers' weights stay in system RAM, {3} of them "
                   "routed experts; {4} layers keep their experts there",
                   {countQ(o.cpu_moe ? spec.num_layers : o.n_cpu_moe), countQ(p.tensors_overridden),
                    bytesQ(p.cpu_override_bytes), bytesQ(p.cpu_expert_bytes), countQ(p.cpu_expert_layers)});
        if (p.cpu_override_bytes > 0) {
            appendStep(e.steps, "cpu",
                       "Weights kept on the CPU by a rule go to the CPU model buffer (CPU_Mapped with mmap, "
                       "llama.cpp's default; with --no-mmap the pinned CUDA_Host buffer, llama-model.cpp "
                       "make_cpu_buft_list): system RAM either way",
                       {});
        }
        if (p.gpu_override_bytes > 0) {
            appendStep(e.steps, "weights", "-ot rules move {0} of weights onto a GPU from another device",
                       {bytesQ(p.gpu_override_bytes)});
        }
        if (p.expert_copy_buffer_bytes > 0) {
            appendStep(
                e.steps, "activations",
                "Batches of {0} tokens and more multiply the experts in RAM on the GPU: the largest layer's "
                "({1}) is copied into GPU 0's compute buffer (n_ubatch {2})",
                {countQ(speed_calibration::kOffloadMinBatch), bytesQ(p.expert_copy_buffer_bytes), countQ(o.n_ubatch)});
        }
        for (const std::string& buffer : p.missing_override_buffers) {
            appendStep(e.steps, "note",
                       "-ot buffer {name}: the scenario has no such GPU, so llama.cpp would stop at start-up; its "
                       "rule is left out",
                       {}, buffer);
        }
    }
    const LlamaCppStreams streams = llamaCppStreams(s, s.context_tokens, s.batch);
    appendStep(e.steps, "kv_cache",
               "KV cache: n_ctx = {0} tokens × {1} sequences = {2} cells (padded to {3}), K as {name}, {4} bytes "
               "per token and layer",
               {countQ(s.context_tokens), countQ(s.batch), countQ(streams.cells_per_stream * streams.streams),
                countQ(llamaCppFlashAttention(s) ? llamacpp_constants::kCtxPaddingFlash
                                                 : llamacpp_constants::kCtxPaddingNoFlash),
                countQ(kvBytesPerTokenPerLayer(*s.model, s.precision.kv_cache, valueFormat(s), Runtime::LlamaCpp))},
               std::string(kvFormatInfo(s.precision.kv_cache).display_name));
    if (valueFormat(s) != s.precision.kv_cache && !p.v_cache_f16_fallback) {
        appendStep(e.steps, "kv_cache", "V as {name} (-ctv): K and V rows each take their own type's bytes", {},
                   std::string(kvFormatInfo(valueFormat(s)).display_name));
    }
    if (s.batch > 1) {
        if (streams.streams == 1) {
            appendStep(e.steps, "kv_cache",
                       "Unified KV cache (-kvu): one stream of {0} cells shared by the {1} slots; sliding-window "
                       "layers keep {1} windows + n_ubatch in it",
                       {countQ(streams.cells_per_stream), countQ(s.batch)});
        } else {
            appendStep(e.steps, "kv_cache",
                       "{0} slots (-np) without -kvu: one stream of n_ctx / {0} = {1} cells per slot (padded); "
                       "sliding-window layers keep one window + n_ubatch per slot",
                       {countQ(streams.streams), countQ(streams.cells_per_stream)});
        }
    }
    if (s.llamacpp.flash_attention == FlashAttention::Auto) {
        appendStep(e.steps, "activations",
                   "Flash attention auto (llama.cpp's default -fa): on, as llama.cpp resolves it on every backend "
                   "that runs the attention op on the layer's own device (CUDA, ROCm, Metal, Vulkan, CPU)",
                   {});
    }
    if (p.v_cache_f16_fallback) {
        appendStep(e.steps, "kv_cache",
                   "A quantized V cache needs flash attention (-fa); without it llama.cpp keeps V in F16.", {});
    }
    const LlamaCppCompute c = llamaCppCompute(s, llamaCppStreams(s, s.context_tokens, s.batch).cells_per_stream);
    appendStep(e.steps, "activations",
               llamaCppFlashAttention(s)
                   ? "Compute buffer (n_ubatch {0}, flash attention): inputs {1} + the largest of attention {2}, "
                     "feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)"
                   : "Compute buffer (n_ubatch {0}): inputs {1} + the largest of attention with KQ F32[n_kv, n_ubatch, "
                     "heads] {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after "
                     "gguf-parser-go)",
               {countQ(s.llamacpp.n_ubatch), bytesQ(c.inputs_bytes), bytesQ(c.attention_bytes), bytesQ(c.ffn_bytes),
                bytesQ(c.output_bytes), bytesQ(p.gpu_compute_buffer_bytes)});
    appendStep(e.steps, "overhead", "Platform footprint (gguf-parser's default): {0} per GPU, {1} of system RAM",
               {bytesQ(llamacpp_constants::kGpuFootprintBytes), bytesQ(llamacpp_constants::kCpuFootprintBytes)});
    appendStep(e.steps, "cpu",
               "System RAM: {0} weights (token embeddings{name}) + {1} KV cache + {2} compute buffer and logits + "
               "footprint = {3}",
               {bytesQ(p.cpu_weights_bytes), bytesQ(p.cpu_kv_bytes),
                bytesQ(e.cpu_bytes - p.cpu_weights_bytes - p.cpu_kv_bytes - llamacpp_constants::kCpuFootprintBytes),
                bytesQ(e.cpu_bytes)},
               p.gpu_layers < p.max_gpu_layers && p.cpu_expert_bytes > 0
                   ? ", the layers left on the CPU, the routed experts kept there"
               : p.gpu_layers < p.max_gpu_layers ? ", the layers left on the CPU"
               : p.cpu_override_bytes > 0        ? ", the tensors rules keep there"
                                                 : "");
    (void)spec;
}

} // namespace fitscope::sizing
