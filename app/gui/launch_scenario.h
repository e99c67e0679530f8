#pragma once

#include "core/plan/launch_commands.h"
#include "core/plan/launch_settings.h"
#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"
#include "explorer_state.h"

#include <vector>

namespace fitscope::gui {

// What the launch commands call the model on screen: the GGUF file or the Hugging Face repository
// it was read from (a hf:// source names both), else plan's placeholders named after the model.
plan::ModelReference launchModelReference(const ExplorerState& state, const sizing::Scenario& scenario);

// One runtime's launch of the scenario on screen: the scenario as that runtime's profile sizes it,
// its estimate and the settings the command writes.
struct LaunchPlan {
    plan::LaunchRuntime runtime = plan::LaunchRuntime::LlamaCpp;
    sizing::Scenario scenario;
    sizing::Estimate estimate;
    plan::LaunchSettings settings;
};

// llama.cpp, vLLM and Ollama, the scenario's own runtime first (the others keep that order).
std::vector<LaunchPlan> launchPlans(const sizing::Scenario& scenario, const plan::ModelReference& model);

// The explorer state a pasted command describes: `state` with the scenario's context, batch,
// formats, runtime and its options, and the primary GPU's count; the model and the GPU models stay.
// `scenario` is plan::scenarioFromSettings(settings, the primary scenario of `state`).
ExplorerState stateFromLaunchCommand(const ExplorerState& state, const plan::LaunchSettings& settings,
                                     const sizing::Scenario& scenario);

} // namespace fitscope::gui
