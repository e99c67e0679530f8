// fitscope-cli models --local and --model <local name>, run as a user would, with HOME pointing at a
// tree of stores the test writes (the Hugging Face cache, Ollama, LM Studio, llama.cpp) and every
// store variable cleared, so nothing outside the temporary folder is read.
#include "../core/sources/local_store_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

class TestCliLocalModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void table_listsEveryStoreAndBrokenEntries();
    void json_documentedKeysAndFigures();
    void json_gpuBadgesAndSort();
    void folderOption_addsAFolder();
    void badOptions_exit2();
    void modelOption_resolvesAnOllamaTag();
    void modelOption_resolvesAHfIdForReports();
    void modelOption_unknownOrBroken_exit2();

private:
    Result run(const QStringList& args) const;
    QJsonObject entry(const QJsonArray& models, const QString& name) const;

    QTemporaryDir m_dir;
    fitscope::testing::StoreFixture m_fixture;
    QProcessEnvironment m_env;
};

Result TestCliLocalModels::run(const QStringList& args) const {
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonObject TestCliLocalModels::entry(const QJsonArray& models, const QString& name) const {
    for (const QJsonValue& v : models) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

void TestCliLocalModels::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_fixture = fitscope::testing::writeStoreFixture(m_dir.path().toStdString());
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME", "OLLAMA_MODELS",
                             "LLAMA_CACHE", "XDG_CONFIG_HOME"}) {
        m_env.remove(QLatin1String(name));
    }
    m_env.insert(QStringLiteral("HOME"), QString::fromStdString(m_fixture.home.string()));
}

void TestCliLocalModels::table_listsEveryStoreAndBrokenEntries() {
    const Result r = run({"models", "--local"});
    QCOMPARE(r.exit_code, 0);
    for (const char* name : {"qwen3:30b-a3b", "qwen3:latest", "TinyOrg/tiny-llama", "TinyOrg/tiny-GGUF/tiny-Q8_0.gguf",
                             "lmstudio-community/Tiny-GGUF/Tiny-Q8_0.gguf", "TinyOrg_tiny-GGUF_tiny-Q4_K_M.gguf",
                             "broken:latest", "gone:7b", "Broken/dangling"}) {
        QVERIFY2(r.out.contains(name), name);
    }
    QVERIFY(r.out.contains("Ollama"));
    QVERIFY(r.out.contains("Hugging Face cache"));
    QVERIFY(r.out.contains("LM Studio"));
    QVERIFY(r.out.contains("8192*")); // Ollama's num_ctx
    QVERIFY(r.out.contains("broken: dangling link"));
    QVERIFY(r.out.contains("broken: broken manifest"));
    QVERIFY(!r.out.contains("FIT")); // no GPU, no badge column
}

void TestCliLocalModels::json_documentedKeysAndFigures() {
    const Result r = run({"models", "--local", "--json"});
    QCOMPARE(r.exit_code, 0);
    QJsonParseError error{};
    const QJsonObject j = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray models = j.value("models").toArray();
    QCOMPARE(models.size(), 10); // the fixture's stores without the user folder
    QCOMPARE(j.value("stores").toArray().size(), 5);
    const QJsonObject tag = entry(models, "qwen3:30b-a3b");
    for (const char* key : {"name", "store", "store_root", "format", "path", "file_bytes", "quantization",
                            "context_length", "ollama_num_ctx", "revision", "status", "problem", "notes", "fit"}) {
        QVERIFY2(tag.contains(QLatin1String(key)), key);
    }
    QCOMPARE(tag.value("store").toString(), QStringLiteral("ollama"));
    QCOMPARE(tag.value("format").toString(), QStringLiteral("gguf"));
    QCOMPARE(tag.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(tag.value("file_bytes").toInteger(), m_fixture.ollama_gguf_bytes);
    QCOMPARE(tag.value("ollama_num_ctx").toInteger(), m_fixture.ollama_num_ctx);
    QCOMPARE(tag.value("quantization").toString(), QStringLiteral("Q4_K_M"));
    QCOMPARE(tag.value("path").toString(), QString::fromStdString(m_fixture.ollama_gguf_blob.string()));
    QVERIFY(tag.value("fit").isNull());
    const QJsonObject hf = entry(models, "TinyOrg/tiny-llama");
    QCOMPARE(hf.value("format").toString(), QStringLiteral("safetensors"));
    QCOMPARE(hf.value("file_bytes").toInteger(), m_fixture.hf_safetensors_bytes);
    QCOMPARE(hf.value("revision").toString(), QString::fromStdString(m_fixture.hf_revision));
    const QJsonObject gone = entry(models, "gone:7b");
    QCOMPARE(gone.value("status").toString(), QStringLiteral("broken"));
    QVERIFY(gone.value("problem").toString().contains("missing"));
    QVERIFY(gone.value("format").isNull());
}

void TestCliLocalModels::json_gpuBadgesAndSort() {
    const Result gpus = run({"gpus", "--json"});
    QCOMPARE(gpus.exit_code, 0);
    const QString gpu =
        QJsonDocument::fromJson(gpus.out).object().value("gpus").toArray().first().toObject().value("id").toString();
    QVERIFY(!gpu.isEmpty());
    const Result r = run({"models", "--local", "--json", "--gpu", gpu, "--context", "8192", "--sort", "fit"});
    QCOMPARE(r.exit_code, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value("gpu").toString(), gpu);
    QCOMPARE(j.value("context_tokens").toInteger(), 8192);
    const QJsonArray models = j.value("models").toArray();
    // Tiny models fit any catalog GPU; broken ones have no badge and come last.
    const QJsonObject fit = entry(models, "qwen3:30b-a3b").value("fit").toObject();
    QCOMPARE(fit.value("verdict").toString(), QStringLiteral("fits"));
    QVERIFY(fit.value("needed_bytes").toInteger() > m_fixture.ollama_gguf_bytes);
    QVERIFY(fit.value("capacity_bytes").toInteger() > fit.value("needed_bytes").toInteger());
    QCOMPARE(fit.value("context_tokens").toInteger(), 8192);
    QVERIFY(models.first().toObject().value("fit").isObject());
    QCOMPARE(models.last().toObject().value("status").toString(), QStringLiteral("broken"));
    QVERIFY(models.last().toObject().value("fit").isNull());

    const Result table = run({"models", "--local", "--gpu", gpu});
    QCOMPARE(table.exit_code, 0);
    QVERIFY(table.out.contains("FIT"));
    QVERIFY(table.out.contains("fits"));

    const Result bySize = run({"models", "--local", "--json", "--sort", "size"});
    const QJsonArray sized = QJsonDocument::fromJson(bySize.out).object().value("models").toArray();
    for (qsizetype i = 1; i < sized.size(); ++i) {
        QVERIFY(sized[i - 1].toObject().value("file_bytes").toInteger() >=
                sized[i].toObject().value("file_bytes").toInteger());
    }
}

void TestCliLocalModels::folderOption_addsAFolder() {
    const Result r =
        run({"models", "--local", "--json", "--folder", QString::fromStdString(m_fixture.user_folder.string())});
    QCOMPARE(r.exit_code, 0);
    const QJsonArray models = QJsonDocument::fromJson(r.out).object().value("models").toArray();
    QCOMPARE(models.size(), 13);
    QCOMPARE(entry(models, "sub/nested.gguf").value("store").toString(), QStringLiteral("folder"));
    QCOMPARE(entry(models, "sub/truncated.gguf").value("status").toString(), QStringLiteral("broken"));
}

void TestCliLocalModels::badOptions_exit2() {
    for (const QStringList& args :
         {QStringList{"models", "--local", "--sort", "weight"}, QStringList{"models", "--gpu", "a10g"},
          QStringList{"models", "--local", "--gpu", "no-such-gpu"}}) {
        const Result r = run(args);
        QCOMPARE(r.exit_code, 2);
        QCOMPARE(r.err.count('\n'), 1);
    }
}

void TestCliLocalModels::modelOption_resolvesAnOllamaTag() {
    const QString blob = QString::fromStdString(m_fixture.ollama_gguf_blob.string());
    const Result byTag = run({"estimate", "--model", "qwen3:30b-a3b", "--context", "2048", "--json"});
    QCOMPARE(byTag.exit_code, 0);
    const Result byFile = run({"estimate", "--gguf", blob, "--context", "2048", "--json"});
    QCOMPARE(byFile.exit_code, 0);
    const QJsonObject a = QJsonDocument::fromJson(byTag.out).object();
    const QJsonObject b = QJsonDocument::fromJson(byFile.out).object();
    // The same path as --gguf: the same exact bytes.
    for (const char* key : {"weights_bytes", "kv_cache_bytes", "total_bytes", "params"}) {
        QVERIFY2(a.value(QLatin1String(key)).toInteger() > 0, key);
        QCOMPARE(a.value(QLatin1String(key)).toInteger(), b.value(QLatin1String(key)).toInteger());
    }
    // Ollama's own default tag.
    const Result latest = run({"estimate", "--model", "qwen3", "--json"});
    QCOMPARE(latest.exit_code, 0);
    QCOMPARE(QJsonDocument::fromJson(latest.out).object().value("weights_bytes").toInteger(),
             a.value("weights_bytes").toInteger());
}

void TestCliLocalModels::modelOption_resolvesAHfIdForReports() {
    // report saves the scenario: a local model is saved as the file it resolved to.
    const Result r = run({"report", "--model", "TinyOrg/tiny-llama", "--format", "scenario", "--out", "-"});
    QCOMPARE(r.exit_code, 0);
    const QJsonObject model = QJsonDocument::fromJson(r.out).object().value("model").toObject();
    QVERIFY2(model.value("path").toString().contains("models--TinyOrg--tiny-llama"), r.out.constData());
}

void TestCliLocalModels::modelOption_unknownOrBroken_exit2() {
    const Result unknown = run({"estimate", "--model", "qwen3:999b"});
    QCOMPARE(unknown.exit_code, 2);
    QVERIFY2(unknown.err.contains("models --local"), unknown.err.constData());
    const Result broken = run({"estimate", "--model", "gone:7b"});
    QCOMPARE(broken.exit_code, 2);
    QCOMPARE(broken.err.count('\n'), 1);
    QVERIFY2(broken.err.contains("broken") && broken.err.contains("missing"), broken.err.constData());
}

QTEST_GUILESS_MAIN(TestCliLocalModels)
#include "test_cli_local_models.moc"
