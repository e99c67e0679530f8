#include "core/report/report_comparison.h"

#include "core/report/report_csv.h"
#include "core/report/report_markdown.h"

#include <sstream>

namespace fitscope::report {

namespace {

std::string columnName(const Comparison& c, std::size_t i) {
    return c.names[i] + (i == c.baseline && c.names.size() > 1 ? " (baseline)" : "");
}

std::string defaultTitle(const Comparison& c) {
    std::string title = "Comparison: ";
    for (std::size_t i = 0; i < c.names.size(); ++i) {
        title += (i == 0 ? "" : i + 1 == c.names.size() ? " and " : ", ") + c.names[i];
    }
    return title;
}

// A Markdown row of cells already escaped (the result cells carry their own bold marks).
std::string row(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const std::string& cell : cells) {
        line += " " + cell + " |";
    }
    return line + "\n";
}

std::string header(const Comparison& c, const std::string& first) {
    std::vector<std::string> cells{markdownEscape(first)};
    std::string rule = "| --- |";
    for (std::size_t i = 0; i < c.names.size(); ++i) {
        cells.push_back(markdownEscape(columnName(c, i)));
        rule += " ---: |";
    }
    return row(cells) + rule + "\n";
}

std::string formattedNumber(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(17);
    out << value;
    return out.str();
}

std::string betterId(Better better) {
    switch (better) {
    case Better::Lower:
        return "lower";
    case Better::Higher:
        return "higher";
    case Better::Neither:
        break;
    }
    return "neither";
}

} // namespace

std::string comparisonMarkdown(const Comparison& c, const ComparisonReportOptions& options) {
    std::ostringstream out;
    out << "# " << markdownEscape(options.title.empty() ? defaultTitle(c) : options.title) << "\n\n";
    if (!options.generated_on.empty() || !options.generator.empty()) {
        out << "*"
            << markdownEscape(std::to_string(c.names.size()) + " scenarios, differences from " +
                              c.names.at(c.baseline) + " · " + options.generated_on + " · " + options.generator)
            << "*\n\n";
    }
    if (!options.chart_image.empty()) {
        out << "![Memory breakdown of the scenarios](<" << options.chart_image << ">)\n\n";
    }
    out << (options.all_inputs ? "## Inputs\n\n" : "## Inputs that differ\n\n");
    std::string shared;
    std::string table = header(c, "Input");
    bool anyDiffers = false;
    for (const InputRow& input : c.inputs) {
        if (!input.differs && !options.all_inputs) {
            shared += (shared.empty() ? "" : "; ") + input.label + " " + input.values.front();
            continue;
        }
        anyDiffers = anyDiffers || input.differs;
        std::vector<std::string> cells{markdownEscape(input.label)};
        for (const std::string& value : input.values) {
            cells.push_back(markdownEscape(value));
        }
        table += row(cells);
    }
    if (anyDiffers || options.all_inputs) {
        out << table << "\n";
    } else {
        out << "None: the scenarios have the same inputs.\n\n";
    }
    if (!shared.empty()) {
        out << "The same in all: " << markdownEscape(shared) << ".\n\n";
    }
    out << "## Results\n\n";
    out << header(c, "Result");
    for (const ResultRow& result : c.results) {
        std::vector<std::string> cells{markdownEscape(result.label)};
        for (const ResultCell& cell : result.cells) {
            std::string text = markdownEscape(cell.text);
            if (cell.best) {
                text = "**" + text + "**";
            }
            if (!cell.delta.empty()) {
                text += " (" + markdownEscape(cell.delta) + ")";
            }
            cells.push_back(text);
        }
        out << row(cells);
    }
    out << "\nMemory is per GPU on each scenario's primary GPU; differences are from "
        << markdownEscape(c.names.at(c.baseline)) << "; the better value of each row is in bold.\n";
    return out.str();
}

std::string comparisonCsv(const Comparison& c, const ComparisonReportOptions& options) {
    std::string out;
    const auto line = [&out](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += (i == 0 ? "" : ",") + csvField(fields[i]);
        }
        out += "\r\n";
    };
    line({"section", "id", "label", "scenario", "baseline", "value", "text", "delta", "best"});
    for (const InputRow& input : c.inputs) {
        if (!input.differs && !options.all_inputs) {
            continue;
        }
        for (std::size_t i = 0; i < input.values.size(); ++i) {
            line({"input", input.id, input.label, c.names[i], i == c.baseline ? "true" : "false", "", input.values[i],
                  "", ""});
        }
    }
    for (const ResultRow& result : c.results) {
        for (std::size_t i = 0; i < result.cells.size(); ++i) {
            const ResultCell& cell = result.cells[i];
            line({"result", result.id, result.label, c.names[i], i == c.baseline ? "true" : "false",
                  cell.value ? formattedNumber(*cell.value) : std::string(), cell.text, cell.delta,
                  cell.best ? "true" : "false"});
        }
    }
    return out;
}

nlohmann::json comparisonJson(const Comparison& c, const std::vector<ComparedScenario>& scenarios,
                              const ComparisonReportOptions& options) {
    using nlohmann::json;
    json j;
    j["schema"] = std::string(kComparisonSchema);
    j["generator"] = options.generator;
    j["generated_on"] = options.generated_on;
    j["unit"] = std::string(sizing::unitName(c.unit));
    j["baseline"] = c.baseline;
    json list = json::array();
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        list.push_back({{"name", scenarios[i].name}, {"scenario", scenarioFileToJson(scenarios[i].file)}});
    }
    j["scenarios"] = std::move(list);
    json inputs = json::array();
    for (const InputRow& input : c.inputs) {
        inputs.push_back(
            {{"id", input.id}, {"label", input.label}, {"values", input.values}, {"differs", input.differs}});
    }
    j["inputs"] = std::move(inputs);
    json results = json::array();
    for (const ResultRow& result : c.results) {
        json cells = json::array();
        for (const ResultCell& cell : result.cells) {
            json jc{{"text", cell.text}, {"best", cell.best}};
            jc["value"] = cell.value ? json(*cell.value) : json(nullptr);
            if (!cell.delta.empty()) {
                jc["delta"] = cell.delta;
            }
            cells.push_back(std::move(jc));
        }
        results.push_back({{"id", result.id},
                           {"label", result.label},
                           {"better", betterId(result.better)},
                           {"cells", std::move(cells)}});
    }
    j["results"] = std::move(results);
    return j;
}

} // namespace fitscope::report
