#pragma once

#include "core/hardware/detected_hardware.h"

#include <string>
#include <vector>

namespace fitscope::hardware {

// What NVML said: its GPUs, or why there are none.
struct NvmlResult {
    bool loaded = false; // the library opened and nvmlInit_v2 succeeded
    std::vector<DetectedGpu> gpus;
    std::string note; // why NVML gave nothing (no library, a missing symbol, an init error); empty when it worked
};

// NVIDIA's GPUs through NVML, loaded at run time with dlopen (library: "libnvidia-ml.so.1" for the
// driver's, or a path), so FitScope has no build dependency on the driver and runs where there is none.
// nvidia-smi answers from the same library, so this is the same figure without a process per query.
// Never throws; a library that is absent or broken gives loaded = false and a note.
NvmlResult readNvml(const std::string& library);

} // namespace fitscope::hardware
