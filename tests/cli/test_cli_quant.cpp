// fitscope-cli quant / bench, run as a user would: JSON keys, dump files, bad input -> exit 2.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

class TestCliQuant : public QObject {
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void quantJson_hasEveryKey() {
        const Run r = run({"quant", "--tensor", "transformer", "--rows", "64", "--cols", "256", "--tokens", "64",
                           "--schemes", "int8-tensor,llm-int8,q4_0,gptq-int4-g128", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(root.contains("tensor"));
        const QJsonArray results = root.value("results").toArray();
        QCOMPARE(results.size(), 4);
        for (const auto& v : results) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"scheme", "bits_per_weight", "stored_bytes", "mse", "rmse", "snr_db",
                                    "max_abs_error", "cosine", "output_rel_error", "quantize_ms"}) {
                QVERIFY2(o.contains(key), key);
            }
        }
        QCOMPARE(results[2].toObject().value("bits_per_weight").toDouble(), 4.5);
    }

    void dumps_writeNpyAndPackedBytes() {
        QTemporaryDir dir;
        const QString npy = dir.filePath("deq.npy");
        const QString bin = dir.filePath("q8.bin");
        const Run r = run({"quant", "--tensor", "gaussian", "--rows", "8", "--cols", "64", "--tokens", "8", "--schemes",
                           "q8_0,fp16", "--dump-dequant", "fp16:" + npy, "--dump-packed", "q8_0:" + bin});
        QCOMPARE(r.code, 0);
        QFile b(bin);
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.size(), qint64(8 * 2 * 34)); // 8 rows x 2 blocks x 34 bytes
        QFile n(npy);
        QVERIFY(n.open(QIODevice::ReadOnly));
        const QByteArray bytes = n.readAll();
        QVERIFY(bytes.startsWith("\x93NUMPY"));
        QVERIFY(bytes.contains("'<f4'"));
        QCOMPARE(bytes.size() % 64, (8 * 64 * 4) % 64);
        // The dumped file is itself valid input.
        QCOMPARE(run({"quant", "--tensor", npy, "--schemes", "int8-channel"}).code, 0);
    }

    void badInput_exitsWith2_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown scheme") << QStringList{"quant", "--schemes", "int5"};
        QTest::newRow("zero rows") << QStringList{"quant", "--rows", "0"};
        QTest::newRow("negative cols") << QStringList{"quant", "--cols", "-4"};
        QTest::newRow("too large for memory") << QStringList{"quant", "--rows", "1000000", "--cols", "1000000"};
        QTest::newRow("missing npy") << QStringList{"quant", "--tensor", "/nonexistent/x.npy"};
        QTest::newRow("not a tensor kind") << QStringList{"quant", "--tensor", "uniform"};
        QTest::newRow("q4_k on 100 columns")
            << QStringList{"quant", "--cols", "100", "--rows", "4", "--schemes", "q4_k"};
        QTest::newRow("bench size zero") << QStringList{"bench", "--size-mib", "0"};
    }
    void badInput_exitsWith2() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void brokenAndNanNpy_exitWith2() {
        QTemporaryDir dir;
        QFile broken(dir.filePath("broken.npy"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x93NUMPY garbage");
        broken.close();
        QCOMPARE(run({"quant", "--tensor", broken.fileName()}).code, 2);

        QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }";
        header.append(QByteArray(64 - (10 + header.size() + 1) % 64, ' '));
        header.append('\n');
        QByteArray file("\x93NUMPY\x01\x00", 8);
        file.append(char(header.size()));
        file.append('\0');
        file.append(header);
        const float values[2] = {1.0f, std::numeric_limits<float>::quiet_NaN()};
        file.append(reinterpret_cast<const char*>(values), sizeof values);
        QFile nan(dir.filePath("nan.npy"));
        QVERIFY(nan.open(QIODevice::WriteOnly));
        nan.write(file);
        nan.close();
        const Run r = run({"quant", "--tensor", nan.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("non-finite"));
    }

    void benchJson_hasEveryKey() {
        const Run r = run({"bench", "--json", "--threads", "1", "--size-mib", "8", "--repetitions", "1"});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"stream_read_gbps", "stream_triad_gbps", "threads", "gemv", "quantize"}) {
            QVERIFY2(root.contains(key), key);
        }
        const QJsonArray gemv = root.value("gemv").toArray();
        QCOMPARE(gemv.size(), 7);
        for (const auto& v : gemv) {
            const QJsonObject g = v.toObject();
            for (const char* key : {"format", "weight_bytes", "gbps", "stream_read_gbps", "fraction_of_stream"}) {
                QVERIFY2(g.contains(key), key);
            }
            // The fraction is taken against the read passes interleaved with this kernel's own passes,
            // and the headline read figure is the best of all read passes.
            QVERIFY(g.value("stream_read_gbps").toDouble() > 0.0);
            QVERIFY(g.value("stream_read_gbps").toDouble() <= root.value("stream_read_gbps").toDouble());
            QCOMPARE(g.value("fraction_of_stream").toDouble(),
                     g.value("gbps").toDouble() / g.value("stream_read_gbps").toDouble());
        }
        QVERIFY(root.value("quantize").toArray().first().toObject().contains("values_per_s"));
    }
};

QTEST_GUILESS_MAIN(TestCliQuant)
#include "test_cli_quant.moc"
