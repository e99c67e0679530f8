#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMainWindow;
class QMenu;

namespace fitscope::gui {

class ExplorerPage;
class ScenarioDocument;
class Settings;

// Opening a model file in the explorer: File → Open model… (a .gguf, .safetensors or config.json)
// and Open model folder…, the recent models (Settings::Key::RecentModels), and files dropped on the
// window (model files, and .fitscope.json scenarios handed to the ScenarioDocument). A file that
// cannot be read is named with its problem in a message box; the explorer keeps its model.
// Reading is header-only and bounded (milliseconds), so it runs on the GUI thread.
class ModelFileOpener : public QObject {
    Q_OBJECT

public:
    // settings and document may be null (no recent list; scenarios not accepted by drops).
    ModelFileOpener(QMainWindow* window, ExplorerPage* page, Settings* settings, ScenarioDocument* document);

    void addRecentMenu(QMenu* file);
    void openInteractively();       // the file dialog
    void openFolderInteractively(); // the folder dialog
    // File → Add vision projector…: an mmproj GGUF for the GGUF model on screen (llama.cpp --mmproj),
    // the dialog opening in the model's folder where such files usually sit.
    void attachProjectorInteractively();
    // Without a dialog (drops of an mmproj*.gguf file, tests). On failure the model stays, as for openPath.
    bool attachProjector(const QString& path);
    // Without dialogs (drops, recent files and tests). On failure the model stays and the error
    // is shown (a message box; on the offscreen platform the status bar) and kept in lastError().
    bool openPath(const QString& path);
    QString lastError() const { return m_lastError; }
    QStringList recentFiles() const;

    // A path a drop may carry: a folder, .gguf, .safetensors, .json (config or scenario).
    static bool acceptsPath(const QString& path);

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showError(const QString& path, const QString& title, const QString& error);
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    QString dialogFolder() const;

    QMainWindow* m_window = nullptr;
    ExplorerPage* m_page = nullptr;
    Settings* m_settings = nullptr;
    ScenarioDocument* m_document = nullptr;
    QMenu* m_recentMenu = nullptr;
    QString m_lastError;
};

} // namespace fitscope::gui
