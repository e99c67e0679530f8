#include "core/formats/model_file_data.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/ggml_dequantize.h"
#include "core/formats/ggml_types.h"
#include "core/formats/gguf_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/safetensors_reader.h"

#include <cstring>

namespace fitscope::formats {

namespace {

bool safetensorsFloatType(const std::string& dtype) {
    return dtype == "F32" || dtype == "F16" || dtype == "BF16";
}

void checkSize(const std::string& origin, const std::string& name, std::int64_t elements, std::int64_t max_elements) {
    if (elements > max_elements) {
        throw FormatError(origin + ": tensor '" + printable(name) + "' has " + std::to_string(elements) +
                          " values, more than the limit of " + std::to_string(max_elements));
    }
}

std::vector<std::uint8_t> readBytes(const std::filesystem::path& file, std::uint64_t offset, std::int64_t bytes,
                                    const std::string& name) {
    BoundedReader reader(file);
    reader.seek(offset, "tensor '" + printable(name) + "' data");
    std::vector<std::uint8_t> data(static_cast<std::size_t>(bytes));
    reader.read(data.data(), static_cast<std::uint64_t>(bytes), "tensor '" + printable(name) + "' data");
    return data;
}

FloatTensor fromSafetensors(const std::filesystem::path& file_path, const SafetensorsFile& file,
                            const SafetensorsTensor& tensor, std::int64_t max_elements) {
    if (!safetensorsFloatType(tensor.dtype)) {
        throw FormatError(file.origin + ": tensor '" + printable(tensor.name) + "' is " + tensor.dtype +
                          "; only F32, F16 and BF16 tensors can be read as floats");
    }
    checkSize(file.origin, tensor.name, tensor.elements, max_elements);
    FloatTensor out;
    out.name = tensor.name;
    out.dtype = tensor.dtype;
    out.cols = tensor.shape.empty() ? 1 : tensor.shape.back();
    out.rows = out.cols > 0 ? tensor.elements / out.cols : 0;
    const std::vector<std::uint8_t> data =
        readBytes(file_path, file.data_offset_bytes + tensor.begin_bytes, tensor.bytes, tensor.name);
    const GgmlType type = tensor.dtype == "F32"   ? GgmlType::F32
                          : tensor.dtype == "F16" ? GgmlType::F16
                                                  : GgmlType::BF16;
    out.values.resize(static_cast<std::size_t>(tensor.elements));
    dequantizeGgml(type, data, out.values);
    return out;
}

FloatTensor fromGguf(const std::filesystem::path& file_path, const GgufFile& file, const GgufTensorInfo& tensor,
                     std::int64_t max_elements) {
    const auto type = static_cast<GgmlType>(tensor.type);
    if (!canDequantizeGgml(type)) {
        throw FormatError(file.origin + ": tensor '" + printable(tensor.name) + "' is " + ggmlTypeName(tensor.type) +
                          ", which cannot be read as floats (F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q4_K, "
                          "Q6_K, IQ4_NL and MXFP4 can)");
    }
    checkSize(file.origin, tensor.name, tensor.elements, max_elements);
    FloatTensor out;
    out.name = tensor.name;
    out.dtype = ggmlTypeName(tensor.type);
    out.cols = tensor.dims.empty() ? 1 : tensor.dims[0];
    out.rows = out.cols > 0 ? tensor.elements / out.cols : 0;
    const std::vector<std::uint8_t> data =
        readBytes(file_path, file.data_offset_bytes + tensor.offset_bytes, tensor.bytes, tensor.name);
    out.values.resize(static_cast<std::size_t>(tensor.elements));
    if (!dequantizeGgml(type, data, out.values)) {
        throw FormatError(file.origin + ": tensor '" + printable(tensor.name) + "' could not be dequantized");
    }
    return out;
}

} // namespace

std::vector<ModelTensor> listTensors(const std::filesystem::path& path) {
    return inspectModelPath(path).tensors;
}

bool canReadAsFloat(const ModelTensor& tensor, ModelFileFormat format) {
    if (format == ModelFileFormat::Safetensors) {
        return safetensorsFloatType(tensor.dtype);
    }
    const auto type = ggmlTypeFromName(tensor.dtype);
    return format == ModelFileFormat::Gguf && type && canDequantizeGgml(*type);
}

FloatTensor readTensorAsFloat(const std::filesystem::path& path, const std::string& tensor_name,
                              std::int64_t max_elements) {
    // The header tells which file holds the tensor and where; only then is its data read.
    const ModelFileInfo info = inspectModelPath(path);
    const ModelTensor* found = nullptr;
    for (const ModelTensor& tensor : info.tensors) {
        if (tensor.name == tensor_name) {
            found = &tensor;
            break;
        }
    }
    if (!found) {
        throw FormatError(path.string() + ": no tensor named '" + printable(tensor_name) + "'");
    }
    const std::filesystem::path& file_path = info.files.at(static_cast<std::size_t>(found->file_index));
    if (info.format == ModelFileFormat::Gguf) {
        const GgufFile file = readGgufHeader(file_path);
        const GgufTensorInfo* tensor = file.findTensor(tensor_name);
        if (!tensor) {
            throw FormatError(file_path.string() + ": the tensor '" + printable(tensor_name) + "' vanished");
        }
        return fromGguf(file_path, file, *tensor, max_elements);
    }
    const SafetensorsFile file = readSafetensorsHeader(file_path);
    const SafetensorsTensor* tensor = file.findTensor(tensor_name);
    if (!tensor) {
        throw FormatError(file_path.string() + ": the tensor '" + printable(tensor_name) + "' vanished");
    }
    return fromSafetensors(file_path, file, *tensor, max_elements);
}

} // namespace fitscope::formats
