#include "model_file_opener.h"

#include "control_panel.h"
#include "core/report/scenario_file.h"
#include "explorer_page.h"
#include "scenario_document.h"
#include "settings.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace fitscope::gui {

namespace {

constexpr int kMaxRecent = 10;

bool isScenarioPath(const QString& path) {
    return path.endsWith(QString::fromLatin1(report::kScenarioExtension.data(),
                                             static_cast<qsizetype>(report::kScenarioExtension.size())),
                         Qt::CaseInsensitive);
}

// The local paths of a drag that FitScope can open, in order.
QStringList droppablePaths(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && ModelFileOpener::acceptsPath(url.toLocalFile())) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

} // namespace

ModelFileOpener::ModelFileOpener(QMainWindow* window, ExplorerPage* page, Settings* settings,
                                 ScenarioDocument* document)
    : QObject(window)
    , m_window(window)
    , m_page(page)
    , m_settings(settings)
    , m_document(document) {
    setObjectName(QStringLiteral("modelFileOpener"));
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

bool ModelFileOpener::acceptsPath(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir()) {
        return true;
    }
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1String("gguf") || suffix == QLatin1String("safetensors") || suffix == QLatin1String("json");
}

void ModelFileOpener::addRecentMenu(QMenu* file) {
    QAction* folder = file->addAction(tr("Open model &folder…"), this, &ModelFileOpener::openFolderInteractively);
    folder->setObjectName(QStringLiteral("actionOpenModelFolder"));
    QAction* projector =
        file->addAction(tr("Add vision &projector (mmproj)…"), this, &ModelFileOpener::attachProjectorInteractively);
    projector->setObjectName(QStringLiteral("actionAddProjector"));
    projector->setStatusTip(tr("Adds the mmproj file llama.cpp loads with --mmproj to the GGUF model on screen, so "
                               "its weights are counted and requests can carry images."));
    // Only a GGUF model without one can take a projector: checked each time the menu opens.
    connect(file, &QMenu::aboutToShow, projector,
            [this, projector] { projector->setEnabled(m_page->controls()->canAttachProjector()); });
    m_recentMenu = file->addMenu(tr("Recent &models"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentModels"));
    rebuildRecentMenu();
}

QString ModelFileOpener::dialogFolder() const {
    const QStringList recent = recentFiles();
    if (!recent.isEmpty()) {
        const QFileInfo last(recent.front());
        return last.isDir() ? last.absoluteFilePath() : last.absolutePath();
    }
    return QDir::homePath();
}

void ModelFileOpener::openInteractively() {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open a model"), dialogFolder(),
        tr("Model files (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;"
           "Hugging Face config (config.json *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void ModelFileOpener::openFolderInteractively() {
    const QString path = QFileDialog::getExistingDirectory(m_window, tr("Open a model folder"), dialogFolder());
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void ModelFileOpener::showError(const QString& path, const QString& title, const QString& error) {
    // The model stays as it was; say why in words (the error names the file and the problem).
    m_lastError = error;
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        emit message(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, tr("FitScope could not read %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("modelErrorBox"));
    box.setInformativeText(error);
    box.exec();
}

void ModelFileOpener::attachProjectorInteractively() {
    ControlPanel* controls = m_page->controls();
    if (!controls->canAttachProjector()) {
        emit message(tr("Open a GGUF model first: a vision projector (mmproj) goes with a GGUF model."));
        return;
    }
    const auto info = controls->modelFileInfo();
    const QString folder =
        info ? QFileInfo(QString::fromStdString(info->path.string())).absolutePath() : dialogFolder();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Add a vision projector"), folder,
                                     tr("Vision projectors (mmproj*.gguf);;GGUF (*.gguf);;All files (*)"));
    if (!path.isEmpty()) {
        attachProjector(path);
    }
}

bool ModelFileOpener::attachProjector(const QString& path) {
    QString error;
    if (!m_page->controls()->attachProjector(path, &error)) {
        showError(path, tr("Could not add the vision projector"), error);
        return false;
    }
    m_lastError.clear();
    emit message(tr("Added the vision projector %1: its weights are counted and requests can carry images.")
                     .arg(QDir::toNativeSeparators(path)));
    m_page->flushDeferred();
    return true;
}

bool ModelFileOpener::openPath(const QString& path) {
    QString error;
    if (!m_page->controls()->openModelFile(path, &error)) {
        showError(path, tr("Could not open the model"), error);
        return false;
    }
    m_lastError.clear();
    addRecent(QFileInfo(path).absoluteFilePath());
    const auto info = m_page->controls()->modelFileInfo();
    QString text = tr("Loaded %1.").arg(QDir::toNativeSeparators(path));
    if (info && !info->warnings.empty()) {
        text += QLatin1Char(' ') + tr("Warning: %1").arg(QString::fromStdString(info->warnings.front()));
    }
    emit message(text);
    // The explorer shows what was read at once (not after the coalescing timer).
    m_page->flushDeferred();
    return true;
}

QStringList ModelFileOpener::recentFiles() const {
    return m_settings != nullptr ? m_settings->value(Settings::Key::RecentModels).toStringList() : QStringList();
}

void ModelFileOpener::addRecent(const QString& path) {
    if (m_settings == nullptr) {
        return;
    }
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    m_settings->setValue(Settings::Key::RecentModels, recent);
    rebuildRecentMenu();
}

void ModelFileOpener::rebuildRecentMenu() {
    if (m_recentMenu == nullptr) {
        return;
    }
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        const QFileInfo info(path);
        QAction* action = m_recentMenu->addAction(info.isDir() ? info.fileName() + QLatin1Char('/') : info.fileName(),
                                                  this, [this, path] { openPath(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool ModelFileOpener::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_window) {
        return false;
    }
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!droppablePaths(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = droppablePaths(drop->mimeData());
        if (paths.isEmpty()) {
            return false;
        }
        drop->acceptProposedAction();
        // One model at a time: the first path that is one (several shards of one model: their folder).
        const QString& path = paths.front();
        if (isScenarioPath(path)) {
            if (m_document != nullptr && m_document->maybeSave()) {
                QString error;
                if (!m_document->openPath(path, &error)) {
                    m_lastError = error;
                    emit message(error);
                }
            }
            return true;
        }
        const bool shards = paths.size() > 1 && std::all_of(paths.begin(), paths.end(), [](const QString& p) {
                                return p.endsWith(QLatin1String(".safetensors"), Qt::CaseInsensitive);
                            });
        // An mmproj file dropped on a GGUF model is its projector (as llama.cpp and LM Studio pair them).
        if (QFileInfo(path).fileName().startsWith(QLatin1String("mmproj"), Qt::CaseInsensitive) &&
            m_page->controls()->canAttachProjector()) {
            attachProjector(path);
            return true;
        }
        openPath(shards ? QFileInfo(path).absolutePath() : path);
        return true;
    }
    return false;
}

} // namespace fitscope::gui
