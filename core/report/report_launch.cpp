#include "core/report/report_launch.h"

#include "core/plan/launch_commands.h"

namespace fitscope::report {

std::optional<std::string> reportLaunchCommand(const ReportData& report) {
    if (report.results.empty()) {
        return std::nullopt;
    }
    const GpuResult& primary = report.results.at(report.primary);
    plan::LaunchRuntime runtime;
    switch (primary.scenario.runtime) {
    case sizing::Runtime::LlamaCpp:
        runtime = plan::LaunchRuntime::LlamaCpp;
        break;
    case sizing::Runtime::Vllm:
        runtime = plan::LaunchRuntime::Vllm;
        break;
    default:
        return std::nullopt;
    }
    if (!primary.scenario.model) {
        return std::nullopt;
    }
    plan::ModelReference model = plan::defaultModelReference(primary.scenario);
    const ModelRef& ref = report.file.model;
    if (ref.origin == ModelOrigin::File && ref.path.ends_with(".gguf")) {
        model.gguf_path = ref.path;
    }
    const plan::LaunchSettings settings = plan::settingsForScenario(primary.scenario, primary.estimate, runtime, model);
    return plan::shellCommand(settings);
}

} // namespace fitscope::report
