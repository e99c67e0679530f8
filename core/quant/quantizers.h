#pragma once
// The fast quantizers' per-ISA copies (quantizers_impl.inc, compiled by quantizers_generic.cpp and
// quantizers_avx2.cpp; AVX-512 Q4_0 / Q8_0 live in gemv_avx512.cpp). Call them through the dispatching
// functions (ggml::quantizeRowQ4_0 and friends, quantizeRowInt4Group, quantizeNf4Blocks), which pick the
// copy for activeIsa(). Each produces the same bytes as its reference loop.

#include "ggml_blocks.h"

#include <cstdint>

#define FITSCOPE_DECLARE_QUANTIZERS(ns)                                                                                \
    namespace ns {                                                                                                     \
    void quantizeRowQ8_0(const float* x, ggml::BlockQ8_0* y, std::int64_t k);                                          \
    void quantizeRowQ4_0(const float* x, ggml::BlockQ4_0* y, std::int64_t k);                                          \
    void quantizeRowQ4_K(const float* x, ggml::BlockQ4_K* y, std::int64_t k);                                          \
    void quantizeRowInt4Group(const float* x, std::int64_t cols, std::int64_t group, bool asym, std::uint8_t* codes,   \
                              std::uint16_t* scales, std::uint8_t* zeros);                                             \
    void quantizeNf4Blocks(const float* x, std::int64_t blocks, const float* midpoints, float* absmax,                 \
                           std::uint8_t* out);                                                                         \
    }

namespace fitscope::quant::detail {
FITSCOPE_DECLARE_QUANTIZERS(generic)
FITSCOPE_DECLARE_QUANTIZERS(avx2)
} // namespace fitscope::quant::detail

#undef FITSCOPE_DECLARE_QUANTIZERS
