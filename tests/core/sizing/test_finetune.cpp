// Fine-tuning memory: full, LoRA and QLoRA, against hand counts and the QLoRA paper.
#include "core/sizing/finetune.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

// LLaMA-65B (Touvron et al. 2023, Table 2): dim 8192, 80 layers, 64 heads, SwiGLU 22016, vocab 32000.
std::shared_ptr<const PreparedModel> llama65b() {
    ModelSpec spec;
    spec.id = "llama-65b";
    spec.display_name = "LLaMA-65B";
    spec.model_type = "llama";
    spec.vocab_size = 32000;
    spec.hidden_size = 8192;
    spec.num_layers = 80;
    spec.num_heads = 64;
    spec.num_kv_heads = 64;
    spec.head_dim = 128;
    spec.intermediate_size = 22016;
    spec.max_positions = 2048;
    return prepareModel(spec);
}

Scenario finetune(std::shared_ptr<const PreparedModel> model, FineTuneMethod method, std::int64_t rank,
                  bool checkpointing) {
    Scenario s;
    s.model = std::move(model);
    s.precision.weights = WeightFormat::BF16;
    s.task = Task::FineTune;
    s.finetune.method = method;
    s.finetune.lora_rank = rank;
    s.finetune.gradient_checkpointing = checkpointing;
    s.context_tokens = 512;
    s.batch = 1;
    return s;
}

} // namespace

class TestFineTune : public QObject {
    Q_OBJECT

private slots:
    void loraOnQAndVMatchesPeft() {
        // PEFT prints "trainable params: 4,194,304" for Llama-2-7B with r = 8 on q_proj and v_proj:
        // 32 layers × 2 matrices × 8 × (4096 + 4096).
        QCOMPARE(loraParams(*catalogModel("llama-2-7b"), 8, LoraTargets::Attention), std::int64_t(4'194'304));
        // All linear layers: + k, o (4096 → 4096) and gate, up, down (4096 ↔ 11008).
        const std::int64_t all = 32LL * 8 * (4 * (4096 + 4096) + 3 * (4096 + 11008));
        QCOMPARE(loraParams(*catalogModel("llama-2-7b"), 8, LoraTargets::AllLinear), all);
    }

    void fullFineTuningIsSixteenBytesPerParameter() {
        const Estimate e = estimate(finetune(catalogModel("llama-2-7b"), FineTuneMethod::Full, 0, false));
        const std::int64_t p = 6'738'415'616;
        QVERIFY(e.finetune.has_value());
        QCOMPARE(e.weights_bytes, 2 * p);
        QCOMPARE(e.finetune->gradient_bytes, 2 * p);
        QCOMPARE(e.finetune->master_weights_bytes, 4 * p);
        QCOMPARE(e.finetune->optimizer_bytes, 8 * p);
        QCOMPARE(e.training_bytes, 14 * p);
        QCOMPARE(e.kv_cache_bytes, std::int64_t(0));
        QCOMPARE(e.total_bytes, e.weights_bytes + e.training_bytes + e.activation_bytes + e.overhead_bytes);
        QVERIFY(!e.speed.valid);
    }

    void qloraPaperSixtyFiveBillionOnOne48GbGpu() {
        // QLoRA (Dettmers et al. 2023), abstract: "reduces the average memory requirements of finetuning a
        // 65B parameter model from >780GB of GPU memory to <48GB". Their setup: NF4 with double
        // quantization, LoRA r = 64 on all linear layers, BF16, paged AdamW, gradient checkpointing,
        // batch 1 at 512 tokens (Figure 6).
        Scenario qlora = finetune(llama65b(), FineTuneMethod::Qlora, 64, true);
        qlora.gpu = catalogGpu("rtx-6000-ada"); // a 48 GB card
        const Estimate q = estimate(qlora);
        qInfo("QLoRA 65B: %.1f GB (base %.1f GB, adapters and states %.1f GB, activations %.2f GB)",
              static_cast<double>(q.total_bytes) / 1e9, static_cast<double>(q.finetune->frozen_weights_bytes) / 1e9,
              static_cast<double>(q.finetune->trainable_weights_bytes + q.training_bytes) / 1e9,
              static_cast<double>(q.activation_bytes) / 1e9);
        QVERIFY(q.total_bytes < 48'000'000'000);
        QVERIFY(q.fit->verdict != Verdict::DoesNotFit);
        QVERIFY(q.finetune->paged_optimizer);

        const Estimate full = estimate(finetune(llama65b(), FineTuneMethod::Full, 0, true));
        qInfo("Full 65B: %.0f GB", static_cast<double>(full.total_bytes) / 1e9);
        QVERIFY(full.total_bytes > 780'000'000'000);
        // LoRA over a BF16 base sits between: the frozen base alone is 130 GB.
        const Estimate lora = estimate(finetune(llama65b(), FineTuneMethod::Lora, 64, true));
        QVERIFY(lora.total_bytes > 130'000'000'000 && lora.total_bytes < full.total_bytes);
    }

    void gradientCheckpointingShrinksActivations() {
        const Estimate off = estimate(finetune(catalogModel("llama-2-7b"), FineTuneMethod::Lora, 16, false));
        const Estimate on = estimate(finetune(catalogModel("llama-2-7b"), FineTuneMethod::Lora, 16, true));
        QVERIFY(on.activation_bytes * 4 < off.activation_bytes);
        QCOMPARE(on.weights_bytes, off.weights_bytes);
        // Hand count without checkpointing: 33 × 512 tokens × (9 × 4096 + (64 + 96) × 128 + 4 × 11008) × 2
        // + 512 × 32000 × 10 bytes of logits.
        const std::int64_t per_token_layer = 2LL * (9 * 4096 + (2 * 32 + 3 * 32) * 128 + 4 * 11008);
        QCOMPARE(off.finetune->activation_bytes, 33LL * 512 * per_token_layer + 512LL * 32000 * 10);
    }

    void severalGpusShardTheStates() {
        Scenario s = finetune(catalogModel("llama-2-13b"), FineTuneMethod::Full, 0, true);
        s.gpu = catalogGpu("a100-80gb");
        const Estimate one = estimate(s);
        s.gpu_count = 8;
        const Estimate eight = estimate(s);
        QCOMPARE(eight.gpu_loads.size(), std::size_t(8));
        QCOMPARE(eight.gpu_loads.front().training_bytes, (one.training_bytes + 7) / 8);
        QCOMPARE(one.fit->verdict, Verdict::DoesNotFit);
        QVERIFY(eight.fit->verdict != Verdict::DoesNotFit);
    }
};

QTEST_GUILESS_MAIN(TestFineTune)
#include "test_finetune.moc"
