#pragma once
// A quantization scheme turns a float matrix into its real packed storage (QuantizedTensor::bytes,
// the blocks exactly as they sit in memory) and back. Bits per weight are always counted from those
// bytes, so scales, zero-points, outlier columns and padding are included.

#include "progress.h"
#include "tensor.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace fitscope::quant {

struct SchemeOptions {
    // LLM.int8(): an input feature is an outlier when |activation| >= threshold on any calibration
    // token (quant-formats.md §2.4: α = 6.0).
    double outlier_threshold = 6.0;
    // GPTQ (§3.1, IST-DASLab defaults): damping as a fraction of mean(diag H), lazy-batch block size,
    // act-order (columns by decreasing diag H).
    double gptq_damp = 0.01;
    std::int64_t gptq_block = 128;
    bool gptq_act_order = false;
    // AWQ grid search: number of calibration tokens used to score each exponent (a subsample keeps
    // the 20-point search fast on large tensors; the reported metrics use all tokens).
    std::int64_t awq_search_tokens = 512;
    // Worker threads for schemes that parallelise (0 = every hardware thread).
    int threads = 0;
};

struct QuantizedTensor {
    std::string scheme;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<std::uint8_t> bytes; // the stored representation, exactly as laid out in memory

    std::int64_t storedBytes() const { return static_cast<std::int64_t>(bytes.size()); }
    double bitsPerWeight() const {
        return rows * cols == 0 ? 0.0 : 8.0 * static_cast<double>(bytes.size()) / static_cast<double>(rows * cols);
    }
};

// One block as the GUI's histogram shows it: which weights it covers and the values it can represent.
struct BlockLevels {
    std::int64_t row = 0;
    std::int64_t col_begin = 0;
    std::int64_t col_end = 0;  // exclusive
    std::vector<float> levels; // every representable value of this block, ascending, deduplicated
};

class Scheme {
public:
    virtual ~Scheme() = default;
    virtual std::string name() const = 0;
    virtual std::string description() const = 0;
    // Schemes that need calibration activations (LLM.int8(), GPTQ, AWQ).
    virtual bool needsCalibration() const { return false; }
    // Throws QuantError when the shape cannot be stored (e.g. GGUF K-quants need columns % 256 == 0).
    virtual void checkShape(std::int64_t rows, std::int64_t cols) const;
    virtual QuantizedTensor quantize(const Matrix& weight, const Matrix* calibration, const SchemeOptions& options,
                                     const Control& control) const = 0;
    virtual Matrix dequantize(const QuantizedTensor& tensor) const = 0;
    // Values per block along a row (per-tensor schemes: the whole row; elementwise formats: the row).
    virtual std::int64_t blockSize(std::int64_t cols) const = 0;
    // Blocks are numbered row-major: block i covers row i / blocksPerRow.
    std::int64_t blockCount(const QuantizedTensor& tensor) const;
    virtual BlockLevels levels(const QuantizedTensor& tensor, std::int64_t block) const = 0;

protected:
    BlockLevels blockGeometry(const QuantizedTensor& tensor, std::int64_t block) const;
};

// Registry of every scheme by name ("fp16", "q4_k", "gptq-int4-g128", ...), in display order.
std::vector<std::string> schemeNames();
// nullptr when unknown.
const Scheme* findScheme(const std::string& name);
// Throws QuantError listing the known names.
const Scheme& schemeOrThrow(const std::string& name);

// ---- helpers shared by the scheme implementations ----
void sortUnique(std::vector<float>& values);
void appendBytes(std::vector<std::uint8_t>& out, const void* data, std::size_t size);
template <typename T>
T loadAt(const std::vector<std::uint8_t>& bytes, std::size_t offset) {
    T value;
    if (offset + sizeof(T) > bytes.size()) {
        throw QuantError("packed tensor is truncated");
    }
    std::memcpy(&value, bytes.data() + offset, sizeof(T));
    return value;
}
void requireScheme(const QuantizedTensor& tensor, const std::string& name);
void requireBytes(const QuantizedTensor& tensor, std::int64_t expected);

// Registration hooks, one per scheme file.
void registerFloatSchemes(std::vector<std::unique_ptr<Scheme>>& out);
void registerInt8Schemes(std::vector<std::unique_ptr<Scheme>>& out);
void registerIntGroupSchemes(std::vector<std::unique_ptr<Scheme>>& out);
void registerNf4Schemes(std::vector<std::unique_ptr<Scheme>>& out);
void registerMxfp4Scheme(std::vector<std::unique_ptr<Scheme>>& out);
void registerGgmlSchemes(std::vector<std::unique_ptr<Scheme>>& out);
void registerGptqSchemes(std::vector<std::unique_ptr<Scheme>>& out);
void registerAwqSchemes(std::vector<std::unique_ptr<Scheme>>& out);

} // namespace fitscope::quant
