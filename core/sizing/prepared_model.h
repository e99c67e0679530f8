#pragma once

#include "core/sizing/model_spec.h"

#include <memory>
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
};

// Validates and prepares spec; throws std::invalid_argument with validate()'s reason.
std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec);

} // namespace fitscope::sizing
