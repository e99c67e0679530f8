#pragma once

#include "core/plan/launch_settings.h"
#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <string>
#include <vector>

namespace fitscope::plan {

// What the commands call the model: a GGUF path for llama.cpp, a Hugging Face id (or path) for vLLM,
// a model name for Ollama. FitScope knows the file only when the scenario was read from one; the
// defaults are placeholders the user replaces, named after the model and format.
struct ModelReference {
    std::string gguf_path;
    std::string hf_id;
    std::string ollama_name;
    // The vision projector llama-server loads with --mmproj: set when the scenario's model was read with
    // one (its weights are in the estimate), empty otherwise.
    std::string mmproj_path;
};
ModelReference defaultModelReference(const sizing::Scenario& scenario);

// The engine profile that sizes a launch: Ollama runs llama.cpp, so the llama.cpp profile.
sizing::Runtime sizingRuntimeFor(LaunchRuntime runtime);

// The settings FitScope assumed for the scenario, for one runtime. The estimate must come from the
// scenario with sizingRuntimeFor(runtime) (it supplies llama.cpp's effective n_gpu_layers).
// Settings the runtime cannot express (a KV format it lacks) become warnings.
LaunchSettings settingsForScenario(const sizing::Scenario& scenario, const sizing::Estimate& estimate,
                                   LaunchRuntime runtime, const ModelReference& model);

// The command's words: NAME=value environment words, the program, the flags in a fixed order, then
// the words FitScope does not model, as given. Ollama: the environment and `ollama serve` (its
// per-model settings go into the Modelfile).
std::vector<std::string> commandWords(const LaunchSettings& settings);

// The command as one shell line, every word quoted where sh needs it.
std::string shellCommand(const LaunchSettings& settings);

// Ollama: the Modelfile fragment (FROM, PARAMETER num_ctx, PARAMETER num_gpu).
std::string ollamaModelfile(const LaunchSettings& settings);

// Ollama as one script to paste into a shell: the server started with the environment, the
// Modelfile written, and the model created under `name` (Ollama's per-model settings live there).
std::string ollamaScript(const LaunchSettings& settings, const std::string& name);

// vLLM's --quantization method for a weight format ("" = none: a 16/32-bit checkpoint).
std::string vllmQuantizationFor(sizing::WeightFormat format);

} // namespace fitscope::plan
