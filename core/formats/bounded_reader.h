#pragma once

#include "core/formats/hf_config.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::formats {

// Thrown by a reader over a file's first bytes (the prefix constructor) when a read needs bytes the
// prefix does not hold but the file does: not a format error, a request for a longer prefix. A
// header fetched over the network grows its range until the same parser succeeds. Derives from
// FormatError so a caller that cannot fetch more reports it as truncation.
class PrefixTooShort : public FormatError {
public:
    PrefixTooShort(const std::string& message, std::uint64_t needed_bytes)
        : FormatError(message)
        , m_needed_bytes(needed_bytes) {}
    // The prefix length the failed read needed (from byte 0).
    std::uint64_t neededBytes() const { return m_needed_bytes; }

private:
    std::uint64_t m_needed_bytes;
};

// Little-endian reads from a file (or, for fuzzing and tests, a byte buffer) where every read is
// checked against the bytes that are actually there. Model files come from the internet, so a
// length field is never trusted: a read past the end, or a length beyond the caller's limit, throws
// FormatError naming the file, the byte offset and what was being read. The file is read through
// a small buffer; it is never mapped or loaded whole, so a 40 GB file costs what its header costs.
class BoundedReader {
public:
    // Opens path for reading. Throws FormatError when it is missing, not a regular file or unreadable.
    explicit BoundedReader(const std::filesystem::path& path);
    // Reads from bytes (not copied: bytes must outlive the reader). origin names it in errors.
    BoundedReader(std::string_view bytes, std::string origin);
    // Reads the first prefix.size() bytes of a file of file_size_bytes (not copied): every bound is
    // checked against the whole file's size, as for a file on disk, and a read inside the file but
    // past the prefix throws PrefixTooShort. prefix.size() must not exceed file_size_bytes.
    BoundedReader(std::string_view prefix, std::uint64_t file_size_bytes, std::string origin);

    BoundedReader(const BoundedReader&) = delete;
    BoundedReader& operator=(const BoundedReader&) = delete;

    const std::string& origin() const { return m_origin; }
    std::uint64_t sizeBytes() const { return m_size_bytes; }
    std::uint64_t position() const { return m_position; }
    std::uint64_t remainingBytes() const { return m_size_bytes - m_position; }

    // Moves to an absolute offset; offset == size is allowed (nothing left to read).
    void seek(std::uint64_t offset, std::string_view what);
    void skip(std::uint64_t bytes, std::string_view what);
    void read(void* out, std::uint64_t bytes, std::string_view what);

    std::uint8_t u8(std::string_view what);
    std::uint16_t u16(std::string_view what);
    std::uint32_t u32(std::string_view what);
    std::uint64_t u64(std::string_view what);
    float f32(std::string_view what);
    double f64(std::string_view what);
    // Reads length bytes as a string; throws when length > max_length or past the end.
    std::string string(std::uint64_t length, std::uint64_t max_length, std::string_view what);

    // Throws FormatError "<origin>: <message> (at byte <position>)".
    [[noreturn]] void fail(const std::string& message) const;
    [[noreturn]] void failAt(std::uint64_t offset, const std::string& message) const;

private:
    void require(std::uint64_t bytes, std::string_view what) const;
    void fill(void* out, std::uint64_t bytes);

    std::string m_origin;
    std::uint64_t m_size_bytes = 0;
    std::uint64_t m_position = 0;
    // Memory mode.
    std::string_view m_memory;
    bool m_from_memory = false;
    // File mode: a read-ahead buffer over the stream. m_buffer holds the bytes at
    // [m_buffer_start, m_buffer_start + m_buffer.size()).
    std::ifstream m_stream;
    std::vector<char> m_buffer;
    std::uint64_t m_buffer_start = 0;
};

// checked arithmetic for sizes read from files: false on overflow (the result is then unspecified).
bool checkedMul(std::int64_t a, std::int64_t b, std::int64_t* result);
bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t* result);

// A short, printable rendering of untrusted bytes for error messages: at most max_chars, control
// and non-ASCII bytes escaped, so a hostile name cannot break a one-line message or a terminal.
std::string printable(std::string_view bytes, std::size_t max_chars = 80);

// True when bytes are valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view bytes);

} // namespace fitscope::formats

namespace fitscope::formats {

// Reads a whole (small) text file, refusing files larger than max_bytes. Throws FormatError.
std::string readTextFile(const std::filesystem::path& path, std::uint64_t max_bytes);

} // namespace fitscope::formats
