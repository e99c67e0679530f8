#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"
#include "core/sizing/units.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace fitscope::report {

// One cell of the fit matrix: a model on a GPU configuration.
struct FitCell {
    std::int64_t per_gpu_bytes = 0;
    std::int64_t capacity_bytes = 0; // per GPU
    sizing::Verdict verdict = sizing::Verdict::DoesNotFit;
    bool valid = true; // false: the engine could not size this pair ("n/a")
};

// Models (rows) × GPU configurations (columns), everything else taken from one scenario: what the
// explorer's matrix shows and what "Copy as Markdown table" puts on the clipboard.
struct FitMatrix {
    std::vector<std::string> models;         // row labels
    std::vector<std::string> gpus;           // column labels ("NVIDIA A10G", "2 × NVIDIA A100 80GB")
    std::vector<std::vector<FitCell>> cells; // [row][column]
    sizing::MemoryUnit unit = sizing::MemoryUnit::GB;
};

struct MatrixGpu {
    std::shared_ptr<const sizing::GpuSpec> spec;
    std::int64_t count = 1;
};

// Estimates every model on every GPU with the rest of base (precision, context, batch, runtime).
FitMatrix computeFitMatrix(const sizing::Scenario& base,
                           std::span<const std::shared_ptr<const sizing::PreparedModel>> models,
                           std::span<const MatrixGpu> gpus, sizing::MemoryUnit unit);

// The matrix as a GitHub-flavoured Markdown table; each cell reads "fits · 19.1 / 24.1 GB".
std::string fitMatrixMarkdownTable(const FitMatrix& matrix);

// "fits", "tight", "does not fit".
std::string verdictText(sizing::Verdict verdict);

} // namespace fitscope::report
