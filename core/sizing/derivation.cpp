#include "core/sizing/derivation.h"

#include <cmath>

namespace fitscope::sizing {

std::string formatQuantity(const Quantity& quantity, MemoryUnit unit) {
    switch (quantity.kind) {
    case QuantityKind::Bytes:
        return formatBytes(quantity.value, unit, quantity.value != 0 && std::abs(quantity.value) < 1e8 ? 3 : 1);
    case QuantityKind::Params:
        return formatParams(quantity.value);
    case QuantityKind::Tokens:
    case QuantityKind::Count:
        return formatCount(quantity.value);
    case QuantityKind::Percent:
        return formatNumber(quantity.value * 100.0, 1) + " %";
    case QuantityKind::Bits:
        return formatNumber(quantity.value, 3);
    case QuantityKind::BytesPerElement:
        return formatNumber(quantity.value, 4);
    case QuantityKind::Rate: {
        const double a = std::abs(quantity.value);
        return a >= 100 ? formatCount(std::round(quantity.value / (a >= 1000 ? 10.0 : 1.0)) * (a >= 1000 ? 10.0 : 1.0))
                        : formatNumber(quantity.value, a >= 10 ? 1 : 2);
    }
    case QuantityKind::Seconds:
        if (std::abs(quantity.value) < 1.0) {
            return formatNumber(quantity.value * 1e3, std::abs(quantity.value) < 0.01 ? 2 : 0) + " ms";
        }
        return formatNumber(quantity.value, 2) + " s";
    case QuantityKind::Plain:
        break;
    }
    return formatNumber(quantity.value, 3);
}

std::string fillTemplate(std::string_view text, const DerivationStep& step, MemoryUnit unit) {
    std::string out;
    out.reserve(text.size() + 64);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view key = text.substr(i + 1, close - i - 1);
                if (key == "name") {
                    out += step.subject;
                    i = close;
                    continue;
                }
                if (key.size() == 1 && key[0] >= '0' && key[0] <= '7') {
                    const std::size_t index = static_cast<std::size_t>(key[0] - '0');
                    if (index < step.argc) {
                        out += formatQuantity(step.args[index], unit);
                        i = close;
                        continue;
                    }
                }
            }
        }
        out += text[i];
    }
    return out;
}

void appendStep(std::vector<DerivationStep>& steps, std::string_view topic, std::string_view text,
                std::initializer_list<Quantity> args, std::string subject) {
    DerivationStep s;
    s.topic = topic;
    s.text = text;
    for (const Quantity& q : args) {
        if (s.argc < s.args.size()) {
            s.args[s.argc++] = q;
        }
    }
    s.subject = std::move(subject);
    steps.push_back(std::move(s));
}

std::string formatStep(const DerivationStep& step, MemoryUnit unit) {
    return fillTemplate(step.text, step, unit);
}

} // namespace fitscope::sizing
