#include "summary_panel.h"

#include "auto_height_text.h"
#include "theme.h"

#include <QGridLayout>
#include <QLabel>

namespace fitscope::gui {

SummaryPanel::SummaryPanel(QWidget* parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_summary(new AutoHeightText(this))
    , m_solvers(new QLabel(this))
    , m_article(new QLabel(this))
    , m_fitChanges(new QLabel(this))
    , m_details(new QLabel(this)) {
    setObjectName(QStringLiteral("card"));
    m_badge->setObjectName(QStringLiteral("verdictBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setAccessibleName(tr("Verdict"));
    m_badge->setMinimumWidth(m_badge->fontMetrics().horizontalAdvance(QStringLiteral("DOES NOT FIT")) + 40);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    // Changes on every slider step: an AutoHeightText, which asks for a new layout only when its
    // height changes (a QLabel's text change re-lays out the whole window).
    m_summary->setAccessibleName(tr("Summary"));
    m_solvers->setObjectName(QStringLiteral("solverLabel"));
    m_solvers->setWordWrap(true);
    m_solvers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_solvers->setAccessibleName(tr("What else fits"));
    m_article->setObjectName(QStringLiteral("articleLabel"));
    m_article->setWordWrap(true);
    m_article->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_article->setAccessibleName(tr("The article's rule of thumb against the accurate figure"));
    m_article->setToolTip(tr("The article's rule: weights × (1 + overhead) + KV cache. The accurate figure "
                             "comes from the chosen runtime profile, measured on real hardware."));

    m_fitChanges->setObjectName(QStringLiteral("fitChangesLabel"));
    m_fitChanges->setWordWrap(true);
    m_fitChanges->setTextFormat(Qt::RichText);
    // Links a person can click or reach with Tab and Enter; each applies its change as one undo step.
    m_fitChanges->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_fitChanges->setOpenExternalLinks(false);
    m_fitChanges->setAccessibleName(tr("Changes that make it fit"));
    m_fitChanges->setToolTip(tr("The cheapest changes after which the model fits; click one to apply it (Ctrl+Z "
                                "undoes it)."));
    m_fitChanges->setVisible(false);
    connect(m_fitChanges, &QLabel::linkActivated, this, &SummaryPanel::fitChangeActivated);

    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Speed and runtime details"));
    m_details->setVisible(false);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_badge, 0, 0, 5, 1, Qt::AlignTop);
    layout->addWidget(m_summary, 0, 1);
    layout->addWidget(m_fitChanges, 1, 1);
    layout->addWidget(m_details, 2, 1);
    layout->addWidget(m_solvers, 3, 1);
    layout->addWidget(m_article, 4, 1);
    layout->setColumnStretch(1, 1);
}

void SummaryPanel::setVerdict(std::optional<sizing::Verdict> verdict) {
    const QString text = verdict ? theme::verdictText(*verdict).toUpper() : tr("NO GPU");
    const QString style = QStringLiteral("background: %1;")
                              .arg(verdict ? theme::verdictColor(*verdict).name() : QStringLiteral("#8c959f"));
    m_badge->setText(text);
    // Only when it changes: a style sheet set again re-polishes the badge and re-lays out the window,
    // on every slider step.
    if (m_badge->styleSheet() != style) {
        m_badge->setStyleSheet(style);
    }
    m_badge->setAccessibleDescription(verdict ? theme::verdictText(*verdict) : tr("No GPU selected"));
}

void SummaryPanel::setSummary(const QString& text) {
    m_summary->setText(text);
}

void SummaryPanel::setSolvers(const QString& text) {
    m_solvers->setText(text);
}

void SummaryPanel::setFitChanges(const QString& html) {
    // Only when it changes: a new text re-lays out the summary (this runs on the deferred timer).
    if (m_fitChanges->text() != html) {
        m_fitChanges->setText(html);
    }
    m_fitChanges->setVisible(!html.isEmpty());
}

QString SummaryPanel::fitChanges() const {
    return m_fitChanges->text();
}

void SummaryPanel::setArticleComparison(const QString& text) {
    m_article->setText(text);
    m_article->setVisible(!text.isEmpty());
}

void SummaryPanel::setDetails(const QString& text) {
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

QString SummaryPanel::details() const {
    return m_details->text();
}

QString SummaryPanel::summary() const {
    return m_summary->text();
}

QString SummaryPanel::solvers() const {
    return m_solvers->text();
}

QString SummaryPanel::articleComparison() const {
    return m_article->text();
}

QString SummaryPanel::verdictText() const {
    return m_badge->text();
}

} // namespace fitscope::gui
