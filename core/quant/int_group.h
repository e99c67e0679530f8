#pragma once
// Integer quantization per group of G consecutive input features along a row (INT4 / INT3), the grid
// that round-to-nearest, GPTQ (quant-formats.md §3.1) and AWQ (§3.2) share.
//
// Packed layout (all little-endian), for R rows, C columns padded to Cp = ceil(C/G)*G, g = Cp/G groups:
//   codes   R x g groups; a 4-bit group is G/2 bytes with byte j = code[j] | code[j + G/2] << 4 (the
//           ggml nibble order, §1.1, so SIMD unpacking yields two contiguous halves); a 3-bit group is
//           G/32 chunks of 12 bytes, code k of a chunk at bits 3k..3k+2.
//   scales  R x g IEEE fp16
//   zeros   (asymmetric only) R x ceil(g/2) bytes, two 4-bit zero-points per byte, even group low
//   channel (AWQ only) Cp fp16 per-input-feature scales s: the stored weight is Q(W·diag(s)), value = deq / s
// Symmetric: value = (code - 2^(bits-1)) * scale. Asymmetric: value = (code - zero) * scale.

#include "scheme.h"

#include <cstdint>
#include <vector>

namespace fitscope::quant {

struct IntGroupLayout {
    int bits = 4;
    std::int64_t group = 128;
    bool asym = false;
    bool channel_scales = false;
    std::int64_t rows = 0;
    std::int64_t cols = 0;

    std::int64_t paddedCols() const { return (cols + group - 1) / group * group; }
    std::int64_t groups() const { return paddedCols() / group; }
    std::int64_t codeBytesPerRow() const { return paddedCols() * bits / 8; }
    std::int64_t scalesOffset() const { return rows * codeBytesPerRow(); }
    std::int64_t zerosOffset() const { return scalesOffset() + rows * groups() * 2; }
    std::int64_t zeroBytesPerRow() const { return asym ? (groups() + 1) / 2 : 0; }
    std::int64_t channelOffset() const { return zerosOffset() + rows * zeroBytesPerRow(); }
    std::int64_t totalBytes() const { return channelOffset() + (channel_scales ? paddedCols() * 2 : 0); }
    int maxq() const { return (1 << bits) - 1; }
};

// The grid of one group: scale already rounded to what fp16 stores, and the zero-point.
struct GroupGrid {
    float scale = 0.0f;
    int zero = 0;
};

// Symmetric: scale = amax / (2^(bits-1) - 1), zero = 2^(bits-1).
// Asymmetric (the GPTQ Quantizer.find_params rule): xmin = min(min x, 0), xmax = max(max x, 0),
// scale = (xmax - xmin) / maxq, zero = round(-xmin / scale).
GroupGrid findGroupGrid(const float* x, std::int64_t n, int bits, bool asym);
// clamp(round_half_even(x / scale) + zero, 0, maxq)
int quantizeToGrid(float x, const GroupGrid& grid, int maxq);
inline float dequantizeFromGrid(int code, const GroupGrid& grid) {
    return static_cast<float>(code - grid.zero) * grid.scale;
}

// Packs/unpacks the codes of one group (G values) in the layout above.
void packGroupCodes(const std::uint8_t* codes, std::int64_t group, int bits, std::uint8_t* out);
void unpackGroupCodes(const std::uint8_t* packed, std::int64_t group, int bits, std::uint8_t* codes);

// Assembles a QuantizedTensor: codes is R x Cp, scales/zeros R x g (zeros ignored when symmetric),
// channel (Cp values) only when layout.channel_scales.
QuantizedTensor packIntGroup(const std::string& scheme, const IntGroupLayout& layout,
                             const std::vector<std::uint8_t>& codes, const std::vector<float>& scales,
                             const std::vector<int>& zeros, const std::vector<float>& channel);
Matrix dequantizeIntGroup(const QuantizedTensor& tensor, const IntGroupLayout& layout);
// The grid of (row, group) read back from the packed bytes.
GroupGrid storedGrid(const QuantizedTensor& tensor, const IntGroupLayout& layout, std::int64_t row, std::int64_t group);
BlockLevels intGroupLevels(const QuantizedTensor& tensor, const IntGroupLayout& layout, std::int64_t block);

// Round-to-nearest 4-bit groups of one row of `cols` values (a multiple of `group`): packed codes
// (cols / 2 bytes, the layout above), fp16 scales (cols / group) and, when asym, the 4-bit zero-points
// (ceil(groups / 2) bytes, overwritten). The reference is the plain loop over findGroupGrid and
// quantizeToGrid; the dispatched one (activeIsa(): AVX2 or the portable vector copy) writes the same bytes.
void quantizeRowInt4GroupRef(const float* x, std::int64_t cols, std::int64_t group, bool asym, std::uint8_t* codes,
                             std::uint16_t* scales, std::uint8_t* zeros);
void quantizeRowInt4Group(const float* x, std::int64_t cols, std::int64_t group, bool asym, std::uint8_t* codes,
                          std::uint16_t* scales, std::uint8_t* zeros);

// Round-to-nearest quantization of a whole matrix into the layout (used by int4-g*, and by AWQ after scaling).
QuantizedTensor quantizeIntGroupRtn(const std::string& scheme, const IntGroupLayout& layout, const Matrix& weight,
                                    const std::vector<float>& channel, int threads, const Control& control);

} // namespace fitscope::quant
