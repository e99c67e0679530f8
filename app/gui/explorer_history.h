#pragma once

#include "core/formats/model_file.h"
#include "core/sizing/prepared_model.h"
#include "explorer_state.h"
#include "pinned_scenarios.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QUndoStack;

namespace fitscope::gui {

class ControlPanel;

// What the explorer's controls held at one moment: the state and the model file behind it, so
// undoing "open model file" needs no file on disk.
struct ExplorerSnapshot {
    ExplorerState state;
    std::shared_ptr<const sizing::PreparedModel> file_model;
    std::shared_ptr<const formats::ModelFileInfo> file_info;
};

// The explorer's undo stack. Every change of an input is one step, named by what changed
// ("Context 8,192 → 32,768"): the panel's changed() is watched, so no control needs to know about
// undo. A slider drag is one step: the changes while a slider is held down merge into the step the
// press began. Solver jumps and suggestions name themselves (nameNextChange), pins are steps too.
// The display unit is not an input: it is neither a step nor undone.
class ExplorerHistory : public QObject {
    Q_OBJECT

public:
    ExplorerHistory(ControlPanel* controls, PinnedScenarios* pins, QObject* parent = nullptr);

    QUndoStack* stack() const { return m_stack; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    // The next change of the controls is named "<what>: <change>" ("Longest context: Context 8,192 →
    // 32,768"), for changes made by an action rather than a control.
    void nameNextChange(const QString& what);
    // A change of the pinned scenarios, as one step (the board has changed already).
    void recordPins(const std::vector<Pin>& before, const QString& text);
    // Forgets every step (a scenario file was opened: its state is the new start).
    void clear();

    ExplorerSnapshot snapshot() const;
    void apply(const ExplorerSnapshot& snapshot); // without recording a step

    // "Context 8,192 → 32,768", "Model Llama-2-13B → Qwen2-7B (and 2 more)": the step's name.
    QString describeChange(const ExplorerState& before, const ExplorerState& after) const;

private:
    void onChanged();
    bool sliderHeld() const;

    ControlPanel* m_controls = nullptr;
    PinnedScenarios* m_pins = nullptr;
    QUndoStack* m_stack = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    ExplorerSnapshot m_last; // the state the next change starts from
    QString m_nextName;
    bool m_applying = false;
    int m_dragId = 0; // changes with the same id merge: one per slider press
};

} // namespace fitscope::gui
