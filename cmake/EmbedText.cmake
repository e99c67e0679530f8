# Writes INPUT as a byte array named SYMBOL into OUTPUT (a C++ source). A hex array rather than a
# raw string literal, so any content (and any length) is safe.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR byte_count "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUTPUT}"
"// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
"namespace fitscope::embedded {\n"
"static const unsigned char k_${SYMBOL}_bytes[] = {${bytes}0x00};\n"
"extern const std::string_view ${SYMBOL};\n"
"const std::string_view ${SYMBOL}(reinterpret_cast<const char*>(k_${SYMBOL}_bytes), ${byte_count});\n"
"} // namespace fitscope::embedded\n")
