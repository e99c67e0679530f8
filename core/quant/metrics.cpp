#include "metrics.h"

#include "linalg.h"
#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fitscope::quant {

Metrics weightMetrics(const Matrix& a, const Matrix& b) {
    if (a.rows != b.rows || a.cols != b.cols) {
        throw QuantError("metrics: shapes differ");
    }
    const int threads = defaultThreadCount();
    struct Partial {
        double ss = 0, se = 0, sb = 0, dot = 0, maxe = 0;
    };
    std::vector<Partial> parts(static_cast<std::size_t>(threads));
    parallelFor(a.size(), threads, [&](std::int64_t i0, std::int64_t i1, int t) {
        Partial p;
        for (std::int64_t i = i0; i < i1; ++i) {
            const double x = a.data[static_cast<std::size_t>(i)];
            const double y = b.data[static_cast<std::size_t>(i)];
            const double e = x - y;
            p.ss += x * x;
            p.sb += y * y;
            p.se += e * e;
            p.dot += x * y;
            p.maxe = std::max(p.maxe, std::fabs(e));
        }
        parts[static_cast<std::size_t>(t)] = p;
    });
    Partial s;
    for (const auto& p : parts) {
        s.ss += p.ss;
        s.se += p.se;
        s.sb += p.sb;
        s.dot += p.dot;
        s.maxe = std::max(s.maxe, p.maxe);
    }
    Metrics m;
    const auto n = static_cast<double>(a.size());
    m.mse = s.se / n;
    m.rmse = std::sqrt(m.mse);
    m.snr_db = s.se > 0 ? 10.0 * std::log10(s.ss / s.se) : std::numeric_limits<double>::infinity();
    m.max_abs_error = s.maxe;
    m.cosine = (s.ss > 0 && s.sb > 0) ? s.dot / std::sqrt(s.ss * s.sb) : (s.ss == s.sb ? 1.0 : 0.0);
    m.output_rel_error = std::numeric_limits<double>::quiet_NaN();
    return m;
}

namespace {

// Σ over token chunks of (X_chunk · Dᵀ)² per output row, with D = W (or W − Ŵ).
std::vector<double> squaredOutputsPerRow(const Matrix& d, const Matrix& x, int threads, const Control& control) {
    if (x.cols != d.cols) {
        throw QuantError("calibration activations have " + std::to_string(x.cols) + " features but the weight has " +
                         std::to_string(d.cols) + " columns");
    }
    std::vector<double> per_row(static_cast<std::size_t>(d.rows), 0.0);
    const std::int64_t chunk = std::max<std::int64_t>(
        1, std::min<std::int64_t>(x.rows, (std::int64_t{1} << 24) / std::max<std::int64_t>(1, d.rows)));
    std::vector<float> c(static_cast<std::size_t>(chunk * d.rows));
    for (std::int64_t t0 = 0; t0 < x.rows; t0 += chunk) {
        const std::int64_t m = std::min(chunk, x.rows - t0);
        linalg::gemmABt(x.row(t0), m, x.cols, d.data.data(), d.rows, c.data(), threads);
        for (std::int64_t t = 0; t < m; ++t) {
            const float* ct = c.data() + t * d.rows;
            for (std::int64_t r = 0; r < d.rows; ++r) {
                per_row[static_cast<std::size_t>(r)] += static_cast<double>(ct[r]) * ct[r];
            }
        }
        control.throwIfCancelled();
        control.report(static_cast<double>(t0 + m) / static_cast<double>(x.rows));
    }
    return per_row;
}

} // namespace

double outputNormSquared(const Matrix& weight, const Matrix& calibration, int threads) {
    double total = 0.0;
    for (double v : squaredOutputsPerRow(weight, calibration, threads, {})) {
        total += v;
    }
    return total;
}

std::vector<double> outputErrorPerRow(const Matrix& original, const Matrix& dequantized, const Matrix& calibration,
                                      int threads, const Control& control) {
    Matrix diff(original.name, original.rows, original.cols);
    for (std::int64_t i = 0; i < original.size(); ++i) {
        diff.data[static_cast<std::size_t>(i)] =
            original.data[static_cast<std::size_t>(i)] - dequantized.data[static_cast<std::size_t>(i)];
    }
    return squaredOutputsPerRow(diff, calibration, threads, control);
}

std::vector<double> weightErrorPerColumn(const Matrix& a, const Matrix& b) {
    std::vector<double> out(static_cast<std::size_t>(a.cols), 0.0);
    for (std::int64_t r = 0; r < a.rows; ++r) {
        for (std::int64_t c = 0; c < a.cols; ++c) {
            const double e = static_cast<double>(a.at(r, c)) - b.at(r, c);
            out[static_cast<std::size_t>(c)] += e * e;
        }
    }
    return out;
}

} // namespace fitscope::quant
