#include "hub/hub_http.h"

#include "hub/hub_error.h"

#include <QEventLoop>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace fitscope::hub {

namespace {

bool isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString seconds(int ms) {
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

} // namespace

QByteArray HttpResponse::header(const char* name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<std::int64_t> HttpResponse::contentRangeTotal() const {
    static const QRegularExpression pattern(QStringLiteral(R"(^bytes\s+\d+-\d+/(\d+)$)"));
    const auto match = pattern.match(QString::fromLatin1(header("Content-Range")).trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 total = match.captured(1).toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(total) : std::nullopt;
}

HttpClient::HttpClient(const HubOptions& options, const std::atomic<bool>* cancel)
    : m_options(options)
    , m_cancel(cancel)
    , m_hub_host(QUrl(options.endpoint).host()) {
    if (options.use_system_proxy) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
    // Redirects are followed by hand (see get()).
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResponse HttpClient::get(const QUrl& start, std::int64_t max_body_bytes, std::optional<std::int64_t> range_end) {
    QUrl url = start;
    QSet<QString> visited;
    for (int hop = 0;; ++hop) {
        visited.insert(url.toString());
        // Without a range, one byte beyond the limit tells "exactly the limit" from "too large".
        HttpResponse response = getOnce(url, range_end ? max_body_bytes : max_body_bytes + 1, range_end);
        if (!isRedirect(response.status)) {
            if (!range_end && response.body.size() > max_body_bytes) {
                response.body.truncate(static_cast<qsizetype>(max_body_bytes));
                response.body_cut = true;
            }
            return response;
        }
        const QByteArray location = response.header("Location");
        if (location.isEmpty()) {
            throw HubError(
                HubError::Kind::Protocol,
                QStringLiteral("%1 answered with a redirect but named no new address").arg(url.host()).toStdString());
        }
        const QUrl next = url.resolved(QUrl::fromEncoded(location));
        if (visited.contains(next.toString())) {
            throw HubError(HubError::Kind::Protocol,
                           QStringLiteral("redirect loop: %1 sends the request back to an address it already tried "
                                          "(%2); check HF_ENDPOINT and any proxy")
                               .arg(url.host(), next.toString().left(200))
                               .toStdString());
        }
        if (hop + 1 > m_options.max_redirects) {
            throw HubError(HubError::Kind::Protocol,
                           QStringLiteral("more than %1 redirects from %2; check HF_ENDPOINT and any proxy")
                               .arg(m_options.max_redirects)
                               .arg(start.host())
                               .toStdString());
        }
        if (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http")) {
            throw HubError(
                HubError::Kind::Protocol,
                QStringLiteral("%1 redirects to an address that is not http(s)").arg(url.host()).toStdString());
        }
        url = next;
    }
}

HttpResponse HttpClient::getOnce(const QUrl& url, std::int64_t max_body_bytes, std::optional<std::int64_t> range_end) {
    if (m_cancel && m_cancel->load()) {
        throw HubError(HubError::Kind::Cancelled, "cancelled");
    }
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", "fitscope-hub/1");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (range_end) {
        request.setRawHeader("Range", "bytes=0-" + QByteArray::number(static_cast<qint64>(*range_end)));
        // A compressed body would make the range meaningless.
        request.setRawHeader("Accept-Encoding", "identity");
    }
    if (!m_options.token.isEmpty() && url.host() == m_hub_host) {
        request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    }

    QNetworkReply* reply = m_manager.get(request);
    QEventLoop loop;
    HttpResponse response;
    bool answered = false; // the first byte of the answer (its status line) arrived
    bool timed_out = false;
    bool cut = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.start(m_options.connect_timeout_ms);
    QTimer cancel_poll;
    cancel_poll.setInterval(50);

    auto activity = [&] {
        answered = true;
        timeout.start(m_options.stall_timeout_ms);
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, activity);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        activity();
        const qint64 room = max_body_bytes - response.body.size();
        if (room > 0) {
            response.body += reply->read(room);
        }
        if (response.body.size() >= max_body_bytes) {
            // Enough: a server that ignores Range would otherwise send the whole file.
            cut = true;
            reply->abort();
        }
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timed_out = true;
        reply->abort();
    });
    QObject::connect(&cancel_poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load()) {
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (m_cancel) {
        cancel_poll.start();
    }
    if (!reply->isFinished()) {
        loop.exec();
    }
    timeout.stop();
    cancel_poll.stop();

    if (!cut) {
        const qint64 room = max_body_bytes - response.body.size();
        if (room > 0 && reply->bytesAvailable() > 0) {
            response.body += reply->read(room);
        }
    }
    m_bytes_received += response.body.size();
    response.url = url;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    response.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError error = reply->error();
    const QString error_text = reply->errorString();
    reply->deleteLater();

    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (m_cancel && m_cancel->load()) {
        throw HubError(HubError::Kind::Cancelled, "cancelled");
    }
    if (timed_out) {
        if (!answered) {
            throw HubError(HubError::Kind::Timeout,
                           QStringLiteral("no answer from %1 within %2 (is the network up, and HF_ENDPOINT right?)")
                               .arg(host, seconds(m_options.connect_timeout_ms))
                               .toStdString());
        }
        throw HubError(HubError::Kind::Timeout, QStringLiteral("the transfer from %1 stalled (nothing for %2)")
                                                    .arg(host, seconds(m_options.stall_timeout_ms))
                                                    .toStdString());
    }
    if (cut && response.status > 0) {
        return response; // aborted by us on purpose, at the limit
    }
    if (response.status > 0) {
        return response; // an HTTP answer, error statuses included: the caller explains them
    }
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        throw HubError(HubError::Kind::Network,
                       QStringLiteral("cannot find the host %1 (the DNS lookup failed): check the network, or "
                                      "HF_ENDPOINT if you use a mirror")
                           .arg(url.host())
                           .toStdString());
    case QNetworkReply::ConnectionRefusedError:
        throw HubError(
            HubError::Kind::Network,
            QStringLiteral("%1 refused the connection (is the hub or mirror running?)").arg(host).toStdString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        throw HubError(HubError::Kind::Network,
                       QStringLiteral("the proxy failed on the way to %1: %2").arg(host, error_text).toStdString());
    case QNetworkReply::SslHandshakeFailedError:
        throw HubError(HubError::Kind::Network,
                       QStringLiteral("the secure connection to %1 failed: %2").arg(host, error_text).toStdString());
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::UnknownContentError:
        throw HubError(HubError::Kind::Protocol,
                       QStringLiteral("%1 did not answer as a web server does (%2): is HF_ENDPOINT a Hugging Face hub?")
                           .arg(host, error_text)
                           .toStdString());
    default:
        throw HubError(HubError::Kind::Network,
                       QStringLiteral("cannot reach %1: %2").arg(host, error_text).toStdString());
    }
}

} // namespace fitscope::hub
