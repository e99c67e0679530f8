#pragma once

#include "core/catalog/catalog.h"
#include "core/sizing/scenario.h"
#include "core/sizing/units.h"

#include <QCommandLineParser>

#include <string>

namespace fitscope::cli {

// The options every sizing subcommand shares (estimate, fit, report, export): model source,
// precision, context, batch, runtime, GPU. Parsing them lives here once.
void addScenarioOptions(QCommandLineParser& parser);

struct ScenarioRequest {
    sizing::Scenario scenario;
    sizing::MemoryUnit unit = sizing::MemoryUnit::GB;
    std::string model_label;     // what the user named: catalog id, local model name, path or parameter count
    std::string model_file_path; // the GGUF or safetensors the model was read from (--gguf, --safetensors, or a
                                 // local model's --model); empty for the catalog, --config and --params
    bool json = false;
};

// Builds the scenario from parsed options; throws UsageError naming the bad option.
// require_gpu: the subcommand cannot answer without --gpu.
ScenarioRequest scenarioFromOptions(const QCommandLineParser& parser, const catalog::Catalog& catalog,
                                    bool require_gpu);

// The runtime and task options alone (parallelism, CPU RAM and bandwidth, CUDA graphs, vLLM's and
// llama.cpp's options, task and fine-tuning), checked as scenarioFromOptions checks them, in an
// otherwise default scenario. Without --cpu-ram, cpu_ram_bytes is this machine's RAM.
sizing::Scenario runtimeOptionsFromParser(const QCommandLineParser& parser);

// --gpu-in-use: a number of GB (10^9, 0 allowed) as bytes; throws UsageError naming the option.
std::int64_t gpuInUseBytes(const QString& gigabytes);

// The built-in catalog merged with the user's catalog file (warnings go to stderr).
const catalog::Catalog& activeCatalog();

// ~/.config/fitscope/catalog.json (XDG): the user catalog shared with the GUI.
std::string userCatalogPath();

} // namespace fitscope::cli
