// The config.json readers of the 2025-26 families: every exact published total of
// shared/data/models/models-2026.json whose config is complete, reproduced to the parameter under its
// stated scope; the per-layer lists the readers build; and every kind of bad config refused naming
// its key.
#include "core/formats/hf_config.h"
#include "core/sizing/estimator.h"
#include "core/sizing/prepared_model.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <string>

using namespace fitscope;
using namespace fitscope::sizing;
using nlohmann::json;

namespace {

QString sharedDir() {
    const QByteArray env = qgetenv("FITSCOPE_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(FITSCOPE_SHARED_DIR) : QString::fromLocal8Bit(env);
}

json readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return json();
    }
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

// How a published total is to be reproduced.
enum class Scope {
    Memory, // what the runtime holds: ParameterCounts::total()
    Stored, // what the checkpoint stores (HF Hub safetensors total): ParameterCounts::stored()
};

// Keys the trimmed copies in shared/ dropped, from the full config.json files (named per row), and the
// published vision_config of multimodal wrappers whose copies keep only the text part.
const json kGemma3Vision = json::parse(R"({"model_type":"siglip_vision_model","hidden_size":1152,
    "intermediate_size":4304,"num_hidden_layers":27,"num_attention_heads":16,"patch_size":14,"image_size":896,
    "vision_use_head":false})");
const json kPixtralVision = json::parse(R"({"model_type":"pixtral","hidden_size":1024,"intermediate_size":4096,
    "num_hidden_layers":24,"num_attention_heads":16,"patch_size":14,"image_size":1540})");

json wrap(const char* type, const json& text, const json& vision) {
    return json{{"model_type", type}, {"text_config", text}, {"vision_config", vision}};
}

} // namespace

class TestHfFamilies : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QDir(sharedDir() + "/data/models/configs").exists()) {
            QSKIP("shared/data/models/configs not found (set FITSCOPE_SHARED_DIR)");
        }
    }

    void publishedTotals_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("extra"); // JSON merged into the config (keys a trimmed copy lost)
        const auto memory = int(Scope::Memory);
        const auto stored = int(Scope::Stored);
        // Families read before issue 13 (unchanged totals).
        for (const char* id :
             {"gemma-2-2b",    "gemma-2-9b",      "gemma-2-27b",      "llama-3.1-8b", "llama-3.2-1b", "llama-3.2-3b",
              "llama-3.3-70b", "mistral-7b-v0.3", "mistral-nemo-12b", "phi-4",        "phi-4-mini",   "qwen2.5-0.5b",
              "qwen2.5-3b",    "qwen2.5-7b",      "qwen2.5-32b",      "qwen2.5-72b",  "qwen3-1.7b",   "qwen3-4b",
              "qwen3-8b",      "qwen3-14b",       "qwen3-32b",        "smollm2-1.7b"}) {
            QTest::newRow(id) << id << memory << "";
        }
        // Keras and HF agree on these: unique parameters in memory.
        QTest::newRow("gpt-oss-20b (sinks, biased experts)") << "gpt-oss-20b" << memory << "";
        QTest::newRow("qwen3-30b-a3b") << "qwen3-30b-a3b" << memory << "";
        QTest::newRow("olmo-2-7b (q/k norms over whole projections)") << "olmo-2-7b" << memory << "";
        QTest::newRow("smollm3-3b (tied by default)") << "smollm3-3b" << memory << "";
        // Keras count of unique parameters: the tied head once, the stored lm_head copy not counted.
        QTest::newRow("qwen3-0.6b (Keras: tied head once)") << "qwen3-0.6b" << memory << "";
        QTest::newRow("nemotron-nano-9b-v2 (Mamba-2 hybrid)") << "nemotron-nano-9b-v2" << memory << "";
        QTest::newRow("granite-4.0-h-small (Mamba-2 + MoE)") << "granite-4.0-h-small" << memory << "";
        // The HF total of MiniMax-M2.7 counts neither FP8 scales nor MTP blocks (the checkpoint stores none).
        QTest::newRow("minimax-m2.7") << "minimax-m2.7" << memory << "";
        // Keras counts of multimodal Qwen3.5: language model + vision tower, no MTP block.
        QTest::newRow("qwen3.5-27b (Keras: text + vision)") << "qwen3.5-27b" << memory << "";
        QTest::newRow("qwen3.5-35b-a3b (Keras: text + vision)") << "qwen3.5-35b-a3b" << memory << "";
        // HF totals: every stored element, MTP blocks (with their own embedding and head copies where the
        // family stores them) and FP8 block scales.
        QTest::newRow("deepseek-v3 (HF: + MTP + FP8 scales)") << "deepseek-v3" << stored << "";
        QTest::newRow("qwen3-next-80b-a3b (HF: + MTP)") << "qwen3-next-80b-a3b" << stored << "";
        // zai-org/GLM-4.5 and GLM-4.5-Air config.json: attention_bias true, use_qk_norm true (4.5) / false
        // (Air), num_nextn_predict_layers 1 (the trimmed copies lost them).
        QTest::newRow("glm-4.5 (HF: + MTP)")
            << "glm-4.5" << stored << R"({"attention_bias":true,"use_qk_norm":true,"num_nextn_predict_layers":1})";
        QTest::newRow("glm-4.5-air (HF: + MTP)")
            << "glm-4.5-air" << stored << R"({"attention_bias":true,"use_qk_norm":false,"num_nextn_predict_layers":1})";
        // Multimodal wrappers whose copies keep only the text part: the published vision_config added.
        QTest::newRow("gemma-3-4b (+ SigLIP)") << "gemma-3-4b" << memory << "gemma3";
        QTest::newRow("gemma-3-12b (+ SigLIP)") << "gemma-3-12b" << memory << "gemma3";
        QTest::newRow("gemma-3-27b (+ SigLIP)") << "gemma-3-27b" << memory << "gemma3";
        QTest::newRow("mistral-small-3.2-24b (+ Pixtral)") << "mistral-small-3.2-24b" << memory << "mistral3";
    }
    void publishedTotals() {
        QFETCH(QString, id);
        QFETCH(int, scope);
        QFETCH(QString, extra);
        const QString root = sharedDir() + "/data/models/";
        const json models = readJson(root + "models-2026.json");
        QVERIFY(models.is_object());
        const json& entry = models.at("models").at(id.toStdString());
        QCOMPARE(QString::fromStdString(entry.at("params_published_kind").get<std::string>()), QString("exact"));
        const auto expected = entry.at("params_published").get<std::int64_t>();
        json config = readJson(root + QString::fromStdString(entry.at("config_file").get<std::string>()));
        QVERIFY(config.is_object());
        if (extra == "gemma3") {
            config = wrap("gemma3", config, kGemma3Vision);
        } else if (extra == "mistral3") {
            config = wrap("mistral3", config, kPixtralVision);
            config["spatial_merge_size"] = 2;
        } else if (!extra.isEmpty()) {
            config.update(json::parse(extra.toStdString()));
        }
        const ModelSpec spec = formats::parseHfConfig(config.dump(), id.toStdString());
        const ParameterCounts counts = countParameters(spec);
        const std::int64_t got = scope == int(Scope::Stored) ? counts.stored() : counts.total();
        QCOMPARE(got, expected);
        QVERIFY(prepareModel(spec) != nullptr); // the engine takes every layer list
    }

    void storedBesideMemory() {
        // Qwen3.5-35B-A3B's HF checkpoint (the same shapes as Qwen3.6-35B-A3B, 35,951,822,704 on the Hub)
        // adds its MTP block to the Keras count: the MTP block is its own component, not in memory.
        const json config = readJson(sharedDir() + "/data/models/configs/qwen3.5-35b-a3b.json");
        const ModelSpec spec = formats::parseHfConfig(config.dump());
        const ParameterCounts c = countParameters(spec);
        QCOMPARE(c.total(), qint64(35'107'181'936));
        QCOMPARE(c.stored(), qint64(35'951'822'704));
        QCOMPARE(c.mtp, qint64(844'640'768));
        QCOMPARE(spec.mtp_layers, qint64(1));
        QCOMPARE(c.encoder, qint64(446'571'248));
        // Falcon: transformers and vLLM tie the head at load, the checkpoint stores it.
        const ModelSpec falcon = formats::parseHfConfig(
            R"({"model_type":"falcon","vocab_size":65024,"hidden_size":4544,"num_hidden_layers":32,"num_attention_heads":71,"multi_query":true,"parallel_attn":true,"bias":false,"new_decoder_architecture":false})");
        QVERIFY(falcon.tied_embeddings);
        QCOMPARE(countParameters(falcon).total(), qint64(6'921'720'704));
        QCOMPARE(countParameters(falcon).stored(), qint64(7'217'189'760));
        QVERIFY(!falcon.stored_extra_reason.empty());
    }

    void granite33FromItsShapes() {
        // ibm-granite/granite-3.3-8b-instruct (models-2026.json lists the shapes): 8,170,864,640, tied.
        const ModelSpec spec = formats::parseHfConfig(
            R"({"model_type":"granite","vocab_size":49159,"hidden_size":4096,"intermediate_size":12800,"num_hidden_layers":40,"num_attention_heads":32,"num_key_value_heads":8,"tie_word_embeddings":true})");
        QCOMPARE(countParameters(spec).total(), qint64(8'170'864'640));
    }

    void layerListsFollowTheConfigKeys() {
        const QString dir = sharedDir() + "/data/models/configs/";
        auto prepared = [&](const char* file) {
            return prepareModel(formats::parseHfConfig(readJson(dir + file).dump(), file));
        };
        // gpt-oss-20b: layer_types alternates sliding (128) and full attention.
        const auto oss = prepared("gpt-oss-20b.json");
        QCOMPARE(oss->kv_layout.layersOf(MixerKind::SlidingWindow), qint64(12));
        QCOMPARE(oss->kv_layout.layersOf(MixerKind::FullAttention), qint64(12));
        QCOMPARE(oss->layer_cache[0].window_tokens, qint64(128));
        // Gemma 3: 5 of every 6 layers slide (sliding_window_pattern 6): 62 layers -> 52 + 10.
        const auto gemma = prepared("gemma-3-27b.json");
        QCOMPARE(gemma->kv_layout.layersOf(MixerKind::SlidingWindow), qint64(52));
        QCOMPARE(gemma->kv_layout.layersOf(MixerKind::FullAttention), qint64(10));
        // Llama 4 Scout: chunked attention on 3 of every 4 layers, the 4th global without RoPE.
        const auto scout = prepared("llama-4-scout.json");
        QCOMPARE(scout->kv_layout.layersOf(MixerKind::ChunkedAttention), qint64(36));
        QCOMPARE(scout->kv_layout.layersOf(MixerKind::FullAttention), qint64(12));
        QVERIFY(!scout->layers[3].attn.rope);
        QCOMPARE(scout->layer_cache[0].window_tokens, qint64(8192));
        // Llama 4 Maverick: MoE on every other layer (interleave_moe_layer_step 2), dense between.
        const auto maverick = prepared("llama-4-maverick.json");
        QVERIFY(maverick->layers[0].mlp.kind == LayerMlpKind::Dense);
        QVERIFY(maverick->layers[1].mlp.kind == LayerMlpKind::Moe);
        QCOMPARE(maverick->layers[0].mlp.intermediate_size, qint64(16384));
        // Qwen3-Next: every 4th layer full attention, the rest Gated DeltaNet.
        const auto next = prepared("qwen3-next-80b-a3b.json");
        QCOMPARE(next->kv_layout.layersOf(MixerKind::GatedDeltaNet), qint64(36));
        QCOMPARE(next->kv_layout.layersOf(MixerKind::FullAttention), qint64(12));
        QVERIFY(next->layers[3].mixer == MixerKind::FullAttention);
        // Nemotron-H: hybrid_override_pattern has 4 attention layers among 27 Mamba-2 and 25 MLP blocks.
        const auto nemotron = prepared("nemotron-nano-9b-v2.json");
        QCOMPARE(nemotron->kv_layout.layersOf(MixerKind::FullAttention), qint64(4));
        QCOMPARE(nemotron->kv_layout.layersOf(MixerKind::Mamba2), qint64(27));
        QCOMPARE(nemotron->kv_layout.layersOf(MixerKind::None), qint64(25));
        // Granite 4 hybrid: 4 attention layers (layer_types) among 40.
        const auto granite = prepared("granite-4.0-h-small.json");
        QCOMPARE(granite->kv_layout.layersOf(MixerKind::FullAttention), qint64(4));
        QCOMPARE(granite->kv_layout.layersOf(MixerKind::Mamba2), qint64(36));
        // DeepSeek-V3.2 and GLM-5: latent attention with the sparse-attention indexer's key cached too.
        const auto v32 = prepared("deepseek-v3.2.json");
        QVERIFY(v32->layer_cache[0].mixer == MixerKind::LatentAttention);
        QCOMPARE(v32->layer_cache[0].k_elements, qint64(512 + 64 + 128));
        const auto glm5 = prepared("glm-5.json");
        QCOMPARE(glm5->layer_cache[0].k_elements, qint64(512 + 64 + 128));
        QCOMPARE(glm5->spec.mtp_layers, qint64(1));
        // Kimi-K2 reads as DeepSeek-V3's architecture: 64 heads, 384 experts, no MTP block.
        const auto kimi = prepared("kimi-k2.json");
        QCOMPARE(kimi->layers[1].mlp.num_experts, qint64(384));
        QCOMPARE(kimi->spec.mtp_layers, qint64(0));
        QVERIFY(kimi->counts.stored_extra > 0); // FP8 block scales
        // Nemotron-3-Nano: MoE blocks (E) with squared-ReLU experts.
        const auto nano = prepared("nemotron-3-nano-30b-a3b.json");
        QVERIFY(nano->layers[1].mlp.kind == LayerMlpKind::Moe);
        QVERIFY(!nano->layers[1].mlp.gated);
    }

    void mistralNullWindowMeansNoWindow() {
        // Mistral-7B-v0.3, Mistral-Nemo and Mistral-Small-3.x write "sliding_window": null: no window.
        const ModelSpec v03 = formats::parseHfConfig(
            R"({"model_type":"mistral","vocab_size":32768,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"sliding_window":null})");
        QVERIFY(!v03.sliding_window.enabled());
        const auto model = prepareModel(v03);
        const std::int64_t per_token = 2 * 32 * 8 * 128 * 2;
        QCOMPARE(kvCacheBytes(*model, KvFormat::FP16, Runtime::Simple, 32768, 1), per_token * 32768);
        // An absent key keeps MistralConfig's default of 4096 (Mistral-7B-v0.1).
        const ModelSpec v01 = formats::parseHfConfig(R"({"model_type":"mistral"})");
        QCOMPARE(v01.sliding_window.window_tokens, qint64(4096));
    }

    void badConfigsNameTheKey_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown model_type names the closest family") << R"({"model_type":"qwen3_vl"})"
                                                                     << "closest supported family: qwen3";
        QTest::newRow("layer_types of the wrong length")
            << R"({"model_type":"gpt_oss","num_hidden_layers":4,"layer_types":["sliding_attention","full_attention"]})"
            << "layer_types lists 2 layers but num_hidden_layers is 4";
        QTest::newRow("unknown layer type")
            << R"({"model_type":"gemma3_text","num_hidden_layers":2,"layer_types":["sliding_attention","wavy_attention"]})"
            << "wavy_attention";
        QTest::newRow("hybrid pattern of the wrong length")
            << R"({"model_type":"nemotron_h","num_hidden_layers":4,"hybrid_override_pattern":"M-*"})"
            << "hybrid_override_pattern lists 3 layers";
        QTest::newRow("bad hybrid character")
            << R"({"model_type":"nemotron_h","num_hidden_layers":3,"hybrid_override_pattern":"M-X"})"
            << "hybrid_override_pattern has 'X'";
        QTest::newRow("negative dimension") << R"({"model_type":"qwen3_next","linear_key_head_dim":-128})"
                                            << "linear_key_head_dim";
        QTest::newRow("absurd dimension") << R"({"model_type":"olmo2","hidden_size":99999999999})"
                                          << "hidden_size";
        QTest::newRow("zero experts with MoE keys")
            << R"({"model_type":"qwen3_moe","num_experts":0,"num_experts_per_tok":8})"
            << "num_experts is 0";
        QTest::newRow("zero experts (gpt-oss)") << R"({"model_type":"gpt_oss","num_local_experts":0})"
                                                << "num_local_experts is 0";
        QTest::newRow("more experts per token than experts")
            << R"({"model_type":"minimax_m2","num_local_experts":4,"num_experts_per_tok":8})"
            << "num_local_experts";
        QTest::newRow("mlp_only_layers out of range")
            << R"({"model_type":"qwen3_moe","num_hidden_layers":4,"mlp_only_layers":[7]})"
            << "mlp_only_layers names layer 7";
        QTest::newRow("no_rope_layers of the wrong length")
            << R"({"model_type":"llama4_text","num_hidden_layers":4,"no_rope_layers":[1,1,0]})"
            << "no_rope_layers lists 3 layers";
        QTest::newRow("indexer without its dims") << R"({"model_type":"deepseek_v32"})"
                                                  << "index_n_heads";
        QTest::newRow("granite hybrid without layer types") << R"({"model_type":"granitemoehybrid"})"
                                                            << "layer_types";
        QTest::newRow("mamba heads not a multiple of groups")
            << R"({"model_type":"mamba2","num_heads":12,"n_groups":8})"
            << "n_groups";
    }
    void badConfigsNameTheKey() {
        QFETCH(QString, config);
        QFETCH(QString, mentions);
        try {
            formats::parseHfConfig(config.toStdString(), "my/config.json");
            QFAIL("no error");
        } catch (const formats::FormatError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(QLatin1String("my/config.json")), qPrintable(message));
            QVERIFY2(message.contains(mentions), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestHfFamilies)
#include "test_hf_families.moc"
