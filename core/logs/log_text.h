#pragma once

// Small text helpers the log readers share: numbers with units as runtimes print them, found without
// exceptions or locale (a log is untrusted text).
#include "core/logs/runtime_log.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fitscope::logs::detail {

// Bytes above this are impossible for one device or process (1 PiB): a misread or corrupt log.
inline constexpr double kMaxPlausibleBytes = 1125899906842624.0;

std::string_view trim(std::string_view s);
bool contains(std::string_view s, std::string_view what);
bool startsWith(std::string_view s, std::string_view prefix);

// A decimal number at the start of `s` (after spaces), digits grouped with ',' allowed ("807,792").
// `consumed` gets the characters read.
std::optional<double> leadingNumber(std::string_view s, std::size_t* consumed = nullptr);
// An integer at the start of `s` (after spaces, ',' groups allowed).
std::optional<std::int64_t> leadingInteger(std::string_view s);

// A size "256.00 MiB", "7.48GiB", "0.95 GiB", "974.6 MiB" at the start of `s`. `gb_is_gib`: vLLM's
// V0 "Loading model weights took X GB" divides by 2^30 (vllm/worker/model_runner.py, v0.6), so its GB
// is a GiB. A unit-less number is taken as `default_unit_bytes` (0: not a size).
std::optional<double> leadingSize(std::string_view s, bool gb_is_gib = false, double default_unit_bytes = 0.0);

// The text after the first occurrence of `key` in `line` (npos-safe): empty when absent.
std::optional<std::string_view> after(std::string_view line, std::string_view key);

// The size right after `key` (skipping '=', ':', '(' and spaces).
std::optional<double> sizeAfter(std::string_view line, std::string_view key, bool gb_is_gib = false);
std::optional<double> numberAfter(std::string_view line, std::string_view key);

// key=value or key="value" pairs as Ollama's slog and vLLM's config line print them.
std::optional<std::string> valueOf(std::string_view line, std::string_view key);

std::string shorten(std::string_view line, std::size_t max_chars = 240);

// Adds a figure after checking the number is possible (finite, not negative, below 1 PiB for bytes);
// otherwise records a problem and drops it.
void addFigure(RuntimeLog& log, std::string field, std::string device, FigureUnit unit, double value,
               std::string_view line);

} // namespace fitscope::logs::detail
