#include "cli_application.h"

#include <QApplication>

#include <cstring>

namespace fitscope::cli {

namespace {

QtMessageHandler g_previousHandler = nullptr;

// On a server without a session, QStandardPaths warns that XDG_RUNTIME_DIR is unset each time the
// platform starts; the export does not use that folder, and the warning would break the promise of
// one line on stderr per problem. Everything else goes to Qt's handler as usual.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))) {
        return;
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        // An export never shows a window: the offscreen platform needs no display and gives the
        // same fonts and metrics whether or not one is present. QT_QPA_PLATFORM, when set, wins.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        g_previousHandler = qInstallMessageHandler(quietHandler);
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace fitscope::cli
