#pragma once

#include "core/sizing/scenario.h"

#include <cstdint>

namespace fitscope::sizing {

// Images in a request. A multimodal model turns each image into soft tokens that take their place in the
// sequence beside the text: they are cached and attended like text tokens, so vLLM's --max-model-len and
// llama.cpp's -c must hold them too. Every runtime profile sees the longer sequence.

// Whether the model can take images at all: it has a vision encoder (a text model ignores them).
bool acceptsImages(const ModelSpec& spec);

// The tokens one image takes: the scenario's own figure, else the model's (0 = unknown, or a text model).
std::int64_t tokensPerImage(const Scenario& s);

// The image tokens each sequence carries: images_per_request × tokensPerImage, 0 without images.
std::int64_t imageTokensPerSequence(const Scenario& s);

// The tokens one sequence holds: context_tokens (text) plus its image tokens, within kMaxContextTokens.
std::int64_t sequenceTokens(const Scenario& s);

// The longest text a sequence may hold when the model's limit (max_sequence_tokens, its trained context)
// counts the image tokens too: the limit less the images' tokens, at least 1. What the solvers search up to.
std::int64_t textContextLimit(const Scenario& s, std::int64_t max_sequence_tokens);

} // namespace fitscope::sizing
