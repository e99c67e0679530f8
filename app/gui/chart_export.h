#pragma once

#include <QImage>
#include <QString>

#include <optional>

class QPaintDevice;

namespace fitscope::gui {

class ExplorerPage;

// The charts FitScope can export. Pareto (quantization lab) is named in the CLI so it can say it is
// not available yet instead of drawing something else.
enum class ChartKind { Breakdown, Context, Matrix, Speed };
std::optional<ChartKind> chartKindFromId(const QString& id); // "breakdown", "context", "matrix", "speed"
QString chartKindId(ChartKind kind);
QString chartKindName(ChartKind kind); // "Memory against capacity", translated

enum class ImageFormat { Png, Jpg, Svg, Pdf };
std::optional<ImageFormat> imageFormatFromPath(const QString& path); // from the file's ending
QString imageFormatSuffix(ImageFormat format);                       // "png"

struct ChartExportOptions {
    // The chart's size in logical pixels. SVG and PDF use it as their page size (at 96 dpi), so text
    // and lines keep the proportions they have on screen.
    int width = 1200;
    int height = 700;
    // PNG and JPG only: device pixels per logical pixel (2 or 3 for sharp images in high-DPI docs).
    double scale = 1.0;
    int jpg_quality = 92;
    QString title;   // empty = chartTitle()
    QString caption; // the scenario line under the chart; empty = none
};

inline constexpr int kMinExportSide = 200;
inline constexpr int kMaxExportSide = 8000;
inline constexpr double kMaxExportScale = 4.0;

// What the chart export draws is a fresh copy of the page's chart fed the same data, in the light
// document theme (white background, dark text, the component colours), whatever the window looks
// like, with a title above and the caption below.
QString chartTitle(const ExplorerPage& page, ChartKind kind);
// "Llama-2-13B · INT4 (g128) · ... · 2025-01-31 · FitScope 0.1.0": the scenario on one line.
QString scenarioCaption(const ExplorerPage& page);

// Paints the export onto device over a width × height logical area, scaled by scale.
void paintChart(QPaintDevice& device, const ExplorerPage& page, ChartKind kind, const ChartExportOptions& options,
                double scale = 1.0);

// The export as an image (white background), width·scale × height·scale pixels.
QImage renderChart(const ExplorerPage& page, ChartKind kind, const ChartExportOptions& options);

// Writes the export to path (replaced atomically). Returns false with a one-line reason in error.
bool exportChart(const ExplorerPage& page, ChartKind kind, const QString& path, ImageFormat format,
                 const ChartExportOptions& options, QString* error);

} // namespace fitscope::gui
