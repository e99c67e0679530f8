#pragma once
// Per-input-feature statistics of calibration activations (tokens x features): what LLM.int8()
// thresholds and AWQ scales by, and what the GUI plots as "activation magnitude per feature".

#include "tensor.h"

#include <cstdint>
#include <vector>

namespace fitscope::quant {

// max_t |X[t, c]| for each feature c.
std::vector<float> featureAbsMax(const Matrix& activations);
// mean_t |X[t, c]| for each feature c (AWQ's s_x, quant-formats.md §3.2).
std::vector<float> featureMeanAbs(const Matrix& activations);
// Features with at least one |value| >= threshold (LLM.int8() §3.2 / bnb int8_vectorwise_quant), sorted.
std::vector<std::int64_t> outlierFeatures(const Matrix& activations, double threshold);

} // namespace fitscope::quant
