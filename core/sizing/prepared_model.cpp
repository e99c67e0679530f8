#include "core/sizing/prepared_model.h"

#include "core/sizing/estimator.h"

#include <algorithm>
#include <stdexcept>

namespace fitscope::sizing {

std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec) {
    if (const std::string problem = validate(spec); !problem.empty()) {
        throw std::invalid_argument(problem);
    }
    auto prepared = std::make_shared<PreparedModel>();
    prepared->counts = countParameters(spec);
    prepared->groups = tensorGroups(spec);
    prepared->kv_elements_per_token_per_layer = kvElementsPerTokenPerLayer(spec);
    prepared->sliding_layers = spec.sliding_window.slidingLayers(spec.num_layers);
    for (const TensorGroup& group : prepared->groups) {
        if (group.role != TensorRole::Norm && group.role != TensorRole::TokenEmbedding &&
            group.role != TensorRole::PositionEmbedding) {
            prepared->largest_matrix_elements = std::max(prepared->largest_matrix_elements, group.rows * group.cols);
        }
    }
    prepared->spec = std::move(spec);
    for (const FormatInfo& info : allWeightFormats()) {
        PrecisionPlan plan;
        plan.weights = info.format;
        prepared->default_weights[static_cast<std::size_t>(info.format)] = weightBytes(*prepared, plan);
    }
    prepared->default_weights_ready = true;
    return prepared;
}

std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec, const WeightBreakdown& stored_weights,
                                                  std::optional<WeightFormat> stored_format, std::string stored_label) {
    auto prepared = std::const_pointer_cast<PreparedModel>(prepareModel(std::move(spec)));
    prepared->stored_weights = stored_weights;
    prepared->stored_format = stored_format;
    prepared->stored_label = std::move(stored_label);
    return prepared;
}

} // namespace fitscope::sizing
