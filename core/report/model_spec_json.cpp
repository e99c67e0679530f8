#include "core/report/model_spec_json.h"

#include <stdexcept>

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
    return s;
}

} // namespace fitscope::report
