#include "core/plan/shell_words.h"

#include <algorithm>

namespace fitscope::plan {

std::vector<std::string> splitShellWords(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word) {
                words.push_back(word);
                word.clear();
                in_word = false;
            }
            ++i;
        } else if (c == '\\') {
            if (i + 1 < n && text[i + 1] == '\n') {
                i += 2; // line continuation
                continue;
            }
            if (i + 1 >= n) {
                throw CommandError("broken quoting: a \\ at the end of the command escapes nothing");
            }
            word += text[i + 1];
            in_word = true;
            i += 2;
        } else if (c == '\'') {
            const std::size_t close = text.find('\'', i + 1);
            if (close == std::string_view::npos) {
                throw CommandError("broken quoting: the ' at column " + std::to_string(i + 1) + " is never closed");
            }
            word.append(text.substr(i + 1, close - i - 1));
            in_word = true;
            i = close + 1;
        } else if (c == '"') {
            std::size_t j = i + 1;
            bool closed = false;
            while (j < n) {
                const char d = text[j];
                if (d == '"') {
                    closed = true;
                    break;
                }
                if (d == '\\' && j + 1 < n &&
                    (text[j + 1] == '$' || text[j + 1] == '`' || text[j + 1] == '"' || text[j + 1] == '\\' ||
                     text[j + 1] == '\n')) {
                    if (text[j + 1] != '\n') {
                        word += text[j + 1];
                    }
                    j += 2;
                    continue;
                }
                word += d;
                ++j;
            }
            if (!closed) {
                throw CommandError("broken quoting: the \" at column " + std::to_string(i + 1) + " is never closed");
            }
            in_word = true;
            i = j + 1;
        } else {
            word += c;
            in_word = true;
            ++i;
        }
    }
    if (in_word) {
        words.push_back(word);
    }
    return words;
}

std::string shellQuote(std::string_view word) {
    const bool bare = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.' || c == '/' || c == ':' || c == ',' || c == '+' || c == '@' || c == '%' || c == '=';
    });
    if (bare) {
        return std::string(word);
    }
    std::string quoted = "'";
    for (const char c : word) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

std::string joinShellWords(const std::vector<std::string>& words) {
    std::string line;
    for (const std::string& word : words) {
        if (!line.empty()) {
            line += ' ';
        }
        line += shellQuote(word);
    }
    return line;
}

} // namespace fitscope::plan
