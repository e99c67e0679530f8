#pragma once

#include <cstdint>

namespace fitscope::sizing {

// Weight bytes split the way the chart and the report show them.
struct WeightBreakdown {
    std::int64_t embeddings_bytes = 0;
    std::int64_t body_bytes = 0; // attention and MLP/expert matrices
    std::int64_t norms_bytes = 0;
    std::int64_t output_head_bytes = 0;
    std::int64_t encoder_bytes = 0; // vision/audio encoders and projectors (not loaded by llama.cpp)

    std::int64_t total() const {
        return embeddings_bytes + body_bytes + norms_bytes + output_head_bytes + encoder_bytes;
    }
};

} // namespace fitscope::sizing
