// MXFP4 (OCP Microscaling v1.0, quant-formats.md §4.3): blocks of 32 E2M1 elements sharing one E8M0
// scale. Stored as ggml's block_mxfp4 { uint8_t e; uint8_t qs[16]; } (17 bytes, 4.25 bpw) with ggml's
// nibble order (element j low, j+16 high), rows padded to a multiple of 32 with zeros.
// Scale rule from the spec: shared_exp = floor(log2(amax)) - emax_elem (2 for E2M1), elements
// RNE-saturating to E2M1 (so values in (6, 8)·X clip to 6·X, as the reference file notes).

#include "float_formats.h"
#include "parallel.h"
#include "scheme.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

namespace {

constexpr std::int64_t kMxBlock = 32;
constexpr std::int64_t kMxBlockBytes = 17;

class Mxfp4Scheme : public Scheme {
public:
    std::string name() const override { return "mxfp4"; }
    std::string description() const override {
        return "OCP MXFP4: 32 FP4 E2M1 values sharing one E8M0 power-of-two scale (4.25 bpw)";
    }
    std::int64_t blockSize(std::int64_t) const override { return kMxBlock; }
    static std::int64_t blocksPerRow(std::int64_t cols) { return (cols + kMxBlock - 1) / kMxBlock; }

    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        const std::int64_t bpr = blocksPerRow(w.cols);
        QuantizedTensor out{name(), w.rows, w.cols,
                            std::vector<std::uint8_t>(static_cast<std::size_t>(w.rows * bpr * kMxBlockBytes), 0)};
        parallelFor(w.rows, options.threads, [&](std::int64_t b, std::int64_t e, int) {
            float x[kMxBlock];
            for (std::int64_t r = b; r < e; ++r) {
                for (std::int64_t k = 0; k < bpr; ++k) {
                    float amax = 0.0f;
                    for (std::int64_t j = 0; j < kMxBlock; ++j) {
                        const std::int64_t c = k * kMxBlock + j;
                        x[j] = c < w.cols ? w.at(r, c) : 0.0f;
                        amax = std::max(amax, std::fabs(x[j]));
                    }
                    std::uint8_t* blk = out.bytes.data() + (r * bpr + k) * kMxBlockBytes;
                    int shared_exp = -127;
                    if (amax > 0.0f) {
                        shared_exp = std::clamp(std::ilogb(amax) - 2, -127, 127);
                    }
                    blk[0] = static_cast<std::uint8_t>(shared_exp + 127);
                    const float inv = std::ldexp(1.0f, -shared_exp);
                    for (std::int64_t j = 0; j < kMxBlock / 2; ++j) {
                        const std::uint8_t lo = floatToE2M1(x[j] * inv);
                        const std::uint8_t hi = floatToE2M1(x[j + kMxBlock / 2] * inv);
                        blk[1 + j] = static_cast<std::uint8_t>(lo | (hi << 4));
                    }
                }
            }
        });
        control.report(1.0);
        return out;
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        const std::int64_t bpr = blocksPerRow(t.cols);
        requireBytes(t, t.rows * bpr * kMxBlockBytes);
        Matrix m(name(), t.rows, t.cols);
        for (std::int64_t r = 0; r < t.rows; ++r) {
            for (std::int64_t k = 0; k < bpr; ++k) {
                const std::uint8_t* blk = t.bytes.data() + (r * bpr + k) * kMxBlockBytes;
                const float scale = e8m0ToFloat(blk[0]);
                for (std::int64_t j = 0; j < kMxBlock / 2; ++j) {
                    const std::int64_t c0 = k * kMxBlock + j;
                    const std::int64_t c1 = c0 + kMxBlock / 2;
                    if (c0 < t.cols) {
                        m.at(r, c0) = e2m1ToFloat(blk[1 + j] & 0xF) * scale;
                    }
                    if (c1 < t.cols) {
                        m.at(r, c1) = e2m1ToFloat(blk[1 + j] >> 4) * scale;
                    }
                }
            }
        }
        return m;
    }

    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        BlockLevels info = blockGeometry(t, block);
        const float scale = e8m0ToFloat(t.bytes[static_cast<std::size_t>(block * kMxBlockBytes)]);
        for (std::uint8_t code = 0; code < 16; ++code) {
            info.levels.push_back(e2m1ToFloat(code) * scale);
        }
        sortUnique(info.levels);
        return info;
    }
};

} // namespace

void registerMxfp4Scheme(std::vector<std::unique_ptr<Scheme>>& out) {
    out.push_back(std::make_unique<Mxfp4Scheme>());
}

} // namespace fitscope::quant
