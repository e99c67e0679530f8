#include "scheme.h"

#include <algorithm>
#include <cmath>

namespace fitscope::quant {

void Scheme::checkShape(std::int64_t rows, std::int64_t cols) const {
    requireShape(rows, cols, name());
}

std::int64_t Scheme::blockCount(const QuantizedTensor& tensor) const {
    const std::int64_t bs = blockSize(tensor.cols);
    return tensor.rows * ((tensor.cols + bs - 1) / bs);
}

BlockLevels Scheme::blockGeometry(const QuantizedTensor& tensor, std::int64_t block) const {
    const std::int64_t bs = blockSize(tensor.cols);
    const std::int64_t per_row = (tensor.cols + bs - 1) / bs;
    if (block < 0 || block >= tensor.rows * per_row) {
        throw QuantError("block " + std::to_string(block) + " is out of range (the tensor has " +
                         std::to_string(tensor.rows * per_row) + " blocks)");
    }
    BlockLevels info;
    info.row = block / per_row;
    info.col_begin = (block % per_row) * bs;
    info.col_end = std::min(tensor.cols, info.col_begin + bs);
    return info;
}

namespace {

const std::vector<std::unique_ptr<Scheme>>& registry() {
    static const std::vector<std::unique_ptr<Scheme>> schemes = [] {
        std::vector<std::unique_ptr<Scheme>> out;
        registerFloatSchemes(out);
        registerInt8Schemes(out);
        registerIntGroupSchemes(out);
        registerNf4Schemes(out);
        registerMxfp4Scheme(out);
        registerGgmlSchemes(out);
        registerGptqSchemes(out);
        registerAwqSchemes(out);
        return out;
    }();
    return schemes;
}

} // namespace

std::vector<std::string> schemeNames() {
    std::vector<std::string> names;
    for (const auto& scheme : registry()) {
        names.push_back(scheme->name());
    }
    return names;
}

const Scheme* findScheme(const std::string& name) {
    for (const auto& scheme : registry()) {
        if (scheme->name() == name) {
            return scheme.get();
        }
    }
    return nullptr;
}

const Scheme& schemeOrThrow(const std::string& name) {
    if (const Scheme* scheme = findScheme(name)) {
        return *scheme;
    }
    std::string known;
    for (const auto& n : schemeNames()) {
        known += (known.empty() ? "" : " ") + n;
    }
    throw QuantError("unknown scheme '" + name + "' (known: " + known + ")");
}

void sortUnique(std::vector<float>& values) {
    values.erase(std::remove_if(values.begin(), values.end(), [](float v) { return std::isnan(v); }), values.end());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

void appendBytes(std::vector<std::uint8_t>& out, const void* data, std::size_t size) {
    const auto* p = static_cast<const std::uint8_t*>(data);
    out.insert(out.end(), p, p + size);
}

void requireScheme(const QuantizedTensor& tensor, const std::string& name) {
    if (tensor.scheme != name) {
        throw QuantError("packed tensor was made by '" + tensor.scheme + "', not '" + name + "'");
    }
}

void requireBytes(const QuantizedTensor& tensor, std::int64_t expected) {
    if (tensor.storedBytes() != expected) {
        throw QuantError("packed '" + tensor.scheme + "' tensor has " + std::to_string(tensor.storedBytes()) +
                         " bytes, expected " + std::to_string(expected));
    }
}

} // namespace fitscope::quant
