#pragma once

// Small writers for the file formats the readers parse, following the published specifications
// (ggml/docs/gguf.md; huggingface/safetensors README "Format"), so the tests make their own files
// instead of committing binaries. Deliberately independent of the reader code: sizes come from
// the tables here, not from ggml_types.h.

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fitscope::testing {

// Little-endian byte builder.
class Bytes {
public:
    void u8(std::uint8_t v) { m_data.push_back(static_cast<char>(v)); }
    void u16(std::uint16_t v) {
        for (int i = 0; i < 2; ++i) {
            u8(static_cast<std::uint8_t>(v >> (8 * i)));
        }
    }
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            u8(static_cast<std::uint8_t>(v >> (8 * i)));
        }
    }
    void u64(std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            u8(static_cast<std::uint8_t>(v >> (8 * i)));
        }
    }
    void f32(float v) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &v, 4);
        u32(bits);
    }
    void str(const std::string& s) {
        u64(s.size());
        raw(s);
    }
    void raw(const std::string& s) { m_data += s; }
    void pad(std::size_t alignment) {
        while (m_data.size() % alignment != 0) {
            u8(0);
        }
    }
    std::size_t size() const { return m_data.size(); }
    std::string& data() { return m_data; }
    const std::string& data() const { return m_data; }

private:
    std::string m_data;
};

inline void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

// ggml type number -> (block elements, block bytes), from quant-formats.md §1.1 / ggml-common.h.
struct GgmlBlock {
    const char* name;
    std::uint32_t type;
    std::int64_t block_elements;
    std::int64_t block_bytes;
};
inline const std::vector<GgmlBlock>& ggmlBlocks() {
    static const std::vector<GgmlBlock> blocks = {
        {"F32", 0, 1, 4},         {"F16", 1, 1, 2},         {"Q4_0", 2, 32, 18},      {"Q4_1", 3, 32, 20},
        {"Q5_0", 6, 32, 22},      {"Q5_1", 7, 32, 24},      {"Q8_0", 8, 32, 34},      {"Q8_1", 9, 32, 36},
        {"Q2_K", 10, 256, 84},    {"Q3_K", 11, 256, 110},   {"Q4_K", 12, 256, 144},   {"Q5_K", 13, 256, 176},
        {"Q6_K", 14, 256, 210},   {"Q8_K", 15, 256, 292},   {"IQ2_XXS", 16, 256, 66}, {"IQ2_XS", 17, 256, 74},
        {"IQ3_XXS", 18, 256, 98}, {"IQ1_S", 19, 256, 50},   {"IQ4_NL", 20, 32, 18},   {"IQ3_S", 21, 256, 110},
        {"IQ2_S", 22, 256, 82},   {"IQ4_XS", 23, 256, 136}, {"I8", 24, 1, 1},         {"I16", 25, 1, 2},
        {"I32", 26, 1, 4},        {"I64", 27, 1, 8},        {"F64", 28, 1, 8},        {"IQ1_M", 29, 256, 56},
        {"BF16", 30, 1, 2},       {"TQ1_0", 34, 256, 54},   {"TQ2_0", 35, 256, 66},   {"MXFP4", 39, 32, 17},
    };
    return blocks;
}

inline const GgmlBlock& ggmlBlock(std::uint32_t type) {
    for (const GgmlBlock& block : ggmlBlocks()) {
        if (block.type == type) {
            return block;
        }
    }
    throw std::runtime_error("test writer: unknown ggml type");
}

// GGUF metadata value types (gguf.md).
enum GgufType : std::uint32_t { kU8 = 0, kI8, kU16, kI16, kU32, kI32, kF32, kBool, kString, kArray, kU64, kI64, kF64 };

// Writes GGUF v2/v3 files: metadata key-values, tensor infos, aligned tensor data.
class GgufWriter {
public:
    struct Tensor {
        std::string name;
        std::vector<std::int64_t> dims; // ne0 first
        std::uint32_t type;
        std::string data; // empty: zeros of the right size
    };

    std::uint32_t version = 3;
    std::uint32_t alignment = 32;

    void u32(const std::string& key, std::uint32_t v) {
        Bytes b;
        b.u32(v);
        add(key, kU32, b.data());
    }
    void u64(const std::string& key, std::uint64_t v) {
        Bytes b;
        b.u64(v);
        add(key, kU64, b.data());
    }
    void i32(const std::string& key, std::int32_t v) {
        Bytes b;
        b.u32(static_cast<std::uint32_t>(v));
        add(key, kI32, b.data());
    }
    void f32(const std::string& key, float v) {
        Bytes b;
        b.f32(v);
        add(key, kF32, b.data());
    }
    void boolean(const std::string& key, bool v) { add(key, kBool, std::string(1, v ? '\1' : '\0')); }
    void str(const std::string& key, const std::string& v) {
        Bytes b;
        b.str(v);
        add(key, kString, b.data());
    }
    void strArray(const std::string& key, const std::vector<std::string>& values) {
        Bytes b;
        b.u32(kString);
        b.u64(values.size());
        for (const std::string& v : values) {
            b.str(v);
        }
        add(key, kArray, b.data());
    }
    void i32Array(const std::string& key, const std::vector<std::int32_t>& values) {
        Bytes b;
        b.u32(kI32);
        b.u64(values.size());
        for (const std::int32_t v : values) {
            b.u32(static_cast<std::uint32_t>(v));
        }
        add(key, kArray, b.data());
    }
    void boolArray(const std::string& key, const std::vector<bool>& values) {
        Bytes b;
        b.u32(kBool);
        b.u64(values.size());
        for (const bool v : values) {
            b.u8(v ? 1 : 0);
        }
        add(key, kArray, b.data());
    }
    // A value written as given (type + encoded payload), for hostile files.
    void add(const std::string& key, std::uint32_t type, const std::string& payload) {
        m_metadata.push_back({key, type, payload});
    }

    void tensor(const std::string& name, std::vector<std::int64_t> dims, std::uint32_t type, std::string data = {}) {
        m_tensors.push_back({name, std::move(dims), type, std::move(data)});
    }

    static std::int64_t tensorBytes(const Tensor& t) {
        std::int64_t elements = 1;
        for (const std::int64_t d : t.dims) {
            elements *= d;
        }
        const GgmlBlock& block = ggmlBlock(t.type);
        return elements / block.block_elements * block.block_bytes;
    }

    // The whole file. Tensor offsets are laid out in order, each aligned. with_data = false writes
    // the header alone with every offset 0 (for hostile tensor infos whose size is meaningless).
    std::string bytes(bool with_data = true) const {
        Bytes b;
        b.u32(0x46554747); // "GGUF"
        b.u32(version);
        b.u64(m_tensors.size());
        b.u64(m_metadata.size());
        for (const Meta& m : m_metadata) {
            b.str(m.key);
            b.u32(m.type);
            b.raw(m.payload);
        }
        std::uint64_t offset = 0;
        std::vector<std::uint64_t> offsets;
        for (const Tensor& t : m_tensors) {
            b.str(t.name);
            b.u32(static_cast<std::uint32_t>(t.dims.size()));
            for (const std::int64_t d : t.dims) {
                b.u64(static_cast<std::uint64_t>(d));
            }
            b.u32(t.type);
            b.u64(with_data ? offset : 0);
            offsets.push_back(offset);
            if (with_data) {
                offset += static_cast<std::uint64_t>(tensorBytes(t));
                offset = (offset + alignment - 1) / alignment * alignment;
            }
        }
        if (!with_data) {
            return b.data();
        }
        b.pad(alignment);
        const std::size_t data_start = b.size();
        for (std::size_t i = 0; i < m_tensors.size(); ++i) {
            const Tensor& t = m_tensors[i];
            while (b.size() < data_start + offsets[i]) {
                b.u8(0);
            }
            const auto size = static_cast<std::size_t>(tensorBytes(t));
            if (!t.data.empty()) {
                if (t.data.size() != size) {
                    throw std::runtime_error("test writer: tensor data has the wrong size");
                }
                b.raw(t.data);
            } else {
                b.raw(std::string(size, '\0'));
            }
        }
        return b.data();
    }

    void write(const std::filesystem::path& path) const { writeFile(path, bytes()); }

    // The header alone (with real offsets, padded to the alignment) and the size of the data that
    // would follow: a benchmark writes the header and extends the file sparsely with ftruncate.
    std::string header(std::uint64_t* data_bytes) const { return bytesHeaderOnly(data_bytes); }

private:
    std::string bytesHeaderOnly(std::uint64_t* data_bytes) const {
        Bytes b;
        b.u32(0x46554747);
        b.u32(version);
        b.u64(m_tensors.size());
        b.u64(m_metadata.size());
        for (const Meta& m : m_metadata) {
            b.str(m.key);
            b.u32(m.type);
            b.raw(m.payload);
        }
        std::uint64_t offset = 0;
        for (const Tensor& t : m_tensors) {
            b.str(t.name);
            b.u32(static_cast<std::uint32_t>(t.dims.size()));
            for (const std::int64_t d : t.dims) {
                b.u64(static_cast<std::uint64_t>(d));
            }
            b.u32(t.type);
            b.u64(offset);
            offset += static_cast<std::uint64_t>(tensorBytes(t));
            offset = (offset + alignment - 1) / alignment * alignment;
        }
        b.pad(alignment);
        *data_bytes = offset;
        return b.data();
    }

    struct Meta {
        std::string key;
        std::uint32_t type;
        std::string payload;
    };
    std::vector<Meta> m_metadata;
    std::vector<Tensor> m_tensors;
};

// safetensors dtype -> bits per element (safetensors Dtype::bitsize).
inline std::int64_t safetensorsBits(const std::string& dtype) {
    static const std::map<std::string, std::int64_t> bits = {
        {"BOOL", 8}, {"U8", 8},    {"I8", 8},   {"F8_E5M2", 8}, {"F8_E4M3", 8}, {"I16", 16}, {"U16", 16},
        {"F16", 16}, {"BF16", 16}, {"I32", 32}, {"U32", 32},    {"F32", 32},    {"F64", 64}, {"I64", 64},
    };
    return bits.at(dtype);
}

struct SafetensorsEntry {
    std::string name;
    std::string dtype;
    std::vector<std::int64_t> shape;
    std::string data; // empty: zeros
};

inline std::int64_t safetensorsBytes(const SafetensorsEntry& e) {
    std::int64_t elements = 1;
    for (const std::int64_t d : e.shape) {
        elements *= d;
    }
    return elements * safetensorsBits(e.dtype) / 8;
}

// The header JSON for entries laid out in order; the data follows. metadata goes in __metadata__.
inline std::string safetensorsHeader(const std::vector<SafetensorsEntry>& entries,
                                     const std::map<std::string, std::string>& metadata = {}) {
    std::string json = "{";
    if (!metadata.empty()) {
        json += "\"__metadata__\":{";
        bool first = true;
        for (const auto& [k, v] : metadata) {
            json += (first ? "\"" : ",\"") + k + "\":\"" + v + "\"";
            first = false;
        }
        json += "}";
    }
    std::int64_t offset = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SafetensorsEntry& e = entries[i];
        if (json.size() > 1) {
            json += ",";
        }
        json += "\"" + e.name + "\":{\"dtype\":\"" + e.dtype + "\",\"shape\":[";
        for (std::size_t d = 0; d < e.shape.size(); ++d) {
            json += (d ? "," : "") + std::to_string(e.shape[d]);
        }
        const std::int64_t end = offset + safetensorsBytes(e);
        json += "],\"data_offsets\":[" + std::to_string(offset) + "," + std::to_string(end) + "]}";
        offset = end;
    }
    json += "}";
    return json;
}

// A whole file from a header JSON (any text: hostile tests pass their own) and a data area.
inline std::string safetensorsFile(const std::string& header_json, const std::string& data) {
    Bytes b;
    b.u64(header_json.size());
    b.raw(header_json);
    b.raw(data);
    return b.data();
}

inline std::string safetensorsFile(const std::vector<SafetensorsEntry>& entries,
                                   const std::map<std::string, std::string>& metadata = {}) {
    std::string data;
    for (const SafetensorsEntry& e : entries) {
        data += e.data.empty() ? std::string(static_cast<std::size_t>(safetensorsBytes(e)), '\0') : e.data;
    }
    return safetensorsFile(safetensorsHeader(entries, metadata), data);
}

} // namespace fitscope::testing
