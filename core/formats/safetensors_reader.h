#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fitscope::formats {

class BoundedReader;

// safetensors dtypes (huggingface/safetensors, safetensors/src/tensor.rs enum Dtype).
struct SafetensorsDtypeInfo {
    const char* name;  // "F16", "BF16", "F8_E4M3", ...
    std::int64_t bits; // storage bits per element (F4 packs two per byte)
    bool floating;
};

// nullptr for an unknown dtype string.
const SafetensorsDtypeInfo* safetensorsDtype(std::string_view name);

struct SafetensorsTensor {
    std::string name;
    std::string dtype;
    std::vector<std::int64_t> shape; // row-major (PyTorch order): shape.back() is the contiguous axis
    std::uint64_t begin_bytes = 0;   // data_offsets, relative to SafetensorsFile::data_offset_bytes
    std::uint64_t end_bytes = 0;
    std::int64_t elements = 0;
    std::int64_t bytes = 0;
};

struct SafetensorsLimits {
    // The reference implementation refuses headers above 100 MB (MAX_HEADER_SIZE).
    std::uint64_t max_header_bytes = 100'000'000;
    std::uint64_t max_tensors = 1u << 20;
    std::uint64_t max_dims = 16;
    std::uint64_t max_name_bytes = 4096;
    std::uint64_t max_metadata_value_bytes = 1u << 20;
};

struct SafetensorsFile {
    std::string origin;
    std::uint64_t file_size_bytes = 0;
    std::uint64_t header_json_bytes = 0;                       // the length field's value
    std::uint64_t data_offset_bytes = 0;                       // 8 + header_json_bytes
    std::vector<SafetensorsTensor> tensors;                    // in header order; names unique
    std::vector<std::pair<std::string, std::string>> metadata; // "__metadata__" (string to string)

    const SafetensorsTensor* findTensor(std::string_view name) const;
    std::int64_t tensorBytes() const;
};

// Reads the header of a .safetensors file: an 8-byte little-endian length, then that many bytes of
// JSON. The JSON is read with a streaming (SAX) parser that accepts only the safetensors schema,
// so memory is bounded by the entries themselves and nesting can never go deeper than three
// levels. Throws FormatError naming the file for anything malformed: a length beyond the file or
// the limit, JSON that is not an object or does not follow the schema, invalid UTF-8, duplicate
// names, unknown dtypes, dimension products that overflow, data_offsets that disagree with
// dtype × shape, lie past the end of the file, overlap or leave holes (as the reference reader).
SafetensorsFile readSafetensorsHeader(const std::filesystem::path& path, const SafetensorsLimits& limits = {});
SafetensorsFile parseSafetensorsHeader(std::string_view bytes, const std::string& origin,
                                       const SafetensorsLimits& limits = {});
SafetensorsFile parseSafetensorsHeader(BoundedReader& reader, const SafetensorsLimits& limits = {});

// model.safetensors.index.json: the shard file of each tensor ("weight_map") and the total size the
// writer recorded ("metadata"."total_size", 0 when absent).
struct SafetensorsIndex {
    std::vector<std::pair<std::string, std::string>> weight_map; // tensor name -> shard file name
    std::vector<std::string> shard_files;                        // distinct, in first-use order
    std::int64_t total_size_bytes = 0;
};

// Parses an index file's text. Shard names must be plain file names in the same folder (no
// directories, no "..") so a hostile index cannot point the reader elsewhere.
SafetensorsIndex parseSafetensorsIndex(std::string_view json_text, const std::string& origin);
SafetensorsIndex readSafetensorsIndex(const std::filesystem::path& path);

} // namespace fitscope::formats
