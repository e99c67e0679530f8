// FP16, BF16 (elementwise, RNE) and FP8 E4M3 / E5M2 with one per-tensor scale (quant-formats.md §4).

#include "float_formats.h"
#include "parallel.h"
#include "scheme.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

namespace {

// Layout: rows*cols uint16 little-endian, row-major.
class Half16Scheme : public Scheme {
public:
    explicit Half16Scheme(bool bf16)
        : m_bf16(bf16) {}
    std::string name() const override { return m_bf16 ? "bf16" : "fp16"; }
    std::string description() const override {
        return m_bf16 ? "bfloat16 (8-bit exponent, 7-bit mantissa), round to nearest even"
                      : "IEEE half precision (5-bit exponent, 10-bit mantissa), round to nearest even";
    }
    std::int64_t blockSize(std::int64_t cols) const override { return cols; }

    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        QuantizedTensor out{name(), w.rows, w.cols, std::vector<std::uint8_t>(static_cast<std::size_t>(w.size() * 2))};
        auto* dst = reinterpret_cast<std::uint16_t*>(out.bytes.data());
        parallelFor(w.size(), options.threads, [&](std::int64_t b, std::int64_t e, int) {
            for (std::int64_t i = b; i < e; ++i) {
                const float v = w.data[static_cast<std::size_t>(i)];
                dst[i] = m_bf16 ? floatToBf16(v) : floatToHalf(v);
            }
        });
        control.report(1.0);
        return out;
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        requireBytes(t, t.rows * t.cols * 2);
        Matrix m(name(), t.rows, t.cols);
        const auto* src = reinterpret_cast<const std::uint16_t*>(t.bytes.data());
        for (std::int64_t i = 0; i < m.size(); ++i) {
            m.data[static_cast<std::size_t>(i)] = m_bf16 ? bf16ToFloat(src[i]) : halfToFloat(src[i]);
        }
        return m;
    }

    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        // 65536 codes; the histogram only needs the ones inside this row's range.
        BlockLevels info = blockGeometry(t, block);
        const Matrix m = dequantize(t);
        float lo = 0.0f;
        float hi = 0.0f;
        for (std::int64_t c = info.col_begin; c < info.col_end; ++c) {
            lo = std::min(lo, m.at(info.row, c));
            hi = std::max(hi, m.at(info.row, c));
        }
        for (int code = 0; code < 65536; ++code) {
            const auto bits = static_cast<std::uint16_t>(code);
            const float v = m_bf16 ? bf16ToFloat(bits) : halfToFloat(bits);
            if (std::isfinite(v) && v >= lo && v <= hi) {
                info.levels.push_back(v);
            }
        }
        sortUnique(info.levels);
        return info;
    }

private:
    bool m_bf16;
};

// Layout: float32 scale, then rows*cols FP8 codes. Values are divided by the scale so the tensor's
// absmax lands on the format's max (448 / 57344), then converted with saturation (OCP, §4.1).
class Fp8Scheme : public Scheme {
public:
    explicit Fp8Scheme(bool e5m2)
        : m_e5m2(e5m2) {}
    std::string name() const override { return m_e5m2 ? "fp8-e5m2" : "fp8-e4m3"; }
    std::string description() const override {
        return m_e5m2 ? "OCP FP8 E5M2 with one per-tensor scale (max 57344), saturating"
                      : "OCP FP8 E4M3FN with one per-tensor scale (max 448), saturating";
    }
    std::int64_t blockSize(std::int64_t cols) const override { return cols; }

    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        float amax = 0.0f;
        for (float v : w.data) {
            amax = std::max(amax, std::fabs(v));
        }
        const float fmax = m_e5m2 ? kE5M2Max : kE4M3Max;
        const float scale = amax > 0.0f ? amax / fmax : 1.0f;
        QuantizedTensor out{name(), w.rows, w.cols, {}};
        out.bytes.resize(sizeof(float) + static_cast<std::size_t>(w.size()));
        std::memcpy(out.bytes.data(), &scale, sizeof(float));
        std::uint8_t* dst = out.bytes.data() + sizeof(float);
        const float inv = 1.0f / scale;
        parallelFor(w.size(), options.threads, [&](std::int64_t b, std::int64_t e, int) {
            for (std::int64_t i = b; i < e; ++i) {
                const float v = w.data[static_cast<std::size_t>(i)] * inv;
                dst[i] = m_e5m2 ? floatToE5M2(v) : floatToE4M3(v);
            }
        });
        control.report(1.0);
        return out;
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        requireBytes(t, 4 + t.rows * t.cols);
        const float scale = loadAt<float>(t.bytes, 0);
        Matrix m(name(), t.rows, t.cols);
        const std::uint8_t* src = t.bytes.data() + 4;
        for (std::int64_t i = 0; i < m.size(); ++i) {
            m.data[static_cast<std::size_t>(i)] = (m_e5m2 ? e5m2ToFloat(src[i]) : e4m3ToFloat(src[i])) * scale;
        }
        return m;
    }

    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        BlockLevels info = blockGeometry(t, block);
        const float scale = loadAt<float>(t.bytes, 0);
        for (int code = 0; code < 256; ++code) {
            const auto bits = static_cast<std::uint8_t>(code);
            const float v = m_e5m2 ? e5m2ToFloat(bits) : e4m3ToFloat(bits);
            if (std::isfinite(v)) {
                info.levels.push_back(v * scale);
            }
        }
        sortUnique(info.levels);
        return info;
    }

private:
    bool m_e5m2;
};

} // namespace

void registerFloatSchemes(std::vector<std::unique_ptr<Scheme>>& out) {
    out.push_back(std::make_unique<Half16Scheme>(false));
    out.push_back(std::make_unique<Half16Scheme>(true));
    out.push_back(std::make_unique<Fp8Scheme>(false));
    out.push_back(std::make_unique<Fp8Scheme>(true));
}

} // namespace fitscope::quant
