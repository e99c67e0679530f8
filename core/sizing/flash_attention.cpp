#include "core/sizing/flash_attention.h"

namespace fitscope::sizing {

std::string_view flashAttentionId(FlashAttention setting) {
    switch (setting) {
    case FlashAttention::Off:
        return "off";
    case FlashAttention::On:
        return "on";
    case FlashAttention::Auto:
        return "auto";
    }
    return "auto";
}

std::optional<FlashAttention> flashAttentionFromId(std::string_view id) {
    if (id == "on" || id == "enabled" || id == "true" || id == "1") {
        return FlashAttention::On;
    }
    if (id == "off" || id == "disabled" || id == "false" || id == "0") {
        return FlashAttention::Off;
    }
    if (id == "auto" || id == "-1") {
        return FlashAttention::Auto;
    }
    return std::nullopt;
}

} // namespace fitscope::sizing
