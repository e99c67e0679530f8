#include "number_input.h"

#include "core/sizing/units.h"

#include <QLocale>

#include <cmath>

namespace fitscope::gui {

namespace {

struct Split {
    double number = 0;
    QChar suffix;
    bool has_fraction = false;
};

std::optional<Split> splitNumber(const QString& text) {
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char('_'));
    t.remove(QLatin1Char(' '));
    if (t.isEmpty()) {
        return std::nullopt;
    }
    Split split;
    const QChar last = t.back().toUpper();
    // 'E' alone is an exponent marker, never a suffix.
    if (last.isLetter()) {
        split.suffix = last;
        t.chop(1);
    }
    bool ok = false;
    split.number = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(split.number) || split.number <= 0) {
        return std::nullopt;
    }
    split.has_fraction = t.contains(QLatin1Char('.')) || t.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    return split;
}

} // namespace

std::optional<double> parseParameterCount(const QString& text) {
    const auto split = splitNumber(text);
    if (!split) {
        return std::nullopt;
    }
    double factor = 1;
    if (split->suffix.isNull()) {
        // A bare small number means billions ("13" is a 13 B model, not 13 parameters).
        factor = split->number < 100'000 ? 1e9 : 1;
    } else if (split->suffix == QLatin1Char('K')) {
        factor = 1e3;
    } else if (split->suffix == QLatin1Char('M')) {
        factor = 1e6;
    } else if (split->suffix == QLatin1Char('B') || split->suffix == QLatin1Char('G')) {
        factor = 1e9;
    } else if (split->suffix == QLatin1Char('T')) {
        factor = 1e12;
    } else {
        return std::nullopt;
    }
    return split->number * factor;
}

std::optional<double> parseTokenCount(const QString& text) {
    const auto split = splitNumber(text);
    if (!split) {
        return std::nullopt;
    }
    double factor = 1;
    if (split->suffix == QLatin1Char('K')) {
        factor = split->has_fraction ? 1000 : 1024;
    } else if (split->suffix == QLatin1Char('M')) {
        factor = split->has_fraction ? 1e6 : 1048576;
    } else if (!split->suffix.isNull()) {
        return std::nullopt;
    }
    return std::round(split->number * factor);
}

QString parameterCountText(double params) {
    QString text = QString::fromStdString(sizing::formatParams(params));
    text.remove(QLatin1Char(' '));
    return text;
}

QString tokenCountText(double tokens) {
    return QString::fromStdString(sizing::formatCount(tokens));
}

} // namespace fitscope::gui
