#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QPaintDevice;

namespace fitscope::gui {

class ExplorerPage;

namespace lab {
struct LabOutcome;
struct LabSample;
} // namespace lab

// The charts FitScope can export: the explorer's five (the per-layer strip among them) and the quantization lab's
// error-against-size (Pareto) chart.
enum class ChartKind { Breakdown, Context, Matrix, Speed, Pareto, Layers };
// Every kind, in the order the export dialog and the copy menu list them.
inline constexpr std::array<ChartKind, 6> kChartKinds{ChartKind::Breakdown, ChartKind::Context, ChartKind::Layers,
                                                      ChartKind::Matrix,    ChartKind::Speed,   ChartKind::Pareto};
// "breakdown", "context", "layers", "matrix", "speed", "pareto"
std::optional<ChartKind> chartKindFromId(const QString& id);
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

// The quantization lab's results as its accuracy (Pareto) chart draws them.
struct LabChartData {
    std::shared_ptr<const lab::LabSample> sample;                 // the tensor the schemes ran on
    std::vector<std::shared_ptr<const lab::LabOutcome>> outcomes; // the finished schemes, in run order
};

// What the exports draw from: the explorer page (breakdown, context, layers, matrix, speed) and the lab's
// results (pareto). Either may be missing; a chart whose data is missing is not exported.
struct ChartSources {
    const ExplorerPage* explorer = nullptr;
    LabChartData lab;
};

// Whether sources hold what kind draws (the lab's chart needs at least one finished scheme).
bool canExport(const ChartSources& sources, ChartKind kind);
// Why kind cannot be exported from sources, as one translated sentence; empty when it can.
QString unavailableReason(const ChartSources& sources, ChartKind kind);

// What the chart export draws is a fresh copy of the page's chart fed the same data, in the light
// document theme (white background, dark text, the component colours), whatever the window looks
// like, with a title above and the caption below.
QString chartTitle(const ChartSources& sources, ChartKind kind);
// "Llama-2-13B · INT4 (g128) · ... · 2025-01-31 · FitScope 0.1.0": the scenario on one line.
QString scenarioCaption(const ExplorerPage& page);
// "Quantization lab · transformer-like 1024 × 1024, 512 calibration tokens, seed 42 · 2025-01-31 ·
// FitScope 0.1.0": the lab's tensor on one line.
QString labCaption(const LabChartData& lab);
// The caption of kind's export: the scenario's for the explorer's charts, the lab tensor's for pareto.
QString chartCaption(const ChartSources& sources, ChartKind kind);

// Paints the export onto device over a width × height logical area, scaled by scale (a blank
// page when sources lack kind's data).
void paintChart(QPaintDevice& device, const ChartSources& sources, ChartKind kind, const ChartExportOptions& options,
                double scale = 1.0);

// The export as an image (white background), width·scale × height·scale pixels; a null image when
// sources lack kind's data.
QImage renderChart(const ChartSources& sources, ChartKind kind, const ChartExportOptions& options);

// The export as an SVG document (the page size of exportChart's SVG); empty when sources lack kind's data.
QByteArray renderChartSvg(const ChartSources& sources, ChartKind kind, const ChartExportOptions& options);

// Writes the export to path (replaced atomically). Returns false with a one-line reason in error.
bool exportChart(const ChartSources& sources, ChartKind kind, const QString& path, ImageFormat format,
                 const ChartExportOptions& options, QString* error);

} // namespace fitscope::gui
