#pragma once

#include "core/sizing/gpu_spec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fitscope::catalog {

// How much of a shared (unified) memory pool the GPU may use, and why. The estimate measures against
// default_bytes (it becomes the GpuSpec's usable memory); the rest explains it and says how to move it.
struct GpuMemoryLimit {
    std::string rule;               // "macos_wired_limit", "amd_uma_gtt", "shared_pool"
    std::int64_t default_bytes = 0; // what the GPU may use as the machine ships; 0 = the whole pool
    std::int64_t maximum_bytes = 0; // what tuning can reach (Linux GTT), 0 = not stated
    std::string how_to_change;      // the setting that moves it (iogpu.wired_limit_mb, ttm.pages_limit, ...)
    std::string explanation;        // why the GPU cannot use all of it
    std::string source;

    bool known() const { return !rule.empty(); }
};

// What the GPU catalog says about a device beyond the figures the estimate uses (sizing::GpuSpec):
// the formats its tensor cores run natively as stated (absent = not stated), the dense FP4 rate, the
// compute capability, the unified-memory limit and one citation per figure. Views and the CLI show
// them; the catalog tests validate them.
struct GpuDetails {
    std::string id;
    std::string category;           // as the file says: "consumer", "datacenter", "apple", "unified"
    std::string compute_capability; // NVIDIA "8.6", "12.0"; empty elsewhere or unknown
    double fp4_tflops = 0;          // dense FP4 (NVFP4/MXFP4), 0 = none or unknown
    std::optional<bool> fp8_native;
    std::optional<bool> fp4_native;
    std::optional<bool> int8_native;
    std::optional<bool> int4_native;
    GpuMemoryLimit memory_limit;
    // ("memory", citation), ("usable", ...), ("bandwidth", ...), ("fp16", ...), ("fp8", ...), ...
    std::vector<std::pair<std::string, std::string>> figure_sources;

    // Native support: the catalog's statement, else a published rate above 0.
    bool nativeFp8(const sizing::GpuSpec& gpu) const { return fp8_native.value_or(gpu.fp8_tflops > 0); }
    bool nativeFp4() const { return fp4_native.value_or(fp4_tflops > 0); }
    bool nativeInt8(const sizing::GpuSpec& gpu) const { return int8_native.value_or(gpu.int8_tops > 0); }
    bool nativeInt4(const sizing::GpuSpec& gpu) const { return int4_native.value_or(gpu.int4_tops > 0); }
    std::string citation(std::string_view figure) const;
};

// The GPU as a scenario sizes it when the user set how much of a unified pool its GPU may use
// (iogpu.wired_limit_mb, a larger GTT): that limit, within the pool, becomes its usable memory and the
// source says so. limit_bytes 0 = the catalog's figure, unchanged.
sizing::GpuSpec withMemoryLimit(sizing::GpuSpec gpu, std::int64_t limit_bytes);

// The GPU catalog file's own header: which schema it follows and the date its figures were checked.
struct GpuCatalogInfo {
    std::string schema; // "fitscope-gpus/2"
    std::string date;   // "2026-12-02" (ISO 8601)
};

// The details of every entry of a GPU catalog document ({"gpus": [...]}), read by catalog.cpp beside
// the GpuSpecs; throws formats::FormatError.
std::vector<GpuDetails> parseGpuDetails(std::string_view json_text, const std::string& origin);
GpuCatalogInfo parseGpuCatalogInfo(std::string_view json_text, const std::string& origin);

// The built-in catalog's (resources/data/gpus.json). A user's catalog entry has none: callers fall back
// to what its GpuSpec says.
const std::vector<GpuDetails>& builtInGpuDetails();
const GpuDetails* findBuiltInGpuDetails(std::string_view id);
const GpuCatalogInfo& builtInGpuCatalogInfo();
std::string_view builtInGpuCatalogJson();

} // namespace fitscope::catalog
