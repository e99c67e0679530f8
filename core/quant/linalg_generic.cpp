#define FITSCOPE_LINALG_NS generic
#include "linalg_impl.inc"
