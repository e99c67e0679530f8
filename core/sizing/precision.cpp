#include "core/sizing/precision.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace fitscope::sizing {

namespace {

using enum WeightFormat;

// Sources: ggml block sizes from ggml/src/ggml-common.h (shared/reference/quant-formats.md §1.1);
// NF4/double quantization from QLoRA §3 and bitsandbytes functional.py (§2.3); GPTQ/AWQ layouts
// from AutoGPTQ/AutoAWQ checkpoints (qweight int32, qzeros int32, scales fp16, g_idx int32).
constexpr std::array<FormatInfo, static_cast<std::size_t>(WeightFormat::Count_)> k_formats{{
    {FP32, "fp32", "FP32", FormatFamily::Float, 4.0, NativeMath::Float32, false,
     "32-bit IEEE float: the training reference, 4 bytes per weight."},
    {BF16, "bf16", "BF16", FormatFamily::Float, 2.0, NativeMath::Float16, false,
     "bfloat16: FP32's exponent range with a 7-bit mantissa, 2 bytes per weight."},
    {FP16, "fp16", "FP16", FormatFamily::Float, 2.0, NativeMath::Float16, false,
     "IEEE half precision: 2 bytes per weight, range ±65504."},
    {FP8_E4M3, "fp8-e4m3", "FP8 E4M3", FormatFamily::Float, 1.0, NativeMath::FP8, true,
     "8-bit float (OCP E4M3, max 448) with a per-tensor scale."},
    {FP8_E5M2, "fp8-e5m2", "FP8 E5M2", FormatFamily::Float, 1.0, NativeMath::FP8, true,
     "8-bit float (OCP E5M2, max 57344) with a per-tensor scale."},
    {INT8, "int8", "INT8 (per channel)", FormatFamily::Integer, 1.0, NativeMath::INT8, true,
     "8-bit integers with one scale per output channel."},
    {LLM_INT8, "llm-int8", "LLM.int8()", FormatFamily::Integer, 1.0, NativeMath::INT8, true,
     "Vector-wise INT8 with the 0.1 % outlier feature columns kept in FP16 (Dettmers et al. 2022)."},
    {INT4_G32, "int4-g32", "INT4 (g32)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "4-bit integers, one FP16 scale per group of 32 weights."},
    {INT4_G64, "int4-g64", "INT4 (g64)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "4-bit integers, one FP16 scale per group of 64 weights."},
    {INT4_G128, "int4-g128", "INT4 (g128)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "4-bit integers, one FP16 scale per group of 128 weights."},
    {INT4_G32_ASYM, "int4-g32-asym", "INT4 (g32, zero-point)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "4-bit integers, FP16 scale and 4-bit zero-point per group of 32."},
    {INT4_G64_ASYM, "int4-g64-asym", "INT4 (g64, zero-point)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "4-bit integers, FP16 scale and 4-bit zero-point per group of 64."},
    {INT4_G128_ASYM, "int4-g128-asym", "INT4 (g128, zero-point)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "4-bit integers, FP16 scale and 4-bit zero-point per group of 128."},
    {GPTQ_INT4_G128, "gptq-int4-g128", "GPTQ INT4 (g128)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "GPTQ checkpoint: packed 4-bit weights, 4-bit zeros, FP16 scales per 128, and a g_idx column index."},
    {GPTQ_INT3_G128, "gptq-int3-g128", "GPTQ INT3 (g128)", FormatFamily::FourBit, 0.375, NativeMath::None, true,
     "GPTQ checkpoint with 3-bit weights and zeros, FP16 scales per 128, and g_idx."},
    {AWQ_INT4_G128, "awq-int4-g128", "AWQ INT4 (g128)", FormatFamily::FourBit, 0.5, NativeMath::INT4, true,
     "AWQ checkpoint: packed 4-bit weights, 4-bit zeros and FP16 scales per group of 128."},
    {NF4, "nf4", "NF4", FormatFamily::FourBit, 0.5, NativeMath::None, true,
     "bitsandbytes 4-bit NormalFloat, blocks of 64 with an FP32 absmax (4.5 bits per weight)."},
    {NF4_DQ, "nf4-dq", "NF4 + double quant", FormatFamily::FourBit, 0.5, NativeMath::None, true,
     "NF4 with the block absmax itself quantized to 8 bits (QLoRA, 4.127 bits per weight)."},
    {MXFP4, "mxfp4", "MXFP4", FormatFamily::FourBit, 0.5, NativeMath::None, true,
     "OCP microscaling FP4: 32 E2M1 values share one 8-bit power-of-two scale (4.25 bits)."},
    {Q8_0, "q8_0", "GGUF Q8_0", FormatFamily::Gguf, 1.0, NativeMath::INT8, true,
     "llama.cpp blocks of 32 int8 values with an FP16 scale (8.5 bits per weight)."},
    {Q6_K, "q6_k", "GGUF Q6_K", FormatFamily::Gguf, 0.75, NativeMath::None, true,
     "llama.cpp 6-bit k-quant, super-blocks of 256 (6.5625 bits per weight)."},
    {Q5_K, "q5_k", "GGUF Q5_K", FormatFamily::Gguf, 0.625, NativeMath::None, true,
     "llama.cpp 5-bit k-quant, super-blocks of 256 (5.5 bits per weight)."},
    {Q5_0, "q5_0", "GGUF Q5_0", FormatFamily::Gguf, 0.625, NativeMath::None, true,
     "llama.cpp blocks of 32 5-bit values with an FP16 scale (5.5 bits per weight)."},
    {Q4_K, "q4_k", "GGUF Q4_K", FormatFamily::Gguf, 0.5, NativeMath::INT4, true,
     "llama.cpp 4-bit k-quant, super-blocks of 256 with 6-bit sub-block scales (4.5 bits)."},
    {Q4_0, "q4_0", "GGUF Q4_0", FormatFamily::Gguf, 0.5, NativeMath::INT4, true,
     "llama.cpp blocks of 32 4-bit values with an FP16 scale (4.5 bits per weight)."},
    {Q3_K, "q3_k", "GGUF Q3_K", FormatFamily::Gguf, 0.375, NativeMath::None, true,
     "llama.cpp 3-bit k-quant (3.4375 bits per weight)."},
    {Q2_K, "q2_k", "GGUF Q2_K", FormatFamily::Gguf, 0.25, NativeMath::None, true,
     "llama.cpp 2-bit k-quant (2.625 bits per weight)."},
    {Q4_K_M, "q4_k_m", "GGUF Q4_K_M", FormatFamily::Gguf, 0.5, NativeMath::INT4, true,
     "llama.cpp's recommended mixture: Q4_K with Q6_K for half of attn_v/ffn_down and the output."},
    {Q5_K_M, "q5_k_m", "GGUF Q5_K_M", FormatFamily::Gguf, 0.625, NativeMath::None, true,
     "llama.cpp mixture: Q5_K with Q6_K for half of attn_v/ffn_down and the output."},
    {Q3_K_M, "q3_k_m", "GGUF Q3_K_M", FormatFamily::Gguf, 0.375, NativeMath::None, true,
     "llama.cpp mixture: Q3_K with Q4_K/Q5_K for attention and ffn_down, Q6_K output."},
}};

struct BlockType {
    std::int64_t block_values;
    std::int64_t block_bytes;
};

// ggml_type_size / ggml_blck_size (ggml-common.h).
BlockType ggmlBlock(WeightFormat format) {
    switch (format) {
    case Q8_0:
        return {32, 34};
    case Q6_K:
        return {256, 210};
    case Q5_K:
        return {256, 176};
    case Q5_0:
        return {32, 22};
    case Q4_K:
        return {256, 144};
    case Q4_0:
        return {32, 18};
    case Q3_K:
        return {256, 110};
    case Q2_K:
        return {256, 84};
    default:
        return {1, 2};
    }
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
    return (a + b - 1) / b;
}

// llama-quant.cpp: a K-quant needs rows that are a multiple of 256; otherwise this type is used.
WeightFormat kQuantFallback(WeightFormat format) {
    switch (format) {
    case Q2_K:
    case Q3_K:
        return Q4_0; // llama.cpp picks IQ4_NL (same 18-byte block of 32 as Q4_0)
    case Q4_K:
        return Q5_0;
    case Q5_K:
        return Q5_0; // llama.cpp: Q5_1 (24 bytes); Q5_0 is the closest type sized here
    case Q6_K:
        return Q8_0;
    default:
        return format;
    }
}

std::int64_t groupQuantBytes(std::int64_t rows, std::int64_t cols, std::int64_t group, std::int64_t bits,
                             bool zero_point) {
    const std::int64_t groups = rows * ceilDiv(cols, group);
    std::int64_t bytes = ceilDiv(rows * cols * bits, 8) + groups * 2; // packed values + fp16 scales
    if (zero_point) {
        bytes += ceilDiv(groups * bits, 8); // packed zero-points, same width as the values
    }
    return bytes;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    std::replace(out.begin(), out.end(), '_', '-');
    return out;
}

} // namespace

std::span<const FormatInfo> allWeightFormats() {
    return k_formats;
}

const FormatInfo& formatInfo(WeightFormat format) {
    return k_formats[static_cast<std::size_t>(format)];
}

std::optional<WeightFormat> weightFormatFromId(std::string_view id) {
    const std::string key = lower(id);
    for (const FormatInfo& info : k_formats) {
        if (lower(info.id) == key) {
            return info.format;
        }
    }
    // The article's generic names.
    if (key == "int4" || key == "gptq" || key == "int4-gptq") {
        return key == "int4" ? INT4_G128 : GPTQ_INT4_G128;
    }
    if (key == "awq") {
        return AWQ_INT4_G128;
    }
    if (key == "float32") {
        return FP32;
    }
    if (key == "float16" || key == "half") {
        return FP16;
    }
    if (key == "bfloat16") {
        return BF16;
    }
    if (key == "fp8") {
        return FP8_E4M3;
    }
    return std::nullopt;
}

std::int64_t storageBytes(WeightFormat format, std::int64_t rows, std::int64_t cols) {
    const std::int64_t n = rows * cols;
    switch (format) {
    case FP32:
        return 4 * n;
    case BF16:
    case FP16:
        return 2 * n;
    case FP8_E4M3:
    case FP8_E5M2:
        return n + 4; // one fp32 scale per tensor
    case INT8:
        return n + 4 * rows; // fp32 scale per output row
    case LLM_INT8: {
        // Outlier feature columns (≥ 6.0 in the activations) are ~0.1 % of input features
        // (LLM.int8() §4); they are held in FP16 instead of INT8.
        const std::int64_t outlier_cols = ceilDiv(cols, 1000);
        return rows * (cols - outlier_cols) + rows * outlier_cols * 2 + 4 * rows;
    }
    case INT4_G32:
        return groupQuantBytes(rows, cols, 32, 4, false);
    case INT4_G64:
        return groupQuantBytes(rows, cols, 64, 4, false);
    case INT4_G128:
        return groupQuantBytes(rows, cols, 128, 4, false);
    case INT4_G32_ASYM:
        return groupQuantBytes(rows, cols, 32, 4, true);
    case INT4_G64_ASYM:
        return groupQuantBytes(rows, cols, 64, 4, true);
    case INT4_G128_ASYM:
    case AWQ_INT4_G128:
        return groupQuantBytes(rows, cols, 128, 4, true);
    case GPTQ_INT4_G128:
        return groupQuantBytes(rows, cols, 128, 4, true) + 4 * cols; // + g_idx (int32 per input column)
    case GPTQ_INT3_G128:
        return groupQuantBytes(rows, cols, 128, 3, true) + 4 * cols;
    case NF4:
        return ceilDiv(n, 2) + ceilDiv(n, 64) * 4;
    case NF4_DQ: {
        // absmax quantized to 8 bits, each 256 of them with an fp32 scale, plus one fp32 offset.
        const std::int64_t blocks = ceilDiv(n, 64);
        return ceilDiv(n, 2) + blocks + ceilDiv(blocks, 256) * 4 + 4;
    }
    case MXFP4:
        return rows * ceilDiv(cols, 32) * 17;
    case Q4_K_M:
    case Q5_K_M:
    case Q3_K_M:
        // Unresolved mixtures: size with their base type (callers resolve per tensor first).
        return storageBytes(format == Q4_K_M ? Q4_K : format == Q5_K_M ? Q5_K : Q3_K, rows, cols);
    default: {
        BlockType block = ggmlBlock(format);
        if (block.block_values == 256 && cols % 256 != 0) {
            block = ggmlBlock(kQuantFallback(format));
        }
        return rows * ceilDiv(cols, block.block_values) * block.block_bytes;
    }
    }
}

WeightFormat resolveGgufTensorType(WeightFormat file_type, TensorRole role, std::int64_t layer, std::int64_t num_layers,
                                   const ModelSpec& spec) {
    // llama.cpp's use_more_bits(i, n): the first and last eighth of the layers and every third one between.
    auto use_more_bits = [num_layers](std::int64_t i) {
        return i < num_layers / 8 || i >= 7 * num_layers / 8 || (i - num_layers / 8) % 3 == 2;
    };
    if (role == TensorRole::OutputHead || (role == TensorRole::TokenEmbedding && spec.tied_embeddings)) {
        // The output matrix gets Q6_K for every k-quant and Q4/Q5 type; Q8_0 keeps Q8_0.
        return file_type == Q8_0 ? Q8_0 : Q6_K;
    }
    const bool mixture = file_type == Q4_K_M || file_type == Q5_K_M || file_type == Q3_K_M;
    const WeightFormat base = file_type == Q4_K_M   ? Q4_K
                              : file_type == Q5_K_M ? Q5_K
                              : file_type == Q3_K_M ? Q3_K
                                                    : file_type;
    if (!mixture) {
        return base;
    }
    const bool is_v = role == TensorRole::AttnV;
    const bool is_down = role == TensorRole::FfnDown || role == TensorRole::ExpertDown;
    if (is_v) {
        if (spec.moe.num_experts == 8) {
            return Q8_0; // "for the 8-expert model, bumping this to Q8_0 trades just ~128MB"
        }
        WeightFormat t = base;
        if (file_type == Q3_K_M) {
            t = layer < 2 ? Q5_K : Q4_K;
        } else if (use_more_bits(layer)) {
            t = Q6_K;
        }
        // GQA models with ≥ 4 query heads per KV head (70B): attn_v is small, so Q4_K/Q3_K → Q5_K.
        if (spec.num_kv_heads > 0 && spec.num_heads / spec.num_kv_heads >= 4 && (t == Q4_K || t == Q3_K)) {
            t = Q5_K;
        }
        return t;
    }
    if (is_down) {
        if (file_type == Q3_K_M) {
            return layer < num_layers / 16 ? Q5_K : (spec.model_type == "falcon" ? Q3_K : Q4_K);
        }
        return use_more_bits(layer) ? Q6_K : base;
    }
    if (role == TensorRole::AttnOutput && file_type == Q3_K_M && !spec.moe.enabled()) {
        return Q4_K;
    }
    return base;
}

namespace {

constexpr std::array<KvFormatInfo, static_cast<std::size_t>(KvFormat::Count_)> k_kv_formats{{
    {KvFormat::FP32, "fp32", "FP32", "32-bit cache: 4 bytes per element."},
    {KvFormat::FP16, "fp16", "FP16", "Half-precision cache: 2 bytes per element (the default everywhere)."},
    {KvFormat::BF16, "bf16", "BF16", "bfloat16 cache: 2 bytes per element."},
    {KvFormat::FP8, "fp8", "FP8", "8-bit float cache (vLLM --kv-cache-dtype fp8): 1 byte per element."},
    {KvFormat::INT8, "int8", "INT8", "8-bit integer cache with a scale per token and head."},
    {KvFormat::Q8_0, "q8_0", "Q8_0", "llama.cpp q8_0 cache: blocks of 32 with an FP16 scale (1.0625 bytes)."},
    {KvFormat::Q4_0, "q4_0", "Q4_0", "llama.cpp q4_0 cache: blocks of 32 4-bit values (0.5625 bytes)."},
    {KvFormat::Q4_1, "q4_1", "Q4_1",
     "llama.cpp q4_1 cache: blocks of 32 4-bit values with an FP16 scale and minimum (0.625 bytes)."},
    {KvFormat::Q5_0, "q5_0", "Q5_0",
     "llama.cpp q5_0 cache: blocks of 32 5-bit values with an FP16 scale (0.6875 bytes)."},
    {KvFormat::Q5_1, "q5_1", "Q5_1",
     "llama.cpp q5_1 cache: blocks of 32 5-bit values with an FP16 scale and minimum (0.75 bytes)."},
    {KvFormat::IQ4_NL, "iq4_nl", "IQ4_NL",
     "llama.cpp iq4_nl cache: blocks of 32 non-linear 4-bit values with an FP16 scale (0.5625 bytes)."},
}};

} // namespace

std::span<const KvFormatInfo> allKvFormats() {
    return k_kv_formats;
}

const KvFormatInfo& kvFormatInfo(KvFormat format) {
    return k_kv_formats[static_cast<std::size_t>(format)];
}

std::optional<KvFormat> kvFormatFromId(std::string_view id) {
    const std::string key = lower(id);
    for (const KvFormatInfo& info : k_kv_formats) {
        if (lower(info.id) == key) {
            return info.format;
        }
    }
    if (key == "f16" || key == "float16" || key == "auto") {
        return KvFormat::FP16;
    }
    if (key == "f32") {
        return KvFormat::FP32;
    }
    if (key == "fp8-e4m3" || key == "fp8-e5m2") {
        return KvFormat::FP8;
    }
    return std::nullopt;
}

std::int64_t kvRowBytes(KvFormat format, std::int64_t elements, std::int64_t heads) {
    switch (format) {
    case KvFormat::FP32:
        return 4 * elements;
    case KvFormat::FP16:
    case KvFormat::BF16:
        return 2 * elements;
    case KvFormat::FP8:
        return elements;
    case KvFormat::INT8:
        return elements + 4 * heads;
    case KvFormat::Q8_0:
        return ceilDiv(elements, 32) * 34;
    // ggml-common.h (ggml-org/llama.cpp @01243c5), the block ggml_row_size counts: block_q4_0 and
    // block_iq4_nl are an FP16 d + 16 bytes of nibbles (18 per 32), block_q4_1 adds an FP16 m (20),
    // block_q5_0 is d + 4 bytes of fifth bits + 16 (22), block_q5_1 adds m (24).
    case KvFormat::Q4_0:
    case KvFormat::IQ4_NL:
        return ceilDiv(elements, 32) * 18;
    case KvFormat::Q4_1:
        return ceilDiv(elements, 32) * 20;
    case KvFormat::Q5_0:
        return ceilDiv(elements, 32) * 22;
    case KvFormat::Q5_1:
        return ceilDiv(elements, 32) * 24;
    case KvFormat::Count_:
        break;
    }
    return 2 * elements;
}

double kvNominalBytesPerElement(KvFormat format) {
    switch (format) {
    case KvFormat::FP32:
        return 4.0;
    case KvFormat::FP16:
    case KvFormat::BF16:
        return 2.0;
    case KvFormat::FP8:
    case KvFormat::INT8:
    case KvFormat::Q8_0:
        return 1.0;
    case KvFormat::Q5_0:
    case KvFormat::Q5_1:
        return 0.625;
    case KvFormat::Q4_0:
    case KvFormat::Q4_1:
    case KvFormat::IQ4_NL:
        return 0.5;
    case KvFormat::Count_:
        break;
    }
    return 2.0;
}

} // namespace fitscope::sizing
