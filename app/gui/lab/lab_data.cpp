#include "lab_data.h"

#include <algorithm>
#include <cmath>

namespace fitscope::gui::lab {

Histogram makeHistogram(const float* values, std::int64_t count, int bins, double lo, double hi) {
    Histogram h;
    bins = std::max(1, bins);
    if (!(hi > lo)) {
        // All values equal (or nothing to bin): one narrow bin around them.
        const double half = std::max(1e-12, std::fabs(lo) * 1e-3);
        lo -= half;
        hi += half;
    }
    h.lo = lo;
    h.hi = hi;
    h.counts.assign(static_cast<std::size_t>(bins), 0.0);
    const double scale = static_cast<double>(bins) / (hi - lo);
    for (std::int64_t i = 0; i < count; ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) {
            continue;
        }
        const auto b = static_cast<std::int64_t>(std::floor((v - lo) * scale));
        h.counts[static_cast<std::size_t>(std::clamp<std::int64_t>(b, 0, bins - 1))] += 1.0;
    }
    return h;
}

Histogram makeHistogram(const float* values, std::int64_t count, int bins, bool symmetric) {
    double lo = 0.0;
    double hi = 0.0;
    bool first = true;
    for (std::int64_t i = 0; i < count; ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) {
            continue;
        }
        lo = first ? v : std::min(lo, v);
        hi = first ? v : std::max(hi, v);
        first = false;
    }
    if (symmetric) {
        const double m = std::max(std::fabs(lo), std::fabs(hi));
        lo = -m;
        hi = m;
    }
    return makeHistogram(values, count, bins, lo, hi);
}

} // namespace fitscope::gui::lab
