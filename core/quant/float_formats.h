#pragma once
// Conversions between float32 and the narrow floating-point storage formats FitScope quantizes to.
// Every conversion rounds to nearest, ties to even (RNE), as the reference file requires:
// quant-formats.md §4.1 (OCP OFP8), §4.2 (IEEE binary16, ggml bf16), §4.3 (MX E2M1 / E8M0).

#include <cstdint>

namespace fitscope::quant {

// IEEE binary16 (1/5/10, bias 15). Matches ggml's GGML_FP32_TO_FP16 (F16C _cvtss_sh imm 0 = RNE).
std::uint16_t floatToHalf(float value);
float halfToFloat(std::uint16_t bits);

// bfloat16 (top 16 bits of float32). NaN becomes a quiet NaN, everything else RNE, exactly as
// ggml_compute_fp32_to_bf16 (§4.2).
std::uint16_t floatToBf16(float value);
float bf16ToFloat(std::uint16_t bits);

// OCP OFP8 E4M3FN (bias 7, no Inf, NaN = S.1111.111, max 448) and E5M2 (bias 15, Inf, max 57344).
// saturate=true follows the ONNX/OCP "saturate" column of §4.1: Inf and overflow go to ±max, NaN stays NaN.
// Overflow is decided on the rounded value, so 464 rounds (tie to even) to 448 and stays finite.
std::uint8_t floatToE4M3(float value, bool saturate = true);
float e4m3ToFloat(std::uint8_t bits);
std::uint8_t floatToE5M2(float value, bool saturate = true);
float e5m2ToFloat(std::uint8_t bits);

inline constexpr float kE4M3Max = 448.0f;
inline constexpr float kE5M2Max = 57344.0f;

// FP4 E2M1 (MX element type, §4.3): magnitudes {0, 0.5, 1, 1.5, 2, 3, 4, 6}; bit 3 is the sign.
// RNE, saturating at ±6 (the format has neither Inf nor NaN).
std::uint8_t floatToE2M1(float value);
float e2m1ToFloat(std::uint8_t code);

// E8M0 shared scale: 2^(e-127); 0xFF is NaN.
float e8m0ToFloat(std::uint8_t e);

} // namespace fitscope::quant
