#pragma once

#include "core/sizing/units.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fitscope::sizing {

// What a number in a derivation step is, so every view formats it the same way.
enum class QuantityKind : std::uint8_t { Bytes, Params, Tokens, Count, Percent, Bits, BytesPerElement, Plain };

struct Quantity {
    double value = 0;
    QuantityKind kind = QuantityKind::Plain;
};

// One line of "show the math": a fixed English template with numbered placeholders {0}…{7} and
// {name} for the subject (a GPU or format name). Templates are string literals, so building a
// derivation allocates almost nothing; app/ translates the template before filling it in.
struct DerivationStep {
    std::string_view topic; // "weights", "kv_cache", "activations", "overhead", "total", "gpu", "note"
    std::string_view text;  // template
    std::array<Quantity, 8> args{};
    std::uint8_t argc = 0;
    std::string subject; // fills {name}
};

// Fills a step's template in English with numbers formatted for unit.
std::string formatStep(const DerivationStep& step, MemoryUnit unit);
// Fills an arbitrary (e.g. translated) template with a step's values.
std::string fillTemplate(std::string_view text, const DerivationStep& step, MemoryUnit unit);
std::string formatQuantity(const Quantity& quantity, MemoryUnit unit);

} // namespace fitscope::sizing
