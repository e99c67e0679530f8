#include "explorer_state.h"

#include "core/sizing/image_tokens.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>
#include <unistd.h>

namespace fitscope::gui {

bool ExplorerState::operator==(const ExplorerState& o) const {
    // PrecisionPlan has no operator== of its own: compare its fields here.
    const auto plan = [](const sizing::PrecisionPlan& p) {
        return std::tie(p.weights, p.embeddings, p.output_head, p.kv_cache);
    };
    return model_source == o.model_source && model_id == o.model_id && config_path == o.config_path &&
           projector_path == o.projector_path && params == o.params && plan(precision) == plan(o.precision) &&
           context_tokens == o.context_tokens && batch == o.batch && images_per_request == o.images_per_request &&
           tokens_per_image == o.tokens_per_image && runtime == o.runtime && overhead_fraction == o.overhead_fraction &&
           gpus == o.gpus && primary_gpu == o.primary_gpu && unit == o.unit && compare_formats == o.compare_formats &&
           engine == o.engine;
}

bool EngineOptions::operator==(const EngineOptions& o) const {
    return runtime == o.runtime && task == o.task && finetune.method == o.finetune.method &&
           finetune.lora_rank == o.finetune.lora_rank && finetune.targets == o.finetune.targets &&
           finetune.gradient_checkpointing == o.finetune.gradient_checkpointing;
}

QString engineOptionsToJson(const EngineOptions& options, sizing::Runtime runtime) {
    nlohmann::json j;
    j["runtime_options"] = report::runtimeOptionsToJson(options.runtime, runtime);
    j["task"] = std::string(sizing::taskId(options.task));
    j["finetune"] = {
        {"method", std::string(sizing::fineTuneMethodId(options.finetune.method))},
        {"lora_rank", options.finetune.lora_rank},
        {"lora_targets", options.finetune.targets == sizing::LoraTargets::Attention ? "attention" : "all-linear"},
        {"gradient_checkpointing", options.finetune.gradient_checkpointing}};
    return QString::fromStdString(j.dump());
}

EngineOptions engineOptionsFromJson(const QString& text) {
    EngineOptions options;
    if (text.isEmpty()) {
        return options;
    }
    try {
        // The scenario file's own reader checks every value: wrap the object as a minimal file.
        nlohmann::json j = nlohmann::json::parse(text.toStdString());
        if (!j.is_object()) {
            return options;
        }
        const EngineOptions d;
        EngineOptions read;
        if (const auto it = j.find("runtime_options"); it != j.end()) {
            read.runtime = report::runtimeOptionsFromJson(*it, "settings");
        }
        if (const auto it = j.find("task"); it != j.end() && it->is_string()) {
            read.task = sizing::taskFromId(it->get<std::string>()).value_or(d.task);
        }
        if (const auto it = j.find("finetune"); it != j.end() && it->is_object()) {
            const nlohmann::json& f = *it;
            if (f.contains("method") && f["method"].is_string()) {
                read.finetune.method =
                    sizing::fineTuneMethodFromId(f["method"].get<std::string>()).value_or(d.finetune.method);
            }
            if (f.contains("lora_rank") && f["lora_rank"].is_number_integer()) {
                read.finetune.lora_rank =
                    std::clamp<std::int64_t>(f["lora_rank"].get<std::int64_t>(), 1, sizing::kMaxLoraRank);
            }
            if (f.contains("lora_targets") && f["lora_targets"].is_string()) {
                read.finetune.targets = f["lora_targets"].get<std::string>() == "attention"
                                            ? sizing::LoraTargets::Attention
                                            : sizing::LoraTargets::AllLinear;
            }
            if (f.contains("gradient_checkpointing") && f["gradient_checkpointing"].is_boolean()) {
                read.finetune.gradient_checkpointing = f["gradient_checkpointing"].get<bool>();
            }
        }
        options = read;
    } catch (const std::exception&) {
        // A damaged value gives the defaults, like every other setting.
    }
    return options;
}

std::int64_t machineRamBytes() {
    static const std::int64_t bytes = [] {
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long page_size = sysconf(_SC_PAGE_SIZE);
        return pages > 0 && page_size > 0 ? static_cast<std::int64_t>(pages) * page_size : std::int64_t{0};
    }();
    return bytes;
}

QString headroomText(std::int64_t headroom_bytes, sizing::MemoryUnit unit) {
    const std::int64_t magnitude = headroom_bytes < 0 ? -headroom_bytes : headroom_bytes;
    const int decimals = sizing::bytesIn(magnitude, unit) < 1.0 ? 2 : 1;
    const QString amount = QString::fromStdString(sizing::formatBytes(magnitude, unit, decimals));
    return headroom_bytes >= 0 ? QCoreApplication::translate("fitscope", "%1 free").arg(amount)
                               : QCoreApplication::translate("fitscope", "%1 short").arg(amount);
}

QString shortGpuName(const sizing::GpuSpec& gpu) {
    QString name = QString::fromStdString(gpu.display_name);
    const QString vendor = QString::fromStdString(gpu.vendor) + QLatin1Char(' ');
    if (!gpu.vendor.empty() && gpu.vendor != "Apple" && name.startsWith(vendor)) {
        name = name.mid(vendor.size());
    }
    if (name.startsWith(QLatin1String("GeForce "))) {
        name = name.mid(8);
    }
    return name;
}

sizing::Scenario makeScenario(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> model,
                              const SelectedGpu* gpu) {
    sizing::Scenario s;
    s.model = std::move(model);
    s.precision = state.precision;
    s.context_tokens = std::clamp<std::int64_t>(state.context_tokens, 1, sizing::kMaxContextTokens);
    s.batch = std::clamp<std::int64_t>(state.batch, 1, sizing::kMaxBatch);
    // Images only reach a model with a vision encoder (a text model's picker hides the control).
    if (s.model && sizing::acceptsImages(s.model->spec)) {
        s.images_per_request = std::clamp<std::int64_t>(state.images_per_request, 0, sizing::kMaxImagesPerRequest);
        s.tokens_per_image = std::clamp<std::int64_t>(state.tokens_per_image, 0, sizing::kMaxImageTokens);
    }
    s.runtime = state.runtime;
    s.overhead_fraction = state.overhead_fraction;
    if (gpu != nullptr) {
        s.gpu = gpu->spec;
        s.gpu_count = std::clamp<std::int64_t>(gpu->count, 1, sizing::kMaxGpuCount);
        s.gpu_in_use_bytes = std::clamp<std::int64_t>(gpu->in_use_bytes, 0, sizing::kMaxGpuInUseBytes);
    }
    s.cpu_ram_bytes = machineRamBytes(); // unless the user gave a figure (applyRuntimeOptions)
    s.task = state.engine.task;
    s.finetune = state.engine.finetune;
    report::applyRuntimeOptions(state.engine.runtime, s);
    return s;
}

} // namespace fitscope::gui
