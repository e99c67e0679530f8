#pragma once

#include "core/catalog/catalog.h"
#include "core/hardware/detected_hardware.h"
#include "core/sizing/gpu_spec.h"

#include <string>

namespace fitscope::hardware {

// The catalog entry a detected GPU is, or empty. The name must agree on the model number and on every
// variant word (Ti, SUPER, PCIe, NVL, SXM4, Max, Ultra, ...), so an "H100 PCIe" is not taken for the SXM
// part; and the reported memory must be within 6 % of the entry's (an RTX 4060 Ti 8 GB is not the
// 16 GB entry). Among several, the one with more of the name's words and the closer memory wins.
std::string matchCatalogGpu(const DetectedGpu& gpu, const catalog::Catalog& catalog);

// The GPU as the estimate should see it: the catalog entry's bandwidth and rates (when matched) with
// this machine's own memory total; an unknown GPU gets its real memory, no rates and a note.
sizing::GpuSpec localGpuSpec(const DetectedGpu& gpu, const catalog::Catalog& catalog);

} // namespace fitscope::hardware
