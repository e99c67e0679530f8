#pragma once

#include <cstdint>
#include <string>

namespace fitscope::sizing {

enum class GpuCategory { Consumer, DataCentre, Apple };

// One accelerator model, as the catalog describes it. Throughputs are dense (no 2:4 sparsity).
struct GpuSpec {
    std::string id;           // "a10g"
    std::string display_name; // "NVIDIA A10G"
    std::string vendor;       // "NVIDIA", "AMD", "Apple"
    std::string architecture; // "Ampere (GA102)", "Hopper", ...
    GpuCategory category = GpuCategory::DataCentre;
    std::int64_t memory_bytes = 0;        // nominal (marketing "24 GB" is 24 GiB of DRAM)
    std::int64_t usable_memory_bytes = 0; // what the driver reports as total (nvidia-smi), 0 = unknown
    double bandwidth_gbps = 0;            // memory bandwidth, GB/s (10^9)
    double fp16_tflops = 0;               // dense FP16/BF16 tensor throughput (FP32 accumulate)
    double int8_tops = 0;                 // dense INT8 tensor throughput, 0 = none
    double fp8_tflops = 0;                // dense FP8 throughput, 0 = no native FP8
    double int4_tops = 0;                 // dense INT4 tensor throughput, 0 = no native INT4
    bool unified_memory = false;          // Apple silicon: GPU shares system RAM
    bool user_defined = false;            // from the user's catalog file
    // This machine's GPUs: what other processes held when it was detected, -1 = not reported. Not a
    // capacity: the explorer copies it into the scenario's gpu_in_use_bytes, where the user sees and edits it.
    std::int64_t in_use_when_detected_bytes = -1;
    std::string source; // where the figures come from

    bool nativeFp8() const { return fp8_tflops > 0; }
    bool nativeInt8() const { return int8_tops > 0; }
    bool nativeInt4() const { return int4_tops > 0; }
    // The capacity a verdict is measured against: the driver's figure where known.
    std::int64_t capacityBytes() const { return usable_memory_bytes > 0 ? usable_memory_bytes : memory_bytes; }
};

} // namespace fitscope::sizing
