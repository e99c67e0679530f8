#include "hub/hub_client.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/gguf_reader.h"
#include "core/formats/model_headers.h"
#include "core/formats/safetensors_reader.h"
#include "hub/hub_cache.h"
#include "hub/hub_error.h"
#include "hub/hub_http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <map>
#include <optional>

namespace fitscope::hub {

namespace {

using formats::FormatError;
using formats::PrefixTooShort;

// Answers of the Hub's JSON API: a file listing page of a repository with thousands of files is a
// few MB; anything far beyond is not a listing.
constexpr std::int64_t k_max_api_bytes = std::int64_t{32} << 20;
// The same limits as the local readers (core/formats/model_file.cpp, safetensors_reader.cpp).
constexpr std::int64_t k_max_config_bytes = std::int64_t{16} << 20;
constexpr std::int64_t k_max_index_bytes = std::int64_t{64} << 20;
// The first range asked for: most safetensors headers and small GGUF headers fit; larger ones are
// then fetched to the length their first bytes announce (safetensors) or by doubling (GGUF).
constexpr std::int64_t k_first_range_bytes = std::int64_t{64} << 10;
constexpr int k_max_tree_pages = 200;
constexpr int k_max_tree_files = 100000;
constexpr int k_max_range_rounds = 32;

struct RepoFile {
    QString path;
    std::int64_t size_bytes = 0;
};

QString fileName(const QString& path) {
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

bool safeRepoPath(const QString& path) {
    if (path.isEmpty() || path.size() > 1000 || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))) {
        return false;
    }
    for (const QString& part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")) {
            return false;
        }
    }
    return std::none_of(path.begin(), path.end(), [](QChar c) { return c.unicode() < 0x20; });
}

QByteArray encodedPath(const QString& path) {
    QByteArray out;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        if (!out.isEmpty()) {
            out += '/';
        }
        out += QUrl::toPercentEncoding(part);
    }
    return out;
}

class Session {
public:
    Session(const HubOpenRequest& request, const HubOptions& options, const HubCallbacks& callbacks)
        : m_request(request)
        , m_options(options)
        , m_callbacks(callbacks)
        , m_cache(options.cache_dir)
        , m_repo(request.id.repo) {}

    HubModel open();

private:
    void progress(const QString& stage) const {
        if (m_callbacks.progress) {
            m_callbacks.progress(stage);
        }
    }
    HttpClient& http() {
        if (!m_http) {
            m_http.emplace(m_options, m_callbacks.cancel);
        }
        return *m_http;
    }
    QUrl url(const QByteArray& encoded_path_and_query) const {
        return QUrl::fromEncoded(m_options.endpoint.toUtf8() + encoded_path_and_query);
    }
    QString label(const QString& path) const { return m_request.id.text() + QLatin1Char('/') + path; }
    QString modelPage() const { return m_options.endpoint + QLatin1Char('/') + m_repo; }
    [[noreturn]] void notInCache(const QString& what) const;
    [[noreturn]] void failHttp(const HttpResponse& response, const QString& what) const;
    QString tokenAdvice() const;

    QString resolveCommit();
    std::vector<RepoFile> listFiles();
    QByteArray smallFile(const QString& path, std::int64_t max_bytes);
    template <class Parse>
    auto header(const RepoFile& file, std::uint64_t max_header_bytes, Parse parse);

    HubModel openSafetensors(HubModel model, const std::vector<RepoFile>& files);
    HubModel openGguf(HubModel model, const std::vector<RepoFile>& files);

    const HubOpenRequest& m_request;
    HubOptions m_options;
    HubCallbacks m_callbacks;
    HubCache m_cache;
    QString m_repo;
    QString m_commit;
    bool m_cache_only = false; // offline, or the network failed and the cache has this revision
    QStringList m_notes;
    std::optional<HttpClient> m_http;
};

QString Session::tokenAdvice() const {
    if (!m_options.token.isEmpty()) {
        return QStringLiteral("a token was sent (from %1) but its account has no access: accept the model's terms "
                              "at %2 with that account, or use a token of an account that has")
            .arg(m_options.token_source.isEmpty() ? QStringLiteral("the settings") : m_options.token_source,
                 modelPage());
    }
    return QStringLiteral("accept the model's terms at %1, then give FitScope a token of that account: set the "
                          "HF_TOKEN environment variable, or log in with the Hugging Face CLI (hf auth login), "
                          "which writes the token file FitScope reads (~/.cache/huggingface/token, or HF_TOKEN_PATH)")
        .arg(modelPage());
}

void Session::notInCache(const QString& what) const {
    throw HubError(HubError::Kind::NotInCache,
                   QStringLiteral("%1 is not in the cache (%2) and FitScope is offline (HF_HUB_OFFLINE or the "
                                  "Offline preference): open it once with the network on, or turn offline off")
                       .arg(what, m_options.cache_dir)
                       .toStdString());
}

void Session::failHttp(const HttpResponse& response, const QString& what) const {
    const QString code = QString::fromLatin1(response.header("X-Error-Code"));
    const QString server_message = QString::fromUtf8(response.header("X-Error-Message")).left(300);
    const int status = response.status;
    const QString id = m_request.id.text();
    const QString status_text =
        QStringLiteral(" (HTTP %1%2)").arg(status).arg(code.isEmpty() ? QString() : QStringLiteral(", ") + code);
    if (code == QLatin1String("GatedRepo") || (status == 403 && code != QLatin1String("RepoNotFound"))) {
        throw HubError(HubError::Kind::Access,
                       QStringLiteral("%1 is a gated model: its files need an account that accepted its terms; %2%3")
                           .arg(id, tokenAdvice(), status_text)
                           .toStdString());
    }
    if (status == 401) {
        const QString advice =
            m_options.token.isEmpty()
                ? QStringLiteral("for a private or gated model, give FitScope a token: set the HF_TOKEN environment "
                                 "variable, or log in with the Hugging Face CLI (hf auth login)")
                : QStringLiteral("the token from %1 was sent: check that its account can see the model")
                      .arg(m_options.token_source.isEmpty() ? QStringLiteral("the settings") : m_options.token_source);
        throw HubError(HubError::Kind::Access,
                       QStringLiteral("%1 was not found, or it is private or gated: check the id; %2%3")
                           .arg(id, advice, status_text)
                           .toStdString());
    }
    if (status == 404) {
        QString message;
        if (code == QLatin1String("RevisionNotFound")) {
            message =
                QStringLiteral("%1 has no revision '%2' (a branch, tag or commit)").arg(m_repo, m_request.id.revision);
        } else if (code == QLatin1String("EntryNotFound")) {
            message = QStringLiteral("%1 has no file %2").arg(id, what);
        } else {
            message =
                QStringLiteral("there is no model %1 on %2 (check the id%3)")
                    .arg(m_repo, QUrl(m_options.endpoint).host(),
                         m_options.token.isEmpty() ? QStringLiteral("; a private model needs HF_TOKEN") : QString());
        }
        throw HubError(HubError::Kind::NotFound, (message + status_text).toStdString());
    }
    if (status == 429) {
        throw HubError(
            HubError::Kind::Network,
            QStringLiteral("%1 is limiting requests: try again in a minute%2%3")
                .arg(QUrl(m_options.endpoint).host(),
                     m_options.token.isEmpty() ? QStringLiteral(" (a token raises the limit: HF_TOKEN)") : QString(),
                     status_text)
                .toStdString());
    }
    if (status >= 500) {
        throw HubError(HubError::Kind::Network,
                       QStringLiteral("%1 had a server error while sending %2; try again later%3")
                           .arg(QUrl(m_options.endpoint).host(), what, status_text)
                           .toStdString());
    }
    throw HubError(
        HubError::Kind::Protocol,
        QStringLiteral("unexpected answer to the request for %1%2%3")
            .arg(what, status_text, server_message.isEmpty() ? QString() : QStringLiteral(": ") + server_message)
            .toStdString());
}

QString Session::resolveCommit() {
    const QString& revision = m_request.id.revision;
    static const QRegularExpression full_commit(QStringLiteral("^[0-9a-f]{40}$"));
    const std::optional<QString> cached = m_cache.commitFor(m_repo, revision);
    // A commit names fixed content: when the cache holds it there is nothing to ask.
    if (full_commit.match(revision).hasMatch() && m_cache.read(m_repo, revision, HubCache::Kind::Tree)) {
        m_cache_only = true;
        return revision;
    }
    if (m_options.offline) {
        if (!cached) {
            notInCache(m_request.id.text());
        }
        m_cache_only = true;
        return *cached;
    }
    progress(QStringLiteral("revision %1").arg(revision));
    HttpResponse response;
    try {
        response =
            http().get(url("/api/models/" + encodedPath(m_repo) + "/revision/" + QUrl::toPercentEncoding(revision)),
                       k_max_api_bytes);
    } catch (const HubError& error) {
        if ((error.kind() == HubError::Kind::Network || error.kind() == HubError::Kind::Timeout) && cached) {
            m_cache_only = true;
            m_notes.append(QStringLiteral("the hub could not be reached (%1); using the cached copy")
                               .arg(QString::fromStdString(error.what())));
            return *cached;
        }
        throw;
    }
    if (response.status != 200) {
        failHttp(response, QStringLiteral("the model's information"));
    }
    QJsonParseError parse_error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parse_error);
    const QString sha = document.isObject() ? document.object().value(QStringLiteral("sha")).toString() : QString();
    if (response.body_cut || !document.isObject() || sha.isEmpty() || sha.size() > 100 ||
        !QRegularExpression(QStringLiteral("^[0-9A-Za-z._-]+$")).match(sha).hasMatch()) {
        throw HubError(HubError::Kind::Protocol,
                       QStringLiteral("%1 did not answer with a Hugging Face model description for %2 (is HF_ENDPOINT "
                                      "a Hugging Face hub?)")
                           .arg(QUrl(m_options.endpoint).host(), m_repo)
                           .toStdString());
    }
    m_cache.storeCommit(m_repo, revision, sha);
    return sha;
}

std::vector<RepoFile> Session::listFiles() {
    std::vector<RepoFile> files;
    auto parse = [&files](const QByteArray& bytes, bool* ok) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        *ok = document.isArray();
        for (const QJsonValue& value : document.array()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("type")).toString() != QLatin1String("file")) {
                continue;
            }
            const QString path = entry.value(QStringLiteral("path")).toString();
            const double size = entry.value(QStringLiteral("size")).toDouble(-1);
            if (!safeRepoPath(path) || size < 0 || size > 9e15) {
                *ok = false;
                return;
            }
            files.push_back({path, static_cast<std::int64_t>(size)});
        }
    };
    if (const auto cached = m_cache.read(m_repo, m_commit, HubCache::Kind::Tree)) {
        bool ok = false;
        parse(*cached, &ok);
        if (ok) {
            return files;
        }
        files.clear();
    }
    if (m_cache_only) {
        notInCache(QStringLiteral("the file list of ") + m_request.id.text());
    }
    progress(QStringLiteral("file list"));
    // GET /api/models/{repo}/tree/{revision}?recursive=true, paginated by Link: <...>; rel="next"
    // (huggingface_hub hf_api.py list_repo_tree, utils/_pagination.py).
    QUrl next = url("/api/models/" + encodedPath(m_repo) + "/tree/" + QUrl::toPercentEncoding(m_commit) +
                    "?recursive=true&expand=false");
    for (int page = 0; next.isValid() && !next.isEmpty(); ++page) {
        if (page >= k_max_tree_pages) {
            throw HubError(HubError::Kind::Protocol,
                           QStringLiteral("the file list of %1 goes on for more than %2 pages")
                               .arg(m_repo)
                               .arg(k_max_tree_pages)
                               .toStdString());
        }
        const HttpResponse response = http().get(next, k_max_api_bytes);
        if (response.status != 200) {
            failHttp(response, QStringLiteral("the file list"));
        }
        bool ok = false;
        if (!response.body_cut) {
            parse(response.body, &ok);
        }
        if (!ok || static_cast<int>(files.size()) > k_max_tree_files) {
            throw HubError(HubError::Kind::Protocol,
                           QStringLiteral("the answer for the file list of %1 is not a Hugging Face file list (is "
                                          "HF_ENDPOINT a Hugging Face hub?)")
                               .arg(m_repo)
                               .toStdString());
        }
        next = QUrl();
        static const QRegularExpression link(QStringLiteral(R"(<([^>]+)>\s*;\s*rel="next")"));
        if (const auto match = link.match(QString::fromLatin1(response.header("Link"))); match.hasMatch()) {
            next = response.url.resolved(QUrl(match.captured(1)));
        }
    }
    QJsonArray listing;
    for (const RepoFile& file : files) {
        listing.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("path"), file.path},
                                   {QStringLiteral("size"), static_cast<double>(file.size_bytes)}});
    }
    m_cache.write(m_repo, m_commit, HubCache::Kind::Tree, {}, QJsonDocument(listing).toJson(QJsonDocument::Compact));
    return files;
}

QByteArray Session::smallFile(const QString& path, std::int64_t max_bytes) {
    if (const auto cached = m_cache.read(m_repo, m_commit, HubCache::Kind::File, path)) {
        return *cached;
    }
    if (m_cache_only) {
        notInCache(label(path));
    }
    progress(path);
    const HttpResponse response = http().get(
        url("/" + encodedPath(m_repo) + "/resolve/" + QUrl::toPercentEncoding(m_commit) + "/" + encodedPath(path)),
        max_bytes);
    if (response.status != 200) {
        failHttp(response, path);
    }
    if (response.body_cut) {
        throw HubError(HubError::Kind::Format, QStringLiteral("%1 is larger than the limit of %2 bytes for this file")
                                                   .arg(label(path))
                                                   .arg(max_bytes)
                                                   .toStdString());
    }
    m_cache.write(m_repo, m_commit, HubCache::Kind::File, path, response.body);
    return response.body;
}

// The header of a weight file: the shortest prefix the reader accepts, fetched by ranges. parse
// takes (prefix bytes) and returns {result, bytes used}; it throws PrefixTooShort while the
// prefix is too short and FormatError when the header is malformed or beyond the limits.
template <class Parse>
auto Session::header(const RepoFile& file, std::uint64_t max_header_bytes, Parse parse) {
    const QString origin = label(file.path);
    if (const auto cached = m_cache.read(m_repo, m_commit, HubCache::Kind::Header, file.path)) {
        try {
            return parse(*cached).first;
        } catch (const FormatError&) {
            // A damaged cache entry: fetch it again (or say it is missing).
        }
    }
    if (m_cache_only) {
        notInCache(QStringLiteral("the header of ") + origin);
    }
    const std::int64_t size = file.size_bytes;
    std::int64_t want = std::min(size, k_first_range_bytes);
    for (int round = 0; round < k_max_range_rounds; ++round) {
        progress(QStringLiteral("header of %1").arg(file.path));
        const HttpResponse response = http().get(url("/" + encodedPath(m_repo) + "/resolve/" +
                                                     QUrl::toPercentEncoding(m_commit) + "/" + encodedPath(file.path)),
                                                 want, want > 0 ? std::optional<std::int64_t>(want - 1) : std::nullopt);
        if (response.status != 206 && response.status != 200) {
            failHttp(response, file.path);
        }
        if (const auto total = response.contentRangeTotal(); response.status == 206 && total && *total != size) {
            throw HubError(HubError::Kind::Protocol,
                           QStringLiteral("%1 is %2 bytes by the file list but %3 by its download; the repository "
                                          "changed while it was read, try again")
                               .arg(origin)
                               .arg(size)
                               .arg(*total)
                               .toStdString());
        }
        const QByteArray& bytes = response.body;
        if (bytes.size() < want) {
            throw HubError(HubError::Kind::Format,
                           QStringLiteral("%1: truncated: %2 bytes of the header arrived where %3 were asked for")
                               .arg(origin)
                               .arg(bytes.size())
                               .arg(want)
                               .toStdString());
        }
        try {
            const auto [result, used] = parse(bytes.left(static_cast<qsizetype>(want)));
            m_cache.write(m_repo, m_commit, HubCache::Kind::Header, file.path,
                          bytes.left(static_cast<qsizetype>(std::min<std::int64_t>(want, used))));
            return result;
        } catch (const PrefixTooShort& more) {
            const auto needed = static_cast<std::int64_t>(more.neededBytes());
            // Grow at least twofold: a GGUF header asks a few bytes at a time.
            std::int64_t next = std::max(needed, want * 2);
            next = std::min(next, size);
            if (needed > static_cast<std::int64_t>(max_header_bytes) + 64) {
                throw HubError(HubError::Kind::Format,
                               QStringLiteral("%1: the header is larger than the limit of %2 bytes")
                                   .arg(origin)
                                   .arg(max_header_bytes)
                                   .toStdString());
            }
            next = std::min<std::int64_t>(next, static_cast<std::int64_t>(max_header_bytes) + 64);
            if (next <= want) {
                throw HubError(HubError::Kind::Format, (origin + QStringLiteral(": truncated header")).toStdString());
            }
            want = next;
        } catch (const FormatError& error) {
            throw HubError(HubError::Kind::Format, error.what());
        }
    }
    throw HubError(HubError::Kind::Format, QStringLiteral("%1: the header did not end within %2 requests")
                                               .arg(origin)
                                               .arg(k_max_range_rounds)
                                               .toStdString());
}

HubModel Session::openSafetensors(HubModel model, const std::vector<RepoFile>& files) {
    std::map<QString, const RepoFile*> by_path;
    for (const RepoFile& file : files) {
        by_path[file.path] = &file;
    }
    formats::SafetensorsHeaders headers;
    headers.label = m_request.id.text().toStdString();
    if (by_path.count(QStringLiteral("config.json"))) {
        headers.config_label = label(QStringLiteral("config.json")).toStdString();
        try {
            headers.config_json = smallFile(QStringLiteral("config.json"), k_max_config_bytes).toStdString();
        } catch (const HubError& error) {
            if (error.kind() != HubError::Kind::Format) {
                throw;
            }
            headers.config_problem = error.what();
        }
        model.repository_bytes += by_path[QStringLiteral("config.json")]->size_bytes;
    }
    std::vector<const RepoFile*> shards;
    const QString index_name = QStringLiteral("model.safetensors.index.json");
    if (by_path.count(index_name)) {
        headers.index_label = label(index_name).toStdString();
        const QByteArray text = smallFile(index_name, k_max_index_bytes);
        try {
            headers.index = formats::parseSafetensorsIndex(text.toStdString(), headers.index_label);
        } catch (const FormatError& error) {
            throw HubError(HubError::Kind::Format, error.what());
        }
        for (const std::string& shard : headers.index->shard_files) {
            const auto found = by_path.find(QString::fromStdString(shard));
            if (found == by_path.end()) {
                throw HubError(HubError::Kind::Format,
                               QStringLiteral("%1 names the shard %2, which the repository does not hold")
                                   .arg(label(index_name), QString::fromStdString(formats::printable(shard)))
                                   .toStdString());
            }
            shards.push_back(found->second);
        }
    } else {
        for (const auto& [path, file] : by_path) {
            if (!path.contains(QLatin1Char('/')) && path.endsWith(QLatin1String(".safetensors"))) {
                shards.push_back(file);
            }
        }
    }
    const formats::SafetensorsLimits limits;
    for (std::size_t i = 0; i < shards.size(); ++i) {
        const RepoFile& shard = *shards[i];
        progress(QStringLiteral("header %1 of %2: %3").arg(i + 1).arg(shards.size()).arg(shard.path));
        const std::string origin = label(shard.path).toStdString();
        headers.shards.push_back(header(shard, limits.max_header_bytes, [&](const QByteArray& prefix) {
            formats::BoundedReader reader(std::string_view(prefix.constData(), static_cast<std::size_t>(prefix.size())),
                                          static_cast<std::uint64_t>(shard.size_bytes), origin);
            formats::SafetensorsFile parsed = formats::parseSafetensorsHeader(reader, limits);
            const std::uint64_t used = parsed.data_offset_bytes;
            return std::pair<formats::SafetensorsFile, std::int64_t>(std::move(parsed),
                                                                     static_cast<std::int64_t>(used));
        }));
        model.repository_bytes += shard.size_bytes;
    }
    try {
        model.info = formats::inspectSafetensorsHeaders(headers);
    } catch (const FormatError& error) {
        throw HubError(HubError::Kind::Format, error.what());
    }
    return model;
}

HubModel Session::openGguf(HubModel model, const std::vector<RepoFile>& files) {
    std::map<QString, const RepoFile*> by_path;
    for (const RepoFile& file : files) {
        if (file.path.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive)) {
            by_path[file.path] = &file;
        }
    }
    // Group split models by their first part (llama.cpp's -00001-of-0000N naming, core's ggufSplitPaths).
    std::map<QString, std::vector<const RepoFile*>> models;
    for (const auto& [path, file] : by_path) {
        const auto parts = formats::ggufSplitPaths(path.toStdString());
        const QString first = QString::fromStdString(parts.front().generic_string());
        if (models.count(first)) {
            continue;
        }
        std::vector<const RepoFile*> found;
        for (const auto& part : parts) {
            const auto it = by_path.find(QString::fromStdString(part.generic_string()));
            if (it != by_path.end()) {
                found.push_back(it->second);
            }
        }
        if (found.size() == parts.size()) {
            models[first] = found;
        }
    }
    for (const auto& [first, parts] : models) {
        HubGgufFile entry;
        entry.path = first;
        entry.quantization = quantizationFromFileName(fileName(first));
        entry.parts = static_cast<int>(parts.size());
        for (const RepoFile* part : parts) {
            entry.size_bytes += part->size_bytes;
        }
        model.gguf_files.push_back(entry);
    }
    if (model.gguf_files.empty()) {
        throw HubError(HubError::Kind::NotFound,
                       QStringLiteral("%1 holds GGUF files, but no complete model (a split model misses parts)")
                           .arg(m_request.id.text())
                           .toStdString());
    }
    const QString wanted = m_request.gguf_file;
    std::vector<const HubGgufFile*> matches;
    for (const HubGgufFile& entry : model.gguf_files) {
        const bool projector = fileName(entry.path).startsWith(QLatin1String("mmproj"), Qt::CaseInsensitive);
        if (wanted.isEmpty() ? !projector
                             : (entry.path == wanted || fileName(entry.path) == wanted ||
                                entry.quantization.compare(wanted, Qt::CaseInsensitive) == 0)) {
            matches.push_back(&entry);
        }
    }
    if (matches.size() != 1) {
        const QString list = describeGgufFiles(model.gguf_files);
        QString why =
            wanted.isEmpty()
                ? QStringLiteral("%1 holds %2 GGUF models; name one (--hf-file NAME.gguf or a quantization "
                                 "such as Q4_K_M):\n%3")
                      .arg(m_request.id.text())
                      .arg(model.gguf_files.size())
                      .arg(list)
                : QStringLiteral("%1: '%2' %3 of its GGUF models:\n%4")
                      .arg(m_request.id.text(), wanted,
                           matches.empty() ? QStringLiteral("names none") : QStringLiteral("matches more than one"),
                           list);
        std::vector<std::string> choices;
        for (const HubGgufFile& entry : model.gguf_files) {
            choices.push_back(entry.path.toStdString());
        }
        throw HubError(HubError::Kind::ChooseFile, why.toStdString()).withChoices(std::move(choices));
    }
    const HubGgufFile chosen = *matches.front();
    model.gguf_file = chosen.path;
    const formats::GgufLimits limits;
    std::vector<formats::GgufFile> parts;
    const auto& part_files = models.at(chosen.path);
    for (std::size_t i = 0; i < part_files.size(); ++i) {
        const RepoFile& part = *part_files[i];
        progress(QStringLiteral("header %1 of %2: %3").arg(i + 1).arg(part_files.size()).arg(part.path));
        const std::string origin = label(part.path).toStdString();
        parts.push_back(header(part, limits.max_header_bytes, [&](const QByteArray& prefix) {
            formats::BoundedReader reader(std::string_view(prefix.constData(), static_cast<std::size_t>(prefix.size())),
                                          static_cast<std::uint64_t>(part.size_bytes), origin);
            formats::GgufFile parsed = formats::parseGgufHeader(reader, limits);
            const std::uint64_t used = std::min<std::uint64_t>(parsed.data_offset_bytes, parsed.file_size_bytes);
            return std::pair<formats::GgufFile, std::int64_t>(std::move(parsed), static_cast<std::int64_t>(used));
        }));
        model.repository_bytes += part.size_bytes;
    }
    try {
        model.info = formats::inspectGgufHeaders(label(chosen.path).toStdString(), parts);
    } catch (const FormatError& error) {
        throw HubError(HubError::Kind::Format, error.what());
    }
    return model;
}

HubModel Session::open() {
    m_commit = resolveCommit();
    const std::vector<RepoFile> files = listFiles();
    HubModel model;
    model.id = m_request.id;
    model.commit = m_commit;

    bool has_safetensors = false;
    bool has_gguf = false;
    bool has_config = false;
    for (const RepoFile& file : files) {
        has_safetensors |=
            !file.path.contains(QLatin1Char('/')) && (file.path.endsWith(QLatin1String(".safetensors")) ||
                                                      file.path == QLatin1String("model.safetensors.index.json"));
        has_gguf |= file.path.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive);
        has_config |= file.path == QLatin1String("config.json");
    }
    if (has_gguf && (!has_safetensors || !m_request.gguf_file.isEmpty())) {
        model = openGguf(std::move(model), files);
    } else if (has_safetensors) {
        model = openSafetensors(std::move(model), files);
    } else if (has_config) {
        const QByteArray text = smallFile(QStringLiteral("config.json"), k_max_config_bytes);
        try {
            model.info =
                formats::inspectConfigJson(text.toStdString(), label(QStringLiteral("config.json")).toStdString());
        } catch (const FormatError& error) {
            throw HubError(HubError::Kind::Format, error.what());
        }
    } else {
        throw HubError(
            HubError::Kind::NotFound,
            QStringLiteral("%1 holds no config.json, safetensors or GGUF file").arg(m_request.id.text()).toStdString());
    }
    model.bytes_downloaded = m_http ? m_http->bytesReceived() : 0;
    model.from_cache = model.bytes_downloaded == 0;
    model.notes = m_notes;
    m_cache.touch(m_repo, m_commit);
    m_cache.evict(m_options.cache_max_bytes, m_repo, m_commit);
    return model;
}

} // namespace

QString quantizationFromFileName(const QString& file_name) {
    // llama.cpp's file type names (llama_ftype, tools/quantize), with Unsloth's "UD-" dynamic prefix.
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?:^|[-_.])((?:UD-)?(?:IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K(?:_XL|_[SML])?|Q[4-8]_[01]|TQ[12]_0|MXFP4(?:_MOE)?|BF16|F16|F32))(?=[-_.]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(file_name);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QString describeGgufFiles(const std::vector<HubGgufFile>& files) {
    QStringList lines;
    for (const HubGgufFile& file : files) {
        lines << QStringLiteral("  %1  %2 GB  %3%4")
                     .arg(file.quantization.isEmpty() ? QStringLiteral("?") : file.quantization, -10)
                     .arg(static_cast<double>(file.size_bytes) / 1e9, 7, 'f', 2)
                     .arg(file.path, file.parts > 1 ? QStringLiteral(" (%1 parts)").arg(file.parts) : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

HubModel openHubModel(const HubOpenRequest& request, const HubOptions& options, const HubCallbacks& callbacks) {
    Session session(request, options, callbacks);
    return session.open();
}

} // namespace fitscope::hub
