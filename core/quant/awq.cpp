// AWQ-style activation-aware scaling (mit-han-lab/llm-awq auto_scale, quant-formats.md §3.2) on top of
// INT4 per group (asymmetric, group 128): s = mean|x|^α per input feature, normalised by
// sqrt(max(s)·min(s)); the stored weight is Q(W·diag(s)) and the effective weight Q(W·diag(s))/s.
// α is chosen on the grid 0, 0.05, …, 0.95 by the output error on the calibration tokens (a subsample
// of at most options.awq_search_tokens evenly spaced tokens). auto_clip is not applied.

#include "activation_stats.h"
#include "float_formats.h"
#include "int_group.h"
#include "linalg.h"
#include "metrics.h"
#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fitscope::quant {

namespace {

class AwqScheme : public Scheme {
public:
    explicit AwqScheme(std::int64_t group)
        : m_group(group) {}
    std::string name() const override { return "awq-int4-g" + std::to_string(m_group); }
    std::string description() const override {
        return "AWQ: INT4 asymmetric group " + std::to_string(m_group) +
               " after per-feature scaling by mean|x|^α (α searched on 0..0.95)";
    }
    bool needsCalibration() const override { return true; }
    std::int64_t blockSize(std::int64_t) const override { return m_group; }
    IntGroupLayout layout(std::int64_t rows, std::int64_t cols) const {
        IntGroupLayout l;
        l.bits = 4;
        l.group = m_group;
        l.asym = true;
        l.channel_scales = true;
        l.rows = rows;
        l.cols = cols;
        return l;
    }

    QuantizedTensor quantize(const Matrix& w, const Matrix* calibration, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        if (calibration == nullptr || calibration->cols != w.cols) {
            throw QuantError(name() + " needs calibration activations with one column per weight column");
        }
        const IntGroupLayout l = layout(w.rows, w.cols);
        const std::int64_t cp = l.paddedCols();
        const std::vector<float> sx = featureMeanAbs(*calibration);

        // Evenly spaced token subsample for the search.
        const std::int64_t n = std::min(calibration->rows, std::max<std::int64_t>(1, options.awq_search_tokens));
        Matrix xs("awq-search", n, w.cols);
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t t = i * calibration->rows / n;
            std::copy(calibration->row(t), calibration->row(t) + w.cols, xs.row(i));
        }

        double best_loss = std::numeric_limits<double>::infinity();
        std::vector<float> best_scales;
        constexpr int kGrid = 20; // n_grid = 20, ratio = k / 20, 1.0 excluded
        for (int k = 0; k < kGrid; ++k) {
            control.throwIfCancelled();
            const double alpha = static_cast<double>(k) / kGrid;
            std::vector<float> s = scalesFor(sx, alpha, cp);
            const QuantizedTensor q = quantizeIntGroupRtn(name(), l, w, s, options.threads, {});
            const Matrix deq = dequantizeIntGroup(q, l);
            double loss = 0.0;
            for (double v : outputErrorPerRow(w, deq, xs, options.threads)) {
                loss += v;
            }
            if (loss < best_loss) {
                best_loss = loss;
                best_scales = s;
            }
            control.report(0.95 * static_cast<double>(k + 1) / kGrid);
        }
        QuantizedTensor out = quantizeIntGroupRtn(name(), l, w, best_scales, options.threads, {});
        control.report(1.0);
        return out;
    }

    static std::vector<float> scalesFor(const std::vector<float>& sx, double alpha, std::int64_t padded) {
        std::vector<float> s(static_cast<std::size_t>(padded), 1.0f);
        float smax = 0.0f;
        float smin = std::numeric_limits<float>::max();
        for (std::size_t c = 0; c < sx.size(); ++c) {
            s[c] = std::max(1e-4f, static_cast<float>(std::pow(static_cast<double>(sx[c]), alpha)));
            smax = std::max(smax, s[c]);
            smin = std::min(smin, s[c]);
        }
        const float norm = std::sqrt(smax * smin);
        for (std::size_t c = 0; c < sx.size(); ++c) {
            // Rounded to fp16 here because that is what is stored and what dequantization divides by.
            s[c] = halfToFloat(floatToHalf(s[c] / norm));
        }
        return s;
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        return dequantizeIntGroup(t, layout(t.rows, t.cols));
    }
    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        // Levels of the scaled weight W·diag(s); dividing by s varies per column inside the group.
        return intGroupLevels(t, layout(t.rows, t.cols), block);
    }

private:
    std::int64_t m_group;
};

} // namespace

void registerAwqSchemes(std::vector<std::unique_ptr<Scheme>>& out) {
    out.push_back(std::make_unique<AwqScheme>(128));
}

} // namespace fitscope::quant
