#pragma once
// Generated sample tensors: seeded, reproducible on every platform (own RNG and own Gaussian, no
// implementation-defined std::normal_distribution), generated in parallel by row.

#include "progress.h"
#include "tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fitscope::quant {

enum class SampleKind { Gaussian, Laplace, Transformer };

// "gaussian", "laplace", "transformer" -> kind; throws QuantError otherwise.
SampleKind sampleKindFromName(const std::string& name);
std::string sampleKindName(SampleKind kind);

struct SampleSpec {
    SampleKind kind = SampleKind::Transformer;
    std::int64_t rows = 1024;  // output features
    std::int64_t cols = 1024;  // input features
    std::int64_t tokens = 512; // calibration tokens
    std::uint64_t seed = 42;
    // Transformer-like only: fraction of input features that carry outliers (LLM.int8() §5.5: ~0.1 %),
    // at least one feature, and their magnitude range (6 to 60, one-signed per feature).
    double outlier_fraction = 0.001;
    float outlier_min_magnitude = 6.0f;
    float outlier_max_magnitude = 60.0f;
    // Fraction of tokens in which an outlier feature is large (the paper: ~75 % of sequence dims at 6.7B).
    double outlier_token_fraction = 0.75;
};

// A weight (rows x cols) plus calibration activations (tokens x cols) for the same input features.
struct SampleSet {
    Matrix weight;
    Matrix calibration;
    std::vector<std::int64_t> outlier_features; // generated outlier columns (transformer-like); sorted
};

// Throws QuantError on bad sizes; honours cancellation.
SampleSet generateSample(const SampleSpec& spec, const Control& control = {});

// Gaussian calibration activations N(0, 1) without outliers, for weights loaded from files.
Matrix generateGaussianActivations(std::int64_t tokens, std::int64_t cols, std::uint64_t seed);

// Deterministic counter-based RNG (splitmix64), exposed for tests and benchmarks.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in (0, 1): never 0, so logarithms are safe.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }
    double gaussian();

private:
    std::uint64_t m_state;
    double m_spare = 0.0;
    bool m_has_spare = false;
};

} // namespace fitscope::quant
