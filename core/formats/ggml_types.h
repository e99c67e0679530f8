#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace fitscope::formats {

// ggml tensor types as stored in GGUF tensor infos. The numbers are part of the file format
// (ggml/include/ggml.h, enum ggml_type); gaps are types removed from GGUF files (4, 5: Q4_2/Q4_3;
// 31-33: Q4_0_4_4/4_8/8_8; 36-38: IQ4_NL_4_4/4_8/8_8), which llama.cpp rejects and so do we.
enum class GgmlType : std::uint32_t {
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q4_1 = 3,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
    Q8_1 = 9,
    Q2_K = 10,
    Q3_K = 11,
    Q4_K = 12,
    Q5_K = 13,
    Q6_K = 14,
    Q8_K = 15,
    IQ2_XXS = 16,
    IQ2_XS = 17,
    IQ3_XXS = 18,
    IQ1_S = 19,
    IQ4_NL = 20,
    IQ3_S = 21,
    IQ2_S = 22,
    IQ4_XS = 23,
    I8 = 24,
    I16 = 25,
    I32 = 26,
    I64 = 27,
    F64 = 28,
    IQ1_M = 29,
    BF16 = 30,
    TQ1_0 = 34,
    TQ2_0 = 35,
    MXFP4 = 39,
    NVFP4 = 40,
};

// Storage of one type: block_elements values are stored in block_bytes bytes
// (quant-formats.md §1.1, from ggml-common.h; bits per weight = 8 · block_bytes / block_elements).
struct GgmlTypeTraits {
    GgmlType type;
    const char* name; // as ggml_type_name() prints it ("q4_K" is printed upper-case here: "Q4_K")
    std::int64_t block_elements;
    std::int64_t block_bytes;
    bool quantized;
};

// nullptr for numbers that are not a known type (unknown, or removed from GGUF).
const GgmlTypeTraits* ggmlTypeTraits(std::uint32_t type);

// A type's name, or "unknown type <n>" for numbers ggmlTypeTraits rejects.
std::string ggmlTypeName(std::uint32_t type);

// The type with this name ("Q4_K", case-insensitive), if any.
std::optional<GgmlType> ggmlTypeFromName(const std::string& name);

// Bytes for elements values of type: elements / block_elements · block_bytes. nullopt when the type
// is unknown, elements is negative or not a whole number of blocks, or the product overflows.
std::optional<std::int64_t> ggmlBytes(std::uint32_t type, std::int64_t elements);

// Bits per weight of a type (8 · block_bytes / block_elements); 0 for unknown types.
double ggmlBitsPerWeight(std::uint32_t type);

// llama.cpp's general.file_type (enum llama_ftype in include/llama.h): "Q4_K_M", "MOSTLY_F16" is
// printed as "F16". Unknown numbers give "file type <n>".
std::string llamaFileTypeName(std::int64_t file_type);

// Number of ggml type slots a histogram needs (one past the highest known type number).
inline constexpr std::uint32_t k_ggml_type_slots = 41;

} // namespace fitscope::formats
