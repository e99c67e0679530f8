#pragma once

#include "core/catalog/catalog.h"
#include "core/report/scenario_file.h"
#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"

#include <string>
#include <vector>

namespace fitscope::report {

// One GPU of the scenario and its estimate.
struct GpuResult {
    sizing::Scenario scenario; // scenario.gpu is null when the file names no GPU
    sizing::Estimate estimate; // with its derivation
};

// Everything a report shows, computed once: the Markdown, CSV and JSON writers only format it.
struct ReportData {
    ScenarioFile file;
    std::string model_name;         // as shown to people
    std::string model_source;       // the catalog's or the file's source for the architecture
    std::vector<GpuResult> results; // one per GPU of file.gpus (in order), or one without a GPU
    std::size_t primary = 0;        // index into results of the GPU explained in detail
    std::string generated_on;       // ISO date, "2025-01-31"
    std::string generator;          // "FitScope 0.1.0"
};

// Estimates file's scenario on each of its GPUs. Throws ScenarioFileError for ids the catalog
// lacks. generated_on is today's date unless given (tests pin it).
ReportData buildReport(const ScenarioFile& file, const catalog::Catalog& catalog, std::string generated_on = {});

// Today's date as YYYY-MM-DD (local time).
std::string todayIso();

// "FitScope 0.1.0".
std::string generatorName();

// The one-line description of a scenario used as a chart caption and under report titles:
// "Llama-2-13B · INT8 (per channel), KV FP16 · 4,096 tokens × 1 · transformers · 1 × NVIDIA A10G ·
// 2025-01-31 · FitScope 0.1.0".
std::string scenarioCaption(const ReportData& report);

// "1 × NVIDIA A10G (AWS g5)", "2 × NVIDIA A100 80GB".
std::string gpuLabel(const GpuResult& result);

} // namespace fitscope::report
