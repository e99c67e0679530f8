// AVX-512 (F, BW, VL, DQ) + VNNI kernels and the fast Q4_0 / Q8_0 quantizers. Built with -mavx512*
// flags, called only after __builtin_cpu_supports() said yes (gemv_kernels.cpp: detectedIsa()).
//
// Why these shapes (the bandwidth story, quant-formats.md §7.9): a GEMV streams every weight byte
// once, so it can run at memory speed only if the instructions per byte stay low. VNNI's vpdpbusd
// multiplies 64 unsigned 4-bit codes by 64 signed int8 activations and sums groups of four in one
// instruction; the activations (a few KiB) stay in L1, and the +8 / +128 offsets of the stored codes
// are removed once per block with precomputed Σx corrections instead of once per value.

#include "gemv_kernels.h"
#include "ggml_blocks.h"
#include "int8_schemes.h"

#include <cmath>
#include <cstring>
#include <vector>

#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VNNI__) && defined(__AVX512DQ__)
#include <immintrin.h>

namespace fitscope::quant::detail {

namespace {

// How far ahead of the current weight bytes to prefetch (a few rows' worth of DRAM latency x bandwidth).
constexpr std::int64_t kPrefetchBytes = 2048;
// Q4_0: farther ahead and non-temporal, as for INT4 per group below (measured the same way: with
// 2 KiB and T0 it reached ~72 % of the read rate at ~80 GB/s, with 12 KiB NTA ~77-83 %).
constexpr std::int64_t kStreamPrefetchBytes = 12288;

inline float half(const void* p) {
    std::uint16_t h;
    std::memcpy(&h, p, 2);
    return _cvtsh_ss(h);
}

void prepare(GemvContext& c) {
    const PackedWeights& w = *c.w;
    if (c.qx == nullptr) {
        return;
    }
    const QuantizedActivations& qx = *c.qx;
    const std::int64_t blocks = qx.padded / qx.block;
    if (w.format == GemvFormat::Q4_0) {
        // Four blocks per 512-bit register: the 16 low-nibble activations of each block, then the 16 high.
        c.q_perm.assign(static_cast<std::size_t>(qx.padded), 0);
        c.d_expanded.assign(static_cast<std::size_t>(blocks * 4), 0.0f);
        c.correction.assign(static_cast<std::size_t>(blocks), 0.0f);
        for (std::int64_t b = 0; b < blocks; ++b) {
            const std::int64_t quad = b / 4;
            const std::int64_t k = b % 4;
            std::memcpy(c.q_perm.data() + quad * 128 + k * 16, qx.q.data() + b * 32, 16);
            std::memcpy(c.q_perm.data() + quad * 128 + 64 + k * 16, qx.q.data() + b * 32 + 16, 16);
            for (int l = 0; l < 4; ++l) {
                c.d_expanded[static_cast<std::size_t>(quad * 16 + k * 4 + l)] = qx.d[static_cast<std::size_t>(b)];
            }
            c.correction[static_cast<std::size_t>(b)] =
                qx.d[static_cast<std::size_t>(b)] * 8.0f * static_cast<float>(qx.sum[static_cast<std::size_t>(b)]);
        }
        return;
    }
    if (w.format == GemvFormat::Int4Group) {
        // Activations come in one block per weight group: keep d_g and the +8 offset correction
        // d_g · 8 · Σq_g per group, zero-padded to whole 16-lane vectors.
        const std::int64_t groups16 = (blocks + 15) / 16 * 16;
        c.d_expanded.assign(static_cast<std::size_t>(groups16), 0.0f);
        c.correction.assign(static_cast<std::size_t>(groups16), 0.0f);
        for (std::int64_t g = 0; g < blocks; ++g) {
            const float d = qx.d[static_cast<std::size_t>(g)];
            c.d_expanded[static_cast<std::size_t>(g)] = d;
            c.correction[static_cast<std::size_t>(g)] =
                d * 8.0f * static_cast<float>(qx.sum[static_cast<std::size_t>(g)]);
        }
        return;
    }
    // Int8Row and Q8_0: per 64 activations, 16 lanes: lanes 0-7 block 2k, lanes 8-15 block 2k+1.
    c.d_expanded.assign(static_cast<std::size_t>(qx.padded / 4), 0.0f);
    for (std::int64_t b = 0; b < blocks; ++b) {
        for (int l = 0; l < 8; ++l) {
            c.d_expanded[static_cast<std::size_t>(b * 8 + l)] = qx.d[static_cast<std::size_t>(b)];
        }
    }
    if (w.format == GemvFormat::Int8Row) {
        // Stored int8 codes are flipped to unsigned (w + 128) for vpdpbusd: subtract 128·Σx once per row.
        double total = 0.0;
        for (std::int64_t b = 0; b < blocks; ++b) {
            total +=
                128.0 * static_cast<double>(qx.sum[static_cast<std::size_t>(b)]) * qx.d[static_cast<std::size_t>(b)];
        }
        c.total_correction = static_cast<float>(total);
    } else if (w.format == GemvFormat::Q8_0) {
        c.correction.assign(static_cast<std::size_t>(blocks), 0.0f);
        for (std::int64_t b = 0; b < blocks; ++b) {
            c.correction[static_cast<std::size_t>(b)] =
                128.0f * static_cast<float>(qx.sum[static_cast<std::size_t>(b)]) * qx.d[static_cast<std::size_t>(b)];
        }
    }
}

inline __mmask16 tailMask16(std::int64_t remaining) {
    return remaining >= 16 ? static_cast<__mmask16>(0xFFFF) : static_cast<__mmask16>((1u << remaining) - 1);
}

void rowsF32(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const auto* w = reinterpret_cast<const float*>(c.w->data);
    const std::int64_t n = c.w->cols;
    for (std::int64_t r = r0; r < r1; ++r) {
        const float* row = w + r * n;
        __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
        std::int64_t i = 0;
        for (; i + 64 <= n; i += 64) {
            a0 = _mm512_fmadd_ps(_mm512_loadu_ps(row + i), _mm512_loadu_ps(c.x + i), a0);
            a1 = _mm512_fmadd_ps(_mm512_loadu_ps(row + i + 16), _mm512_loadu_ps(c.x + i + 16), a1);
            a2 = _mm512_fmadd_ps(_mm512_loadu_ps(row + i + 32), _mm512_loadu_ps(c.x + i + 32), a2);
            a3 = _mm512_fmadd_ps(_mm512_loadu_ps(row + i + 48), _mm512_loadu_ps(c.x + i + 48), a3);
        }
        for (; i < n; i += 16) {
            const __mmask16 m = tailMask16(n - i);
            a0 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, row + i), _mm512_maskz_loadu_ps(m, c.x + i), a0);
        }
        y[r] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)));
    }
}

template <bool Bf16>
inline __m512 load16(const std::uint16_t* p, __mmask16 m) {
    const __m256i h = _mm256_maskz_loadu_epi16(m, p);
    if constexpr (Bf16) {
        return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
    } else {
        return _mm512_cvtph_ps(h);
    }
}

template <bool Bf16>
void rowsHalf(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const auto* w = reinterpret_cast<const std::uint16_t*>(c.w->data);
    const std::int64_t n = c.w->cols;
    const __mmask16 all = 0xFFFF;
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint16_t* row = w + r * n;
        __m512 a0 = _mm512_setzero_ps(), a1 = a0;
        std::int64_t i = 0;
        for (; i + 32 <= n; i += 32) {
            a0 = _mm512_fmadd_ps(load16<Bf16>(row + i, all), _mm512_loadu_ps(c.x + i), a0);
            a1 = _mm512_fmadd_ps(load16<Bf16>(row + i + 16, all), _mm512_loadu_ps(c.x + i + 16), a1);
        }
        for (; i < n; i += 16) {
            const __mmask16 m = tailMask16(n - i);
            a0 = _mm512_fmadd_ps(load16<Bf16>(row + i, m), _mm512_maskz_loadu_ps(m, c.x + i), a0);
        }
        y[r] = _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));
    }
}

void rowsInt8(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t n = c.w->cols;
    const Int8ChannelView v = int8ChannelView(c.w->data, c.w->rows);
    const std::int8_t* xq = c.qx->q.data();
    const float* dexp = c.d_expanded.data();
    const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
    const __m512i zero = _mm512_setzero_si512();
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::int8_t* row = v.q + r * n;
        __m512 a0 = _mm512_setzero_ps(), a1 = a0;
        std::int64_t i = 0;
        for (; i + 128 <= n; i += 128) {
            _mm_prefetch(reinterpret_cast<const char*>(row + i + kPrefetchBytes), _MM_HINT_T0);
            _mm_prefetch(reinterpret_cast<const char*>(row + i + kPrefetchBytes + 64), _MM_HINT_T0);
            const __m512i w0 = _mm512_xor_si512(_mm512_loadu_si512(row + i), flip);
            const __m512i w1 = _mm512_xor_si512(_mm512_loadu_si512(row + i + 64), flip);
            const __m512i d0 = _mm512_dpbusd_epi32(zero, w0, _mm512_loadu_si512(xq + i));
            const __m512i d1 = _mm512_dpbusd_epi32(zero, w1, _mm512_loadu_si512(xq + i + 64));
            a0 = _mm512_fmadd_ps(_mm512_cvtepi32_ps(d0), _mm512_loadu_ps(dexp + i / 4), a0);
            a1 = _mm512_fmadd_ps(_mm512_cvtepi32_ps(d1), _mm512_loadu_ps(dexp + i / 4 + 16), a1);
        }
        for (; i < n; i += 64) {
            const std::int64_t rem = n - i;
            const __mmask64 m = rem >= 64 ? ~__mmask64{0} : ((__mmask64{1} << rem) - 1);
            // Masked-off bytes load as 0 and flip to 128; their activations are the zero padding.
            const __m512i w0 = _mm512_xor_si512(_mm512_maskz_loadu_epi8(m, row + i), flip);
            const __m512i d0 = _mm512_dpbusd_epi32(zero, w0, _mm512_loadu_si512(xq + i));
            a0 = _mm512_fmadd_ps(_mm512_cvtepi32_ps(d0), _mm512_loadu_ps(dexp + i / 4), a0);
        }
        y[r] = (_mm512_reduce_add_ps(_mm512_add_ps(a0, a1)) - c.total_correction) * v.scales[r];
    }
}

void rowsQ8_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const std::uint8_t* data = c.w->data;
    const std::int8_t* xq = c.qx->q.data();
    const float* dexp = c.d_expanded.data();
    const float* corr = c.correction.data();
    const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
    const __m512i zero = _mm512_setzero_si512();
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint8_t* base = data + r * nb * 34;
        __m512 acc = _mm512_setzero_ps();
        float correction = 0.0f;
        std::int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            const std::uint8_t* p = base + b * 34;
            _mm_prefetch(reinterpret_cast<const char*>(p + kPrefetchBytes), _MM_HINT_T0);
            _mm_prefetch(reinterpret_cast<const char*>(p + kPrefetchBytes + 64), _MM_HINT_T0);
            const __m256i q0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 2));
            const __m256i q1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 36));
            const __m512i wv = _mm512_xor_si512(_mm512_inserti64x4(_mm512_castsi256_si512(q0), q1, 1), flip);
            const __m512i dot = _mm512_dpbusd_epi32(zero, wv, _mm512_loadu_si512(xq + b * 32));
            const float d0 = half(p);
            const float d1 = half(p + 34);
            const __m512 dw = _mm512_insertf32x8(_mm512_castps256_ps512(_mm256_set1_ps(d0)), _mm256_set1_ps(d1), 1);
            acc = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_mul_ps(dw, _mm512_loadu_ps(dexp + b * 8)), acc);
            correction += d0 * corr[b] + d1 * corr[b + 1];
        }
        float s = _mm512_reduce_add_ps(acc) - correction;
        for (; b < nb; ++b) {
            const auto* blk = reinterpret_cast<const ggml::BlockQ8_0*>(base + b * 34);
            std::int32_t dot = 0;
            for (int j = 0; j < 32; ++j) {
                dot += blk->qs[j] * xq[b * 32 + j];
            }
            s += static_cast<float>(dot) * (half(&blk->d) * c.qx->d[static_cast<std::size_t>(b)]);
        }
        y[r] = s;
    }
}

void rowsQ4_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const std::uint8_t* data = c.w->data;
    const std::int8_t* xp = c.q_perm.data();
    const float* dexp = c.d_expanded.data();
    const float* corr = c.correction.data();
    const __m512i m4 = _mm512_set1_epi8(0x0F);
    const __m512i zero = _mm512_setzero_si512();
    const __m512i spread = _mm512_setr_epi32(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3);
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint8_t* base = data + r * nb * 18;
        __m512 acc = _mm512_setzero_ps();
        __m128 corr4 = _mm_setzero_ps();
        std::int64_t b = 0;
        for (; b + 4 <= nb; b += 4) {
            const std::uint8_t* p = base + b * 18;
            _mm_prefetch(reinterpret_cast<const char*>(p + kStreamPrefetchBytes), _MM_HINT_NTA);
            _mm_prefetch(reinterpret_cast<const char*>(p + kStreamPrefetchBytes + 64), _MM_HINT_NTA);
            __m512i v = _mm512_castsi128_si512(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2)));
            v = _mm512_inserti32x4(v, _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 20)), 1);
            v = _mm512_inserti32x4(v, _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 38)), 2);
            v = _mm512_inserti32x4(v, _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 56)), 3);
            const __m512i lo = _mm512_and_si512(v, m4);
            const __m512i hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), m4);
            __m512i dot = _mm512_dpbusd_epi32(zero, lo, _mm512_loadu_si512(xp + b * 32));
            dot = _mm512_dpbusd_epi32(dot, hi, _mm512_loadu_si512(xp + b * 32 + 64));
            std::uint16_t h[4];
            std::memcpy(&h[0], p, 2);
            std::memcpy(&h[1], p + 18, 2);
            std::memcpy(&h[2], p + 36, 2);
            std::memcpy(&h[3], p + 54, 2);
            const __m128 dw = _mm_cvtph_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(h)));
            const __m512 dw16 = _mm512_permutexvar_ps(spread, _mm512_castps128_ps512(dw));
            acc = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_mul_ps(dw16, _mm512_loadu_ps(dexp + b * 4)), acc);
            corr4 = _mm_fmadd_ps(dw, _mm_loadu_ps(corr + b), corr4);
        }
        __m128 c2 = _mm_add_ps(corr4, _mm_movehl_ps(corr4, corr4));
        c2 = _mm_add_ss(c2, _mm_movehdup_ps(c2));
        float s = _mm512_reduce_add_ps(acc) - _mm_cvtss_f32(c2);
        for (; b < nb; ++b) {
            const auto* blk = reinterpret_cast<const ggml::BlockQ4_0*>(base + b * 18);
            std::int32_t dot = 0;
            for (int j = 0; j < 16; ++j) {
                dot += ((blk->qs[j] & 0xF) - 8) * c.qx->q[static_cast<std::size_t>(b * 32 + j)];
                dot += ((blk->qs[j] >> 4) - 8) * c.qx->q[static_cast<std::size_t>(b * 32 + j + 16)];
            }
            s += static_cast<float>(dot) * (half(&blk->d) * c.qx->d[static_cast<std::size_t>(b)]);
        }
        y[r] = s;
    }
}

// One group of 128 weights (64 bytes of codes, x quantized per group): low nibbles meet x[0..63] and
// high nibbles x[64..127] in one chained vpdpbusd pair, so the group is one integer dot product, one
// conversion and one fma with the row's combined scale s_g·d_g. Eight vector instructions per 64
// weight bytes leave the core enough slack to keep two DRAM streams busy.
inline __m512 int4Group128(const std::uint8_t* codes, const std::int8_t* xg, float scale, __m512 acc) {
    const __m512i m4 = _mm512_set1_epi8(0x0F);
    const __m512i v = _mm512_loadu_si512(codes);
    __m512i dot = _mm512_dpbusd_epi32(_mm512_setzero_si512(), _mm512_and_si512(v, m4), _mm512_loadu_si512(xg));
    dot = _mm512_dpbusd_epi32(dot, _mm512_and_si512(_mm512_srli_epi16(v, 4), m4), _mm512_loadu_si512(xg + 64));
    return _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_set1_ps(scale), acc);
}

// Measured on AMD EPYC (Zen 5, 2 threads, 256 MiB matrices; a prototype swept distance, hint and unroll
// while the machine's read bandwidth drifted between ~50 and ~90 GB/s): 8 to 16 KiB ahead with the
// non-temporal hint beat 2 to 4 KiB and the T0/T1 hints, four independent accumulators beat two when
// the bandwidth was high, and without software prefetch the kernel reached only ~60 % of the read rate.
constexpr std::int64_t kInt4PrefetchBytes = 12288;

void rowsInt4Group(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t group = c.w->group;
    if (group != 128) {
        avx2Kernels().rows[static_cast<int>(GemvFormat::Int4Group)](c, y, r0, r1);
        return;
    }
    const std::int64_t cp = (c.w->cols + 127) / 128 * 128;
    const std::int64_t groups = cp / 128;
    const std::uint8_t* codes = c.w->data;
    const auto* scales = reinterpret_cast<const std::uint16_t*>(c.w->data + c.w->rows * cp / 2);
    const std::int8_t* xq = c.qx->q.data();
    const float* dg = c.d_expanded.data(); // d_g, zero-padded to 16 lanes
    const float* cg = c.correction.data(); // d_g · 8 · Σq_g, zero-padded
    std::vector<float> combined(static_cast<std::size_t>((groups + 15) / 16 * 16));
    float* sd = combined.data();
    for (std::int64_t r = r0; r < r1; ++r) {
        // The fp16 scales live in their own region, a stream of their own: fetch a later row's early.
        const std::uint16_t* s = scales + r * groups;
        _mm_prefetch(reinterpret_cast<const char*>(s + 8 * groups), _MM_HINT_NTA);
        __m512 corr = _mm512_setzero_ps();
        for (std::int64_t g = 0; g < groups; g += 16) {
            const __m512 sc = _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(tailMask16(groups - g), s + g));
            _mm512_storeu_ps(sd + g, _mm512_mul_ps(sc, _mm512_loadu_ps(dg + g)));
            corr = _mm512_fmadd_ps(sc, _mm512_loadu_ps(cg + g), corr);
        }
        const std::uint8_t* p = codes + r * cp / 2;
        __m512 acc[4] = {_mm512_setzero_ps(), _mm512_setzero_ps(), _mm512_setzero_ps(), _mm512_setzero_ps()};
        std::int64_t g = 0;
        for (; g + 4 <= groups; g += 4) {
            // Four independent chains, kept in registers: without the pragma GCC -O2 keeps acc[] on the stack.
#pragma GCC unroll 4
            for (int k = 0; k < 4; ++k) {
                _mm_prefetch(reinterpret_cast<const char*>(p + (g + k) * 64 + kInt4PrefetchBytes), _MM_HINT_NTA);
                acc[k] = int4Group128(p + (g + k) * 64, xq + (g + k) * 128, sd[g + k], acc[k]);
            }
        }
        for (; g < groups; ++g) {
            acc[0] = int4Group128(p + g * 64, xq + g * 128, sd[g], acc[0]);
        }
        const __m512 sum = _mm512_add_ps(_mm512_add_ps(acc[0], acc[1]), _mm512_add_ps(acc[2], acc[3]));
        y[r] = _mm512_reduce_add_ps(sum) - _mm512_reduce_add_ps(corr);
    }
}

} // namespace

const IsaKernels& avx512Kernels() {
    static const IsaKernels k{prepare,
                              {rowsF32, rowsHalf<false>, rowsHalf<true>, rowsInt8, rowsQ8_0, rowsQ4_0, rowsInt4Group}};
    return k;
}

// ---- Fast quantizers: the same float operations as the reference loops, 16 lanes at a time. ----

void quantizeRowQ8_0Avx512(const float* x, ggml::BlockQ8_0* y, std::int64_t k) {
    const std::int64_t nb = k / 32;
    const __m512 sign_mask = _mm512_set1_ps(-0.0f);
    const __m512 half_v = _mm512_set1_ps(0.5f);
    for (std::int64_t i = 0; i < nb; ++i) {
        const __m512 v0 = _mm512_loadu_ps(x + i * 32);
        const __m512 v1 = _mm512_loadu_ps(x + i * 32 + 16);
        const __m512 a = _mm512_max_ps(_mm512_andnot_ps(sign_mask, v0), _mm512_andnot_ps(sign_mask, v1));
        const float amax = _mm512_reduce_max_ps(a);
        const float d = amax / 127.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        y[i].d = _cvtss_sh(d, 0);
        const __m512 idv = _mm512_set1_ps(id);
        for (int h = 0; h < 2; ++h) {
            const __m512 p = _mm512_mul_ps(h == 0 ? v0 : v1, idv);
            // roundf: ties away from zero. trunc, then add ±1 where |frac| >= 0.5 (frac is exact).
            const __m512 t = _mm512_roundscale_ps(p, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
            const __m512 frac = _mm512_andnot_ps(sign_mask, _mm512_sub_ps(p, t));
            const __mmask16 up = _mm512_cmp_ps_mask(frac, half_v, _CMP_GE_OQ);
            const __m512 one = _mm512_or_ps(_mm512_set1_ps(1.0f), _mm512_and_ps(p, sign_mask));
            const __m512 rounded = _mm512_mask_add_ps(t, up, t, one);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(y[i].qs + 16 * h),
                             _mm512_cvtepi32_epi8(_mm512_cvtps_epi32(rounded)));
        }
    }
}

void quantizeRowQ4_0Avx512(const float* x, ggml::BlockQ4_0* y, std::int64_t k) {
    const std::int64_t nb = k / 32;
    const __m512 sign_mask = _mm512_set1_ps(-0.0f);
    const __m512 bias = _mm512_set1_ps(8.5f);
    const __m512i fifteen = _mm512_set1_epi32(15);
    for (std::int64_t i = 0; i < nb; ++i) {
        const float* xb = x + i * 32;
        const __m512 v0 = _mm512_loadu_ps(xb);
        const __m512 v1 = _mm512_loadu_ps(xb + 16);
        const __m512 a0 = _mm512_andnot_ps(sign_mask, v0);
        const __m512 a1 = _mm512_andnot_ps(sign_mask, v1);
        const float amax = _mm512_reduce_max_ps(_mm512_max_ps(a0, a1));
        // The reference keeps the FIRST element reaching amax (strict '<' update) and max = 0 when all are 0.
        float max = 0.0f;
        if (amax > 0.0f) {
            const __m512 am = _mm512_set1_ps(amax);
            const __mmask16 m0 = _mm512_cmp_ps_mask(a0, am, _CMP_EQ_OQ);
            const __mmask16 m1 = _mm512_cmp_ps_mask(a1, am, _CMP_EQ_OQ);
            const int idx = m0 != 0 ? __builtin_ctz(m0) : 16 + __builtin_ctz(m1);
            max = xb[idx];
        }
        const float d = max / -8;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        y[i].d = _cvtss_sh(d, 0);
        const __m512 idv = _mm512_set1_ps(id);
        // (int8_t)(x*id + 8.5f): separate multiply and add, then truncation, then MIN(15, .).
        const __m512i q0 = _mm512_min_epi32(_mm512_cvttps_epi32(_mm512_add_ps(_mm512_mul_ps(v0, idv), bias)), fifteen);
        const __m512i q1 = _mm512_min_epi32(_mm512_cvttps_epi32(_mm512_add_ps(_mm512_mul_ps(v1, idv), bias)), fifteen);
        const __m128i lo = _mm512_cvtepi32_epi8(q0);
        const __m128i hi = _mm512_cvtepi32_epi8(q1);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(y[i].qs), _mm_or_si128(lo, _mm_slli_epi16(hi, 4)));
    }
}

bool fastQuantizersAvailable() {
    return true;
}

} // namespace fitscope::quant::detail

#else

namespace fitscope::quant::detail {
const IsaKernels& avx512Kernels() {
    return avx2Kernels();
}
void quantizeRowQ8_0Avx512(const float* x, ggml::BlockQ8_0* y, std::int64_t k) {
    ggml::quantizeRowQ8_0Ref(x, y, k);
}
void quantizeRowQ4_0Avx512(const float* x, ggml::BlockQ4_0* y, std::int64_t k) {
    ggml::quantizeRowQ4_0Ref(x, y, k);
}
bool fastQuantizersAvailable() {
    return false;
}
} // namespace fitscope::quant::detail

#endif
