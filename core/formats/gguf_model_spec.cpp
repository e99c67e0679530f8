#include "core/formats/gguf_model_spec.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/ggml_types.h"
#include "core/formats/gguf_layer_families.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

namespace fitscope::formats {

namespace {

// Architectures whose mixers the engine has no kind for: Mamba-1's selective scan, RWKV's time mixing.
constexpr const char* k_recurrent_archs[] = {"mamba", "rwkv6", "rwkv6qwen2", "rwkv7", "arwkv7"};

// Tensor names of recurrent or convolutional mixers: an architecture read generically from the standard
// keys must not have them (its layers would be sized as attention).
bool recurrentTensor(const std::string& name) {
    for (const char* part : {".ssm_", ".time_mix", ".shortconv", ".channel_mix"}) {
        if (name.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// llama.cpp architecture name -> Hugging Face model_type, where they differ.
struct ArchName {
    const char* arch;
    const char* model_type;
};
constexpr ArchName k_arch_names[] = {
    {"qwen2moe", "qwen2_moe"}, {"qwen3moe", "qwen3_moe"}, {"deepseek2", "deepseek_v2"}, {"command-r", "cohere"},
    {"cohere2", "cohere2"},    {"gptneox", "gpt_neox"},   {"starcoder", "gpt_bigcode"},
};

class MetadataView {
public:
    MetadataView(const GgufFile& file, std::string arch)
        : m_file(file)
        , m_arch(std::move(arch)) {}

    const GgufValue* archValue(const std::string& suffix) const { return m_file.find(m_arch + "." + suffix); }

    // A scalar, or the largest element of a per-layer array (llama.cpp allows either for
    // head_count, head_count_kv and feed_forward_length).
    std::optional<std::int64_t> archInt(const std::string& suffix,
                                        std::vector<std::int64_t>* per_layer = nullptr) const {
        const GgufValue* value = archValue(suffix);
        if (!value) {
            return std::nullopt;
        }
        if (value->type == GgufValueType::Array) {
            const auto array = value->asIntArray();
            if (!array || array->empty()) {
                return std::nullopt;
            }
            if (per_layer) {
                *per_layer = *array;
            }
            return *std::max_element(array->begin(), array->end());
        }
        return value->asInt();
    }

    std::optional<double> archFloat(const std::string& suffix) const {
        const GgufValue* value = archValue(suffix);
        return value ? value->asFloat() : std::nullopt;
    }

private:
    const GgufFile& m_file;
    std::string m_arch;
};

bool positive(std::optional<std::int64_t> v) {
    return v && *v > 0;
}

// Values beyond this are nonsense for any model and would only overflow the engine's arithmetic
// (the same bound sizing::validate puts on hidden size and vocabulary: 2^24).
constexpr std::int64_t k_max_dimension = std::int64_t{1} << 24;
// Context lengths are larger than any width (10M-token models exist); 2^32 is still far beyond.
constexpr std::int64_t k_max_context = std::int64_t{1} << 32;

bool sane(std::optional<std::int64_t> v) {
    return v && *v >= 0 && *v <= k_max_dimension;
}

} // namespace

GgufModelSpec modelSpecFromGguf(const GgufFile& file, const std::vector<GgufTensorInfo>& tensors,
                                const std::string& fallback_name) {
    GgufModelSpec result;
    const auto arch_value = file.stringValue("general.architecture");
    if (!arch_value || arch_value->empty()) {
        result.note = "no general.architecture in the metadata";
        return result;
    }
    const std::string arch = *arch_value;
    const std::string shown_arch = printable(arch, 40);
    result.properties.emplace_back("architecture", shown_arch);
    for (const char* recurrent : k_recurrent_archs) {
        if (arch == recurrent) {
            result.note = "architecture '" + shown_arch +
                          "' is recurrent with a mixer FitScope does not model (Mamba-1 selective scan or RWKV time "
                          "mixing); closest supported family: " +
                          gguf::closestGgufArchitecture(arch);
            return result;
        }
    }
    if (arch == "gemma3n") {
        // src/models/gemma3n-iswa.cpp: per-layer embeddings, AltUp and LAuReL blocks and KV sharing between
        // layers, none of which the per-layer description expresses yet.
        result.note = "architecture 'gemma3n' (per-layer embeddings, AltUp, LAuReL, shared KV layers) is not "
                      "supported yet; closest supported family: gemma3";
        return result;
    }

    const MetadataView meta(file, arch);
    std::unordered_set<std::string> names;
    names.reserve(tensors.size());
    for (const GgufTensorInfo& tensor : tensors) {
        names.insert(tensor.name);
    }
    auto has = [&names](const std::string& name) { return names.count(name) > 0; };
    auto tensorDims = [&tensors](const std::string& name) -> const std::vector<std::int64_t>* {
        for (const GgufTensorInfo& tensor : tensors) {
            if (tensor.name == name) {
                return &tensor.dims;
            }
        }
        return nullptr;
    };

    sizing::ModelSpec spec;
    const auto name = file.stringValue("general.name");
    spec.display_name = name && !name->empty() && isValidUtf8(*name) ? printable(*name, 120) : fallback_name;
    spec.id = fallback_name;
    spec.model_type = arch;
    for (const ArchName& entry : k_arch_names) {
        if (arch == entry.arch) {
            spec.model_type = entry.model_type;
        }
    }
    if (const std::string type = gguf::layerFamilyModelType(arch); !type.empty()) {
        spec.model_type = type;
    }

    const auto context = meta.archInt("context_length");
    const auto hidden = meta.archInt("embedding_length");
    const auto layers = meta.archInt("block_count");
    const auto ff = meta.archInt("feed_forward_length");
    auto heads = meta.archInt("attention.head_count");
    if (arch == "mamba2" && !positive(heads)) {
        heads = meta.archInt("ssm.time_step_rank"); // no attention: the mixer's heads stand in (readLayerFamily)
    }
    std::vector<std::int64_t> kv_per_layer;
    const auto kv_heads = meta.archInt("attention.head_count_kv", &kv_per_layer);
    const auto key_length = meta.archInt("attention.key_length");
    const auto value_length = meta.archInt("attention.value_length");
    const auto experts = meta.archInt("expert_count");
    const auto experts_used = meta.archInt("expert_used_count");

    for (const auto& [label, value] :
         {std::pair{"context length", context}, std::pair{"embedding length", hidden}, std::pair{"block count", layers},
          std::pair{"feed-forward length", ff}, std::pair{"attention heads", heads}, std::pair{"KV heads", kv_heads},
          std::pair{"key length", key_length}, std::pair{"value length", value_length}, std::pair{"experts", experts},
          std::pair{"experts used", experts_used}}) {
        if (value) {
            result.properties.emplace_back(label, std::to_string(*value));
        }
    }
    if (!kv_per_layer.empty()) {
        std::string list;
        for (std::size_t i = 0; i < kv_per_layer.size() && i < 64; ++i) {
            list += (i ? "," : "") + std::to_string(kv_per_layer[i]);
        }
        result.properties.emplace_back("KV heads per layer", list + (kv_per_layer.size() > 64 ? ",..." : ""));
        const bool uniform = std::all_of(kv_per_layer.begin(), kv_per_layer.end(),
                                         [&](std::int64_t v) { return v == kv_per_layer.front(); });
        if (!uniform) {
            result.kv_heads_per_layer = kv_per_layer;
        }
    }
    if (context) {
        result.context_length = std::max<std::int64_t>(0, *context);
    }

    if (context && (*context < 0 || *context > k_max_context)) {
        result.note = "the metadata holds an impossible context length (" + std::to_string(*context) + ")";
        return result;
    }
    for (const auto& v : {hidden, layers, ff, heads, kv_heads, key_length, value_length, experts, experts_used}) {
        if (v && !sane(v)) {
            result.note = "the metadata holds an impossible size (" + std::to_string(*v) + ")";
            return result;
        }
    }
    if (!positive(hidden) || !positive(layers) || !positive(heads)) {
        result.note = "the metadata lacks " +
                      std::string(!positive(hidden)   ? "embedding_length"
                                  : !positive(layers) ? "block_count"
                                                      : "attention.head_count") +
                      " for architecture '" + shown_arch + "'";
        return result;
    }

    spec.hidden_size = *hidden;
    spec.num_layers = *layers;
    spec.num_heads = *heads;
    spec.num_kv_heads = positive(kv_heads) ? *kv_heads : *heads;
    spec.head_dim = positive(key_length) ? *key_length : spec.hidden_size / spec.num_heads;
    spec.intermediate_size = ff ? *ff : 0;
    spec.max_positions = context ? *context : 0;

    // Vocabulary: the token list is authoritative; the embedding's ne1 is the fallback.
    if (const GgufValue* tokens = file.find("tokenizer.ggml.tokens"); tokens && tokens->type == GgufValueType::Array) {
        // Not clamped: an absurd count must fail validation rather than become a plausible vocabulary.
        spec.vocab_size = static_cast<std::int64_t>(std::min<std::uint64_t>(tokens->array_length, INT64_MAX));
    } else if (const auto vocab = meta.archInt("vocab_size"); sane(vocab)) {
        spec.vocab_size = *vocab;
    } else if (const auto* dims = tensorDims("token_embd.weight"); dims && dims->size() >= 2) {
        spec.vocab_size = (*dims)[1];
    }
    result.properties.emplace_back("vocabulary", std::to_string(spec.vocab_size));

    // Structure from the tensor names of block 0 (and the global ones).
    spec.tied_embeddings = !has("output.weight");
    spec.norm_kind = has("blk.0.attn_norm.bias") ? sizing::NormKind::LayerNorm : sizing::NormKind::RmsNorm;
    spec.fused_qkv = has("blk.0.attn_qkv.weight");
    spec.qkv_bias = has("blk.0.attn_q.bias") || has("blk.0.attn_qkv.bias");
    spec.attn_out_bias = has("blk.0.attn_output.bias");
    spec.mlp_bias = has("blk.0.ffn_down.bias") || has("blk.0.ffn_up.bias");
    spec.qk_norm = has("blk.0.attn_q_norm.weight") && has("blk.0.attn_k_norm.weight");
    if (has("position_embd.weight")) {
        spec.position_kind = sizing::PositionKind::Learned;
    } else if (arch == "bloom" || arch == "mpt") {
        spec.position_kind = sizing::PositionKind::Alibi;
    }
    bool gated = has("blk.0.ffn_gate.weight") || has("blk.0.ffn_gate_exps.weight");
    if (!gated && spec.intermediate_size > 0) {
        // Phi-3 stores gate and up fused in ffn_up, twice as wide.
        const auto* up = tensorDims("blk.0.ffn_up.weight");
        gated = up && up->size() >= 2 && (*up)[1] == 2 * spec.intermediate_size;
    }
    if (!gated && !has("blk.0.ffn_up.weight") && !has("blk.0.ffn_up_exps.weight")) {
        gated = true; // no evidence either way (e.g. an MoE layer 0 only): the common case
    }
    spec.mlp_kind = gated ? sizing::MlpKind::Gated : sizing::MlpKind::Plain;
    // Hidden-size norms of a block (Gemma 2 and 3 have four; Falcon-7B's parallel block one).
    std::int64_t norms = 0;
    for (const char* norm :
         {"attn_norm", "attn_norm_2", "ffn_norm", "post_attention_norm", "post_ffw_norm", "layer_output_norm"}) {
        norms += has(std::string("blk.0.") + norm + ".weight") ? 1 : 0;
    }
    spec.norms_per_layer = norms > 0 ? norms : 2;

    // Mixture of experts.
    if (positive(experts)) {
        spec.moe.num_experts = *experts;
        spec.moe.experts_per_token = positive(experts_used) ? *experts_used : 1;
        const auto expert_ff = meta.archInt("expert_feed_forward_length");
        spec.moe.expert_intermediate_size = positive(expert_ff) ? *expert_ff : spec.intermediate_size;
        if (const auto shared_ff = meta.archInt("expert_shared_feed_forward_length"); positive(shared_ff)) {
            spec.moe.shared_intermediate_size = *shared_ff; // Qwen2-MoE: one shared MLP of its own width
        } else if (const auto shared = meta.archInt("expert_shared_count"); positive(shared)) {
            spec.moe.shared_experts = *shared; // DeepSeek: shared experts as wide as routed ones
        } else if (has("blk.0.ffn_up_shexp.weight") || has("blk.1.ffn_up_shexp.weight")) {
            spec.moe.shared_experts = 1;
        }
        spec.moe.shared_expert_gate = has("blk.0.ffn_gate_inp_shexp.weight") || has("blk.1.ffn_gate_inp_shexp.weight");
        if (const auto dense = meta.archInt("leading_dense_block_count"); sane(dense)) {
            spec.moe.first_dense_layers = *dense;
        }
        for (std::int64_t layer = 0; layer < std::min<std::int64_t>(spec.num_layers, 8); ++layer) {
            spec.moe.router_bias = spec.moe.router_bias || has("blk." + std::to_string(layer) + ".exp_probs_b.bias");
        }
        if (arch == "llama") {
            spec.model_type = "mixtral"; // llama.cpp stores Mixtral as llama with experts
        }
        if (arch == "deepseek2" && spec.moe.router_bias) {
            spec.model_type = "deepseek_v3";
        }
    }

    // Multi-head latent attention (DeepSeek-V2/V3). Newer converters store the absorbed lengths in
    // key_length/value_length and the per-head ones in key_length_mla/value_length_mla.
    if (const auto kv_lora = meta.archInt("attention.kv_lora_rank"); positive(kv_lora)) {
        spec.mla.kv_lora_rank = *kv_lora;
        const auto q_lora = meta.archInt("attention.q_lora_rank");
        spec.mla.q_lora_rank = sane(q_lora) ? *q_lora : 0;
        const auto rope = meta.archInt("rope.dimension_count");
        spec.mla.qk_rope_head_dim = sane(rope) ? *rope : 0;
        const auto key_mla = meta.archInt("attention.key_length_mla");
        const auto value_mla = meta.archInt("attention.value_length_mla");
        const std::int64_t qk_head = positive(key_mla) ? *key_mla : (key_length ? *key_length : 0);
        spec.mla.qk_nope_head_dim = std::max<std::int64_t>(0, qk_head - spec.mla.qk_rope_head_dim);
        spec.mla.v_head_dim = positive(value_mla) ? *value_mla : (value_length ? *value_length : 0);
        spec.head_dim = qk_head > 0 ? qk_head : spec.head_dim;
        result.properties.emplace_back("MLA kv_lora_rank", std::to_string(spec.mla.kv_lora_rank));
    }

    // Sliding-window attention (the per-layer architectures place their windows layer by layer).
    if (const auto window = meta.archInt("attention.sliding_window");
        !gguf::hasLayerFamily(arch) && positive(window) && *window <= k_max_context) {
        spec.sliding_window.window_tokens = *window;
        // Defaults where llama.cpp hard-codes the pattern: Gemma 2 every other layer, Gemma 3 five of six.
        if (arch == "gemma2") {
            spec.sliding_window.period = 2;
            spec.sliding_window.sliding_per_period = 1;
        } else if (arch == "gemma3") {
            spec.sliding_window.period = 6;
            spec.sliding_window.sliding_per_period = 5;
        } else if (arch == "cohere2") {
            spec.sliding_window.period = 4;
            spec.sliding_window.sliding_per_period = 3;
        }
        if (const GgufValue* pattern = meta.archValue("attention.sliding_window_pattern")) {
            if (const auto n = pattern->asInt();
                pattern->type != GgufValueType::Array && n && *n >= 0 && *n <= k_max_dimension) {
                // llama.cpp set_swa_pattern(n): layer il slides when n == 0 || il % n < n - 1, so of
                // every n layers the last one is dense; 0 means every layer slides, 1 none.
                spec.sliding_window.period = *n == 0 ? 1 : *n;
                spec.sliding_window.sliding_per_period = *n == 0 ? 1 : *n - 1;
                if (*n == 1) {
                    spec.sliding_window.window_tokens = 0;
                }
            } else if (pattern->type == GgufValueType::Array && pattern->elements_kept && !pattern->elements.empty()) {
                // Per-layer booleans (true = sliding): the period is where the pattern first repeats.
                std::vector<bool> slides;
                for (const GgufValue& element : pattern->elements) {
                    slides.push_back(element.asInt().value_or(0) != 0);
                }
                std::size_t repeat = slides.size();
                for (std::size_t p = 1; p <= slides.size(); ++p) {
                    bool repeats = true;
                    for (std::size_t i = p; i < slides.size() && repeats; ++i) {
                        repeats = slides[i] == slides[i - p];
                    }
                    if (repeats) {
                        repeat = p;
                        break;
                    }
                }
                std::int64_t leading = 0;
                while (static_cast<std::size_t>(leading) < repeat && slides[static_cast<std::size_t>(leading)]) {
                    ++leading;
                }
                spec.sliding_window.period = static_cast<std::int64_t>(repeat);
                spec.sliding_window.sliding_per_period = leading;
                if (leading == 0) {
                    spec.sliding_window.window_tokens = 0; // no layer slides
                }
            }
        }
        result.properties.emplace_back("sliding window", std::to_string(spec.sliding_window.window_tokens) + " (" +
                                                             std::to_string(spec.sliding_window.sliding_per_period) +
                                                             " of every " + std::to_string(spec.sliding_window.period) +
                                                             " layers)");
    }

    // RoPE scaling, for display (the context the model was extended to is context_length).
    if (const GgufValue* scaling = meta.archValue("rope.scaling.type");
        scaling && scaling->type == GgufValueType::String) {
        std::string text = printable(scaling->string_value, 20);
        if (const auto factor = meta.archFloat("rope.scaling.factor")) {
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, " x%g", *factor);
            text += buffer;
        }
        if (const auto original = meta.archInt("rope.scaling.original_context_length")) {
            text += " from " + std::to_string(*original);
        }
        result.properties.emplace_back("rope scaling", text);
    }

    if (gguf::hasLayerFamily(arch)) {
        std::unordered_map<std::string, const GgufTensorInfo*> index;
        index.reserve(tensors.size());
        for (const GgufTensorInfo& tensor : tensors) {
            index.emplace(tensor.name, &tensor);
        }
        try {
            gguf::readLayerFamily(file, arch, index, spec, result.properties);
        } catch (const gguf::LayerMetadataError& error) {
            result.note = error.what();
            return result;
        }
    } else if (!gguf::isUniformArchitecture(arch)) {
        const std::string closest = gguf::closestGgufArchitecture(arch);
        const auto recurrent = std::find_if(tensors.begin(), tensors.end(),
                                            [](const GgufTensorInfo& t) { return recurrentTensor(t.name); });
        if (recurrent != tensors.end()) {
            result.note = "architecture '" + shown_arch + "' is not supported: its blocks hold recurrent or " +
                          "convolutional mixers (" + printable(recurrent->name, 60) +
                          ") the standard keys do not describe; closest supported family: " + closest;
            return result;
        }
        result.note = "architecture '" + shown_arch +
                      "' is read generically from the standard keys (closest supported family: " + closest + ")";
    }
    const std::string problem = sizing::validate(spec);
    if (!problem.empty()) {
        result.note = "the metadata does not describe a usable model: " + problem;
        return result;
    }
    result.spec = spec;
    return result;
}

} // namespace fitscope::formats
