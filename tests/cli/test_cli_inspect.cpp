// fitscope-cli inspect, run as a user would: a bad path gives exit 2 and one line on stderr; a GGUF
// the test writes gives a table and JSON with the documented keys.
#include "../core/formats/test_file_writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using fitscope::testing::GgufWriter;

namespace {

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCliInspect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badPath_exit2OneLine();
    void hostileFile_exit2OneLine();
    void noPath_isAUsageError();
    void gguf_jsonKeys();
    void gguf_table();
    void gguf_mmproj_addsTheProjector();

private:
    QTemporaryDir m_dir;
    QString m_gguf;
};

void TestCliInspect::initTestCase() {
    QVERIFY(m_dir.isValid());
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.str("general.name", "CLI Tiny");
    w.u32("general.file_type", 15);
    w.u32("llama.context_length", 2048);
    w.u32("llama.embedding_length", 256);
    w.u32("llama.block_count", 1);
    w.u32("llama.feed_forward_length", 512);
    w.u32("llama.attention.head_count", 4);
    w.u32("llama.attention.head_count_kv", 4);
    w.strArray("tokenizer.ggml.tokens", {"a", "b", "c", "d"});
    w.tensor("token_embd.weight", {256, 4}, 12);
    w.tensor("blk.0.attn_norm.weight", {256}, 0);
    w.tensor("blk.0.attn_q.weight", {256, 256}, 12);
    w.tensor("blk.0.attn_k.weight", {256, 256}, 12);
    w.tensor("blk.0.attn_v.weight", {256, 256}, 14);
    w.tensor("blk.0.attn_output.weight", {256, 256}, 12);
    w.tensor("blk.0.ffn_norm.weight", {256}, 0);
    w.tensor("blk.0.ffn_gate.weight", {256, 512}, 12);
    w.tensor("blk.0.ffn_up.weight", {256, 512}, 12);
    w.tensor("blk.0.ffn_down.weight", {512, 256}, 14);
    w.tensor("output_norm.weight", {256}, 0);
    m_gguf = m_dir.filePath(QStringLiteral("tiny.gguf"));
    w.write(m_gguf.toStdString());
}

void TestCliInspect::badPath_exit2OneLine() {
    const Result r = run({QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("missing.gguf"))});
    QCOMPARE(r.exit_code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("missing.gguf"), r.err.constData());
}

void TestCliInspect::hostileFile_exit2OneLine() {
    const QString path = m_dir.filePath(QStringLiteral("hostile.gguf"));
    fitscope::testing::Bytes b;
    b.u32(0x46554747);
    b.u32(3);
    b.u64(~0ull); // tensor count near 2^64
    b.u64(0);
    fitscope::testing::writeFile(path.toStdString(), b.data());
    const Result r = run({QStringLiteral("inspect"), path});
    QCOMPARE(r.exit_code, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("tensor count"), r.err.constData());
}

void TestCliInspect::noPath_isAUsageError() {
    const Result r = run({QStringLiteral("inspect")});
    QCOMPARE(r.exit_code, 2);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliInspect::gguf_jsonKeys() {
    const Result r = run({QStringLiteral("inspect"), m_gguf, QStringLiteral("--json")});
    QCOMPARE(r.exit_code, 0);
    QJsonParseError error{};
    const QJsonObject j = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char* key : {"path", "format", "files", "file_bytes", "spec", "weight_bytes", "tensor_parameters",
                            "formula_parameters", "parameters_mismatch", "quantization", "context_length", "types",
                            "groups", "tensors", "metadata", "properties", "warnings"}) {
        QVERIFY2(j.contains(QLatin1String(key)), key);
    }
    QCOMPARE(j[QStringLiteral("format")].toString(), QStringLiteral("GGUF"));
    QCOMPARE(j[QStringLiteral("quantization")].toString(), QStringLiteral("Q4_K_M"));
    QCOMPARE(j[QStringLiteral("tensors")].toArray().size(), 11);
    QCOMPARE(j[QStringLiteral("spec")].toObject()[QStringLiteral("hidden_size")].toInt(), 256);
    // Q4_K: 144 bytes per 256 values; Q6_K: 210; F32 norms.
    const qint64 expected =
        (256 * 4 + 3 * 256 * 256 + 2 * 256 * 512) / 256 * 144 + (256 * 256 + 512 * 256) / 256 * 210 + 3 * 256 * 4;
    QCOMPARE(static_cast<qint64>(j[QStringLiteral("weight_bytes")].toDouble()), expected);
    QCOMPARE(j[QStringLiteral("parameters_mismatch")].toBool(), false);
}

void TestCliInspect::gguf_mmproj_addsTheProjector() {
    GgufWriter projector;
    projector.str("general.architecture", "clip");
    projector.boolean("clip.has_vision_encoder", true);
    projector.tensor("v.blk.0.attn_q.weight", {64, 64}, 1);
    projector.tensor("mm.0.weight", {64, 256}, 1);
    const QString path = m_dir.filePath(QStringLiteral("mmproj-tiny-f16.gguf"));
    projector.write(path.toStdString());
    const Result plain = run({QStringLiteral("inspect"), m_gguf, QStringLiteral("--json")});
    const Result r =
        run({QStringLiteral("inspect"), m_gguf, QStringLiteral("--mmproj"), path, QStringLiteral("--json")});
    QCOMPARE(r.exit_code, 0);
    const QJsonObject before = QJsonDocument::fromJson(plain.out).object();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j[QStringLiteral("files")].toArray().size(), 2);
    QCOMPARE(static_cast<qint64>(j[QStringLiteral("weight_bytes")].toDouble()),
             static_cast<qint64>(before[QStringLiteral("weight_bytes")].toDouble()) + 2 * (64 * 64 + 64 * 256));
    QCOMPARE(j[QStringLiteral("parameters_mismatch")].toBool(), false);
    // A model file is no projector: a one-line usage error naming the option.
    const Result wrong = run({QStringLiteral("inspect"), m_gguf, QStringLiteral("--mmproj"), m_gguf});
    QCOMPARE(wrong.exit_code, 2);
    QCOMPARE(wrong.err.count('\n'), 1);
    QVERIFY2(wrong.err.contains("--mmproj") && wrong.err.contains("not a vision projector"), wrong.err.constData());
}

void TestCliInspect::gguf_table() {
    const Result r = run({QStringLiteral("inspect"), m_gguf});
    QCOMPARE(r.exit_code, 0);
    QVERIFY2(r.out.contains("Q4_K_M"), r.out.constData());
    QVERIFY(r.out.contains("blk.0.ffn_down.weight"));
    QVERIFY(r.out.contains("Q6_K"));
    QVERIFY(r.out.contains("tokenizer.ggml.tokens"));
    const Result summary = run({QStringLiteral("inspect"), m_gguf, QStringLiteral("--summary")});
    QVERIFY(!summary.out.contains("blk.0.ffn_down.weight"));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "test_cli_inspect.moc"
