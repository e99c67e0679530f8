#pragma once

#include <QObject>

#include <vector>

class QAction;
class QMainWindow;
class QMenuBar;

namespace fitscope::gui {

class CommandPalette;
class ComparisonView;
class ContextReadout;
class ExplorerHistory;
class ExplorerPage;
class PinBar;
class PinnedScenarios;
class ScenarioDocument;
class SolverJumps;
struct PaletteEntry;

namespace lab {
class LabResultsHub;
}

// The explorer as a workspace for deciding (issue 18): pinned scenarios with a baseline, their
// comparison view, undo and redo of every input change and pin, the solvers' jumps, the linked
// context-chart readout and the command palette. It puts its widgets into the explorer page and its
// actions into an Edit menu, and keeps the scenario document's pinned list.
class Workspace : public QObject {
    Q_OBJECT

public:
    Workspace(QMainWindow* window, ExplorerPage* page, ScenarioDocument* document, lab::LabResultsHub* labHub);

    void addEditMenu(QMenuBar* bar); // after File
    // The current state is the start: nothing to undo (the window restored its settings).
    void startFresh();

    PinnedScenarios* pins() const { return m_pins; }
    ExplorerHistory* history() const { return m_history; }
    PinBar* pinBar() const { return m_pinBar; }
    ComparisonView* comparisonView() const { return m_comparison; }
    CommandPalette* palette() const { return m_palette; }
    SolverJumps* solverJumps() const { return m_solvers; }
    ContextReadout* contextReadout() const { return m_readout; }

    // What the actions do, without dialogs (tests too).
    bool pin(const QString& name = {});
    void unpin(int index);
    void setBaseline(int index, bool on);
    void rename(int index, const QString& name);
    void showPin(int index);
    void showComparison();
    void openPalette();
    std::vector<PaletteEntry> paletteEntries() const;

    // Re-computes the comparison now (it follows the controls only while it is shown).
    void updateComparison();

signals:
    void message(const QString& text);

protected:
    // Ctrl+K opens the palette even from a text field (which would take it as "delete to the end").
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onPinsChanged();

    QMainWindow* m_window = nullptr;
    ExplorerPage* m_page = nullptr;
    ScenarioDocument* m_document = nullptr;
    lab::LabResultsHub* m_labHub = nullptr;
    PinnedScenarios* m_pins = nullptr;
    ExplorerHistory* m_history = nullptr;
    PinBar* m_pinBar = nullptr;
    ComparisonView* m_comparison = nullptr;
    SolverJumps* m_solvers = nullptr;
    CommandPalette* m_palette = nullptr;
    ContextReadout* m_readout = nullptr;
    QAction* m_pinAction = nullptr;
    QAction* m_paletteAction = nullptr;
    QAction* m_compareAction = nullptr;
    bool m_comparisonDirty = true;
};

} // namespace fitscope::gui
