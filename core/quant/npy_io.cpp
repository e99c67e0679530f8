#include "npy_io.h"

#include "float_formats.h"

#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

namespace fitscope::quant {

namespace {

std::uint32_t readLe(const std::string& bytes, std::size_t offset, int width) {
    std::uint32_t value = 0;
    for (int i = 0; i < width; ++i) {
        value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset + static_cast<std::size_t>(i)]))
                 << (8 * i);
    }
    return value;
}

} // namespace

Matrix parseNpy(const std::string& bytes, const std::string& name) {
    const std::string where = "'" + name + "'";
    if (bytes.size() < 10 || std::memcmp(bytes.data(), "\x93NUMPY", 6) != 0) {
        throw QuantError(where + " is not a NumPy .npy file (missing the \\x93NUMPY magic)");
    }
    const int major = static_cast<unsigned char>(bytes[6]);
    std::size_t header_len = 0;
    std::size_t header_start = 0;
    if (major == 1) {
        header_len = readLe(bytes, 8, 2);
        header_start = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12) {
            throw QuantError(where + ": truncated .npy header");
        }
        header_len = readLe(bytes, 8, 4);
        header_start = 12;
    } else {
        throw QuantError(where + ": unsupported .npy format version " + std::to_string(major));
    }
    if (header_len > bytes.size() - header_start) {
        throw QuantError(where + ": truncated .npy header");
    }
    const std::string header = bytes.substr(header_start, header_len);
    static const std::regex descr_re(R"('descr'\s*:\s*'([^']*)')");
    static const std::regex order_re(R"('fortran_order'\s*:\s*(True|False))");
    static const std::regex shape_re(R"('shape'\s*:\s*\(([^)]*)\))");
    std::smatch m;
    if (!std::regex_search(header, m, descr_re)) {
        throw QuantError(where + ": .npy header has no 'descr'");
    }
    const std::string descr = m[1];
    int element_size = 0;
    if (descr == "<f4" || descr == "=f4" || descr == "f4") {
        element_size = 4;
    } else if (descr == "<f2" || descr == "=f2" || descr == "f2") {
        element_size = 2;
    } else {
        throw QuantError(where + ": .npy dtype '" + descr +
                         "' is not supported (only little-endian float32 '<f4' and float16 '<f2')");
    }
    if (!std::regex_search(header, m, order_re)) {
        throw QuantError(where + ": .npy header has no 'fortran_order'");
    }
    if (m[1] == "True") {
        throw QuantError(where + ": Fortran-order .npy arrays are not supported (save with C order)");
    }
    if (!std::regex_search(header, m, shape_re)) {
        throw QuantError(where + ": .npy header has no 'shape'");
    }
    std::vector<std::int64_t> dims;
    std::stringstream shape_text(m[1].str());
    std::string item;
    while (std::getline(shape_text, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos) {
            continue;
        }
        const auto last = item.find_last_not_of(" \t");
        const std::string digits = item.substr(first, last - first + 1);
        if (digits.empty() || digits.size() > 12 || digits.find_first_not_of("0123456789L") != std::string::npos) {
            throw QuantError(where + ": bad .npy shape '" + m[1].str() + "'");
        }
        dims.push_back(std::stoll(digits));
    }
    if (dims.empty() || dims.size() > 2) {
        throw QuantError(where + ": .npy arrays must be 1-D or 2-D (this one has " + std::to_string(dims.size()) +
                         " dimensions)");
    }
    const std::int64_t rows = dims.size() == 2 ? dims[0] : 1;
    const std::int64_t cols = dims.back();
    requireShape(rows, cols, where);
    const std::size_t data_start = header_start + header_len;
    const auto needed = static_cast<std::uint64_t>(rows * cols) * static_cast<std::uint64_t>(element_size);
    if (bytes.size() - data_start < needed) {
        throw QuantError(where + ": .npy data is truncated (" + std::to_string(bytes.size() - data_start) +
                         " bytes for " + std::to_string(needed) + " expected)");
    }
    Matrix matrix(name, rows, cols);
    const char* src = bytes.data() + data_start;
    if (element_size == 4) {
        std::memcpy(matrix.data.data(), src, static_cast<std::size_t>(needed));
    } else {
        for (std::int64_t i = 0; i < rows * cols; ++i) {
            std::uint16_t h = 0;
            std::memcpy(&h, src + 2 * i, 2);
            matrix.data[static_cast<std::size_t>(i)] = halfToFloat(h);
        }
    }
    requireFinite(matrix);
    return matrix;
}

Matrix readNpy(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw QuantError("cannot open '" + path + "'");
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseNpy(bytes, path);
}

void writeNpy(const std::string& path, const Matrix& matrix) {
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + std::to_string(matrix.rows) + ", " +
                         std::to_string(matrix.cols) + "), }";
    // Pad so that magic (6) + version (2) + length (2) + header + '\n' is a multiple of 64.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    std::ofstream out(path, std::ios::binary);
    if (!out) {
        throw QuantError("cannot write '" + path + "'");
    }
    const char magic[8] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0};
    out.write(magic, 8);
    const auto len = static_cast<std::uint16_t>(header.size());
    const char len_bytes[2] = {static_cast<char>(len & 0xFF), static_cast<char>(len >> 8)};
    out.write(len_bytes, 2);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(reinterpret_cast<const char*>(matrix.data.data()), static_cast<std::streamsize>(matrix.bytes()));
    if (!out) {
        throw QuantError("failed writing '" + path + "'");
    }
}

NpyTensorSource::NpyTensorSource(std::string path)
    : m_path(std::move(path)) {}

std::string NpyTensorSource::description() const {
    return "NumPy file " + m_path;
}

std::vector<std::string> NpyTensorSource::tensorNames() const {
    return {m_path};
}

Matrix NpyTensorSource::load(const std::string& name) const {
    if (name != m_path) {
        throw QuantError("'" + m_path + "' holds no tensor named '" + name + "'");
    }
    return readNpy(m_path);
}

} // namespace fitscope::quant
