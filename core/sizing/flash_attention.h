#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace fitscope::sizing {

// llama.cpp's -fa setting (llama.h enum llama_flash_attn_type: DISABLED, ENABLED, AUTO). Auto is the
// default of common_params since the 2025 releases (common/common.h, ggml-org/llama.cpp @001d906:
// flash_attn_type = LLAMA_FLASH_ATTN_TYPE_AUTO); what it resolves to is the llama.cpp profile's rule
// (llamaCppFlashAttention in llamacpp_profile.h), not a property of the setting.
enum class FlashAttention : std::uint8_t { Off, On, Auto };

std::string_view flashAttentionId(FlashAttention setting); // "off", "on", "auto"
// The words llama.cpp's -fa takes (common/arg.cpp is_truthy / is_falsey / is_autoy): on, enabled, true,
// 1; off, disabled, false, 0; auto, -1.
std::optional<FlashAttention> flashAttentionFromId(std::string_view id);

} // namespace fitscope::sizing
