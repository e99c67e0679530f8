// fitscope-cli check-log, run as a user would, on verbatim logs of the calibration cases
// (tests/data/runtime-logs): the scenario comes from the log, the JSON has the documented field
// names, the log wins over a contradicting flag, and bad input exits 2 with a message.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString dataPath(const QString& name) {
    return QStringLiteral(FITSCOPE_TEST_DATA_DIR "/runtime-logs/") + name;
}

QJsonObject figureOf(const QJsonObject& out, const QString& field, const QString& device = {}) {
    for (const QJsonValue v : out.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("field")).toString() == field &&
            (device.isEmpty() || f.value(QStringLiteral("device")).toString() == device)) {
            return f;
        }
    }
    return {};
}

} // namespace

class TestCliCheckLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeQuote(const QString& id) {
        QFile file(dataPath(QStringLiteral("calibration.json")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QJsonArray cases =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
        for (const QJsonValue c : cases) {
            if (c.toObject().value(QStringLiteral("id")).toString() == id) {
                const QString path = m_dir.filePath(id + QStringLiteral(".log"));
                QFile out(path);
                if (!out.open(QIODevice::WriteOnly)) {
                    return {};
                }
                out.write(c.toObject().value(QStringLiteral("quote")).toString().toUtf8());
                return path;
            }
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void vllmV0Log_scenarioFromTheLogAndJsonFields() {
        const QString log = writeQuote(QStringLiteral("vllm-llama31-8b-3090-20k"));
        QVERIFY(!log.isEmpty());
        const Result r = run({QStringLiteral("check-log"), log, QStringLiteral("--config"),
                              dataPath(QStringLiteral("configs/llama-3.1-8b.json")), QStringLiteral("--weights"),
                              QStringLiteral("bf16"), QStringLiteral("--kv-cache"), QStringLiteral("bf16"),
                              QStringLiteral("--json")});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("runtime")).toString(), QStringLiteral("vllm"));
        for (const char* field :
             {"model_weights", "non_torch", "activation_peak", "kv_cache_available", "max_concurrency"}) {
            const QJsonObject f = figureOf(out, QString::fromLatin1(field));
            QVERIFY2(!f.isEmpty(), field);
            QVERIFY(f.contains(QStringLiteral("device")));
            QVERIFY(f.value(QStringLiteral("predicted")).isDouble());
            QCOMPARE(f.value(QStringLiteral("unit")).toString(),
                     QString::fromLatin1(std::string_view(field) == "max_concurrency" ? "ratio" : "bytes"));
        }
        QCOMPARE(figureOf(out, QStringLiteral("kv_cache_available")).value(QStringLiteral("measured")).toDouble(),
                 4090956349.0);
        QCOMPARE(figureOf(out, QStringLiteral("max_concurrency")).value(QStringLiteral("measured")).toDouble(), 1.56);
        const QString verdict = out.value(QStringLiteral("verdict")).toString();
        QVERIFY(verdict == QStringLiteral("starts") || verdict == QStringLiteral("does_not_start"));
        QCOMPARE(out.value(QStringLiteral("measured_verdict")).toString(), QStringLiteral("starts"));
        const QJsonObject scenario = out.value(QStringLiteral("scenario")).toObject();
        QCOMPARE(scenario.value(QStringLiteral("context")).toInt(), 20000);
        // total_gpu_memory=23.58GiB is the capacity used (no --gpu given).
        QCOMPARE(scenario.value(QStringLiteral("gpu_capacity_bytes")).toDouble(), std::round(23.58 * 1073741824.0));
        QCOMPARE(scenario.value(QStringLiteral("max_num_batched_tokens")).toInt(), 20000);
        const QString assumed = QJsonDocument(scenario.value(QStringLiteral("assumed")).toArray()).toJson();
        QVERIFY(assumed.contains(QStringLiteral("V0 default")));
    }

    void contradictingFlag_logWinsAndSaysSo() {
        const QString log = writeQuote(QStringLiteral("vllm-llama31-8b-3090-20k"));
        const Result r = run({QStringLiteral("check-log"), log, QStringLiteral("--config"),
                              dataPath(QStringLiteral("configs/llama-3.1-8b.json")), QStringLiteral("--weights"),
                              QStringLiteral("bf16"), QStringLiteral("--context"), QStringLiteral("4096")});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QVERIFY(r.out.contains("the log wins: --context"));
        QVERIFY(r.out.contains("measured"));
        QVERIFY(r.out.contains("predicted"));
        QVERIFY(r.out.contains("kv_cache_available"));
    }

    void llamaCppLog_buffersPerDevice() {
        const QString log = writeQuote(QStringLiteral("lcpp-mistral7b-nofa-ctx2k"));
        const Result r = run({QStringLiteral("check-log"), log, QStringLiteral("--model"), QStringLiteral("mistral-7b"),
                              QStringLiteral("--weights"), QStringLiteral("q4_k"), QStringLiteral("--gpu"),
                              QStringLiteral("rtx-3090"), QStringLiteral("--json")});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("runtime")).toString(), QStringLiteral("llamacpp"));
        const QJsonObject kv = figureOf(out, QStringLiteral("kv_buffer"), QStringLiteral("CUDA0"));
        QCOMPARE(kv.value(QStringLiteral("measured")).toDouble(), 268435456.0);
        QVERIFY(kv.value(QStringLiteral("predicted")).isDouble());
        QVERIFY(!figureOf(out, QStringLiteral("compute_buffer"), QStringLiteral("CUDA0")).isEmpty());
        QVERIFY(!figureOf(out, QStringLiteral("compute_buffer_host"), QStringLiteral("CUDA_Host")).isEmpty());
        QVERIFY(!figureOf(out, QStringLiteral("output_buffer"), QStringLiteral("CUDA_Host")).isEmpty());
        QCOMPARE(out.value(QStringLiteral("measured_verdict")).toString(), QStringLiteral("fits"));
        QCOMPARE(out.value(QStringLiteral("verdict")).toString(), QStringLiteral("fits"));
        const QJsonObject scenario = out.value(QStringLiteral("scenario")).toObject();
        QCOMPARE(scenario.value(QStringLiteral("context")).toInt(), 2048);
        QCOMPARE(scenario.value(QStringLiteral("flash_attention")).toBool(), false);
    }

    // llama-server started without -np and -fa (today's defaults): 4 auto slots on a unified cache, -fa auto
    // resolved by llama.cpp, and the q5_1 / iq4_nl cache types. Llama-3-8B, -c 16384: 32 layers × 16384
    // cells × (32 blocks × 24 bytes + 32 × 18) = 672 MiB (K 384, V 288).
    void llamaCppLog_autoSlotsAutoFlashAndNewCacheTypes() {
        const QString path = m_dir.filePath(QStringLiteral("auto-slots.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("srv          main: n_parallel is set to auto, using n_parallel = 4 and kv_unified = true\n"
                   "load_tensors: offloaded 33/33 layers to GPU\n"
                   "llama_context: n_ctx         = 16384\n"
                   "llama_context: n_ctx_seq     = 16384\n"
                   "llama_context: flash_attn    = auto\n"
                   "llama_kv_cache:      CUDA0 KV buffer size =   672.00 MiB\n"
                   "llama_kv_cache: size =  672.00 MiB ( 16384 cells,  32 layers,  4/1 seqs), K (q5_1):  384.00 MiB, "
                   "V (iq4_nl):  288.00 MiB\n"
                   "llama_context: Flash Attention was auto, set to enabled\n");
        file.close();
        const Result r = run({QStringLiteral("check-log"), path, QStringLiteral("--model"),
                              QStringLiteral("llama-3-8b"), QStringLiteral("--weights"), QStringLiteral("q4_k_m"),
                              QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--json")});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QJsonObject kv = figureOf(out, QStringLiteral("kv_buffer"), QStringLiteral("CUDA0"));
        QCOMPARE(kv.value(QStringLiteral("measured")).toDouble(), 672.0 * 1024 * 1024);
        QCOMPARE(kv.value(QStringLiteral("predicted")).toDouble(), 672.0 * 1024 * 1024);
        const QJsonObject scenario = out.value(QStringLiteral("scenario")).toObject();
        QCOMPARE(scenario.value(QStringLiteral("kv_cache")).toString(), QStringLiteral("q5_1"));
        QCOMPARE(scenario.value(QStringLiteral("kv_cache_v")).toString(), QStringLiteral("iq4_nl"));
        QCOMPARE(scenario.value(QStringLiteral("kv_unified")).toBool(), true);
        QCOMPARE(scenario.value(QStringLiteral("batch")).toInt(), 4);
        QCOMPARE(scenario.value(QStringLiteral("flash_attention")).toBool(), true);
        QCOMPARE(scenario.value(QStringLiteral("flash_attention_setting")).toString(), QStringLiteral("on"));

        // The same cache from a build before -fa auto that does not print flash_attn: its default, off.
        const QString old_path = m_dir.filePath(QStringLiteral("old-build.log"));
        QFile old_file(old_path);
        QVERIFY(old_file.open(QIODevice::WriteOnly));
        old_file.write("version: 5261 (cb06a3c3)\n"
                       "load_tensors: offloaded 33/33 layers to GPU\n"
                       "llama_context: n_ctx         = 16384\n"
                       "llama_kv_cache:      CUDA0 KV buffer size =  2048.00 MiB\n");
        old_file.close();
        const Result o = run({QStringLiteral("check-log"), old_path, QStringLiteral("--model"),
                              QStringLiteral("llama-3-8b"), QStringLiteral("--weights"), QStringLiteral("q4_k_m"),
                              QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--json")});
        QVERIFY2(o.exit_code == 0, o.err.constData());
        const QJsonObject old_scenario =
            QJsonDocument::fromJson(o.out).object().value(QStringLiteral("scenario")).toObject();
        QCOMPARE(old_scenario.value(QStringLiteral("flash_attention_setting")).toString(), QStringLiteral("off"));
        QCOMPARE(old_scenario.value(QStringLiteral("flash_attention")).toBool(), false);
    }

    void llamaCppLog_separateVTypeAndSlots() {
        // A current llama.cpp load log for Llama-3-8B at -c 32768 -np 4 -fa on -ctk q8_0 -ctv q4_0:
        // 32 layers × 1024 × 32768 cells × (34 + 18) / 32 bytes = 1664 MiB (K 1088, V 576).
        const QString path = m_dir.filePath(QStringLiteral("kv-types.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("load_tensors: offloaded 33/33 layers to GPU\n"
                   "llama_context: n_seq_max     = 4\n"
                   "llama_context: n_ctx         = 32768\n"
                   "llama_context: n_ctx_seq     = 8192\n"
                   "llama_context: flash_attn    = enabled\n"
                   "llama_context: kv_unified    = false\n"
                   "llama_kv_cache:      CUDA0 KV buffer size =  1664.00 MiB\n"
                   "llama_kv_cache: size = 1664.00 MiB (  8192 cells,  32 layers,  4/4 seqs), K (q8_0): 1088.00 MiB, "
                   "V (q4_0):  576.00 MiB\n");
        file.close();
        const Result r = run({QStringLiteral("check-log"), path, QStringLiteral("--model"),
                              QStringLiteral("llama-3-8b"), QStringLiteral("--weights"), QStringLiteral("q4_k_m"),
                              QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--json")});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QJsonObject kv = figureOf(out, QStringLiteral("kv_buffer"), QStringLiteral("CUDA0"));
        QCOMPARE(kv.value(QStringLiteral("measured")).toDouble(), 1664.0 * 1024 * 1024);
        QCOMPARE(kv.value(QStringLiteral("predicted")).toDouble(), 1664.0 * 1024 * 1024);
        const QJsonObject scenario = out.value(QStringLiteral("scenario")).toObject();
        QCOMPARE(scenario.value(QStringLiteral("kv_cache_v")).toString(), QStringLiteral("q4_0"));
        QCOMPARE(scenario.value(QStringLiteral("kv_unified")).toBool(), false);
        QCOMPARE(scenario.value(QStringLiteral("batch")).toInt(), 4);
        QCOMPARE(scenario.value(QStringLiteral("context")).toInt(), 8192);

        // The same load with -kvu: one stream of the 32768 cells ("4/1 seqs"), the same bytes.
        const QString unified_path = m_dir.filePath(QStringLiteral("kv-unified.log"));
        QFile unified_file(unified_path);
        QVERIFY(unified_file.open(QIODevice::WriteOnly));
        unified_file.write("load_tensors: offloaded 33/33 layers to GPU\n"
                           "llama_context: n_seq_max     = 4\n"
                           "llama_context: n_ctx         = 32768\n"
                           "llama_context: n_ctx_seq     = 32768\n"
                           "llama_context: flash_attn    = enabled\n"
                           "llama_context: kv_unified    = true\n"
                           "llama_kv_cache:      CUDA0 KV buffer size =  1664.00 MiB\n"
                           "llama_kv_cache: size = 1664.00 MiB ( 32768 cells,  32 layers,  4/1 seqs), K (q8_0): "
                           "1088.00 MiB, V (q4_0):  576.00 MiB\n");
        unified_file.close();
        const Result u = run({QStringLiteral("check-log"), unified_path, QStringLiteral("--model"),
                              QStringLiteral("llama-3-8b"), QStringLiteral("--weights"), QStringLiteral("q4_k_m"),
                              QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--json")});
        QVERIFY2(u.exit_code == 0, u.err.constData());
        const QJsonObject uout = QJsonDocument::fromJson(u.out).object();
        QCOMPARE(figureOf(uout, QStringLiteral("kv_buffer"), QStringLiteral("CUDA0"))
                     .value(QStringLiteral("predicted"))
                     .toDouble(),
                 1664.0 * 1024 * 1024);
        const QJsonObject uscenario = uout.value(QStringLiteral("scenario")).toObject();
        QCOMPARE(uscenario.value(QStringLiteral("kv_unified")).toBool(), true);
        QCOMPARE(uscenario.value(QStringLiteral("batch")).toInt(), 4);
    }

    void noModel_asksForIt() {
        const QString log = writeQuote(QStringLiteral("ik-gemma3-27b-q4km-32k-noiswa"));
        const Result r = run({QStringLiteral("check-log"), log});
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("which model ran"));
        QVERIFY(r.err.contains("Gemma 3 27b It Qat"));
    }

    void unknownLog_exit2WithWhatWasFound() {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my shopping list\nmilk\n");
        file.close();
        const Result r =
            run({QStringLiteral("check-log"), path, QStringLiteral("--model"), QStringLiteral("mistral-7b")});
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("not a runtime log"));
        QVERIFY(r.err.contains("Missing"));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckLog)
#include "test_cli_check_log.moc"
