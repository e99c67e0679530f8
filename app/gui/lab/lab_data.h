#pragma once
// Plain data passed from the lab's worker thread to its views: everything a chart draws is computed
// off the GUI thread (histograms, levels, per-feature errors), so a replot never touches a full tensor.

#include "core/quant/bench.h"
#include "core/quant/metrics.h"
#include "core/quant/sample_tensor.h"
#include "core/quant/scheme.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fitscope::gui::lab {

// Equal-width bins over [lo, hi]; counts[i] covers [lo + i·w, lo + (i+1)·w).
struct Histogram {
    double lo = 0.0;
    double hi = 0.0;
    std::vector<double> counts;

    double binWidth() const { return counts.empty() ? 0.0 : (hi - lo) / static_cast<double>(counts.size()); }
    double center(std::size_t i) const { return lo + (static_cast<double>(i) + 0.5) * binWidth(); }
};

// Bins values into `bins` bins over [lo, hi] (values outside are clamped into the end bins).
Histogram makeHistogram(const float* values, std::int64_t count, int bins, double lo, double hi);
// Same, over the values' own range (symmetric around 0 when symmetric is set).
Histogram makeHistogram(const float* values, std::int64_t count, int bins, bool symmetric);

enum class SourceKind { Generated, File };

// What to run: the tensor, the schemes and their options.
struct LabJob {
    int id = 0;
    SourceKind source = SourceKind::Generated;
    quant::SampleSpec spec; // generated tensors
    QString file_path;      // .npy, .safetensors, .gguf
    QString tensor_name;    // safetensors / GGUF: which tensor
    std::vector<std::string> schemes;
    quant::SchemeOptions options;
    std::shared_ptr<quant::CancelToken> cancel;
};

// One series of the outlier view: a scheme's output error contributed by each input feature,
// Σ_r (W − Ŵ)[r, c]² · Σ_t X[t, c]² relative to ‖XWᵀ‖² (cross terms left out), so a large
// activation times a coarse weight column shows as a spike.
struct FeatureErrorSeries {
    std::string scheme;
    double output_rel_error = 0.0;
    std::vector<double> per_feature;
};

// What the sample looks like, sent once per run before any scheme finishes.
struct LabSample {
    int job = 0;
    QString description; // "transformer-like 1024 × 1024, 512 calibration tokens, seed 42"
    QString short_name;  // "transformer-like sample" (for the explorer's line)
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t tokens = 0;
    Histogram weights; // every weight of the tensor
    float weight_abs_max = 0.0f;
    std::vector<double> activation_abs_max; // per input feature
    std::vector<std::int64_t> outliers;     // features with |x| >= threshold
    double threshold = 6.0;
    std::vector<FeatureErrorSeries> feature_errors; // int8-tensor, int8-channel, llm-int8
};

// One block of a scheme's stored tensor: its original weights and the values it can represent.
struct BlockView {
    QString label;              // "row 12, columns 0–127 (holds the largest |w|)"
    quant::BlockLevels levels;  // ascending
    std::vector<float> weights; // the block's original weights
};

// One scheme's finished result.
struct LabOutcome {
    int job = 0;
    std::string scheme;
    quant::Metrics metrics;
    std::int64_t stored_bytes = 0;
    double bits_per_weight = 0.0;
    double quantize_ms = 0.0;
    Histogram error;               // w − ŵ over the whole tensor
    std::vector<BlockView> blocks; // the block with the largest |w| first, then the first block
};

struct BenchOutcome {
    int job = 0;
    quant::BenchReport report;
};

} // namespace fitscope::gui::lab
