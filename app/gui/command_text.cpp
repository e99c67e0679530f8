#include "command_text.h"

#include <QFontDatabase>
#include <QResizeEvent>

namespace fitscope::gui {

namespace {

const QString kContinuation = QStringLiteral(" \\");
const QString kIndent = QStringLiteral("  ");

// The line's words as sh separates them: a blank inside '…' or "…" does not split (a break there
// would put the continuation inside the quotes).
QStringList shellWords(const QString& line) {
    QStringList words;
    QString word;
    QChar quote;
    for (const QChar c : line) {
        if (quote.isNull() && c == QLatin1Char(' ')) {
            if (!word.isEmpty()) {
                words << word;
                word.clear();
            }
            continue;
        }
        if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
            quote = c;
        } else if (c == quote) {
            quote = QChar();
        }
        word += c;
    }
    if (!word.isEmpty()) {
        words << word;
    }
    return words;
}

} // namespace

CommandText::CommandText(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The width comes from the layout, not from the longest line: the text is re-wrapped to it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void CommandText::setCommand(const QString& command) {
    if (command == m_command) {
        return;
    }
    m_command = command;
    m_wrappedWidth = -1;
    rewrap();
}

QString CommandText::wrappedFor(int width_px) const {
    const QFontMetrics metrics(font());
    const QMargins margins = contentsMargins();
    // The style sheet's padding and border, beside the margins.
    const int available = std::max(width_px - margins.left() - margins.right() - 2 * margin() - 20,
                                   metrics.horizontalAdvance(QLatin1Char('x')) * 20);
    QStringList out;
    for (const QString& line : m_command.split(QLatin1Char('\n'))) {
        if (metrics.horizontalAdvance(line) <= available) {
            out << line;
            continue;
        }
        // Greedy: as many words as fit, the line continued with " \" (its width counted).
        QString current;
        for (const QString& word : shellWords(line)) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && metrics.horizontalAdvance(candidate + kContinuation) > available) {
                out << current + kContinuation;
                current = kIndent + word;
            } else {
                current = candidate;
            }
        }
        if (!current.isEmpty()) {
            out << current;
        }
    }
    return out.join(QLatin1Char('\n'));
}

void CommandText::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    if (event->size().width() != m_wrappedWidth) {
        rewrap();
    }
}

void CommandText::rewrap() {
    m_wrappedWidth = width();
    const QString text = wrappedFor(width());
    if (text != this->text()) {
        setText(text);
    }
}

} // namespace fitscope::gui
