#pragma once
// The lab's charts share the explorer's look (theme.h): white background, light grid, muted labels.

#include <QColor>

class QCustomPlot;

namespace fitscope::gui::lab {

void styleChart(QCustomPlot* plot);
// Colour-blind safe series colours (Okabe–Ito, as the explorer's components).
QColor seriesColor(int index);
inline const QColor kOutlierColor{0xd5, 0x5e, 0x00}; // vermillion
inline const QColor kLevelColor{0xe6, 0x9f, 0x00};   // orange

} // namespace fitscope::gui::lab
