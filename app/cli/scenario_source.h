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

// Every scenario --scenario names, for a comparison: --scenario repeated (each file's own scenario,
// named by its title or file name, and its pinned ones), or one file holding pinned scenarios. The
// result's pinned list holds them all (the first file's baseline marked, else the first), its own
// fields the first of them; overrides given on the command line apply to each. Without several
// scenarios the pinned list is empty and this is scenarioFileFromOptions.
report::ScenarioFile scenarioSetFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog);

} // namespace fitscope::cli
