// The AVX2 + F16C copy of the fast quantizers (built with -mavx2 -mfma -mf16c; only called when the CPU
// has them; -ffp-contract=off keeps FMA out of the reference's separate multiplies and adds).
#include "float_formats.h"
#include "quantizers.h"

#if defined(__AVX2__) && defined(__F16C__)
#include <immintrin.h>

#define FITSCOPE_QUANT_NS avx2
#include "quantizers_impl.inc"

#else

// Not an x86 build: the dispatchers never choose AVX2; the portable copy stands in for the symbols.
namespace fitscope::quant::detail::avx2 {
void quantizeRowQ8_0(const float* x, ggml::BlockQ8_0* y, std::int64_t k) {
    generic::quantizeRowQ8_0(x, y, k);
}
void quantizeRowQ4_0(const float* x, ggml::BlockQ4_0* y, std::int64_t k) {
    generic::quantizeRowQ4_0(x, y, k);
}
void quantizeRowQ4_K(const float* x, ggml::BlockQ4_K* y, std::int64_t k) {
    generic::quantizeRowQ4_K(x, y, k);
}
void quantizeRowInt4Group(const float* x, std::int64_t cols, std::int64_t group, bool asym, std::uint8_t* codes,
                          std::uint16_t* scales, std::uint8_t* zeros) {
    generic::quantizeRowInt4Group(x, cols, group, asym, codes, scales, zeros);
}
void quantizeNf4Blocks(const float* x, std::int64_t blocks, const float* midpoints, float* absmax, std::uint8_t* out) {
    generic::quantizeNf4Blocks(x, blocks, midpoints, absmax, out);
}
} // namespace fitscope::quant::detail::avx2

#endif
