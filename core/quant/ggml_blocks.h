#pragma once
// llama.cpp / ggml block formats, byte-for-byte (quant-formats.md §1.1), and their reference quantizers
// (§1.2) reimplemented from ggml-quants.c at the pinned commit. All blocks are packed structs with
// ggml's field order; ggml_half is stored as IEEE binary16 bits.

#include <cstdint>

namespace fitscope::quant::ggml {

inline constexpr int kQK4_0 = 32;
inline constexpr int kQK4_1 = 32;
inline constexpr int kQK8_0 = 32;
inline constexpr int kQK_K = 256;
inline constexpr int kScaleSizeK = 12;
inline constexpr int kQKMxfp4 = 32;

#pragma pack(push, 1)
struct BlockQ4_0 {
    std::uint16_t d;
    std::uint8_t qs[kQK4_0 / 2];
};
struct BlockQ4_1 {
    std::uint16_t d;
    std::uint16_t m;
    std::uint8_t qs[kQK4_1 / 2];
};
struct BlockQ8_0 {
    std::uint16_t d;
    std::int8_t qs[kQK8_0];
};
struct BlockQ4_K {
    std::uint16_t d;
    std::uint16_t dmin;
    std::uint8_t scales[kScaleSizeK];
    std::uint8_t qs[kQK_K / 2];
};
struct BlockQ6_K {
    std::uint8_t ql[kQK_K / 2];
    std::uint8_t qh[kQK_K / 4];
    std::int8_t scales[kQK_K / 16];
    std::uint16_t d;
};
// Newer ggml's block_mxfp4 (quant-formats.md §1.1, §4.3): one E8M0 exponent byte, then 32 E2M1 codes,
// element j in the low nibble of qs[j] and element j+16 in the high nibble.
struct BlockMxfp4 {
    std::uint8_t e;
    std::uint8_t qs[kQKMxfp4 / 2];
};
#pragma pack(pop)

static_assert(sizeof(BlockQ4_0) == 18);
static_assert(sizeof(BlockQ4_1) == 20);
static_assert(sizeof(BlockQ8_0) == 34);
static_assert(sizeof(BlockQ4_K) == 144);
static_assert(sizeof(BlockQ6_K) == 210);
static_assert(sizeof(BlockMxfp4) == 17);

// Reference quantizers: the plain llama.cpp loops, k values (a multiple of the block size).
void quantizeRowQ4_0Ref(const float* x, BlockQ4_0* y, std::int64_t k);
void quantizeRowQ4_1Ref(const float* x, BlockQ4_1* y, std::int64_t k);
void quantizeRowQ8_0Ref(const float* x, BlockQ8_0* y, std::int64_t k);
void quantizeRowQ4_KRef(const float* x, BlockQ4_K* y, std::int64_t k);
void quantizeRowQ6_KRef(const float* x, BlockQ6_K* y, std::int64_t k);

// MXFP4 by the OCP MX rule (mxfp4.cpp): shared exponent floor(log2(amax)) - 2, elements rounded to
// nearest E2M1 with ties to even, saturating at 6. The bytes equal ggml's quantize_row_mxfp4_ref except
// (1) exact ties at 0.75, 1.75 and 3.5 times the scale, where ggml keeps the smaller magnitude and we
// round to the even code as the spec says; (2) amax a few ulps below a power of two, where ggml's
// floorf(log2f(amax)) rounds up to the next exponent and we take the exact one; (3) amax below 2^-125,
// where ggml's exponent byte is undefined behaviour and we clamp to E8M0's smallest scale.
void quantizeRowMxfp4(const float* x, BlockMxfp4* y, std::int64_t k);

// Fast quantizers with the same output bytes (SIMD, dispatched at run time on activeIsa(): AVX-512 for
// Q4_0 / Q8_0, else the AVX2 or the portable vector copy of quantizers_impl.inc; single-threaded).
void quantizeRowQ4_0(const float* x, BlockQ4_0* y, std::int64_t k);
void quantizeRowQ8_0(const float* x, BlockQ8_0* y, std::int64_t k);
void quantizeRowQ4_K(const float* x, BlockQ4_K* y, std::int64_t k);

void dequantizeRowQ4_0(const BlockQ4_0* x, float* y, std::int64_t k);
void dequantizeRowQ4_1(const BlockQ4_1* x, float* y, std::int64_t k);
void dequantizeRowQ8_0(const BlockQ8_0* x, float* y, std::int64_t k);
void dequantizeRowQ4_K(const BlockQ4_K* x, float* y, std::int64_t k);
void dequantizeRowQ6_K(const BlockQ6_K* x, float* y, std::int64_t k);

// ggml's nearest_int: the 1.5·2^23 bit trick, round half to even for |f| <= 4194303.
int nearestInt(float f);

// Q4_K's 6-bit scale/min unpacking (get_scale_min_k4).
void scaleMinK4(int j, const std::uint8_t* q, std::uint8_t* d, std::uint8_t* m);

} // namespace fitscope::quant::ggml

namespace fitscope::quant::detail {
// AVX-512 versions (gemv_avx512.cpp); same bytes as the references. Call only via the dispatching
// ggml::quantizeRowQ4_0 / quantizeRowQ8_0.
void quantizeRowQ8_0Avx512(const float* x, ggml::BlockQ8_0* y, std::int64_t k);
void quantizeRowQ4_0Avx512(const float* x, ggml::BlockQ4_0* y, std::int64_t k);
bool fastQuantizersAvailable();
} // namespace fitscope::quant::detail
