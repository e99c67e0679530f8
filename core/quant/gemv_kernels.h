#pragma once
// Matrix-vector products y = W x that read the packed weights directly (no dequantized copy), with
// run-time ISA dispatch (portable / AVX2 / AVX-512 + VNNI) and row-parallel threads.
//
// Integer formats (INT8 per row, Q8_0, Q4_0, INT4 per group) multiply integers, as llama.cpp's vec_dot
// does: x is first quantized to int8 in blocks (round half to even, scale amax/127), then each
// block's integer dot product is scaled. The block is 32 values (Q8_0-style) except for INT4 per
// group, whose activations are quantized per weight group (as llama.cpp pairs k-quants with Q8_K's
// 256-value blocks): one integer dot product and one scale per group instead of one per 32 values,
// which is what lets that kernel keep up with memory. Every ISA uses the same quantized x, so their
// results agree within float rounding; prepareActivations() exposes it for references.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::quant {

enum class GemvFormat { F32, F16, BF16, Int8Row, Q8_0, Q4_0, Int4Group };

std::string gemvFormatName(GemvFormat format);

// Bytes of packed weights for a format (rows x cols; INT4 per group: cols padded to the group).
std::int64_t gemvWeightBytes(GemvFormat format, std::int64_t rows, std::int64_t cols, std::int64_t group = 128);

struct PackedWeights {
    GemvFormat format = GemvFormat::F32;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t group = 128;           // INT4 per group only (32, 64 or 128)
    const std::uint8_t* data = nullptr; // the scheme's stored bytes (see each scheme's layout)
};

enum class Isa { Generic, Avx2, Avx512 };
std::string isaName(Isa isa);
// "generic", "avx2", "avx512" (or isaName()'s "avx512-vnni"); nullopt for anything else.
std::optional<Isa> isaFromName(std::string_view name);
// Best ISA the CPU itself supports (AVX-512 here means F+BW+VL+DQ+VNNI; AVX2 includes FMA and F16C).
Isa hardwareIsa();
// Best ISA this process may use: the hardware's, capped by the environment variable FITSCOPE_ISA
// (generic | avx2 | avx512), read once. It lets an AVX-512 machine measure and test the paths an
// AVX2-only or non-x86 CPU takes (benchmarks, CI), and every dispatcher (GEMV, quantizers, linear
// algebra, the read-bandwidth probe) honours it. A value naming an ISA the CPU lacks, or no ISA at
// all, is reported once on stderr and ignored.
Isa detectedIsa();
// The ISA kernels use: the detected one unless forced (tests compare every ISA on the same input).
Isa activeIsa();
void forceIsa(Isa isa); // throws QuantError when detectedIsa() is below it
void clearForcedIsa();

// x quantized to int8 blocks of `block` values (zero-padded to a multiple of 128 values).
struct QuantizedActivations {
    std::int64_t n = 0;            // original length
    std::int64_t padded = 0;       // multiple of 128 (and of the block)
    std::int64_t block = 32;       // values per scale: 32, 64 or 128
    std::vector<std::int8_t> q;    // padded values
    std::vector<float> d;          // per block
    std::vector<std::int32_t> sum; // per block: Σ q
};
// block: 32, 64 or 128 (throws QuantError otherwise).
QuantizedActivations prepareActivations(const float* x, std::int64_t n, std::int64_t block = 32);
// The activation block gemv() uses for a weight format (INT4 per group: its group size).
std::int64_t activationBlock(GemvFormat format, std::int64_t group);

// y[rows] = W x. threads = 0: all hardware threads.
void gemv(const PackedWeights& weights, const float* x, float* y, int threads = 0);

namespace detail {
// Per-ISA row-range kernels (implemented in gemv_generic.cpp, gemv_avx2.cpp, gemv_avx512.cpp).
struct GemvContext {
    const PackedWeights* w = nullptr;
    const float* x = nullptr;
    const QuantizedActivations* qx = nullptr;
    // Per-ISA extra preparation (Q4_0: x permuted for the AVX2 and AVX-512 loops, d_x laid out in their
    // order) lives here; each ISA's prepare() says what it stores.
    std::vector<std::int8_t> q_perm;
    std::vector<float> d_expanded;
    std::vector<float> correction; // per block or per group, format-specific
    float total_correction = 0.0f;
};
using GemvRowsFn = void (*)(const GemvContext& ctx, float* y, std::int64_t row_begin, std::int64_t row_end);
using GemvPrepareFn = void (*)(GemvContext& ctx);
struct IsaKernels {
    GemvPrepareFn prepare;
    GemvRowsFn rows[7];
};
const IsaKernels& genericKernels();
const IsaKernels& avx2Kernels();
const IsaKernels& avx512Kernels();
} // namespace detail

} // namespace fitscope::quant
