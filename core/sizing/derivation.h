#pragma once

#include "core/sizing/units.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::sizing {

// What a number in a derivation step is, so every view formats it the same way.
enum class QuantityKind : std::uint8_t {
    Bytes,
    Params,
    Tokens,
    Count,
    Percent,
    Bits,
    BytesPerElement,
    Plain,
    Rate,    // tokens per second and the like: three significant digits, no false precision
    Seconds, // durations: "85 ms", "1.25 s"
};

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

// Appends a step (arguments beyond eight are dropped). Every profile writes its steps through this.
void appendStep(std::vector<DerivationStep>& steps, std::string_view topic, std::string_view text,
                std::initializer_list<Quantity> args, std::string subject = {});

inline Quantity bytesQ(std::int64_t bytes) {
    return {static_cast<double>(bytes), QuantityKind::Bytes};
}
inline Quantity countQ(std::int64_t n) {
    return {static_cast<double>(n), QuantityKind::Count};
}
inline Quantity plainQ(double value) {
    return {value, QuantityKind::Plain};
}
inline Quantity rateQ(double value) {
    return {value, QuantityKind::Rate};
}
inline Quantity secondsQ(double value) {
    return {value, QuantityKind::Seconds};
}
inline Quantity percentQ(double fraction) {
    return {fraction, QuantityKind::Percent};
}

// Fills a step's template in English with numbers formatted for unit.
std::string formatStep(const DerivationStep& step, MemoryUnit unit);
// Fills an arbitrary (e.g. translated) template with a step's values.
std::string fillTemplate(std::string_view text, const DerivationStep& step, MemoryUnit unit);
std::string formatQuantity(const Quantity& quantity, MemoryUnit unit);

} // namespace fitscope::sizing
