// Pinned scenarios and their comparison: files with several scenarios round-trip, old files with
// one still open, broken pinned entries are refused naming the field; the comparison lists only the
// inputs that differ, takes differences from the baseline, marks the better value; its Markdown,
// CSV and JSON reports are golden text (tests/data/comparison; FITSCOPE_UPDATE_GOLDEN=1 rewrites).
#include "core/report/fit_matrix.h"
#include "core/report/report_comparison.h"
#include "core/report/report_csv.h"
#include "core/report/scenario_comparison.h"
#include "core/report/scenario_file.h"
#include "core/sizing/estimator.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace fitscope;
using namespace fitscope::report;
using nlohmann::json;

namespace {

const catalog::Catalog& cat() {
    return catalog::Catalog::builtIn();
}

ScenarioFile plan(const std::string& model, sizing::WeightFormat weights, std::int64_t context,
                  const std::string& gpu) {
    ScenarioFile s;
    s.model.origin = ModelOrigin::Catalog;
    s.model.catalog_id = model;
    s.precision.weights = weights;
    s.precision.kv_cache = sizing::KvFormat::FP16;
    s.context_tokens = context;
    s.runtime = sizing::Runtime::Transformers;
    s.gpus = {{gpu, 1}};
    s.primary_gpu = gpu;
    return s;
}

// Three plans a design doc compares: the A10G plan (baseline), the L4 plan, a 4-bit 70B on an H100.
ScenarioFile threePlans() {
    ScenarioFile file = plan("llama-2-13b", sizing::WeightFormat::INT8, 4096, "a10g");
    file.title = "Serving plans";
    file.pinned.push_back({"A10G plan", true, plan("llama-2-13b", sizing::WeightFormat::INT8, 4096, "a10g")});
    file.pinned.push_back({"L4 plan", false, plan("llama-2-13b", sizing::WeightFormat::INT4_G128, 4096, "l4")});
    file.pinned.push_back(
        {"70B at 4 bit", false, plan("llama-2-70b", sizing::WeightFormat::INT4_G128, 8192, "h100-80gb")});
    return file;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The golden file's text equals actual; with FITSCOPE_UPDATE_GOLDEN set it is written instead.
void checkGolden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(FITSCOPE_TEST_DATA_DIR) + "/comparison/" + name;
    if (qEnvironmentVariableIsSet("FITSCOPE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
    }
    const std::string expected = readText(path);
    QVERIFY2(!expected.empty(), ("missing golden file " + path).c_str());
    if (expected != actual) {
        QFAIL(("differs from " + path + ":\n" + actual).c_str());
    }
}

} // namespace

class TestScenarioComparison : public QObject {
    Q_OBJECT

private slots:
    void pinnedScenarios_roundTrip();
    void withoutPins_fileStaysVersionOne();
    void oldSingleScenarioFile_stillOpens();
    void brokenPinnedEntry_namesTheField();
    void twoBaselines_andTooMany_areRefused();
    void inputs_onlyThoseThatDifferAreMarked();
    void results_differencesFromBaselineAndBetterValue();
    void comparedScenariosOf_addsTheFilesOwnUnlessPinned();
    void changedInputs_namesAnUndoStep();
    void goldenMarkdown();
    void goldenCsv();
    void goldenJson();
};

void TestScenarioComparison::pinnedScenarios_roundTrip() {
    const ScenarioFile file = threePlans();
    const std::string text = scenarioFileToText(file);
    QVERIFY(text.find("\"schema\": \"fitscope-scenario/2\"") != std::string::npos);
    const ScenarioFile read = parseScenarioFile(text, cat(), "plans");
    QCOMPARE(read.pinned.size(), std::size_t(3));
    QVERIFY(read == file);
    QCOMPARE(read.pinned[0].name, std::string("A10G plan"));
    QVERIFY(read.pinned[0].baseline);
    QVERIFY(!read.pinned[1].baseline);
    QCOMPARE(read.pinned[2].scenario.context_tokens, 8192);
    QCOMPARE(read.pinned[2].scenario.model.catalog_id, std::string("llama-2-70b"));
    // Through a file on disk too.
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("plans.fitscope.json")).toStdString();
    writeScenarioFile(path, file);
    QVERIFY(readScenarioFile(path, cat()) == file);
}

void TestScenarioComparison::withoutPins_fileStaysVersionOne() {
    ScenarioFile file = threePlans();
    file.pinned.clear();
    const json j = scenarioFileToJson(file);
    QCOMPARE(j["schema"].get<std::string>(), std::string(kScenarioSchema));
    QVERIFY(!j.contains("pinned"));
}

void TestScenarioComparison::oldSingleScenarioFile_stillOpens() {
    // Written by FitScope before pinned scenarios existed (fitscope-scenario/1, no "pinned").
    const ScenarioFile read =
        readScenarioFile(std::string(FITSCOPE_TEST_DATA_DIR) + "/comparison/single-v1.fitscope.json", cat());
    QVERIFY(read.pinned.empty());
    QCOMPARE(read.model.catalog_id, std::string("llama-2-13b"));
    QCOMPARE(read.context_tokens, 4096);
    std::size_t baseline = 7;
    const std::vector<ComparedScenario> scenarios = comparedScenariosOf(read, cat(), &baseline);
    QCOMPARE(scenarios.size(), std::size_t(1));
    QCOMPARE(baseline, std::size_t(0));
}

void TestScenarioComparison::brokenPinnedEntry_namesTheField() {
    json j = scenarioFileToJson(threePlans());
    j["pinned"][1]["context"] = "long";
    try {
        scenarioFileFromJson(j, cat(), "plans.fitscope.json");
        QFAIL("a broken pinned entry was accepted");
    } catch (const ScenarioFileError& e) {
        QCOMPARE(e.field(), std::string("pinned[1].context"));
        QVERIFY2(std::string(e.what()).find("plans.fitscope.json: pinned[1].context: ") == 0, e.what());
    }
    json k = scenarioFileToJson(threePlans());
    k["pinned"][2]["model"]["id"] = "no-such-model";
    try {
        scenarioFileFromJson(k, cat(), "plans");
        QFAIL("an unknown pinned model was accepted");
    } catch (const ScenarioFileError& e) {
        QVERIFY2(e.field().rfind("pinned[2].model", 0) == 0, e.what());
    }
    json n = scenarioFileToJson(threePlans());
    n["pinned"][0].erase("name");
    try {
        scenarioFileFromJson(n, cat(), "plans");
        QFAIL("a pinned scenario without a name was accepted");
    } catch (const ScenarioFileError& e) {
        QCOMPARE(e.field(), std::string("pinned[0].name"));
    }
}

void TestScenarioComparison::twoBaselines_andTooMany_areRefused() {
    json j = scenarioFileToJson(threePlans());
    j["pinned"][2]["baseline"] = true;
    try {
        scenarioFileFromJson(j, cat(), "plans");
        QFAIL("two baselines were accepted");
    } catch (const ScenarioFileError& e) {
        QCOMPARE(e.field(), std::string("pinned[2].baseline"));
    }
    json many = scenarioFileToJson(threePlans());
    while (many["pinned"].size() <= kMaxPinnedScenarios) {
        json extra = many["pinned"][1];
        many["pinned"].push_back(extra);
    }
    try {
        scenarioFileFromJson(many, cat(), "plans");
        QFAIL("more than eight pinned scenarios were accepted");
    } catch (const ScenarioFileError& e) {
        QCOMPARE(e.field(), std::string("pinned"));
    }
}

void TestScenarioComparison::inputs_onlyThoseThatDifferAreMarked() {
    const ScenarioFile file = threePlans();
    const std::vector<InputRow> rows =
        compareInputs({&file.pinned[0].scenario, &file.pinned[1].scenario, &file.pinned[2].scenario}, cat());
    std::vector<std::string> differing;
    for (const InputRow& row : rows) {
        QCOMPARE(row.values.size(), std::size_t(3));
        if (row.differs) {
            differing.push_back(row.id);
        }
    }
    const std::vector<std::string> expected{"model", "weights", "context", "gpus", "primary_gpu"};
    QCOMPARE(differing, expected);
    const auto context = std::find_if(rows.begin(), rows.end(), [](const InputRow& r) { return r.id == "context"; });
    QCOMPARE(context->values[2], std::string("8,192"));
    const auto kv = std::find_if(rows.begin(), rows.end(), [](const InputRow& r) { return r.id == "kv_cache"; });
    QVERIFY(!kv->differs);
}

void TestScenarioComparison::results_differencesFromBaselineAndBetterValue() {
    const ScenarioFile file = threePlans();
    std::size_t baseline = 9;
    const std::vector<ComparedScenario> scenarios = comparedScenariosOf(file, cat(), &baseline);
    QCOMPARE(baseline, std::size_t(0));
    const Comparison c = compareScenarios(scenarios, baseline, sizing::MemoryUnit::GB, cat());
    const auto row = [&c](const std::string& id) -> const ResultRow& {
        const auto it =
            std::find_if(c.results.begin(), c.results.end(), [&id](const ResultRow& r) { return r.id == id; });
        if (it == c.results.end()) {
            qFatal("no result row %s", id.c_str());
        }
        return *it;
    };
    // The figures are the engine's, on each scenario's GPU.
    const sizing::Estimate a = sizing::estimate(engineScenarios(file.pinned[0].scenario, cat()).front());
    const sizing::Estimate b = sizing::estimate(engineScenarios(file.pinned[1].scenario, cat()).front());
    const ResultRow& total = row("total_per_gpu");
    QCOMPARE(*total.cells[0].value, static_cast<double>(a.per_gpu_bytes));
    QCOMPARE(*total.cells[1].value, static_cast<double>(b.per_gpu_bytes));
    QVERIFY(total.cells[0].delta.empty()); // the baseline itself
    const double pct = 100.0 * static_cast<double>(b.per_gpu_bytes - a.per_gpu_bytes) / a.per_gpu_bytes;
    QVERIFY2(total.cells[1].delta.find(
                 sizing::formatBytes(static_cast<std::int64_t>(std::llabs(b.per_gpu_bytes - a.per_gpu_bytes)),
                                     sizing::MemoryUnit::GB, 2)) != std::string::npos,
             total.cells[1].delta.c_str());
    QVERIFY2(total.cells[1].delta.find(std::to_string(static_cast<int>(std::lround(std::abs(pct)))) + " %") !=
                 std::string::npos,
             total.cells[1].delta.c_str());
    // INT4 on the L4 needs less per GPU than INT8 on the A10G, and the 70B more than both.
    QVERIFY(total.cells[1].best);
    QVERIFY(!total.cells[0].best);
    QVERIFY(!total.cells[2].best);
    // Higher is better for headroom and speed: the H100's 80 GB leave the most room.
    const ResultRow& headroom = row("headroom");
    QCOMPARE(headroom.better, Better::Higher);
    const std::size_t most = static_cast<std::size_t>(
        std::max_element(headroom.cells.begin(), headroom.cells.end(),
                         [](const ResultCell& x, const ResultCell& y) { return *x.value < *y.value; }) -
        headroom.cells.begin());
    QVERIFY(headroom.cells[most].best);
    QCOMPARE(row("decode").better, Better::Higher);
    QCOMPARE(row("ttft").better, Better::Lower);
    QVERIFY(row("decode").cells[1].delta.find("tokens/s") != std::string::npos);
    // The lab never ran here: no row for it.
    QVERIFY(std::none_of(c.results.begin(), c.results.end(), [](const ResultRow& r) { return r.id == "lab_error"; }));
    // Verdicts are words, ranked fits > tight > does not fit.
    QCOMPARE(row("verdict").cells[0].text, verdictText(a.fit->verdict));
}

void TestScenarioComparison::comparedScenariosOf_addsTheFilesOwnUnlessPinned() {
    ScenarioFile file = threePlans();
    std::size_t baseline = 0;
    // The file's own scenario is the A10G plan: no extra column.
    QCOMPARE(comparedScenariosOf(file, cat(), &baseline).size(), std::size_t(3));
    file.context_tokens = 16384;
    const std::vector<ComparedScenario> four = comparedScenariosOf(file, cat(), &baseline);
    QCOMPARE(four.size(), std::size_t(4));
    QCOMPARE(four.back().name, std::string("Current"));
    QCOMPARE(four.back().file.context_tokens, 16384);
    file.pinned[0].baseline = false;
    file.pinned[2].baseline = true;
    comparedScenariosOf(file, cat(), &baseline);
    QCOMPARE(baseline, std::size_t(2));
}

void TestScenarioComparison::changedInputs_namesAnUndoStep() {
    const ScenarioFile before = plan("llama-2-13b", sizing::WeightFormat::INT8, 8192, "a10g");
    ScenarioFile after = before;
    after.context_tokens = 32768;
    const std::vector<InputRow> rows = changedInputs(before, after, cat());
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].id, std::string("context"));
    QCOMPARE(rows[0].values[0], std::string("8,192"));
    QCOMPARE(rows[0].values[1], std::string("32,768"));
    QVERIFY(changedInputs(before, before, cat()).empty());
}

namespace {

Comparison goldenComparison(std::vector<ComparedScenario>* scenarios) {
    std::size_t baseline = 0;
    *scenarios = comparedScenariosOf(threePlans(), cat(), &baseline);
    return compareScenarios(*scenarios, baseline, sizing::MemoryUnit::GB, cat());
}

ComparisonReportOptions goldenOptions() {
    ComparisonReportOptions options;
    options.generated_on = "2026-01-31";
    options.generator = "FitScope test";
    return options;
}

} // namespace

void TestScenarioComparison::goldenMarkdown() {
    std::vector<ComparedScenario> scenarios;
    const std::string md = comparisonMarkdown(goldenComparison(&scenarios), goldenOptions());
    checkGolden("three-plans.md", md);
    QVERIFY(md.find("| Context | 4,096 | 4,096 | 8,192 |") != std::string::npos);
    QVERIFY(md.find("KV cache") != std::string::npos); // among "the same in all", not as a row
    QVERIFY(md.find("| KV cache |") == std::string::npos);
    ComparisonReportOptions all = goldenOptions();
    all.all_inputs = true;
    const std::string full = comparisonMarkdown(goldenComparison(&scenarios), all);
    QVERIFY(full.find("| KV cache | FP16 | FP16 | FP16 |") != std::string::npos);
}

void TestScenarioComparison::goldenCsv() {
    std::vector<ComparedScenario> scenarios;
    const std::string csv = comparisonCsv(goldenComparison(&scenarios), goldenOptions());
    checkGolden("three-plans.csv", csv);
    const auto rows = parseCsv(csv);
    QCOMPARE(rows.front().size(), std::size_t(9));
    for (const auto& r : rows) {
        QCOMPARE(r.size(), std::size_t(9));
    }
}

void TestScenarioComparison::goldenJson() {
    std::vector<ComparedScenario> scenarios;
    const json j = comparisonJson(goldenComparison(&scenarios), scenarios, goldenOptions());
    checkGolden("three-plans.json", j.dump(2) + "\n");
    QCOMPARE(j["schema"].get<std::string>(), std::string(kComparisonSchema));
    QCOMPARE(j["scenarios"].size(), std::size_t(3));
    // Each scenario reopens as it was.
    const ScenarioFile reopened = scenarioFileFromJson(j["scenarios"][1]["scenario"], cat(), "report");
    QVERIFY(reopened == threePlans().pinned[1].scenario);
}

QTEST_GUILESS_MAIN(TestScenarioComparison)
#include "test_scenario_comparison.moc"
