#pragma once

#include <QStringList>

namespace fitscope::cli {

// One function per subcommand. Each receives the arguments after the subcommand name and returns
// the process exit code: 0 success, 1 a negative answer where a command defines one, 2 bad input.
using CommandFunction = int (*)(const QStringList& args);

struct Command {
    const char* name;
    const char* summary;
    CommandFunction run;
};

// The table of subcommands, defined in main.cpp.
const Command* commands(int* count);

} // namespace fitscope::cli
