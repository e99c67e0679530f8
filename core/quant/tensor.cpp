#include "tensor.h"

#include <cmath>

namespace fitscope::quant {

Matrix::Matrix(std::string matrix_name, std::int64_t row_count, std::int64_t col_count)
    : name(std::move(matrix_name))
    , rows(row_count)
    , cols(col_count)
    , data(static_cast<std::size_t>(row_count * col_count), 0.0f) {}

void requireFinite(const Matrix& matrix) {
    const std::int64_t n = matrix.size();
    for (std::int64_t i = 0; i < n; ++i) {
        if (!std::isfinite(matrix.data[static_cast<std::size_t>(i)])) {
            throw QuantError("tensor '" + matrix.name + "' holds a non-finite value (NaN or Inf) at row " +
                             std::to_string(i / matrix.cols) + ", column " + std::to_string(i % matrix.cols));
        }
    }
}

void requireShape(std::int64_t rows, std::int64_t cols, const std::string& what) {
    if (rows <= 0 || cols <= 0) {
        throw QuantError(what + ": rows and columns must be positive (got " + std::to_string(rows) + " x " +
                         std::to_string(cols) + ")");
    }
    if (rows > kMaxElements / cols) {
        throw QuantError(what + ": " + std::to_string(rows) + " x " + std::to_string(cols) +
                         " is too large (at most 2^31 values)");
    }
}

} // namespace fitscope::quant
