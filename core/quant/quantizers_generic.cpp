// The portable copy of the fast quantizers (plain x86-64: SSE2; arm64: NEON), see quantizers_impl.inc.
#include "float_formats.h"
#include "quantizers.h"

#define FITSCOPE_QUANT_NS generic
#include "quantizers_impl.inc"
