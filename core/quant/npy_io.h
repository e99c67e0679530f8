#pragma once
// NumPy .npy files (format versions 1.0, 2.0 and 3.0): float32 and float16, little-endian, C order,
// 1-D or 2-D. Anything else gets a QuantError saying what was found.

#include "tensor.h"

#include <string>

namespace fitscope::quant {

Matrix readNpy(const std::string& path);
// Parses an in-memory .npy image (used by readNpy and by fuzzers/tests).
Matrix parseNpy(const std::string& bytes, const std::string& name);
// Writes a float32 '<f4' C-order 2-D array.
void writeNpy(const std::string& path, const Matrix& matrix);

// The .npy file as a TensorSource (one tensor, named after the file).
class NpyTensorSource : public TensorSource {
public:
    explicit NpyTensorSource(std::string path);
    std::string description() const override;
    std::vector<std::string> tensorNames() const override;
    Matrix load(const std::string& name) const override;

private:
    std::string m_path;
};

} // namespace fitscope::quant
