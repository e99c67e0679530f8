#include "launch_scenario.h"

#include "core/sizing/estimator.h"
#include "hub_model_source.h"

#include <QFileInfo>

#include <algorithm>

namespace fitscope::gui {

plan::ModelReference launchModelReference(const ExplorerState& state, const sizing::Scenario& scenario) {
    plan::ModelReference ref = plan::defaultModelReference(scenario);
    if (state.model_source != ModelSource::ConfigFile || state.config_path.isEmpty()) {
        return ref;
    }
    if (isHubModelSource(state.config_path)) {
        // hf://ORG/NAME@COMMIT[#FILE]: vllm serve takes the repository; llama.cpp and Ollama the GGUF.
        const QString rest = state.config_path.mid(5);
        const QString repo = rest.left(rest.indexOf(QLatin1Char('@')));
        const qsizetype hash = rest.indexOf(QLatin1Char('#'));
        ref.hf_id = repo.toStdString();
        if (hash >= 0) {
            ref.gguf_path = rest.mid(hash + 1).toStdString();
            ref.ollama_name = "./" + QFileInfo(rest.mid(hash + 1)).fileName().toStdString();
        }
        return ref;
    }
    const QFileInfo file(state.config_path);
    if (file.suffix().compare(QLatin1String("gguf"), Qt::CaseInsensitive) == 0) {
        ref.gguf_path = ref.ollama_name = file.filePath().toStdString();
        ref.mmproj_path = state.projector_path.toStdString();
    } else {
        // config.json or a safetensors file: vLLM loads the folder that holds them.
        ref.hf_id = (file.isDir() ? file.filePath() : file.path()).toStdString();
    }
    return ref;
}

std::vector<LaunchPlan> launchPlans(const sizing::Scenario& scenario, const plan::ModelReference& model) {
    std::vector<plan::LaunchRuntime> order{plan::LaunchRuntime::LlamaCpp, plan::LaunchRuntime::Vllm,
                                           plan::LaunchRuntime::Ollama};
    if (scenario.runtime == sizing::Runtime::Vllm) {
        std::rotate(order.begin(), order.begin() + 1, order.begin() + 2);
    }
    std::vector<LaunchPlan> plans;
    plans.reserve(order.size());
    for (plan::LaunchRuntime runtime : order) {
        LaunchPlan p;
        p.runtime = runtime;
        p.scenario = scenario;
        p.scenario.runtime = plan::sizingRuntimeFor(runtime);
        p.estimate = sizing::estimate(p.scenario);
        p.settings = plan::settingsForScenario(p.scenario, p.estimate, runtime, model);
        plans.push_back(std::move(p));
    }
    return plans;
}

ExplorerState stateFromLaunchCommand(const ExplorerState& state, const plan::LaunchSettings& settings,
                                     const sizing::Scenario& scenario) {
    ExplorerState out = state;
    out.context_tokens = scenario.context_tokens;
    out.batch = scenario.batch;
    out.precision = scenario.precision;
    out.runtime = scenario.runtime;
    report::RuntimeOptions& options = out.engine.runtime;
    options.parallelism = scenario.parallelism;
    options.cuda_graphs = scenario.cuda_graphs;
    options.vllm = scenario.vllm;
    const sizing::LlamaCppOptions before = options.llamacpp;
    options.llamacpp = scenario.llamacpp;
    if (settings.gpu_layers) {
        options.auto_gpu_layers = false; // the command names its layers
    } else {
        // The scenario holds the layers "auto" solved for this GPU; the state keeps asking for auto.
        options.llamacpp.n_gpu_layers = before.n_gpu_layers;
    }
    for (GpuChoice& gpu : out.gpus) {
        if (gpu.id == out.primary_gpu) {
            gpu.count = scenario.gpu_count;
        }
    }
    return out;
}

} // namespace fitscope::gui
