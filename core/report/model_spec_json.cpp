#include "core/report/model_spec_json.h"

#include <stdexcept>
#include <string>

namespace fitscope::report {

namespace {

using nlohmann::json;

const char* mlpKindId(sizing::MlpKind kind) {
    return kind == sizing::MlpKind::Gated ? "gated" : "plain";
}
const char* normKindId(sizing::NormKind kind) {
    return kind == sizing::NormKind::RmsNorm ? "rmsnorm" : "layernorm";
}
const char* positionKindId(sizing::PositionKind kind) {
    switch (kind) {
    case sizing::PositionKind::Rotary:
        return "rotary";
    case sizing::PositionKind::Learned:
        return "learned";
    case sizing::PositionKind::Alibi:
        break;
    }
    return "alibi";
}

// Readers that leave the field alone when the key is absent and name the key when it is wrong.
class Reader {
public:
    Reader(const json& object, std::string prefix)
        : m_object(object)
        , m_prefix(std::move(prefix)) {
        if (!m_object.is_object()) {
            throw std::invalid_argument(m_prefix.empty() ? "expected an object" : m_prefix + ": expected an object");
        }
    }

    void integer(const char* key, std::int64_t& out) const {
        if (const json* value = find(key)) {
            if (!value->is_number_integer()) {
                fail(key, "expected an integer");
            }
            out = value->get<std::int64_t>();
        }
    }
    void boolean(const char* key, bool& out) const {
        if (const json* value = find(key)) {
            if (!value->is_boolean()) {
                fail(key, "expected true or false");
            }
            out = value->get<bool>();
        }
    }
    void text(const char* key, std::string& out) const {
        if (const json* value = find(key)) {
            if (!value->is_string()) {
                fail(key, "expected a string");
            }
            out = value->get<std::string>();
        }
    }
    template <typename Enum, std::size_t N>
    void choice(const char* key, Enum& out, const std::pair<const char*, Enum> (&options)[N]) const {
        if (const json* value = find(key)) {
            if (value->is_string()) {
                for (const auto& [id, option] : options) {
                    if (value->get<std::string>() == id) {
                        out = option;
                        return;
                    }
                }
            }
            std::string known;
            for (const auto& option : options) {
                known += known.empty() ? option.first : std::string(", ") + option.first;
            }
            fail(key, "expected one of " + known);
        }
    }
    Reader child(const char* key) const {
        static const json empty = json::object();
        const json* value = find(key);
        return Reader(value ? *value : empty, path(key));
    }

private:
    const json* find(const char* key) const {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }
    std::string path(const char* key) const { return m_prefix.empty() ? key : m_prefix + "." + key; }
    [[noreturn]] void fail(const char* key, const std::string& problem) const {
        throw std::invalid_argument(path(key) + ": " + problem);
    }

    const json& m_object;
    std::string m_prefix;
};

constexpr std::pair<const char*, sizing::MixerKind> k_mixers[] = {
    {"full_attention", sizing::MixerKind::FullAttention},
    {"sliding_window", sizing::MixerKind::SlidingWindow},
    {"chunked_attention", sizing::MixerKind::ChunkedAttention},
    {"latent_attention", sizing::MixerKind::LatentAttention},
    {"gated_deltanet", sizing::MixerKind::GatedDeltaNet},
    {"mamba2", sizing::MixerKind::Mamba2},
    {"shared_kv", sizing::MixerKind::SharedKv},
    {"none", sizing::MixerKind::None},
};
constexpr std::pair<const char*, sizing::LayerMlpKind> k_layer_mlps[] = {
    {"none", sizing::LayerMlpKind::None},
    {"dense", sizing::LayerMlpKind::Dense},
    {"moe", sizing::LayerMlpKind::Moe},
};

const char* layerMlpId(sizing::LayerMlpKind kind) {
    for (const auto& [id, k] : k_layer_mlps) {
        if (k == kind) {
            return id;
        }
    }
    return "none";
}

json layerToJson(const sizing::LayerSpec& l) {
    const sizing::LayerAttention& a = l.attn;
    const sizing::LayerRecurrent& r = l.rec;
    const sizing::LayerMlp& m = l.mlp;
    json j;
    j["mixer"] = std::string(sizing::mixerKindId(l.mixer));
    j["norm_vectors"] = l.norm_vectors;
    j["scalar_elements"] = l.scalar_elements;
    j["per_layer_input_size"] = l.per_layer_input_size;
    j["attn"] = {{"num_heads", a.num_heads},
                 {"num_kv_heads", a.num_kv_heads},
                 {"head_dim", a.head_dim},
                 {"v_head_dim", a.v_head_dim},
                 {"window_tokens", a.window_tokens},
                 {"rope", a.rope},
                 {"qkv_bias", a.qkv_bias},
                 {"out_bias", a.out_bias},
                 {"sinks", a.sinks},
                 {"output_gate", a.output_gate},
                 {"value_is_key", a.value_is_key},
                 {"q_norm_elements", a.q_norm_elements},
                 {"k_norm_elements", a.k_norm_elements},
                 {"q_lora_rank", a.q_lora_rank},
                 {"kv_lora_rank", a.kv_lora_rank},
                 {"qk_nope_head_dim", a.qk_nope_head_dim},
                 {"qk_rope_head_dim", a.qk_rope_head_dim},
                 {"index_heads", a.index_heads},
                 {"index_head_dim", a.index_head_dim},
                 {"kv_source_layer", a.kv_source_layer}};
    if (sizing::isRecurrent(l.mixer)) {
        j["rec"] = {{"num_heads", r.num_heads},     {"num_k_heads", r.num_k_heads}, {"head_k_dim", r.head_k_dim},
                    {"head_v_dim", r.head_v_dim},   {"state_size", r.state_size},   {"n_groups", r.n_groups},
                    {"conv_kernel", r.conv_kernel}, {"conv_bias", r.conv_bias},     {"proj_bias", r.proj_bias}};
    }
    j["mlp"] = {{"kind", layerMlpId(m.kind)},
                {"intermediate_size", m.intermediate_size},
                {"gated", m.gated},
                {"bias", m.bias},
                {"num_experts", m.num_experts},
                {"experts_per_token", m.experts_per_token},
                {"expert_intermediate_size", m.expert_intermediate_size},
                {"shared_experts", m.shared_experts},
                {"shared_intermediate_size", m.shared_intermediate_size},
                {"shared_expert_gate", m.shared_expert_gate},
                {"router_bias", m.router_bias},
                {"router_linear_bias", m.router_linear_bias},
                {"expert_bias", m.expert_bias},
                {"router_scales", m.router_scales}};
    return j;
}

sizing::LayerSpec layerFromJson(const Reader& r) {
    sizing::LayerSpec l;
    r.choice("mixer", l.mixer, k_mixers);
    r.integer("norm_vectors", l.norm_vectors);
    r.integer("scalar_elements", l.scalar_elements);
    r.integer("per_layer_input_size", l.per_layer_input_size);
    const Reader a = r.child("attn");
    a.integer("num_heads", l.attn.num_heads);
    a.integer("num_kv_heads", l.attn.num_kv_heads);
    a.integer("head_dim", l.attn.head_dim);
    a.integer("v_head_dim", l.attn.v_head_dim);
    a.integer("window_tokens", l.attn.window_tokens);
    a.boolean("rope", l.attn.rope);
    a.boolean("qkv_bias", l.attn.qkv_bias);
    a.boolean("out_bias", l.attn.out_bias);
    a.boolean("sinks", l.attn.sinks);
    a.boolean("output_gate", l.attn.output_gate);
    a.boolean("value_is_key", l.attn.value_is_key);
    a.integer("q_norm_elements", l.attn.q_norm_elements);
    a.integer("k_norm_elements", l.attn.k_norm_elements);
    a.integer("q_lora_rank", l.attn.q_lora_rank);
    a.integer("kv_lora_rank", l.attn.kv_lora_rank);
    a.integer("qk_nope_head_dim", l.attn.qk_nope_head_dim);
    a.integer("qk_rope_head_dim", l.attn.qk_rope_head_dim);
    a.integer("index_heads", l.attn.index_heads);
    a.integer("index_head_dim", l.attn.index_head_dim);
    a.integer("kv_source_layer", l.attn.kv_source_layer);
    const Reader rec = r.child("rec");
    rec.integer("num_heads", l.rec.num_heads);
    rec.integer("num_k_heads", l.rec.num_k_heads);
    rec.integer("head_k_dim", l.rec.head_k_dim);
    rec.integer("head_v_dim", l.rec.head_v_dim);
    rec.integer("state_size", l.rec.state_size);
    rec.integer("n_groups", l.rec.n_groups);
    rec.integer("conv_kernel", l.rec.conv_kernel);
    rec.boolean("conv_bias", l.rec.conv_bias);
    rec.boolean("proj_bias", l.rec.proj_bias);
    const Reader m = r.child("mlp");
    m.choice("kind", l.mlp.kind, k_layer_mlps);
    m.integer("intermediate_size", l.mlp.intermediate_size);
    m.boolean("gated", l.mlp.gated);
    m.boolean("bias", l.mlp.bias);
    m.integer("num_experts", l.mlp.num_experts);
    m.integer("experts_per_token", l.mlp.experts_per_token);
    m.integer("expert_intermediate_size", l.mlp.expert_intermediate_size);
    m.integer("shared_experts", l.mlp.shared_experts);
    m.integer("shared_intermediate_size", l.mlp.shared_intermediate_size);
    m.boolean("shared_expert_gate", l.mlp.shared_expert_gate);
    m.boolean("router_bias", l.mlp.router_bias);
    m.boolean("router_linear_bias", l.mlp.router_linear_bias);
    m.boolean("expert_bias", l.mlp.expert_bias);
    m.boolean("router_scales", l.mlp.router_scales);
    return l;
}

} // namespace

json modelSpecToJson(const sizing::ModelSpec& s) {
    json j;
    j["id"] = s.id;
    j["display_name"] = s.display_name;
    j["model_type"] = s.model_type;
    j["source"] = s.source;
    j["vocab_size"] = s.vocab_size;
    j["hidden_size"] = s.hidden_size;
    j["num_layers"] = s.num_layers;
    j["num_heads"] = s.num_heads;
    j["num_kv_heads"] = s.num_kv_heads;
    j["head_dim"] = s.head_dim;
    j["intermediate_size"] = s.intermediate_size;
    j["mlp_kind"] = mlpKindId(s.mlp_kind);
    j["norm_kind"] = normKindId(s.norm_kind);
    j["position_kind"] = positionKindId(s.position_kind);
    j["norms_per_layer"] = s.norms_per_layer;
    j["qkv_bias"] = s.qkv_bias;
    j["attn_out_bias"] = s.attn_out_bias;
    j["mlp_bias"] = s.mlp_bias;
    j["fused_qkv"] = s.fused_qkv;
    j["qk_norm"] = s.qk_norm;
    j["tied_embeddings"] = s.tied_embeddings;
    j["max_positions"] = s.max_positions;
    j["moe"] = {{"num_experts", s.moe.num_experts},
                {"experts_per_token", s.moe.experts_per_token},
                {"expert_intermediate_size", s.moe.expert_intermediate_size},
                {"shared_experts", s.moe.shared_experts},
                {"shared_intermediate_size", s.moe.shared_intermediate_size},
                {"shared_expert_gate", s.moe.shared_expert_gate},
                {"router_bias", s.moe.router_bias},
                {"first_dense_layers", s.moe.first_dense_layers},
                {"layer_period", s.moe.layer_period}};
    j["mla"] = {{"q_lora_rank", s.mla.q_lora_rank},
                {"kv_lora_rank", s.mla.kv_lora_rank},
                {"qk_nope_head_dim", s.mla.qk_nope_head_dim},
                {"qk_rope_head_dim", s.mla.qk_rope_head_dim},
                {"v_head_dim", s.mla.v_head_dim}};
    j["sliding_window"] = {{"window_tokens", s.sliding_window.window_tokens},
                           {"period", s.sliding_window.period},
                           {"sliding_per_period", s.sliding_window.sliding_per_period}};
    j["shape_assumed"] = s.shape_assumed;
    j["params_override"] = s.params_override;
    j["published_params"] = s.published_params;
    j["published_params_source"] = s.published_params_source;
    j["per_layer_input_size"] = s.per_layer_input_size;
    j["per_layer_input_vocab"] = s.per_layer_input_vocab;
    j["encoder_params"] = s.encoder_params;
    j["encoder_label"] = s.encoder_label;
    j["encoder_in_projector_file"] = s.encoder_in_projector_file;
    j["image_tokens_per_image"] = s.image_tokens_per_image;
    j["image_tokens_basis"] = s.image_tokens_basis;
    j["mtp_layers"] = s.mtp_layers;
    j["mtp_params"] = s.mtp_params;
    j["stored_extra_params"] = s.stored_extra_params;
    j["stored_extra_reason"] = s.stored_extra_reason;
    if (!s.layers.empty()) {
        // Runs of identical layers as one entry with a repeat count: a 64-layer hybrid is a few entries.
        json layers = json::array();
        for (const sizing::LayerSpec& layer : s.layers) {
            json entry = layerToJson(layer);
            if (!layers.empty()) {
                json& last = layers.back();
                const std::int64_t repeat = last["repeat"].get<std::int64_t>();
                last.erase("repeat");
                const bool same = last == entry;
                last["repeat"] = repeat;
                if (same) {
                    last["repeat"] = repeat + 1;
                    continue;
                }
            }
            entry["repeat"] = 1;
            layers.push_back(std::move(entry));
        }
        j["layers"] = std::move(layers);
    }
    return j;
}

sizing::ModelSpec modelSpecFromJson(const json& object) {
    static constexpr std::pair<const char*, sizing::MlpKind> k_mlp[] = {{"gated", sizing::MlpKind::Gated},
                                                                        {"plain", sizing::MlpKind::Plain}};
    static constexpr std::pair<const char*, sizing::NormKind> k_norm[] = {{"rmsnorm", sizing::NormKind::RmsNorm},
                                                                          {"layernorm", sizing::NormKind::LayerNorm}};
    static constexpr std::pair<const char*, sizing::PositionKind> k_position[] = {
        {"rotary", sizing::PositionKind::Rotary},
        {"learned", sizing::PositionKind::Learned},
        {"alibi", sizing::PositionKind::Alibi}};

    const Reader r(object, "");
    sizing::ModelSpec s;
    r.text("id", s.id);
    r.text("display_name", s.display_name);
    r.text("model_type", s.model_type);
    r.text("source", s.source);
    r.integer("vocab_size", s.vocab_size);
    r.integer("hidden_size", s.hidden_size);
    r.integer("num_layers", s.num_layers);
    r.integer("num_heads", s.num_heads);
    r.integer("num_kv_heads", s.num_kv_heads);
    r.integer("head_dim", s.head_dim);
    r.integer("intermediate_size", s.intermediate_size);
    r.choice("mlp_kind", s.mlp_kind, k_mlp);
    r.choice("norm_kind", s.norm_kind, k_norm);
    r.choice("position_kind", s.position_kind, k_position);
    r.integer("norms_per_layer", s.norms_per_layer);
    r.boolean("qkv_bias", s.qkv_bias);
    r.boolean("attn_out_bias", s.attn_out_bias);
    r.boolean("mlp_bias", s.mlp_bias);
    r.boolean("fused_qkv", s.fused_qkv);
    r.boolean("qk_norm", s.qk_norm);
    r.boolean("tied_embeddings", s.tied_embeddings);
    r.integer("max_positions", s.max_positions);

    const Reader moe = r.child("moe");
    moe.integer("num_experts", s.moe.num_experts);
    moe.integer("experts_per_token", s.moe.experts_per_token);
    moe.integer("expert_intermediate_size", s.moe.expert_intermediate_size);
    moe.integer("shared_experts", s.moe.shared_experts);
    moe.integer("shared_intermediate_size", s.moe.shared_intermediate_size);
    moe.boolean("shared_expert_gate", s.moe.shared_expert_gate);
    moe.boolean("router_bias", s.moe.router_bias);
    moe.integer("first_dense_layers", s.moe.first_dense_layers);
    moe.integer("layer_period", s.moe.layer_period);

    const Reader mla = r.child("mla");
    mla.integer("q_lora_rank", s.mla.q_lora_rank);
    mla.integer("kv_lora_rank", s.mla.kv_lora_rank);
    mla.integer("qk_nope_head_dim", s.mla.qk_nope_head_dim);
    mla.integer("qk_rope_head_dim", s.mla.qk_rope_head_dim);
    mla.integer("v_head_dim", s.mla.v_head_dim);

    const Reader sliding = r.child("sliding_window");
    sliding.integer("window_tokens", s.sliding_window.window_tokens);
    sliding.integer("period", s.sliding_window.period);
    sliding.integer("sliding_per_period", s.sliding_window.sliding_per_period);

    r.boolean("shape_assumed", s.shape_assumed);
    r.integer("params_override", s.params_override);
    r.integer("published_params", s.published_params);
    r.text("published_params_source", s.published_params_source);
    r.integer("per_layer_input_size", s.per_layer_input_size);
    r.integer("per_layer_input_vocab", s.per_layer_input_vocab);
    r.integer("encoder_params", s.encoder_params);
    r.text("encoder_label", s.encoder_label);
    r.boolean("encoder_in_projector_file", s.encoder_in_projector_file);
    r.integer("image_tokens_per_image", s.image_tokens_per_image);
    r.text("image_tokens_basis", s.image_tokens_basis);
    r.integer("mtp_layers", s.mtp_layers);
    r.integer("mtp_params", s.mtp_params);
    r.integer("stored_extra_params", s.stored_extra_params);
    r.text("stored_extra_reason", s.stored_extra_reason);
    if (const auto it = object.find("layers"); it != object.end() && !it->is_null()) {
        if (!it->is_array()) {
            throw std::invalid_argument("layers: expected a list");
        }
        constexpr std::int64_t kMaxLayers = 100'000; // sizing::validate's bound: untrusted files stop here
        for (std::size_t i = 0; i < it->size(); ++i) {
            const Reader entry((*it)[i], "layers[" + std::to_string(i) + "]");
            std::int64_t repeat = 1;
            entry.integer("repeat", repeat);
            if (repeat < 1 || repeat > kMaxLayers - static_cast<std::int64_t>(s.layers.size())) {
                throw std::invalid_argument("layers[" + std::to_string(i) + "].repeat: must be between 1 and " +
                                            std::to_string(kMaxLayers) + " layers in all");
            }
            const sizing::LayerSpec layer = layerFromJson(entry);
            s.layers.insert(s.layers.end(), static_cast<std::size_t>(repeat), layer);
        }
    }
    return s;
}

} // namespace fitscope::report
