// fitscope-cli plan, run as a user would: launch commands, the memory plan, --from-command.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
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

// The command line plan prints: its last line (the lines before it are # comments).
QString commandLine(const QByteArray& out) {
    const QStringList lines = QString::fromUtf8(out).trimmed().split(QLatin1Char('\n'));
    return lines.last();
}

} // namespace

class TestCliPlan : public QObject {
    Q_OBJECT

private slots:
    void llamacpp_shellLine() {
        const Result r = runCli({"plan", "--model", "llama-3-8b", "--weights", "q4_k_m", "--gpu", "rtx-3070",
                                 "--gpu-layers", "20", "--runtime", "llamacpp"});
        QCOMPARE(r.exit_code, 0);
        QCOMPARE(
            commandLine(r.out),
            QStringLiteral("llama-server -m llama-3-8b-Q4_K_M.gguf -c 4096 -np 1 -ngl 20 -ctk f16 -ctv f16 -fa auto "
                           "-ub 512"));
    }

    void vllm_modelPathIsQuoted() {
        const Result r = runCli({"plan", "--model", "llama-2-7b", "--gpu", "a10g", "--runtime", "vllm", "--model-path",
                                 "/models/Llama 2 7B", "--eager"});
        QCOMPARE(r.exit_code, 0);
        QCOMPARE(
            commandLine(r.out),
            QStringLiteral("vllm serve '/models/Llama 2 7B' --max-model-len 4096 --gpu-memory-utilization 0.9 "
                           "--kv-cache-dtype auto --max-num-seqs 256 --max-num-batched-tokens 8192 --dtype float16 "
                           "--enforce-eager"));
    }

    void ollama_shellAndModelfile() {
        const QStringList scenario{"plan", "--model",           "llama-2-7b", "--weights", "q4_k_m",    "--gpu",
                                   "a10g", "--flash-attention", "--kv-cache", "q8_0",      "--runtime", "ollama"};
        const Result shell = runCli(scenario);
        QCOMPARE(shell.exit_code, 0);
        QVERIFY(shell.out.contains("OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0 OLLAMA_NUM_PARALLEL=1 ollama "
                                   "serve &\n"));
        QVERIFY(shell.out.contains("ollama create llama-2-7b -f Modelfile"));
        const Result modelfile = runCli(scenario + QStringList{"--format", "modelfile"});
        QCOMPARE(modelfile.exit_code, 0);
        QCOMPARE(QString::fromUtf8(modelfile.out),
                 QStringLiteral("FROM ./llama-2-7b-Q4_K_M.gguf\nPARAMETER num_ctx 4096\nPARAMETER num_gpu 33\n"));
    }

    void json_isTheMemoryPlan() {
        const Result r =
            runCli({"plan", "--model", "llama-3-70b", "--weights", "q4_k_m", "--gpu", "rtx-4090", "--gpu-layers", "40",
                    "--cpu-ram", "128G", "--runtime", "llamacpp", "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value("schema").toString(), QStringLiteral("fitscope/memory-plan/1"));
        QCOMPARE(j.value("runtime").toString(), QStringLiteral("llamacpp"));
        QCOMPARE(j.value("devices").toArray().size(), 1);
        QVERIFY(j.value("host").toObject().value("components").toObject().value("weights_bytes").toInteger() > 0);
        QVERIFY(j.value("settings").toObject().value("command").toString().contains("-ngl 40"));
    }

    void doesNotFit_listsTheCheapestChanges() {
        const QStringList scenario{"--model", "llama-2-13b", "--weights", "fp16", "--gpu", "a10g"};
        const Result estimate = runCli(QStringList{"estimate"} + scenario);
        QCOMPARE(estimate.exit_code, 0);
        QVERIFY(estimate.out.contains("DOES NOT FIT"));
        QVERIFY(estimate.out.contains("The cheapest changes that make it fit:"));
        QVERIFY(estimate.out.contains("  1. weights fp16 → "));
        const Result json = runCli(QStringList{"estimate"} + scenario + QStringList{"--json"});
        const QJsonArray changes = QJsonDocument::fromJson(json.out).object().value("fit_changes").toArray();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].toObject().value("kind").toString(), QStringLiteral("smaller-weight-format"));
        QVERIFY(changes[0].toObject().value("saved_bytes").toInteger() > 0);
        const Result plan = runCli(QStringList{"plan"} + scenario + QStringList{"--runtime", "vllm"});
        QVERIFY(plan.out.contains("# The cheapest changes that make it fit:"));
        // A scenario that fits lists none.
        const Result fits =
            runCli({"estimate", "--model", "llama-2-7b", "--weights", "int8", "--gpu", "a10g", "--json"});
        QVERIFY(!QJsonDocument::fromJson(fits.out).object().contains("fit_changes"));
    }

    void fromCommand_listsUnknownFlagsAndWritesTheSameFlags() {
        const QString command = QStringLiteral(
            "llama-server -m model.gguf -c 16384 -np 2 -ngl 99 -ctk q8_0 -ctv q8_0 -fa on --host 0.0.0.0 --jinja");
        const Result r = runCli(
            {"plan", "--from-command", command, "--model", "llama-3-8b", "--weights", "q4_k_m", "--gpu", "rtx-3090"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("# Not modelled by FitScope (kept as given): --host 0.0.0.0 --jinja"));
        QVERIFY(r.out.contains("--context 8192 --batch 2 --runtime llamacpp"));
        QCOMPARE(commandLine(r.out), QStringLiteral("llama-server -m model.gguf -c 16384 -np 2 -ngl 99 -ctk q8_0 -ctv "
                                                    "q8_0 -fa on --host 0.0.0.0 --jinja"));
    }

    // llama-server without -np: 4 slots on a unified cache, and the estimate flags say so (--kv-unified).
    void fromCommand_withoutNp_isFourUnifiedSlots() {
        const Result r = runCli({"plan", "--from-command", "llama-server -m x.gguf -c 16384 -ctv q5_0", "--model",
                                 "llama-3-8b", "--weights", "q4_k_m", "--gpu", "rtx-3090"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.contains("--context 4096 --batch 4 --runtime llamacpp"), r.out.constData());
        QVERIFY2(r.out.contains("--kv-cache-v q5_0 --kv-unified"), r.out.constData());
        QCOMPARE(commandLine(r.out), QStringLiteral("llama-server -m x.gguf -c 16384 -ctv q5_0"));
    }

    // Every command line of the runtime logs: read, written again, and the written line reads back to itself.
    void fromCommand_roundTripsTheCalibrationCommands() {
        QFile file(QStringLiteral(FITSCOPE_SHARED_DIR "/data/runtime-logs/calibration.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
        int round_trips = 0;
        int refused = 0;
        for (const QJsonValue& value : cases) {
            const QJsonObject settings = value.toObject().value("settings").toObject();
            if (!settings.contains("command")) {
                continue;
            }
            const QString command = settings.value("command").toString();
            const QStringList base{"--model", "llama-3-8b", "--gpu", "h100-80gb"};
            const Result first = runCli(QStringList{"plan", "--from-command", command} + base);
            if (command.startsWith(QLatin1String("same as"))) {
                QCOMPARE(first.exit_code, 2);
                QVERIFY2(first.err.contains("--from-command: 'same' is not a runtime"), first.err.constData());
                ++refused;
                continue;
            }
            QVERIFY2(first.exit_code == 0, (command + ": " + QString::fromUtf8(first.err)).toUtf8().constData());
            const Result second = runCli(QStringList{"plan", "--from-command", commandLine(first.out)} + base);
            QCOMPARE(second.exit_code, 0);
            QCOMPARE(commandLine(second.out), commandLine(first.out));
            ++round_trips;
        }
        QCOMPARE(round_trips, 8);
        QCOMPARE(refused, 2);
    }

    void badInput_namesThePart_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("part");
        QTest::newRow("no runtime") << QStringList{"plan", "--model", "llama-2-7b"} << "--runtime llamacpp|vllm|ollama";
        QTest::newRow("unknown runtime") << QStringList{"plan", "--model", "llama-2-7b", "--runtime", "tgi"}
                                         << "--runtime: 'tgi'";
        QTest::newRow("modelfile for vllm")
            << QStringList{"plan", "--model", "llama-2-7b", "--runtime", "vllm", "--format", "modelfile"}
            << "--format modelfile is Ollama's";
        QTest::newRow("negative context")
            << QStringList{"plan", "--model", "llama-2-7b", "--from-command", "llama-server -m m.gguf -c -5"}
            << "--from-command: -c: -5";
        QTest::newRow("utilization 1.7") << QStringList{"plan", "--model", "llama-2-7b", "--from-command",
                                                        "vllm serve m --gpu-memory-utilization 1.7"}
                                         << "--gpu-memory-utilization: 1.7";
        QTest::newRow("broken quoting") << QStringList{"plan", "--model", "llama-2-7b", "--from-command",
                                                       "llama-server -m \"m.gguf"}
                                        << "broken quoting";
        QTest::newRow("broken -ot regex")
            << QStringList{"plan", "--model", "llama-2-7b", "--from-command", "llama-server -m m.gguf -ot '(exps=CPU'"}
            << "-ot: '(exps'";
        QTest::newRow("model not a file") << QStringList{"plan", "--from-command", "llama-server -m /nowhere/m.gguf"}
                                          << "'/nowhere/m.gguf' is not a file here";
    }
    void badInput_namesThePart() {
        QFETCH(QStringList, args);
        QFETCH(QString, part);
        const Result r = runCli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(part), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "test_cli_plan.moc"
