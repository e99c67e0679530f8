#include "bench.h"

#include "float_formats.h"
#include "ggml_blocks.h"
#include "int_group.h"
#include "lab.h"
#include "nf4.h"
#include "parallel.h"
#include "sample_tensor.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace fitscope::quant {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

struct FreeDeleter {
    void operator()(void* p) const { std::free(p); }
};
using Buffer = std::unique_ptr<std::uint8_t, FreeDeleter>;

Buffer allocate(std::int64_t bytes) {
    const auto rounded = static_cast<std::size_t>((bytes + 63) / 64 * 64);
    void* p = std::aligned_alloc(64, rounded);
    if (p == nullptr) {
        throw QuantError("benchmark: cannot allocate " + std::to_string(bytes >> 20) + " MiB");
    }
    return Buffer(static_cast<std::uint8_t*>(p));
}

// STREAM kernels: the best ISA available, so the bandwidth is not underestimated by a slow loop.
#if defined(__x86_64__)
__attribute__((target("avx512f"))) double readAvx512(const double* a, std::int64_t n) {
    __m512d s0 = _mm512_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
    std::int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm512_add_pd(s0, _mm512_load_pd(a + i));
        s1 = _mm512_add_pd(s1, _mm512_load_pd(a + i + 8));
        s2 = _mm512_add_pd(s2, _mm512_load_pd(a + i + 16));
        s3 = _mm512_add_pd(s3, _mm512_load_pd(a + i + 24));
    }
    alignas(64) double t[8];
    _mm512_store_pd(t, _mm512_add_pd(_mm512_add_pd(s0, s1), _mm512_add_pd(s2, s3)));
    double s = ((t[0] + t[1]) + (t[2] + t[3])) + ((t[4] + t[5]) + (t[6] + t[7]));
    for (; i < n; ++i) {
        s += a[i];
    }
    return s;
}
// The same sum over two halves at once, each prefetched 4 KiB ahead: more DRAM requests in flight per
// core than the hardware prefetchers issue for one stream. On some machines this reads faster than
// the plain loop; the reference takes whichever is faster, so no kernel is compared with a read loop
// that left bandwidth unused.
__attribute__((target("avx512f"))) double readTwoStreamsAvx512(const double* a, std::int64_t n) {
    const std::int64_t half = n / 32 * 16;
    const double* b = a + half;
    __m512d s0 = _mm512_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
    for (std::int64_t i = 0; i + 16 <= half; i += 16) {
        _mm_prefetch(reinterpret_cast<const char*>(a + i) + 4096, _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char*>(a + i) + 4096 + 64, _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char*>(b + i) + 4096, _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char*>(b + i) + 4096 + 64, _MM_HINT_NTA);
        s0 = _mm512_add_pd(s0, _mm512_load_pd(a + i));
        s1 = _mm512_add_pd(s1, _mm512_load_pd(a + i + 8));
        s2 = _mm512_add_pd(s2, _mm512_load_pd(b + i));
        s3 = _mm512_add_pd(s3, _mm512_load_pd(b + i + 8));
    }
    alignas(64) double t[8];
    _mm512_store_pd(t, _mm512_add_pd(_mm512_add_pd(s0, s1), _mm512_add_pd(s2, s3)));
    double s = ((t[0] + t[1]) + (t[2] + t[3])) + ((t[4] + t[5]) + (t[6] + t[7]));
    for (std::int64_t i = 2 * half; i < n; ++i) { // the tail the two halves did not cover
        s += a[i];
    }
    return s;
}
__attribute__((target("avx512f"))) void triadAvx512(double* a, const double* b, const double* c, double q,
                                                    std::int64_t n) {
    const __m512d qv = _mm512_set1_pd(q);
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        _mm512_store_pd(a + i, _mm512_add_pd(_mm512_load_pd(b + i), _mm512_mul_pd(qv, _mm512_load_pd(c + i))));
    }
    for (; i < n; ++i) {
        a[i] = b[i] + q * c[i];
    }
}
__attribute__((target("avx2"))) double readAvx2(const double* a, std::int64_t n) {
    __m256d s0 = _mm256_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
    std::int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = _mm256_add_pd(s0, _mm256_load_pd(a + i));
        s1 = _mm256_add_pd(s1, _mm256_load_pd(a + i + 4));
        s2 = _mm256_add_pd(s2, _mm256_load_pd(a + i + 8));
        s3 = _mm256_add_pd(s3, _mm256_load_pd(a + i + 12));
    }
    alignas(32) double t[4];
    _mm256_store_pd(t, _mm256_add_pd(_mm256_add_pd(s0, s1), _mm256_add_pd(s2, s3)));
    double s = t[0] + t[1] + t[2] + t[3];
    for (; i < n; ++i) {
        s += a[i];
    }
    return s;
}
// The AVX2 machine's two-stream read (see readTwoStreamsAvx512): an AVX2-only CPU's kernels are compared
// with the faster of its two read loops too, not with a single stream that may leave bandwidth unused.
__attribute__((target("avx2"))) double readTwoStreamsAvx2(const double* a, std::int64_t n) {
    const std::int64_t half = n / 16 * 8;
    const double* b = a + half;
    __m256d s0 = _mm256_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
    for (std::int64_t i = 0; i + 8 <= half; i += 8) {
        _mm_prefetch(reinterpret_cast<const char*>(a + i) + 4096, _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char*>(b + i) + 4096, _MM_HINT_NTA);
        s0 = _mm256_add_pd(s0, _mm256_load_pd(a + i));
        s1 = _mm256_add_pd(s1, _mm256_load_pd(a + i + 4));
        s2 = _mm256_add_pd(s2, _mm256_load_pd(b + i));
        s3 = _mm256_add_pd(s3, _mm256_load_pd(b + i + 4));
    }
    alignas(32) double t[4];
    _mm256_store_pd(t, _mm256_add_pd(_mm256_add_pd(s0, s1), _mm256_add_pd(s2, s3)));
    double s = t[0] + t[1] + t[2] + t[3];
    for (std::int64_t i = 2 * half; i < n; ++i) {
        s += a[i];
    }
    return s;
}
__attribute__((target("avx2"))) void triadAvx2(double* a, const double* b, const double* c, double q, std::int64_t n) {
    const __m256d qv = _mm256_set1_pd(q);
    std::int64_t i = 0;
    for (; i + 4 <= n; i += 4) {
        _mm256_store_pd(a + i, _mm256_add_pd(_mm256_load_pd(b + i), _mm256_mul_pd(qv, _mm256_load_pd(c + i))));
    }
    for (; i < n; ++i) {
        a[i] = b[i] + q * c[i];
    }
}
#endif

double readPortable(const double* a, std::int64_t n) {
    double s[8] = {};
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        for (int k = 0; k < 8; ++k) {
            s[k] += a[i + k];
        }
    }
    double total = 0;
    for (; i < n; ++i) {
        total += a[i];
    }
    for (double v : s) {
        total += v;
    }
    return total;
}

// variant 0: one sequential stream; variant 1: two prefetched streams (x86 only). The loops follow the
// kernels' ISA (activeIsa(): FITSCOPE_ISA or bench_quant --isa), so a forced AVX2 run measures what an
// AVX2-only machine's probe would.
double streamRead(const double* a, std::int64_t n, int variant) {
#if defined(__x86_64__)
    const Isa isa = activeIsa();
    if (isa == Isa::Avx512) {
        return variant == 1 ? readTwoStreamsAvx512(a, n) : readAvx512(a, n);
    }
    if (isa == Isa::Avx2) {
        return variant == 1 ? readTwoStreamsAvx2(a, n) : readAvx2(a, n);
    }
#endif
    (void)variant;
    return readPortable(a, n);
}

void streamTriad(double* a, const double* b, const double* c, double q, std::int64_t n) {
#if defined(__x86_64__)
    if (activeIsa() == Isa::Avx512) {
        triadAvx512(a, b, c, q, n);
        return;
    }
    if (activeIsa() == Isa::Avx2) {
        triadAvx2(a, b, c, q, n);
        return;
    }
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        a[i] = b[i] + q * c[i];
    }
}

std::int64_t alignTo8(std::int64_t v) {
    return v / 8 * 8;
}

double* allocateDoubles(std::int64_t n, int threads, double value, Buffer& owner) {
    owner = allocate(n * 8);
    auto* p = reinterpret_cast<double*>(owner.get());
    // First touch by the threads that will read each part.
    parallelFor(
        n, threads,
        [&](std::int64_t i0, std::int64_t i1, int) {
            for (std::int64_t i = i0; i < i1; ++i) {
                p[i] = value;
            }
        },
        8);
    return p;
}

} // namespace

struct ReadBandwidthProbe::Array {
    Buffer buffer;
    double* data = nullptr;
    std::int64_t n = 0;
    std::vector<double> sink;
};

ReadBandwidthProbe::ReadBandwidthProbe(int threads, std::int64_t array_bytes)
    : m_threads(threads > 0 ? threads : defaultThreadCount())
    , m_array(std::make_unique<Array>()) {
    m_array->n = array_bytes / 8;
    m_array->data = allocateDoubles(m_array->n, m_threads, 1.0, m_array->buffer);
    m_array->sink.assign(static_cast<std::size_t>(m_threads), 0.0);
}

ReadBandwidthProbe::~ReadBandwidthProbe() = default;

std::int64_t ReadBandwidthProbe::arrayBytes() const {
    return m_array->n * 8;
}

double* ReadBandwidthProbe::data() {
    return m_array->data;
}

double ReadBandwidthProbe::measurePass() {
    const int variant = m_passes++ % 2;
    double* a = m_array->data;
    std::vector<double>& sink = m_array->sink;
    const auto t0 = Clock::now();
    parallelFor(
        m_array->n, m_threads,
        [&](std::int64_t i0, std::int64_t i1, int t) {
            sink[static_cast<std::size_t>(t)] += streamRead(a + i0, alignTo8(i1 - i0), variant);
        },
        8);
    const auto t1 = Clock::now();
    volatile double keep = sink[0];
    (void)keep;
    return static_cast<double>(m_array->n * 8) / seconds(t0, t1) / 1e9;
}

StreamResult measureStream(ReadBandwidthProbe& probe, int repetitions, const Control& control) {
    const int threads = probe.threads();
    const std::int64_t n = probe.arrayBytes() / 8;
    Buffer b_owner, c_owner;
    double* pa = probe.data();
    double* pb = allocateDoubles(n, threads, 2.0, b_owner);
    double* pc = allocateDoubles(n, threads, 0.5, c_owner);
    StreamResult result;
    result.array_bytes = n * 8;
    // The first pass of each only warms up (page faults, frequency); both read variants get at least
    // two timed passes.
    const int passes = std::max(repetitions, 4) + 1;
    for (int rep = 0; rep < passes; ++rep) {
        control.throwIfCancelled();
        const double read_gbps = probe.measurePass();
        const auto t1 = Clock::now();
        parallelFor(
            n, threads,
            [&](std::int64_t i0, std::int64_t i1, int) { streamTriad(pa + i0, pb + i0, pc + i0, 3.0, i1 - i0); }, 8);
        const auto t2 = Clock::now();
        if (rep > 0) {
            result.read_gbps = std::max(result.read_gbps, read_gbps);
            result.triad_gbps = std::max(result.triad_gbps, static_cast<double>(n * 24) / seconds(t1, t2) / 1e9);
        }
        control.report(static_cast<double>(rep + 1) / passes);
    }
    return result;
}

StreamResult measureStream(int threads, std::int64_t array_bytes, int repetitions, const Control& control) {
    ReadBandwidthProbe probe(threads, array_bytes);
    return measureStream(probe, repetitions, control);
}

GemvBenchResult measureGemv(GemvFormat format, std::int64_t weight_bytes, int threads, int repetitions,
                            const Control& control, ReadBandwidthProbe* probe) {
    threads = threads > 0 ? threads : defaultThreadCount();
    const std::int64_t cols = 4096;
    const std::int64_t group = 128;
    const std::int64_t row_bytes = gemvWeightBytes(format, 1, cols, group);
    const std::int64_t rows = std::max<std::int64_t>(16, (weight_bytes + row_bytes - 1) / row_bytes);
    const std::int64_t bytes = gemvWeightBytes(format, rows, cols, group);
    Buffer buffer = allocate(bytes);
    std::uint8_t* data = buffer.get();
    // Synthetic but valid weights (finite scales and values), written by the threads that will read them.
    const std::uint16_t scale_h = floatToHalf(0.01f);
    parallelFor(
        rows, threads,
        [&](std::int64_t r0, std::int64_t r1, int) {
            SplitMix64 rng(static_cast<std::uint64_t>(r0) * 7919u + 1u);
            for (std::int64_t r = r0; r < r1; ++r) {
                switch (format) {
                case GemvFormat::F32: {
                    auto* w = reinterpret_cast<float*>(data) + r * cols;
                    for (std::int64_t c = 0; c < cols; ++c) {
                        w[c] = static_cast<float>(rng.uniform() - 0.5);
                    }
                    break;
                }
                case GemvFormat::F16:
                case GemvFormat::BF16: {
                    auto* w = reinterpret_cast<std::uint16_t*>(data) + r * cols;
                    for (std::int64_t c = 0; c < cols; ++c) {
                        const auto v = static_cast<float>(rng.uniform() - 0.5);
                        w[c] = format == GemvFormat::F16 ? floatToHalf(v) : floatToBf16(v);
                    }
                    break;
                }
                case GemvFormat::Int8Row: {
                    reinterpret_cast<float*>(data)[r] = 0.01f;
                    auto* q = reinterpret_cast<std::int8_t*>(data + rows * 4) + r * cols;
                    for (std::int64_t c = 0; c < cols; ++c) {
                        q[c] = static_cast<std::int8_t>(static_cast<int>(rng.next() % 255) - 127);
                    }
                    break;
                }
                case GemvFormat::Q8_0: {
                    auto* blocks = reinterpret_cast<ggml::BlockQ8_0*>(data) + r * (cols / 32);
                    for (std::int64_t b = 0; b < cols / 32; ++b) {
                        blocks[b].d = scale_h;
                        for (auto& q : blocks[b].qs) {
                            q = static_cast<std::int8_t>(static_cast<int>(rng.next() % 255) - 127);
                        }
                    }
                    break;
                }
                case GemvFormat::Q4_0: {
                    auto* blocks = reinterpret_cast<ggml::BlockQ4_0*>(data) + r * (cols / 32);
                    for (std::int64_t b = 0; b < cols / 32; ++b) {
                        blocks[b].d = scale_h;
                        for (auto& q : blocks[b].qs) {
                            q = static_cast<std::uint8_t>(rng.next());
                        }
                    }
                    break;
                }
                case GemvFormat::Int4Group: {
                    std::uint8_t* codes = data + r * cols / 2;
                    for (std::int64_t c = 0; c < cols / 2; ++c) {
                        codes[c] = static_cast<std::uint8_t>(rng.next());
                    }
                    auto* scales = reinterpret_cast<std::uint16_t*>(data + rows * cols / 2) + r * (cols / group);
                    for (std::int64_t g = 0; g < cols / group; ++g) {
                        scales[g] = scale_h;
                    }
                    break;
                }
                }
            }
        },
        16);
    std::vector<float> x(static_cast<std::size_t>(cols));
    SplitMix64 rng(99);
    for (auto& v : x) {
        v = static_cast<float>(rng.gaussian());
    }
    std::vector<float> y(static_cast<std::size_t>(rows));
    PackedWeights w{format, rows, cols, group, data};
    GemvBenchResult result;
    result.format = gemvFormatName(format);
    result.rows = rows;
    result.cols = cols;
    result.weight_bytes = bytes;
    result.seconds = 1e30;
    // With a probe, every kernel pass follows a read pass: on a shared machine the bandwidth drifts
    // (other tenants, clocks), and the kernel is compared with the read rate of the same moments.
    for (int rep = 0; rep < repetitions + 1; ++rep) {
        control.throwIfCancelled();
        // Both read loops each time (a pass alternates them), so neither is favoured by the window.
        const double read_gbps = probe != nullptr ? std::max(probe->measurePass(), probe->measurePass()) : 0.0;
        const auto t0 = Clock::now();
        gemv(w, x.data(), y.data(), threads);
        const auto t1 = Clock::now();
        if (rep > 0) {
            result.seconds = std::min(result.seconds, seconds(t0, t1));
            result.stream_read_gbps = std::max(result.stream_read_gbps, read_gbps);
        }
        control.report(static_cast<double>(rep + 1) / (repetitions + 1));
    }
    result.gbps = static_cast<double>(bytes) / result.seconds / 1e9;
    result.fraction_of_stream = result.stream_read_gbps > 0 ? result.gbps / result.stream_read_gbps : 0.0;
    return result;
}

namespace {

// One thread over the whole input. Each fast quantizer beside its reference loop (the "-ref" names):
// the same bytes, so the ratio is pure speed.
QuantizeBenchResult measureQuantizer(const std::string& name, const std::vector<float>& x, int repetitions) {
    const auto n = static_cast<std::int64_t>(x.size());
    std::vector<std::uint8_t> out(static_cast<std::size_t>(n / 32 * 34));
    std::vector<std::uint16_t> scales(static_cast<std::size_t>(n / 32));
    std::vector<float> absmax(static_cast<std::size_t>(n / kNf4Block));
    const std::int64_t cols = 4096; // INT4 per group: rows of a typical weight matrix
    const std::int64_t group = 128;
    double best = 1e30;
    for (int rep = 0; rep < repetitions; ++rep) {
        const auto t0 = Clock::now();
        if (name == "q4_0") {
            ggml::quantizeRowQ4_0(x.data(), reinterpret_cast<ggml::BlockQ4_0*>(out.data()), n);
        } else if (name == "q4_0-ref") {
            ggml::quantizeRowQ4_0Ref(x.data(), reinterpret_cast<ggml::BlockQ4_0*>(out.data()), n);
        } else if (name == "q8_0") {
            ggml::quantizeRowQ8_0(x.data(), reinterpret_cast<ggml::BlockQ8_0*>(out.data()), n);
        } else if (name == "q8_0-ref") {
            ggml::quantizeRowQ8_0Ref(x.data(), reinterpret_cast<ggml::BlockQ8_0*>(out.data()), n);
        } else if (name == "q4_k") {
            ggml::quantizeRowQ4_K(x.data(), reinterpret_cast<ggml::BlockQ4_K*>(out.data()), n);
        } else if (name == "q4_k-ref") {
            ggml::quantizeRowQ4_KRef(x.data(), reinterpret_cast<ggml::BlockQ4_K*>(out.data()), n);
        } else if (name == "int4-g128" || name == "int4-g128-ref") {
            const bool ref = name == "int4-g128-ref";
            for (std::int64_t r = 0; r < n / cols; ++r) {
                (ref ? quantizeRowInt4GroupRef : quantizeRowInt4Group)(x.data() + r * cols, cols, group, false,
                                                                       out.data() + r * cols / 2,
                                                                       scales.data() + r * cols / group, nullptr);
            }
        } else if (name == "nf4") {
            quantizeNf4Blocks(x.data(), n / kNf4Block, absmax.data(), out.data());
        } else if (name == "nf4-ref") {
            quantizeNf4BlocksRef(x.data(), n / kNf4Block, absmax.data(), out.data());
        } else {
            throw QuantError("benchmark: no quantizer " + name);
        }
        best = std::min(best, seconds(t0, Clock::now()));
    }
    return {name, static_cast<double>(n) / best, 1};
}

} // namespace

BenchReport runBenchmark(const BenchOptions& options, const Control& control) {
    if (options.size_mib <= 0 || options.size_mib > 8192) {
        throw QuantError("benchmark size must be between 1 and 8192 MiB");
    }
    BenchReport report;
    report.isa = isaName(activeIsa());
    report.cpu = cpuModelName();
    report.threads = options.threads > 0 ? options.threads : defaultThreadCount();
    const std::int64_t bytes = options.size_mib << 20;
    const double steps = 1.0 + static_cast<double>(options.formats.size()) + (options.quantizers ? 1.0 : 0.0) +
                         (options.gptq ? 1.0 : 0.0);
    double step = 0.0;
    ReadBandwidthProbe probe(report.threads, bytes);
    report.stream = measureStream(probe, options.repetitions, control.sub(0.0, 1.0 / steps));
    step += 1.0;
    for (GemvFormat format : options.formats) {
        GemvBenchResult r = measureGemv(format, bytes, report.threads, std::max(options.repetitions, 2),
                                        control.sub(step / steps, (step + 1.0) / steps), &probe);
        // The headline read figure is the best read pass of the whole run.
        report.stream.read_gbps = std::max(report.stream.read_gbps, r.stream_read_gbps);
        report.gemv.push_back(r);
        step += 1.0;
    }
    if (options.quantizers) {
        // 16 Mi values (64 MiB of float32): well outside the caches, like quantizing a real tensor.
        std::vector<float> x(std::size_t{1} << 24);
        SplitMix64 rng(7);
        for (auto& v : x) {
            v = static_cast<float>(rng.gaussian());
        }
        // Q4_K's reference is ~40x slower per value than Q4_0's: a quarter of the input keeps it to seconds.
        const std::vector<float> x_k(x.begin(), x.begin() + (std::ptrdiff_t{1} << 22));
        for (const char* name : {"q4_0", "q4_0-ref", "q8_0", "q8_0-ref", "q4_k", "q4_k-ref", "int4-g128",
                                 "int4-g128-ref", "nf4", "nf4-ref"}) {
            control.throwIfCancelled();
            const bool k_quant = std::string(name).rfind("q4_k", 0) == 0;
            report.quantize.push_back(measureQuantizer(name, k_quant ? x_k : x, 3));
        }
        step += 1.0;
        control.report(step / steps);
    }
    if (options.gptq) {
        SampleSpec spec;
        spec.rows = 4096;
        spec.cols = 4096;
        spec.tokens = 2048;
        const SampleSet set = generateSample(spec);
        SchemeOptions so;
        so.threads = report.threads;
        const auto t0 = Clock::now();
        const Scheme& scheme = schemeOrThrow("gptq-int4-g128");
        (void)scheme.quantize(set.weight, &set.calibration, so, control.sub(step / steps, 1.0));
        report.gptq_seconds = seconds(t0, Clock::now());
    }
    control.report(1.0);
    return report;
}

std::string cpuModelName() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                return line.substr(line.find_first_not_of(' ', colon + 1));
            }
        }
    }
    return {};
}

std::string benchReportJson(const BenchReport& report) {
    nlohmann::json out;
    out["cpu"] = report.cpu;
    out["isa"] = report.isa;
    out["hardware_isa"] = isaName(hardwareIsa());
    out["threads"] = report.threads;
    out["stream_read_gbps"] = report.stream.read_gbps;
    out["stream_triad_gbps"] = report.stream.triad_gbps;
    out["stream_array_bytes"] = report.stream.array_bytes;
    out["gemv"] = nlohmann::json::array();
    for (const auto& g : report.gemv) {
        out["gemv"].push_back({{"format", g.format},
                               {"isa", report.isa},
                               {"rows", g.rows},
                               {"cols", g.cols},
                               {"weight_bytes", g.weight_bytes},
                               {"seconds", g.seconds},
                               {"gbps", g.gbps},
                               {"stream_read_gbps", g.stream_read_gbps},
                               {"fraction_of_stream", g.fraction_of_stream}});
    }
    out["quantize"] = nlohmann::json::array();
    for (const auto& q : report.quantize) {
        nlohmann::json item{{"scheme", q.scheme}, {"values_per_s", q.values_per_s}, {"threads", q.threads}};
        // Beside its reference loop: the speed-up, so a reader need not pair the names.
        const auto ref = std::find_if(report.quantize.begin(), report.quantize.end(),
                                      [&](const QuantizeBenchResult& r) { return r.scheme == q.scheme + "-ref"; });
        if (ref != report.quantize.end() && ref->values_per_s > 0) {
            item["reference_values_per_s"] = ref->values_per_s;
            item["speedup_over_reference"] = q.values_per_s / ref->values_per_s;
        }
        out["quantize"].push_back(item);
    }
    if (report.gptq_seconds >= 0) {
        out["gptq_int4_g128_4096x4096_2048_tokens_s"] = report.gptq_seconds;
    }
    return out.dump(2);
}

} // namespace fitscope::quant
