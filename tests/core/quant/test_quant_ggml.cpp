// GGUF blocks: hand-computed Q8_0 / Q4_0 blocks (the signed-scale quirk included), the fast quantizers
// byte-identical to the reference loops, K-quant layouts and sizes (quant-formats.md §1), and the bytes
// llama.cpp's own reference quantizers produced for the same inputs (tests/data/ggml/README.md).

#include "core/quant/float_formats.h"
#include "core/quant/gemv_kernels.h"
#include "core/quant/ggml_blocks.h"
#include "core/quant/sample_tensor.h"
#include "core/quant/scheme.h"

#include <QFile>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

using namespace fitscope::quant;
using namespace fitscope::quant::ggml;

namespace {

// tests/data/ggml/llamacpp_golden.bin: seeded input rows and the blocks llama.cpp made of them. The
// generator (not in this repository) compiled quantize_row_{q8_0,q4_0,q4_1,q4_K,q6_K,mxfp4}_ref and their
// helpers unchanged from ggml-org/llama.cpp 01243c587fec's ggml-quants.c with GCC -O2 -ffp-contract=off
// on x86-64, wrote each row's floats and then each format's blocks; the README there has the details.
enum GoldenFormat { kQ8_0, kQ4_0, kQ4_1, kQ4_K, kQ6_K, kMxfp4, kGoldenFormats };
constexpr const char* kGoldenName[kGoldenFormats] = {"q8_0", "q4_0", "q4_1", "q4_k", "q6_k", "mxfp4"};
constexpr int kGoldenBlock[kGoldenFormats] = {32, 32, 32, 256, 256, 32};
constexpr int kGoldenBlockBytes[kGoldenFormats] = {34, 18, 20, 144, 210, 17};

struct GoldenRow {
    std::string label;
    std::vector<float> x;
    std::vector<std::uint8_t> blocks[kGoldenFormats]; // empty when the row has no blocks of that format
};

std::vector<GoldenRow> loadGolden() {
    QFile file(QStringLiteral(FITSCOPE_TEST_DATA_DIR "/ggml/llamacpp_golden.bin"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray all = file.readAll();
    const auto* b = reinterpret_cast<const std::uint8_t*>(all.constData());
    const std::size_t size = static_cast<std::size_t>(all.size());
    std::size_t p = 8;
    bool ok = size >= 16 && std::memcmp(b, "FSGGML01", 8) == 0;
    auto u32 = [&]() -> std::uint32_t {
        if (p + 4 > size) {
            ok = false;
            return 0;
        }
        const std::uint32_t v = b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (std::uint32_t{b[p + 3]} << 24);
        p += 4;
        return v;
    };
    const std::uint32_t rows = u32();
    ok = ok && u32() == kGoldenFormats;
    std::vector<GoldenRow> out;
    for (std::uint32_t r = 0; ok && r < rows; ++r) {
        GoldenRow row;
        const std::uint32_t n = u32();
        const std::uint32_t mask = u32();
        if (!ok || n % 256 != 0 || p + 24 + std::size_t{n} * 4 > size) {
            return {};
        }
        row.label.assign(reinterpret_cast<const char*>(b + p), 24);
        if (const std::size_t end = row.label.find('\0'); end != std::string::npos) {
            row.label.resize(end);
        }
        p += 24;
        row.x.resize(n);
        for (std::uint32_t i = 0; i < n; ++i) {
            row.x[i] = std::bit_cast<float>(u32());
        }
        for (int f = 0; f < kGoldenFormats; ++f) {
            if ((mask >> f) & 1) {
                const std::size_t bytes = std::size_t{n} / kGoldenBlock[f] * kGoldenBlockBytes[f];
                if (p + bytes > size) {
                    return {};
                }
                row.blocks[f].assign(b + p, b + p + bytes);
                p += bytes;
            }
        }
        out.push_back(std::move(row));
    }
    return ok && p == size ? out : std::vector<GoldenRow>{};
}

// "" when equal, else where the first difference is (row, format, path, byte, block).
std::string firstDifference(const GoldenRow& row, int format, const char* path, const std::vector<std::uint8_t>& got) {
    const std::vector<std::uint8_t>& want = row.blocks[format];
    if (got.size() != want.size()) {
        return row.label + " " + kGoldenName[format] + " " + path + ": size " + std::to_string(got.size());
    }
    for (std::size_t i = 0; i < got.size(); ++i) {
        if (got[i] != want[i]) {
            return row.label + " " + kGoldenName[format] + " " + path + ": byte " + std::to_string(i) + " (block " +
                   std::to_string(i / static_cast<std::size_t>(kGoldenBlockBytes[format])) + ") is " +
                   std::to_string(got[i]) + ", llama.cpp has " + std::to_string(want[i]);
        }
    }
    return {};
}

template <typename Block, typename Fn>
std::vector<std::uint8_t> runRow(const GoldenRow& row, int format, Fn quantize) {
    std::vector<std::uint8_t> out(row.x.size() / static_cast<std::size_t>(kGoldenBlock[format]) *
                                      static_cast<std::size_t>(kGoldenBlockBytes[format]),
                                  0xA5);
    quantize(row.x.data(), reinterpret_cast<Block*>(out.data()), static_cast<std::int64_t>(row.x.size()));
    return out;
}

std::vector<std::uint8_t> runScheme(const GoldenRow& row, const char* scheme) {
    Matrix w("golden", 1, static_cast<std::int64_t>(row.x.size()));
    w.data = row.x;
    SchemeOptions options;
    options.threads = 1;
    return schemeOrThrow(scheme).quantize(w, nullptr, options, {}).bytes;
}

// Every ISA whose quantizer path this machine can run (FITSCOPE_ISA caps it), lowest first.
std::vector<Isa> availableIsas() {
    std::vector<Isa> out;
    for (Isa isa : {Isa::Generic, Isa::Avx2, Isa::Avx512}) {
        if (static_cast<int>(isa) <= static_cast<int>(detectedIsa())) {
            out.push_back(isa);
        }
    }
    return out;
}

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
    void cleanup() { clearForcedIsa(); }

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
        // Flat and all-zero sub-blocks (Q4_K's max == min lanes, zero scales everywhere).
        std::fill(x.begin() + 512, x.begin() + 544, -0.25f);
        std::fill(x.begin() + 1024, x.begin() + 1280, 0.0f);
        std::fill(x.begin() + 2048, x.begin() + 2176, 0.5f); // all positive and equal: Q4_K clamps min to 0
        std::vector<BlockQ4_0> r4(static_cast<std::size_t>(n / 32)), f4(r4.size());
        std::vector<BlockQ8_0> r8(static_cast<std::size_t>(n / 32)), f8(r8.size());
        std::vector<BlockQ4_K> rk(static_cast<std::size_t>(n / 256)), fk(rk.size());
        quantizeRowQ4_0Ref(x.data(), r4.data(), n);
        quantizeRowQ8_0Ref(x.data(), r8.data(), n);
        quantizeRowQ4_KRef(x.data(), rk.data(), n);
        for (Isa isa : availableIsas()) {
            forceIsa(isa);
            const std::string where = " on " + isaName(isa);
            quantizeRowQ4_0(x.data(), f4.data(), n);
            quantizeRowQ8_0(x.data(), f8.data(), n);
            quantizeRowQ4_K(x.data(), fk.data(), n);
            QVERIFY2(std::memcmp(r4.data(), f4.data(), r4.size() * sizeof(BlockQ4_0)) == 0, ("q4_0" + where).c_str());
            QVERIFY2(std::memcmp(r8.data(), f8.data(), r8.size() * sizeof(BlockQ8_0)) == 0, ("q8_0" + where).c_str());
            QVERIFY2(std::memcmp(rk.data(), fk.data(), rk.size() * sizeof(BlockQ4_K)) == 0, ("q4_k" + where).c_str());
        }
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

    void goldenBytes_matchLlamaCppReferenceQuantizers() {
        const std::vector<GoldenRow> rows = loadGolden();
        QVERIFY2(rows.size() == 22, "tests/data/ggml/llamacpp_golden.bin is missing or malformed");
        // Every path that stores these formats: the reference loops, the fast quantizers on every ISA this
        // machine runs (portable, AVX2, AVX-512) and the lab's schemes.
        const std::vector<Isa> isas = availableIsas();
        qInfo("fast quantizers on %zu ISAs, up to %s", isas.size(), isaName(isas.back()).c_str());
        int compared = 0;
        for (const GoldenRow& row : rows) {
            for (int f = kQ8_0; f <= kQ6_K; ++f) {
                QVERIFY2(!row.blocks[f].empty(), (row.label + " lacks " + kGoldenName[f]).c_str());
                std::vector<std::pair<std::string, std::vector<std::uint8_t>>> got;
                switch (f) {
                case kQ8_0:
                    got.emplace_back("reference", runRow<BlockQ8_0>(row, f, quantizeRowQ8_0Ref));
                    for (Isa isa : isas) {
                        forceIsa(isa);
                        got.emplace_back(isaName(isa), runRow<BlockQ8_0>(row, f, quantizeRowQ8_0));
                    }
                    break;
                case kQ4_0:
                    got.emplace_back("reference", runRow<BlockQ4_0>(row, f, quantizeRowQ4_0Ref));
                    for (Isa isa : isas) {
                        forceIsa(isa);
                        got.emplace_back(isaName(isa), runRow<BlockQ4_0>(row, f, quantizeRowQ4_0));
                    }
                    break;
                case kQ4_1:
                    got.emplace_back("reference", runRow<BlockQ4_1>(row, f, quantizeRowQ4_1Ref));
                    break;
                case kQ4_K:
                    got.emplace_back("reference", runRow<BlockQ4_K>(row, f, quantizeRowQ4_KRef));
                    for (Isa isa : isas) {
                        forceIsa(isa);
                        got.emplace_back(isaName(isa), runRow<BlockQ4_K>(row, f, quantizeRowQ4_K));
                    }
                    break;
                case kQ6_K:
                    got.emplace_back("reference", runRow<BlockQ6_K>(row, f, quantizeRowQ6_KRef));
                    break;
                default:
                    break;
                }
                // The scheme is what the lab and --dump-packed store (on the machine's best ISA).
                clearForcedIsa();
                got.emplace_back("scheme", runScheme(row, kGoldenName[f]));
                for (const auto& [path, bytes] : got) {
                    const std::string diff = firstDifference(row, f, path.c_str(), bytes);
                    QVERIFY2(diff.empty(), diff.c_str());
                    ++compared;
                }
            }
        }
        // Per row: Q8_0, Q4_0 and Q4_K on the reference, each ISA and the scheme; Q4_1 and Q6_K on two paths.
        QCOMPARE(compared, 22 * (3 * (2 + static_cast<int>(isas.size())) + 2 * 2));
    }

    void goldenBytes_mxfp4MatchesLlamaCppExceptExactTies() {
        // Our MXFP4 follows the OCP rule (ggml_blocks.h): nearest E2M1 with ties to even. ggml's
        // best_index_mxfp4 keeps the first, i.e. smaller, of two equally near levels, so the two differ
        // exactly where an element lies midway between 0.5 and 1, 1.5 and 2, or 3 and 4 times X (the
        // 1.25, 2.5 and 5 midpoints have the even code below and agree). Everything else, the
        // exponent bytes and the +0 that both write for small negative elements, must be identical.
        const std::vector<GoldenRow> rows = loadGolden();
        QVERIFY(!rows.empty());
        int rows_compared = 0;
        int ties = 0;
        for (const GoldenRow& row : rows) {
            if (row.blocks[kMxfp4].empty()) {
                continue;
            }
            ++rows_compared;
            const std::vector<std::uint8_t> ours = runRow<BlockMxfp4>(row, kMxfp4, quantizeRowMxfp4);
            QCOMPARE(runScheme(row, "mxfp4"), ours);
            const std::vector<std::uint8_t>& theirs = row.blocks[kMxfp4];
            QCOMPARE(ours.size(), theirs.size());
            for (std::size_t blk = 0; blk < ours.size() / 17; ++blk) {
                const std::uint8_t* a = ours.data() + blk * 17;
                const std::uint8_t* g = theirs.data() + blk * 17;
                QVERIFY2(a[0] == g[0], (row.label + ": exponent of block " + std::to_string(blk)).c_str());
                const float inv_x = 1.0f / e8m0ToFloat(a[0]);
                for (int j = 0; j < 32; ++j) {
                    const int shift = j < 16 ? 0 : 4;
                    const auto code_ours = static_cast<std::uint8_t>((a[1 + j % 16] >> shift) & 0xF);
                    const auto code_ggml = static_cast<std::uint8_t>((g[1 + j % 16] >> shift) & 0xF);
                    if (code_ours == code_ggml) {
                        continue;
                    }
                    const float v = row.x[blk * 32 + static_cast<std::size_t>(j)] * inv_x; // exact: X = 2^k
                    const float ours_v = e2m1ToFloat(code_ours);
                    const float ggml_v = e2m1ToFloat(code_ggml);
                    const std::string where = row.label + " block " + std::to_string(blk) + " element " +
                                              std::to_string(j) + " (x/X = " + std::to_string(v) + ")";
                    QVERIFY2(std::fabs(ours_v - v) == std::fabs(ggml_v - v), ("not a tie: " + where).c_str());
                    QVERIFY2(std::fabs(ggml_v) < std::fabs(ours_v) && (code_ours & 1) == 0, where.c_str());
                    ++ties;
                }
            }
        }
        QCOMPARE(rows_compared, 22);
        QVERIFY(ties > 0); // the tie rows really exercise the one documented difference
    }

    void ggmlSchemes_rejectColumnsNotMultipleOfBlock() {
        Matrix w("w", 2, 100);
        QVERIFY_THROWS_EXCEPTION(QuantError, schemeOrThrow("q4_k").quantize(w, nullptr, {}, {}));
        QVERIFY_THROWS_EXCEPTION(QuantError, schemeOrThrow("q8_0").quantize(w, nullptr, {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestQuantGgml)
#include "test_quant_ggml.moc"
