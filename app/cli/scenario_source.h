#pragma once

#include "core/catalog/catalog.h"
#include "core/report/scenario_file.h"

#include <QCommandLineParser>

namespace fitscope::cli {

// Commands that produce documents (report, export) take their scenario either from a saved
// .fitscope.json file (--scenario) or from the estimate options (addScenarioOptions). This adds
// --scenario; call addScenarioOptions as well.
void addScenarioFileOption(QCommandLineParser& parser);

// The scenario the options describe. With --scenario FILE, the file is read (a broken file is a
// UsageError naming the field) and any precision, context, batch, runtime, GPU or unit option
// given explicitly overrides the file's value; model options cannot be combined with it.
// Without it, the estimate options are parsed as `estimate` parses them.
report::ScenarioFile scenarioFileFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog);

} // namespace fitscope::cli
