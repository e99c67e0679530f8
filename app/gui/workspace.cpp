#include "workspace.h"

#include "chart_export.h"
#include "command_palette.h"
#include "comparison_view.h"
#include "context_readout.h"
#include "control_panel.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "explorer_scenario.h"
#include "export_dialog.h"
#include "format_text.h"
#include "lab/lab_results_hub.h"
#include "pin_bar.h"
#include "pinned_scenarios.h"
#include "scenario_document.h"
#include "solver_jumps.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QUndoStack>

#include <cmath>

namespace fitscope::gui {

Workspace::Workspace(QMainWindow* window, ExplorerPage* page, ScenarioDocument* document, lab::LabResultsHub* labHub)
    : QObject(window)
    , m_window(window)
    , m_page(page)
    , m_document(document)
    , m_labHub(labHub) {
    setObjectName(QStringLiteral("workspace"));
    ControlPanel* controls = m_page->controls();
    m_pins = new PinnedScenarios(controls->catalog(), this);
    m_history = new ExplorerHistory(controls, m_pins, this);
    m_solvers = new SolverJumps(m_page, m_history, this);
    connect(m_solvers, &SolverJumps::message, this, &Workspace::message);

    m_pinBar = new PinBar(m_page);
    m_page->addWorkspaceBar(m_pinBar);
    m_comparison = new ComparisonView(m_page);
    m_page->detailsTabs()->addTab(m_comparison, tr("C&ompare"));
    m_palette = new CommandPalette(m_window);
    m_readout = new ContextReadout(m_page, this);
    m_readout->setHistory(m_history);

    connect(m_pinBar, &PinBar::pinRequested, this, [this] { pin(); });
    connect(m_pinBar, &PinBar::unpinRequested, this, &Workspace::unpin);
    connect(m_pinBar, &PinBar::baselineRequested, this, &Workspace::setBaseline);
    connect(m_pinBar, &PinBar::renameRequested, this, &Workspace::rename);
    connect(m_pinBar, &PinBar::showRequested, this, &Workspace::showPin);
    connect(m_pinBar, &PinBar::compareRequested, this, &Workspace::showComparison);
    connect(m_pins, &PinnedScenarios::changed, this, &Workspace::onPinsChanged);
    // The live column follows the controls while the comparison is shown; otherwise when it is.
    connect(m_page, &ExplorerPage::recomputed, this, [this] {
        m_comparisonDirty = true;
        if (m_comparison->isVisible()) {
            updateComparison();
        }
    });
    connect(m_page->detailsTabs(), &QTabWidget::currentChanged, this, [this] {
        if (m_comparison->isVisible() && m_comparisonDirty) {
            updateComparison();
        }
    });
    if (m_labHub != nullptr) {
        connect(m_labHub, &lab::LabResultsHub::resultsChanged, this, [this] {
            m_comparisonDirty = true;
            if (m_comparison->isVisible()) {
                updateComparison();
            }
        });
    }
    if (m_document != nullptr) {
        m_document->setPinnedScenarios(m_pins);
        // A scenario file opened: its pins are the board's, and its state the start of the history.
        connect(m_document, &ScenarioDocument::opened, this, [this] { m_history->clear(); });
    }
    updateComparison();
    qApp->installEventFilter(this);
}

bool Workspace::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier && widget != nullptr &&
            widget->window() == m_window && qobject_cast<QLineEdit*>(widget) != nullptr) {
            return true; // the line edit does not claim the key: the palette's shortcut takes it
        }
    }
    return QObject::eventFilter(watched, event);
}

void Workspace::addEditMenu(QMenuBar* bar) {
    QMenu* edit = new QMenu(tr("&Edit"), bar);
    edit->setObjectName(QStringLiteral("editMenu"));
    // After File, before the others.
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.size() > 1 ? menus[1] : nullptr, edit);
    edit->addAction(m_history->undoAction());
    edit->addAction(m_history->redoAction());
    edit->addSeparator();
    m_pinAction = edit->addAction(tr("&Pin scenario"), this, [this] { pin(); });
    m_pinAction->setObjectName(QStringLiteral("actionPinScenario"));
    m_pinAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_compareAction = edit->addAction(tr("&Compare pinned scenarios"), this, &Workspace::showComparison);
    m_compareAction->setObjectName(QStringLiteral("actionCompareScenarios"));
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    edit->addSeparator();
    m_solvers->addActions(edit);
    edit->addSeparator();
    m_paletteAction = edit->addAction(tr("Command &palette…"), this, &Workspace::openPalette);
    m_paletteAction->setObjectName(QStringLiteral("actionCommandPalette"));
    m_paletteAction->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+Shift+P"))});
    connect(m_pins, &PinnedScenarios::changed, this, [this] { m_pinAction->setEnabled(!m_pins->isFull()); });
}

void Workspace::startFresh() {
    m_history->clear();
}

bool Workspace::pin(const QString& name) {
    if (m_pins->isFull()) {
        emit message(tr("Eight scenarios are pinned: unpin one to pin another."));
        return false;
    }
    const std::vector<Pin> before = m_pins->pins();
    std::vector<Pin> after = before;
    after.push_back(m_pins->makePin(m_page->controls()->state(), m_page->controls()->model(), name));
    const QString pinName = after.back().name;
    m_pins->setPins(after);
    m_history->recordPins(before, tr("Pin “%1”").arg(pinName));
    return true;
}

void Workspace::unpin(int index) {
    const std::vector<Pin> before = m_pins->pins();
    if (index < 0 || index >= static_cast<int>(before.size())) {
        return;
    }
    std::vector<Pin> after = before;
    const QString name = after[static_cast<std::size_t>(index)].name;
    after.erase(after.begin() + index);
    m_pins->setPins(after);
    m_history->recordPins(before, tr("Unpin “%1”").arg(name));
}

void Workspace::setBaseline(int index, bool on) {
    const std::vector<Pin> before = m_pins->pins();
    if (index < 0 || index >= static_cast<int>(before.size())) {
        return;
    }
    std::vector<Pin> after = before;
    for (std::size_t i = 0; i < after.size(); ++i) {
        after[i].baseline = on && static_cast<int>(i) == index;
    }
    if (after == before) {
        return;
    }
    const QString name = after[static_cast<std::size_t>(index)].name;
    m_pins->setPins(after);
    m_history->recordPins(before, on ? tr("Baseline “%1”").arg(name) : tr("No baseline"));
}

void Workspace::rename(int index, const QString& name) {
    const std::vector<Pin> before = m_pins->pins();
    if (index < 0 || index >= static_cast<int>(before.size()) || name.trimmed().isEmpty()) {
        return;
    }
    std::vector<Pin> after = before;
    const QString old = after[static_cast<std::size_t>(index)].name;
    after[static_cast<std::size_t>(index)].name = name.trimmed();
    if (after == before) {
        return;
    }
    m_pins->setPins(after);
    m_history->recordPins(before, tr("Rename “%1” → “%2”").arg(old, name.trimmed()));
}

void Workspace::showPin(int index) {
    if (index < 0 || index >= static_cast<int>(m_pins->pins().size())) {
        return;
    }
    const Pin& pin = m_pins->pins()[static_cast<std::size_t>(index)];
    m_history->nameNextChange(tr("Show “%1”").arg(pin.name));
    ExplorerState state = pin.state;
    state.unit = m_page->controls()->state().unit;
    m_page->controls()->setStateWithModel(state, state.model_source == ModelSource::ConfigFile ? pin.model : nullptr);
}

void Workspace::showComparison() {
    m_page->detailsTabs()->setCurrentWidget(m_comparison);
    updateComparison();
}

void Workspace::onPinsChanged() {
    m_pinBar->setPins(m_pins->pins(), m_pins->isFull());
    m_page->setPinned(m_pins->pins());
    m_comparisonDirty = true;
    updateComparison();
}

void Workspace::updateComparison() {
    m_comparisonDirty = false;
    ControlPanel* controls = m_page->controls();
    const catalog::Catalog& catalog = controls->catalog();
    std::vector<report::ComparedScenario> scenarios;
    for (const Pin& pin : m_pins->pins()) {
        scenarios.push_back({pin.name.toStdString(), pin.file, pin.figures});
    }
    report::ComparedScenario live;
    live.name = tr("Current").toStdString();
    live.file = scenarioFromExplorer(controls->state(), controls->model());
    live.figures = report::figuresOf(m_page->primaryScenario(), m_page->primaryEstimate());
    scenarios.push_back(std::move(live));
    // The lab's measured error for each scenario's weight format, where it ran one.
    if (m_labHub != nullptr) {
        for (report::ComparedScenario& s : scenarios) {
            if (const auto result = m_labHub->resultFor(s.file.precision.weights);
                result && std::isfinite(result->metrics.output_rel_error)) {
                s.figures.lab_error = result->metrics.output_rel_error;
            }
        }
    }
    const int baseline = std::max(0, m_pins->baselineIndex());
    const report::Comparison comparison =
        report::compareScenarios(scenarios, static_cast<std::size_t>(baseline), controls->state().unit, catalog);
    m_comparison->setComparison(comparison, static_cast<int>(scenarios.size()) - 1);
}

void Workspace::openPalette() {
    m_palette->setEntries(paletteEntries());
    m_palette->popUp();
}

std::vector<PaletteEntry> Workspace::paletteEntries() const {
    std::vector<PaletteEntry> entries;
    const QString action = CommandPalette::tr("Action");
    // Every enabled action of the menus, with its shortcut.
    std::function<void(const QMenu*)> addMenu = [&](const QMenu* menu) {
        for (QAction* a : menu->actions()) {
            if (a->isSeparator()) {
                continue;
            }
            if (a->menu() != nullptr) {
                addMenu(a->menu());
                continue;
            }
            if (!a->isEnabled() || a->text().isEmpty() || a == m_paletteAction) {
                continue;
            }
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            const QString menuName = QString(menu->title()).remove(QLatin1Char('&'));
            entries.push_back({text, action, menuName + QLatin1Char(' ') + a->objectName(),
                               a->shortcut().toString(QKeySequence::NativeText), [a] { a->trigger(); }});
        }
    };
    for (QAction* top : m_window->menuBar()->actions()) {
        if (top->menu() != nullptr) {
            addMenu(top->menu());
        }
    }
    // Each chart in each format: "Export Memory against capacity as SVG…" (keywords "breakdown svg").
    for (const ChartKind kind : kChartKinds) {
        for (const ImageFormat format : {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}) {
            const QString suffix = imageFormatSuffix(format).toUpper();
            entries.push_back({tr("Export %1 as %2…").arg(chartKindName(kind), suffix), action,
                               chartKindId(kind) + QLatin1Char(' ') + suffix.toLower(), QString(),
                               [this, kind, format] {
                                   if (m_document != nullptr) {
                                       m_document->exportChartAs(kind, format);
                                   }
                               }});
        }
    }
    ControlPanel* controls = m_page->controls();
    const catalog::Catalog& catalog = controls->catalog();
    const QString model = CommandPalette::tr("Model");
    for (const catalog::ModelEntry& entry : catalog.models()) {
        const std::string id = entry.id;
        entries.push_back({QString::fromStdString(entry.name), model,
                           QString::fromStdString(entry.id + " " + entry.family), QString(),
                           [controls, id] { controls->selectCatalogModel(id); }});
    }
    const QString gpu = CommandPalette::tr("GPU");
    for (const sizing::GpuSpec& spec : catalog.gpus()) {
        const std::string id = spec.id;
        entries.push_back({QString::fromStdString(spec.display_name), gpu, QString::fromStdString(spec.id), QString(),
                           [controls, id] { controls->focusGpu(id); }});
    }
    const QString format = CommandPalette::tr("Format");
    for (const sizing::FormatInfo& info : sizing::allWeightFormats()) {
        const sizing::WeightFormat f = info.format;
        entries.push_back({tr("Weights: %1").arg(FormatText::translate(info.display_name)), format,
                           QString::fromLatin1(info.id.data(), static_cast<qsizetype>(info.id.size())), QString(),
                           [controls, f] {
                               ExplorerState state = controls->state();
                               state.precision.weights = f;
                               controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
                           }});
    }
    for (const sizing::KvFormatInfo& info : sizing::allKvFormats()) {
        const sizing::KvFormat f = info.format;
        entries.push_back(
            {tr("KV cache: %1").arg(FormatText::translate(info.display_name)), format,
             QStringLiteral("kv ") + QString::fromLatin1(info.id.data(), static_cast<qsizetype>(info.id.size())),
             QString(), [controls, f] {
                 ExplorerState state = controls->state();
                 state.precision.kv_cache = f;
                 controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
             }});
    }
    const QString runtime = CommandPalette::tr("Runtime");
    for (const sizing::RuntimeInfo& info : sizing::allRuntimes()) {
        const sizing::Runtime r = info.runtime;
        entries.push_back({tr("Runtime: %1").arg(FormatText::translate(info.display_name)), runtime,
                           QString::fromLatin1(info.id.data(), static_cast<qsizetype>(info.id.size())), QString(),
                           [controls, r] {
                               ExplorerState state = controls->state();
                               state.runtime = r;
                               controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
                           }});
    }
    return entries;
}

} // namespace fitscope::gui
