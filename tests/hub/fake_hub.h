#pragma once

// A small Hugging Face hub on 127.0.0.1 for tests: the API and download routes the hub client uses
// (huggingface_hub hf_api.py / file_download.py), served from memory by a QTcpServer in the test
// process, with Range support and a count of the file bytes it sent. Modes make it misbehave:
// stall, send garbage, redirect in a loop, cut a header short.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fitscope::testing {

class FakeHub {
public:
    struct Repo {
        QString commit;
        std::map<QString, QByteArray> files; // path in the repository -> bytes
        bool gated = false;
    };
    enum class Mode { Normal, Stall, GarbageStatusLine, GarbageJson, RedirectLoop, TruncateRanges };

    Mode mode = Mode::Normal;
    QByteArray token = "hf_test_secret"; // what a gated repository accepts
    int tree_page_size = 3;              // entries per page of the file listing (pagination)
    std::int64_t file_bytes_served = 0;  // bodies of /resolve (and its CDN target)
    int requests = 0;

    FakeHub() {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, m_port); }
    void stop() {
        m_port = m_server.serverPort();
        m_server.close();
        for (const auto& socket : m_sockets) {
            socket->abort();
        }
        m_sockets.clear();
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void addRepo(const QString& id, Repo repo) { m_repos[id] = std::move(repo); }

private:
    void accept() {
        while (QTcpSocket* raw = m_server.nextPendingConnection()) {
            std::shared_ptr<QTcpSocket> socket(raw, [](QTcpSocket* s) { s->deleteLater(); });
            m_sockets.push_back(socket);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(raw, &QTcpSocket::readyRead, raw, [this, raw, buffer] {
                *buffer += raw->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end >= 0) {
                    const QByteArray head = buffer->left(end);
                    buffer->clear();
                    answer(raw, head);
                }
            });
        }
    }

    static QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name) {
        for (const QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                return line.mid(colon + 1).trimmed();
            }
        }
        return {};
    }

    void send(QTcpSocket* socket, int status, const QByteArray& body, QList<QByteArray> headers = {}) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        headers << "Content-Length: " + QByteArray::number(body.size()) << "Connection: close";
        for (const QByteArray& header : headers) {
            out += header + "\r\n";
        }
        out += "\r\n" + body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket* socket, const QByteArray& head) {
        ++requests;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> request_line = lines.value(0).trimmed().split(' ');
        const QUrl url = QUrl::fromEncoded(request_line.value(1));
        const QString path = url.path(QUrl::FullyDecoded);
        switch (mode) {
        case Mode::Stall:
            return; // never answers
        case Mode::GarbageStatusLine:
            socket->write(QByteArray("\x01\x02 not a web server \xff\xfe\r\n\r\n", 27));
            socket->disconnectFromHost();
            return;
        case Mode::GarbageJson:
            send(socket, 200, "{\"this is\": not json at all", {"Content-Type: application/json"});
            return;
        case Mode::RedirectLoop:
            send(socket, 302, {},
                 {"Location: " + (path.endsWith(QLatin1String("/a")) ? QByteArray("/loop/b") : QByteArray("/loop/a"))});
            return;
        default:
            break;
        }

        static const QRegularExpression api(QStringLiteral(R"(^/api/models/([^/]+/[^/]+)/(revision|tree)/([^/]+)$)"));
        static const QRegularExpression resolve(QStringLiteral(R"(^/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$)"));
        static const QRegularExpression cdn(QStringLiteral(R"(^/cdn/([^/]+/[^/]+)/(.+)$)"));
        QString repo_id;
        if (auto m = api.match(path); m.hasMatch()) {
            repo_id = m.captured(1);
        } else if (auto r = resolve.match(path); r.hasMatch()) {
            repo_id = r.captured(1);
        }
        const auto repo = m_repos.find(repo_id);
        if (!repo_id.isEmpty() && repo == m_repos.end()) {
            send(socket, 401, "{\"error\":\"Repository not found\"}", {"X-Error-Code: RepoNotFound"});
            return;
        }
        if (!repo_id.isEmpty() && repo->second.gated && headerValue(lines, "Authorization") != "Bearer " + token) {
            send(socket, 401, "{\"error\":\"Access to model is restricted.\"}",
                 {"X-Error-Code: GatedRepo", "X-Error-Message: Access to model " + repo_id.toUtf8() +
                                                 " is restricted. You must have access to it and be authenticated."});
            return;
        }
        if (auto m = api.match(path); m.hasMatch()) {
            if (m.captured(2) == QLatin1String("revision")) {
                send(socket, 200,
                     QJsonDocument(
                         QJsonObject{{QStringLiteral("id"), repo_id}, {QStringLiteral("sha"), repo->second.commit}})
                         .toJson(QJsonDocument::Compact),
                     {"Content-Type: application/json"});
                return;
            }
            if (m.captured(3) != repo->second.commit) {
                send(socket, 404, "{}", {"X-Error-Code: RevisionNotFound"});
                return;
            }
            // One page of the listing; Link: <...>; rel="next" for the rest (as the Hub paginates).
            const int cursor = QUrlQuery_value(url, "cursor").toInt();
            QJsonArray page;
            int index = 0;
            for (const auto& [file, bytes] : repo->second.files) {
                if (index >= cursor && index < cursor + tree_page_size) {
                    page.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                            {QStringLiteral("oid"), QStringLiteral("0")},
                                            {QStringLiteral("size"), static_cast<double>(bytes.size())},
                                            {QStringLiteral("path"), file}});
                }
                ++index;
            }
            QList<QByteArray> headers{"Content-Type: application/json"};
            if (cursor + tree_page_size < index) {
                headers << "Link: <" + endpoint().toUtf8() + url.path(QUrl::FullyEncoded).toUtf8() +
                               "?recursive=true&cursor=" + QByteArray::number(cursor + tree_page_size) +
                               ">; rel=\"next\"";
            }
            send(socket, 200, QJsonDocument(page).toJson(QJsonDocument::Compact), headers);
            return;
        }
        if (auto r = resolve.match(path); r.hasMatch()) {
            // The Hub answers resolve/ with a redirect to its CDN.
            send(socket, 302, {},
                 {"Location: /cdn/" + QUrl::toPercentEncoding(repo_id, "/") + "/" +
                  QUrl::toPercentEncoding(r.captured(3), "/")});
            return;
        }
        if (auto c = cdn.match(path); c.hasMatch()) {
            const auto cdn_repo = m_repos.find(c.captured(1));
            if (cdn_repo == m_repos.end() || !cdn_repo->second.files.count(c.captured(2))) {
                send(socket, 404, "{}", {"X-Error-Code: EntryNotFound"});
                return;
            }
            const QByteArray& bytes = cdn_repo->second.files.at(c.captured(2));
            static const QRegularExpression range(QStringLiteral(R"(^bytes=(\d+)-(\d+)$)"));
            const auto rm = range.match(QString::fromLatin1(headerValue(lines, "Range")));
            if (!rm.hasMatch()) {
                file_bytes_served += bytes.size();
                send(socket, 200, bytes);
                return;
            }
            const qint64 first = rm.captured(1).toLongLong();
            const qint64 last = std::min<qint64>(rm.captured(2).toLongLong(), bytes.size() - 1);
            QByteArray body = bytes.mid(first, last - first + 1);
            if (mode == Mode::TruncateRanges) {
                body = body.left(100);
            }
            file_bytes_served += body.size();
            send(socket, 206, body,
                 {"Content-Range: bytes " + QByteArray::number(first) + "-" + QByteArray::number(last) + "/" +
                  QByteArray::number(bytes.size())});
            return;
        }
        send(socket, 404, "{}");
    }

    static QString QUrlQuery_value(const QUrl& url, const char* key) {
        for (const QString& pair : url.query().split(QLatin1Char('&'))) {
            if (pair.startsWith(QLatin1String(key) + QLatin1Char('='))) {
                return pair.mid(static_cast<qsizetype>(std::strlen(key)) + 1);
            }
        }
        return {};
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    std::vector<std::shared_ptr<QTcpSocket>> m_sockets;
    std::map<QString, Repo> m_repos;
};

} // namespace fitscope::testing
