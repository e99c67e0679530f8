#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace fitscope::hub {

// What the hub client fetched, kept per repository and resolved commit, so the same id opens again
// without the network:
//   <root>/<org>--<name>/refs/<revision>     the commit the revision pointed at
//   <root>/<org>--<name>/<commit>/tree.json  the file listing (paths and sizes)
//   <root>/<org>--<name>/<commit>/file=<path>    small files whole (config.json, the index)
//   <root>/<org>--<name>/<commit>/header=<path>  the first bytes of a weight file: its header only
// Paths are percent-encoded into one file name. The cache is bounded: beyond the limit the least
// recently used commits are removed.
class HubCache {
public:
    explicit HubCache(QString root);

    const QString& root() const { return m_root; }

    std::optional<QString> commitFor(const QString& repo, const QString& revision) const;
    void storeCommit(const QString& repo, const QString& revision, const QString& commit) const;

    enum class Kind { Tree, File, Header };
    std::optional<QByteArray> read(const QString& repo, const QString& commit, Kind kind,
                                   const QString& path = {}) const;
    void write(const QString& repo, const QString& commit, Kind kind, const QString& path,
               const QByteArray& bytes) const;

    // Marks a commit as just used (eviction removes the least recently used first).
    void touch(const QString& repo, const QString& commit) const;

    // Total bytes of everything in the cache.
    std::int64_t sizeBytes() const;
    // Removes least recently used commits until the cache holds at most max_bytes; never the one
    // named by keep_repo/keep_commit (what is being opened).
    void evict(std::int64_t max_bytes, const QString& keep_repo = {}, const QString& keep_commit = {}) const;
    // Removes everything.
    bool clear() const;

private:
    QString repoDir(const QString& repo) const;
    QString commitDir(const QString& repo, const QString& commit) const;

    QString m_root;
};

// One file name for any string: percent-encoded, long ones shortened with a hash.
QString cacheFileName(const QString& text);

} // namespace fitscope::hub
