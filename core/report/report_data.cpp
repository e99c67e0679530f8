#include "core/report/report_data.h"

#include "core/sizing/estimator.h"

#include <ctime>

namespace fitscope::report {

#ifndef FITSCOPE_REPORT_VERSION
#define FITSCOPE_REPORT_VERSION "unknown"
#endif

std::string todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

std::string generatorName() {
    return std::string("FitScope ") + FITSCOPE_REPORT_VERSION;
}

ReportData buildReport(const ScenarioFile& file, const catalog::Catalog& catalog, std::string generated_on) {
    ReportData report;
    report.file = file;
    report.model_name = modelDisplayName(file.model, catalog);
    for (sizing::Scenario& scenario : engineScenarios(file, catalog)) {
        GpuResult result;
        result.estimate = sizing::estimate(scenario, sizing::Detail::WithDerivation);
        result.scenario = std::move(scenario);
        report.results.push_back(std::move(result));
    }
    const sizing::ModelSpec& spec = report.results.front().scenario.model->spec;
    report.model_source = spec.source;
    report.primary = file.gpus.empty() ? 0 : primaryGpuIndex(file);
    report.generated_on = generated_on.empty() ? todayIso() : std::move(generated_on);
    report.generator = generatorName();
    return report;
}

std::string gpuLabel(const GpuResult& result) {
    if (!result.scenario.gpu) {
        return "no GPU";
    }
    return std::to_string(result.scenario.gpu_count) + " × " + result.scenario.gpu->display_name;
}

std::string scenarioCaption(const ReportData& report) {
    const ScenarioFile& f = report.file;
    std::string gpus;
    for (const GpuResult& result : report.results) {
        if (result.scenario.gpu) {
            gpus += (gpus.empty() ? "" : ", ") + gpuLabel(result);
        }
    }
    std::string caption = report.model_name + " · " +
                          std::string(sizing::formatInfo(f.precision.weights).display_name) + ", KV " +
                          std::string(sizing::kvFormatInfo(f.precision.kv_cache).display_name) + " · " +
                          sizing::formatCount(static_cast<double>(f.context_tokens)) + " tokens × " +
                          std::to_string(f.batch) + " · " + std::string(sizing::runtimeInfo(f.runtime).id);
    if (!gpus.empty()) {
        caption += " · " + gpus;
    }
    caption += " · " + report.generated_on + " · " + report.generator;
    return caption;
}

} // namespace fitscope::report
