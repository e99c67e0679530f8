// The user's catalog file merged over the built-in one: additions, overrides, and broken entries
// that are skipped with a warning while the rest still loads.
#include "core/catalog/catalog.h"
#include "core/catalog/gpu_details.h"
#include "core/sizing/units.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

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

constexpr qint64 kMiB = 1LL << 20;
constexpr qint64 kGiB = 1LL << 30;

const sizing::GpuSpec& builtInGpu(const char* id) {
    const sizing::GpuSpec* gpu = catalog::Catalog::builtIn().findGpu(id);
    if (gpu == nullptr) {
        throw std::runtime_error(std::string("not in the catalog: ") + id);
    }
    return *gpu;
}

bool mentions(const std::string& text, const char* word) {
    return QString::fromStdString(text).contains(QLatin1String(word), Qt::CaseInsensitive);
}

const catalog::GpuDetails& detailsOf(const sizing::GpuSpec& gpu) {
    const catalog::GpuDetails* details = catalog::findBuiltInGpuDetails(gpu.id);
    if (details == nullptr) {
        throw std::runtime_error("no details for " + gpu.id);
    }
    return *details;
}

// The citation of one figure: its own entry in `sources`, or the entry's single source text.
std::string citationOf(const sizing::GpuSpec& gpu, const std::string& figure) {
    const catalog::GpuDetails& details = detailsOf(gpu);
    return details.figure_sources.empty() ? gpu.source : details.citation(figure);
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

    // Issue 16's list, one row per device: each is in the catalog under this id.
    void issue16DevicesAreInTheCatalog_data() {
        QTest::addColumn<QString>("id");
        for (const char* id : {"rtx-5090",
                               "rtx-5080",
                               "rtx-5070-ti",
                               "rtx-5060-ti-16gb",
                               "rtx-4060-ti-16gb",
                               "rtx-4080",
                               "rtx-pro-6000-blackwell",
                               "dgx-spark",
                               "ryzen-ai-max-395",
                               "apple-m3-ultra-512gb",
                               "apple-m4-max-128gb",
                               "h100-pcie",
                               "h100-nvl",
                               "h20",
                               "gh200-96gb",
                               "b300",
                               "gb200",
                               "mi325x",
                               "mi355x",
                               "l40",
                               "rtx-a6000",
                               "a40",
                               "v100-32gb",
                               "v100-16gb"}) {
            QTest::newRow(id) << QString::fromLatin1(id);
        }
    }
    void issue16DevicesAreInTheCatalog() {
        QFETCH(QString, id);
        QVERIFY(catalog::Catalog::builtIn().findGpu(id.toStdString()) != nullptr);
    }

    // The two entries the 2026 review found wrong: B200's capacity is what nvidia-smi prints, MI300X is
    // 192 GiB (rocm-smi: 206,141,652,992 B), not 192 x 10^9 B.
    void b200AndMi300xCarryTheirDriverTotals() {
        const sizing::GpuSpec& b200 = builtInGpu("b200");
        QCOMPARE(b200.usable_memory_bytes, 183359 * kMiB);
        QCOMPARE(b200.capacityBytes(), 183359 * kMiB);
        QVERIFY(detailsOf(b200).nativeFp4() && detailsOf(b200).fp4_tflops > 0);
        const sizing::GpuSpec& mi300x = builtInGpu("mi300x");
        QCOMPARE(mi300x.memory_bytes, 192 * kGiB);
        QCOMPARE(mi300x.usable_memory_bytes, 196592 * kMiB);
        QVERIFY(!detailsOf(mi300x).nativeFp4());
    }

    void catalogFileHasSchemaAndDate() {
        const catalog::GpuCatalogInfo& info = catalog::builtInGpuCatalogInfo();
        QCOMPARE(info.schema, std::string("fitscope-gpus/2"));
        QVERIFY2(QRegularExpression(QStringLiteral("^20\\d\\d-[01]\\d-[0-3]\\d$"))
                     .match(QString::fromStdString(info.date))
                     .hasMatch(),
                 info.date.c_str());
    }

    // Every figure the catalog states has a citation, and a usable total never exceeds the nominal size.
    void everyEntryCitesItsFigures() {
        std::set<std::string> ids;
        for (const sizing::GpuSpec& gpu : catalog::Catalog::builtIn().gpus()) {
            const char* id = gpu.id.c_str();
            QVERIFY2(ids.insert(gpu.id).second, id);
            QVERIFY2(!gpu.source.empty(), id);
            QVERIFY2(gpu.memory_bytes > 0, id);
            QVERIFY2(gpu.usable_memory_bytes <= gpu.memory_bytes, id);
            QVERIFY2(!gpu.vendor.empty() && !gpu.architecture.empty(), id);
            const catalog::GpuDetails& details = detailsOf(gpu);
            if (gpu.vendor == "NVIDIA" && gpu.id.rfind("jetson", 0) != 0) {
                QVERIFY2(!details.compute_capability.empty(), id);
            }
            if (details.figure_sources.empty()) {
                continue;
            }
            QVERIFY2(!citationOf(gpu, "memory").empty(), id);
            const bool usable_from_limit =
                details.memory_limit.known() && gpu.usable_memory_bytes == details.memory_limit.default_bytes;
            QVERIFY2(gpu.usable_memory_bytes == 0 || usable_from_limit || !citationOf(gpu, "usable").empty(), id);
            QVERIFY2(gpu.bandwidth_gbps == 0 || !citationOf(gpu, "bandwidth").empty(), id);
            QVERIFY2(gpu.fp16_tflops == 0 || !citationOf(gpu, "fp16").empty(), id);
            QVERIFY2(gpu.fp8_tflops == 0 || !citationOf(gpu, "fp8").empty(), id);
            QVERIFY2(details.fp4_tflops == 0 || !citationOf(gpu, "fp4").empty(), id);
            QVERIFY2(gpu.int8_tops == 0 || !citationOf(gpu, "int8").empty(), id);
            QVERIFY2(gpu.int4_tops == 0 || !citationOf(gpu, "int4").empty(), id);
        }
    }

    // Dense rates only. The file has no field for a sparse figure; a citation that quotes a sparse
    // figure shows how the dense one follows from it; and FP8 never runs above about twice the dense FP16
    // rate (a sparse FP8 next to a dense FP16 would be four times it), nor INT8 above twice FP8.
    void noSparseRates() {
        const nlohmann::json document = nlohmann::json::parse(catalog::builtInGpuCatalogJson());
        for (const nlohmann::json& entry : document.at("gpus")) {
            for (const auto& [key, value] : entry.items()) {
                QVERIFY2(!mentions(key, "sparse"), (entry.at("id").get<std::string>() + " " + key).c_str());
            }
        }
        for (const sizing::GpuSpec& gpu : catalog::Catalog::builtIn().gpus()) {
            const char* id = gpu.id.c_str();
            for (const char* figure : {"fp16", "fp8", "fp4", "int8", "int4"}) {
                const std::string citation = citationOf(gpu, figure);
                if (mentions(citation, "sparse") || mentions(citation, "sparsity")) {
                    QVERIFY2(mentions(citation, "dense") || mentions(citation, "halved") || mentions(citation, "/ 2") ||
                                 mentions(citation, "/2"),
                             (gpu.id + " " + figure + ": " + citation).c_str());
                }
            }
            if (gpu.fp8_tflops > 0 && gpu.fp16_tflops > 0) {
                QVERIFY2(gpu.fp8_tflops <= 2.05 * gpu.fp16_tflops, id);
            }
            if (gpu.int8_tops > 0 && gpu.fp8_tflops > 0) {
                QVERIFY2(gpu.int8_tops <= 2.05 * gpu.fp8_tflops, id);
            }
            // A published rate implies the format is native; a catalog that says otherwise contradicts itself.
            const catalog::GpuDetails& details = detailsOf(gpu);
            QVERIFY2(gpu.fp8_tflops == 0 || details.nativeFp8(gpu), id);
            QVERIFY2(details.fp4_tflops == 0 || details.nativeFp4(), id);
            QVERIFY2(gpu.int8_tops == 0 || details.nativeInt8(gpu), id);
            QVERIFY2(gpu.int4_tops == 0 || details.nativeInt4(gpu), id);
        }
    }

    // Unified-memory machines say how much of the pool the GPU may use and why, and the estimate's
    // capacity is that limit.
    void unifiedMemoryMachinesCarryTheirGpuLimit() {
        int unified = 0;
        for (const sizing::GpuSpec& gpu : catalog::Catalog::builtIn().gpus()) {
            if (!gpu.unified_memory) {
                continue;
            }
            ++unified;
            const catalog::GpuMemoryLimit& limit = detailsOf(gpu).memory_limit;
            QVERIFY2(limit.known(), gpu.id.c_str());
            QVERIFY2(!limit.explanation.empty() && !limit.source.empty(), gpu.id.c_str());
            QVERIFY2(!limit.how_to_change.empty(), gpu.id.c_str());
            QVERIFY2(limit.default_bytes <= gpu.memory_bytes, gpu.id.c_str());
            QCOMPARE(gpu.capacityBytes(), limit.default_bytes > 0 ? limit.default_bytes : gpu.memory_bytes);
        }
        QVERIFY(unified >= 6);
        const sizing::GpuSpec& m4 = builtInGpu("apple-m4-max-128gb");
        QCOMPARE(detailsOf(m4).memory_limit.rule, std::string("macos_wired_limit"));
        QVERIFY(mentions(detailsOf(m4).memory_limit.how_to_change, "iogpu.wired_limit_mb"));
        QCOMPARE(m4.capacityBytes(), qint64(std::llround(107.52 * kGiB)));
        const sizing::GpuSpec& halo = builtInGpu("ryzen-ai-max-395");
        QCOMPARE(detailsOf(halo).memory_limit.rule, std::string("amd_uma_gtt"));
        QCOMPARE(halo.capacityBytes(), qint64(96'000'000'000));
        QCOMPARE(detailsOf(halo).memory_limit.maximum_bytes, 112 * kGiB);
        QVERIFY(mentions(detailsOf(halo).memory_limit.how_to_change, "ttm.pages_limit"));
        const sizing::GpuSpec& spark = builtInGpu("dgx-spark");
        QCOMPARE(detailsOf(spark).memory_limit.rule, std::string("shared_pool"));
        QCOMPARE(spark.capacityBytes(), spark.memory_bytes); // no driver total: the whole pool, an upper bound
        QCOMPARE(detailsOf(spark).category, std::string("unified"));
        QCOMPARE(catalog::builtInGpuDetails().size(), catalog::Catalog::builtIn().gpus().size());
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

    void userFileFlagsAndLimitsAreChecked() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, R"json({
          "gpus": [
            {"id": "fp4-card", "memory_gib": 32, "native_fp4": true, "native_int8": false, "source": "me"},
            {"id": "mac", "memory_gib": 64, "unified_memory": true, "category": "apple", "source": "me",
             "gpu_memory_limit": {"rule": "macos_wired_limit", "default_gib": 48, "how_to_change": "sysctl"}},
            {"id": "too-big", "memory_gib": 64, "source": "me",
             "gpu_memory_limit": {"rule": "shared_pool", "default_gib": 65}},
            {"id": "bad-rule", "memory_gib": 64, "source": "me", "gpu_memory_limit": {"rule": "guess"}},
            {"id": "bad-flag", "memory_gib": 8, "native_fp8": "yes"}
          ]})json");
        std::vector<std::string> warnings;
        const catalog::Catalog merged = catalog::Catalog::builtIn().withUserFile(path, &warnings);
        QCOMPARE(warnings.size(), std::size_t(3));
        QVERIFY(merged.findGpu("fp4-card") != nullptr);
        const std::vector<catalog::GpuDetails> details = catalog::parseGpuDetails(
            R"({"gpus": [{"id": "fp4-card", "memory_gib": 32, "native_fp4": true, "native_int8": false}]})", "test");
        QVERIFY(details.size() == 1 && details[0].nativeFp4() && details[0].int8_native == false);
        QVERIFY(!details[0].fp8_native.has_value()); // not stated, not guessed
        const sizing::GpuSpec* mac = merged.findGpu("mac");
        QVERIFY(mac != nullptr);
        QCOMPARE(mac->capacityBytes(), 48 * kGiB);
        QVERIFY(merged.findGpu("too-big") == nullptr && merged.findGpu("bad-rule") == nullptr);
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
