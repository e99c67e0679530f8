// INT8 schemes (quant-formats.md §2.4 and the seed article's "one global scale" mistake):
//  int8-tensor   one absmax scale for the whole tensor
//  int8-channel  one absmax scale per output row (the weight side of LLM.int8()'s vector-wise quantization)
//  llm-int8      per-row INT8 for the normal input features; the outlier input columns (features whose
//                calibration activations reach |x| >= 6.0) kept in FP16, as the paper's mixed-precision
//                decomposition (eq. 8) does. Weight-only: the metric compares X·Ŵᵀ with X·Wᵀ.

#include "int8_schemes.h"

#include "activation_stats.h"
#include "float_formats.h"
#include "parallel.h"
#include "scheme.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

Int8ChannelView int8ChannelView(const std::uint8_t* bytes, std::int64_t rows) {
    return {reinterpret_cast<const float*>(bytes), reinterpret_cast<const std::int8_t*>(bytes + rows * 4)};
}

std::int8_t quantizeInt8(float x, float inv_scale) {
    const float q = std::nearbyint(x * inv_scale);
    return static_cast<std::int8_t>(std::clamp(q, -127.0f, 127.0f));
}

namespace {

std::vector<float> int8Levels(float scale) {
    std::vector<float> levels;
    for (int q = -127; q <= 127; ++q) {
        levels.push_back(static_cast<float>(q) * scale);
    }
    sortUnique(levels);
    return levels;
}

// Layout: float32 scale, int8 q[rows*cols].
class Int8TensorScheme : public Scheme {
public:
    std::string name() const override { return "int8-tensor"; }
    std::string description() const override {
        return "INT8 absmax with one scale for the whole tensor (the naive 'one global scale')";
    }
    std::int64_t blockSize(std::int64_t cols) const override { return cols; }
    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        float amax = 0.0f;
        for (float v : w.data) {
            amax = std::max(amax, std::fabs(v));
        }
        const float scale = amax > 0.0f ? amax / 127.0f : 1.0f;
        QuantizedTensor out{name(), w.rows, w.cols, std::vector<std::uint8_t>(4 + static_cast<std::size_t>(w.size()))};
        std::memcpy(out.bytes.data(), &scale, 4);
        auto* q = reinterpret_cast<std::int8_t*>(out.bytes.data() + 4);
        const float inv = 1.0f / scale;
        parallelFor(w.size(), options.threads, [&](std::int64_t b, std::int64_t e, int) {
            for (std::int64_t i = b; i < e; ++i) {
                q[i] = quantizeInt8(w.data[static_cast<std::size_t>(i)], inv);
            }
        });
        control.report(1.0);
        return out;
    }
    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        requireBytes(t, 4 + t.rows * t.cols);
        const float scale = loadAt<float>(t.bytes, 0);
        const auto* q = reinterpret_cast<const std::int8_t*>(t.bytes.data() + 4);
        Matrix m(name(), t.rows, t.cols);
        for (std::int64_t i = 0; i < m.size(); ++i) {
            m.data[static_cast<std::size_t>(i)] = static_cast<float>(q[i]) * scale;
        }
        return m;
    }
    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        BlockLevels info = blockGeometry(t, block);
        info.levels = int8Levels(loadAt<float>(t.bytes, 0));
        return info;
    }
};

// Per-row absmax INT8 over the columns not in `skip` (sorted). Writes scales and q.
void quantizeRowsInt8(const Matrix& w, const std::vector<std::int64_t>& skip, float* scales, std::int8_t* q,
                      int threads) {
    std::vector<char> is_skipped(static_cast<std::size_t>(w.cols), 0);
    for (auto c : skip) {
        is_skipped[static_cast<std::size_t>(c)] = 1;
    }
    parallelFor(w.rows, threads, [&](std::int64_t b, std::int64_t e, int) {
        for (std::int64_t r = b; r < e; ++r) {
            const float* row = w.row(r);
            float amax = 0.0f;
            for (std::int64_t c = 0; c < w.cols; ++c) {
                if (!is_skipped[static_cast<std::size_t>(c)]) {
                    amax = std::max(amax, std::fabs(row[c]));
                }
            }
            const float scale = amax > 0.0f ? amax / 127.0f : 1.0f;
            scales[r] = scale;
            const float inv = 1.0f / scale;
            std::int8_t* qr = q + r * w.cols;
            for (std::int64_t c = 0; c < w.cols; ++c) {
                qr[c] = is_skipped[static_cast<std::size_t>(c)] ? std::int8_t{0} : quantizeInt8(row[c], inv);
            }
        }
    });
}

// Layout: float32 scale[rows], int8 q[rows*cols].
class Int8ChannelScheme : public Scheme {
public:
    std::string name() const override { return "int8-channel"; }
    std::string description() const override { return "INT8 absmax with one scale per output channel (row)"; }
    std::int64_t blockSize(std::int64_t cols) const override { return cols; }
    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        QuantizedTensor out{name(), w.rows, w.cols,
                            std::vector<std::uint8_t>(static_cast<std::size_t>(w.rows * 4 + w.size()))};
        auto* scales = reinterpret_cast<float*>(out.bytes.data());
        auto* q = reinterpret_cast<std::int8_t*>(out.bytes.data() + w.rows * 4);
        quantizeRowsInt8(w, {}, scales, q, options.threads);
        control.report(1.0);
        return out;
    }
    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        requireBytes(t, t.rows * 4 + t.rows * t.cols);
        const Int8ChannelView v = int8ChannelView(t.bytes.data(), t.rows);
        Matrix m(name(), t.rows, t.cols);
        for (std::int64_t r = 0; r < t.rows; ++r) {
            for (std::int64_t c = 0; c < t.cols; ++c) {
                m.at(r, c) = static_cast<float>(v.q[r * t.cols + c]) * v.scales[r];
            }
        }
        return m;
    }
    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        BlockLevels info = blockGeometry(t, block);
        info.levels = int8Levels(int8ChannelView(t.bytes.data(), t.rows).scales[info.row]);
        return info;
    }
};

// Layout: int32 n_outliers, int32 outlier_cols[n], float32 scale[rows], int8 q[rows*cols] (outlier
// columns stored as 0), fp16 outlier_values[rows][n].
class LlmInt8Scheme : public Scheme {
public:
    std::string name() const override { return "llm-int8"; }
    std::string description() const override {
        return "LLM.int8(): per-row INT8, with outlier input columns (calibration |x| >= threshold) kept in FP16";
    }
    bool needsCalibration() const override { return true; }
    std::int64_t blockSize(std::int64_t cols) const override { return cols; }

    QuantizedTensor quantize(const Matrix& w, const Matrix* calibration, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        if (calibration == nullptr || calibration->cols != w.cols) {
            throw QuantError("llm-int8 needs calibration activations with one column per weight column");
        }
        const std::vector<std::int64_t> outliers = outlierFeatures(*calibration, options.outlier_threshold);
        const auto n = static_cast<std::int64_t>(outliers.size());
        QuantizedTensor out{name(), w.rows, w.cols, {}};
        out.bytes.resize(static_cast<std::size_t>(4 + 4 * n + 4 * w.rows + w.size() + 2 * w.rows * n));
        std::uint8_t* p = out.bytes.data();
        const auto n32 = static_cast<std::int32_t>(n);
        std::memcpy(p, &n32, 4);
        for (std::int64_t i = 0; i < n; ++i) {
            const auto c32 = static_cast<std::int32_t>(outliers[static_cast<std::size_t>(i)]);
            std::memcpy(p + 4 + 4 * i, &c32, 4);
        }
        auto* scales = reinterpret_cast<float*>(p + 4 + 4 * n);
        auto* q = reinterpret_cast<std::int8_t*>(p + 4 + 4 * n + 4 * w.rows);
        quantizeRowsInt8(w, outliers, scales, q, options.threads);
        auto* fp16 = reinterpret_cast<std::uint16_t*>(p + 4 + 4 * n + 4 * w.rows + w.size());
        for (std::int64_t r = 0; r < w.rows; ++r) {
            for (std::int64_t i = 0; i < n; ++i) {
                fp16[r * n + i] = floatToHalf(w.at(r, outliers[static_cast<std::size_t>(i)]));
            }
        }
        control.report(1.0);
        return out;
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        const auto n = static_cast<std::int64_t>(loadAt<std::int32_t>(t.bytes, 0));
        if (n < 0 || n > t.cols) {
            throw QuantError("llm-int8: corrupt outlier count");
        }
        requireBytes(t, 4 + 4 * n + 4 * t.rows + t.rows * t.cols + 2 * t.rows * n);
        const std::uint8_t* p = t.bytes.data();
        const auto* cols = reinterpret_cast<const std::int32_t*>(p + 4);
        const auto* scales = reinterpret_cast<const float*>(p + 4 + 4 * n);
        const auto* q = reinterpret_cast<const std::int8_t*>(p + 4 + 4 * n + 4 * t.rows);
        const auto* fp16 = reinterpret_cast<const std::uint16_t*>(p + 4 + 4 * n + 4 * t.rows + t.rows * t.cols);
        Matrix m(name(), t.rows, t.cols);
        for (std::int64_t r = 0; r < t.rows; ++r) {
            for (std::int64_t c = 0; c < t.cols; ++c) {
                m.at(r, c) = static_cast<float>(q[r * t.cols + c]) * scales[r];
            }
            for (std::int64_t i = 0; i < n; ++i) {
                m.at(r, cols[i]) = halfToFloat(fp16[r * n + i]);
            }
        }
        return m;
    }

    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        BlockLevels info = blockGeometry(t, block);
        const auto n = static_cast<std::int64_t>(loadAt<std::int32_t>(t.bytes, 0));
        const auto* scales = reinterpret_cast<const float*>(t.bytes.data() + 4 + 4 * n);
        info.levels = int8Levels(scales[info.row]);
        return info;
    }
};

} // namespace

void registerInt8Schemes(std::vector<std::unique_ptr<Scheme>>& out) {
    out.push_back(std::make_unique<Int8TensorScheme>());
    out.push_back(std::make_unique<Int8ChannelScheme>());
    out.push_back(std::make_unique<LlmInt8Scheme>());
}

} // namespace fitscope::quant
