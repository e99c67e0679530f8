#pragma once

#include "core/sizing/model_spec.h"
#include "core/sizing/precision.h"
#include "core/sizing/prepared_model.h"
#include "core/sizing/weight_breakdown.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fitscope::formats {

// How a quantized checkpoint stores each converted weight matrix, as its config.json's
// quantization_config says. The layouts are those of the checkpoint formats (see hf_quantization.cpp).
enum class QuantLayout {
    Gptq,      // AutoGPTQ / GPTQModel: qweight, qzeros (int32, packed), fp16 scales, g_idx
    Awq,       // AutoAWQ GEMM: qweight, qzeros (int32, packed), fp16 scales
    Fp8,       // transformers fp8: F8_E4M3 weight, F32 scale per block (or per tensor)
    PackedInt, // compressed-tensors pack-quantized: int32-packed weight, scales, zero points, weight_shape
    FloatFp8,  // compressed-tensors float-quantized: F8_E4M3 weight, F32 scales per tensor/channel/block
    Bnb4,      // bitsandbytes 4-bit (nf4, fp4), optionally with double quantization
    Bnb8,      // bitsandbytes LLM.int8(): int8 weight and an F32 scale per row (SCB)
    Mxfp4,     // OCP MXFP4 (gpt-oss): 32 E2M1 values and one E8M0 scale per block
    Nvfp4,     // NVIDIA NVFP4 (ModelOpt, compressed-tensors nvfp4-pack-quantized): E2M1 pairs, an E4M3 scale per
               // 16 values, an F32 global scale per tensor and, with 4-bit activations, an F32 input scale
};

struct HfQuantization {
    std::string method; // quant_method as written ("gptq", "awq", "fp8", "compressed-tensors", ...)
    QuantLayout layout = QuantLayout::Gptq;
    int bits = 0;
    std::int64_t group_size = 0; // 0: one group per row (per output channel)
    bool symmetric = true;
    bool act_order = false;                      // GPTQ desc_act (g_idx is stored either way)
    bool double_quant = false;                   // bitsandbytes bnb_4bit_use_double_quant
    std::int64_t block_rows = 0, block_cols = 0; // FP8 weight_block_size; 0 = one scale per tensor
    bool channel_scales = false;                 // compressed-tensors FP8 strategy "channel"
    bool static_input_scale = false;             // FP8 activation_scheme "static": one F32 input scale
    std::int64_t scale_bytes = 2;                // the scales' element size (fp16/bf16 unless said)
    std::vector<std::string> not_converted;      // modules_to_not_convert / ignore / llm_int8_skip_modules
    std::string label;                           // "GPTQ 4-bit, group 128, act-order"
    // Mixed schemes (compressed-tensors config_groups, ModelOpt MIXED_PRECISION quantized_layers): each
    // group's scheme and, in its targets, the modules it stores (names, "re:" expressions or the class
    // name "Linear"). A matrix no group targets stays in 16 bit. Empty: this scheme for every matrix.
    std::vector<HfQuantization> groups;
    std::vector<std::string> targets;
    // The engine's format whose arithmetic the checkpoint runs with; the bytes come from the layout.
    sizing::WeightFormat engine_format = sizing::WeightFormat::FP16;
};

// The checkpoint's quantization, or nullopt when config.json has no quantization_config. Throws
// FormatError naming the key for a method or setting this reader does not know.
std::optional<HfQuantization> readHfQuantization(const nlohmann::json& config, const std::string& origin);

// Bytes of one converted rows × cols matrix (cols is the input axis that groups run along), in q's own
// layout (for mixed schemes, that of the group moduleQuantization gives).
std::int64_t quantizedMatrixBytes(const HfQuantization& q, std::int64_t rows, std::int64_t cols);

// Whether the module of this role in this layer is converted: modules_to_not_convert entries name
// modules the way transformers matches them (a module path or a part of one; "re:" regular
// expressions for compressed-tensors). Embeddings, norms, routers and encoders are never converted.
bool isConverted(const HfQuantization& q, sizing::TensorRole role, std::int64_t layer);

// The scheme that stores the named module ("model.layers.3.mlp.experts.0.up_proj"; a
// "model.language_model." prefix is read as "model."): q itself or the group whose targets name it, or
// nullptr when the checkpoint keeps the module in 16 bit (not converted, or no group targets it).
const HfQuantization* moduleQuantization(const HfQuantization& q, const std::string& module);

// What the checkpoint stores, tensor group by tensor group: converted matrices in their layout, the
// others in 16 bit (dtype_bytes each).
sizing::WeightBreakdown quantizedCheckpointWeights(const sizing::ModelSpec& spec, const HfQuantization& q,
                                                   std::int64_t dtype_bytes = 2);

// The quantization_config of a config.json (or of the config.json in a folder); nullopt without one.
std::optional<HfQuantization> readHfQuantizationFile(const std::filesystem::path& path);

// A model prepared with what its quantized checkpoint stores: PreparedModel::stored_weights and
// stored_format, so a plan in that format sizes it as what it is. Without q, prepareModel(spec).
std::shared_ptr<const sizing::PreparedModel>
prepareQuantizedModel(sizing::ModelSpec spec, const std::optional<HfQuantization>& q, std::int64_t dtype_bytes = 2);

} // namespace fitscope::formats
