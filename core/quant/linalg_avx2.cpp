// Eigen renamed so this AVX2 copy of its templates never replaces the portable copy at link time.
#define Eigen FitscopeEigenAvx2
#define FITSCOPE_LINALG_NS avx2
#include "linalg_impl.inc"
