#pragma once

#include "core/hardware/detected_hardware.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Pure parsers of what the drivers' tools and the OS print. They take text and return what they could
// read; a line or field they cannot read is skipped (never thrown), because a tool's output is not
// ours and detection must never fail the app.
namespace fitscope::hardware {

// The columns FitScope asks nvidia-smi for, in this order (kNvidiaSmiQuery is the --query-gpu value).
inline constexpr const char* kNvidiaSmiQuery = "index,name,memory.total,memory.used,driver_version";

// `nvidia-smi --query-gpu=index,name,memory.total,memory.used,driver_version --format=csv,noheader,nounits`:
// one line per GPU, MiB. "[N/A]" (DGX Spark's GB10 reports memory so) leaves the field unknown.
std::vector<DetectedGpu> parseNvidiaSmiCsv(std::string_view text);

// `rocm-smi --showproductname --showmeminfo vram --json`: {"card0": {"VRAM Total Memory (B)": "...",
// "VRAM Total Used Memory (B)": "...", "Card Series": "..."}, ...}.
std::vector<DetectedGpu> parseRocmSmiJson(std::string_view text);

// `amd-smi static --asic --vram --json` and `amd-smi metric --mem-usage --json`: lists of {"gpu": N, ...};
// sizes as {"value": N, "unit": "MB"} (amd-smi's MB are MiB) or "N MB".
std::vector<DetectedGpu> parseAmdSmiJson(std::string_view static_json, std::string_view metric_json);

// /proc/meminfo: MemTotal and MemAvailable (kB = KiB).
SystemMemory parseProcMeminfo(std::string_view text);

// `sysctl hw.memsize iogpu.wired_limit_mb machdep.cpu.brand_string` ("key: value" lines).
struct AppleSysctl {
    std::int64_t memsize_bytes = 0;
    std::int64_t wired_limit_mb = 0; // 0 = the macOS default (not overridden)
    std::string cpu_brand;           // "Apple M4 Max"
};
AppleSysctl parseSysctl(std::string_view text);

// A sysfs number file ("25753026560\n"); nullopt if it is not one.
std::optional<std::int64_t> parseSysfsNumber(std::string_view text);

} // namespace fitscope::hardware
