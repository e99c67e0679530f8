#pragma once

#include "core/sizing/model_spec.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fitscope::formats {

enum class ModelFileFormat {
    HfConfig,    // a config.json alone: architecture, no tensor table
    Safetensors, // a Hugging Face folder (config.json + one or more .safetensors), or one .safetensors file
    Gguf,        // a GGUF file, or the parts of a split GGUF
};

const char* modelFileFormatName(ModelFileFormat format);

// One tensor of the file's table.
struct ModelTensor {
    std::string name;
    std::string dtype;               // "BF16", "F8_E4M3", "I32" (safetensors); "Q4_K", "F32" (GGUF)
    std::vector<std::int64_t> shape; // as stored: safetensors row-major [out, in]; GGUF ggml order [ne0, ne1, ...]
    std::int64_t elements = 0;       // stored elements
    std::int64_t parameters = 0;     // logical weights: a GPTQ/AWQ int32 word holds 32/bits of them;
                                     // 0 for quantization metadata (scales, zeros, g_idx) and buffers
    std::int64_t bytes = 0;          // exact bytes in the file
    std::string group;               // role label: "attn_q", "ffn_down", "expert_up", "norm", "quant_meta", ...
    std::optional<sizing::TensorRole> role; // the engine's role, when the group has one
    int file_index = 0;                     // into ModelFileInfo::files
};

// A histogram bucket: all tensors of one stored type.
struct TypeUsage {
    std::string dtype;
    std::int64_t tensors = 0;
    std::int64_t elements = 0;
    std::int64_t bytes = 0;
};

// All tensors of one group (role).
struct GroupUsage {
    std::string group;
    std::optional<sizing::TensorRole> role;
    std::int64_t tensors = 0;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
};

// What a model file (or folder) holds, from its headers only.
struct ModelFileInfo {
    ModelFileFormat format = ModelFileFormat::Safetensors;
    std::filesystem::path path;               // what was asked for
    std::vector<std::filesystem::path> files; // every file read (config.json, shards)
    std::int64_t file_bytes = 0;              // their total size

    // The architecture, from config.json or the GGUF metadata; absent when the file does not say
    // enough (spec_note says why). spec.source is the file.
    std::optional<sizing::ModelSpec> spec;
    std::string spec_note;

    std::vector<ModelTensor> tensors;
    std::int64_t weight_bytes = 0;       // exact: every tensor's bytes, quantization metadata included
    std::int64_t tensor_parameters = 0;  // logical parameters counted from the tensor table
    std::int64_t formula_parameters = 0; // sizing::countParameters(*spec).total(); 0 without a spec
    // True when both counts exist and differ by more than k_parameter_tolerance of the table's count
    // (parameters_note explains, and says so too for small differences).
    bool parameters_mismatch = false;
    std::string parameters_note;

    std::vector<TypeUsage> types;   // by bytes, largest first
    std::vector<GroupUsage> groups; // by bytes, largest first
    std::string quantization;       // "Q4_K_M", "GPTQ 4-bit, group 128", "FP8 (F8_E4M3)", "BF16", ...

    // Header facts for display, in a stable order ("architecture" -> "llama", "context length" -> "4096").
    std::vector<std::pair<std::string, std::string>> properties;
    // Raw metadata: GGUF key-values rendered on one line each; safetensors "__metadata__".
    std::vector<std::pair<std::string, std::string>> metadata;

    std::int64_t context_length = 0;              // the model's trained context, when the file says
    std::vector<std::int64_t> kv_heads_per_layer; // GGUF per-layer head_count_kv, when given as an array
    std::vector<std::string> warnings;            // odd but readable things (unknown architecture, ...)
};

inline constexpr double k_parameter_tolerance = 0.001;

// Reads the headers of whatever path is: a folder (config.json, model.safetensors.index.json and
// the shards it names, or every *.safetensors, or one GGUF model), a .safetensors file (with the
// config.json next to it, if any), a .gguf file (all parts when it is part of a split model) or a
// config.json. Reads headers only, with bounded reads. Throws FormatError naming the file and
// the problem; the caller keeps whatever model it had before.
ModelFileInfo inspectModelPath(const std::filesystem::path& path);

// Adds a vision projector GGUF opened beside a GGUF model (llama.cpp --mmproj; general.architecture "clip",
// as convert_image_encoder / convert_hf_to_gguf.py --mmproj write it): its file and tensors join the model's
// (group "encoder", role Encoder, exact bytes), its parameters become the spec's encoder, so the weights
// llama.cpp holds with --mmproj include it. Throws FormatError when model is not a GGUF model, when the
// projector is not a GGUF vision projector, or when it was added already.
void addGgufProjector(ModelFileInfo& model, const std::filesystem::path& projector);

// Classifies a tensor name (Hugging Face or GGUF naming) into a group label and engine role.
// Quantization metadata (GPTQ/AWQ scales, qzeros, g_idx; FP8 weight_scale; bitsandbytes absmax,
// quant_map, quant_state) is "quant_meta"; buffers such as rotary inv_freq are "buffer".
std::pair<std::string, std::optional<sizing::TensorRole>> classifyTensorName(const std::string& name);

} // namespace fitscope::formats
