#include "core/formats/bounded_reader.h"

#include "core/formats/hf_config.h"

#include <algorithm>
#include <cstring>
#include <system_error>

namespace fitscope::formats {

namespace {

// Large enough that a GGUF header of a few MB (token list, merges) costs a few hundred reads,
// small enough that opening a file costs nothing noticeable.
constexpr std::size_t k_buffer_bytes = 256 * 1024;

std::string describePath(const std::filesystem::path& path) {
    return path.string();
}

} // namespace

BoundedReader::BoundedReader(const std::filesystem::path& path)
    : m_origin(describePath(path)) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
        throw FormatError(m_origin + ": no such file");
    }
    if (!std::filesystem::is_regular_file(status)) {
        throw FormatError(m_origin + ": not a regular file");
    }
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error) {
        throw FormatError(m_origin + ": cannot read the file size (" + error.message() + ")");
    }
    m_size_bytes = static_cast<std::uint64_t>(size);
    m_stream.open(path, std::ios::binary);
    if (!m_stream) {
        throw FormatError(m_origin + ": cannot open the file for reading");
    }
}

BoundedReader::BoundedReader(std::string_view bytes, std::string origin)
    : m_origin(std::move(origin))
    , m_size_bytes(bytes.size())
    , m_memory(bytes)
    , m_from_memory(true) {}

BoundedReader::BoundedReader(std::string_view prefix, std::uint64_t file_size_bytes, std::string origin)
    : m_origin(std::move(origin))
    , m_size_bytes(file_size_bytes)
    , m_memory(prefix)
    , m_from_memory(true) {
    if (prefix.size() > file_size_bytes) {
        throw FormatError(m_origin + ": " + std::to_string(prefix.size()) + " bytes received for a file of " +
                          std::to_string(file_size_bytes));
    }
}

void BoundedReader::fail(const std::string& message) const {
    failAt(m_position, message);
}

void BoundedReader::failAt(std::uint64_t offset, const std::string& message) const {
    throw FormatError(m_origin + ": " + message + " (at byte " + std::to_string(offset) + ")");
}

void BoundedReader::require(std::uint64_t bytes, std::string_view what) const {
    if (bytes > remainingBytes()) {
        fail("truncated: " + std::string(what) + " needs " + std::to_string(bytes) + " bytes, " +
             std::to_string(remainingBytes()) + " left in a file of " + std::to_string(m_size_bytes));
    }
}

void BoundedReader::seek(std::uint64_t offset, std::string_view what) {
    if (offset > m_size_bytes) {
        fail(std::string(what) + " at offset " + std::to_string(offset) + " is past the end of the file (" +
             std::to_string(m_size_bytes) + " bytes)");
    }
    m_position = offset;
}

void BoundedReader::skip(std::uint64_t bytes, std::string_view what) {
    require(bytes, what);
    m_position += bytes;
}

void BoundedReader::fill(void* out, std::uint64_t bytes) {
    char* dest = static_cast<char*>(out);
    if (m_from_memory) {
        // require() has checked the file's size; only a prefix may end before it.
        if (bytes > m_memory.size() - std::min<std::uint64_t>(m_position, m_memory.size())) {
            throw PrefixTooShort(m_origin + ": the first " + std::to_string(m_memory.size()) +
                                     " bytes do not hold the whole header",
                                 m_position + bytes);
        }
        std::memcpy(dest, m_memory.data() + m_position, bytes);
        m_position += bytes;
        return;
    }
    while (bytes > 0) {
        const bool in_buffer =
            m_position >= m_buffer_start && m_position < m_buffer_start + static_cast<std::uint64_t>(m_buffer.size());
        if (!in_buffer) {
            // Large reads (tensor data) go straight to the destination; small ones refill the buffer.
            if (bytes >= k_buffer_bytes) {
                m_stream.clear();
                m_stream.seekg(static_cast<std::streamoff>(m_position));
                m_stream.read(dest, static_cast<std::streamsize>(bytes));
                if (static_cast<std::uint64_t>(m_stream.gcount()) != bytes) {
                    fail("read error (the file changed or is unreadable)");
                }
                m_position += bytes;
                return;
            }
            const std::uint64_t chunk = std::min<std::uint64_t>(k_buffer_bytes, m_size_bytes - m_position);
            m_buffer.resize(static_cast<std::size_t>(chunk));
            m_stream.clear();
            m_stream.seekg(static_cast<std::streamoff>(m_position));
            m_stream.read(m_buffer.data(), static_cast<std::streamsize>(chunk));
            if (static_cast<std::uint64_t>(m_stream.gcount()) != chunk) {
                m_buffer.clear();
                fail("read error (the file changed or is unreadable)");
            }
            m_buffer_start = m_position;
        }
        const std::uint64_t offset = m_position - m_buffer_start;
        const std::uint64_t available = static_cast<std::uint64_t>(m_buffer.size()) - offset;
        const std::uint64_t take = std::min(available, bytes);
        std::memcpy(dest, m_buffer.data() + offset, static_cast<std::size_t>(take));
        dest += take;
        bytes -= take;
        m_position += take;
    }
}

void BoundedReader::read(void* out, std::uint64_t bytes, std::string_view what) {
    require(bytes, what);
    fill(out, bytes);
}

std::uint8_t BoundedReader::u8(std::string_view what) {
    unsigned char b = 0;
    read(&b, 1, what);
    return b;
}

std::uint16_t BoundedReader::u16(std::string_view what) {
    unsigned char b[2];
    read(b, 2, what);
    return static_cast<std::uint16_t>(b[0] | (b[1] << 8));
}

std::uint32_t BoundedReader::u32(std::string_view what) {
    unsigned char b[4];
    read(b, 4, what);
    return static_cast<std::uint32_t>(b[0]) | (static_cast<std::uint32_t>(b[1]) << 8) |
           (static_cast<std::uint32_t>(b[2]) << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
}

std::uint64_t BoundedReader::u64(std::string_view what) {
    const std::uint64_t low = u32(what);
    const std::uint64_t high = u32(what);
    return low | (high << 32);
}

float BoundedReader::f32(std::string_view what) {
    const std::uint32_t bits = u32(what);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

double BoundedReader::f64(std::string_view what) {
    const std::uint64_t bits = u64(what);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

std::string BoundedReader::string(std::uint64_t length, std::uint64_t max_length, std::string_view what) {
    if (length > max_length) {
        fail(std::string(what) + " is " + std::to_string(length) + " bytes long, more than the limit of " +
             std::to_string(max_length));
    }
    require(length, what);
    std::string text(static_cast<std::size_t>(length), '\0');
    fill(text.data(), length);
    return text;
}

bool checkedMul(std::int64_t a, std::int64_t b, std::int64_t* result) {
    return !__builtin_mul_overflow(a, b, result);
}

bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t* result) {
    return !__builtin_add_overflow(a, b, result);
}

std::string printable(std::string_view bytes, std::size_t max_chars) {
    static const char* const hex = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        if (out.size() >= max_chars) {
            out += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && u != '\\') {
            out += c;
        } else {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

bool isValidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        std::uint32_t code = 0;
        std::uint32_t min_code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
            min_code = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
            min_code = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
            min_code = 0x10000;
        } else {
            return false;
        }
        if (n - i <= static_cast<std::size_t>(extra)) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (cc & 0x3F);
        }
        if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

} // namespace fitscope::formats

namespace fitscope::formats {

std::string readTextFile(const std::filesystem::path& path, std::uint64_t max_bytes) {
    BoundedReader reader(path);
    if (reader.sizeBytes() > max_bytes) {
        throw FormatError(reader.origin() + ": " + std::to_string(reader.sizeBytes()) +
                          " bytes, more than the limit of " + std::to_string(max_bytes) + " for this file");
    }
    return reader.string(reader.sizeBytes(), max_bytes, "the text");
}

} // namespace fitscope::formats
