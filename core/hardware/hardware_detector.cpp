#include "core/hardware/hardware_detector.h"

#include "core/catalog/gpu_details.h"
#include "core/hardware/catalog_match.h"
#include "core/hardware/command_runner.h"
#include "core/hardware/nvml_reader.h"
#include "core/hardware/tool_output_parsers.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>

namespace fitscope::hardware {

namespace {

constexpr std::int64_t kMiB = 1LL << 20;
constexpr std::size_t kMaxFileBytes = 1u << 20;

std::string readSmallFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {};
    }
    std::string content(kMaxFileBytes, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
    return content;
}

std::filesystem::path under(const std::filesystem::path& root, const std::string& absolute) {
    return root / std::filesystem::path(absolute).relative_path();
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) {
        s.pop_back();
    }
    return s;
}

struct Tools {
    const DetectionOptions& options;
    std::vector<std::string>& notes;

    // The tool's stdout, or empty (not installed: quietly; failed or hung: with a note).
    std::string run(const std::string& program, const std::vector<std::string>& args) {
        const std::filesystem::path path = findProgram(program, options.tool_dirs);
        if (path.empty()) {
            return {};
        }
        const CommandResult result = runCommand(path, args, options.tool_timeout);
        if (result.timed_out) {
            notes.push_back(program + " did not answer within " + std::to_string(options.tool_timeout.count()) +
                            " ms and was stopped; its GPUs are not listed");
            return {};
        }
        if (!result.ok()) {
            notes.push_back(program + " failed (exit code " + std::to_string(result.exit_code) + ")");
            return {};
        }
        return result.output;
    }
};

std::vector<DetectedGpu> sysfsGpus(const std::filesystem::path& root) {
    std::vector<DetectedGpu> gpus;
    const std::filesystem::path drm = under(root, "/sys/class/drm");
    std::error_code ec;
    if (!std::filesystem::is_directory(drm, ec)) {
        return gpus;
    }
    static const std::regex card(R"(card([0-9]{1,4}))");
    std::vector<std::pair<int, std::filesystem::path>> cards;
    for (const auto& item : std::filesystem::directory_iterator(drm, ec)) {
        std::smatch m;
        const std::string name = item.path().filename().string();
        if (std::regex_match(name, m, card)) {
            cards.emplace_back(std::stoi(m[1].str()), item.path() / "device");
        }
    }
    std::sort(cards.begin(), cards.end());
    for (const auto& [index, device] : cards) {
        const std::string vendor_id = trimmed(readSmallFile(device / "vendor"));
        const auto vram = parseSysfsNumber(readSmallFile(device / "mem_info_vram_total"));
        if (!vram || *vram <= 0) {
            continue; // no memory report (NVIDIA's driver, a display-only device)
        }
        DetectedGpu gpu;
        gpu.index = index;
        gpu.reported_by = "sysfs";
        gpu.vendor = vendor_id == "0x1002" ? "AMD" : vendor_id == "0x8086" ? "Intel" : vendor_id;
        gpu.pci_device = vendor_id + ":" + trimmed(readSmallFile(device / "device"));
        gpu.total_bytes = *vram;
        gpu.used_bytes = parseSysfsNumber(readSmallFile(device / "mem_info_vram_used")).value_or(-1);
        gpu.gtt_total_bytes = parseSysfsNumber(readSmallFile(device / "mem_info_gtt_total")).value_or(0);
        const std::string product = trimmed(readSmallFile(device / "product_name"));
        gpu.name = !product.empty() ? product : gpu.vendor + " GPU (PCI " + gpu.pci_device + ")";
        if (gpu.gtt_total_bytes > 2 * gpu.total_bytes) {
            // An APU's small carve-out next to a large GTT: the GPU lives on system memory.
            gpu.unified_memory = true;
            gpu.notes.push_back("integrated GPU: " + std::to_string(gpu.total_bytes / kMiB) +
                                " MiB carved out as VRAM, up to " + std::to_string(gpu.gtt_total_bytes / kMiB) +
                                " MiB of system memory through GTT (ROCm sees the VRAM figure, Vulkan both)");
        }
        gpus.push_back(std::move(gpu));
    }
    return gpus;
}

} // namespace

DetectionOptions detectionOptionsFromEnvironment() {
    DetectionOptions options;
#ifdef __APPLE__
    options.probe_apple = true;
#endif
#if defined(__linux__)
    options.nvml_library = "libnvidia-ml.so.1"; // the driver's soname (the unversioned name ships with the toolkit)
#endif
    if (const char* root = std::getenv("FITSCOPE_HARDWARE_ROOT"); root && *root) {
        options.root = root;
        options.probe_apple = true;
        options.nvml_library.clear(); // a recorded machine: its own nvidia-smi answers, not this machine's driver
    }
    if (const char* nvml = std::getenv("FITSCOPE_NVML_LIBRARY"); nvml != nullptr) {
        options.nvml_library = std::string(nvml) == "none" ? std::string() : std::string(nvml);
    }
    return options;
}

DetectedHardware detectHardware(const DetectionOptions& options, const catalog::Catalog& catalog) {
    DetectedHardware hw;
    Tools tools{options, hw.notes};

    // NVIDIA: NVML in this process where the driver's library loads (no process to start, bytes rather
    // than MiB), else nvidia-smi's CSV, which asks the same library.
    NvmlResult nvml = readNvml(options.nvml_library);
    if (nvml.loaded) {
        for (DetectedGpu& gpu : nvml.gpus) {
            hw.gpus.push_back(std::move(gpu));
        }
    } else {
        const std::string smi =
            tools.run("nvidia-smi", {std::string("--query-gpu=") + kNvidiaSmiQuery, "--format=csv,noheader,nounits"});
        for (DetectedGpu& gpu : parseNvidiaSmiCsv(smi)) {
            hw.gpus.push_back(std::move(gpu));
        }
        if (!smi.empty() && hw.gpus.empty()) {
            hw.notes.push_back("nvidia-smi printed nothing FitScope could read");
        }
    }

    // AMD: rocm-smi, else amd-smi, else the kernel's sysfs figures.
    std::vector<DetectedGpu> amd =
        parseRocmSmiJson(tools.run("rocm-smi", {"--showproductname", "--showmeminfo", "vram", "--json"}));
    if (amd.empty()) {
        const std::string statics = tools.run("amd-smi", {"static", "--asic", "--vram", "--json"});
        if (!statics.empty()) {
            amd = parseAmdSmiJson(statics, tools.run("amd-smi", {"metric", "--mem-usage", "--json"}));
        }
    }
    std::vector<DetectedGpu> sysfs = sysfsGpus(options.root);
    for (DetectedGpu& gpu : sysfs) {
        const bool listed = gpu.vendor == "AMD" && !amd.empty();
        if (!listed) {
            hw.gpus.push_back(std::move(gpu));
        }
    }
    for (DetectedGpu& gpu : amd) {
        hw.gpus.push_back(std::move(gpu));
    }

    // System RAM.
    hw.ram = parseProcMeminfo(readSmallFile(under(options.root, "/proc/meminfo")));

    // Apple silicon: the GPU is the chip, its memory the wired limit of unified memory.
    if (options.probe_apple) {
        const AppleSysctl sys =
            parseSysctl(tools.run("sysctl", {"hw.memsize", "iogpu.wired_limit_mb", "machdep.cpu.brand_string"}));
        if (sys.memsize_bytes > 0 && sys.cpu_brand.rfind("Apple", 0) == 0) {
            hw.ram.total_bytes = sys.memsize_bytes;
            DetectedGpu gpu;
            gpu.name = sys.cpu_brand;
            gpu.vendor = "Apple";
            gpu.reported_by = "sysctl";
            gpu.unified_memory = true;
            gpu.pool_bytes = sys.memsize_bytes;
            gpu.catalog_id = matchCatalogGpu(gpu, catalog);
            const catalog::GpuDetails* entry =
                gpu.catalog_id.empty() ? nullptr : catalog::findBuiltInGpuDetails(gpu.catalog_id);
            if (sys.wired_limit_mb > 0) {
                gpu.total_bytes = sys.wired_limit_mb * kMiB;
                gpu.notes.push_back("iogpu.wired_limit_mb is set to " + std::to_string(sys.wired_limit_mb) +
                                    ": the GPU may wire that much");
            } else if (entry && entry->memory_limit.default_bytes > 0) {
                gpu.total_bytes = entry->memory_limit.default_bytes;
                gpu.notes.push_back("macOS default GPU limit for this machine, from the catalog (" +
                                    entry->memory_limit.source + ")");
            } else {
                gpu.total_bytes = sys.memsize_bytes;
                gpu.notes.push_back(
                    "macOS lets the GPU use only part of unified memory (recommendedMaxWorkingSetSize); "
                    "that share is not known for this machine, so the whole memory is an upper bound");
            }
            hw.gpus.push_back(std::move(gpu));
        }
    }

    for (DetectedGpu& gpu : hw.gpus) {
        if (gpu.catalog_id.empty()) {
            gpu.catalog_id = matchCatalogGpu(gpu, catalog);
        }
        if (gpu.catalog_id.empty()) {
            gpu.notes.push_back("not in the catalog: its memory is as reported, but bandwidth and compute rates are "
                                "unknown, so no speed estimate");
        }
    }
    if (hw.gpus.empty()) {
        hw.notes.push_back("no GPU found (no nvidia-smi, rocm-smi, amd-smi or sysfs memory report)");
    }
    return hw;
}

} // namespace fitscope::hardware
