#include "linalg.h"

#include "gemv_kernels.h"

namespace fitscope::quant::linalg {

#define FITSCOPE_DECLARE_LINALG(ns)                                                                                    \
    namespace ns {                                                                                                     \
    void gemmABt(const float*, std::int64_t, std::int64_t, const float*, std::int64_t, float*, int);                   \
    void gram(const float*, std::int64_t, std::int64_t, float, float*, int);                                           \
    bool upperCholeskyOfInverse(float*, std::int64_t, int);                                                            \
    void gemmSubtract(float*, std::int64_t, const float*, std::int64_t, const float*, std::int64_t, std::int64_t,      \
                      std::int64_t, std::int64_t);                                                                     \
    }
FITSCOPE_DECLARE_LINALG(generic)
FITSCOPE_DECLARE_LINALG(avx2)
FITSCOPE_DECLARE_LINALG(avx512)
#undef FITSCOPE_DECLARE_LINALG

// Uses the detected ISA (FITSCOPE_ISA caps it), not a forced one: tests force GEMV kernels, never the
// linear algebra.
#define FITSCOPE_DISPATCH(call)                                                                                        \
    switch (detectedIsa()) {                                                                                           \
    case Isa::Avx512:                                                                                                  \
        return avx512::call;                                                                                           \
    case Isa::Avx2:                                                                                                    \
        return avx2::call;                                                                                             \
    case Isa::Generic:                                                                                                 \
        break;                                                                                                         \
    }                                                                                                                  \
    return generic::call

void gemmABt(const float* a, std::int64_t m, std::int64_t k, const float* b, std::int64_t n, float* c, int threads) {
    FITSCOPE_DISPATCH(gemmABt(a, m, k, b, n, c, threads));
}

void gram(const float* x, std::int64_t n, std::int64_t cols, float scale, float* h, int threads) {
    FITSCOPE_DISPATCH(gram(x, n, cols, scale, h, threads));
}

bool upperCholeskyOfInverse(float* h, std::int64_t n, int threads) {
    FITSCOPE_DISPATCH(upperCholeskyOfInverse(h, n, threads));
}

void gemmSubtract(float* w, std::int64_t ldw, const float* e, std::int64_t lde, const float* u, std::int64_t ldu,
                  std::int64_t rows, std::int64_t kb, std::int64_t nc) {
    FITSCOPE_DISPATCH(gemmSubtract(w, ldw, e, lde, u, ldu, rows, kb, nc));
}

} // namespace fitscope::quant::linalg
