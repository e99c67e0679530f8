// GGUF blocks: hand-computed Q8_0 / Q4_0 blocks (the signed-scale quirk included), the fast quantizers
// byte-identical to the reference loops, K-quant layouts and sizes (quant-formats.md §1).

#include "core/quant/float_formats.h"
#include "core/quant/gemv_kernels.h"
#include "core/quant/ggml_blocks.h"
#include "core/quant/sample_tensor.h"
#include "core/quant/scheme.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <vector>

using namespace fitscope::quant;
using namespace fitscope::quant::ggml;

namespace {
std::vector<float> randomValues(std::int64_t n, std::uint64_t seed, double scale) {
    SplitMix64 rng(seed);
    std::vector<float> x(static_cast<std::size_t>(n));
    for (auto& v : x) {
        v = static_cast<float>(rng.gaussian() * scale);
    }
    return x;
}
} // namespace

class TestQuantGgml : public QObject {
    Q_OBJECT

private slots:
    void q8_0_handComputedBlock_roundsTiesAwayFromZero() {
        float x[32] = {};
        x[0] = 127.0f; // amax 127 -> d = 1, id = 1
        x[1] = -2.5f;  // roundf: -3
        x[2] = 2.5f;   // 3
        x[3] = 0.5f;   // 1
        x[4] = -0.5f;  // -1
        x[5] = 1.49f;  // 1
        BlockQ8_0 ref{};
        quantizeRowQ8_0Ref(x, &ref, 32);
        QCOMPARE(int(ref.d), 0x3C00);
        const int expected[6] = {127, -3, 3, 1, -1, 1};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(int(ref.qs[i]), expected[i]);
        }
        for (int i = 6; i < 32; ++i) {
            QCOMPARE(int(ref.qs[i]), 0);
        }
        BlockQ8_0 fast{};
        quantizeRowQ8_0(x, &fast, 32);
        QCOMPARE(std::memcmp(&ref, &fast, sizeof ref), 0);
    }

    void q4_0_handComputedBlock_signedScaleQuirk() {
        // The largest magnitude is +4, so d = 4 / -8 = -0.5 (negative!) and +4 maps to q = 0.
        float x[32] = {};
        x[0] = 4.0f;   // x*id = -8 -> q 0            -> (0-8)*(-0.5) = 4
        x[1] = -3.9f;  // 7.8 + 8.5 = 16.3 -> clamp 15 -> -3.5 (the opposite side clips at 7·|d|)
        x[2] = 0.75f;  // -1.5 + 8.5 = 7 -> q 7        -> 0.5
        x[16] = 1.0f;  // -2 + 8.5 = 6.5 -> q 6        -> 1
        x[17] = 0.25f; // -0.5 + 8.5 = 8 -> q 8        -> 0
        BlockQ4_0 ref{};
        quantizeRowQ4_0Ref(x, &ref, 32);
        QCOMPARE(int(ref.d), 0xB800); // fp16(-0.5)
        QCOMPARE(int(ref.qs[0]), 0x60);
        QCOMPARE(int(ref.qs[1]), 0x8F);
        QCOMPARE(int(ref.qs[2]), 0x87);
        for (int j = 3; j < 16; ++j) {
            QCOMPARE(int(ref.qs[j]), 0x88);
        }
        float y[32];
        dequantizeRowQ4_0(&ref, y, 32);
        QCOMPARE(y[0], 4.0f);
        QCOMPARE(y[1], -3.5f);
        QCOMPARE(y[2], 0.5f);
        QCOMPARE(y[16], 1.0f);
        BlockQ4_0 fast{};
        quantizeRowQ4_0(x, &fast, 32);
        QCOMPARE(std::memcmp(&ref, &fast, sizeof ref), 0);
    }

    void q4_0_allZeroBlock_storesNegativeZeroScale() {
        float x[32] = {};
        BlockQ4_0 ref{};
        quantizeRowQ4_0Ref(x, &ref, 32);
        QCOMPARE(int(ref.d), 0x8000); // 0.0f / -8 = -0.0
        QCOMPARE(int(ref.qs[0]), 0x88);
        BlockQ4_0 fast{};
        quantizeRowQ4_0(x, &fast, 32);
        QCOMPARE(std::memcmp(&ref, &fast, sizeof ref), 0);
    }

    void fastQuantizers_byteIdenticalToReference_data() {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("seed");
        QTest::newRow("unit gaussian") << 1.0 << 1;
        QTest::newRow("tiny values (fp16 subnormal scales)") << 1e-6 << 2;
        QTest::newRow("large values") << 1000.0 << 3;
        QTest::newRow("integers with ties") << -1.0 << 4;
    }
    void fastQuantizers_byteIdenticalToReference() {
        QFETCH(double, scale);
        QFETCH(int, seed);
        const std::int64_t n = 32 * 4096;
        std::vector<float> x = randomValues(n, static_cast<std::uint64_t>(seed), std::fabs(scale));
        if (scale < 0) {
            for (auto& v : x) {
                v = std::round(v * 8.0f) / 2.0f; // many exact .5 products
            }
        }
        // Repeated maxima of opposite signs: the first one must win.
        x[32] = 3.0f;
        x[33] = -3.0f;
        std::vector<BlockQ4_0> r4(static_cast<std::size_t>(n / 32)), f4(r4.size());
        std::vector<BlockQ8_0> r8(static_cast<std::size_t>(n / 32)), f8(r8.size());
        quantizeRowQ4_0Ref(x.data(), r4.data(), n);
        quantizeRowQ4_0(x.data(), f4.data(), n);
        quantizeRowQ8_0Ref(x.data(), r8.data(), n);
        quantizeRowQ8_0(x.data(), f8.data(), n);
        QCOMPARE(std::memcmp(r4.data(), f4.data(), r4.size() * sizeof(BlockQ4_0)), 0);
        QCOMPARE(std::memcmp(r8.data(), f8.data(), r8.size() * sizeof(BlockQ8_0)), 0);
    }

    void q4_1_handComputedBlock() {
        float x[32];
        for (int i = 0; i < 32; ++i) {
            x[i] = static_cast<float>(i % 16); // min 0, max 15 -> d = 1, m = 0, q = value
        }
        BlockQ4_1 b{};
        quantizeRowQ4_1Ref(x, &b, 32);
        QCOMPARE(int(b.d), 0x3C00);
        QCOMPARE(int(b.m), 0x0000);
        QCOMPARE(int(b.qs[3]), 0x33); // element 3 (=3) low, element 19 (=3) high
        float y[32];
        dequantizeRowQ4_1(&b, y, 32);
        for (int i = 0; i < 32; ++i) {
            QCOMPARE(y[i], x[i]);
        }
    }

    void kQuants_layoutAndErrorBound_data() {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<double>("bpw");
        QTest::addColumn<double>("max_rel_rmse");
        QTest::newRow("q4_k: 144 bytes per 256") << "q4_k" << 4.5 << 0.12;
        QTest::newRow("q6_k: 210 bytes per 256") << "q6_k" << 6.5625 << 0.03;
        QTest::newRow("q4_1: 20 bytes per 32") << "q4_1" << 5.0 << 0.12;
        QTest::newRow("q8_0: 34 bytes per 32") << "q8_0" << 8.5 << 0.01;
        QTest::newRow("q4_0: 18 bytes per 32") << "q4_0" << 4.5 << 0.13;
    }
    void kQuants_layoutAndErrorBound() {
        QFETCH(QString, scheme);
        QFETCH(double, bpw);
        QFETCH(double, max_rel_rmse);
        Matrix w("w", 8, 512);
        w.data = randomValues(w.size(), 11, 1.0);
        const Scheme& s = schemeOrThrow(scheme.toStdString());
        const QuantizedTensor q = s.quantize(w, nullptr, {}, {});
        QCOMPARE(q.bitsPerWeight(), bpw);
        const Matrix d = s.dequantize(q);
        double se = 0;
        double ss = 0;
        for (std::int64_t i = 0; i < w.size(); ++i) {
            se += std::pow(w.data[static_cast<std::size_t>(i)] - d.data[static_cast<std::size_t>(i)], 2);
            ss += std::pow(w.data[static_cast<std::size_t>(i)], 2);
        }
        QVERIFY2(std::sqrt(se / ss) < max_rel_rmse, qPrintable(QString::number(std::sqrt(se / ss))));
        // Same input, same bytes.
        QCOMPARE(s.quantize(w, nullptr, {}, {}).bytes, q.bytes);
    }

    void q4_k_scaleMinPacking_matchesGetScaleMinK4() {
        std::vector<float> x = randomValues(256, 5, 1.0);
        BlockQ4_K b{};
        quantizeRowQ4_KRef(x.data(), &b, 256);
        float y[256];
        dequantizeRowQ4_K(&b, y, 256);
        // Sub-block 5's values must equal d·sc·q − dmin·m with the unpacked 6-bit scale and min.
        std::uint8_t sc = 0;
        std::uint8_t m = 0;
        scaleMinK4(5, b.scales, &sc, &m);
        const int q = (b.qs[64 + 5] >> 4); // chunk 2 (values 128..191), high nibble = value 160 + 5
        QCOMPARE(y[165], halfToFloat(b.d) * sc * static_cast<float>(q) - halfToFloat(b.dmin) * m);
    }

    void ggmlSchemes_rejectColumnsNotMultipleOfBlock() {
        Matrix w("w", 2, 100);
        QVERIFY_THROWS_EXCEPTION(QuantError, schemeOrThrow("q4_k").quantize(w, nullptr, {}, {}));
        QVERIFY_THROWS_EXCEPTION(QuantError, schemeOrThrow("q8_0").quantize(w, nullptr, {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestQuantGgml)
#include "test_quant_ggml.moc"
