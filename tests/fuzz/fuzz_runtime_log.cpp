// libFuzzer target: any text through the runtime log readers (vLLM, llama.cpp, Ollama) and the
// message made from what they found. They must never crash, hang or read out of bounds.
#include "core/logs/runtime_log.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace fitscope::logs;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const RuntimeLog log = parseRuntimeLog(text);
    (void)describeRuntimeLog(log);
    for (const LogFigure& f : log.figures) {
        // The readers reject impossible numbers: nothing negative comes out.
        if (f.amount < 0 || f.ratio < 0) {
            __builtin_trap();
        }
    }
    return 0;
}
