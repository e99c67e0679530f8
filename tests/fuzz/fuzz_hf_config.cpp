// libFuzzer target: JSON text from a model folder, through config.json's reader (parseHfConfig, the
// architecture formulas on what it accepts) and the safetensors index reader.
#include "core/formats/hf_config.h"
#include "core/formats/safetensors_reader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace fitscope;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const sizing::ModelSpec spec = formats::parseHfConfig(text, "fuzz/config.json");
        if (sizing::validate(spec).empty()) {
            (void)sizing::countParameters(spec);
            (void)sizing::kvElementsPerTokenPerLayer(spec);
        }
    } catch (const formats::FormatError&) {
    }
    try {
        (void)formats::parseSafetensorsIndex(text, "fuzz/model.safetensors.index.json");
    } catch (const formats::FormatError&) {
    }
    return 0;
}
