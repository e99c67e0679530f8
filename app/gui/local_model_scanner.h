#pragma once

#include "core/sources/local_model.h"
#include "core/sources/store_locations.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace fitscope::gui {

// Scans the model stores on a thread of its own (core/sources reads every model's headers: fast per
// model, but a cache of fifty models on a network drive must not freeze the window). A new scan
// cancels the running one; only the newest reports. The destructor cancels and waits. It also
// lists the folders worth watching (each store's folders a few levels down, where new downloads
// appear), so that walk stays off the GUI thread too.
class LocalModelScanner : public QObject {
    Q_OBJECT

public:
    using Models = std::shared_ptr<const std::vector<sources::LocalModel>>;

    explicit LocalModelScanner(QObject* parent = nullptr);
    ~LocalModelScanner() override;

    void scan(const std::vector<sources::StoreRoot>& roots);
    bool busy() const { return m_running > 0; }

signals:
    // models: what the stores hold; folders: the store folders to watch for new downloads.
    void finished(const fitscope::gui::LocalModelScanner::Models& models, const QStringList& folders);

private:
    struct Job;
    std::vector<std::shared_ptr<Job>> m_jobs; // running, the newest last
    int m_running = 0;
    unsigned m_generation = 0;
};

} // namespace fitscope::gui
