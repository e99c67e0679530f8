// The GGUF block formats as schemes: rows are quantized independently (as llama-quantize does with
// n_per_row = columns), so the packed tensor is rows x (cols / block) blocks, exactly the bytes a
// GGUF file stores for that tensor. Columns must be a multiple of the block size, as in ggml.

#include "float_formats.h"
#include "ggml_blocks.h"
#include "parallel.h"
#include "scheme.h"

#include <algorithm>

namespace fitscope::quant {

namespace {

using namespace ggml;

enum class GgmlType { Q8_0, Q4_0, Q4_1, Q4_K, Q6_K };

struct TypeInfo {
    const char* name;
    int block;
    int bytes;
    const char* description;
};

TypeInfo info(GgmlType type) {
    switch (type) {
    case GgmlType::Q8_0:
        return {"q8_0", 32, 34, "GGUF Q8_0: blocks of 32 int8 with an fp16 absmax scale (8.5 bpw)"};
    case GgmlType::Q4_0:
        return {"q4_0", 32, 18, "GGUF Q4_0: blocks of 32 4-bit codes with a signed fp16 scale max/-8 (4.5 bpw)"};
    case GgmlType::Q4_1:
        return {"q4_1", 32, 20, "GGUF Q4_1: blocks of 32 4-bit codes with fp16 scale and minimum (5.0 bpw)"};
    case GgmlType::Q4_K:
        return {"q4_k", 256, 144, "GGUF Q4_K: super-blocks of 8x32 with 6-bit scales and mins (4.5 bpw)"};
    case GgmlType::Q6_K:
        return {"q6_k", 256, 210, "GGUF Q6_K: super-blocks of 16x16 6-bit codes with int8 scales (6.5625 bpw)"};
    }
    return {"?", 1, 1, ""};
}

class GgmlScheme : public Scheme {
public:
    explicit GgmlScheme(GgmlType type)
        : m_type(type)
        , m_info(info(type)) {}
    std::string name() const override { return m_info.name; }
    std::string description() const override { return m_info.description; }
    std::int64_t blockSize(std::int64_t) const override { return m_info.block; }
    void checkShape(std::int64_t rows, std::int64_t cols) const override {
        Scheme::checkShape(rows, cols);
        if (cols % m_info.block != 0) {
            throw QuantError(name() + " needs the number of columns to be a multiple of " +
                             std::to_string(m_info.block) + " (got " + std::to_string(cols) + "), as in ggml");
        }
    }
    std::int64_t rowBytes(std::int64_t cols) const { return cols / m_info.block * m_info.bytes; }

    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        QuantizedTensor out{name(), w.rows, w.cols,
                            std::vector<std::uint8_t>(static_cast<std::size_t>(w.rows * rowBytes(w.cols)))};
        const std::int64_t rb = rowBytes(w.cols);
        parallelFor(w.rows, options.threads, [&](std::int64_t b, std::int64_t e, int thread) {
            for (std::int64_t r = b; r < e; ++r) {
                void* dst = out.bytes.data() + r * rb;
                switch (m_type) {
                case GgmlType::Q8_0:
                    quantizeRowQ8_0(w.row(r), static_cast<BlockQ8_0*>(dst), w.cols);
                    break;
                case GgmlType::Q4_0:
                    quantizeRowQ4_0(w.row(r), static_cast<BlockQ4_0*>(dst), w.cols);
                    break;
                case GgmlType::Q4_1:
                    quantizeRowQ4_1Ref(w.row(r), static_cast<BlockQ4_1*>(dst), w.cols);
                    break;
                case GgmlType::Q4_K:
                    quantizeRowQ4_K(w.row(r), static_cast<BlockQ4_K*>(dst), w.cols);
                    break;
                case GgmlType::Q6_K:
                    quantizeRowQ6_KRef(w.row(r), static_cast<BlockQ6_K*>(dst), w.cols);
                    break;
                }
                if (thread == 0 && (r & 127) == 0) {
                    control.throwIfCancelled();
                    control.report(static_cast<double>(r - b) / static_cast<double>(std::max<std::int64_t>(1, e - b)));
                }
            }
        });
        control.throwIfCancelled();
        control.report(1.0);
        return out;
    }

    void dequantizeRow(const std::uint8_t* src, float* dst, std::int64_t cols) const {
        switch (m_type) {
        case GgmlType::Q8_0:
            dequantizeRowQ8_0(reinterpret_cast<const BlockQ8_0*>(src), dst, cols);
            break;
        case GgmlType::Q4_0:
            dequantizeRowQ4_0(reinterpret_cast<const BlockQ4_0*>(src), dst, cols);
            break;
        case GgmlType::Q4_1:
            dequantizeRowQ4_1(reinterpret_cast<const BlockQ4_1*>(src), dst, cols);
            break;
        case GgmlType::Q4_K:
            dequantizeRowQ4_K(reinterpret_cast<const BlockQ4_K*>(src), dst, cols);
            break;
        case GgmlType::Q6_K:
            dequantizeRowQ6_K(reinterpret_cast<const BlockQ6_K*>(src), dst, cols);
            break;
        }
    }

    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        checkShape(t.rows, t.cols);
        requireBytes(t, t.rows * rowBytes(t.cols));
        Matrix m(name(), t.rows, t.cols);
        parallelFor(t.rows, 0, [&](std::int64_t b, std::int64_t e, int) {
            for (std::int64_t r = b; r < e; ++r) {
                dequantizeRow(t.bytes.data() + r * rowBytes(t.cols), m.row(r), t.cols);
            }
        });
        return m;
    }

    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        BlockLevels out = blockGeometry(t, block);
        const std::uint8_t* p = t.bytes.data() + block * m_info.bytes;
        switch (m_type) {
        case GgmlType::Q8_0: {
            const float d = halfToFloat(reinterpret_cast<const BlockQ8_0*>(p)->d);
            for (int q = -128; q <= 127; ++q) {
                out.levels.push_back(static_cast<float>(q) * d);
            }
            break;
        }
        case GgmlType::Q4_0: {
            const float d = halfToFloat(reinterpret_cast<const BlockQ4_0*>(p)->d);
            for (int q = 0; q < 16; ++q) {
                out.levels.push_back(static_cast<float>(q - 8) * d);
            }
            break;
        }
        case GgmlType::Q4_1: {
            const auto* b = reinterpret_cast<const BlockQ4_1*>(p);
            for (int q = 0; q < 16; ++q) {
                out.levels.push_back(static_cast<float>(q) * halfToFloat(b->d) + halfToFloat(b->m));
            }
            break;
        }
        case GgmlType::Q4_K: {
            // Each of the 8 sub-blocks has its own (scale, min): the super-block can represent all of them.
            const auto* b = reinterpret_cast<const BlockQ4_K*>(p);
            for (int j = 0; j < 8; ++j) {
                std::uint8_t sc = 0;
                std::uint8_t m = 0;
                scaleMinK4(j, b->scales, &sc, &m);
                for (int q = 0; q < 16; ++q) {
                    out.levels.push_back(halfToFloat(b->d) * sc * static_cast<float>(q) - halfToFloat(b->dmin) * m);
                }
            }
            break;
        }
        case GgmlType::Q6_K: {
            const auto* b = reinterpret_cast<const BlockQ6_K*>(p);
            for (int j = 0; j < 16; ++j) {
                for (int q = -32; q < 32; ++q) {
                    out.levels.push_back(halfToFloat(b->d) * b->scales[j] * static_cast<float>(q));
                }
            }
            break;
        }
        }
        sortUnique(out.levels);
        return out;
    }

private:
    GgmlType m_type;
    TypeInfo m_info;
};

} // namespace

void registerGgmlSchemes(std::vector<std::unique_ptr<Scheme>>& out) {
    for (GgmlType t : {GgmlType::Q8_0, GgmlType::Q4_0, GgmlType::Q4_1, GgmlType::Q4_K, GgmlType::Q6_K}) {
        out.push_back(std::make_unique<GgmlScheme>(t));
    }
}

} // namespace fitscope::quant
