#include "core/hardware/command_runner.h"

#include <cstdlib>
#include <thread>

#if defined(__unix__) || defined(__APPLE__)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;
#endif

namespace fitscope::hardware {

std::filesystem::path findProgram(const std::string& program, const std::vector<std::filesystem::path>& search_dirs) {
    std::vector<std::filesystem::path> dirs = search_dirs;
    if (dirs.empty()) {
        const char* path = std::getenv("PATH");
        std::string list = path ? path : "";
        std::size_t start = 0;
        while (start <= list.size()) {
            const std::size_t end = list.find(':', start);
            const std::string dir = list.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!dir.empty()) {
                dirs.emplace_back(dir);
            }
            if (end == std::string::npos) {
                break;
            }
            start = end + 1;
        }
    }
    for (const std::filesystem::path& dir : dirs) {
        const std::filesystem::path candidate = dir / program;
        std::error_code ec;
#if defined(__unix__) || defined(__APPLE__)
        if (std::filesystem::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
#else
        if (std::filesystem::is_regular_file(candidate, ec)) {
            return candidate;
        }
#endif
    }
    return {};
}

#if defined(__unix__) || defined(__APPLE__)

namespace {

void killGroup(pid_t pid) {
    ::kill(-pid, SIGKILL); // the program and anything it started (a shell script's children)
    ::kill(pid, SIGKILL);
}

} // namespace

CommandResult runCommand(const std::filesystem::path& program, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout) {
    CommandResult result;
    if (program.empty()) {
        return result;
    }
    int fds[2];
    if (::pipe(fds) != 0) {
        return result;
    }
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Its own process group, so a timeout kills what it started too.
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);

    const std::string path = program.string();
    std::vector<std::string> storage;
    storage.reserve(args.size() + 1);
    storage.push_back(path);
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : storage) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, path.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        return result;
    }
    result.started = true;

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto remainingMs = [&] {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        return static_cast<int>(std::max<long long>(0, left.count()));
    };
    char buffer[8192];
    bool eof = false;
    while (!eof) {
        const int wait_ms = remainingMs();
        if (wait_ms == 0) {
            result.timed_out = true;
            break;
        }
        pollfd pfd{fds[0], POLLIN, 0};
        const int ready = ::poll(&pfd, 1, wait_ms);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            result.timed_out = ready == 0;
            break;
        }
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            eof = true;
            break;
        }
        if (result.output.size() < kMaxCommandOutputBytes) {
            result.output.append(buffer, static_cast<std::size_t>(std::min<ssize_t>(
                                             n, static_cast<ssize_t>(kMaxCommandOutputBytes - result.output.size()))));
        }
    }
    ::close(fds[0]);

    // Output closed: wait for the exit status, still within the deadline.
    int status = 0;
    while (!result.timed_out) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            return result;
        }
        if (done < 0 && errno != EINTR) {
            return result;
        }
        if (remainingMs() == 0) {
            result.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    killGroup(pid);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.output.clear(); // partial output of a killed program is not to be trusted
    return result;
}

#else

CommandResult runCommand(const std::filesystem::path&, const std::vector<std::string>&, std::chrono::milliseconds) {
    return {}; // no detection through tools on this platform yet
}

#endif

} // namespace fitscope::hardware
