#pragma once

#include "core/report/scenario_file.h"
#include "core/sizing/gpu_spec.h"
#include "core/sizing/scenario.h"
#include "core/sizing/units.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fitscope::gui {

enum class ModelSource { Catalog, Custom, ConfigFile };

struct GpuChoice {
    std::string id;         // catalog id ("a10g")
    std::int64_t count = 1; // identical GPUs, tensor parallel
    // Memory other processes already hold on each of them (sizing::Scenario::gpu_in_use_bytes): the
    // user's figure, or the driver's for a GPU of this machine when it is first checked.
    std::int64_t in_use_bytes = 0;
    // How much of a unified pool the GPU may use, set in its details (catalog::withMemoryLimit); 0 = the
    // catalog's figure.
    std::int64_t memory_limit_bytes = 0;
    bool operator==(const GpuChoice&) const = default;
};

// The options beyond precision, context and batch: the runtime's own options (vLLM, llama.cpp,
// parallelism, CPU RAM: the scenario file's runtime_options, typed) and the task.
struct EngineOptions {
    report::RuntimeOptions runtime;
    sizing::Task task = sizing::Task::Inference;
    sizing::FineTuneOptions finetune;

    bool operator==(const EngineOptions& other) const;
};

// EngineOptions as one JSON text (the settings keep it under one key): the scenario file's
// runtime_options object, "task" and "finetune". Anything unreadable gives the defaults.
QString engineOptionsToJson(const EngineOptions& options, sizing::Runtime runtime);
EngineOptions engineOptionsFromJson(const QString& text);

// What the explorer's controls say, as plain values: saved in the settings, restored at start-up,
// turned into a sizing::Scenario per selected GPU. The model itself (a PreparedModel) is resolved
// from model_source by the control panel.
struct ExplorerState {
    ModelSource model_source = ModelSource::Catalog;
    std::string model_id = "llama-2-13b"; // for Catalog
    QString config_path;                  // for ConfigFile
    QString projector_path;               // a GGUF model's vision projector (mmproj), read with it
    double params = 13.0e9;               // the parameters slider (Custom: the assumed shape's total)
    sizing::PrecisionPlan precision = defaultPrecision();
    std::int64_t context_tokens = 4096;
    std::int64_t batch = 1;
    // Images per request and the tokens each takes (0 = the model's figure); only multimodal models use them.
    std::int64_t images_per_request = 0;
    std::int64_t tokens_per_image = 0;
    sizing::Runtime runtime = sizing::Runtime::Transformers;
    double overhead_fraction = 0.20;
    std::vector<GpuChoice> gpus{{"a10g", 1}};
    std::string primary_gpu = "a10g"; // the GPU the summary and the derivation speak about
    sizing::MemoryUnit unit = sizing::MemoryUnit::GB;
    // The formats drawn in the memory-against-context chart besides the chosen one.
    std::vector<sizing::WeightFormat> compare_formats{sizing::WeightFormat::FP16, sizing::WeightFormat::INT8,
                                                      sizing::WeightFormat::INT4_G128};
    EngineOptions engine;

    bool operator==(const ExplorerState& other) const;

    static sizing::PrecisionPlan defaultPrecision() {
        sizing::PrecisionPlan plan;
        plan.weights = sizing::WeightFormat::INT4_G128;
        plan.kv_cache = sizing::KvFormat::FP16;
        return plan;
    }
};

inline constexpr double kMinParams = 0.1e9;
inline constexpr double kMaxParams = 2.0e12;
inline constexpr std::int64_t kMinContext = 256;
inline constexpr std::int64_t kCustomMaxContext = 1 << 20; // 1 M tokens for models without a limit

// One resolved GPU of the selection.
struct SelectedGpu {
    std::shared_ptr<const sizing::GpuSpec> spec;
    std::int64_t count = 1;
    std::int64_t in_use_bytes = 0; // per GPU, other processes (GpuChoice::in_use_bytes)
};

// "NVIDIA GeForce RTX 4090" -> "RTX 4090": short enough for a chart axis or a narrow column.
QString shortGpuName(const sizing::GpuSpec& gpu);

// "11.2 GB free" / "0.04 GB short": two decimals below 1, so a near miss never reads "0.0 GB short".
QString headroomText(std::int64_t headroom_bytes, sizing::MemoryUnit unit);

// This machine's RAM (sysconf), 0 when unknown: the default CPU RAM for llama.cpp's CPU layers.
std::int64_t machineRamBytes();

// The scenario for one GPU of the selection (gpu may be null: no verdict).
sizing::Scenario makeScenario(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> model,
                              const SelectedGpu* gpu);

} // namespace fitscope::gui
