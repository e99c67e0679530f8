#pragma once
// The quantization lab's entry point: run a scheme on a weight (and calibration activations), and get
// the packed tensor, its dequantized copy, every metric and the timing. This is what the CLI prints
// and what the GUI will call off its thread (one progress callback and one cancel flag per run).

#include "metrics.h"
#include "progress.h"
#include "scheme.h"
#include "tensor.h"

#include <string>
#include <vector>

namespace fitscope::quant {

struct SchemeResult {
    std::string scheme;
    QuantizedTensor packed;
    Matrix dequantized;
    Metrics metrics;
    std::int64_t stored_bytes = 0;
    double bits_per_weight = 0.0;
    double quantize_ms = 0.0;
};

// Runs one scheme end to end. calibration may be null (then output_rel_error is NaN and schemes that
// need activations throw QuantError). output_norm_sq: ‖XWᵀ‖²_F if already known (< 0: computed here).
SchemeResult runScheme(const std::string& name, const SchemeOptions& options, const Matrix& weight,
                       const Matrix* calibration, const Control& control = {}, double output_norm_sq = -1.0);

// A weight with its calibration activations, caching what every scheme run shares.
class QuantLab {
public:
    QuantLab(Matrix weight, Matrix calibration, int threads = 0);
    const Matrix& weight() const { return m_weight; }
    const Matrix& calibration() const { return m_calibration; }
    double outputNormSquared() const { return m_output_norm_sq; }

    SchemeResult run(const std::string& scheme, const SchemeOptions& options, const Control& control = {}) const;

    // For the GUI's charts.
    std::vector<float> activationAbsMax() const;                // per input feature
    std::vector<std::int64_t> outliers(double threshold) const; // LLM.int8() outlier features
    // Per output feature: ‖X (w_r − ŵ_r)‖² / ‖X w_r‖², the relative output error of each channel.
    std::vector<double> outputErrorPerChannel(const SchemeResult& result) const;

private:
    Matrix m_weight;
    Matrix m_calibration;
    int m_threads;
    double m_output_norm_sq = 0.0;
    std::vector<double> m_output_norm_per_row;
};

} // namespace fitscope::quant
