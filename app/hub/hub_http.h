#pragma once

#include "hub/hub_options.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

#include <atomic>
#include <cstdint>
#include <optional>

namespace fitscope::hub {

struct HttpResponse {
    int status = 0; // the HTTP status of the last answer (after redirects)
    QByteArray body;
    QUrl url; // where the answer came from
    QList<QPair<QByteArray, QByteArray>> headers;
    bool body_cut = false; // more than the caller's limit arrived: the body holds the first bytes

    QByteArray header(const char* name) const;
    // The file's full size from "Content-Range: bytes a-b/N"; nullopt when absent.
    std::optional<std::int64_t> contentRangeTotal() const;
};

// Blocking GETs over QNetworkAccessManager, each in a local event loop (the CLI has no other, a
// worker thread of the GUI runs its own). Redirects are followed by hand, so they are capped and a
// loop is recognised; the token goes only to the hub's own host (the Hub redirects file downloads
// to a CDN with signed URLs). Transport problems (DNS, refused, timeout, TLS, loops) throw HubError
// with a message naming the host; HTTP error statuses are returned for the caller to explain.
class HttpClient {
public:
    HttpClient(const HubOptions& options, const std::atomic<bool>* cancel);

    // GET url. range_end: ask for bytes [0, range_end] only. The body is cut at max_body_bytes
    // (the connection is dropped then): for a range a server ignored, that is the prefix wanted;
    // without a range, body_cut tells the caller the answer was too large.
    HttpResponse get(const QUrl& url, std::int64_t max_body_bytes, std::optional<std::int64_t> range_end = {});

    // Bytes of answer bodies received so far (what the network cost).
    std::int64_t bytesReceived() const { return m_bytes_received; }

private:
    HttpResponse getOnce(const QUrl& url, std::int64_t max_body_bytes, std::optional<std::int64_t> range_end);

    HubOptions m_options;
    const std::atomic<bool>* m_cancel;
    QNetworkAccessManager m_manager;
    QString m_hub_host;
    std::int64_t m_bytes_received = 0;
};

} // namespace fitscope::hub
