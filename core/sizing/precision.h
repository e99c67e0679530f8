#pragma once

#include "core/sizing/model_spec.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace fitscope::sizing {

// Weight storage formats the engine can size. Storage costs are exact: scales, zero-points,
// outlier columns and index tensors included (see storageBytes()).
enum class WeightFormat : std::uint8_t {
    FP32,
    BF16,
    FP16,
    FP8_E4M3,
    FP8_E5M2,
    INT8,     // per output channel, one fp32 scale per row (bitsandbytes' SCB)
    LLM_INT8, // INT8 plus the outlier input columns in FP16 (LLM.int8(), 0.1 % of columns)
    INT4_G32,
    INT4_G64,
    INT4_G128,
    INT4_G32_ASYM,
    INT4_G64_ASYM,
    INT4_G128_ASYM,
    GPTQ_INT4_G128, // AutoGPTQ checkpoint layout: qweight, qzeros, fp16 scales, g_idx
    GPTQ_INT3_G128,
    AWQ_INT4_G128, // AutoAWQ GEMM layout: qweight, qzeros, fp16 scales
    NF4,           // bitsandbytes NF4, block 64, fp32 absmax
    NF4_DQ,        // NF4 with double quantization of the absmax (QLoRA)
    MXFP4,         // OCP MX: 32 E2M1 values + one E8M0 scale
    Q8_0,
    Q6_K,
    Q5_K,
    Q5_0,
    Q4_K,
    Q4_0,
    Q3_K,
    Q2_K,
    Q4_K_M, // llama.cpp mixtures: the type is chosen per tensor (llama-quant.cpp)
    Q5_K_M,
    Q3_K_M,
    Count_
};

enum class FormatFamily : std::uint8_t { Float, Integer, FourBit, Gguf };

// The arithmetic a GPU needs for the format's matrix multiplies to run natively (no dequantize).
enum class NativeMath : std::uint8_t { Float32, Float16, FP8, INT8, INT4, None };

struct FormatInfo {
    WeightFormat format;
    std::string_view id;           // stable id for the CLI, JSON and scenario files ("int4-g128")
    std::string_view display_name; // "INT4 (g128, symmetric)"
    FormatFamily family;
    double nominal_bytes_per_param; // the article's figure: element bits / 8, scales ignored
    NativeMath math;
    bool quantized;               // embeddings and output head stay at 16 bit by default (except GGUF)
    std::string_view description; // one sentence for tooltips and reports
};

std::span<const FormatInfo> allWeightFormats();
const FormatInfo& formatInfo(WeightFormat format);
// Accepts ids and a few aliases ("int4" = int4-g128, "int8" = per-channel int8, "bf16", "q4_k_m").
std::optional<WeightFormat> weightFormatFromId(std::string_view id);

// Bytes to store one rows × cols matrix (cols is the input axis that blocks and groups run along).
// For GGUF K-quants whose row length is not a multiple of 256 the fallback type llama.cpp uses is
// sized instead. Mixtures must be resolved per tensor first (resolveGgufMixture()).
std::int64_t storageBytes(WeightFormat format, std::int64_t rows, std::int64_t cols);

// GGUF: the type llama.cpp's quantizer gives one tensor (llama-quant.cpp, llama_tensor_get_type):
// output.weight becomes Q6_K, and the _M mixtures give attn_v / ffn_down more bits on some layers.
WeightFormat resolveGgufTensorType(WeightFormat file_type, TensorRole role, std::int64_t layer, std::int64_t num_layers,
                                   const ModelSpec& spec);

// KV-cache element formats. Q4_1 to IQ4_NL are the rest of llama.cpp's -ctk/-ctv types (common/arg.cpp
// kv_cache_types); new formats go last, before Count_ (indexes of allKvFormats()).
enum class KvFormat : std::uint8_t { FP32, FP16, BF16, FP8, INT8, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, IQ4_NL, Count_ };

struct KvFormatInfo {
    KvFormat format;
    std::string_view id;
    std::string_view display_name;
    std::string_view description;
};

std::span<const KvFormatInfo> allKvFormats();
const KvFormatInfo& kvFormatInfo(KvFormat format);
std::optional<KvFormat> kvFormatFromId(std::string_view id);

// Bytes for one cached row of `elements` values (a token's K or V of one layer). Block formats
// round up to whole blocks (llama.cpp's ggml_row_size). INT8 adds a fp32 scale per row (vLLM's
// per-token-head int8 scales are 4 bytes per head; a row here is all KV heads of one token).
std::int64_t kvRowBytes(KvFormat format, std::int64_t elements, std::int64_t heads);

// The article's bytes per element for a KV format (FP16 = 2, FP8/INT8/Q8_0 = 1, Q5_x = 0.625, 4-bit = 0.5).
double kvNominalBytesPerElement(KvFormat format);

} // namespace fitscope::sizing
