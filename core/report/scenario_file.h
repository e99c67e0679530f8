#pragma once

#include "core/catalog/catalog.h"
#include "core/sizing/scenario.h"
#include "core/sizing/units.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::report {

// The schema id written into every scenario file. A reader accepts its own version and refuses
// newer ones by name, rather than silently dropping what it does not understand.
inline constexpr std::string_view kScenarioSchema = "fitscope-scenario/1";
inline constexpr std::string_view kScenarioSchemaPrefix = "fitscope-scenario/";
inline constexpr int kScenarioSchemaVersion = 1;
// A file with pinned scenarios is version 2 (an older FitScope refuses it by name rather than
// dropping the pins); one without stays version 1, byte for byte as before. Both are read.
inline constexpr std::string_view kScenarioSchemaPinned = "fitscope-scenario/2";
inline constexpr int kScenarioSchemaPinnedVersion = 2;
// The explorer keeps up to this many pinned scenarios; a file holding more is refused.
inline constexpr std::size_t kMaxPinnedScenarios = 8;
// The conventional file name ending.
inline constexpr std::string_view kScenarioExtension = ".fitscope.json";

// Scenario files are small; anything beyond this is not one (and is not read into memory).
inline constexpr std::uintmax_t kMaxScenarioFileBytes = 16u << 20;

// Where the model of a scenario comes from.
enum class ModelOrigin : std::uint8_t {
    Catalog, // a catalog id: the catalog supplies the architecture
    Params,  // a bare parameter count: the assumed shape (sizing::assumedShapeForParams)
    File,    // a config.json, safetensors or GGUF file: its architecture is embedded
};

struct ModelRef {
    ModelOrigin origin = ModelOrigin::Catalog;
    std::string catalog_id;  // Catalog
    std::int64_t params = 0; // Params
    // File: the path it was read from (informational: the file need not exist when reopening) and
    // the architecture read from it.
    std::string path;
    // A GGUF model's vision projector (llama.cpp --mmproj), read with it: its weights are in spec's encoder.
    std::string projector_path;
    std::optional<sizing::ModelSpec> spec;

    bool operator==(const ModelRef& other) const;
};

// The engine options a scenario file keeps in runtime_options, typed. Keys (all optional; a file
// without them takes the defaults): "parallelism" ("tp" | "pp"), "cpu_ram_bytes" (0 = not given: the
// app passes this machine's RAM), "cpu_bandwidth_gbps", "cuda_graphs", vLLM's
// "gpu_memory_utilization", "max_num_batched_tokens", "block_size", llama.cpp's "n_gpu_layers"
// (-1 = all, or "auto" = the largest count that fits, solved per GPU), "flash_attention", "n_ubatch".
// Unknown keys are kept as they are (runtime_options stays the file's own object).
struct RuntimeOptions {
    sizing::Parallelism parallelism = sizing::Parallelism::Tensor;
    std::int64_t cpu_ram_bytes = 0;
    double cpu_bandwidth_gbps = 0;
    bool cuda_graphs = true;
    sizing::VllmOptions vllm;
    sizing::LlamaCppOptions llamacpp;
    bool auto_gpu_layers = false;

    bool operator==(const RuntimeOptions& other) const;
};

// Reads the known keys of a runtime_options object; throws ScenarioFileError naming
// "runtime_options.<key>" for a wrong type or range.
RuntimeOptions runtimeOptionsFromJson(const nlohmann::json& options, const std::string& origin = "scenario");
// The keys that matter for runtime (its own options and parallelism), plus any other key whose value
// differs from the default, so a file states what it was sized with and stays short.
nlohmann::json runtimeOptionsToJson(const RuntimeOptions& options, sizing::Runtime runtime);
// Copies the options into an engine scenario; "auto" GPU layers are solved when it names a GPU.
void applyRuntimeOptions(const RuntimeOptions& options, sizing::Scenario& scenario);

struct GpuRef {
    std::string id;         // catalog id
    std::int64_t count = 1; // identical GPUs, tensor parallel
    // "in_use_bytes": memory other processes already hold on each of them (Scenario::gpu_in_use_bytes);
    // written only when set.
    std::int64_t in_use_bytes = 0;
    // "memory_limit_bytes": how much of a unified pool the GPU may use, as the user set it
    // (catalog::withMemoryLimit); 0 = the catalog's figure. Written only when set.
    std::int64_t memory_limit_bytes = 0;
    bool operator==(const GpuRef&) const = default;
};

struct PinnedScenario;

// Everything a user set up, as saved in a .fitscope.json file. Unlike sizing::Scenario it can hold
// several GPUs (the explorer compares them) and settings only the GUI uses (opaque JSON objects
// owned by their pages, so this file never needs to know their shape).
struct ScenarioFile {
    std::string title; // optional, shown in reports
    ModelRef model;
    sizing::PrecisionPlan precision;
    std::int64_t context_tokens = 4096;
    std::int64_t batch = 1;
    // Images per request and the tokens each takes (0 = the model's figure); written only when set.
    std::int64_t images_per_request = 0;
    std::int64_t tokens_per_image = 0;
    sizing::Runtime runtime = sizing::Runtime::Simple;
    double overhead_fraction = 0.20;
    // Options of the runtime beyond the overhead (vLLM's memory fraction, llama.cpp's flags...),
    // kept as the runtime's own JSON object.
    nlohmann::json runtime_options = nlohmann::json::object();
    // Inference (the default, not written) or fine-tuning with its options ("task": "finetune",
    // "finetune": {"method", "lora_rank", "lora_targets", "gradient_checkpointing"}).
    sizing::Task task = sizing::Task::Inference;
    sizing::FineTuneOptions finetune;
    std::vector<GpuRef> gpus; // empty = no verdict
    std::string primary_gpu;  // the GPU reports explain in detail; empty = the first
    sizing::MemoryUnit unit = sizing::MemoryUnit::GB;
    // Formats drawn beside the chosen one in the memory-against-context chart.
    std::vector<sizing::WeightFormat> compare_formats;
    nlohmann::json lab = nlohmann::json::object(); // the quantization lab page's settings
    // Scenarios kept for comparison ("pinned"), each a whole scenario with a name; at most one is
    // the baseline. Written as "pinned": [{"name", "baseline", <the scenario's fields>}].
    std::vector<PinnedScenario> pinned;

    bool operator==(const ScenarioFile&) const;
};

struct PinnedScenario {
    std::string name;
    bool baseline = false;
    ScenarioFile scenario; // its own pinned list and lab settings are empty

    bool operator==(const PinnedScenario&) const;
};

// A scenario file could not be read. what() is one line: "<origin>: <field>: <problem>";
// field() is the JSON path of the offending value ("gpus[1].count"), empty when the file as a
// whole is the problem (unreadable, not JSON).
class ScenarioFileError : public std::runtime_error {
public:
    ScenarioFileError(const std::string& origin, std::string field, const std::string& problem);
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

// How a scenario file's error names a JSON value's type ("an integer", "a string", "a list", ...):
// shared by every reader of scenario fields, the lab's too, so their messages read alike.
std::string jsonTypeName(const nlohmann::json& value);

// The scenario as the JSON document saved to disk.
nlohmann::json scenarioFileToJson(const ScenarioFile& scenario);
std::string scenarioFileToText(const ScenarioFile& scenario); // pretty-printed, trailing newline

// Reads and checks a document: the schema, every field's type and range, and that catalog ids
// exist in catalog. Throws ScenarioFileError; origin names the document in messages.
ScenarioFile scenarioFileFromJson(const nlohmann::json& document, const catalog::Catalog& catalog,
                                  const std::string& origin = "scenario");
ScenarioFile parseScenarioFile(std::string_view text, const catalog::Catalog& catalog,
                               const std::string& origin = "scenario");

// File I/O. readScenarioFile returns a new value and never touches the caller's current scenario,
// so a failed open loses nothing: assign the result only when it returns. writeScenarioFile
// replaces path atomically (WriteError on failure).
ScenarioFile readScenarioFile(const std::filesystem::path& path, const catalog::Catalog& catalog);
void writeScenarioFile(const std::filesystem::path& path, const ScenarioFile& scenario);

// Loads path into current only if the whole file is valid; otherwise leaves current exactly as it
// was and returns the error message.
std::optional<std::string> loadScenarioFileInto(const std::filesystem::path& path, const catalog::Catalog& catalog,
                                                ScenarioFile& current);

// The model a scenario names, prepared for the engine. Throws ScenarioFileError (field "model...")
// for unknown catalog ids or an embedded architecture the engine cannot use.
std::shared_ptr<const sizing::PreparedModel> resolveModel(const ModelRef& model, const catalog::Catalog& catalog);

// One engine scenario per GPU of the file (in file order), or one without a GPU when it names none.
// Throws ScenarioFileError for unknown ids.
std::vector<sizing::Scenario> engineScenarios(const ScenarioFile& scenario, const catalog::Catalog& catalog);

// The index into scenario.gpus of the primary GPU (0 when unset or not in the list).
std::size_t primaryGpuIndex(const ScenarioFile& scenario);

// "Llama-2-13B", "7.0 B parameters", "Meta-Llama-3-8B (config.json)".
std::string modelDisplayName(const ModelRef& model, const catalog::Catalog& catalog);

// The task in words ("inference"; "fine-tuning, lora, rank 16 on all linear layers, gradient
// checkpointing"), as the Markdown report and the scenario comparison print it.
std::string scenarioTaskText(const ScenarioFile& file);

} // namespace fitscope::report
