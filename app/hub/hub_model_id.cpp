#include "hub/hub_model_id.h"

#include "hub/hub_error.h"

#include <QRegularExpression>
#include <QUrl>

namespace fitscope::hub {

namespace {

// huggingface_hub utils/_validators.py (REPO_ID_REGEX and its "--" / ".." rule): the Hub's own
// check for repository ids.
bool validName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9_.\-]{1,96}$)"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1Char('-')) && !name.startsWith(QLatin1Char('.')) &&
           !name.endsWith(QLatin1Char('-')) && !name.endsWith(QLatin1Char('.')) &&
           !name.contains(QLatin1String("--")) && !name.contains(QLatin1String(".."));
}

[[noreturn]] void bad(const QString& text, const QString& why) {
    throw HubError(HubError::Kind::BadId,
                   QStringLiteral("'%1' is not a Hugging Face model id (ORG/NAME or ORG/NAME@REVISION): %2")
                       .arg(text.left(200), why)
                       .toStdString());
}

} // namespace

HubModelId parseHubModelId(const QString& input) {
    QString text = input.trimmed();
    if (text.isEmpty()) {
        bad(input, QStringLiteral("it is empty"));
    }
    QString revision = QStringLiteral("main");
    // A pasted model page URL: https://huggingface.co/ORG/NAME[/tree/REVISION].
    static const QRegularExpression url(
        QStringLiteral(R"(^https?://[^/]+/([^/]+/[^/]+?)(?:/tree/([^?#]+))?/?(?:[?#].*)?$)"));
    if (const auto match = url.match(text); match.hasMatch()) {
        text = match.captured(1);
        if (!match.captured(2).isEmpty()) {
            revision = match.captured(2);
        }
    }
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        revision = text.mid(at + 1);
        text = text.left(at);
        if (revision.isEmpty()) {
            bad(input, QStringLiteral("nothing after '@' (name a branch, tag or commit)"));
        }
    }
    if (revision.size() > 256 || revision.contains(QLatin1String("..")) ||
        std::any_of(revision.begin(), revision.end(), [](QChar c) { return c.unicode() < 0x20 || c.isSpace(); })) {
        bad(input, QStringLiteral("the revision is not a branch, tag or commit name"));
    }
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2) {
        bad(input, QStringLiteral("it needs exactly one '/' between the organisation and the model name"));
    }
    for (const QString& part : parts) {
        if (!validName(part)) {
            bad(input, QStringLiteral("'%1' may hold only letters, digits, '-', '_' and '.' (at most 96)")
                           .arg(part.left(100)));
        }
    }
    return {text, revision};
}

std::optional<HubModelId> hubModelIdInTypedText(const QString& text, const QString& endpoint) {
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1String("://"))) {
        const QString host = QUrl(trimmed).host().toLower();
        const QString endpointHost = QUrl(endpoint).host().toLower();
        const bool hubHost = host == QLatin1String("huggingface.co") || host == QLatin1String("www.huggingface.co") ||
                             host == QLatin1String("hf.co") || (!endpointHost.isEmpty() && host == endpointHost);
        if (!hubHost) {
            return std::nullopt;
        }
    }
    try {
        return parseHubModelId(trimmed);
    } catch (const HubError&) {
        return std::nullopt; // not an id: the picker says that no model matches
    }
}

} // namespace fitscope::hub
