#include "cli_common.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace fitscope::cli {

namespace {
QString g_subcommand; // the subcommand being parsed: one per process
} // namespace

QString subcommandHelp(const QCommandLineParser& parser) {
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0) {
        text.replace(0, end, QStringLiteral("Usage: fitscope-cli %1 [options]").arg(g_subcommand));
    }
    return text;
}

void parseOrThrow(QCommandLineParser& parser, const QString& subcommand, const QStringList& args) {
    g_subcommand = subcommand;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("fitscope-cli ") + subcommand);
    if (!parser.parse(full)) {
        throw UsageError(parser.errorText().toStdString());
    }
}

std::int64_t parseCount(const QString& text, const QString& what, std::int64_t max_value) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\\s*([kKmMbBgGtT]?)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        throw UsageError(
            QStringLiteral("%1: '%2' is not a count (examples: 7B, 6.7e9, 13000M)").arg(what, text).toStdString());
    }
    double value = match.captured(1).toDouble();
    const QString suffix = match.captured(2).toUpper();
    if (suffix == QLatin1String("K")) {
        value *= 1e3;
    } else if (suffix == QLatin1String("M")) {
        value *= 1e6;
    } else if (suffix == QLatin1String("B") || suffix == QLatin1String("G")) {
        value *= 1e9;
    } else if (suffix == QLatin1String("T")) {
        value *= 1e12;
    }
    if (!std::isfinite(value) || value < 1.0) {
        throw UsageError(QStringLiteral("%1: '%2' must be at least 1").arg(what, text).toStdString());
    }
    if (value > static_cast<double>(max_value)) {
        throw UsageError(QStringLiteral("%1: '%2' is beyond the supported maximum of %3")
                             .arg(what, text)
                             .arg(static_cast<double>(max_value), 0, 'g', 3)
                             .toStdString());
    }
    return static_cast<std::int64_t>(std::llround(value));
}

std::int64_t parseNonNegativeInt(const QString& text, const QString& what, std::int64_t max_value) {
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (ok && value == 0) {
        return 0;
    }
    return parsePositiveInt(text, what, max_value);
}

std::int64_t parsePositiveInt(const QString& text, const QString& what, std::int64_t max_value) {
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok) {
        throw UsageError(QStringLiteral("%1: '%2' is not a whole number").arg(what, text).toStdString());
    }
    if (value <= 0) {
        throw UsageError(QStringLiteral("%1: '%2' must be positive").arg(what, text).toStdString());
    }
    if (value > max_value) {
        throw UsageError(QStringLiteral("%1: '%2' is beyond the supported maximum of %3")
                             .arg(what, text)
                             .arg(max_value)
                             .toStdString());
    }
    return value;
}

double parseNumber(const QString& text, const QString& what, double min_value, double max_value) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        throw UsageError(QStringLiteral("%1: '%2' is not a number").arg(what, text).toStdString());
    }
    if (value < min_value || value > max_value) {
        throw UsageError(
            QStringLiteral("%1: %2 is outside %3 to %4").arg(what, text).arg(min_value).arg(max_value).toStdString());
    }
    return value;
}

void printOut(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (text.empty() || text.back() != '\n') {
        std::fputc('\n', stdout);
    }
    std::fflush(stdout);
}

void printOut(const QString& text) {
    printOut(text.toStdString());
}

} // namespace fitscope::cli
