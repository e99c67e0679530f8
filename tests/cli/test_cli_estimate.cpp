// fitscope-cli estimate / fit / gpus / models, run as a user would.
#include "../core/formats/test_file_writers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestCliEstimate : public QObject {
    Q_OBJECT

private slots:
    void estimateJsonHasTheDocumentedKeys() {
        const Result r = runCli({"estimate", "--model", "llama-2-13b", "--weights", "int8", "--context", "4096",
                                 "--gpu", "a10g", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        for (const char* key :
             {"params", "active_params", "weights_bytes", "kv_cache_bytes", "activation_bytes", "overhead_bytes",
              "total_bytes", "gpu_id", "gpu_memory_bytes", "per_gpu_bytes", "fits", "headroom_bytes"}) {
            QVERIFY2(j.contains(QLatin1String(key)), key);
        }
        QCOMPARE(j.value("params").toInteger(), qint64(13'015'864'320));
        QCOMPARE(j.value("kv_cache_bytes").toInteger(), qint64(40) * 2 * 4096 * 5120 * 2);
        QCOMPARE(j.value("fits").toBool(), true);
        QCOMPARE(j.value("gpu_id").toString(), QStringLiteral("a10g"));
        const qint64 sum = j.value("weights_bytes").toInteger() + j.value("kv_cache_bytes").toInteger() +
                           j.value("activation_bytes").toInteger() + j.value("overhead_bytes").toInteger();
        QCOMPARE(j.value("total_bytes").toInteger(), sum);
        QCOMPARE(j.value("headroom_bytes").toInteger(),
                 j.value("gpu_memory_bytes").toInteger() - j.value("per_gpu_bytes").toInteger());
        QVERIFY(j.value("derivation").toArray().size() >= 4);
    }

    // --gpu-in-use GB: memory other processes hold comes off the headroom (not the capacity), and vLLM
    // refuses to start when what is left is below its 0.9 share of the total.
    void gpuInUse_comesOffTheHeadroom() {
        const QStringList base{"estimate", "--model", "llama-2-13b", "--weights", "int8", "--gpu", "a10g", "--json"};
        const Result free = runCli(base);
        const Result busy = runCli(base + QStringList{"--gpu-in-use", "1.5"});
        QCOMPARE(busy.exit_code, 0);
        const QJsonObject a = QJsonDocument::fromJson(free.out).object();
        const QJsonObject b = QJsonDocument::fromJson(busy.out).object();
        QCOMPARE(b.value("gpu_memory_bytes").toInteger(), a.value("gpu_memory_bytes").toInteger());
        QCOMPARE(b.value("gpu_in_use_bytes").toInteger(), qint64(1'500'000'000));
        QCOMPARE(b.value("headroom_bytes").toInteger(), a.value("headroom_bytes").toInteger() - 1'500'000'000);
        QVERIFY(!a.contains(QLatin1String("gpu_in_use_bytes")));

        const Result vllm =
            runCli({"estimate", "--model", "llama-2-7b", "--runtime", "vllm", "--gpu", "a10g", "--gpu-in-use", "4"});
        QCOMPARE(vllm.exit_code, 0);
        QVERIFY2(vllm.out.contains("on startup is less than desired GPU memory utilization (0.9, "),
                 vllm.out.constData());
        QVERIFY(vllm.out.contains("In use"));

        const Result bad = runCli({"estimate", "--params", "7B", "--gpu", "a10g", "--gpu-in-use=-1"});
        QCOMPARE(bad.exit_code, 2);
        QVERIFY(bad.err.contains("--gpu-in-use"));
    }

    void estimateWithoutGpuOmitsTheVerdict() {
        const Result r = runCli({"estimate", "--params", "7B", "--weights", "fp16", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value("params").toInteger(), qint64(7'000'000'000));
        QCOMPARE(j.value("weights_bytes").toInteger(), qint64(14'000'000'000));
        QVERIFY(j.value("shape_assumed").toBool());
        QVERIFY(!j.contains("fits"));
    }

    void paramsAcceptTheDocumentedSpellings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("params");
        QTest::newRow("7B") << "7B" << qint64(7'000'000'000);
        QTest::newRow("6.7e9") << "6.7e9" << qint64(6'700'000'000);
        QTest::newRow("13000M") << "13000M" << qint64(13'000'000'000);
        QTest::newRow("1.5T") << "1.5T" << qint64(1'500'000'000'000);
    }
    void paramsAcceptTheDocumentedSpellings() {
        QFETCH(QString, text);
        QFETCH(qint64, params);
        const Result r = runCli({"estimate", "--params", text, "--json"});
        QCOMPARE(r.exit_code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("params").toInteger(), params);
    }

    void humanOutputIsATableWithTheMath() {
        const Result r = runCli({"estimate", "--model", "llama-2-13b", "--weights", "fp16", "--gpu", "a10g"});
        QCOMPARE(r.exit_code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QLatin1String("Total")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("DOES NOT FIT")));
        QVERIFY(text.contains(QLatin1String("How it adds up")));
        QVERIFY(text.contains(QString::fromUtf8("13.0 B parameters × 2 bytes = 26.0 GB")));
    }

    void gibUnitsChangeTheText() {
        const Result r = runCli({"estimate", "--params", "7B", "--units", "GiB"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("13.04 GiB")));
    }

    void fitAnswersAreConsistentWithEstimate() {
        const Result r = runCli({"fit", "--model", "llama-2-13b", "--weights", "int8", "--gpu", "a10g", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const qint64 longest = j.value("longest_context").toInteger();
        QVERIFY(longest > 0);
        const QString longest_text = QString::number(longest);
        const Result at = runCli({"estimate", "--model", "llama-2-13b", "--weights", "int8", "--gpu", "a10g",
                                  "--context", longest_text, "--json"});
        QCOMPARE(QJsonDocument::fromJson(at.out).object().value("fits").toBool(), true);
        QVERIFY(j.contains("largest_batch"));
        QVERIFY(j.contains("smallest_gpu"));
        QCOMPARE(j.value("most_precise_format").toString().isEmpty(), false);
    }

    // The model's limit holds the images' tokens too: with the whole of it free, the text gets the rest.
    void fitWithImages_leavesTheModelsLimitToTextAndImages() {
        const Result r = runCli({"fit", "--model", "gemma-4-26b-a4b", "--weights", "q4_k_m", "--runtime", "llamacpp",
                                 "--gpu", "h200", "--images", "4", "--solve", "context", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const qint64 model = j.value("max_model_context").toInteger();
        QVERIFY(model > 4 * 280);
        QCOMPARE(j.value("max_text_context").toInteger(), model - 4 * 280);
        QVERIFY(j.value("longest_context").toInteger() <= model - 4 * 280);
    }

    void catalogsList() {
        const Result gpus = runCli({"gpus", "--json"});
        QCOMPARE(gpus.exit_code, 0);
        QVERIFY(QJsonDocument::fromJson(gpus.out).object().value("gpus").toArray().size() >= 17);
        const Result models = runCli({"models"});
        QCOMPARE(models.exit_code, 0);
        QVERIFY(QString::fromUtf8(models.out).contains(QLatin1String("llama-2-13b")));
    }

    // gpus --local against a recorded machine: a fake nvidia-smi on PATH and an AMD card in a sysfs
    // tree under FITSCOPE_HARDWARE_ROOT.
    void gpusLocalPrintsWhatDetectionFound() {
        QTemporaryDir dir;
        auto write = [&](const QString& rel, const QByteArray& content, bool exec) {
            QDir().mkpath(QFileInfo(dir.filePath(rel)).path());
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            f.close();
            if (exec) {
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            }
        };
        write(QStringLiteral("bin/nvidia-smi"),
              "#!/bin/sh\necho '0, NVIDIA GeForce RTX 5090, 32607, 2048, 575.51.02'\n"
              "echo '1, NVIDIA GeForce RTX 4060 Ti, 8188, 0, 575.51.02'\n",
              true);
        write(QStringLiteral("sys/class/drm/card1/device/vendor"), "0x1002\n", false);
        write(QStringLiteral("sys/class/drm/card1/device/device"), "0x744c\n", false);
        write(QStringLiteral("sys/class/drm/card1/device/mem_info_vram_total"), "25753026560\n", false);
        write(QStringLiteral("sys/class/drm/card1/device/mem_info_vram_used"), "536870912\n", false);
        write(QStringLiteral("proc/meminfo"), "MemTotal: 65536000 kB\nMemAvailable: 50000000 kB\n", false);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FITSCOPE_HARDWARE_ROOT"), dir.path());
        env.insert(QStringLiteral("PATH"), dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"));
        const Result r = runCli({"gpus", "--local", "--json"}, env);
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonArray gpus = j.value("gpus").toArray();
        QCOMPARE(gpus.size(), 3);
        QCOMPARE(gpus[0].toObject().value("catalog_id").toString(), QStringLiteral("rtx-5090"));
        QCOMPARE(gpus[0].toObject().value("used_bytes").toInteger(), qint64(2048) << 20);
        QCOMPARE(gpus[0].toObject().value("spec").toObject().value("bandwidth_gbps").toDouble(), 1792.0);
        QVERIFY(gpus[1].toObject().value("catalog_id").isNull());
        QCOMPARE(gpus[1].toObject().value("total_bytes").toInteger(), qint64(8188) << 20);
        QCOMPARE(gpus[2].toObject().value("reported_by").toString(), QStringLiteral("sysfs"));
        QCOMPARE(gpus[2].toObject().value("used_bytes").toInteger(), qint64(536870912));
        QCOMPARE(j.value("ram").toObject().value("available_bytes").toInteger(), qint64(50000000) * 1024);
        const Result table = runCli({"gpus", "--local"}, env);
        QCOMPARE(table.exit_code, 0);
        QVERIFY2(table.out.contains("NVIDIA GeForce RTX 4060 Ti") && table.out.contains("not in the catalog"),
                 table.out.constData());
    }

    void badInputGivesOneLineAndExitCode2_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown model") << QStringList{"estimate", "--model", "llama-9"} << "unknown model";
        QTest::newRow("unknown gpu") << QStringList{"estimate", "--params", "7B", "--gpu", "gtx-9090"} << "unknown GPU";
        QTest::newRow("zero context") << QStringList{"estimate", "--params", "7B", "--context", "0"} << "--context";
        QTest::newRow("negative context")
            << QStringList{"estimate", "--params", "7B", "--context=-4096"} << "--context";
        QTest::newRow("non-number batch") << QStringList{"estimate", "--params", "7B", "--batch", "many"} << "--batch";
        QTest::newRow("absurd params 10^16") << QStringList{"estimate", "--params", "1e16"} << "--params";
        QTest::newRow("non-number params") << QStringList{"estimate", "--params", "seven"} << "--params";
        QTest::newRow("unknown format") << QStringList{"estimate", "--params", "7B", "--weights", "int5"}
                                        << "--weights";
        QTest::newRow("unknown kv format")
            << QStringList{"estimate", "--params", "7B", "--kv-cache", "q2"} << "--kv-cache";
        QTest::newRow("huge context") << QStringList{"estimate", "--params", "7B", "--context", "99999999999999"}
                                      << "--context";
        QTest::newRow("huge gpu count") << QStringList{"estimate", "--params", "7B", "--gpus", "1000000"} << "--gpus";
        QTest::newRow("missing config") << QStringList{"estimate", "--config", "/no/such/config.json"} << "cannot open";
        QTest::newRow("no model") << QStringList{"estimate"} << "name a model";
        QTest::newRow("unknown option") << QStringList{"estimate", "--modle", "x"} << "modle";
        QTest::newRow("unknown command") << QStringList{"estimat"} << "unknown command";
        QTest::newRow("fit without gpu") << QStringList{"fit", "--params", "7B"} << "--gpu";
        QTest::newRow("unknown parallelism")
            << QStringList{"estimate", "--params", "7B", "--gpus", "2", "--parallel", "dp"} << "--parallel";
        QTest::newRow("negative gpu layers")
            << QStringList{"estimate", "--params", "7B", "--runtime", "llamacpp", "--gpu-layers=-3"} << "--gpu-layers";
        QTest::newRow("bad cpu ram") << QStringList{"estimate", "--params", "7B", "--cpu-ram", "64X"} << "--cpu-ram";
        QTest::newRow("utilization above 1")
            << QStringList{"estimate", "--params", "7B", "--runtime", "vllm", "--gpu-memory-utilization", "1.5"}
            << "--gpu-memory-utilization";
        QTest::newRow("unknown runtime") << QStringList{"estimate", "--params", "7B", "--runtime", "tgi"}
                                         << "--runtime";
        QTest::newRow("unknown task") << QStringList{"estimate", "--params", "7B", "--task", "train"} << "--task";
        QTest::newRow("unknown method") << QStringList{"estimate", "--params", "7B",  "--task",
                                                       "finetune", "--method", "dora"}
                                        << "--method";
        QTest::newRow("zero lora rank") << QStringList{"estimate", "--params",    "7B", "--task",
                                                       "finetune", "--lora-rank", "0"}
                                        << "--lora-rank";
        QTest::newRow("method without finetune")
            << QStringList{"estimate", "--params", "7B", "--method", "qlora"} << "--task finetune";
        QTest::newRow("bad cpu bandwidth")
            << QStringList{"estimate", "--params", "7B", "--cpu-bandwidth", "fast"} << "--cpu-bandwidth";
        QTest::newRow("unknown solve") << QStringList{"fit", "--params", "7B", "--gpu", "a10g", "--solve", "layers"}
                                       << "--solve";
    }
    void badInputGivesOneLineAndExitCode2() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Result r = runCli(args);
        QCOMPARE(r.exit_code, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void brokenConfigFilesGiveExitCode2_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray(R"({"model_type": "llama", "hidden_size": 40)");
        QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
    }
    void brokenConfigFilesGiveExitCode2() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Result r = runCli({"estimate", "--config", file.fileName()});
        QCOMPARE(r.exit_code, 2);
        QVERIFY(QString::fromUtf8(r.err).contains(file.fileName()));
    }

    void configFileGivesExactParameters() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"model_type":"llama","vocab_size":32000,"hidden_size":4096,"intermediate_size":11008,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":32,"max_position_embeddings":4096})");
        file.close();
        const Result r = runCli({"estimate", "--config", dir.path(), "--json"});
        QCOMPARE(r.exit_code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("params").toInteger(), qint64(6'738'415'616));
    }

    void speedKeys() {
        const Result r = runCli({"estimate", "--model", "llama-2-7b", "--weights", "bf16", "--runtime", "transformers",
                                 "--gpu", "h200", "--context", "2048", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"decode_tokens_per_s", "prefill_tokens_per_s", "time_to_first_token_s", "cpu_bytes",
                                "gpu_loads", "decode_tokens_per_s_low", "decode_tokens_per_s_high"}) {
            QVERIFY2(j.contains(QLatin1String(key)), key);
        }
        const double tps = j.value("decode_tokens_per_s").toDouble();
        QVERIFY2(tps > 110 && tps < 170, qPrintable(QString::number(tps))); // measured: 138 tokens/s
        QVERIFY(j.value("decode_tokens_per_s_low").toDouble() < tps);
        QVERIFY(j.value("time_to_first_token_s").toDouble() > 0);
        // Without a GPU there is no speed: null, not a made-up number.
        const Result none = runCli({"estimate", "--model", "llama-2-7b", "--json"});
        QVERIFY(QJsonDocument::fromJson(none.out).object().value("decode_tokens_per_s").isNull());
    }

    void vllmKeys() {
        const Result r = runCli({"estimate", "--model", "llama-2-7b", "--weights", "bf16", "--runtime", "vllm", "--gpu",
                                 "a100-80gb", "--gpu-memory-utilization", "0.92", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QVERIFY(j.value("kv_cache_tokens").toInteger() > 100'000);
        QVERIFY(j.value("max_concurrency").toDouble() > 20);
        QCOMPARE(j.value("gpu_memory_utilization").toDouble(), 0.92);
        QCOMPARE(j.value("per_gpu_bytes").toInteger(), qint64(std::llround(0.92 * 81920.0 * 1048576.0)));
        QVERIFY(j.value("vllm").toObject().value("starts").toBool());
        // A context the pool cannot hold: vLLM's own error, and the verdict says so.
        const Result big = runCli({"estimate", "--model", "llama-2-13b", "--weights", "fp16", "--runtime", "vllm",
                                   "--gpu", "a100-40gb", "--context", "16384", "--json"});
        QCOMPARE(big.exit_code, 0);
        const QJsonObject b = QJsonDocument::fromJson(big.out).object();
        QCOMPARE(b.value("fits").toBool(), false);
        QVERIFY(b.value("vllm").toObject().value("error").toString().contains(
            QLatin1String("which is larger than the available KV cache memory")));
        // The V0 engine (--vllm-version 0.6) raised its own message, and profiled the whole prompt at once.
        const Result v0 = runCli({"estimate", "--model", "llama-2-13b", "--weights", "fp16", "--runtime", "vllm",
                                  "--gpu", "a100-40gb", "--context", "16384", "--vllm-version", "0.6", "--json"});
        QCOMPARE(v0.exit_code, 0);
        const QJsonObject o = QJsonDocument::fromJson(v0.out).object();
        QVERIFY(o.value("vllm").toObject().value("error").toString().contains(
            QLatin1String("is larger than the maximum number of tokens that can be stored in KV cache")));
        const Result bad = runCli({"estimate", "--model", "llama-2-13b", "--runtime", "vllm", "--vllm-version", "x"});
        QCOMPARE(bad.exit_code, 2);
        QVERIFY(bad.err.contains("--vllm-version"));
    }

    void llamacppKeysAndOffload() {
        const Result r = runCli({"estimate", "--model", "llama-2-70b", "--weights", "q4_k_m", "--runtime", "llamacpp",
                                 "--gpu", "rtx-4090", "--gpu-layers", "40", "--cpu-ram", "64G", "--cpu-bandwidth", "80",
                                 "--flash-attention", "--kv-cache", "q8_0", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value("gpu_layers").toInteger(), qint64(40));
        QCOMPARE(j.value("cpu_ram_bytes").toInteger(), qint64(64) << 30);
        QVERIFY(j.value("cpu_bytes").toInteger() > 15'000'000'000); // 41 of 80 layers stay in RAM
        QCOMPARE(j.value("llamacpp").toObject().value("v_cache_f16_fallback").toBool(), false);
        QVERIFY(j.value("decode_tokens_per_s").toDouble() > 0);
        // The solver: the largest n_gpu_layers that fits, checked against estimate.
        const Result fit = runCli({"fit", "--model", "llama-2-70b", "--weights", "q4_k_m", "--runtime", "llamacpp",
                                   "--gpu", "rtx-4090", "--solve", "gpu-layers", "--json"});
        QCOMPARE(fit.exit_code, 0);
        const qint64 layers = QJsonDocument::fromJson(fit.out).object().value("largest_gpu_layers").toInteger();
        QVERIFY(layers > 0 && layers < 81);
        const Result at = runCli({"estimate", "--model", "llama-2-70b", "--weights", "q4_k_m", "--runtime", "llamacpp",
                                  "--gpu", "rtx-4090", "--gpu-layers", QString::number(layers), "--json"});
        QCOMPARE(QJsonDocument::fromJson(at.out).object().value("fits").toBool(), true);
        const Result over =
            runCli({"estimate", "--model", "llama-2-70b", "--weights", "q4_k_m", "--runtime", "llamacpp", "--gpu",
                    "rtx-4090", "--gpu-layers", QString::number(layers + 1), "--json"});
        QCOMPARE(QJsonDocument::fromJson(over.out).object().value("fits").toBool(), false);
    }

    void llamacppSeparateVTypeAndUnifiedSlots() {
        // Llama-3-8B -c 8192 -fa on -ctk q8_0 -ctv q4_0: 32 × 8 × 128 × 8192 × (34 + 18) / 32 bytes.
        const Result r =
            runCli({"estimate", "--model", "llama-3-8b", "--weights", "q4_k_m", "--runtime", "llamacpp", "--context",
                    "8192", "--flash-attention", "--kv-cache", "q8_0", "--kv-cache-v", "q4_0", "--json"});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value("kv_cache_bytes").toInteger(), qint64(32LL * 8 * 128 * 8192 * (34 + 18) / 32));
        QCOMPARE(j.value("llamacpp").toObject().value("kv_cache_v_format").toString(), QStringLiteral("q4_0"));
        // gpt-oss-20b, 4 slots of 8192 (-np 4 -c 32768): one sliding window per slot, or one shared (-kvu).
        const QStringList oss_args{"estimate", "--model", "gpt-oss-20b", "--runtime",         "llamacpp", "--context",
                                   "8192",     "--batch", "4",           "--flash-attention", "--json"};
        const Result split = runCli(oss_args);
        const Result unified = runCli(QStringList(oss_args) << "--kv-unified");
        QCOMPARE(split.exit_code, 0);
        QCOMPARE(unified.exit_code, 0);
        const QJsonObject s = QJsonDocument::fromJson(split.out).object();
        const QJsonObject u = QJsonDocument::fromJson(unified.out).object();
        QCOMPARE(u.value("llamacpp").toObject().value("kv_unified").toBool(), true);
        QCOMPARE(s.value("llamacpp").toObject().value("kv_unified").toBool(), false);
        // 12 sliding layers × 2048 bytes per cell × (4 × 768 − 1024) cells.
        QCOMPARE(s.value("kv_cache_bytes").toInteger() - u.value("kv_cache_bytes").toInteger(),
                 qint64(12LL * 2048 * (4 * 768 - 1024)));
        const Result bad = runCli({"estimate", "--model", "llama-3-8b", "--runtime", "llamacpp", "--kv-cache-v", "q3"});
        QCOMPARE(bad.exit_code, 2);
        QVERIFY(bad.err.contains("--kv-cache-v"));
    }

    // --n-cpu-moe, --cpu-moe and -ot: Qwen3-30B-A3B Q8_0, each layer's routed experts 3 × 128 × 768 × 2048
    // weights in Q8_0 (34 bytes per 32) = 641,728,512 bytes, moved from the GPU to system RAM.
    void expertPlacementFlags() {
        const QStringList base{"estimate", "--model", "qwen3-30b-a3b", "--weights", "q8_0",  "--runtime",
                               "llamacpp", "--gpu",   "rtx-4090",      "--cpu-ram", "128GB", "--json"};
        const Result none = runCli(base);
        const Result twenty = runCli(QStringList(base) << "--n-cpu-moe"
                                                       << "20");
        const Result rule = runCli(QStringList(base) << "-ot"
                                                     << "blk\\.(1[4-9]|[2-9][0-9])\\.ffn_.*_exps\\.=CPU");
        const Result all = runCli(QStringList(base) << "--cpu-moe");
        for (const Result* r : {&none, &twenty, &rule, &all}) {
            QVERIFY2(r->exit_code == 0, r->err.constData());
        }
        auto plan = [](const Result& r) {
            return QJsonDocument::fromJson(r.out).object().value("llamacpp").toObject();
        };
        constexpr qint64 kLayer = 641'728'512;
        QCOMPARE(plan(none).value("cpu_expert_bytes").toInteger(), qint64(0));
        QCOMPARE(plan(twenty).value("cpu_expert_bytes").toInteger(), 20 * kLayer);
        QCOMPARE(plan(twenty).value("n_cpu_moe").toInteger(), qint64(20));
        QCOMPARE(plan(rule).value("cpu_expert_bytes").toInteger(), 34 * kLayer);
        QCOMPARE(plan(rule).value("tensor_overrides").toArray().size(), 1);
        QCOMPARE(plan(all).value("cpu_expert_bytes").toInteger(), 48 * kLayer);
        const QJsonObject n = QJsonDocument::fromJson(none.out).object();
        const QJsonObject t = QJsonDocument::fromJson(twenty.out).object();
        QCOMPARE(t.value("cpu_bytes").toInteger() - n.value("cpu_bytes").toInteger(), 20 * kLayer);
        QCOMPARE(n.value("fits").toBool(), false);
        QCOMPARE(QJsonDocument::fromJson(all.out).object().value("fits").toBool(), true);

        const Result bad = runCli(QStringList(base) << "-ot"
                                                    << "blk\\.(1[4-9]\\.ffn=CPU");
        QCOMPARE(bad.exit_code, 2);
        QVERIFY2(bad.err.contains("-ot: 'blk\\.(1[4-9]\\.ffn' is not a valid regular expression"), bad.err.constData());
        const Result negative = runCli(QStringList(base) << "--n-cpu-moe"
                                                         << "-3");
        QCOMPARE(negative.exit_code, 2);
        QVERIFY(negative.err.contains("--n-cpu-moe"));

        // fit --solve cpu-moe: the smallest --n-cpu-moe that fits at 32k tokens.
        const Result fit = runCli({"fit", "--model", "qwen3-30b-a3b", "--weights", "q8_0", "--runtime", "llamacpp",
                                   "--gpu", "rtx-4090", "--context", "32768", "--solve", "cpu-moe", "--json"});
        QCOMPARE(fit.exit_code, 0);
        const qint64 solved = QJsonDocument::fromJson(fit.out).object().value("fewest_cpu_moe_layers").toInteger(-1);
        QVERIFY(solved > 0 && solved < 48);
    }

    void parallelismAndFineTune() {
        const Result pp = runCli({"estimate", "--model", "llama-2-70b", "--runtime", "transformers", "--gpu",
                                  "a100-80gb", "--gpus", "4", "--parallel", "pp", "--json"});
        QCOMPARE(pp.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(pp.out).object();
        QCOMPARE(j.value("parallelism").toString(), QStringLiteral("pp"));
        QCOMPARE(j.value("gpu_loads").toArray().size(), 4);
        QCOMPARE(j.value("gpu_loads").toArray().at(3).toObject().value("output_head").toBool(), true);
        const Result ft = runCli({"estimate", "--model", "llama-2-7b", "--task", "finetune", "--method", "qlora",
                                  "--lora-rank", "64", "--gradient-checkpointing", "--context", "512", "--json"});
        QCOMPARE(ft.exit_code, 0);
        const QJsonObject f = QJsonDocument::fromJson(ft.out).object();
        QCOMPARE(f.value("task").toString(), QStringLiteral("finetune"));
        QCOMPARE(f.value("finetune").toObject().value("method").toString(), QStringLiteral("qlora"));
        QVERIFY(f.value("training_bytes").toInteger() > 0);
        QVERIFY(f.value("total_bytes").toInteger() < 10'000'000'000); // a 7B QLoRA fits a small GPU
    }

    void safetensorsFolderGivesExactStoredBytes() {
        // A tiny Llama in BF16: the weights come from the headers, byte for byte.
        QTemporaryDir dir;
        using fitscope::testing::SafetensorsEntry;
        std::vector<SafetensorsEntry> entries{{"model.embed_tokens.weight", "BF16", {1000, 256}, {}},
                                              {"model.norm.weight", "BF16", {256}, {}},
                                              {"lm_head.weight", "BF16", {1000, 256}, {}}};
        for (int layer = 0; layer < 2; ++layer) {
            const std::string p = "model.layers." + std::to_string(layer) + ".";
            for (const char* m : {"q_proj", "k_proj", "v_proj", "o_proj"}) {
                entries.push_back({p + "self_attn." + m + ".weight", "BF16", {256, 256}, {}});
            }
            entries.push_back({p + "mlp.gate_proj.weight", "BF16", {512, 256}, {}});
            entries.push_back({p + "mlp.up_proj.weight", "BF16", {512, 256}, {}});
            entries.push_back({p + "mlp.down_proj.weight", "BF16", {256, 512}, {}});
            entries.push_back({p + "input_layernorm.weight", "BF16", {256}, {}});
            entries.push_back({p + "post_attention_layernorm.weight", "BF16", {256}, {}});
        }
        const std::filesystem::path folder = dir.path().toStdString();
        fitscope::testing::writeFile(folder / "model.safetensors", fitscope::testing::safetensorsFile(entries));
        fitscope::testing::writeFile(
            folder / "config.json",
            R"({"model_type":"llama","vocab_size":1000,"hidden_size":256,"intermediate_size":512,"num_hidden_layers":2,"num_attention_heads":4,"max_position_embeddings":2048})");
        const Result r = runCli({"estimate", "--safetensors", dir.path(), "--runtime", "transformers", "--json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value("params").toInteger(), qint64(1'824'000));
        QCOMPARE(j.value("weights_format").toString(), QStringLiteral("bf16"));
        QCOMPARE(j.value("weights_storage_bytes").toInteger(), qint64(3'648'000));
        // A GGUF option on a safetensors folder is refused with the reason.
        const Result wrong = runCli({"estimate", "--gguf", dir.path()});
        QCOMPARE(wrong.exit_code, 2);
        QVERIFY(QString::fromUtf8(wrong.err).contains(QLatin1String("--gguf")));
    }

    void versionAndHelp() {
        const Result v = runCli({"--version"});
        QCOMPARE(v.exit_code, 0);
        QVERIFY(v.out.startsWith("fitscope-cli "));
        const Result h = runCli({"estimate", "--help"});
        QCOMPARE(h.exit_code, 0);
        QVERIFY(h.out.contains("--kv-cache"));
    }
};

QTEST_GUILESS_MAIN(TestCliEstimate)
#include "test_cli_estimate.moc"
