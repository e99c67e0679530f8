#pragma once

#include "core/plan/launch_settings.h"
#include "core/sizing/scenario.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fitscope::gui {

// "Paste a command…": a llama-server, vllm serve or ollama command line read into the scenario it
// describes, checked as it is typed. The dialog says what it understood (context, sequences,
// formats, runtime), lists the flags FitScope does not model, and names the part it cannot read;
// "Use this command" is enabled only for a command that becomes a scenario. The model on screen
// stays: the command's model path is shown, not opened.
class LaunchPasteDialog : public QDialog {
    Q_OBJECT

public:
    explicit LaunchPasteDialog(QWidget* parent = nullptr);

    // The scenario on screen: the command's settings go on top of it (model and GPU stay).
    void setBase(const sizing::Scenario& base);
    void setCommand(const QString& command);
    QString command() const;

    // The settings and scenario read from the command; unset while it cannot be read.
    const std::optional<plan::LaunchSettings>& settings() const { return m_settings; }
    const sizing::Scenario& scenario() const { return m_scenario; }
    QString statusText() const;
    QPushButton* applyButton() const { return m_apply; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reparse();

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    sizing::Scenario m_base;
    sizing::Scenario m_scenario;
    std::optional<plan::LaunchSettings> m_settings;
};

} // namespace fitscope::gui
