#include "chart_clipboard.h"

#include <QBuffer>
#include <QMimeData>
#include <QShortcut>
#include <QWidget>

namespace fitscope::gui {

QMimeData* chartMimeData(const ChartSources& sources, ChartKind kind, const ChartExportOptions& options) {
    if (!canExport(sources, kind)) {
        return nullptr;
    }
    const QImage image = renderChart(sources, kind, options);
    const QByteArray svg = renderChartSvg(sources, kind, options);
    auto* data = new QMimeData;
    data->setImageData(image);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    data->setData(QStringLiteral("image/png"), png);
    data->setData(QStringLiteral("image/svg+xml"), svg);
    return data;
}

void addChartCopyShortcut(QWidget* chart, ChartKind kind, std::function<void(ChartKind)> copy) {
    if (chart->focusPolicy() == Qt::NoFocus) {
        chart->setFocusPolicy(Qt::StrongFocus);
    }
    auto* shortcut = new QShortcut(QKeySequence::Copy, chart);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, chart, [kind, copy = std::move(copy)] { copy(kind); });
}

} // namespace fitscope::gui
