#pragma once

#include "core/report/scenario_file.h"
#include "core/sizing/prepared_model.h"
#include "explorer_state.h"

#include <memory>

namespace fitscope::gui {

class ControlPanel;

// The explorer's controls as a scenario file (.fitscope.json) and back. model is the control
// panel's resolved model: a config.json model is saved with its architecture embedded.
report::ScenarioFile scenarioFromExplorer(const ExplorerState& state,
                                          const std::shared_ptr<const sizing::PreparedModel>& model,
                                          const nlohmann::json& lab = nlohmann::json::object());

// The explorer state a scenario file describes (the GUI-only values not in the file keep their
// defaults). A file-based model's architecture comes with it in *model.
ExplorerState explorerFromScenario(const report::ScenarioFile& scenario, const catalog::Catalog& catalog,
                                   std::shared_ptr<const sizing::PreparedModel>* model);

// Shows scenario in the control panel (which then recomputes everything). Throws
// report::ScenarioFileError when the file's model cannot be prepared; the panel is untouched then.
void applyScenario(ControlPanel& controls, const report::ScenarioFile& scenario);

} // namespace fitscope::gui
