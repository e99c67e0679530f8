#pragma once

#include "core/logs/log_check.h"
#include "core/logs/runtime_log.h"
#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

class QCustomPlot;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fitscope::gui {

// File → "Check a runtime log…" (issue 14): a vLLM, llama.cpp or Ollama start-up log, pasted or
// opened, beside FitScope's estimate for the same scenario. The scenario is the explorer's (model,
// formats, GPU) with what the log shows put over it (the log is what ran); the notes say what came
// from the log, where it overrode the explorer and what was assumed. Figure by figure: a paired bar
// chart (measured beside predicted, the difference labelled in MiB and %) and a table, the verdict
// FitScope predicts against the one the log shows. Logs are read on a worker thread (up to 32 MiB),
// so a large paste never stalls the window; a log FitScope cannot read says what was found and
// what is missing.
class LogCheckDialog : public QDialog {
    Q_OBJECT

public:
    explicit LogCheckDialog(QWidget* parent = nullptr);
    ~LogCheckDialog() override;

    // The explorer's scenario: the model the log is checked against, and the GPU when the log does
    // not print its memory. `model_name` is how the explorer names the model.
    void setBase(const sizing::Scenario& base, const QString& model_name);

    void setLogText(const QString& text); // as a paste would (read after a short pause)
    bool openLogFile(const QString& path);
    void readNow(); // reads the pending text at once (tests; the debounce's work)
    bool reading() const;

    const std::optional<logs::LogCheck>& check() const { return m_check; }
    const std::optional<sizing::Scenario>& checkedScenario() const { return m_scenario; }
    QString statusText() const;
    QString scenarioText() const;
    QString verdictText() const;
    QString markdownTable() const; // the table, for design docs ("Copy as Markdown")
    QTableWidget* table() const { return m_table; }
    QCustomPlot* chart() const { return m_chart; }
    // The bars as drawn: per compared byte figure, "field device", measured and predicted bytes.
    QStringList drawnLabels() const { return m_drawnLabels; }

signals:
    void checked(); // a log was read and compared (or refused), the views show it

private:
    struct Parsed;
    void startReading();
    void finishReading(const std::shared_ptr<Parsed>& parsed);
    void compare();
    void showCheck();
    void saveChart();

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_scenarioLabel = nullptr;
    QLabel* m_verdict = nullptr;
    QCustomPlot* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QTimer m_debounce;

    sizing::Scenario m_base;
    QString m_modelName;
    std::shared_ptr<const logs::RuntimeLog> m_log;
    std::optional<sizing::Scenario> m_scenario;
    std::optional<logs::LogCheck> m_check;
    QString m_problem; // why nothing is compared (no model, no GPU, not a log)
    QStringList m_drawnLabels;
    int m_generation = 0; // results of an older text are dropped
    int m_running = 0;
};

} // namespace fitscope::gui
