#include "scheme_catalog.h"

#include "core/quant/scheme.h"

#include <algorithm>

namespace fitscope::gui::lab {

namespace {

struct Entry {
    const char* name;
    SchemeGroup group;
    const char* display;
    const char* tooltip;
    int group_size;
    bool zero_point;
    const char* format_id; // sizing::weightFormatFromId, or nullptr
};

// Tooltips explain the scheme in one sentence (quant-formats.md has the sources).
const Entry kEntries[] = {
    {"fp16", SchemeGroup::Float, QT_TRANSLATE_NOOP("SchemeCatalog", "FP16"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "IEEE half precision: 5 exponent and 10 mantissa bits per weight, the usual "
                                        "inference baseline."),
     0, false, "fp16"},
    {"bf16", SchemeGroup::Float, QT_TRANSLATE_NOOP("SchemeCatalog", "BF16"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "bfloat16: FP32's 8 exponent bits with only 7 mantissa bits, so a wide range "
                                        "but coarser steps than FP16."),
     0, false, "bf16"},
    {"fp8-e4m3", SchemeGroup::Float, QT_TRANSLATE_NOOP("SchemeCatalog", "FP8 E4M3"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "8-bit float with 4 exponent and 3 mantissa bits and one scale for the whole "
                                        "tensor (largest value 448)."),
     0, false, "fp8-e4m3"},
    {"fp8-e5m2", SchemeGroup::Float, QT_TRANSLATE_NOOP("SchemeCatalog", "FP8 E5M2"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "8-bit float with 5 exponent and 2 mantissa bits: more range than E4M3, half "
                                        "the precision."),
     0, false, "fp8-e5m2"},
    {"int8-tensor", SchemeGroup::Int8, QT_TRANSLATE_NOOP("SchemeCatalog", "INT8 per tensor"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "8-bit integers with one absmax scale for the whole tensor: the naive 'one "
                                        "global scale' that a single large value ruins."),
     0, false, nullptr},
    {"int8-channel", SchemeGroup::Int8, QT_TRANSLATE_NOOP("SchemeCatalog", "INT8 per channel"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "8-bit integers with one absmax scale per output channel (row), as "
                                        "bitsandbytes stores INT8 weights."),
     0, false, "int8"},
    {"llm-int8", SchemeGroup::Int8, QT_TRANSLATE_NOOP("SchemeCatalog", "LLM.int8()"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "Per-channel INT8, with the input columns whose activations exceed the "
                                        "threshold kept in FP16 (Dettmers et al., 2022)."),
     0, false, "llm-int8"},
    {"int4-g32", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "INT4 g32"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "4-bit round-to-nearest with a symmetric FP16 scale per group of 32 "
                                        "weights."),
     32, false, "int4-g32"},
    {"int4-g64", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "INT4 g64"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "4-bit round-to-nearest with a symmetric FP16 scale per group of 64 "
                                        "weights."),
     64, false, "int4-g64"},
    {"int4-g128", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "INT4 g128"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "4-bit round-to-nearest with a symmetric FP16 scale per group of 128 "
                                        "weights."),
     128, false, "int4-g128"},
    {"int4-g32-asym", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "INT4 g32 + zero-point"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "4-bit round-to-nearest per group of 32 with a scale and a 4-bit zero-point, "
                                        "so a lopsided group uses all 16 levels."),
     32, true, "int4-g32-asym"},
    {"int4-g64-asym", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "INT4 g64 + zero-point"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "4-bit round-to-nearest per group of 64 with a scale and a 4-bit "
                                        "zero-point."),
     64, true, "int4-g64-asym"},
    {"int4-g128-asym", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "INT4 g128 + zero-point"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "4-bit round-to-nearest per group of 128 with a scale and a 4-bit "
                                        "zero-point."),
     128, true, "int4-g128-asym"},
    {"nf4", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "NF4"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "QLoRA's 4-bit NormalFloat: 16 levels placed at normal-distribution "
                                        "quantiles, one FP32 absmax per block of 64."),
     64, false, "nf4"},
    {"nf4-dq", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "NF4 + double quant"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "NF4 whose block scales are themselves quantized to 8 bits, saving about 0.37 "
                                        "bits per weight."),
     64, false, "nf4-dq"},
    {"mxfp4", SchemeGroup::FourBit, QT_TRANSLATE_NOOP("SchemeCatalog", "MXFP4"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "OCP microscaling: 32 FP4 (E2M1) values share one power-of-two scale."), 32,
     false, "mxfp4"},
    {"q8_0", SchemeGroup::Gguf, QT_TRANSLATE_NOOP("SchemeCatalog", "GGUF Q8_0"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "llama.cpp's blocks of 32 signed 8-bit values with one FP16 scale (8.5 bits "
                                        "per weight)."),
     32, false, "q8_0"},
    {"q4_0", SchemeGroup::Gguf, QT_TRANSLATE_NOOP("SchemeCatalog", "GGUF Q4_0"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "llama.cpp's blocks of 32 4-bit values with one FP16 scale (4.5 bits per "
                                        "weight)."),
     32, false, "q4_0"},
    {"q4_1", SchemeGroup::Gguf, QT_TRANSLATE_NOOP("SchemeCatalog", "GGUF Q4_1"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "llama.cpp's blocks of 32 4-bit values with an FP16 scale and minimum (5 bits "
                                        "per weight)."),
     32, true, nullptr},
    {"q4_k", SchemeGroup::Gguf, QT_TRANSLATE_NOOP("SchemeCatalog", "GGUF Q4_K"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "llama.cpp's K-quant: super-blocks of 256 with 6-bit scales and minimums per "
                                        "32 weights (4.5 bits per weight)."),
     32, true, "q4_k"},
    {"q6_k", SchemeGroup::Gguf, QT_TRANSLATE_NOOP("SchemeCatalog", "GGUF Q6_K"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "llama.cpp's 6-bit K-quant: super-blocks of 256 with an 8-bit scale per 16 "
                                        "weights (6.56 bits per weight)."),
     16, false, "q6_k"},
    {"gptq-int4-g128", SchemeGroup::GptqAwq, QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ INT4 g128"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ rounds column by column and pushes each rounding error onto the columns "
                                        "not yet rounded, using the calibration Hessian (4 bits, groups of 128)."),
     128, true, "gptq-int4-g128"},
    {"gptq-int4-g64", SchemeGroup::GptqAwq, QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ INT4 g64"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ's error-compensating 4-bit rounding with groups of 64."), 64, true,
     nullptr},
    {"gptq-int4-g32", SchemeGroup::GptqAwq, QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ INT4 g32"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ's error-compensating 4-bit rounding with groups of 32."), 32, true,
     nullptr},
    {"gptq-int3-g128", SchemeGroup::GptqAwq, QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ INT3 g128"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "GPTQ's error-compensating rounding with only 8 levels (3 bits), groups of "
                                        "128."),
     128, true, "gptq-int3-g128"},
    {"awq-int4-g128", SchemeGroup::GptqAwq, QT_TRANSLATE_NOOP("SchemeCatalog", "AWQ INT4 g128"),
     QT_TRANSLATE_NOOP("SchemeCatalog", "AWQ scales up the input channels with large activations before 4-bit "
                                        "rounding, so the weights that matter most lose least."),
     128, true, "awq-int4-g128"},
};

} // namespace

const std::vector<LabSchemeInfo>& SchemeCatalog::all() {
    static const std::vector<LabSchemeInfo> list = [] {
        std::vector<LabSchemeInfo> out;
        for (const std::string& name : quant::schemeNames()) {
            LabSchemeInfo info;
            info.name = name;
            const auto it =
                std::find_if(std::begin(kEntries), std::end(kEntries), [&](const Entry& e) { return name == e.name; });
            if (it != std::end(kEntries)) {
                info.group = it->group;
                info.display = tr(it->display);
                info.tooltip = tr(it->tooltip);
                info.group_size = it->group_size;
                info.zero_point = it->zero_point;
                if (it->format_id != nullptr) {
                    info.format = sizing::weightFormatFromId(it->format_id);
                }
            } else {
                // A scheme core added after this table: list it with core's own description.
                info.display = QString::fromStdString(name);
                info.tooltip = QString::fromStdString(quant::schemeOrThrow(name).description());
            }
            out.push_back(std::move(info));
        }
        return out;
    }();
    return list;
}

const LabSchemeInfo* SchemeCatalog::find(const std::string& name) {
    for (const LabSchemeInfo& info : all()) {
        if (info.name == name) {
            return &info;
        }
    }
    return nullptr;
}

QString SchemeCatalog::groupName(SchemeGroup group) {
    switch (group) {
    case SchemeGroup::Float:
        return tr("Float");
    case SchemeGroup::Int8:
        return tr("INT8");
    case SchemeGroup::FourBit:
        return tr("4-bit");
    case SchemeGroup::Gguf:
        return tr("GGUF");
    case SchemeGroup::GptqAwq:
        return tr("GPTQ / AWQ");
    case SchemeGroup::Other:
        break;
    }
    return tr("Other");
}

QString SchemeCatalog::displayName(const std::string& name) {
    const LabSchemeInfo* info = find(name);
    return info != nullptr ? info->display : QString::fromStdString(name);
}

std::string SchemeCatalog::schemeForFormat(sizing::WeightFormat format) {
    // A llama.cpp Q4_K_M file stores most tensors as Q4_K (llama-quant.cpp); its error is Q4_K's.
    if (format == sizing::WeightFormat::Q4_K_M) {
        format = sizing::WeightFormat::Q4_K;
    }
    for (const LabSchemeInfo& info : all()) {
        if (info.format == format) {
            return info.name;
        }
    }
    return {};
}

std::optional<sizing::WeightFormat> SchemeCatalog::formatForScheme(const std::string& name) {
    const LabSchemeInfo* info = find(name);
    return info != nullptr ? info->format : std::nullopt;
}

std::vector<std::string> SchemeCatalog::defaultSelection() {
    return {"fp16",           "fp8-e4m3", "int8-tensor", "int8-channel", "llm-int8",       "int4-g128",
            "int4-g128-asym", "nf4",      "q4_0",        "q4_k",         "gptq-int4-g128", "awq-int4-g128"};
}

} // namespace fitscope::gui::lab
