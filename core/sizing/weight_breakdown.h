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
    // Of embeddings_bytes, the per-layer embedding table (Gemma 4 E2B/E4B): not part of a tied output head.
    std::int64_t per_layer_embeddings_bytes = 0;

    std::int64_t total() const {
        return embeddings_bytes + body_bytes + norms_bytes + output_head_bytes + encoder_bytes;
    }
};

} // namespace fitscope::sizing
