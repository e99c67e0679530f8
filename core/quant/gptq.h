#pragma once
// GPTQ (Frantar et al., ICLR 2023), following IST-DASLab/gptq's fasterquant (quant-formats.md §3.1).

#include "int_group.h"

namespace fitscope::quant {

struct GptqStats {
    double loss = 0.0;             // Σ (w - q)² / d² / 2, as the reference reports
    std::int64_t dead_columns = 0; // input features with H_ii = 0
    double damp = 0.0;
};

// Quantizes weight (rows x cols) with the Hessian from calibration (tokens x cols) into the
// asymmetric INT-`bits` per-group layout. act_order switches to static groups (grids computed up front
// on the original weight, the reference's static_groups mode) so groups stay contiguous in storage.
QuantizedTensor gptqQuantize(const std::string& scheme, const IntGroupLayout& layout, const Matrix& weight,
                             const Matrix& calibration, const SchemeOptions& options, const Control& control,
                             GptqStats* stats = nullptr);

} // namespace fitscope::quant
