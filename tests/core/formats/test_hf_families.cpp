// The config.json readers of the 2025-26 families: every exact published total of
// shared/data/models/models-2026.json whose config is complete, reproduced to the parameter under its
// stated scope; the per-layer lists the readers build; and every kind of bad config refused naming
// its key.
#include "core/formats/hf_config.h"
#include "core/formats/hf_quantization.h"
#include "core/sizing/estimator.h"
#include "core/sizing/prepared_model.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
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

// meta-llama/Llama-4-Scout-17B-16E(-Instruct) config.json's vision_config (the copy in shared/ keeps only
// text_config; the published vision_config as quoted beside the model's module table in a stored Llama 4
// parameter listing, and in TensorRT-LLM's Llama 4 test).
const json kLlama4Vision = json::parse(R"({"model_type":"llama4_vision_model","hidden_size":1408,
    "intermediate_size":5632,"num_hidden_layers":34,"num_attention_heads":16,"num_channels":3,"image_size":336,
    "patch_size":14,"pixel_shuffle_ratio":0.5,"projector_input_dim":4096,"projector_output_dim":4096,
    "vision_output_dim":4096,"multi_modal_projector_bias":false})");

json wrap(const char* type, const json& text, const json& vision) {
    return json{{"model_type", type}, {"text_config", text}, {"vision_config", vision}};
}

// A small Llama for the quantization_config rows: 2 layers of hidden 256, 4 query heads and 2 KV heads of 64,
// MLP 512, vocab 1000, untied; each layer's matrices as (rows = output features, cols = input features).
constexpr const char* kSmallLlama =
    R"({"model_type":"llama","vocab_size":1000,"hidden_size":256,"intermediate_size":512,"num_hidden_layers":2,"num_attention_heads":4,"num_key_value_heads":2,"torch_dtype":"bfloat16"})";
const std::vector<std::pair<std::int64_t, std::int64_t>> kSmallLlamaMatrices{
    {256, 256}, {128, 256}, {128, 256}, {256, 256}, // q, k, v, o
    {512, 256}, {512, 256}, {256, 512},             // gate, up, down
};

std::int64_t up(std::int64_t a, std::int64_t b) {
    return (a + b - 1) / b;
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
        QTest::newRow("llama-4-scout (HF: + vision tower)") << "llama-4-scout" << stored << "llama4";
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
        } else if (extra == "llama4") {
            config["vision_config"] = kLlama4Vision;
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

    void gemma4FromItsLayers() {
        // google/gemma-4-26B-A4B (transformers modeling_gemma4.py): every tensor worked out from the shapes.
        const json config = readJson(sharedDir() + "/data/models/configs/gemma-4-26b-a4b.json");
        const ModelSpec spec = formats::parseHfConfig(config.dump());
        const std::int64_t h = 2816, vocab = 262144;
        // Sliding layers: q, k, v, o of 16 / 8 / 8 / 16 heads × 256, q and k norms of 256.
        const std::int64_t sliding = 2 * h * 16 * 256 + 2 * h * 8 * 256 + 2 * 256;
        // Global layers: q and o of 16 × 512, k of 2 × 512, no v_proj (attention_k_eq_v), norms of 512.
        const std::int64_t global = 2 * h * 16 * 512 + h * 2 * 512 + 2 * 512;
        const std::int64_t expert = 3 * h * 704;
        // Dense MLP, 128 experts, router (proj, scale, per_expert_scale), 7 norms, layer_scalar.
        const std::int64_t rest = 3 * h * 2112 + 128 * expert + (h * 128 + h + 128) + 7 * h + 1;
        const std::int64_t text = vocab * h + h + 25 * sliding + 5 * global + 30 * rest;
        // Vision: patch projection, 2 × 10240 positions, 27 blocks of 1152 (4 projections, q/k norms of 72,
        // gated MLP of 4304, 4 norms), std_bias and std_scale, then embed_vision (1152 × 2816).
        const std::int64_t vh = 1152;
        const std::int64_t vision =
            3 * 16 * 16 * vh + 2 * 10240 * vh + 27 * (4 * vh * vh + 2 * 72 + 3 * vh * 4304 + 4 * vh) + 2 * vh + vh * h;
        const ParameterCounts c = countParameters(spec);
        QCOMPARE(c.encoder, vision);
        QCOMPARE(c.total(), text + vision);
        // The Hub's safetensors total of google/gemma-4-26B-A4B-it (api/models/google/gemma-4-26B-A4B-it).
        QCOMPARE(c.stored(), qint64(25'805'936'206));
        // Google's "25.2B total, 3.8B active" is the language model: 8 of 128 experts per token.
        QCOMPARE(c.total() - c.encoder, qint64(25'233'141'790));
        QCOMPARE(c.active - c.encoder, text - 30 * 120 * expert);
        const auto model = prepareModel(spec);
        QCOMPARE(model->kv_layout.layersOf(MixerKind::SlidingWindow), qint64(25));
        QCOMPARE(model->kv_layout.layersOf(MixerKind::FullAttention), qint64(5));
        QCOMPARE(model->layer_cache[0].window_tokens, qint64(1024));
        QCOMPARE(model->layer_cache[5].k_elements, qint64(2 * 512));
        QCOMPARE(model->layer_cache[5].v_elements, qint64(2 * 512));
        QCOMPARE(model->layer_cache[0].k_elements, qint64(8 * 256));
        QVERIFY(model->layers[5].attn.value_is_key);
        QVERIFY(!model->layers[4].attn.value_is_key);
        // Without the key, Gemma4TextConfig's default of 256 applies: per-layer embeddings, never a silent 0.
        json ple = config;
        ple["text_config"].erase("hidden_size_per_layer_input");
        QCOMPARE(formats::parseHfConfig(ple.dump()).per_layer_input_size, qint64(256));
        // KV sharing (num_kv_shared_layers): the last layers read the last earlier layer of their type.
        json shared = config;
        shared["text_config"]["num_kv_shared_layers"] = 10;
        const auto sharing = prepareModel(formats::parseHfConfig(shared.dump()));
        QVERIFY(sharing->layers[29].mixer == MixerKind::SharedKv);
        QCOMPARE(sharing->layers[29].attn.kv_source_layer, qint64(17)); // the last global layer before 20
        QCOMPARE(sharing->layers[28].attn.kv_source_layer, qint64(19));
        QCOMPARE(sharing->kv_layout.layersOf(MixerKind::SharedKv), qint64(10));
    }

    void gemma4PerLayerEmbeddingsFromItsLayers() {
        // Gemma 4 E2B's text decoder (google/gemma-4-E2B config.json as transcribed in public ports: 35 layers of
        // 1536, 4 sliding + 1 global, the last 20 reading shared KV with double-wide MLPs, per-layer inputs of
        // 256). Every tensor from modeling_gemma4.py's shapes.
        json config = json::parse(
            R"({"model_type":"gemma4_text","hidden_size":1536,"num_hidden_layers":35,"intermediate_size":6144,
                "num_attention_heads":8,"num_key_value_heads":1,"head_dim":256,"global_head_dim":512,
                "vocab_size":262144,"vocab_size_per_layer_input":262144,"hidden_size_per_layer_input":256,
                "num_kv_shared_layers":20,"sliding_window":512,"use_double_wide_mlp":true,"attention_k_eq_v":false,
                "enable_moe_block":false,"tie_word_embeddings":true})");
        json types = json::array();
        for (int i = 0; i < 35; ++i) {
            types.push_back(i % 5 == 4 ? "full_attention" : "sliding_attention");
        }
        config["layer_types"] = types;
        const ModelSpec spec = formats::parseHfConfig(config.dump());
        const std::int64_t h = 1536, vocab = 262144, layers = 35, ple = 256;
        QCOMPARE(spec.per_layer_input_size, ple);
        QCOMPARE(spec.per_layer_input_vocab, vocab);
        std::int64_t expected = vocab * h                // embed_tokens (tied: no lm_head)
                                + vocab * layers * ple   // embed_tokens_per_layer
                                + h * layers * ple + ple // per_layer_model_projection, per_layer_projection_norm
                                + h;                     // the final norm
        for (std::int64_t i = 0; i < layers; ++i) {
            const bool global = i % 5 == 4;
            const bool shared = i >= 15;
            const std::int64_t d = global ? 512 : 256;
            expected += 2 * h * 8 * d + d; // q_proj, o_proj, q_norm
            if (!shared) {
                expected += 2 * h * 1 * d + d; // k_proj, v_proj, k_norm (v_norm has no weight)
            }
            expected += 3 * h * 6144 * (shared ? 2 : 1); // gate, up, down (double-wide in the shared layers)
            expected += 2 * h * ple;                     // per_layer_input_gate, per_layer_projection
            expected += 5 * h + 1;                       // four block norms, post_per_layer_input_norm, layer_scalar
        }
        const ParameterCounts c = countParameters(spec);
        QCOMPARE(c.total(), expected);
        QCOMPARE(c.embeddings, vocab * h + vocab * layers * ple);
        // keras-hub's gemma4 presets: "2.3B effective parameters (5.1B total with Per-Layer Embeddings)", the
        // total with the vision and audio towers; the effective count leaves the per-layer table out.
        QCOMPARE(qRound64((c.total() - vocab * layers * ple) / 1e8), qint64(23));
        // The table is looked up, not read: it is not in what a decoded token reads.
        const auto model = prepareModel(spec);
        QCOMPARE(model->kv_layout.layersOf(MixerKind::SharedKv), qint64(20));
        QCOMPARE(model->kv_layout.layersOf(MixerKind::SlidingWindow), qint64(12));
        QCOMPARE(model->kv_layout.layersOf(MixerKind::FullAttention), qint64(3));
        // llama.cpp keeps both embedding tables in system RAM, the layers on the GPU.
        Scenario s;
        s.model = model;
        s.runtime = Runtime::LlamaCpp;
        s.precision.weights = WeightFormat::BF16;
        s.context_tokens = 4096;
        auto gpu = std::make_shared<GpuSpec>();
        gpu->id = "test-gpu";
        gpu->memory_bytes = 48LL << 30;
        gpu->bandwidth_gbps = 1000;
        s.gpu = gpu;
        const Estimate e = estimate(s);
        QVERIFY(e.llamacpp.has_value());
        QCOMPARE(e.weights.embeddings_bytes, 2 * (vocab * h + vocab * layers * ple));
        QCOMPARE(e.llamacpp->cpu_weights_bytes, e.weights.embeddings_bytes);
        QCOMPARE(e.weights.per_layer_embeddings_bytes, 2 * vocab * layers * ple);
        // Every weight is somewhere, and the tied output layer's copy of token_embd (not of the per-layer
        // table) is on the GPU beside the layers.
        QVERIFY(e.llamacpp->output_on_gpu);
        QCOMPARE(e.gpu_loads.front().weights_bytes + e.llamacpp->cpu_weights_bytes, e.weights.total() + 2 * vocab * h);
        // The derivation says what the table is.
        bool explained = false;
        for (const auto& step : e.steps) {
            explained = explained || step.text.find("per-layer embeddings") != std::string::npos;
        }
        QVERIFY(explained);
        // The multimodal checkpoint: the vision tower (768 wide, 16 blocks) and the audio tower as released
        // (Gemma4AudioConfig defaults: 1024 wide, 12 conformer blocks, 8 heads, channels [128, 32], kernel 5,
        // output 1536, clipped linears), each projected to the text width.
        const json wrapper = {{"model_type", "gemma4"},
                              {"text_config", config},
                              {"vision_config", {{"model_type", "gemma4_vision"}, {"use_clipped_linears", true}}},
                              {"audio_config", {{"model_type", "gemma4_audio"}}}};
        const ParameterCounts mm = countParameters(formats::parseHfConfig(wrapper.dump()));
        const std::int64_t vh = 768;
        const std::int64_t vision = 3 * 16 * 16 * vh + 2 * 10240 * vh +
                                    16 * (4 * vh * 12 * 64 + 2 * 64 + 3 * vh * 3072 + 4 * vh + 7 * 4) + vh * h;
        const std::int64_t ah = 1024;
        const std::int64_t subsample = 9 * 128 + 128 + 9 * 128 * 32 + 32 + 32 * 32 * ah;
        const std::int64_t feed_forward = ah * 4 * ah + 4 * ah * ah + 2 * ah;
        const std::int64_t attention = 4 * ah * ah + ah * ah + ah / 8; // q, k, v, post; relative_k_proj; scale
        const std::int64_t light_conv = ah * 2 * ah + ah * ah + ah * 5 + 2 * ah;
        const std::int64_t conformer = 2 * feed_forward + attention + light_conv + 3 * ah + 8 * 4;
        const std::int64_t audio = subsample + 12 * conformer + (ah * 1536 + 1536) + 1536 * h;
        QCOMPARE(mm.encoder, vision + audio);
        QCOMPARE(mm.total(), expected + vision + audio);
        // A negative width is refused, naming the key.
        config["hidden_size_per_layer_input"] = -4;
        try {
            formats::parseHfConfig(config.dump());
            QFAIL("a negative per-layer width was sized");
        } catch (const formats::FormatError& error) {
            QVERIFY2(std::string(error.what()).find("hidden_size_per_layer_input") != std::string::npos, error.what());
        }
    }

    void quantizationConfigSizesTheCheckpoint_data() {
        QTest::addColumn<QString>("quantization");
        QTest::addColumn<int>("format");    // the engine format the plan runs as
        QTest::addColumn<qint64>("layer0"); // bytes of layer 0's matrices, from the layout definition
        QTest::addColumn<qint64>("layer1");
        auto sum = [](auto matrix_bytes) {
            std::int64_t total = 0;
            for (const auto& [r, c] : kSmallLlamaMatrices) {
                total += matrix_bytes(r, c);
            }
            return total;
        };
        // GPTQ: qweight int32 [c·b/32, r], qzeros int32 [G, r·b/32], fp16 scales [G, r], g_idx int32 [c].
        auto gptq = [](std::int64_t bits, std::int64_t group) {
            return [=](std::int64_t r, std::int64_t c) {
                const std::int64_t g = group > 0 ? up(c, group) : 1;
                return 4 * up(c * bits, 32) * r + 4 * g * up(r * bits, 32) + 2 * g * r + 4 * c;
            };
        };
        const qint64 g4 = sum(gptq(4, 128));
        QTest::newRow("GPTQ 4-bit g128 act-order")
            << R"({"quant_method":"gptq","bits":4,"group_size":128,"desc_act":true,"sym":true})"
            << int(WeightFormat::GPTQ_INT4_G128) << g4 << g4;
        const qint64 g8 = sum(gptq(8, -1));
        QTest::newRow("GPTQ 8-bit per channel")
            << R"({"quant_method":"gptq","bits":8,"group_size":-1})" << int(WeightFormat::INT8) << g8 << g8;
        // modules_to_not_convert: layer 0's MLP stays BF16.
        const qint64 mlp_bf16 = 2 * (512 * 256 * 2 + 256 * 512);
        const qint64 g4_attn = gptq(4, 128)(256, 256) * 2 + gptq(4, 128)(128, 256) * 2;
        QTest::newRow("GPTQ, layer 0's MLP not converted")
            << R"({"quant_method":"gptq","bits":4,"group_size":128,"modules_to_not_convert":["model.layers.0.mlp"]})"
            << int(WeightFormat::GPTQ_INT4_G128) << g4_attn + mlp_bf16 << g4;
        // AWQ GEMM: qweight int32 [c, r·4/32], qzeros int32 [G, r·4/32], fp16 scales [G, r].
        const qint64 awq = sum([](std::int64_t r, std::int64_t c) {
            const std::int64_t g = up(c, 128);
            return 4 * c * up(r * 4, 32) + 4 * g * up(r * 4, 32) + 2 * g * r;
        });
        QTest::newRow("AWQ 4-bit g128")
            << R"({"quant_method":"awq","bits":4,"group_size":128,"zero_point":true,"version":"gemm"})"
            << int(WeightFormat::AWQ_INT4_G128) << awq << awq;
        // FP8: one byte per weight and an F32 scale per 128×128 block (or per tensor, + the static input scale).
        const qint64 fp8_block =
            sum([](std::int64_t r, std::int64_t c) { return r * c + 4 * up(r, 128) * up(c, 128); });
        QTest::newRow("FP8 128×128 blocks")
            << R"({"quant_method":"fp8","fmt":"e4m3","activation_scheme":"dynamic","weight_block_size":[128,128]})"
            << int(WeightFormat::FP8_E4M3) << fp8_block << fp8_block;
        const qint64 fp8_tensor = sum([](std::int64_t r, std::int64_t c) { return r * c + 4 + 4; });
        QTest::newRow("FP8 per tensor, static") << R"({"quant_method":"fp8","activation_scheme":"static"})"
                                                << int(WeightFormat::FP8_E4M3) << fp8_tensor << fp8_tensor;
        // compressed-tensors pack-quantized INT4 g128, asymmetric, actorder group: weight_packed int32 [r, c/8],
        // BF16 scales [r, G], weight_shape int64 [2], zero points int32 [r/8, G], g_idx int32 [c]; attention
        // ignored by a regular expression.
        const qint64 ct_mlp = 2 * [](std::int64_t r, std::int64_t c) {
            const std::int64_t g = up(c, 128);
            return 4 * r * up(c * 4, 32) + 2 * r * g + 16 + 4 * up(r * 4, 32) * g + 4 * c;
        }(512, 256) + [](std::int64_t r, std::int64_t c) {
            const std::int64_t g = up(c, 128);
            return 4 * r * up(c * 4, 32) + 2 * r * g + 16 + 4 * up(r * 4, 32) * g + 4 * c;
        }(256, 512);
        const qint64 attn_bf16 = 2 * (256 * 256 * 2 + 128 * 256 * 2);
        QTest::newRow("compressed-tensors INT4 g128, attention ignored")
            << R"({"quant_method":"compressed-tensors","format":"pack-quantized","ignore":["lm_head","re:.*self_attn[.].*"],"config_groups":{"group_0":{"targets":["Linear"],"weights":{"num_bits":4,"type":"int","strategy":"group","group_size":128,"symmetric":false,"actorder":"group"}}}})"
            << int(WeightFormat::INT4_G128_ASYM) << attn_bf16 + ct_mlp << attn_bf16 + ct_mlp;
        // compressed-tensors float-quantized FP8, F32 scale per output channel.
        const qint64 ct_fp8 = sum([](std::int64_t r, std::int64_t c) { return r * c + 4 * r; });
        QTest::newRow("compressed-tensors FP8 per channel")
            << R"({"quant_method":"compressed-tensors","format":"float-quantized","config_groups":{"g":{"weights":{"num_bits":8,"type":"float","strategy":"channel"},"input_activations":{"num_bits":8,"type":"float","dynamic":true}}}})"
            << int(WeightFormat::FP8_E4M3) << ct_fp8 << ct_fp8;
        // bitsandbytes NF4 with double quantization: packed nibbles, uint8 absmax per 64, an F32 nested absmax
        // per 256 blocks, quant_map [16] and nested_quant_map [256] in F32.
        const qint64 nf4 = sum([](std::int64_t r, std::int64_t c) {
            const std::int64_t n = r * c;
            const std::int64_t blocks = up(n, 64);
            return up(n, 2) + 64 + blocks + 4 * up(blocks, 256) + 1024;
        });
        QTest::newRow("bitsandbytes NF4 + double quant")
            << R"({"quant_method":"bitsandbytes","load_in_4bit":true,"bnb_4bit_quant_type":"nf4","bnb_4bit_use_double_quant":true})"
            << int(WeightFormat::NF4_DQ) << nf4 << nf4;
        // bitsandbytes 8-bit: int8 weights and an F32 SCB per row.
        const qint64 int8 = sum([](std::int64_t r, std::int64_t c) { return r * c + 4 * r; });
        QTest::newRow("bitsandbytes 8-bit")
            << R"({"quant_method":"bitsandbytes","load_in_8bit":true})" << int(WeightFormat::INT8) << int8 << int8;
    }
    void quantizationConfigSizesTheCheckpoint() {
        QFETCH(QString, quantization);
        QFETCH(int, format);
        QFETCH(qint64, layer0);
        QFETCH(qint64, layer1);
        json config = json::parse(kSmallLlama);
        config["quantization_config"] = json::parse(quantization.toStdString());
        const auto q = formats::readHfQuantization(config, "config.json");
        QVERIFY(q.has_value());
        QCOMPARE(int(q->engine_format), format);
        const auto model = formats::prepareQuantizedModel(formats::parseHfConfig(config.dump()), q);
        QVERIFY(model->stored_weights.has_value());
        QVERIFY(model->stored_format == static_cast<WeightFormat>(format));
        // Embeddings, head and the five norm vectors stay BF16.
        const std::int64_t bf16_rest = 2 * (1000 * 256 * 2 + 5 * 256);
        const WeightBreakdown& w = *model->stored_weights;
        QCOMPARE(w.body_bytes, layer0 + layer1);
        QCOMPARE(w.total(), layer0 + layer1 + bf16_rest);
        // The estimate uses those bytes while the plan keeps the checkpoint's format.
        Scenario s;
        s.model = model;
        s.precision.weights = static_cast<WeightFormat>(format);
        QCOMPARE(weightBytes(*model, s.precision).total(), w.total());
    }

    void quantizationConfigMxfp4ConvertsTheExperts() {
        // gpt-oss's MXFP4: the experts only (17 bytes per row and 32 inputs); attention, router, embeddings and
        // head stay BF16, as modules_to_not_convert lists them.
        json config = json::parse(
            R"({"model_type":"qwen3_moe","vocab_size":1000,"hidden_size":256,"intermediate_size":512,"moe_intermediate_size":128,"num_hidden_layers":1,"num_attention_heads":4,"num_key_value_heads":2,"head_dim":64,"num_experts":4,"num_experts_per_tok":2})");
        config["quantization_config"] = json::parse(
            R"({"quant_method":"mxfp4","modules_to_not_convert":["model.layers.*.self_attn","model.layers.*.mlp.router","model.embed_tokens","lm_head"]})");
        const auto model = formats::prepareQuantizedModel(formats::parseHfConfig(config.dump()),
                                                          formats::readHfQuantization(config, "c"));
        const std::int64_t experts = 4 * (2 * 128 * up(256, 32) * 17 + 256 * up(128, 32) * 17);
        const std::int64_t attention = 2 * (256 * 256 * 2 + 128 * 256 * 2);
        const std::int64_t router = 2 * 4 * 256;
        QCOMPARE(model->stored_weights->body_bytes, experts + attention + router);
        QVERIFY(model->stored_format == WeightFormat::MXFP4);
    }

    void quantizationConfigOfSharedCheckpoints() {
        const QString dir = sharedDir() + "/data/models/configs/";
        // Every quantized config in shared/ reads, in the engine format it runs as.
        const std::map<std::string, WeightFormat> formats_of{
            {"deepseek-r1.json", WeightFormat::FP8_E4M3},  {"deepseek-v3.2.json", WeightFormat::FP8_E4M3},
            {"deepseek-v3.json", WeightFormat::FP8_E4M3},  {"kimi-k2.json", WeightFormat::FP8_E4M3},
            {"minimax-m2.7.json", WeightFormat::FP8_E4M3}, {"gpt-oss-20b.json", WeightFormat::MXFP4}};
        for (const auto& [file, format] : formats_of) {
            const json config = readJson(dir + QString::fromStdString(file));
            const auto q = formats::readHfQuantization(config, file);
            QVERIFY2(q.has_value(), file.c_str());
            QVERIFY2(q->engine_format == format, file.c_str());
        }
        // Kimi-K2's FP8: one byte per converted weight and 4 per F32 block scale, whose count the config
        // reader derives on its own (the stored-extra parameters); routers stay BF16.
        const json kimi_config = readJson(dir + "kimi-k2.json");
        const auto kimi = formats::prepareQuantizedModel(formats::parseHfConfig(kimi_config.dump()),
                                                         formats::readHfQuantization(kimi_config, "kimi-k2.json"));
        std::int64_t matrices = 0;
        std::int64_t routers = 0;
        for (const TensorGroup& g : kimi->groups) {
            if (g.role == TensorRole::Router) {
                routers += g.elements();
            } else if (g.role != TensorRole::TokenEmbedding && g.role != TensorRole::OutputHead &&
                       g.role != TensorRole::Norm && g.role != TensorRole::Encoder) {
                matrices += g.elements();
            }
        }
        QVERIFY(kimi->counts.stored_extra > 0);
        QCOMPARE(kimi->stored_weights->body_bytes, matrices + 4 * kimi->counts.stored_extra + 2 * routers);
        // gpt-oss-20b: its experts in MXFP4 (17 bytes per 32 weights), everything else BF16.
        const json oss_config = readJson(dir + "gpt-oss-20b.json");
        const auto oss = formats::prepareQuantizedModel(formats::parseHfConfig(oss_config.dump()),
                                                        formats::readHfQuantization(oss_config, "gpt-oss-20b.json"));
        std::int64_t expected = 0;
        for (const TensorGroup& g : oss->groups) {
            const bool expert =
                g.role == TensorRole::ExpertGate || g.role == TensorRole::ExpertUp || g.role == TensorRole::ExpertDown;
            if (g.role == TensorRole::TokenEmbedding || g.role == TensorRole::OutputHead ||
                g.role == TensorRole::Norm || g.role == TensorRole::Encoder) {
                continue;
            }
            expected += expert ? g.rows * up(g.cols, 32) * 17 * g.count : 2 * g.elements();
        }
        QCOMPARE(oss->stored_weights->body_bytes, expected);
    }

    void quantizationConfigModelOptNvfp4() {
        // ModelOpt NVFP4 (vLLM modelopt.py ModelOptNvFp4LinearMethod): a 64 × 48 matrix stores 64 × 24 bytes of
        // E2M1 pairs, 64 × 3 E4M3 scales (one per 16 inputs), one F32 weight_scale_2 and one F32 input_scale.
        json config = json::parse(kSmallLlama);
        config["quantization_config"] = json::parse(
            R"({"quant_method":"modelopt","quantization":{"quant_algo":"NVFP4","kv_cache_quant_algo":"FP8","group_size":16,"exclude_modules":["lm_head","model.layers.1*"]}})");
        const auto q = formats::readHfQuantization(config, "config.json");
        QVERIFY(q.has_value());
        QVERIFY(q->layout == formats::QuantLayout::Nvfp4);
        QCOMPARE(formats::quantizedMatrixBytes(*q, 64, 48), qint64(1536 + 192 + 4 + 4));
        // W4A16_NVFP4 has no input_scale; ModelOpt FP8 is one byte per weight, F32 weight and input scales.
        config["quantization_config"] = json::parse(R"({"quant_method":"modelopt","quant_algo":"W4A16_NVFP4"})");
        QCOMPARE(formats::quantizedMatrixBytes(*formats::readHfQuantization(config, "c"), 64, 48),
                 qint64(1536 + 192 + 4));
        config["quantization_config"] = json::parse(R"({"quant_method":"modelopt","quant_algo":"FP8"})");
        QCOMPARE(formats::quantizedMatrixBytes(*formats::readHfQuantization(config, "c"), 64, 48),
                 qint64(3072 + 4 + 4));
        // exclude_modules are wildcards: "model.layers.1*" keeps layer 1 in BF16.
        QVERIFY(formats::isConverted(*q, TensorRole::AttnQ, 0));
        QVERIFY(!formats::isConverted(*q, TensorRole::AttnQ, 1));
        const auto model = formats::prepareQuantizedModel(formats::parseHfConfig(kSmallLlama), q);
        // Layer 0 in NVFP4: q and o 256 × 256 = 32768 + 4096 + 8 each, k and v 128 × 256 = 16384 + 2048 + 8,
        // gate and up 512 × 256 and down 256 × 512 = 65536 + 8192 + 8; layer 1's 589,824 weights in BF16.
        const std::int64_t layer0 = 2 * 36872 + 2 * 18440 + 3 * 73736;
        QCOMPARE(layer0, qint64(331832));
        QCOMPARE(model->stored_weights->body_bytes, layer0 + 2 * 589824);
        QVERIFY(model->stored_format == WeightFormat::MXFP4);
    }

    void quantizationConfigCompressedTensorsGroups() {
        // Two config_groups: FP8 per channel for the attention (its "re:" target), NVFP4 for the rest ("Linear");
        // the top-level ignore keeps lm_head and layer 1's down_proj in BF16.
        json config = json::parse(kSmallLlama);
        config["quantization_config"] = json::parse(R"({"quant_method":"compressed-tensors","format":"mixed-precision",
            "ignore":["lm_head","re:.*layers\\.1\\.mlp\\.down_proj"],"config_groups":{
            "group_0":{"format":"float-quantized","targets":["re:.*self_attn.*"],
                       "weights":{"num_bits":8,"type":"float","strategy":"channel"},
                       "input_activations":{"num_bits":8,"type":"float","dynamic":true}},
            "group_1":{"format":"nvfp4-pack-quantized","targets":["Linear"],
                       "weights":{"num_bits":4,"type":"float","strategy":"tensor_group","group_size":16},
                       "input_activations":{"num_bits":4,"type":"float","strategy":"tensor_group","group_size":16}}}})");
        const auto q = formats::readHfQuantization(config, "config.json");
        QVERIFY(q.has_value());
        QCOMPARE(q->groups.size(), std::size_t(2));
        QVERIFY(q->engine_format == WeightFormat::MXFP4);
        const auto* attn = formats::moduleQuantization(*q, "model.layers.0.self_attn.k_proj");
        const auto* mlp = formats::moduleQuantization(*q, "model.layers.0.mlp.up_proj");
        QVERIFY(attn && attn->layout == formats::QuantLayout::FloatFp8);
        QVERIFY(mlp && mlp->layout == formats::QuantLayout::Nvfp4);
        QVERIFY(!formats::moduleQuantization(*q, "model.layers.1.mlp.down_proj"));
        QVERIFY(!formats::moduleQuantization(*q, "lm_head"));
        const auto model = formats::prepareQuantizedModel(formats::parseHfConfig(config.dump()), q);
        // Per layer: q and o 65536 + 4 × 256, k and v 32768 + 4 × 128 (F32 per row); gate, up and down
        // 65536 + 8192 + 4 + 4 (NVFP4 with a 4-bit activations' input scale). Layer 1's down: 2 × 131072.
        const std::int64_t attention = 2 * 66560 + 2 * 33280;
        const std::int64_t mlp_matrix = 73736;
        QCOMPARE(model->stored_weights->body_bytes, 2 * attention + 5 * mlp_matrix + 262144);
        QCOMPARE(model->stored_weights->body_bytes, qint64(1030184));
        const std::int64_t bf16_rest = 2 * (1000 * 256 * 2 + 5 * 256);
        QCOMPARE(model->stored_weights->total(), qint64(1030184) + bf16_rest);
    }

    void quantizationConfigOfQwen36Nvfp4() {
        // nvidia Qwen3.6-35B-A3B-NVFP4 (the rec45 calibration case): ModelOpt MIXED_PRECISION, its
        // quantized_layers FP8 for the attention and Gated DeltaNet projections, W4A16 NVFP4 for the experts,
        // the shared expert and lm_head; in_proj_b / in_proj_a, routers and the MTP block unquantized.
        const auto q = formats::readHfQuantizationFile(
            (sharedDir() + "/data/runtime-logs/configs/qwen3.6-35b-a3b-nvfp4.json").toStdString());
        QVERIFY(q.has_value());
        QCOMPARE(q->groups.size(), std::size_t(2));
        QVERIFY(q->engine_format == WeightFormat::MXFP4);
        auto layout = [&](const char* module) {
            const formats::HfQuantization* s = formats::moduleQuantization(*q, module);
            return s ? int(s->layout) : -1;
        };
        const int fp8 = int(formats::QuantLayout::Fp8);
        const int nvfp4 = int(formats::QuantLayout::Nvfp4);
        QCOMPARE(layout("model.language_model.layers.0.linear_attn.in_proj_qkv"), fp8);
        QCOMPARE(layout("model.layers.0.linear_attn.in_proj_z"), fp8);
        QCOMPARE(layout("model.layers.30.linear_attn.out_proj"), fp8);
        QCOMPARE(layout("model.layers.3.self_attn.q_proj"), fp8);
        QCOMPARE(layout("model.layers.0.mlp.experts.17.down_proj"), nvfp4);
        QCOMPARE(layout("model.layers.39.mlp.shared_expert.gate_proj"), nvfp4);
        QCOMPARE(layout("lm_head"), nvfp4);
        QCOMPARE(layout("model.layers.0.linear_attn.in_proj_b"), -1);
        QCOMPARE(layout("model.layers.0.mlp.gate"), -1);
        QCOMPARE(layout("mtp.layers.0.mlp.experts.0.up_proj"), -1);
        const auto* expert = formats::moduleQuantization(*q, "model.layers.0.mlp.experts.0.up_proj");
        QCOMPARE(expert->group_size, qint64(16));
        QVERIFY(!expert->static_input_scale); // W4A16: no input_scale
        QVERIFY(formats::moduleQuantization(*q, "model.layers.3.self_attn.o_proj")->static_input_scale);
    }

    void quantizationConfigRefusesWhatItCannotRead() {
        auto refused = [](const char* quantization, const char* word) {
            json config = json::parse(kSmallLlama);
            config["quantization_config"] = json::parse(quantization);
            try {
                formats::readHfQuantization(config, "config.json");
            } catch (const formats::FormatError& e) {
                return std::string(e.what()).find(word) != std::string::npos;
            }
            return false;
        };
        QVERIFY(refused(R"({"quant_method":"hqq"})", "'hqq'"));
        QVERIFY(refused(R"({"quant_method":"gptq","bits":2})", "bits"));
        QVERIFY(refused(R"({"quant_method":"awq","version":"gemv"})", "version"));
        QVERIFY(refused(R"({"quant_method":"fp8","weight_block_size":[128]})", "weight_block_size"));
        QVERIFY(refused(R"({"quant_method":"bitsandbytes"})", "load_in_4bit"));
        QVERIFY(refused(R"({"quant_method":"compressed-tensors","format":"pack-quantized"})", "config_groups"));
        QVERIFY(refused(R"({"quant_method":"modelopt","quant_algo":"INT4_AWQ"})", "'INT4_AWQ'"));
        QVERIFY(refused(R"({"quant_method":"modelopt","quant_algo":"MIXED_PRECISION"})", "quantized_layers"));
        // No quantization_config: nothing to apply.
        QVERIFY(!formats::readHfQuantization(json::parse(kSmallLlama), "config.json").has_value());
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
        QTest::newRow("unknown model_type says what to try") << R"({"model_type":"qwen3_vl"})"
                                                             << "--params";
        QTest::newRow("jamba: why it is refused") << R"({"model_type":"jamba"})"
                                                  << "Mamba-1";
        QTest::newRow("falcon_h1: why it is refused") << R"({"model_type":"falcon_h1"})"
                                                      << "side by side";
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
