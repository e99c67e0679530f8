#include "core/formats/json_depth.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/hf_config.h"

namespace fitscope::formats {

int jsonNestingDepth(std::string_view text, int stop_after) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            in_string = true;
            break;
        case '{':
        case '[':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > stop_after) {
                    return deepest;
                }
            }
            break;
        case '}':
        case ']':
            // Unbalanced closers are the parser's business; never let depth go negative.
            if (depth > 0) {
                --depth;
            }
            break;
        default:
            break;
        }
    }
    return deepest;
}

void checkJsonNesting(std::string_view text, int max_depth, const std::string& origin) {
    if (jsonNestingDepth(text, max_depth) > max_depth) {
        throw FormatError(origin + ": JSON nests deeper than " + std::to_string(max_depth) + " levels");
    }
}

nlohmann::json parseJsonBounded(std::string_view text, const std::string& origin, int max_depth) {
    checkJsonNesting(text, max_depth, origin);
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& error) {
        // nlohmann quotes the offending token, which may hold control bytes or invalid UTF-8.
        throw FormatError(origin + ": invalid JSON: " + printable(error.what(), 200));
    }
}

} // namespace fitscope::formats
