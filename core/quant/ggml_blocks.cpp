// Reference quantizers and dequantizers of the ggml block formats. Each loop follows ggml-quants.c
// statement by statement (same float operations in the same order, no FMA contraction: the library is
// built with -ffp-contract=off) so the stored blocks are byte-identical to llama.cpp's.

#include "ggml_blocks.h"

#include "float_formats.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace fitscope::quant::ggml {

namespace {
constexpr float kGroupMaxEps = 1e-15f; // GROUP_MAX_EPS
}

int nearestInt(float fval) {
    const float val = fval + 12582912.f;
    const auto i = std::bit_cast<std::int32_t>(val);
    return (i & 0x007fffff) - 0x00400000;
}

void quantizeRowQ4_0Ref(const float* x, BlockQ4_0* y, std::int64_t k) {
    const int qk = kQK4_0;
    const std::int64_t nb = k / qk;
    for (std::int64_t i = 0; i < nb; i++) {
        float amax = 0.0f; // absolute max
        float max = 0.0f;
        for (int j = 0; j < qk; j++) {
            const float v = x[i * qk + j];
            if (amax < std::fabs(v)) {
                amax = std::fabs(v);
                max = v;
            }
        }
        // Signed scale (§1.2): the largest-magnitude element maps to q = 0, i.e. -8·d.
        const float d = max / -8;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        y[i].d = floatToHalf(d);
        for (int j = 0; j < qk / 2; ++j) {
            const float x0 = x[i * qk + 0 + j] * id;
            const float x1 = x[i * qk + qk / 2 + j] * id;
            const auto xi0 = static_cast<std::uint8_t>(std::min<int>(15, static_cast<std::int8_t>(x0 + 8.5f)));
            const auto xi1 = static_cast<std::uint8_t>(std::min<int>(15, static_cast<std::int8_t>(x1 + 8.5f)));
            y[i].qs[j] = static_cast<std::uint8_t>(xi0 | (xi1 << 4));
        }
    }
}

void quantizeRowQ4_1Ref(const float* x, BlockQ4_1* y, std::int64_t k) {
    const int qk = kQK4_1;
    const std::int64_t nb = k / qk;
    for (std::int64_t i = 0; i < nb; i++) {
        float min = FLT_MAX;
        float max = -FLT_MAX;
        for (int j = 0; j < qk; j++) {
            const float v = x[i * qk + j];
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        const float d = (max - min) / ((1 << 4) - 1);
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        y[i].d = floatToHalf(d);
        y[i].m = floatToHalf(min);
        for (int j = 0; j < qk / 2; ++j) {
            const float x0 = (x[i * qk + 0 + j] - min) * id;
            const float x1 = (x[i * qk + qk / 2 + j] - min) * id;
            const auto xi0 = static_cast<std::uint8_t>(std::min<int>(15, static_cast<std::int8_t>(x0 + 0.5f)));
            const auto xi1 = static_cast<std::uint8_t>(std::min<int>(15, static_cast<std::int8_t>(x1 + 0.5f)));
            y[i].qs[j] = static_cast<std::uint8_t>(xi0 | (xi1 << 4));
        }
    }
}

void quantizeRowQ8_0Ref(const float* x, BlockQ8_0* y, std::int64_t k) {
    const std::int64_t nb = k / kQK8_0;
    for (std::int64_t i = 0; i < nb; i++) {
        float amax = 0.0f; // absolute max
        for (int j = 0; j < kQK8_0; j++) {
            const float v = x[i * kQK8_0 + j];
            amax = std::max(amax, std::fabs(v));
        }
        const float d = amax / ((1 << 7) - 1);
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        y[i].d = floatToHalf(d);
        for (int j = 0; j < kQK8_0; ++j) {
            const float x0 = x[i * kQK8_0 + j] * id;
            y[i].qs[j] = static_cast<std::int8_t>(std::round(x0)); // roundf: ties away from zero (§7.4)
        }
    }
}

namespace {

float makeQkx2Quants(int n, int nmax, const float* x, const float* weights, std::uint8_t* L, float* the_min,
                     std::uint8_t* Laux, float rmin, float rdelta, int nstep, bool use_mad) {
    float min = x[0];
    float max = x[0];
    float sum_w = weights[0];
    float sum_x = sum_w * x[0];
    for (int i = 1; i < n; ++i) {
        if (x[i] < min) {
            min = x[i];
        }
        if (x[i] > max) {
            max = x[i];
        }
        const float w = weights[i];
        sum_w += w;
        sum_x += w * x[i];
    }
    if (min > 0) {
        min = 0;
    }
    if (max == min) {
        for (int i = 0; i < n; ++i) {
            L[i] = 0;
        }
        *the_min = -min;
        return 0.f;
    }
    float iscale = static_cast<float>(nmax) / (max - min);
    float scale = 1 / iscale;
    float best_error = 0;
    for (int i = 0; i < n; ++i) {
        const int l = nearestInt(iscale * (x[i] - min));
        L[i] = static_cast<std::uint8_t>(std::max(0, std::min(nmax, l)));
        float diff = scale * L[i] + min - x[i];
        diff = use_mad ? std::fabs(diff) : diff * diff;
        const float w = weights[i];
        best_error += w * diff;
    }
    if (nstep < 1) {
        *the_min = -min;
        return scale;
    }
    for (int is = 0; is <= nstep; ++is) {
        iscale = (rmin + rdelta * static_cast<float>(is) + static_cast<float>(nmax)) / (max - min);
        float sum_l = 0;
        float sum_l2 = 0;
        float sum_xl = 0;
        for (int i = 0; i < n; ++i) {
            int l = nearestInt(iscale * (x[i] - min));
            l = std::max(0, std::min(nmax, l));
            Laux[i] = static_cast<std::uint8_t>(l);
            const float w = weights[i];
            sum_l += w * static_cast<float>(l);
            sum_l2 += w * static_cast<float>(l) * static_cast<float>(l);
            sum_xl += w * static_cast<float>(l) * x[i];
        }
        const float D = sum_w * sum_l2 - sum_l * sum_l;
        if (D > 0) {
            float this_scale = (sum_w * sum_xl - sum_x * sum_l) / D;
            float this_min = (sum_l2 * sum_x - sum_l * sum_xl) / D;
            if (this_min > 0) {
                this_min = 0;
                this_scale = sum_xl / sum_l2;
            }
            float cur_error = 0;
            for (int i = 0; i < n; ++i) {
                float diff = this_scale * Laux[i] + this_min - x[i];
                diff = use_mad ? std::fabs(diff) : diff * diff;
                const float w = weights[i];
                cur_error += w * diff;
            }
            if (cur_error < best_error) {
                for (int i = 0; i < n; ++i) {
                    L[i] = Laux[i];
                }
                best_error = cur_error;
                scale = this_scale;
                min = this_min;
            }
        }
    }
    *the_min = -min;
    return scale;
}

float makeQxQuants(int n, int nmax, const float* x, std::int8_t* L, int rmse_type, const float* qw) {
    float max = 0;
    float amax = 0;
    for (int i = 0; i < n; ++i) {
        const float ax = std::fabs(x[i]);
        if (ax > amax) {
            amax = ax;
            max = x[i];
        }
    }
    if (amax < kGroupMaxEps) { // all zero
        for (int i = 0; i < n; ++i) {
            L[i] = 0;
        }
        return 0.f;
    }
    float iscale = static_cast<float>(-nmax) / max;
    if (rmse_type == 0) {
        for (int i = 0; i < n; ++i) {
            const int l = nearestInt(iscale * x[i]);
            L[i] = static_cast<std::int8_t>(nmax + std::max(-nmax, std::min(nmax - 1, l)));
        }
        return 1 / iscale;
    }
    bool return_early = false;
    if (rmse_type < 0) {
        rmse_type = -rmse_type;
        return_early = true;
    }
    auto weight = [&](int i) {
        return qw != nullptr    ? qw[i]
               : rmse_type == 1 ? x[i] * x[i]
               : rmse_type == 2 ? 1.0f
               : rmse_type == 3 ? std::fabs(x[i])
                                : std::sqrt(std::fabs(x[i]));
    };
    float sumlx = 0;
    float suml2 = 0;
    for (int i = 0; i < n; ++i) {
        int l = nearestInt(iscale * x[i]);
        l = std::max(-nmax, std::min(nmax - 1, l));
        L[i] = static_cast<std::int8_t>(l + nmax);
        const float w = weight(i);
        sumlx += w * x[i] * static_cast<float>(l);
        suml2 += w * static_cast<float>(l) * static_cast<float>(l);
    }
    float scale = suml2 != 0.0f ? sumlx / suml2 : 0.0f;
    if (return_early) {
        return suml2 > 0 ? 0.5f * (scale + 1 / iscale) : 1 / iscale;
    }
    float best = scale * sumlx;
    for (int is = -9; is <= 9; ++is) {
        if (is == 0) {
            continue;
        }
        iscale = -(static_cast<float>(nmax) + 0.1f * static_cast<float>(is)) / max;
        sumlx = suml2 = 0;
        for (int i = 0; i < n; ++i) {
            int l = nearestInt(iscale * x[i]);
            l = std::max(-nmax, std::min(nmax - 1, l));
            const float w = weight(i);
            sumlx += w * x[i] * static_cast<float>(l);
            suml2 += w * static_cast<float>(l) * static_cast<float>(l);
        }
        if (suml2 > 0 && sumlx * sumlx > best * suml2) {
            for (int i = 0; i < n; ++i) {
                const int l = nearestInt(iscale * x[i]);
                L[i] = static_cast<std::int8_t>(nmax + std::max(-nmax, std::min(nmax - 1, l)));
            }
            scale = sumlx / suml2;
            best = scale * sumlx;
        }
    }
    return scale;
}

} // namespace

void scaleMinK4(int j, const std::uint8_t* q, std::uint8_t* d, std::uint8_t* m) {
    if (j < 4) {
        *d = q[j] & 63;
        *m = q[j + 4] & 63;
    } else {
        *d = static_cast<std::uint8_t>((q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4));
        *m = static_cast<std::uint8_t>((q[j + 4] >> 4) | ((q[j - 0] >> 6) << 4));
    }
}

void quantizeRowQ4_KRef(const float* x, BlockQ4_K* y, std::int64_t k) {
    const std::int64_t nb = k / kQK_K;
    std::uint8_t L[kQK_K];
    std::uint8_t Laux[32];
    float weights[32];
    float mins[kQK_K / 32];
    float scales[kQK_K / 32];
    for (std::int64_t i = 0; i < nb; i++) {
        float max_scale = 0; // as we are deducting the min, scales are always positive
        float max_min = 0;
        for (int j = 0; j < kQK_K / 32; ++j) {
            float sum_x2 = 0;
            for (int l = 0; l < 32; ++l) {
                sum_x2 += x[32 * j + l] * x[32 * j + l];
            }
            const float av_x = std::sqrt(sum_x2 / 32);
            for (int l = 0; l < 32; ++l) {
                weights[l] = av_x + std::fabs(x[32 * j + l]);
            }
            scales[j] = makeQkx2Quants(32, 15, x + 32 * j, weights, L + 32 * j, &mins[j], Laux, -1.f, 0.1f, 20, false);
            const float scale = scales[j];
            if (scale > max_scale) {
                max_scale = scale;
            }
            const float min = mins[j];
            if (min > max_min) {
                max_min = min;
            }
        }
        const float inv_scale = max_scale > 0 ? 63.f / max_scale : 0.f;
        const float inv_min = max_min > 0 ? 63.f / max_min : 0.f;
        std::memset(y[i].scales, 0, sizeof(y[i].scales));
        for (int j = 0; j < kQK_K / 32; ++j) {
            auto ls = static_cast<std::uint8_t>(nearestInt(inv_scale * scales[j]));
            auto lm = static_cast<std::uint8_t>(nearestInt(inv_min * mins[j]));
            ls = std::min<std::uint8_t>(63, ls);
            lm = std::min<std::uint8_t>(63, lm);
            if (j < 4) {
                y[i].scales[j] = ls;
                y[i].scales[j + 4] = lm;
            } else {
                y[i].scales[j + 4] = static_cast<std::uint8_t>((ls & 0xF) | ((lm & 0xF) << 4));
                y[i].scales[j - 4] = static_cast<std::uint8_t>(y[i].scales[j - 4] | ((ls >> 4) << 6));
                y[i].scales[j - 0] = static_cast<std::uint8_t>(y[i].scales[j - 0] | ((lm >> 4) << 6));
            }
        }
        y[i].d = floatToHalf(max_scale / 63.f);
        y[i].dmin = floatToHalf(max_min / 63.f);
        std::uint8_t sc = 0;
        std::uint8_t m = 0;
        for (int j = 0; j < kQK_K / 32; ++j) {
            scaleMinK4(j, y[i].scales, &sc, &m);
            const float d = halfToFloat(y[i].d) * sc;
            if (d == 0.0f) {
                continue; // keeps the codes make_qkx2_quants chose, as ggml does
            }
            const float dm = halfToFloat(y[i].dmin) * m;
            for (int ii = 0; ii < 32; ++ii) {
                int l = nearestInt((x[32 * j + ii] + dm) / d);
                l = std::max(0, std::min(15, l));
                L[32 * j + ii] = static_cast<std::uint8_t>(l);
            }
        }
        std::uint8_t* q = y[i].qs;
        for (int j = 0; j < kQK_K; j += 64) {
            for (int l = 0; l < 32; ++l) {
                q[l] = static_cast<std::uint8_t>(L[j + l] | (L[j + l + 32] << 4));
            }
            q += 32;
        }
        x += kQK_K;
    }
}

void quantizeRowQ6_KRef(const float* x, BlockQ6_K* y, std::int64_t k) {
    const std::int64_t nb = k / kQK_K;
    std::int8_t L[kQK_K];
    float scales[kQK_K / 16];
    for (std::int64_t i = 0; i < nb; i++) {
        float max_scale = 0;
        float max_abs_scale = 0;
        for (int ib = 0; ib < kQK_K / 16; ++ib) {
            const float scale = makeQxQuants(16, 32, x + 16 * ib, L + 16 * ib, 1, nullptr);
            scales[ib] = scale;
            const float abs_scale = std::fabs(scale);
            if (abs_scale > max_abs_scale) {
                max_abs_scale = abs_scale;
                max_scale = scale;
            }
        }
        if (max_abs_scale < kGroupMaxEps) {
            std::memset(&y[i], 0, sizeof(BlockQ6_K));
            y[i].d = floatToHalf(0.f);
            x += kQK_K;
            continue;
        }
        const float iscale = -128.f / max_scale;
        y[i].d = floatToHalf(1 / iscale);
        for (int ib = 0; ib < kQK_K / 16; ++ib) {
            y[i].scales[ib] = static_cast<std::int8_t>(std::min(127, nearestInt(iscale * scales[ib])));
        }
        for (int j = 0; j < kQK_K / 16; ++j) {
            const float d = halfToFloat(y[i].d) * y[i].scales[j];
            if (d == 0.0f) {
                continue;
            }
            for (int ii = 0; ii < 16; ++ii) {
                int l = nearestInt(x[16 * j + ii] / d);
                l = std::max(-32, std::min(31, l));
                L[16 * j + ii] = static_cast<std::int8_t>(l + 32);
            }
        }
        std::uint8_t* ql = y[i].ql;
        std::uint8_t* qh = y[i].qh;
        for (int j = 0; j < kQK_K; j += 128) {
            for (int l = 0; l < 32; ++l) {
                const std::uint8_t q1 = L[j + l + 0] & 0xF;
                const std::uint8_t q2 = L[j + l + 32] & 0xF;
                const std::uint8_t q3 = L[j + l + 64] & 0xF;
                const std::uint8_t q4 = L[j + l + 96] & 0xF;
                ql[l + 0] = static_cast<std::uint8_t>(q1 | (q3 << 4));
                ql[l + 32] = static_cast<std::uint8_t>(q2 | (q4 << 4));
                qh[l] = static_cast<std::uint8_t>((L[j + l] >> 4) | ((L[j + l + 32] >> 4) << 2) |
                                                  ((L[j + l + 64] >> 4) << 4) | ((L[j + l + 96] >> 4) << 6));
            }
            ql += 64;
            qh += 32;
        }
        x += kQK_K;
    }
}

void dequantizeRowQ4_0(const BlockQ4_0* x, float* y, std::int64_t k) {
    const int qk = kQK4_0;
    for (std::int64_t i = 0; i < k / qk; i++) {
        const float d = halfToFloat(x[i].d);
        for (int j = 0; j < qk / 2; ++j) {
            const int x0 = (x[i].qs[j] & 0x0F) - 8;
            const int x1 = (x[i].qs[j] >> 4) - 8;
            y[i * qk + j + 0] = static_cast<float>(x0) * d;
            y[i * qk + j + qk / 2] = static_cast<float>(x1) * d;
        }
    }
}

void dequantizeRowQ4_1(const BlockQ4_1* x, float* y, std::int64_t k) {
    const int qk = kQK4_1;
    for (std::int64_t i = 0; i < k / qk; i++) {
        const float d = halfToFloat(x[i].d);
        const float m = halfToFloat(x[i].m);
        for (int j = 0; j < qk / 2; ++j) {
            const int x0 = (x[i].qs[j] & 0x0F);
            const int x1 = (x[i].qs[j] >> 4);
            y[i * qk + j + 0] = static_cast<float>(x0) * d + m;
            y[i * qk + j + qk / 2] = static_cast<float>(x1) * d + m;
        }
    }
}

void dequantizeRowQ8_0(const BlockQ8_0* x, float* y, std::int64_t k) {
    for (std::int64_t i = 0; i < k / kQK8_0; i++) {
        const float d = halfToFloat(x[i].d);
        for (int j = 0; j < kQK8_0; ++j) {
            y[i * kQK8_0 + j] = static_cast<float>(x[i].qs[j]) * d;
        }
    }
}

void dequantizeRowQ4_K(const BlockQ4_K* x, float* y, std::int64_t k) {
    for (std::int64_t i = 0; i < k / kQK_K; i++) {
        const std::uint8_t* q = x[i].qs;
        const float d = halfToFloat(x[i].d);
        const float min = halfToFloat(x[i].dmin);
        int is = 0;
        std::uint8_t sc = 0;
        std::uint8_t m = 0;
        for (int j = 0; j < kQK_K; j += 64) {
            scaleMinK4(is + 0, x[i].scales, &sc, &m);
            const float d1 = d * sc;
            const float m1 = min * m;
            scaleMinK4(is + 1, x[i].scales, &sc, &m);
            const float d2 = d * sc;
            const float m2 = min * m;
            for (int l = 0; l < 32; ++l) {
                *y++ = d1 * static_cast<float>(q[l] & 0xF) - m1;
            }
            for (int l = 0; l < 32; ++l) {
                *y++ = d2 * static_cast<float>(q[l] >> 4) - m2;
            }
            q += 32;
            is += 2;
        }
    }
}

void dequantizeRowQ6_K(const BlockQ6_K* x, float* y, std::int64_t k) {
    for (std::int64_t i = 0; i < k / kQK_K; i++) {
        const float d = halfToFloat(x[i].d);
        const std::uint8_t* ql = x[i].ql;
        const std::uint8_t* qh = x[i].qh;
        const std::int8_t* sc = x[i].scales;
        for (int n = 0; n < kQK_K; n += 128) {
            for (int l = 0; l < 32; ++l) {
                const int is = l / 16;
                const int q1 = ((ql[l + 0] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32;
                const int q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32;
                const int q3 = ((ql[l + 0] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                const int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                y[l + 0] = d * sc[is + 0] * static_cast<float>(q1);
                y[l + 32] = d * sc[is + 2] * static_cast<float>(q2);
                y[l + 64] = d * sc[is + 4] * static_cast<float>(q3);
                y[l + 96] = d * sc[is + 6] * static_cast<float>(q4);
            }
            y += 128;
            ql += 64;
            qh += 32;
            sc += 8;
        }
    }
}

} // namespace fitscope::quant::ggml

#include "gemv_kernels.h"
#include "quantizers.h"

namespace fitscope::quant::ggml {

void quantizeRowQ4_0(const float* x, BlockQ4_0* y, std::int64_t k) {
    switch (activeIsa()) {
    case Isa::Avx512:
        if (detail::fastQuantizersAvailable()) {
            detail::quantizeRowQ4_0Avx512(x, y, k);
            return;
        }
        [[fallthrough]];
    case Isa::Avx2:
        detail::avx2::quantizeRowQ4_0(x, y, k);
        return;
    case Isa::Generic:
        break;
    }
    detail::generic::quantizeRowQ4_0(x, y, k);
}

void quantizeRowQ8_0(const float* x, BlockQ8_0* y, std::int64_t k) {
    switch (activeIsa()) {
    case Isa::Avx512:
        if (detail::fastQuantizersAvailable()) {
            detail::quantizeRowQ8_0Avx512(x, y, k);
            return;
        }
        [[fallthrough]];
    case Isa::Avx2:
        detail::avx2::quantizeRowQ8_0(x, y, k);
        return;
    case Isa::Generic:
        break;
    }
    detail::generic::quantizeRowQ8_0(x, y, k);
}

void quantizeRowQ4_K(const float* x, BlockQ4_K* y, std::int64_t k) {
    // Eight sub-blocks per super-block fill AVX2's eight lanes exactly; AVX-512 machines use that copy too.
    if (activeIsa() != Isa::Generic) {
        detail::avx2::quantizeRowQ4_K(x, y, k);
    } else {
        detail::generic::quantizeRowQ4_K(x, y, k);
    }
}

} // namespace fitscope::quant::ggml
