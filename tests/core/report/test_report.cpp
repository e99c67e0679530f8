// Reports: the Markdown holds the tables and the derivation, the CSV parses back to the same
// numbers, the JSON reopens as the same scenario.
#include "core/report/fit_matrix.h"
#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/sizing/derivation.h"

#include <QObject>
#include <QString>
#include <QTest>

using namespace fitscope;
using namespace fitscope::report;

namespace {

const catalog::Catalog& cat() {
    return catalog::Catalog::builtIn();
}

// The article's interview question, compared on two GPU configurations.
ScenarioFile interview() {
    ScenarioFile s;
    s.model.catalog_id = "llama-2-13b";
    s.precision.weights = sizing::WeightFormat::INT8;
    s.context_tokens = 4096;
    s.runtime = sizing::Runtime::Transformers;
    s.gpus = {{"a10g", 1}, {"rtx-4090", 1}};
    return s;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void markdown_holdsTheTablesTheDerivationAndTheSources() {
        const ReportData data = buildReport(interview(), cat(), "2025-01-31");
        MarkdownOptions options;
        options.chart_image = "llama 13b breakdown.png";
        const std::string md = markdownReport(data, options);

        QVERIFY(contains(md, "# Llama-2-13B on 1 × NVIDIA A10G"));
        QVERIFY(contains(md, "![Memory breakdown: Llama-2-13B](<llama 13b breakdown.png>)"));
        QVERIFY(contains(md, breakdownMarkdownTable(data.results, data.file.unit)));
        QVERIFY(contains(md, verdictMarkdownTable(data.results, data.file.unit)));
        QVERIFY(contains(md, "| Component | 1 × NVIDIA A10G"));
        QVERIFY(contains(md, "| Weights | " + sizing::formatBytes(data.results[0].estimate.weights_bytes,
                                                                  sizing::MemoryUnit::GB, 2)));
        // Every step of the primary GPU's derivation, numbered.
        int number = 1;
        for (const sizing::DerivationStep& step : data.results[0].estimate.steps) {
            const std::string line =
                std::to_string(number++) + ". " + markdownEscape(sizing::formatStep(step, sizing::MemoryUnit::GB));
            QVERIFY2(contains(md, line), line.c_str());
        }
        // Sources: the model's and each GPU's from the catalog.
        QVERIFY(contains(md, data.results[0].scenario.model->spec.source));
        QVERIFY(contains(md, markdownEscape(data.results[0].scenario.gpu->source)));
        QVERIFY(contains(md, markdownEscape(data.results[1].scenario.gpu->source)));
        QVERIFY(contains(md, "2025-01-31"));
        QVERIFY(contains(md, "## Assumptions and sources"));
        // GitHub tables need a blank line before them and no stray '|' inside cells.
        QVERIFY(contains(md, "\n\n| Setting | Value |\n| --- | --- |\n"));
    }

    // Under the chart: the command that runs the scenario as it was sized, for the profiles that
    // have one; the transformers report has none (a vLLM line would not match its figures).
    void markdown_putsTheLaunchCommandUnderTheChart() {
        ScenarioFile file = interview();
        file.context_tokens = 2048;
        file.batch = 3;
        file.runtime = sizing::Runtime::LlamaCpp;
        MarkdownOptions options;
        options.chart_image = "chart.png";
        std::string md = markdownReport(buildReport(file, cat(), "2025-01-31"), options);
        // -c holds every sequence (3 × 2,048); all 41 layers (40 + the output) on the A10G.
        const std::string llama = "```sh\nllama-server -m llama-2-13b-INT8.gguf -c 6144 -np 3 -ngl 41 ";
        QVERIFY2(contains(md, llama), md.c_str());
        QVERIFY(md.find(llama) > md.find("**Verdict:**"));
        QVERIFY(md.find(llama) < md.find("## Scenario"));
        QVERIFY(contains(jsonReport(buildReport(file, cat(), "2025-01-31")).at("launch_command").get<std::string>(),
                         "llama-server -m llama-2-13b-INT8.gguf -c 6144 -np 3"));

        file.runtime = sizing::Runtime::Vllm;
        md = markdownReport(buildReport(file, cat(), "2025-01-31"), options);
        QVERIFY2(contains(md, "```sh\nvllm serve meta-llama/Llama-2-13b-hf --max-model-len 2048 "), md.c_str());
        QVERIFY(contains(md, "--max-num-seqs 256")); // the profile's setting, not the batch of 3

        file.runtime = sizing::Runtime::Transformers;
        md = markdownReport(buildReport(file, cat(), "2025-01-31"), options);
        QVERIFY(!contains(md, "```sh"));
        QVERIFY(!jsonReport(buildReport(file, cat(), "2025-01-31")).contains("launch_command"));
    }

    void markdown_escapesTableBreakingText() {
        QCOMPARE(markdownEscape("a|b*c\nd<e"), std::string("a\\|b\\*c d&lt;e"));
        const std::string table = markdownTable({"A", "B"}, {{"x|y", "z"}}, {Align::Left, Align::Right});
        QCOMPARE(table, std::string("| A | B |\n| --- | ---: |\n| x\\|y | z |\n"));
    }

    void csv_parsesBackToTheSameNumbers() {
        ScenarioFile s = interview();
        s.title = "ignored by CSV";
        const ReportData data = buildReport(s, cat(), "2025-01-31");
        const std::string csv = csvReport(data);
        QVERIFY(contains(csv, "\r\n"));
        const auto rows = parseCsv(csv);
        QCOMPARE(rows.front(), csvColumns());
        QCOMPARE(rows.size(), std::size_t(1 + 5 * 2)); // 5 components × 2 GPUs

        auto column = [&](const char* name) {
            const auto& header = csvColumns();
            return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
        };
        std::size_t row = 1;
        for (const GpuResult& r : data.results) {
            const sizing::Estimate& e = r.estimate;
            const std::int64_t expected[] = {e.weights_bytes, e.kv_cache_bytes, e.activation_bytes, e.overhead_bytes,
                                             e.total_bytes};
            const char* ids[] = {"weights", "kv_cache", "activations", "overhead", "total"};
            for (int i = 0; i < 5; ++i, ++row) {
                const auto& fields = rows[row];
                QCOMPARE(fields.size(), csvColumns().size());
                QCOMPARE(fields[column("component")], std::string(ids[i]));
                QCOMPARE(std::stoll(fields[column("bytes")]), expected[i]);
                QCOMPARE(std::stod(fields[column("size")]), std::round(expected[i] / 1e7) / 100.0);
                QCOMPARE(fields[column("gpu_id")], r.scenario.gpu->id);
                QCOMPARE(fields[column("gpu_name")], r.scenario.gpu->display_name);
                QCOMPARE(std::stoll(fields[column("capacity_bytes_per_gpu")]), e.fit->capacity_bytes);
                QCOMPARE(std::stoll(fields[column("headroom_bytes")]), e.fit->headroom_bytes);
                QCOMPARE(std::stoll(fields[column("context")]), std::int64_t(4096));
            }
        }
    }

    void csv_quotesFieldsAsRfc4180Says() {
        QCOMPARE(csvField("plain"), std::string("plain"));
        QCOMPARE(csvField("a,b"), std::string("\"a,b\""));
        QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField("two\nlines"), std::string("\"two\nlines\""));

        // A model name with a comma, quotes and a line break survives the round trip.
        ScenarioFile s = interview();
        s.model.origin = ModelOrigin::File;
        sizing::ModelSpec spec = cat().findModel("llama-2-7b")->model->spec;
        spec.display_name = "Llama, \"fine-tuned\"\nv2";
        s.model.spec = spec;
        const auto rows = parseCsv(csvReport(buildReport(s, cat())));
        QCOMPARE(rows.size(), std::size_t(11));
        QCOMPARE(rows[1][0], spec.display_name);
        QCOMPARE(rows[1].size(), csvColumns().size());
    }

    void json_roundTripsToAnIdenticalScenario() {
        ScenarioFile s = interview();
        s.gpus.push_back({"a100-80gb", 4});
        s.primary_gpu = "rtx-4090";
        s.unit = sizing::MemoryUnit::GiB;
        const ReportData data = buildReport(s, cat(), "2025-01-31");
        const nlohmann::json j = nlohmann::json::parse(jsonReport(data).dump(2));
        QCOMPARE(j.at("schema").get<std::string>(), std::string(kReportSchema));
        QVERIFY(scenarioFromJsonReport(j, cat()) == s);
        QCOMPARE(j.at("results").size(), std::size_t(3));
        QCOMPARE(j.at("primary_index").get<std::size_t>(), std::size_t(1));
        for (std::size_t i = 0; i < 3; ++i) {
            const nlohmann::json& r = j.at("results")[i];
            QCOMPARE(r.at("total_bytes").get<std::int64_t>(), data.results[i].estimate.total_bytes);
            QCOMPARE(r.at("gpu_id").get<std::string>(), s.gpus[i].id);
            QCOMPARE(r.at("gpu_count").get<std::int64_t>(), s.gpus[i].count);
        }
    }

    void breakdownTable_withoutGpu_hasAShareColumn() {
        ScenarioFile s = interview();
        s.gpus.clear();
        const ReportData data = buildReport(s, cat());
        const std::string table = breakdownMarkdownTable(data.results, sizing::MemoryUnit::GB);
        QVERIFY(contains(table, "| Component | Memory | Share |"));
        QVERIFY(contains(
            table, "| Total | " + sizing::formatBytes(data.results[0].estimate.total_bytes, sizing::MemoryUnit::GB, 2) +
                       " | 100.0 % |"));
        QVERIFY(contains(markdownReport(data), "no GPU chosen"));
    }

    void fitMatrixTable_hasAModelPerRowAndAGpuPerColumn() {
        sizing::Scenario base;
        base.precision.weights = sizing::WeightFormat::FP16;
        base.context_tokens = 4096;
        const std::vector<std::shared_ptr<const sizing::PreparedModel>> models{cat().findModel("llama-2-7b")->model,
                                                                               cat().findModel("llama-2-70b")->model};
        const std::vector<MatrixGpu> gpus{{std::make_shared<sizing::GpuSpec>(*cat().findGpu("a10g")), 1},
                                          {std::make_shared<sizing::GpuSpec>(*cat().findGpu("a100-80gb")), 2}};
        const FitMatrix matrix = computeFitMatrix(base, models, gpus, sizing::MemoryUnit::GB);
        const std::string table = fitMatrixMarkdownTable(matrix);
        QVERIFY2(contains(table, "| Model | NVIDIA A10G"), table.c_str());
        QVERIFY2(contains(table, "| 2 × NVIDIA A100"), table.c_str());
        QCOMPARE(std::count(table.begin(), table.end(), '\n'), 4L);
        QCOMPARE(matrix.cells[1][0].verdict, sizing::Verdict::DoesNotFit); // 70B FP16 on 24 GB
        QVERIFY(contains(table, "does not fit · "));
    }

    void caption_namesTheWholeScenario() {
        const ReportData data = buildReport(interview(), cat(), "2025-01-31");
        const std::string caption = scenarioCaption(data);
        for (const char* part :
             {"Llama-2-13B", "INT8", "4,096 tokens × 1", "transformers", "NVIDIA A10G", "2025-01-31", "FitScope "}) {
            QVERIFY2(contains(caption, part), part);
        }
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
