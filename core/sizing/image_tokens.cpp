#include "core/sizing/image_tokens.h"

#include "core/sizing/prepared_model.h"

#include <algorithm>

namespace fitscope::sizing {

bool acceptsImages(const ModelSpec& spec) {
    return spec.encoder_params > 0;
}

std::int64_t tokensPerImage(const Scenario& s) {
    if (!s.model || !acceptsImages(s.model->spec)) {
        return 0;
    }
    if (s.tokens_per_image > 0) {
        return std::min(s.tokens_per_image, kMaxImageTokens);
    }
    return s.model->spec.image_tokens_per_image;
}

std::int64_t imageTokensPerSequence(const Scenario& s) {
    const std::int64_t images = std::clamp<std::int64_t>(s.images_per_request, 0, kMaxImagesPerRequest);
    return images * tokensPerImage(s);
}

std::int64_t sequenceTokens(const Scenario& s) {
    return std::clamp<std::int64_t>(s.context_tokens + imageTokensPerSequence(s), 1, kMaxContextTokens);
}

std::int64_t textContextLimit(const Scenario& s, std::int64_t max_sequence_tokens) {
    return std::clamp<std::int64_t>(max_sequence_tokens - imageTokensPerSequence(s), 1, kMaxContextTokens);
}

} // namespace fitscope::sizing
