#include "fuzzy_match.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fitscope::gui {

namespace {

bool isSeparator(QChar c) {
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') ||
           c == QLatin1Char('/') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',') ||
           c == QChar(0x2026); // "…"
}

// The text without separators, lower case, and for each kept character whether a word starts there.
struct Folded {
    QString text;
    std::vector<bool> word_start;
};

Folded fold(const QString& s) {
    Folded f;
    bool start = true;
    QChar previous;
    for (QChar c : s) {
        if (isSeparator(c)) {
            start = true;
            continue;
        }
        // "RTX4090": a digit after a letter starts a word too, so "4090" ranks as a word match.
        const bool digitAfterLetter = c.isDigit() && previous.isLetter();
        f.text.append(c.toLower());
        f.word_start.push_back(start || digitAfterLetter);
        start = false;
        previous = c;
    }
    return f;
}

bool isSubsequence(const QString& needle, const QString& hay) {
    qsizetype j = 0;
    for (qsizetype i = 0; i < hay.size() && j < needle.size(); ++i) {
        if (hay[i] == needle[j]) {
            ++j;
        }
    }
    return j == needle.size();
}

} // namespace

int fuzzyScore(const QString& query, const QString& candidate) {
    const Folded c = fold(candidate);
    const QString whole = fold(query).text;
    if (whole.isEmpty()) {
        return 0;
    }
    if (c.text.isEmpty()) {
        return -1;
    }
    int score = 0;
    if (c.text == whole) {
        score += 1000;
    } else if (c.text.startsWith(whole)) {
        score += 500;
    }
    const QStringList words = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString w = fold(word).text;
        if (w.isEmpty()) {
            continue;
        }
        // The best place for this word: at a word start beats inside a word.
        int best = -1;
        for (qsizetype at = c.text.indexOf(w); at >= 0; at = c.text.indexOf(w, at + 1)) {
            const int here = c.word_start[static_cast<std::size_t>(at)] ? 120 : 60;
            best = std::max(best, at == 0 ? here + 40 : here);
        }
        if (best < 0 && isSubsequence(w, c.text)) {
            best = 10;
        }
        if (best < 0) {
            return -1;
        }
        score += best;
    }
    // Of two candidates that match alike, the shorter one says less that was not asked for.
    score -= static_cast<int>(std::min<qsizetype>(c.text.size(), 200));
    return std::max(score, 1);
}

} // namespace fitscope::gui
