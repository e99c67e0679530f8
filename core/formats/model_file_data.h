#pragma once

#include "core/formats/model_file.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fitscope::formats {

// One tensor's values as a row-major matrix: cols is the contiguous axis (safetensors: the last
// dimension; GGUF: ne0), rows everything else. For the quantization lab.
struct FloatTensor {
    std::string name;
    std::string dtype; // as stored
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<float> values; // rows × cols
};

// 64 Mi values (256 MiB of floats): more than any single matrix of a 70B model's layer, less than
// what would hurt a desktop.
inline constexpr std::int64_t k_default_max_float_elements = std::int64_t{1} << 26;

// The tensors of a model path (anything inspectModelPath accepts), with shapes, types and sizes.
std::vector<ModelTensor> listTensors(const std::filesystem::path& path);

// True when readTensorAsFloat can convert this stored type: safetensors F32, F16, BF16; GGUF F32,
// F16, BF16, F64 and the dequantizable blocks (Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q4_K, Q6_K, IQ4_NL, MXFP4).
bool canReadAsFloat(const ModelTensor& tensor, ModelFileFormat format);

// Reads one tensor's data (only that tensor's bytes, with one bounded read) and converts it to
// float, dequantizing GGUF blocks as ggml does. path: a .safetensors or .gguf file (split parts
// are searched) or a model folder. Throws FormatError when the tensor is missing, its type cannot be
// converted, or it holds more than max_elements values.
FloatTensor readTensorAsFloat(const std::filesystem::path& path, const std::string& tensor_name,
                              std::int64_t max_elements = k_default_max_float_elements);

} // namespace fitscope::formats
