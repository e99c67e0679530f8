#pragma once
// Dense float linear algebra for GPTQ, AWQ and the output-error metric, through Eigen. The same
// source (linalg_impl.inc) is compiled three times (portable, AVX2+FMA, AVX-512) with Eigen renamed
// per copy so the copies cannot be mixed up by the linker, and the best one is chosen at run time.
// All matrices are row-major with explicit leading dimensions.

#include <cstdint>

namespace fitscope::quant::linalg {

// C (m x n) = A (m x k) · B (n x k)ᵀ. Rows of A are split across threads.
void gemmABt(const float* a, std::int64_t m, std::int64_t k, const float* b, std::int64_t n, float* c, int threads);

// H (cols x cols) = scale · Xᵀ X for X (n x cols).
void gram(const float* x, std::int64_t n, std::int64_t cols, float scale, float* h, int threads);

// In place: H (n x n, symmetric positive definite) becomes U, the upper-triangular Cholesky factor of
// H⁻¹ (H⁻¹ = Uᵀ U), what GPTQ calls Hinv (quant-formats.md §3.1). Returns false if H is not positive
// definite. Computed as U = R⁻¹ with H = R Rᵀ (R upper, from the Cholesky factor of the reversed
// matrix), which equals cholesky(cholesky_inverse(cholesky(H)), upper=True) with less work.
bool upperCholeskyOfInverse(float* h, std::int64_t n, int threads);

// W (rows x nc, leading dim ldw) -= E (rows x kb, lde) · U (kb x nc, ldu): GPTQ's lazy batch update.
void gemmSubtract(float* w, std::int64_t ldw, const float* e, std::int64_t lde, const float* u, std::int64_t ldu,
                  std::int64_t rows, std::int64_t kb, std::int64_t nc);

} // namespace fitscope::quant::linalg
