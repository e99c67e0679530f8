#include "derivation_panel.h"

#include "derivation_text.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace fitscope::gui {

namespace {

struct Topic {
    std::string_view id;
    QString title;
    QColor color;
};

// The known topics in reading order, then any other topic the engine adds, as it comes.
std::vector<Topic> topics(const std::vector<sizing::DerivationStep>& steps) {
    std::vector<Topic> list{
        {"weights", ComponentColors::name(Component::Weights), ComponentColors::color(Component::Weights)},
        {"kv_cache", ComponentColors::name(Component::KvCache), ComponentColors::color(Component::KvCache)},
        {"activations", ComponentColors::name(Component::Activations), ComponentColors::color(Component::Activations)},
        {"overhead", ComponentColors::name(Component::Overhead), ComponentColors::color(Component::Overhead)},
        {"total", DerivationPanel::tr("Total"), theme::kInk},
        {"gpu", DerivationPanel::tr("Verdict"), theme::kInk},
        {"speed", DerivationPanel::tr("Speed"), theme::kInk},
        {"finetune", DerivationPanel::tr("Fine-tuning"), theme::kInk},
        {"cpu", DerivationPanel::tr("System RAM"), theme::kInk},
        {"note", DerivationPanel::tr("Notes"), theme::kMutedInk},
    };
    for (const sizing::DerivationStep& step : steps) {
        if (std::none_of(list.begin(), list.end(), [&step](const Topic& t) { return t.id == step.topic; })) {
            QString title = QString::fromUtf8(step.topic.data(), static_cast<qsizetype>(step.topic.size()));
            title.replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!title.isEmpty()) {
                title[0] = title[0].toUpper();
            }
            list.push_back({step.topic, title, theme::kInk});
        }
    }
    return list;
}

} // namespace

DerivationPanel::DerivationPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_copy(new QPushButton(tr("Copy as text"), this)) {
    setObjectName(QStringLiteral("derivationPanel"));
    m_text->setObjectName(QStringLiteral("derivationText"));
    m_text->setAccessibleName(tr("Show the math"));
    m_text->setAccessibleDescription(tr("Each step of the estimate with its numbers, as the engine computed it."));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(8);
    m_copy->setObjectName(QStringLiteral("copyDerivationButton"));
    m_copy->setAccessibleName(tr("Copy the math"));
    m_copy->setAccessibleDescription(tr("Copies the derivation to the clipboard as plain text."));
    m_copy->setToolTip(tr("Copy the derivation as plain text (Ctrl+Shift+C)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 0);
    auto* hint = new QLabel(tr("The engine's steps for the primary GPU, with every number it used."), this);
    hint->setObjectName(QStringLiteral("hint"));
    bar->addWidget(hint, 1);
    bar->addWidget(m_copy);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    connect(m_copy, &QPushButton::clicked, this, &DerivationPanel::copyToClipboard);
    // The rich view is laid out a moment after the last change: a drag re-lays it out a few times a
    // second, not at every step (its layout costs more than both charts together).
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(60);
    connect(&m_renderTimer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible()) {
            render();
        }
    });
}

void DerivationPanel::setDerivation(const QString& title, const std::vector<sizing::DerivationStep>& steps,
                                    sizing::MemoryUnit unit) {
    m_title = title;
    m_steps = steps;
    m_unit = unit;
    // The plain text is cheap and always current (copy, tests); the rich view is laid out only when
    // the panel is visible, so a hidden tab costs nothing on a slider step.
    m_plain = m_title + QLatin1Char('\n');
    for (const Topic& topic : topics(m_steps)) {
        bool any = false;
        for (const sizing::DerivationStep& step : m_steps) {
            if (step.topic != topic.id) {
                continue;
            }
            if (!any) {
                m_plain += QLatin1Char('\n') + topic.title + QLatin1Char('\n');
                any = true;
            }
            m_plain += QStringLiteral("  ") + DerivationText::step(step, m_unit) + QLatin1Char('\n');
        }
    }
    m_dirty = true;
    if (isVisible() && !m_renderTimer.isActive()) {
        m_renderTimer.start();
    }
}

void DerivationPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty) {
        render();
    }
}

void DerivationPanel::renderNow() {
    m_renderTimer.stop();
    render();
}

void DerivationPanel::render() {
    m_dirty = false;
    QString html = QStringLiteral("<div style='color:%2'><p style='font-weight:600; margin-bottom:4px'>%1</p>")
                       .arg(m_title.toHtmlEscaped(), theme::kInk.name());
    for (const Topic& topic : topics(m_steps)) {
        QString rows;
        for (const sizing::DerivationStep& step : m_steps) {
            if (step.topic == topic.id) {
                rows += QStringLiteral("<tr><td style='padding:1px 8px 1px 14px'>%1</td></tr>")
                            .arg(DerivationText::step(step, m_unit).toHtmlEscaped());
            }
        }
        if (rows.isEmpty()) {
            continue;
        }
        html += QStringLiteral("<p style='margin-top:8px; margin-bottom:2px'><span style='color:%1'>■</span> "
                               "<b>%2</b></p><table cellspacing='0'>%3</table>")
                    .arg(topic.color.name(), topic.title.toHtmlEscaped(), rows);
    }
    html += QStringLiteral("</div>");
    m_text->setHtml(html);
}

void DerivationPanel::copyToClipboard() const {
    QApplication::clipboard()->setText(m_plain);
}

} // namespace fitscope::gui
