#include "explorer_history.h"

#include "comparison_text.h"
#include "control_panel.h"
#include "explorer_scenario.h"

#include <QAbstractSlider>
#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>

namespace fitscope::gui {

namespace {

constexpr int kStateStepId = 18; // QUndoCommand::id of the steps a slider drag merges

// One change of the controls. It is pushed after the change happened, so its first redo does nothing.
class StateStep : public QUndoCommand {
public:
    StateStep(ExplorerHistory* history, ExplorerSnapshot before, ExplorerSnapshot after, const QString& text, int drag)
        : QUndoCommand(text)
        , m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_drag(drag) {}

    void redo() override {
        if (m_first) {
            m_first = false;
            return;
        }
        m_history->apply(m_after);
    }
    void undo() override { m_history->apply(m_before); }
    int id() const override { return m_drag != 0 ? kStateStepId : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const StateStep*>(other);
        if (next->m_drag != m_drag) {
            return false;
        }
        // The drag so far and this step of it: one step from where the press began.
        m_after = next->m_after;
        setText(m_history->describeChange(m_before.state, m_after.state));
        setObsolete(m_before.state == m_after.state); // dragged back to where it began
        return true;
    }

private:
    ExplorerHistory* m_history;
    ExplorerSnapshot m_before;
    ExplorerSnapshot m_after;
    int m_drag = 0;
    bool m_first = true;
};

// A change of the pinned scenarios (pin, unpin, baseline, rename).
class PinsStep : public QUndoCommand {
public:
    PinsStep(PinnedScenarios* pins, std::vector<Pin> before, std::vector<Pin> after, const QString& text)
        : QUndoCommand(text)
        , m_pins(pins)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    void redo() override {
        if (m_first) {
            m_first = false;
            return;
        }
        m_pins->setPins(m_after);
    }
    void undo() override { m_pins->setPins(m_before); }

private:
    PinnedScenarios* m_pins;
    std::vector<Pin> m_before;
    std::vector<Pin> m_after;
    bool m_first = true;
};

bool sameInputs(ExplorerState a, const ExplorerState& b) {
    a.unit = b.unit; // the display unit is no input
    return a == b;
}

} // namespace

ExplorerHistory::ExplorerHistory(ControlPanel* controls, PinnedScenarios* pins, QObject* parent)
    : QObject(parent)
    , m_controls(controls)
    , m_pins(pins)
    , m_stack(new QUndoStack(this)) {
    setObjectName(QStringLiteral("explorerHistory"));
    m_stack->setObjectName(QStringLiteral("undoStack"));
    m_undo = m_stack->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_stack->createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z everywhere, and the platform's own redo key (Ctrl+Y on Windows) too.
    QList<QKeySequence> redoKeys{QKeySequence(tr("Ctrl+Shift+Z"))};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key)) {
            redoKeys << key;
        }
    }
    m_redo->setShortcuts(redoKeys);
    m_last = snapshot();
    connect(m_controls, &ControlPanel::changed, this, &ExplorerHistory::onChanged);
    // A press on any of the panel's sliders begins a drag; the changes until the release are one step.
    static int dragCounter = 0;
    for (QAbstractSlider* slider : m_controls->findChildren<QAbstractSlider*>()) {
        connect(slider, &QAbstractSlider::sliderPressed, this, [this] { m_dragId = ++dragCounter; });
        connect(slider, &QAbstractSlider::sliderReleased, this, [this] { m_dragId = 0; });
    }
}

ExplorerSnapshot ExplorerHistory::snapshot() const {
    ExplorerSnapshot s;
    s.state = m_controls->state();
    if (s.state.model_source == ModelSource::ConfigFile) {
        s.file_model = m_controls->model();
        s.file_info = m_controls->modelFileInfo();
    }
    return s;
}

void ExplorerHistory::apply(const ExplorerSnapshot& snapshot) {
    ExplorerSnapshot s = snapshot;
    s.state.unit = m_controls->state().unit; // undo never switches GB and GiB
    m_applying = true;
    m_controls->setStateWithModel(s.state, s.file_model, s.file_info);
    m_applying = false;
    m_last = this->snapshot();
}

void ExplorerHistory::clear() {
    m_stack->clear();
    m_last = snapshot();
    m_nextName.clear();
}

void ExplorerHistory::nameNextChange(const QString& what) {
    m_nextName = what;
}

void ExplorerHistory::recordPins(const std::vector<Pin>& before, const QString& text) {
    m_stack->push(new PinsStep(m_pins, before, m_pins->pins(), text));
}

bool ExplorerHistory::sliderHeld() const {
    const auto sliders = m_controls->findChildren<QAbstractSlider*>();
    return std::any_of(sliders.begin(), sliders.end(), [](const QAbstractSlider* s) { return s->isSliderDown(); });
}

QString ExplorerHistory::describeChange(const ExplorerState& before, const ExplorerState& after) const {
    const catalog::Catalog& catalog = m_controls->catalog();
    const std::shared_ptr<const sizing::PreparedModel> model = m_controls->model();
    std::vector<report::InputRow> rows;
    try {
        rows = report::changedInputs(scenarioFromExplorer(before, model), scenarioFromExplorer(after, model), catalog);
    } catch (const std::exception&) {
        rows.clear();
    }
    if (rows.empty()) {
        if (before.compare_formats != after.compare_formats) {
            return tr("Formats compared");
        }
        return tr("Change the scenario");
    }
    const report::InputRow& first = rows.front();
    QString text = tr("%1 %2 → %3")
                       .arg(comparisonInputLabel(first.id, first.label), comparisonValueText(first.values[0]),
                            comparisonValueText(first.values[1]));
    if (rows.size() > 1) {
        text += tr(" (and %n more)", nullptr, static_cast<int>(rows.size() - 1));
    }
    return text;
}

void ExplorerHistory::onChanged() {
    if (m_applying) {
        return;
    }
    ExplorerSnapshot now = snapshot();
    if (sameInputs(m_last.state, now.state)) {
        m_last = std::move(now); // the unit, or nothing, changed
        m_nextName.clear();
        return;
    }
    QString text = describeChange(m_last.state, now.state);
    if (!m_nextName.isEmpty()) {
        text = tr("%1: %2").arg(m_nextName, text);
        m_nextName.clear();
    }
    const int drag = sliderHeld() ? m_dragId : 0;
    ExplorerSnapshot before = std::move(m_last);
    m_last = now;
    m_stack->push(new StateStep(this, std::move(before), std::move(now), text, drag));
}

} // namespace fitscope::gui
