#include "help_dialog.h"

#include "glossary.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fitscope::gui {

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("FitScope guide"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setAccessibleDescription(tr("How to use FitScope and what its terms mean."));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(guideHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString HelpDialog::guideHtml() {
    QString html;
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("FitScope in five steps"),
                     tr("FitScope answers one question: does this model fit on this GPU, at this precision and "
                        "context length, and why? Every figure comes from the sizing engine, and <i>Show the "
                        "math</i> lists each step with its numbers."));
    html += QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ol>")
                .arg(tr("Choose a <b>model</b> (type to search), or open a model's config.json or a GGUF or "
                        "safetensors file with File → Open."),
                     tr("Choose the <b>weight format</b> and the <b>KV cache</b> format."),
                     tr("Set the <b>context length</b> and the <b>batch</b>: the KV cache grows with both."),
                     tr("Pick a <b>runtime</b>: the article's simple rule, or a profile measured on transformers, "
                        "vLLM or llama.cpp."),
                     tr("Tick the <b>GPUs</b> to compare; the first is the primary GPU of the summary."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(tr("Reading the charts"),
                     tr("<b>Memory against capacity</b>: per GPU, a stacked bar (weights plain, KV cache striped, "
                        "activations dotted, overhead cross-hatched) beside the GPU's usable memory (solid) and "
                        "nominal memory (dashed outline). The badge says whether it fits and by how much."),
                     tr("<b>Memory against context length</b>: one line per weight format, each with its own colour "
                        "and dash pattern; the horizontal lines are the GPUs' usable memory and the circles mark the "
                        "longest context that fits."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Quantization lab"),
                     tr("The second tab quantizes real or synthetic weights and measures the error and the speed "
                        "of each format, so you can see what a smaller format costs in accuracy."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Keyboard"),
                     tr("Every control is reachable with Tab; Alt and an underlined letter jump to a control; "
                        "Ctrl+L finds a model, Ctrl+G a GPU. Shift+F1 and a click explain any control; Help → "
                        "Keyboard shortcuts lists the rest."));
    html += QStringLiteral("<h3>%1</h3><dl>").arg(tr("Terms"));
    for (const Glossary::Term& term : Glossary::terms()) {
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(term.name.toHtmlEscaped(), term.details);
    }
    html += QStringLiteral("</dl>");
    return html;
}

} // namespace fitscope::gui
