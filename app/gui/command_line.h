#pragma once

#include <QString>
#include <QStringList>

namespace fitscope::gui {

// What `fitscope` was asked to do, parsed in one place (parseCommandLine).
struct CommandLineOptions {
    QString screenshot_path; // --screenshot FILE: render offscreen, write a PNG, exit
    int width = 1440;
    int height = 900;
    bool measure_startup = false; // --measure-startup: print the time to the first painted frame
    QString settings_path;        // --settings FILE: an INI file instead of the per-user one
    bool reset_settings = false;  // --reset-settings: start from the defaults
    QString theme;                // --theme system|light|dark: overrides the preference
    QString language;             // --language de: overrides the preference
    bool show_help = false;
    bool show_version = false;
    QString help_text;
    QString error; // set when the command line is wrong (printed with the help)
};

// Parses arguments (argv[0] first). Needs no QCoreApplication, so it can run before one exists
// (the platform plug-in must be chosen before the application object is made).
CommandLineOptions parseCommandLine(const QStringList& arguments);

} // namespace fitscope::gui
