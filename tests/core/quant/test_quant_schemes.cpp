// Schemes end to end: storage sizes, exact round trips, the article's claims on the transformer-like
// tensor, .npy input, levels for the GUI, and progress / cancellation from another thread.

#include "core/quant/activation_stats.h"
#include "core/quant/lab.h"
#include "core/quant/npy_io.h"
#include "core/quant/sample_tensor.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <fstream>
#include <thread>

using namespace fitscope::quant;

namespace {

SampleSet transformer(std::int64_t rows, std::int64_t cols, std::int64_t tokens) {
    SampleSpec spec;
    spec.rows = rows;
    spec.cols = cols;
    spec.tokens = tokens;
    spec.seed = 7;
    return generateSample(spec);
}

} // namespace

class TestQuantSchemes : public QObject {
    Q_OBJECT

private slots:
    void storedBytes_countEverything_data() {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<double>("bpw");
        // 64 x 512 weight (32768 values)
        QTest::newRow("fp16") << "fp16" << 16.0;
        QTest::newRow("bf16") << "bf16" << 16.0;
        QTest::newRow("fp8-e4m3 + fp32 tensor scale") << "fp8-e4m3" << 8.0 + 32.0 / 32768;
        QTest::newRow("int8-tensor + fp32 scale") << "int8-tensor" << 8.0 + 32.0 / 32768;
        QTest::newRow("int8-channel + fp32 per row") << "int8-channel" << 8.0 + 32.0 / 512;
        QTest::newRow("int4-g32: fp16 per 32") << "int4-g32" << 4.5;
        QTest::newRow("int4-g128: fp16 per 128") << "int4-g128" << 4.125;
        QTest::newRow("int4-g128-asym: + 4-bit zero") << "int4-g128-asym" << 4.15625;
        QTest::newRow("nf4: fp32 absmax per 64") << "nf4" << 4.5;
        QTest::newRow("nf4-dq: 8-bit absmax + 2 fp32 for 512 blocks") << "nf4-dq" << 4.0 + 8.0 / 64 + 96.0 / 32768;
        QTest::newRow("mxfp4: E8M0 per 32") << "mxfp4" << 4.25;
        QTest::newRow("q4_0") << "q4_0" << 4.5;
        QTest::newRow("q6_k") << "q6_k" << 6.5625;
        QTest::newRow("gptq-int3-g128") << "gptq-int3-g128" << 3.0 + 16.0 / 128 + 4.0 / 128;
    }
    void storedBytes_countEverything() {
        QFETCH(QString, scheme);
        QFETCH(double, bpw);
        const SampleSet set = transformer(64, 512, 64);
        const SchemeResult r = runScheme(scheme.toStdString(), {}, set.weight, &set.calibration);
        QCOMPARE(r.stored_bytes, r.packed.storedBytes());
        QVERIFY2(std::fabs(r.bits_per_weight - bpw) < 1e-9, qPrintable(QString::number(r.bits_per_weight, 'g', 12)));
    }

    void fp16_roundTripIsExactOnRepresentableValues() {
        Matrix w("w", 3, 5);
        for (std::int64_t i = 0; i < w.size(); ++i) {
            w.data[static_cast<std::size_t>(i)] = static_cast<float>(i) * 0.25f - 1.0f;
        }
        for (const char* name : {"fp16", "bf16"}) {
            const Scheme& s = schemeOrThrow(name);
            QCOMPARE(s.dequantize(s.quantize(w, nullptr, {}, {})).data, w.data);
        }
    }

    void int4AndMxfp4_dequantizedValuesAreLevelsOfTheirBlock() {
        const SampleSet set = transformer(4, 256, 16);
        for (const char* name : {"int4-g64", "int4-g128-asym", "mxfp4", "nf4", "q4_0", "q4_k"}) {
            const Scheme& s = schemeOrThrow(name);
            const QuantizedTensor q = s.quantize(set.weight, nullptr, {}, {});
            const Matrix d = s.dequantize(q);
            const BlockLevels info = s.levels(q, 1);
            QVERIFY(info.col_end > info.col_begin);
            for (std::int64_t c = info.col_begin; c < info.col_end; ++c) {
                const float v = d.at(info.row, c);
                bool found = false;
                for (float l : info.levels) {
                    found = found || std::fabs(l - v) <= 1e-6f * std::max(1.0f, std::fabs(v));
                }
                QVERIFY2(found, name);
            }
        }
    }

    // The article's claims, measured on the transformer-like tensor (output error ‖XWᵀ − XŴᵀ‖/‖XWᵀ‖).
    void articleClaims_onTransformerTensor() {
        const SampleSet set = transformer(256, 1024, 256);
        QVERIFY(!set.outlier_features.empty());
        QCOMPARE(outlierFeatures(set.calibration, 6.0), set.outlier_features);
        const QuantLab lab(set.weight, set.calibration, 2);
        auto err = [&](const char* name) { return lab.run(name, {}).metrics.output_rel_error; };
        const double tensor = err("int8-tensor");
        const double channel = err("int8-channel");
        const double llm = err("llm-int8");
        QVERIFY2(channel < tensor, "per-channel INT8 beats one global scale");
        QVERIFY2(llm < channel, "LLM.int8() beats per-channel INT8 on the output error");
        const double rtn = err("int4-g128-asym");
        const double rtn_sym = err("int4-g128");
        const double gptq = err("gptq-int4-g128");
        QVERIFY2(gptq < rtn && gptq < rtn_sym, "GPTQ beats INT4 round-to-nearest at group 128");
        QVERIFY2(err("awq-int4-g128") <= rtn * 1.0001, "AWQ (alpha 0 included) never loses to plain RTN");
    }

    void gptq_actOrder_runsAndStaysAccurate() {
        const SampleSet set = transformer(64, 256, 128);
        SchemeOptions o;
        o.gptq_act_order = true;
        const SchemeResult r = runScheme("gptq-int4-g128", o, set.weight, &set.calibration);
        QVERIFY(r.metrics.cosine > 0.95);
    }

    void npy_roundTripAndErrors() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("w.npy")).toStdString();
        Matrix w("w", 3, 4);
        for (std::int64_t i = 0; i < w.size(); ++i) {
            w.data[static_cast<std::size_t>(i)] = static_cast<float>(i) - 5.5f;
        }
        writeNpy(path, w);
        QCOMPARE(readNpy(path).data, w.data);

        // float16, 1-D
        std::string f16("\x93NUMPY\x01\x00", 8);
        std::string header = "{'descr': '<f2', 'fortran_order': False, 'shape': (2,), }";
        header.append(64 - (10 + header.size() + 1) % 64, ' ');
        header += '\n';
        f16 += static_cast<char>(header.size());
        f16 += '\0';
        f16 += header;
        f16 += std::string("\x00\x3C\x00\xC0", 4); // 1.0, -2.0
        const Matrix h = parseNpy(f16, "h");
        QCOMPARE(h.rows, std::int64_t{1});
        QCOMPARE(h.data, (std::vector<float>{1.0f, -2.0f}));

        QVERIFY_THROWS_EXCEPTION(QuantError, parseNpy("not numpy", "x"));
        std::string f64 = f16;
        f64.replace(f64.find("<f2"), 3, "<f8");
        QVERIFY_THROWS_EXCEPTION(QuantError, parseNpy(f64, "x"));
        std::string fortran = f16;
        fortran.replace(fortran.find("False"), 5, "True ");
        QVERIFY_THROWS_EXCEPTION(QuantError, parseNpy(fortran, "x"));
        QVERIFY_THROWS_EXCEPTION(QuantError, parseNpy(f16.substr(0, f16.size() - 1), "truncated"));
        std::string nan = f16;
        nan.replace(nan.size() - 4, 2, std::string("\x00\x7E", 2)); // fp16 NaN
        QVERIFY_THROWS_EXCEPTION(QuantError, parseNpy(nan, "nan"));
    }

    void generatedSamples_areReproducibleAndHaveOutliers() {
        const SampleSet a = transformer(32, 2000, 64);
        const SampleSet b = transformer(32, 2000, 64);
        QCOMPARE(a.weight.data, b.weight.data);
        QCOMPARE(a.calibration.data, b.calibration.data);
        QCOMPARE(a.outlier_features.size(), std::size_t{2}); // 0.1 % of 2000
        const auto amax = featureAbsMax(a.calibration);
        for (auto c : a.outlier_features) {
            QVERIFY(amax[static_cast<std::size_t>(c)] >= 6.0f && amax[static_cast<std::size_t>(c)] <= 60.0f);
        }
    }

    void progressAndCancel_fromAnotherThread() {
        const SampleSet set = transformer(512, 1024, 256);
        // Progress reaches 1 and never goes backwards when run on a worker thread.
        std::vector<double> seen;
        std::mutex m;
        Control c;
        c.progress = [&](double f) {
            std::lock_guard<std::mutex> lock(m);
            seen.push_back(f);
        };
        std::thread worker([&] { (void)runScheme("gptq-int4-g128", {}, set.weight, &set.calibration, c); });
        worker.join();
        QVERIFY(!seen.empty());
        QCOMPARE(seen.back(), 1.0);

        // Cancel from this thread once the worker has started reporting.
        CancelToken token;
        std::atomic<bool> started{false};
        std::atomic<bool> cancelled{false};
        Control cc;
        cc.cancel = &token;
        cc.progress = [&](double) { started = true; };
        SchemeOptions o;
        o.threads = 1;
        std::thread runner([&] {
            try {
                (void)runScheme("gptq-int4-g128", o, set.weight, &set.calibration, cc);
            } catch (const Cancelled&) {
                cancelled = true;
            }
        });
        while (!started) {
            std::this_thread::yield();
        }
        token.cancel();
        runner.join();
        QVERIFY(cancelled);
    }

    void unknownScheme_and_badShapes_throw() {
        Matrix w("w", 2, 2);
        QVERIFY_THROWS_EXCEPTION(QuantError, runScheme("int5", {}, w, nullptr));
        QVERIFY_THROWS_EXCEPTION(QuantError, runScheme("llm-int8", {}, w, nullptr));
        SampleSpec spec;
        spec.rows = 0;
        QVERIFY_THROWS_EXCEPTION(QuantError, generateSample(spec));
    }
};

QTEST_GUILESS_MAIN(TestQuantSchemes)
#include "test_quant_schemes.moc"
