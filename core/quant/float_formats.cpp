#include "float_formats.h"

#include <bit>
#include <cmath>
#include <limits>

namespace fitscope::quant {

namespace {

// Generic RNE encoder for a small float format with `exp_bits` exponent and `man_bits` mantissa bits
// and IEEE-like subnormals. Returns the magnitude code (without sign) or -1 when the rounded value
// overflows past max_code. Works on the exact float32 bit pattern, so there is no double rounding.
int encodeMagnitude(float magnitude, int exp_bits, int man_bits, int max_code) {
    const int bias = (1 << (exp_bits - 1)) - 1;
    const std::uint32_t u = std::bit_cast<std::uint32_t>(magnitude);
    const int exp32 = static_cast<int>((u >> 23) & 0xFF);
    if (exp32 == 0 && (u & 0x7FFFFF) == 0) {
        return 0;
    }
    // Work with a 24-bit integer significand m and exponent e such that value = m * 2^(e).
    std::uint64_t mant = (u & 0x7FFFFF);
    int e = 0;
    if (exp32 == 0) {
        e = -126 - 23;
    } else {
        mant |= 0x800000;
        e = exp32 - 127 - 23;
    }
    // Target: value = q * 2^(target_exp) with q an integer having man_bits of fraction.
    // Normal target exponent for this value:
    const int unbiased = static_cast<int>(std::floor(std::log2(static_cast<double>(magnitude))));
    int target_unbiased = unbiased;
    const int min_normal_unbiased = 1 - bias;
    if (target_unbiased < min_normal_unbiased) {
        target_unbiased = min_normal_unbiased; // subnormal range shares the minimum exponent
    }
    const int lsb_exp = target_unbiased - man_bits; // weight of the last mantissa bit
    const int shift = lsb_exp - e;                  // how many bits of mant to drop
    std::uint64_t q = 0;
    if (shift <= 0) {
        q = mant << (-shift);
    } else if (shift >= 64) {
        q = 0;
    } else {
        const std::uint64_t dropped = mant & ((std::uint64_t{1} << shift) - 1);
        const std::uint64_t half = std::uint64_t{1} << (shift - 1);
        q = mant >> shift;
        if (dropped > half || (dropped == half && (q & 1))) {
            ++q;
        }
    }
    // q counts units of 2^lsb_exp. Convert to (exponent field, mantissa field).
    int exp_field = 0;
    std::uint64_t man_field = 0;
    if (target_unbiased == min_normal_unbiased && q < (std::uint64_t{1} << man_bits)) {
        exp_field = 0; // subnormal
        man_field = q;
    } else {
        int tu = target_unbiased;
        if (q >= (std::uint64_t{2} << man_bits)) { // rounding carried into the next binade
            q >>= 1;
            ++tu;
        }
        exp_field = tu + bias;
        man_field = q - (std::uint64_t{1} << man_bits);
    }
    const long code = (static_cast<long>(exp_field) << man_bits) | static_cast<long>(man_field);
    if (exp_field >= (1 << exp_bits) || code > max_code) {
        return -1;
    }
    return static_cast<int>(code);
}

float decodeMagnitude(int code, int exp_bits, int man_bits) {
    const int bias = (1 << (exp_bits - 1)) - 1;
    const int exp_field = code >> man_bits;
    const int man_field = code & ((1 << man_bits) - 1);
    if (exp_field == 0) {
        return std::ldexp(static_cast<float>(man_field), 1 - bias - man_bits);
    }
    return std::ldexp(static_cast<float>(man_field + (1 << man_bits)), exp_field - bias - man_bits);
}

} // namespace

std::uint16_t floatToHalf(float value) {
    // The FP16-library bit trick that ggml uses as its portable fallback (quant-formats.md §4.2): two
    // multiplications let the FPU do the round-to-nearest-even, so this is bit-identical to F16C's
    // _cvtss_sh(x, 0) for every input (subnormals, overflow to Inf and NaN included).
    const float scale_to_inf = 0x1.0p+112f;
    const float scale_to_zero = 0x1.0p-110f;
    float base = (std::fabs(value) * scale_to_inf) * scale_to_zero;
    const std::uint32_t w = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t shl1_w = w + w;
    const std::uint32_t sign = w & 0x80000000u;
    std::uint32_t bias = shl1_w & 0xFF000000u;
    if (bias < 0x71000000u) {
        bias = 0x71000000u;
    }
    base = std::bit_cast<float>((bias >> 1) + 0x07800000u) + base;
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(base);
    const std::uint32_t exp_bits = (bits >> 13) & 0x00007C00u;
    const std::uint32_t mantissa_bits = bits & 0x00000FFFu;
    const std::uint32_t nonsign = exp_bits + mantissa_bits;
    return static_cast<std::uint16_t>((sign >> 16) | (shl1_w > 0xFF000000u ? 0x7E00u : nonsign));
}

namespace {
struct HalfTable {
    float values[65536];
    HalfTable() {
        for (int i = 0; i < 65536; ++i) {
            const bool negative = (i & 0x8000) != 0;
            const int code = i & 0x7FFF;
            float value = 0.0f;
            if ((code >> 10) == 0x1F) {
                value =
                    (code & 0x3FF) ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
            } else {
                value = decodeMagnitude(code, 5, 10);
            }
            values[i] = negative ? -value : value;
        }
    }
};
const HalfTable& halfTable() {
    static const HalfTable table;
    return table;
}
} // namespace

float halfToFloat(std::uint16_t bits) {
    return halfTable().values[bits];
}

std::uint16_t floatToBf16(float value) {
    // ggml_compute_fp32_to_bf16 (quant-formats.md §4.2).
    const std::uint32_t u = std::bit_cast<std::uint32_t>(value);
    if ((u & 0x7fffffff) > 0x7f800000) {
        return static_cast<std::uint16_t>((u >> 16) | 64);
    }
    return static_cast<std::uint16_t>((u + (0x7fff + ((u >> 16) & 1))) >> 16);
}

float bf16ToFloat(std::uint16_t bits) {
    return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16);
}

std::uint8_t floatToE4M3(float value, bool saturate) {
    const std::uint8_t sign = std::signbit(value) ? 0x80 : 0x00;
    if (std::isnan(value)) {
        return static_cast<std::uint8_t>(sign | 0x7F);
    }
    if (std::isinf(value)) {
        return saturate ? static_cast<std::uint8_t>(sign | 0x7E) : static_cast<std::uint8_t>(sign | 0x7F);
    }
    // 0x7E = S.1111.110 = 448 is the largest finite code; 0x7F is NaN.
    const int code = encodeMagnitude(std::fabs(value), 4, 3, 0x7E);
    if (code < 0) {
        return saturate ? static_cast<std::uint8_t>(sign | 0x7E) : static_cast<std::uint8_t>(sign | 0x7F);
    }
    return static_cast<std::uint8_t>(sign | code);
}

float e4m3ToFloat(std::uint8_t bits) {
    const int code = bits & 0x7F;
    if (code == 0x7F) {
        return std::numeric_limits<float>::quiet_NaN();
    }
    const float value = decodeMagnitude(code, 4, 3);
    return (bits & 0x80) ? -value : value;
}

std::uint8_t floatToE5M2(float value, bool saturate) {
    const std::uint8_t sign = std::signbit(value) ? 0x80 : 0x00;
    if (std::isnan(value)) {
        return static_cast<std::uint8_t>(sign | 0x7F);
    }
    if (std::isinf(value)) {
        return saturate ? static_cast<std::uint8_t>(sign | 0x7B) : static_cast<std::uint8_t>(sign | 0x7C);
    }
    // 0x7B = S.11110.11 = 57344; 0x7C is Inf.
    const int code = encodeMagnitude(std::fabs(value), 5, 2, 0x7B);
    if (code < 0) {
        return saturate ? static_cast<std::uint8_t>(sign | 0x7B) : static_cast<std::uint8_t>(sign | 0x7C);
    }
    return static_cast<std::uint8_t>(sign | code);
}

float e5m2ToFloat(std::uint8_t bits) {
    const int code = bits & 0x7F;
    float value = 0.0f;
    if ((code >> 2) == 0x1F) {
        value = (code & 3) ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
    } else {
        value = decodeMagnitude(code, 5, 2);
    }
    return (bits & 0x80) ? -value : value;
}

std::uint8_t floatToE2M1(float value) {
    const std::uint8_t sign = std::signbit(value) ? 0x8 : 0x0;
    if (std::isnan(value)) {
        return sign; // E2M1 has no NaN; callers never pass one (tensors are validated finite).
    }
    // E2M1: bias 1, 1 mantissa bit, max code 0x7 = 6.0; saturating (§4.3).
    const int code = encodeMagnitude(std::fabs(value), 2, 1, 0x7);
    return static_cast<std::uint8_t>(sign | (code < 0 ? 0x7 : code));
}

float e2m1ToFloat(std::uint8_t code) {
    static constexpr float k_magnitudes[8] = {0.0f, 0.5f, 1.0f, 1.5f, 2.0f, 3.0f, 4.0f, 6.0f};
    const float value = k_magnitudes[code & 7];
    return (code & 8) ? -value : value;
}

float e8m0ToFloat(std::uint8_t e) {
    if (e == 0xFF) {
        return std::numeric_limits<float>::quiet_NaN();
    }
    return std::ldexp(1.0f, static_cast<int>(e) - 127);
}

} // namespace fitscope::quant
