#include "core/formats/gguf_reader.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/ggml_types.h"
#include "core/formats/hf_config.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <numeric>
#include <regex>
#include <unordered_set>

namespace fitscope::formats {

namespace {

constexpr std::uint32_t k_gguf_magic = 0x46554747; // "GGUF" read as a little-endian uint32

// Smallest encodings, used to reject counts that cannot fit in the bytes left before anything is
// reserved: a tensor info is at least name length (8) + n_dims (4) + type (4) + offset (8); a
// metadata entry at least key length (8) + value type (4) + a 1-byte value.
constexpr std::uint64_t k_min_tensor_info_bytes = 24;
constexpr std::uint64_t k_min_metadata_entry_bytes = 13;

std::uint64_t minEncodedBytes(GgufValueType type) {
    switch (type) {
    case GgufValueType::Uint8:
    case GgufValueType::Int8:
    case GgufValueType::Bool:
        return 1;
    case GgufValueType::Uint16:
    case GgufValueType::Int16:
        return 2;
    case GgufValueType::Uint32:
    case GgufValueType::Int32:
    case GgufValueType::Float32:
        return 4;
    case GgufValueType::Uint64:
    case GgufValueType::Int64:
    case GgufValueType::Float64:
    case GgufValueType::String: // its length field
        return 8;
    case GgufValueType::Array: // element type + length
        return 12;
    }
    return 1;
}

bool validType(std::uint32_t type) {
    return type <= static_cast<std::uint32_t>(GgufValueType::Float64);
}

class HeaderParser {
public:
    HeaderParser(BoundedReader& reader, const GgufLimits& limits)
        : m_reader(reader)
        , m_limits(limits) {}

    GgufFile parse() {
        GgufFile file;
        file.origin = m_reader.origin();
        file.file_size_bytes = m_reader.sizeBytes();

        const std::uint32_t magic = m_reader.u32("the GGUF magic");
        if (magic != k_gguf_magic) {
            m_reader.failAt(0, "not a GGUF file (the first 4 bytes are not \"GGUF\")");
        }
        file.version = m_reader.u32("the GGUF version");
        if (file.version == 1) {
            m_reader.failAt(4, "GGUF version 1 is not supported (convert the file with a current llama.cpp)");
        }
        if ((file.version & 0xFFFF) == 0 && file.version != 0) {
            // A big-endian file (GGUF v3 allows them) reads its version byte-swapped here.
            m_reader.failAt(4, "big-endian GGUF files are not supported");
        }
        if (file.version != 2 && file.version != 3) {
            m_reader.failAt(4, "unsupported GGUF version " + std::to_string(file.version) + " (2 and 3 are read)");
        }
        const std::uint64_t tensor_count = m_reader.u64("the tensor count");
        const std::uint64_t metadata_count = m_reader.u64("the metadata count");
        if (tensor_count > m_limits.max_tensors) {
            m_reader.failAt(8, "tensor count " + std::to_string(tensor_count) + " is beyond the limit of " +
                                   std::to_string(m_limits.max_tensors));
        }
        if (metadata_count > m_limits.max_metadata_entries) {
            m_reader.failAt(16, "metadata count " + std::to_string(metadata_count) + " is beyond the limit of " +
                                    std::to_string(m_limits.max_metadata_entries));
        }
        if (tensor_count * k_min_tensor_info_bytes + metadata_count * k_min_metadata_entry_bytes >
            m_reader.remainingBytes()) {
            m_reader.fail("truncated: " + std::to_string(tensor_count) + " tensors and " +
                          std::to_string(metadata_count) + " metadata entries cannot fit in the " +
                          std::to_string(m_reader.remainingBytes()) + " bytes left");
        }

        file.metadata.reserve(static_cast<std::size_t>(metadata_count));
        std::unordered_set<std::string> keys;
        for (std::uint64_t i = 0; i < metadata_count; ++i) {
            const std::uint64_t entry_start = m_reader.position();
            GgufMetadataEntry entry;
            entry.key = readString(m_limits.max_key_bytes, "metadata key");
            if (!isValidUtf8(entry.key)) {
                m_reader.failAt(entry_start, "metadata key '" + printable(entry.key) + "' is not valid UTF-8");
            }
            if (!keys.insert(entry.key).second) {
                m_reader.failAt(entry_start, "duplicate metadata key '" + printable(entry.key) + "'");
            }
            const std::uint32_t type = m_reader.u32("a metadata value type");
            if (!validType(type)) {
                m_reader.failAt(m_reader.position() - 4, "metadata '" + printable(entry.key) +
                                                             "' has unknown value type " + std::to_string(type));
            }
            entry.value = readValue(static_cast<GgufValueType>(type), entry.key, 0);
            checkHeaderLimit();
            file.metadata.push_back(std::move(entry));
        }

        if (const GgufValue* alignment = file.find("general.alignment")) {
            // llama.cpp requires a u32 power of two; anything else would misplace every tensor.
            if (alignment->type != GgufValueType::Uint32 || alignment->uint_value == 0 ||
                (alignment->uint_value & (alignment->uint_value - 1)) != 0) {
                m_reader.fail("general.alignment must be a non-zero power of two stored as uint32 (is " +
                              alignment->display() + ")");
            }
            file.alignment_bytes = alignment->uint_value;
        }

        file.tensors.reserve(static_cast<std::size_t>(tensor_count));
        std::unordered_set<std::string> names;
        for (std::uint64_t i = 0; i < tensor_count; ++i) {
            const std::uint64_t info_start = m_reader.position();
            GgufTensorInfo tensor = readTensorInfo(file.alignment_bytes, info_start);
            if (!names.insert(tensor.name).second) {
                m_reader.failAt(info_start, "duplicate tensor name '" + printable(tensor.name) + "'");
            }
            checkHeaderLimit();
            file.tensors.push_back(std::move(tensor));
        }

        file.header_bytes = m_reader.position();
        file.data_offset_bytes =
            (file.header_bytes + file.alignment_bytes - 1) / file.alignment_bytes * file.alignment_bytes;
        checkTensorPlacement(file);
        return file;
    }

private:
    void checkHeaderLimit() {
        if (m_reader.position() > m_limits.max_header_bytes) {
            m_reader.fail("the header is larger than the limit of " + std::to_string(m_limits.max_header_bytes) +
                          " bytes");
        }
    }

    std::string readString(std::uint64_t max_bytes, std::string_view what) {
        const std::uint64_t length = m_reader.u64(what);
        return m_reader.string(length, max_bytes, what);
    }

    // Reads one value of type; nesting counts array levels.
    GgufValue readValue(GgufValueType type, const std::string& key, std::uint32_t nesting) {
        GgufValue value;
        value.type = type;
        switch (type) {
        case GgufValueType::Uint8:
            value.uint_value = m_reader.u8("a uint8 value");
            break;
        case GgufValueType::Int8:
            value.int_value = static_cast<std::int8_t>(m_reader.u8("an int8 value"));
            break;
        case GgufValueType::Uint16:
            value.uint_value = m_reader.u16("a uint16 value");
            break;
        case GgufValueType::Int16:
            value.int_value = static_cast<std::int16_t>(m_reader.u16("an int16 value"));
            break;
        case GgufValueType::Uint32:
            value.uint_value = m_reader.u32("a uint32 value");
            break;
        case GgufValueType::Int32:
            value.int_value = static_cast<std::int32_t>(m_reader.u32("an int32 value"));
            break;
        case GgufValueType::Float32:
            value.float_value = m_reader.f32("a float32 value");
            break;
        case GgufValueType::Uint64:
            value.uint_value = m_reader.u64("a uint64 value");
            break;
        case GgufValueType::Int64:
            value.int_value = static_cast<std::int64_t>(m_reader.u64("an int64 value"));
            break;
        case GgufValueType::Float64:
            value.float_value = m_reader.f64("a float64 value");
            break;
        case GgufValueType::Bool: {
            const std::uint8_t b = m_reader.u8("a bool value");
            if (b > 1) {
                m_reader.failAt(m_reader.position() - 1,
                                "metadata '" + printable(key) + "' has bool value " + std::to_string(b));
            }
            value.uint_value = b;
            break;
        }
        case GgufValueType::String:
            value.string_value = readString(m_limits.max_string_bytes, "a string value");
            break;
        case GgufValueType::Array:
            readArray(value, key, nesting + 1);
            break;
        }
        return value;
    }

    void readArray(GgufValue& value, const std::string& key, std::uint32_t nesting) {
        const std::uint64_t start = m_reader.position();
        if (nesting > m_limits.max_array_nesting) {
            m_reader.fail("metadata '" + printable(key) + "' nests arrays deeper than " +
                          std::to_string(m_limits.max_array_nesting) + " levels");
        }
        const std::uint32_t element_type = m_reader.u32("an array element type");
        if (!validType(element_type)) {
            m_reader.failAt(start, "metadata '" + printable(key) + "' is an array of unknown type " +
                                       std::to_string(element_type));
        }
        value.element_type = static_cast<GgufValueType>(element_type);
        value.array_length = m_reader.u64("an array length");
        const std::uint64_t min_bytes = minEncodedBytes(value.element_type);
        if (value.array_length > m_reader.remainingBytes() / min_bytes) {
            m_reader.failAt(start, "metadata '" + printable(key) + "' claims " + std::to_string(value.array_length) +
                                       " elements, more than the " + std::to_string(m_reader.remainingBytes()) +
                                       " bytes left can hold");
        }
        const std::uint64_t fixed =
            value.element_type == GgufValueType::String || value.element_type == GgufValueType::Array ? 0 : min_bytes;
        const bool keep = value.element_type != GgufValueType::Array &&
                          value.array_length <= m_limits.max_kept_array_elements &&
                          m_kept_elements + value.array_length <= m_limits.max_kept_elements_total;
        if (keep) {
            value.elements_kept = true;
            m_kept_elements += value.array_length;
            value.elements.reserve(static_cast<std::size_t>(value.array_length));
            for (std::uint64_t i = 0; i < value.array_length; ++i) {
                value.elements.push_back(readValue(value.element_type, key, nesting));
            }
            return;
        }
        if (fixed > 0) {
            // Fixed-size elements are skipped in one step (the length was checked against the file).
            m_reader.skip(value.array_length * fixed, "array elements");
            return;
        }
        for (std::uint64_t i = 0; i < value.array_length; ++i) {
            if (value.element_type == GgufValueType::String) {
                const std::uint64_t length = m_reader.u64("a string length");
                if (length > m_limits.max_string_bytes) {
                    m_reader.fail("metadata '" + printable(key) + "' element " + std::to_string(i) + " is " +
                                  std::to_string(length) + " bytes long, more than the limit");
                }
                m_reader.skip(length, "a string value");
            } else {
                GgufValue ignored;
                readArray(ignored, key, nesting + 1);
            }
            // Walking a long list is bounded by the header limit, not only by the file size.
            if ((i & 1023) == 0) {
                checkHeaderLimit();
            }
        }
    }

    GgufTensorInfo readTensorInfo(std::uint64_t alignment, std::uint64_t info_start) {
        GgufTensorInfo tensor;
        tensor.name = readString(m_limits.max_tensor_name_bytes, "tensor name");
        const std::string shown = "tensor '" + printable(tensor.name) + "'";
        if (!isValidUtf8(tensor.name)) {
            m_reader.failAt(info_start, shown + ": the name is not valid UTF-8");
        }
        if (tensor.name.empty()) {
            m_reader.failAt(info_start, "a tensor has an empty name");
        }
        const std::uint32_t n_dims = m_reader.u32("tensor dimension count");
        if (n_dims > m_limits.max_dims) {
            m_reader.failAt(info_start, shown + " has " + std::to_string(n_dims) + " dimensions (at most " +
                                            std::to_string(m_limits.max_dims) + ")");
        }
        tensor.dims.resize(n_dims);
        std::int64_t elements = 1;
        for (std::uint32_t d = 0; d < n_dims; ++d) {
            const std::uint64_t raw = m_reader.u64("tensor dimension");
            if (raw > static_cast<std::uint64_t>(INT64_MAX)) {
                m_reader.failAt(info_start, shown + " has a negative dimension");
            }
            tensor.dims[d] = static_cast<std::int64_t>(raw);
            if (!checkedMul(elements, tensor.dims[d], &elements)) {
                m_reader.failAt(info_start, shown + ": its dimensions multiply beyond 64 bits");
            }
        }
        tensor.elements = elements;
        tensor.type = m_reader.u32("tensor type");
        const GgmlTypeTraits* traits = ggmlTypeTraits(tensor.type);
        if (!traits) {
            m_reader.failAt(info_start,
                            shown + " has " + ggmlTypeName(tensor.type) + " (not a ggml type this version reads)");
        }
        const std::int64_t row = n_dims > 0 ? tensor.dims[0] : 1;
        if (row % traits->block_elements != 0) {
            m_reader.failAt(info_start, shown + ": its rows of " + std::to_string(row) + " values are not whole " +
                                            traits->name + " blocks of " + std::to_string(traits->block_elements));
        }
        const std::optional<std::int64_t> bytes = ggmlBytes(tensor.type, elements);
        if (!bytes) {
            m_reader.failAt(info_start, shown + ": its size in bytes overflows 64 bits");
        }
        tensor.bytes = *bytes;
        tensor.offset_bytes = m_reader.u64("tensor offset");
        if (tensor.offset_bytes % alignment != 0) {
            m_reader.failAt(info_start, shown + " has offset " + std::to_string(tensor.offset_bytes) +
                                            ", not a multiple of the alignment " + std::to_string(alignment));
        }
        return tensor;
    }

    void checkTensorPlacement(const GgufFile& file) {
        const std::uint64_t data_bytes =
            file.file_size_bytes > file.data_offset_bytes ? file.file_size_bytes - file.data_offset_bytes : 0;
        for (const GgufTensorInfo& tensor : file.tensors) {
            const auto bytes = static_cast<std::uint64_t>(tensor.bytes);
            if (tensor.offset_bytes > data_bytes || bytes > data_bytes - tensor.offset_bytes) {
                m_reader.fail("tensor '" + printable(tensor.name) + "' (offset " + std::to_string(tensor.offset_bytes) +
                              ", " + std::to_string(tensor.bytes) + " bytes) extends past the end of the file (" +
                              std::to_string(data_bytes) + " bytes of tensor data)");
            }
        }
        // Overlapping tensors would make the byte counts (and any data read) meaningless.
        std::vector<std::size_t> order(file.tensors.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&file](std::size_t a, std::size_t b) {
            return file.tensors[a].offset_bytes < file.tensors[b].offset_bytes;
        });
        for (std::size_t i = 1; i < order.size(); ++i) {
            const GgufTensorInfo& previous = file.tensors[order[i - 1]];
            const GgufTensorInfo& current = file.tensors[order[i]];
            if (previous.bytes > 0 &&
                current.offset_bytes < previous.offset_bytes + static_cast<std::uint64_t>(previous.bytes)) {
                m_reader.fail("tensors '" + printable(previous.name) + "' and '" + printable(current.name) +
                              "' overlap");
            }
        }
    }

    BoundedReader& m_reader;
    const GgufLimits& m_limits;
    std::uint64_t m_kept_elements = 0;
};

void appendDisplay(std::string& out, const GgufValue& value, std::size_t max_chars);

} // namespace

const char* ggufValueTypeName(GgufValueType type) {
    switch (type) {
    case GgufValueType::Uint8:
        return "u8";
    case GgufValueType::Int8:
        return "i8";
    case GgufValueType::Uint16:
        return "u16";
    case GgufValueType::Int16:
        return "i16";
    case GgufValueType::Uint32:
        return "u32";
    case GgufValueType::Int32:
        return "i32";
    case GgufValueType::Float32:
        return "f32";
    case GgufValueType::Bool:
        return "bool";
    case GgufValueType::String:
        return "string";
    case GgufValueType::Array:
        return "array";
    case GgufValueType::Uint64:
        return "u64";
    case GgufValueType::Int64:
        return "i64";
    case GgufValueType::Float64:
        return "f64";
    }
    return "?";
}

bool GgufValue::isInteger() const {
    switch (type) {
    case GgufValueType::Uint8:
    case GgufValueType::Int8:
    case GgufValueType::Uint16:
    case GgufValueType::Int16:
    case GgufValueType::Uint32:
    case GgufValueType::Int32:
    case GgufValueType::Uint64:
    case GgufValueType::Int64:
        return true;
    default:
        return false;
    }
}

std::optional<std::int64_t> GgufValue::asInt() const {
    switch (type) {
    case GgufValueType::Int8:
    case GgufValueType::Int16:
    case GgufValueType::Int32:
    case GgufValueType::Int64:
        return int_value;
    case GgufValueType::Uint8:
    case GgufValueType::Uint16:
    case GgufValueType::Uint32:
    case GgufValueType::Uint64:
    case GgufValueType::Bool:
        if (uint_value > static_cast<std::uint64_t>(INT64_MAX)) {
            return std::nullopt;
        }
        return static_cast<std::int64_t>(uint_value);
    default:
        return std::nullopt;
    }
}

std::optional<double> GgufValue::asFloat() const {
    if (type == GgufValueType::Float32 || type == GgufValueType::Float64) {
        return float_value;
    }
    if (type == GgufValueType::Int8 || type == GgufValueType::Int16 || type == GgufValueType::Int32 ||
        type == GgufValueType::Int64) {
        return static_cast<double>(int_value);
    }
    if (isInteger()) {
        return static_cast<double>(uint_value);
    }
    return std::nullopt;
}

std::optional<std::vector<std::int64_t>> GgufValue::asIntArray() const {
    if (type != GgufValueType::Array || !elements_kept) {
        return std::nullopt;
    }
    std::vector<std::int64_t> out;
    out.reserve(elements.size());
    for (const GgufValue& element : elements) {
        const auto v = element.asInt();
        if (!v) {
            return std::nullopt;
        }
        out.push_back(*v);
    }
    return out;
}

namespace {

void appendDisplay(std::string& out, const GgufValue& value, std::size_t max_chars) {
    char buffer[64];
    switch (value.type) {
    case GgufValueType::Float32:
    case GgufValueType::Float64:
        std::snprintf(buffer, sizeof buffer, "%g", value.float_value);
        out += buffer;
        break;
    case GgufValueType::Bool:
        out += value.uint_value ? "true" : "false";
        break;
    case GgufValueType::String:
        out += '"';
        out += printable(value.string_value, max_chars);
        out += '"';
        break;
    case GgufValueType::Array: {
        out += "[" + std::to_string(value.array_length) + " x " + ggufValueTypeName(value.element_type) + "]";
        if (value.elements_kept && !value.elements.empty()) {
            out += " ";
            for (std::size_t i = 0; i < value.elements.size(); ++i) {
                if (out.size() > max_chars) {
                    out += "...";
                    break;
                }
                if (i > 0) {
                    out += ", ";
                }
                appendDisplay(out, value.elements[i], max_chars / 4);
            }
        }
        break;
    }
    default:
        if (value.type == GgufValueType::Int8 || value.type == GgufValueType::Int16 ||
            value.type == GgufValueType::Int32 || value.type == GgufValueType::Int64) {
            out += std::to_string(value.int_value);
        } else {
            out += std::to_string(value.uint_value);
        }
        break;
    }
}

} // namespace

std::string GgufValue::display(std::size_t max_chars) const {
    std::string out;
    appendDisplay(out, *this, max_chars);
    return out;
}

const GgufValue* GgufFile::find(std::string_view key) const {
    for (const GgufMetadataEntry& entry : metadata) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

std::optional<std::int64_t> GgufFile::intValue(std::string_view key) const {
    const GgufValue* value = find(key);
    return value ? value->asInt() : std::nullopt;
}

std::optional<double> GgufFile::floatValue(std::string_view key) const {
    const GgufValue* value = find(key);
    return value ? value->asFloat() : std::nullopt;
}

std::optional<std::string> GgufFile::stringValue(std::string_view key) const {
    const GgufValue* value = find(key);
    if (!value || value->type != GgufValueType::String) {
        return std::nullopt;
    }
    return value->string_value;
}

const GgufTensorInfo* GgufFile::findTensor(std::string_view name) const {
    for (const GgufTensorInfo& tensor : tensors) {
        if (tensor.name == name) {
            return &tensor;
        }
    }
    return nullptr;
}

std::int64_t GgufFile::tensorBytes() const {
    // Cannot overflow: every tensor lies inside the file, and they do not overlap.
    std::int64_t total = 0;
    for (const GgufTensorInfo& tensor : tensors) {
        total += tensor.bytes;
    }
    return total;
}

GgufFile parseGgufHeader(BoundedReader& reader, const GgufLimits& limits) {
    HeaderParser parser(reader, limits);
    return parser.parse();
}

GgufFile readGgufHeader(const std::filesystem::path& path, const GgufLimits& limits) {
    BoundedReader reader(path);
    return parseGgufHeader(reader, limits);
}

GgufFile parseGgufHeader(std::string_view bytes, const std::string& origin, const GgufLimits& limits) {
    BoundedReader reader(bytes, origin);
    return parseGgufHeader(reader, limits);
}

std::vector<std::filesystem::path> ggufSplitPaths(const std::filesystem::path& path) {
    // llama_split_path: "%s-%05d-of-%05d.gguf", parts numbered from 1.
    static const std::regex pattern(R"(^(.*)-([0-9]{5})-of-([0-9]{5})\.gguf$)");
    const std::string name = path.filename().string();
    std::smatch match;
    if (!std::regex_match(name, match, pattern)) {
        return {path};
    }
    const int count = std::stoi(match[3].str());
    if (count < 1) {
        return {path};
    }
    std::vector<std::filesystem::path> parts;
    parts.reserve(static_cast<std::size_t>(count));
    for (int i = 1; i <= count; ++i) {
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, "-%05d-of-%05d.gguf", i, count);
        parts.push_back(path.parent_path() / (match[1].str() + suffix));
    }
    return parts;
}

} // namespace fitscope::formats
