#include "core/formats/ggml_types.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace fitscope::formats {

namespace {

// Block sizes and bytes from quant-formats.md §1.1 (ggml-common.h at llama.cpp c392e50), MXFP4 from
// the newer ggml-common.h (block_mxfp4: one E8M0 byte + 16 bytes of nibbles per 32 values) and
// NVFP4 (block_nvfp4: 64 values, 4 UE4M3 sub-block scales + 32 bytes of nibbles = 36 bytes).
constexpr GgmlTypeTraits k_traits[] = {
    {GgmlType::F32, "F32", 1, 4, false},
    {GgmlType::F16, "F16", 1, 2, false},
    {GgmlType::Q4_0, "Q4_0", 32, 18, true},
    {GgmlType::Q4_1, "Q4_1", 32, 20, true},
    {GgmlType::Q5_0, "Q5_0", 32, 22, true},
    {GgmlType::Q5_1, "Q5_1", 32, 24, true},
    {GgmlType::Q8_0, "Q8_0", 32, 34, true},
    {GgmlType::Q8_1, "Q8_1", 32, 36, true},
    {GgmlType::Q2_K, "Q2_K", 256, 84, true},
    {GgmlType::Q3_K, "Q3_K", 256, 110, true},
    {GgmlType::Q4_K, "Q4_K", 256, 144, true},
    {GgmlType::Q5_K, "Q5_K", 256, 176, true},
    {GgmlType::Q6_K, "Q6_K", 256, 210, true},
    {GgmlType::Q8_K, "Q8_K", 256, 292, true},
    {GgmlType::IQ2_XXS, "IQ2_XXS", 256, 66, true},
    {GgmlType::IQ2_XS, "IQ2_XS", 256, 74, true},
    {GgmlType::IQ3_XXS, "IQ3_XXS", 256, 98, true},
    {GgmlType::IQ1_S, "IQ1_S", 256, 50, true},
    {GgmlType::IQ4_NL, "IQ4_NL", 32, 18, true},
    {GgmlType::IQ3_S, "IQ3_S", 256, 110, true},
    {GgmlType::IQ2_S, "IQ2_S", 256, 82, true},
    {GgmlType::IQ4_XS, "IQ4_XS", 256, 136, true},
    {GgmlType::I8, "I8", 1, 1, false},
    {GgmlType::I16, "I16", 1, 2, false},
    {GgmlType::I32, "I32", 1, 4, false},
    {GgmlType::I64, "I64", 1, 8, false},
    {GgmlType::F64, "F64", 1, 8, false},
    {GgmlType::IQ1_M, "IQ1_M", 256, 56, true},
    {GgmlType::BF16, "BF16", 1, 2, false},
    {GgmlType::TQ1_0, "TQ1_0", 256, 54, true},
    {GgmlType::TQ2_0, "TQ2_0", 256, 66, true},
    {GgmlType::MXFP4, "MXFP4", 32, 17, true},
    {GgmlType::NVFP4, "NVFP4", 64, 36, true},
};

// Indexed by type number; built once.
const std::array<const GgmlTypeTraits*, k_ggml_type_slots>& traitsByNumber() {
    static const auto table = [] {
        std::array<const GgmlTypeTraits*, k_ggml_type_slots> t{};
        for (const GgmlTypeTraits& traits : k_traits) {
            t[static_cast<std::uint32_t>(traits.type)] = &traits;
        }
        return t;
    }();
    return table;
}

} // namespace

const GgmlTypeTraits* ggmlTypeTraits(std::uint32_t type) {
    return type < k_ggml_type_slots ? traitsByNumber()[type] : nullptr;
}

std::string ggmlTypeName(std::uint32_t type) {
    const GgmlTypeTraits* traits = ggmlTypeTraits(type);
    return traits ? std::string(traits->name) : "unknown type " + std::to_string(type);
}

std::optional<GgmlType> ggmlTypeFromName(const std::string& name) {
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (const GgmlTypeTraits& traits : k_traits) {
        if (upper == traits.name) {
            return traits.type;
        }
    }
    return std::nullopt;
}

std::optional<std::int64_t> ggmlBytes(std::uint32_t type, std::int64_t elements) {
    const GgmlTypeTraits* traits = ggmlTypeTraits(type);
    if (!traits || elements < 0 || elements % traits->block_elements != 0) {
        return std::nullopt;
    }
    std::int64_t bytes = 0;
    if (__builtin_mul_overflow(elements / traits->block_elements, traits->block_bytes, &bytes)) {
        return std::nullopt;
    }
    return bytes;
}

double ggmlBitsPerWeight(std::uint32_t type) {
    const GgmlTypeTraits* traits = ggmlTypeTraits(type);
    return traits ? 8.0 * static_cast<double>(traits->block_bytes) / static_cast<double>(traits->block_elements) : 0.0;
}

std::string llamaFileTypeName(std::int64_t file_type) {
    // enum llama_ftype (include/llama.h); 4-6 and 33-35 were removed from llama.cpp.
    struct Entry {
        std::int64_t value;
        const char* name;
    };
    static constexpr Entry k_names[] = {
        {0, "F32"},     {1, "F16"},     {2, "Q4_0"},    {3, "Q4_1"},       {4, "Q4_1_SOME_F16"}, {7, "Q8_0"},
        {8, "Q5_0"},    {9, "Q5_1"},    {10, "Q2_K"},   {11, "Q3_K_S"},    {12, "Q3_K_M"},       {13, "Q3_K_L"},
        {14, "Q4_K_S"}, {15, "Q4_K_M"}, {16, "Q5_K_S"}, {17, "Q5_K_M"},    {18, "Q6_K"},         {19, "IQ2_XXS"},
        {20, "IQ2_XS"}, {21, "Q2_K_S"}, {22, "IQ3_XS"}, {23, "IQ3_XXS"},   {24, "IQ1_S"},        {25, "IQ4_NL"},
        {26, "IQ3_S"},  {27, "IQ3_M"},  {28, "IQ2_S"},  {29, "IQ2_M"},     {30, "IQ4_XS"},       {31, "IQ1_M"},
        {32, "BF16"},   {36, "TQ1_0"},  {37, "TQ2_0"},  {38, "MXFP4_MOE"},
    };
    for (const Entry& entry : k_names) {
        if (entry.value == file_type) {
            return entry.name;
        }
    }
    return "file type " + std::to_string(file_type);
}

} // namespace fitscope::formats
