#include "export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

namespace fitscope::gui {

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export chart"));
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("exportChart"));
    for (const ChartKind kind : kChartKinds) {
        m_chart->addItem(chartKindName(kind), static_cast<int>(kind));
    }
    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("exportChartUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setVisible(false);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ImageFormat::Png));
    m_format->addItem(tr("SVG (vector, text stays text)"), static_cast<int>(ImageFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), static_cast<int>(ImageFormat::Pdf));
    m_format->addItem(tr("JPEG image"), static_cast<int>(ImageFormat::Jpg));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(kMinExportSide, kMaxExportSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(ChartExportOptions{}.width);
    m_height->setValue(ChartExportOptions{}.height);
    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->addItem(tr("1× (screen)"), 1.0);
    m_scale->addItem(tr("2× (high-DPI documents)"), 2.0);
    m_scale->addItem(tr("3×"), 3.0);
    m_scale->setCurrentIndex(1);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const auto f = format();
        m_scale->setEnabled(f == ImageFormat::Png || f == ImageFormat::Jpg); // vector output has no pixels
    });

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto* form = new QFormLayout;
    form->addRow(tr("&Chart:"), m_chart);
    form->addRow(QString(), m_unavailable);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), size);
    form->addRow(tr("S&cale:"), m_scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ChartKind ExportDialog::chart() const {
    return static_cast<ChartKind>(m_chart->currentData().toInt());
}

ImageFormat ExportDialog::format() const {
    return static_cast<ImageFormat>(m_format->currentData().toInt());
}

ChartExportOptions ExportDialog::options() const {
    ChartExportOptions o;
    o.width = m_width->value();
    o.height = m_height->value();
    o.scale = m_scale->isEnabled() ? m_scale->currentData().toDouble() : 1.0;
    return o;
}

void ExportDialog::setChart(ChartKind kind) {
    const int index = m_chart->findData(static_cast<int>(kind));
    if (index >= 0 && isAvailable(kind)) {
        m_chart->setCurrentIndex(index);
    }
}

void ExportDialog::setAvailability(const ChartSources& sources) {
    auto* model = qobject_cast<QStandardItemModel*>(m_chart->model());
    QStringList reasons;
    for (int i = 0; i < m_chart->count(); ++i) {
        const auto kind = static_cast<ChartKind>(m_chart->itemData(i).toInt());
        const QString reason = unavailableReason(sources, kind);
        model->item(i)->setEnabled(reason.isEmpty());
        m_chart->setItemData(i, reason.isEmpty() ? QVariant() : QVariant(reason), Qt::ToolTipRole);
        if (!reason.isEmpty()) {
            reasons << reason;
        }
    }
    m_unavailable->setText(reasons.join(QLatin1Char('\n')));
    m_unavailable->setVisible(!reasons.isEmpty());
    if (!isAvailable(chart())) {
        for (int i = 0; i < m_chart->count(); ++i) {
            if (model->item(i)->isEnabled()) {
                m_chart->setCurrentIndex(i);
                break;
            }
        }
    }
}

bool ExportDialog::isAvailable(ChartKind kind) const {
    const auto* model = qobject_cast<const QStandardItemModel*>(m_chart->model());
    const int index = m_chart->findData(static_cast<int>(kind));
    return index >= 0 && model->item(index)->isEnabled();
}

} // namespace fitscope::gui
