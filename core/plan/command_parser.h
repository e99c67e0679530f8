#pragma once

#include "core/plan/launch_settings.h"
#include "core/plan/shell_words.h"
#include "core/sizing/scenario.h"

#include <string_view>

namespace fitscope::plan {

// Reads a llama.cpp (llama-server, llama-cli, llama-bench-like tools), `vllm serve` /
// `python -m vllm.entrypoints.openai.api_server`, or `ollama serve|run` command line into the
// settings it sets. Flags FitScope does not model are kept in `unknown` (not an error). Throws
// CommandError naming the part for a command it cannot read: an unknown program, broken quoting,
// a flag without its value, an impossible value (-c -5, --gpu-memory-utilization 1.7), a broken
// -ot regex (compiled as llama.cpp compiles it: std::regex, ECMAScript).
LaunchSettings parseLaunchCommand(std::string_view command);

// The scenario the settings describe, on top of `base` (which names the model and GPU): context and
// sequences, KV format, llama.cpp's layers, flash attention and ubatch, vLLM's memory fraction,
// parallelism, graphs and quantization. Settings the command leaves out keep base's values. Throws
// CommandError for settings FitScope cannot size (different K and V cache types).
sizing::Scenario scenarioFromSettings(const LaunchSettings& settings, const sizing::Scenario& base);

} // namespace fitscope::plan
