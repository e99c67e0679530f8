#pragma once

#include "core/formats/ggml_types.h"

#include <cstdint>
#include <span>

namespace fitscope::formats {

// IEEE binary16 and bfloat16 to float (exact: every half and bfloat16 value is a float).
float halfToFloat(std::uint16_t bits);
float bfloat16ToFloat(std::uint16_t bits);

// True for the ggml types dequantizeGgml understands: F32, F16, BF16, F64, Q4_0, Q4_1, Q5_0, Q5_1,
// Q8_0, Q4_K, Q6_K, IQ4_NL and MXFP4.
bool canDequantizeGgml(GgmlType type);

// Dequantizes out.size() values of type from data, following ggml's dequantize_row_* reference code
// (quant-formats.md §1.1: block layouts and nibble orders). data must hold exactly
// ggmlBytes(type, out.size()) bytes; returns false (and writes nothing) when it does not or the type
// is not supported.
bool dequantizeGgml(GgmlType type, std::span<const std::uint8_t> data, std::span<float> out);

} // namespace fitscope::formats
