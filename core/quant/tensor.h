#pragma once
// The float matrix every scheme reads and every loader produces, and the TensorSource interface that
// generated tensors, .npy files and (later) safetensors/GGUF tensors implement.

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace fitscope::quant {

// Any bad input (a broken file, a NaN in a tensor, an unsupported shape). The CLI maps it to exit 2.
class QuantError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown by long operations when their CancelToken is set.
class Cancelled : public std::runtime_error {
public:
    Cancelled()
        : std::runtime_error("cancelled") {}
};

// A dense row-major float32 matrix. For a linear layer's weight: rows = output features,
// cols = input features (the PyTorch/GGUF convention, y = W x). For calibration activations:
// rows = tokens, cols = input features.
struct Matrix {
    std::string name;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<float> data;

    Matrix() = default;
    Matrix(std::string matrix_name, std::int64_t row_count, std::int64_t col_count);

    std::int64_t size() const { return rows * cols; }
    std::int64_t bytes() const { return size() * static_cast<std::int64_t>(sizeof(float)); }
    bool empty() const { return data.empty(); }
    float* row(std::int64_t r) { return data.data() + r * cols; }
    const float* row(std::int64_t r) const { return data.data() + r * cols; }
    float& at(std::int64_t r, std::int64_t c) { return data[static_cast<std::size_t>(r * cols + c)]; }
    float at(std::int64_t r, std::int64_t c) const { return data[static_cast<std::size_t>(r * cols + c)]; }
};

// Largest tensor FitScope accepts (elements): 2^31 values = 8 GiB of float32, far above the issue's
// 8192 x 8192 and small enough to keep every int64 byte count exact.
inline constexpr std::int64_t kMaxElements = std::int64_t{1} << 31;

// Throws QuantError naming the first NaN/Inf (row, column) so the user can find it.
void requireFinite(const Matrix& matrix);

// Throws QuantError unless 0 < rows, cols and rows*cols <= kMaxElements.
void requireShape(std::int64_t rows, std::int64_t cols, const std::string& what);

// A named source of float tensors. Loaders (npy today; safetensors and GGUF from core/formats later)
// describe what they hold without reading it, and load() materialises one tensor as float32.
class TensorSource {
public:
    virtual ~TensorSource() = default;
    virtual std::string description() const = 0;
    // Names of the tensors available (a .npy file has one; a safetensors file many).
    virtual std::vector<std::string> tensorNames() const = 0;
    // Loads one tensor as a 2-D float matrix (1-D tensors become 1 x n). Throws QuantError.
    virtual Matrix load(const std::string& name) const = 0;
};

} // namespace fitscope::quant
