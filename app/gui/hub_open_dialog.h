#pragma once

#include "hub/hub_client.h"
#include "hub/hub_options.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace fitscope::gui {

// File → Open from Hugging Face…: a model id ("Qwen/Qwen3-8B", "org/name@revision" or a pasted
// page URL) opened from its headers alone (config.json, the safetensors index and headers, or one
// GGUF header) by the hub client. The fetch runs on a worker thread so the window keeps drawing; the
// dialog shows each step, Cancel stops it at the next one, and an error is said in the dialog's own
// words with the id kept for another try. A repository with several GGUF models lists them to choose
// from. "Offline" opens from the cache only; the cache's size is shown with a button to clear it.
class HubOpenDialog : public QDialog {
    Q_OBJECT

public:
    HubOpenDialog(const hub::HubOptions& options, QWidget* parent = nullptr);
    ~HubOpenDialog() override;

    void setModelId(const QString& text);
    bool isFetching() const { return m_worker != nullptr; }
    QString statusText() const;
    // New options (Preferences changed): the Offline checkbox goes back to their default. A fetch
    // running keeps the options it started with.
    void setOptions(const hub::HubOptions& options);
    const hub::HubOptions& options() const { return m_options; }

signals:
    // The model read, on the GUI thread; the dialog closes after it.
    void modelOpened(std::shared_ptr<const fitscope::hub::HubModel> model);
    // Each step of a running fetch, as the dialog's status line says it, so the window can show it too.
    void progress(const QString& text);
    // A fetch started or ended (read, failed or cancelled); emitted before modelOpened.
    void fetchingChanged(bool fetching);

public slots:
    void startOpen();
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Fetch; // what the worker thread shares with the dialog
    void finishOpen(const std::shared_ptr<Fetch>& fetch);
    void setFetching(bool fetching);
    void showError(const QString& text);
    void setStatus(const QString& text);
    void applyOfflineForced(); // HF_HUB_OFFLINE set: Offline checked and locked, saying why
    void refreshCacheSize();
    void clearCache();

    hub::HubOptions m_options;
    QLineEdit* m_id = nullptr;
    QComboBox* m_ggufFile = nullptr;
    QLabel* m_ggufLabel = nullptr;
    QCheckBox* m_offline = nullptr;
    bool m_offlineForced = false;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_cacheSize = nullptr;
    QPushButton* m_clearCache = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_open = nullptr;
    QThread* m_worker = nullptr;
    std::shared_ptr<Fetch> m_fetch;
};

} // namespace fitscope::gui
