#pragma once

namespace fitscope::gui {

// The whole of `fitscope`: parses the command line, checks for a display, builds the window (or
// renders a screenshot) and runs the event loop. main() only calls this.
int runApplication(int argc, char** argv);

// Makes the library's Qt resources (icons) available; called by runApplication and by tests.
void initResources();

} // namespace fitscope::gui
