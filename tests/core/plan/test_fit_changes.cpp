// The cheapest changes that make a scenario fit.
#include "../sizing/test_helpers.h"
#include "core/plan/fit_changes.h"
#include "core/sizing/solver.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::plan;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

bool fits(const sizing::Scenario& s) {
    const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
    return e.fit && e.fit->verdict != sizing::Verdict::DoesNotFit;
}

const FitChange* find(const std::vector<FitChange>& changes, FitChangeKind kind) {
    for (const FitChange& c : changes) {
        if (c.kind == kind) {
            return &c;
        }
    }
    return nullptr;
}

void checkEveryChange(const sizing::Scenario& s, const std::vector<FitChange>& changes) {
    const std::int64_t before = sizing::estimate(s, sizing::Detail::NumbersOnly).per_gpu_bytes;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const FitChange& c = changes[i];
        QVERIFY2(fits(c.scenario), c.change.c_str());
        const std::int64_t after = sizing::estimate(c.scenario, sizing::Detail::NumbersOnly).per_gpu_bytes;
        QCOMPARE(c.per_gpu_bytes_after, after);
        QCOMPARE(c.saved_bytes, before - after);
        QVERIFY(!c.cost.empty());
        if (i > 0) {
            QVERIFY(changes[i - 1].given_up_fraction <= c.given_up_fraction);
        }
    }
}

} // namespace

class TestFitChanges : public QObject {
    Q_OBJECT

private slots:
    // README: Llama-2-13B in FP16 on an A10G does not fit: 26 GB of weights on 24 GB. No context is
    // short enough, so the changes are a smaller format and other hardware.
    void llama13bFp16OnA10g_weightsOrHardware() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-13b");
        s.gpu = catalogGpu("a10g");
        QVERIFY(!fits(s));
        QVERIFY(!sizing::longestContextThatFits(s, s.context_tokens - 1));
        const auto changes = cheapestChangesThatFit(s, catalog::Catalog::builtIn().gpus());
        QCOMPARE(changes.size(), std::size_t(3));
        checkEveryChange(s, changes);
        QVERIFY(!find(changes, FitChangeKind::ShorterContext));
        // The cheapest: a smaller weight format, the most precise of those that fit (8 bits of 16: half given up).
        QCOMPARE(changes[0].kind, FitChangeKind::SmallerWeightFormat);
        std::vector<sizing::WeightFormat> smaller; // non-GGUF formats (the simple profile) below 16 bits
        for (const sizing::FormatInfo& info : sizing::allWeightFormats()) {
            sizing::Scenario c = s;
            c.precision.weights = info.format;
            if (info.family != sizing::FormatFamily::Gguf &&
                sizing::estimate(c, sizing::Detail::NumbersOnly).bits_per_weight <
                    sizing::estimate(s, sizing::Detail::NumbersOnly).bits_per_weight) {
                smaller.push_back(info.format);
            }
        }
        QCOMPARE(changes[0].scenario.precision.weights, *sizing::mostPreciseFormatThatFits(s, smaller));
        QCOMPARE(changes[0].scenario.precision.weights, sizing::WeightFormat::LLM_INT8); // 8 bits + FP16 outliers
        const FitChange* more = find(changes, FitChangeKind::MoreGpus);
        QVERIFY(more);
        QCOMPARE(more->scenario.gpu_count, std::int64_t(2));
        QCOMPARE(more->given_up_fraction, 1.0);
    }

    // Llama-3-8B at 128 k tokens on a 24 GB card: the KV cache is what overflows, so a shorter context
    // or a smaller KV format fits; the shorter context is the solver's longest.
    void longContext_shorterContextOrSmallerKv() {
        sizing::Scenario s;
        s.model = catalogModel("llama-3-8b");
        s.precision.weights = sizing::WeightFormat::BF16;
        s.context_tokens = 131072;
        s.gpu = catalogGpu("rtx-4090");
        QVERIFY(!fits(s));
        const auto changes = cheapestChangesThatFit(s, catalog::Catalog::builtIn().gpus(), 6);
        checkEveryChange(s, changes);
        const FitChange* shorter = find(changes, FitChangeKind::ShorterContext);
        QVERIFY(shorter);
        sizing::Scenario one_more = shorter->scenario;
        one_more.context_tokens += 1;
        QVERIFY(!fits(one_more));
        QCOMPARE(shorter->given_up_fraction, 1.0 - double(shorter->scenario.context_tokens) / 131072.0);
    }

    void llamaCpp_offloadIsAChangeWithItsDecodeCost() {
        sizing::Scenario s;
        s.model = catalogModel("llama-3-70b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.runtime = sizing::Runtime::LlamaCpp;
        s.gpu = catalogGpu("rtx-4090");
        s.cpu_ram_bytes = 128LL << 30;
        QVERIFY(!fits(s));
        const auto changes = cheapestChangesThatFit(s, catalog::Catalog::builtIn().gpus(), 6);
        checkEveryChange(s, changes);
        const FitChange* offload = find(changes, FitChangeKind::FewerGpuLayers);
        QVERIFY(offload);
        QCOMPARE(offload->scenario.llamacpp.n_gpu_layers, *sizing::largestGpuLayersThatFit(s));
        QVERIFY(offload->cost.find("tokens/s") != std::string::npos);
        QVERIFY(offload->given_up_fraction > 0 && offload->given_up_fraction < 1);
    }

    // A MoE model: keeping the routed experts of the first layers in system RAM (--n-cpu-moe) is a change of
    // its own, the smallest N that fits, costed in decode speed, and cheaper than moving whole layers.
    void llamaCpp_moeExpertsToRamIsAChange() {
        sizing::Scenario s;
        s.model = catalogModel("qwen3-30b-a3b");
        s.precision.weights = sizing::WeightFormat::Q8_0;
        s.runtime = sizing::Runtime::LlamaCpp;
        s.gpu = catalogGpu("rtx-4090");
        s.cpu_ram_bytes = 128LL << 30;
        QVERIFY(!fits(s));
        const auto changes = cheapestChangesThatFit(s, catalog::Catalog::builtIn().gpus(), 7);
        checkEveryChange(s, changes);
        const FitChange* experts = find(changes, FitChangeKind::ExpertsToCpu);
        QVERIFY(experts);
        QCOMPARE(experts->scenario.llamacpp.n_cpu_moe, *sizing::fewestCpuMoeLayersThatFit(s));
        QVERIFY(experts->change.find("--n-cpu-moe") != std::string::npos);
        QVERIFY(experts->cost.find("tokens/s") != std::string::npos);
        const FitChange* layers = find(changes, FitChangeKind::FewerGpuLayers);
        QVERIFY(layers);
        QVERIFY(experts->given_up_fraction < layers->given_up_fraction);
    }

    void fittingScenario_hasNoChanges() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.precision.weights = sizing::WeightFormat::INT8;
        s.gpu = catalogGpu("a10g");
        QVERIFY(fits(s));
        QVERIFY(cheapestChangesThatFit(s, catalog::Catalog::builtIn().gpus()).empty());
    }
};

QTEST_GUILESS_MAIN(TestFitChanges)
#include "test_fit_changes.moc"
