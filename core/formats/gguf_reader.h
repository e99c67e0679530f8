#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::formats {

class BoundedReader;

// GGUF metadata value types (ggml/docs/gguf.md, enum gguf_metadata_value_type).
enum class GgufValueType : std::uint32_t {
    Uint8 = 0,
    Int8 = 1,
    Uint16 = 2,
    Int16 = 3,
    Uint32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    Uint64 = 10,
    Int64 = 11,
    Float64 = 12,
};

const char* ggufValueTypeName(GgufValueType type);

// One metadata value. Scalars are kept whole; arrays keep their element type and length, and their
// elements only when short (per-layer arrays, a few special token ids): a 150,000-entry token list
// is walked (each string length checked) but only counted, so memory stays bounded by the limits.
struct GgufValue {
    GgufValueType type = GgufValueType::Uint8;
    std::uint64_t uint_value = 0; // Uint8..Uint64, Bool (0/1)
    std::int64_t int_value = 0;   // Int8..Int64
    double float_value = 0;       // Float32, Float64
    std::string string_value;     // String (bytes as stored: may be invalid UTF-8)

    GgufValueType element_type = GgufValueType::Uint8; // Array only
    std::uint64_t array_length = 0;                    // Array only
    std::vector<GgufValue> elements;                   // Array only: empty unless elements_kept
    bool elements_kept = false;

    bool isInteger() const;
    // Integer types (and Bool) as int64; nullopt for other types or values beyond int64.
    std::optional<std::int64_t> asInt() const;
    // Integer and float types as double.
    std::optional<double> asFloat() const;
    // Kept integer elements of an integer array; nullopt when not an integer array or not kept.
    std::optional<std::vector<std::int64_t>> asIntArray() const;
    // A one-line rendering for tables: strings escaped and cut at max_chars, arrays as
    // "[N × type] a, b, c, ..." with the first few elements.
    std::string display(std::size_t max_chars = 80) const;
};

struct GgufMetadataEntry {
    std::string key;
    GgufValue value;
};

struct GgufTensorInfo {
    std::string name;
    std::vector<std::int64_t> dims; // ggml order: dims[0] (ne0) is the contiguous row length
    std::uint32_t type = 0;         // ggml type number (see ggml_types.h)
    std::uint64_t offset_bytes = 0; // relative to GgufFile::data_offset_bytes
    std::int64_t elements = 0;
    std::int64_t bytes = 0; // exact storage: elements / block size · block bytes
};

// Bounds on what a header may claim. Real files stay far below them; hostile ones hit them early
// with a clear message instead of allocating or looping without end.
struct GgufLimits {
    std::uint64_t max_header_bytes = 256ull << 20;    // a 256k-token vocabulary with merges is ~20 MB
    std::uint64_t max_tensors = 1u << 20;             // DeepSeek-V3 has ~1,900; old per-expert files ~100k
    std::uint64_t max_metadata_entries = 1u << 16;    // real files: 30-60
    std::uint64_t max_key_bytes = 65535;              // the GGUF spec's limit for keys
    std::uint64_t max_tensor_name_bytes = 1024;       // ggml uses 64; forks go a little longer
    std::uint64_t max_string_bytes = 64ull << 20;     // chat templates and the like
    std::uint32_t max_array_nesting = 4;              // arrays of arrays: the spec allows them, files barely use them
    std::uint64_t max_kept_array_elements = 4096;     // per array; longer arrays are counted, not kept
    std::uint64_t max_kept_elements_total = 1u << 18; // ~30 MB of values at most
    std::uint32_t max_dims = 4;                       // GGML_MAX_DIMS
};

struct GgufFile {
    std::string origin; // the path (or a label) used in messages
    std::uint32_t version = 0;
    std::uint64_t file_size_bytes = 0;
    std::uint64_t header_bytes = 0;          // where the tensor infos end
    std::uint64_t alignment_bytes = 32;      // general.alignment, default 32
    std::uint64_t data_offset_bytes = 0;     // header_bytes rounded up to the alignment
    std::vector<GgufMetadataEntry> metadata; // in file order; keys are unique
    std::vector<GgufTensorInfo> tensors;     // in file order; names are unique

    const GgufValue* find(std::string_view key) const;
    std::optional<std::int64_t> intValue(std::string_view key) const;
    std::optional<double> floatValue(std::string_view key) const;
    std::optional<std::string> stringValue(std::string_view key) const;
    const GgufTensorInfo* findTensor(std::string_view name) const;
    std::int64_t tensorBytes() const; // sum of every tensor's bytes
};

// Reads the header (metadata and tensor infos) of one GGUF file, version 2 or 3. Only the header is
// read. Throws FormatError naming the file and the problem for anything malformed: bad magic,
// unsupported version, truncation, counts or lengths beyond the limits, duplicate keys or names,
// invalid UTF-8 in keys or names, unknown ggml types, too many or negative dimensions, element
// counts that overflow, rows that are not whole blocks, misaligned offsets, tensors past the end of
// the file or overlapping each other.
GgufFile readGgufHeader(const std::filesystem::path& path, const GgufLimits& limits = {});

// The same, from the bytes of a whole file in memory. For fuzzing and tests.
GgufFile parseGgufHeader(std::string_view bytes, const std::string& origin, const GgufLimits& limits = {});

// The same on an open reader (its size is the file's size).
GgufFile parseGgufHeader(BoundedReader& reader, const GgufLimits& limits = {});

// Split GGUF files are named <prefix>-00001-of-00003.gguf (llama.cpp's llama_split_path).
// For such a name returns the paths of all parts in order; for any other name, just path.
std::vector<std::filesystem::path> ggufSplitPaths(const std::filesystem::path& path);

} // namespace fitscope::formats
