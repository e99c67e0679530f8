#include "solver_jumps.h"

#include "control_panel.h"
#include "core/sizing/image_tokens.h"
#include "core/sizing/solver.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "fit_change_links.h"

#include <QAction>
#include <QMenu>

namespace fitscope::gui {

SolverJumps::SolverJumps(ExplorerPage* page, ExplorerHistory* history, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_history(history) {
    connect(m_page, &ExplorerPage::fitChangeChosen, this, [this](std::size_t index) { useFitChange(index); });
    const auto make = [this](const QString& text, const char* name, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_longestContext = make(tr("Use the &longest context that fits"), "actionLongestContext",
                            QKeySequence(tr("Ctrl+Shift+L")), [this] { useLongestContext(); });
    m_largestBatch = make(tr("Use the largest &batch that fits"), "actionLargestBatch",
                          QKeySequence(tr("Ctrl+Shift+B")), [this] { useLargestBatch(); });
    m_mostPrecise = make(tr("Use the most &precise format that fits"), "actionMostPreciseFormat", QKeySequence(),
                         [this] { useMostPreciseFormat(); });
    m_smallestGpu =
        make(tr("Use the &smallest GPU that fits"), "actionSmallestGpu", QKeySequence(), [this] { useSmallestGpu(); });
}

bool SolverJumps::useFitChange(std::size_t index) {
    const auto& changes = m_page->fitChanges();
    if (index >= changes.size()) {
        return false;
    }
    ControlPanel* controls = m_page->controls();
    const plan::FitChange change = changes[index]; // the page recomputes its list with the new state
    const auto state = stateWithFitChange(controls->state(), change);
    if (!state || *state == controls->state()) {
        return false;
    }
    m_history->nameNextChange(tr("Make it fit: %1").arg(fitChangeText(change, m_page->primaryScenario())));
    controls->setStateWithModel(*state, controls->model(), controls->modelFileInfo());
    return true;
}

void SolverJumps::addActions(QMenu* menu) {
    menu->addAction(m_longestContext);
    menu->addAction(m_largestBatch);
    menu->addAction(m_mostPrecise);
    menu->addAction(m_smallestGpu);
}

bool SolverJumps::useLongestContext() {
    ControlPanel* controls = m_page->controls();
    const sizing::Scenario s = m_page->primaryScenario();
    if (!s.gpu) {
        emit message(tr("Select a GPU first: the longest context is the one that fits on it."));
        return false;
    }
    const auto longest = sizing::longestContextThatFits(s, sizing::textContextLimit(s, controls->maxContext()));
    if (!longest) {
        emit message(tr("Not even one token of context fits on this GPU."));
        return false;
    }
    ExplorerState state = controls->state();
    if (state.context_tokens == *longest) {
        emit message(tr("The context is the longest that fits already."));
        return false;
    }
    state.context_tokens = *longest;
    m_history->nameNextChange(tr("Longest context"));
    controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
    return true;
}

bool SolverJumps::useLargestBatch() {
    ControlPanel* controls = m_page->controls();
    const sizing::Scenario s = m_page->primaryScenario();
    const auto batch = s.gpu ? sizing::largestBatchThatFits(s, 4096) : std::nullopt;
    if (!batch) {
        emit message(tr("No batch fits: select a GPU the model fits on."));
        return false;
    }
    ExplorerState state = controls->state();
    if (state.batch == *batch) {
        emit message(tr("The batch is the largest that fits already."));
        return false;
    }
    state.batch = *batch;
    m_history->nameNextChange(tr("Largest batch"));
    controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
    return true;
}

bool SolverJumps::useMostPreciseFormat() {
    ControlPanel* controls = m_page->controls();
    const sizing::Scenario s = m_page->primaryScenario();
    const auto format = s.gpu ? sizing::mostPreciseFormatThatFits(s, sizing::defaultFormatCandidates()) : std::nullopt;
    if (!format) {
        emit message(tr("No weight format fits on this GPU."));
        return false;
    }
    ExplorerState state = controls->state();
    if (state.precision.weights == *format) {
        emit message(tr("The weight format is the most precise that fits already."));
        return false;
    }
    state.precision.weights = *format;
    m_history->nameNextChange(tr("Most precise format"));
    controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
    return true;
}

bool SolverJumps::useSmallestGpu() {
    ControlPanel* controls = m_page->controls();
    const auto& gpus = controls->catalog().gpus();
    const auto smallest = sizing::smallestGpuThatFits(m_page->primaryScenario(), gpus);
    if (!smallest) {
        emit message(tr("No single catalog GPU holds this scenario."));
        return false;
    }
    const std::string id = gpus[*smallest].id;
    ExplorerState state = controls->state();
    if (state.primary_gpu == id) {
        emit message(tr("The GPU is the smallest that fits already."));
        return false;
    }
    if (std::none_of(state.gpus.begin(), state.gpus.end(), [&id](const GpuChoice& g) { return g.id == id; })) {
        state.gpus.insert(state.gpus.begin(), GpuChoice{id, 1});
    }
    state.primary_gpu = id;
    m_history->nameNextChange(tr("Smallest GPU"));
    controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
    return true;
}

} // namespace fitscope::gui
