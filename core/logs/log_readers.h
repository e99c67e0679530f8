#pragma once

// The per-runtime line readers parseRuntimeLog feeds every line to. Each keeps the little state its
// format needs (llama.cpp's "creating SWA KV cache" before the SWA buffer line, vLLM's process
// prefixes) and counts the lines it recognised, so the dispatcher can tell which runtime wrote the log.
#include "core/logs/runtime_log.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace fitscope::logs::detail {

class VllmLogReader {
public:
    void read(std::string_view line, RuntimeLog& log);
    void finish(RuntimeLog& log);
    std::int64_t recognised() const { return m_recognised; }

private:
    void add(RuntimeLog& log, const std::string& field, const std::string& device, FigureUnit unit, double value,
             std::string_view line);
    void readEngineConfig(std::string_view line, RuntimeLog& log);
    void readNonDefaultArgs(std::string_view line, RuntimeLog& log);
    void readError(std::string_view line, RuntimeLog& log);

    std::int64_t m_recognised = 0;
    std::string m_pid;
    std::set<std::string> m_pids_without_rank;
    bool m_v1_markers = false;
    bool m_v0_markers = false;
};

class LlamaCppLogReader {
public:
    void read(std::string_view line, RuntimeLog& log);
    void finish(RuntimeLog& log);
    std::int64_t recognised() const { return m_recognised; }
    bool newFormat() const { return m_new_format; }

private:
    void readBuffer(std::string_view line, RuntimeLog& log);
    void readContextParameter(std::string_view line, RuntimeLog& log);
    void readKvSize(std::string_view line, RuntimeLog& log);
    void readBreakdownRow(std::string_view line, RuntimeLog& log);
    void readDevice(std::string_view line, RuntimeLog& log);

    std::int64_t m_recognised = 0;
    bool m_swa_cache = false;
    bool m_new_format = false;
    bool m_kv_size_seen = false;
};

class OllamaLogReader {
public:
    void read(std::string_view line, RuntimeLog& log);
    void finish(RuntimeLog& log);
    std::int64_t recognised() const { return m_recognised; }

private:
    void readOffload(std::string_view line, RuntimeLog& log);
    void readServerCommand(std::string_view line, RuntimeLog& log);

    std::int64_t m_recognised = 0;
};

// The device entry of `name`, created when absent.
LogDevice& deviceNamed(RuntimeLog& log, std::string_view name);

} // namespace fitscope::logs::detail
