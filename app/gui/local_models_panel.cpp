#include "local_models_panel.h"

#include "control_panel.h"
#include "explorer_page.h"
#include "local_models_table.h"
#include "model_file_opener.h"
#include "settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fitscope::gui {

namespace {

// A download writes its file in many steps; one rescan a moment after the folders go quiet.
constexpr int kRescanDelayMs = 1500;

} // namespace

LocalModelsPanel::LocalModelsPanel(ExplorerPage* page, ModelFileOpener* opener, Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_page(page)
    , m_opener(opener)
    , m_settings(settings)
    , m_env(sources::StoreEnvironment::fromProcess()) {
    setObjectName(QStringLiteral("localModelsPanel"));
    if (m_settings != nullptr) {
        m_folders = m_settings->value(Settings::Key::LocalModelFolders).toStringList();
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("localModelsOpen"));
    m_open->setToolTip(tr("Open the selected model in the explorer, as opening its file does (or double-click it)."));
    m_rescan = new QPushButton(tr("&Rescan"), this);
    m_rescan->setObjectName(QStringLiteral("localModelsRescan"));
    m_rescan->setToolTip(tr("Look through the model stores again."));
    m_addFolder = new QPushButton(tr("Add &folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("localModelsAddFolder"));
    m_addFolder->setToolTip(tr("A folder of GGUF files or safetensors models to list too (kept for next time)."));
    buttons->addWidget(m_open);
    buttons->addWidget(m_rescan);
    buttons->addWidget(m_addFolder);
    // Where the list comes from: every store folder scanned, and the user's folders with Remove.
    m_folderMenuButton = new QToolButton(this);
    m_folderMenuButton->setObjectName(QStringLiteral("localModelsFolders"));
    m_folderMenuButton->setText(tr("Folders ▾"));
    m_folderMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_folderMenuButton->setToolTip(tr("The folders scanned; remove a folder you added."));
    m_folderMenuButton->setMenu(new QMenu(m_folderMenuButton));
    buttons->addWidget(m_folderMenuButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_model = new LocalModelsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LocalModelsTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("localModelsTable"));
    m_table->setAccessibleName(tr("Models on this machine"));
    m_table->setAccessibleDescription(
        tr("The models in the Hugging Face cache, Ollama, LM Studio, llama.cpp's cache and the folders you added, "
           "with their format, size and whether they fit the selected GPU at the selected context."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LocalModelsTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(LocalModelsTableModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("localModelsStatus"));
    m_status->setProperty("class", QStringLiteral("hint"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_scanner = new LocalModelScanner(this);
    m_watcher = new QFileSystemWatcher(this);
    m_rescanTimer = new QTimer(this);
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(kRescanDelayMs);

    connect(m_scanner, &LocalModelScanner::finished, this, &LocalModelsPanel::onScanned);
    connect(m_rescan, &QPushButton::clicked, this, &LocalModelsPanel::rescan);
    connect(m_addFolder, &QPushButton::clicked, this, &LocalModelsPanel::addFolderInteractively);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            openRow(current.row());
        }
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_rescanTimer, qOverload<>(&QTimer::start));
    connect(m_rescanTimer, &QTimer::timeout, this, &LocalModelsPanel::rescan);
    if (m_page != nullptr) {
        connect(m_page, &ExplorerPage::recomputed, this, &LocalModelsPanel::updateFits);
    }
    m_status->setText(tr("Not scanned yet."));
    rebuildFolderMenu();
}

void LocalModelsPanel::rebuildFolderMenu() {
    QMenu* menu = m_folderMenuButton->menu();
    menu->clear();
    for (const sources::StoreRoot& root : roots()) {
        if (root.store == sources::ModelStore::Folder) {
            continue;
        }
        std::error_code error;
        const bool exists = std::filesystem::is_directory(root.path, error);
        QAction* shown = menu->addAction(tr("%1: %2%3")
                                             .arg(QString::fromUtf8(sources::modelStoreName(root.store).data()),
                                                  QDir::toNativeSeparators(QString::fromStdString(root.path.string())),
                                                  exists ? QString() : tr(" (absent)")));
        shown->setEnabled(false);
    }
    menu->addSeparator();
    if (m_folders.isEmpty()) {
        menu->addAction(tr("No folders added"))->setEnabled(false);
    }
    for (const QString& folder : m_folders) {
        QAction* remove = menu->addAction(tr("Remove %1").arg(QDir::toNativeSeparators(folder)));
        remove->setObjectName(QStringLiteral("removeFolder"));
        remove->setData(folder);
        connect(remove, &QAction::triggered, this, [this, folder] { removeFolder(folder); });
    }
}

void LocalModelsPanel::setEnvironment(const sources::StoreEnvironment& env) {
    m_env = env;
    rebuildFolderMenu();
    if (m_scanned) {
        rescan();
    }
}

std::vector<sources::StoreRoot> LocalModelsPanel::roots() const {
    std::vector<std::filesystem::path> folders;
    for (const QString& folder : m_folders) {
        folders.emplace_back(folder.toStdString());
    }
    return sources::storeRoots(m_env, folders);
}

void LocalModelsPanel::rescan() {
    m_scanned = true;
    m_rescanTimer->stop();
    m_status->setText(tr("Scanning the model stores…"));
    m_rescan->setEnabled(false);
    m_scanner->scan(roots());
}

bool LocalModelsPanel::scanning() const {
    return m_scanner->busy();
}

int LocalModelsPanel::modelCount() const {
    return m_model->rowCount();
}

QStringList LocalModelsPanel::watchedFolders() const {
    return m_watcher->directories();
}

void LocalModelsPanel::addFolder(const QString& folder) {
    const QString clean = QDir::cleanPath(folder);
    if (clean.isEmpty() || m_folders.contains(clean)) {
        return;
    }
    m_folders << clean;
    if (m_settings != nullptr) {
        m_settings->setValue(Settings::Key::LocalModelFolders, m_folders);
    }
    rebuildFolderMenu();
    rescan();
}

void LocalModelsPanel::removeFolder(const QString& folder) {
    if (!m_folders.removeAll(QDir::cleanPath(folder))) {
        return;
    }
    if (m_settings != nullptr) {
        m_settings->setValue(Settings::Key::LocalModelFolders, m_folders);
    }
    emit message(tr("%1 is no longer listed (its files are left as they are).").arg(QDir::toNativeSeparators(folder)));
    rebuildFolderMenu();
    rescan();
}

void LocalModelsPanel::addFolderInteractively() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder of models"), QDir::homePath());
    if (!folder.isEmpty()) {
        addFolder(folder);
    }
}

void LocalModelsPanel::onScanned(const LocalModelScanner::Models& models, const QStringList& folders) {
    m_rescan->setEnabled(true);
    m_model->setModels(*models);
    updateFits();
    // Watch what exists now; a store created later (Ollama installed) is found by Rescan.
    const QStringList old = m_watcher->directories();
    if (!old.isEmpty()) {
        m_watcher->removePaths(old);
    }
    if (!folders.isEmpty()) {
        m_watcher->addPaths(folders);
    }
    int broken = 0;
    for (const sources::LocalModel& m : *models) {
        broken += m.ok() ? 0 : 1;
    }
    std::vector<sources::StoreRoot> scanned = roots();
    int stores = 0;
    for (const sources::StoreRoot& root : scanned) {
        std::error_code error;
        stores += std::filesystem::is_directory(root.path, error) ? 1 : 0;
    }
    QString text =
        tr("Models found: %1, in %2 of %3 store folders.").arg(models->size()).arg(stores).arg(scanned.size());
    if (broken > 0) {
        text += QLatin1Char(' ') + tr("Broken: %1 (hover for the reason).").arg(broken);
    }
    m_status->setText(text);
    emit scanFinished();
}

void LocalModelsPanel::updateFits() {
    if (m_page == nullptr || m_model->rowCount() == 0) {
        return;
    }
    // The explorer recomputes on every slider step: a hidden list catches up when it is shown.
    if (!isVisible()) {
        m_fitsStale = true;
        return;
    }
    m_fitsStale = false;
    m_model->setUnit(m_page->controls()->state().unit);
    m_model->setFits(m_page->primaryScenario());
    // A badge changed: the proxy re-sorts when sorting by fit.
    m_proxy->invalidate();
}

bool LocalModelsPanel::openRow(int row) {
    const QModelIndex index = m_proxy->index(row, LocalModelsTableModel::Name);
    if (!index.isValid()) {
        return false;
    }
    const QString path = m_proxy->data(index, LocalModelsTableModel::PathRole).toString();
    if (path.isEmpty()) {
        emit message(m_proxy->data(index, Qt::ToolTipRole).toString().replace(QLatin1Char('\n'), QStringLiteral(": ")));
        return false;
    }
    return m_opener != nullptr && m_opener->openPath(path);
}

void LocalModelsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_scanned) {
        rescan();
    } else if (m_fitsStale) {
        updateFits();
    }
}

} // namespace fitscope::gui
