#pragma once

#include "core/catalog/catalog.h"
#include "theme.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QTabWidget;

namespace fitscope::hub {
struct HubModel;
} // namespace fitscope::hub

namespace fitscope::gui {

class ExplorerPage;
class HubOpenDialog;
class LaunchCommandPaste;
class LogCheckDialog;
class MachineGpus;
class LocalModelsPanel;
class ModelFileOpener;
class ScenarioDocument;
class Settings;
class Workspace;

namespace lab {
class LabPage;
class LabResultsHub;
} // namespace lab

// The main window: a menu bar (File, View, Help), a tab per page (the fit explorer first; the
// quantization lab comes later) and a status bar. It restores and saves the scenario, the
// geometry and the splitter positions through Settings.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // settings may be null (nothing restored or saved). catalogWarnings are shown in the status bar.
    MainWindow(const catalog::Catalog& catalog, Settings* settings, const QStringList& catalogWarnings = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ExplorerPage* explorer() const { return m_explorer; }
    HubOpenDialog* hubOpenDialog() const { return m_hubOpen; }
    LaunchCommandPaste* launchPaste() const { return m_launchPaste; }
    LogCheckDialog* logCheckDialog() const { return m_logCheck; }
    MachineGpus* machineGpus() const { return m_machineGpus; }
    void showLogCheck();
    ScenarioDocument* document() const { return m_document; }
    ModelFileOpener* modelFiles() const { return m_modelFiles; }
    LocalModelsPanel* localModels() const { return m_localModels; }
    void showLocalModels(); // shows and raises the "Models on this machine" dock
    void showHubOpen();     // File → Open from Hugging Face… (also the control panel's Hugging Face… button)
    // The same dialog with id filled in and its fetch started (a Hugging Face id typed into the model picker).
    void openHubId(const QString& id);
    // Puts a model read from the hub into the explorer; false (said in the status bar) when it
    // cannot be sized.
    bool openHubModel(const std::shared_ptr<const hub::HubModel>& model);
    lab::LabPage* lab() const { return m_lab; }
    lab::LabResultsHub* labHub() const { return m_labHub; }
    QTabWidget* tabs() const { return m_tabs; }
    Workspace* workspace() const { return m_workspace; }

    void restoreFromSettings();
    void saveToSettings();
    void openConfig(); // the file dialog
    bool openConfigPath(const QString& path);
    void showMessage(const QString& text, int timeoutMs = 8000);
    void showPreferences();
    // Applies what PreferencesDialog::save() reported: theme and units at once, a new language or
    // catalog by closing this window and asking for a new one (relaunchRequested).
    void applyPreferences(int changes);
    void applyTheme(theme::ThemeMode mode);

signals:
    // The window closed itself to be built again (language or catalog changed); runApplication does it.
    void relaunchRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    HubOpenDialog* ensureHubOpenDialog();
    void saveScreenshot();
    void showShortcuts();
    void showAbout();
    void showGuide();

    Settings* m_settings = nullptr;
    QTabWidget* m_tabs = nullptr;
    ExplorerPage* m_explorer = nullptr;
    ScenarioDocument* m_document = nullptr;    // the scenario file, exports (scenario_document.h)
    ModelFileOpener* m_modelFiles = nullptr;   // Open model…, recent models, drops (model_file_opener.h)
    LocalModelsPanel* m_localModels = nullptr; // the models on this machine, in a dock (local_models_panel.h)
    QDockWidget* m_localModelsDock = nullptr;
    bool m_localModelsDockSized = false;
    HubOpenDialog* m_hubOpen = nullptr;
    QString m_hubProgress; // the fetch's step shown in the status bar, cleared when the fetch ends
    LaunchCommandPaste* m_launchPaste = nullptr;
    MachineGpus* m_machineGpus = nullptr; // this machine's GPUs, detected in the background (machine_gpus.h)
    LogCheckDialog* m_logCheck = nullptr; // File → Check a runtime log… (log_check_dialog.h), made when first shown //
                                          // Edit → Paste a launch command… (launch_command_paste.h)
    lab::LabPage* m_lab = nullptr;          // the quantization lab (lab/lab_page.h)
    lab::LabResultsHub* m_labHub = nullptr; // what the lab measured, for the explorer
    Workspace* m_workspace = nullptr;       // pins, comparison, undo, palette (workspace.h)
    QStringList m_startupMessages;
};

} // namespace fitscope::gui
