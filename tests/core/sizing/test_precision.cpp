// Storage costs of every weight format, scales and zero-points included.
#include "core/sizing/precision.h"

#include <QObject>
#include <QTest>

using namespace fitscope::sizing;

Q_DECLARE_METATYPE(fitscope::sizing::WeightFormat)

class TestPrecision : public QObject {
    Q_OBJECT

private slots:
    void bitsPerWeight_data() {
        QTest::addColumn<WeightFormat>("format");
        QTest::addColumn<double>("bits");
        // A 4096 × 4096 matrix; bits per weight from the real layouts (quant-formats.md §1.1, §2.3, §7.5).
        QTest::newRow("FP32: 32") << WeightFormat::FP32 << 32.0;
        QTest::newRow("FP16: 16") << WeightFormat::FP16 << 16.0;
        QTest::newRow("INT8 per channel: 8 + a fp32 scale per row") << WeightFormat::INT8 << 8.0 + 32.0 / 4096;
        QTest::newRow("INT4 g128 symmetric: 4 + 16/128") << WeightFormat::INT4_G128 << 4.125;
        QTest::newRow("INT4 g32 symmetric: 4 + 16/32") << WeightFormat::INT4_G32 << 4.5;
        QTest::newRow("INT4 g128 zero-point: 4 + 20/128") << WeightFormat::INT4_G128_ASYM << 4.15625;
        QTest::newRow("AWQ g128: 4 + 20/128") << WeightFormat::AWQ_INT4_G128 << 4.15625;
        QTest::newRow("GPTQ g128: 4 + 20/128 + g_idx") << WeightFormat::GPTQ_INT4_G128 << 4.15625 + 32.0 / 4096;
        QTest::newRow("NF4: 4 + 32/64 = 4.5") << WeightFormat::NF4 << 4.5;
        QTest::newRow("MXFP4: 4.25") << WeightFormat::MXFP4 << 4.25;
        QTest::newRow("Q8_0: 8.5") << WeightFormat::Q8_0 << 8.5;
        QTest::newRow("Q6_K: 6.5625") << WeightFormat::Q6_K << 6.5625;
        QTest::newRow("Q5_K: 5.5") << WeightFormat::Q5_K << 5.5;
        QTest::newRow("Q5_0: 5.5") << WeightFormat::Q5_0 << 5.5;
        QTest::newRow("Q4_K: 4.5") << WeightFormat::Q4_K << 4.5;
        QTest::newRow("Q4_0: 4.5") << WeightFormat::Q4_0 << 4.5;
        QTest::newRow("Q3_K: 3.4375") << WeightFormat::Q3_K << 3.4375;
        QTest::newRow("Q2_K: 2.625") << WeightFormat::Q2_K << 2.625;
    }
    void bitsPerWeight() {
        QFETCH(WeightFormat, format);
        QFETCH(double, bits);
        const std::int64_t n = 4096;
        QCOMPARE(static_cast<double>(storageBytes(format, n, n)) * 8.0 / static_cast<double>(n * n), bits);
    }

    void nf4DoubleQuantizationIs4Point127Bits() {
        // QLoRA §3: 8/64 + 32/(64·256) = 0.127 bits of constants per parameter.
        const std::int64_t n = 8192;
        const double bits = static_cast<double>(storageBytes(WeightFormat::NF4_DQ, n, n)) * 8.0 / double(n * n);
        QVERIFY(std::abs(bits - 4.127) < 0.001);
    }

    void kQuantsFallBackWhenRowsAreNotMultiplesOf256() {
        // llama.cpp: a Q4_K tensor with 4544 columns (Falcon-7B) is stored as Q5_0 instead.
        QCOMPARE(storageBytes(WeightFormat::Q4_K, 10, 4544), qint64(10 * (4544 / 32) * 22));
        QCOMPARE(storageBytes(WeightFormat::Q6_K, 10, 4544), qint64(10 * (4544 / 32) * 34));
    }

    void q4KmAssignsMoreBitsToHalfOfAttnVAndFfnDown() {
        ModelSpec spec;
        spec.num_heads = 32;
        spec.num_kv_heads = 32;
        int more = 0;
        for (int layer = 0; layer < 32; ++layer) {
            more +=
                resolveGgufTensorType(WeightFormat::Q4_K_M, TensorRole::FfnDown, layer, 32, spec) == WeightFormat::Q6_K;
        }
        QCOMPARE(more, 16); // llama-quant.cpp use_more_bits: 16 of 32 layers for a 7B model
        QCOMPARE(resolveGgufTensorType(WeightFormat::Q4_K_M, TensorRole::OutputHead, 0, 32, spec), WeightFormat::Q6_K);
        QCOMPARE(resolveGgufTensorType(WeightFormat::Q4_K_M, TensorRole::AttnQ, 5, 32, spec), WeightFormat::Q4_K);
        QCOMPARE(resolveGgufTensorType(WeightFormat::Q8_0, TensorRole::OutputHead, 0, 32, spec), WeightFormat::Q8_0);
    }

    void idsRoundTripAndAliasesResolve() {
        for (const FormatInfo& info : allWeightFormats()) {
            QCOMPARE(weightFormatFromId(info.id), std::optional<WeightFormat>(info.format));
            QVERIFY(!info.description.empty());
        }
        QCOMPARE(weightFormatFromId("int4"), std::optional<WeightFormat>(WeightFormat::INT4_G128));
        QCOMPARE(weightFormatFromId("Q4_K_M"), std::optional<WeightFormat>(WeightFormat::Q4_K_M));
        QCOMPARE(weightFormatFromId("BF16"), std::optional<WeightFormat>(WeightFormat::BF16));
        QVERIFY(!weightFormatFromId("int5").has_value());
        for (const KvFormatInfo& info : allKvFormats()) {
            QCOMPARE(kvFormatFromId(info.id), std::optional<KvFormat>(info.format));
        }
        QVERIFY(!kvFormatFromId("q2_k").has_value());
    }
};

QTEST_GUILESS_MAIN(TestPrecision)
#include "test_precision.moc"
