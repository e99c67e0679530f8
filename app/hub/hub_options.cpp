#include "hub/hub_options.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace fitscope::hub {

namespace {

QString environment(const char* name) {
    return qEnvironmentVariable(name).trimmed();
}

// The Hugging Face home (huggingface_hub constants.py: HF_HOME, else $XDG_CACHE_HOME/huggingface,
// else ~/.cache/huggingface).
QString huggingFaceHome() {
    if (const QString home = environment("HF_HOME"); !home.isEmpty()) {
        return home;
    }
    const QString xdg = environment("XDG_CACHE_HOME");
    const QString cache = xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg;
    return cache + QStringLiteral("/huggingface");
}

} // namespace

bool environmentFlagIsOn(const char* name) {
    const QString value = environment(name).toUpper();
    return value == QLatin1String("1") || value == QLatin1String("ON") || value == QLatin1String("YES") ||
           value == QLatin1String("TRUE");
}

QString findHubToken(QString* source) {
    if (const QString token = environment("HF_TOKEN"); !token.isEmpty()) {
        if (source) {
            *source = QStringLiteral("HF_TOKEN");
        }
        return token;
    }
    QString path = environment("HF_TOKEN_PATH");
    if (path.isEmpty()) {
        path = huggingFaceHome() + QStringLiteral("/token");
    }
    QFile file(path);
    // A token is ~40 characters; a larger file is not a token file.
    if (file.size() > 4096 || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString token = QString::fromUtf8(file.read(4096)).trimmed();
    if (!token.isEmpty() && source) {
        *source = path;
    }
    return token;
}

QString defaultHubCacheDir() {
    QString base = environment("XDG_CACHE_HOME");
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    }
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.cache");
    }
    return base + QStringLiteral("/fitscope/hub");
}

HubOptions HubOptions::fromEnvironment() {
    HubOptions options;
    if (QString endpoint = environment("HF_ENDPOINT"); !endpoint.isEmpty()) {
        while (endpoint.endsWith(QLatin1Char('/'))) {
            endpoint.chop(1);
        }
        options.endpoint = endpoint;
    }
    options.token = findHubToken(&options.token_source);
    options.offline = environmentFlagIsOn("HF_HUB_OFFLINE");
    options.cache_dir = environment("FITSCOPE_HUB_CACHE");
    if (options.cache_dir.isEmpty()) {
        options.cache_dir = defaultHubCacheDir();
    }
    bool ok = false;
    const int timeout_ms = environment("FITSCOPE_HUB_TIMEOUT_MS").toInt(&ok);
    if (ok && timeout_ms > 0) {
        options.connect_timeout_ms = timeout_ms;
        options.stall_timeout_ms = timeout_ms;
    }
    return options;
}

} // namespace fitscope::hub
