#pragma once

#include <QTextBrowser>

namespace fitscope::gui {

// A read-only, selectable block of rich text that is exactly as tall as its text, for text that
// changes on every slider step (the explorer's summary line).
//
// A word-wrapped QLabel asks its parent to lay out again on every setText(), and that request climbs
// to the window: each ancestor's layout re-measures its word-wrapped labels, several rich-text
// layouts per label (issue #19 measured it as the largest share of a slider step). This widget lays
// its text out once per change and asks for a new layout only when its height changed.
class AutoHeightText : public QTextBrowser {
    Q_OBJECT

public:
    explicit AutoHeightText(QWidget* parent = nullptr);

    // Rich text when it looks like rich text (as QLabel's Qt::AutoText), plain otherwise.
    void setText(const QString& text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();

    QString m_text;
    int m_height = 0;
};

} // namespace fitscope::gui
