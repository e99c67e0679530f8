#pragma once

#include "core/sizing/gpu_spec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitscope::hardware {

// One GPU as the machine's driver or OS reports it.
struct DetectedGpu {
    std::string name;                 // as the tool prints it: "NVIDIA GeForce RTX 4090"
    std::string vendor;               // "NVIDIA", "AMD", "Intel", "Apple"
    int index = 0;                    // the tool's device index (CUDA/ROCm order)
    std::int64_t total_bytes = 0;     // what the driver reports as total; 0 = not reported
    std::int64_t used_bytes = -1;     // memory already in use (other processes, the desktop); -1 = not reported
    std::int64_t gtt_total_bytes = 0; // AMD: system memory the GPU may map (GTT), 0 = not reported
    bool unified_memory = false;      // the GPU shares system RAM (Apple, APUs, DGX Spark)
    std::int64_t pool_bytes = 0;      // unified memory: the whole shared pool (total_bytes is the GPU's part)
    std::string reported_by;          // "nvidia-smi", "rocm-smi", "amd-smi", "sysfs", "sysctl"
    std::string pci_device;           // sysfs: "0x1002:0x744c"
    std::string driver_version;
    // The catalog entry it matched (bandwidth, rates), empty if none did.
    std::string catalog_id;
    std::vector<std::string> notes; // what the user should know (unknown GPU, limit read from sysctl, ...)

    std::int64_t freeBytes() const { return used_bytes >= 0 ? total_bytes - used_bytes : total_bytes; }
};

// System RAM from /proc/meminfo (or hw.memsize on macOS).
struct SystemMemory {
    std::int64_t total_bytes = 0;
    std::int64_t available_bytes = -1; // MemAvailable, -1 = not reported
};

struct DetectedHardware {
    std::vector<DetectedGpu> gpus;
    SystemMemory ram;
    std::vector<std::string> notes; // how detection went (a tool that timed out, nothing found, ...)
};

} // namespace fitscope::hardware
