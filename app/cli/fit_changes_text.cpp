#include "fit_changes_text.h"

namespace fitscope::cli {

std::string fitChangesText(const std::vector<plan::FitChange>& changes, sizing::MemoryUnit unit,
                           const std::string& prefix) {
    if (changes.empty()) {
        return prefix + "No single change FitScope tries makes it fit.\n";
    }
    std::string text = prefix + "The cheapest changes that make it fit:\n";
    int n = 1;
    for (const plan::FitChange& c : changes) {
        text += prefix + "  " + std::to_string(n++) + ". " + c.change + ": " +
                sizing::formatBytes(c.per_gpu_bytes_after, unit, 2) + " per GPU of " +
                sizing::formatBytes(c.capacity_bytes_after, unit, 1) +
                (c.saved_bytes > 0 ? " (saves " + sizing::formatBytes(c.saved_bytes, unit, 2) + ")" : std::string()) +
                "; costs " + c.cost + "\n";
    }
    return text;
}

} // namespace fitscope::cli
