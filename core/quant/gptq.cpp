#include "gptq.h"

#include "linalg.h"
#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace fitscope::quant {

QuantizedTensor gptqQuantize(const std::string& scheme, const IntGroupLayout& layout, const Matrix& weight,
                             const Matrix& calibration, const SchemeOptions& options, const Control& control,
                             GptqStats* stats) {
    const std::int64_t rows = weight.rows;
    const std::int64_t cols = weight.cols;
    if (calibration.cols != cols || calibration.rows <= 0) {
        throw QuantError(scheme + " needs calibration activations with one column per weight column");
    }
    const int threads = options.threads > 0 ? options.threads : defaultThreadCount();
    const std::int64_t group = layout.group;
    const int maxq = layout.maxq();
    const std::int64_t block = std::max<std::int64_t>(1, options.gptq_block);

    // H = (2/n) Xᵀ X (add_batch); the scale does not matter because damping is relative.
    control.report(0.0);
    std::vector<float> h(static_cast<std::size_t>(cols * cols));
    linalg::gram(calibration.data.data(), calibration.rows, cols, 2.0f / static_cast<float>(calibration.rows), h.data(),
                 threads);
    control.throwIfCancelled();
    control.report(0.15);

    Matrix w = weight; // working copy, updated in place
    std::int64_t dead = 0;
    for (std::int64_t i = 0; i < cols; ++i) {
        if (h[static_cast<std::size_t>(i * cols + i)] == 0.0f) {
            h[static_cast<std::size_t>(i * cols + i)] = 1.0f;
            for (std::int64_t r = 0; r < rows; ++r) {
                w.at(r, i) = 0.0f;
            }
            ++dead;
        }
    }

    // Static groups (used with act-order): one grid per (row, group) from the un-updated weight.
    const std::int64_t groups = layout.groups();
    std::vector<GroupGrid> grids(static_cast<std::size_t>(rows * groups));
    auto computeGrid = [&](std::int64_t r, std::int64_t g, const float* row_values) {
        const std::int64_t c0 = g * group;
        const std::int64_t len = std::min(group, cols - c0);
        grids[static_cast<std::size_t>(r * groups + g)] = findGroupGrid(row_values + c0, len, layout.bits, true);
    };
    const bool static_groups = options.gptq_act_order;
    if (static_groups) {
        for (std::int64_t r = 0; r < rows; ++r) {
            for (std::int64_t g = 0; g < groups; ++g) {
                computeGrid(r, g, w.row(r));
            }
        }
    }

    // Act-order: columns by decreasing H_ii.
    std::vector<std::int64_t> perm(static_cast<std::size_t>(cols));
    std::iota(perm.begin(), perm.end(), 0);
    if (options.gptq_act_order) {
        std::stable_sort(perm.begin(), perm.end(), [&](std::int64_t a, std::int64_t b) {
            return h[static_cast<std::size_t>(a * cols + a)] > h[static_cast<std::size_t>(b * cols + b)];
        });
        std::vector<float> hp(h.size());
        for (std::int64_t i = 0; i < cols; ++i) {
            for (std::int64_t j = 0; j < cols; ++j) {
                hp[static_cast<std::size_t>(i * cols + j)] = h[static_cast<std::size_t>(
                    perm[static_cast<std::size_t>(i)] * cols + perm[static_cast<std::size_t>(j)])];
            }
        }
        h.swap(hp);
        Matrix wp(w.name, rows, cols);
        for (std::int64_t r = 0; r < rows; ++r) {
            for (std::int64_t j = 0; j < cols; ++j) {
                wp.at(r, j) = w.at(r, perm[static_cast<std::size_t>(j)]);
            }
        }
        w = std::move(wp);
    }

    double mean_diag = 0.0;
    for (std::int64_t i = 0; i < cols; ++i) {
        mean_diag += h[static_cast<std::size_t>(i * cols + i)];
    }
    mean_diag /= static_cast<double>(cols);
    const auto damp = static_cast<float>(options.gptq_damp * mean_diag);
    for (std::int64_t i = 0; i < cols; ++i) {
        h[static_cast<std::size_t>(i * cols + i)] += damp;
    }
    if (!linalg::upperCholeskyOfInverse(h.data(), cols, threads)) {
        throw QuantError(scheme + ": the damped Hessian is not positive definite (try more calibration tokens)");
    }
    control.throwIfCancelled();
    control.report(0.35);
    const std::vector<float>& u = h; // Hinv: upper Cholesky factor of H⁻¹

    // Rows are independent in GPTQ: each thread runs the whole algorithm on its slice of rows.
    const std::int64_t cp = layout.paddedCols();
    std::vector<std::uint8_t> codes(static_cast<std::size_t>(rows * cp), 0);
    std::vector<double> losses(static_cast<std::size_t>(threads), 0.0);
    std::atomic<std::int64_t> blocks_done{0};
    const std::int64_t total_blocks = (cols + block - 1) / block * threads;
    parallelFor(rows, threads, [&](std::int64_t r0, std::int64_t r1, int t) {
        const std::int64_t rs = r1 - r0;
        if (rs <= 0) {
            return;
        }
        float* wr = w.row(r0);
        std::vector<float> err(static_cast<std::size_t>(rs * block));
        std::vector<std::uint8_t> qcodes(static_cast<std::size_t>(rs * cols));
        double loss = 0.0;
        for (std::int64_t i1 = 0; i1 < cols; i1 += block) {
            const std::int64_t i2 = std::min(cols, i1 + block);
            const std::int64_t count = i2 - i1;
            for (std::int64_t r = 0; r < rs; ++r) {
                float* row = wr + r * cols;
                for (std::int64_t i = 0; i < count; ++i) {
                    const std::int64_t col = i1 + i;
                    const std::int64_t orig = perm[static_cast<std::size_t>(col)];
                    if (!static_groups && col % group == 0) {
                        // find_params on the current (updated) weights of this group.
                        computeGrid(r0 + r, col / group, row);
                    }
                    const GroupGrid& grid = grids[static_cast<std::size_t>((r0 + r) * groups + orig / group)];
                    const float x = row[col];
                    const int code = quantizeToGrid(x, grid, maxq);
                    const float q = dequantizeFromGrid(code, grid);
                    qcodes[static_cast<std::size_t>(r * cols + col)] = static_cast<std::uint8_t>(code);
                    const float d = u[static_cast<std::size_t>(col * cols + col)];
                    loss += static_cast<double>((x - q) * (x - q)) / static_cast<double>(d * d) / 2.0;
                    const float e = (x - q) / d;
                    err[static_cast<std::size_t>(r * block + i)] = e;
                    // W1[:, i:] -= err ⊗ Hinv1[i, i:]
                    const float* urow = u.data() + col * cols;
                    for (std::int64_t j = col + 1; j < i2; ++j) {
                        row[j] -= e * urow[j];
                    }
                }
            }
            // W[:, i2:] -= Err1 · Hinv[i1:i2, i2:]
            linalg::gemmSubtract(wr + i2, cols, err.data(), block, u.data() + i1 * cols + i2, cols, rs, count,
                                 cols - i2);
            control.throwIfCancelled();
            const std::int64_t done = blocks_done.fetch_add(1) + 1;
            if (t == 0) {
                control.report(0.35 + 0.65 * static_cast<double>(done) / static_cast<double>(total_blocks));
            }
        }
        losses[static_cast<std::size_t>(t)] = loss;
        // Undo the permutation and fill the padding with the zero-point code.
        for (std::int64_t r = 0; r < rs; ++r) {
            for (std::int64_t j = 0; j < cols; ++j) {
                codes[static_cast<std::size_t>((r0 + r) * cp + perm[static_cast<std::size_t>(j)])] =
                    qcodes[static_cast<std::size_t>(r * cols + j)];
            }
            for (std::int64_t c = cols; c < cp; ++c) {
                codes[static_cast<std::size_t>((r0 + r) * cp + c)] = static_cast<std::uint8_t>(
                    quantizeToGrid(0.0f, grids[static_cast<std::size_t>((r0 + r) * groups + c / group)], maxq));
            }
        }
    });
    std::vector<float> scales(static_cast<std::size_t>(rows * groups));
    std::vector<int> zeros(static_cast<std::size_t>(rows * groups));
    for (std::size_t i = 0; i < grids.size(); ++i) {
        scales[i] = grids[i].scale;
        zeros[i] = grids[i].zero;
    }
    if (stats != nullptr) {
        stats->loss = std::accumulate(losses.begin(), losses.end(), 0.0);
        stats->dead_columns = dead;
        stats->damp = damp;
    }
    control.report(1.0);
    return packIntGroup(scheme, layout, codes, scales, zeros, {});
}

namespace {

class GptqScheme : public Scheme {
public:
    GptqScheme(int bits, std::int64_t group)
        : m_bits(bits)
        , m_group(group) {}
    std::string name() const override { return "gptq-int" + std::to_string(m_bits) + "-g" + std::to_string(m_group); }
    std::string description() const override {
        return "GPTQ INT" + std::to_string(m_bits) + ", asymmetric, group " + std::to_string(m_group) +
               ", Hessian from the calibration activations, 1% damping, blocks of 128";
    }
    bool needsCalibration() const override { return true; }
    std::int64_t blockSize(std::int64_t) const override { return m_group; }
    IntGroupLayout layout(std::int64_t rows, std::int64_t cols) const {
        IntGroupLayout l;
        l.bits = m_bits;
        l.group = m_group;
        l.asym = true;
        l.rows = rows;
        l.cols = cols;
        return l;
    }
    QuantizedTensor quantize(const Matrix& w, const Matrix* calibration, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        if (calibration == nullptr) {
            throw QuantError(name() + " needs calibration activations");
        }
        if (w.cols > 32768) {
            throw QuantError(name() + ": at most 32768 input features (the Hessian is cols x cols)");
        }
        return gptqQuantize(name(), layout(w.rows, w.cols), w, *calibration, options, control);
    }
    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        return dequantizeIntGroup(t, layout(t.rows, t.cols));
    }
    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        return intGroupLevels(t, layout(t.rows, t.cols), block);
    }

private:
    int m_bits;
    std::int64_t m_group;
};

} // namespace

void registerGptqSchemes(std::vector<std::unique_ptr<Scheme>>& out) {
    out.push_back(std::make_unique<GptqScheme>(4, 128));
    out.push_back(std::make_unique<GptqScheme>(3, 128));
    out.push_back(std::make_unique<GptqScheme>(4, 64));
    out.push_back(std::make_unique<GptqScheme>(4, 32));
}

} // namespace fitscope::quant
