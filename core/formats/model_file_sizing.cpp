#include "core/formats/model_file_sizing.h"

#include "core/formats/hf_config.h"
#include "core/formats/hf_quantization.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace fitscope::formats {

std::optional<sizing::WeightFormat> weightFormatOf(const ModelFileInfo& info) {
    std::string label = info.quantization;
    std::transform(label.begin(), label.end(), label.begin(), [](unsigned char c) { return std::tolower(c); });
    if (label.rfind("gptq 4-bit", 0) == 0) {
        return sizing::WeightFormat::GPTQ_INT4_G128;
    }
    if (label.rfind("gptq 3-bit", 0) == 0) {
        return sizing::WeightFormat::GPTQ_INT3_G128;
    }
    if (label.rfind("awq", 0) == 0) {
        return sizing::WeightFormat::AWQ_INT4_G128;
    }
    if (label.rfind("fp8", 0) == 0) {
        return label.find("e5m2") != std::string::npos ? sizing::WeightFormat::FP8_E5M2
                                                       : sizing::WeightFormat::FP8_E4M3;
    }
    if (label == "f16" || label == "mostly_f16") {
        return sizing::WeightFormat::FP16;
    }
    if (label == "f32" || label == "all_f32") {
        return sizing::WeightFormat::FP32;
    }
    return sizing::weightFormatFromId(label); // bf16, q8_0, q4_k_m, q4_0, ...
}

namespace {

// True for a GGUF tensor of a stored MTP block ("blk.N." with N past the decoder layers): llama.cpp
// creates them with TENSOR_SKIP and never loads them (src/models/glm4-moe.cpp).
bool skippedMtpTensor(const ModelFileInfo& info, const std::string& name) {
    if (info.format != ModelFileFormat::Gguf || !info.spec || info.spec->mtp_layers <= 0 ||
        name.rfind("blk.", 0) != 0) {
        return false;
    }
    std::int64_t block = 0;
    std::size_t i = 4;
    for (; i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) && block < (1 << 24); ++i) {
        block = block * 10 + (name[i] - '0');
    }
    return i > 4 && i < name.size() && name[i] == '.' && block >= info.spec->num_layers;
}

} // namespace

sizing::WeightBreakdown storedWeights(const ModelFileInfo& info) {
    sizing::WeightBreakdown out;
    for (const ModelTensor& tensor : info.tensors) {
        if (skippedMtpTensor(info, tensor.name)) {
            continue;
        }
        switch (tensor.role.value_or(sizing::TensorRole::AttnQ)) {
        case sizing::TensorRole::TokenEmbedding:
        case sizing::TensorRole::PositionEmbedding:
            out.embeddings_bytes += tensor.bytes;
            break;
        case sizing::TensorRole::Norm:
            out.norms_bytes += tensor.bytes;
            break;
        case sizing::TensorRole::OutputHead:
            out.output_head_bytes += tensor.bytes;
            break;
        case sizing::TensorRole::Encoder:
            out.encoder_bytes += tensor.bytes; // a vision projector (mmproj) added beside a GGUF
            break;
        default:
            out.body_bytes += tensor.bytes; // matrices and their quantization metadata
            break;
        }
    }
    return out;
}

std::shared_ptr<const sizing::PreparedModel> prepareModelFromFile(const ModelFileInfo& info) {
    if (!info.spec) {
        throw FormatError(
            info.path.string() + ": " +
            (info.spec_note.empty() ? std::string("the file does not describe an architecture") : info.spec_note));
    }
    try {
        if (info.tensors.empty()) {
            // A config.json alone: the formula sizes it, in the layout its quantization_config names.
            const std::filesystem::path config = info.files.empty() ? info.path : info.files.front();
            std::optional<HfQuantization> quantization;
            if (info.format == ModelFileFormat::HfConfig) {
                quantization = readHfQuantizationFile(config);
            }
            return prepareQuantizedModel(*info.spec, quantization);
        }
        auto prepared = std::const_pointer_cast<sizing::PreparedModel>(
            sizing::prepareModel(*info.spec, storedWeights(info), weightFormatOf(info), info.quantization));
        if (info.format == ModelFileFormat::Gguf) {
            // The layers' matrices by their GGUF names: llama.cpp's -ot rules are matched against these.
            for (const ModelTensor& tensor : info.tensors) {
                const auto role = tensor.role.value_or(sizing::TensorRole::Norm);
                if (tensor.name.rfind("blk.", 0) != 0 || role == sizing::TensorRole::Norm ||
                    skippedMtpTensor(info, tensor.name)) {
                    continue;
                }
                const bool expert = role == sizing::TensorRole::ExpertGate || role == sizing::TensorRole::ExpertUp ||
                                    role == sizing::TensorRole::ExpertDown;
                prepared->stored_tensors.push_back({tensor.name, tensor.bytes, expert});
            }
        }
        return prepared;
    } catch (const std::invalid_argument& error) {
        throw FormatError(info.path.string() + ": " + error.what());
    }
}

} // namespace fitscope::formats
