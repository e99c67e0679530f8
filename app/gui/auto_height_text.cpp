#include "auto_height_text.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

AutoHeightText::AutoHeightText(QWidget* parent)
    : QTextBrowser(parent) {
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setOpenLinks(false);
    setFocusPolicy(Qt::ClickFocus);
    // Drawn on the card like a label: no field background.
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
    document()->setDocumentMargin(0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &AutoHeightText::fitHeight);
}

void AutoHeightText::setText(const QString& text) {
    if (text == m_text) {
        return;
    }
    m_text = text;
    if (Qt::mightBeRichText(text)) {
        setHtml(text);
    } else {
        setPlainText(text);
    }
    fitHeight();
}

void AutoHeightText::fitHeight() {
    // The document's lines end on fractions of a pixel below the last glyphs' descent: whole pixels
    // down, as QLabel rounds its text height.
    const int height =
        std::max(static_cast<int>(std::floor(document()->size().height())), fontMetrics().height()) + 2 * frameWidth();
    // Asks for a layout only when the height changed: that is the point of this widget.
    if (height != m_height) {
        m_height = height;
        setMaximumHeight(height);
        updateGeometry();
    }
}

QSize AutoHeightText::sizeHint() const {
    return {QTextBrowser::sizeHint().width(), m_height};
}

// As a word-wrapped QLabel: one line at the least, so a small window squeezes it rather than grows.
QSize AutoHeightText::minimumSizeHint() const {
    return {fontMetrics().averageCharWidth() * 10, fontMetrics().height() + 2 * frameWidth()};
}

void AutoHeightText::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event); // re-wraps the document at the new width
    fitHeight();
}

} // namespace fitscope::gui
