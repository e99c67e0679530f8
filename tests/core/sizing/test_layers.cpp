// The per-layer engine: what each mixer kind caches per token (worked out by hand from the shapes),
// the recurrent state per sequence, and each runtime's rule for which layers it caps.
#include "core/formats/hf_config.h"
#include "core/sizing/estimator.h"
#include "core/sizing/layers.h"
#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/runtime_profile.h"
#include "core/sizing/vllm_profile.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fitscope;
using namespace fitscope::sizing;

namespace {

// A calibration case's config without its quantization_config: these tests are about the KV cache, which
// the weights' format does not change.
std::shared_ptr<const PreparedModel> fromFile(const char* relative) {
    QFile file(QString::fromUtf8(FITSCOPE_TEST_DATA_DIR) + "/" + QString::fromUtf8(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", relative);
    }
    nlohmann::json config = nlohmann::json::parse(file.readAll().toStdString());
    config.erase("quantization_config");
    if (config.contains("text_config")) {
        config["text_config"].erase("quantization_config");
    }
    return prepareModel(formats::parseHfConfig(config.dump()));
}

std::shared_ptr<const PreparedModel> fromJson(const char* text) {
    return prepareModel(formats::parseHfConfig(text));
}

// gpt-oss-20b's shapes (openai/gpt-oss-20b config.json): 24 layers alternating sliding (128) and full,
// 8 KV heads of 64.
constexpr const char* kGptOss20b =
    R"({"model_type":"gpt_oss","vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,"num_hidden_layers":24,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,"num_local_experts":32,"num_experts_per_tok":4,"sliding_window":128,"tie_word_embeddings":false})";
// Llama-4-Scout's text config: 48 layers, 8 KV heads of 128, chunk 8192, every 4th layer global.
constexpr const char* kScout =
    R"({"model_type":"llama4_text","vocab_size":202048,"hidden_size":5120,"intermediate_size":8192,"intermediate_size_mlp":16384,"num_hidden_layers":48,"num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"num_local_experts":16,"num_experts_per_tok":1,"interleave_moe_layer_step":1,"attention_chunk_size":8192})";
// DeepSeek-V3 and V3.2 (MLA: kv_lora_rank 512 + rope 64; V3.2's indexer key 128).
constexpr const char* kDeepSeekV3 = R"({"model_type":"deepseek_v3","num_nextn_predict_layers":1})";
constexpr const char* kDeepSeekV32 = R"({"model_type":"deepseek_v32","index_n_heads":64,"index_head_dim":128})";
// Qwen3-Next-80B-A3B: Gated DeltaNet 16 key heads / 32 value heads of 128, conv kernel 4; every 4th layer
// full attention with 2 KV heads of 256.
constexpr const char* kQwen3Next =
    R"({"model_type":"qwen3_next","vocab_size":151936,"hidden_size":2048,"intermediate_size":5120,"num_hidden_layers":48,"num_attention_heads":16,"num_key_value_heads":2,"head_dim":256,"linear_conv_kernel_dim":4,"linear_key_head_dim":128,"linear_num_key_heads":16,"linear_num_value_heads":32,"linear_value_head_dim":128,"num_experts":512,"num_experts_per_tok":10,"moe_intermediate_size":512,"shared_expert_intermediate_size":512,"full_attention_interval":4})";
// NVIDIA-Nemotron-Nano-9B-v2: Mamba-2 with 128 heads of 80, 8 groups, state 128, conv 4.
constexpr const char* kNemotron9b =
    R"({"model_type":"nemotron_h","vocab_size":131072,"hidden_size":4480,"intermediate_size":15680,"num_hidden_layers":56,"num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"mamba_num_heads":128,"mamba_head_dim":80,"n_groups":8,"ssm_state_size":128,"conv_kernel":4,"hybrid_override_pattern":"M-M-M-MM-M-M-M*-M-M-M*-M-M-M-M*-M-M-M-M*-M-MM-M-M-M-M-M-"})";

// Gemma-4-26B-A4B's text config (google/gemma-4-26B-A4B config.json): 25 sliding layers of 8 KV heads × 256
// (window 1024), 5 global layers of 2 KV heads × 512 whose values are their keys (attention_k_eq_v).
constexpr const char* kGemma4 =
    R"({"model_type":"gemma4_text","vocab_size":262144,"hidden_size":2816,"intermediate_size":2112,"num_hidden_layers":30,"num_attention_heads":16,"num_key_value_heads":8,"head_dim":256,"global_head_dim":512,"num_global_key_value_heads":2,"attention_k_eq_v":true,"sliding_window":1024,"hidden_size_per_layer_input":0,"enable_moe_block":true,"num_experts":128,"top_k_experts":8,"moe_intermediate_size":704})";

const LayerCache& firstOf(const PreparedModel& m, MixerKind kind) {
    for (const LayerCache& c : m.layer_cache) {
        if (c.mixer == kind) {
            return c;
        }
    }
    throw std::runtime_error("no such layer");
}

} // namespace

class TestLayers : public QObject {
    Q_OBJECT

private slots:
    void kvBytesPerTokenPerLayerByHand_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("runtime");
        QTest::addColumn<qint64>("bytes");
        const int simple = int(Runtime::Simple);
        // Full attention, Llama-3.1-8B: 2 (K, V) × 8 KV heads × 128 × 2 bytes.
        QTest::newRow("full attention: 2×8×128×2")
            << R"({"model_type":"llama","vocab_size":128256,"hidden_size":4096,"intermediate_size":14336,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8})"
            << int(MixerKind::FullAttention) << simple << qint64(4096);
        // Sliding window, gpt-oss-20b: 2 × 8 × 64 × 2.
        QTest::newRow("sliding window: 2×8×64×2")
            << kGptOss20b << int(MixerKind::SlidingWindow) << simple << qint64(2048);
        // Chunked attention, Llama 4 Scout: 2 × 8 × 128 × 2.
        QTest::newRow("chunked: 2×8×128×2") << kScout << int(MixerKind::ChunkedAttention) << simple << qint64(4096);
        // MLA, DeepSeek-V3: (512 latent + 64 rotary) × 2, shared by all heads.
        QTest::newRow("latent: (512+64)×2") << kDeepSeekV3 << int(MixerKind::LatentAttention) << simple << qint64(1152);
        // transformers caches MLA decompressed: 128 heads × ((128+64) + 128) × 2.
        QTest::newRow("latent in transformers: 128×320×2")
            << kDeepSeekV3 << int(MixerKind::LatentAttention) << int(Runtime::Transformers) << qint64(81920);
        // DeepSeek sparse attention adds the indexer's 128-wide key: (512 + 64 + 128) × 2.
        QTest::newRow("latent + indexer: (512+64+128)×2")
            << kDeepSeekV32 << int(MixerKind::LatentAttention) << simple << qint64(1408);
        // Qwen3-Next's gated full attention: 2 × 2 KV heads × 256 × 2.
        QTest::newRow("hybrid's attention: 2×2×256×2")
            << kQwen3Next << int(MixerKind::FullAttention) << simple << qint64(2048);
        // Gemma 4's sliding layers: 2 × 8 × 256 × 2; its global layers: 2 × 2 × 512 × 2 (no v_proj, but the
        // values are cached as their own tensor).
        QTest::newRow("Gemma 4 sliding: 2×8×256×2")
            << kGemma4 << int(MixerKind::SlidingWindow) << simple << qint64(2 * 8 * 256 * 2);
        QTest::newRow("Gemma 4 global, K = V: 2×2×512×2")
            << kGemma4 << int(MixerKind::FullAttention) << simple << qint64(2 * 2 * 512 * 2);
        // Recurrent and MLP-only layers add nothing per token.
        QTest::newRow("Gated DeltaNet: 0 per token")
            << kQwen3Next << int(MixerKind::GatedDeltaNet) << simple << qint64(0);
        QTest::newRow("Mamba-2: 0 per token") << kNemotron9b << int(MixerKind::Mamba2) << simple << qint64(0);
        QTest::newRow("MLP block: 0 per token") << kNemotron9b << int(MixerKind::None) << simple << qint64(0);
    }
    void kvBytesPerTokenPerLayerByHand() {
        QFETCH(QString, config);
        QFETCH(int, kind);
        QFETCH(int, runtime);
        QFETCH(qint64, bytes);
        const auto model = fromJson(config.toStdString().c_str());
        const LayerCache& c = firstOf(*model, static_cast<MixerKind>(kind));
        QCOMPARE(kvClassBytesPerToken(c, KvFormat::FP16, KvFormat::FP16, static_cast<Runtime>(runtime)), bytes);
    }

    void recurrentStateByHand() {
        // Mamba-2 (Nemotron-Nano-9B-v2): conv state (kernel 4 − 1) × (d_inner 128×80 + 2 × 8 groups × 128)
        // = 3 × 12288 = 36,864 values; SSM state d_inner × state = 10240 × 128 = 1,310,720 values.
        const auto nemotron = fromJson(kNemotron9b);
        const LayerCache& m = firstOf(*nemotron, MixerKind::Mamba2);
        QCOMPARE(m.conv_state_elements, qint64(36'864));
        QCOMPARE(m.ssm_state_elements, qint64(1'310'720));
        QCOMPARE(recurrentStateBytes(m, Runtime::Vllm), qint64((36'864 + 1'310'720) * 2));     // model dtype
        QCOMPARE(recurrentStateBytes(m, Runtime::LlamaCpp), qint64((36'864 + 1'310'720) * 4)); // F32 r and s
        // transformers keeps the conv state at the kernel's full width: 4 × 12288.
        QCOMPARE(recurrentStateBytes(m, Runtime::Transformers), qint64((4 * 12'288 + 1'310'720) * 2));
        // Gated DeltaNet (Qwen3-Next): conv 3 × (2 × 16×128 + 32×128) = 24,576; state 32 × 128 × 128 = 524,288.
        const auto next = fromJson(kQwen3Next);
        const LayerCache& g = firstOf(*next, MixerKind::GatedDeltaNet);
        QCOMPARE(g.conv_state_elements, qint64(24'576));
        QCOMPARE(g.ssm_state_elements, qint64(524'288));
        QCOMPARE(recurrentStateBytes(g, Runtime::Vllm), qint64((24'576 + 524'288) * 2));
    }

    void recurrentStateDoesNotGrowWithContext() {
        // Qwen3-Next: 12 attention layers grow, 36 Gated DeltaNet layers hold a fixed state.
        const auto next = fromJson(kQwen3Next);
        const std::int64_t state = 36 * (24'576 + 524'288) * 2;
        const std::int64_t per_token = 12 * 2048;
        for (const std::int64_t tokens : {1024LL, 65536LL, 262144LL}) {
            QCOMPARE(kvCacheBytes(*next, KvFormat::FP16, Runtime::Vllm, tokens, 2), 2 * (state + per_token * tokens));
        }
        // The strip: one cell per layer, the recurrent ones fixed.
        const std::vector<LayerKvBytes> strip = layerKvBytes(*next, Runtime::Vllm, KvFormat::FP16, 65536);
        QCOMPARE(strip.size(), std::size_t(48));
        QVERIFY(strip[0].fixed);
        QCOMPARE(strip[0].bytes, qint64((24'576 + 524'288) * 2));
        QVERIFY(strip[3].mixer == MixerKind::FullAttention);
        QCOMPARE(strip[3].bytes, qint64(2048 * 65536));
    }

    void runtimesCacheASlidingWindowModelDifferently() {
        const auto oss = fromJson(kGptOss20b);
        const std::int64_t per_token_layer = 2048;
        const std::int64_t context = 32768;
        // Simple and transformers (gpt-oss's hybrid cache): 12 full layers × 32768 + 12 × 128.
        const std::int64_t capped = per_token_layer * (12 * context + 12 * 128);
        QCOMPARE(kvCacheBytes(*oss, KvFormat::FP16, Runtime::Simple, context, 1), capped);
        QCOMPARE(kvCacheBytes(*oss, KvFormat::FP16, Runtime::Transformers, context, 1), capped);
        // vLLM: SlidingWindowSpec pages cdiv(min(127 + 8192, 32768), 16) + 1 = 521 per sliding layer, 2048
        // per full layer, pages of 16 tokens.
        Scenario s;
        s.model = oss;
        s.context_tokens = context;
        s.runtime = Runtime::Vllm;
        const std::int64_t page = 16 * per_token_layer;
        QCOMPARE(vllmRequestBytes(s, oss->kv_layout, 1, context), page * (12 * 2048 + 12 * 521));
        // llama.cpp's iSWA cache: full layers n_ctx = 32768 cells, sliding layers pad(128 + 512, 256) = 768;
        // with --swa-full every layer keeps n_ctx.
        s.runtime = Runtime::LlamaCpp;
        QCOMPARE(llamaCppKvBytes(s, oss->kv_layout, context, 1, KvFormat::FP16, KvFormat::FP16),
                 per_token_layer * (12 * 32768 + 12 * 768));
        s.llamacpp.swa_full = true;
        QCOMPARE(llamaCppKvBytes(s, oss->kv_layout, context, 1, KvFormat::FP16, KvFormat::FP16),
                 per_token_layer * 24 * 32768);
        // Mistral-7B-v0.1 (a window on every layer, no layer_types): transformers' DynamicCache keeps every
        // position, the article's rule caps it.
        const auto mistral = fromJson(R"({"model_type":"mistral","sliding_window":4096})");
        const std::int64_t mistral_token = 32 * 2 * 8 * 128 * 2;
        QCOMPARE(kvCacheBytes(*mistral, KvFormat::FP16, Runtime::Transformers, 16384, 1), mistral_token * 16384);
        QCOMPARE(kvCacheBytes(*mistral, KvFormat::FP16, Runtime::Simple, 16384, 1), mistral_token * 4096);
    }

    void llamacppSlotsShareOrSplitTheWindow() {
        // gpt-oss-20b at -c 32768 -np 4 (8192 cells a slot, -fa on). llama-kv-cache-iswa.cpp: the SWA
        // cache keeps pad(min(kv_size, n_swa × (unified ? n_seq : 1) + n_ubatch), 256) cells per stream,
        // one stream per slot without -kvu.
        const auto oss = fromJson(kGptOss20b);
        const std::int64_t per_token_layer = 2048;
        Scenario s;
        s.model = oss;
        s.runtime = Runtime::LlamaCpp;
        s.llamacpp.flash_attention = FlashAttention::On;
        s.context_tokens = 8192;
        s.batch = 4;
        // Without -kvu: 4 streams × pad(128 + 512, 256) = 4 × 768 cells on each sliding layer.
        QCOMPARE(llamaCppKvBytes(s, oss->kv_layout, 8192, 4, KvFormat::FP16, KvFormat::FP16),
                 per_token_layer * (12 * 32768 + 12 * 4 * 768));
        // -kvu: one stream of pad(128 × 4 + 512, 256) = 1024 cells.
        s.llamacpp.kv_unified = true;
        QCOMPARE(llamaCppKvBytes(s, oss->kv_layout, 8192, 4, KvFormat::FP16, KvFormat::FP16),
                 per_token_layer * (12 * 32768 + 12 * 1024));
        // The estimate uses the same cells (no GPU: every layer's cache in system RAM).
        QCOMPARE(estimate(s).kv_cache_bytes, per_token_layer * (12 * 32768 + 12 * 1024));
        s.llamacpp.kv_unified = false;
        QCOMPARE(estimate(s).kv_cache_bytes, per_token_layer * (12 * 32768 + 12 * 4 * 768));
        // One slot: both rules agree.
        s.batch = 1;
        s.context_tokens = 32768;
        const std::int64_t one = estimate(s).kv_cache_bytes;
        s.llamacpp.kv_unified = true;
        QCOMPARE(estimate(s).kv_cache_bytes, one);
        QCOMPARE(one, per_token_layer * (12 * 32768 + 12 * 768));
    }

    void llamacppSwaWithTwoSlots() {
        // gpt-oss-20b at -c 16384 -np 2 -fa on: 2048 bytes a cell and layer (8 KV heads × 64 × 2 × F16),
        // 12 full layers and 12 sliding layers (window 128), n_ubatch 512.
        const auto oss = fromJson(kGptOss20b);
        Scenario s;
        s.model = oss;
        s.runtime = Runtime::LlamaCpp;
        s.llamacpp.flash_attention = FlashAttention::On;
        s.context_tokens = 8192;
        s.batch = 2;
        // Without -kvu: 2 streams of 8192 cells; each slot's window pad(min(8192, 128 + 512), 256) = 768.
        QCOMPARE(estimate(s).kv_cache_bytes, 2048LL * (12 * 2 * 8192 + 12 * 2 * 768));
        // -kvu: one stream of 16384; one window of pad(128 × 2 + 512, 256) = 768 cells for both slots.
        s.llamacpp.kv_unified = true;
        QCOMPARE(estimate(s).kv_cache_bytes, 2048LL * (12 * 16384 + 12 * 768));
        // --swa-full: the sliding layers keep the stream's every cell.
        s.llamacpp.swa_full = true;
        QCOMPARE(estimate(s).kv_cache_bytes, 2048LL * (12 * 16384 + 12 * 16384));
        s.llamacpp.kv_unified = false;
        QCOMPARE(estimate(s).kv_cache_bytes, 2048LL * (12 * 2 * 8192 + 12 * 2 * 8192));
    }

    void chunkedAttentionInVllm() {
        // Llama 4 Scout at 131072: 36 chunked layers keep cdiv(min(8192 + 8192, 131072), 16) = 1024 pages,
        // 12 global layers 8192 pages.
        Scenario s;
        s.model = fromJson(kScout);
        s.runtime = Runtime::Vllm;
        const std::int64_t page = 16 * 4096;
        QCOMPARE(vllmRequestBytes(s, s.model->kv_layout, 1, 131072), page * (36 * 1024 + 12 * 8192));
    }

    void sharedKvLayersCacheNothing() {
        // A layer reading an earlier layer's keys and values (Gemma 3n's num_kv_shared_layers) holds no cache.
        ModelSpec spec = formats::parseHfConfig(R"({"model_type":"llama","num_hidden_layers":4})");
        spec.layers = layerList(spec);
        spec.layers[3].mixer = MixerKind::SharedKv;
        spec.layers[3].attn.kv_source_layer = 1;
        const auto model = prepareModel(spec);
        QCOMPARE(kvCacheBytes(*model, KvFormat::FP16, Runtime::Simple, 100, 1), qint64(3 * 100 * 2 * 32 * 128 * 2));
        // Its K and V projections are gone too.
        const ModelSpec plain = formats::parseHfConfig(R"({"model_type":"llama","num_hidden_layers":4})");
        QCOMPARE(countParameters(plain).total() - model->counts.total(), qint64(2 * 4096 * 4096));
    }

    // The prepared prefix sums give every layer range the same bytes as walking the tensor groups, for
    // GGUF mixtures (types by layer), MoE, hybrids and a uniform model.
    void preparedLayerSumsMatchTheGroups() {
        for (const char* config : {kGptOss20b, kScout, kDeepSeekV3, kQwen3Next, kNemotron9b}) {
            const auto model = fromJson(config);
            const std::int64_t layers = model->spec.num_layers;
            for (const WeightFormat format : {WeightFormat::FP16, WeightFormat::Q4_K_M, WeightFormat::Q6_K,
                                              WeightFormat::INT4_G128, WeightFormat::FP8_E4M3}) {
                PrecisionPlan plan;
                plan.weights = format;
                for (std::int64_t first = 0; first <= layers; first += 3) {
                    for (std::int64_t end = first; end <= layers; end += 5) {
                        QCOMPARE(layerWeightBytes(*model, plan, first, end),
                                 layerWeightBytesUncached(*model, plan, first, end));
                    }
                    QCOMPARE(layerWeightBytes(*model, plan, first, layers),
                             layerWeightBytesUncached(*model, plan, first, layers));
                }
            }
            QVERIFY(layerWeightBytes(*model, PrecisionPlan{}, 0, layers) > 0);
            // Parameters: the whole range is every repeating layer's parameters.
            QCOMPARE(layerParams(*model, 0, layers / 2) + layerParams(*model, layers / 2, layers),
                     layerParams(*model, 0, layers));
        }
    }

    // vLLM's "estimated maximum model length": the longest length whose one sequence fits the KV pool,
    // checked against the request bytes themselves one token either side.
    void vllmLongestModelLengthIsTheLastThatFits() {
        for (const char* config : {kGptOss20b, kScout, kQwen3Next, kNemotron9b, kDeepSeekV3}) {
            Scenario s;
            s.model = fromJson(config);
            s.runtime = Runtime::Vllm;
            s.precision.weights = WeightFormat::INT4_G128;
            for (const double memory_gib : {24.0, 80.0, 141.0, 700.0}) {
                auto gpu = std::make_shared<GpuSpec>();
                gpu->id = "test";
                gpu->memory_bytes = static_cast<std::int64_t>(memory_gib * 1024 * 1024 * 1024);
                gpu->bandwidth_gbps = 1000;
                gpu->fp16_tflops = 100;
                s.gpu = gpu;
                for (const std::int64_t context : {4096, 131072}) {
                    s.context_tokens = context;
                    const Estimate e = estimate(s, Detail::NumbersOnly);
                    QVERIFY(e.vllm);
                    const std::int64_t pool = e.vllm->kv_pool_bytes;
                    if (pool <= 0) {
                        continue;
                    }
                    const std::int64_t longest = e.vllm->max_model_len_that_fits;
                    QVERIFY(vllmRequestBytes(s, s.model->kv_layout, 1, longest) <= pool);
                    if (longest < kMaxContextTokens) {
                        QVERIFY2(vllmRequestBytes(s, s.model->kv_layout, 1, longest + 1) > pool,
                                 qPrintable(QString::number(longest)));
                    }
                }
            }
        }
    }

    // vLLM's hybrid KV cache manager, worked by hand from vLLM's source and checked against the figures
    // vLLM printed (tests/data/runtime-logs/calibration.json). Qwen3.6-35B-A3B on an RTX 5090, vLLM
    // 0.24.0, FP8 KV cache, prefix caching: "GPU KV cache size: 567,978 tokens", "4.33x" for 131,072.
    void vllmHybridManagerReproducesQwen36OnA5090() {
        Scenario s;
        s.model = fromFile("runtime-logs/configs/qwen3.6-35b-a3b-nvfp4.json");
        s.runtime = Runtime::Vllm;
        s.precision.kv_cache = KvFormat::FP8;
        s.vllm.enable_prefix_caching = true;
        // A Gated DeltaNet state: conv 8,192 channels × 3 × 2 bytes, delta-rule 32 × 128 × 128 × 4 bytes
        // (the config's mamba_ssm_dtype float32).
        const std::int64_t state = 8192 * 3 * 2 + 32 * 128 * 128 * 4;
        const KvLayout& layout = s.model->kv_layout;
        std::int64_t measured_state = 0;
        for (std::size_t i = 0; i < layout.count; ++i) {
            if (layout.classes[i].cache.mixer == MixerKind::GatedDeltaNet) {
                measured_state = vllmStateBytes(layout.classes[i].cache);
            }
        }
        QCOMPARE(measured_state, state);
        const VllmKvCacheConfig config = vllmKvCacheConfig(s, layout, 1, true);
        // Attention page of one token: 2 × 2 KV heads × 256 × 1 byte; block 16 × cdiv(state, 16 × 1024).
        QCOMPARE(config.attentionBlockSize(), qint64(16 * ((state + 16 * 1024 - 1) / (16 * 1024))));
        QCOMPARE(config.attentionBlockSize(), qint64(2096));
        QCOMPARE(config.pageBytes(), qint64(2096 * 1024));
        // 10 full-attention layers and 30 recurrent ones: groups of 10, one attention group and three
        // recurrent ones sharing 10 tensors.
        QCOMPARE(config.groupSize(), qint64(10));
        QCOMPARE(config.groupCount(), qint64(4));
        // One request: cdiv(131072, 2096) = 63 attention pages, 2 per recurrent group ("align" mode).
        QCOMPARE(config.blocksPerRequest(131072), qint64(63 + 3 * 2));
        const std::int64_t pool = 299 * 10 * config.pageBytes();
        QCOMPARE(config.numBlocks(pool), qint64(299));
        QCOMPARE(config.reportedTokens(299, 131072), qint64(567'978));
        QCOMPARE(QString::number(config.maxConcurrency(299, 131072), 'f', 2), QStringLiteral("4.33"));
        // vLLM 0.19 printed num_blocks // groups × the smallest block instead (vLLM issue #40691).
        s.vllm.version = VllmVersion{0, 19};
        QCOMPARE(vllmKvCacheConfig(s, layout, 1, true).reportedTokens(299, 131072), qint64(299 / 4 * 2096));
        // Without prefix caching ("none"): one state block per recurrent group.
        s.vllm.version = kNewestVllmVersion;
        s.vllm.enable_prefix_caching = false;
        QCOMPARE(vllmKvCacheConfig(s, layout, 1, true).blocksPerRequest(131072), qint64(63 + 3));
    }

    // Qwen3.6-27B on two RTX 3090s, MTP with 3 speculative tokens: "GPU KV cache size: 620,944 tokens",
    // "2.37x" for 262,144.
    void vllmHybridManagerReproducesQwen36WithMtpOnTwo3090s() {
        Scenario s;
        s.model = fromFile("runtime-logs/configs/qwen3.6-27b-nvfp4.json");
        s.runtime = Runtime::Vllm;
        s.precision.kv_cache = KvFormat::FP8;
        s.gpu_count = 2;
        s.vllm.enable_prefix_caching = true;
        s.vllm.num_speculative_tokens = 3;
        const VllmKvCacheConfig config = vllmKvCacheConfig(s, s.model->kv_layout, 2, true);
        // Per GPU: conv 5,120 channels × (3 + 3 speculative) × 2 bytes, delta-rule 24 × 128 × 128 × 4 bytes;
        // attention 2 × 2 KV heads × 256 × 1 byte per token: block 16 × cdiv(1,634,304, 16,384) = 1600.
        QCOMPARE(config.attentionBlockSize(), qint64(1600));
        // 16 full-attention layers + the MTP block's, 48 recurrent: groups of 17, 1 + 3 groups.
        QCOMPARE(config.groupSize(), qint64(17));
        QCOMPARE(config.groupCount(), qint64(4));
        // cdiv(262144, 1600) = 164 attention pages, 2 + 3 speculative per recurrent group.
        QCOMPARE(config.blocksPerRequest(262144), qint64(164 + 3 * 5));
        QCOMPARE(config.reportedTokens(424, 262144), qint64(620'944));
        QCOMPARE(QString::number(config.maxConcurrency(424, 262144), 'f', 2), QStringLiteral("2.37"));
    }

    // DeepSeek-V2-Lite with TP 2 × PP 2: get_pp_indices gives the first stage 14 layers, the second 13; the
    // latent cache is whole on every GPU; every rank takes the smallest rank's block count.
    void vllmPipelineStagesSplitTheLayersAsGetPpIndices() {
        Scenario s;
        s.model = fromFile("runtime-logs/configs/deepseek-v2-lite-chat.json");
        s.runtime = Runtime::Vllm;
        s.gpu_count = 4;
        s.vllm.pipeline_parallel_size = 2;
        s.context_tokens = 1024;
        s.cuda_graphs = false;
        auto gpu = std::make_shared<GpuSpec>();
        gpu->id = "test";
        gpu->memory_bytes = 24LL << 30;
        gpu->bandwidth_gbps = 300;
        gpu->fp16_tflops = 100;
        s.gpu = gpu;
        const Estimate e = estimate(s, Detail::NumbersOnly);
        QCOMPARE(e.gpu_loads.size(), std::size_t(4));
        QCOMPARE(e.gpu_loads[0].end_layer - e.gpu_loads[0].first_layer, qint64(14));
        QCOMPARE(e.gpu_loads[2].end_layer - e.gpu_loads[2].first_layer, qint64(13));
        const std::int64_t page = 16 * (512 + 64) * 2; // MLA latent + rotary key, BF16, one layer
        std::int64_t fewest = -1;
        for (int rank : {0, 2}) {
            const std::int64_t layers = e.gpu_loads[rank].end_layer - e.gpu_loads[rank].first_layer;
            const std::int64_t blocks = e.gpu_loads[rank].kv_cache_bytes / page / layers;
            fewest = fewest < 0 ? blocks : std::min(fewest, blocks);
        }
        QCOMPARE(e.vllm->num_blocks, fewest);
        QCOMPARE(e.vllm->kv_cache_tokens, fewest * 16);
        // VLLM_PP_LAYER_PARTITION moves layers between the stages.
        s.vllm.pp_layer_partition = {12, 15};
        const Estimate moved = estimate(s, Detail::NumbersOnly);
        QCOMPARE(moved.gpu_loads[0].end_layer, qint64(12));
        QCOMPARE(moved.gpu_loads[2].end_layer - moved.gpu_loads[2].first_layer, qint64(15));
    }

    // vLLM's versions: the engine era, the CUDA-graph reserve (in the KV budget from 0.21) and the
    // version strings logs print.
    void vllmVersionsChangeTheRules() {
        QVERIFY(vllmVersionFromId("v0.8.3.dev172+g2b93162f") == std::optional<VllmVersion>(VllmVersion{0, 8}));
        QVERIFY(vllmVersionFromId("0.24.0") == std::optional<VllmVersion>(VllmVersion{0, 24}));
        QVERIFY(vllmVersionFromId("0.1.dev7548+gbaba038") == std::optional<VllmVersion>(kNewestVllmVersion));
        QVERIFY(!vllmVersionFromId("seven"));
        QCOMPARE(QString::fromStdString(vllmVersionId(VllmVersion{0, 6})), QStringLiteral("0.6"));
        Scenario s;
        s.model = fromJson(R"({"model_type":"llama"})");
        s.runtime = Runtime::Vllm;
        auto gpu = std::make_shared<GpuSpec>();
        gpu->id = "test";
        gpu->memory_bytes = 80LL << 30;
        gpu->bandwidth_gbps = 2000;
        gpu->fp16_tflops = 300;
        s.gpu = gpu;
        const std::int64_t newest = estimate(s, Detail::NumbersOnly).vllm->kv_pool_bytes;
        s.vllm.version = VllmVersion{0, 20};
        const std::int64_t before_graphs = estimate(s, Detail::NumbersOnly).vllm->kv_pool_bytes;
        QCOMPARE(before_graphs - newest, vllm_constants::kCudaGraphBytes);
        s.cuda_graphs = false;
        s.vllm.version = kNewestVllmVersion;
        QCOMPARE(estimate(s, Detail::NumbersOnly).vllm->kv_pool_bytes, before_graphs);
    }

    void wrongLayerListIsRefused() {
        ModelSpec spec = formats::parseHfConfig(R"({"model_type":"llama","num_hidden_layers":4})");
        spec.layers = layerList(spec);
        spec.layers.pop_back();
        QVERIFY(validate(spec).find("per-layer list has 3 entries for 4 layers") != std::string::npos);
        spec.layers.clear();
        spec.layers = layerList(spec);
        spec.layers[2].mlp.kind = LayerMlpKind::Moe;
        QVERIFY(validate(spec).find("layer 2") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "test_layers.moc"
