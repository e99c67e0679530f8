#pragma once
// Packed layouts of the INT8 schemes, shared with the GEMV kernels.

#include <cstdint>

namespace fitscope::quant {

// "int8-channel": float32 scale[rows], then int8 q[rows][cols]; value = q * scale[row].
struct Int8ChannelView {
    const float* scales = nullptr;
    const std::int8_t* q = nullptr;
};
Int8ChannelView int8ChannelView(const std::uint8_t* bytes, std::int64_t rows);

// Symmetric absmax rounding used by every INT8 scheme here: round(127 x / amax), ties to even
// (torch.round, as bitsandbytes does, quant-formats.md §2.4).
std::int8_t quantizeInt8(float x, float inv_scale);

} // namespace fitscope::quant
