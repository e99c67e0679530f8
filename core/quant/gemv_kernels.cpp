// Dispatch, activation quantization and the portable kernels. The portable kernels are plain loops
// (what any x86-64 or ARM compiler can build) and define the arithmetic the SIMD versions reproduce.

#include "gemv_kernels.h"

#include "float_formats.h"
#include "ggml_blocks.h"
#include "int8_schemes.h"
#include "parallel.h"
#include "tensor.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace fitscope::quant {

std::string gemvFormatName(GemvFormat format) {
    switch (format) {
    case GemvFormat::F32:
        return "f32";
    case GemvFormat::F16:
        return "f16";
    case GemvFormat::BF16:
        return "bf16";
    case GemvFormat::Int8Row:
        return "int8-channel";
    case GemvFormat::Q8_0:
        return "q8_0";
    case GemvFormat::Q4_0:
        return "q4_0";
    case GemvFormat::Int4Group:
        return "int4-group";
    }
    return "?";
}

std::int64_t gemvWeightBytes(GemvFormat format, std::int64_t rows, std::int64_t cols, std::int64_t group) {
    switch (format) {
    case GemvFormat::F32:
        return rows * cols * 4;
    case GemvFormat::F16:
    case GemvFormat::BF16:
        return rows * cols * 2;
    case GemvFormat::Int8Row:
        return rows * 4 + rows * cols;
    case GemvFormat::Q8_0:
        return rows * (cols / 32) * 34;
    case GemvFormat::Q4_0:
        return rows * (cols / 32) * 18;
    case GemvFormat::Int4Group: {
        const std::int64_t cp = (cols + group - 1) / group * group;
        return rows * cp / 2 + rows * (cp / group) * 2;
    }
    }
    return 0;
}

std::string isaName(Isa isa) {
    switch (isa) {
    case Isa::Generic:
        return "generic";
    case Isa::Avx2:
        return "avx2";
    case Isa::Avx512:
        return "avx512-vnni";
    }
    return "?";
}

std::optional<Isa> isaFromName(std::string_view name) {
    if (name == "generic") {
        return Isa::Generic;
    }
    if (name == "avx2") {
        return Isa::Avx2;
    }
    if (name == "avx512" || name == "avx512-vnni") {
        return Isa::Avx512;
    }
    return std::nullopt;
}

Isa hardwareIsa() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
        __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512dq")) {
        return Isa::Avx512;
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c")) {
        return Isa::Avx2;
    }
#endif
    return Isa::Generic;
}

Isa detectedIsa() {
    // Read once: every dispatcher must agree for the whole run, whatever changes the environment later.
    static const Isa isa = [] {
        const Isa hardware = hardwareIsa();
        const char* env = std::getenv("FITSCOPE_ISA");
        if (env == nullptr || *env == '\0') {
            return hardware;
        }
        const std::optional<Isa> wanted = isaFromName(env);
        if (!wanted) {
            std::fprintf(stderr, "FITSCOPE_ISA=%s: not an ISA (generic, avx2, avx512); using %s\n", env,
                         isaName(hardware).c_str());
            return hardware;
        }
        if (static_cast<int>(*wanted) > static_cast<int>(hardware)) {
            std::fprintf(stderr, "FITSCOPE_ISA=%s: this CPU lacks it; using %s\n", env, isaName(hardware).c_str());
            return hardware;
        }
        return *wanted;
    }();
    return isa;
}

namespace {
std::atomic<int> g_forced{-1};
}

Isa activeIsa() {
    const int forced = g_forced.load(std::memory_order_relaxed);
    return forced < 0 ? detectedIsa() : static_cast<Isa>(forced);
}

void forceIsa(Isa isa) {
    if (static_cast<int>(isa) > static_cast<int>(detectedIsa())) {
        throw QuantError("this CPU (or FITSCOPE_ISA) does not allow " + isaName(isa));
    }
    g_forced.store(static_cast<int>(isa));
}

void clearForcedIsa() {
    g_forced.store(-1);
}

QuantizedActivations prepareActivations(const float* x, std::int64_t n, std::int64_t block) {
    if (block != 32 && block != 64 && block != 128) {
        throw QuantError("activation blocks must hold 32, 64 or 128 values");
    }
    QuantizedActivations qx;
    qx.n = n;
    qx.block = block;
    qx.padded = (n + 127) / 128 * 128;
    qx.q.assign(static_cast<std::size_t>(qx.padded), 0);
    const std::int64_t blocks = qx.padded / block;
    qx.d.assign(static_cast<std::size_t>(blocks), 0.0f);
    qx.sum.assign(static_cast<std::size_t>(blocks), 0);
    for (std::int64_t b = 0; b < blocks; ++b) {
        const std::int64_t end = std::min(n, (b + 1) * block);
        float amax = 0.0f;
        for (std::int64_t j = b * block; j < end; ++j) {
            amax = std::max(amax, std::fabs(x[j]));
        }
        const float d = amax / 127.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        qx.d[static_cast<std::size_t>(b)] = d;
        std::int32_t s = 0;
        for (std::int64_t j = b * block; j < end; ++j) {
            const auto q = static_cast<std::int8_t>(std::nearbyint(x[j] * id));
            qx.q[static_cast<std::size_t>(j)] = q;
            s += q;
        }
        qx.sum[static_cast<std::size_t>(b)] = s;
    }
    return qx;
}

std::int64_t activationBlock(GemvFormat format, std::int64_t group) {
    return format == GemvFormat::Int4Group ? group : 32;
}

namespace detail {
namespace {

void genericPrepare(GemvContext&) {}

void rowsF32(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const auto* w = reinterpret_cast<const float*>(c.w->data);
    const std::int64_t n = c.w->cols;
    for (std::int64_t r = r0; r < r1; ++r) {
        const float* row = w + r * n;
        float acc[8] = {};
        std::int64_t i = 0;
        for (; i + 8 <= n; i += 8) {
            for (int k = 0; k < 8; ++k) {
                acc[k] += row[i + k] * c.x[i + k];
            }
        }
        float s = 0.0f;
        for (; i < n; ++i) {
            s += row[i] * c.x[i];
        }
        for (float a : acc) {
            s += a;
        }
        y[r] = s;
    }
}

template <bool Bf16>
void rowsHalf(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const auto* w = reinterpret_cast<const std::uint16_t*>(c.w->data);
    const std::int64_t n = c.w->cols;
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::uint16_t* row = w + r * n;
        float s = 0.0f;
        for (std::int64_t i = 0; i < n; ++i) {
            s += (Bf16 ? bf16ToFloat(row[i]) : halfToFloat(row[i])) * c.x[i];
        }
        y[r] = s;
    }
}

void rowsInt8(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t n = c.w->cols;
    const Int8ChannelView v = int8ChannelView(c.w->data, c.w->rows);
    const auto& qx = *c.qx;
    for (std::int64_t r = r0; r < r1; ++r) {
        const std::int8_t* row = v.q + r * n;
        float s = 0.0f;
        for (std::int64_t b = 0; b * 32 < n; ++b) {
            std::int32_t dot = 0;
            for (std::int64_t j = b * 32; j < std::min(n, b * 32 + 32); ++j) {
                dot += row[j] * qx.q[static_cast<std::size_t>(j)];
            }
            s += static_cast<float>(dot) * qx.d[static_cast<std::size_t>(b)];
        }
        y[r] = s * v.scales[r];
    }
}

void rowsQ8_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const auto* blocks = reinterpret_cast<const ggml::BlockQ8_0*>(c.w->data);
    const auto& qx = *c.qx;
    for (std::int64_t r = r0; r < r1; ++r) {
        float s = 0.0f;
        for (std::int64_t b = 0; b < nb; ++b) {
            const ggml::BlockQ8_0& blk = blocks[r * nb + b];
            std::int32_t dot = 0;
            for (int j = 0; j < 32; ++j) {
                dot += blk.qs[j] * qx.q[static_cast<std::size_t>(b * 32 + j)];
            }
            s += static_cast<float>(dot) * (halfToFloat(blk.d) * qx.d[static_cast<std::size_t>(b)]);
        }
        y[r] = s;
    }
}

void rowsQ4_0(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t nb = c.w->cols / 32;
    const auto* blocks = reinterpret_cast<const ggml::BlockQ4_0*>(c.w->data);
    const auto& qx = *c.qx;
    for (std::int64_t r = r0; r < r1; ++r) {
        float s = 0.0f;
        for (std::int64_t b = 0; b < nb; ++b) {
            const ggml::BlockQ4_0& blk = blocks[r * nb + b];
            std::int32_t dot = 0;
            for (int j = 0; j < 16; ++j) {
                dot += ((blk.qs[j] & 0xF) - 8) * qx.q[static_cast<std::size_t>(b * 32 + j)];
                dot += ((blk.qs[j] >> 4) - 8) * qx.q[static_cast<std::size_t>(b * 32 + j + 16)];
            }
            s += static_cast<float>(dot) * (halfToFloat(blk.d) * qx.d[static_cast<std::size_t>(b)]);
        }
        y[r] = s;
    }
}

void rowsInt4Group(const GemvContext& c, float* y, std::int64_t r0, std::int64_t r1) {
    const std::int64_t group = c.w->group;
    const std::int64_t cp = (c.w->cols + group - 1) / group * group;
    const std::int64_t groups = cp / group;
    const std::int64_t half = group / 2;
    const std::uint8_t* codes = c.w->data;
    const auto* scales = reinterpret_cast<const std::uint16_t*>(c.w->data + c.w->rows * cp / 2);
    const auto& qx = *c.qx; // one activation block per weight group
    for (std::int64_t r = r0; r < r1; ++r) {
        float s = 0.0f;
        for (std::int64_t g = 0; g < groups; ++g) {
            const std::uint8_t* p = codes + r * cp / 2 + g * half;
            std::int32_t dot = 0;
            for (std::int64_t e = 0; e < group; ++e) {
                const int code = e < half ? (p[e] & 0xF) : (p[e - half] >> 4);
                dot += (code - 8) * qx.q[static_cast<std::size_t>(g * group + e)];
            }
            s += static_cast<float>(dot) * qx.d[static_cast<std::size_t>(g)] * halfToFloat(scales[r * groups + g]);
        }
        y[r] = s;
    }
}

} // namespace

const IsaKernels& genericKernels() {
    static const IsaKernels k{genericPrepare,
                              {rowsF32, rowsHalf<false>, rowsHalf<true>, rowsInt8, rowsQ8_0, rowsQ4_0, rowsInt4Group}};
    return k;
}

} // namespace detail

void gemv(const PackedWeights& w, const float* x, float* y, int threads) {
    if (w.format == GemvFormat::Q8_0 || w.format == GemvFormat::Q4_0) {
        if (w.cols % 32 != 0) {
            throw QuantError(gemvFormatName(w.format) + " needs a multiple of 32 columns");
        }
    }
    if (w.format == GemvFormat::Int4Group && w.group != 32 && w.group != 64 && w.group != 128) {
        throw QuantError("INT4 GEMV needs a group size of 32, 64 or 128");
    }
    detail::GemvContext ctx;
    ctx.w = &w;
    QuantizedActivations qx;
    std::vector<float> x_padded;
    const bool integer = w.format == GemvFormat::Int8Row || w.format == GemvFormat::Q8_0 ||
                         w.format == GemvFormat::Q4_0 || w.format == GemvFormat::Int4Group;
    if (integer) {
        qx = prepareActivations(x, w.cols, activationBlock(w.format, w.group));
        ctx.qx = &qx;
    }
    ctx.x = x;
    const Isa isa = activeIsa();
    const detail::IsaKernels& kernels = isa == Isa::Avx512 ? detail::avx512Kernels()
                                        : isa == Isa::Avx2 ? detail::avx2Kernels()
                                                           : detail::genericKernels();
    kernels.prepare(ctx);
    const detail::GemvRowsFn fn = kernels.rows[static_cast<int>(w.format)];
    // Chunks of 16 rows keep each thread on its own cache lines of y.
    parallelFor(
        w.rows, threads, [&](std::int64_t r0, std::int64_t r1, int) { fn(ctx, y, r0, r1); }, 16);
}

} // namespace fitscope::quant
