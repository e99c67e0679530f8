#include "core/report/atomic_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fitscope::report {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
    throw WriteError("cannot write " + path.string() + ": " + what + std::strerror(error));
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    if (path.empty()) {
        throw WriteError("cannot write: no file name given");
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw WriteError("cannot write " + path.string() + ": it is a directory");
    }
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    // mkstemp gives a name no other writer can take; the leading dot keeps it out of file listings.
    std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        fail(path, "", errno);
    }
    // mkstemp creates the file 0600; a report or scenario file is an ordinary document, so give it
    // the mode the file had, or rw-r--r-- for a new one.
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    ::fchmod(fd, mode);

    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            fail(path, "", error);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // Without fsync a crash right after the rename can leave an empty file under the final name.
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        fail(path, "", error);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, "", error);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, "", error);
    }
}

} // namespace fitscope::report
