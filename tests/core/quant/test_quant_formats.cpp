// Known answers for the narrow float formats and the NF4 table (quant-formats.md §2.1, §4).

#include "core/quant/float_formats.h"
#include "core/quant/nf4.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace fitscope::quant;

class TestQuantFormats : public QObject {
    Q_OBJECT

private slots:
    void fp8E4M3_knownValues_data() {
        QTest::addColumn<float>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<float>("decoded");
        QTest::newRow("448 is the largest finite value") << 448.0f << 0x7E << 448.0f;
        QTest::newRow("464 ties to even 448 and stays finite") << 464.0f << 0x7E << 448.0f;
        QTest::newRow("480 saturates to 448") << 480.0f << 0x7E << 448.0f;
        QTest::newRow("+inf saturates to 448") << std::numeric_limits<float>::infinity() << 0x7E << 448.0f;
        QTest::newRow("-1e6 saturates to -448") << -1e6f << 0xFE << -448.0f;
        QTest::newRow("min normal 2^-6") << 0.015625f << 0x08 << 0.015625f;
        QTest::newRow("min subnormal 2^-9") << 0.001953125f << 0x01 << 0.001953125f;
        QTest::newRow("max subnormal 0.875*2^-6") << 0.013671875f << 0x07 << 0.013671875f;
        QTest::newRow("half the min subnormal ties to zero") << 0.0009765625f << 0x00 << 0.0f;
        QTest::newRow("1.0625 ties to even 1.0") << 1.0625f << 0x38 << 1.0f;
        QTest::newRow("1.1875 ties to even 1.25") << 1.1875f << 0x3A << 1.25f;
    }
    void fp8E4M3_knownValues() {
        QFETCH(float, input);
        QFETCH(int, code);
        QFETCH(float, decoded);
        QCOMPARE(int(floatToE4M3(input)), code);
        QCOMPARE(e4m3ToFloat(static_cast<std::uint8_t>(code)), decoded);
    }

    void fp8E4M3_nanAndNonSaturating() {
        QCOMPARE(int(floatToE4M3(std::numeric_limits<float>::quiet_NaN()) & 0x7F), 0x7F);
        QVERIFY(std::isnan(e4m3ToFloat(0x7F)));
        QVERIFY(std::isnan(e4m3ToFloat(0xFF)));
        QCOMPARE(int(floatToE4M3(480.0f, false)), 0x7F); // NaN when not saturating (ONNX table)
        QCOMPARE(int(floatToE4M3(464.0f, false)), 0x7E);
    }

    void fp8E4M3_every_code_roundTrips() {
        int finite = 0;
        for (int c = 0; c < 256; ++c) {
            const float v = e4m3ToFloat(static_cast<std::uint8_t>(c));
            if (std::isnan(v)) {
                continue;
            }
            if (v >= 0 && !std::signbit(v)) {
                ++finite;
            }
            QCOMPARE(int(floatToE4M3(v)), c);
        }
        QCOMPARE(finite, 127); // §4.1: 127 distinct non-negative finite values incl. 0
    }

    void fp8E5M2_knownValues() {
        QCOMPARE(e5m2ToFloat(floatToE5M2(57344.0f)), 57344.0f);
        QCOMPARE(int(floatToE5M2(57344.0f)), 0x7B);
        QCOMPARE(e5m2ToFloat(floatToE5M2(1e9f)), 57344.0f);
        QCOMPARE(int(floatToE5M2(1e9f, false)), 0x7C); // +Inf without saturation
        QVERIFY(std::isinf(e5m2ToFloat(0x7C)));
        QVERIFY(std::isnan(e5m2ToFloat(0x7D)));
        QCOMPARE(e5m2ToFloat(floatToE5M2(std::ldexp(1.0f, -16))), std::ldexp(1.0f, -16)); // min subnormal
        QCOMPARE(e5m2ToFloat(floatToE5M2(std::ldexp(1.0f, -14))), std::ldexp(1.0f, -14)); // min normal
        int finite = 0;
        for (int c = 0; c < 128; ++c) {
            if (std::isfinite(e5m2ToFloat(static_cast<std::uint8_t>(c)))) {
                ++finite;
            }
        }
        QCOMPARE(finite, 124);
    }

    void half_tiesToEven_data() {
        QTest::addColumn<float>("input");
        QTest::addColumn<int>("bits");
        // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: ties to the even mantissa (1.0).
        QTest::newRow("1+2^-11 -> 1.0") << (1.0f + std::ldexp(1.0f, -11)) << 0x3C00;
        QTest::newRow("1+3*2^-11 -> 1+2^-9") << (1.0f + 3 * std::ldexp(1.0f, -11)) << 0x3C02;
        QTest::newRow("65504 max") << 65504.0f << 0x7BFF;
        QTest::newRow("65520 overflows to inf") << 65520.0f << 0x7C00;
        QTest::newRow("2^-24 min subnormal") << std::ldexp(1.0f, -24) << 0x0001;
        QTest::newRow("2^-25 ties to zero") << std::ldexp(1.0f, -25) << 0x0000;
        QTest::newRow("-2") << -2.0f << 0xC000;
    }
    void half_tiesToEven() {
        QFETCH(float, input);
        QFETCH(int, bits);
        QCOMPARE(int(floatToHalf(input)), bits);
    }

    void half_everyCode_roundTrips() {
        for (int c = 0; c < 65536; ++c) {
            const float v = halfToFloat(static_cast<std::uint16_t>(c));
            if (!std::isnan(v)) {
                QCOMPARE(int(floatToHalf(v)), c);
            }
        }
    }

    void bf16_tiesToEven() {
        // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: even is 1.0; 1 + 3*2^-8 goes up to 1 + 2^-6.
        QCOMPARE(int(floatToBf16(1.0f + std::ldexp(1.0f, -8))), 0x3F80);
        QCOMPARE(int(floatToBf16(1.0f + 3 * std::ldexp(1.0f, -8))), 0x3F82);
        QCOMPARE(bf16ToFloat(floatToBf16(3.0f)), 3.0f);
        QCOMPARE(int(floatToBf16(-0.0f)), 0x8000);
        QVERIFY(std::isnan(bf16ToFloat(floatToBf16(std::numeric_limits<float>::quiet_NaN()))));
    }

    void e2m1_levelsAndRounding() {
        const float expected[8] = {0.0f, 0.5f, 1.0f, 1.5f, 2.0f, 3.0f, 4.0f, 6.0f};
        for (int c = 0; c < 8; ++c) {
            QCOMPARE(e2m1ToFloat(static_cast<std::uint8_t>(c)), expected[c]);
            QCOMPARE(e2m1ToFloat(static_cast<std::uint8_t>(c | 8)), -expected[c]);
        }
        QCOMPARE(e2m1ToFloat(floatToE2M1(7.9f)), 6.0f);  // saturates
        QCOMPARE(e2m1ToFloat(floatToE2M1(1.75f)), 2.0f); // tie -> even mantissa
        QCOMPARE(e2m1ToFloat(floatToE2M1(1.25f)), 1.0f);
        QCOMPARE(e2m1ToFloat(floatToE2M1(5.0f)), 4.0f);
    }

    void nf4_levelsMatchBitsandbytes() {
        QCOMPARE(kNf4Levels[0], -1.0f);
        QCOMPARE(kNf4Levels[7], 0.0f);
        QCOMPARE(kNf4Levels[15], 1.0f);
        QCOMPARE(kNf4Levels[1], -0.6961928009986877f);
        QCOMPARE(kNf4Levels[8], 0.07958029955625534f);
        QCOMPARE(kNf4Levels[14], 0.7229568362236023f);
        for (std::uint8_t c = 0; c < 16; ++c) {
            QCOMPARE(int(nearestNf4(kNf4Levels[c])), int(c));
        }
        // The CUDA decision-tree midpoints (§2.1).
        QCOMPARE(int(nearestNf4(0.0397f)), 7);
        QCOMPARE(int(nearestNf4(0.0398f)), 8);
        QCOMPARE(int(nearestNf4(-0.8480f)), 1);
        QCOMPARE(int(nearestNf4(-0.8482f)), 0);
    }

    void dynamicMap_isSortedSignedAndSpansOne() {
        const auto& map = dynamicMap();
        QCOMPARE(map.back(), 1.0f);
        QVERIFY(map.front() < -0.99f);
        for (std::size_t i = 1; i < map.size(); ++i) {
            QVERIFY(map[i - 1] <= map[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuantFormats)
#include "test_quant_formats.moc"
