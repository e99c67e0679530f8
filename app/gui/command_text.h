#pragma once

#include <QLabel>

namespace fitscope::gui {

// A command line shown as a shell would take it from a README: words never broken (a flag such as
// --max-num-batched-tokens is not split at its hyphens, as QLabel's word wrap does), long lines
// continued with " \" and indented, so text selected and copied from the label still runs in sh.
// Lines that already end a command (a script's several lines) are kept.
class CommandText : public QLabel {
    Q_OBJECT

public:
    explicit CommandText(QWidget* parent = nullptr);

    void setCommand(const QString& command);
    QString command() const { return m_command; } // as given: one line per command, no continuations

    // The text drawn for a width in pixels (tests).
    QString wrappedFor(int width_px) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rewrap();

    QString m_command;
    int m_wrappedWidth = -1;
};

} // namespace fitscope::gui
