#pragma once
// The bandwidth story, measured: STREAM-style read and triad bandwidth with arrays far above the
// last-level cache, every GEMV kernel's throughput in GB/s of weight bytes and as a fraction of the
// measured read bandwidth (quant-formats.md §7.9), and quantizer throughput. Shared by
// `fitscope-cli bench` and the bench_quant executable.
//
// Memory bandwidth on a shared (virtual) machine drifts by tens of percent from one second to the
// next, so each kernel's fraction is taken against read passes interleaved with its own passes,
// not against one measurement made earlier.

#include "gemv_kernels.h"
#include "progress.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fitscope::quant {

struct BenchOptions {
    int threads = 0;             // 0: every hardware thread
    std::int64_t size_mib = 256; // bytes per STREAM array and per GEMV weight matrix
    int repetitions = 5;         // best of (STREAM convention)
    bool quantizers = true;      // measure the quantizers (fast and reference, one thread)
    bool gptq = false;           // time GPTQ 4-bit g128 on 4096 x 4096 with 2048 tokens
    std::vector<GemvFormat> formats = {GemvFormat::F32,  GemvFormat::F16,  GemvFormat::BF16,     GemvFormat::Int8Row,
                                       GemvFormat::Q8_0, GemvFormat::Q4_0, GemvFormat::Int4Group};
};

struct StreamResult {
    double read_gbps = 0.0;
    double triad_gbps = 0.0;
    std::int64_t array_bytes = 0;
};

struct GemvBenchResult {
    std::string format;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t weight_bytes = 0;
    double seconds = 0.0;            // best single GEMV
    double gbps = 0.0;               // weight bytes / seconds / 1e9
    double stream_read_gbps = 0.0;   // best read pass interleaved with this kernel's passes (0: none)
    double fraction_of_stream = 0.0; // gbps / stream_read_gbps
};

struct QuantizeBenchResult {
    // "q4_0", "q8_0", "q4_k", "int4-g128", "nf4" (fast, dispatched) and each with "-ref" (its plain reference loop)
    std::string scheme;
    double values_per_s = 0.0;
    int threads = 1;
};

struct BenchReport {
    std::string cpu; // /proc/cpuinfo's model name (empty elsewhere)
    std::string isa; // the kernels' ISA (activeIsa(): FITSCOPE_ISA or a forced one may lower it)
    int threads = 0;
    StreamResult stream;
    std::vector<GemvBenchResult> gemv;
    std::vector<QuantizeBenchResult> quantize;
    double gptq_seconds = -1.0; // < 0: not measured
};

// A read-only array far above the last-level cache and timed read passes over it. A pass alternates
// between two vectorized read loops (one sequential stream; two prefetched streams), so the best of a
// few passes is the most a plain read got from the memory system.
class ReadBandwidthProbe {
public:
    ReadBandwidthProbe(int threads, std::int64_t array_bytes); // threads = 0: every hardware thread
    ~ReadBandwidthProbe();
    ReadBandwidthProbe(const ReadBandwidthProbe&) = delete;
    ReadBandwidthProbe& operator=(const ReadBandwidthProbe&) = delete;

    double measurePass(); // GB/s of one pass over the whole array
    int threads() const { return m_threads; }
    std::int64_t arrayBytes() const;
    double* data(); // the array itself (STREAM triad writes into it)

private:
    struct Array;
    int m_threads = 1;
    int m_passes = 0;
    std::unique_ptr<Array> m_array;
};

// Read passes over the probe's array and triad into it (best of repetitions, after a warm-up pass).
StreamResult measureStream(ReadBandwidthProbe& probe, int repetitions, const Control& control = {});
StreamResult measureStream(int threads, std::int64_t array_bytes, int repetitions, const Control& control = {});
// With a probe, each GEMV pass follows a read pass and the fraction uses those reads.
GemvBenchResult measureGemv(GemvFormat format, std::int64_t weight_bytes, int threads, int repetitions,
                            const Control& control = {}, ReadBandwidthProbe* probe = nullptr);
BenchReport runBenchmark(const BenchOptions& options, const Control& control = {});
// The report as JSON (fitscope-cli bench --json, bench_quant --json): each kernel's GB/s beside the read
// bandwidth measured with it and the ISA, each quantizer beside its reference loop.
std::string benchReportJson(const BenchReport& report);
std::string cpuModelName();

} // namespace fitscope::quant
