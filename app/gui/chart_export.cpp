#include "chart_export.h"

#include "breakdown_chart.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/report/report_data.h"
#include "explorer_page.h"
#include "explorer_scenario.h"
#include "fit_matrix_model.h"
#include "format_text.h"
#include "lab/accuracy_chart.h"
#include "lab/lab_data.h"
#include "layer_strip_chart.h"
#include "number_input.h"
#include "speed_chart.h"
#include "theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace fitscope::gui {

namespace {

// Strings are looked up with QCoreApplication::translate("ChartExport", ...) written out at each
// call: lupdate does not see through a tr() wrapper and would file them under another context.

// SVG and PDF pages are sized at the screen's nominal 96 dpi: a chart laid out for 1200 px keeps
// its proportions (point-sized fonts would otherwise shrink by a quarter at the 72 dpi default).
constexpr int kDocumentDpi = 96;

QFont titleFont() {
    QFont font;
    font.setPointSizeF(std::max(12.0, font.pointSizeF() * 1.35));
    font.setBold(true);
    return font;
}

QFont captionFont() {
    QFont font;
    font.setPointSizeF(std::max(8.0, font.pointSizeF() * 0.85));
    return font;
}

// The caption is one line on screen; on a narrow export it breaks between its " · " parts.
QString wrapCaption(const QString& caption, const QFont& font, int width) {
    const QFontMetrics metrics(font);
    const QStringList parts = caption.split(QStringLiteral(" · "));
    QStringList lines;
    QString line;
    for (const QString& part : parts) {
        const QString candidate = line.isEmpty() ? part : line + QStringLiteral(" · ") + part;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << line;
            line = part;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// A copy of the page's chart, fed the data the page computed, with the title and caption added
// to its layout. The copy is never shown; the on-screen chart is left alone.
std::unique_ptr<QCustomPlot> documentPlot(const ChartSources& sources, ChartKind kind, const ChartExportOptions& o) {
    std::unique_ptr<QCustomPlot> plot;
    if (kind == ChartKind::Pareto) {
        auto chart = std::make_unique<lab::AccuracyChart>();
        chart->setOutcomes(sources.lab.outcomes);
        plot = std::move(chart);
    } else {
        const ExplorerPage& page = *sources.explorer;
        const ExplorerState& state = page.controls()->state();
        if (kind == ChartKind::Breakdown) {
            auto chart = std::make_unique<BreakdownChart>();
            chart->setBars(page.breakdownChart()->bars(), state.unit);
            plot = std::move(chart);
        } else if (kind == ChartKind::Layers) {
            auto chart = std::make_unique<LayerStripChart>();
            chart->setTitleVisible(false);
            chart->setData(page.layerStrip()->data(), state.unit);
            plot = std::move(chart);
        } else if (kind == ChartKind::Speed) {
            auto chart = std::make_unique<SpeedChart>();
            chart->setData(page.speedChart()->data());
            plot = std::move(chart);
        } else {
            auto chart = std::make_unique<ContextChart>();
            chart->setData(page.contextChart()->data(), state.unit);
            chart->setCurrent(state.context_tokens, page.primaryEstimate().per_gpu_bytes, state.unit);
            plot = std::move(chart);
        }
    }
    // The charts restyle on a palette change: in the document palette, whatever the window's.
    plot->setPalette(theme::DocumentColorScope::palette());
    plot->setBackground(Qt::white);
    plot->resize(o.width, o.height);

    auto* title = new QCPTextElement(plot.get(), o.title.isEmpty() ? chartTitle(sources, kind) : o.title, titleFont());
    title->setTextColor(theme::kInk);
    title->setMargins(QMargins(8, 10, 8, 2));
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, title);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    if (!o.caption.isEmpty()) {
        const QFont font = captionFont();
        auto* caption = new QCPTextElement(plot.get(), wrapCaption(o.caption, font, o.width - 24), font);
        caption->setTextColor(theme::kMutedInk);
        caption->setMargins(QMargins(8, 6, 8, 8));
        const int row = plot->plotLayout()->rowCount();
        plot->plotLayout()->insertRow(row);
        plot->plotLayout()->addElement(row, 0, caption);
        plot->plotLayout()->setRowStretchFactor(row, 0.001);
    }
    return plot;
}

// The fit matrix is a table in the window; exported it is drawn as a table graphic from the same
// model (texts and verdict colours), scaled down to fit the page when the catalog is long.
void paintMatrix(QPainter& p, const ChartSources& sources, const ChartExportOptions& o) {
    const FitMatrixModel& model = *sources.explorer->fitMatrixModel();
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    const QFont body;
    QFont bold = body;
    bold.setBold(true);
    const QFont tfont = titleFont();
    const QFont cfont = captionFont();
    const QFontMetrics bm(body);
    const QFontMetrics boldMetrics(bold);
    const int rowHeight = bm.height() + 10;
    const int pad = 16;

    int labelWidth = boldMetrics.horizontalAdvance(QCoreApplication::translate("ChartExport", "Model"));
    for (int r = 0; r < rows; ++r) {
        labelWidth = std::max(labelWidth, bm.horizontalAdvance(model.headerData(r, Qt::Vertical).toString()));
    }
    labelWidth += 16;
    const int cellWidth = columns > 0 ? std::max(90, (o.width - 2 * pad - labelWidth) / columns) : 0;
    const int tableWidth = labelWidth + cellWidth * columns;
    const QString title = o.title.isEmpty() ? chartTitle(sources, ChartKind::Matrix) : o.title;
    const QString caption = o.caption.isEmpty() ? QString() : wrapCaption(o.caption, cfont, o.width - 2 * pad);
    const int titleHeight = QFontMetrics(tfont).height() + 14;
    const int captionHeight =
        caption.isEmpty()
            ? 0
            : QFontMetrics(cfont).height() * (static_cast<int>(caption.count(QLatin1Char('\n'))) + 1) + 12;
    const int naturalHeight = titleHeight + rowHeight * (rows + 1) + captionHeight + 2 * pad;
    const int naturalWidth = std::max(o.width, tableWidth + 2 * pad);

    p.save();
    p.fillRect(QRect(0, 0, o.width, o.height), Qt::white);
    const double fit =
        std::min({1.0, static_cast<double>(o.height) / naturalHeight, static_cast<double>(o.width) / naturalWidth});
    p.scale(fit, fit);
    const int width = static_cast<int>(o.width / fit);

    p.setPen(theme::kInk);
    p.setFont(tfont);
    p.drawText(QRect(pad, pad, width - 2 * pad, titleHeight), Qt::AlignLeft | Qt::AlignTop, title);
    int y = pad + titleHeight;
    const int x0 = pad;

    // Header: the GPU configurations.
    p.setFont(bold);
    p.drawText(QRect(x0 + 6, y, labelWidth - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
               QCoreApplication::translate("ChartExport", "Model"));
    for (int c = 0; c < columns; ++c) {
        const QRect cell(x0 + labelWidth + c * cellWidth, y, cellWidth, rowHeight);
        p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                   bm.elidedText(model.headerData(c, Qt::Horizontal).toString(), Qt::ElideRight, cellWidth - 8));
    }
    y += rowHeight;
    p.setPen(QPen(theme::kInk, 1));
    p.drawLine(x0, y, x0 + tableWidth, y);

    for (int r = 0; r < rows; ++r) {
        p.setFont(body);
        p.setPen(theme::kInk);
        p.drawText(QRect(x0 + 6, y, labelWidth - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   model.headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QRect cell(x0 + labelWidth + c * cellWidth, y, cellWidth, rowHeight);
            const QVariant background = model.data(index, Qt::BackgroundRole);
            if (background.canConvert<QBrush>()) {
                p.fillRect(cell.adjusted(1, 1, -1, -1), background.value<QBrush>());
            }
            const QVariant foreground = model.data(index, Qt::ForegroundRole);
            p.setPen(foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color() : theme::kInk);
            const QVariant font = model.data(index, Qt::FontRole);
            p.setFont(font.canConvert<QFont>() ? font.value<QFont>() : body);
            p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignCenter, model.data(index, Qt::DisplayRole).toString());
        }
        y += rowHeight;
        p.setPen(QPen(theme::kGrid, 1));
        p.drawLine(x0, y, x0 + tableWidth, y);
    }
    if (!caption.isEmpty()) {
        p.setFont(cfont);
        p.setPen(theme::kMutedInk);
        p.drawText(QRect(pad, y + 8, width - 2 * pad, captionHeight), Qt::AlignLeft | Qt::AlignTop, caption);
    }
    p.restore();
}

bool validOptions(const ChartExportOptions& o, QString* error) {
    if (o.width < kMinExportSide || o.width > kMaxExportSide || o.height < kMinExportSide ||
        o.height > kMaxExportSide) {
        *error = QCoreApplication::translate("ChartExport", "the size %1 × %2 is outside %3 to %4 pixels per side")
                     .arg(o.width)
                     .arg(o.height)
                     .arg(kMinExportSide)
                     .arg(kMaxExportSide);
        return false;
    }
    if (!(o.scale >= 1.0 && o.scale <= kMaxExportScale)) {
        *error = QCoreApplication::translate("ChartExport", "the scale %1 is outside 1 to %2")
                     .arg(o.scale)
                     .arg(kMaxExportScale);
        return false;
    }
    return true;
}

} // namespace

std::optional<ChartKind> chartKindFromId(const QString& id) {
    for (const ChartKind kind : kChartKinds) {
        if (id.compare(chartKindId(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString chartKindId(ChartKind kind) {
    switch (kind) {
    case ChartKind::Breakdown:
        return QStringLiteral("breakdown");
    case ChartKind::Context:
        return QStringLiteral("context");
    case ChartKind::Speed:
        return QStringLiteral("speed");
    case ChartKind::Layers:
        return QStringLiteral("layers");
    case ChartKind::Pareto:
        return QStringLiteral("pareto");
    case ChartKind::Matrix:
        break;
    }
    return QStringLiteral("matrix");
}

QString chartKindName(ChartKind kind) {
    switch (kind) {
    case ChartKind::Breakdown:
        return QCoreApplication::translate("ChartExport", "Memory against capacity");
    case ChartKind::Context:
        return QCoreApplication::translate("ChartExport", "Memory against context length");
    case ChartKind::Speed:
        return QCoreApplication::translate("ChartExport", "Decode speed against batch");
    case ChartKind::Layers:
        return QCoreApplication::translate("ChartExport", "KV cache per layer");
    case ChartKind::Pareto:
        return QCoreApplication::translate("ChartExport", "Quantization lab: error against bits per weight");
    case ChartKind::Matrix:
        break;
    }
    return QCoreApplication::translate("ChartExport", "Fit matrix");
}

bool canExport(const ChartSources& sources, ChartKind kind) {
    if (kind == ChartKind::Pareto) {
        return sources.lab.sample != nullptr && !sources.lab.outcomes.empty();
    }
    return sources.explorer != nullptr;
}

QString unavailableReason(const ChartSources& sources, ChartKind kind) {
    if (canExport(sources, kind)) {
        return {};
    }
    if (kind == ChartKind::Pareto) {
        return QCoreApplication::translate("ChartExport", "The quantization lab has no results yet: run it first, "
                                                          "then export its chart.");
    }
    return QCoreApplication::translate("ChartExport", "%1 needs the fit explorer's scenario.").arg(chartKindName(kind));
}

std::optional<ImageFormat> imageFormatFromPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return ImageFormat::Png;
    }
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        return ImageFormat::Jpg;
    }
    if (suffix == QLatin1String("svg")) {
        return ImageFormat::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return ImageFormat::Pdf;
    }
    return std::nullopt;
}

QString imageFormatSuffix(ImageFormat format) {
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpg:
        return QStringLiteral("jpg");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    case ImageFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString chartTitle(const ChartSources& sources, ChartKind kind) {
    if (kind == ChartKind::Pareto) {
        const QString tensor = sources.lab.sample != nullptr ? sources.lab.sample->short_name : QString();
        return QCoreApplication::translate("ChartExport", "Quantization schemes on %1: output error against bits "
                                                          "per weight")
            .arg(tensor);
    }
    if (sources.explorer == nullptr) {
        return chartKindName(kind);
    }
    const ExplorerPage& page = *sources.explorer;
    const ExplorerState& state = page.controls()->state();
    const QString model = page.controls()->modelName();
    const QString format = FormatText::weightName(state.precision.weights);
    switch (kind) {
    case ChartKind::Breakdown:
        return QCoreApplication::translate("ChartExport", "%1 in %2: memory per GPU against capacity")
            .arg(model, format);
    case ChartKind::Context:
        return QCoreApplication::translate("ChartExport", "%1: memory per GPU against context length").arg(model);
    case ChartKind::Speed:
        return QCoreApplication::translate("ChartExport", "%1 in %2: decode speed against batch").arg(model, format);
    case ChartKind::Layers:
        return QCoreApplication::translate("ChartExport", "%1: KV cache per layer at %2 tokens")
            .arg(model, tokenCountText(static_cast<double>(state.context_tokens)));
    case ChartKind::Pareto: // above
    case ChartKind::Matrix:
        break;
    }
    return QCoreApplication::translate("ChartExport", "Which models fit: %1, %2 tokens × %3")
        .arg(format, tokenCountText(static_cast<double>(state.context_tokens)))
        .arg(state.batch);
}

QString scenarioCaption(const ExplorerPage& page) {
    try {
        const report::ScenarioFile scenario = scenarioFromExplorer(page.controls()->state(), page.controls()->model());
        report::ReportData data = report::buildReport(scenario, page.controls()->catalog());
        data.model_name = page.controls()->modelName().toStdString();
        return QString::fromStdString(report::scenarioCaption(data));
    } catch (const std::exception&) {
        return {}; // a caption is a nicety; the chart is exported without one
    }
}

QString labCaption(const LabChartData& lab) {
    if (lab.sample == nullptr) {
        return {};
    }
    // The date and the version as the scenario caption writes them, so the two read alike.
    return QCoreApplication::translate("ChartExport", "Quantization lab · %1 · %2 · %3")
        .arg(lab.sample->description, QString::fromStdString(report::todayIso()),
             QString::fromStdString(report::generatorName()));
}

QString chartCaption(const ChartSources& sources, ChartKind kind) {
    if (kind == ChartKind::Pareto) {
        return labCaption(sources.lab);
    }
    return sources.explorer != nullptr ? scenarioCaption(*sources.explorer) : QString();
}

void paintChart(QPaintDevice& device, const ChartSources& sources, ChartKind kind, const ChartExportOptions& options,
                double scale) {
    // Built and painted in the light document theme, even from a window in the dark one.
    const theme::DocumentColorScope documentColors;
    // QCustomPlot draws through its own painter class, which is a QPainter: one painter for the
    // whole export (ending and restarting a painter on a PDF or SVG generator would end the file).
    QCPPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.fillRect(QRect(0, 0, options.width, options.height), Qt::white);
    if (!canExport(sources, kind)) {
        return;
    }
    if (kind == ChartKind::Matrix) {
        paintMatrix(painter, sources, options);
        return;
    }
    const std::unique_ptr<QCustomPlot> plot = documentPlot(sources, kind, options);
    const bool vector = device.devType() != QInternal::Image && device.devType() != QInternal::Pixmap;
    // Vector output: no pixel-grid nudges. Any output: no cached label pixmaps, so text stays text.
    painter.setMode(QCPPainter::pmVectorized, vector);
    painter.setMode(QCPPainter::pmNoCaching, true);
    plot->toPainter(&painter, options.width, options.height);
}

QImage renderChart(const ChartSources& sources, ChartKind kind, const ChartExportOptions& options) {
    if (!canExport(sources, kind)) {
        return {};
    }
    const QSize pixels(static_cast<int>(std::lround(options.width * options.scale)),
                       static_cast<int>(std::lround(options.height * options.scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts are sized for the logical size at 96 dpi; the scale makes the image sharper, not the
    // text smaller.
    image.setDotsPerMeterX(static_cast<int>(std::lround(kDocumentDpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(kDocumentDpi / 0.0254)));
    paintChart(image, sources, kind, options, options.scale);
    return image;
}

QByteArray renderChartSvg(const ChartSources& sources, ChartKind kind, const ChartExportOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(kDocumentDpi);
        svg.setSize(QSize(options.width, options.height));
        svg.setViewBox(QRect(0, 0, options.width, options.height));
        svg.setTitle(options.title.isEmpty() ? chartTitle(sources, kind) : options.title);
        svg.setDescription(options.caption);
        paintChart(svg, sources, kind, options, 1.0);
    } // the generator writes the closing tags when its painter ends
    return bytes;
}

bool exportChart(const ChartSources& sources, ChartKind kind, const QString& path, ImageFormat format,
                 const ChartExportOptions& options, QString* error) {
    QString reason = unavailableReason(sources, kind);
    if (!reason.isEmpty() || !validOptions(options, &reason)) {
        if (error != nullptr) {
            *error = reason;
        }
        return false;
    }
    // QSaveFile: the old file stays whole until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    bool ok = true;
    switch (format) {
    case ImageFormat::Png:
    case ImageFormat::Jpg: {
        QImage image = renderChart(sources, kind, options);
        if (format == ImageFormat::Jpg) {
            image = image.convertToFormat(QImage::Format_RGB32); // JPEG has no alpha
        }
        ok = image.save(&file, format == ImageFormat::Png ? "PNG" : "JPG",
                        format == ImageFormat::Jpg ? options.jpg_quality : -1);
        break;
    }
    case ImageFormat::Svg: {
        const QByteArray svg = renderChartSvg(sources, kind, options);
        ok = !svg.isEmpty() && file.write(svg) == svg.size();
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDocumentDpi);
        pdf.setPageSize(QPageSize(QSizeF(options.width * 72.0 / kDocumentDpi, options.height * 72.0 / kDocumentDpi),
                                  QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(options.title.isEmpty() ? chartTitle(sources, kind) : options.title);
        pdf.setCreator(QStringLiteral("FitScope"));
        paintChart(pdf, sources, kind, options, 1.0);
        break;
    }
    }
    if (!ok) {
        file.cancelWriting();
        if (error != nullptr) {
            *error = QCoreApplication::translate("ChartExport", "cannot write %1: the %2 encoder failed")
                         .arg(path, imageFormatSuffix(format).toUpper());
        }
        return false;
    }
    if (!file.commit()) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace fitscope::gui
