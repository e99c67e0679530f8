#include "core/report/report_markdown.h"

#include "core/report/fit_matrix.h"
#include "core/report/number_text.h"
#include "core/report/report_launch.h"

#include <algorithm>
#include <sstream>

namespace fitscope::report {

namespace {

// Two decimals: design docs compare figures like 13.35 and 13.02 GB.
std::string bytes(std::int64_t value, sizing::MemoryUnit unit) {
    return sizing::formatBytes(value, unit, 2);
}

std::string headroomText(std::int64_t headroom, sizing::MemoryUnit unit) {
    return headroom >= 0 ? bytes(headroom, unit) + " free" : bytes(-headroom, unit) + " short";
}

std::string precisionOf(const std::optional<sizing::WeightFormat>& format, sizing::WeightFormat weights) {
    if (format) {
        return std::string(sizing::formatInfo(*format).display_name);
    }
    const sizing::FormatInfo& info = sizing::formatInfo(weights);
    if (info.family == sizing::FormatFamily::Gguf) {
        return "llama.cpp's choice for " + std::string(info.display_name);
    }
    return info.quantized ? std::string("16-bit (kept unquantized by default)") : std::string(info.display_name);
}

} // namespace

std::string markdownEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        // Only what would change the meaning: '|' ends a table cell, '*' starts emphasis, '<' an HTML
        // tag. Underscores inside words and brackets without a link target render as written, and
        // escaping them would clutter the raw text people paste (URLs in sources above all).
        case '|':
        case '*':
            out += '\\';
            out += c;
            break;
        case '<':
            out += "&lt;";
            break;
        case '\r':
            break;
        case '\n':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string markdownTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                          const std::vector<Align>& align) {
    std::string out = "|";
    for (const std::string& cell : header) {
        out += " " + markdownEscape(cell) + " |";
    }
    out += "\n|";
    for (std::size_t i = 0; i < header.size(); ++i) {
        out += i < align.size() && align[i] == Align::Right ? " ---: |" : " --- |";
    }
    out += "\n";
    for (const auto& row : rows) {
        out += "|";
        for (std::size_t i = 0; i < header.size(); ++i) {
            out += " " + (i < row.size() ? markdownEscape(row[i]) : std::string()) + " |";
        }
        out += "\n";
    }
    return out;
}

std::string breakdownMarkdownTable(std::span<const GpuResult> results, sizing::MemoryUnit unit) {
    std::vector<std::string> header{"Component"};
    for (const GpuResult& r : results) {
        header.push_back(r.scenario.gpu ? gpuLabel(r) : std::string("Memory"));
    }
    const bool share = results.size() == 1;
    if (share) {
        header.push_back("Share");
    }
    struct Line {
        const char* label;
        std::int64_t sizing::Estimate::*field;
    };
    static constexpr Line k_lines[] = {{"Weights", &sizing::Estimate::weights_bytes},
                                       {"KV cache", &sizing::Estimate::kv_cache_bytes},
                                       {"Activations", &sizing::Estimate::activation_bytes},
                                       {"Overhead", &sizing::Estimate::overhead_bytes},
                                       {"Total", &sizing::Estimate::total_bytes},
                                       {"Per GPU", &sizing::Estimate::per_gpu_bytes}};
    std::vector<std::vector<std::string>> rows;
    for (const Line& line : k_lines) {
        std::vector<std::string> row{line.label};
        for (const GpuResult& r : results) {
            row.push_back(bytes(r.estimate.*line.field, unit));
        }
        if (share) {
            const sizing::Estimate& e = results.front().estimate;
            const bool component = line.field != &sizing::Estimate::per_gpu_bytes;
            row.push_back(component && e.total_bytes > 0 ? fixedDecimals(100.0 * static_cast<double>(e.*line.field) /
                                                                             static_cast<double>(e.total_bytes),
                                                                         1) +
                                                               " %"
                                                         : std::string());
        }
        rows.push_back(std::move(row));
    }
    std::vector<Align> align(header.size(), Align::Right);
    align[0] = Align::Left;
    return markdownTable(header, rows, align);
}

std::string verdictMarkdownTable(std::span<const GpuResult> results, sizing::MemoryUnit unit) {
    // The column of memory other processes hold appears only when a GPU has some, so reports without it
    // read as before.
    const bool in_use = std::any_of(results.begin(), results.end(), [](const GpuResult& r) {
        return r.estimate.fit && r.estimate.fit->in_use_bytes > 0;
    });
    std::vector<std::string> header{"GPU", "Usable per GPU", "Nominal per GPU", "Load per GPU", "Headroom", "Verdict"};
    std::vector<Align> align{Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Left};
    if (in_use) {
        header.insert(header.begin() + 3, "In use by other processes");
        align.insert(align.begin() + 3, Align::Right);
    }
    std::vector<std::vector<std::string>> rows;
    for (const GpuResult& r : results) {
        if (!r.estimate.fit) {
            continue;
        }
        const sizing::GpuFit& fit = *r.estimate.fit;
        std::vector<std::string> row{gpuLabel(r),
                                     bytes(fit.capacity_bytes, unit),
                                     bytes(fit.nominal_bytes, unit),
                                     bytes(fit.per_gpu_bytes, unit),
                                     headroomText(fit.headroom_bytes, unit),
                                     verdictText(fit.verdict)};
        if (in_use) {
            row.insert(row.begin() + 3, bytes(fit.in_use_bytes, unit));
        }
        rows.push_back(std::move(row));
    }
    return markdownTable(header, rows, align);
}

std::string markdownReport(const ReportData& report, const MarkdownOptions& options) {
    const ScenarioFile& f = report.file;
    const sizing::MemoryUnit unit = f.unit;
    const GpuResult& primary = report.results.at(report.primary);
    const sizing::Estimate& pe = primary.estimate;
    const sizing::ModelSpec& spec = primary.scenario.model->spec;
    std::ostringstream out;

    std::string title = f.title;
    if (title.empty()) {
        title = report.model_name;
        if (primary.scenario.gpu) {
            title += " on " + gpuLabel(primary);
        }
        title += ": memory sizing";
    }
    out << "# " << markdownEscape(title) << "\n\n";
    out << "*" << markdownEscape(scenarioCaption(report)) << "*\n\n";
    if (!options.chart_image.empty()) {
        const std::string alt =
            options.chart_alt.empty() ? "Memory breakdown: " + report.model_name : options.chart_alt;
        // Spaces in a link target break the link on most renderers; <...> keeps it one target.
        out << "![" << markdownEscape(alt) << "](<" << options.chart_image << ">)\n\n";
    }

    // One sentence a reader can quote.
    if (pe.fit) {
        out << "**Verdict:** " << markdownEscape(report.model_name) << " needs " << bytes(pe.fit->per_gpu_bytes, unit)
            << " per GPU on " << markdownEscape(gpuLabel(primary)) << " (" << bytes(pe.fit->capacity_bytes, unit)
            << " usable each"
            << (pe.fit->in_use_bytes > 0 ? ", " + bytes(pe.fit->in_use_bytes, unit) + " of it in use by other processes"
                                         : std::string())
            << "): **" << verdictText(pe.fit->verdict) << "**, " << headroomText(pe.fit->headroom_bytes, unit)
            << ".\n\n";
    } else {
        out << "**Total:** " << markdownEscape(report.model_name) << " needs " << bytes(pe.total_bytes, unit)
            << " (no GPU chosen, so no verdict).\n\n";
    }

    // Under the chart and its verdict: the command that runs the scenario as sized (llama.cpp and
    // vLLM profiles; report_launch.h).
    if (const auto command = reportLaunchCommand(report)) {
        out << "To run it as sized (" << sizing::runtimeInfo(f.runtime).display_name << "):\n\n```sh\n"
            << *command << "\n```\n\n";
    }

    out << "## Scenario\n\n";
    std::vector<std::vector<std::string>> rows;
    std::string params = sizing::formatParams(static_cast<double>(pe.params.total())) + " parameters";
    if (pe.params.active != pe.params.total()) {
        params += " (" + sizing::formatParams(static_cast<double>(pe.params.active)) + " active per token)";
    }
    rows.push_back({"Model", report.model_name + ", " + params + (spec.shape_assumed ? " (shape assumed)" : "")});
    rows.push_back({"Weights", std::string(sizing::formatInfo(f.precision.weights).display_name) + ", " +
                                   sizing::formatNumber(pe.bits_per_weight, 3) + " bits per weight stored"});
    rows.push_back({"Embeddings", precisionOf(f.precision.embeddings, f.precision.weights)});
    rows.push_back({"Output head", precisionOf(f.precision.output_head, f.precision.weights)});
    rows.push_back({"KV cache", std::string(sizing::kvFormatInfo(f.precision.kv_cache).display_name)});
    rows.push_back({"Context", sizing::formatCount(static_cast<double>(f.context_tokens)) + " tokens per sequence"});
    rows.push_back({"Batch", sizing::formatCount(static_cast<double>(f.batch)) +
                                 (f.batch == 1 ? " sequence" : " concurrent sequences")});
    const sizing::RuntimeInfo& runtime = sizing::runtimeInfo(f.runtime);
    rows.push_back({"Runtime", std::string(runtime.display_name) + " (" + std::string(runtime.id) + ")"});
    if (f.runtime == sizing::Runtime::Simple) {
        rows.push_back({"Overhead", fixedDecimals(f.overhead_fraction * 100.0, 0) + " % of the weights"});
    }
    if (f.task == sizing::Task::FineTune) {
        rows.push_back({"Task", scenarioTaskText(f)});
    }
    if (f.runtime_options.is_object()) {
        for (const auto& [key, value] : f.runtime_options.items()) {
            rows.push_back({"Runtime option " + key, value.is_string() ? value.get<std::string>() : value.dump()});
        }
    }
    std::string gpus;
    for (const GpuResult& r : report.results) {
        if (r.scenario.gpu) {
            gpus += (gpus.empty() ? "" : "; ") + gpuLabel(r);
        }
    }
    rows.push_back({"GPUs", gpus.empty() ? std::string("none chosen") : gpus});
    rows.push_back(
        {"Units", unit == sizing::MemoryUnit::GB ? std::string("GB = 10^9 bytes") : std::string("GiB = 2^30 bytes")});
    out << markdownTable({"Setting", "Value"}, rows, {Align::Left, Align::Left}) << "\n";

    out << "## Memory breakdown\n\n";
    out << breakdownMarkdownTable(report.results, unit) << "\n";
    out << "Weights, KV cache, activations and overhead are for the whole deployment; with tensor parallelism "
           "each GPU holds its share, as \"Per GPU\" shows.\n\n";

    if (pe.fit) {
        out << "## Verdict per GPU\n\n";
        out << verdictMarkdownTable(report.results, unit) << "\n";
        out << "*Fits* leaves at least " << fixedDecimals(sizing::kTightHeadroomFraction * 100.0, 0)
            << " % of the usable memory free; *tight* leaves less (allocator growth or a longer prompt can tip it "
               "over); *does not fit* needs more than the GPU has. Usable memory is what the driver reports "
               "(nvidia-smi's total) where known, else the nominal figure.\n\n";
    }

    out << "## How it adds up\n\n";
    if (primary.scenario.gpu && report.results.size() > 1) {
        out << "For " << markdownEscape(gpuLabel(primary)) << ":\n\n";
    }
    int number = 1;
    for (const sizing::DerivationStep& step : pe.steps) {
        out << number++ << ". " << markdownEscape(sizing::formatStep(step, unit)) << "\n";
    }
    out << "\n";
    if (report.results.size() > 1) {
        // The other GPUs share every step but their own capacity check (and per-GPU costs when the
        // GPU count differs): list only the steps that differ.
        for (std::size_t i = 0; i < report.results.size(); ++i) {
            if (i == report.primary) {
                continue;
            }
            const GpuResult& r = report.results[i];
            out << "For " << markdownEscape(gpuLabel(r)) << ":\n\n";
            for (const sizing::DerivationStep& step : r.estimate.steps) {
                const std::string text = sizing::formatStep(step, unit);
                bool shared = false;
                for (const sizing::DerivationStep& p : pe.steps) {
                    shared = shared || sizing::formatStep(p, unit) == text;
                }
                if (!shared) {
                    out << "- " << markdownEscape(text) << "\n";
                }
            }
            out << "\n";
        }
    }

    out << "## Assumptions and sources\n\n";
    out << "- **Model architecture**: " << markdownEscape(report.model_name);
    if (!spec.source.empty()) {
        out << ", from " << markdownEscape(spec.source);
    }
    out << ".";
    if (spec.published_params > 0) {
        out << " Published total: " << sizing::formatCount(static_cast<double>(spec.published_params)) << " parameters";
        if (!spec.published_params_source.empty()) {
            out << " (" << markdownEscape(spec.published_params_source) << ")";
        }
        out << ".";
    }
    out << "\n";
    if (spec.shape_assumed) {
        out << "- **Assumed shape**: only a parameter count was given, so a dense Llama-2-style decoder of that size "
               "is assumed (multi-head attention below 30 B, 8 KV heads from 30 B). The KV cache and activations "
               "depend on this assumption.\n";
    }
    out << "- **Weight format**: " << markdownEscape(sizing::formatInfo(f.precision.weights).display_name) << ": "
        << markdownEscape(sizing::formatInfo(f.precision.weights).description) << "\n";
    out << "- **KV cache**: " << markdownEscape(sizing::kvFormatInfo(f.precision.kv_cache).display_name) << ": "
        << markdownEscape(sizing::kvFormatInfo(f.precision.kv_cache).description) << "\n";
    out << "- **Runtime**: " << markdownEscape(runtime.display_name) << ": " << markdownEscape(runtime.description)
        << "\n";
    for (const GpuResult& r : report.results) {
        if (!r.scenario.gpu) {
            continue;
        }
        const sizing::GpuSpec& gpu = *r.scenario.gpu;
        out << "- **" << markdownEscape(gpu.display_name) << "**: " << bytes(gpu.memory_bytes, unit) << " nominal";
        if (gpu.usable_memory_bytes > 0) {
            out << ", " << bytes(gpu.usable_memory_bytes, unit) << " usable (driver-reported)";
        }
        if (r.scenario.gpu_in_use_bytes > 0) {
            out << ", " << bytes(r.scenario.gpu_in_use_bytes, unit) << " of it already in use by other processes";
        }
        out << ", " << fixedDecimals(gpu.bandwidth_gbps, 0) << " GB/s";
        if (!gpu.source.empty()) {
            out << ". Source: " << markdownEscape(gpu.source);
        }
        out << "\n";
    }
    out << "- **Units**: bytes are counted exactly (64-bit integers) and converted only for display; GB = 10^9 "
           "bytes, GiB = 2^30 bytes.\n\n";
    out << "---\n\n";
    out << "*Generated by " << markdownEscape(report.generator) << " on " << report.generated_on << ".*\n";
    return out.str();
}

} // namespace fitscope::report
