// GGUF header reader: exact sizes for every ggml type, metadata to ModelSpec, split files, and a
// regression test for every kind of hostile file the reader must reject cleanly.
#include "core/formats/ggml_types.h"
#include "core/formats/gguf_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/model_file.h"
#include "test_file_writers.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(std::string)

using namespace fitscope;
using namespace fitscope::formats;
using fitscope::testing::Bytes;
using fitscope::testing::GgufWriter;

namespace {

// A llama-shaped model small enough to write in a test: its tensors follow llama.cpp's names.
struct TinyLlama {
    std::int64_t vocab = 100, hidden = 64, layers = 2, heads = 4, kv_heads = 2, ff = 128;
};

void addLlamaTensors(GgufWriter& w, const TinyLlama& m, std::uint32_t matrix_type = 0,
                     const std::function<std::uint32_t(const std::string&, std::int64_t)>& choose = {}) {
    const std::int64_t head_dim = m.hidden / m.heads;
    auto type = [&](const std::string& name, std::int64_t layer) { return choose ? choose(name, layer) : matrix_type; };
    w.tensor("token_embd.weight", {m.hidden, m.vocab}, type("token_embd", -1));
    for (std::int64_t i = 0; i < m.layers; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        w.tensor(p + "attn_norm.weight", {m.hidden}, 0);
        w.tensor(p + "attn_q.weight", {m.hidden, m.heads * head_dim}, type("attn_q", i));
        w.tensor(p + "attn_k.weight", {m.hidden, m.kv_heads * head_dim}, type("attn_k", i));
        w.tensor(p + "attn_v.weight", {m.hidden, m.kv_heads * head_dim}, type("attn_v", i));
        w.tensor(p + "attn_output.weight", {m.heads * head_dim, m.hidden}, type("attn_output", i));
        w.tensor(p + "ffn_norm.weight", {m.hidden}, 0);
        w.tensor(p + "ffn_gate.weight", {m.hidden, m.ff}, type("ffn_gate", i));
        w.tensor(p + "ffn_up.weight", {m.hidden, m.ff}, type("ffn_up", i));
        w.tensor(p + "ffn_down.weight", {m.ff, m.hidden}, type("ffn_down", i));
    }
    w.tensor("output_norm.weight", {m.hidden}, 0);
    w.tensor("output.weight", {m.hidden, m.vocab}, type("output", -1));
}

void addLlamaMetadata(GgufWriter& w, const TinyLlama& m, const std::string& arch = "llama") {
    w.str("general.architecture", arch);
    w.str("general.name", "Tiny Llama");
    w.u32(arch + ".context_length", 4096);
    w.u32(arch + ".embedding_length", static_cast<std::uint32_t>(m.hidden));
    w.u32(arch + ".block_count", static_cast<std::uint32_t>(m.layers));
    w.u32(arch + ".feed_forward_length", static_cast<std::uint32_t>(m.ff));
    w.u32(arch + ".attention.head_count", static_cast<std::uint32_t>(m.heads));
    w.u32(arch + ".attention.head_count_kv", static_cast<std::uint32_t>(m.kv_heads));
    w.f32(arch + ".attention.layer_norm_rms_epsilon", 1e-5f);
    std::vector<std::string> tokens;
    for (std::int64_t i = 0; i < m.vocab; ++i) {
        tokens.push_back("tok" + std::to_string(i));
    }
    w.strArray("tokenizer.ggml.tokens", tokens);
}

std::int64_t llamaParams(const TinyLlama& m) {
    const std::int64_t head_dim = m.hidden / m.heads;
    const std::int64_t per_layer =
        2 * m.hidden + m.hidden * m.heads * head_dim * 2 + 2 * m.hidden * m.kv_heads * head_dim + 3 * m.hidden * m.ff;
    return 2 * m.vocab * m.hidden + m.layers * per_layer + m.hidden;
}

// The message of the FormatError fn throws; fails the test when it throws nothing or another type.
std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const FormatError& error) {
        return error.what();
    } catch (const std::exception& error) {
        return std::string("WRONG EXCEPTION TYPE: ") + error.what();
    }
    return "NO ERROR";
}

std::string parseError(const std::string& bytes) {
    return errorOf([&] { parseGgufHeader(bytes, "hostile.gguf"); });
}

void putU64(std::string& bytes, std::size_t offset, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) {
        bytes[offset + static_cast<std::size_t>(i)] = static_cast<char>(value >> (8 * i));
    }
}

std::string minimalHeader(std::uint64_t tensors, std::uint64_t metadata) {
    Bytes b;
    b.u32(0x46554747);
    b.u32(3);
    b.u64(tensors);
    b.u64(metadata);
    return b.data();
}

} // namespace

class TestGgufReader : public QObject {
    Q_OBJECT

private slots:
    void everyGgmlType_bytesAreExact_data();
    void everyGgmlType_bytesAreExact();
    void version2_isRead();
    void metadata_scalarsArraysAndTokenCount();
    void llamaFile_mapsToSpec_andCountsAgree();
    void perLayerKvHeads_areReported();
    void mixtral_expertsMapped();
    void gemma2_slidingWindowPattern();
    void slidingWindowPatternArray_isDecoded();
    void deepseek2_mlaMapped();
    void gpt2_layerNormBiasesLearnedPositions();
    void q4kmMixture_histogramByType();
    void splitGguf_partsAreMerged();
    void splitGguf_missingPart_isAnError();
    void everyTruncation_isACleanError();
    void hostileFiles_areRejected_data();
    void hostileFiles_areRejected();
    void hugeTokenList_isCountedNotKept();
    void missingFile_namesTheFile();

private:
    QTemporaryDir m_dir;
    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }
};

void TestGgufReader::everyGgmlType_bytesAreExact_data() {
    QTest::addColumn<int>("type");
    for (const auto& block : fitscope::testing::ggmlBlocks()) {
        QTest::newRow(block.name) << static_cast<int>(block.type);
    }
}

void TestGgufReader::everyGgmlType_bytesAreExact() {
    QFETCH(int, type);
    const auto& block = fitscope::testing::ggmlBlock(static_cast<std::uint32_t>(type));
    GgufWriter w;
    w.str("general.architecture", "llama");
    // Four blocks per row, three rows: bytes = 12 blocks.
    w.tensor("t", {4 * block.block_elements, 3}, static_cast<std::uint32_t>(type));
    const GgufFile file = parseGgufHeader(w.bytes(), "types.gguf");
    QCOMPARE(file.tensors.size(), std::size_t{1});
    QCOMPARE(file.tensors[0].elements, 12 * block.block_elements);
    QCOMPARE(file.tensors[0].bytes, 12 * block.block_bytes);
    QCOMPARE(ggmlTypeName(static_cast<std::uint32_t>(type)), std::string(block.name));
    QCOMPARE(file.tensorBytes(), 12 * block.block_bytes);
}

void TestGgufReader::version2_isRead() {
    GgufWriter w;
    w.version = 2;
    w.str("general.architecture", "llama");
    w.tensor("a", {32}, 8);
    const GgufFile file = parseGgufHeader(w.bytes(), "v2.gguf");
    QCOMPARE(file.version, 2u);
    QCOMPARE(file.tensors[0].bytes, std::int64_t{34});
}

void TestGgufReader::metadata_scalarsArraysAndTokenCount() {
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.u64("a.u64", 1ull << 40);
    w.i32("a.i32", -7);
    w.f32("a.f32", 0.5f);
    w.boolean("a.bool", true);
    w.i32Array("a.arr", {1, 2, 3});
    w.u32("general.alignment", 64);
    w.alignment = 64;
    w.tensor("x", {64, 2}, 1);
    w.tensor("y", {3}, 0);
    const GgufFile file = parseGgufHeader(w.bytes(), "meta.gguf");
    QCOMPARE(file.intValue("a.u64").value(), std::int64_t{1} << 40);
    QCOMPARE(file.intValue("a.i32").value(), std::int64_t{-7});
    QCOMPARE(file.floatValue("a.f32").value(), 0.5);
    QCOMPARE(file.intValue("a.bool").value(), std::int64_t{1});
    QCOMPARE(file.find("a.arr")->asIntArray().value(), (std::vector<std::int64_t>{1, 2, 3}));
    QCOMPARE(file.alignment_bytes, std::uint64_t{64});
    QCOMPARE(file.data_offset_bytes % 64, std::uint64_t{0});
    QCOMPARE(file.tensors[1].offset_bytes, std::uint64_t{256});
    QCOMPARE(file.find("a.arr")->display(), std::string("[3 x i32] 1, 2, 3"));
}

void TestGgufReader::llamaFile_mapsToSpec_andCountsAgree() {
    const TinyLlama m;
    GgufWriter w;
    addLlamaMetadata(w, m);
    w.u32("general.file_type", 1);
    addLlamaTensors(w, m, 1);
    w.write(path("llama.gguf"));
    const ModelFileInfo info = inspectModelPath(path("llama.gguf"));
    QCOMPARE(info.format, ModelFileFormat::Gguf);
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    const sizing::ModelSpec& spec = *info.spec;
    QCOMPARE(spec.model_type, std::string("llama"));
    QCOMPARE(spec.display_name, std::string("Tiny Llama"));
    QCOMPARE(spec.vocab_size, m.vocab);
    QCOMPARE(spec.hidden_size, m.hidden);
    QCOMPARE(spec.num_layers, m.layers);
    QCOMPARE(spec.num_heads, m.heads);
    QCOMPARE(spec.num_kv_heads, m.kv_heads);
    QCOMPARE(spec.head_dim, m.hidden / m.heads);
    QCOMPARE(spec.intermediate_size, m.ff);
    QCOMPARE(spec.max_positions, std::int64_t{4096});
    QVERIFY(!spec.tied_embeddings);
    QCOMPARE(spec.norm_kind, sizing::NormKind::RmsNorm);
    QCOMPARE(spec.mlp_kind, sizing::MlpKind::Gated);
    QCOMPARE(info.context_length, std::int64_t{4096});
    QCOMPARE(info.tensor_parameters, llamaParams(m));
    QCOMPARE(info.formula_parameters, llamaParams(m));
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
    // F16 matrices, F32 norms.
    const std::int64_t norm_elements = (2 * m.layers + 1) * m.hidden;
    QCOMPARE(info.weight_bytes, 2 * (llamaParams(m) - norm_elements) + 4 * norm_elements);
    QCOMPARE(info.quantization, std::string("F16"));
    QCOMPARE(info.tensors.size(), std::size_t{3 + 9 * 2});
}

void TestGgufReader::perLayerKvHeads_areReported() {
    TinyLlama m;
    m.layers = 3;
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.u32("llama.embedding_length", 64);
    w.u32("llama.block_count", 3);
    w.u32("llama.feed_forward_length", 128);
    w.i32Array("llama.attention.head_count", {4, 4, 4});
    w.i32Array("llama.attention.head_count_kv", {1, 2, 4});
    addLlamaTensors(w, m, 0);
    w.write(path("perlayer.gguf"));
    const ModelFileInfo info = inspectModelPath(path("perlayer.gguf"));
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QCOMPARE(info.spec->num_heads, std::int64_t{4});
    QCOMPARE(info.spec->num_kv_heads, std::int64_t{4}); // the largest, so the KV cache is not underestimated
    QCOMPARE(info.kv_heads_per_layer, (std::vector<std::int64_t>{1, 2, 4}));
}

void TestGgufReader::mixtral_expertsMapped() {
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.u32("llama.embedding_length", 64);
    w.u32("llama.block_count", 1);
    w.u32("llama.feed_forward_length", 96);
    w.u32("llama.attention.head_count", 4);
    w.u32("llama.attention.head_count_kv", 4);
    w.u32("llama.expert_count", 8);
    w.u32("llama.expert_used_count", 2);
    w.tensor("token_embd.weight", {64, 10}, 0);
    w.tensor("blk.0.ffn_gate_inp.weight", {64, 8}, 0);
    w.tensor("blk.0.ffn_gate_exps.weight", {64, 96, 8}, 0);
    w.tensor("blk.0.ffn_up_exps.weight", {64, 96, 8}, 0);
    w.tensor("blk.0.ffn_down_exps.weight", {96, 64, 8}, 0);
    w.write(path("mixtral.gguf"));
    const ModelFileInfo info = inspectModelPath(path("mixtral.gguf"));
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QCOMPARE(info.spec->model_type, std::string("mixtral"));
    QCOMPARE(info.spec->moe.num_experts, std::int64_t{8});
    QCOMPARE(info.spec->moe.experts_per_token, std::int64_t{2});
    QCOMPARE(info.spec->moe.expert_intermediate_size, std::int64_t{96});
    QVERIFY(info.spec->tied_embeddings);
    bool found = false;
    for (const GroupUsage& g : info.groups) {
        if (g.group == "expert_up") {
            QCOMPARE(g.parameters, std::int64_t{64 * 96 * 8});
            QCOMPARE(g.role, std::optional<sizing::TensorRole>(sizing::TensorRole::ExpertUp));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestGgufReader::gemma2_slidingWindowPattern() {
    TinyLlama m;
    GgufWriter w;
    addLlamaMetadata(w, m, "gemma2");
    w.u32("gemma2.attention.sliding_window", 4096);
    w.u32("gemma2.attention.key_length", 32);
    w.u32("gemma2.attention.value_length", 32);
    addLlamaTensors(w, m, 0);
    w.tensor("blk.0.post_attention_norm.weight", {64}, 0);
    w.tensor("blk.0.post_ffw_norm.weight", {64}, 0);
    const ModelFileInfo info = [&] {
        w.write(path("gemma2.gguf"));
        return inspectModelPath(path("gemma2.gguf"));
    }();
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QCOMPARE(info.spec->sliding_window.window_tokens, std::int64_t{4096});
    QCOMPARE(info.spec->sliding_window.period, std::int64_t{2});
    QCOMPARE(info.spec->sliding_window.sliding_per_period, std::int64_t{1});
    QCOMPARE(info.spec->head_dim, std::int64_t{32}); // key_length, not hidden / heads
    QCOMPARE(info.spec->norms_per_layer, std::int64_t{4});
}

void TestGgufReader::slidingWindowPatternArray_isDecoded() {
    TinyLlama m;
    m.layers = 6;
    GgufWriter w;
    addLlamaMetadata(w, m, "gemma3");
    w.u32("gemma3.attention.sliding_window", 1024);
    w.boolArray("gemma3.attention.sliding_window_pattern", {true, true, true, false, true, true});
    addLlamaTensors(w, m, 0);
    w.write(path("gemma3.gguf"));
    const ModelFileInfo info = inspectModelPath(path("gemma3.gguf"));
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    // [T T T F] repeats with period 4 over the layers shown: 3 of every 4 slide.
    QCOMPARE(info.spec->sliding_window.period, std::int64_t{4});
    QCOMPARE(info.spec->sliding_window.sliding_per_period, std::int64_t{3});
}

void TestGgufReader::deepseek2_mlaMapped() {
    GgufWriter w;
    w.str("general.architecture", "deepseek2");
    w.u32("deepseek2.embedding_length", 256);
    w.u32("deepseek2.block_count", 2);
    w.u32("deepseek2.feed_forward_length", 512);
    w.u32("deepseek2.attention.head_count", 8);
    w.u32("deepseek2.attention.head_count_kv", 1);
    w.u32("deepseek2.attention.key_length", 576);
    w.u32("deepseek2.attention.value_length", 512);
    w.u32("deepseek2.attention.key_length_mla", 192);
    w.u32("deepseek2.attention.value_length_mla", 128);
    w.u32("deepseek2.attention.kv_lora_rank", 512);
    w.u32("deepseek2.attention.q_lora_rank", 1536);
    w.u32("deepseek2.rope.dimension_count", 64);
    w.u32("deepseek2.expert_count", 16);
    w.u32("deepseek2.expert_used_count", 4);
    w.u32("deepseek2.expert_shared_count", 1);
    w.u32("deepseek2.expert_feed_forward_length", 128);
    w.u32("deepseek2.leading_dense_block_count", 1);
    w.tensor("token_embd.weight", {256, 10}, 0);
    w.tensor("blk.1.exp_probs_b.bias", {16}, 0);
    w.write(path("deepseek.gguf"));
    const ModelFileInfo info = inspectModelPath(path("deepseek.gguf"));
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(s.model_type, std::string("deepseek_v3"));
    QCOMPARE(s.mla.kv_lora_rank, std::int64_t{512});
    QCOMPARE(s.mla.q_lora_rank, std::int64_t{1536});
    QCOMPARE(s.mla.qk_rope_head_dim, std::int64_t{64});
    QCOMPARE(s.mla.qk_nope_head_dim, std::int64_t{128});
    QCOMPARE(s.mla.v_head_dim, std::int64_t{128});
    QCOMPARE(s.moe.shared_experts, std::int64_t{1});
    QCOMPARE(s.moe.first_dense_layers, std::int64_t{1});
    QCOMPARE(s.moe.expert_intermediate_size, std::int64_t{128});
    QVERIFY(s.moe.router_bias);
}

void TestGgufReader::gpt2_layerNormBiasesLearnedPositions() {
    GgufWriter w;
    w.str("general.architecture", "gpt2");
    w.u32("gpt2.context_length", 1024);
    w.u32("gpt2.embedding_length", 64);
    w.u32("gpt2.block_count", 1);
    w.u32("gpt2.feed_forward_length", 256);
    w.u32("gpt2.attention.head_count", 4);
    w.tensor("token_embd.weight", {64, 50}, 0);
    w.tensor("position_embd.weight", {64, 1024}, 0);
    w.tensor("blk.0.attn_norm.weight", {64}, 0);
    w.tensor("blk.0.attn_norm.bias", {64}, 0);
    w.tensor("blk.0.attn_qkv.weight", {64, 192}, 0);
    w.tensor("blk.0.attn_qkv.bias", {192}, 0);
    w.tensor("blk.0.attn_output.weight", {64, 64}, 0);
    w.tensor("blk.0.attn_output.bias", {64}, 0);
    w.tensor("blk.0.ffn_norm.weight", {64}, 0);
    w.tensor("blk.0.ffn_norm.bias", {64}, 0);
    w.tensor("blk.0.ffn_up.weight", {64, 256}, 0);
    w.tensor("blk.0.ffn_up.bias", {256}, 0);
    w.tensor("blk.0.ffn_down.weight", {256, 64}, 0);
    w.tensor("blk.0.ffn_down.bias", {64}, 0);
    w.tensor("output_norm.weight", {64}, 0);
    w.tensor("output_norm.bias", {64}, 0);
    w.write(path("gpt2.gguf"));
    const ModelFileInfo info = inspectModelPath(path("gpt2.gguf"));
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    const sizing::ModelSpec& s = *info.spec;
    QCOMPARE(s.norm_kind, sizing::NormKind::LayerNorm);
    QCOMPARE(s.mlp_kind, sizing::MlpKind::Plain);
    QCOMPARE(s.position_kind, sizing::PositionKind::Learned);
    QVERIFY(s.qkv_bias && s.attn_out_bias && s.mlp_bias && s.fused_qkv && s.tied_embeddings);
    QCOMPARE(s.vocab_size, std::int64_t{50});
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
}

void TestGgufReader::q4kmMixture_histogramByType() {
    // llama.cpp's Q4_K_M rule (quant-formats.md §1.3): Q4_K by default, Q6_K for the output and for
    // attn_v / ffn_down on "more bits" layers; here layer 0 gets Q6_K, layer 1 Q4_K. Rows of 256.
    TinyLlama m;
    m.hidden = 256;
    m.ff = 512;
    m.heads = 4;
    m.kv_heads = 4;
    m.vocab = 32;
    GgufWriter w;
    addLlamaMetadata(w, m);
    w.u32("general.file_type", 15);
    addLlamaTensors(w, m, 12, [](const std::string& name, std::int64_t layer) -> std::uint32_t {
        if (name == "output" || ((name == "attn_v" || name == "ffn_down") && layer == 0)) {
            return 14; // Q6_K
        }
        return 12; // Q4_K
    });
    w.write(path("q4km.gguf"));
    const ModelFileInfo info = inspectModelPath(path("q4km.gguf"));
    QCOMPARE(info.quantization, std::string("Q4_K_M"));
    std::map<std::string, TypeUsage> byType;
    for (const TypeUsage& t : info.types) {
        byType[t.dtype] = t;
    }
    QCOMPARE(byType.size(), std::size_t{3});
    const std::int64_t h = 256, ff = 512, v = 32;
    // Q6_K: output (v×h), blk.0.attn_v (h×h), blk.0.ffn_down (ff×h).
    QCOMPARE(byType["Q6_K"].tensors, std::int64_t{3});
    QCOMPARE(byType["Q6_K"].bytes, (v * h + h * h + ff * h) / 256 * 210);
    // Q4_K: token_embd, 2×(q,k,o,gate,up), blk.1.attn_v, blk.1.ffn_down.
    QCOMPARE(byType["Q4_K"].tensors, std::int64_t{1 + 2 * 5 + 2});
    QCOMPARE(byType["Q4_K"].bytes, (v * h + 2 * (3 * h * h + 2 * h * ff) + h * h + ff * h) / 256 * 144);
    QCOMPARE(byType["F32"].tensors, std::int64_t{5});
    QCOMPARE(byType["F32"].bytes, 5 * h * 4);
    QCOMPARE(info.types.front().dtype, std::string("Q4_K")); // largest first
}

void TestGgufReader::splitGguf_partsAreMerged() {
    const TinyLlama m;
    GgufWriter first;
    addLlamaMetadata(first, m);
    first.u32("split.no", 0);
    first.u32("split.count", 2);
    first.i32("split.tensors.count", 3);
    first.tensor("token_embd.weight", {64, 100}, 1);
    first.tensor("output_norm.weight", {64}, 0);
    first.write(path("model-00001-of-00002.gguf"));
    GgufWriter second;
    second.u32("split.no", 1);
    second.u32("split.count", 2);
    second.tensor("output.weight", {64, 100}, 8);
    second.write(path("model-00002-of-00002.gguf"));

    const ModelFileInfo info = inspectModelPath(path("model-00001-of-00002.gguf"));
    QCOMPARE(info.files.size(), std::size_t{2});
    QCOMPARE(info.tensors.size(), std::size_t{3});
    QCOMPARE(info.weight_bytes, std::int64_t{64 * 100 * 2 + 64 * 4 + 64 * 100 / 32 * 34});
    QCOMPARE(info.tensors[2].file_index, 1);
    QVERIFY(info.spec.has_value());
    QVERIFY(!info.spec->tied_embeddings);
}

void TestGgufReader::splitGguf_missingPart_isAnError() {
    GgufWriter first;
    first.str("general.architecture", "llama");
    first.u32("split.count", 3);
    first.write(path("lonely-00001-of-00003.gguf"));
    const std::string message = errorOf([&] { inspectModelPath(path("lonely-00001-of-00003.gguf")); });
    QVERIFY2(message.find("lonely-00002-of-00003.gguf") != std::string::npos, message.c_str());
    QVERIFY2(message.find("missing") != std::string::npos, message.c_str());
}

void TestGgufReader::everyTruncation_isACleanError() {
    const TinyLlama m;
    GgufWriter w;
    addLlamaMetadata(w, m);
    addLlamaTensors(w, m, 8);
    const std::string bytes = w.bytes();
    // Every prefix that cuts the header or a tensor's data is rejected with FormatError.
    std::size_t accepted = 0;
    for (std::size_t length = 0; length < bytes.size(); length += (length < 4096 ? 1 : 97)) {
        try {
            parseGgufHeader(std::string_view(bytes).substr(0, length), "cut.gguf");
            ++accepted;
        } catch (const FormatError& error) {
            QVERIFY(std::string(error.what()).rfind("cut.gguf: ", 0) == 0);
        }
    }
    QCOMPARE(accepted, std::size_t{0});
    QVERIFY(parseGgufHeader(bytes, "whole.gguf").tensors.size() == 21);
}

void TestGgufReader::hostileFiles_areRejected_data() {
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<std::string>("expected");

    GgufWriter base;
    base.str("general.architecture", "llama");
    base.tensor("a", {32, 2}, 8);
    const std::string good = base.bytes();

    QTest::newRow("empty file") << std::string() << std::string("truncated");
    QTest::newRow("not GGUF") << std::string("PK\3\4 a zip file") << std::string("not a GGUF file");
    {
        std::string b = good;
        b[4] = 1;
        QTest::newRow("version 1") << b << std::string("version 1 is not supported");
        b[4] = 9;
        QTest::newRow("version 9") << b << std::string("unsupported GGUF version 9");
        b[4] = 0;
        b[7] = 3;
        QTest::newRow("big-endian") << b << std::string("big-endian");
    }
    {
        std::string b = good;
        putU64(b, 8, 1ull << 63);
        QTest::newRow("tensor count 2^63") << b << std::string("tensor count");
        b = good;
        putU64(b, 16, ~0ull);
        QTest::newRow("metadata count 2^64-1") << b << std::string("metadata count");
        b = good;
        putU64(b, 8, 5000);
        QTest::newRow("tensor count beyond the file") << b << std::string("cannot fit");
        b = good;
        putU64(b, 24, ~0ull - 3); // the first key's length
        QTest::newRow("key length near 2^64") << b << std::string("limit");
    }
    {
        std::string b = minimalHeader(0, 1);
        Bytes k;
        k.str("general.name");
        k.u32(8);
        k.u64(~0ull - 100);
        QTest::newRow("string length near 2^64") << b + k.data() << std::string("limit");
    }
    {
        Bytes k;
        k.str("tokens");
        k.u32(9);
        k.u32(8);
        k.u64(1ull << 62);
        QTest::newRow("array length 2^62") << minimalHeader(0, 1) + k.data() << std::string("elements");
    }
    {
        // The value type of the entry is an array whose elements are arrays, ten levels deep.
        Bytes entry;
        entry.str("nested");
        entry.u32(9);
        for (int i = 0; i < 10; ++i) {
            entry.u32(9);
            entry.u64(1);
        }
        entry.u32(0);
        entry.u64(0);
        QTest::newRow("arrays nested 10 deep") << minimalHeader(0, 1) + entry.data() << std::string("nests arrays");
    }
    {
        GgufWriter w;
        w.tensor("big", {1ll << 40, 1ll << 40}, 0);
        QTest::newRow("dimensions overflow 64 bits") << w.bytes(false) << std::string("beyond 64 bits");
        GgufWriter w5;
        w5.tensor("five", {1, 1, 1, 1, 1}, 0);
        QTest::newRow("five dimensions") << w5.bytes(false) << std::string("5 dimensions");
        GgufWriter wn;
        wn.tensor("neg", {-4}, 0);
        QTest::newRow("negative dimension") << wn.bytes(false) << std::string("negative dimension");
        GgufWriter wt;
        wt.tensor("removed", {32}, 31);
        QTest::newRow("removed type 31") << wt.bytes(false) << std::string("unknown type 31");
        GgufWriter wu;
        wu.tensor("unknown", {32}, 1000);
        QTest::newRow("unknown type 1000") << wu.bytes(false) << std::string("unknown type 1000");
        GgufWriter wb;
        wb.tensor("partial", {100, 2}, 12);
        QTest::newRow("row not whole blocks") << wb.bytes(false) << std::string("not whole Q4_K blocks");
        GgufWriter wd;
        wd.tensor("same", {4}, 0);
        wd.tensor("same", {4}, 0);
        QTest::newRow("duplicate tensor name") << wd.bytes() << std::string("duplicate tensor name 'same'");
        GgufWriter wk;
        wk.u32("k", 1);
        wk.u32("k", 2);
        QTest::newRow("duplicate key") << wk.bytes() << std::string("duplicate metadata key 'k'");
        GgufWriter wx;
        wx.u32("bad\xff\xfe", 1);
        QTest::newRow("invalid UTF-8 key") << wx.bytes() << std::string("not valid UTF-8");
        GgufWriter wy;
        wy.tensor("bad\xc0\x80name", {4}, 0);
        QTest::newRow("invalid UTF-8 tensor name (overlong)") << wy.bytes() << std::string("not valid UTF-8");
        GgufWriter wa;
        wa.u32("general.alignment", 3);
        QTest::newRow("alignment not a power of two") << wa.bytes() << std::string("power of two");
        GgufWriter wbool;
        wbool.add("flag", 7, std::string(1, '\x02'));
        QTest::newRow("bool value 2") << wbool.bytes() << std::string("bool value 2");
        GgufWriter wvt;
        wvt.add("what", 13, std::string(8, '\0'));
        QTest::newRow("unknown value type 13") << wvt.bytes() << std::string("unknown value type 13");
    }
    {
        // Offsets: misaligned, past the end, overlapping. Patch the offsets written by the writer.
        GgufWriter w;
        w.tensor("a", {8}, 0);
        w.tensor("b", {8}, 0);
        std::string b = w.bytes();
        const std::size_t info_b = b.find(std::string("\x01\0\0\0\0\0\0\0b", 9));
        const std::size_t offset_field = info_b + 9 + 4 + 8 + 4;
        std::string mis = b;
        putU64(mis, offset_field, 4);
        QTest::newRow("misaligned offset") << mis << std::string("not a multiple of the alignment");
        std::string past = b;
        putU64(past, offset_field, 1ull << 40);
        QTest::newRow("offset past the end") << past << std::string("extends past the end");
        std::string wrap = b;
        putU64(wrap, offset_field, ~0ull - 31);
        QTest::newRow("offset near 2^64") << wrap << std::string("extends past the end");
        std::string overlap = b;
        putU64(overlap, offset_field, 0);
        QTest::newRow("overlapping tensors") << overlap << std::string("overlap");
    }
}

void TestGgufReader::hostileFiles_areRejected() {
    QFETCH(std::string, bytes);
    QFETCH(std::string, expected);
    const std::string message = parseError(bytes);
    QVERIFY2(message.rfind("hostile.gguf: ", 0) == 0, message.c_str());
    QVERIFY2(message.find(expected) != std::string::npos, message.c_str());
    QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
}

void TestGgufReader::hugeTokenList_isCountedNotKept() {
    GgufWriter w;
    w.str("general.architecture", "llama");
    std::vector<std::string> tokens(20000, "t");
    w.strArray("tokenizer.ggml.tokens", tokens);
    const GgufFile file = parseGgufHeader(w.bytes(), "tokens.gguf");
    const GgufValue* value = file.find("tokenizer.ggml.tokens");
    QVERIFY(value);
    QCOMPARE(value->array_length, std::uint64_t{20000});
    QVERIFY(!value->elements_kept);
    QVERIFY(value->elements.empty());
}

void TestGgufReader::missingFile_namesTheFile() {
    const std::string message = errorOf([&] { readGgufHeader(path("nothing.gguf")); });
    QVERIFY2(message.find("nothing.gguf") != std::string::npos, message.c_str());
    QVERIFY2(message.find("no such file") != std::string::npos, message.c_str());
}

QTEST_GUILESS_MAIN(TestGgufReader)
#include "test_gguf_reader.moc"
