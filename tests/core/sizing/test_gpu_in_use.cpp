// Memory already in use on a GPU (other processes, the desktop): the verdict subtracts it, vLLM's
// start-up check refuses to start when what is left is below gpu_memory_utilization × total (v0.9 and
// later) or counts it in its own memory before (v0.8), and the scenario file keeps it per GPU.
#include "core/report/scenario_file.h"
#include "core/sizing/vllm_profile.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

constexpr std::int64_t kGiB = 1LL << 30;

bool hasStep(const Estimate& e, const std::string& text) {
    for (const DerivationStep& step : e.steps) {
        if (step.text.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

Scenario vllmOnA100(VllmVersion version, std::int64_t in_use) {
    Scenario s;
    s.model = catalogModel("llama-2-7b");
    s.precision.weights = WeightFormat::BF16;
    s.precision.kv_cache = KvFormat::BF16;
    s.context_tokens = 4096;
    s.runtime = Runtime::Vllm;
    s.gpu = catalogGpu("a100-80gb");
    s.vllm.version = version;
    s.gpu_in_use_bytes = in_use;
    return s;
}

} // namespace

class TestGpuInUse : public QObject {
    Q_OBJECT

private slots:
    // The load is the model's; what other processes hold comes off the headroom and decides the verdict.
    void inUse_comesOffTheHeadroom_andTurnsTheVerdict() {
        Scenario s;
        s.model = catalogModel("llama-2-13b");
        s.precision.weights = WeightFormat::INT8;
        s.runtime = Runtime::Simple;
        s.gpu = catalogGpu("a10g");
        const Estimate free = estimate(s, Detail::WithDerivation);
        QVERIFY(free.fit.has_value());
        QCOMPARE(free.fit->in_use_bytes, std::int64_t{0});
        QVERIFY(!hasStep(free, "in use by other processes"));

        s.gpu_in_use_bytes = 1 * kGiB;
        const Estimate busy = estimate(s, Detail::WithDerivation);
        QCOMPARE(busy.per_gpu_bytes, free.per_gpu_bytes);
        QCOMPARE(busy.fit->capacity_bytes, free.fit->capacity_bytes); // the device is as large as before
        QCOMPARE(busy.fit->in_use_bytes, 1 * kGiB);
        QCOMPARE(busy.fit->headroom_bytes, free.fit->headroom_bytes - 1 * kGiB);
        QVERIFY(hasStep(busy, "already in use by other processes"));
        QVERIFY(hasStep(busy, "in use by other processes against"));

        // One byte more than the headroom: does not fit, one byte short.
        s.gpu_in_use_bytes = free.fit->headroom_bytes + 1;
        const Estimate full = estimate(s, Detail::WithDerivation);
        QCOMPARE(full.fit->verdict, Verdict::DoesNotFit);
        QCOMPARE(full.fit->headroom_bytes, std::int64_t{-1});
        QVERIFY(hasStep(full, "does not fit"));
    }

    // vLLM v0.9+: requested = utilization × total, checked against what is free at start-up; the pool
    // itself is the same whatever other processes hold (gpu_worker.py init_device).
    void vllm_startsWhenFreeCoversTheBudget_refusesOtherwise() {
        const Scenario idle = vllmOnA100(kNewestVllmVersion, 0);
        const Estimate base = estimate(idle, Detail::NumbersOnly);
        QVERIFY(base.vllm && base.vllm->starts);
        const std::int64_t total = idle.gpu->capacityBytes();

        // 5 % held elsewhere: 95 % free ≥ 90 % asked. Same pool, less left to others.
        const Estimate some = estimate(vllmOnA100(kNewestVllmVersion, total / 20), Detail::WithDerivation);
        QVERIFY(some.vllm->starts);
        QCOMPARE(some.vllm->kv_pool_bytes, base.vllm->kv_pool_bytes);
        QCOMPARE(some.fit->headroom_bytes, base.fit->headroom_bytes - total / 20);
        QVERIFY(hasStep(some, "at least the"));

        // 15 % held: 85 % free < 90 %: the ValueError of init_device, before any weight loads.
        const Estimate refused = estimate(vllmOnA100(kNewestVllmVersion, total * 15 / 100), Detail::WithDerivation);
        QVERIFY(!refused.vllm->starts);
        QCOMPARE(refused.fit->verdict, Verdict::DoesNotFit);
        const std::string& error = refused.vllm->error;
        QVERIFY2(error.starts_with("ValueError: Free memory on device ("), error.c_str());
        QVERIFY2(error.find(" GiB) on startup is less than desired GPU memory utilization (0.9, ") != std::string::npos,
                 error.c_str());
        QVERIFY2(error.ends_with("Decrease GPU memory utilization or reduce GPU memory used by other processes."),
                 error.c_str());
        QVERIFY(hasStep(refused, "it refuses to start"));
        QVERIFY(hasStep(refused, "vLLM would not start"));
    }

    // The message prints GiB as Python's round(x, 2) does: 80 GiB total with 12 GiB held elsewhere.
    void vllm_startupMessage_printsPythonFloats() {
        Scenario s = vllmOnA100(kNewestVllmVersion, 12 * kGiB);
        auto gpu = std::make_shared<GpuSpec>(*s.gpu);
        gpu->usable_memory_bytes = 80 * kGiB;
        s.gpu = gpu;
        const Estimate e = estimate(s, Detail::NumbersOnly);
        QCOMPARE(e.vllm->error, std::string("ValueError: Free memory on device (68.0/80.0 GiB) on startup is less "
                                            "than desired GPU memory utilization (0.9, 72.0 GiB). Decrease GPU "
                                            "memory utilization or reduce GPU memory used by other processes."));
    }

    // Before v0.9 the worker counted total − free (other processes included) as its own non-torch memory.
    void vllm_beforeV09_othersMemoryComesOutOfThePool() {
        const Estimate base = estimate(vllmOnA100({0, 8}, 0), Detail::NumbersOnly);
        const Estimate busy = estimate(vllmOnA100({0, 8}, 2 * kGiB), Detail::WithDerivation);
        QVERIFY(busy.vllm->starts);
        QCOMPARE(busy.vllm->kv_pool_bytes, base.vllm->kv_pool_bytes - 2 * kGiB);
        QVERIFY(busy.vllm->num_blocks < base.vllm->num_blocks);
        QVERIFY(hasStep(busy, "counted as non-torch memory before v0.9"));
    }

    // gpus[].in_use_bytes: written only when set, read back, and carried into each engine scenario.
    void scenarioFile_keepsInUsePerGpu() {
        const auto& catalog = catalog::Catalog::builtIn();
        report::ScenarioFile file;
        file.model.catalog_id = "llama-2-7b";
        file.gpus = {{"rtx-4090", 1, 1321LL << 20}, {"a10g", 2, 0}};
        const nlohmann::json j = report::scenarioFileToJson(file);
        QCOMPARE(j["gpus"][0]["in_use_bytes"].get<std::int64_t>(), 1321LL << 20);
        QVERIFY(!j["gpus"][1].contains("in_use_bytes"));
        const report::ScenarioFile back = report::scenarioFileFromJson(j, catalog);
        QVERIFY(back == file);
        const std::vector<Scenario> scenarios = report::engineScenarios(back, catalog);
        QCOMPARE(scenarios[0].gpu_in_use_bytes, 1321LL << 20);
        QCOMPARE(scenarios[1].gpu_in_use_bytes, std::int64_t{0});

        nlohmann::json bad = j;
        bad["gpus"][0]["in_use_bytes"] = -5;
        try {
            report::scenarioFileFromJson(bad, catalog);
            QFAIL("a negative in_use_bytes was accepted");
        } catch (const report::ScenarioFileError& error) {
            QCOMPARE(error.field(), std::string("gpus[0].in_use_bytes"));
        }
    }
};

QTEST_GUILESS_MAIN(TestGpuInUse)
#include "test_gpu_in_use.moc"
