// Speed: decode and prefill against the H200 transformers measurements, the roofline and the
// low-precision arithmetic rule.
#include "core/sizing/speed.h"
#include "test_helpers.h"

#include <QFile>
#include <QObject>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

// The `speed` runs: a static cache of 2048 positions (sdpa reads all of them), bf16, on an H200.
Scenario h200(const std::string& model, std::int64_t batch, bool graphs) {
    Scenario s;
    s.model = catalogModel(model);
    s.precision.weights = WeightFormat::BF16;
    s.precision.kv_cache = KvFormat::BF16;
    s.context_tokens = 2048;
    s.batch = batch;
    s.runtime = Runtime::Transformers;
    s.cuda_graphs = graphs;
    s.gpu = catalogGpu("h200");
    return s;
}

} // namespace

class TestSpeed : public QObject {
    Q_OBJECT

    nlohmann::json m_speed;

private slots:
    void initTestCase() {
        QFile file(QStringLiteral(FITSCOPE_TEST_DATA_DIR "/calibration/h200-transformers.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_speed = nlohmann::json::parse(file.readAll().toStdString()).at("speed");
        QVERIFY(!m_speed.at("runs").empty());
    }

    void decodeWithinThirtyPercentOfEveryRun_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("graphs");
        for (const auto& run : m_speed.at("runs")) {
            const std::string model = run.at("model").get<std::string>();
            for (const auto& [key, value] : run.items()) {
                if (key.rfind("decode_", 0) != 0) {
                    continue;
                }
                const bool graphs = key.find("graph") != std::string::npos;
                const int batch = std::stoi(key.substr(key.find("_B") + 2));
                QTest::newRow((model + " " + key).c_str())
                    << QString::fromStdString(model) << QString::fromStdString(key) << batch << graphs;
            }
        }
    }
    void decodeWithinThirtyPercentOfEveryRun() {
        QFETCH(QString, model);
        QFETCH(QString, key);
        QFETCH(int, batch);
        QFETCH(bool, graphs);
        double seconds = 0;
        for (const auto& run : m_speed.at("runs")) {
            if (run.at("model") == model.toStdString()) {
                seconds = run.at(key.toStdString()).get<double>();
            }
        }
        const Estimate e = estimate(h200(model.toStdString(), batch, graphs));
        QVERIFY(e.speed.valid);
        const double measured = batch / seconds; // tokens per second, all sequences
        const double estimated = e.speed.decode_batch_tokens_per_s;
        const double error = (estimated - measured) / measured;
        qInfo("%s: estimate %.1f tok/s (%.1f–%.1f), measured %.1f tok/s, error %+.1f %%", QTest::currentDataTag(),
              estimated, e.speed.decode_batch_low_tokens_per_s, e.speed.decode_batch_high_tokens_per_s, measured,
              error * 100);
        QVERIFY2(std::abs(error) <= 0.30, qPrintable(QString::number(error * 100) + " %"));
        // The range is honest: the measurement lies inside it.
        QVERIFY(e.speed.decode_batch_low_tokens_per_s <= measured &&
                measured <= e.speed.decode_batch_high_tokens_per_s);
    }

    void prefillWithinThirtyPercent() {
        for (const auto& run : m_speed.at("runs")) {
            Scenario s = h200(run.at("model").get<std::string>(), 1, true);
            s.context_tokens = 4096;
            const Estimate e = estimate(s);
            const double measured = run.at("prefill_4096_s").get<double>();
            const double error = (e.speed.time_to_first_token_s - measured) / measured;
            qInfo("%s prefill 4096: estimate %.4f s, measured %.4f s, error %+.1f %%",
                  run.at("model").get<std::string>().c_str(), e.speed.time_to_first_token_s, measured, error * 100);
            QVERIFY(std::abs(error) <= 0.30);
            QVERIFY(e.speed.prefill_low_tokens_per_s <= 4096 / measured &&
                    4096 / measured <= e.speed.prefill_high_tokens_per_s);
        }
    }

    void llama2SevenBGraphDecodeIs138TokensPerSecond() {
        // 0.00725 s per token → 138 tokens/s (brief for issue #7).
        const Estimate e = estimate(h200("llama-2-7b", 1, true));
        QVERIFY(std::abs(e.speed.decode_tokens_per_s - 138.0) / 138.0 < 0.05);
    }

    void decodeTurnsComputeBoundAsBatchGrows() {
        // A GQA model at a short context: the weights dominate the bytes, so batching pays until the
        // FLOPs catch up. (At 512 tokens the KV read per sequence already costs about as much time as its
        // FLOPs on an H100, so the step stays memory-bound almost to the end.)
        Scenario s;
        s.model = catalogModel("llama-3-8b");
        s.precision.weights = WeightFormat::BF16;
        s.context_tokens = 128;
        s.runtime = Runtime::Vllm;
        s.gpu = catalogGpu("h100-80gb");
        const std::int64_t from = estimate(s).speed.compute_bound_from_batch;
        QVERIFY2(from > 16 && from < 4096, qPrintable(QString::number(from)));
        s.batch = from / 2;
        const Estimate below = estimate(s);
        QVERIFY(!below.speed.decode_compute_bound);
        s.batch = from * 2;
        const Estimate above = estimate(s);
        QVERIFY(above.speed.decode_compute_bound);
        // Throughput keeps rising with batch, per-sequence speed falls.
        QVERIFY(above.speed.decode_batch_tokens_per_s > below.speed.decode_batch_tokens_per_s);
        QVERIFY(above.speed.decode_batch_tokens_per_s / static_cast<double>(from * 2) <
                below.speed.decode_batch_tokens_per_s / static_cast<double>(from / 2));
        const std::vector<std::int64_t> batches{1, 8, 64, 512};
        const auto points = decodeSpeedByBatch(s, batches);
        QCOMPARE(points.size(), batches.size());
        for (std::size_t i = 1; i < points.size(); ++i) {
            QVERIFY(points[i].tokens_per_s > points[i - 1].tokens_per_s);
        }
    }

    void lowPrecisionWithoutNativeMathIsDequantized_data() {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("dequantized");
        QTest::newRow("FP8 on A100 (no FP8 tensor cores)") << "a100-80gb" << int(WeightFormat::FP8_E4M3) << true;
        QTest::newRow("FP8 on H100 (native)") << "h100-80gb" << int(WeightFormat::FP8_E4M3) << false;
        QTest::newRow("INT8 on H100 (native)") << "h100-80gb" << int(WeightFormat::INT8) << false;
        QTest::newRow("NF4 anywhere (no NF4 arithmetic)") << "h100-80gb" << int(WeightFormat::NF4) << true;
        QTest::newRow("INT4 on H100 (no INT4 tensor cores)") << "h100-80gb" << int(WeightFormat::INT4_G128) << true;
        QTest::newRow("INT4 on A100 (INT4 tensor cores)") << "a100-80gb" << int(WeightFormat::INT4_G128) << false;
    }
    void lowPrecisionWithoutNativeMathIsDequantized() {
        QFETCH(QString, gpu);
        QFETCH(int, format);
        QFETCH(bool, dequantized);
        Scenario s;
        s.model = catalogModel("llama-2-13b");
        s.context_tokens = 2048;
        s.runtime = Runtime::Vllm;
        s.gpu = catalogGpu(gpu.toStdString());
        s.precision.weights = WeightFormat::BF16;
        const Estimate bf16 = estimate(s);
        s.precision.weights = static_cast<WeightFormat>(format);
        const Estimate q = estimate(s);
        QCOMPARE(q.speed.weights_dequantized, dequantized);
        // Decode always gains from fewer bytes.
        QVERIFY(q.speed.decode_tokens_per_s > bf16.speed.decode_tokens_per_s);
        if (dequantized) {
            // Prefill runs at the 16-bit rate: no gain (the article's Mistake 2).
            QCOMPARE(q.speed.compute_tflops, bf16.speed.compute_tflops);
            QVERIFY(q.speed.prefill_tokens_per_s <= bf16.speed.prefill_tokens_per_s * 1.02);
        }
    }

    void simpleProfileIsTheArticlesUpperBound() {
        Scenario s = h200("llama-2-7b", 1, true);
        s.runtime = Runtime::Simple;
        const Estimate e = estimate(s);
        // Bandwidth over bytes: 4800 GB/s over 13.48 GB of weights + 1.07 GB of KV.
        const double expected = 4800e9 / static_cast<double>(6'738'415'616LL * 2 + 2048LL * 524'288);
        QVERIFY(std::abs(e.speed.decode_tokens_per_s - expected) / expected < 1e-9);
        QVERIFY(e.speed.decode_tokens_per_s > estimate(h200("llama-2-7b", 1, true)).speed.decode_tokens_per_s);
    }

    void noGpuNoSpeed() {
        Scenario s = h200("llama-2-7b", 1, true);
        s.gpu.reset();
        QVERIFY(!estimate(s).speed.valid);
    }
};

QTEST_GUILESS_MAIN(TestSpeed)
#include "test_speed.moc"
