#pragma once

#include <QDialog>

namespace fitscope::gui {

// Help → About FitScope: the version, what FitScope does, its licence (GPL-3.0-or-later) and the
// licences of the libraries it is built on.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString aboutHtml();
};

} // namespace fitscope::gui
