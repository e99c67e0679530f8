// fitscope-cli report, run as a user would: documents from the estimate options or a saved
// scenario, and one clear line for anything wrong.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

const QStringList k_interview{"--model", "llama-2-13b", "--weights", "int8", "--context", "4096", "--gpu", "a10g"};

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private slots:
    void markdownReport_holdsTheTableAndTheDerivation() {
        QTemporaryDir dir;
        const QString path = dir.filePath("sizing.md");
        const Result r =
            runCli(QStringList{"report", "--format", "md", "--out", path, "--image", "breakdown.png"} + k_interview);
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.err.isEmpty());
        const QByteArray md = readAll(path);
        QVERIFY(md.startsWith("# Llama-2-13B on 1 × NVIDIA A10G"));
        QVERIFY(md.contains("| Component | 1 × NVIDIA A10G (AWS g5) | Share |"));
        QVERIFY(md.contains("## How it adds up"));
        QVERIFY(md.contains("1. Weights (article's rule): 13.0 B parameters × 1 bytes = 13.0 GB"));
        QVERIFY(md.contains("](<breakdown.png>)"));
        QVERIFY(md.contains("| 1 × NVIDIA A10G (AWS g5) |") && md.contains("| fits |"));
    }

    void csvReport_bytesMatchEstimateJson() {
        QTemporaryDir dir;
        const QString path = dir.filePath("sizing.csv");
        QCOMPARE(runCli(QStringList{"report", "--out", path} + k_interview).exit_code, 0); // format from ending
        const Result estimate = runCli(QStringList{"estimate", "--json"} + k_interview);
        const QJsonObject j = QJsonDocument::fromJson(estimate.out).object();

        const QList<QByteArray> lines = readAll(path).split('\n');
        QVERIFY(lines[0].startsWith("model,weights_format,"));
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        const int component = header.indexOf("component");
        const int bytes = header.indexOf("bytes");
        QVERIFY(component > 0 && bytes > 0);
        QMap<QByteArray, qint64> values;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].trimmed().split(',');
            if (fields.size() > bytes) {
                values[fields[component]] = fields[bytes].toLongLong();
            }
        }
        QCOMPARE(values.value("weights"), j.value("weights_bytes").toInteger());
        QCOMPARE(values.value("kv_cache"), j.value("kv_cache_bytes").toInteger());
        QCOMPARE(values.value("total"), j.value("total_bytes").toInteger());
    }

    void scenarioFile_savedThenReported_givesTheSameNumbers() {
        QTemporaryDir dir;
        const QString scenario = dir.filePath("interview.fitscope.json");
        QCOMPARE(runCli(QStringList{"report", "--format", "scenario", "--out", scenario} + k_interview).exit_code, 0);
        const QJsonObject saved = QJsonDocument::fromJson(readAll(scenario)).object();
        QCOMPARE(saved.value("schema").toString(), QStringLiteral("fitscope-scenario/1"));
        QCOMPARE(saved.value("model").toObject().value("id").toString(), QStringLiteral("llama-2-13b"));

        const QString from_options = dir.filePath("a.json");
        const QString from_file = dir.filePath("b.json");
        QCOMPARE(runCli(QStringList{"report", "--out", from_options} + k_interview).exit_code, 0);
        QCOMPARE(runCli({"report", "--out", from_file, "--scenario", scenario}).exit_code, 0);
        const QJsonObject a = QJsonDocument::fromJson(readAll(from_options)).object();
        const QJsonObject b = QJsonDocument::fromJson(readAll(from_file)).object();
        QCOMPARE(a.value("results"), b.value("results"));
        QCOMPARE(a.value("scenario"), b.value("scenario"));
        QCOMPARE(b.value("schema").toString(), QStringLiteral("fitscope-report/1"));

        // An explicit option overrides the file.
        const QString longer = dir.filePath("c.json");
        QCOMPARE(runCli({"report", "--out", longer, "--scenario", scenario, "--context", "8192"}).exit_code, 0);
        const QJsonObject c = QJsonDocument::fromJson(readAll(longer)).object();
        QCOMPARE(c.value("scenario").toObject().value("context").toInteger(), qint64(8192));
        QVERIFY(c.value("results").toArray().at(0).toObject().value("kv_cache_bytes").toInteger() >
                a.value("results").toArray().at(0).toObject().value("kv_cache_bytes").toInteger());
    }

    void configModel_isEmbeddedInTheScenarioFile() {
        QTemporaryDir dir;
        QFile config(dir.filePath("config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"model_type": "llama", "vocab_size": 32000, "hidden_size": 2048, "num_hidden_layers": 22,
                         "num_attention_heads": 32, "num_key_value_heads": 4, "intermediate_size": 5632})");
        config.close();
        const QString scenario = dir.filePath("tiny.fitscope.json");
        QCOMPARE(runCli({"report", "--out", scenario, "--config", config.fileName(), "--gpu", "t4"}).exit_code, 0);
        QVERIFY(QFile::remove(config.fileName())); // the scenario must not need the file any more
        const Result r = runCli({"report", "--scenario", scenario, "--format", "json", "--out", "-"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QVERIFY(j.value("results").toArray().at(0).toObject().value("params").toInteger() > 1'000'000'000);
    }

    void unwritableOutput_isOneClearLineAndExit2_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing directory") << "/nonexistent-fitscope-dir/report.md";
        QTest::newRow("a directory") << QDir::tempPath();
    }
    void unwritableOutput_isOneClearLineAndExit2() {
        QFETCH(QString, path);
        const Result r = runCli(QStringList{"report", "--format", "md", "--out", path} + k_interview);
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("fitscope-cli report: cannot write " + path.toUtf8()), r.err.constData());
    }

    void brokenScenarioFile_namesTheField() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.fitscope.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema": "fitscope-scenario/1", "model": {"source": "catalog", "id": "llama-2-13b"},
                      "precision": {"weights": "int8"}, "context": 4096, "gpus": [{"id": "a10g", "count": "one"}]})");
        file.close();
        const Result r = runCli({"report", "--scenario", path, "--out", dir.filePath("x.md")});
        QCOMPARE(r.exit_code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("gpus[0].count: expected a whole number"), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("x.md")));
    }

    void badUsage_isExplained_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no --out") << (QStringList{"report", "--format", "md"} + k_interview) << "--out";
        QTest::newRow("unknown format") << (QStringList{"report", "--format", "docx", "--out", "x"} + k_interview)
                                        << "--format";
        QTest::newRow("no format, no ending") << (QStringList{"report", "--out", "report"} + k_interview) << "--format";
        QTest::newRow("scenario and model")
            << QStringList{"report", "--out", "-", "--scenario", "a", "--model", "x"} << "--scenario";
    }
    void badUsage_isExplained() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = runCli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
