// safetensors header reader and Hugging Face folders: exact sizes, sharded models with an index,
// GPTQ and FP8 checkpoints (logical parameters), and every kind of hostile header.
#include "core/formats/hf_config.h"
#include "core/formats/json_depth.h"
#include "core/formats/model_file.h"
#include "core/formats/safetensors_reader.h"
#include "test_file_writers.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(std::string)

using namespace fitscope;
using namespace fitscope::formats;
using fitscope::testing::SafetensorsEntry;

namespace {

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

const char* const k_llama_config = R"({
  "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 100, "hidden_size": 64,
  "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
  "max_position_embeddings": 2048, "rms_norm_eps": 1e-5, "tie_word_embeddings": false, "torch_dtype": "bfloat16"%s
})";

std::string llamaConfig(const std::string& extra = {}) {
    std::string text = k_llama_config;
    const auto at = text.find("%s");
    return text.replace(at, 2, extra);
}

// The tensors of that config in Hugging Face names. linear(name, out, in) makes each projection.
std::vector<SafetensorsEntry> llamaTensors(
    const std::string& dtype,
    const std::function<std::vector<SafetensorsEntry>(const std::string&, std::int64_t, std::int64_t)>& linear = {}) {
    const std::int64_t h = 64, ff = 128, kv = 32, v = 100;
    std::vector<SafetensorsEntry> out;
    auto add = [&](const std::string& name, std::int64_t rows, std::int64_t cols) {
        if (linear) {
            for (auto& e : linear(name, rows, cols)) {
                out.push_back(e);
            }
        } else {
            out.push_back({name + ".weight", dtype, {rows, cols}, {}});
        }
    };
    out.push_back({"model.embed_tokens.weight", dtype, {v, h}, {}});
    for (int i = 0; i < 2; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        out.push_back({p + "input_layernorm.weight", dtype, {h}, {}});
        add(p + "self_attn.q_proj", h, h);
        add(p + "self_attn.k_proj", kv, h);
        add(p + "self_attn.v_proj", kv, h);
        add(p + "self_attn.o_proj", h, h);
        out.push_back({p + "post_attention_layernorm.weight", dtype, {h}, {}});
        add(p + "mlp.gate_proj", ff, h);
        add(p + "mlp.up_proj", ff, h);
        add(p + "mlp.down_proj", h, ff);
    }
    out.push_back({"model.norm.weight", dtype, {h}, {}});
    out.push_back({"lm_head.weight", dtype, {v, h}, {}});
    return out;
}

// 2·v·h + per layer (2h + 2h² + 2·32·h + 3·h·ff) + h.
constexpr std::int64_t k_llama_params = 2 * 100 * 64 + 2 * (2 * 64 + 2 * 64 * 64 + 2 * 32 * 64 + 3 * 64 * 128) + 64;

} // namespace

class TestSafetensorsReader : public QObject {
    Q_OBJECT

private slots:
    void singleFile_exactBytesAndMetadata();
    void shardedModel_indexConfigAndCountsAgree();
    void folderWithoutIndex_readsEveryShard();
    void gptqCheckpoint_countsLogicalParameters();
    void awqCheckpoint_countsLogicalParameters();
    void fp8Checkpoint_scalesAreMetadata();
    void configOnly_givesSpec();
    void everyTruncation_isACleanError();
    void hostileHeaders_areRejected_data();
    void hostileHeaders_areRejected();
    void headerLengthBeyondFile_isRejected();
    void deepNesting_isBounded();
    void index_pathEscape_isRejected();
    void index_missingShard_isRejected();
    void index_wrongShard_isRejected();
    void brokenConfig_weightsStillShown();

private:
    QTemporaryDir m_dir;
    std::filesystem::path dir(const std::string& name) const {
        auto p = std::filesystem::path(m_dir.path().toStdString()) / name;
        std::filesystem::create_directories(p);
        return p;
    }
};

void TestSafetensorsReader::singleFile_exactBytesAndMetadata() {
    const std::vector<SafetensorsEntry> entries = {
        {"a", "F32", {3, 5}, {}},      {"b", "F16", {7}, {}}, {"c", "BF16", {2, 2, 2}, {}}, {"d", "I32", {4}, {}},
        {"e", "F8_E4M3", {16, 3}, {}}, {"f", "I64", {}, {}},  {"g", "BOOL", {0, 9}, {}},
    };
    const std::string bytes = fitscope::testing::safetensorsFile(entries, {{"format", "pt"}});
    const SafetensorsFile file = parseSafetensorsHeader(bytes, "one.safetensors");
    QCOMPARE(file.tensors.size(), entries.size());
    QCOMPARE(file.tensors[0].bytes, std::int64_t{60});
    QCOMPARE(file.tensors[1].bytes, std::int64_t{14});
    QCOMPARE(file.tensors[2].bytes, std::int64_t{16});
    QCOMPARE(file.tensors[4].bytes, std::int64_t{48});
    QCOMPARE(file.tensors[5].elements, std::int64_t{1}); // a scalar
    QCOMPARE(file.tensors[6].bytes, std::int64_t{0});
    QCOMPARE(file.tensorBytes(), std::int64_t{60 + 14 + 16 + 16 + 48 + 8});
    QCOMPARE(file.metadata.size(), std::size_t{1});
    QCOMPARE(file.metadata[0].second, std::string("pt"));
    QCOMPARE(file.data_offset_bytes + static_cast<std::uint64_t>(file.tensorBytes()), file.file_size_bytes);
}

void TestSafetensorsReader::shardedModel_indexConfigAndCountsAgree() {
    const auto folder = dir("sharded");
    fitscope::testing::writeFile(folder / "config.json", llamaConfig());
    const auto tensors = llamaTensors("BF16");
    const std::vector<SafetensorsEntry> first(tensors.begin(), tensors.begin() + 10);
    const std::vector<SafetensorsEntry> second(tensors.begin() + 10, tensors.end());
    fitscope::testing::writeFile(folder / "model-00001-of-00002.safetensors",
                                 fitscope::testing::safetensorsFile(first));
    fitscope::testing::writeFile(folder / "model-00002-of-00002.safetensors",
                                 fitscope::testing::safetensorsFile(second));
    std::string index =
        R"({"metadata": {"total_size": )" + std::to_string(2 * k_llama_params) + R"(}, "weight_map": {)";
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        index += (i ? "," : "") + std::string("\"") + tensors[i].name + "\": \"model-0000" + (i < 10 ? "1" : "2") +
                 "-of-00002.safetensors\"";
    }
    index += "}}";
    fitscope::testing::writeFile(folder / "model.safetensors.index.json", index);

    const ModelFileInfo info = inspectModelPath(folder);
    QCOMPARE(info.format, ModelFileFormat::Safetensors);
    QCOMPARE(info.files.size(), std::size_t{4}); // index, config, two shards
    QVERIFY2(info.spec.has_value(), info.spec_note.c_str());
    QCOMPARE(info.tensors.size(), tensors.size());
    QCOMPARE(info.tensor_parameters, k_llama_params);
    QCOMPARE(info.formula_parameters, k_llama_params);
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
    QCOMPARE(info.weight_bytes, 2 * k_llama_params);
    QCOMPARE(info.quantization, std::string("BF16"));
    QVERIFY2(info.warnings.empty(), info.warnings.empty() ? "" : info.warnings.front().c_str());
    QCOMPARE(info.context_length, std::int64_t{2048});
    // Groups: the engine's roles with exact bytes.
    std::int64_t q_bytes = 0;
    for (const GroupUsage& g : info.groups) {
        if (g.group == "attn_q") {
            q_bytes = g.bytes;
            QCOMPARE(g.role, std::optional<sizing::TensorRole>(sizing::TensorRole::AttnQ));
        }
    }
    QCOMPARE(q_bytes, std::int64_t{2 * 2 * 64 * 64});
}

void TestSafetensorsReader::folderWithoutIndex_readsEveryShard() {
    const auto folder = dir("noindex");
    fitscope::testing::writeFile(folder / "config.json", llamaConfig());
    const auto tensors = llamaTensors("F32");
    fitscope::testing::writeFile(folder / "a.safetensors",
                                 fitscope::testing::safetensorsFile({tensors.begin(), tensors.begin() + 3}));
    fitscope::testing::writeFile(folder / "b.safetensors",
                                 fitscope::testing::safetensorsFile({tensors.begin() + 3, tensors.end()}));
    const ModelFileInfo info = inspectModelPath(folder);
    QCOMPARE(info.tensor_parameters, k_llama_params);
    QCOMPARE(info.weight_bytes, 4 * k_llama_params);
    QVERIFY(!info.parameters_mismatch);
}

void TestSafetensorsReader::gptqCheckpoint_countsLogicalParameters() {
    // GPTQ (AutoGPTQ layout): qweight int32 [in/8, out], qzeros int32 [in/g, out/8],
    // scales f16 [in/g, out], g_idx int32 [in]; 4 bits, group 32.
    const auto folder = dir("gptq");
    fitscope::testing::writeFile(folder / "config.json", llamaConfig(R"(, "quantization_config": {"quant_method":
        "gptq", "bits": 4, "group_size": 32, "desc_act": false})"));
    const auto tensors = llamaTensors("F16", [](const std::string& name, std::int64_t out, std::int64_t in) {
        return std::vector<SafetensorsEntry>{
            {name + ".qweight", "I32", {in / 8, out}, {}},
            {name + ".qzeros", "I32", {in / 32, out / 8}, {}},
            {name + ".scales", "F16", {in / 32, out}, {}},
            {name + ".g_idx", "I32", {in}, {}},
        };
    });
    fitscope::testing::writeFile(folder / "model.safetensors", fitscope::testing::safetensorsFile(tensors));
    const ModelFileInfo info = inspectModelPath(folder);
    QCOMPARE(info.tensor_parameters, k_llama_params);
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
    QCOMPARE(info.quantization, std::string("GPTQ 4-bit, group 32"));
    std::int64_t meta_params = -1;
    std::int64_t meta_bytes = 0;
    for (const GroupUsage& g : info.groups) {
        if (g.group == "quant_meta") {
            meta_params = g.parameters;
            meta_bytes = g.bytes;
        }
    }
    QCOMPARE(meta_params, std::int64_t{0});
    QVERIFY(meta_bytes > 0);
    // Linear weights: 4 bits each, i.e. half a byte per parameter.
    const std::int64_t linear = 2 * (2 * 64 * 64 + 2 * 32 * 64 + 3 * 64 * 128);
    std::int64_t qweight_bytes = 0;
    for (const ModelTensor& t : info.tensors) {
        if (t.name.size() > 8 && t.name.substr(t.name.size() - 8) == ".qweight") {
            qweight_bytes += t.bytes;
        }
    }
    QCOMPARE(qweight_bytes, linear / 2);
}

void TestSafetensorsReader::awqCheckpoint_countsLogicalParameters() {
    // AWQ (GEMM layout): qweight int32 [in, out/8].
    const auto folder = dir("awq");
    fitscope::testing::writeFile(folder / "config.json", llamaConfig(R"(, "quantization_config": {"quant_method":
        "awq", "bits": 4, "group_size": 32, "version": "gemm"})"));
    const auto tensors = llamaTensors("F16", [](const std::string& name, std::int64_t out, std::int64_t in) {
        return std::vector<SafetensorsEntry>{
            {name + ".qweight", "I32", {in, out / 8}, {}},
            {name + ".qzeros", "I32", {in / 32, out / 8}, {}},
            {name + ".scales", "F16", {in / 32, out}, {}},
        };
    });
    fitscope::testing::writeFile(folder / "model.safetensors", fitscope::testing::safetensorsFile(tensors));
    const ModelFileInfo info = inspectModelPath(folder);
    QCOMPARE(info.tensor_parameters, k_llama_params);
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
}

void TestSafetensorsReader::fp8Checkpoint_scalesAreMetadata() {
    const auto folder = dir("fp8");
    fitscope::testing::writeFile(folder / "config.json", llamaConfig(R"(, "quantization_config": {"quant_method":
        "fp8", "fmt": "e4m3", "weight_block_size": [32, 32]})"));
    const auto tensors = llamaTensors("BF16", [](const std::string& name, std::int64_t out, std::int64_t in) {
        return std::vector<SafetensorsEntry>{
            {name + ".weight", "F8_E4M3", {out, in}, {}},
            {name + ".weight_scale_inv", "F32", {out / 32, in / 32}, {}},
        };
    });
    fitscope::testing::writeFile(folder / "model.safetensors", fitscope::testing::safetensorsFile(tensors));
    const ModelFileInfo info = inspectModelPath(folder);
    QCOMPARE(info.tensor_parameters, k_llama_params);
    QVERIFY2(!info.parameters_mismatch, info.parameters_note.c_str());
    QCOMPARE(info.quantization, std::string("FP8 (F8_E4M3)"));
}

void TestSafetensorsReader::configOnly_givesSpec() {
    const auto folder = dir("configonly");
    fitscope::testing::writeFile(folder / "config.json", llamaConfig());
    const ModelFileInfo info = inspectModelPath(folder / "config.json");
    QCOMPARE(info.format, ModelFileFormat::HfConfig);
    QVERIFY(info.spec.has_value());
    QCOMPARE(info.formula_parameters, k_llama_params);
    QVERIFY(info.tensors.empty());
    QCOMPARE(inspectModelPath(folder).format, ModelFileFormat::HfConfig);
}

void TestSafetensorsReader::everyTruncation_isACleanError() {
    const std::string bytes = fitscope::testing::safetensorsFile(llamaTensors("F16"));
    std::size_t accepted = 0;
    for (std::size_t length = 0; length < bytes.size(); length += (length < 3000 ? 1 : 101)) {
        try {
            parseSafetensorsHeader(std::string_view(bytes).substr(0, length), "cut.safetensors");
            ++accepted;
        } catch (const FormatError& error) {
            QVERIFY(std::string(error.what()).rfind("cut.safetensors: ", 0) == 0);
        }
    }
    QCOMPARE(accepted, std::size_t{0});
}

void TestSafetensorsReader::hostileHeaders_areRejected_data() {
    QTest::addColumn<std::string>("header");
    QTest::addColumn<std::string>("data");
    QTest::addColumn<std::string>("expected");
    const std::string d8(8, '\0');
    auto row = [&](const char* name, const std::string& header, const std::string& data, const char* expected) {
        QTest::newRow(name) << header << data << std::string(expected);
    };
    row("not an object", "[1, 2]", "", "not a JSON object");
    row("a string", "\"hello\"", "", "not a JSON object");
    row("invalid JSON", "{\"a\": {", "", "invalid JSON");
    row("trailing garbage", "{} x", "", "invalid JSON");
    row("invalid UTF-8 name", "{\"a\xff\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", d8,
        "invalid JSON");
    row("duplicate name",
        R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
        d8, "duplicate tensor name 'a'");
    row("unknown dtype", R"({"a":{"dtype":"F12","shape":[2],"data_offsets":[0,8]}})", d8, "unknown dtype 'F12'");
    row("dtype not a string", R"({"a":{"dtype":7,"shape":[2],"data_offsets":[0,8]}})", d8, "dtype string");
    row("negative dimension", R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", d8, "negative dimension");
    row("float dimension", R"({"a":{"dtype":"F32","shape":[2.5],"data_offsets":[0,8]}})", d8, "integers only");
    row("dimension beyond 2^64", R"({"a":{"dtype":"F32","shape":[99999999999999999999999],"data_offsets":[0,8]}})", d8,
        "integers only");
    row("shape overflows 64 bits", R"({"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})", d8,
        "beyond 64 bits");
    row("bytes overflow 64 bits", R"({"a":{"dtype":"F64","shape":[4611686018427387904],"data_offsets":[0,8]}})", d8,
        "overflows 64 bits");
    row("offsets disagree with shape", R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", d8, "do not match");
    row("offsets reversed", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", d8, "do not match");
    row("three offsets", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8,9]}})", d8, "more than two");
    row("one offset", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0]}})", d8, "needs two data_offsets");
    row("past the end (truncated)", R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", d8, "past the end");
    row("offset near 2^64",
        R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[18446744073709551608,18446744073709551615]}})", d8,
        "do not match");
    row("overlap",
        R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
        d8, "overlap");
    row("hole", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", d8, "hole");
    row("trailing bytes", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", d8, "after the last tensor");
    row("missing shape", R"({"a":{"dtype":"F32","data_offsets":[0,8]}})", d8, "lacks shape");
    row("unknown field", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"x":1}})", d8, "unknown field");
    row("repeated field", R"({"a":{"dtype":"F32","dtype":"F16","shape":[2],"data_offsets":[0,8]}})", d8, "repeats");
    row("entry not an object", R"({"a":[1,2]})", "", "not an object");
    row("metadata not strings", R"({"__metadata__":{"k":{"deep":1}}})", "", "not a string");
    row("nested objects", R"({"a":{"dtype":{"x":{}}}})", "", "an object");
}

void TestSafetensorsReader::hostileHeaders_areRejected() {
    QFETCH(std::string, header);
    QFETCH(std::string, data);
    QFETCH(std::string, expected);
    const std::string message = errorOf(
        [&] { parseSafetensorsHeader(fitscope::testing::safetensorsFile(header, data), "hostile.safetensors"); });
    QVERIFY2(message.rfind("hostile.safetensors: ", 0) == 0, message.c_str());
    QVERIFY2(message.find(expected) != std::string::npos, message.c_str());
    QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
}

void TestSafetensorsReader::headerLengthBeyondFile_isRejected() {
    fitscope::testing::Bytes b;
    b.u64(~0ull);
    b.raw("{}");
    QVERIFY(errorOf([&] { parseSafetensorsHeader(b.data(), "x.safetensors"); }).find("larger than the file") !=
            std::string::npos);
    fitscope::testing::Bytes c;
    c.u64(200'000'000);
    const std::string padded = c.data() + std::string(200'000'001, ' ');
    QVERIFY(errorOf([&] { parseSafetensorsHeader(padded, "x.safetensors"); }).find("beyond the limit") !=
            std::string::npos);
    QVERIFY(errorOf([&] { parseSafetensorsHeader(std::string("\x02\0\0", 3), "x.safetensors"); }).find("truncated") !=
            std::string::npos);
}

void TestSafetensorsReader::deepNesting_isBounded() {
    const std::string deep_arrays(10000, '[');
    QVERIFY(errorOf([&] {
                parseSafetensorsHeader(fitscope::testing::safetensorsFile(deep_arrays, ""), "d");
            }).find("not a JSON object") != std::string::npos);
    std::string deep_objects;
    for (int i = 0; i < 10000; ++i) {
        deep_objects += "{\"a\":";
    }
    QVERIFY(errorOf([&] {
                parseSafetensorsHeader(fitscope::testing::safetensorsFile(deep_objects, ""), "d");
            }).find("unknown field") != std::string::npos);
    // The shared depth check for DOM parsing (config.json, index files).
    QCOMPARE(jsonNestingDepth("{\"a\": [1, {\"b\": \"[[[[\"}]}"), 3);
    QVERIFY(errorOf([&] { parseJsonBounded(deep_arrays, "config.json"); }).find("nests deeper than 64") !=
            std::string::npos);
    QVERIFY(errorOf([&] { parseHfConfig(deep_objects, "config.json"); }).find("config.json") != std::string::npos);
}

void TestSafetensorsReader::index_pathEscape_isRejected() {
    const auto folder = dir("escape");
    fitscope::testing::writeFile(folder / "model.safetensors.index.json",
                                 R"({"weight_map": {"a": "../../etc/passwd"}})");
    const std::string message = errorOf([&] { inspectModelPath(folder); });
    QVERIFY2(message.find("not a file in the model's folder") != std::string::npos, message.c_str());
}

void TestSafetensorsReader::index_missingShard_isRejected() {
    const auto folder = dir("missing");
    fitscope::testing::writeFile(folder / "model.safetensors.index.json",
                                 R"({"weight_map": {"a": "model-00001-of-00002.safetensors"}})");
    const std::string message = errorOf([&] { inspectModelPath(folder); });
    QVERIFY2(message.find("missing shard") != std::string::npos, message.c_str());
}

void TestSafetensorsReader::index_wrongShard_isRejected() {
    const auto folder = dir("wrong");
    fitscope::testing::writeFile(folder / "one.safetensors",
                                 fitscope::testing::safetensorsFile({{"a", "F32", {2}, {}}}));
    fitscope::testing::writeFile(folder / "two.safetensors",
                                 fitscope::testing::safetensorsFile({{"b", "F32", {2}, {}}}));
    fitscope::testing::writeFile(folder / "model.safetensors.index.json",
                                 R"({"weight_map": {"a": "two.safetensors", "b": "one.safetensors"}})");
    const std::string message = errorOf([&] { inspectModelPath(folder); });
    QVERIFY2(message.find("as the index says") != std::string::npos, message.c_str());
}

void TestSafetensorsReader::brokenConfig_weightsStillShown() {
    const auto folder = dir("brokenconfig");
    fitscope::testing::writeFile(folder / "config.json", "{ not json");
    fitscope::testing::writeFile(folder / "model.safetensors",
                                 fitscope::testing::safetensorsFile({{"w", "F16", {4, 4}, {}}}));
    const ModelFileInfo info = inspectModelPath(folder);
    QVERIFY(!info.spec.has_value());
    QVERIFY(info.spec_note.find("invalid JSON") != std::string::npos);
    QCOMPARE(info.weight_bytes, std::int64_t{32});
}

QTEST_GUILESS_MAIN(TestSafetensorsReader)
#include "test_safetensors_reader.moc"
