#include "activation_stats.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

std::vector<float> featureAbsMax(const Matrix& x) {
    std::vector<float> out(static_cast<std::size_t>(x.cols), 0.0f);
    for (std::int64_t t = 0; t < x.rows; ++t) {
        const float* row = x.row(t);
        for (std::int64_t c = 0; c < x.cols; ++c) {
            out[static_cast<std::size_t>(c)] = std::max(out[static_cast<std::size_t>(c)], std::fabs(row[c]));
        }
    }
    return out;
}

std::vector<float> featureMeanAbs(const Matrix& x) {
    std::vector<double> sum(static_cast<std::size_t>(x.cols), 0.0);
    for (std::int64_t t = 0; t < x.rows; ++t) {
        const float* row = x.row(t);
        for (std::int64_t c = 0; c < x.cols; ++c) {
            sum[static_cast<std::size_t>(c)] += std::fabs(row[c]);
        }
    }
    std::vector<float> out(sum.size());
    for (std::size_t c = 0; c < sum.size(); ++c) {
        out[c] = x.rows > 0 ? static_cast<float>(sum[c] / static_cast<double>(x.rows)) : 0.0f;
    }
    return out;
}

std::vector<std::int64_t> outlierFeatures(const Matrix& x, double threshold) {
    std::vector<std::int64_t> out;
    const auto amax = featureAbsMax(x);
    for (std::size_t c = 0; c < amax.size(); ++c) {
        if (static_cast<double>(amax[c]) >= threshold) {
            out.push_back(static_cast<std::int64_t>(c));
        }
    }
    return out;
}

} // namespace fitscope::quant
