#include "core/catalog/gpu_details.h"

#include "core/catalog/catalog.h"

#include <algorithm>

namespace fitscope::embedded {
extern const std::string_view gpus_json;
} // namespace fitscope::embedded

namespace fitscope::catalog {

std::string GpuDetails::citation(std::string_view figure) const {
    for (const auto& [name, text] : figure_sources) {
        if (name == figure) {
            return text;
        }
    }
    return {};
}

std::string_view builtInGpuCatalogJson() {
    return embedded::gpus_json;
}

const std::vector<GpuDetails>& builtInGpuDetails() {
    // Validated by the tests like the rest of the built-in catalog, so this does not fail at run time.
    static const std::vector<GpuDetails> details = parseGpuDetails(embedded::gpus_json, "built-in gpus.json");
    return details;
}

const GpuDetails* findBuiltInGpuDetails(std::string_view id) {
    const std::string key = normalizedKey(id);
    for (const GpuDetails& d : builtInGpuDetails()) {
        if (normalizedKey(d.id) == key) {
            return &d;
        }
    }
    return nullptr;
}

sizing::GpuSpec withMemoryLimit(sizing::GpuSpec gpu, std::int64_t limit_bytes) {
    if (limit_bytes <= 0) {
        return gpu;
    }
    gpu.usable_memory_bytes = gpu.memory_bytes > 0 ? std::min(limit_bytes, gpu.memory_bytes) : limit_bytes;
    gpu.source += "; GPU memory limit set in the scenario to " + std::to_string(gpu.usable_memory_bytes >> 20) + " MiB";
    return gpu;
}

const GpuCatalogInfo& builtInGpuCatalogInfo() {
    static const GpuCatalogInfo info = parseGpuCatalogInfo(embedded::gpus_json, "built-in gpus.json");
    return info;
}

} // namespace fitscope::catalog
