// The solvers answer inverse questions; each answer is checked against the forward estimate.
#include "core/sizing/image_tokens.h"
#include "core/sizing/solver.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

Scenario a10g13b(WeightFormat format) {
    Scenario s;
    s.model = catalogModel("llama-2-13b");
    s.precision.weights = format;
    s.context_tokens = 4096;
    s.gpu = catalogGpu("a10g");
    return s;
}

bool fits(const Scenario& s) {
    return estimate(s, Detail::NumbersOnly).fit->verdict != Verdict::DoesNotFit;
}

} // namespace

class TestSolver : public QObject {
    Q_OBJECT

private slots:
    void longestContextIsTheBoundary() {
        Scenario s = a10g13b(WeightFormat::INT8);
        const auto longest = longestContextThatFits(s, kMaxContextTokens);
        QVERIFY(longest.has_value());
        s.context_tokens = *longest;
        QVERIFY(fits(s));
        s.context_tokens = *longest + 1;
        QVERIFY(!fits(s));
    }

    void longestContextIsNoneWhenWeightsDoNotFit() {
        QVERIFY(!longestContextThatFits(a10g13b(WeightFormat::FP16), 1 << 20).has_value());
    }

    // Images take their place in the sequence: the longest text that fits is shorter by their tokens
    // wherever memory is the limit, and the model's own limit leaves the text only what they do not take.
    void longestContextWithImages_leavesTheImagesTheirTokens() {
        Scenario s;
        s.model = catalogModel("gemma-4-26b-a4b"); // 280 soft tokens an image
        s.precision.weights = WeightFormat::Q4_K_M;
        s.runtime = Runtime::LlamaCpp;
        s.gpu = catalogGpu("rtx-4090");
        const auto text_only = longestContextThatFits(s, kMaxContextTokens);
        s.images_per_request = 4;
        const auto with_images = longestContextThatFits(s, kMaxContextTokens);
        QVERIFY(text_only && with_images);
        QCOMPARE(*with_images, *text_only - 4 * 280);
        s.context_tokens = *with_images;
        QVERIFY(fits(s));
        s.context_tokens = *with_images + 1;
        QVERIFY(!fits(s));

        const std::int64_t model_limit = s.model->spec.max_positions;
        QCOMPARE(textContextLimit(s, model_limit), model_limit - 4 * 280);
        s.images_per_request = 0;
        QCOMPARE(textContextLimit(s, model_limit), model_limit);
        s.images_per_request = 1000; // more image tokens than the model holds: one token of text is the floor
        QCOMPARE(textContextLimit(s, model_limit), std::int64_t(1));
    }

    void largestBatchIsTheBoundary() {
        Scenario s = a10g13b(WeightFormat::INT4_G128);
        const auto batch = largestBatchThatFits(s);
        QVERIFY(batch.has_value() && *batch >= 2);
        s.batch = *batch;
        QVERIFY(fits(s));
        s.batch = *batch + 1;
        QVERIFY(!fits(s));
    }

    void smallestGpuThatFits() {
        const auto& gpus = catalog::Catalog::builtIn().gpus();
        const Scenario s = a10g13b(WeightFormat::INT4_G128);
        const auto index = sizing::smallestGpuThatFits(s, gpus);
        QVERIFY(index.has_value());
        Scenario check = s;
        check.gpu = std::make_shared<GpuSpec>(gpus[*index]);
        QVERIFY(fits(check));
        for (const GpuSpec& gpu : gpus) {
            if (gpu.capacityBytes() < gpus[*index].capacityBytes()) {
                check.gpu = std::make_shared<GpuSpec>(gpu);
                QVERIFY2(!fits(check), gpu.id.c_str());
            }
        }
    }

    void mostPreciseFormatOnA10gIsInt8Class() {
        // FP16 is eliminated on the A10G; the most precise format that fits stores ~8 bits.
        const auto format = mostPreciseFormatThatFits(a10g13b(WeightFormat::FP16), defaultFormatCandidates());
        QVERIFY(format.has_value());
        QVERIFY2(formatInfo(*format).nominal_bytes_per_param == 1.0, formatInfo(*format).id.data());
    }

    void fewestGpusFor70bFp16() {
        Scenario s;
        s.model = catalogModel("llama-2-70b");
        s.precision.weights = WeightFormat::FP16;
        s.context_tokens = 4096;
        s.gpu = catalogGpu("a100-80gb");
        QCOMPARE(fewestGpusThatFit(s), std::optional<std::int64_t>(2));
    }

    void tensorParallelSplitsKvHeadsAndReplicatesBeyondThem() {
        Scenario s;
        s.model = catalogModel("llama-3-8b"); // 8 KV heads
        s.context_tokens = 8192;
        s.gpu = catalogGpu("l4");
        const std::int64_t kv_total = estimate(s).kv_cache_bytes;
        s.gpu_count = 4;
        QCOMPARE(estimate(s).kv_cache_bytes, kv_total); // 2 heads per GPU: split, not grown
        s.gpu_count = 16;
        QCOMPARE(estimate(s).kv_cache_bytes, kv_total * 2); // 16 GPUs, 8 heads: each GPU holds a replica
    }
};

QTEST_GUILESS_MAIN(TestSolver)
#include "test_solver.moc"
