#pragma once

// The GGUF architectures whose layers differ from one another (hybrids of attention and recurrent
// mixers, interleaved sliding/chunked attention, interleaved MoE, stored MTP blocks): their layer list
// from the metadata and the tensor table, in the same per-layer description the config.json readers
// build (core/formats/hf_config_families.cpp). Internal to fitscope_formats.
#include "core/formats/gguf_reader.h"
#include "core/sizing/model_spec.h"

#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fitscope::formats::gguf {

// A malformed or missing key of such an architecture; what() names the key.
class LayerMetadataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

using TensorIndex = std::unordered_map<std::string, const GgufTensorInfo*>;
using Properties = std::vector<std::pair<std::string, std::string>>;

// True for the llama.cpp architectures (general.architecture) readLayerFamily describes.
bool hasLayerFamily(const std::string& arch);

// The Hugging Face model_type of a llama.cpp architecture name, or "" when the names agree.
std::string layerFamilyModelType(const std::string& arch);

// Fills spec.layers (and num_layers, the MTP blocks and the typical-layer fields) for such an
// architecture. spec already holds the common fields (hidden size, vocabulary, heads, tied output).
// Throws LayerMetadataError naming the key for a missing or malformed key.
void readLayerFamily(const GgufFile& file, const std::string& arch, const TensorIndex& tensors, sizing::ModelSpec& spec,
                     Properties& properties);

// True for the architectures read with uniform layers from the standard keys (gguf_model_spec.cpp).
bool isUniformArchitecture(const std::string& arch);

// A llama.cpp architecture name the readers support that most resembles arch (for refusals).
std::string closestGgufArchitecture(const std::string& arch);

} // namespace fitscope::formats::gguf
