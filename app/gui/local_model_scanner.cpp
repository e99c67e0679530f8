#include "local_model_scanner.h"

#include "core/sources/local_model_scan.h"

#include <QThread>

#include <algorithm>
#include <filesystem>

namespace fitscope::gui {

namespace {

// Where a new download shows up as a changed folder: Ollama's manifests/<host>/<namespace>/<model>
// is four levels below its root, a Hugging Face snapshot three. Bounded: a watch costs a kernel
// handle (inotify), and a huge user folder must not take them all.
constexpr int kWatchDepth = 4;
constexpr int kMaxWatchedFolders = 2000;

void addFolders(const std::filesystem::path& folder, int depth, QStringList& out) {
    if (out.size() >= kMaxWatchedFolders) {
        return;
    }
    out << QString::fromStdString(folder.string());
    if (depth >= kWatchDepth) {
        return;
    }
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code type_error;
        const std::string name = it->path().filename().string();
        // blobs/ only changes with the manifests and snapshots that name them.
        if (it->is_directory(type_error) && !it->is_symlink(type_error) && !name.empty() && name.front() != '.' &&
            name != "blobs") {
            addFolders(it->path(), depth + 1, out);
        }
    }
}

} // namespace

struct LocalModelScanner::Job {
    std::atomic<bool> cancelled{false};
    std::vector<sources::LocalModel> result;
    QStringList folders;
    QThread* thread = nullptr;
    unsigned generation = 0;
};

LocalModelScanner::LocalModelScanner(QObject* parent)
    : QObject(parent) {}

LocalModelScanner::~LocalModelScanner() {
    for (const std::shared_ptr<Job>& job : m_jobs) {
        job->cancelled = true;
    }
    for (const std::shared_ptr<Job>& job : m_jobs) {
        job->thread->wait();
        delete job->thread;
    }
}

void LocalModelScanner::scan(const std::vector<sources::StoreRoot>& roots) {
    for (const std::shared_ptr<Job>& job : m_jobs) {
        job->cancelled = true;
    }
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    Job* raw = job.get();
    job->thread = QThread::create([raw, roots] {
        sources::ScanOptions options;
        options.cancelled = [raw] { return raw->cancelled.load(); };
        raw->result = sources::scanLocalModels(roots, options);
        for (const sources::StoreRoot& root : roots) {
            std::error_code error;
            if (std::filesystem::is_directory(root.path, error) && !raw->cancelled) {
                addFolders(root.path, 0, raw->folders);
            }
        }
        raw->folders.removeDuplicates();
    });
    job->thread->setObjectName(QStringLiteral("localModelScan"));
    // finished() comes from the worker thread; the lambda runs on this object's (the GUI) thread.
    connect(job->thread, &QThread::finished, this, [this, raw] {
        const auto it =
            std::find_if(m_jobs.begin(), m_jobs.end(), [raw](const std::shared_ptr<Job>& j) { return j.get() == raw; });
        if (it == m_jobs.end()) {
            return;
        }
        const std::shared_ptr<Job> done = *it;
        m_jobs.erase(it);
        --m_running;
        done->thread->deleteLater();
        if (done->generation == m_generation && !done->cancelled) {
            emit finished(std::make_shared<const std::vector<sources::LocalModel>>(std::move(done->result)),
                          done->folders);
        }
    });
    m_jobs.push_back(job);
    ++m_running;
    job->thread->start(QThread::LowPriority);
}

} // namespace fitscope::gui
