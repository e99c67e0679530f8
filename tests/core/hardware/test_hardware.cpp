// Detection of this machine's GPUs and RAM against recorded tool outputs, sysfs trees and sysctl
// outputs written into a temporary root, and fake tools on the search path that hang or print garbage.
// The memory totals are ones users published (nvidia-smi tables and rocm-smi outputs cited in
// resources/data/gpus.json and shared/data/hardware/gpus-2026.json).
#include "core/catalog/catalog.h"
#include "core/hardware/catalog_match.h"
#include "core/hardware/command_runner.h"
#include "core/hardware/hardware_detector.h"
#include "core/hardware/nvml_reader.h"
#include "core/hardware/tool_output_parsers.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fitscope;
using namespace fitscope::hardware;

namespace {

constexpr qint64 kMiB = 1LL << 20;
constexpr qint64 kGiB = 1LL << 30;

bool writeFile(const QString& path, const QByteArray& content, bool executable = false) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(content);
    file.close();
    if (executable) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return true;
}

DetectionOptions optionsFor(const QTemporaryDir& dir) {
    DetectionOptions options;
    options.root = dir.path().toStdString();
    options.tool_dirs = {dir.filePath(QStringLiteral("bin")).toStdString()};
    options.tool_timeout = std::chrono::milliseconds(2000);
    return options;
}

const DetectedGpu* byName(const DetectedHardware& hw, const std::string& name) {
    for (const DetectedGpu& gpu : hw.gpus) {
        if (gpu.name == name) {
            return &gpu;
        }
    }
    return nullptr;
}

bool anyNoteContains(const std::vector<std::string>& notes, const char* text) {
    for (const std::string& note : notes) {
        if (note.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// Four GPUs in one box as nvidia-smi prints FitScope's query: a 4090 (24564 MiB), a 3090, a 4060 Ti 8 GB
// (8188 MiB: only the 16 GB card is in the catalog) and a GB10 whose memory nvidia-smi reports as N/A.
const char* kNvidiaSmiFourGpus = "0, NVIDIA GeForce RTX 4090, 24564, 1321, 550.54.14\n"
                                 "1, NVIDIA GeForce RTX 3090, 24576, 5, 550.54.14\n"
                                 "2, NVIDIA GeForce RTX 4060 Ti, 8188, 220, 550.54.14\n"
                                 "3, NVIDIA GB10, [N/A], [N/A], 580.95.05\n";

} // namespace

class TestHardware : public QObject {
    Q_OBJECT

private slots:
    void nvidiaSmiCsv_severalGpusOneUnknown() {
        const std::vector<DetectedGpu> gpus = parseNvidiaSmiCsv(kNvidiaSmiFourGpus);
        QCOMPARE(gpus.size(), std::size_t(4));
        QCOMPARE(gpus[0].name, std::string("NVIDIA GeForce RTX 4090"));
        QCOMPARE(gpus[0].total_bytes, 24564 * kMiB);
        QCOMPARE(gpus[0].used_bytes, 1321 * kMiB);
        QCOMPARE(gpus[0].freeBytes(), (24564 - 1321) * kMiB);
        QCOMPARE(gpus[0].driver_version, std::string("550.54.14"));
        QCOMPARE(gpus[3].total_bytes, qint64(0));
        QCOMPARE(gpus[3].used_bytes, qint64(-1));
        QVERIFY(anyNoteContains(gpus[3].notes, "N/A"));
        const auto& catalog = catalog::Catalog::builtIn();
        QCOMPARE(matchCatalogGpu(gpus[0], catalog), std::string("rtx-4090"));
        QCOMPARE(matchCatalogGpu(gpus[1], catalog), std::string("rtx-3090"));
        QCOMPARE(matchCatalogGpu(gpus[2], catalog), std::string()); // the 8 GB card is not the 16 GB entry
    }

    void nvidiaSmiCsv_garbageAndHeadersAreSkipped() {
        QVERIFY(parseNvidiaSmiCsv("").empty());
        QVERIFY(parseNvidiaSmiCsv("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n")
                    .empty());
        QVERIFY(parseNvidiaSmiCsv("index, name, memory.total [MiB]\n\x01\x02\xff garbage,,\n").empty());
        const auto gpus = parseNvidiaSmiCsv("0, Tesla T4, 15360, 99999999999999999999, x\r\n");
        QCOMPARE(gpus.size(), std::size_t(1));
        QCOMPARE(gpus[0].total_bytes, 15360 * kMiB);
        QCOMPARE(gpus[0].used_bytes, qint64(-1)); // overflowing figure: unknown, not garbage
    }

    // Names as nvidia-smi and rocm-smi print them, against the catalog entry they are (or none).
    void catalogMatch_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("total_mib");
        QTest::addColumn<QString>("expected");
        QTest::newRow("H100 SXM prints no form factor") << "NVIDIA H100 80GB HBM3" << 81559LL << "h100-80gb";
        QTest::newRow("H100 PCIe is not the SXM part") << "NVIDIA H100 PCIe" << 81559LL << "h100-pcie";
        QTest::newRow("H100 NVL") << "NVIDIA H100 NVL" << 95830LL << "h100-nvl";
        QTest::newRow("A100 SXM4 80 GB by memory") << "NVIDIA A100-SXM4-80GB" << 81920LL << "a100-80gb";
        QTest::newRow("A100 SXM4 40 GB by memory") << "NVIDIA A100-SXM4-40GB" << 40960LL << "a100-40gb";
        QTest::newRow("A100 PCIe: not in the catalog") << "NVIDIA A100 80GB PCIe" << 81920LL << "";
        QTest::newRow("L40S is not L40") << "NVIDIA L40S" << 46068LL << "l40s";
        QTest::newRow("L40") << "NVIDIA L40" << 46068LL << "l40";
        QTest::newRow("A10G on g5") << "NVIDIA A10G" << 23028LL << "a10g";
        QTest::newRow("T4") << "Tesla T4" << 15360LL << "t4";
        QTest::newRow("RTX 5090") << "NVIDIA GeForce RTX 5090" << 32607LL << "rtx-5090";
        QTest::newRow("5070 Ti") << "NVIDIA GeForce RTX 5070 Ti" << 16303LL << "rtx-5070-ti";
        QTest::newRow("5080 is not 5070 Ti") << "NVIDIA GeForce RTX 5080" << 16303LL << "rtx-5080";
        QTest::newRow("4080 SUPER: not the 4080") << "NVIDIA GeForce RTX 4080 SUPER" << 16376LL << "";
        QTest::newRow("4080 on an older driver") << "NVIDIA GeForce RTX 4080" << 16384LL << "rtx-4080";
        QTest::newRow("RTX PRO 6000 Blackwell")
            << "NVIDIA RTX PRO 6000 Blackwell Workstation Edition" << 97887LL << "rtx-pro-6000-blackwell";
        QTest::newRow("RTX 6000 Ada is not the PRO") << "NVIDIA RTX 6000 Ada Generation" << 49140LL << "rtx-6000-ada";
        QTest::newRow("B200") << "NVIDIA B200" << 183359LL << "b200";
        QTest::newRow("V100 SXM2 32 GB") << "Tesla V100-SXM2-32GB" << 32768LL << "v100-32gb";
        QTest::newRow("MI300X from rocm-smi") << "AMD Instinct MI300X" << 196592LL << "mi300x";
        QTest::newRow("unknown AMD card") << "Vega 20" << 32752LL << "";
    }
    void catalogMatch() {
        QFETCH(QString, name);
        QFETCH(qint64, total_mib);
        QFETCH(QString, expected);
        DetectedGpu gpu;
        gpu.name = name.toStdString();
        gpu.total_bytes = total_mib * kMiB;
        QCOMPARE(QString::fromStdString(matchCatalogGpu(gpu, catalog::Catalog::builtIn())), expected);
    }

    void localSpec_knownTakesRatesUnknownKeepsItsMemory() {
        const auto& catalog = catalog::Catalog::builtIn();
        auto gpus = parseNvidiaSmiCsv(kNvidiaSmiFourGpus);
        gpus[0].catalog_id = matchCatalogGpu(gpus[0], catalog);
        const sizing::GpuSpec known = localGpuSpec(gpus[0], catalog);
        QCOMPARE(known.bandwidth_gbps, catalog.findGpu("rtx-4090")->bandwidth_gbps);
        QCOMPARE(known.capacityBytes(), 24564 * kMiB);
        const sizing::GpuSpec unknown = localGpuSpec(gpus[2], catalog);
        QCOMPARE(unknown.capacityBytes(), 8188 * kMiB);
        QCOMPARE(unknown.bandwidth_gbps, 0.0);
        QCOMPARE(unknown.display_name, std::string("NVIDIA GeForce RTX 4060 Ti"));
    }

    // rocm-smi --showproductname --showmeminfo vram --json: an MI300X as rocm-smi reports it
    // (206141652992 B) and a card FitScope does not know.
    void rocmSmiJson() {
        const auto gpus = parseRocmSmiJson(R"json({
            "card1": {"Card Series": "Vega 20", "VRAM Total Memory (B)": "34342961152", "VRAM Total Used Memory (B)": "7028736"},
            "card0": {"Card series": "AMD Instinct MI300X", "VRAM Total Memory (B)": "206141652992",
                      "VRAM Total Used Memory (B)": "297553920"},
            "system": {"Driver version": "6.7.0"}})json");
        QCOMPARE(gpus.size(), std::size_t(2));
        QCOMPARE(gpus[0].index, 0);
        QCOMPARE(gpus[0].name, std::string("AMD Instinct MI300X"));
        QCOMPARE(gpus[0].total_bytes, qint64(206141652992));
        QCOMPARE(gpus[0].used_bytes, qint64(297553920));
        QCOMPARE(matchCatalogGpu(gpus[0], catalog::Catalog::builtIn()), std::string("mi300x"));
        QCOMPARE(gpus[1].used_bytes, qint64(7028736));
        QVERIFY(parseRocmSmiJson("not json").empty());
        QVERIFY(parseRocmSmiJson("[1,2]").empty());
    }

    void amdSmiJson() {
        const auto gpus = parseAmdSmiJson(
            R"([{"gpu": 0, "asic": {"market_name": "AMD Instinct MI300X"}, "vram": {"size": {"value": 196592, "unit": "MB"}}},
                {"gpu": 1, "asic": {"market_name": "AMD Instinct MI300X"}, "vram": {"size": "196592 MB"}}])",
            R"([{"gpu": 1, "mem_usage": {"total_vram": {"value": 196592, "unit": "MB"}, "used_vram": {"value": 1024, "unit": "MB"}}}])");
        QCOMPARE(gpus.size(), std::size_t(2));
        QCOMPARE(gpus[0].total_bytes, 196592 * kMiB);
        QCOMPARE(gpus[0].used_bytes, qint64(-1));
        QCOMPARE(gpus[1].total_bytes, 196592 * kMiB);
        QCOMPARE(gpus[1].used_bytes, 1024 * kMiB);
        QVERIFY(parseAmdSmiJson("{", "").empty());
    }

    void procMeminfo() {
        const SystemMemory ram = parseProcMeminfo("MemTotal:       65536000 kB\nMemFree:         1234 kB\n"
                                                  "MemAvailable:   40000000 kB\nBuffers: 1 kB\n");
        QCOMPARE(ram.total_bytes, qint64(65536000) * 1024);
        QCOMPARE(ram.available_bytes, qint64(40000000) * 1024);
        QCOMPARE(parseProcMeminfo("garbage").total_bytes, qint64(0));
    }

    void sysctlOutput() {
        const AppleSysctl m4 = parseSysctl("hw.memsize: 137438953472\niogpu.wired_limit_mb: 0\n"
                                           "machdep.cpu.brand_string: Apple M4 Max\n");
        QCOMPARE(m4.memsize_bytes, 128 * kGiB);
        QCOMPARE(m4.wired_limit_mb, qint64(0));
        QCOMPARE(m4.cpu_brand, std::string("Apple M4 Max"));
        QCOMPARE(parseSysctl("hw.memsize: 137438953472\niogpu.wired_limit_mb: 114688\n").wired_limit_mb,
                 qint64(114688));
        // A limit above the RAM is not one macOS applies.
        QCOMPARE(parseSysctl("hw.memsize: 17179869184\niogpu.wired_limit_mb: 999999\n").wired_limit_mb, qint64(0));
    }

    // A Linux box with a fake nvidia-smi, an AMD card and a Strix Halo-style APU in sysfs, and /proc/meminfo.
    void detect_linuxTreeWithFakeTools() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("bin/nvidia-smi"),
                          QByteArray("#!/bin/sh\ncat <<'EOF'\n") + kNvidiaSmiFourGpus + "EOF\n", true));
        QVERIFY(writeFile(dir.filePath("proc/meminfo"), "MemTotal: 131072000 kB\nMemAvailable: 100000000 kB\n"));
        const QString card = dir.filePath("sys/class/drm/card1/device/");
        QVERIFY(writeFile(card + "vendor", "0x1002\n"));
        QVERIFY(writeFile(card + "device", "0x744c\n"));
        QVERIFY(writeFile(card + "mem_info_vram_total", "25753026560\n"));
        QVERIFY(writeFile(card + "mem_info_vram_used", "1073741824\n"));
        QVERIFY(writeFile(card + "mem_info_gtt_total", "33554432000\n"));
        const QString apu = dir.filePath("sys/class/drm/card2/device/");
        QVERIFY(writeFile(apu + "vendor", "0x1002\n"));
        QVERIFY(writeFile(apu + "device", "0x1586\n"));
        QVERIFY(writeFile(apu + "mem_info_vram_total", "4294967296\n"));
        QVERIFY(writeFile(apu + "mem_info_vram_used", "0\n"));
        QVERIFY(writeFile(apu + "mem_info_gtt_total", "103079215104\n"));                   // ttm.pages_limit=25165824
        QVERIFY(writeFile(dir.filePath("sys/class/drm/card1-DP-1/status"), "connected\n")); // a connector
        const DetectedHardware hw = detectHardware(optionsFor(dir), catalog::Catalog::builtIn());
        QCOMPARE(hw.gpus.size(), std::size_t(6));
        QCOMPARE(hw.ram.total_bytes, qint64(131072000) * 1024);
        QCOMPARE(hw.ram.available_bytes, qint64(100000000) * 1024);
        const DetectedGpu* rtx = byName(hw, "NVIDIA GeForce RTX 4090");
        QVERIFY(rtx && rtx->catalog_id == "rtx-4090" && rtx->used_bytes == 1321 * kMiB);
        const DetectedGpu* ti = byName(hw, "NVIDIA GeForce RTX 4060 Ti");
        QVERIFY(ti && ti->catalog_id.empty() && anyNoteContains(ti->notes, "not in the catalog"));
        QCOMPARE(hw.gpus[4].reported_by, std::string("sysfs"));
        QCOMPARE(hw.gpus[4].vendor, std::string("AMD"));
        QCOMPARE(hw.gpus[4].total_bytes, qint64(25753026560));
        QCOMPARE(hw.gpus[4].used_bytes, qint64(1073741824));
        QVERIFY(!hw.gpus[4].unified_memory);
        QVERIFY(hw.gpus[5].unified_memory);
        QCOMPARE(hw.gpus[5].gtt_total_bytes, 96 * kGiB);
        QVERIFY(anyNoteContains(hw.gpus[5].notes, "GTT"));
    }

    void detect_appleFromSysctl() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("bin/sysctl"),
                          "#!/bin/sh\necho 'hw.memsize: 137438953472'\necho 'iogpu.wired_limit_mb: 0'\n"
                          "echo 'machdep.cpu.brand_string: Apple M4 Max'\n",
                          true));
        DetectionOptions options = optionsFor(dir);
        options.probe_apple = true;
        DetectedHardware hw = detectHardware(options, catalog::Catalog::builtIn());
        QCOMPARE(hw.gpus.size(), std::size_t(1));
        QCOMPARE(hw.gpus[0].catalog_id, std::string("apple-m4-max-128gb"));
        QVERIFY(hw.gpus[0].unified_memory);
        QCOMPARE(hw.gpus[0].pool_bytes, 128 * kGiB);
        QCOMPARE(hw.gpus[0].total_bytes, catalog::Catalog::builtIn().findGpu("apple-m4-max-128gb")->capacityBytes());
        QCOMPARE(hw.ram.total_bytes, 128 * kGiB);
        // The override wins over the default.
        QVERIFY(writeFile(dir.filePath("bin/sysctl"),
                          "#!/bin/sh\necho 'hw.memsize: 137438953472'\necho 'iogpu.wired_limit_mb: 114688'\n"
                          "echo 'machdep.cpu.brand_string: Apple M4 Max'\n",
                          true));
        hw = detectHardware(options, catalog::Catalog::builtIn());
        QCOMPARE(hw.gpus.size(), std::size_t(1));
        QCOMPARE(hw.gpus[0].total_bytes, 114688 * kMiB);
        QCOMPARE(localGpuSpec(hw.gpus[0], catalog::Catalog::builtIn()).capacityBytes(), 114688 * kMiB);
    }

    void detect_hungNvidiaSmiIsStoppedAndDetectionGoesOn() {
        QTemporaryDir dir;
        QVERIFY(
            writeFile(dir.filePath("bin/nvidia-smi"), "#!/bin/sh\nsleep 30\necho '0, NVIDIA B200, 183359, 0'\n", true));
        QVERIFY(writeFile(dir.filePath("proc/meminfo"), "MemTotal: 1000 kB\n"));
        DetectionOptions options = optionsFor(dir);
        options.tool_timeout = std::chrono::milliseconds(300);
        const DetectedHardware hw = detectHardware(options, catalog::Catalog::builtIn());
        QVERIFY(hw.gpus.empty());
        QVERIFY(anyNoteContains(hw.notes, "did not answer"));
        QCOMPARE(hw.ram.total_bytes, qint64(1000) * 1024);
        const CommandResult direct = runCommand(dir.filePath("bin/nvidia-smi").toStdString(), {}, options.tool_timeout);
        QVERIFY(direct.started && direct.timed_out && direct.output.empty());
    }

    void detect_garbageOrFailingNvidiaSmiFallsBackQuietly() {
        QTemporaryDir dir;
        QVERIFY(writeFile(
            dir.filePath("bin/nvidia-smi"),
            "#!/bin/sh\nprintf '\\377\\376<html>Bad Gateway</html>\\n,,,\\n-1, , 12\\nNVIDIA, 24564\\n'\n", true));
        QVERIFY(writeFile(dir.filePath("bin/rocm-smi"), "#!/bin/sh\necho 'ERROR: no ROCm'\nexit 2\n", true));
        const DetectedHardware hw = detectHardware(optionsFor(dir), catalog::Catalog::builtIn());
        QVERIFY(hw.gpus.empty());
        QVERIFY(anyNoteContains(hw.notes, "nvidia-smi printed nothing"));
        QVERIFY(anyNoteContains(hw.notes, "rocm-smi failed"));
        QVERIFY(anyNoteContains(hw.notes, "no GPU found"));
    }

    // NVML through dlopen: a fake libnvidia-ml built by the test (fake_nvml.cpp) is loaded by path, its
    // GPUs read in bytes, and nvidia-smi is not asked (its fake here would report another GPU).
    void nvml_fakeLibraryIsLoadedAndPreferredOverNvidiaSmi() {
        const NvmlResult nvml = readNvml(FITSCOPE_FAKE_NVML);
        QVERIFY2(nvml.loaded, nvml.note.c_str());
        QCOMPARE(nvml.gpus.size(), std::size_t(2));
        QCOMPARE(nvml.gpus[0].name, std::string("NVIDIA GeForce RTX 4090"));
        QCOMPARE(nvml.gpus[0].total_bytes, 24564 * kMiB);
        QCOMPARE(nvml.gpus[0].used_bytes, 1321 * kMiB);
        QCOMPARE(nvml.gpus[0].reported_by, std::string("NVML"));
        QCOMPARE(nvml.gpus[0].driver_version, std::string("550.54.14"));
        QCOMPARE(nvml.gpus[1].index, 1);
        QCOMPARE(nvml.gpus[1].used_bytes, qint64(0));

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("bin/nvidia-smi"), "#!/bin/sh\necho '0, NVIDIA B200, 183359, 0, 1'\n", true));
        DetectionOptions options = optionsFor(dir);
        options.nvml_library = FITSCOPE_FAKE_NVML;
        const DetectedHardware hw = detectHardware(options, catalog::Catalog::builtIn());
        QCOMPARE(hw.gpus.size(), std::size_t(2));
        QVERIFY(byName(hw, "NVIDIA B200") == nullptr);
        QCOMPARE(byName(hw, "NVIDIA GeForce RTX 4090")->catalog_id, std::string("rtx-4090"));
        QCOMPARE(byName(hw, "NVIDIA H100 80GB HBM3")->catalog_id, std::string("h100-80gb"));
    }

    // No library, a library without NVML's functions, or an NVML whose init fails: nvidia-smi answers.
    void nvml_missingOrFailingFallsBackToNvidiaSmi() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("bin/nvidia-smi"), "#!/bin/sh\necho '0, NVIDIA B200, 183359, 0, 1'\n", true));
        DetectionOptions options = optionsFor(dir);
        for (const std::string& library :
             {dir.filePath("no-such-libnvidia-ml.so.1").toStdString(), std::string("libc.so.6")}) {
            const NvmlResult nvml = readNvml(library);
            QVERIFY(!nvml.loaded);
            QVERIFY(!nvml.note.empty());
            options.nvml_library = library;
            const DetectedHardware hw = detectHardware(options, catalog::Catalog::builtIn());
            QCOMPARE(hw.gpus.size(), std::size_t(1));
            QCOMPARE(hw.gpus[0].name, std::string("NVIDIA B200"));
            QCOMPARE(hw.gpus[0].reported_by, std::string("nvidia-smi"));
        }
        qputenv("FAKE_NVML_MODE", "fail-init");
        const NvmlResult failed = readNvml(FITSCOPE_FAKE_NVML);
        options.nvml_library = FITSCOPE_FAKE_NVML;
        const DetectedHardware hw = detectHardware(options, catalog::Catalog::builtIn());
        qunsetenv("FAKE_NVML_MODE");
        QVERIFY(!failed.loaded);
        QVERIFY2(failed.note.find("nvmlInit_v2 failed") != std::string::npos, failed.note.c_str());
        QCOMPARE(hw.gpus.size(), std::size_t(1));
        QCOMPARE(hw.gpus[0].reported_by, std::string("nvidia-smi"));
    }

    // FITSCOPE_NVML_LIBRARY chooses the library; a replayed machine (FITSCOPE_HARDWARE_ROOT) uses none
    // unless told.
    void nvml_environmentChoosesTheLibrary() {
        qputenv("FITSCOPE_HARDWARE_ROOT", "/tmp");
        qunsetenv("FITSCOPE_NVML_LIBRARY");
        QCOMPARE(detectionOptionsFromEnvironment().nvml_library, std::string());
        qputenv("FITSCOPE_NVML_LIBRARY", FITSCOPE_FAKE_NVML);
        QCOMPARE(detectionOptionsFromEnvironment().nvml_library, std::string(FITSCOPE_FAKE_NVML));
        qputenv("FITSCOPE_NVML_LIBRARY", "none");
        qunsetenv("FITSCOPE_HARDWARE_ROOT");
        QCOMPARE(detectionOptionsFromEnvironment().nvml_library, std::string());
        qunsetenv("FITSCOPE_NVML_LIBRARY");
#if defined(__linux__)
        QCOMPARE(detectionOptionsFromEnvironment().nvml_library, std::string("libnvidia-ml.so.1"));
#endif
    }

    void detect_noToolsNoTreeFindsNothing() {
        QTemporaryDir dir;
        const DetectedHardware hw = detectHardware(optionsFor(dir), catalog::Catalog::builtIn());
        QVERIFY(hw.gpus.empty());
        QCOMPARE(hw.ram.total_bytes, qint64(0));
        QVERIFY(findProgram("nvidia-smi", {dir.filePath("bin").toStdString()}).empty());
    }
};

QTEST_GUILESS_MAIN(TestHardware)
#include "test_hardware.moc"
