#pragma once
// Error metrics between a weight and its dequantized copy, in weight space and in output space
// (‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ on the calibration activations).

#include "progress.h"
#include "tensor.h"

#include <cstdint>
#include <vector>

namespace fitscope::quant {

struct Metrics {
    double mse = 0.0;
    double rmse = 0.0;
    double snr_db = 0.0; // 10·log10(Σw² / Σ(w−ŵ)²); +inf when exact
    double max_abs_error = 0.0;
    double cosine = 0.0;
    double output_rel_error = 0.0; // NaN when no calibration activations were given
};

// Weight-space metrics (multi-threaded, double accumulation).
Metrics weightMetrics(const Matrix& original, const Matrix& dequantized);

// The reference output X·Wᵀ's squared Frobenius norm, computed once per weight and reused by every scheme.
double outputNormSquared(const Matrix& weight, const Matrix& calibration, int threads = 0);

// Squared error of the outputs, per output feature (row of W): Σ_t (X (W − Ŵ)ᵀ)[t, r]².
std::vector<double> outputErrorPerRow(const Matrix& original, const Matrix& dequantized, const Matrix& calibration,
                                      int threads = 0, const Control& control = {});

// Σ_r (W − Ŵ)[r, c]² per input feature c (what the GUI plots "per channel", with and without LLM.int8()).
std::vector<double> weightErrorPerColumn(const Matrix& original, const Matrix& dequantized);

} // namespace fitscope::quant
