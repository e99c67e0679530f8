#pragma once

#include <QObject>

#include <cstddef>

class QAction;
class QMenu;

namespace fitscope::gui {

class ExplorerHistory;
class ExplorerPage;

// The solvers' answers as actions that apply them: "Use the longest context that fits", the
// largest batch, the most precise weight format, the smallest catalog GPU. Each is one undo step
// named after the jump ("Longest context: Context 8,192 → 32,768").
class SolverJumps : public QObject {
    Q_OBJECT

public:
    SolverJumps(ExplorerPage* page, ExplorerHistory* history, QObject* parent = nullptr);

    void addActions(QMenu* menu);
    QAction* longestContext() const { return m_longestContext; }
    QAction* largestBatch() const { return m_largestBatch; }
    QAction* mostPreciseFormat() const { return m_mostPrecise; }
    QAction* smallestGpu() const { return m_smallestGpu; }

    // Without the actions (tests, the palette): false with a message when there is nothing to apply.
    bool useLongestContext();
    bool useLargestBatch();
    bool useMostPreciseFormat();
    bool useSmallestGpu();
    // The summary's change number index (ExplorerPage::fitChanges()), named after what it changes.
    bool useFitChange(std::size_t index);

signals:
    void message(const QString& text);

private:
    ExplorerPage* m_page = nullptr;
    ExplorerHistory* m_history = nullptr;
    QAction* m_longestContext = nullptr;
    QAction* m_largestBatch = nullptr;
    QAction* m_mostPrecise = nullptr;
    QAction* m_smallestGpu = nullptr;
};

} // namespace fitscope::gui
