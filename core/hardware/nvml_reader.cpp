#include "core/hardware/nvml_reader.h"

#include <array>
#include <cstring>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#define FITSCOPE_HAVE_DLOPEN 1
#endif

namespace fitscope::hardware {

#ifdef FITSCOPE_HAVE_DLOPEN

namespace {

// The few NVML declarations FitScope needs, written out from nvml.h (NVIDIA's NVML API reference,
// "Initialization and Cleanup", "Device Queries"), so the build needs no CUDA toolkit. Every call
// returns nvmlReturn_t, NVML_SUCCESS = 0; nvmlDevice_t is an opaque pointer.
using NvmlReturn = int;
constexpr NvmlReturn kNvmlSuccess = 0;
struct NvmlDeviceOpaque;
using NvmlDevice = NvmlDeviceOpaque*;
// nvmlMemory_t (v1): bytes. "used" is what every context on the device holds: other processes, the
// desktop; nvidia-smi's memory.used shows the same figure in MiB.
struct NvmlMemory {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
constexpr unsigned kNvmlNameLength = 96; // NVML_DEVICE_NAME_V2_BUFFER_SIZE

using InitFn = NvmlReturn (*)();
using ShutdownFn = NvmlReturn (*)();
using CountFn = NvmlReturn (*)(unsigned*);
using HandleFn = NvmlReturn (*)(unsigned, NvmlDevice*);
using NameFn = NvmlReturn (*)(NvmlDevice, char*, unsigned);
using MemoryFn = NvmlReturn (*)(NvmlDevice, NvmlMemory*);
using DriverVersionFn = NvmlReturn (*)(char*, unsigned);

// A dlsym result as a function pointer: POSIX guarantees the conversion works (dlsym's rationale).
template <typename Fn>
Fn symbol(void* library, const char* name) {
    void* address = dlsym(library, name);
    Fn fn = nullptr;
    static_assert(sizeof fn == sizeof address);
    std::memcpy(&fn, &address, sizeof fn);
    return fn;
}

// Closes the library on every path out.
struct Library {
    void* handle = nullptr;
    ~Library() {
        if (handle != nullptr) {
            dlclose(handle);
        }
    }
};

} // namespace

NvmlResult readNvml(const std::string& library) {
    NvmlResult result;
    if (library.empty()) {
        result.note = "NVML not asked for";
        return result;
    }
    Library lib;
    lib.handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (lib.handle == nullptr) {
        result.note = library + " not found (no NVIDIA driver)";
        return result;
    }
    const auto init = symbol<InitFn>(lib.handle, "nvmlInit_v2");
    const auto shutdown = symbol<ShutdownFn>(lib.handle, "nvmlShutdown");
    const auto count = symbol<CountFn>(lib.handle, "nvmlDeviceGetCount_v2");
    const auto handle = symbol<HandleFn>(lib.handle, "nvmlDeviceGetHandleByIndex_v2");
    const auto name = symbol<NameFn>(lib.handle, "nvmlDeviceGetName");
    const auto memory = symbol<MemoryFn>(lib.handle, "nvmlDeviceGetMemoryInfo");
    const auto driver = symbol<DriverVersionFn>(lib.handle, "nvmlSystemGetDriverVersion"); // optional
    if (!init || !shutdown || !count || !handle || !name || !memory) {
        result.note = library + " lacks the NVML functions FitScope calls";
        return result;
    }
    if (const NvmlReturn rc = init(); rc != kNvmlSuccess) {
        result.note = "nvmlInit_v2 failed (NVML error " + std::to_string(rc) + ")";
        return result;
    }
    result.loaded = true;
    std::string driver_version;
    if (driver) {
        std::array<char, 96> text{};
        if (driver(text.data(), static_cast<unsigned>(text.size())) == kNvmlSuccess) {
            driver_version.assign(text.data(), strnlen(text.data(), text.size()));
        }
    }
    unsigned devices = 0;
    if (count(&devices) != kNvmlSuccess) {
        devices = 0;
    }
    constexpr unsigned kMaxDevices = 64; // far beyond any machine: a broken count does not loop for long
    for (unsigned i = 0; i < devices && i < kMaxDevices; ++i) {
        NvmlDevice device = nullptr;
        if (handle(i, &device) != kNvmlSuccess) {
            continue; // a device NVML cannot open (lost, no permission): the others still count
        }
        DetectedGpu gpu;
        gpu.index = static_cast<int>(i);
        gpu.vendor = "NVIDIA";
        gpu.reported_by = "NVML";
        gpu.driver_version = driver_version;
        std::array<char, kNvmlNameLength> text{};
        if (name(device, text.data(), kNvmlNameLength) == kNvmlSuccess) {
            gpu.name.assign(text.data(), strnlen(text.data(), text.size()));
        }
        if (gpu.name.empty()) {
            gpu.name = "NVIDIA GPU " + std::to_string(i);
        }
        NvmlMemory info{};
        if (memory(device, &info) == kNvmlSuccess) {
            constexpr unsigned long long kMaxBytes = 1ULL << 50; // a sane bound for one device
            gpu.total_bytes = info.total <= kMaxBytes ? static_cast<std::int64_t>(info.total) : 0;
            gpu.used_bytes = info.used <= info.total && gpu.total_bytes > 0 ? static_cast<std::int64_t>(info.used) : -1;
        }
        if (gpu.total_bytes <= 0) {
            // DGX Spark and other unified-memory parts report no framebuffer total (nvidia-smi prints [N/A]).
            gpu.notes.push_back("NVML reports no memory total for this GPU");
        }
        result.gpus.push_back(std::move(gpu));
    }
    shutdown();
    return result;
}

#else

NvmlResult readNvml(const std::string& library) {
    NvmlResult result;
    result.note = library.empty() ? "NVML not asked for" : "NVML is not loaded on this platform";
    return result;
}

#endif

} // namespace fitscope::hardware
