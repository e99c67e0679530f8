#pragma once

#include "core/catalog/catalog.h"
#include "core/hardware/detected_hardware.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace fitscope::hardware {

struct DetectionOptions {
    // Files (/proc/meminfo, /sys/class/drm) are read under this root; tests point it at a temporary tree.
    std::filesystem::path root = "/";
    // Where nvidia-smi, rocm-smi, amd-smi and sysctl are looked up; empty = $PATH.
    std::vector<std::filesystem::path> tool_dirs;
    // Each tool gets this long; a hung one is killed and detection goes on without it.
    std::chrono::milliseconds tool_timeout{3000};
    // Ask sysctl for Apple's figures: on macOS, or when tests provide a sysctl.
    bool probe_apple = false;
    // NVML, loaded at run time before nvidia-smi is asked: "libnvidia-ml.so.1" (the driver's) or a path;
    // empty = not used (nvidia-smi only).
    std::string nvml_library;
};

// The defaults for this platform, with FITSCOPE_HARDWARE_ROOT (a directory) as the file root and
// Apple probing turned on under it, so a recorded machine can be replayed (without this machine's NVML).
// FITSCOPE_NVML_LIBRARY names the NVML library to load instead of the driver's ("" or "none": no NVML).
DetectionOptions detectionOptionsFromEnvironment();

// This machine's GPUs and RAM, each GPU matched to its catalog entry where one fits. Never throws and
// never blocks longer than the tools' timeouts: no driver, no GPU or a broken tool yields fewer GPUs and
// a note.
DetectedHardware detectHardware(const DetectionOptions& options, const catalog::Catalog& catalog);

} // namespace fitscope::hardware
