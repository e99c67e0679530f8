#include "lab.h"

#include "activation_stats.h"

#include <chrono>
#include <cmath>
#include <limits>

namespace fitscope::quant {

SchemeResult runScheme(const std::string& name, const SchemeOptions& options, const Matrix& weight,
                       const Matrix* calibration, const Control& control, double output_norm_sq) {
    const Scheme& scheme = schemeOrThrow(name);
    scheme.checkShape(weight.rows, weight.cols);
    if (scheme.needsCalibration() && calibration == nullptr) {
        throw QuantError(name + " needs calibration activations");
    }
    if (calibration != nullptr && calibration->cols != weight.cols) {
        throw QuantError("calibration activations have " + std::to_string(calibration->cols) +
                         " features but the weight has " + std::to_string(weight.cols) + " columns");
    }
    SchemeResult result;
    result.scheme = name;
    const Control quant_control = control.sub(0.0, 0.85);
    const auto start = std::chrono::steady_clock::now();
    result.packed = scheme.quantize(weight, calibration, options, quant_control);
    const auto stop = std::chrono::steady_clock::now();
    result.quantize_ms = std::chrono::duration<double, std::milli>(stop - start).count();
    result.stored_bytes = result.packed.storedBytes();
    result.bits_per_weight = result.packed.bitsPerWeight();
    control.throwIfCancelled();
    result.dequantized = scheme.dequantize(result.packed);
    result.dequantized.name = weight.name + ":" + name;
    result.metrics = weightMetrics(weight, result.dequantized);
    if (calibration != nullptr) {
        const double norm =
            output_norm_sq >= 0.0 ? output_norm_sq : outputNormSquared(weight, *calibration, options.threads);
        double err = 0.0;
        for (double v :
             outputErrorPerRow(weight, result.dequantized, *calibration, options.threads, control.sub(0.9, 1.0))) {
            err += v;
        }
        result.metrics.output_rel_error =
            norm > 0.0 ? std::sqrt(err / norm) : (err > 0.0 ? std::numeric_limits<double>::infinity() : 0.0);
    }
    control.report(1.0);
    return result;
}

QuantLab::QuantLab(Matrix weight, Matrix calibration, int threads)
    : m_weight(std::move(weight))
    , m_calibration(std::move(calibration))
    , m_threads(threads) {
    requireFinite(m_weight);
    requireFinite(m_calibration);
    if (m_calibration.cols != m_weight.cols) {
        throw QuantError("calibration activations have " + std::to_string(m_calibration.cols) +
                         " features but the weight has " + std::to_string(m_weight.cols) + " columns");
    }
    Matrix zero(m_weight.name, m_weight.rows, m_weight.cols);
    m_output_norm_per_row = outputErrorPerRow(m_weight, zero, m_calibration, m_threads);
    for (double v : m_output_norm_per_row) {
        m_output_norm_sq += v;
    }
}

SchemeResult QuantLab::run(const std::string& scheme, const SchemeOptions& options, const Control& control) const {
    SchemeOptions o = options;
    if (o.threads == 0) {
        o.threads = m_threads;
    }
    return runScheme(scheme, o, m_weight, &m_calibration, control, m_output_norm_sq);
}

std::vector<float> QuantLab::activationAbsMax() const {
    return featureAbsMax(m_calibration);
}

std::vector<std::int64_t> QuantLab::outliers(double threshold) const {
    return outlierFeatures(m_calibration, threshold);
}

std::vector<double> QuantLab::outputErrorPerChannel(const SchemeResult& result) const {
    std::vector<double> err = outputErrorPerRow(m_weight, result.dequantized, m_calibration, m_threads);
    for (std::size_t r = 0; r < err.size(); ++r) {
        err[r] = m_output_norm_per_row[r] > 0.0 ? err[r] / m_output_norm_per_row[r] : 0.0;
    }
    return err;
}

} // namespace fitscope::quant
