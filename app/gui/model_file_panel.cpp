#include "model_file_panel.h"

#include "core/formats/model_file_sizing.h"
#include "core/sizing/precision.h"
#include "format_text.h"
#include "number_input.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <qcustomplot.h>

#include <algorithm>

namespace fitscope::gui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString amount(std::int64_t bytes, sizing::MemoryUnit unit, int decimals = 2) {
    return QString::fromStdString(sizing::formatBytes(bytes, unit, decimals));
}

QString count(std::int64_t n) {
    return QString::fromStdString(sizing::formatCount(static_cast<double>(n)));
}

// Types with less than this share of the bytes are merged into "other" so the chart stays legible.
constexpr int kMaxTypeBars = 6;

} // namespace

ModelFilePanel::ModelFilePanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("modelFilePanel"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("modelFileText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Model file"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_types = new QCustomPlot(this);
    m_types->setObjectName(QStringLiteral("modelFileTypes"));
    m_types->setAccessibleName(tr("Stored types"));
    m_types->setAccessibleDescription(tr("The bytes the file stores in each tensor type."));
    m_types->setMinimumSize(200, 100);
    m_types->setBackground(palette().color(QPalette::Base));
    m_bars = new QCPBars(m_types->yAxis, m_types->xAxis); // horizontal: key on the y axis
    m_bars->setWidth(0.6);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(ComponentColors::color(Component::Weights));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (QCPAxis* axis : {m_types->xAxis, m_types->yAxis}) {
        axis->setBasePen(QPen(theme::kGrid));
        axis->setTickPen(Qt::NoPen);
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelFont(small);
        axis->setTickLabelColor(theme::kMutedInk);
        axis->setLabelFont(small);
        axis->setLabelColor(theme::kMutedInk);
        axis->grid()->setPen(QPen(theme::kGrid, 1));
    }
    m_types->yAxis->grid()->setVisible(false);
    m_types->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(m_types, tr("Bytes by stored type"), small);
    title->setTextColor(theme::kInk);
    m_types->plotLayout()->addElement(0, 0, title);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(12);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_types, 2);
    setInfo(nullptr, m_unit);
}

void ModelFilePanel::setInfo(std::shared_ptr<const formats::ModelFileInfo> info, sizing::MemoryUnit unit) {
    m_info = std::move(info);
    m_unit = unit;
    m_typeNames.clear();
    m_typeBytes.clear();
    if (!m_info) {
        m_text->setText(tr("<p><b>No model file open.</b></p><p>Open a Hugging Face model folder, a .safetensors "
                           "or .gguf file, or a config.json with <b>File → Open model…</b>, or drop one onto the "
                           "window. FitScope reads the headers only (a few milliseconds even for a 100 GB model) "
                           "and sizes the weights from the exact bytes the file stores.</p>"));
        m_types->setVisible(false);
        return;
    }
    const formats::ModelFileInfo& f = *m_info;
    QStringList rows;
    const auto row = [&rows](const QString& name, const QString& value) {
        rows << QStringLiteral("<tr><td style='padding-right:12px; color:#59636e'>%1</td><td>%2</td></tr>")
                    .arg(name, value);
    };
    const QString path = QString::fromStdString(f.path.string()).toHtmlEscaped();
    row(tr("File"), f.files.size() > 1
                        ? tr("%1 (%2 files, %3 on disk)").arg(path).arg(f.files.size()).arg(amount(f.file_bytes, unit))
                        : tr("%1 (%2 on disk)").arg(path, amount(f.file_bytes, unit)));
    QString format = QString::fromLatin1(formats::modelFileFormatName(f.format));
    if (!f.quantization.empty()) {
        format += QStringLiteral(", ") + qs(f.quantization).toHtmlEscaped();
    }
    if (const auto engine = formats::weightFormatOf(f); engine && !f.tensors.empty()) {
        format += tr(" → sized as %1").arg(FormatText::weightName(*engine));
    }
    row(tr("Format"), format);
    if (f.spec) {
        const sizing::ModelSpec& s = *f.spec;
        row(tr("Architecture"), tr("%1: %2 layers, hidden %3, %4 heads (%5 KV), vocabulary %6")
                                    .arg(qs(s.model_type.empty() ? s.display_name : s.model_type).toHtmlEscaped())
                                    .arg(s.num_layers)
                                    .arg(s.hidden_size)
                                    .arg(s.num_heads)
                                    .arg(s.num_kv_heads)
                                    .arg(count(s.vocab_size)));
    } else {
        row(tr("Architecture"),
            tr("<span style='color:#c43c00'>not described: %1</span>").arg(qs(f.spec_note).toHtmlEscaped()));
    }
    if (f.context_length > 0) {
        row(tr("Trained context"), tr("%1 tokens").arg(count(f.context_length)));
    }
    if (f.tensor_parameters > 0 || f.formula_parameters > 0) {
        QString params;
        if (f.tensor_parameters > 0) {
            params = tr("%1 from the tensor table").arg(count(f.tensor_parameters));
        }
        if (f.formula_parameters > 0) {
            params += (params.isEmpty() ? QString() : QStringLiteral("; ")) +
                      tr("%1 from the architecture's formula").arg(count(f.formula_parameters));
        }
        if (f.parameters_mismatch) {
            params += tr("<br><span style='color:#c43c00'><b>⚠ They differ:</b> %1</span>")
                          .arg(qs(f.parameters_note).toHtmlEscaped());
        } else if (f.tensor_parameters > 0 && f.formula_parameters > 0) {
            params += tr(" <span style='color:#1a7f37'>✓ agree</span>");
        }
        row(tr("Parameters"), params);
    }
    if (!f.tensors.empty()) {
        row(tr("Weights"), tr("<b>%1</b> exact (%2 bytes in %3 tensors)")
                               .arg(amount(f.weight_bytes, unit), count(f.weight_bytes))
                               .arg(count(static_cast<std::int64_t>(f.tensors.size()))));
    } else {
        row(tr("Weights"), tr("no tensor table (a config.json alone): the format's formula sizes them"));
    }
    for (const std::string& warning : f.warnings) {
        row(tr("Warning"), QStringLiteral("<span style='color:#b26b00'>%1</span>").arg(qs(warning).toHtmlEscaped()));
    }
    m_text->setText(QStringLiteral("<table cellspacing='2'>%1</table>").arg(rows.join(QString())));

    // The stored types, largest at the top, small ones merged.
    std::vector<formats::TypeUsage> types = f.types;
    std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.bytes > b.bytes; });
    if (static_cast<int>(types.size()) > kMaxTypeBars) {
        formats::TypeUsage other;
        other.dtype = tr("other").toStdString();
        for (std::size_t i = kMaxTypeBars - 1; i < types.size(); ++i) {
            other.bytes += types[i].bytes;
            other.tensors += types[i].tensors;
        }
        types.resize(kMaxTypeBars - 1);
        types.push_back(other);
    }
    m_types->setVisible(!types.empty());
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    QVector<double> keys, values;
    double top = 0;
    for (int i = static_cast<int>(types.size()) - 1, k = 0; i >= 0; --i, ++k) {
        const formats::TypeUsage& t = types[static_cast<std::size_t>(i)];
        keys << k;
        values << sizing::bytesIn(t.bytes, unit);
        top = std::max(top, values.back());
        ticker->addTick(k, tr("%1 (%2)").arg(qs(t.dtype)).arg(t.tensors));
        m_typeNames << qs(t.dtype);
        m_typeBytes.push_back(static_cast<double>(t.bytes));
    }
    m_bars->setData(keys, values, true);
    m_types->yAxis->setTicker(ticker);
    m_types->yAxis->setRange(-0.6, std::max<double>(1, static_cast<double>(types.size())) - 0.4);
    m_types->xAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    m_types->xAxis->setLabel(QString::fromLatin1(sizing::unitName(unit).data()));
    m_types->replot(QCustomPlot::rpQueuedReplot);
}

QString ModelFilePanel::text() const {
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

QStringList ModelFilePanel::drawnTypes() const {
    return m_typeNames;
}

std::vector<double> ModelFilePanel::drawnTypeBytes() const {
    return m_typeBytes;
}

} // namespace fitscope::gui
