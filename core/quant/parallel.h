#pragma once
// A minimal parallel-for over index ranges with std::thread (no OpenMP in the build).

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace fitscope::quant {

// Threads to use when the caller says 0: every hardware thread.
inline int defaultThreadCount() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

// Splits [0, count) into `threads` contiguous chunks (aligned to `align` items) and runs
// fn(begin, end, thread_index) on each, the first chunk on the calling thread.
template <typename Fn>
void parallelFor(std::int64_t count, int threads, Fn&& fn, std::int64_t align = 1) {
    if (threads <= 0) {
        threads = defaultThreadCount();
    }
    const std::int64_t units = (count + align - 1) / align;
    threads = static_cast<int>(std::max<std::int64_t>(1, std::min<std::int64_t>(threads, units)));
    if (threads == 1) {
        fn(std::int64_t{0}, count, 0);
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads - 1));
    auto bounds = [&](int t) {
        const std::int64_t begin = std::min(count, (units * t / threads) * align);
        const std::int64_t end = std::min(count, (units * (t + 1) / threads) * align);
        return std::pair<std::int64_t, std::int64_t>(begin, end);
    };
    // Exceptions (Cancelled, QuantError) are carried back to the calling thread.
    std::exception_ptr error;
    std::mutex error_mutex;
    auto guarded = [&](std::int64_t begin, std::int64_t end, int t) {
        try {
            fn(begin, end, t);
        } catch (...) {
            std::lock_guard<std::mutex> lock(error_mutex);
            if (!error) {
                error = std::current_exception();
            }
        }
    };
    for (int t = 1; t < threads; ++t) {
        const auto [begin, end] = bounds(t);
        pool.emplace_back([&guarded, begin, end, t] { guarded(begin, end, t); });
    }
    const auto [begin0, end0] = bounds(0);
    guarded(begin0, end0, 0);
    for (auto& thread : pool) {
        thread.join();
    }
    if (error) {
        std::rethrow_exception(error);
    }
}

} // namespace fitscope::quant
