#include "hub/hub_cache.h"

#include "hub/hub_error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <vector>

namespace fitscope::hub {

namespace {

constexpr const char* k_tree_file = "tree.json";
constexpr const char* k_last_used_file = "last-used";

std::int64_t folderBytes(const QString& path) {
    std::int64_t total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

QString cacheFileName(const QString& text) {
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(text));
    // Most file systems allow 255 bytes per name.
    if (name.size() > 180) {
        const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
        name = name.left(100) + QLatin1Char('~') + QString::fromLatin1(hash);
    }
    return name;
}

HubCache::HubCache(QString root)
    : m_root(std::move(root)) {}

QString HubCache::repoDir(const QString& repo) const {
    QString name = repo;
    name.replace(QLatin1Char('/'), QStringLiteral("--"));
    return m_root + QLatin1Char('/') + cacheFileName(name);
}

QString HubCache::commitDir(const QString& repo, const QString& commit) const {
    return repoDir(repo) + QLatin1Char('/') + cacheFileName(commit);
}

std::optional<QString> HubCache::commitFor(const QString& repo, const QString& revision) const {
    QFile file(repoDir(repo) + QStringLiteral("/refs/") + cacheFileName(revision));
    if (file.size() > 1024 || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QString commit = QString::fromUtf8(file.readAll()).trimmed();
    if (commit.isEmpty() ||
        !QFileInfo::exists(commitDir(repo, commit) + QLatin1Char('/') + QLatin1String(k_tree_file))) {
        return std::nullopt;
    }
    return commit;
}

void HubCache::storeCommit(const QString& repo, const QString& revision, const QString& commit) const {
    const QString dir = repoDir(repo) + QStringLiteral("/refs");
    QDir().mkpath(dir);
    QSaveFile file(dir + QLatin1Char('/') + cacheFileName(revision));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(commit.toUtf8());
        file.commit();
    }
}

static QString entryName(HubCache::Kind kind, const QString& path) {
    switch (kind) {
    case HubCache::Kind::Tree:
        return QString::fromLatin1(k_tree_file);
    case HubCache::Kind::File:
        return QStringLiteral("file=") + cacheFileName(path);
    case HubCache::Kind::Header:
        return QStringLiteral("header=") + cacheFileName(path);
    }
    return {};
}

std::optional<QByteArray> HubCache::read(const QString& repo, const QString& commit, Kind kind,
                                         const QString& path) const {
    QFile file(commitDir(repo, commit) + QLatin1Char('/') + entryName(kind, path));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.readAll();
}

void HubCache::write(const QString& repo, const QString& commit, Kind kind, const QString& path,
                     const QByteArray& bytes) const {
    const QString dir = commitDir(repo, commit);
    QDir().mkpath(dir);
    // Atomic: a reader never sees half a header, and an interrupted write leaves nothing.
    QSaveFile file(dir + QLatin1Char('/') + entryName(kind, path));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        file.commit();
    }
}

void HubCache::touch(const QString& repo, const QString& commit) const {
    const QString dir = commitDir(repo, commit);
    QDir().mkpath(dir);
    QSaveFile file(dir + QLatin1Char('/') + QLatin1String(k_last_used_file));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
        file.commit();
    }
}

std::int64_t HubCache::sizeBytes() const {
    return QFileInfo::exists(m_root) ? folderBytes(m_root) : 0;
}

void HubCache::evict(std::int64_t max_bytes, const QString& keep_repo, const QString& keep_commit) const {
    struct Entry {
        QString path;
        QDateTime used;
        std::int64_t bytes;
    };
    std::vector<Entry> entries;
    std::int64_t total = 0;
    const QString keep =
        keep_repo.isEmpty() ? QString() : QFileInfo(commitDir(keep_repo, keep_commit)).absoluteFilePath();
    for (const QFileInfo& repo : QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo& commit : QDir(repo.filePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const std::int64_t bytes = folderBytes(commit.filePath());
            total += bytes;
            if (commit.fileName() == QLatin1String("refs") || commit.absoluteFilePath() == keep) {
                continue;
            }
            const QFileInfo used(commit.filePath() + QLatin1Char('/') + QLatin1String(k_last_used_file));
            entries.push_back({commit.filePath(), used.exists() ? used.lastModified() : commit.lastModified(), bytes});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& entry : entries) {
        if (total <= max_bytes) {
            break;
        }
        if (QDir(entry.path).removeRecursively()) {
            total -= entry.bytes;
        }
    }
}

bool HubCache::clear() const {
    QDir dir(m_root);
    return !dir.exists() || dir.removeRecursively();
}

} // namespace fitscope::hub
