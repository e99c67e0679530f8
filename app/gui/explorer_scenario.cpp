#include "explorer_scenario.h"

#include "control_panel.h"
#include "core/formats/model_file_sizing.h"

#include <filesystem>

namespace fitscope::gui {

report::ScenarioFile scenarioFromExplorer(const ExplorerState& state,
                                          const std::shared_ptr<const sizing::PreparedModel>& model,
                                          const nlohmann::json& lab) {
    report::ScenarioFile s;
    switch (state.model_source) {
    case ModelSource::Catalog:
        s.model.origin = report::ModelOrigin::Catalog;
        s.model.catalog_id = state.model_id;
        break;
    case ModelSource::Custom:
        s.model.origin = report::ModelOrigin::Params;
        s.model.params = std::llround(state.params);
        break;
    case ModelSource::ConfigFile:
        s.model.origin = report::ModelOrigin::File;
        s.model.path = state.config_path.toStdString();
        s.model.projector_path = state.projector_path.toStdString();
        if (model) {
            s.model.spec = model->spec;
        }
        break;
    }
    s.precision = state.precision;
    s.context_tokens = state.context_tokens;
    s.batch = state.batch;
    s.images_per_request = state.images_per_request;
    s.tokens_per_image = state.tokens_per_image;
    s.runtime = state.runtime;
    s.overhead_fraction = state.overhead_fraction;
    s.runtime_options = report::runtimeOptionsToJson(state.engine.runtime, state.runtime);
    s.task = state.engine.task;
    s.finetune = state.engine.finetune;
    for (const GpuChoice& gpu : state.gpus) {
        s.gpus.push_back({gpu.id, gpu.count, gpu.in_use_bytes, gpu.memory_limit_bytes});
    }
    s.primary_gpu = state.primary_gpu;
    s.unit = state.unit;
    s.compare_formats = state.compare_formats;
    s.lab = lab.is_object() ? lab : nlohmann::json::object();
    return s;
}

ExplorerState explorerFromScenario(const report::ScenarioFile& s, const catalog::Catalog& catalog,
                                   std::shared_ptr<const sizing::PreparedModel>* model) {
    ExplorerState state;
    switch (s.model.origin) {
    case report::ModelOrigin::Catalog:
        state.model_source = ModelSource::Catalog;
        state.model_id = s.model.catalog_id;
        break;
    case report::ModelOrigin::Params:
        state.model_source = ModelSource::Custom;
        state.params = static_cast<double>(s.model.params);
        break;
    case report::ModelOrigin::File:
        state.model_source = ModelSource::ConfigFile;
        state.config_path = QString::fromStdString(s.model.path);
        state.projector_path = QString::fromStdString(s.model.projector_path);
        break;
    }
    if (model != nullptr) {
        *model = s.model.origin == report::ModelOrigin::File ? report::resolveModel(s.model, catalog) : nullptr;
    }
    state.precision = s.precision;
    state.context_tokens = s.context_tokens;
    state.batch = s.batch;
    state.images_per_request = s.images_per_request;
    state.tokens_per_image = s.tokens_per_image;
    state.runtime = s.runtime;
    state.overhead_fraction = s.overhead_fraction;
    // Checked when the file was read (a scenario built in code is checked here, and may throw).
    state.engine.runtime = report::runtimeOptionsFromJson(
        s.runtime_options.is_object() ? s.runtime_options : nlohmann::json::object(), "scenario");
    state.engine.task = s.task;
    state.engine.finetune = s.finetune;
    state.gpus.clear();
    for (const report::GpuRef& gpu : s.gpus) {
        state.gpus.push_back({gpu.id, gpu.count, gpu.in_use_bytes, gpu.memory_limit_bytes});
    }
    state.primary_gpu = s.primary_gpu.empty() && !s.gpus.empty() ? s.gpus.front().id : s.primary_gpu;
    state.unit = s.unit;
    // A scenario made on the command line names no comparison formats: the chart then shows the
    // explorer's usual ones rather than a lone line.
    if (!s.compare_formats.empty()) {
        state.compare_formats = s.compare_formats;
    }
    return state;
}

void applyScenario(ControlPanel& controls, const report::ScenarioFile& scenario) {
    std::shared_ptr<const sizing::PreparedModel> model;
    const ExplorerState state = explorerFromScenario(scenario, controls.catalog(), &model);
    // A safetensors or GGUF model still on disk is read again for its exact bytes; otherwise (or
    // when it no longer describes the saved architecture) the embedded architecture sizes it.
    std::shared_ptr<const formats::ModelFileInfo> info;
    const std::string& path = scenario.model.path;
    std::error_code ec;
    if (scenario.model.origin == report::ModelOrigin::File && !path.empty() &&
        std::filesystem::path(path).extension() != ".json" && std::filesystem::exists(path, ec)) {
        try {
            auto read = std::make_shared<formats::ModelFileInfo>(formats::inspectModelPath(path));
            if (!scenario.model.projector_path.empty()) {
                formats::addGgufProjector(*read, scenario.model.projector_path);
            }
            auto exact = formats::prepareModelFromFile(*read);
            if (model && exact->counts.total() == model->counts.total()) {
                model = std::move(exact);
                info = std::move(read);
            }
        } catch (const std::exception&) {
            // The embedded architecture stands in for an unreadable file.
        }
    }
    controls.setStateWithModel(state, model, info);
}

} // namespace fitscope::gui
