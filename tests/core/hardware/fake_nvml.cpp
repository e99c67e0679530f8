// A stand-in for libnvidia-ml.so.1 with the few NVML entry points FitScope calls, so the NVML path of
// detection runs for real (dlopen, dlsym, the calls) on a machine without an NVIDIA driver. Two GPUs with
// figures users published: an RTX 4090 (24,564 MiB total, 1,321 MiB used by the desktop, the nvidia-smi
// table the GUI tests replay) and an H100 80GB HBM3 (81,559 MiB). FAKE_NVML_MODE=fail-init makes
// nvmlInit_v2 fail (NVML_ERROR_DRIVER_NOT_LOADED, 9), so detection must fall back to nvidia-smi.
#include <cstdlib>
#include <cstring>

namespace {

struct Device {
    const char* name;
    unsigned long long total;
    unsigned long long used;
};

constexpr unsigned long long kMiB = 1ULL << 20;
const Device kDevices[] = {
    {"NVIDIA GeForce RTX 4090", 24564 * kMiB, 1321 * kMiB},
    {"NVIDIA H100 80GB HBM3", 81559 * kMiB, 0},
};
int g_initialised = 0;

bool failInit() {
    const char* mode = std::getenv("FAKE_NVML_MODE");
    return mode != nullptr && std::strcmp(mode, "fail-init") == 0;
}

} // namespace

struct nvmlMemory_st {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};

extern "C" {

__attribute__((visibility("default"))) int nvmlInit_v2() {
    if (failInit()) {
        return 9;
    }
    ++g_initialised;
    return 0;
}

__attribute__((visibility("default"))) int nvmlShutdown() {
    if (g_initialised == 0) {
        return 1; // NVML_ERROR_UNINITIALIZED
    }
    --g_initialised;
    return 0;
}

__attribute__((visibility("default"))) int nvmlDeviceGetCount_v2(unsigned* count) {
    if (g_initialised == 0 || count == nullptr) {
        return 1;
    }
    *count = sizeof kDevices / sizeof kDevices[0];
    return 0;
}

// The handle is the device's address: opaque to the caller, as NVML's.
__attribute__((visibility("default"))) int nvmlDeviceGetHandleByIndex_v2(unsigned index, const Device** device) {
    if (g_initialised == 0 || device == nullptr || index >= sizeof kDevices / sizeof kDevices[0]) {
        return 2; // NVML_ERROR_INVALID_ARGUMENT
    }
    *device = &kDevices[index];
    return 0;
}

__attribute__((visibility("default"))) int nvmlDeviceGetName(const Device* device, char* name, unsigned length) {
    if (device == nullptr || name == nullptr || length <= std::strlen(device->name)) {
        return 7; // NVML_ERROR_INSUFFICIENT_SIZE
    }
    std::strcpy(name, device->name);
    return 0;
}

__attribute__((visibility("default"))) int nvmlDeviceGetMemoryInfo(const Device* device, nvmlMemory_st* memory) {
    if (device == nullptr || memory == nullptr) {
        return 2;
    }
    memory->total = device->total;
    memory->used = device->used;
    memory->free = device->total - device->used;
    return 0;
}

__attribute__((visibility("default"))) int nvmlSystemGetDriverVersion(char* version, unsigned length) {
    const char* text = "550.54.14";
    if (version == nullptr || length <= std::strlen(text)) {
        return 7;
    }
    std::strcpy(version, text);
    return 0;
}

} // extern "C"
