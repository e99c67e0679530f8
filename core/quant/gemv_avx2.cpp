// AVX2 + FMA + F16C kernels (built with -mavx2 -mfma -mf16c; only called when the CPU has them).
// Integer dot products use the llama.cpp AVX2 idiom: maddubs on |w| and sign-adjusted x, then madd.

#include "gemv_kernels.h"
#include "ggml_blocks.h"
#include "int8_schemes.h"

#include <cstring>
#include <vector>

#if defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#include <immintrin.h>

namespace fitscope::quant::detail {

namespace {

inline float hsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

inline float half(const void* p) {
    std::uint16_t h;
    std::memcpy(&h, p, 2);
    return _cvtsh_ss(h);
}

// Σ x_i y_i over 32 signed bytes, as 8 int32 partial sums converted to float.
inline __m256 dotI8(__m256i x, __m256i y) {
    const __m256i ax = _mm256_sign_epi8(x, x);
    const __m256i sy = _mm256_sign_epi8(y, x);
    const __m256i dot = _mm256_maddubs_epi16(ax, sy);
    return _mm256_cvtepi32_ps(_mm256_madd_epi16(dot, _mm256_set1_epi16(1)));
}

// Σ u_i y_i with u unsigned (0..15) and y signed bytes.
inline __m256 dotU8(__m256i u, __m256i y) {
    const __m256i dot = _mm256_maddubs_epi16(u, y);
    return _mm256_cvtepi32_ps(_mm256_madd_epi16(dot, _mm256_set1_epi16(1)));
}

void prepare(GemvContext&) {}

void rowsF32(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const auto* w = reinterpret_cast<const float*>(c.w->data);
    const std::int64_t n = c.w->cols;
    for (std::int64_t r = r0; r < r1; ++r) {
        const float* row = w + r * n;
        __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
        std::int64_t i = 0;
        for (; i + 32 <= n; i += 32) {
            a0 = _mm256_fmadd_ps(_mm256_loadu_ps(row + i), _mm256_loadu_ps(c.x + i), a0);
            a1 = _mm256_fmadd_ps(_mm256_loadu_ps(row + i + 8), _mm256_loadu_ps(c.x + i + 8), a1);
            a2 = _mm256_fmadd_ps(_mm256_loadu_ps(row + i + 16), _mm256_loadu_ps(c.x + i + 16), a2);
            a3 = _mm256_fmadd_ps(_mm256_loadu_ps(row + i + 24), _mm256_loadu_ps(c.x + i + 24), a3);
        }
        for (; i + 8 <= n; i += 8) {
            a0 = _mm256_fmadd_ps(_mm256_loadu_ps(row + i), _mm256_loadu_ps(c.x + i), a0);
        }
        float s = hsum(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)));
        for (; i < n; ++i) {
            s += row[i] * c.x[i];
        }
        y[r] = s;
    }
}

template <bool Bf16>
inline __m256 load8(const std::uint16_t* p) {
    const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    if constexpr (Bf16) {
        return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
    } else {
        return _mm256_cvtph_ps(h);
    }
}

template <bool Bf16>
void rowsHalf(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const auto* w = reinterpret_cast<const std::uint16_t*>(c.w->data);
    const std::int64_t n = c.w->cols;
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint16_t* row = w + r * n;
        __m256 a0 = _mm256_setzero_ps(), a1 = a0;
        std::int64_t i = 0;
        for (; i + 16 <= n; i += 16) {
            a0 = _mm256_fmadd_ps(load8<Bf16>(row + i), _mm256_loadu_ps(c.x + i), a0);
            a1 = _mm256_fmadd_ps(load8<Bf16>(row + i + 8), _mm256_loadu_ps(c.x + i + 8), a1);
        }
        float s = hsum(_mm256_add_ps(a0, a1));
        for (; i < n; ++i) {
            std::uint16_t h = row[i];
            const float v = Bf16 ? [&] {
                std::uint32_t u = static_cast<std::uint32_t>(h) << 16;
                float f;
                std::memcpy(&f, &u, 4);
                return f;
            }()
                                 : _cvtsh_ss(h);
            s += v * c.x[i];
        }
        y[r] = s;
    }
}

void rowsInt8(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t n = c.w->cols;
    const Int8ChannelView v = int8ChannelView(c.w->data, c.w->rows);
    const auto& qx = *c.qx;
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::int8_t* row = v.q + r * n;
        __m256 acc = _mm256_setzero_ps();
        std::int64_t b = 0;
        for (; (b + 1) * 32 <= n; ++b) {
            const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row + b * 32));
            const __m256i xq = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(qx.q.data() + b * 32));
            acc = _mm256_fmadd_ps(_mm256_set1_ps(qx.d[static_cast<std::size_t>(b)]), dotI8(w, xq), acc);
        }
        float s = hsum(acc);
        if (b * 32 < n) {
            std::int32_t dot = 0;
            for (std::int64_t j = b * 32; j < n; ++j) {
                dot += row[j] * qx.q[static_cast<std::size_t>(j)];
            }
            s += static_cast<float>(dot) * qx.d[static_cast<std::size_t>(b)];
        }
        y[r] = s * v.scales[r];
    }
}

void rowsQ8_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const auto* blocks = reinterpret_cast<const ggml::BlockQ8_0*>(c.w->data);
    const auto& qx = *c.qx;
    for (std::int64_t r = r0; r < r1; ++r) {
        __m256 acc = _mm256_setzero_ps();
        for (std::int64_t b = 0; b < nb; ++b) {
            const ggml::BlockQ8_0& blk = blocks[r * nb + b];
            const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(blk.qs));
            const __m256i xq = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(qx.q.data() + b * 32));
            acc = _mm256_fmadd_ps(_mm256_set1_ps(half(&blk.d) * qx.d[static_cast<std::size_t>(b)]), dotI8(w, xq), acc);
        }
        y[r] = hsum(acc);
    }
}

void rowsQ4_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const auto* blocks = reinterpret_cast<const ggml::BlockQ4_0*>(c.w->data);
    const auto& qx = *c.qx;
    const __m128i m4 = _mm_set1_epi8(0x0F);
    const __m256i eight = _mm256_set1_epi8(8);
    for (std::int64_t r = r0; r < r1; ++r) {
        __m256 acc = _mm256_setzero_ps();
        for (std::int64_t b = 0; b < nb; ++b) {
            const ggml::BlockQ4_0& blk = blocks[r * nb + b];
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(blk.qs));
            const __m128i lo = _mm_and_si128(bytes, m4);
            const __m128i hi = _mm_and_si128(_mm_srli_epi16(bytes, 4), m4);
            const __m256i w = _mm256_sub_epi8(_mm256_set_m128i(hi, lo), eight);
            const __m256i xq = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(qx.q.data() + b * 32));
            acc = _mm256_fmadd_ps(_mm256_set1_ps(half(&blk.d) * qx.d[static_cast<std::size_t>(b)]), dotI8(w, xq), acc);
        }
        y[r] = hsum(acc);
    }
}

void rowsInt4Group(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t group = c.w->group;
    const std::int64_t cp = (c.w->cols + group - 1) / group * group;
    const std::int64_t groups = cp / group;
    const std::int64_t half_group = group / 2;
    const std::uint8_t* codes = c.w->data;
    const auto* scales = reinterpret_cast<const std::uint16_t*>(c.w->data + c.w->rows * cp / 2);
    const auto& qx = *c.qx; // one activation block per weight group
    // Per-group correction for the +8 offset of the stored codes: d_g · 8 · Σq_g.
    std::vector<float> cg(static_cast<std::size_t>(groups), 0.0f);
    for (std::int64_t g = 0; g < groups; ++g) {
        cg[static_cast<std::size_t>(g)] =
            qx.d[static_cast<std::size_t>(g)] * 8.0f * static_cast<float>(qx.sum[static_cast<std::size_t>(g)]);
    }
    const __m256i m4 = _mm256_set1_epi8(0x0F);
    for (std::int64_t r = r0; r < r1; ++r) {
        __m256 acc = _mm256_setzero_ps();
        float corr = 0.0f;
        for (std::int64_t g = 0; g < groups; ++g) {
            const std::uint8_t* p = codes + r * cp / 2 + g * half_group;
            const std::int8_t* xg = qx.q.data() + g * group;
            __m256 gdot;
            if (group == 32) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
                const __m128i m4s = _mm_set1_epi8(0x0F);
                const __m256i u =
                    _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(bytes, 4), m4s), _mm_and_si128(bytes, m4s));
                gdot = dotU8(u, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xg)));
            } else {
                // Each 32-byte chunk k gives elements k*32.. (low nibbles) and half+k*32.. (high nibbles).
                gdot = _mm256_setzero_ps();
                for (std::int64_t k = 0; k < half_group / 32; ++k) {
                    const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + k * 32));
                    const __m256i lo = _mm256_and_si256(bytes, m4);
                    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(bytes, 4), m4);
                    gdot = _mm256_add_ps(gdot,
                                         dotU8(lo, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xg + k * 32))));
                    gdot = _mm256_add_ps(
                        gdot,
                        dotU8(hi, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xg + half_group + k * 32))));
                }
            }
            const float s = _cvtsh_ss(scales[r * groups + g]);
            acc = _mm256_fmadd_ps(_mm256_set1_ps(s * qx.d[static_cast<std::size_t>(g)]), gdot, acc);
            corr += s * cg[static_cast<std::size_t>(g)];
        }
        y[r] = hsum(acc) - corr;
    }
}

} // namespace

const IsaKernels& avx2Kernels() {
    static const IsaKernels k{prepare,
                              {rowsF32, rowsHalf<false>, rowsHalf<true>, rowsInt8, rowsQ8_0, rowsQ4_0, rowsInt4Group}};
    return k;
}

} // namespace fitscope::quant::detail

#else

namespace fitscope::quant::detail {
const IsaKernels& avx2Kernels() {
    return genericKernels();
}
} // namespace fitscope::quant::detail

#endif
