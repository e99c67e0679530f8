// The transformers profile against real H200 measurements (tests/data/calibration, a copy of
// shared/data/calibration/h200-transformers.json): within 5 % of used_after_gen for every run.
#include "test_helpers.h"

#include <QFile>
#include <QObject>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fitscope;
using namespace fitscope::sizing;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

class TestTransformersCalibration : public QObject {
    Q_OBJECT

    nlohmann::json m_data;

private slots:
    void initTestCase() {
        QFile file(QStringLiteral(FITSCOPE_TEST_DATA_DIR "/calibration/h200-transformers.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_data = nlohmann::json::parse(file.readAll().toStdString());
        QVERIFY(m_data.at("runs").size() >= 6);
    }

    void withinFivePercentOfMeasuredMemory_data() {
        QTest::addColumn<int>("run");
        for (std::size_t i = 0; i < m_data.at("runs").size(); ++i) {
            const auto& r = m_data.at("runs")[i];
            const std::string name = r.at("model").get<std::string>() + " ctx " +
                                     std::to_string(r.at("context").get<int>()) + " batch " +
                                     std::to_string(r.at("batch").get<int>());
            QTest::newRow(name.c_str()) << int(i);
        }
    }
    void withinFivePercentOfMeasuredMemory() {
        QFETCH(int, run);
        const auto& r = m_data.at("runs")[static_cast<std::size_t>(run)];
        Scenario s;
        s.model = catalogModel(r.at("model").get<std::string>());
        QCOMPARE(s.model->counts.total(), r.at("params").get<std::int64_t>());
        s.precision.weights = WeightFormat::BF16;
        s.precision.kv_cache = KvFormat::BF16;
        s.context_tokens = r.at("context").get<std::int64_t>();
        s.batch = r.at("batch").get<std::int64_t>();
        s.runtime = Runtime::Transformers;
        s.gpu = catalogGpu("h200");
        const Estimate e = estimate(s);
        const double measured = r.at("used_after_gen").get<double>();
        const double error = (static_cast<double>(e.total_bytes) - measured) / measured;
        qInfo("%s: estimate %.3f GB, measured %.3f GB, error %+.2f %%", QTest::currentDataTag(),
              static_cast<double>(e.total_bytes) / 1e9, measured / 1e9, error * 100);
        QVERIFY2(std::abs(error) <= 0.05, qPrintable(QString::number(error * 100) + " %"));
        // The KV cache matches what DynamicCache held (context − 1 positions) to one token.
        const double kv_measured = r.at("kv_bytes").get<double>();
        QVERIFY(std::abs(static_cast<double>(e.kv_cache_bytes) - kv_measured) <=
                static_cast<double>(e.kv_bytes_per_token) * s.batch);
    }

    void seventyBillionOnTwoA100sFitsWithRoom() {
        // The article's "2x A100 80 GB: LLaMA-2 70B comfortably in FP16": true under the accurate profile.
        Scenario s;
        s.model = catalogModel("llama-2-70b");
        s.precision.weights = WeightFormat::FP16;
        s.context_tokens = 4096;
        s.runtime = Runtime::Transformers;
        s.gpu = catalogGpu("a100-80gb");
        s.gpu_count = 2;
        const Estimate e = estimate(s);
        QCOMPARE(e.fit->verdict, Verdict::Fits);
    }
};

QTEST_GUILESS_MAIN(TestTransformersCalibration)
#include "test_transformers_calibration.moc"
