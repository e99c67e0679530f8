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

// How far ahead of the weight bytes being read to prefetch, non-temporal (the weights are read once):
// the hardware prefetchers alone keep too few DRAM requests in flight per core to reach the read
// bandwidth with a kernel that does work between loads (gemv_avx512.cpp measured the same distance).
constexpr std::int64_t kStreamPrefetchBytes = 12288;

inline void prefetchStream(const void* p) {
    _mm_prefetch(static_cast<const char*>(p) + kStreamPrefetchBytes, _MM_HINT_NTA);
}

// Q4_0 and INT4 per group multiply the stored unsigned codes (0..15) with maddubs directly and remove
// the +8 offset once per block: Σ (q - 8) x = Σ q x - 8 Σ x, with 8 · d_x · Σx per activation block
// computed here once for all rows.
//
// Q4_0 also gets x reordered for its two-blocks-per-register loop (rowsQ4_0): per pair of blocks,
// q_perm holds 64 bytes [x_b[0..15], x_b+1[0..15], x_b[16..31], x_b+1[16..31]], the activations the
// low nibbles of both blocks meet, then those the high nibbles meet. Per group of 8 blocks,
// d_expanded holds d_x, then the correction, in the order rowsQ4_0's sums come out in
// (blocks 0, 2, 4, 6, 1, 3, 5, 7 of the group).
void prepare(GemvContext& c) {
    if (c.qx == nullptr || (c.w->format != GemvFormat::Q4_0 && c.w->format != GemvFormat::Int4Group)) {
        return;
    }
    const QuantizedActivations& qx = *c.qx;
    const std::int64_t blocks = qx.padded / qx.block;
    c.correction.assign(static_cast<std::size_t>(blocks), 0.0f);
    for (std::int64_t b = 0; b < blocks; ++b) {
        c.correction[static_cast<std::size_t>(b)] =
            qx.d[static_cast<std::size_t>(b)] * 8.0f * static_cast<float>(qx.sum[static_cast<std::size_t>(b)]);
    }
    if (c.w->format == GemvFormat::Q4_0) {
        // padded is a multiple of 128 values: whole pairs of blocks, zeros past n.
        c.q_perm.assign(static_cast<std::size_t>(qx.padded), 0);
        for (std::int64_t b = 0; b < blocks; ++b) {
            const std::int64_t pair = b / 2;
            const std::int64_t k = b % 2;
            std::memcpy(c.q_perm.data() + pair * 64 + k * 16, qx.q.data() + b * 32, 16);
            std::memcpy(c.q_perm.data() + pair * 64 + 32 + k * 16, qx.q.data() + b * 32 + 16, 16);
        }
        c.d_expanded.assign(static_cast<std::size_t>((blocks + 7) / 8 * 16), 0.0f);
        for (std::int64_t b = 0; b < blocks; ++b) {
            const auto at = static_cast<std::size_t>(b / 8 * 16 + b % 2 * 4 + b % 8 / 2);
            c.d_expanded[at] = qx.d[static_cast<std::size_t>(b)];
            c.d_expanded[at + 8] = c.correction[static_cast<std::size_t>(b)];
        }
    }
}

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
    const std::int8_t* xq = c.qx->q.data();
    const float* xd = c.qx->d.data();
    for (std::int64_t r = r0; r < r1; ++r) {
        const ggml::BlockQ8_0* row = blocks + r * nb;
        // Two independent chains: the fma latency of one block overlaps the next block's integer work.
        __m256 acc0 = _mm256_setzero_ps();
        __m256 acc1 = _mm256_setzero_ps();
        std::int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            prefetchStream(row + b);
            prefetchStream(reinterpret_cast<const std::uint8_t*>(row + b) + 64);
            const __m256i w0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row[b].qs));
            const __m256i w1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row[b + 1].qs));
            const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xq + b * 32));
            const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xq + b * 32 + 32));
            acc0 = _mm256_fmadd_ps(_mm256_set1_ps(half(&row[b].d) * xd[b]), dotI8(w0, x0), acc0);
            acc1 = _mm256_fmadd_ps(_mm256_set1_ps(half(&row[b + 1].d) * xd[b + 1]), dotI8(w1, x1), acc1);
        }
        for (; b < nb; ++b) {
            const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row[b].qs));
            const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xq + b * 32));
            acc0 = _mm256_fmadd_ps(_mm256_set1_ps(half(&row[b].d) * xd[b]), dotI8(w, x), acc0);
        }
        y[r] = hsum(_mm256_add_ps(acc0, acc1));
    }
}

// Q4_0 reads two blocks per 256-bit register (block b's 16 code bytes in the low lane, b+1's in the
// high), so one shift and two masks unpack 64 codes and one maddubs pair and madd serve two blocks;
// three hadds then reduce eight blocks to one int32 sum each, so a step of eight blocks takes one
// conversion and one fma, with its eight fp16 scales converted together. That is about 40 % of the
// vector instructions per weight byte of the block-at-a-time loop, which reached only ~72 % of the
// read bandwidth on a 2-core AVX2 EPYC (Zen 3) because it could not keep up with memory (#19: 12.6 ->
// ~22 GB/s on one core with the weights in L2, the kernel called directly).

// The codes of the two Q4_0 blocks starting at p (18 bytes each: fp16 scale, then 16 code bytes).
inline __m256i q4PairCodes(const std::uint8_t* p) {
    const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 20));
    return _mm256_inserti128_si256(_mm256_castsi128_si256(first), second, 1);
}

// Σ q x of a pair of blocks' codes against their q_perm activations, as 8 int32 partial sums: lanes
// 0..3 belong to the first block, 4..7 to the second. Each maddubs int16 is at most 2·15·127, so two
// add without overflow.
inline __m256i q4PairDot(__m256i codes, const std::int8_t* xp) {
    const __m256i m4 = _mm256_set1_epi8(0x0F);
    const __m256i lo = _mm256_and_si256(codes, m4);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(codes, 4), m4);
    const __m256i d16 =
        _mm256_add_epi16(_mm256_maddubs_epi16(lo, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xp))),
                         _mm256_maddubs_epi16(hi, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xp + 32))));
    return _mm256_madd_epi16(d16, _mm256_set1_epi16(1));
}

// The fp16 scales of the eight Q4_0 blocks starting at p as floats, in the order of the step's sums
// (blocks 0, 2, 4, 6, 1, 3, 5, 7), converted together after being gathered in general-purpose
// registers (scalar loads and shifts leave the vector units to the dot products).
inline __m256 q4Scales8(const std::uint8_t* p) {
    // Written out: GCC at -O2 keeps a loop here, which costs ~10 % of the kernel's speed.
    const auto h = [p](int block) {
        std::uint16_t v;
        std::memcpy(&v, p + 18 * block, 2);
        return static_cast<std::uint64_t>(v);
    };
    const std::uint64_t even = h(0) | (h(2) << 16) | (h(4) << 32) | (h(6) << 48);
    const std::uint64_t odd = h(1) | (h(3) << 16) | (h(5) << 32) | (h(7) << 48);
    const __m128i halves =
        _mm_insert_epi64(_mm_cvtsi64_si128(static_cast<long long>(even)), static_cast<long long>(odd), 1);
    return _mm256_cvtph_ps(halves);
}

void rowsQ4_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const std::uint8_t* data = c.w->data;
    const std::int8_t* xp = c.q_perm.data();
    const float* xd = c.qx->d.data();
    const float* corr = c.correction.data();    // 8 · d_x · Σx per block (prepare)
    const float* ordered = c.d_expanded.data(); // per step: d_x, then the correction, in the sums' order
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint8_t* row = data + r * nb * 18;
        __m256 acc = _mm256_setzero_ps();
        __m256 correction = _mm256_setzero_ps(); // Σ d_w · 8 · d_x · Σx
        std::int64_t b = 0;
        for (; b + 8 <= nb; b += 8) {
            const std::uint8_t* p = row + b * 18;
            // 144 bytes per step: three prefetches cover every cache line of the stream.
            prefetchStream(p);
            prefetchStream(p + 64);
            prefetchStream(p + 128);
            const __m256 dw = q4Scales8(p);
            // hadd within each 128-bit lane: pairs (0,1) and (2,3) give lanes [0 0 2 2 | 1 1 3 3], (4,5)
            // and (6,7) [4 4 6 6 | 5 5 7 7], and both together [0 2 4 6 | 1 3 5 7].
            const __m256i s01 = _mm256_hadd_epi32(q4PairDot(q4PairCodes(p), xp + b * 32),
                                                  q4PairDot(q4PairCodes(p + 36), xp + b * 32 + 64));
            const __m256i s23 = _mm256_hadd_epi32(q4PairDot(q4PairCodes(p + 72), xp + b * 32 + 128),
                                                  q4PairDot(q4PairCodes(p + 108), xp + b * 32 + 192));
            const __m256 sums = _mm256_cvtepi32_ps(_mm256_hadd_epi32(s01, s23));
            acc = _mm256_fmadd_ps(sums, _mm256_mul_ps(dw, _mm256_loadu_ps(ordered + b * 2)), acc);
            correction = _mm256_fmadd_ps(dw, _mm256_loadu_ps(ordered + b * 2 + 8), correction);
        }
        float tail_correction = 0.0f;
        for (; b < nb; b += 2) {
            // The last one to seven blocks, a pair at a time; a lone block's high lane has no codes and a
            // zero scale (its partner's x, d_x and correction exist: padded holds whole pairs).
            const std::uint8_t* p = row + b * 18;
            const bool two = b + 1 < nb;
            const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
            const __m128i second =
                two ? _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 20)) : _mm_setzero_si128();
            const float d0 = half(p);
            const float d1 = two ? half(p + 18) : 0.0f;
            const __m256 s = _mm256_set_m128(_mm_set1_ps(d1 * xd[b + 1]), _mm_set1_ps(d0 * xd[b]));
            const __m256i dot =
                q4PairDot(_mm256_inserti128_si256(_mm256_castsi128_si256(first), second, 1), xp + b * 32);
            acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(dot), s, acc);
            tail_correction += d0 * corr[b] + d1 * corr[b + 1];
        }
        y[r] = hsum(_mm256_sub_ps(acc, correction)) - tail_correction;
    }
}

// One group of 4-bit codes (g/2 bytes: low nibbles elements 0..g/2-1, high nibbles g/2..g-1) times
// its int8 activations, summed as int32 within the group: one conversion per group.
template <int Group>
inline __m256i int4GroupDot(const std::uint8_t* p, const std::int8_t* xg) {
    const __m256i m4 = _mm256_set1_epi8(0x0F);
    const __m256i ones = _mm256_set1_epi16(1);
    if constexpr (Group == 32) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m256i u = _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(bytes, 4), bytes), m4);
        return _mm256_madd_epi16(_mm256_maddubs_epi16(u, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xg))),
                                 ones);
    } else {
        __m256i sum = _mm256_setzero_si256();
        for (int k = 0; k < Group / 64; ++k) {
            const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + k * 32));
            const __m256i lo = _mm256_and_si256(bytes, m4);
            const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(bytes, 4), m4);
            // Two maddubs results (each pair at most 2·15·127) add as int16 without overflow.
            const __m256i d16 = _mm256_add_epi16(
                _mm256_maddubs_epi16(lo, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xg + k * 32))),
                _mm256_maddubs_epi16(hi,
                                     _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xg + Group / 2 + k * 32))));
            sum = _mm256_add_epi32(sum, _mm256_madd_epi16(d16, ones));
        }
        return sum;
    }
}

template <int Group>
void rowsInt4GroupOf(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t cp = (c.w->cols + Group - 1) / Group * Group;
    const std::int64_t groups = cp / Group;
    const std::uint8_t* codes = c.w->data;
    const auto* scales = reinterpret_cast<const std::uint16_t*>(c.w->data + c.w->rows * cp / 2);
    const std::int8_t* xq = c.qx->q.data(); // one activation block per weight group
    const float* xd = c.qx->d.data();
    const float* cg = c.correction.data(); // d_g · 8 · Σq_g (prepare)
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint8_t* p = codes + r * cp / 2;
        const std::uint16_t* s = scales + r * groups;
        // The scales are a stream of their own (after all codes): fetch a later row's early.
        _mm_prefetch(reinterpret_cast<const char*>(s + 8 * groups), _MM_HINT_NTA);
        __m256 acc0 = _mm256_setzero_ps();
        __m256 acc1 = _mm256_setzero_ps();
        float corr = 0.0f;
        std::int64_t g = 0;
        for (; g + 2 <= groups; g += 2) {
            for (int off = 0; off < Group; off += 64) {
                prefetchStream(p + g * Group / 2 + off);
            }
            const float s0 = _cvtsh_ss(s[g]);
            const float s1 = _cvtsh_ss(s[g + 1]);
            const __m256i d0 = int4GroupDot<Group>(p + g * Group / 2, xq + g * Group);
            const __m256i d1 = int4GroupDot<Group>(p + (g + 1) * Group / 2, xq + (g + 1) * Group);
            acc0 = _mm256_fmadd_ps(_mm256_set1_ps(s0 * xd[g]), _mm256_cvtepi32_ps(d0), acc0);
            acc1 = _mm256_fmadd_ps(_mm256_set1_ps(s1 * xd[g + 1]), _mm256_cvtepi32_ps(d1), acc1);
            corr += s0 * cg[g] + s1 * cg[g + 1];
        }
        for (; g < groups; ++g) {
            const float s0 = _cvtsh_ss(s[g]);
            acc0 = _mm256_fmadd_ps(_mm256_set1_ps(s0 * xd[g]),
                                   _mm256_cvtepi32_ps(int4GroupDot<Group>(p + g * Group / 2, xq + g * Group)), acc0);
            corr += s0 * cg[g];
        }
        y[r] = hsum(_mm256_add_ps(acc0, acc1)) - corr;
    }
}

void rowsInt4Group(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    switch (c.w->group) {
    case 32:
        rowsInt4GroupOf<32>(c, y, r0, r1);
        return;
    case 64:
        rowsInt4GroupOf<64>(c, y, r0, r1);
        return;
    default:
        rowsInt4GroupOf<128>(c, y, r0, r1);
        return;
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
