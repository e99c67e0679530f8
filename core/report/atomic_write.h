#pragma once

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace fitscope::report {

// A file could not be written. what() is one line naming the path and the reason.
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes bytes to path so that readers see either the old file or the whole new one, never a
// half-written file (a crash or a full disk mid-write leaves the old file untouched): the bytes go
// to a temporary file in the same directory, are flushed to disk, and the temporary file is renamed
// over path. Throws WriteError.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace fitscope::report
