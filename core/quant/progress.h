#pragma once
// Progress and cancellation as plain callbacks, so the GUI can run any scheme or benchmark off its
// thread (docs: architecture.md, "core exposes progress and cancellation as plain callbacks").

#include <atomic>
#include <functional>

namespace fitscope::quant {

// Called with a fraction in [0, 1]. May be called from a worker thread; keep it cheap.
using ProgressFn = std::function<void(double)>;

// Shared cancellation flag. Any thread may call cancel(); long loops call throwIfCancelled().
class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    std::atomic<bool>* flag() { return &m_cancelled; }

private:
    std::atomic<bool> m_cancelled{false};
};

// What long operations receive: both optional.
struct Control {
    ProgressFn progress;
    const CancelToken* cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->isCancelled(); }
    void throwIfCancelled() const; // throws Cancelled
    void report(double fraction) const {
        if (progress) {
            progress(fraction);
        }
    }
    // A Control for a sub-range [begin, end] of the overall progress.
    Control sub(double begin, double end) const;
};

} // namespace fitscope::quant
