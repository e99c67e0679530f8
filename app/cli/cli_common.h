#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace fitscope::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNegative = 1; // the command ran but the answer is "no" (e.g. nothing fits)
inline constexpr int kExitBadInput = 2;

// Thrown for any bad input; main() prints "fitscope-cli: <message>" on one line and exits with 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses args (without the program and subcommand names) with parser; throws UsageError on
// unknown options or missing values instead of QCommandLineParser's own exit(1).
void parseOrThrow(QCommandLineParser& parser, const QString& subcommand, const QStringList& args);

// The parser's help text with the usage line naming the subcommand ("fitscope-cli estimate [options]")
// instead of the executable's path.
QString subcommandHelp(const QCommandLineParser& parser);

// "7B", "6.7e9", "13000M", "1.5T", "350k" -> a count. Throws UsageError on anything else,
// on zero or negatives, and on counts beyond max_value.
std::int64_t parseCount(const QString& text, const QString& what, std::int64_t max_value);

// A strictly positive integer option ("--context 4096"), bounded by max_value.
std::int64_t parsePositiveInt(const QString& text, const QString& what, std::int64_t max_value);

// An integer option that may be 0 ("--images 0"), bounded by max_value.
std::int64_t parseNonNegativeInt(const QString& text, const QString& what, std::int64_t max_value);

// A finite number within [min_value, max_value].
double parseNumber(const QString& text, const QString& what, double min_value, double max_value);

// Writes text to stdout as UTF-8 (with a trailing newline if missing).
void printOut(const std::string& text);
void printOut(const QString& text);

} // namespace fitscope::cli
