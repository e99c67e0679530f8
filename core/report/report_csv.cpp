#include "core/report/report_csv.h"

#include "core/report/fit_matrix.h"
#include "core/report/number_text.h"

namespace fitscope::report {

const std::vector<std::string>& csvColumns() {
    static const std::vector<std::string> columns{
        "model",          "weights_format", "kv_cache_format", "context",
        "batch",          "runtime",        "gpu_id",          "gpu_name",
        "gpu_count",      "component",      "bytes",           "size",
        "unit",           "share_percent",  "per_gpu_bytes",   "capacity_bytes_per_gpu",
        "headroom_bytes", "verdict"};
    return columns;
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string csvReport(const ReportData& report) {
    const ScenarioFile& f = report.file;
    std::string out;
    auto writeRow = [&out](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += (i ? "," : "") + csvField(fields[i]);
        }
        out += "\r\n";
    };
    writeRow(csvColumns());

    struct Component {
        const char* id;
        std::int64_t sizing::Estimate::*field;
    };
    static constexpr Component k_components[] = {{"weights", &sizing::Estimate::weights_bytes},
                                                 {"kv_cache", &sizing::Estimate::kv_cache_bytes},
                                                 {"activations", &sizing::Estimate::activation_bytes},
                                                 {"overhead", &sizing::Estimate::overhead_bytes},
                                                 {"total", &sizing::Estimate::total_bytes}};
    for (const GpuResult& r : report.results) {
        const sizing::Estimate& e = r.estimate;
        for (const Component& component : k_components) {
            const std::int64_t bytes = e.*component.field;
            writeRow({report.model_name, std::string(sizing::formatInfo(f.precision.weights).id),
                      std::string(sizing::kvFormatInfo(f.precision.kv_cache).id), std::to_string(f.context_tokens),
                      std::to_string(f.batch), std::string(sizing::runtimeInfo(f.runtime).id),
                      r.scenario.gpu ? r.scenario.gpu->id : std::string(),
                      r.scenario.gpu ? r.scenario.gpu->display_name : std::string(),
                      std::to_string(r.scenario.gpu_count), component.id, std::to_string(bytes),
                      fixedDecimals(sizing::bytesIn(bytes, f.unit), 2), std::string(sizing::unitName(f.unit)),
                      e.total_bytes > 0
                          ? fixedDecimals(100.0 * static_cast<double>(bytes) / static_cast<double>(e.total_bytes), 2)
                          : std::string("0.00"),
                      std::to_string(e.per_gpu_bytes), e.fit ? std::to_string(e.fit->capacity_bytes) : std::string(),
                      e.fit ? std::to_string(e.fit->headroom_bytes) : std::string(),
                      e.fit ? verdictText(e.fit->verdict) : std::string()});
        }
    }
    return out;
}

std::vector<std::vector<std::string>> parseCsv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool field_started = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty()) {
            quoted = true;
            field_started = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            field_started = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            field_started = false;
        } else {
            field += c;
            field_started = true;
        }
    }
    if (field_started || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace fitscope::report
