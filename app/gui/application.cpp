#include "application.h"

#include "breakdown_chart.h"
#include "command_line.h"
#include "context_chart.h"
#include "core/catalog/catalog.h"
#include "explorer_page.h"
#include "fitscope_version.h"
#include "main_window.h"
#include "settings.h"
#include "theme.h"
#include "translator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFitscopeResources() {
    Q_INIT_RESOURCE(fitscope);
}

namespace fitscope::gui {

namespace {

// Records the time to the first frame in which both charts were painted.
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(const QElapsedTimer& clock, QList<QWidget*> widgets, QObject* parent)
        : QObject(parent)
        , m_clock(clock)
        , m_pending(std::move(widgets)) {
        for (QWidget* w : m_pending) {
            w->installEventFilter(this);
        }
    }
    qint64 elapsedNs() const { return m_elapsedNs; }
    bool done() const { return m_pending.isEmpty(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_pending.removeOne(static_cast<QWidget*>(watched))) {
            watched->removeEventFilter(this);
            if (m_pending.isEmpty()) {
                m_elapsedNs = m_clock.nsecsElapsed();
            }
        }
        return false;
    }

private:
    const QElapsedTimer& m_clock;
    QList<QWidget*> m_pending;
    qint64 m_elapsedNs = -1;
};

// The offscreen plug-in warns about window features it does not have; in screenshot mode that is
// expected and only noise.
QtMessageHandler g_previousHandler = nullptr;
void quietOffscreenHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains(QLatin1String("propagateSizeHints"))) {
        return;
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

bool hasDisplay() {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#endif
}

void print(std::FILE* out, const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), out);
    std::fflush(out);
}

catalog::Catalog loadCatalog(const QString& path, QStringList* warnings) {
    if (!QFileInfo::exists(path)) {
        return catalog::Catalog::builtIn();
    }
    std::vector<std::string> problems;
    catalog::Catalog merged = catalog::Catalog::builtIn().withUserFile(path.toStdString(), &problems);
    for (const std::string& p : problems) {
        *warnings << QString::fromStdString(p);
    }
    return merged;
}

// One main window: built, then either photographed (--screenshot) or run until it closes. Returns
// the exit code, or relaunchCode when the window closed itself to be built again.
int runWindow(const CommandLineOptions& options, Settings* settings, const QElapsedTimer& clock, int relaunchCode) {
    QStringList warnings;
    const QString catalogPath =
        settings != nullptr
            ? settings->catalogPath()
            : QDir(QFileInfo(Settings::defaultPath()).absolutePath()).filePath(QStringLiteral("catalog.json"));
    const catalog::Catalog catalog = loadCatalog(catalogPath, &warnings);

    MainWindow window(catalog, settings, warnings);
    FirstPaintProbe probe(clock, {window.explorer()->breakdownChart(), window.explorer()->contextChart()}, &window);

    if (!options.screenshot_path.isEmpty()) {
        window.resize(options.width, options.height);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        window.explorer()->flushDeferred();
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::processEvents();
        }
        // Draw the charts synchronously, at the final size, before grabbing.
        window.explorer()->breakdownChart()->replot(QCustomPlot::rpImmediateRefresh);
        window.explorer()->contextChart()->replot(QCustomPlot::rpImmediateRefresh);
        const QPixmap pixmap = window.grab();
        if (options.measure_startup && probe.done()) {
            print(stdout, QStringLiteral("startup: %1 ms to the first painted frame\n")
                              .arg(static_cast<double>(probe.elapsedNs()) / 1e6, 0, 'f', 1));
        }
        if (!pixmap.save(options.screenshot_path, "PNG")) {
            print(stderr, QStringLiteral("fitscope: could not write %1\n").arg(options.screenshot_path));
            return 1;
        }
        print(stdout, QStringLiteral("Wrote %1 (%2 × %3)\n")
                          .arg(options.screenshot_path)
                          .arg(pixmap.width())
                          .arg(pixmap.height()));
        return 0;
    }

    bool relaunch = false;
    QObject::connect(&window, &MainWindow::relaunchRequested, &window, [&relaunch, relaunchCode] {
        relaunch = true;
        QCoreApplication::exit(relaunchCode);
    });
    window.show();
    if (options.measure_startup) {
        // Report once the first frame with both charts has been painted, then quit: it is a
        // benchmark, run from scripts (README), so it must not wait for someone to close the window.
        auto* poll = new QTimer(&window);
        poll->setInterval(1);
        QObject::connect(poll, &QTimer::timeout, &window, [&probe, poll] {
            if (probe.done()) {
                poll->stop();
                print(stdout, QStringLiteral("startup: %1 ms to the first painted frame\n")
                                  .arg(static_cast<double>(probe.elapsedNs()) / 1e6, 0, 'f', 1));
                QCoreApplication::quit();
            }
        });
        poll->start();
    }
    const int code = QApplication::exec();
    return relaunch ? relaunchCode : code;
}

} // namespace

void initResources() {
    initFitscopeResources();
}

int runApplication(int argc, char** argv) {
    QElapsedTimer clock;
    clock.start();

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const CommandLineOptions options = parseCommandLine(arguments);
    if (options.show_help || options.show_version || !options.error.isEmpty()) {
        if (!options.error.isEmpty()) {
            print(stderr, QStringLiteral("fitscope: %1\n\n%2").arg(options.error, options.help_text));
            return 2;
        }
        print(stdout, options.show_version ? QStringLiteral("fitscope %1\n").arg(QStringLiteral(FITSCOPE_VERSION))
                                           : options.help_text);
        return 0;
    }

    const bool screenshot = !options.screenshot_path.isEmpty();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        if (screenshot) {
            // A screenshot never needs a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_previousHandler = qInstallMessageHandler(quietOffscreenHandler);
        } else if (!hasDisplay()) {
            // Without this, Qt aborts with a message about the xcb plug-in that helps nobody.
            print(stderr, QStringLiteral("fitscope: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                                         "  For the same answers in a terminal, use the command-line tool:\n"
                                         "      fitscope-cli estimate --model llama-2-13b --gpu a10g\n"
                                         "  To run the window on a virtual display:\n"
                                         "      xvfb-run -a fitscope\n"
                                         "  To save a picture of the window without any display:\n"
                                         "      fitscope --screenshot fitscope.png\n"));
            return 1;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fitscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("FitScope"));
    QApplication::setApplicationVersion(QStringLiteral(FITSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(FITSCOPE_APP_ID));
    initResources();

    // A screenshot shows the default scenario (or the one in --settings), never the user's own.
    std::unique_ptr<Settings> settings;
    if (!screenshot || !options.settings_path.isEmpty()) {
        settings = std::make_unique<Settings>(options.settings_path);
        if (options.reset_settings) {
            settings->reset();
        }
    }
    const auto preference = [&settings](Settings::Key key, const QString& override) {
        if (!override.isEmpty()) {
            return override;
        }
        return settings ? settings->value(key).toString() : Settings::defaultValue(key).toString();
    };
    theme::apply(app, theme::themeModeFromId(preference(Settings::Key::Theme, options.theme)));
    Translator translator;

    // The window is built again when the language or the catalog changes (MainWindow::relaunchRequested).
    constexpr int kRelaunch = 0x4653; // an exit code no error uses
    int result = kRelaunch;
    while (result == kRelaunch) {
        translator.install(preference(Settings::Key::Language, options.language));
        result = runWindow(options, settings.get(), clock, kRelaunch);
    }
    return result;
}

} // namespace fitscope::gui
