#pragma once

#include <QCoreApplication>

#include <memory>

namespace fitscope::cli {

// The application object for this run. Every subcommand needs only QtCore, except `export`,
// which draws with the GUI's chart widgets and so needs a QApplication; it gets one on the
// offscreen platform, so exports work the same with or without a display. Builds without the GUI
// always return a QCoreApplication.
std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv);

} // namespace fitscope::cli
