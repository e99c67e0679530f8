#include "core/report/fit_matrix.h"

#include "core/report/number_text.h"
#include "core/report/report_markdown.h"
#include "core/sizing/estimator.h"

namespace fitscope::report {

std::string verdictText(sizing::Verdict verdict) {
    switch (verdict) {
    case sizing::Verdict::Fits:
        return "fits";
    case sizing::Verdict::Tight:
        return "tight";
    case sizing::Verdict::DoesNotFit:
        break;
    }
    return "does not fit";
}

FitMatrix computeFitMatrix(const sizing::Scenario& base,
                           std::span<const std::shared_ptr<const sizing::PreparedModel>> models,
                           std::span<const MatrixGpu> gpus, sizing::MemoryUnit unit) {
    FitMatrix matrix;
    matrix.unit = unit;
    for (const MatrixGpu& gpu : gpus) {
        matrix.gpus.push_back((gpu.count > 1 ? std::to_string(gpu.count) + " × " : std::string()) +
                              gpu.spec->display_name);
    }
    for (const auto& model : models) {
        matrix.models.push_back(model->spec.display_name.empty() ? model->spec.id : model->spec.display_name);
        std::vector<FitCell> row;
        for (const MatrixGpu& gpu : gpus) {
            sizing::Scenario scenario = base;
            scenario.model = model;
            scenario.gpu = gpu.spec;
            scenario.gpu_count = gpu.count;
            const sizing::Estimate e = sizing::estimate(scenario, sizing::Detail::NumbersOnly);
            FitCell cell;
            cell.per_gpu_bytes = e.per_gpu_bytes;
            cell.capacity_bytes = e.fit ? e.fit->capacity_bytes : gpu.spec->capacityBytes();
            cell.verdict = e.fit ? e.fit->verdict : sizing::Verdict::DoesNotFit;
            row.push_back(cell);
        }
        matrix.cells.push_back(std::move(row));
    }
    return matrix;
}

std::string fitMatrixMarkdownTable(const FitMatrix& matrix) {
    std::vector<std::string> header{"Model"};
    header.insert(header.end(), matrix.gpus.begin(), matrix.gpus.end());
    std::vector<std::vector<std::string>> rows;
    for (std::size_t r = 0; r < matrix.models.size(); ++r) {
        std::vector<std::string> row{matrix.models[r]};
        for (const FitCell& cell : matrix.cells[r]) {
            if (!cell.valid) {
                row.push_back("n/a");
                continue;
            }
            // "19.1 / 24.1 GB": the load per GPU against the usable capacity, in one unit.
            row.push_back(verdictText(cell.verdict) + " · " +
                          fixedDecimals(sizing::bytesIn(cell.per_gpu_bytes, matrix.unit), 1) + " / " +
                          sizing::formatBytes(cell.capacity_bytes, matrix.unit, 1));
        }
        rows.push_back(std::move(row));
    }
    std::vector<Align> align(header.size(), Align::Left);
    return markdownTable(header, rows, align);
}

} // namespace fitscope::report
