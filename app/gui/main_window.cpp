#include "main_window.h"

#include "about_dialog.h"
#include "control_panel.h"
#include "derivation_panel.h"
#include "explorer_page.h"
#include "fitscope_version.h"
#include "glossary.h"
#include "help_dialog.h"
#include "hub_model_source.h"
#include "hub_open_dialog.h"
#include "hub_preferences.h"
#include "lab/chart_style.h"
#include "lab/explorer_lab_link.h"
#include "lab/lab_page.h"
#include "lab/lab_results_hub.h"
#include "launch_command_paste.h"
#include "local_models_panel.h"
#include "log_check_dialog.h"
#include "machine_gpus.h"
#include "model_file_opener.h"
#include "preferences_dialog.h"
#include "scenario_document.h"
#include "settings.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QWhatsThis>
#include <qcustomplot.h>

#include <algorithm>

namespace fitscope::gui {

MainWindow::MainWindow(const catalog::Catalog& catalog, Settings* settings, const QStringList& catalogWarnings,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_startupMessages(catalogWarnings) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FitScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fitscope-256.png")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->setAccessibleDescription(tr("The fit explorer and the quantization lab."));
    m_tabs->setDocumentMode(true);
    m_explorer = new ExplorerPage(catalog, m_tabs);
    m_tabs->addTab(m_explorer, tr("Fit explorer"));
    // This machine's GPUs, detected once the event loop runs (never in the way of the first frame).
    m_machineGpus = new MachineGpus(catalog, this);
    connect(m_machineGpus, &MachineGpus::detected, m_explorer->controls(), &ControlPanel::setMachineGpus);
    QTimer::singleShot(0, m_machineGpus, &MachineGpus::detect);
    // The quantization lab: connected to the explorer only through the results hub.
    m_labHub = new lab::LabResultsHub(this);
    m_lab = new lab::LabPage(m_settings, m_labHub, m_tabs);
    m_tabs->addTab(m_lab, tr("Quantization lab"));
    new lab::ExplorerLabLink(m_tabs, m_explorer, m_lab, m_labHub);
    connect(m_lab, &lab::LabPage::message, this, [this](const QString& text) { showMessage(text); });
    // One page for now: the tab bar appears when the quantization lab joins.
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    setCentralWidget(m_tabs);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setSizeGripEnabled(true);
    connect(m_explorer, &ExplorerPage::message, this, [this](const QString& text) { showMessage(text); });
    connect(m_explorer->controls(), &ControlPanel::openConfigRequested, this, &MainWindow::openConfig);
    connect(m_explorer->controls(), &ControlPanel::hubOpenRequested, this, [this](const QString& id) {
        if (id.isEmpty()) {
            showHubOpen();
        } else {
            openHubId(id);
        }
    });

    buildMenus();
    // What's This? texts for the terms the controls and charts use (glossary.h).
    Glossary::attach(this);
    resize(1440, 900);
    if (m_settings != nullptr) {
        if (m_settings->recovered()) {
            m_startupMessages.prepend(m_settings->message());
        }
        restoreFromSettings();
        m_document->adoptCurrentAsUnmodified();
    }
    m_workspace->startFresh(); // restoring the last session is no step to undo
    if (!m_startupMessages.isEmpty()) {
        showMessage(m_startupMessages.join(QStringLiteral("  ·  ")), 0);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::showLogCheck() {
    if (m_logCheck == nullptr) {
        m_logCheck = new LogCheckDialog(this);
    }
    const sizing::Scenario base = m_explorer->primaryScenario();
    m_logCheck->setBase(base, base.model ? QString::fromStdString(base.model->spec.display_name) : QString());
    m_logCheck->show();
    m_logCheck->raise();
    m_logCheck->activateWindow();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_document = new ScenarioDocument(this, m_explorer, m_lab, m_settings);
    connect(m_document, &ScenarioDocument::message, this, [this](const QString& text) { showMessage(text, 5000); });
    m_document->addActions(file);
    // Edit: undo and redo, pins and their comparison, the solvers' jumps, the command palette.
    m_workspace = new Workspace(this, m_explorer, m_document, m_labHub);
    connect(m_workspace, &Workspace::message, this, [this](const QString& text) { showMessage(text, 5000); });
    m_workspace->addEditMenu(menuBar());
    // A llama-server / vllm serve / ollama command line read back into the explorer (issue 17).
    m_launchPaste = new LaunchCommandPaste(this, m_explorer, m_workspace->history());
    connect(m_launchPaste, &LaunchCommandPaste::message, this,
            [this](const QString& text) { showMessage(text, 8000); });
    if (auto* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        m_launchPaste->addTo(edit);
    }
    // Models: a .gguf, .safetensors, config.json or a model folder (also dropped on the window).
    m_modelFiles = new ModelFileOpener(this, m_explorer, m_settings, m_document);
    connect(m_modelFiles, &ModelFileOpener::message, this, [this](const QString& text) { showMessage(text, 5000); });
    QAction* open = file->addAction(tr("&Open model…"), this, &MainWindow::openConfig);
    open->setObjectName(QStringLiteral("actionOpenConfig"));
    open->setShortcut(QKeySequence::Open);
    // A Hugging Face id, read from its headers on a worker thread (hub_open_dialog.h).
    QAction* openHub = file->addAction(tr("Open from &Hugging Face…"), this, &MainWindow::showHubOpen);
    openHub->setObjectName(QStringLiteral("actionOpenHub"));
    openHub->setShortcut(QKeySequence(tr("Ctrl+Alt+O")));
    m_modelFiles->addRecentMenu(file);
    // A runtime's start-up log beside FitScope's estimate for the same scenario (log_check_dialog.h).
    QAction* checkLog = file->addAction(tr("Check a runtime &log…"), this, &MainWindow::showLogCheck);
    checkLog->setObjectName(QStringLiteral("actionCheckLog"));
    checkLog->setShortcut(QKeySequence(tr("Ctrl+Alt+L")));
    // The models already downloaded (Hugging Face cache, Ollama, LM Studio, llama.cpp, added folders):
    // a dock, hidden until asked for, so nothing scans the disk at start-up unless it was left open.
    m_localModels = new LocalModelsPanel(m_explorer, m_modelFiles, m_settings, this);
    connect(m_localModels, &LocalModelsPanel::message, this, [this](const QString& text) { showMessage(text, 8000); });
    m_localModelsDock = new QDockWidget(tr("Models on this machine"), this);
    m_localModelsDock->setObjectName(QStringLiteral("localModelsDock"));
    m_localModelsDock->setWidget(m_localModels);
    m_localModelsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_localModelsDock);
    m_localModelsDock->hide();
    connect(m_explorer->controls(), &ControlPanel::localModelsRequested, this, &MainWindow::showLocalModels);
    QAction* local = file->addAction(tr("Models on this &machine…"), this, &MainWindow::showLocalModels);
    local->setObjectName(QStringLiteral("actionLocalModels"));
    local->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    QAction* shot = file->addAction(tr("Save &screenshot…"), this, &MainWindow::saveScreenshot);
    shot->setObjectName(QStringLiteral("actionScreenshot"));
    shot->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    file->addSeparator();
    QAction* copySummary = file->addAction(tr("Copy &summary"), this, [this] {
        QApplication::clipboard()->setText(m_explorer->summaryText());
        showMessage(tr("Summary copied."), 3000);
    });
    copySummary->setObjectName(QStringLiteral("actionCopySummary"));
    copySummary->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    QAction* copyMath = file->addAction(tr("Copy the &math"), this, [this] {
        m_explorer->derivation()->copyToClipboard();
        showMessage(tr("Derivation copied as text."), 3000);
    });
    copyMath->setObjectName(QStringLiteral("actionCopyMath"));
    copyMath->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* findModel = view->addAction(tr("Find &model"), this, [this] {
        m_explorer->controls()->modelCombo()->setFocus(Qt::ShortcutFocusReason);
        m_explorer->controls()->modelCombo()->lineEdit()->selectAll();
    });
    findModel->setShortcuts({QKeySequence(tr("Ctrl+L")), QKeySequence::Find});
    QAction* findGpu = view->addAction(
        tr("Find &GPU"), this, [this] { m_explorer->controls()->gpuSearch()->setFocus(Qt::ShortcutFocusReason); });
    findGpu->setShortcut(QKeySequence(tr("Ctrl+G")));
    view->addSeparator();
    auto* units = new QActionGroup(this);
    QAction* gb = view->addAction(tr("Show &GB (10⁹ bytes)"));
    QAction* gib = view->addAction(tr("Show G&iB (2³⁰ bytes)"));
    gb->setObjectName(QStringLiteral("actionUnitGB"));
    gib->setObjectName(QStringLiteral("actionUnitGiB"));
    for (QAction* a : {gb, gib}) {
        a->setCheckable(true);
        units->addAction(a);
    }
    gb->setShortcut(QKeySequence(tr("Ctrl+1")));
    gib->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(gb, &QAction::triggered, this, [this] { m_explorer->controls()->setUnit(sizing::MemoryUnit::GB); });
    connect(gib, &QAction::triggered, this, [this] { m_explorer->controls()->setUnit(sizing::MemoryUnit::GiB); });
    connect(m_explorer, &ExplorerPage::recomputed, this, [this, gb, gib] {
        const bool isGib = m_explorer->controls()->state().unit == sizing::MemoryUnit::GiB;
        gb->setChecked(!isGib);
        gib->setChecked(isGib);
    });
    gb->setChecked(m_explorer->controls()->state().unit == sizing::MemoryUnit::GB);
    gib->setChecked(!gb->isChecked());
    view->addSeparator();
    QAction* math =
        view->addAction(tr("Show the &math"), this, [this] { m_explorer->detailsTabs()->setCurrentIndex(0); });
    math->setShortcut(QKeySequence(tr("Ctrl+M")));
    QAction* matrix =
        view->addAction(tr("Show the &fit matrix"), this, [this] { m_explorer->detailsTabs()->setCurrentIndex(1); });
    matrix->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    view->addSeparator();
    QAction* reset = view->addAction(tr("&Reset scenario"), this, [this] {
        // The preferred runtime and overhead (Preferences) are part of the default.
        m_explorer->controls()->setState(m_settings != nullptr ? m_settings->defaultState() : ExplorerState{});
        showMessage(tr("Scenario reset to the default: Llama-2-13B on one A10G, 4,096 tokens."), 5000);
    });
    reset->setObjectName(QStringLiteral("actionResetScenario"));
    reset->setShortcut(QKeySequence(tr("Ctrl+R")));

    // Preferences sit just above Quit in the File menu, as before the Edit menu came.
    QAction* preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->insertAction(quit, preferences);
    file->insertSeparator(quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* guide = help->addAction(tr("FitScope &guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("&What's this?"));
    help->addAction(whatsThis);
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About FitScope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showGuide() {
    auto* dialog = findChild<HelpDialog*>();
    if (dialog == nullptr) {
        dialog = new HelpDialog(this);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        applyPreferences(dialog.save());
    }
}

void MainWindow::applyPreferences(int changes) {
    if (m_settings == nullptr) {
        return;
    }
    using Change = PreferencesDialog::Change;
    if ((changes & Change::ThemeChanged) != 0) {
        applyTheme(theme::themeModeFromId(m_settings->value(Settings::Key::Theme).toString()));
    }
    if ((changes & Change::UnitChanged) != 0) {
        m_explorer->controls()->setUnit(m_settings->value(Settings::Key::Unit).toString() == QLatin1String("GiB")
                                            ? sizing::MemoryUnit::GiB
                                            : sizing::MemoryUnit::GB);
    }
    if ((changes & Change::HubChanged) != 0 && m_hubOpen != nullptr) {
        m_hubOpen->setOptions(hubOptionsWithPreferences(m_settings));
    }
    if ((changes & (Change::LanguageChanged | Change::CatalogChanged)) != 0) {
        // Every widget's text and the catalog are built with the window: reopen it (the
        // application loop builds a new one, in the new language, with the same scenario).
        QApplication::setQuitOnLastWindowClosed(false);
        if (close()) {
            emit relaunchRequested();
        }
        QApplication::setQuitOnLastWindowClosed(true);
    }
}

void MainWindow::applyTheme(theme::ThemeMode mode) {
    theme::apply(*qApp, mode);
    // The explorer's charts follow the palette change themselves; the lab's share one style.
    for (QCustomPlot* plot : m_lab->findChildren<QCustomPlot*>()) {
        lab::styleChart(plot);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void MainWindow::restoreFromSettings() {
    if (m_settings == nullptr) {
        return;
    }
    using Key = Settings::Key;
    const QByteArray geometry = m_settings->value(Key::WindowGeometry).toByteArray();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = m_settings->value(Key::WindowState).toByteArray();
    if (!state.isEmpty()) {
        restoreState(state);
    }
    const auto restoreSplitter = [this](QSplitter* splitter, Key key) {
        const QByteArray bytes = m_settings->value(key).toByteArray();
        if (!bytes.isEmpty()) {
            splitter->restoreState(bytes);
        }
    };
    restoreSplitter(m_explorer->mainSplitter(), Key::MainSplitter);
    restoreSplitter(m_explorer->chartSplitter(), Key::ChartSplitter);
    restoreSplitter(m_explorer->contentSplitter(), Key::ContentSplitter);
    m_explorer->detailsTabs()->setCurrentIndex(
        std::clamp(m_settings->value(Key::DetailsTab).toInt(), 0, m_explorer->detailsTabs()->count() - 1));
    m_explorer->controls()->setState(m_settings->state());
}

void MainWindow::saveToSettings() {
    if (m_settings == nullptr) {
        return;
    }
    using Key = Settings::Key;
    m_settings->setValue(Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Key::WindowState, saveState());
    m_settings->setValue(Key::MainSplitter, m_explorer->mainSplitter()->saveState());
    m_settings->setValue(Key::ChartSplitter, m_explorer->chartSplitter()->saveState());
    m_settings->setValue(Key::ContentSplitter, m_explorer->contentSplitter()->saveState());
    m_settings->setValue(Key::DetailsTab, m_explorer->detailsTabs()->currentIndex());
    m_settings->setState(m_explorer->controls()->state());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_document != nullptr && !m_document->maybeSave()) {
        event->ignore();
        return;
    }
    saveToSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showMessage(const QString& text, int timeoutMs) {
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::openConfig() {
    m_modelFiles->openInteractively();
}

bool MainWindow::openConfigPath(const QString& path) {
    return m_modelFiles->openPath(path);
}

void MainWindow::saveScreenshot() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a screenshot"), QStringLiteral("fitscope.png"),
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (grab().save(path, "PNG")) {
        showMessage(tr("Saved %1.").arg(path), 5000);
    } else {
        showMessage(tr("Could not write %1.").arg(path));
    }
}

void MainWindow::showShortcuts() {
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("<table cellspacing='6'>"
                                "<tr><td><b>Ctrl+L</b></td><td>find a model</td></tr>"
                                "<tr><td><b>Ctrl+G</b></td><td>find a GPU</td></tr>"
                                "<tr><td><b>Ctrl+O</b></td><td>open a config.json</td></tr>"
                                "<tr><td><b>Ctrl+Shift+H</b></td><td>models on this machine</td></tr>"
                                "<tr><td><b>Ctrl+Alt+O</b></td><td>open from Hugging Face</td></tr>"
                                "<tr><td><b>Ctrl+Alt+V</b></td><td>paste a launch command</td></tr>"
                                "<tr><td><b>Ctrl+Alt+L</b></td><td>check a runtime log</td></tr>"
                                "<tr><td><b>Alt+underlined letter</b></td><td>go to that control</td></tr>"
                                "<tr><td><b>Arrows, Page Up/Down</b></td><td>move a focused slider</td></tr>"
                                "<tr><td><b>Ctrl+1 / Ctrl+2</b></td><td>GB / GiB</td></tr>"
                                "<tr><td><b>Ctrl+M / Ctrl+Shift+M</b></td><td>show the math / the fit matrix</td></tr>"
                                "<tr><td><b>Ctrl+Shift+C</b></td><td>copy the math</td></tr>"
                                "<tr><td><b>Ctrl+Shift+Y</b></td><td>copy the summary</td></tr>"
                                "<tr><td><b>Ctrl+R</b></td><td>reset the scenario</td></tr>"
                                "<tr><td><b>Ctrl+Shift+S</b></td><td>save a screenshot</td></tr>"
                                "<tr><td><b>Ctrl+,</b></td><td>preferences</td></tr>"
                                "<tr><td><b>F1 / Shift+F1</b></td><td>the guide / what is this?</td></tr>"
                                "</table>"));
}

HubOpenDialog* MainWindow::ensureHubOpenDialog() {
    if (m_hubOpen == nullptr) {
        // One dialog for the menu, the control panel's button and the model picker, kept after it
        // closes so the id typed last is there the next time.
        m_hubOpen = new HubOpenDialog(hubOptionsWithPreferences(m_settings), this);
        connect(m_hubOpen, &HubOpenDialog::modelOpened, this, &MainWindow::openHubModel);
        // The fetch's steps in the status bar too, where the outcome ("Loaded …") is said after.
        connect(m_hubOpen, &HubOpenDialog::progress, this, [this](const QString& text) {
            m_hubProgress = text;
            showMessage(text, 0);
        });
        connect(m_hubOpen, &HubOpenDialog::fetchingChanged, this, [this](bool fetching) {
            if (fetching) {
                return;
            }
            // Only the progress line goes: a message shown since (another action's) stays.
            if (!m_hubProgress.isEmpty() && statusBar()->currentMessage() == m_hubProgress) {
                statusBar()->clearMessage();
            }
            m_hubProgress.clear();
        });
    }
    return m_hubOpen;
}

void MainWindow::showHubOpen() {
    ensureHubOpenDialog()->open(); // window-modal; the fetch runs on a worker thread, the window keeps drawing
}

void MainWindow::openHubId(const QString& id) {
    HubOpenDialog* dialog = ensureHubOpenDialog();
    if (dialog->isFetching()) {
        dialog->open(); // one fetch at a time: the running one is shown, not replaced
        return;
    }
    dialog->setModelId(id);
    dialog->open();
    dialog->startOpen();
}

bool MainWindow::openHubModel(const std::shared_ptr<const hub::HubModel>& model) {
    auto info = std::make_shared<const formats::ModelFileInfo>(hubModelInfo(*model));
    const QString source = hubModelSource(*model);
    QString error;
    if (!m_explorer->controls()->openModelInfo(info, source, &error)) {
        showMessage(tr("Could not size %1: %2").arg(model->id.text(), error), 8000);
        return false;
    }
    QString text = tr("Loaded %1 from Hugging Face (%2 read, %3 of weights not downloaded).")
                       .arg(model->id.text(), QLocale().formattedDataSize(model->bytes_downloaded),
                            QLocale().formattedDataSize(model->repository_bytes));
    if (model->from_cache) {
        text = tr("Loaded %1 from the cache.").arg(model->id.text());
    }
    showMessage(text, 8000);
    m_explorer->flushDeferred();
    return true;
}

void MainWindow::showLocalModels() {
    if (!m_localModelsDock->isVisible() && !m_localModelsDockSized) {
        // Wide enough for every column (name, size, fit) the first time, instead of the dock's
        // narrow default that hid the fit column behind a scroll bar.
        m_localModelsDockSized = true;
        m_localModelsDock->show();
        resizeDocks({m_localModelsDock}, {std::min(620, width() / 2)}, Qt::Horizontal);
    }
    m_localModelsDock->show();
    m_localModelsDock->raise();
    m_localModels->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace fitscope::gui
