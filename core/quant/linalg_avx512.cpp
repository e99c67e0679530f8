// Eigen renamed so this AVX-512 copy of its templates never replaces the portable copy at link time.
#define Eigen FitscopeEigenAvx512
#define FITSCOPE_LINALG_NS avx512
#include "linalg_impl.inc"
