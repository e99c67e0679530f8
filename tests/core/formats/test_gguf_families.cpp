// The per-layer GGUF architectures (#13): for each, a GGUF written here with llama.cpp's key and tensor
// names and the real model's dimensions over a few layers (the tensor data is a sparse hole: only the
// header is read), checked against the same model's config.json (shared/data/models/configs) read by the
// config reader with the same number of layers: per-layer mixer kinds, windows, KV elements per token,
// recurrent state per sequence, total and active parameters; and against hand arithmetic. Malformed
// per-layer keys are refused naming the key.
#include "core/formats/gguf_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/model_file.h"
#include "core/formats/model_file_sizing.h"
#include "core/formats/model_headers.h"
#include "core/sizing/estimator.h"
#include "core/sizing/expert_placement.h"
#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/prepared_model.h"
#include "test_file_writers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

using namespace fitscope;
using namespace fitscope::formats;
using fitscope::testing::GgufWriter;
using nlohmann::json;
using sizing::LayerMlpKind;
using sizing::LayerSpec;
using sizing::MixerKind;

namespace {

QString sharedDir() {
    const QByteArray env = qgetenv("FITSCOPE_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(FITSCOPE_SHARED_DIR) : QString::fromLocal8Bit(env);
}

// A config.json of shared/ cut to its first `layers` layers (per-layer lists and patterns too), with
// `extra` merged in (keys the trimmed copies lost).
json configOf(const char* id, std::int64_t layers, const json& extra = json::object()) {
    QFile file(sharedDir() + "/data/models/configs/" + id + ".json");
    if (!file.open(QIODevice::ReadOnly)) {
        return json();
    }
    json config = json::parse(file.readAll().toStdString());
    json& text = config.contains("text_config") ? config["text_config"] : config;
    const std::int64_t original = text.at("num_hidden_layers").get<std::int64_t>();
    text["num_hidden_layers"] = layers;
    for (auto& [key, value] : text.items()) {
        if (value.is_array() && static_cast<std::int64_t>(value.size()) == original) {
            value.erase(value.begin() + layers, value.end());
        } else if (value.is_string() && static_cast<std::int64_t>(value.get<std::string>().size()) == original) {
            value = value.get<std::string>().substr(0, static_cast<std::size_t>(layers));
        }
    }
    text.update(extra);
    return config;
}

sizing::ModelSpec hfSpec(const char* id, std::int64_t layers, const json& extra = json::object()) {
    return parseHfConfig(configOf(id, layers, extra).dump(), id);
}

// The tensors llama.cpp creates for a model (src/llama-arch.cpp names; shapes as its load_tensors
// creates them, ggml order: ne0 = input width), from a per-layer description. second_norm names the
// block's second hidden-size norm ("ffn_norm" for Llama-style blocks, "post_attention_norm" for GLM,
// gpt-oss and Qwen3-Next). Matrices F16, vectors F32.
void addTensors(GgufWriter& w, const sizing::ModelSpec& s, const char* second_norm,
                const std::vector<LayerSpec>& layers) {
    constexpr std::uint32_t F32 = 0, F16 = 1;
    const std::int64_t h = s.hidden_size;
    w.tensor("token_embd.weight", {h, s.vocab_size}, F16);
    w.tensor("output_norm.weight", {h}, F32);
    if (!s.tied_embeddings) {
        w.tensor("output.weight", {h, s.vocab_size}, F16);
    }
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerSpec& l = layers[i];
        const std::string p = "blk." + std::to_string(i) + ".";
        w.tensor(p + "attn_norm.weight", {h}, F32);
        if (l.norm_vectors >= 2) {
            w.tensor(p + second_norm + ".weight", {h}, F32);
        }
        const sizing::LayerAttention& a = l.attn;
        if (sizing::isAttention(l.mixer)) {
            const std::int64_t q = a.num_heads * a.head_dim, k = a.num_kv_heads * a.head_dim,
                               v = a.num_kv_heads * a.v_head_dim;
            w.tensor(p + "attn_q.weight", {h, a.output_gate ? 2 * q : q}, F16);
            w.tensor(p + "attn_k.weight", {h, k}, F16);
            w.tensor(p + "attn_v.weight", {h, v}, F16);
            w.tensor(p + "attn_output.weight", {a.num_heads * a.v_head_dim, h}, F16);
            if (a.qkv_bias) {
                w.tensor(p + "attn_q.bias", {q}, F32);
                w.tensor(p + "attn_k.bias", {k}, F32);
                w.tensor(p + "attn_v.bias", {v}, F32);
            }
            if (a.out_bias) {
                w.tensor(p + "attn_output.bias", {h}, F32);
            }
            if (a.q_norm_elements > 0) {
                w.tensor(p + "attn_q_norm.weight", {a.q_norm_elements}, F32);
                w.tensor(p + "attn_k_norm.weight", {a.k_norm_elements}, F32);
            }
            if (a.sinks) {
                w.tensor(p + "attn_sinks.weight", {a.num_heads}, F32);
            }
        }
        const sizing::LayerRecurrent& r = l.rec;
        if (l.mixer == MixerKind::GatedDeltaNet) {
            // src/models/qwen3next.cpp load_arch_tensors.
            const std::int64_t key = r.num_k_heads * r.head_k_dim, value = r.num_heads * r.head_v_dim;
            w.tensor(p + "attn_qkv.weight", {h, 2 * key + value}, F16);
            w.tensor(p + "attn_gate.weight", {h, value}, F16);
            w.tensor(p + "ssm_conv1d.weight", {r.conv_kernel, 2 * key + value}, F32);
            w.tensor(p + "ssm_dt.bias", {r.num_heads}, F32);
            w.tensor(p + "ssm_a", {r.num_heads}, F32);
            w.tensor(p + "ssm_ba.weight", {h, 2 * r.num_heads}, F16);
            w.tensor(p + "ssm_norm.weight", {r.head_v_dim}, F32);
            w.tensor(p + "ssm_out.weight", {value, h}, F16);
        } else if (l.mixer == MixerKind::Mamba2) {
            // Mamba-2 (llama-model.cpp load_tensors, LLM_ARCH_MAMBA2 / NEMOTRON_H / GRANITE_HYBRID).
            const std::int64_t inner = r.innerSize(), bc = 2 * r.n_groups * r.state_size;
            w.tensor(p + "ssm_in.weight", {h, 2 * inner + bc + r.num_heads}, F16);
            w.tensor(p + "ssm_conv1d.weight", {r.conv_kernel, inner + bc}, F32);
            if (r.conv_bias) {
                w.tensor(p + "ssm_conv1d.bias", {inner + bc}, F32);
            }
            w.tensor(p + "ssm_dt.bias", {r.num_heads}, F32);
            w.tensor(p + "ssm_a", {1, r.num_heads}, F32);
            w.tensor(p + "ssm_d", {1, r.num_heads}, F32);
            w.tensor(p + "ssm_norm.weight", {inner / r.n_groups, r.n_groups}, F32);
            w.tensor(p + "ssm_out.weight", {inner, h}, F16);
        }
        const sizing::LayerMlp& m = l.mlp;
        if (m.kind == LayerMlpKind::Dense) {
            const std::int64_t f = m.intermediate_size;
            if (m.gated) {
                w.tensor(p + "ffn_gate.weight", {h, f}, F16);
            }
            w.tensor(p + "ffn_up.weight", {h, f}, F16);
            w.tensor(p + "ffn_down.weight", {f, h}, F16);
        } else if (m.kind == LayerMlpKind::Moe) {
            const std::int64_t e = m.num_experts, f = m.expert_intermediate_size;
            w.tensor(p + "ffn_gate_inp.weight", {h, e}, F32);
            if (m.router_linear_bias) {
                w.tensor(p + "ffn_gate_inp.bias", {e}, F32);
            }
            if (m.router_bias) {
                w.tensor(p + "exp_probs_b.bias", {e}, F32);
            }
            if (m.gated) {
                w.tensor(p + "ffn_gate_exps.weight", {h, f, e}, F16);
            }
            w.tensor(p + "ffn_up_exps.weight", {h, f, e}, F16);
            w.tensor(p + "ffn_down_exps.weight", {f, h, e}, F16);
            if (m.expert_bias) {
                w.tensor(p + "ffn_gate_exps.bias", {f, e}, F32);
                w.tensor(p + "ffn_up_exps.bias", {f, e}, F32);
                w.tensor(p + "ffn_down_exps.bias", {h, e}, F32);
            }
            const std::int64_t shared = m.shared_experts * f + m.shared_intermediate_size;
            if (shared > 0) {
                if (m.gated) {
                    w.tensor(p + "ffn_gate_shexp.weight", {h, shared}, F16);
                }
                w.tensor(p + "ffn_up_shexp.weight", {h, shared}, F16);
                w.tensor(p + "ffn_down_shexp.weight", {shared, h}, F16);
            }
            if (m.shared_expert_gate) {
                w.tensor(p + "ffn_gate_inp_shexp.weight", {h}, F32);
            }
        }
    }
}

void addTensors(GgufWriter& w, const sizing::ModelSpec& s, const char* second_norm) {
    addTensors(w, s, second_norm, sizing::layerList(s));
}

// The common keys (convert_hf_to_gguf.py / gguf-py gguf_writer.py names).
void addCommon(GgufWriter& w, const std::string& arch, const sizing::ModelSpec& s, std::int64_t blocks) {
    w.str("general.architecture", arch);
    w.str("general.name", arch + " test");
    w.u32(arch + ".block_count", static_cast<std::uint32_t>(blocks));
    w.u32(arch + ".context_length", static_cast<std::uint32_t>(std::min<std::int64_t>(s.max_positions, 1 << 20)));
    w.u32(arch + ".embedding_length", static_cast<std::uint32_t>(s.hidden_size));
    w.f32(arch + ".attention.layer_norm_rms_epsilon", 1e-5f);
}

void writeSparse(const GgufWriter& w, const std::filesystem::path& path) {
    std::uint64_t data_bytes = 0;
    const std::string header = w.header(&data_bytes);
    fitscope::testing::writeFile(path, header);
    std::filesystem::resize_file(path, header.size() + data_bytes); // a hole: nothing is written
}

// Everything the engine derives per layer agrees between the two descriptions.
void compareLayers(const sizing::ModelSpec& gguf, const sizing::ModelSpec& hf) {
    QCOMPARE(gguf.num_layers, hf.num_layers);
    const std::vector<LayerSpec> g = sizing::layerList(gguf), f = sizing::layerList(hf);
    QCOMPARE(g.size(), f.size());
    const auto gp = sizing::prepareModel(gguf), fp = sizing::prepareModel(hf);
    QCOMPARE(gp->layer_cache.size(), fp->layer_cache.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
        const QByteArray where = "layer " + QByteArray::number(static_cast<int>(i));
        QVERIFY2(g[i].mixer == f[i].mixer, where);
        QVERIFY2(g[i].mlp.kind == f[i].mlp.kind, where);
        QVERIFY2(g[i].attn.rope == f[i].attn.rope || !sizing::isAttention(g[i].mixer), where);
        const sizing::LayerCache& a = gp->layer_cache[i];
        const sizing::LayerCache& b = fp->layer_cache[i];
        QVERIFY2(a.k_elements == b.k_elements && a.v_elements == b.v_elements, where);
        QVERIFY2(a.window_tokens == b.window_tokens, where);
        QVERIFY2(a.conv_state_elements == b.conv_state_elements && a.ssm_state_elements == b.ssm_state_elements, where);
    }
    // A GGUF holds the language model only (a vision tower is a separate mmproj file).
    const sizing::ParameterCounts gc = sizing::countParameters(gguf), fc = sizing::countParameters(hf);
    QCOMPARE(gc.encoder, std::int64_t{0});
    QCOMPARE(gc.total(), fc.total() - fc.encoder);
    QCOMPARE(gc.active, fc.active - fc.encoder);
    QCOMPARE(gc.recurrent, fc.recurrent);
}

std::vector<MixerKind> mixers(const sizing::ModelSpec& s) {
    std::vector<MixerKind> out;
    for (const LayerSpec& l : sizing::layerList(s)) {
        out.push_back(l.mixer);
    }
    return out;
}

} // namespace

class TestGgufFamilies : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QDir(sharedDir() + "/data/models/configs").exists()) {
            QSKIP("shared/data/models/configs not found (set FITSCOPE_SHARED_DIR)");
        }
    }

    void gptOss_slidingEveryOtherLayer_sinks();
    void llama4_chunkedNoPeGlobals_interleavedMoe();
    void glm4moe_nextnBlockStoredNotLoaded();
    void qwen3next_gatedDeltaNet_everyFourthAttention();
    void qwen35_denseHybrid_andRecurrentLayersArray();
    void qwen35moe_hybrid();
    void qwen3moe_overrideRules_matchTheFilesTensorNames();
    void qwen35_9b_matchesLlamaCppLog();
    void nemotronH_perLayerArrays();
    void nemotronHMoe_expertsWithoutGate();
    void graniteHybrid_mambaAndMoe();
    void mamba2_handArithmetic();
    void smollm3_noRopeEveryFourth();
    void minimaxM2_wholeProjectionQkNorms();
    void ernie45Moe_denseLeadAndSharedExperts();
    void glm4_fusedGateUpSandwichNorms();
    void mmprojBesideModel_addsItsWeights();
    void malformedPerLayerKeys_nameTheKey_data();
    void malformedPerLayerKeys_nameTheKey();
    void unsupportedArchitectures_nameTheClosestFamily_data();
    void unsupportedArchitectures_nameTheClosestFamily();

private:
    QTemporaryDir m_dir;
    std::filesystem::path path(const std::string& name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }
    // Writes the file and reads it back; the table and the formula must agree exactly.
    ModelFileInfo roundTrip(const GgufWriter& w, const std::string& name) {
        writeSparse(w, path(name));
        ModelFileInfo info = inspectModelPath(path(name));
        if (!info.spec) {
            qWarning("%s: %s", name.c_str(), info.spec_note.c_str());
        }
        return info;
    }
};

void TestGgufFamilies::gptOss_slidingEveryOtherLayer_sinks() {
    const sizing::ModelSpec hf = hfSpec("gpt-oss-20b", 4);
    GgufWriter w;
    addCommon(w, "gpt-oss", hf, 4);
    w.u32("gpt-oss.feed_forward_length", 2880);
    w.u32("gpt-oss.attention.head_count", 64);
    w.u32("gpt-oss.attention.head_count_kv", 8);
    w.u32("gpt-oss.attention.key_length", 64);
    w.u32("gpt-oss.attention.value_length", 64);
    w.u32("gpt-oss.expert_count", 32);
    w.u32("gpt-oss.expert_used_count", 4);
    w.u32("gpt-oss.expert_feed_forward_length", 2880);
    w.u32("gpt-oss.attention.sliding_window", 128);
    addTensors(w, hf, "post_attention_norm");
    const ModelFileInfo info = roundTrip(w, "gpt-oss.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(!info.parameters_mismatch && info.tensor_parameters == info.formula_parameters,
             info.parameters_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(s.model_type, std::string("gpt_oss"));
    QCOMPARE(mixers(s), (std::vector<MixerKind>{MixerKind::SlidingWindow, MixerKind::FullAttention,
                                                MixerKind::SlidingWindow, MixerKind::FullAttention}));
    QCOMPARE(s.layers[0].attn.window_tokens, std::int64_t{128});
    QVERIFY(s.layers[1].attn.sinks && s.layers[1].mlp.expert_bias && s.layers[1].mlp.router_linear_bias);
    compareLayers(s, hf);
    // KV per token per layer: 8 KV heads × 64 for K and for V.
    QCOMPARE(sizing::prepareModel(s)->layer_cache[1].k_elements + sizing::prepareModel(s)->layer_cache[1].v_elements,
             std::int64_t{2 * 8 * 64});
}

void TestGgufFamilies::llama4_chunkedNoPeGlobals_interleavedMoe() {
    // Maverick: MoE every second layer (interleave_moe_layer_step 2), dense layers of intermediate_size_mlp.
    const sizing::ModelSpec hf = hfSpec("llama-4-maverick", 4);
    GgufWriter w;
    addCommon(w, "llama4", hf, 4);
    w.u32("llama4.feed_forward_length", 16384);
    w.u32("llama4.expert_feed_forward_length", 8192);
    w.u32("llama4.interleave_moe_layer_step", 2);
    w.u32("llama4.attention.head_count", 40);
    w.u32("llama4.attention.head_count_kv", 8);
    w.u32("llama4.attention.key_length", 128);
    w.u32("llama4.attention.value_length", 128);
    w.u32("llama4.expert_count", 128);
    w.u32("llama4.expert_used_count", 1);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "llama4.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(!info.parameters_mismatch && info.tensor_parameters == info.formula_parameters,
             info.parameters_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(mixers(s), (std::vector<MixerKind>{MixerKind::ChunkedAttention, MixerKind::ChunkedAttention,
                                                MixerKind::ChunkedAttention, MixerKind::FullAttention}));
    QCOMPARE(s.layers[0].attn.window_tokens, std::int64_t{8192});
    QVERIFY(!s.layers[3].attn.rope && s.layers[2].attn.rope);
    QVERIFY(s.layers[0].mlp.kind == LayerMlpKind::Dense && s.layers[1].mlp.kind == LayerMlpKind::Moe);
    QCOMPARE(s.layers[1].mlp.shared_intermediate_size, std::int64_t{8192});
    compareLayers(s, hf);
}

void TestGgufFamilies::glm4moe_nextnBlockStoredNotLoaded() {
    // GLM-4.5-Air over 3 decoder layers + its 1 NextN block (block_count 4, as convert_hf_to_gguf.py writes
    // it: num_hidden_layers + num_nextn_predict_layers).
    const json extra = json::parse(R"({"attention_bias":true,"use_qk_norm":false,"num_nextn_predict_layers":1})");
    const sizing::ModelSpec hf = hfSpec("glm-4.5-air", 3, extra);
    GgufWriter w;
    addCommon(w, "glm4moe", hf, 4);
    w.u32("glm4moe.feed_forward_length", 10944);
    w.u32("glm4moe.attention.head_count", 96);
    w.u32("glm4moe.attention.head_count_kv", 8);
    w.u32("glm4moe.attention.key_length", 128);
    w.u32("glm4moe.attention.value_length", 128);
    w.u32("glm4moe.expert_count", 128);
    w.u32("glm4moe.expert_used_count", 8);
    w.u32("glm4moe.expert_shared_count", 1);
    w.u32("glm4moe.expert_feed_forward_length", 1408);
    w.u32("glm4moe.leading_dense_block_count", 1);
    w.u32("glm4moe.nextn_predict_layers", 1);
    std::vector<LayerSpec> layers = sizing::layerList(hf);
    layers.push_back(layers.back()); // the NextN block holds a whole MoE decoder layer
    addTensors(w, hf, "post_attention_norm", layers);
    const std::int64_t h = 4096, vocab = 151552;
    w.tensor("blk.3.nextn.eh_proj.weight", {2 * h, h}, 1);
    w.tensor("blk.3.nextn.enorm.weight", {h}, 0);
    w.tensor("blk.3.nextn.hnorm.weight", {h}, 0);
    w.tensor("blk.3.nextn.shared_head_norm.weight", {h}, 0);
    w.tensor("blk.3.nextn.embed_tokens.weight", {h, vocab}, 1);
    w.tensor("blk.3.nextn.shared_head_head.weight", {h, vocab}, 1);
    const ModelFileInfo info = roundTrip(w, "glm4moe.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(s.num_layers, std::int64_t{3});
    QCOMPARE(s.mtp_layers, std::int64_t{1});
    QCOMPARE(s.mtp_params, hf.mtp_params); // the table's NextN block = the config reader's MTP block
    QVERIFY(s.mtp_params > 2 * vocab * h);
    // The table holds the NextN block; the formula's in-memory total does not.
    QCOMPARE(info.tensor_parameters, info.formula_parameters + s.mtp_params);
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
    QVERIFY(s.layers[0].mlp.kind == LayerMlpKind::Dense && s.layers[1].mlp.kind == LayerMlpKind::Moe);
    compareLayers(s, hf);
    // Weights in memory leave the NextN block out (llama.cpp TENSOR_SKIP); the file's bytes keep it.
    std::int64_t mtp_bytes = 0;
    for (const ModelTensor& t : info.tensors) {
        mtp_bytes += t.name.rfind("blk.3.", 0) == 0 ? t.bytes : 0;
    }
    const sizing::WeightBreakdown held = storedWeights(info);
    QCOMPARE(held.embeddings_bytes + held.body_bytes + held.norms_bytes + held.output_head_bytes,
             info.weight_bytes - mtp_bytes);
    QCOMPARE(sizing::prepareModel(s)->layer_cache.size(), std::size_t{3}); // no KV cache for the NextN block
}

void TestGgufFamilies::qwen3next_gatedDeltaNet_everyFourthAttention() {
    const sizing::ModelSpec hf = hfSpec("qwen3-next-80b-a3b", 8);
    GgufWriter w;
    addCommon(w, "qwen3next", hf, 8);
    w.u32("qwen3next.feed_forward_length", 5120);
    w.u32("qwen3next.attention.head_count", 16);
    w.u32("qwen3next.attention.head_count_kv", 2);
    w.u32("qwen3next.attention.key_length", 256);
    w.u32("qwen3next.attention.value_length", 256);
    w.u32("qwen3next.expert_count", 512);
    w.u32("qwen3next.expert_used_count", 10);
    w.u32("qwen3next.expert_feed_forward_length", 512);
    w.u32("qwen3next.expert_shared_feed_forward_length", 512);
    w.u32("qwen3next.full_attention_interval", 4);
    w.u32("qwen3next.ssm.conv_kernel", 4);
    w.u32("qwen3next.ssm.state_size", 128);
    w.u32("qwen3next.ssm.group_count", 16);
    w.u32("qwen3next.ssm.time_step_rank", 32);
    w.u32("qwen3next.ssm.inner_size", 32 * 128);
    addTensors(w, hf, "post_attention_norm");
    const ModelFileInfo info = roundTrip(w, "qwen3next.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(s.model_type, std::string("qwen3_next"));
    const std::vector<MixerKind> expected{MixerKind::GatedDeltaNet, MixerKind::GatedDeltaNet, MixerKind::GatedDeltaNet,
                                          MixerKind::FullAttention, MixerKind::GatedDeltaNet, MixerKind::GatedDeltaNet,
                                          MixerKind::GatedDeltaNet, MixerKind::FullAttention};
    QCOMPARE(mixers(s), expected);
    QVERIFY(s.layers[3].attn.output_gate);
    compareLayers(s, hf);
    // Recurrent state per sequence, by hand: conv (4 − 1) × (2 × 16 × 128 + 32 × 128), delta rule
    // 32 heads × 128 × 128; llama.cpp keeps both in F32.
    const auto prepared = sizing::prepareModel(s);
    QCOMPARE(prepared->layer_cache[0].conv_state_elements, std::int64_t{3 * (2 * 16 * 128 + 32 * 128)});
    QCOMPARE(prepared->layer_cache[0].ssm_state_elements, std::int64_t{32 * 128 * 128});
    QCOMPARE(sizing::llamaCppStateBytes(prepared->layer_cache[0]), std::int64_t{4 * (3 * 8192 + 524288)});
    QCOMPARE(prepared->layer_cache[3].k_elements + prepared->layer_cache[3].v_elements, std::int64_t{2 * 2 * 256});
}

void TestGgufFamilies::qwen35_denseHybrid_andRecurrentLayersArray() {
    const sizing::ModelSpec hf = hfSpec("qwen3.5-27b", 4);
    GgufWriter w;
    addCommon(w, "qwen35", hf, 4);
    w.u32("qwen35.feed_forward_length", 17408);
    w.u32("qwen35.attention.head_count", 24);
    w.u32("qwen35.attention.head_count_kv", 4);
    w.u32("qwen35.attention.key_length", 256);
    w.u32("qwen35.attention.value_length", 256);
    // The per-layer form instead of full_attention_interval (qwen3next.cpp: attention.recurrent_layers).
    w.boolArray("qwen35.attention.recurrent_layers", {true, true, true, false});
    w.u32("qwen35.ssm.conv_kernel", 4);
    w.u32("qwen35.ssm.state_size", 128);
    w.u32("qwen35.ssm.group_count", 16);
    w.u32("qwen35.ssm.time_step_rank", 48);
    w.u32("qwen35.ssm.inner_size", 48 * 128);
    addTensors(w, hf, "post_attention_norm");
    const ModelFileInfo info = roundTrip(w, "qwen35.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    QCOMPARE(info.spec->model_type, std::string("qwen3_5"));
    QVERIFY(info.spec->layers[0].mlp.kind == LayerMlpKind::Dense);
    compareLayers(*info.spec, hf);
}

void TestGgufFamilies::qwen35moe_hybrid() {
    const sizing::ModelSpec hf = hfSpec("qwen3.5-35b-a3b", 4);
    GgufWriter w;
    addCommon(w, "qwen35moe", hf, 4);
    w.u32("qwen35moe.attention.head_count", 16);
    w.u32("qwen35moe.attention.head_count_kv", 2);
    w.u32("qwen35moe.attention.key_length", 256);
    w.u32("qwen35moe.attention.value_length", 256);
    w.u32("qwen35moe.expert_count", 256);
    w.u32("qwen35moe.expert_used_count", 8);
    w.u32("qwen35moe.expert_feed_forward_length", 512);
    w.u32("qwen35moe.expert_shared_feed_forward_length", 512);
    w.u32("qwen35moe.full_attention_interval", 4);
    w.u32("qwen35moe.ssm.conv_kernel", 4);
    w.u32("qwen35moe.ssm.state_size", 128);
    w.u32("qwen35moe.ssm.group_count", 16);
    w.u32("qwen35moe.ssm.time_step_rank", 32);
    w.u32("qwen35moe.ssm.inner_size", 32 * 128);
    addTensors(w, hf, "post_attention_norm");
    const ModelFileInfo info = roundTrip(w, "qwen35moe.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    compareLayers(*info.spec, hf);
    // Active: every layer leaves 256 − 8 experts of 3 × 2048 × 512 idle.
    const sizing::ParameterCounts c = sizing::countParameters(*info.spec);
    QCOMPARE(c.active, c.total() - 4 * 248 * 3 * 2048 * std::int64_t{512});
}

// llama.cpp's -ot rules and --n-cpu-moe against the names a GGUF really holds (PreparedModel::stored_tensors):
// a 4-layer Qwen3-MoE written here, F16 matrices, each expert matrix 128 × 768 × 2048 × 2 bytes.
void TestGgufFamilies::qwen3moe_overrideRules_matchTheFilesTensorNames() {
    const sizing::ModelSpec hf = hfSpec("qwen3-30b-a3b", 4);
    GgufWriter w;
    addCommon(w, "qwen3moe", hf, 4);
    w.u32("qwen3moe.attention.head_count", 32);
    w.u32("qwen3moe.attention.head_count_kv", 4);
    w.u32("qwen3moe.attention.key_length", 128);
    w.u32("qwen3moe.attention.value_length", 128);
    w.u32("qwen3moe.expert_count", 128);
    w.u32("qwen3moe.expert_used_count", 8);
    w.u32("qwen3moe.expert_feed_forward_length", 768);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "qwen3moe.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    const auto model = prepareModelFromFile(info);
    QVERIFY(model->stored_format);
    QVERIFY(!model->stored_tensors.empty());
    sizing::PrecisionPlan plan;
    plan.weights = *model->stored_format;
    const std::vector<sizing::LayerTensor> tensors = sizing::llamaCppLayerTensors(*model, plan);
    QCOMPARE(tensors.size(), model->stored_tensors.size()); // the file's names, norms left out
    QVERIFY(std::any_of(tensors.begin(), tensors.end(),
                        [](const sizing::LayerTensor& t) { return t.name == "blk.3.ffn_down_exps.weight"; }));

    constexpr std::int64_t kMatrix = 128LL * 768 * 2048 * 2;
    sizing::LlamaCppOptions options;
    options.tensor_overrides = sizing::parseTensorOverrides("blk\\.[23]\\.ffn_(up|down)_exps=CPU");
    sizing::TensorPlacement p = sizing::placeTensors(*model, plan, options, 1);
    QCOMPARE(p.tensors_overridden, std::int64_t{4});
    QCOMPARE(p.cpu_routed_bytes[2] + p.cpu_routed_bytes[3], 4 * kMatrix);
    QCOMPARE(p.cpu_routed_bytes[0] + p.cpu_routed_bytes[1], std::int64_t{0});
    options.tensor_overrides.clear();
    options.n_cpu_moe = 1;
    p = sizing::placeTensors(*model, plan, options, 1);
    QCOMPARE(p.cpu_routed_bytes[0], 3 * kMatrix);
    QCOMPARE(p.cpu_routed_bytes[1], std::int64_t{0});
}

void TestGgufFamilies::qwen35_9b_matchesLlamaCppLog() {
    // shared/data/runtime-logs/calibration.json, case lcpp-qwen35-9b-hybrid-32k-f16kv (llama-server 8571,
    // Qwen3.5-9B Q4_K_M, -c 32768 -np 2 -kvu): "llama_kv_cache: size = 544.00 MiB (32768 cells, 8 layers,
    // 2/1 seqs), K (q8_0) ..." and f16 K/V 1024.00 MiB; "llama_memory_recurrent: CUDA0 RS buffer size =
    // 100.50 MiB". The whole model's 32 blocks, from the config.json of that case.
    QFile file(sharedDir() + "/data/runtime-logs/configs/qwen3.5-9b.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const sizing::ModelSpec hf = parseHfConfig(file.readAll().toStdString(), "qwen3.5-9b.json");
    GgufWriter w;
    addCommon(w, "qwen35", hf, 32);
    w.u32("qwen35.feed_forward_length", 12288);
    w.u32("qwen35.attention.head_count", 16);
    w.u32("qwen35.attention.head_count_kv", 4);
    w.u32("qwen35.attention.key_length", 256);
    w.u32("qwen35.attention.value_length", 256);
    w.u32("qwen35.full_attention_interval", 4);
    w.u32("qwen35.ssm.conv_kernel", 4);
    w.u32("qwen35.ssm.state_size", 128);
    w.u32("qwen35.ssm.group_count", 16);
    w.u32("qwen35.ssm.time_step_rank", 32);
    w.u32("qwen35.ssm.inner_size", 32 * 128);
    addTensors(w, hf, "post_attention_norm");
    const ModelFileInfo info = roundTrip(w, "qwen35-9b.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    compareLayers(*info.spec, hf);
    const auto prepared = sizing::prepareModel(*info.spec);
    std::int64_t kv_f16_per_token = 0, state_per_sequence = 0, attention_layers = 0;
    for (const sizing::LayerCache& c : prepared->layer_cache) {
        kv_f16_per_token += (c.k_elements + c.v_elements) * 2;
        state_per_sequence += sizing::isRecurrent(c.mixer) ? sizing::llamaCppStateBytes(c) : 0;
        attention_layers += sizing::isAttention(c.mixer) ? 1 : 0;
    }
    QCOMPARE(attention_layers, std::int64_t{8});
    QCOMPARE(kv_f16_per_token * 32768, std::int64_t{1024} << 20); // f16 K/V: 1024.00 MiB
    QCOMPARE(state_per_sequence * 2, std::int64_t{201} << 19);    // RS buffer: 100.50 MiB for 2 sequences
}

void TestGgufFamilies::nemotronH_perLayerArrays() {
    // Nemotron-Nano-9B-v2's first 8 blocks: M - M - M - M M (hybrid_override_pattern "M-M-M-MM").
    const sizing::ModelSpec hf = hfSpec("nemotron-nano-9b-v2", 8);
    GgufWriter w;
    addCommon(w, "nemotron_h", hf, 8);
    w.u32("nemotron_h.attention.head_count", 40);
    w.i32Array("nemotron_h.attention.head_count_kv", {0, 0, 0, 0, 0, 0, 0, 0});
    w.i32Array("nemotron_h.feed_forward_length", {0, 15680, 0, 15680, 0, 15680, 0, 0});
    w.u32("nemotron_h.attention.key_length", 128);
    w.u32("nemotron_h.attention.value_length", 128);
    w.u32("nemotron_h.ssm.conv_kernel", 4);
    w.u32("nemotron_h.ssm.state_size", 128);
    w.u32("nemotron_h.ssm.group_count", 8);
    w.u32("nemotron_h.ssm.time_step_rank", 128);
    w.u32("nemotron_h.ssm.inner_size", 128 * 80);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "nemotron_h.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(mixers(s),
             (std::vector<MixerKind>{MixerKind::Mamba2, MixerKind::None, MixerKind::Mamba2, MixerKind::None,
                                     MixerKind::Mamba2, MixerKind::None, MixerKind::Mamba2, MixerKind::Mamba2}));
    compareLayers(s, hf);
    // Mamba-2 state per sequence by hand: conv (4 − 1) × (10240 + 2 × 8 × 128), SSM 128 × 10240.
    const auto prepared = sizing::prepareModel(s);
    QCOMPARE(prepared->layer_cache[0].conv_state_elements, std::int64_t{3 * (10240 + 2048)});
    QCOMPARE(prepared->layer_cache[0].ssm_state_elements, std::int64_t{128 * 10240});
}

void TestGgufFamilies::nemotronHMoe_expertsWithoutGate() {
    // Nemotron-3-Nano-30B-A3B's first 6 blocks: M E M E M * (Mamba-2, routed experts, attention).
    const sizing::ModelSpec hf = hfSpec("nemotron-3-nano-30b-a3b", 6);
    GgufWriter w;
    addCommon(w, "nemotron_h_moe", hf, 6);
    w.u32("nemotron_h_moe.attention.head_count", 32);
    w.i32Array("nemotron_h_moe.attention.head_count_kv", {0, 0, 0, 0, 0, 2});
    w.i32Array("nemotron_h_moe.feed_forward_length", {0, 1856, 0, 1856, 0, 0});
    w.u32("nemotron_h_moe.attention.key_length", 128);
    w.u32("nemotron_h_moe.attention.value_length", 128);
    w.u32("nemotron_h_moe.expert_count", 128);
    w.u32("nemotron_h_moe.expert_used_count", 6);
    w.u32("nemotron_h_moe.expert_feed_forward_length", 1856);
    w.u32("nemotron_h_moe.expert_shared_feed_forward_length", 3712);
    w.u32("nemotron_h_moe.ssm.conv_kernel", 4);
    w.u32("nemotron_h_moe.ssm.state_size", 128);
    w.u32("nemotron_h_moe.ssm.group_count", 8);
    w.u32("nemotron_h_moe.ssm.time_step_rank", 64);
    w.u32("nemotron_h_moe.ssm.inner_size", 64 * 64);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "nemotron_h_moe.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(mixers(s), (std::vector<MixerKind>{MixerKind::Mamba2, MixerKind::None, MixerKind::Mamba2, MixerKind::None,
                                                MixerKind::Mamba2, MixerKind::FullAttention}));
    QVERIFY(s.layers[1].mlp.kind == LayerMlpKind::Moe && !s.layers[1].mlp.gated);
    QVERIFY(s.layers[1].mlp.router_bias);
    compareLayers(s, hf);
}

void TestGgufFamilies::graniteHybrid_mambaAndMoe() {
    const sizing::ModelSpec hf = hfSpec("granite-4.0-h-small", 6);
    std::vector<std::int32_t> kv;
    for (const LayerSpec& l : sizing::layerList(hf)) {
        kv.push_back(l.mixer == MixerKind::FullAttention ? 8 : 0);
    }
    QVERIFY(std::count(kv.begin(), kv.end(), 8) >= 1);
    GgufWriter w;
    addCommon(w, "granitehybrid", hf, 6);
    w.u32("granitehybrid.feed_forward_length", 768);
    w.u32("granitehybrid.attention.head_count", 32);
    w.i32Array("granitehybrid.attention.head_count_kv", kv);
    w.u32("granitehybrid.expert_count", 72);
    w.u32("granitehybrid.expert_used_count", 10);
    w.u32("granitehybrid.expert_shared_feed_forward_length", 1536);
    w.u32("granitehybrid.ssm.conv_kernel", 4);
    w.u32("granitehybrid.ssm.state_size", 128);
    w.u32("granitehybrid.ssm.group_count", 1);
    w.u32("granitehybrid.ssm.time_step_rank", 128);
    w.u32("granitehybrid.ssm.inner_size", 128 * 64);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "granitehybrid.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    QCOMPARE(info.spec->model_type, std::string("granitemoehybrid"));
    QVERIFY(info.spec->tied_embeddings);
    compareLayers(*info.spec, hf);
}

void TestGgufFamilies::mamba2_handArithmetic() {
    // A small Mamba-2: hidden 256, 8 heads of 64 (d_inner 512), 2 groups of state 16, conv 4, 2 blocks,
    // vocab 1000, tied; convert_hf_to_gguf.py writes head_count 0 and feed_forward_length 0 for it.
    sizing::ModelSpec spec;
    spec.hidden_size = 256;
    spec.vocab_size = 1000;
    spec.num_layers = 2;
    spec.tied_embeddings = true;
    LayerSpec l;
    l.mixer = MixerKind::Mamba2;
    l.rec.num_heads = 8;
    l.rec.head_v_dim = 64;
    l.rec.n_groups = 2;
    l.rec.state_size = 16;
    l.rec.conv_kernel = 4;
    l.mlp.kind = LayerMlpKind::None;
    l.norm_vectors = 1;
    GgufWriter w;
    addCommon(w, "mamba2", spec, 2);
    w.u32("mamba2.attention.head_count", 0);
    w.u32("mamba2.feed_forward_length", 0);
    w.u32("mamba2.ssm.conv_kernel", 4);
    w.u32("mamba2.ssm.state_size", 16);
    w.u32("mamba2.ssm.group_count", 2);
    w.u32("mamba2.ssm.time_step_rank", 8);
    w.u32("mamba2.ssm.inner_size", 512);
    addTensors(w, spec, "ffn_norm", {l, l});
    const ModelFileInfo info = roundTrip(w, "mamba2.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    // Per block: in_proj 256 × (2·512 + 2·2·16 + 8), conv 4 × (512 + 64) + bias 576, dt/A/D 3 × 8, norm 512,
    // out_proj 512 × 256, one block norm 256.
    const std::int64_t block = 256 * (1024 + 64 + 8) + 4 * 576 + 576 + 24 + 512 + 512 * 256 + 256;
    QCOMPARE(info.tensor_parameters, 1000 * 256 + 256 + 2 * block);
    const auto prepared = sizing::prepareModel(*info.spec);
    QCOMPARE(prepared->layer_cache[1].conv_state_elements, std::int64_t{3 * 576});
    QCOMPARE(prepared->layer_cache[1].ssm_state_elements, std::int64_t{16 * 512});
    QCOMPARE(prepared->layer_cache[1].k_elements, std::int64_t{0});
}

void TestGgufFamilies::smollm3_noRopeEveryFourth() {
    const sizing::ModelSpec hf = hfSpec("smollm3-3b", 4);
    GgufWriter w;
    addCommon(w, "smollm3", hf, 4);
    w.u32("smollm3.feed_forward_length", 11008);
    w.u32("smollm3.attention.head_count", 16);
    w.u32("smollm3.attention.head_count_kv", 4);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "smollm3.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    QVERIFY(info.spec->tied_embeddings);
    QVERIFY(info.spec->layers[2].attn.rope && !info.spec->layers[3].attn.rope);
    compareLayers(*info.spec, hf);
}

void TestGgufFamilies::minimaxM2_wholeProjectionQkNorms() {
    const sizing::ModelSpec hf = hfSpec("minimax-m2.7", 2);
    GgufWriter w;
    addCommon(w, "minimax-m2", hf, 2);
    w.u32("minimax-m2.feed_forward_length", 1536);
    w.u32("minimax-m2.attention.head_count", 48);
    w.u32("minimax-m2.attention.head_count_kv", 8);
    w.u32("minimax-m2.attention.key_length", 128);
    w.u32("minimax-m2.attention.value_length", 128);
    w.u32("minimax-m2.expert_count", 256);
    w.u32("minimax-m2.expert_used_count", 8);
    w.u32("minimax-m2.expert_feed_forward_length", 1536);
    addTensors(w, hf, "ffn_norm");
    const ModelFileInfo info = roundTrip(w, "minimax-m2.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    QCOMPARE(info.spec->layers[0].attn.q_norm_elements, std::int64_t{48 * 128});
    QCOMPARE(info.spec->layers[0].attn.k_norm_elements, std::int64_t{8 * 128});
    compareLayers(*info.spec, hf);
}

void TestGgufFamilies::ernie45Moe_denseLeadAndSharedExperts() {
    // ERNIE-4.5-21B-A3B's shapes (the ernie4_5_moe defaults of readErnie, hf_config_families.cpp: hidden 2560,
    // 20 heads, 4 KV heads of 128, dense 12288, 64 experts of 1536, 6 per token, 2 shared experts, the first
    // layer dense) over 3 layers: by hand.
    const std::int64_t h = 2560, vocab = 103424, heads = 20, kv = 4, hd = 128, ff = 12288, e = 64, fe = 1536;
    sizing::ModelSpec spec;
    spec.hidden_size = h;
    spec.vocab_size = vocab;
    spec.tied_embeddings = false;
    std::vector<LayerSpec> layers(3);
    for (LayerSpec& l : layers) {
        l.attn.num_heads = heads;
        l.attn.num_kv_heads = kv;
        l.attn.head_dim = l.attn.v_head_dim = hd;
        l.mlp.kind = LayerMlpKind::Moe;
        l.mlp.num_experts = e;
        l.mlp.experts_per_token = 6;
        l.mlp.expert_intermediate_size = fe;
        l.mlp.shared_experts = 2;
        l.mlp.router_bias = true;
    }
    layers[0].mlp = {};
    layers[0].mlp.intermediate_size = ff;
    GgufWriter w;
    addCommon(w, "ernie4_5-moe", spec, 3);
    w.u32("ernie4_5-moe.feed_forward_length", static_cast<std::uint32_t>(ff));
    w.u32("ernie4_5-moe.attention.head_count", heads);
    w.u32("ernie4_5-moe.attention.head_count_kv", kv);
    w.u32("ernie4_5-moe.expert_count", e);
    w.u32("ernie4_5-moe.expert_used_count", 6);
    w.u32("ernie4_5-moe.expert_shared_count", 2);
    w.u32("ernie4_5-moe.expert_feed_forward_length", fe);
    w.u32("ernie4_5-moe.leading_dense_block_count", 1);
    w.u32("ernie4_5-moe.interleave_moe_layer_step", 1);
    addTensors(w, spec, "ffn_norm", layers);
    const ModelFileInfo info = roundTrip(w, "ernie.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(s.model_type, std::string("ernie4_5_moe"));
    QVERIFY(s.layers[0].mlp.kind == LayerMlpKind::Dense && s.layers[2].mlp.kind == LayerMlpKind::Moe);
    QCOMPARE(s.layers[1].mlp.shared_intermediate_size, 2 * fe); // the two shared experts as one MLP
    const std::int64_t attention = h * heads * hd * 2 + 2 * h * kv * hd;
    const std::int64_t moe_layer = attention + 2 * h + 3 * h * fe * e + h * e + e + 3 * h * 2 * fe;
    const std::int64_t total = 2 * vocab * h + h + (attention + 2 * h + 3 * h * ff) + 2 * moe_layer;
    QCOMPARE(info.tensor_parameters, total);
    QCOMPARE(sizing::countParameters(s).active, total - 2 * (e - 6) * 3 * h * fe);
}

void TestGgufFamilies::glm4_fusedGateUpSandwichNorms() {
    // GLM-4-0414 (glm4): llama.cpp stores gate and up fused in ffn_up ({n_embd, 2 n_ff}) and four norms per
    // block (attn_norm, post_attention_norm, ffn_norm, post_ffw_norm); q/k/v biases. Uniform layers.
    const std::int64_t h = 512, ff = 1024, vocab = 1000, heads = 8, kv = 2, hd = 64;
    GgufWriter w;
    w.str("general.architecture", "glm4");
    w.u32("glm4.block_count", 2);
    w.u32("glm4.context_length", 32768);
    w.u32("glm4.embedding_length", h);
    w.u32("glm4.feed_forward_length", ff);
    w.u32("glm4.attention.head_count", heads);
    w.u32("glm4.attention.head_count_kv", kv);
    w.u32("glm4.attention.key_length", hd);
    w.u32("glm4.attention.value_length", hd);
    w.tensor("token_embd.weight", {h, vocab}, 1);
    w.tensor("output_norm.weight", {h}, 0);
    w.tensor("output.weight", {h, vocab}, 1);
    for (int i = 0; i < 2; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        for (const char* norm : {"attn_norm", "post_attention_norm", "ffn_norm", "post_ffw_norm"}) {
            w.tensor(p + norm + ".weight", {h}, 0);
        }
        w.tensor(p + "attn_q.weight", {h, heads * hd}, 1);
        w.tensor(p + "attn_k.weight", {h, kv * hd}, 1);
        w.tensor(p + "attn_v.weight", {h, kv * hd}, 1);
        w.tensor(p + "attn_q.bias", {heads * hd}, 0);
        w.tensor(p + "attn_k.bias", {kv * hd}, 0);
        w.tensor(p + "attn_v.bias", {kv * hd}, 0);
        w.tensor(p + "attn_output.weight", {heads * hd, h}, 1);
        w.tensor(p + "ffn_up.weight", {h, 2 * ff}, 1);
        w.tensor(p + "ffn_down.weight", {ff, h}, 1);
    }
    const ModelFileInfo info = roundTrip(w, "glm4.gguf");
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    QVERIFY2(info.spec_note.empty(), info.spec_note.c_str()); // a supported architecture, not a generic read
    QCOMPARE(info.spec->norms_per_layer, std::int64_t{4});
    QCOMPARE(info.spec->mlp_kind, sizing::MlpKind::Gated);
}

void TestGgufFamilies::mmprojBesideModel_addsItsWeights() {
    // A small Llama GGUF and a projector as llama.cpp's mmproj files are: general.architecture "clip",
    // clip.has_vision_encoder, v.* encoder tensors and mm.* projector tensors.
    sizing::ModelSpec spec;
    spec.hidden_size = 256;
    spec.vocab_size = 1000;
    spec.num_layers = 2;
    spec.num_heads = 4;
    spec.num_kv_heads = 2;
    spec.head_dim = 64;
    spec.intermediate_size = 512;
    GgufWriter model;
    addCommon(model, "llama", spec, 2);
    model.u32("llama.feed_forward_length", 512);
    model.u32("llama.attention.head_count", 4);
    model.u32("llama.attention.head_count_kv", 2);
    addTensors(model, spec, "ffn_norm");
    writeSparse(model, path("llava.gguf"));
    GgufWriter projector;
    projector.str("general.architecture", "clip");
    projector.boolean("clip.has_vision_encoder", true);
    projector.str("clip.projector_type", "mlp");
    projector.tensor("v.patch_embd.weight", {14, 14, 3, 1024}, 1);
    projector.tensor("v.blk.0.attn_q.weight", {1024, 1024}, 1);
    projector.tensor("v.blk.0.ln1.weight", {1024}, 0);
    projector.tensor("mm.0.weight", {1024, 256}, 1);
    projector.tensor("mm.0.bias", {256}, 0);
    writeSparse(projector, path("mmproj-llava-f16.gguf"));
    const std::int64_t projector_params = 14 * 14 * 3 * 1024 + 1024 * 1024 + 1024 + 1024 * 256 + 256;
    const std::int64_t projector_bytes = 2 * (14 * 14 * 3 * 1024 + 1024 * 1024 + 1024 * 256) + 4 * (1024 + 256);

    ModelFileInfo info = inspectModelPath(path("llava.gguf"));
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    const std::int64_t model_bytes = info.weight_bytes;
    const std::int64_t model_params = info.tensor_parameters;
    addGgufProjector(info, path("mmproj-llava-f16.gguf"));
    QCOMPARE(info.files.size(), std::size_t{2});
    QCOMPARE(info.spec->encoder_params, projector_params);
    QCOMPARE(info.weight_bytes, model_bytes + projector_bytes);
    QCOMPARE(info.tensor_parameters, model_params + projector_params);
    QVERIFY2(info.tensor_parameters == info.formula_parameters, info.parameters_note.c_str());
    QCOMPARE(storedWeights(info).encoder_bytes, projector_bytes);
    QCOMPARE(storedWeights(info).total(), model_bytes + projector_bytes);
    const auto prepared = prepareModelFromFile(info);
    QCOMPARE(prepared->counts.encoder, projector_params);
    QCOMPARE(prepared->stored_weights->total(), model_bytes + projector_bytes);
    QVERIFY(prepared->spec.encoder_in_projector_file);

    // llama.cpp loads the projector on the first GPU: every byte of both files is on a device, and the
    // derivation says where the projector went.
    sizing::Scenario s;
    s.model = prepared;
    s.runtime = sizing::Runtime::LlamaCpp;
    s.precision.weights = prepared->stored_format.value_or(sizing::WeightFormat::FP16);
    s.context_tokens = 2048;
    auto gpu = std::make_shared<sizing::GpuSpec>();
    gpu->id = "test-gpu";
    gpu->memory_bytes = 24LL << 30;
    gpu->bandwidth_gbps = 1000;
    s.gpu = gpu;
    const sizing::Estimate e = sizing::estimate(s);
    QVERIFY(e.llamacpp.has_value());
    QVERIFY(e.llamacpp->output_on_gpu);
    auto without = std::make_shared<sizing::PreparedModel>(*prepared);
    without->spec.encoder_in_projector_file = false; // a checkpoint's own tower: llama.cpp never reads it
    sizing::Scenario plain_scenario = s;
    plain_scenario.model = without;
    const sizing::Estimate text_only = sizing::estimate(plain_scenario);
    QCOMPARE(e.gpu_loads.front().weights_bytes - text_only.gpu_loads.front().weights_bytes, projector_bytes);
    QCOMPARE(e.llamacpp->cpu_weights_bytes, text_only.llamacpp->cpu_weights_bytes);
    bool said = false;
    for (const auto& step : e.steps) {
        said =
            said || step.text.find("from the mmproj file, loaded by llama.cpp on the first GPU") != std::string::npos;
    }
    QVERIFY(said);
    // Without a GPU it stays in system RAM with the rest.
    s.gpu.reset();
    plain_scenario.gpu.reset();
    const sizing::Estimate cpu = sizing::estimate(s);
    QCOMPARE(cpu.llamacpp->cpu_weights_bytes - sizing::estimate(plain_scenario).llamacpp->cpu_weights_bytes,
             projector_bytes);

    // Twice, or a model file where a projector belongs: refused.
    QVERIFY_THROWS_EXCEPTION(FormatError, addGgufProjector(info, path("mmproj-llava-f16.gguf")));
    ModelFileInfo plain = inspectModelPath(path("llava.gguf"));
    try {
        addGgufProjector(plain, path("llava.gguf"));
        QFAIL("a model file was taken for a projector");
    } catch (const FormatError& error) {
        QVERIFY2(std::string(error.what()).find("not a vision projector") != std::string::npos, error.what());
    }
}

void TestGgufFamilies::malformedPerLayerKeys_nameTheKey_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("mode"); // 0 short array, 1 negative element, 2 missing, 3 nextn >= blocks
    QTest::addColumn<QString>("expected");
    QTest::newRow("head_count_kv of 3 values for 4 blocks")
        << "granitehybrid.attention.head_count_kv" << 0 << "granitehybrid.attention.head_count_kv has 3 values for 4";
    QTest::newRow("negative head_count_kv")
        << "granitehybrid.attention.head_count_kv" << 1 << "granitehybrid.attention.head_count_kv holds -1 for layer 2";
    QTest::newRow("feed_forward_length of 3 values")
        << "granitehybrid.feed_forward_length" << 0 << "granitehybrid.feed_forward_length has 3 values for 4";
    QTest::newRow("missing ssm.state_size")
        << "granitehybrid.ssm.state_size" << 2 << "granitehybrid.ssm.state_size is missing";
    QTest::newRow("nextn_predict_layers >= block_count")
        << "granitehybrid.nextn_predict_layers" << 3 << "granitehybrid.nextn_predict_layers is 4 of 4 blocks";
}

void TestGgufFamilies::malformedPerLayerKeys_nameTheKey() {
    QFETCH(QString, key);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    const std::string broken = key.toStdString();
    GgufWriter w;
    w.str("general.architecture", "granitehybrid");
    w.u32("granitehybrid.block_count", 4);
    w.u32("granitehybrid.embedding_length", 64);
    w.u32("granitehybrid.attention.head_count", 4);
    auto array = [&](const std::string& name, std::vector<std::int32_t> values) {
        if (name == broken && mode == 0) {
            values.pop_back();
        } else if (name == broken && mode == 1) {
            values[2] = -1;
        }
        w.i32Array(name, values);
    };
    array("granitehybrid.attention.head_count_kv", {0, 0, 0, 2});
    array("granitehybrid.feed_forward_length", {128, 128, 128, 128});
    for (const char* ssm :
         {"ssm.conv_kernel", "ssm.state_size", "ssm.group_count", "ssm.time_step_rank", "ssm.inner_size"}) {
        const std::string name = std::string("granitehybrid.") + ssm;
        if (!(name == broken && mode == 2)) {
            w.u32(name,
                  name.find("inner") != std::string::npos ? 128 : (name.find("rank") != std::string::npos ? 4 : 1));
        }
    }
    if (mode == 3) {
        w.u32(broken, 4);
    }
    w.tensor("token_embd.weight", {64, 10}, 0);
    const GgufFile file = parseGgufHeader(w.bytes(), "broken.gguf");
    const ModelFileInfo info = inspectGgufHeaders("broken.gguf", {file});
    QVERIFY(!info.spec.has_value());
    QVERIFY2(info.spec_note.find(expected.toStdString()) != std::string::npos, info.spec_note.c_str());
}

void TestGgufFamilies::unsupportedArchitectures_nameTheClosestFamily_data() {
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Mamba-1") << "mamba"
                             << "blk.0.ssm_in.weight"
                             << "closest supported family: mamba2";
    QTest::newRow("RWKV-7") << "rwkv7"
                            << "blk.0.time_mix_r.weight"
                            << "closest supported family:";
    QTest::newRow("Gemma 3n") << "gemma3n"
                              << "blk.0.attn_q.weight"
                              << "closest supported family: gemma3";
    QTest::newRow("unknown hybrid (LFM2 short convolutions)") << "lfm2"
                                                              << "blk.0.shortconv.conv.weight"
                                                              << "closest supported family:";
    QTest::newRow("unknown Mamba hybrid (Falcon-H1)") << "falcon-h1"
                                                      << "blk.0.ssm_in.weight"
                                                      << "closest supported family: falcon";
}

void TestGgufFamilies::unsupportedArchitectures_nameTheClosestFamily() {
    QFETCH(QString, arch);
    QFETCH(QString, tensor);
    QFETCH(QString, expected);
    const std::string a = arch.toStdString();
    GgufWriter w;
    w.str("general.architecture", a);
    w.u32(a + ".block_count", 1);
    w.u32(a + ".embedding_length", 64);
    w.u32(a + ".attention.head_count", 4);
    w.tensor("token_embd.weight", {64, 10}, 0);
    w.tensor(tensor.toStdString(), {64, 64}, 0);
    const ModelFileInfo info = inspectGgufHeaders(a + ".gguf", {parseGgufHeader(w.bytes(), a + ".gguf")});
    QVERIFY(!info.spec.has_value());
    QVERIFY2(info.spec_note.find(a) != std::string::npos, info.spec_note.c_str());
    QVERIFY2(info.spec_note.find(expected.toStdString()) != std::string::npos, info.spec_note.c_str());
}

QTEST_GUILESS_MAIN(TestGgufFamilies)
#include "test_gguf_families.moc"
