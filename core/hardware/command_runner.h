#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace fitscope::hardware {

struct CommandResult {
    bool started = false;   // the program was found and started
    bool timed_out = false; // it did not finish in time and was killed
    int exit_code = -1;     // its exit status when it finished normally
    std::string output;     // what it wrote to stdout (at most kMaxCommandOutputBytes)

    bool ok() const { return started && !timed_out && exit_code == 0; }
};

inline constexpr std::size_t kMaxCommandOutputBytes = 1u << 20;

// Where `program` would run from: the first executable file of that name in `search_dirs`, or in
// $PATH when search_dirs is empty. Empty path if there is none.
std::filesystem::path findProgram(const std::string& program, const std::vector<std::filesystem::path>& search_dirs);

// Runs `program args...` with stdin and stderr on /dev/null and returns its stdout. A program that has
// not finished after `timeout` is killed with its whole process group (a hung nvidia-smi waiting on a
// wedged driver must not hold up the app); never throws.
CommandResult runCommand(const std::filesystem::path& program, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout);

} // namespace fitscope::hardware
