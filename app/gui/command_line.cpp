#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fitscope::gui {

CommandLineOptions parseCommandLine(const QStringList& arguments) {
    CommandLineOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "FitScope: does this LLM fit on this GPU, at this precision and "
                                            "context, and why."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen with the saved (or default) scenario, "
                                            "write it as a PNG to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   QCoreApplication::translate("main", "Screenshot width in pixels (default 1440)."),
                                   QStringLiteral("pixels"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    QCoreApplication::translate("main", "Screenshot height in pixels (default 900)."),
                                    QStringLiteral("pixels"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the time from start to the first painted frame."));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QCoreApplication::translate("main", "Read and write settings in <file>."),
                                      QStringLiteral("file"));
    const QCommandLineOption reset(QStringLiteral("reset-settings"),
                                   QCoreApplication::translate("main", "Start with the default settings."));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use the system, light or dark theme (instead of the preference)."),
        QStringLiteral("system|light|dark"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use this language, e.g. de, es, zh_CN or en (instead of the preference)."),
        QStringLiteral("code"));
    parser.addOptions({help, version, screenshot, width, height, measure, settings, reset, theme, language});

    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
    } else if (!parser.positionalArguments().isEmpty()) {
        options.error = QCoreApplication::translate("main", "Unexpected argument: %1")
                            .arg(parser.positionalArguments().constFirst());
    }
    options.show_help = parser.isSet(help);
    options.show_version = parser.isSet(version);
    options.screenshot_path = parser.value(screenshot);
    options.measure_startup = parser.isSet(measure);
    options.settings_path = parser.value(settings);
    options.reset_settings = parser.isSet(reset);
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && options.theme != QLatin1String("system") &&
        options.theme != QLatin1String("light") && options.theme != QLatin1String("dark")) {
        options.error = QCoreApplication::translate("main", "--theme must be system, light or dark.");
    }
    options.language = parser.value(language);
    const auto readSize = [&](const QCommandLineOption& option, int* target) {
        if (!parser.isSet(option)) {
            return;
        }
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 200 || value > 10000) {
            options.error = QCoreApplication::translate("main", "--%1 must be a number of pixels from 200 to 10000.")
                                .arg(option.names().constFirst());
            return;
        }
        *target = value;
    };
    readSize(width, &options.width);
    readSize(height, &options.height);
    // Without a QCoreApplication yet, QCommandLineParser calls the program "<executable_name>".
    // With one, it calls it by its path ("./build/bin/fitscope"): the usage line names it "fitscope".
    options.help_text = parser.helpText();
    const QString program = QCoreApplication::instance() != nullptr && !QCoreApplication::arguments().isEmpty()
                                ? QCoreApplication::arguments().constFirst()
                                : QStringLiteral("<executable_name>");
    const qsizetype at = options.help_text.indexOf(program);
    if (at >= 0 && at < options.help_text.indexOf(QLatin1Char('\n'))) {
        options.help_text.replace(at, program.size(), QStringLiteral("fitscope"));
    }
    return options;
}

} // namespace fitscope::gui
