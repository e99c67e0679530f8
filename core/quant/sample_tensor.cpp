#include "sample_tensor.h"

#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fitscope::quant {

double SplitMix64::gaussian() {
    // Box-Muller; both outputs are used.
    if (m_has_spare) {
        m_has_spare = false;
        return m_spare;
    }
    const double u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spare = radius * std::sin(angle);
    m_has_spare = true;
    return radius * std::cos(angle);
}

SampleKind sampleKindFromName(const std::string& name) {
    if (name == "gaussian") {
        return SampleKind::Gaussian;
    }
    if (name == "laplace") {
        return SampleKind::Laplace;
    }
    if (name == "transformer") {
        return SampleKind::Transformer;
    }
    throw QuantError("unknown sample tensor '" + name + "' (expected gaussian, laplace or transformer)");
}

std::string sampleKindName(SampleKind kind) {
    switch (kind) {
    case SampleKind::Gaussian:
        return "gaussian";
    case SampleKind::Laplace:
        return "laplace";
    case SampleKind::Transformer:
        return "transformer";
    }
    return "gaussian";
}

namespace {

// One independent stream per (seed, purpose, row) so rows can be generated in any order, in parallel.
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t purpose, std::int64_t row) {
    SplitMix64 mix(seed ^ (purpose * 0xD1B54A32D192ED03ull) ^
                   (static_cast<std::uint64_t>(row) * 0x9E3779B97F4A7C15ull));
    return mix.next();
}

constexpr std::uint64_t kPurposeWeight = 1;
constexpr std::uint64_t kPurposeActivation = 2;
constexpr std::uint64_t kPurposeSetup = 3;

// Typical scale of a transformer linear weight (≈ 1/sqrt(hidden) for hidden ≈ 2500).
constexpr float kWeightScale = 0.02f;

} // namespace

Matrix generateGaussianActivations(std::int64_t tokens, std::int64_t cols, std::uint64_t seed) {
    requireShape(tokens, cols, "calibration activations");
    Matrix x("calibration", tokens, cols);
    parallelFor(tokens, 0, [&](std::int64_t begin, std::int64_t end, int) {
        for (std::int64_t t = begin; t < end; ++t) {
            SplitMix64 rng(streamSeed(seed, kPurposeActivation, t));
            float* out = x.row(t);
            for (std::int64_t c = 0; c < cols; ++c) {
                out[c] = static_cast<float>(rng.gaussian());
            }
        }
    });
    return x;
}

SampleSet generateSample(const SampleSpec& spec, const Control& control) {
    requireShape(spec.rows, spec.cols, "weight");
    requireShape(spec.tokens, spec.cols, "calibration activations");
    SampleSet set;
    set.weight = Matrix(sampleKindName(spec.kind), spec.rows, spec.cols);
    const std::int64_t cols = spec.cols;

    // Per-row and per-feature parameters come from a single setup stream.
    SplitMix64 setup(streamSeed(spec.seed, kPurposeSetup, 0));
    std::vector<float> row_scale(static_cast<std::size_t>(spec.rows), 1.0f);
    std::vector<float> feature_std(static_cast<std::size_t>(cols), 1.0f);
    std::vector<float> outlier_peak(static_cast<std::size_t>(cols), 0.0f); // signed; 0 = normal feature
    if (spec.kind == SampleKind::Transformer) {
        // Realistic per-output-row scale spread: log-normal, σ = 0.5 (rows differ by ~5x at the extremes),
        // which is what makes one global INT8 scale waste range on most rows.
        for (auto& s : row_scale) {
            s = static_cast<float>(std::exp(0.5 * setup.gaussian()));
        }
        for (auto& s : feature_std) {
            s = static_cast<float>(std::clamp(std::exp(0.3 * setup.gaussian()), 0.4, 1.6));
        }
        const auto outliers = std::max<std::int64_t>(
            1, static_cast<std::int64_t>(std::llround(spec.outlier_fraction * static_cast<double>(cols))));
        while (static_cast<std::int64_t>(set.outlier_features.size()) < std::min(outliers, cols)) {
            const auto c = static_cast<std::int64_t>(setup.next() % static_cast<std::uint64_t>(cols));
            if (std::find(set.outlier_features.begin(), set.outlier_features.end(), c) == set.outlier_features.end()) {
                set.outlier_features.push_back(c);
                // One-signed (LLM.int8() §5.5); peak between the minimum and maximum magnitude.
                const double peak =
                    spec.outlier_min_magnitude +
                    (spec.outlier_max_magnitude - spec.outlier_min_magnitude) * (0.3 + 0.7 * setup.uniform());
                outlier_peak[static_cast<std::size_t>(c)] = static_cast<float>(setup.uniform() < 0.5 ? -peak : peak);
            }
        }
        std::sort(set.outlier_features.begin(), set.outlier_features.end());
    }

    control.throwIfCancelled();
    const SampleKind kind = spec.kind;
    std::atomic<std::int64_t> done{0};
    const std::int64_t total = spec.rows + spec.tokens;
    parallelFor(spec.rows, 0, [&](std::int64_t begin, std::int64_t end, int thread) {
        for (std::int64_t r = begin; r < end; ++r) {
            SplitMix64 rng(streamSeed(spec.seed, kPurposeWeight, r));
            float* out = set.weight.row(r);
            for (std::int64_t c = 0; c < cols; ++c) {
                double v = 0.0;
                if (kind == SampleKind::Laplace) {
                    // Laplace with unit variance: b = 1/sqrt(2).
                    const double u = rng.uniform() - 0.5;
                    v = -(std::numbers::sqrt2 / 2.0) * (u < 0 ? -1.0 : 1.0) * std::log(1.0 - 2.0 * std::fabs(u));
                } else {
                    v = rng.gaussian();
                }
                out[c] = kind == SampleKind::Transformer
                             ? static_cast<float>(v) * kWeightScale * row_scale[static_cast<std::size_t>(r)]
                             : static_cast<float>(v);
            }
            if ((r & 63) == 0) {
                control.throwIfCancelled();
                const std::int64_t d = done.fetch_add(64) + 64;
                if (thread == 0) {
                    control.report(std::min(1.0, static_cast<double>(d) / static_cast<double>(total)));
                }
            }
        }
    });

    set.calibration = Matrix("calibration", spec.tokens, cols);
    parallelFor(spec.tokens, 0, [&](std::int64_t begin, std::int64_t end, int thread) {
        for (std::int64_t t = begin; t < end; ++t) {
            SplitMix64 rng(streamSeed(spec.seed, kPurposeActivation, t));
            float* out = set.calibration.row(t);
            for (std::int64_t c = 0; c < cols; ++c) {
                const double g = rng.gaussian();
                const float peak = outlier_peak[static_cast<std::size_t>(c)];
                if (peak != 0.0f) {
                    const double u = rng.uniform();
                    if (u < spec.outlier_token_fraction) {
                        // Large and one-signed: between the minimum magnitude and this feature's peak.
                        const double mag =
                            spec.outlier_min_magnitude + (std::fabs(peak) - spec.outlier_min_magnitude) * rng.uniform();
                        out[c] = static_cast<float>(peak < 0 ? -mag : mag);
                    } else {
                        out[c] = static_cast<float>(std::copysign(std::fabs(g) * 1.5, peak));
                    }
                } else {
                    // Normal hidden states lie mostly in [-3.5, 3.5] (transformers docstring, §5.5); clamp
                    // well below the 6.0 outlier threshold so only generated outliers cross it.
                    out[c] = static_cast<float>(std::clamp(g * feature_std[static_cast<std::size_t>(c)], -5.0, 5.0));
                }
            }
            if ((t & 63) == 0) {
                control.throwIfCancelled();
                const std::int64_t d = done.fetch_add(64) + 64;
                if (thread == 0) {
                    control.report(std::min(1.0, static_cast<double>(d) / static_cast<double>(total)));
                }
            }
        }
    });
    control.report(1.0);
    return set;
}

} // namespace fitscope::quant
