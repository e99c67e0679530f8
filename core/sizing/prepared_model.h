#pragma once

#include "core/sizing/model_spec.h"
#include "core/sizing/precision.h"
#include "core/sizing/weight_breakdown.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fitscope::sizing {

// What one layer caches, as the engine sizes it. Attention kinds: K and V elements per token (MLA:
// the latent and rotary key in k_elements, v_elements 0), with the per-head figures transformers uses
// when it caches MLA decompressed. Recurrent kinds: their fixed state per sequence, in elements.
struct LayerCache {
    MixerKind mixer = MixerKind::FullAttention;
    std::int64_t k_elements = 0;
    std::int64_t v_elements = 0;
    std::int64_t kv_heads = 1;      // rows the K and V elements split into (quantized KV blocks, tensor parallel)
    std::int64_t window_tokens = 0; // sliding window or chunk (0 = none)
    std::int64_t mla_heads = 0;     // MLA: heads of the decompressed K and V (transformers)
    std::int64_t mla_k_head_dim = 0;
    std::int64_t mla_v_head_dim = 0;
    std::int64_t conv_state_elements = 0; // recurrent: the convolution's last kernel − 1 inputs
    std::int64_t ssm_state_elements = 0;  // recurrent: the SSM or delta-rule state
    std::int64_t conv_kernel = 0;
    std::int64_t conv_channels = 0;
    std::int64_t state_heads = 0;           // recurrent heads (split by tensor parallelism)
    std::int64_t ssm_state_dtype_bytes = 0; // 0 = the model dtype (LayerRecurrent)

    bool sameClass(const LayerCache& o) const {
        return mixer == o.mixer && k_elements == o.k_elements && v_elements == o.v_elements && kv_heads == o.kv_heads &&
               window_tokens == o.window_tokens && mla_heads == o.mla_heads &&
               ssm_state_elements == o.ssm_state_elements && conv_state_elements == o.conv_state_elements &&
               ssm_state_dtype_bytes == o.ssm_state_dtype_bytes;
    }
};

// Layers that cache alike, counted over a range of layers: a model has one to four such classes, so
// sizing a cache walks a handful of entries, never the layers.
struct KvClass {
    LayerCache cache;
    std::int64_t layers = 0;
};
struct KvLayout {
    static constexpr std::size_t kMaxClasses = 8;
    std::array<KvClass, kMaxClasses> classes{};
    std::size_t count = 0;

    std::int64_t layersOf(MixerKind kind) const {
        std::int64_t n = 0;
        for (std::size_t i = 0; i < count; ++i) {
            n += classes[i].cache.mixer == kind ? classes[i].layers : 0;
        }
        return n;
    }
    // Returns false when a ninth distinct class would be needed.
    bool add(const LayerCache& cache, std::int64_t layers = 1);
};

// One repeating-layer tensor of a model file, by its name in the file (GGUF: llama.cpp's own names), so
// llama.cpp's -ot rules can be matched against what the file really holds.
struct StoredTensor {
    std::string name;
    std::int64_t bytes = 0;
    bool routed_expert = false; // ffn_{gate,up,down,gate_up}_exps matrices
};

// A ModelSpec with everything that does not depend on the scenario computed once: the parameter
// counts and the weight matrix groups. Estimates share it, so a slider step or a solver sweep
// never re-derives the architecture.
struct PreparedModel {
    ModelSpec spec;
    ParameterCounts counts;
    std::vector<TensorGroup> groups;
    std::vector<LayerSpec> layers;                    // the layer list (layerList(spec))
    std::vector<LayerCache> layer_cache;              // what each layer caches
    KvLayout kv_layout;                               // the same over all layers, by class
    std::int64_t kv_elements_per_token_per_layer = 0; // the first attention layer's (legacy figure)
    std::int64_t sliding_layers = 0;                  // layers with a sliding window or chunk
    // The transformers profile's answer for this model type (transformersCapsWindow), asked once.
    bool transformers_caps_window = false;
    std::int64_t largest_matrix_elements = 0; // the biggest single weight matrix (dequantization buffers)

    // A model read from a safetensors or GGUF file: the exact bytes its tensors store and the format
    // they are in. While a plan asks for that format, the engine uses these bytes instead of its
    // formula (a file's real per-tensor mix beats any rule), and the derivation says so.
    std::optional<WeightBreakdown> stored_weights;
    std::optional<WeightFormat> stored_format;
    std::string stored_label; // "Q4_K_M", "GPTQ 4-bit, group 128", ...
    // A GGUF's "blk.N." matrices (norms and biases left out) with their exact bytes; empty otherwise.
    std::vector<StoredTensor> stored_tensors;

    // The weight bytes under every format with the default embeddings/output-head choice, computed
    // once: a slider step or solver sweep then never walks the tensors (GGUF mixtures walk every layer).
    std::array<WeightBreakdown, static_cast<std::size_t>(WeightFormat::Count_)> default_weights{};
    bool default_weights_ready = false;
    // Per format, the weight bytes of layers [0, l) (layerWeightPrefix): empty until prepared.
    std::array<std::vector<std::int64_t>, static_cast<std::size_t>(WeightFormat::Count_)> layer_weight_prefix{};
    std::vector<std::int64_t> layer_params_prefix; // the parameters of layers [0, l), the same way
};

// Validates and prepares spec; throws std::invalid_argument with validate()'s reason.
std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec);

// The same for a model whose file says exactly what it stores.
std::shared_ptr<const PreparedModel> prepareModel(ModelSpec spec, const WeightBreakdown& stored_weights,
                                                  std::optional<WeightFormat> stored_format, std::string stored_label);

} // namespace fitscope::sizing
