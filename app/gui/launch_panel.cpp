#include "launch_panel.h"

#include "command_text.h"
#include "core/plan/memory_plan.h"
#include "core/sizing/units.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fitscope::gui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString runtimeTitle(plan::LaunchRuntime runtime) {
    switch (runtime) {
    case plan::LaunchRuntime::LlamaCpp:
        return LaunchPanel::tr("llama.cpp · llama-server");
    case plan::LaunchRuntime::Vllm:
        return LaunchPanel::tr("vLLM · vllm serve");
    case plan::LaunchRuntime::Ollama:
        return LaunchPanel::tr("Ollama · environment and Modelfile");
    }
    return {};
}

QString profileName(plan::LaunchRuntime runtime) {
    switch (runtime) {
    case plan::LaunchRuntime::LlamaCpp:
        return LaunchPanel::tr("the llama.cpp profile");
    case plan::LaunchRuntime::Vllm:
        return LaunchPanel::tr("the vLLM profile");
    case plan::LaunchRuntime::Ollama:
        // Ollama loads the model into its llama.cpp engine: its memory is llama.cpp's.
        return LaunchPanel::tr("the llama.cpp profile (Ollama runs llama.cpp)");
    }
    return {};
}

// What the section's Copy button copies: the command line, or Ollama's whole script.
QString commandOf(const LaunchPlan& p) {
    if (p.runtime == plan::LaunchRuntime::Ollama) {
        return qs(plan::ollamaScript(p.settings, p.scenario.model ? p.scenario.model->spec.id : std::string()));
    }
    return qs(plan::shellCommand(p.settings));
}

QString fitOf(const LaunchPlan& p, sizing::MemoryUnit unit) {
    const sizing::Estimate& e = p.estimate;
    const QString load = qs(sizing::formatBytes(e.per_gpu_bytes, unit));
    if (!e.fit || !p.scenario.gpu) {
        return LaunchPanel::tr("Sized with %1: %2 (no GPU selected).").arg(profileName(p.runtime), load);
    }
    const QString perGpu = p.scenario.gpu_count > 1 ? LaunchPanel::tr(" per GPU") : QString();
    return LaunchPanel::tr("Sized with %1: %2 of %3%4, %5 (%6).")
        .arg(profileName(p.runtime), load, qs(sizing::formatBytes(e.fit->capacity_bytes, unit)), perGpu,
             theme::verdictText(e.fit->verdict), headroomText(e.fit->headroom_bytes, unit));
}

} // namespace

LaunchPanel::LaunchPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("launchPanel"));
    setAccessibleName(tr("Launch commands"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    auto* hint = new QLabel(tr("Each command has exactly the settings this estimate assumed, so the run matches "
                               "it. Replace the model path where FitScope does not know the file."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    header->addWidget(hint, 1);
    auto* planButton = new QPushButton(tr("Copy memory &plan (JSON)"), this);
    planButton->setObjectName(QStringLiteral("copyMemoryPlanButton"));
    planButton->setToolTip(tr("Copies the memory plan of the first runtime below: per device and host, each "
                              "component's bytes, the settings and the command (schema %1).")
                               .arg(QString::fromLatin1(plan::kMemoryPlanSchema.data(),
                                                        static_cast<qsizetype>(plan::kMemoryPlanSchema.size()))));
    connect(planButton, &QPushButton::clicked, this, [this] {
        if (m_plans.empty()) {
            return;
        }
        QApplication::clipboard()->setText(memoryPlanText());
        emit message(tr("Copied the memory plan for %1.").arg(runtimeTitle(m_plans.front().runtime)));
    });
    header->addWidget(planButton);
    auto* pasteButton = new QPushButton(tr("Paste a &command…"), this);
    pasteButton->setObjectName(QStringLiteral("pasteCommandButton"));
    pasteButton->setToolTip(tr("Reads a llama-server, vllm serve or ollama command line into the explorer."));
    connect(pasteButton, &QPushButton::clicked, this, &LaunchPanel::pasteRequested);
    header->addWidget(pasteButton);
    layout->addLayout(header);

    m_sectionsBox = new QWidget(this);
    m_sectionsBox->setObjectName(QStringLiteral("launchSections"));
    auto* sectionsLayout = new QVBoxLayout(m_sectionsBox);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    sectionsLayout->setSpacing(10);
    for (plan::LaunchRuntime runtime :
         {plan::LaunchRuntime::LlamaCpp, plan::LaunchRuntime::Vllm, plan::LaunchRuntime::Ollama}) {
        section(runtime) = makeSection(runtime);
        sectionsLayout->addWidget(section(runtime).frame);
        m_order.push_back(runtime);
    }
    sectionsLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("launchScroll"));
    scroll->setWidget(m_sectionsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
}

LaunchPanel::Section& LaunchPanel::section(plan::LaunchRuntime runtime) {
    return m_sections[static_cast<std::size_t>(runtime)];
}

const LaunchPanel::Section& LaunchPanel::section(plan::LaunchRuntime runtime) const {
    return m_sections[static_cast<std::size_t>(runtime)];
}

LaunchPanel::Section LaunchPanel::makeSection(plan::LaunchRuntime runtime) {
    const QString id = QString::fromLatin1(plan::launchRuntimeId(runtime).data());
    Section s;
    s.frame = new QWidget(this);
    s.frame->setObjectName(QStringLiteral("launch_") + id);
    auto* grid = new QGridLayout(s.frame);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);

    s.title = new QLabel(runtimeTitle(runtime), s.frame);
    s.title->setObjectName(QStringLiteral("launchTitle"));
    const std::string_view version = plan::launchRuntimeVersion(runtime);
    s.title->setToolTip(tr("Flags and defaults as in %1.")
                            .arg(QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size()))));
    grid->addWidget(s.title, 0, 0);

    s.copy = new QPushButton(tr("Copy"), s.frame);
    s.copy->setObjectName(QStringLiteral("copy_") + id);
    s.copy->setAccessibleName(tr("Copy the %1 command").arg(runtimeTitle(runtime)));
    connect(s.copy, &QPushButton::clicked, this, [this, runtime] {
        QApplication::clipboard()->setText(commandText(runtime));
        emit message(tr("Copied the %1 command.").arg(runtimeTitle(runtime)));
    });
    grid->addWidget(s.copy, 0, 2, Qt::AlignRight);

    s.fit = new QLabel(s.frame);
    s.fit->setObjectName(QStringLiteral("hint"));
    s.fit->setWordWrap(true);
    grid->addWidget(s.fit, 1, 0, 1, 3);

    s.command = new CommandText(s.frame);
    s.command->setObjectName(QStringLiteral("launchCommand"));
    s.command->setAccessibleName(tr("%1 command").arg(runtimeTitle(runtime)));
    grid->addWidget(s.command, 2, 0, 1, 3);

    s.warnings = new QLabel(s.frame);
    s.warnings->setObjectName(QStringLiteral("launchWarnings"));
    s.warnings->setWordWrap(true);
    s.warnings->setStyleSheet(QStringLiteral("color: %1;").arg(theme::verdictColor(sizing::Verdict::Tight).name()));
    s.warnings->hide();
    grid->addWidget(s.warnings, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    return s;
}

void LaunchPanel::setPlans(std::vector<LaunchPlan> plans, sizing::MemoryUnit unit) {
    m_plans = std::move(plans);
    std::vector<plan::LaunchRuntime> order;
    for (const LaunchPlan& p : m_plans) {
        order.push_back(p.runtime);
        Section& s = section(p.runtime);
        const QString command = commandOf(p);
        // Set only what changed: a label's new text asks its parents for a layout.
        s.command->setCommand(command); // a no-op when unchanged
        const QString fit = fitOf(p, unit);
        if (s.fit->text() != fit) {
            s.fit->setText(fit);
        }
        QStringList warnings;
        for (const std::string& w : p.settings.warnings) {
            warnings << qs(w);
        }
        const QString warningText = warnings.join(QLatin1Char('\n'));
        if (s.warnings->text() != warningText) {
            s.warnings->setText(warningText);
            s.warnings->setVisible(!warningText.isEmpty());
        }
    }
    if (order != m_order) {
        // The scenario's runtime leads: re-insert the sections in the plans' order.
        auto* layout = static_cast<QVBoxLayout*>(m_sectionsBox->layout());
        for (std::size_t i = 0; i < order.size(); ++i) {
            layout->removeWidget(section(order[i]).frame);
            layout->insertWidget(static_cast<int>(i), section(order[i]).frame);
        }
        m_order = order;
    }
}

QString LaunchPanel::commandText(plan::LaunchRuntime runtime) const {
    return section(runtime).command->command();
}

QString LaunchPanel::fitText(plan::LaunchRuntime runtime) const {
    return section(runtime).fit->text();
}

std::vector<plan::LaunchRuntime> LaunchPanel::shownOrder() const {
    std::vector<plan::LaunchRuntime> order;
    const auto* layout = m_sectionsBox->layout();
    for (int i = 0; i < layout->count(); ++i) {
        for (plan::LaunchRuntime runtime : m_order) {
            if (layout->itemAt(i)->widget() == section(runtime).frame) {
                order.push_back(runtime);
            }
        }
    }
    return order;
}

QString LaunchPanel::memoryPlanText() const {
    if (m_plans.empty()) {
        return {};
    }
    const LaunchPlan& p = m_plans.front();
    return qs(plan::memoryPlanJson(p.scenario, p.estimate, p.settings).dump(2)) + QLatin1Char('\n');
}

} // namespace fitscope::gui
