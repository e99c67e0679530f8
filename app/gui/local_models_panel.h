#pragma once

#include "core/sources/store_locations.h"
#include "local_model_scanner.h"

#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace fitscope::gui {

class ExplorerPage;
class LocalModelsTableModel;
class ModelFileOpener;
class Settings;

// "Models on this machine": the models in the Hugging Face cache, Ollama, LM Studio, llama.cpp's
// cache and the folders the user added (Settings::Key::LocalModelFolders), in a sortable table with
// a fits / tight / does-not-fit badge for the explorer's GPU and context. The stores are scanned on a
// thread (LocalModelScanner) the first time the panel is shown and again when a watched store folder
// changes (a new download); choosing a row opens the model as opening its file does.
class LocalModelsPanel : public QWidget {
    Q_OBJECT

public:
    // settings may be null (no added folders kept).
    LocalModelsPanel(ExplorerPage* page, ModelFileOpener* opener, Settings* settings, QWidget* parent = nullptr);

    // The environment the store folders come from (this process's by default); tests point it at a
    // temporary tree. Rescans when the panel has scanned before.
    void setEnvironment(const sources::StoreEnvironment& env);
    void rescan();
    void addFolder(const QString& folder);    // kept in the settings; rescans
    void removeFolder(const QString& folder); // forgotten in the settings; rescans (its models leave the list)
    QStringList folders() const { return m_folders; }
    bool scanning() const;
    int modelCount() const;
    QStringList watchedFolders() const;
    // Opens the model of a row of the (sorted) table; false for a broken row (the reason is shown).
    bool openRow(int row);

    QTableView* table() const { return m_table; }

signals:
    void message(const QString& text);
    void scanFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addFolderInteractively();
    void onScanned(const LocalModelScanner::Models& models, const QStringList& folders);
    void updateFits();
    std::vector<sources::StoreRoot> roots() const;

    ExplorerPage* m_page = nullptr;
    ModelFileOpener* m_opener = nullptr;
    Settings* m_settings = nullptr;
    sources::StoreEnvironment m_env;
    QStringList m_folders;
    bool m_scanned = false;   // a scan started at least once (the first show starts it)
    bool m_fitsStale = false; // the scenario changed while the panel was hidden

    LocalModelScanner* m_scanner = nullptr;
    LocalModelsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_rescan = nullptr;
    QPushButton* m_addFolder = nullptr;
    QToolButton* m_folderMenuButton = nullptr; // the folders scanned, and Remove for the added ones
    void rebuildFolderMenu();
    QPushButton* m_open = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_rescanTimer = nullptr; // downloads write many times: one rescan after they settle
};

} // namespace fitscope::gui
