#include "core/formats/safetensors_reader.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/json_depth.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace fitscope::formats {

namespace {

// safetensors/src/tensor.rs, enum Dtype, with Dtype::bitsize().
constexpr SafetensorsDtypeInfo k_dtypes[] = {
    {"BOOL", 8, false}, {"F4", 4, true},      {"F6_E2M3", 6, true}, {"F6_E3M2", 6, true}, {"U8", 8, false},
    {"I8", 8, false},   {"F8_E5M2", 8, true}, {"F8_E4M3", 8, true}, {"F8_E8M0", 8, true}, {"I16", 16, false},
    {"U16", 16, false}, {"F16", 16, true},    {"BF16", 16, true},   {"I32", 32, false},   {"U32", 32, false},
    {"F32", 32, true},  {"C64", 64, true},    {"F64", 64, true},    {"I64", 64, false},   {"U64", 64, false},
};

constexpr std::string_view k_metadata_key = "__metadata__";

using Json = nlohmann::json;

// A SAX handler that accepts exactly the safetensors header schema:
//   { "__metadata__": {"k": "v", ...}, "<name>": {"dtype": "F16", "shape": [..], "data_offsets": [b, e]}, ... }
// Anything else stops the parse at once with a message; nesting can never exceed three levels.
class HeaderSax : public nlohmann::json_sax<Json> {
public:
    HeaderSax(SafetensorsFile& file, const SafetensorsLimits& limits)
        : m_file(file)
        , m_limits(limits) {}

    const std::string& error() const { return m_error; }
    bool complete() const { return m_state == State::Done; }

    bool null() override { return unexpected("null"); }
    bool boolean(bool) override { return unexpected("a boolean"); }
    bool number_float(number_float_t, const string_t&) override { return unexpected("a non-integer number"); }
    bool binary(binary_t&) override { return unexpected("binary data"); }

    bool number_integer(number_integer_t value) override {
        if (value < 0 && (m_state == State::Shape || m_state == State::Offsets)) {
            return fail("tensor '" + shownName() + "' has a negative " +
                        (m_state == State::Shape ? "dimension" : "data offset"));
        }
        return value < 0 ? unexpected("a number") : number_unsigned(static_cast<number_unsigned_t>(value));
    }

    bool number_unsigned(number_unsigned_t value) override {
        if (m_state == State::Shape) {
            if (m_current.shape.size() >= m_limits.max_dims) {
                return fail("tensor '" + shownName() + "' has more than " + std::to_string(m_limits.max_dims) +
                            " dimensions");
            }
            if (value > static_cast<number_unsigned_t>(INT64_MAX)) {
                return fail("tensor '" + shownName() + "' has a dimension beyond 2^63");
            }
            m_current.shape.push_back(static_cast<std::int64_t>(value));
            return true;
        }
        if (m_state == State::Offsets) {
            if (m_offsets.size() >= 2) {
                return fail("tensor '" + shownName() + "' has more than two data_offsets");
            }
            m_offsets.push_back(value);
            return true;
        }
        return unexpected("a number");
    }

    bool string(string_t& value) override {
        if (m_state == State::Tensor && m_field == Field::Dtype) {
            m_current.dtype = value;
            return true;
        }
        if (m_state == State::Metadata) {
            if (value.size() > m_limits.max_metadata_value_bytes) {
                return fail("__metadata__ value of '" + printable(m_key) + "' is longer than the limit");
            }
            m_file.metadata.emplace_back(m_key, value);
            return true;
        }
        return unexpected("a string");
    }

    bool start_object(std::size_t) override {
        switch (m_state) {
        case State::Start:
            m_state = State::Top;
            return true;
        case State::Top:
            if (m_key == k_metadata_key) {
                m_state = State::Metadata;
                m_metadata_keys.clear();
            } else {
                m_state = State::Tensor;
                m_current = SafetensorsTensor{};
                m_current.name = m_key;
                m_offsets.clear();
                m_seen_fields = 0;
            }
            return true;
        default:
            return unexpected("an object");
        }
    }

    bool key(string_t& value) override {
        switch (m_state) {
        case State::Top:
            if (value.size() > m_limits.max_name_bytes) {
                return fail("a tensor name is " + std::to_string(value.size()) + " bytes long, more than the limit");
            }
            if (!m_names.insert(value).second) {
                return fail("duplicate tensor name '" + printable(value) + "'");
            }
            if (m_names.size() > m_limits.max_tensors + 1) {
                return fail("more than " + std::to_string(m_limits.max_tensors) + " tensors");
            }
            m_key = value;
            return true;
        case State::Metadata:
            if (!m_metadata_keys.insert(value).second) {
                return fail("duplicate __metadata__ key '" + printable(value) + "'");
            }
            m_key = value;
            return true;
        case State::Tensor: {
            int bit = 0;
            if (value == "dtype") {
                m_field = Field::Dtype;
                bit = 1;
            } else if (value == "shape") {
                m_field = Field::Shape;
                bit = 2;
            } else if (value == "data_offsets") {
                m_field = Field::Offsets;
                bit = 4;
            } else {
                return fail("tensor '" + shownName() + "' has unknown field '" + printable(value) + "'");
            }
            if (m_seen_fields & bit) {
                return fail("tensor '" + shownName() + "' repeats the field '" + value + "'");
            }
            m_seen_fields |= bit;
            return true;
        }
        default:
            return unexpected("a key");
        }
    }

    bool end_object() override {
        switch (m_state) {
        case State::Metadata:
            m_state = State::Top;
            return true;
        case State::Tensor:
            m_state = State::Top;
            return finishTensor();
        case State::Top:
            m_state = State::Done;
            return true;
        default:
            return unexpected("the end of an object");
        }
    }

    bool start_array(std::size_t) override {
        if (m_state == State::Tensor && m_field == Field::Shape) {
            m_state = State::Shape;
            return true;
        }
        if (m_state == State::Tensor && m_field == Field::Offsets) {
            m_state = State::Offsets;
            return true;
        }
        return unexpected("an array");
    }

    bool end_array() override {
        if (m_state == State::Shape || m_state == State::Offsets) {
            m_state = State::Tensor;
            return true;
        }
        return unexpected("the end of an array");
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
        if (m_error.empty()) {
            m_error = "invalid JSON header at byte " + std::to_string(position) + ": " + printable(error.what(), 160);
        }
        return false;
    }

private:
    enum class State { Start, Top, Metadata, Tensor, Shape, Offsets, Done };
    enum class Field { None, Dtype, Shape, Offsets };

    bool fail(std::string message) {
        m_error = std::move(message);
        return false;
    }

    std::string shownName() const { return printable(m_current.name); }

    bool unexpected(const char* what) {
        switch (m_state) {
        case State::Start:
            return fail("the header is not a JSON object");
        case State::Top:
            return fail("entry '" + printable(m_key) + "' is " + what + ", not an object");
        case State::Metadata:
            return fail("__metadata__ value of '" + printable(m_key) + "' is " + what + ", not a string");
        case State::Tensor:
            return fail("tensor '" + shownName() + "' has " + what + " where " +
                        (m_field == Field::Dtype ? "a dtype string" : "an array") + " belongs");
        case State::Shape:
        case State::Offsets:
            return fail("tensor '" + shownName() + "' has " + what + " inside its " +
                        (m_state == State::Shape ? "shape" : "data_offsets") + " (integers only)");
        case State::Done:
            return fail("unexpected content after the header object");
        }
        return fail("unexpected content");
    }

    bool finishTensor() {
        const std::string shown = "tensor '" + shownName() + "'";
        if (m_seen_fields != 7) {
            return fail(shown + " lacks " +
                        std::string((m_seen_fields & 1) == 0   ? "dtype"
                                    : (m_seen_fields & 2) == 0 ? "shape"
                                                               : "data_offsets"));
        }
        const SafetensorsDtypeInfo* dtype = safetensorsDtype(m_current.dtype);
        if (!dtype) {
            return fail(shown + " has unknown dtype '" + printable(m_current.dtype) + "'");
        }
        if (m_offsets.size() != 2) {
            return fail(shown + " needs two data_offsets, has " + std::to_string(m_offsets.size()));
        }
        std::int64_t elements = 1;
        for (const std::int64_t dim : m_current.shape) {
            if (!checkedMul(elements, dim, &elements)) {
                return fail(shown + ": its shape multiplies beyond 64 bits");
            }
        }
        std::int64_t bits = 0;
        if (!checkedMul(elements, dtype->bits, &bits)) {
            return fail(shown + ": its size in bytes overflows 64 bits");
        }
        if (bits % 8 != 0) {
            return fail(shown + ": " + std::to_string(elements) + " " + dtype->name + " values are not whole bytes");
        }
        m_current.elements = elements;
        m_current.bytes = bits / 8;
        m_current.begin_bytes = m_offsets[0];
        m_current.end_bytes = m_offsets[1];
        if (m_current.end_bytes < m_current.begin_bytes ||
            m_current.end_bytes - m_current.begin_bytes != static_cast<std::uint64_t>(m_current.bytes)) {
            return fail(shown + ": data_offsets [" + std::to_string(m_current.begin_bytes) + ", " +
                        std::to_string(m_current.end_bytes) + ") do not match " + dtype->name + " x " +
                        std::to_string(elements) + " = " + std::to_string(m_current.bytes) + " bytes");
        }
        m_file.tensors.push_back(std::move(m_current));
        m_current = SafetensorsTensor{};
        return true;
    }

    SafetensorsFile& m_file;
    const SafetensorsLimits& m_limits;
    State m_state = State::Start;
    Field m_field = Field::None;
    int m_seen_fields = 0;
    std::string m_key;
    std::string m_error;
    SafetensorsTensor m_current;
    std::vector<std::uint64_t> m_offsets;
    std::unordered_set<std::string> m_names;
    std::unordered_set<std::string> m_metadata_keys;
};

void checkLayout(const SafetensorsFile& file, BoundedReader& reader) {
    const std::uint64_t data_bytes = file.file_size_bytes - file.data_offset_bytes;
    std::vector<std::size_t> order(file.tensors.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&file](std::size_t a, std::size_t b) {
        const SafetensorsTensor& x = file.tensors[a];
        const SafetensorsTensor& y = file.tensors[b];
        return x.begin_bytes != y.begin_bytes ? x.begin_bytes < y.begin_bytes : x.end_bytes < y.end_bytes;
    });
    // As the reference reader (Metadata::validate): the tensors tile the data area, in some order,
    // without overlap or holes, and end exactly at the end of the file.
    std::uint64_t expected = 0;
    for (const std::size_t i : order) {
        const SafetensorsTensor& tensor = file.tensors[i];
        if (tensor.end_bytes > data_bytes) {
            reader.fail("tensor '" + printable(tensor.name) + "' data [" + std::to_string(tensor.begin_bytes) + ", " +
                        std::to_string(tensor.end_bytes) + ") extends past the end of the file (" +
                        std::to_string(data_bytes) + " bytes of data; truncated?)");
        }
        if (tensor.begin_bytes != expected) {
            reader.fail("tensor '" + printable(tensor.name) + "' starts at data offset " +
                        std::to_string(tensor.begin_bytes) + ", expected " + std::to_string(expected) +
                        (tensor.begin_bytes < expected ? " (tensors overlap)" : " (a hole in the data)"));
        }
        expected = tensor.end_bytes;
    }
    if (expected != data_bytes) {
        reader.fail(std::to_string(data_bytes - expected) + " bytes after the last tensor's data (" +
                    std::to_string(data_bytes) + " bytes of data, tensors cover " + std::to_string(expected) + ")");
    }
}

} // namespace

const SafetensorsDtypeInfo* safetensorsDtype(std::string_view name) {
    for (const SafetensorsDtypeInfo& info : k_dtypes) {
        if (name == info.name) {
            return &info;
        }
    }
    return nullptr;
}

const SafetensorsTensor* SafetensorsFile::findTensor(std::string_view name) const {
    for (const SafetensorsTensor& tensor : tensors) {
        if (tensor.name == name) {
            return &tensor;
        }
    }
    return nullptr;
}

std::int64_t SafetensorsFile::tensorBytes() const {
    // Cannot overflow: the tensors tile the file without overlap.
    std::int64_t total = 0;
    for (const SafetensorsTensor& tensor : tensors) {
        total += tensor.bytes;
    }
    return total;
}

SafetensorsFile parseSafetensorsHeader(BoundedReader& reader, const SafetensorsLimits& limits) {
    SafetensorsFile file;
    file.origin = reader.origin();
    file.file_size_bytes = reader.sizeBytes();
    file.header_json_bytes = reader.u64("the header length");
    if (file.header_json_bytes > reader.remainingBytes()) {
        reader.failAt(0, "header length " + std::to_string(file.header_json_bytes) + " is larger than the file (" +
                             std::to_string(file.file_size_bytes) + " bytes); not a safetensors file, or truncated");
    }
    if (file.header_json_bytes > limits.max_header_bytes) {
        reader.failAt(0, "header length " + std::to_string(file.header_json_bytes) + " is beyond the limit of " +
                             std::to_string(limits.max_header_bytes) + " bytes");
    }
    file.data_offset_bytes = 8 + file.header_json_bytes;
    const std::string json = reader.string(file.header_json_bytes, limits.max_header_bytes, "the JSON header");

    HeaderSax sax(file, limits);
    const bool ok = Json::sax_parse(json, &sax, Json::input_format_t::json, true);
    if (!ok || !sax.complete()) {
        throw FormatError(file.origin + ": " + (sax.error().empty() ? "invalid JSON header" : sax.error()));
    }
    checkLayout(file, reader);
    return file;
}

SafetensorsFile readSafetensorsHeader(const std::filesystem::path& path, const SafetensorsLimits& limits) {
    BoundedReader reader(path);
    return parseSafetensorsHeader(reader, limits);
}

SafetensorsFile parseSafetensorsHeader(std::string_view bytes, const std::string& origin,
                                       const SafetensorsLimits& limits) {
    BoundedReader reader(bytes, origin);
    return parseSafetensorsHeader(reader, limits);
}

SafetensorsIndex parseSafetensorsIndex(std::string_view json_text, const std::string& origin) {
    const Json root = parseJsonBounded(json_text, origin);
    if (!root.is_object()) {
        throw FormatError(origin + ": the index is not a JSON object");
    }
    SafetensorsIndex index;
    const auto metadata = root.find("metadata");
    if (metadata != root.end() && metadata->is_object()) {
        const auto total = metadata->find("total_size");
        if (total != metadata->end() && total->is_number_integer() && total->get<std::int64_t>() >= 0) {
            index.total_size_bytes = total->get<std::int64_t>();
        }
    }
    const auto map = root.find("weight_map");
    if (map == root.end() || !map->is_object()) {
        throw FormatError(origin + ": the index has no \"weight_map\" object");
    }
    std::unordered_set<std::string> shards;
    index.weight_map.reserve(map->size());
    for (const auto& [name, file] : map->items()) {
        if (!file.is_string()) {
            throw FormatError(origin + ": weight_map entry '" + printable(name) + "' is not a file name");
        }
        const std::string shard = file.get<std::string>();
        // Only a plain name in the index's own folder: never a path that climbs out of it.
        const bool plain = !shard.empty() && shard != "." && shard != ".." &&
                           shard.find_first_of("/\\") == std::string::npos && shard.find('\0') == std::string::npos;
        if (!plain) {
            throw FormatError(origin + ": weight_map entry '" + printable(name) + "' names '" + printable(shard) +
                              "', not a file in the model's folder");
        }
        if (shards.insert(shard).second) {
            index.shard_files.push_back(shard);
        }
        index.weight_map.emplace_back(name, shard);
    }
    return index;
}

SafetensorsIndex readSafetensorsIndex(const std::filesystem::path& path) {
    return parseSafetensorsIndex(readTextFile(path, 64ull << 20), path.string());
}

} // namespace fitscope::formats
