#pragma once
// NF4 (QLoRA / bitsandbytes, quant-formats.md §2.1 and §2.3).

#include <array>
#include <cstdint>

namespace fitscope::quant {

// The exact bitsandbytes NF4 code table (get_4bit_type("nf4")); index = stored nibble.
inline constexpr std::array<float, 16> kNf4Levels = {-1.0f,
                                                     -0.6961928009986877f,
                                                     -0.5250730514526367f,
                                                     -0.39491748809814453f,
                                                     -0.28444138169288635f,
                                                     -0.18477343022823334f,
                                                     -0.09105003625154495f,
                                                     0.0f,
                                                     0.07958029955625534f,
                                                     0.16093020141124725f,
                                                     0.24611230194568634f,
                                                     0.33791524171829224f,
                                                     0.44070982933044434f,
                                                     0.5626170039176941f,
                                                     0.7229568362236023f,
                                                     1.0f};

// Nearest NF4 code of a value already divided by the block absmax (bucketize on the midpoints).
std::uint8_t nearestNf4(float normalized);

// Whole blocks of 64 values (x holds blocks * 64): absmax[b] and 32 bytes of codes per block, two codes
// per byte with the first of each pair in the high nibble. The reference is the plain loop over
// nearestNf4; the dispatched one (activeIsa(): AVX2 or the portable vector copy) writes the same bytes.
void quantizeNf4BlocksRef(const float* x, std::int64_t blocks, float* absmax, std::uint8_t* out);
void quantizeNf4Blocks(const float* x, std::int64_t blocks, float* absmax, std::uint8_t* out);

// bitsandbytes' signed 8-bit "dynamic" map (create_dynamic_map(signed=True, 7, 8)), used by double
// quantization of the absmax values.
const std::array<float, 256>& dynamicMap();
std::uint8_t nearestDynamic(float normalized);

inline constexpr std::int64_t kNf4Block = 64;    // bnb default blocksize
inline constexpr std::int64_t kNf4DqBlock = 256; // double-quantization block of absmax values

} // namespace fitscope::quant
