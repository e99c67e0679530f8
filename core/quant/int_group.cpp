#include "int_group.h"

#include "float_formats.h"
#include "gemv_kernels.h"
#include "parallel.h"
#include "quantizers.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

GroupGrid findGroupGrid(const float* x, std::int64_t n, int bits, bool asym) {
    GroupGrid grid;
    const int maxq = (1 << bits) - 1;
    if (!asym) {
        float amax = 0.0f;
        for (std::int64_t i = 0; i < n; ++i) {
            amax = std::max(amax, std::fabs(x[i]));
        }
        const int qmax = (1 << (bits - 1)) - 1;
        grid.scale = halfToFloat(floatToHalf(amax / static_cast<float>(qmax)));
        grid.zero = 1 << (bits - 1);
        return grid;
    }
    float xmin = 0.0f;
    float xmax = 0.0f;
    for (std::int64_t i = 0; i < n; ++i) {
        xmin = std::min(xmin, x[i]);
        xmax = std::max(xmax, x[i]);
    }
    grid.scale = halfToFloat(floatToHalf((xmax - xmin) / static_cast<float>(maxq)));
    grid.zero = grid.scale > 0.0f ? std::clamp(static_cast<int>(std::nearbyint(-xmin / grid.scale)), 0, maxq) : 0;
    return grid;
}

int quantizeToGrid(float x, const GroupGrid& grid, int maxq) {
    if (grid.scale <= 0.0f) {
        return grid.zero;
    }
    const float q = std::nearbyint(x / grid.scale) + static_cast<float>(grid.zero);
    return static_cast<int>(std::clamp(q, 0.0f, static_cast<float>(maxq)));
}

void packGroupCodes(const std::uint8_t* codes, std::int64_t group, int bits, std::uint8_t* out) {
    if (bits == 4) {
        const std::int64_t half = group / 2;
        for (std::int64_t j = 0; j < half; ++j) {
            out[j] = static_cast<std::uint8_t>((codes[j] & 0xF) | ((codes[j + half] & 0xF) << 4));
        }
        return;
    }
    // 3-bit: chunks of 32 codes in 12 bytes (96 bits), little-endian bit stream.
    for (std::int64_t chunk = 0; chunk < group / 32; ++chunk) {
        std::uint64_t lo = 0;
        std::uint32_t hi = 0;
        for (int k = 0; k < 32; ++k) {
            const std::uint64_t code = codes[chunk * 32 + k] & 7u;
            const int bit = 3 * k;
            if (bit + 3 <= 64) {
                lo |= code << bit;
            } else if (bit >= 64) {
                hi |= static_cast<std::uint32_t>(code << (bit - 64));
            } else {
                lo |= code << bit;
                hi |= static_cast<std::uint32_t>(code >> (64 - bit));
            }
        }
        std::memcpy(out + chunk * 12, &lo, 8);
        std::memcpy(out + chunk * 12 + 8, &hi, 4);
    }
}

void unpackGroupCodes(const std::uint8_t* packed, std::int64_t group, int bits, std::uint8_t* codes) {
    if (bits == 4) {
        const std::int64_t half = group / 2;
        for (std::int64_t j = 0; j < half; ++j) {
            codes[j] = packed[j] & 0xF;
            codes[j + half] = packed[j] >> 4;
        }
        return;
    }
    for (std::int64_t chunk = 0; chunk < group / 32; ++chunk) {
        std::uint64_t lo = 0;
        std::uint32_t hi = 0;
        std::memcpy(&lo, packed + chunk * 12, 8);
        std::memcpy(&hi, packed + chunk * 12 + 8, 4);
        for (int k = 0; k < 32; ++k) {
            const int bit = 3 * k;
            std::uint64_t code = 0;
            if (bit + 3 <= 64) {
                code = lo >> bit;
            } else if (bit >= 64) {
                code = hi >> (bit - 64);
            } else {
                code = (lo >> bit) | (static_cast<std::uint64_t>(hi) << (64 - bit));
            }
            codes[chunk * 32 + k] = static_cast<std::uint8_t>(code & 7u);
        }
    }
}

QuantizedTensor packIntGroup(const std::string& scheme, const IntGroupLayout& layout,
                             const std::vector<std::uint8_t>& codes, const std::vector<float>& scales,
                             const std::vector<int>& zeros, const std::vector<float>& channel) {
    QuantizedTensor out{scheme, layout.rows, layout.cols,
                        std::vector<std::uint8_t>(static_cast<std::size_t>(layout.totalBytes()), 0)};
    const std::int64_t cp = layout.paddedCols();
    const std::int64_t g = layout.groups();
    const std::int64_t group_bytes = layout.group * layout.bits / 8;
    parallelFor(layout.rows, 0, [&](std::int64_t b, std::int64_t e, int) {
        for (std::int64_t r = b; r < e; ++r) {
            for (std::int64_t k = 0; k < g; ++k) {
                packGroupCodes(codes.data() + r * cp + k * layout.group, layout.group, layout.bits,
                               out.bytes.data() + r * layout.codeBytesPerRow() + k * group_bytes);
                const std::uint16_t h = floatToHalf(scales[static_cast<std::size_t>(r * g + k)]);
                std::memcpy(out.bytes.data() + layout.scalesOffset() + 2 * (r * g + k), &h, 2);
                if (layout.asym) {
                    std::uint8_t& z = out.bytes[static_cast<std::size_t>(layout.zerosOffset() +
                                                                         r * layout.zeroBytesPerRow() + k / 2)];
                    z = static_cast<std::uint8_t>(
                        z | ((zeros[static_cast<std::size_t>(r * g + k)] & 0xF) << (4 * (k & 1))));
                }
            }
        }
    });
    if (layout.channel_scales) {
        for (std::int64_t c = 0; c < cp; ++c) {
            const std::uint16_t h = floatToHalf(channel[static_cast<std::size_t>(c)]);
            std::memcpy(out.bytes.data() + layout.channelOffset() + 2 * c, &h, 2);
        }
    }
    return out;
}

GroupGrid storedGrid(const QuantizedTensor& t, const IntGroupLayout& layout, std::int64_t row, std::int64_t group) {
    GroupGrid grid;
    const std::int64_t g = layout.groups();
    std::uint16_t h = 0;
    std::memcpy(&h, t.bytes.data() + layout.scalesOffset() + 2 * (row * g + group), 2);
    grid.scale = halfToFloat(h);
    if (layout.asym) {
        const std::uint8_t z =
            t.bytes[static_cast<std::size_t>(layout.zerosOffset() + row * layout.zeroBytesPerRow() + group / 2)];
        grid.zero = (z >> (4 * (group & 1))) & 0xF;
    } else {
        grid.zero = 1 << (layout.bits - 1);
    }
    return grid;
}

Matrix dequantizeIntGroup(const QuantizedTensor& t, const IntGroupLayout& layout) {
    requireBytes(t, layout.totalBytes());
    Matrix m(t.scheme, t.rows, t.cols);
    const std::int64_t g = layout.groups();
    const std::int64_t group_bytes = layout.group * layout.bits / 8;
    std::vector<float> inv_channel;
    if (layout.channel_scales) {
        inv_channel.resize(static_cast<std::size_t>(layout.paddedCols()));
        for (std::int64_t c = 0; c < layout.paddedCols(); ++c) {
            std::uint16_t h = 0;
            std::memcpy(&h, t.bytes.data() + layout.channelOffset() + 2 * c, 2);
            inv_channel[static_cast<std::size_t>(c)] = 1.0f / halfToFloat(h);
        }
    }
    parallelFor(t.rows, 0, [&](std::int64_t b, std::int64_t e, int) {
        std::vector<std::uint8_t> codes(static_cast<std::size_t>(layout.group));
        for (std::int64_t r = b; r < e; ++r) {
            for (std::int64_t k = 0; k < g; ++k) {
                unpackGroupCodes(t.bytes.data() + r * layout.codeBytesPerRow() + k * group_bytes, layout.group,
                                 layout.bits, codes.data());
                const GroupGrid grid = storedGrid(t, layout, r, k);
                for (std::int64_t j = 0; j < layout.group; ++j) {
                    const std::int64_t c = k * layout.group + j;
                    if (c < t.cols) {
                        float v = dequantizeFromGrid(codes[static_cast<std::size_t>(j)], grid);
                        if (layout.channel_scales) {
                            v *= inv_channel[static_cast<std::size_t>(c)];
                        }
                        m.at(r, c) = v;
                    }
                }
            }
        }
    });
    return m;
}

BlockLevels intGroupLevels(const QuantizedTensor& t, const IntGroupLayout& layout, std::int64_t block) {
    const std::int64_t g = layout.groups();
    if (block < 0 || block >= t.rows * g) {
        throw QuantError("block " + std::to_string(block) + " is out of range");
    }
    BlockLevels info;
    info.row = block / g;
    info.col_begin = (block % g) * layout.group;
    info.col_end = std::min(t.cols, info.col_begin + layout.group);
    const GroupGrid grid = storedGrid(t, layout, info.row, block % g);
    for (int q = 0; q <= layout.maxq(); ++q) {
        info.levels.push_back(dequantizeFromGrid(q, grid));
    }
    sortUnique(info.levels);
    return info;
}

void quantizeRowInt4GroupRef(const float* x, std::int64_t cols, std::int64_t group, bool asym, std::uint8_t* codes,
                             std::uint16_t* scales, std::uint8_t* zeros) {
    const std::int64_t groups = cols / group;
    if (asym) {
        std::memset(zeros, 0, static_cast<std::size_t>((groups + 1) / 2));
    }
    std::uint8_t q[128];
    for (std::int64_t g = 0; g < groups; ++g) {
        const float* xg = x + g * group;
        const GroupGrid grid = findGroupGrid(xg, group, 4, asym);
        for (std::int64_t j = 0; j < group; ++j) {
            q[j] = static_cast<std::uint8_t>(quantizeToGrid(xg[j], grid, 15));
        }
        packGroupCodes(q, group, 4, codes + g * group / 2);
        scales[g] = floatToHalf(grid.scale);
        if (asym) {
            zeros[g / 2] = static_cast<std::uint8_t>(zeros[g / 2] | ((grid.zero & 0xF) << (4 * (g & 1))));
        }
    }
}

void quantizeRowInt4Group(const float* x, std::int64_t cols, std::int64_t group, bool asym, std::uint8_t* codes,
                          std::uint16_t* scales, std::uint8_t* zeros) {
    if (group % 16 != 0 || group > 128) {
        quantizeRowInt4GroupRef(x, cols, group, asym, codes, scales, zeros);
    } else if (activeIsa() != Isa::Generic) {
        detail::avx2::quantizeRowInt4Group(x, cols, group, asym, codes, scales, zeros);
    } else {
        detail::generic::quantizeRowInt4Group(x, cols, group, asym, codes, scales, zeros);
    }
}

QuantizedTensor quantizeIntGroupRtn(const std::string& scheme, const IntGroupLayout& layout, const Matrix& w,
                                    const std::vector<float>& channel, int threads, const Control& control) {
    const std::int64_t cp = layout.paddedCols();
    const std::int64_t g = layout.groups();
    if (layout.bits == 4) {
        // Straight into the packed layout, one row at a time through the fast row quantizer.
        QuantizedTensor out{scheme, layout.rows, layout.cols,
                            std::vector<std::uint8_t>(static_cast<std::size_t>(layout.totalBytes()), 0)};
        std::uint8_t* bytes = out.bytes.data();
        parallelFor(layout.rows, threads, [&](std::int64_t b, std::int64_t e, int thread) {
            std::vector<float> buf(static_cast<std::size_t>(cp), 0.0f); // padding quantizes zeros
            std::vector<std::uint16_t> scales(static_cast<std::size_t>(g));
            for (std::int64_t r = b; r < e; ++r) {
                const float* row = w.row(r);
                if (layout.channel_scales || cp != w.cols) {
                    for (std::int64_t c = 0; c < w.cols; ++c) {
                        buf[static_cast<std::size_t>(c)] =
                            layout.channel_scales ? row[c] * channel[static_cast<std::size_t>(c)] : row[c];
                    }
                    row = buf.data();
                }
                quantizeRowInt4Group(row, cp, layout.group, layout.asym, bytes + r * layout.codeBytesPerRow(),
                                     scales.data(), bytes + layout.zerosOffset() + r * layout.zeroBytesPerRow());
                std::memcpy(bytes + layout.scalesOffset() + 2 * r * g, scales.data(), static_cast<std::size_t>(2 * g));
                if (thread == 0 && (r & 255) == 0) {
                    control.throwIfCancelled();
                    control.report(static_cast<double>(r - b) / static_cast<double>(std::max<std::int64_t>(1, e - b)));
                }
            }
        });
        control.throwIfCancelled();
        if (layout.channel_scales) {
            for (std::int64_t c = 0; c < cp; ++c) {
                const std::uint16_t h = floatToHalf(channel[static_cast<std::size_t>(c)]);
                std::memcpy(bytes + layout.channelOffset() + 2 * c, &h, 2);
            }
        }
        return out;
    }
    std::vector<std::uint8_t> codes(static_cast<std::size_t>(layout.rows * cp));
    std::vector<float> scales(static_cast<std::size_t>(layout.rows * g));
    std::vector<int> zeros(static_cast<std::size_t>(layout.rows * g));
    parallelFor(layout.rows, threads, [&](std::int64_t b, std::int64_t e, int thread) {
        std::vector<float> buf(static_cast<std::size_t>(layout.group));
        for (std::int64_t r = b; r < e; ++r) {
            for (std::int64_t k = 0; k < g; ++k) {
                for (std::int64_t j = 0; j < layout.group; ++j) {
                    const std::int64_t c = k * layout.group + j;
                    float v = c < w.cols ? w.at(r, c) : 0.0f; // padding quantizes zeros
                    if (layout.channel_scales) {
                        v *= channel[static_cast<std::size_t>(c)];
                    }
                    buf[static_cast<std::size_t>(j)] = v;
                }
                const GroupGrid grid = findGroupGrid(buf.data(), layout.group, layout.bits, layout.asym);
                scales[static_cast<std::size_t>(r * g + k)] = grid.scale;
                zeros[static_cast<std::size_t>(r * g + k)] = grid.zero;
                for (std::int64_t j = 0; j < layout.group; ++j) {
                    codes[static_cast<std::size_t>(r * cp + k * layout.group + j)] = static_cast<std::uint8_t>(
                        quantizeToGrid(buf[static_cast<std::size_t>(j)], grid, layout.maxq()));
                }
            }
            if (thread == 0 && (r & 255) == 0) {
                control.throwIfCancelled();
                control.report(static_cast<double>(r - b) / static_cast<double>(std::max<std::int64_t>(1, e - b)));
            }
        }
    });
    control.throwIfCancelled();
    return packIntGroup(scheme, layout, codes, scales, zeros, channel);
}

namespace {

class IntGroupScheme : public Scheme {
public:
    IntGroupScheme(std::int64_t group, bool asym)
        : m_group(group)
        , m_asym(asym) {}
    std::string name() const override { return "int4-g" + std::to_string(m_group) + (m_asym ? "-asym" : ""); }
    std::string description() const override {
        return "INT4 round-to-nearest per group of " + std::to_string(m_group) +
               (m_asym ? ", asymmetric with a 4-bit zero-point" : ", symmetric") + ", fp16 scales";
    }
    std::int64_t blockSize(std::int64_t) const override { return m_group; }
    IntGroupLayout layout(std::int64_t rows, std::int64_t cols) const {
        IntGroupLayout l;
        l.bits = 4;
        l.group = m_group;
        l.asym = m_asym;
        l.rows = rows;
        l.cols = cols;
        return l;
    }
    QuantizedTensor quantize(const Matrix& w, const Matrix*, const SchemeOptions& options,
                             const Control& control) const override {
        checkShape(w.rows, w.cols);
        return quantizeIntGroupRtn(name(), layout(w.rows, w.cols), w, {}, options.threads, control);
    }
    Matrix dequantize(const QuantizedTensor& t) const override {
        requireScheme(t, name());
        return dequantizeIntGroup(t, layout(t.rows, t.cols));
    }
    BlockLevels levels(const QuantizedTensor& t, std::int64_t block) const override {
        return intGroupLevels(t, layout(t.rows, t.cols), block);
    }

private:
    std::int64_t m_group;
    bool m_asym;
};

} // namespace

void registerIntGroupSchemes(std::vector<std::unique_ptr<Scheme>>& out) {
    for (std::int64_t g : {32, 64, 128}) {
        out.push_back(std::make_unique<IntGroupScheme>(g, false));
    }
    for (std::int64_t g : {32, 64, 128}) {
        out.push_back(std::make_unique<IntGroupScheme>(g, true));
    }
}

} // namespace fitscope::quant
