#pragma once

#include "core/sizing/model_spec.h"
#include "core/sizing/precision.h"
#include "core/sizing/weight_breakdown.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fitscope::sizing {

// A ModelSpec with everything that does not depend on the scenario computed once: the parameter
// counts and the weight matrix groups. Estimates share it, so a slider step or a solver sweep
// never re-derives the architecture.
struct PreparedModel {
    ModelSpec spec;
    ParameterCounts counts;
    std::vector<TensorGroup> groups;
    std::int64_t kv_elements_per_token_per_layer = 0;
    std::int64_t sliding_layers = 0;
    std::int64_t largest_matrix_elements = 0; // the biggest single weight matrix (dequantization buffers)

    // A model read from a safetensors or GGUF file: the exact bytes its tensors store and the format
    // they are in. While a plan asks for that format, the engine uses these bytes instead of its
    // formula (a file's real per-tensor mix beats any rule), and the derivation says so.
    std::optional<WeightBreakdown> stored_weights;
    std::optional<WeightFormat> stored_format;
    std::string stored_label; // "Q4_K_M", "GPTQ 4-bit, group 128", ...

    // The weight bytes under every format with the default embeddings/output-head choice, computed
    // once: a slider step or solver sweep then never walks the tensors (GGUF mixtures walk every layer).
    std::array<WeightBreakdown, static_cast<std::size_t>(WeightFormat::Count_)> default_weights{};
    bool default_weights_ready = false;
};

// Validates and prepares spec; throws std::invalid_argument with validate()'s reason.
std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec);

// The same for a model whose file says exactly what it stores.
std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec, const WeightBreakdown& stored_weights,
                                                  std::optional<WeightFormat> stored_format, std::string stored_label);

} // namespace fitscope::sizing
