// fitscope-cli export: a chart as PNG, JPG, SVG or PDF, drawn exactly as the explorer window or the
// quantization lab draws it (in the document theme), with no display needed.
#include "chart_export.h"
#include "cli_common.h"
#include "control_panel.h"
#include "explorer_page.h"
#include "explorer_scenario.h"
#include "lab/lab_control_panel.h"
#include "lab/lab_state.h"
#include "lab/lab_worker.h"
#include "lab/scheme_catalog.h"
#include "pinned_scenarios.h"
#include "scenario_options.h"
#include "scenario_source.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fitscope::cli {

namespace {

constexpr const char* k_chartList = "breakdown, context, layers, matrix, speed or pareto";

// On a terminal the running step's percentage is redrawn in place; in a log (a pipe, a file)
// only the finished steps are written, one line each.
bool stderrIsTerminal() {
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

// The quantization lab run as its page runs it, but here, on this thread, to the end: the settings
// go through the lab's control panel (which clamps them to its controls and orders the schemes as
// its checklist does) and the lab's worker makes the tensor and runs each scheme. Progress goes to
// stderr, one line per finished scheme, so a docs pipeline's log shows what the time went into.
gui::LabChartData runLab(const gui::lab::LabState& settings) {
    gui::lab::LabControlPanel panel; // never shown
    panel.setState(settings);
    gui::lab::LabJob job = panel.state().job();
    job.id = 1;
    job.schemes = panel.checkedSchemes();
    if (job.schemes.empty()) {
        throw UsageError("--chart pareto: the scenario's lab settings check no scheme, so there is nothing to draw");
    }

    gui::LabChartData data;
    QString error;
    const auto started = std::chrono::steady_clock::now();
    const std::size_t count = job.schemes.size();
    const bool terminal = stderrIsTerminal();
    const char* clearLine = terminal ? "\33[2K\r" : "";
    const auto name = [&job](int index) {
        return gui::lab::SchemeCatalog::displayName(job.schemes[static_cast<std::size_t>(index)]).toStdString();
    };
    std::fprintf(stderr, "fitscope-cli export: running the quantization lab (%zu scheme%s)\n", count,
                 count == 1 ? "" : "s");
    gui::lab::LabWorker worker;
    // Direct connections: the worker reports from this thread, and progress also from core's own
    // worker threads, so nothing may wait for an event loop.
    if (terminal) {
        QObject::connect(
            &worker, &gui::lab::LabWorker::schemeProgress, &worker,
            [&](int, int index, double fraction) {
                const std::string step =
                    index < 0 ? std::string("preparing the tensor")
                              : "[" + std::to_string(index + 1) + "/" + std::to_string(count) + "] " + name(index);
                std::fprintf(stderr, "%s  %s  %3.0f %%", clearLine, step.c_str(), 100.0 * fraction);
            },
            Qt::DirectConnection);
    }
    QObject::connect(
        &worker, &gui::lab::LabWorker::sampleReady, &worker,
        [&](std::shared_ptr<const gui::lab::LabSample> sample) {
            std::fprintf(stderr, "%s  tensor: %s\n", clearLine, qPrintable(sample->description));
            data.sample = std::move(sample);
        },
        Qt::DirectConnection);
    QObject::connect(
        &worker, &gui::lab::LabWorker::schemeFinished, &worker,
        [&](int, int index, std::shared_ptr<const gui::lab::LabOutcome> outcome) {
            std::fprintf(stderr, "%s  [%d/%zu] %-22s %6.3f bits per weight, output error %.3g %%, %.0f ms\n", clearLine,
                         index + 1, count, name(index).c_str(), outcome->bits_per_weight,
                         100.0 * outcome->metrics.output_rel_error, outcome->quantize_ms);
            data.outcomes.push_back(std::move(outcome));
        },
        Qt::DirectConnection);
    QObject::connect(
        &worker, &gui::lab::LabWorker::schemeFailed, &worker,
        [&](int, int index, const QString& message) {
            std::fprintf(stderr, "%s  [%d/%zu] %-22s failed: %s\n", clearLine, index + 1, count, name(index).c_str(),
                         qPrintable(message));
        },
        Qt::DirectConnection);
    QObject::connect(
        &worker, &gui::lab::LabWorker::runFinished, &worker,
        [&](int, bool, const QString& message) { error = message; }, Qt::DirectConnection);
    worker.run(job);

    if (!error.isEmpty()) {
        throw UsageError("--chart pareto: the lab's tensor could not be made: " + error.toStdString());
    }
    if (data.outcomes.empty()) {
        throw std::runtime_error("--chart pareto: no scheme of the lab's run finished, so there is nothing to draw");
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::fprintf(stderr, "fitscope-cli export: quantization lab done in %.1f s\n", seconds);
    return data;
}

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
        {QStringLiteral("chart"),
         QStringLiteral("breakdown (memory against capacity), context (memory against context length), layers "
                        "(the KV cache of each layer at the context), matrix (which models fit), speed (decode "
                        "tokens/s against batch) or pareto (the quantization "
                        "lab's output error against bits per weight: the lab runs first, with the lab settings "
                        "of --scenario FILE or the lab's defaults, about a second; the estimate options do not "
                        "change it)."),
         QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("The image to write: .png, .jpg, .svg or .pdf."),
         QStringLiteral("PATH")},
        {QStringLiteral("width"), QStringLiteral("Width in logical pixels (default 1200)."), QStringLiteral("W")},
        {QStringLiteral("height"), QStringLiteral("Height in logical pixels (default 700)."), QStringLiteral("H")},
        {QStringLiteral("scale"), QStringLiteral("PNG/JPG pixels per logical pixel: 1, 2 or 3 (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("title"),
         QStringLiteral("The chart's title (default: what the chart shows, for which model or lab tensor)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("no-caption"),
         QStringLiteral("Leave out the caption line naming the scenario (pareto: the lab's tensor).")},
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
        throw UsageError(std::string("--chart is required: ") + k_chartList);
    }
    const QString chartId = parser.value(QStringLiteral("chart"));
    const auto kind = gui::chartKindFromId(chartId);
    if (!kind) {
        throw UsageError("--chart: unknown chart '" + chartId.toStdString() + "' (" + k_chartList + ")");
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
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (app == nullptr) {
        throw std::runtime_error("internal error: export needs a QApplication");
    }
    gui::theme::apply(*app); // the app's fonts and palette, so the export matches the window

    gui::ChartSources sources;
    std::unique_ptr<gui::ExplorerPage> page;
    if (*kind == gui::ChartKind::Pareto) {
        // The lab needs no model: without --scenario, or with a file that has no lab settings, it
        // runs with its defaults (as on a first start). The file's lab settings are read as the
        // window reads them when it opens the file: a broken one is refused, naming the field.
        gui::lab::LabState labSettings = gui::lab::LabState::fromJson({});
        if (parser.isSet(QStringLiteral("scenario"))) {
            const nlohmann::json lab = scenarioFileFromOptions(parser, catalog).lab;
            if (!lab.empty()) {
                try {
                    labSettings = gui::lab::LabState::fromScenarioJson(
                        lab, parser.value(QStringLiteral("scenario")).toStdString());
                } catch (const report::ScenarioFileError& error) {
                    throw UsageError(error.what());
                }
            }
        }
        sources.lab = runLab(labSettings);
    } else {
        // Several scenarios (--scenario repeated, or a file holding pinned ones): the first is drawn as
        // the live one, the others beside it as the window draws pinned scenarios.
        report::ScenarioFile scenario = scenarioSetFromOptions(parser, catalog);
        if (parser.values(QStringLiteral("scenario")).size() > 1 && !scenario.pinned.empty()) {
            // Repeated --scenario lists every scenario as pinned: the first becomes the live one, so
            // each is drawn once (a file's own pins are drawn beside its scenario, as the window does).
            report::ScenarioFile first = scenario.pinned.front().scenario;
            first.pinned.assign(scenario.pinned.begin() + 1, scenario.pinned.end());
            first.unit = scenario.unit;
            scenario = std::move(first);
        }
        // The explorer page computes the charts' data exactly as the window does; it is never shown.
        page = std::make_unique<gui::ExplorerPage>(catalog);
        page->resize(1440, 900);
        try {
            gui::applyScenario(*page->controls(), scenario);
            if (!scenario.pinned.empty()) {
                const gui::PinnedScenarios pins(page->controls()->catalog());
                page->setPinned(pins.fromFile(scenario.pinned));
            }
        } catch (const report::ScenarioFileError& error) {
            throw UsageError(error.what());
        }
        page->recompute();
        page->flushDeferred();
        const gui::ExplorerState& state = page->controls()->state();
        if (state.context_tokens != scenario.context_tokens) {
            std::fprintf(stderr,
                         "fitscope-cli export: warning: the context is drawn at %lld tokens, the model's limit "
                         "(the scenario asks for %lld)\n",
                         static_cast<long long>(state.context_tokens), static_cast<long long>(scenario.context_tokens));
        }
        sources.explorer = page.get();
    }
    if (!parser.isSet(QStringLiteral("no-caption"))) {
        options.caption = gui::chartCaption(sources, *kind);
    }

    QString error;
    if (!gui::exportChart(sources, *kind, QFileInfo(out).filePath(), *format, options, &error)) {
        throw std::runtime_error(error.toStdString()); // main() prints it on one line, exit 2
    }
    return kExitOk;
}

} // namespace fitscope::cli
