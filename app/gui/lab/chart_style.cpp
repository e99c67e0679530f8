#include "chart_style.h"

#include "theme.h"

#include <qcustomplot.h>

#include <array>

namespace fitscope::gui::lab {

void styleChart(QCustomPlot* plot) {
    plot->setBackground(theme::colors().chart_background);
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    const QFont small = theme::styleAxes(plot);
    plot->legend->setFont(small);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(theme::colors().label_background);
}

QColor seriesColor(int index) {
    static const std::array<QColor, 6> colors{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                              QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                              QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

} // namespace fitscope::gui::lab
