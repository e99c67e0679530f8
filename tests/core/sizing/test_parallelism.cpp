// Tensor and pipeline parallelism: what each GPU holds.
#include "core/sizing/runtime_profile.h"
#include "test_helpers.h"

#include <QObject>
#include <QTest>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

Q_DECLARE_METATYPE(fitscope::sizing::Parallelism)

namespace {

Scenario scenario(const std::string& model, std::int64_t gpus, Parallelism parallelism,
                  Runtime runtime = Runtime::Transformers) {
    Scenario s;
    s.model = catalogModel(model);
    s.precision.weights = WeightFormat::BF16;
    s.precision.kv_cache = KvFormat::BF16;
    s.context_tokens = 8192;
    s.runtime = runtime;
    s.gpu = catalogGpu("h100-80gb");
    s.gpu_count = gpus;
    s.parallelism = parallelism;
    return s;
}

} // namespace

class TestParallelism : public QObject {
    Q_OBJECT

private slots:
    void tensorParallelSplitsWeightsAndKvHeads_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("gpus");
        QTest::addColumn<qint64>("kvReplication"); // how many times the whole cache exists across the GPUs
        QTest::newRow("Llama-3-8B (8 KV heads) on 2") << "llama-3-8b" << qint64(2) << qint64(1);
        QTest::newRow("Llama-3-8B on 8: one head each") << "llama-3-8b" << qint64(8) << qint64(1);
        QTest::newRow("Llama-3-8B on 16: more GPUs than KV heads, replicas") << "llama-3-8b" << qint64(16) << qint64(2);
        QTest::newRow("Llama-3-70B on 32: 4 replicas of each head") << "llama-3-70b" << qint64(32) << qint64(4);
        QTest::newRow("Llama-2-7B (MHA, 32 heads) on 4") << "llama-2-7b" << qint64(4) << qint64(1);
    }
    void tensorParallelSplitsWeightsAndKvHeads() {
        QFETCH(QString, model);
        QFETCH(qint64, gpus);
        QFETCH(qint64, kvReplication);
        Scenario one = scenario(model.toStdString(), 1, Parallelism::Tensor);
        const Estimate single = estimate(one);
        const Estimate e = estimate(scenario(model.toStdString(), gpus, Parallelism::Tensor));
        QCOMPARE(e.gpu_loads.size(), static_cast<std::size_t>(gpus));
        const GpuLoad& g = e.gpu_loads.front();
        QCOMPARE(g.weights_bytes, (single.weights.total() + gpus - 1) / gpus);
        QCOMPARE(g.kv_cache_bytes * gpus, single.kv_cache_bytes * kvReplication);
        // Every GPU holds its own context and the NCCL buffers.
        QVERIFY(g.overhead_bytes >=
                transformers_calibration::kNonTorchBytes + parallel_constants::kTensorParallelCommBytes);
        QCOMPARE(e.per_gpu_bytes, g.total());
        QCOMPARE(e.fit->per_gpu_bytes, g.total());
    }

    void pipelineParallelSplitsLayers_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("gpus");
        QTest::addColumn<QList<qint64>>("layers");
        QTest::newRow("Llama-2-70B over 4: 20 each") << "llama-2-70b" << qint64(4) << QList<qint64>{20, 20, 20, 20};
        QTest::newRow("Llama-2-7B over 3: 11, 11, 10") << "llama-2-7b" << qint64(3) << QList<qint64>{11, 11, 10};
    }
    void pipelineParallelSplitsLayers() {
        QFETCH(QString, model);
        QFETCH(qint64, gpus);
        QFETCH(QList<qint64>, layers);
        const Estimate single = estimate(scenario(model.toStdString(), 1, Parallelism::Pipeline));
        const Estimate e = estimate(scenario(model.toStdString(), gpus, Parallelism::Pipeline));
        QCOMPARE(e.gpu_loads.size(), static_cast<std::size_t>(gpus));
        std::int64_t weights = 0;
        std::int64_t kv = 0;
        std::int64_t next = 0;
        for (std::size_t i = 0; i < e.gpu_loads.size(); ++i) {
            const GpuLoad& g = e.gpu_loads[i];
            QCOMPARE(g.first_layer, next);
            QCOMPARE(g.end_layer - g.first_layer, layers[static_cast<qsizetype>(i)]);
            next = g.end_layer;
            weights += g.weights_bytes;
            kv += g.kv_cache_bytes;
            QCOMPARE(g.output_head, i + 1 == e.gpu_loads.size());
        }
        QCOMPARE(next, single.params.total() > 0 ? catalogModel(model.toStdString())->spec.num_layers : 0);
        // The stages hold the whole model and the whole cache once (norms split to the byte).
        QVERIFY(qAbs(weights - single.weights.total()) < 1024);
        QCOMPARE(kv, single.kv_cache_bytes);
        // The first stage carries the embeddings, the last the output head.
        QVERIFY(e.gpu_loads.front().weights_bytes > e.gpu_loads[1].weights_bytes || layers[0] > layers[1]);
        std::int64_t most = 0;
        for (const GpuLoad& g : e.gpu_loads) {
            most = std::max(most, g.total());
        }
        QCOMPARE(e.per_gpu_bytes, most);
    }

    void pipelineDoesNotSpeedUpOneSequenceTensorDoes() {
        const double one = estimate(scenario("llama-2-70b", 4, Parallelism::Pipeline)).speed.decode_tokens_per_s;
        const double tp = estimate(scenario("llama-2-70b", 4, Parallelism::Tensor)).speed.decode_tokens_per_s;
        Scenario single = scenario("llama-2-70b", 1, Parallelism::Tensor);
        single.gpu = catalogGpu("h200");
        const double h200 = estimate(single).speed.decode_tokens_per_s;
        QVERIFY(tp > 2.0 * one);
        QVERIFY(one < h200 * 1.2); // H100 has less bandwidth than H200: PP is no faster than one GPU
    }

    void vllmTensorParallelPoolGrows() {
        const Estimate two = estimate(scenario("llama-2-70b", 2, Parallelism::Tensor, Runtime::Vllm));
        const Estimate four = estimate(scenario("llama-2-70b", 4, Parallelism::Tensor, Runtime::Vllm));
        QVERIFY(two.vllm->starts && four.vllm->starts);
        QVERIFY(four.vllm->kv_cache_tokens > 4 * two.vllm->kv_cache_tokens / 2);
        QCOMPARE(four.gpu_loads.size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestParallelism)
#include "test_parallelism.moc"
