// NF4 with and without double quantization, in bitsandbytes' storage:
//   data    ceil(n/64)*32 bytes, the flattened tensor in blocks of 64, two codes per byte with the FIRST
//           element of each pair in the HIGH nibble ((q[0::2] << 4) | q[1::2], §2.3)
//   nf4     float32 absmax[blocks]                                  -> 4.5 bpw
//   nf4-dq  uint8 absmax_code[blocks], float32 offset, float32 absmax2[ceil(blocks/256)]
//           (absmax - offset quantized blockwise by 256 with the dynamic map, §2.3) -> ≈4.127 bpw

#include "nf4.h"

#include "gemv_kernels.h"
#include "parallel.h"
#include "quantizers.h"
#include "scheme.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

namespace {
// Midpoints between consecutive levels, computed once as nearestNf4 computes them.
const std::array<float, 15>& nf4Midpoints() {
    static const std::array<float, 15> mids = [] {
        std::array<float, 15> m{};
        for (std::size_t i = 0; i < 15; ++i) {
            m[i] = 0.5f * (kNf4Levels[i] + kNf4Levels[i + 1]);
        }
        return m;
    }();
    return mids;
}
} // namespace

std::uint8_t nearestNf4(float x) {
    // Midpoints between consecutive levels; the first level whose upper midpoint exceeds x wins.
    std::uint8_t code = 0;
    for (int i = 0; i < 15; ++i) {
        const float mid =
            0.5f * (kNf4Levels[static_cast<std::size_t>(i)] + kNf4Levels[static_cast<std::size_t>(i + 1)]);
        if (x > mid) {
            code = static_cast<std::uint8_t>(i + 1);
        }
    }
    return code;
}

void quantizeNf4BlocksRef(const float* x, std::int64_t blocks, float* absmax, std::uint8_t* out) {
    for (std::int64_t blk = 0; blk < blocks; ++blk) {
        const float* xb = x + blk * kNf4Block;
        float amax = 0.0f;
        for (std::int64_t i = 0; i < kNf4Block; ++i) {
            amax = std::max(amax, std::fabs(xb[i]));
        }
        absmax[blk] = amax;
        const float inv = amax > 0.0f ? 1.0f / amax : 0.0f;
        for (std::int64_t j = 0; j < kNf4Block; j += 2) {
            out[blk * kNf4Block / 2 + j / 2] =
                static_cast<std::uint8_t>((nearestNf4(xb[j] * inv) << 4) | nearestNf4(xb[j + 1] * inv));
        }
    }
}

void quantizeNf4Blocks(const float* x, std::int64_t blocks, float* absmax, std::uint8_t* out) {
    if (activeIsa() != Isa::Generic) {
        detail::avx2::quantizeNf4Blocks(x, blocks, nf4Midpoints().data(), absmax, out);
    } else {
        detail::generic::quantizeNf4Blocks(x, blocks, nf4Midpoints().data(), absmax, out);
    }
}

const std::array<float, 256>& dynamicMap() {
    static const std::array<float, 256> map = [] {
        std::vector<double> data;
        const int max_exponent_bits = 7;
        const int non_sign_bits = 7;
        for (int i = 0; i < max_exponent_bits; ++i) {
            const int fraction_items = (1 << (i + non_sign_bits - max_exponent_bits)) + 1;
            for (int k = 0; k + 1 < fraction_items; ++k) {
                // torch.linspace(0.1, 1, fraction_items) midpoints
                const double b0 = 0.1 + 0.9 * k / (fraction_items - 1);
                const double b1 = 0.1 + 0.9 * (k + 1) / (fraction_items - 1);
                const double mean =
                    static_cast<double>(static_cast<float>((static_cast<float>(b0) + static_cast<float>(b1)) / 2.0f));
                const double scale = std::pow(10.0, -(max_exponent_bits - 1) + i);
                data.push_back(scale * mean);
                data.push_back(-scale * mean);
            }
        }
        data.push_back(0.0);
        data.push_back(1.0);
        std::sort(data.begin(), data.end());
        std::array<float, 256> out{};
        for (std::size_t i = 0; i < 256 && i < data.size(); ++i) {
            out[i] = static_cast<float>(data[i]);
        }
        return out;
    }();
    return map;
}

std::uint8_t nearestDynamic(float x) {
    const auto& map = dynamicMap();
    const auto it = std::lower_bound(map.begin(), map.end(), x);
    if (it == map.begin()) {
        return 0;
    }
    if (it == map.end()) {
        return 255;
    }
    const auto hi = static_cast<std::size_t>(it - map.begin());
    const std::size_t lo = hi - 1;
    return static_cast<std::uint8_t>((x - map[lo] <= map[hi] - x) ? lo : hi);
}

namespace {

class Nf4Scheme : public Scheme {
public:
    explicit Nf4Scheme(bool double_quant)
        : m_dq(double_quant) {}
    std::string name() const override { return m_dq ? "nf4-dq" : "nf4"; }
    std::string description() const override {
        return m_dq ? "NF4 (QLoRA), block 64, absmax double-quantized to 8 bits in blocks of 256"
                    : "NF4 (QLoRA), block 64, float32 absmax per block";
    }
    // bnb flattens the tensor; when cols is not a multiple of 64 a block spans two rows. The GUI's
    // "block i" then is simply the i-th run of 64 values of the flattened tensor.
    std::int64_t blockSize(std::int64_t) const override { return kNf4Block; }

    static std::int64_t blocks(std::int64_t n) { return (n + kNf4Block - 1) / kNf4Block; }
    std::int64_t expectedBytes(std::int64_t n) const {
        const std::int64_t nb = blocks(n);
        return nb * kNf4Block / 2 + (m_dq ? nb + 4 + 4 * ((nb + kNf4DqBlock - 1) / kNf4DqBlock) : 4 * nb);
    }

    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        const std::int64_t n = w.size();
        const std::int64_t nb = blocks(n);
        QuantizedTensor out{name(), w.rows, w.cols,
                            std::vector<std::uint8_t>(static_cast<std::size_t>(expectedBytes(n)), 0)};
        std::vector<float> absmax(static_cast<std::size_t>(nb));
        // Whole blocks through the fast path; a last partial block (n not a multiple of 64) below.
        const std::int64_t full = n / kNf4Block;
        parallelFor(full, options.threads, [&](std::int64_t b, std::int64_t e, int) {
            quantizeNf4Blocks(w.data.data() + b * kNf4Block, e - b, absmax.data() + b,
                              out.bytes.data() + b * kNf4Block / 2);
        });
        for (std::int64_t blk = full; blk < nb; ++blk) {
            float amax = 0.0f;
            const std::int64_t begin = blk * kNf4Block;
            const std::int64_t end = std::min(n, begin + kNf4Block);
            for (std::int64_t i = begin; i < end; ++i) {
                amax = std::max(amax, std::fabs(w.data[static_cast<std::size_t>(i)]));
            }
            absmax[static_cast<std::size_t>(blk)] = amax;
            const float inv = amax > 0.0f ? 1.0f / amax : 0.0f;
            for (std::int64_t j = 0; j < kNf4Block; j += 2) {
                const std::int64_t i = begin + j;
                const float a = i < n ? w.data[static_cast<std::size_t>(i)] * inv : 0.0f;
                const float c = i + 1 < n ? w.data[static_cast<std::size_t>(i + 1)] * inv : 0.0f;
                out.bytes[static_cast<std::size_t>(i / 2)] =
                    static_cast<std::uint8_t>((nearestNf4(a) << 4) | nearestNf4(c));
            }
        }
        std::uint8_t* tail = out.bytes.data() + nb * kNf4Block / 2;
        if (!m_dq) {
            std::memcpy(tail, absmax.data(), static_cast<std::size_t>(4 * nb));
        } else {
            double sum = 0.0;
            for (float a : absmax) {
                sum += a;
            }
            const auto offset = static_cast<float>(sum / static_cast<double>(nb));
            const std::int64_t nb2 = (nb + kNf4DqBlock - 1) / kNf4DqBlock;
            std::memcpy(tail + nb, &offset, 4);
            for (std::int64_t b2 = 0; b2 < nb2; ++b2) {
                float amax2 = 0.0f;
                const std::int64_t begin = b2 * kNf4DqBlock;
                const std::int64_t end = std::min(nb, begin + kNf4DqBlock);
                for (std::int64_t i = begin; i < end; ++i) {
                    amax2 = std::max(amax2, std::fabs(absmax[static_cast<std::size_t>(i)] - offset));
                }
                std::memcpy(tail + nb + 4 + 4 * b2, &amax2, 4);
                const float inv2 = amax2 > 0.0f ? 1.0f / amax2 : 0.0f;
                for (std::int64_t i = begin; i < end; ++i) {
                    tail[i] = nearestDynamic((absmax[static_cast<std::size_t>(i)] - offset) * inv2);
                }
            }
        }
        control.report(1.0);
        return out;
    }

    std::vector<float> storedAbsmax(const QuantizedTensor& t) const {
        const std::int64_t nb = blocks(t.rows * t.cols);
        const std::uint8_t* tail = t.bytes.data() + nb * kNf4Block / 2;
        std::vector<float> absmax(static_cast<std::size_t>(nb));
        if (!m_dq) {
            std::memcpy(absmax.data(), tail, static_cast<std::size_t>(4 * nb));
            return absmax;
        }
        float offset = 0.0f;
        std::memcpy(&offset, tail + nb, 4);
        for (std::int64_t i = 0; i < nb; ++i) {
            float amax2 = 0.0f;
            std::memcpy(&amax2, tail + nb + 4 + 4 * (i / kNf4DqBlock), 4);
            absmax[static_cast<std::size_t>(i)] = dynamicMap()[tail[i]] * amax2 + offset;
        }
        return absmax;
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        const std::int64_t n = t.rows * t.cols;
        requireBytes(t, expectedBytes(n));
        const auto absmax = storedAbsmax(t);
        Matrix m(name(), t.rows, t.cols);
        for (std::int64_t i = 0; i < n; ++i) {
            const std::uint8_t byte = t.bytes[static_cast<std::size_t>(i / 2)];
            const std::uint8_t code = (i & 1) ? (byte & 0xF) : (byte >> 4);
            m.data[static_cast<std::size_t>(i)] = kNf4Levels[code] * absmax[static_cast<std::size_t>(i / kNf4Block)];
        }
        return m;
    }

    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        const std::int64_t nb = blocks(t.rows * t.cols);
        if (block < 0 || block >= nb) {
            throw QuantError("block " + std::to_string(block) + " is out of range");
        }
        BlockLevels info;
        const std::int64_t first = block * kNf4Block;
        info.row = first / t.cols;
        info.col_begin = first % t.cols;
        info.col_end = std::min(t.cols, info.col_begin + kNf4Block);
        const float amax = storedAbsmax(t)[static_cast<std::size_t>(block)];
        for (float level : kNf4Levels) {
            info.levels.push_back(level * amax);
        }
        sortUnique(info.levels);
        return info;
    }

private:
    bool m_dq;
};

} // namespace

void registerNf4Schemes(std::vector<std::unique_ptr<Scheme>>& out) {
    out.push_back(std::make_unique<Nf4Scheme>(false));
    out.push_back(std::make_unique<Nf4Scheme>(true));
}

} // namespace fitscope::quant
