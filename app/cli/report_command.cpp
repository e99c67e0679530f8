// fitscope-cli report: a scenario's sizing as a document (Markdown, CSV, JSON) or a scenario file.
#include "cli_common.h"
#include "core/report/atomic_write.h"
#include "core/report/report_comparison.h"
#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "scenario_options.h"
#include "scenario_source.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace fitscope::cli {

namespace {

// The format from --format, else from the output file's ending.
QString reportFormat(const QCommandLineParser& parser, const QString& out) {
    if (parser.isSet(QStringLiteral("format"))) {
        return parser.value(QStringLiteral("format")).toLower();
    }
    if (out == QLatin1String("-")) {
        return QStringLiteral("md"); // a terminal reads Markdown best
    }
    const QString name = out.toLower();
    if (name.endsWith(QLatin1String(".fitscope.json"))) {
        return QStringLiteral("scenario");
    }
    for (const char* ending : {"md", "csv", "json"}) {
        if (name.endsWith(QLatin1Char('.') + QLatin1String(ending))) {
            return QLatin1String(ending);
        }
    }
    throw UsageError("--format is required (md, csv, json or scenario) when --out has no such ending");
}

} // namespace

int runReport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A scenario's sizing as a document: Markdown (tables, the derivation, sources), CSV (one row per component "
        "per GPU), JSON (scenario and results), or the scenario itself as a .fitscope.json file."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("format"),
         QStringLiteral("md, csv, json or scenario (default: from --out's ending; md for -)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QStringLiteral("The file to write; - for standard output."), QStringLiteral("PATH")},
        {QStringLiteral("image"),
         QStringLiteral("Markdown: link this chart image (a path relative to the report, e.g. one made by "
                        "fitscope-cli export)."),
         QStringLiteral("PATH")},
        {QStringLiteral("title"), QStringLiteral("The report's title (default: model on GPU)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("all-inputs"),
         QStringLiteral("A comparison (several scenarios): list every input, not only those that differ.")},
    });
    addScenarioFileOption(parser);
    addScenarioOptions(parser);
    parseOrThrow(parser, QStringLiteral("report"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        throw UsageError("--out PATH is required (- for standard output)");
    }
    const QString out = parser.value(QStringLiteral("out"));
    const QString format = reportFormat(parser, out);
    if (format != QLatin1String("md") && format != QLatin1String("csv") && format != QLatin1String("json") &&
        format != QLatin1String("scenario")) {
        throw UsageError("--format: '" + format.toStdString() + "' is not one of md, csv, json, scenario");
    }

    const catalog::Catalog& catalog = activeCatalog();
    report::ScenarioFile scenario = scenarioSetFromOptions(parser, catalog);
    if (parser.isSet(QStringLiteral("title"))) {
        scenario.title = parser.value(QStringLiteral("title")).toStdString();
    }

    std::string text;
    if (!scenario.pinned.empty() && format != QLatin1String("scenario")) {
        // Several scenarios: the report is their comparison.
        std::size_t baseline = 0;
        const std::vector<report::ComparedScenario> scenarios =
            report::comparedScenariosOf(scenario, catalog, &baseline);
        const report::Comparison comparison = report::compareScenarios(scenarios, baseline, scenario.unit, catalog);
        report::ComparisonReportOptions options;
        options.all_inputs = parser.isSet(QStringLiteral("all-inputs"));
        options.title = parser.value(QStringLiteral("title")).toStdString();
        options.generated_on = report::todayIso();
        options.generator = report::generatorName();
        options.chart_image = parser.value(QStringLiteral("image")).toStdString();
        if (format == QLatin1String("md")) {
            text = report::comparisonMarkdown(comparison, options);
        } else if (format == QLatin1String("csv")) {
            text = report::comparisonCsv(comparison, options);
        } else {
            text = report::comparisonJson(comparison, scenarios, options).dump(2) + "\n";
        }
    } else if (format == QLatin1String("scenario")) {
        text = report::scenarioFileToText(scenario);
    } else {
        const report::ReportData data = report::buildReport(scenario, catalog);
        if (format == QLatin1String("md")) {
            report::MarkdownOptions options;
            options.chart_image = parser.value(QStringLiteral("image")).toStdString();
            text = report::markdownReport(data, options);
        } else if (format == QLatin1String("csv")) {
            text = report::csvReport(data);
        } else {
            text = report::jsonReport(data).dump(2) + "\n";
        }
    }

    if (out == QLatin1String("-")) {
        printOut(text);
        return kExitOk;
    }
    // WriteError reaches main(), which prints it on one line and exits with 2.
    report::writeFileAtomically(QFileInfo(out).filePath().toStdString(), text);
    return kExitOk;
}

} // namespace fitscope::cli
