// The vLLM and llama.cpp runtime profiles against hand-computed figures.
#include "core/sizing/image_tokens.h"
#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/runtime_profile.h"
#include "core/sizing/solver.h"
#include "core/sizing/vllm_profile.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

Scenario vllm7bOnA100(std::int64_t context) {
    Scenario s;
    s.model = catalogModel("llama-2-7b");
    s.precision.weights = WeightFormat::BF16;
    s.precision.kv_cache = KvFormat::BF16;
    s.context_tokens = context;
    s.runtime = Runtime::Vllm;
    s.gpu = catalogGpu("a100-80gb");
    return s;
}

Scenario llamacpp(const std::string& model, WeightFormat format, std::int64_t context, const std::string& gpu) {
    Scenario s;
    s.model = catalogModel(model);
    s.precision.weights = format;
    s.context_tokens = context;
    s.runtime = Runtime::LlamaCpp;
    if (!gpu.empty()) {
        s.gpu = catalogGpu(gpu);
    }
    return s;
}

constexpr std::int64_t MiB = 1 << 20;

} // namespace

class TestRuntimes : public QObject {
    Q_OBJECT

private slots:
    void imagesJoinEverySequence_inEveryProfile_data() {
        QTest::addColumn<int>("runtime");
        QTest::newRow("vllm") << int(Runtime::Vllm);
        QTest::newRow("llama.cpp") << int(Runtime::LlamaCpp);
        QTest::newRow("transformers") << int(Runtime::Transformers);
    }
    void imagesJoinEverySequence_inEveryProfile() {
        QFETCH(int, runtime);
        Scenario s;
        s.model = catalogModel("gemma-4-26b-a4b"); // its vision tower pools an image to 280 soft tokens
        s.runtime = static_cast<Runtime>(runtime);
        s.gpu = catalogGpu("h100-80gb");
        s.context_tokens = 8192;
        s.batch = 2;
        QCOMPARE(s.model->spec.image_tokens_per_image, std::int64_t(280));
        Scenario text_only = s;
        text_only.context_tokens = 8192 + 4 * 280;
        s.images_per_request = 4;
        QCOMPARE(imageTokensPerSequence(s), std::int64_t(4 * 280));
        QCOMPARE(sequenceTokens(s), std::int64_t(8192 + 4 * 280));
        const Estimate with_images = estimate(s);
        const Estimate longer = estimate(text_only);
        // The image tokens are cached and attended like text: the same memory as the longer text.
        QCOMPARE(with_images.kv_cache_bytes, longer.kv_cache_bytes);
        QCOMPARE(with_images.total_bytes, longer.total_bytes);
        Scenario short_text = text_only;
        short_text.context_tokens = 8192;
        const Estimate text = estimate(short_text);
        if (s.runtime == Runtime::Vllm) {
            // vLLM's pool is its budget whatever the length: each request's pages grow instead.
            QVERIFY(with_images.vllm && text.vllm);
            QCOMPARE(with_images.vllm->request_kv_bytes, longer.vllm->request_kv_bytes);
            QVERIFY(with_images.vllm->request_kv_bytes > text.vllm->request_kv_bytes);
        } else {
            QVERIFY(with_images.kv_cache_bytes > text.kv_cache_bytes);
        }
        // The derivation starts with where the extra tokens come from.
        QVERIFY(!with_images.steps.empty());
        QVERIFY(with_images.steps.front().text.find("image(s) per request") != std::string_view::npos);
        QCOMPARE(with_images.steps.front().subject, std::string("vision_soft_tokens_per_image"));
        // A figure the user gives wins over the model's.
        s.tokens_per_image = 1000;
        QCOMPARE(sequenceTokens(s), std::int64_t(8192 + 4000));
        text_only.context_tokens = 8192 + 4000;
        QCOMPARE(estimate(s).total_bytes, estimate(text_only).total_bytes);
    }

    void imagesOnATextModel_changeNothing() {
        Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.runtime = Runtime::Vllm;
        s.gpu = catalogGpu("a10g");
        const Estimate before = estimate(s);
        s.images_per_request = 3; // no encoder, no tokens per image: nothing to add
        QCOMPARE(imageTokensPerSequence(s), std::int64_t(0));
        QCOMPARE(estimate(s).total_bytes, before.total_bytes);
    }

    void vllmPoolBlocksAndConcurrencyByHand() {
        const Estimate e = estimate(vllm7bOnA100(4096));
        QVERIFY(e.vllm.has_value());
        const VllmPlan& p = *e.vllm;
        // 81920 MiB usable × 0.90.
        const std::int64_t budget = std::llround(81920.0 * MiB * 0.90);
        QCOMPARE(p.budget_bytes, budget);
        // Weights: 6,738,415,616 × 2 bytes.
        const std::int64_t weights = 13'476'831'232;
        // Profile: 8192 tokens × (3 × 11008 gate-up + SiLU, 2 × 4096 hidden) × 2 bytes + 256 × 32000 × 4 × 2.
        const std::int64_t activations = 8192LL * (3 * 11008 + 2 * 4096) * 2 + 256LL * 32000 * 4 * 2;
        QCOMPARE(p.profile_activation_bytes, activations);
        const std::int64_t overhead = transformers_calibration::kNonTorchBytes + vllm_constants::kCudaGraphBytes;
        const std::int64_t pool = budget - weights - activations - overhead;
        QCOMPARE(p.kv_pool_bytes, pool);
        // One block: 16 tokens × 2 × 32 heads × 128 × 2 bytes per layer, 32 layers.
        const std::int64_t block_all_layers = 16LL * 2 * 32 * 128 * 2 * 32;
        QCOMPARE(p.num_blocks, pool / block_all_layers);
        QCOMPARE(p.kv_cache_tokens, pool / block_all_layers * 16);
        QCOMPARE(p.request_kv_bytes, 4096LL / 16 * block_all_layers);
        // vLLM V1: whole blocks over the blocks of one request (get_max_concurrency_for_kv_cache_config).
        QCOMPARE(p.max_concurrency, static_cast<double>(pool / block_all_layers) / (4096.0 / 16));
        QCOMPARE(p.block_pool_bytes, pool / block_all_layers * block_all_layers);
        QVERIFY(p.starts);
        // The GPU shows the whole budget (what nvidia-smi shows), the pool as KV cache.
        QCOMPARE(e.per_gpu_bytes, budget);
        QCOMPARE(e.kv_cache_bytes, pool);
        QCOMPARE(e.fit->verdict, Verdict::Fits);
    }

    void vllmVerdictIsAboutThePool() {
        Scenario s = vllm7bOnA100(4096);
        const double concurrency = estimate(s).vllm->max_concurrency;
        s.batch = static_cast<std::int64_t>(concurrency); // fits, with little spare
        QVERIFY(estimate(s).fit->verdict != Verdict::DoesNotFit);
        s.batch = static_cast<std::int64_t>(concurrency) + 1;
        QCOMPARE(estimate(s).fit->verdict, Verdict::DoesNotFit);
        // The largest batch solver lands on the concurrency.
        s.batch = 1;
        QCOMPARE(largestBatchThatFits(s).value(), static_cast<std::int64_t>(concurrency));
    }

    void vllmErrorMessages_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("version");
        QTest::newRow("13B FP16 on A100 40 GB at 16k, V1: not enough KV cache memory")
            << "llama-2-13b"
            << "a100-40gb" << qint64(16384)
            << "ValueError: To serve at least one request with the models's max seq len (16384), (12.50 GiB KV cache "
               "is needed, which is larger than the available KV cache memory ("
            << "0.24";
        QTest::newRow("13B FP16 on A100 40 GB at 16k, V0: max seq len error")
            << "llama-2-13b"
            << "a100-40gb" << qint64(16384)
            << "ValueError: The model's max seq len (16384) is larger than the maximum number of tokens that can be "
               "stored in KV cache ("
            << "0.6";
        QTest::newRow("70B FP16 on one H200: no memory for cache blocks")
            << "llama-2-70b"
            << "h200" << qint64(4096) << "ValueError: No available memory for the cache blocks."
            << "0.24";
    }
    void vllmErrorMessages() {
        QFETCH(QString, model);
        QFETCH(QString, gpu);
        QFETCH(qint64, context);
        QFETCH(QString, message);
        QFETCH(QString, version);
        Scenario s;
        s.vllm.version = vllmVersionFromId(version.toStdString()).value();
        s.model = catalogModel(model.toStdString());
        s.precision.weights = WeightFormat::FP16;
        s.context_tokens = context;
        s.runtime = Runtime::Vllm;
        s.gpu = catalogGpu(gpu.toStdString());
        const Estimate e = estimate(s);
        QVERIFY(!e.vllm->starts);
        QVERIFY2(QString::fromStdString(e.vllm->error).startsWith(message), e.vllm->error.c_str());
        QCOMPARE(e.fit->verdict, Verdict::DoesNotFit);
        if (context == 16384) {
            // The pool holds fewer tokens than one sequence; the longest length it holds is reported.
            QVERIFY(e.vllm->kv_cache_tokens < context);
            QVERIFY(e.vllm->max_model_len_that_fits > 0 && e.vllm->max_model_len_that_fits < context);
        }
    }

    void vllmSlidingWindowUsesTheWindow() {
        // Mistral 7B v0.1: every layer slides over 4096 tokens. SlidingWindowSpec:
        // (cdiv(min(window − 1 + max_num_batched_tokens, len), 16) + 1) pages per layer.
        Scenario s;
        s.model = catalogModel("mistral-7b");
        s.context_tokens = 32768;
        s.runtime = Runtime::Vllm;
        s.gpu = catalogGpu("a100-80gb");
        const ModelSpec& spec = s.model->spec;
        if (!spec.sliding_window.enabled()) {
            QSKIP("catalog Mistral has no sliding window");
        }
        const std::int64_t page = 16 * 2 * spec.num_kv_heads * spec.head_dim * 2;
        const std::int64_t window = spec.sliding_window.window_tokens;
        const std::int64_t span = std::min<std::int64_t>(window - 1 + 8192, 32768);
        const std::int64_t expected = spec.num_layers * ((span + 15) / 16 + 1) * page;
        QCOMPARE(estimate(s).vllm->request_kv_bytes, expected);
    }

    void llamacppComputeBufferMatchesTheLog() {
        // llama.cpp prints "CUDA0 compute buffer size = 296.00 MiB" for Llama-2-7B at n_ctx 4096 without
        // flash attention: 8 MiB embeddings + 8 MiB KQ mask + 256 MiB KQ + 24 MiB Q, K, V.
        Scenario s = llamacpp("llama-2-7b", WeightFormat::Q4_0, 4096, "rtx-4090");
        s.llamacpp.flash_attention = FlashAttention::Off; // the log's build ran without -fa
        const LlamaCppCompute c = llamaCppCompute(s, 4096);
        QCOMPARE(c.total(true, true), 296 * MiB);
        const Estimate e = estimate(s);
        QCOMPARE(e.llamacpp->gpu_compute_buffer_bytes, 296 * MiB);
        // With flash attention the KQ matrix is gone: the feed-forward phase is the largest.
        Scenario fa = s;
        fa.llamacpp.flash_attention = FlashAttention::On;
        const LlamaCppCompute f = llamaCppCompute(fa, 4096);
        QCOMPARE(f.total(true, true), 4 * 4096 * 512 + 2 * 4096 * 512 + 4LL * 3 * 11008 * 512 + 4 * 4096 * 512);
    }

    void llamacppQuantizedVCacheNeedsFlashAttention() {
        Scenario s = llamacpp("llama-2-7b", WeightFormat::Q4_K_M, 4096, "rtx-4090");
        s.precision.kv_cache = KvFormat::Q8_0;
        s.llamacpp.flash_attention = FlashAttention::Off;
        const Estimate no_fa = estimate(s);
        QVERIFY(no_fa.llamacpp->v_cache_f16_fallback);
        // K in q8_0 (34 bytes per 32), V in f16: per token and layer 4096/32 × 34 + 4096 × 2.
        QCOMPARE(no_fa.kv_cache_bytes, 32LL * 4096 * (4096 / 32 * 34 + 4096 * 2));
        s.llamacpp.flash_attention = FlashAttention::On;
        const Estimate fa = estimate(s);
        QVERIFY(!fa.llamacpp->v_cache_f16_fallback);
        QCOMPARE(fa.kv_cache_bytes, 32LL * 4096 * (2 * 4096 / 32 * 34));
    }

    void llamacppSizesKAndVEachWithItsOwnType() {
        // Llama-3-8B, -c 8192 -fa on -ctk q8_0 -ctv q4_0: 32 layers × 8192 cells × (8 KV heads × 128 per
        // row: K 1024/32 blocks × 34 bytes + V 1024/32 × 18 bytes).
        Scenario s = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 8192, "rtx-4090");
        s.precision.kv_cache = KvFormat::Q8_0;
        s.llamacpp.cache_type_v = KvFormat::Q4_0;
        s.llamacpp.flash_attention = FlashAttention::On;
        const Estimate fa = estimate(s);
        QVERIFY(!fa.llamacpp->v_cache_f16_fallback);
        QCOMPARE(fa.kv_cache_bytes, 32LL * 8 * 128 * 8192 * (34 + 18) / 32);
        // Per token: 32 layers × (K 1088 + V 576 bytes) = 53248.
        QCOMPARE(fa.kv_bytes_per_token, 32LL * (1088 + 576));
        // -ctk f16 -ctv q8_0: the V type alone changes.
        s.precision.kv_cache = KvFormat::FP16;
        s.llamacpp.cache_type_v = KvFormat::Q8_0;
        QCOMPARE(estimate(s).kv_cache_bytes, 32LL * 8192 * (1024 * 2 + 1024 / 32 * 34));
        // Without flash attention the quantized V falls back to F16 and the plan says so.
        s.precision.kv_cache = KvFormat::Q8_0;
        s.llamacpp.cache_type_v = KvFormat::Q4_0;
        s.llamacpp.flash_attention = FlashAttention::Off;
        const Estimate no_fa = estimate(s);
        QVERIFY(no_fa.llamacpp->v_cache_f16_fallback);
        QCOMPARE(no_fa.kv_cache_bytes, 32LL * 8192 * (1024 / 32 * 34 + 1024 * 2));
    }

    // llama.cpp's other cache types (common/arg.cpp kv_cache_types), blocks of 32 as ggml-common.h lays
    // them out: q4_1 = FP16 d, m + 16 bytes (20), q5_0 = d + 4 + 16 (22), q5_1 = d, m + 4 + 16 (24),
    // iq4_nl = d + 16 (18). Llama-3-8B, -c 8192 -fa on: 32 layers × 8192 cells × (K + V), each row
    // 8 KV heads × 128 = 1024 values = 32 blocks.
    void llamacppSizesEveryCacheTypeByItsBlock_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("blockBytes");
        QTest::newRow("q4_1") << static_cast<int>(KvFormat::Q4_1) << qint64(20);
        QTest::newRow("q5_0") << static_cast<int>(KvFormat::Q5_0) << qint64(22);
        QTest::newRow("q5_1") << static_cast<int>(KvFormat::Q5_1) << qint64(24);
        QTest::newRow("iq4_nl") << static_cast<int>(KvFormat::IQ4_NL) << qint64(18);
    }
    void llamacppSizesEveryCacheTypeByItsBlock() {
        QFETCH(int, format);
        QFETCH(qint64, blockBytes);
        const auto kv = static_cast<KvFormat>(format);
        QCOMPARE(kvRowBytes(kv, 1024, 8), 32 * blockBytes);
        Scenario s = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 8192, "rtx-4090");
        s.precision.kv_cache = kv;
        s.llamacpp.flash_attention = FlashAttention::On;
        const Estimate e = estimate(s);
        QVERIFY(!e.llamacpp->v_cache_f16_fallback);
        QCOMPARE(e.kv_cache_bytes, 32LL * 8192 * 2 * 32 * blockBytes);
        QCOMPARE(e.kv_bytes_per_token, 32LL * 2 * 32 * blockBytes);
        // As -ctv alone (K f16): V takes its block, K 2 bytes a value.
        s.precision.kv_cache = KvFormat::FP16;
        s.llamacpp.cache_type_v = kv;
        QCOMPARE(estimate(s).kv_cache_bytes, 32LL * 8192 * (1024 * 2 + 32 * blockBytes));
        // With -fa off a quantized V cannot run: sized in F16, as with q8_0 and q4_0.
        s.llamacpp.flash_attention = FlashAttention::Off;
        QVERIFY(estimate(s).llamacpp->v_cache_f16_fallback);
        QCOMPARE(estimate(s).kv_cache_bytes, 32LL * 8192 * 1024 * 2 * 2);
        // The ids read back (the CLI's --kv-cache, scenario files, the log reader).
        QCOMPARE(kvFormatFromId(kvFormatInfo(kv).id), std::optional<KvFormat>(kv));
    }

    // -fa auto, llama.cpp's default: resolved on (llama-context.cpp keeps it where the layer's device
    // runs FLASH_ATTN_EXT, which every backend FitScope sizes does), on a GPU and CPU-only alike. So a
    // quantized V is kept and n_ctx is padded to 256, as with -fa on.
    void llamacppFlashAttentionAuto_isSizedAsOn() {
        Scenario s = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 300, "rtx-4090");
        QCOMPARE(s.llamacpp.flash_attention, FlashAttention::Auto); // the default
        QVERIFY(llamaCppFlashAttention(s));
        QCOMPARE(llamaCppCells(s, 300, 1), std::int64_t(512)); // pad(300, 256)
        s.precision.kv_cache = KvFormat::Q8_0;
        const Estimate automatic = estimate(s);
        QVERIFY(!automatic.llamacpp->v_cache_f16_fallback);
        s.llamacpp.flash_attention = FlashAttention::On;
        QCOMPARE(estimate(s).per_gpu_bytes, automatic.per_gpu_bytes);
        s.llamacpp.flash_attention = FlashAttention::Off;
        QVERIFY(!llamaCppFlashAttention(s));
        QCOMPARE(llamaCppCells(s, 300, 1), std::int64_t(320)); // pad(300, 32): builds before PR #17046
        QVERIFY(estimate(s).llamacpp->v_cache_f16_fallback);
        // CPU-only: auto is on as well.
        Scenario cpu = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 300, "");
        QVERIFY(llamaCppFlashAttention(cpu));
    }

    // llama-server without -np: llamacpp_constants::kServerAutoSlots (4) slots with -kvu (server.cpp):
    // -c 16384 is one stream of 16384 cells shared by the 4, the graph reserved over all of them, and
    // one output row per slot. An explicit -np 4 without -kvu: four streams of 4096, each graph 4096.
    void llamacppServerSlotsDefault_isFourUnified() {
        QCOMPARE(llamacpp_constants::kServerAutoSlots, std::int64_t(4));
        Scenario s = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 16384 / 4, "rtx-4090");
        s.batch = llamacpp_constants::kServerAutoSlots;
        s.llamacpp.kv_unified = true;
        const LlamaCppStreams unified = llamaCppStreams(s, s.context_tokens, s.batch);
        QCOMPARE(unified.streams, std::int64_t(1));
        QCOMPARE(unified.cells_per_stream, std::int64_t(16384));
        // 32 layers × 2 × 1024 × 2 bytes = 131072 bytes a cell.
        const Estimate e = estimate(s);
        QCOMPARE(e.kv_cache_bytes, 131072LL * 16384);
        QCOMPARE(e.llamacpp->gpu_compute_buffer_bytes, llamaCppCompute(s, 16384).total(true, true));
        s.llamacpp.kv_unified = false;
        const LlamaCppStreams split = llamaCppStreams(s, s.context_tokens, s.batch);
        QCOMPARE(split.streams, std::int64_t(4));
        QCOMPARE(split.cells_per_stream, std::int64_t(4096));
        QCOMPARE(estimate(s).kv_cache_bytes, 131072LL * 16384);
        QCOMPARE(estimate(s).llamacpp->gpu_compute_buffer_bytes, llamaCppCompute(s, 4096).total(true, true));
    }

    void llamacppSlotsWithoutKvuPadEachSlot() {
        // Llama-3-8B F16, -fa on, 2 slots of 300 tokens (-c 600 -np 2). 32 layers × 2 × 1024 × 2 bytes =
        // 131072 bytes a cell. llama-context.cpp: n_ctx = pad(600, 256) = 768; -kvu keeps those 768
        // cells in one stream, without it each slot has pad(768 / 2, 256) = 512 cells, 1024 in all.
        Scenario s = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 300, "");
        s.llamacpp.flash_attention = FlashAttention::On;
        s.batch = 2;
        QCOMPARE(llamaCppCells(s, 300, 2), std::int64_t(1024));
        QCOMPARE(estimate(s).kv_cache_bytes, 131072LL * 1024);
        s.llamacpp.kv_unified = true;
        QCOMPARE(llamaCppCells(s, 300, 2), std::int64_t(768));
        QCOMPARE(estimate(s).kv_cache_bytes, 131072LL * 768);
        // One slot: -kvu changes nothing (pad(300, 256) = 512 cells).
        s.batch = 1;
        QCOMPARE(estimate(s).kv_cache_bytes, 131072LL * 512);
        s.llamacpp.kv_unified = false;
        QCOMPARE(estimate(s).kv_cache_bytes, 131072LL * 512);
    }

    void llamacppComputeSpansOneStream() {
        // The compute graph is reserved with n_kv = one stream's cells: 4 slots of 8192 (-c 32768 -np 4)
        // see 8192 cells each without -kvu, and the whole 32768 with it (llama_kv_cache_context: n_kv =
        // get_size()). Without flash attention the KQ scores F32[n_kv, n_ubatch, n_head] dominate.
        Scenario s = llamacpp("llama-3-8b", WeightFormat::Q4_K_M, 8192, "rtx-4090");
        s.llamacpp.flash_attention = FlashAttention::Off;
        s.batch = 4;
        const std::int64_t split = estimate(s).llamacpp->gpu_compute_buffer_bytes;
        QCOMPARE(split, llamaCppCompute(s, 8192).total(true, true));
        s.llamacpp.kv_unified = true;
        const std::int64_t unified = estimate(s).llamacpp->gpu_compute_buffer_bytes;
        QCOMPARE(unified, llamaCppCompute(s, 32768).total(true, true));
        // Attention: 4 × 32768 × 512 × 32 heads (the scores) + Q, K, V 4 × 128 × (32 + 16) × 512; the
        // mask 4 × 32768 × 512 and the embeddings 4 × 4096 × 512 beside it.
        QCOMPARE(unified, 4LL * 32768 * 512 * 32 + 4LL * 128 * 48 * 512 + 4LL * 32768 * 512 + 4LL * 4096 * 512);
    }

    void llamacppCountsTheOutputLayerFirst_data() {
        QTest::addColumn<int>("ngl");
        QTest::addColumn<int>("repeatingOnGpu");
        QTest::addColumn<bool>("outputOnGpu");
        QTest::newRow("0: everything on the CPU") << 0 << 0 << false;
        QTest::newRow("1: only the output layer") << 1 << 0 << true;
        QTest::newRow("2: output and the last layer") << 2 << 1 << true;
        QTest::newRow("32: output and 31 layers") << 32 << 31 << true;
        QTest::newRow("33: everything") << 33 << 32 << true;
        QTest::newRow("999: capped at 33") << 999 << 32 << true;
        QTest::newRow("-1: all") << -1 << 32 << true;
    }
    void llamacppCountsTheOutputLayerFirst() {
        QFETCH(int, ngl);
        QFETCH(int, repeatingOnGpu);
        QFETCH(bool, outputOnGpu);
        Scenario s = llamacpp("llama-2-7b", WeightFormat::Q4_K_M, 4096, "rtx-4090");
        s.llamacpp.n_gpu_layers = ngl;
        const Estimate e = estimate(s);
        QCOMPARE(e.gpu_loads.size(), std::size_t(1));
        const GpuLoad& g = e.gpu_loads.front();
        QCOMPARE(g.end_layer - g.first_layer, std::int64_t(repeatingOnGpu));
        QCOMPARE(g.end_layer == 32 || repeatingOnGpu == 0, true); // the last layers go first
        QCOMPARE(e.llamacpp->output_on_gpu, outputOnGpu);
        QCOMPARE(e.llamacpp->max_gpu_layers, std::int64_t(33));
        // Token embeddings always stay in system RAM.
        QVERIFY(e.llamacpp->cpu_weights_bytes >= e.weights.embeddings_bytes);
        // Every weight byte is somewhere: GPU + CPU = the file.
        QCOMPARE(g.weights_bytes + e.llamacpp->cpu_weights_bytes, e.weights.total());
    }

    void llamacppWithoutGpuRunsOnTheCpu() {
        Scenario s = llamacpp("llama-2-7b", WeightFormat::Q4_0, 2048, "");
        s.cpu_ram_bytes = 16LL << 30;
        s.cpu_bandwidth_gbps = 60;
        const Estimate e = estimate(s);
        QVERIFY(e.gpu_loads.empty());
        QCOMPARE(e.llamacpp->gpu_layers, std::int64_t(0));
        QCOMPARE(e.cpu_bytes, e.total_bytes);
        QCOMPARE(e.cpu_verdict.value(), Verdict::Fits);
        QVERIFY(e.speed.valid && e.speed.on_cpu);
        // ~3.8 GB of Q4_0 weights + 1 GB of KV per token at 60 GB/s × 75 %: about 9 tokens/s.
        QVERIFY2(e.speed.decode_tokens_per_s > 7 && e.speed.decode_tokens_per_s < 12,
                 qPrintable(QString::number(e.speed.decode_tokens_per_s)));
    }

    void largestGpuLayersIsTheBoundary() {
        Scenario s = llamacpp("llama-2-70b", WeightFormat::Q4_K_M, 4096, "rtx-4090");
        const auto layers = largestGpuLayersThatFit(s);
        QVERIFY(layers.has_value());
        QVERIFY(*layers > 0 && *layers < 81);
        s.llamacpp.n_gpu_layers = *layers;
        QVERIFY(estimate(s).fit->verdict != Verdict::DoesNotFit);
        s.llamacpp.n_gpu_layers = *layers + 1;
        QCOMPARE(estimate(s).fit->verdict, Verdict::DoesNotFit);
        // A model that fits whole: every layer, the output counted.
        Scenario small = llamacpp("llama-2-7b", WeightFormat::Q4_K_M, 4096, "rtx-4090");
        QCOMPARE(largestGpuLayersThatFit(small), std::optional<std::int64_t>(33));
    }

    void llamacppLayerSplitOverGpus() {
        Scenario s = llamacpp("llama-2-70b", WeightFormat::Q4_K_M, 4096, "rtx-4090");
        s.gpu_count = 2;
        const Estimate e = estimate(s);
        QCOMPARE(e.gpu_loads.size(), std::size_t(2));
        // 81 slots (80 layers + output) split evenly: 41 and 40, the output on the second GPU.
        QCOMPARE(e.gpu_loads[0].first_layer, std::int64_t(0));
        QCOMPARE(e.gpu_loads[0].end_layer, std::int64_t(41));
        QCOMPARE(e.gpu_loads[1].first_layer, std::int64_t(41));
        QCOMPARE(e.gpu_loads[1].end_layer, std::int64_t(80));
        QVERIFY(!e.gpu_loads[0].output_head && e.gpu_loads[1].output_head);
    }
};

QTEST_GUILESS_MAIN(TestRuntimes)
#include "test_runtimes.moc"
