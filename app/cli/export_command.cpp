// fitscope-cli export: a chart as PNG, JPG, SVG or PDF, drawn exactly as the explorer window draws
// it (in the document theme), with no display needed.
#include "chart_export.h"
#include "cli_common.h"
#include "control_panel.h"
#include "explorer_page.h"
#include "explorer_scenario.h"
#include "scenario_options.h"
#include "scenario_source.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <stdexcept>

namespace fitscope::cli {

namespace {

// Charts other pages will draw. Naming them keeps the option stable; until they exist the command
// says so rather than drawing a different chart.
struct PendingChart {
    const char* id;
    const char* what;
};
constexpr PendingChart k_pending[] = {
    {"pareto", "the quantization lab's error-against-size (Pareto) chart"},
};

int sizeOption(const QCommandLineParser& parser, const char* name, int fallback) {
    if (!parser.isSet(QLatin1String(name))) {
        return fallback;
    }
    return static_cast<int>(
        parsePositiveInt(parser.value(QLatin1String(name)), QStringLiteral("--") + name, gui::kMaxExportSide));
}

} // namespace

int runExport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A chart as an image for a document: PNG or JPG (at 1x, 2x or 3x), SVG (text kept as text) or PDF (vector), "
        "with a title and a caption naming the scenario. Needs no display."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("chart"), QStringLiteral("breakdown, context, matrix or speed (pareto: not yet)."),
         QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("The image to write: .png, .jpg, .svg or .pdf."),
         QStringLiteral("PATH")},
        {QStringLiteral("width"), QStringLiteral("Width in logical pixels (default 1200)."), QStringLiteral("W")},
        {QStringLiteral("height"), QStringLiteral("Height in logical pixels (default 700)."), QStringLiteral("H")},
        {QStringLiteral("scale"), QStringLiteral("PNG/JPG pixels per logical pixel: 1, 2 or 3 (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("title"), QStringLiteral("The chart's title (default: model and what the chart shows)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("no-caption"), QStringLiteral("Leave out the caption line naming the scenario.")},
    });
    addScenarioFileOption(parser);
    addScenarioOptions(parser);
    parseOrThrow(parser, QStringLiteral("export"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    }
    if (!parser.isSet(QStringLiteral("chart"))) {
        throw UsageError("--chart is required: breakdown, context, matrix or speed");
    }
    const QString chartId = parser.value(QStringLiteral("chart"));
    for (const PendingChart& pending : k_pending) {
        if (chartId.compare(QLatin1String(pending.id), Qt::CaseInsensitive) == 0) {
            throw UsageError(std::string("--chart ") + pending.id + ": " + pending.what +
                             " is not available yet (available: breakdown, context, matrix, speed)");
        }
    }
    const auto kind = gui::chartKindFromId(chartId);
    if (!kind) {
        throw UsageError("--chart: unknown chart '" + chartId.toStdString() +
                         "' (breakdown, context, matrix or speed; pareto is not available yet)");
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        throw UsageError("--out PATH is required (.png, .jpg, .svg or .pdf)");
    }
    const QString out = parser.value(QStringLiteral("out"));
    const auto format = gui::imageFormatFromPath(out);
    if (!format) {
        throw UsageError("--out: '" + out.toStdString() + "' does not end in .png, .jpg, .svg or .pdf");
    }
    gui::ChartExportOptions options;
    options.width = sizeOption(parser, "width", options.width);
    options.height = sizeOption(parser, "height", options.height);
    if (options.width < gui::kMinExportSide || options.height < gui::kMinExportSide) {
        throw UsageError("--width and --height must be at least " + std::to_string(gui::kMinExportSide));
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        options.scale =
            parseNumber(parser.value(QStringLiteral("scale")), QStringLiteral("--scale"), 1.0, gui::kMaxExportScale);
    }
    if (parser.isSet(QStringLiteral("title"))) {
        options.title = parser.value(QStringLiteral("title"));
    }

    const catalog::Catalog& catalog = activeCatalog();
    const report::ScenarioFile scenario = scenarioFileFromOptions(parser, catalog);
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (app == nullptr) {
        throw std::runtime_error("internal error: export needs a QApplication");
    }
    gui::theme::apply(*app); // the app's fonts and palette, so the export matches the window

    // The explorer page computes the charts' data exactly as the window does; it is never shown.
    gui::ExplorerPage page(catalog);
    page.resize(1440, 900);
    try {
        gui::applyScenario(*page.controls(), scenario);
    } catch (const report::ScenarioFileError& error) {
        throw UsageError(error.what());
    }
    page.recompute();
    page.flushDeferred();
    const gui::ExplorerState& state = page.controls()->state();
    if (state.context_tokens != scenario.context_tokens) {
        std::fprintf(stderr,
                     "fitscope-cli export: warning: the context is drawn at %lld tokens, the model's limit "
                     "(the scenario asks for %lld)\n",
                     static_cast<long long>(state.context_tokens), static_cast<long long>(scenario.context_tokens));
    }
    if (!parser.isSet(QStringLiteral("no-caption"))) {
        options.caption = gui::scenarioCaption(page);
    }

    QString error;
    if (!gui::exportChart(page, *kind, QFileInfo(out).filePath(), *format, options, &error)) {
        throw std::runtime_error(error.toStdString()); // main() prints it on one line, exit 2
    }
    return kExitOk;
}

} // namespace fitscope::cli
