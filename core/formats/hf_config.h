#pragma once

#include "core/sizing/model_spec.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fitscope::formats {

// Any problem reading a model file. what() names the file and what is wrong in one line.
class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Builds a ModelSpec from a Hugging Face config.json's text. Keys a file leaves out take the
// default of the transformers config class for its model_type (tied embeddings, head_dim, ...).
// origin names the file in error messages. Throws FormatError for malformed JSON, unsupported
// model types (with the list of supported ones) and missing or absurd required fields.
sizing::ModelSpec parseHfConfig(std::string_view json_text, const std::string& origin = "config.json");

// Reads path (a config.json, or a folder holding one). Reads at most 16 MiB.
sizing::ModelSpec readHfConfig(const std::filesystem::path& path);

// The model_type values parseHfConfig understands.
const std::vector<std::string>& supportedModelTypes();

} // namespace fitscope::formats
