#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::plan {

// A command line that cannot be read; the message names the part (a flag, a value, a quote).
class CommandError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// POSIX shell word splitting, as sh reads a simple command: blanks separate words, '…' is literal,
// "…" keeps its content with \ escaping only $ ` " \ and newline, a \ outside quotes escapes the next
// character, \ at the end of a line continues it. No expansion ($model stays "$model"). Throws
// CommandError for an unterminated quote, naming the column where it opened.
std::vector<std::string> splitShellWords(std::string_view text);

// One word quoted so that sh reads it back unchanged: bare when it holds only characters no shell
// treats specially, otherwise in single quotes (a ' inside becomes '\'').
std::string shellQuote(std::string_view word);

// Words joined with spaces, each quoted.
std::string joinShellWords(const std::vector<std::string>& words);

} // namespace fitscope::plan
