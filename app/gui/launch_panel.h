#pragma once

#include "launch_scenario.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace fitscope::gui {

class CommandText;

// The explorer's "Launch" tab: for the scenario on screen, a llama-server command, a vllm serve line
// and Ollama's environment with its Modelfile, each with exactly the settings FitScope assumed (so
// the run matches the estimate), each with a Copy button and what its own profile says of the fit;
// the scenario's runtime first. Also the JSON memory plan to copy, and "Paste a command…".
class LaunchPanel : public QWidget {
    Q_OBJECT

public:
    explicit LaunchPanel(QWidget* parent = nullptr);

    void setPlans(std::vector<LaunchPlan> plans, sizing::MemoryUnit unit);
    const std::vector<LaunchPlan>& plans() const { return m_plans; }

    // What each section shows, in display order (tests; the Copy buttons copy the same text).
    QString commandText(plan::LaunchRuntime runtime) const;
    QString fitText(plan::LaunchRuntime runtime) const;
    std::vector<plan::LaunchRuntime> shownOrder() const;
    QString memoryPlanText() const; // the memory plan of the first (the scenario's) runtime

signals:
    void pasteRequested();
    void message(const QString& text);

private:
    struct Section {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* fit = nullptr;
        CommandText* command = nullptr;
        QLabel* warnings = nullptr;
        QPushButton* copy = nullptr;
    };
    Section& section(plan::LaunchRuntime runtime);
    const Section& section(plan::LaunchRuntime runtime) const;
    Section makeSection(plan::LaunchRuntime runtime);

    std::array<Section, 3> m_sections; // by LaunchRuntime value
    QWidget* m_sectionsBox = nullptr;
    std::vector<LaunchPlan> m_plans;
    std::vector<plan::LaunchRuntime> m_order;
};

} // namespace fitscope::gui
