// Every GEMV kernel, on every ISA this CPU has, against a plain double-precision reference computed
// from the dequantized weights (and, for integer formats, the same int8-quantized activations).

#include "core/quant/gemv_kernels.h"
#include "core/quant/int_group.h"
#include "core/quant/nf4.h"
#include "core/quant/sample_tensor.h"
#include "core/quant/scheme.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace fitscope::quant;

namespace {

struct Case {
    GemvFormat format;
    const char* scheme; // scheme whose stored bytes are the kernel's input (empty: raw float32)
    std::int64_t group;
};

// Every ISA path this machine runs (FITSCOPE_ISA caps detectedIsa()): an AVX-512 machine tests the
// AVX2 and portable paths too.
std::vector<Isa> availableIsas() {
    std::vector<Isa> out{Isa::Generic};
    if (detectedIsa() == Isa::Avx2 || detectedIsa() == Isa::Avx512) {
        out.push_back(Isa::Avx2);
    }
    if (detectedIsa() == Isa::Avx512) {
        out.push_back(Isa::Avx512);
    }
    return out;
}

// Values that probe the quantizers' edges: gaussians of several magnitudes (fp16-subnormal scales
// included), exact ties of the rounding, repeated maxima of both signs, flat and all-zero groups.
std::vector<float> awkwardValues(std::int64_t n, std::uint64_t seed) {
    SplitMix64 rng(seed);
    std::vector<float> x(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t region = (i / 256) % 6;
        const double g = rng.gaussian();
        float v = static_cast<float>(g);
        switch (region) {
        case 1:
            v = static_cast<float>(g * 1e-6);
            break;
        case 2:
            v = static_cast<float>(g * 3000.0);
            break;
        case 3:
            v = std::round(static_cast<float>(g) * 14.0f) / 2.0f; // scale 1 after /7: many .5 ties
            break;
        case 4:
            v = (i / 32) % 2 == 0 ? 0.0f : -0.75f; // all-zero and flat groups
            break;
        default:
            break;
        }
        x[static_cast<std::size_t>(i)] = v;
    }
    x[5] = 3.5f;
    x[6] = -3.5f;
    return x;
}

} // namespace

class TestQuantKernels : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { clearForcedIsa(); }

    void gemv_matchesDoubleReference_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        const struct {
            GemvFormat f;
            const char* s;
            int g;
        } formats[] = {{GemvFormat::F32, "", 0},
                       {GemvFormat::F16, "fp16", 0},
                       {GemvFormat::BF16, "bf16", 0},
                       {GemvFormat::Int8Row, "int8-channel", 0},
                       {GemvFormat::Q8_0, "q8_0", 0},
                       {GemvFormat::Q4_0, "q4_0", 0},
                       {GemvFormat::Int4Group, "int4-g32", 32},
                       {GemvFormat::Int4Group, "int4-g64", 64},
                       {GemvFormat::Int4Group, "int4-g128", 128}};
        // Sizes that are not multiples of any SIMD width (block formats: multiples of 32 only).
        const int free_cols[] = {1, 17, 100, 333, 1031};
        const int block_cols[] = {32, 96, 160, 544, 1056};
        const int rows[] = {1, 7, 33, 70, 129};
        for (const auto& f : formats) {
            const bool blocks = f.f == GemvFormat::Q8_0 || f.f == GemvFormat::Q4_0;
            for (int i = 0; i < 5; ++i) {
                const int c = blocks ? block_cols[i] : free_cols[i];
                const QString name =
                    QStringLiteral("%1 %2x%3")
                        .arg(QString::fromStdString(gemvFormatName(f.f)) + (f.g ? QString::number(f.g) : QString()))
                        .arg(rows[i])
                        .arg(c);
                QTest::newRow(qPrintable(name))
                    << static_cast<int>(f.f) << QString::fromLatin1(f.s) << f.g << rows[i] << c;
            }
        }
    }

    void gemv_matchesDoubleReference() {
        QFETCH(int, format);
        QFETCH(QString, scheme);
        QFETCH(int, group);
        QFETCH(int, rows);
        QFETCH(int, cols);
        const auto f = static_cast<GemvFormat>(format);
        Matrix w("w", rows, cols);
        SplitMix64 rng(static_cast<std::uint64_t>(rows * 1000 + cols));
        for (auto& v : w.data) {
            v = static_cast<float>(rng.gaussian());
        }
        std::vector<float> x(static_cast<std::size_t>(cols));
        for (auto& v : x) {
            v = static_cast<float>(rng.gaussian() * 3.0);
        }
        QuantizedTensor packed;
        Matrix deq = w;
        if (!scheme.isEmpty()) {
            const Scheme& s = schemeOrThrow(scheme.toStdString());
            packed = s.quantize(w, nullptr, {}, {});
            deq = s.dequantize(packed);
        }
        const std::uint8_t* data =
            scheme.isEmpty() ? reinterpret_cast<const std::uint8_t*>(w.data.data()) : packed.bytes.data();
        const PackedWeights pw{f, rows, cols, group > 0 ? group : 128, data};

        // Integer kernels multiply by the int8-quantized x: the reference uses exactly those values.
        std::vector<double> xr(x.begin(), x.end());
        if (f == GemvFormat::Int8Row || f == GemvFormat::Q8_0 || f == GemvFormat::Q4_0 || f == GemvFormat::Int4Group) {
            const QuantizedActivations qx = prepareActivations(x.data(), cols, activationBlock(f, pw.group));
            for (int i = 0; i < cols; ++i) {
                xr[static_cast<std::size_t>(i)] = static_cast<double>(qx.q[static_cast<std::size_t>(i)]) *
                                                  qx.d[static_cast<std::size_t>(i / qx.block)];
            }
        }
        std::vector<double> ref(static_cast<std::size_t>(rows));
        std::vector<double> mag(static_cast<std::size_t>(rows));
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                ref[static_cast<std::size_t>(r)] += static_cast<double>(deq.at(r, c)) * xr[static_cast<std::size_t>(c)];
                mag[static_cast<std::size_t>(r)] +=
                    std::fabs(static_cast<double>(deq.at(r, c)) * xr[static_cast<std::size_t>(c)]);
            }
        }
        for (Isa isa : availableIsas()) {
            forceIsa(isa);
            for (int threads : {1, 3}) {
                std::vector<float> y(static_cast<std::size_t>(rows), -1.0f);
                gemv(pw, x.data(), y.data(), threads);
                for (int r = 0; r < rows; ++r) {
                    const double tol = 2e-5 * mag[static_cast<std::size_t>(r)] + 1e-6;
                    const double err = std::fabs(y[static_cast<std::size_t>(r)] - ref[static_cast<std::size_t>(r)]);
                    if (err > tol) {
                        QFAIL(qPrintable(QStringLiteral("%1, %2 threads, row %3: %4 vs %5")
                                             .arg(QString::fromStdString(isaName(isa)))
                                             .arg(threads)
                                             .arg(r)
                                             .arg(y[static_cast<std::size_t>(r)])
                                             .arg(ref[static_cast<std::size_t>(r)])));
                    }
                }
            }
        }
    }

    void int4GroupRowQuantizer_byteIdenticalToReferenceOnEveryIsa() {
        const std::int64_t cols = 256 * 6 * 2;
        const std::vector<float> x = awkwardValues(cols, 3);
        for (std::int64_t group : {32, 64, 128}) {
            for (bool asym : {false, true}) {
                const std::int64_t groups = cols / group;
                std::vector<std::uint8_t> rc(static_cast<std::size_t>(cols / 2)), rz(static_cast<std::size_t>(groups));
                std::vector<std::uint16_t> rs(static_cast<std::size_t>(groups));
                quantizeRowInt4GroupRef(x.data(), cols, group, asym, rc.data(), rs.data(), rz.data());
                for (Isa isa : availableIsas()) {
                    forceIsa(isa);
                    std::vector<std::uint8_t> fc(rc.size(), 0xA5), fz(rz.size(), 0xA5);
                    std::vector<std::uint16_t> fs(rs.size(), 0xA5A5);
                    quantizeRowInt4Group(x.data(), cols, group, asym, fc.data(), fs.data(), fz.data());
                    const QString where = QStringLiteral("g%1%2 on %3")
                                              .arg(group)
                                              .arg(asym ? QStringLiteral(" asym") : QString())
                                              .arg(QString::fromStdString(isaName(isa)));
                    QVERIFY2(fc == rc, qPrintable(where + QStringLiteral(": codes")));
                    QVERIFY2(fs == rs, qPrintable(where + QStringLiteral(": scales")));
                    if (asym) {
                        const auto zb = static_cast<std::ptrdiff_t>((groups + 1) / 2);
                        QVERIFY2(std::equal(fz.begin(), fz.begin() + zb, rz.begin()),
                                 qPrintable(where + QStringLiteral(": zero-points")));
                    }
                }
            }
        }
    }

    void nf4Quantizer_byteIdenticalToReferenceOnEveryIsa() {
        const std::int64_t blocks = 256 * 6 * 2 / kNf4Block;
        std::vector<float> x = awkwardValues(blocks * kNf4Block, 4);
        // Values exactly on a level midpoint (after division by an absmax of 1) stay on the lower code.
        for (std::int64_t i = 0; i < kNf4Block; ++i) {
            x[static_cast<std::size_t>(i)] = std::clamp(x[static_cast<std::size_t>(i)], -0.9f, 0.9f);
        }
        x[0] = 1.0f;
        x[1] = 0.5f * (kNf4Levels[8] + kNf4Levels[9]);
        x[2] = 0.5f * (kNf4Levels[3] + kNf4Levels[4]);
        std::vector<float> ra(static_cast<std::size_t>(blocks));
        std::vector<std::uint8_t> rc(static_cast<std::size_t>(blocks * kNf4Block / 2));
        quantizeNf4BlocksRef(x.data(), blocks, ra.data(), rc.data());
        QCOMPARE(int(rc[0] & 0xF), 8); // x[1] sits on the 8|9 midpoint
        for (Isa isa : availableIsas()) {
            forceIsa(isa);
            std::vector<float> fa(ra.size(), -1.0f);
            std::vector<std::uint8_t> fc(rc.size(), 0xA5);
            quantizeNf4Blocks(x.data(), blocks, fa.data(), fc.data());
            QVERIFY2(fa == ra, isaName(isa).c_str());
            QVERIFY2(fc == rc, isaName(isa).c_str());
        }
    }

    void prepareActivations_roundsToNearestEvenPerBlockOf32() {
        std::vector<float> x(40, 0.0f);
        x[0] = 127.0f;
        x[1] = 2.5f; // d = 1 -> 2 (ties to even)
        x[2] = 3.5f; // -> 4
        x[32] = -1.0f;
        const QuantizedActivations qx = prepareActivations(x.data(), 40);
        QCOMPARE(qx.padded, std::int64_t{128});
        QCOMPARE(int(qx.q[1]), 2);
        QCOMPARE(int(qx.q[2]), 4);
        QCOMPARE(int(qx.q[32]), -127);
        QCOMPARE(qx.sum[0], 127 + 2 + 4);
        QCOMPARE(int(qx.q[100]), 0);
    }

    void prepareActivations_usesOneScalePerWeightGroupForInt4() {
        QCOMPARE(activationBlock(GemvFormat::Int4Group, 128), std::int64_t{128});
        QCOMPARE(activationBlock(GemvFormat::Int4Group, 64), std::int64_t{64});
        QCOMPARE(activationBlock(GemvFormat::Q4_0, 128), std::int64_t{32});
        std::vector<float> x(200, 0.5f);
        x[3] = -63.5f;  // block 0 (values 0..127): d = 0.5, so 0.5 -> 1 and -63.5 -> -127
        x[130] = 12.7f; // block 1 (values 128..199): d = 0.1
        const QuantizedActivations qx = prepareActivations(x.data(), 200, 128);
        QCOMPARE(qx.block, std::int64_t{128});
        QCOMPARE(qx.padded, std::int64_t{256});
        QCOMPARE(qx.d.size(), std::size_t{2});
        QCOMPARE(qx.d[0], 0.5f);
        QCOMPARE(int(qx.q[0]), 1);
        QCOMPARE(int(qx.q[3]), -127);
        QCOMPARE(int(qx.q[130]), 127);
        QCOMPARE(int(qx.q[129]), 5);
        QCOMPARE(qx.sum[0], 127 * 1 - 127);
        QCOMPARE(int(qx.q[220]), 0); // padding
        QVERIFY_THROWS_EXCEPTION(QuantError, prepareActivations(x.data(), 200, 48));
    }

    void forceIsa_rejectsMissingInstructions() {
        if (detectedIsa() == Isa::Avx512) {
            QSKIP("this CPU has every ISA");
        }
        QVERIFY_THROWS_EXCEPTION(QuantError, forceIsa(Isa::Avx512));
    }
};

QTEST_GUILESS_MAIN(TestQuantKernels)
#include "test_quant_kernels.moc"
