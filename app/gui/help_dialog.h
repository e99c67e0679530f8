#pragma once

#include <QDialog>

class QTextBrowser;

namespace fitscope::gui {

// Help → Guide: a short guide to the explorer and the lab, and the glossary of every term, in the
// user's language (the text goes through tr(), so it is translated with the rest of the app).
class HelpDialog : public QDialog {
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // The guide as HTML (also what tests read).
    static QString guideHtml();
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace fitscope::gui
