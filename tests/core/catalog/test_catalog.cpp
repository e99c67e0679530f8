// The user's catalog file merged over the built-in one: additions, overrides, and broken entries
// that are skipped with a warning while the rest still loads.
#include "core/catalog/catalog.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fitscope;

namespace {

std::string writeFile(const QTemporaryDir& dir, const QByteArray& content) {
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(content);
    return path.toStdString();
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void builtInCatalogLoads() {
        const auto& c = catalog::Catalog::builtIn();
        QVERIFY(c.gpus().size() >= 17);
        QVERIFY(c.models().size() >= 14);
        // Apple machines: unified memory with the Metal working-set limit as usable memory.
        const sizing::GpuSpec* apple = c.findGpu("apple-m2-ultra-192gb");
        QVERIFY(apple && apple->unified_memory);
        QCOMPARE(apple->usable_memory_bytes, qint64(0.75 * 192.0 * (1LL << 30)));
    }

    void userFileAddsAndOverrides() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, R"json({
          "gpus": [
            {"id": "my-card", "name": "My Card", "memory_gib": 20, "bandwidth_gbps": 500, "fp16_tflops": 50, "source": "me"},
            {"id": "a10g", "name": "A10G (measured)", "memory_gib": 24, "usable_mib": 22000, "bandwidth_gbps": 600, "fp16_tflops": 70, "source": "my nvidia-smi"}
          ],
          "models": [
            {"id": "tiny", "name": "Tiny", "source": "me", "config": {"model_type": "llama", "vocab_size": 1000, "hidden_size": 256, "intermediate_size": 512, "num_hidden_layers": 2, "num_attention_heads": 4}}
          ]})json");
        std::vector<std::string> warnings;
        const catalog::Catalog merged = catalog::Catalog::builtIn().withUserFile(path, &warnings);
        QVERIFY(warnings.empty());
        QVERIFY(merged.findGpu("my-card") && merged.findGpu("my-card")->user_defined);
        QCOMPARE(merged.findGpu("a10g")->usable_memory_bytes, qint64(22000) << 20);
        QCOMPARE(merged.gpus().size(), catalog::Catalog::builtIn().gpus().size() + 1);
        QVERIFY(merged.findModel("tiny") != nullptr);
        // The built-in catalog itself is untouched.
        QCOMPARE(catalog::Catalog::builtIn().findGpu("a10g")->usable_memory_bytes, qint64(23028) << 20);
    }

    void brokenEntriesAreSkippedWithAWarning() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, R"json({
          "gpus": [
            {"id": "no-memory", "bandwidth_gbps": 1},
            {"id": "ok", "memory_gb": 16, "bandwidth_gbps": 100, "fp16_tflops": 10},
            {"id": "bad-type", "memory_gb": "sixteen"}
          ],
          "models": [ {"id": "no-config"}, {"id": "bad", "config": {"model_type": "rwkv"}} ]})json");
        std::vector<std::string> warnings;
        const catalog::Catalog merged = catalog::Catalog::builtIn().withUserFile(path, &warnings);
        QCOMPARE(warnings.size(), std::size_t(4));
        QVERIFY(merged.findGpu("ok") != nullptr);
        QVERIFY(merged.findGpu("no-memory") == nullptr);
        for (const std::string& w : warnings) {
            QVERIFY2(w.find(path) != std::string::npos, w.c_str());
        }
    }

    void unreadableOrGarbageFileKeepsTheBuiltIns() {
        QTemporaryDir dir;
        std::vector<std::string> warnings;
        const catalog::Catalog missing =
            catalog::Catalog::builtIn().withUserFile(dir.filePath("none.json").toStdString(), &warnings);
        QVERIFY(warnings.empty()); // no file is not an error
        QCOMPARE(missing.gpus().size(), catalog::Catalog::builtIn().gpus().size());
        const std::string garbage = writeFile(dir, QByteArray("{\"gpus\": [", 10));
        const catalog::Catalog broken = catalog::Catalog::builtIn().withUserFile(garbage, &warnings);
        QCOMPARE(warnings.size(), std::size_t(1));
        QCOMPARE(broken.gpus().size(), catalog::Catalog::builtIn().gpus().size());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
