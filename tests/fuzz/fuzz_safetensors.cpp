// libFuzzer target: the safetensors header reader (8-byte length + JSON) on arbitrary bytes.
#include "core/formats/hf_config.h"
#include "core/formats/safetensors_reader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace fitscope;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const formats::SafetensorsFile file = formats::parseSafetensorsHeader(bytes, "fuzz.safetensors");
        (void)file.tensorBytes();
    } catch (const formats::FormatError&) {
    }
    return 0;
}
