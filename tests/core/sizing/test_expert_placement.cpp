// llama.cpp's per-tensor placement (--n-cpu-moe, --cpu-moe, -ot) against hand-worked figures of
// Qwen3-30B-A3B (config.json: 48 layers, hidden 2048, 128 experts of moe_intermediate 768, top-8).
#include "core/sizing/expert_placement.h"
#include "core/sizing/llamacpp_profile.h"
#include "core/sizing/solver.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

#include <algorithm>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

// One layer's routed experts in Q8_0 (34 bytes per block of 32): gate, up and down, each 128 experts of
// 768 × 2048 = 1,572,864 weights -> 49,152 blocks -> 1,671,168 bytes; 3 × 128 × 1,671,168.
constexpr std::int64_t kQwen3MoeLayerExpertsQ8 = 3LL * 128 * (768LL * 2048 / 32 * 34);
static_assert(kQwen3MoeLayerExpertsQ8 == 641'728'512);

Scenario qwen3MoeOn4090(WeightFormat format = WeightFormat::Q8_0) {
    Scenario s;
    s.model = catalogModel("qwen3-30b-a3b");
    s.precision.weights = format;
    s.context_tokens = 4096;
    s.runtime = Runtime::LlamaCpp;
    s.gpu = catalogGpu("rtx-4090");
    return s;
}

std::int64_t gpuWeights(const Estimate& e) {
    std::int64_t bytes = 0;
    for (const GpuLoad& load : e.gpu_loads) {
        bytes += load.weights_bytes;
    }
    return bytes;
}

std::vector<TensorOverride> rules(const std::string& text) {
    return parseTensorOverrides(text);
}

} // namespace

class TestExpertPlacement : public QObject {
    Q_OBJECT

private slots:
    void configTensors_haveLlamaCppNames() {
        const auto model = catalogModel("qwen3-30b-a3b");
        PrecisionPlan plan;
        plan.weights = WeightFormat::Q8_0;
        const std::vector<LayerTensor> tensors = llamaCppLayerTensors(*model, plan);
        auto find = [&](const std::string& name) {
            return std::find_if(tensors.begin(), tensors.end(), [&](const LayerTensor& t) { return t.name == name; });
        };
        for (const char* name :
             {"blk.0.attn_q.weight", "blk.0.attn_k.weight", "blk.0.attn_output.weight", "blk.0.ffn_gate_inp.weight",
              "blk.0.ffn_gate_exps.weight", "blk.47.ffn_up_exps.weight", "blk.47.ffn_down_exps.weight"}) {
            QVERIFY2(find(name) != tensors.end(), name);
        }
        QVERIFY(find("blk.48.ffn_up_exps.weight") == tensors.end());
        QVERIFY(find("blk.0.ffn_up_exps.weight")->routed_expert);
        QVERIFY(!find("blk.0.attn_q.weight")->routed_expert);
        QCOMPARE(find("blk.3.ffn_up_exps.weight")->bytes, kQwen3MoeLayerExpertsQ8 / 3);

        const std::vector<std::int64_t> routed = routedExpertBytesByLayer(*model, plan);
        QCOMPARE(routed.size(), std::size_t(48));
        for (const std::int64_t bytes : routed) {
            QCOMPARE(bytes, kQwen3MoeLayerExpertsQ8);
        }
    }

    void nCpuMoe_movesExactlyTheExpertBytes_data() {
        QTest::addColumn<int>("layers");
        QTest::newRow("--n-cpu-moe 1") << 1;
        QTest::newRow("--n-cpu-moe 20") << 20;
        QTest::newRow("--n-cpu-moe 48 (all)") << 48;
        QTest::newRow("--n-cpu-moe 99 (clamped to 48)") << 99;
    }
    void nCpuMoe_movesExactlyTheExpertBytes() {
        QFETCH(int, layers);
        const Scenario base = qwen3MoeOn4090();
        Scenario s = base;
        s.llamacpp.n_cpu_moe = layers;
        const Estimate before = estimate(base);
        const Estimate after = estimate(s);
        const std::int64_t moved = std::min(layers, 48) * kQwen3MoeLayerExpertsQ8;
        QVERIFY(after.llamacpp);
        QCOMPARE(after.llamacpp->cpu_expert_bytes, moved);
        QCOMPARE(after.llamacpp->cpu_override_bytes, moved);
        QCOMPARE(after.llamacpp->cpu_expert_layers, std::int64_t(std::min(layers, 48)));
        QCOMPARE(gpuWeights(before) - gpuWeights(after), moved);
        QCOMPARE(after.llamacpp->cpu_weights_bytes - before.llamacpp->cpu_weights_bytes, moved);
        QCOMPARE(after.cpu_bytes - before.cpu_bytes, moved);
        // The KV cache stays with its layers on the GPU.
        QCOMPARE(after.gpu_loads.front().kv_cache_bytes, before.gpu_loads.front().kv_cache_bytes);
        // GPU 0's compute buffer holds one layer's experts copied in for ubatches of 32 tokens and more.
        QCOMPARE(after.llamacpp->expert_copy_buffer_bytes, kQwen3MoeLayerExpertsQ8);
        QCOMPARE(after.gpu_loads.front().activation_bytes - before.gpu_loads.front().activation_bytes,
                 kQwen3MoeLayerExpertsQ8);
        // The same bytes with --cpu-moe for every layer.
        Scenario all = base;
        all.llamacpp.cpu_moe = true;
        QCOMPARE(estimate(all).llamacpp->cpu_expert_bytes, 48 * kQwen3MoeLayerExpertsQ8);
    }

    void overrideRegex_placesExactlyLayers14On() {
        Scenario s = qwen3MoeOn4090();
        s.llamacpp.tensor_overrides = rules("blk\\.(1[4-9]|[2-9][0-9])\\.ffn_.*_exps\\.=CPU");
        const Estimate e = estimate(s);
        QCOMPARE(e.llamacpp->cpu_expert_bytes, (48 - 14) * kQwen3MoeLayerExpertsQ8);
        QCOMPARE(e.llamacpp->tensors_overridden, std::int64_t(3 * 34)); // gate, up, down of layers 14 … 47
        QCOMPARE(e.llamacpp->cpu_expert_layers, std::int64_t(34));

        // The same bytes per layer as --n-cpu-moe 14 leaves on the GPU.
        const TensorPlacement p = placeTensors(*s.model, s.precision, s.llamacpp, 1);
        for (std::size_t l = 0; l < 48; ++l) {
            QCOMPARE(p.cpu_routed_bytes[l], l >= 14 ? kQwen3MoeLayerExpertsQ8 : 0);
        }
    }

    void overrideRules_firstMatchWins() {
        Scenario s = qwen3MoeOn4090();
        // Layers 10 … 19 keep their experts on CUDA0 (their own GPU): the later exps=CPU rule never sees them.
        s.llamacpp.tensor_overrides = rules("blk\\.1[0-9]\\.ffn_.*_exps=CUDA0,exps=CPU");
        QCOMPARE(estimate(s).llamacpp->cpu_expert_bytes, 38 * kQwen3MoeLayerExpertsQ8);
        // The reverse order sends every expert to the CPU.
        s.llamacpp.tensor_overrides = rules("exps=CPU,blk\\.1[0-9]\\.ffn_.*_exps=CUDA0");
        QCOMPARE(estimate(s).llamacpp->cpu_expert_bytes, 48 * kQwen3MoeLayerExpertsQ8);
        // -ot rules come before --n-cpu-moe's: layers 0 and 1 stay on the GPU, 2 … 19 go to the CPU.
        s.llamacpp.tensor_overrides = rules("blk\\.[01]\\.ffn_.*_exps=CUDA0");
        s.llamacpp.n_cpu_moe = 20;
        QCOMPARE(estimate(s).llamacpp->cpu_expert_bytes, 18 * kQwen3MoeLayerExpertsQ8);
        // A rule that matches only the up projections moves a third of each layer's experts.
        s.llamacpp.n_cpu_moe = 0;
        s.llamacpp.tensor_overrides = rules("ffn_up_exps=CPU");
        QCOMPARE(estimate(s).llamacpp->cpu_expert_bytes, 48 * kQwen3MoeLayerExpertsQ8 / 3);
        // regex_search semantics: "blk\.1\." matches layer 1 only, "blk\.1" layers 1 and 10 … 19.
        s.llamacpp.tensor_overrides = rules("blk\\.1\\.ffn_.*_exps=CPU");
        QCOMPARE(estimate(s).llamacpp->cpu_expert_bytes, kQwen3MoeLayerExpertsQ8);
        s.llamacpp.tensor_overrides = rules("blk\\.1.*_exps=CPU");
        QCOMPARE(estimate(s).llamacpp->cpu_expert_bytes, 11 * kQwen3MoeLayerExpertsQ8);
    }

    void overrideToMissingGpu_isLeftOutAndSaid() {
        Scenario s = qwen3MoeOn4090();
        s.llamacpp.tensor_overrides = rules("exps=CUDA1");
        const Estimate e = estimate(s);
        QCOMPARE(e.llamacpp->cpu_expert_bytes, std::int64_t(0));
        QCOMPARE(e.llamacpp->missing_override_buffers, std::vector<std::string>{"CUDA1"});
    }

    void overrideOntoSecondGpu_movesBetweenGpus() {
        Scenario s = qwen3MoeOn4090();
        s.gpu_count = 2;
        const Estimate before = estimate(s);
        // Layers are split 24 / 24 (plus the output layer on GPU 1); layer 0's experts go to GPU 1.
        s.llamacpp.tensor_overrides = rules("blk\\.0\\.ffn_.*_exps=CUDA1");
        const Estimate after = estimate(s);
        QCOMPARE(before.gpu_loads[0].weights_bytes - after.gpu_loads[0].weights_bytes, kQwen3MoeLayerExpertsQ8);
        QCOMPARE(after.gpu_loads[1].weights_bytes - before.gpu_loads[1].weights_bytes, kQwen3MoeLayerExpertsQ8);
        QCOMPARE(after.cpu_bytes, before.cpu_bytes);
    }

    void invalidRules_areClearErrors_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken regex") << "blk\\.(1[4-9]\\.ffn_.*=CPU"
                                      << "'blk\\.(1[4-9]\\.ffn_.*' is not a valid";
        QTest::newRow("no buffer") << "exps"
                                   << "'exps' is not PATTERN=BUFFER";
        QTest::newRow("empty pattern") << "=CPU"
                                       << "'=CPU' is not PATTERN=BUFFER";
        QTest::newRow("unknown buffer") << "exps=GPU0"
                                        << "'GPU0' is not a buffer llama.cpp names";
        QTest::newRow("second rule broken") << "exps=CPU,attn[=CUDA0"
                                            << "'attn[' is not a valid";
    }
    void invalidRules_areClearErrors() {
        QFETCH(QString, value);
        QFETCH(QString, message);
        try {
            (void)parseTensorOverrides(value.toStdString());
            QFAIL("no error");
        } catch (const TensorOverrideError& error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(message), error.what());
        }
    }

    void bufferNames() {
        QVERIFY(overrideTargetFromName("CPU")->cpu);
        QCOMPARE(overrideTargetFromName("CUDA3")->gpu, std::int64_t(3));
        QCOMPARE(overrideTargetFromName("Vulkan1")->gpu, std::int64_t(1));
        QVERIFY(!overrideTargetFromName("CUDA"));
        QVERIFY(!overrideTargetFromName("cuda0"));
        QVERIFY(!overrideTargetFromName("CUDA0x"));
        QCOMPARE(llamaCppExpertsBlockRegex(7), std::string("blk\\.7\\.ffn_(up|down|gate|gate_up)_(ch|)exps"));
    }

    void verdicts_gpuExcludesAndRamIncludesCpuExperts() {
        // Q8_0 weights of ~32 GB do not fit a 24 GB card; with every expert in RAM they do.
        Scenario s = qwen3MoeOn4090();
        s.cpu_ram_bytes = 64LL << 30;
        QCOMPARE(estimate(s).fit->verdict, Verdict::DoesNotFit);
        s.llamacpp.cpu_moe = true;
        const Estimate e = estimate(s);
        QVERIFY(e.fit->verdict != Verdict::DoesNotFit);
        QVERIFY(e.cpu_bytes > 48 * kQwen3MoeLayerExpertsQ8);
        QVERIFY(e.cpu_verdict && *e.cpu_verdict != Verdict::DoesNotFit);
        s.cpu_ram_bytes = 16LL << 30; // less RAM than the experts
        QCOMPARE(*estimate(s).cpu_verdict, Verdict::DoesNotFit);
    }

    void modelWithoutExperts_movesNothing() {
        Scenario s;
        s.model = catalogModel("llama-3.1-8b");
        s.precision.weights = WeightFormat::Q8_0;
        s.runtime = Runtime::LlamaCpp;
        s.gpu = catalogGpu("rtx-4090");
        const Estimate before = estimate(s);
        s.llamacpp.n_cpu_moe = 10;
        const Estimate after = estimate(s);
        QCOMPARE(after.llamacpp->cpu_expert_bytes, std::int64_t(0));
        QCOMPARE(gpuWeights(after), gpuWeights(before));
        QVERIFY(!fewestCpuMoeLayersThatFit(s));
    }

    void decode_readsCpuExpertsAtCpuBandwidth() {
        Scenario s = qwen3MoeOn4090(WeightFormat::Q4_K_M);
        s.cpu_bandwidth_gbps = 60;
        const Estimate all_gpu = estimate(s);
        double previous = all_gpu.speed.decode_tokens_per_s;
        for (const std::int64_t n : {12, 24, 48}) {
            s.llamacpp.n_cpu_moe = n;
            const Estimate e = estimate(s);
            QVERIFY2(e.speed.decode_tokens_per_s < previous, qPrintable(QString::number(n)));
            previous = e.speed.decode_tokens_per_s;
        }
        // Every expert in RAM: the CPU reads 8 of 128 experts per token at 60 GB/s × efficiency, so a token
        // takes at least that long (the GPU's part comes on top).
        s.llamacpp.n_cpu_moe = 48;
        const Estimate e = estimate(s);
        const double cpu_read = static_cast<double>(e.llamacpp->cpu_expert_bytes) * 8.0 / 128.0;
        const double floor_s = cpu_read / (60e9 * speed_calibration::kCpuBandwidthEfficiency.fast);
        QVERIFY(1.0 / e.speed.decode_high_tokens_per_s >= floor_s);
        QVERIFY(e.speed.decode_low_tokens_per_s <= e.speed.decode_tokens_per_s);
    }

    void prefill_copiesCpuExpertsOverPcie() {
        Scenario s = qwen3MoeOn4090(WeightFormat::Q4_K_M);
        s.llamacpp.n_cpu_moe = 48;
        const Estimate e = estimate(s);
        // 4096 tokens in ubatches of 512: 8 copies of every expert in RAM, at the PCIe link's bandwidth.
        const double copies =
            8.0 * static_cast<double>(e.llamacpp->cpu_expert_bytes) / (speed_calibration::kPcieBandwidthGbps * 1e9);
        QVERIFY(e.speed.time_to_first_token_s >= copies);
        QVERIFY(e.speed.time_to_first_token_s <
                copies + estimate(qwen3MoeOn4090(WeightFormat::Q4_K_M)).speed.time_to_first_token_s * 1.5);
    }

    void solver_picksSmallestNCpuMoeThatFits() {
        Scenario s = qwen3MoeOn4090();
        s.context_tokens = 32768;
        const auto n = fewestCpuMoeLayersThatFit(s);
        QVERIFY(n);
        QVERIFY(*n > 0 && *n < 48);
        s.llamacpp.n_cpu_moe = *n;
        QVERIFY(estimate(s).fit->verdict != Verdict::DoesNotFit);
        s.llamacpp.n_cpu_moe = *n - 1;
        QCOMPARE(estimate(s).fit->verdict, Verdict::DoesNotFit);

        // Q4_K_M (~18.6 GB) fits with every expert on the GPU up to some context, which the solver finds.
        Scenario q4 = qwen3MoeOn4090(WeightFormat::Q4_K_M);
        q4.llamacpp.n_cpu_moe = 30; // ignored: the question is every expert on the GPU
        const auto longest = longestContextWithExpertsOnGpu(q4, kMaxContextTokens);
        QVERIFY(longest);
        q4.llamacpp.n_cpu_moe = 0;
        q4.context_tokens = *longest;
        QVERIFY(estimate(q4).fit->verdict != Verdict::DoesNotFit);
        q4.context_tokens = *longest + 1;
        QCOMPARE(estimate(q4).fit->verdict, Verdict::DoesNotFit);
    }

    void derivation_saysHowManyExpertBytesWentToTheCpu() {
        Scenario s = qwen3MoeOn4090();
        s.llamacpp.n_cpu_moe = 20;
        const Estimate e = estimate(s);
        const auto step = std::find_if(e.steps.begin(), e.steps.end(), [](const DerivationStep& d) {
            return d.text.find("Tensor placement") != std::string::npos;
        });
        QVERIFY(step != e.steps.end());
        QCOMPARE(step->args[0].value, 20.0);                                 // --n-cpu-moe 20
        QCOMPARE(step->args[3].value, double(20 * kQwen3MoeLayerExpertsQ8)); // routed-expert bytes in RAM
        QCOMPARE(step->args[4].value, 20.0);                                 // layers
    }
};

QTEST_GUILESS_MAIN(TestExpertPlacement)
#include "test_expert_placement.moc"
