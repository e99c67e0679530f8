#include "core/formats/ggml_dequantize.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace fitscope::formats {

namespace {

std::uint16_t le16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

std::uint32_t le32(const std::uint8_t* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

float f32At(const std::uint8_t* p) {
    const std::uint32_t bits = le32(p);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

// kvalues_iq4nl (ggml-quants.c), quant-formats.md §1.1.
constexpr std::int8_t k_iq4nl[16] = {-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113};
// kvalues_mxfp4: E2M1 magnitudes doubled; the ½ is folded into the E8M0 scale (quant-formats.md §1.1).
constexpr std::int8_t k_mxfp4[16] = {0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12};

// get_scale_min_k4: 8 six-bit scales and 8 six-bit mins packed into 12 bytes (Q4_K, Q5_K).
void scaleMinK4(int j, const std::uint8_t* q, std::uint8_t* scale, std::uint8_t* min) {
    if (j < 4) {
        *scale = q[j] & 63;
        *min = q[j + 4] & 63;
    } else {
        *scale = static_cast<std::uint8_t>((q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4));
        *min = static_cast<std::uint8_t>((q[j + 4] >> 4) | ((q[j] >> 6) << 4));
    }
}

// Blocks of 32 with a 4-bit code in each nibble: element j in the low nibble of qs[j], element
// j + 16 in the high nibble (NOT consecutive pairs).
template <typename Value>
void nibbles32(const std::uint8_t* qs, float* y, Value value) {
    for (int j = 0; j < 16; ++j) {
        y[j] = value(qs[j] & 0xF, j);
        y[j + 16] = value(qs[j] >> 4, j + 16);
    }
}

void block(GgmlType type, const std::uint8_t* b, float* y) {
    switch (type) {
    case GgmlType::Q4_0: {
        const float d = halfToFloat(le16(b));
        nibbles32(b + 2, y, [d](int q, int) { return static_cast<float>(q - 8) * d; });
        break;
    }
    case GgmlType::Q4_1: {
        const float d = halfToFloat(le16(b));
        const float m = halfToFloat(le16(b + 2));
        nibbles32(b + 4, y, [d, m](int q, int) { return static_cast<float>(q) * d + m; });
        break;
    }
    case GgmlType::Q5_0: {
        const float d = halfToFloat(le16(b));
        const std::uint32_t qh = le32(b + 2); // bit j = fifth bit of element j
        nibbles32(b + 6, y, [d, qh](int q, int j) {
            return static_cast<float>((q | static_cast<int>(((qh >> j) & 1u) << 4)) - 16) * d;
        });
        break;
    }
    case GgmlType::Q5_1: {
        const float d = halfToFloat(le16(b));
        const float m = halfToFloat(le16(b + 2));
        const std::uint32_t qh = le32(b + 4);
        nibbles32(b + 8, y, [d, m, qh](int q, int j) {
            return static_cast<float>(q | static_cast<int>(((qh >> j) & 1u) << 4)) * d + m;
        });
        break;
    }
    case GgmlType::Q8_0: {
        const float d = halfToFloat(le16(b));
        for (int j = 0; j < 32; ++j) {
            y[j] = static_cast<float>(static_cast<std::int8_t>(b[2 + j])) * d;
        }
        break;
    }
    case GgmlType::IQ4_NL: {
        const float d = halfToFloat(le16(b));
        nibbles32(b + 2, y, [d](int q, int) { return d * static_cast<float>(k_iq4nl[q]); });
        break;
    }
    case GgmlType::MXFP4: {
        // E8M0 scale 2^(e-127), halved because the code table is doubled (GGML_E8M0_TO_FP32_HALF).
        const int e = b[0];
        const float scale = e == 0 ? std::ldexp(1.0f, -128) : std::ldexp(1.0f, e - 128);
        nibbles32(b + 1, y, [scale](int q, int) { return static_cast<float>(k_mxfp4[q]) * scale; });
        break;
    }
    case GgmlType::Q4_K: {
        // d, dmin, scales[12], qs[128]: four 64-value chunks; low nibbles are values l, high l + 32.
        const float d = halfToFloat(le16(b));
        const float dmin = halfToFloat(le16(b + 2));
        const std::uint8_t* scales = b + 4;
        const std::uint8_t* q = b + 16;
        int is = 0;
        for (int chunk = 0; chunk < 4; ++chunk) {
            std::uint8_t sc = 0;
            std::uint8_t m = 0;
            scaleMinK4(is, scales, &sc, &m);
            const float d1 = d * sc;
            const float m1 = dmin * m;
            scaleMinK4(is + 1, scales, &sc, &m);
            const float d2 = d * sc;
            const float m2 = dmin * m;
            for (int l = 0; l < 32; ++l) {
                y[l] = d1 * static_cast<float>(q[l] & 0xF) - m1;
                y[l + 32] = d2 * static_cast<float>(q[l] >> 4) - m2;
            }
            y += 64;
            q += 32;
            is += 2;
        }
        break;
    }
    case GgmlType::Q6_K: {
        // ql[128], qh[64], scales[16] (int8), d: two 128-value halves.
        const std::uint8_t* ql = b;
        const std::uint8_t* qh = b + 128;
        const auto* sc = reinterpret_cast<const std::int8_t*>(b + 192);
        const float d = halfToFloat(le16(b + 208));
        for (int half = 0; half < 2; ++half) {
            for (int l = 0; l < 32; ++l) {
                const int is = l / 16;
                const int q1 = ((ql[l] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32;
                const int q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32;
                const int q3 = ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                const int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                y[l] = d * static_cast<float>(sc[is]) * static_cast<float>(q1);
                y[l + 32] = d * static_cast<float>(sc[is + 2]) * static_cast<float>(q2);
                y[l + 64] = d * static_cast<float>(sc[is + 4]) * static_cast<float>(q3);
                y[l + 96] = d * static_cast<float>(sc[is + 6]) * static_cast<float>(q4);
            }
            y += 128;
            ql += 64;
            qh += 32;
            sc += 8;
        }
        break;
    }
    default:
        break;
    }
}

} // namespace

float halfToFloat(std::uint16_t bits) {
    const std::uint32_t sign = static_cast<std::uint32_t>(bits & 0x8000) << 16;
    const int exponent = (bits >> 10) & 0x1F;
    const std::uint32_t mantissa = bits & 0x3FF;
    float magnitude = 0;
    if (exponent == 0) {
        magnitude = std::ldexp(static_cast<float>(mantissa), -24); // subnormal (or zero)
    } else if (exponent == 31) {
        magnitude = mantissa ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
    } else {
        magnitude = std::ldexp(static_cast<float>(mantissa | 0x400), exponent - 25);
    }
    return sign ? -magnitude : magnitude;
}

float bfloat16ToFloat(std::uint16_t bits) {
    const std::uint32_t word = static_cast<std::uint32_t>(bits) << 16;
    float value = 0;
    std::memcpy(&value, &word, sizeof value);
    return value;
}

bool canDequantizeGgml(GgmlType type) {
    switch (type) {
    case GgmlType::F32:
    case GgmlType::F16:
    case GgmlType::BF16:
    case GgmlType::F64:
    case GgmlType::Q4_0:
    case GgmlType::Q4_1:
    case GgmlType::Q5_0:
    case GgmlType::Q5_1:
    case GgmlType::Q8_0:
    case GgmlType::Q4_K:
    case GgmlType::Q6_K:
    case GgmlType::IQ4_NL:
    case GgmlType::MXFP4:
        return true;
    default:
        return false;
    }
}

bool dequantizeGgml(GgmlType type, std::span<const std::uint8_t> data, std::span<float> out) {
    const auto code = static_cast<std::uint32_t>(type);
    const std::optional<std::int64_t> bytes = ggmlBytes(code, static_cast<std::int64_t>(out.size()));
    if (!canDequantizeGgml(type) || !bytes || static_cast<std::uint64_t>(*bytes) != data.size()) {
        return false;
    }
    const std::uint8_t* p = data.data();
    switch (type) {
    case GgmlType::F32:
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = f32At(p + 4 * i);
        }
        return true;
    case GgmlType::F16:
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = halfToFloat(le16(p + 2 * i));
        }
        return true;
    case GgmlType::BF16:
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = bfloat16ToFloat(le16(p + 2 * i));
        }
        return true;
    case GgmlType::F64:
        for (std::size_t i = 0; i < out.size(); ++i) {
            const std::uint64_t bits = le32(p + 8 * i) | (static_cast<std::uint64_t>(le32(p + 8 * i + 4)) << 32);
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            out[i] = static_cast<float>(value);
        }
        return true;
    default:
        break;
    }
    const GgmlTypeTraits* traits = ggmlTypeTraits(code);
    const auto block_elements = static_cast<std::size_t>(traits->block_elements);
    const auto block_bytes = static_cast<std::size_t>(traits->block_bytes);
    const std::size_t blocks = out.size() / block_elements;
    for (std::size_t i = 0; i < blocks; ++i) {
        block(type, p + i * block_bytes, out.data() + i * block_elements);
    }
    return true;
}

} // namespace fitscope::formats
