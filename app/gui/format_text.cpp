#include "format_text.h"

#include <QCoreApplication>

#include <string>

namespace fitscope::gui {

namespace {

// Every display_name and description of core's tables (allWeightFormats(), allKvFormats(),
// allRuntimes()), word for word; test_gui_desktop fails and lists any that are missing.
// Technical names (FP16, GGUF Q4_K_M, NF4) are listed too and kept as they are by the translators.
constexpr const char* kEntries[] = {
    // clang-format off
    QT_TRANSLATE_NOOP("FormatText", "FP32"),
    QT_TRANSLATE_NOOP("FormatText", "BF16"),
    QT_TRANSLATE_NOOP("FormatText", "FP16"),
    QT_TRANSLATE_NOOP("FormatText", "FP8 E4M3"),
    QT_TRANSLATE_NOOP("FormatText", "FP8 E5M2"),
    QT_TRANSLATE_NOOP("FormatText", "INT8 (per channel)"),
    QT_TRANSLATE_NOOP("FormatText", "LLM.int8()"),
    QT_TRANSLATE_NOOP("FormatText", "INT4 (g32)"),
    QT_TRANSLATE_NOOP("FormatText", "INT4 (g64)"),
    QT_TRANSLATE_NOOP("FormatText", "INT4 (g128)"),
    QT_TRANSLATE_NOOP("FormatText", "INT4 (g32, zero-point)"),
    QT_TRANSLATE_NOOP("FormatText", "INT4 (g64, zero-point)"),
    QT_TRANSLATE_NOOP("FormatText", "INT4 (g128, zero-point)"),
    QT_TRANSLATE_NOOP("FormatText", "GPTQ INT4 (g128)"),
    QT_TRANSLATE_NOOP("FormatText", "GPTQ INT3 (g128)"),
    QT_TRANSLATE_NOOP("FormatText", "AWQ INT4 (g128)"),
    QT_TRANSLATE_NOOP("FormatText", "NF4"),
    QT_TRANSLATE_NOOP("FormatText", "NF4 + double quant"),
    QT_TRANSLATE_NOOP("FormatText", "MXFP4"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q8_0"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q6_K"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q5_K"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q5_0"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q4_K"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q4_0"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q3_K"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q2_K"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q4_K_M"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q5_K_M"),
    QT_TRANSLATE_NOOP("FormatText", "GGUF Q3_K_M"),
    QT_TRANSLATE_NOOP("FormatText", "FP8"),
    QT_TRANSLATE_NOOP("FormatText", "INT8"),
    QT_TRANSLATE_NOOP("FormatText", "Q8_0"),
    QT_TRANSLATE_NOOP("FormatText", "Q4_0"),
    QT_TRANSLATE_NOOP("FormatText", "Q4_1"),
    QT_TRANSLATE_NOOP("FormatText", "Q5_0"),
    QT_TRANSLATE_NOOP("FormatText", "Q5_1"),
    QT_TRANSLATE_NOOP("FormatText", "IQ4_NL"),
    QT_TRANSLATE_NOOP("FormatText", "Simple (article rule)"),
    QT_TRANSLATE_NOOP("FormatText", "Hugging Face transformers"),
    QT_TRANSLATE_NOOP("FormatText", "vLLM"),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp"),
    QT_TRANSLATE_NOOP("FormatText", "32-bit IEEE float: the training reference, 4 bytes per weight."),
    QT_TRANSLATE_NOOP("FormatText", "bfloat16: FP32's exponent range with a 7-bit mantissa, 2 bytes per weight."),
    QT_TRANSLATE_NOOP("FormatText", "IEEE half precision: 2 bytes per weight, range ±65504."),
    QT_TRANSLATE_NOOP("FormatText", "8-bit float (OCP E4M3, max 448) with a per-tensor scale."),
    QT_TRANSLATE_NOOP("FormatText", "8-bit float (OCP E5M2, max 57344) with a per-tensor scale."),
    QT_TRANSLATE_NOOP("FormatText", "8-bit integers with one scale per output channel."),
    QT_TRANSLATE_NOOP("FormatText", "Vector-wise INT8 with the 0.1 % outlier feature columns kept in FP16 (Dettmers et al. 2022)."),
    QT_TRANSLATE_NOOP("FormatText", "4-bit integers, one FP16 scale per group of 32 weights."),
    QT_TRANSLATE_NOOP("FormatText", "4-bit integers, one FP16 scale per group of 64 weights."),
    QT_TRANSLATE_NOOP("FormatText", "4-bit integers, one FP16 scale per group of 128 weights."),
    QT_TRANSLATE_NOOP("FormatText", "4-bit integers, FP16 scale and 4-bit zero-point per group of 32."),
    QT_TRANSLATE_NOOP("FormatText", "4-bit integers, FP16 scale and 4-bit zero-point per group of 64."),
    QT_TRANSLATE_NOOP("FormatText", "4-bit integers, FP16 scale and 4-bit zero-point per group of 128."),
    QT_TRANSLATE_NOOP("FormatText", "GPTQ checkpoint: packed 4-bit weights, 4-bit zeros, FP16 scales per 128, and a g_idx column index."),
    QT_TRANSLATE_NOOP("FormatText", "GPTQ checkpoint with 3-bit weights and zeros, FP16 scales per 128, and g_idx."),
    QT_TRANSLATE_NOOP("FormatText", "AWQ checkpoint: packed 4-bit weights, 4-bit zeros and FP16 scales per group of 128."),
    QT_TRANSLATE_NOOP("FormatText", "bitsandbytes 4-bit NormalFloat, blocks of 64 with an FP32 absmax (4.5 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "NF4 with the block absmax itself quantized to 8 bits (QLoRA, 4.127 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "OCP microscaling FP4: 32 E2M1 values share one 8-bit power-of-two scale (4.25 bits)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp blocks of 32 int8 values with an FP16 scale (8.5 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp 6-bit k-quant, super-blocks of 256 (6.5625 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp 5-bit k-quant, super-blocks of 256 (5.5 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp blocks of 32 5-bit values with an FP16 scale (5.5 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp 4-bit k-quant, super-blocks of 256 with 6-bit sub-block scales (4.5 bits)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp blocks of 32 4-bit values with an FP16 scale (4.5 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp 3-bit k-quant (3.4375 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp 2-bit k-quant (2.625 bits per weight)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp's recommended mixture: Q4_K with Q6_K for half of attn_v/ffn_down and the output."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp mixture: Q5_K with Q6_K for half of attn_v/ffn_down and the output."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp mixture: Q3_K with Q4_K/Q5_K for attention and ffn_down, Q6_K output."),
    QT_TRANSLATE_NOOP("FormatText", "32-bit cache: 4 bytes per element."),
    QT_TRANSLATE_NOOP("FormatText", "Half-precision cache: 2 bytes per element (the default everywhere)."),
    QT_TRANSLATE_NOOP("FormatText", "bfloat16 cache: 2 bytes per element."),
    QT_TRANSLATE_NOOP("FormatText", "8-bit float cache (vLLM --kv-cache-dtype fp8): 1 byte per element."),
    QT_TRANSLATE_NOOP("FormatText", "8-bit integer cache with a scale per token and head."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp q8_0 cache: blocks of 32 with an FP16 scale (1.0625 bytes)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp q4_0 cache: blocks of 32 4-bit values (0.5625 bytes)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp q4_1 cache: blocks of 32 4-bit values with an FP16 scale and minimum (0.625 bytes)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp q5_0 cache: blocks of 32 5-bit values with an FP16 scale (0.6875 bytes)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp q5_1 cache: blocks of 32 5-bit values with an FP16 scale and minimum (0.75 bytes)."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp iq4_nl cache: blocks of 32 non-linear 4-bit values with an FP16 scale (0.5625 bytes)."),
    QT_TRANSLATE_NOOP("FormatText", "The article's rule of thumb: weights × (1 + overhead) + KV cache, with a flat overhead."),
    QT_TRANSLATE_NOOP("FormatText", "PyTorch inference with generate(): CUDA context, caching-allocator reserve and the prefill activation peak, calibrated on H200 measurements."),
    QT_TRANSLATE_NOOP("FormatText", "vLLM serving: gpu_memory_utilization of the GPU is taken at start-up; weights, the profiled activation peak, CUDA graphs and the CUDA context come out of it, the rest becomes a paged KV-cache pool."),
    QT_TRANSLATE_NOOP("FormatText", "llama.cpp with GGUF weights: layers on the GPU (n_gpu_layers, output layer counted), the KV cache with its cache types, the compute buffer, and what stays in system RAM."),
    // clang-format on
};

} // namespace

QString FormatText::translate(std::string_view english) {
    const std::string source(english);
    return QCoreApplication::translate("FormatText", source.c_str());
}

QString FormatText::weightName(sizing::WeightFormat format) {
    return translate(sizing::formatInfo(format).display_name);
}

QString FormatText::weightDescription(sizing::WeightFormat format) {
    return translate(sizing::formatInfo(format).description);
}

QString FormatText::kvName(sizing::KvFormat format) {
    return translate(sizing::kvFormatInfo(format).display_name);
}

QString FormatText::kvDescription(sizing::KvFormat format) {
    return translate(sizing::kvFormatInfo(format).description);
}

QString FormatText::runtimeName(sizing::Runtime runtime) {
    return translate(sizing::runtimeInfo(runtime).display_name);
}

QString FormatText::runtimeDescription(sizing::Runtime runtime) {
    return translate(sizing::runtimeInfo(runtime).description);
}

std::span<const char* const> FormatText::entries() {
    return kEntries;
}

} // namespace fitscope::gui
