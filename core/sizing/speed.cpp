#include "core/sizing/speed.h"

#include "core/sizing/estimator.h"

#include <algorithm>
#include <cmath>

namespace fitscope::sizing {

namespace {

enum class Pace { Slow, Mid, Fast };

double pick(const SpeedRange& range, Pace pace) {
    return pace == Pace::Slow ? range.slow : pace == Pace::Fast ? range.fast : range.mid;
}

// Share of the decoder layers' parameters in routed experts (0 for dense models).
double routedExpertShare(const PreparedModel& model) {
    const ModelSpec& spec = model.spec;
    const ParameterCounts& c = model.counts;
    if (!spec.moe.enabled() || spec.moe.num_experts <= spec.moe.experts_per_token) {
        return 0.0;
    }
    const double idle = static_cast<double>(c.total() - c.active);
    const double routed = idle * static_cast<double>(spec.moe.num_experts) /
                          static_cast<double>(spec.moe.num_experts - spec.moe.experts_per_token);
    const double layers = static_cast<double>(c.total() - c.embeddings - c.output_head);
    return layers > 0 ? std::clamp(routed / layers, 0.0, 1.0) : 0.0;
}

// Expected share of the routed experts a step touches when `tokens` tokens each pick k of E:
// 1 − (1 − k/E)^tokens (uniform routing). One token reads k/E of them.
double touchedExperts(const ModelSpec& spec, std::int64_t tokens) {
    if (!spec.moe.enabled() || spec.moe.num_experts <= 0) {
        return 1.0;
    }
    const double p = static_cast<double>(spec.moe.experts_per_token) / static_cast<double>(spec.moe.num_experts);
    return 1.0 - std::pow(1.0 - std::min(p, 1.0), static_cast<double>(tokens));
}

// Attention FLOPs per token and layer per cached position: QKᵀ and AV, 2 FLOPs per multiply-add.
double attentionFlopsPerPosition(const ModelSpec& spec) {
    if (spec.mla.enabled()) {
        return 2.0 * static_cast<double>(spec.num_heads) *
               static_cast<double>(spec.mla.qk_nope_head_dim + spec.mla.qk_rope_head_dim + spec.mla.v_head_dim);
    }
    return 4.0 * static_cast<double>(spec.num_heads) * static_cast<double>(spec.head_dim);
}

// Positions attended by one decode token at context c, summed over the attention layers (windowed
// layers at most their window; recurrent and MLP-only layers attend to none).
double decodeAttendedPositions(const PreparedModel& model, std::int64_t context) {
    double positions = 0;
    for (std::size_t i = 0; i < model.kv_layout.count; ++i) {
        const KvClass& k = model.kv_layout.classes[i];
        if (!isAttention(k.cache.mixer)) {
            continue;
        }
        const std::int64_t span = k.cache.window_tokens > 0 ? std::min(context, k.cache.window_tokens) : context;
        positions += static_cast<double>(k.layers) * static_cast<double>(span);
    }
    return positions;
}

// Positions attended over a causal prefill of p tokens, summed over the attention layers: p²/2 per full
// layer, and for a window w < p: w²/2 + (p − w)·w.
double prefillAttendedPositions(const PreparedModel& model, std::int64_t prompt) {
    const double p = static_cast<double>(prompt);
    double positions = 0;
    for (std::size_t i = 0; i < model.kv_layout.count; ++i) {
        const KvClass& k = model.kv_layout.classes[i];
        if (!isAttention(k.cache.mixer)) {
            continue;
        }
        double per_layer = p * p / 2.0;
        if (k.cache.window_tokens > 0 && prompt > k.cache.window_tokens) {
            const double w = static_cast<double>(k.cache.window_tokens);
            per_layer = w * w / 2.0 + (p - w) * w;
        }
        positions += static_cast<double>(k.layers) * per_layer;
    }
    return positions;
}

// Bytes a step of `tokens` reads of `w_bytes` weight bytes of which `routed` are routed experts (-1: the
// model's parameter share, routed_share): everything else whole, of the experts the share the tokens touch.
double weightReadBytes(const ModelSpec& spec, double routed_share, std::int64_t w_bytes, std::int64_t routed,
                       std::int64_t tokens) {
    const double w = static_cast<double>(w_bytes);
    const double touched = touchedExperts(spec, tokens);
    if (routed < 0) {
        return w * ((1.0 - routed_share) + routed_share * touched);
    }
    const double r = std::min(w, static_cast<double>(routed));
    return (w - r) + r * touched;
}

// What the CPU reads per step of `tokens` tokens: its weights (at kOffloadMinBatch tokens and more without
// the experts rules keep in RAM for GPU layers, which the GPU then multiplies) and nothing of the KV cache.
double cpuWeightReadBytes(const ModelSpec& spec, double routed_share, const SpeedLayout& layout, std::int64_t tokens) {
    if (tokens >= speed_calibration::kOffloadMinBatch && layout.cpu_expert_bytes > 0) {
        const std::int64_t routed = layout.cpu_routed_bytes < 0
                                        ? -1
                                        : std::max<std::int64_t>(0, layout.cpu_routed_bytes - layout.cpu_expert_bytes);
        return weightReadBytes(spec, routed_share, layout.cpu_weight_bytes - layout.cpu_expert_bytes, routed, tokens);
    }
    return weightReadBytes(spec, routed_share, layout.cpu_weight_bytes, layout.cpu_routed_bytes, tokens);
}

struct MathRate {
    double tflops = 0;
    bool dequantized = false;
};

// The matmul throughput the weight format runs at on this GPU. Formats whose arithmetic the GPU has
// (FP8 on Ada/Hopper, INT8 tensor cores) run at that rate; without it the weights are dequantized
// to 16 bit on the fly and run at the FP16 rate (the article's "Mistake 2"). Weight-only 4-bit
// formats (GPTQ, AWQ, INT4-g, Q4) keep 16-bit activations, so their GEMMs run at the FP16 rate even
// where INT4 tensor cores exist: fewer bytes, not faster arithmetic.
MathRate mathRate(const GpuSpec& gpu, WeightFormat format) {
    const FormatInfo& info = formatInfo(format);
    switch (info.math) {
    case NativeMath::Float32:
        // PyTorch runs FP32 matmuls without TF32 by default (since 1.12): CUDA cores, 1/16 of the FP16
        // tensor rate on data-centre parts (A100: 19.5 vs 312 TFLOPS), 1/2 on GeForce parts.
        return {gpu.fp16_tflops * (gpu.category == GpuCategory::DataCentre ? 1.0 / 16.0 : 0.5), false};
    case NativeMath::Float16:
        return {gpu.fp16_tflops, false};
    case NativeMath::FP8:
        return gpu.nativeFp8() ? MathRate{gpu.fp8_tflops, false} : MathRate{gpu.fp16_tflops, true};
    case NativeMath::INT8:
        return gpu.nativeInt8() ? MathRate{gpu.int8_tops, false} : MathRate{gpu.fp16_tflops, true};
    case NativeMath::INT4:
        return {gpu.fp16_tflops, !gpu.nativeInt4()};
    case NativeMath::None:
        break;
    }
    return {gpu.fp16_tflops, true};
}

struct Model {
    const Scenario* s = nullptr;
    const SpeedLayout* layout = nullptr;
    const RuntimeSpeedFactors* factors = nullptr;
    double gpu_bw = 0;    // bytes/s, datasheet
    double gpu_flops = 0; // FLOP/s, datasheet for the format
    double cpu_bw = 0;    // bytes/s
    double routed_share = 0;
    double flops_per_token = 0; // decode at the full context
    bool has_gpu = false;
    std::int64_t context = 1;

    double gpuWeightRead(std::int64_t tokens) const {
        return weightReadBytes(s->model->spec, routed_share, layout->gpu_weight_bytes, layout->gpu_routed_bytes,
                               tokens);
    }
    // The CPU's share (expertCopy covers the experts the GPU multiplies for it at large batches).
    double cpuWeightRead(std::int64_t tokens) const {
        return cpuWeightReadBytes(s->model->spec, routed_share, *layout, tokens);
    }
    // Seconds to copy the experts kept in RAM for GPU layers to the GPU, once per step of `tokens` tokens
    // when llama.cpp offloads their multiplication (kOffloadMinBatch and more), else 0. ggml copies whole
    // tensors: every expert, not only the ones the tokens pick.
    double expertCopy(std::int64_t tokens) const {
        if (tokens < speed_calibration::kOffloadMinBatch || layout->cpu_expert_bytes <= 0) {
            return 0.0;
        }
        return static_cast<double>(layout->cpu_expert_bytes) / (speed_calibration::kPcieBandwidthGbps * 1e9);
    }

    // Seconds per decode step for `batch` sequences.
    double decodeStep(std::int64_t batch, Pace pace, bool* compute_bound) const {
        double t = 0;
        if (has_gpu && (layout->gpu_layers > 0 || layout->gpu_weight_bytes > 0)) {
            const double tp = static_cast<double>(std::max<std::int64_t>(1, layout->tensor_parallel));
            const double bytes =
                gpuWeightRead(batch) + static_cast<double>(batch) * static_cast<double>(layout->gpu_kv_bytes_per_seq);
            const double mem = bytes / tp / (gpu_bw * pick(factors->bandwidth_efficiency, pace));
            const double flops = static_cast<double>(batch) * flops_per_token * layout->gpu_flop_share;
            const double compute = flops / tp / (gpu_flops * pick(factors->prefill_utilization, pace));
            if (compute_bound) {
                *compute_bound = compute > mem;
            }
            double gpu = std::max(mem, compute) +
                         static_cast<double>(layout->gpu_layers) * pick(factors->layer_overhead_s, pace);
            if (layout->tensor_parallel > 1) {
                gpu += 2.0 * static_cast<double>(layout->gpu_layers) * speed_calibration::kAllReduceLatencyS;
            }
            if (layout->pipeline_stages > 1) {
                gpu += static_cast<double>(layout->pipeline_stages - 1) * speed_calibration::kAllReduceLatencyS;
            }
            if (!s->cuda_graphs && factors->eager_layer_s > 0) {
                // Eager launches overlap the GPU's work: the slower of the two sets the pace.
                const double scale = pace == Pace::Slow ? 1.2 : pace == Pace::Fast ? 0.8 : 1.0;
                const double host =
                    static_cast<double>(layout->gpu_layers) * scale *
                    (factors->eager_layer_s + factors->eager_layer_per_seq_s * static_cast<double>(batch));
                gpu = std::max(gpu, host);
            }
            t += gpu;
        }
        if (layout->cpu_layers > 0 || layout->cpu_weight_bytes > 0) {
            const double bytes =
                cpuWeightRead(batch) + static_cast<double>(batch) * static_cast<double>(layout->cpu_kv_bytes_per_seq);
            t += bytes / (cpu_bw * pick(speed_calibration::kCpuBandwidthEfficiency, pace)) +
                 static_cast<double>(layout->cpu_layers) * speed_calibration::kCpuLayerOverheadS;
        }
        // The GPU waits for the copy of the experts it multiplies for the CPU (decode batches of 32 and more).
        return t + expertCopy(batch);
    }

    // Seconds to prefill `batch` prompts of `prompt` tokens; 0 when unknown (CPU-only prefill).
    double prefill(std::int64_t prompt, std::int64_t batch, Pace pace, double prompt_flops) const {
        if (!has_gpu) {
            return 0.0;
        }
        const double tp = static_cast<double>(std::max<std::int64_t>(1, layout->tensor_parallel));
        const double flops = prompt_flops * static_cast<double>(batch) * layout->gpu_flop_share;
        const double compute = flops / tp / (gpu_flops * pick(factors->prefill_utilization, pace));
        const double bytes = static_cast<double>(layout->gpu_weight_bytes) +
                             static_cast<double>(batch) * static_cast<double>(layout->gpu_kv_bytes_per_seq);
        const double mem = bytes / tp / (gpu_bw * pick(factors->bandwidth_efficiency, pace));
        double t =
            std::max(compute, mem) + static_cast<double>(layout->gpu_layers) * pick(factors->layer_overhead_s, pace);
        if (!s->cuda_graphs && factors->eager_layer_s > 0) {
            t = std::max(t, static_cast<double>(layout->gpu_layers) * factors->eager_layer_s);
        }
        if (layout->cpu_weight_bytes > 0) {
            const std::int64_t ubatch = std::max<std::int64_t>(1, s->llamacpp.n_ubatch);
            const double ubatches = std::ceil(static_cast<double>(prompt * batch) / static_cast<double>(ubatch));
            if (ubatch >= speed_calibration::kOffloadMinBatch) {
                // Weights in system RAM (CPU layers, experts kept there by tensor rules) cross PCIe once per
                // ubatch to be multiplied on the GPU (ggml-cuda offload_op).
                t += ubatches * static_cast<double>(layout->cpu_weight_bytes) /
                     (speed_calibration::kPcieBandwidthGbps * 1e9);
            } else {
                // Smaller ubatches stay on the CPU: each reads the weights (the experts its tokens touch) from
                // RAM; the CPU's arithmetic is not modelled (no FLOPS figure for it yet), so a lower bound.
                t += ubatches * cpuWeightRead(ubatch) /
                     (cpu_bw * pick(speed_calibration::kCpuBandwidthEfficiency, pace));
            }
        }
        return t;
    }
};

double promptFlops(const PreparedModel& model, std::int64_t prompt) {
    const ModelSpec& spec = model.spec;
    const double matmul = static_cast<double>(model.counts.active - model.counts.embeddings - model.counts.output_head);
    // Every prompt token runs the layers; only the last one needs the output head (logits).
    return 2.0 * matmul * static_cast<double>(prompt) + 2.0 * static_cast<double>(model.counts.output_head) +
           attentionFlopsPerPosition(spec) * prefillAttendedPositions(model, prompt);
}

} // namespace

const RuntimeSpeedFactors& speedFactors(Runtime runtime) {
    switch (runtime) {
    case Runtime::Transformers:
        return speed_calibration::kTransformers;
    case Runtime::Vllm:
        return speed_calibration::kVllm;
    case Runtime::LlamaCpp:
        return speed_calibration::kLlamaCpp;
    case Runtime::Simple:
    case Runtime::Count_:
        break;
    }
    return speed_calibration::kIdeal;
}

void estimateSpeed(const Scenario& s, const SpeedLayout& layout, Estimate& e) {
    SpeedEstimate& out = e.speed;
    out = SpeedEstimate{};
    const PreparedModel& model = *s.model;
    const ModelSpec& spec = model.spec;
    const std::int64_t context = std::clamp<std::int64_t>(s.context_tokens, 1, kMaxContextTokens);
    const std::int64_t batch = std::clamp<std::int64_t>(s.batch, 1, kMaxBatch);
    const bool gpu_ok = s.gpu && s.gpu->bandwidth_gbps > 0 && s.gpu->fp16_tflops > 0;
    const bool cpu_only = s.runtime == Runtime::LlamaCpp && layout.gpu_layers == 0 && layout.gpu_weight_bytes == 0;
    if (!gpu_ok && !cpu_only) {
        return;
    }

    Model m;
    m.s = &s;
    m.layout = &layout;
    m.factors = &speedFactors(s.runtime);
    m.has_gpu = gpu_ok && !cpu_only;
    m.context = context;
    m.routed_share = routedExpertShare(model);
    const double cpu_gbps =
        s.cpu_bandwidth_gbps > 0 ? s.cpu_bandwidth_gbps : speed_calibration::kAssumedCpuBandwidthGbps;
    m.cpu_bw = cpu_gbps * 1e9;
    if (gpu_ok) {
        const MathRate rate = mathRate(*s.gpu, s.precision.weights);
        m.gpu_bw = s.gpu->bandwidth_gbps * 1e9;
        m.gpu_flops = rate.tflops * 1e12;
        out.weights_dequantized = rate.dequantized && formatInfo(s.precision.weights).quantized;
        out.compute_tflops = rate.tflops;
    }
    const double matmul = static_cast<double>(model.counts.active - model.counts.embeddings);
    m.flops_per_token = 2.0 * matmul + attentionFlopsPerPosition(spec) * decodeAttendedPositions(model, context);

    out.valid = true;
    out.on_cpu = cpu_only;
    out.bandwidth_gbps = m.has_gpu ? s.gpu->bandwidth_gbps : cpu_gbps;
    out.decode_flops_per_token = m.flops_per_token;
    out.decode_bytes_per_token = std::llround(m.gpuWeightRead(1) + m.cpuWeightRead(1)) + layout.gpu_kv_bytes_per_seq +
                                 layout.cpu_kv_bytes_per_seq;

    const double one_mid = m.decodeStep(1, Pace::Mid, nullptr);
    out.decode_tokens_per_s = 1.0 / one_mid;
    out.decode_low_tokens_per_s = 1.0 / m.decodeStep(1, Pace::Slow, nullptr);
    out.decode_high_tokens_per_s = 1.0 / m.decodeStep(1, Pace::Fast, nullptr);
    const double b = static_cast<double>(batch);
    bool bound = false;
    out.decode_batch_tokens_per_s = b / m.decodeStep(batch, Pace::Mid, &bound);
    out.decode_compute_bound = bound && m.has_gpu;
    out.decode_batch_low_tokens_per_s = b / m.decodeStep(batch, Pace::Slow, nullptr);
    out.decode_batch_high_tokens_per_s = b / m.decodeStep(batch, Pace::Fast, nullptr);

    if (m.has_gpu) {
        // Where a step turns compute-bound: B·F/(peak·u) = (W + B·K)/(bw·η) with all experts read.
        const double eta = m.factors->bandwidth_efficiency.mid;
        const double util = m.factors->prefill_utilization.mid;
        const double weight_time = static_cast<double>(layout.gpu_weight_bytes) / (m.gpu_bw * eta);
        const double per_seq = m.flops_per_token * layout.gpu_flop_share / (m.gpu_flops * util) -
                               static_cast<double>(layout.gpu_kv_bytes_per_seq) / (m.gpu_bw * eta);
        if (per_seq > 0) {
            out.compute_bound_from_batch =
                static_cast<std::int64_t>(std::min(std::ceil(weight_time / per_seq), static_cast<double>(kMaxBatch)));
        }

        const double flops = promptFlops(model, context);
        out.prefill_flops_per_token = flops / static_cast<double>(context);
        const double ttft = m.prefill(context, 1, Pace::Mid, flops);
        const double c = static_cast<double>(context);
        out.time_to_first_token_s = ttft;
        out.prefill_tokens_per_s = c / ttft;
        out.prefill_low_tokens_per_s = c / m.prefill(context, 1, Pace::Slow, flops);
        out.prefill_high_tokens_per_s = c / m.prefill(context, 1, Pace::Fast, flops);
        out.time_to_first_token_batch_s = m.prefill(context, batch, Pace::Mid, flops);
    }
}

std::vector<SpeedPoint> decodeSpeedByBatch(const Scenario& scenario, std::span<const std::int64_t> batches) {
    std::vector<SpeedPoint> points;
    points.reserve(batches.size());
    Scenario s = scenario;
    for (const std::int64_t batch : batches) {
        s.batch = std::clamp<std::int64_t>(batch, 1, kMaxBatch);
        const Estimate e = estimate(s, Detail::NumbersOnly);
        SpeedPoint p;
        p.batch = s.batch;
        p.tokens_per_s = e.speed.decode_batch_tokens_per_s;
        p.low_tokens_per_s = e.speed.decode_batch_low_tokens_per_s;
        p.high_tokens_per_s = e.speed.decode_batch_high_tokens_per_s;
        p.compute_bound = e.speed.decode_compute_bound;
        p.fits = !e.fit || e.fit->verdict != Verdict::DoesNotFit;
        points.push_back(p);
    }
    return points;
}

void addSpeedSteps(const Scenario& s, const SpeedLayout& layout, Estimate& e) {
    const SpeedEstimate& sp = e.speed;
    if (s.task != Task::Inference) {
        return;
    }
    if (!sp.valid) {
        appendStep(e.steps, "speed",
                   "Speed: name a GPU with its bandwidth and throughput (or run llama.cpp on the CPU) to see tokens "
                   "per second.",
                   {});
        return;
    }
    const RuntimeSpeedFactors& f = speedFactors(s.runtime);
    const Quantity tps_mid = rateQ(sp.decode_tokens_per_s);
    const Quantity tps_low = rateQ(sp.decode_low_tokens_per_s);
    const Quantity tps_high = rateQ(sp.decode_high_tokens_per_s);
    if (s.runtime == Runtime::Simple) {
        appendStep(e.steps, "speed",
                   "Decode (the article's view, an upper bound): {0} read per token over {1} GB/s = {2} tokens/s",
                   {bytesQ(sp.decode_bytes_per_token), plainQ(sp.bandwidth_gbps), tps_mid});
    } else if (sp.on_cpu) {
        appendStep(e.steps, "speed",
                   "Decode on the CPU: {0} read per token (weights and KV at the full context) over {1} GB/s × "
                   "{2}–{3} efficiency = {4} tokens/s ({5}–{6})",
                   {bytesQ(sp.decode_bytes_per_token), plainQ(sp.bandwidth_gbps),
                    percentQ(speed_calibration::kCpuBandwidthEfficiency.slow),
                    percentQ(speed_calibration::kCpuBandwidthEfficiency.fast), tps_mid, tps_low, tps_high});
        if (s.cpu_bandwidth_gbps <= 0) {
            appendStep(e.steps, "speed",
                       "CPU bandwidth assumed: {0} GB/s (dual-channel DDR4-3200); measure it with the lab's bench and "
                       "pass it as --cpu-bandwidth.",
                       {plainQ(speed_calibration::kAssumedCpuBandwidthGbps)});
        }
    } else {
        appendStep(e.steps, "speed",
                   "Decode: {0} read per token (active weights + KV at the full context) over {1} GB/s × {2} "
                   "efficiency, plus {3} µs per layer of kernel launches ({4} layers) = {5} tokens/s (range {6}–{7})",
                   {bytesQ(sp.decode_bytes_per_token), rateQ(sp.bandwidth_gbps), percentQ(f.bandwidth_efficiency.mid),
                    plainQ(f.layer_overhead_s.mid * 1e6), countQ(layout.gpu_layers), tps_mid, tps_low, tps_high});
        if (layout.cpu_layers > 0 || layout.cpu_weight_bytes > 0) {
            appendStep(e.steps, "speed",
                       "{0} of the bytes per token are read by the CPU at {1} GB/s: the CPU layers set the pace.",
                       {bytesQ(std::llround(cpuWeightReadBytes(s.model->spec, routedExpertShare(*s.model), layout, 1)) +
                               layout.cpu_kv_bytes_per_seq),
                        plainQ(s.cpu_bandwidth_gbps > 0 ? s.cpu_bandwidth_gbps
                                                        : speed_calibration::kAssumedCpuBandwidthGbps)});
        }
        if (layout.cpu_expert_bytes > 0) {
            appendStep(e.steps, "speed",
                       "Routed experts kept in system RAM for GPU layers ({0}): a token reads the {1} of {2} experts "
                       "it is routed to from RAM; batches of {3} tokens and more (prefill, large decode batches) copy "
                       "them to the GPU over PCIe at {4} GB/s instead (ggml-cuda offload_op).",
                       {bytesQ(layout.cpu_expert_bytes), countQ(s.model->spec.moe.experts_per_token),
                        countQ(s.model->spec.moe.num_experts), countQ(speed_calibration::kOffloadMinBatch),
                        plainQ(speed_calibration::kPcieBandwidthGbps)});
        }
        if (!s.cuda_graphs && f.eager_layer_s > 0) {
            appendStep(e.steps, "speed",
                       "Eager decoding (no CUDA graph): the host launches each layer's kernels in {0} ms plus {1} ms "
                       "per sequence (measured for transformers on H200); the slower of host and GPU sets the pace.",
                       {plainQ(f.eager_layer_s * 1e3), plainQ(f.eager_layer_per_seq_s * 1e3)});
        }
        if (layout.tensor_parallel > 1) {
            appendStep(e.steps, "speed",
                       "Tensor parallel over {0} GPUs: each reads 1/{0} of the bytes; two all-reduces per layer add "
                       "{1} µs each.",
                       {countQ(layout.tensor_parallel), plainQ(speed_calibration::kAllReduceLatencyS * 1e6)});
        } else if (layout.pipeline_stages > 1) {
            appendStep(e.steps, "speed",
                       "Pipeline parallel over {0} GPUs: one token passes the stages one after another, so one "
                       "sequence decodes no faster than on one GPU; the stages overlap only across sequences.",
                       {countQ(layout.pipeline_stages)});
        }
    }
    if (s.batch > 1) {
        appendStep(e.steps, "speed",
                   "Batch {0}: {1} tokens/s for all sequences together ({2}–{3}); the weights are read once per step "
                   "for the whole batch, the KV cache once per sequence.",
                   {countQ(s.batch), rateQ(sp.decode_batch_tokens_per_s), rateQ(sp.decode_batch_low_tokens_per_s),
                    rateQ(sp.decode_batch_high_tokens_per_s)});
    }
    if (sp.compute_bound_from_batch > 0 && !sp.on_cpu) {
        appendStep(e.steps, "speed",
                   sp.decode_compute_bound
                       ? "Roofline: from batch {0} a decode step is compute-bound ({1} FLOPs per token at {2} TFLOPS); "
                         "this batch is past it."
                       : "Roofline: a decode step stays memory-bound up to batch {0} ({1} FLOPs per token at {2} "
                         "TFLOPS); beyond it, compute sets the pace.",
                   {countQ(sp.compute_bound_from_batch),
                    {sp.decode_flops_per_token, QuantityKind::Params},
                    rateQ(sp.compute_tflops)});
    }
    if (sp.prefill_tokens_per_s > 0) {
        appendStep(e.steps, "speed",
                   "Prefill of {0} tokens: {1} FLOPs per token (2 × active parameters + causal attention) over {2} "
                   "TFLOPS × {3} utilization = {4} tokens/s ({5}–{6}); time to first token {7}",
                   {countQ(s.context_tokens),
                    {sp.prefill_flops_per_token, QuantityKind::Params},
                    rateQ(sp.compute_tflops),
                    percentQ(f.prefill_utilization.mid),
                    rateQ(sp.prefill_tokens_per_s),
                    rateQ(sp.prefill_low_tokens_per_s),
                    rateQ(sp.prefill_high_tokens_per_s),
                    secondsQ(sp.time_to_first_token_s)});
    } else if (sp.on_cpu) {
        appendStep(e.steps, "speed", "Prefill on the CPU is not estimated: it needs the CPU's FLOPS, not measured yet.",
                   {});
    }
    if (sp.weights_dequantized) {
        appendStep(e.steps, "speed",
                   "{name}: no native arithmetic for this format on this GPU, so the weights are dequantized to 16 bit "
                   "on the fly: decoding still gains from reading fewer bytes, prefill runs at the FP16 rate and gains "
                   "nothing (the article's Mistake 2).",
                   {}, s.gpu ? s.gpu->display_name : std::string());
    }
}

} // namespace fitscope::sizing
