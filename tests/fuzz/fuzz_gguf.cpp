// libFuzzer target: the GGUF header reader and the GGUF -> ModelSpec mapping on arbitrary bytes.
// Any exception other than FormatError, any crash, hang or sanitizer report is a finding.
#include "core/formats/gguf_model_spec.h"
#include "core/formats/gguf_reader.h"
#include "core/formats/hf_config.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace fitscope;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const formats::GgufFile file = formats::parseGgufHeader(bytes, "fuzz.gguf");
        for (const formats::GgufMetadataEntry& entry : file.metadata) {
            (void)entry.value.display(80);
        }
        const formats::GgufModelSpec mapped = formats::modelSpecFromGguf(file, file.tensors, "fuzz");
        if (mapped.spec) {
            (void)sizing::countParameters(*mapped.spec);
            (void)sizing::kvElementsPerTokenPerLayer(*mapped.spec);
        }
    } catch (const formats::FormatError&) {
        // Rejected cleanly: the expected outcome for most inputs.
    }
    return 0;
}
