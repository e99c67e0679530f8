#include "core/report/report_json.h"

#include "core/report/report_launch.h"
#include "core/sizing/estimate_json.h"

namespace fitscope::report {

nlohmann::json jsonReport(const ReportData& report) {
    nlohmann::json j;
    j["schema"] = std::string(kReportSchema);
    j["generator"] = report.generator;
    j["generated_on"] = report.generated_on;
    j["scenario"] = scenarioFileToJson(report.file);
    j["model"] = report.model_name;
    j["model_source"] = report.model_source;
    j["primary_index"] = report.primary;
    if (const auto command = reportLaunchCommand(report)) {
        j["launch_command"] = *command; // llama.cpp and vLLM profiles only (report_launch.h)
    }
    nlohmann::json results = nlohmann::json::array();
    for (const GpuResult& r : report.results) {
        results.push_back(sizing::estimateToJson(r.scenario, r.estimate, report.file.unit));
    }
    j["results"] = std::move(results);
    return j;
}

ScenarioFile scenarioFromJsonReport(const nlohmann::json& report, const catalog::Catalog& catalog,
                                    const std::string& origin) {
    if (!report.is_object() || !report.contains("schema") || report.at("schema") != kReportSchema) {
        throw ScenarioFileError(origin, "schema",
                                "not a FitScope report (expected \"" + std::string(kReportSchema) + "\")");
    }
    if (!report.contains("scenario")) {
        throw ScenarioFileError(origin, "scenario", "missing");
    }
    return scenarioFileFromJson(report.at("scenario"), catalog, origin + ": scenario");
}

} // namespace fitscope::report
