// MXFP4 (OCP Microscaling v1.0, quant-formats.md §4.3): blocks of 32 E2M1 elements sharing one E8M0
// scale. Stored as ggml's block_mxfp4 { uint8_t e; uint8_t qs[16]; } (17 bytes, 4.25 bpw) with ggml's
// nibble order (element j low, j+16 high), rows padded to a multiple of 32 with zeros.
// Scale rule from the spec: shared_exp = floor(log2(amax)) - emax_elem (2 for E2M1), elements
// RNE-saturating to E2M1 (so values in (6, 8)·X clip to 6·X, as the reference file notes).
// Checked against llama.cpp's quantize_row_mxfp4_ref (tests/data/ggml/): same bytes except on the
// exact ties and edge exponents listed in ggml_blocks.h.

#include "float_formats.h"
#include "ggml_blocks.h"
#include "parallel.h"
#include "scheme.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant::ggml {

void quantizeRowMxfp4(const float* x, BlockMxfp4* y, std::int64_t k) {
    const std::int64_t nb = k / kQKMxfp4;
    for (std::int64_t i = 0; i < nb; ++i) {
        const float* xb = x + i * kQKMxfp4;
        float amax = 0.0f;
        for (int j = 0; j < kQKMxfp4; ++j) {
            amax = std::max(amax, std::fabs(xb[j]));
        }
        // ilogb is the exact floor(log2(amax)); E8M0 cannot go below 2^-127, so tiny blocks clamp there
        // (their elements then round to zero or to the few smallest codes, as the spec's clamp implies).
        int shared_exp = -127;
        if (amax > 0.0f) {
            shared_exp = std::clamp(std::ilogb(amax) - 2, -127, 127);
        }
        y[i].e = static_cast<std::uint8_t>(shared_exp + 127);
        // X is a power of two, so scaling by 1/X is exact for every element that can round to a non-zero
        // code (only elements far below 0.25·X can lose bits to underflow, and they round to zero anyway).
        const float inv = std::ldexp(1.0f, -shared_exp);
        auto encode = [inv](float v) -> std::uint8_t {
            const std::uint8_t code = floatToE2M1(v * inv);
            // E2M1 has a +0 and a -0 that decode to the same value. A small negative element would round
            // to -0; ggml always writes +0 there, so we do too and the stored bytes stay comparable.
            return (code & 0x7) == 0 ? std::uint8_t{0} : code;
        };
        for (int j = 0; j < kQKMxfp4 / 2; ++j) {
            y[i].qs[j] = static_cast<std::uint8_t>(encode(xb[j]) | (encode(xb[j + kQKMxfp4 / 2]) << 4));
        }
    }
}

} // namespace fitscope::quant::ggml

namespace fitscope::quant {

namespace {

constexpr std::int64_t kMxBlock = ggml::kQKMxfp4;
constexpr std::int64_t kMxBlockBytes = sizeof(ggml::BlockMxfp4);

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
        const std::int64_t full = w.cols / kMxBlock;
        parallelFor(w.rows, options.threads, [&](std::int64_t b, std::int64_t e, int) {
            for (std::int64_t r = b; r < e; ++r) {
                auto* blocks = reinterpret_cast<ggml::BlockMxfp4*>(out.bytes.data() + r * bpr * kMxBlockBytes);
                ggml::quantizeRowMxfp4(w.row(r), blocks, full * kMxBlock);
                if (full < bpr) { // the last, partial block: zero-padded to 32 values
                    float tail[kMxBlock] = {};
                    std::copy(w.row(r) + full * kMxBlock, w.row(r) + w.cols, tail);
                    ggml::quantizeRowMxfp4(tail, blocks + full, kMxBlock);
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
