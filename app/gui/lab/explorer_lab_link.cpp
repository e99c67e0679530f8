#include "explorer_lab_link.h"

#include "control_panel.h"
#include "explorer_page.h"
#include "lab_page.h"
#include "lab_results_hub.h"
#include "scheme_catalog.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>

namespace fitscope::gui::lab {

ExplorerLabLink::ExplorerLabLink(QTabWidget* tabs, ExplorerPage* explorer, LabPage* lab, LabResultsHub* hub)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_explorer(explorer)
    , m_lab(lab)
    , m_hub(hub) {
    setObjectName(QStringLiteral("explorerLabLink"));
    ControlPanel* controls = m_explorer->controls();
    m_note = new QLabel(controls);
    m_note->setObjectName(QStringLiteral("labMeasuredNote"));
    m_note->setAccessibleName(tr("Measured error of this format"));
    m_note->setToolTip(tr("The output error this scheme showed in the quantization lab's last run, on its sample "
                          "tensor; the link opens the lab on it."));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setOpenExternalLinks(false);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #59636e; }"));
    // Right under the weight format combo, wherever the explorer's layout has it.
    auto* combo = controls->findChild<QComboBox*>(QStringLiteral("weightFormatCombo"));
    auto* box = combo != nullptr && combo->parentWidget() != nullptr
                    ? qobject_cast<QBoxLayout*>(combo->parentWidget()->layout())
                    : nullptr;
    const int at = box != nullptr ? box->indexOf(combo) : -1;
    if (at >= 0) {
        box->insertWidget(at + 1, m_note);
    } else if (auto* own = qobject_cast<QBoxLayout*>(controls->layout())) {
        own->addWidget(m_note);
    }

    connect(controls, &ControlPanel::changed, this, &ExplorerLabLink::update);
    connect(m_hub, &LabResultsHub::resultsChanged, this, &ExplorerLabLink::update);
    connect(m_note, &QLabel::linkActivated, this,
            [this](const QString& link) { emit m_hub->openLabRequested(link.section(QLatin1Char(':'), 1)); });
    connect(m_hub, &LabResultsHub::openLabRequested, this, &ExplorerLabLink::openLab);
    connect(m_hub, &LabResultsHub::weightFormatRequested, this, &ExplorerLabLink::useFormat);
    update();
}

void ExplorerLabLink::update() {
    const sizing::WeightFormat format = m_explorer->controls()->state().precision.weights;
    const std::string scheme = SchemeCatalog::schemeForFormat(format);
    if (scheme.empty()) {
        m_note->hide();
        return;
    }
    const QString link = QStringLiteral("scheme:%1").arg(QString::fromStdString(scheme));
    const QString summary = m_hub->summaryFor(format);
    if (summary.isEmpty()) {
        m_note->setText(tr("Error not measured yet: <a href=\"%1\">try %2 in the quantization lab</a>")
                            .arg(link, SchemeCatalog::displayName(scheme).toHtmlEscaped()));
    } else {
        m_note->setText(tr("%1 · <a href=\"%2\">open in the lab</a>").arg(summary.toHtmlEscaped(), link));
    }
    m_note->show();
}

void ExplorerLabLink::openLab(const QString& scheme) {
    m_tabs->setCurrentWidget(m_lab);
    m_lab->showScheme(scheme);
}

void ExplorerLabLink::useFormat(sizing::WeightFormat format) {
    ExplorerState state = m_explorer->controls()->state();
    state.precision.weights = format;
    m_explorer->controls()->setState(state);
    m_tabs->setCurrentWidget(m_explorer);
}

} // namespace fitscope::gui::lab
