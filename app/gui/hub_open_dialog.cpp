#include "hub_open_dialog.h"

#include "hub/hub_cache.h"
#include "hub/hub_error.h"
#include "hub/hub_model_id.h"
#include "hub_preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <mutex>
#include <optional>

namespace fitscope::gui {

// Shared by the dialog and its worker thread. The worker writes the result once, before it ends;
// the dialog reads it when QThread::finished arrives (queued to the GUI thread), so the thread's end
// orders the two. The latest step is passed under the mutex while the fetch runs.
struct HubOpenDialog::Fetch {
    hub::HubOpenRequest request;
    hub::HubOptions options;
    std::atomic<bool> cancel{false};
    std::shared_ptr<const hub::HubModel> model;
    std::optional<hub::HubError> error;
    QString other_error;
};

HubOpenDialog::HubOpenDialog(const hub::HubOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_options(options) {
    setObjectName(QStringLiteral("hubOpenDialog"));
    setWindowTitle(tr("Open from Hugging Face"));

    auto* intro = new QLabel(tr("FitScope reads the model's config and the headers of its weight files, never the "
                                "weights themselves: a few hundred kilobytes for a model of any size."),
                             this);
    intro->setWordWrap(true);

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("hubIdEdit"));
    m_id->setPlaceholderText(QStringLiteral("Qwen/Qwen3-30B-A3B-Instruct-2507"));
    m_id->setToolTip(tr("ORG/NAME, ORG/NAME@REVISION or the model page's address"));
    m_id->setClearButtonEnabled(true);

    m_ggufLabel = new QLabel(tr("GGUF file:"), this);
    m_ggufFile = new QComboBox(this);
    m_ggufFile->setObjectName(QStringLiteral("hubGgufCombo"));
    m_ggufLabel->setVisible(false);
    m_ggufFile->setVisible(false);

    m_offline = new QCheckBox(tr("Offline: use only what was fetched before"), this);
    m_offline->setObjectName(QStringLiteral("hubOfflineCheck"));
    m_offline->setChecked(options.offline);
    applyOfflineForced();

    auto* form = new QFormLayout;
    form->addRow(tr("Model id:"), m_id);
    form->addRow(m_ggufLabel, m_ggufFile);
    form->addRow(QString(), m_offline);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("hubBusyBar"));
    m_busy->setRange(0, 0); // steps of unknown length: a busy bar
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_cacheSize = new QLabel(this);
    m_cacheSize->setObjectName(QStringLiteral("hubCacheSizeLabel"));
    m_clearCache = new QPushButton(tr("Clear cache"), this);
    m_clearCache->setObjectName(QStringLiteral("hubClearCacheButton"));
    connect(m_clearCache, &QPushButton::clicked, this, &HubOpenDialog::clearCache);
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheSize, 1);
    cacheRow->addWidget(m_clearCache);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = m_buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("hubOpenButton"));
    m_open->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("hubCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HubOpenDialog::startOpen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HubOpenDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        // Another id: the previous repository's GGUF list no longer applies.
        m_ggufFile->clear();
        m_ggufLabel->setVisible(false);
        m_ggufFile->setVisible(false);
        m_open->setEnabled(!isFetching() && !m_id->text().trimmed().isEmpty());
    });
    m_open->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addLayout(cacheRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    refreshCacheSize();
}

HubOpenDialog::~HubOpenDialog() {
    if (m_fetch) {
        m_fetch->cancel = true;
    }
    if (m_worker != nullptr) {
        // The worker holds only the shared Fetch; it ends at its next step and deletes itself.
        m_worker->disconnect(this);
    }
}

void HubOpenDialog::setModelId(const QString& text) {
    m_id->setText(text);
}

QString HubOpenDialog::statusText() const {
    return m_status->text();
}

void HubOpenDialog::setOptions(const hub::HubOptions& options) {
    m_options = options;
    if (!isFetching()) {
        m_offline->setChecked(options.offline);
    }
    applyOfflineForced();
    refreshCacheSize();
}

void HubOpenDialog::applyOfflineForced() {
    // HF_HUB_OFFLINE is the user's word for every Hugging Face tool: the box must not turn it off for one fetch.
    m_offlineForced = hubOfflineForcedByEnvironment();
    if (m_offlineForced) {
        m_offline->setChecked(true);
        m_offline->setToolTip(tr("HF_HUB_OFFLINE is set in the environment: FitScope stays offline."));
    } else {
        m_offline->setToolTip(QString());
    }
    m_offline->setEnabled(!isFetching() && !m_offlineForced);
}

void HubOpenDialog::showEvent(QShowEvent* event) {
    // The cache may have been cleared from Preferences, or filled by a restored model, since it was last shown.
    refreshCacheSize();
    QDialog::showEvent(event);
}

void HubOpenDialog::setStatus(const QString& text) {
    m_status->setText(text);
    if (isFetching()) {
        emit progress(text);
    }
    // A long message (a gated model's advice) wraps to several lines: the dialog grows to show them
    // all rather than cutting them off, and never shrinks under the user's own size.
    if (layout() != nullptr && layout()->hasHeightForWidth()) {
        const int wanted = layout()->totalHeightForWidth(width());
        if (wanted > height()) {
            resize(width(), wanted);
        }
    }
}

void HubOpenDialog::startOpen() {
    if (isFetching()) {
        return;
    }
    hub::HubOpenRequest request;
    try {
        request.id = hub::parseHubModelId(m_id->text().trimmed());
    } catch (const hub::HubError& error) {
        showError(QString::fromStdString(error.what()));
        return;
    }
    if (m_ggufFile->isVisible()) {
        request.gguf_file = m_ggufFile->currentData().toString();
    }
    auto fetch = std::make_shared<Fetch>();
    fetch->request = request;
    fetch->options = m_options;
    fetch->options.offline = m_offline->isChecked();
    m_fetch = fetch;

    QPointer<HubOpenDialog> self(this);
    m_worker = QThread::create([fetch, self] {
        hub::HubCallbacks callbacks;
        callbacks.cancel = &fetch->cancel;
        callbacks.progress = [self](const QString& stage) {
            QMetaObject::invokeMethod(
                qApp,
                [self, stage] {
                    if (self && self->isFetching()) {
                        self->setStatus(tr("Reading %1…").arg(stage));
                    }
                },
                Qt::QueuedConnection);
        };
        try {
            fetch->model =
                std::make_shared<const hub::HubModel>(hub::openHubModel(fetch->request, fetch->options, callbacks));
        } catch (const hub::HubError& error) {
            fetch->error = error;
        } catch (const std::exception& error) {
            fetch->other_error = QString::fromUtf8(error.what());
        }
    });
    m_worker->setObjectName(QStringLiteral("hubOpenWorker"));
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QThread::finished, this, [this, fetch] { finishOpen(fetch); });
    setFetching(true);
    setStatus(tr("Connecting to %1…").arg(fetch->options.offline ? tr("the cache") : m_options.endpoint));
    m_worker->start();
}

void HubOpenDialog::finishOpen(const std::shared_ptr<Fetch>& fetch) {
    m_worker = nullptr;
    m_fetch.reset();
    setFetching(false);
    refreshCacheSize();
    if (fetch->model) {
        const hub::HubModel& model = *fetch->model;
        const QLocale locale;
        setStatus(tr("Read %1 at %2: %3 downloaded of %4.")
                      .arg(model.id.text(), model.commit.left(10), locale.formattedDataSize(model.bytes_downloaded),
                           locale.formattedDataSize(model.repository_bytes)));
        emit modelOpened(fetch->model);
        accept();
        return;
    }
    if (fetch->error) {
        const hub::HubError& error = *fetch->error;
        if (error.kind() == hub::HubError::Kind::Cancelled) {
            setStatus(tr("Cancelled."));
            return;
        }
        if (error.kind() == hub::HubError::Kind::ChooseFile && !error.choices().empty()) {
            m_ggufFile->clear();
            for (const std::string& path : error.choices()) {
                const QString file = QString::fromStdString(path);
                const QString quant = hub::quantizationFromFileName(file.section(QLatin1Char('/'), -1));
                m_ggufFile->addItem(quant.isEmpty() ? file : quant + QStringLiteral("  —  ") + file, file);
            }
            // The usual first choice of people running locally, when the repository has it.
            const int q4km = m_ggufFile->findText(QStringLiteral("Q4_K_M"), Qt::MatchStartsWith);
            m_ggufFile->setCurrentIndex(q4km >= 0 ? q4km : 0);
            m_ggufLabel->setVisible(true);
            m_ggufFile->setVisible(true);
            setStatus(tr("This repository holds %n GGUF models: choose one and press Open.", "",
                         static_cast<int>(error.choices().size())));
            m_ggufFile->setFocus();
            return;
        }
        showError(QString::fromStdString(error.what()));
        return;
    }
    showError(fetch->other_error.isEmpty() ? tr("The model could not be read.") : fetch->other_error);
}

void HubOpenDialog::reject() {
    if (isFetching()) {
        // First Cancel stops the fetch (at its next step, within a fraction of a second); the dialog
        // stays open with the id, so nothing typed is lost.
        m_fetch->cancel = true;
        setStatus(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void HubOpenDialog::setFetching(bool fetching) {
    m_busy->setVisible(fetching);
    m_id->setReadOnly(fetching);
    m_offline->setEnabled(!fetching && !m_offlineForced);
    m_ggufFile->setEnabled(!fetching);
    m_clearCache->setEnabled(!fetching);
    m_open->setEnabled(!fetching && !m_id->text().trimmed().isEmpty());
    emit fetchingChanged(fetching); // called only as a fetch starts and as it ends
}

void HubOpenDialog::showError(const QString& text) {
    setStatus(QStringLiteral("<b>%1</b> %2").arg(tr("Could not open it:"), text.toHtmlEscaped()));
    m_id->setFocus();
    m_id->selectAll();
}

void HubOpenDialog::refreshCacheSize() {
    const std::int64_t bytes = hub::HubCache(m_options.cache_dir).sizeBytes();
    m_cacheSize->setText(
        tr("Cache: %1 in %2").arg(QLocale().formattedDataSize(bytes), QDir::toNativeSeparators(m_options.cache_dir)));
    m_clearCache->setEnabled(bytes > 0 && !isFetching());
}

void HubOpenDialog::clearCache() {
    if (!hub::HubCache(m_options.cache_dir).clear()) {
        setStatus(tr("Could not clear the cache in %1.").arg(QDir::toNativeSeparators(m_options.cache_dir)));
    } else {
        setStatus(tr("Cache cleared."));
    }
    refreshCacheSize();
}

} // namespace fitscope::gui
