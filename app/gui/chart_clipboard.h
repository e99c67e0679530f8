#pragma once

#include "chart_export.h"

#include <functional>

class QMimeData;
class QWidget;

namespace fitscope::gui {

// What a chart puts on the clipboard: the PNG (at twice the size, sharp in a high-DPI document) and
// the SVG of the same export, so a target that takes vector graphics (Inkscape, LibreOffice, a
// browser editor) pastes the SVG and every other one the image. Null when sources lack kind's data.
QMimeData* chartMimeData(const ChartSources& sources, ChartKind kind, const ChartExportOptions& options);

// Ctrl+C (the platform's Copy) on a focused chart widget copies that chart through copy(kind). The
// chart widget takes the keyboard focus when clicked or tabbed to, so the key has a target.
void addChartCopyShortcut(QWidget* chart, ChartKind kind, std::function<void(ChartKind)> copy);

} // namespace fitscope::gui
