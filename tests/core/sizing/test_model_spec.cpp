// Parameter counts against published totals, and KV-cache bytes per token for every attention kind.
#include "core/formats/hf_config.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogModel;

class TestModelSpec : public QObject {
    Q_OBJECT

private slots:
    void llama2ParameterCountsFromConfigFiles_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<qint64>("expected");
        // The configs exactly as Meta publishes them (meta-llama/Llama-2-*-hf/config.json).
        QTest::newRow("Llama-2-7B: 6,738,415,616")
            << R"({"architectures":["LlamaForCausalLM"],"bos_token_id":1,"eos_token_id":2,"hidden_act":"silu","hidden_size":4096,"initializer_range":0.02,"intermediate_size":11008,"max_position_embeddings":4096,"model_type":"llama","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":32,"pretraining_tp":1,"rms_norm_eps":1e-05,"rope_scaling":null,"tie_word_embeddings":false,"torch_dtype":"float16","transformers_version":"4.31.0.dev0","use_cache":true,"vocab_size":32000})"
            << qint64(6'738'415'616);
        QTest::newRow("Llama-2-13B: 13,015,864,320")
            << R"({"architectures":["LlamaForCausalLM"],"bos_token_id":1,"eos_token_id":2,"hidden_act":"silu","hidden_size":5120,"initializer_range":0.02,"intermediate_size":13824,"max_position_embeddings":4096,"model_type":"llama","num_attention_heads":40,"num_hidden_layers":40,"num_key_value_heads":40,"pretraining_tp":1,"rms_norm_eps":1e-05,"rope_scaling":null,"tie_word_embeddings":false,"torch_dtype":"float16","transformers_version":"4.32.0.dev0","use_cache":true,"vocab_size":32000})"
            << qint64(13'015'864'320);
    }
    void llama2ParameterCountsFromConfigFiles() {
        QFETCH(QString, config);
        QFETCH(qint64, expected);
        const ModelSpec spec = formats::parseHfConfig(config.toStdString());
        QCOMPARE(countParameters(spec).total(), expected);
    }

    void catalogModelsMatchPublishedTotals_data() {
        QTest::addColumn<QString>("id");
        for (const catalog::ModelEntry& entry : catalog::Catalog::builtIn().models()) {
            if (entry.model->spec.published_params > 0) {
                QTest::newRow(entry.id.c_str()) << QString::fromStdString(entry.id);
            }
        }
    }
    void catalogModelsMatchPublishedTotals() {
        QFETCH(QString, id);
        const catalog::ModelEntry* entry = catalog::Catalog::builtIn().findModel(id.toStdString());
        QVERIFY(entry != nullptr);
        const auto& model = entry->model;
        // Each published total is reproduced under the scope its source counts.
        const bool in_memory = entry->published_params_scope == "memory";
        QCOMPARE(in_memory ? model->counts.total() : model->counts.stored(), model->spec.published_params);
    }

    void catalogEntriesCarryFamilyAndDatedSources() {
        const auto& c = catalog::Catalog::builtIn();
        QVERIFY(c.models().size() >= 62);
        for (const catalog::ModelEntry& entry : c.models()) {
            QVERIFY2(!entry.family.empty(), entry.id.c_str());
            // A release date is only ever shown with its source.
            QVERIFY2(entry.release_date.empty() || !entry.release_date_source.empty(), entry.id.c_str());
            QVERIFY2(entry.model->counts.active > 0 && entry.model->counts.active <= entry.model->counts.total(),
                     entry.id.c_str());
        }
        const catalog::ModelEntry* oss = c.findModel("gpt-oss-20b");
        QVERIFY(oss != nullptr);
        QCOMPARE(QString::fromStdString(oss->family), QString("gpt-oss"));
        QCOMPARE(QString::fromStdString(oss->release_date), QString("2025-08-05"));
        QCOMPARE(QString::fromStdString(oss->published_params_scope), QString("memory"));
        QVERIFY(oss->model->counts.active < oss->model->counts.total() / 4); // MoE: 4 of 32 experts
        // The old entries keep the stored scope (their totals are safetensors index sizes).
        QCOMPARE(QString::fromStdString(c.findModel("llama-2-7b")->published_params_scope), QString("stored"));
        // The families the issue lists are all there.
        for (const char* id :
             {"llama-3.1-405b", "llama-4-maverick", "qwen3-235b-a22b", "qwen3-next-80b-a3b", "deepseek-v3.2", "kimi-k2",
              "glm-4.5-air", "nemotron-nano-9b-v2", "granite-4.0-h-small", "mixtral-8x22b", "qwen3.5-35b-a3b"}) {
            QVERIFY2(c.findModel(id) != nullptr, id);
        }
    }

    void everyCatalogEntryCitesASource() {
        const auto& c = catalog::Catalog::builtIn();
        QVERIFY(c.models().size() >= 14);
        for (const catalog::ModelEntry& entry : c.models()) {
            QVERIFY2(!entry.source.empty(), entry.id.c_str());
        }
        for (const GpuSpec& gpu : c.gpus()) {
            QVERIFY2(!gpu.source.empty(), gpu.id.c_str());
            // Bandwidth and rates may be unknown (0) where no source was found (issue 16): the catalog
            // validation in test_catalog checks that every stated figure is cited.
            QVERIFY2(gpu.memory_bytes > 0 && gpu.bandwidth_gbps >= 0 && gpu.fp16_tflops >= 0, gpu.id.c_str());
            QVERIFY2(gpu.usable_memory_bytes == 0 || gpu.usable_memory_bytes <= gpu.memory_bytes, gpu.id.c_str());
        }
    }

    void articleGpusAreInTheCatalog_data() {
        QTest::addColumn<QString>("id");
        for (const char* id : {"rtx-3060-12gb", "rtx-3070", "rtx-3090", "rtx-4090", "rtx-6000-ada", "t4", "a10g",
                               "a100-40gb", "a100-80gb", "h100-80gb", "l4", "l40s", "h200", "b200", "mi300x"}) {
            QTest::newRow(id) << QString::fromLatin1(id);
        }
    }
    void articleGpusAreInTheCatalog() {
        QFETCH(QString, id);
        QVERIFY(catalog::Catalog::builtIn().findGpu(id.toStdString()) != nullptr);
    }

    void gpuLookupForgivesSpelling() {
        const auto& c = catalog::Catalog::builtIn();
        QCOMPARE(c.findGpu("A10G")->id, std::string("a10g"));
        QCOMPARE(c.findGpu("RTX 4090")->id, std::string("rtx-4090"));
        QCOMPARE(c.findModel("Llama-2-13B")->id, std::string("llama-2-13b"));
        QVERIFY(c.findGpu("not-a-gpu") == nullptr);
    }

    void mixtureOfExpertsActiveParameters() {
        const auto model = catalogModel("mixtral-8x7b");
        QCOMPARE(model->counts.total(), qint64(46'702'792'704));
        QCOMPARE(model->counts.active, qint64(12'879'925'248)); // 2 of 8 experts per token
        const auto lite = catalogModel("deepseek-v2-lite");
        QVERIFY(lite->counts.active < lite->counts.total() / 5);
    }

    void kvBytesPerToken_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("runtime");
        QTest::addColumn<qint64>("bytesPerToken");
        // 2 × layers × kv_heads × head_dim × 2 bytes (FP16).
        QTest::newRow("MHA Llama-2-7B: 2×32×32×128×2") << "llama-2-7b" << int(Runtime::Simple) << qint64(524'288);
        QTest::newRow("GQA Llama-3-8B: 2×32×8×128×2") << "llama-3-8b" << int(Runtime::Simple) << qint64(131'072);
        QTest::newRow("GQA Llama-2-70B: 2×80×8×128×2") << "llama-2-70b" << int(Runtime::Simple) << qint64(327'680);
        QTest::newRow("MQA Gemma-2B: 2×18×1×256×2") << "gemma-2b" << int(Runtime::Simple) << qint64(18'432);
        QTest::newRow("explicit head_dim Gemma-7B: 2×28×16×256×2")
            << "gemma-7b" << int(Runtime::Simple) << qint64(458'752);
        // MLA: 27 layers × (512 latent + 64 rotary) × 2 bytes, shared by all heads.
        QTest::newRow("MLA DeepSeek-V2-Lite latent: 27×576×2")
            << "deepseek-v2-lite" << int(Runtime::Simple) << qint64(31'104);
        // transformers caches MLA decompressed: 27 × 16 heads × (192 + 128) × 2.
        QTest::newRow("MLA DeepSeek-V2-Lite in transformers: 27×16×320×2")
            << "deepseek-v2-lite" << int(Runtime::Transformers) << qint64(276'480);
    }
    void kvBytesPerToken() {
        QFETCH(QString, model);
        QFETCH(int, runtime);
        QFETCH(qint64, bytesPerToken);
        const auto prepared = catalogModel(model.toStdString());
        QCOMPARE(kvCacheBytes(*prepared, KvFormat::FP16, static_cast<Runtime>(runtime), 1, 1), bytesPerToken);
        QCOMPARE(kvCacheBytes(*prepared, KvFormat::FP16, static_cast<Runtime>(runtime), 1000, 3), bytesPerToken * 3000);
    }

    void slidingWindowCapsTheCache() {
        // Mistral-7B: every layer attends to at most 4096 tokens.
        const auto mistral = catalogModel("mistral-7b");
        const std::int64_t per_token = 131'072;
        QCOMPARE(kvCacheBytes(*mistral, KvFormat::FP16, Runtime::Simple, 2048, 1), 2048 * per_token);
        QCOMPARE(kvCacheBytes(*mistral, KvFormat::FP16, Runtime::Simple, 32768, 1), 4096 * per_token);
        // Gemma 2: every other layer slides (window 4096), the others keep the whole context.
        const ModelSpec gemma2 = formats::parseHfConfig(
            R"({"model_type":"gemma2","vocab_size":256000,"hidden_size":3584,"intermediate_size":14336,"num_hidden_layers":42,"num_attention_heads":16,"num_key_value_heads":8,"head_dim":256,"sliding_window":4096,"max_position_embeddings":8192})");
        const auto g = prepareModel(gemma2);
        QCOMPARE(g->sliding_layers, qint64(21));
        const std::int64_t per_layer_token = 2 * 8 * 256 * 2;
        QCOMPARE(kvCacheBytes(*g, KvFormat::FP16, Runtime::Simple, 8192, 1), per_layer_token * (21 * 8192 + 21 * 4096));
        QCOMPARE(countParameters(gemma2).total(), qint64(9'241'705'984)); // google/gemma-2-9b
    }

    void quantizedKvCacheUsesExactBlockSizes() {
        const auto model = catalogModel("llama-3-8b");
        // q8_0: 34 bytes per 32 values; q4_0: 18 per 32 (llama.cpp row sizes).
        QCOMPARE(kvCacheBytes(*model, KvFormat::Q8_0, Runtime::Simple, 1, 1), qint64(2 * 32 * (1024 / 32) * 34));
        QCOMPARE(kvCacheBytes(*model, KvFormat::Q4_0, Runtime::Simple, 1, 1), qint64(2 * 32 * (1024 / 32) * 18));
        QCOMPARE(kvCacheBytes(*model, KvFormat::FP8, Runtime::Simple, 1, 1), qint64(2 * 32 * 1024));
    }

    void bareParameterCountGivesExactTotalAndAssumedShape_data() {
        QTest::addColumn<qint64>("params");
        for (qint64 p :
             {qint64(100'000'000), qint64(1'000'000'000), qint64(6'700'000'000), qint64(13'000'000'000),
              qint64(34'000'000'000), qint64(70'000'000'000), qint64(405'000'000'000), qint64(2'000'000'000'000)}) {
            QTest::newRow(qPrintable(QString::number(p))) << p;
        }
    }
    void bareParameterCountGivesExactTotalAndAssumedShape() {
        QFETCH(qint64, params);
        const ModelSpec spec = assumedShapeForParams(params);
        QVERIFY(spec.shape_assumed);
        QCOMPARE(countParameters(spec).total(), params);
        QVERIFY(validate(spec).empty());
        // The shape is a plausible decoder: the matrices account for nearly all of the count.
        std::int64_t shape = 0;
        for (const TensorGroup& g : tensorGroups(spec)) {
            shape += g.elements();
        }
        QVERIFY2(std::abs(static_cast<double>(shape - params)) / static_cast<double>(params) < 0.25,
                 qPrintable(QString::number(shape)));
        Scenario s;
        s.model = prepareModel(spec);
        s.precision.weights = WeightFormat::FP16;
        QCOMPARE(estimate(s).weights.total(), 2 * params + 0 * 1); // 16-bit everywhere: exactly 2 bytes each
    }

    void configDefaultsFollowTheTransformersClasses() {
        // Gemma ties its embeddings unless told otherwise; Llama does not.
        const ModelSpec gemma = formats::parseHfConfig(R"({"model_type":"gemma"})");
        QVERIFY(gemma.tied_embeddings);
        QCOMPARE(gemma.head_dim, qint64(256));
        const ModelSpec llama = formats::parseHfConfig(R"({"model_type":"llama"})");
        QVERIFY(!llama.tied_embeddings);
        QCOMPARE(llama.num_kv_heads, llama.num_heads);
        const ModelSpec mistral = formats::parseHfConfig(R"({"model_type":"mistral"})");
        QCOMPARE(mistral.num_kv_heads, qint64(8));
        QCOMPARE(mistral.sliding_window.window_tokens, qint64(4096));
        const ModelSpec qwen2 = formats::parseHfConfig(R"({"model_type":"qwen2"})");
        QVERIFY(qwen2.qkv_bias);
    }

    void otherFamiliesMatchPublishedTotals_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("falcon-7b (MQA, parallel attention): 7,217,189,760")
            << R"({"model_type":"falcon","vocab_size":65024,"hidden_size":4544,"num_hidden_layers":32,"num_attention_heads":71,"multi_query":true,"parallel_attn":true,"bias":false,"new_decoder_architecture":false})"
            << qint64(7'217'189'760);
        QTest::newRow("gpt2 (124M): 124,439,808")
            << R"({"model_type":"gpt2","vocab_size":50257,"n_embd":768,"n_layer":12,"n_head":12,"n_positions":1024})"
            << qint64(124'439'808);
        QTest::newRow("pythia-6.9b (gpt_neox): 6,857,302,016")
            << R"({"model_type":"gpt_neox","vocab_size":50432,"hidden_size":4096,"num_hidden_layers":32,"num_attention_heads":32,"intermediate_size":16384,"max_position_embeddings":2048,"tie_word_embeddings":false})"
            << qint64(6'857'302'016);
        QTest::newRow("Qwen1.5-MoE-A2.7B (qwen2_moe): 14,315,784,192")
            << R"({"model_type":"qwen2_moe","vocab_size":151936,"hidden_size":2048,"intermediate_size":5632,"num_hidden_layers":24,"num_attention_heads":16,"num_key_value_heads":16,"num_experts":60,"num_experts_per_tok":4,"moe_intermediate_size":1408,"shared_expert_intermediate_size":5632,"decoder_sparse_step":1,"tie_word_embeddings":false})"
            << qint64(14'315'784'192);
    }
    void otherFamiliesMatchPublishedTotals() {
        QFETCH(QString, config);
        QFETCH(qint64, expected);
        // The published totals count what the checkpoints store (Falcon's stored lm_head copy included).
        QCOMPARE(countParameters(formats::parseHfConfig(config.toStdString())).stored(), expected);
    }

    void brokenConfigsGiveClearErrors_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << "{\"model_type\": "
                                  << "invalid JSON";
        QTest::newRow("not an object") << "[1,2,3]"
                                       << "not a JSON object";
        QTest::newRow("no model_type") << "{}"
                                       << "model_type";
        QTest::newRow("unsupported type") << R"({"model_type":"mamba"})"
                                          << "not supported";
        QTest::newRow("string where a number belongs") << R"({"model_type":"llama","hidden_size":"big"})"
                                                       << "hidden_size";
        QTest::newRow("negative size") << R"({"model_type":"llama","hidden_size":-5})"
                                       << "hidden_size";
        QTest::newRow("heads not dividing")
            << R"({"model_type":"llama","num_attention_heads":32,"num_key_value_heads":5})"
            << "num_key_value_heads";
        QTest::newRow("absurd size")
            << R"({"model_type":"llama","hidden_size":16000000,"num_attention_heads":250000,"num_hidden_layers":90000})"
            << "10^15";
        QTest::newRow("deep nesting") << QString(10000, '[') << "deeper";
    }
    void brokenConfigsGiveClearErrors() {
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

QTEST_GUILESS_MAIN(TestModelSpec)
#include "test_model_spec.moc"
