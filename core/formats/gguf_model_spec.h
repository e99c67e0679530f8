#pragma once

#include "core/formats/gguf_reader.h"
#include "core/sizing/model_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace fitscope::formats {

struct GgufModelSpec {
    std::optional<sizing::ModelSpec> spec; // absent when the metadata lacks what the engine needs
    std::string note;                      // why the spec is absent, or what was assumed
    std::int64_t context_length = 0;
    std::vector<std::int64_t> kv_heads_per_layer;                // when head_count_kv is a per-layer array
    std::vector<std::pair<std::string, std::string>> properties; // the facts used, for display
};

// Maps GGUF metadata (the first part's) and the tensor table (all parts') to a ModelSpec, so the KV
// cache comes from the file's own figures: <arch>.block_count, embedding_length,
// feed_forward_length, attention.head_count(_kv) (scalars or per-layer arrays), key/value_length,
// expert_count/expert_used_count, the MLA ranks (deepseek2), attention.sliding_window and its
// pattern, and the vocabulary size from tokenizer.ggml.tokens. What the metadata leaves implicit
// (biases, norm kind, tied output, gated MLP, extra norms) is read off the tensor names, which is
// how llama.cpp itself decides (a missing output.weight means tied embeddings).
GgufModelSpec modelSpecFromGguf(const GgufFile& file, const std::vector<GgufTensorInfo>& tensors,
                                const std::string& fallback_name);

} // namespace fitscope::formats
