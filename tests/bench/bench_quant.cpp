// bench_quant: the quantization lab's speed figures on this machine. Not a test (no assertions).
//   bench_quant [--threads N] [--size-mib M] [--repetitions R] [--formats f32,q4_0,...] [--no-gptq]
//               [--no-quantizers] [--isa generic|avx2|avx512] [--json]
// --isa runs every kernel, quantizer and read loop on that ISA's path (as FITSCOPE_ISA does), so an
// AVX-512 machine can measure what an AVX2-only one runs; --json prints the report machine-readably.
// Prints STREAM read/triad bandwidth, every GEMV kernel's GB/s of weight bytes and its fraction of the
// read bandwidth measured in passes interleaved with its own, q4_0/q8_0 quantizer throughput (fast vs llama.cpp's plain
// reference loop, one thread), and the GPTQ 4-bit g128 time on 4096 x 4096 with 2048 calibration tokens.

#include "core/quant/bench.h"
#include "core/quant/gemv_kernels.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace fitscope::quant;
    BenchOptions options;
    options.threads = 2;
    options.gptq = true;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--threads" && i + 1 < argc) {
            options.threads = std::atoi(argv[++i]);
        } else if (arg == "--size-mib" && i + 1 < argc) {
            options.size_mib = std::atoll(argv[++i]);
        } else if (arg == "--repetitions" && i + 1 < argc) {
            options.repetitions = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--formats" && i + 1 < argc) {
            // A comma-separated subset of the GEMV formats, to look at one kernel more closely.
            std::vector<GemvFormat> chosen;
            std::stringstream list(argv[++i]);
            std::string name;
            while (std::getline(list, name, ',')) {
                const auto it = std::find_if(options.formats.begin(), options.formats.end(),
                                             [&](GemvFormat f) { return gemvFormatName(f) == name; });
                if (it == options.formats.end()) {
                    std::fprintf(stderr, "bench_quant: unknown format '%s'\n", name.c_str());
                    return 2;
                }
                chosen.push_back(*it);
            }
            options.formats = chosen;
        } else if (arg == "--no-gptq") {
            options.gptq = false;
        } else if (arg == "--no-quantizers") {
            options.quantizers = false;
        } else if (arg == "--json") {
            json = true;
        } else if (arg == "--isa" && i + 1 < argc) {
            const std::optional<Isa> isa = isaFromName(argv[++i]);
            if (!isa) {
                std::fprintf(stderr, "bench_quant: unknown ISA '%s' (generic, avx2, avx512)\n", argv[i]);
                return 2;
            }
            if (static_cast<int>(*isa) > static_cast<int>(hardwareIsa())) {
                std::fprintf(stderr, "bench_quant: this CPU lacks %s (it has %s)\n", isaName(*isa).c_str(),
                             isaName(hardwareIsa()).c_str());
                return 2;
            }
            // Through the environment, before anything asked for the ISA: every dispatcher reads it once.
            setenv("FITSCOPE_ISA", argv[i], 1);
        } else {
            std::fprintf(stderr, "usage: bench_quant [--threads N] [--size-mib M] [--repetitions R] "
                                 "[--formats f32,q4_0,...] [--no-gptq] [--no-quantizers] "
                                 "[--isa generic|avx2|avx512] [--json]\n");
            return 2;
        }
    }
    Control control;
    control.progress = [](double f) { std::fprintf(stderr, "\r%5.1f%%", 100.0 * f); };
    const BenchReport r = runBenchmark(options, control);
    std::fprintf(stderr, "\n");
    if (json) {
        std::printf("%s\n", benchReportJson(r).c_str());
        return 0;
    }
    std::printf("%s\nISA %s (the CPU has %s), %d threads, arrays and matrices of %lld MiB\n", r.cpu.c_str(),
                r.isa.c_str(), isaName(hardwareIsa()).c_str(), r.threads, static_cast<long long>(options.size_mib));
    std::printf("STREAM read  %7.2f GB/s\nSTREAM triad %7.2f GB/s\n", r.stream.read_gbps, r.stream.triad_gbps);
    // "read GB/s": the best read pass interleaved with that kernel's passes, the fraction's denominator.
    std::printf("\n%-14s %12s %10s %10s %10s %9s\n", "GEMV format", "weight MiB", "ms", "GB/s", "read GB/s", "of read");
    for (const auto& g : r.gemv) {
        std::printf("%-14s %12.1f %10.2f %10.2f %10.2f %8.1f%%\n", g.format.c_str(),
                    static_cast<double>(g.weight_bytes) / (1 << 20), g.seconds * 1e3, g.gbps, g.stream_read_gbps,
                    100.0 * g.fraction_of_stream);
    }
    std::printf("\n%-14s %16s\n", "quantizer", "values/s (1 thread)");
    for (const auto& q : r.quantize) {
        std::printf("%-14s %16.3e", q.scheme.c_str(), q.values_per_s);
        const auto ref = std::find_if(r.quantize.begin(), r.quantize.end(),
                                      [&](const QuantizeBenchResult& o) { return o.scheme == q.scheme + "-ref"; });
        if (ref != r.quantize.end() && ref->values_per_s > 0) {
            std::printf("  %5.2fx the reference", q.values_per_s / ref->values_per_s);
        }
        std::printf("\n");
    }
    if (r.gptq_seconds >= 0) {
        std::printf("\nGPTQ int4 g128, 4096x4096, 2048 tokens, %d threads: %.2f s\n", r.threads, r.gptq_seconds);
    }
    return 0;
}
