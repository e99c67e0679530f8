#include "core/plan/launch_settings.h"

#include <array>

namespace fitscope::plan {

std::string_view launchRuntimeId(LaunchRuntime runtime) {
    switch (runtime) {
    case LaunchRuntime::LlamaCpp:
        return "llamacpp";
    case LaunchRuntime::Vllm:
        return "vllm";
    case LaunchRuntime::Ollama:
        return "ollama";
    }
    return "llamacpp";
}

std::optional<LaunchRuntime> launchRuntimeFromId(std::string_view id) {
    if (id == "llamacpp" || id == "llama.cpp" || id == "llama-server") {
        return LaunchRuntime::LlamaCpp;
    }
    if (id == "vllm") {
        return LaunchRuntime::Vllm;
    }
    if (id == "ollama") {
        return LaunchRuntime::Ollama;
    }
    return std::nullopt;
}

std::string_view launchRuntimeVersion(LaunchRuntime runtime) {
    switch (runtime) {
    case LaunchRuntime::LlamaCpp:
        // -fa takes on|off|auto and -ot/--n-cpu-moe exist since the 2025 releases (common/arg.cpp).
        return "llama.cpp llama-server, common/arg.cpp flags of the 2025-26 releases (-fa on|off|auto)";
    case LaunchRuntime::Vllm:
        return "vLLM v1 engine, vllm/engine/arg_utils.py flags (vllm serve)";
    case LaunchRuntime::Ollama:
        return "Ollama envconfig/config.go variables and Modelfile PARAMETER names";
    }
    return "";
}

namespace {
struct CacheName {
    sizing::KvFormat format;
    std::string_view name;
};
// The cache types llama.cpp accepts, every one of common/arg.cpp kv_cache_types (ggml-org/llama.cpp
// @001d906: f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1), by their ggml_type_name.
constexpr std::array<CacheName, 9> kCacheNames = {{{sizing::KvFormat::FP32, "f32"},
                                                   {sizing::KvFormat::FP16, "f16"},
                                                   {sizing::KvFormat::BF16, "bf16"},
                                                   {sizing::KvFormat::Q8_0, "q8_0"},
                                                   {sizing::KvFormat::Q4_0, "q4_0"},
                                                   {sizing::KvFormat::Q4_1, "q4_1"},
                                                   {sizing::KvFormat::IQ4_NL, "iq4_nl"},
                                                   {sizing::KvFormat::Q5_0, "q5_0"},
                                                   {sizing::KvFormat::Q5_1, "q5_1"}}};
} // namespace

std::string_view llamaCppCacheTypeName(sizing::KvFormat format) {
    for (const CacheName& c : kCacheNames) {
        if (c.format == format) {
            return c.name;
        }
    }
    return {};
}

std::optional<sizing::KvFormat> kvFormatFromLlamaCppName(std::string_view name) {
    for (const CacheName& c : kCacheNames) {
        if (c.name == name) {
            return c.format;
        }
    }
    return std::nullopt;
}

} // namespace fitscope::plan
