#pragma once

#include "core/catalog/catalog.h"
#include "core/report/scenario_file.h"
#include "core/sizing/estimate.h"
#include "core/sizing/units.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitscope::report {

// Several scenarios side by side, as the explorer's comparison view, the reports and
// `fitscope-cli report --scenario a --scenario b` show them: which inputs differ, every result of
// each scenario (on its primary GPU), each as a difference from the baseline, and which value is
// the better one. The GUI only draws this; the reports only format it.

// One scenario's results on its primary GPU (the whole deployment when it names no GPU).
struct ScenarioFigures {
    std::string model_name;
    std::string gpu_label; // "1 × NVIDIA A10G (AWS g5)"; empty = no GPU
    // Per GPU (the most loaded one): the four components of the breakdown chart and their total.
    std::int64_t weights_bytes = 0;
    std::int64_t kv_cache_bytes = 0;
    std::int64_t activation_bytes = 0;
    std::int64_t overhead_bytes = 0;
    std::int64_t training_bytes = 0; // fine-tuning only
    std::int64_t per_gpu_bytes = 0;
    std::optional<std::int64_t> capacity_bytes; // usable, per GPU; none without a GPU
    std::optional<std::int64_t> in_use_bytes;   // held by other processes, per GPU; none when nothing is
    std::optional<std::int64_t> headroom_bytes;
    std::optional<sizing::Verdict> verdict;
    // Speed (inference on a GPU or llama.cpp's CPU path); none when not estimated.
    std::optional<double> decode_tokens_per_s;  // all sequences of the batch together
    std::optional<double> prefill_tokens_per_s; // a prompt of the full context
    std::optional<double> time_to_first_token_s;
    // The quantization lab's measured output error (relative) for the weight format (none: not measured).
    // The lab lives in the GUI: the caller fills it in.
    std::optional<double> lab_error;
};

// Estimates file on its primary GPU. Throws ScenarioFileError for ids the catalog lacks.
ScenarioFigures scenarioFigures(const ScenarioFile& file, const catalog::Catalog& catalog);
// The figures of an estimate already made (the explorer's live scenario: no second estimate).
ScenarioFigures figuresOf(const sizing::Scenario& scenario, const sizing::Estimate& estimate);

struct ComparedScenario {
    std::string name; // "Plan A", "Current"
    ScenarioFile file;
    ScenarioFigures figures;
};

// One input: its value in each scenario, as text; differs when any two values are unlike.
struct InputRow {
    std::string id;    // "context", "weights", "gpus", "runtime_options.n_gpu_layers"
    std::string label; // "Context", "Weights"
    std::vector<std::string> values;
    bool differs = false;
};

enum class Better : std::uint8_t { Lower, Higher, Neither };

struct ResultCell {
    std::optional<double> value; // in the row's natural unit (bytes, tokens/s, s, rank, fraction)
    std::string text;            // "13.35 GB", "41.2 tokens/s", "fits", "n/a"
    std::string delta; // against the baseline: "+1.20 GB, +9 %" ("±0": the same); empty for the baseline itself
    bool best = false; // the better value of the row (all of them when tied); none when all equal
};

struct ResultRow {
    std::string id;    // "weights", "kv_cache", "activations", "overhead", "training", "total_per_gpu",
                       // "capacity", "headroom", "verdict", "decode", "prefill", "ttft", "lab_error"
    std::string label; // "Weights per GPU"
    Better better = Better::Neither;
    std::vector<ResultCell> cells;
};

struct Comparison {
    std::vector<std::string> names;
    std::size_t baseline = 0; // the column the differences are taken from
    sizing::MemoryUnit unit = sizing::MemoryUnit::GB;
    std::vector<InputRow> inputs;   // every input, in a fixed order; differs marks those that do
    std::vector<ResultRow> results; // rows no scenario has a value for are left out
};

// Every input of the scenarios, in the order reports list them (model, precision, context, batch,
// runtime and its options, task, GPUs), with differs set where they are unlike.
std::vector<InputRow> compareInputs(const std::vector<const ScenarioFile*>& files, const catalog::Catalog& catalog);

// The inputs that changed from before to after: an undo step's name ("Context 8,192 → 32,768").
std::vector<InputRow> changedInputs(const ScenarioFile& before, const ScenarioFile& after,
                                    const catalog::Catalog& catalog);

// The comparison of scenarios (at least one) against scenarios[baseline], memory in unit.
Comparison compareScenarios(const std::vector<ComparedScenario>& scenarios, std::size_t baseline,
                            sizing::MemoryUnit unit, const catalog::Catalog& catalog);

// The scenarios a file holds for a comparison: its pinned ones in order, then the file's own
// (top-level) scenario unless it equals a pinned one; *baseline is the pinned baseline's index
// (0 when none is marked). Names: the pinned names, "Current" for the file's own.
std::vector<ComparedScenario> comparedScenariosOf(const ScenarioFile& file, const catalog::Catalog& catalog,
                                                  std::size_t* baseline);

} // namespace fitscope::report
