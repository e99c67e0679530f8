// Scenario files: saved, reopened and estimated they give the same numbers; a broken file is
// refused with the offending field named, and the scenario the user had is kept.
#include "core/formats/hf_config.h"
#include "core/report/atomic_write.h"
#include "core/report/model_spec_json.h"
#include "core/report/scenario_file.h"
#include "core/sizing/derivation.h"
#include "core/sizing/estimator.h"
#include "core/sizing/solver.h"

#include <QDir>
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

// A scenario with every field away from its default.
ScenarioFile fullScenario() {
    ScenarioFile s;
    s.title = "Interview: 13B on an A10G";
    s.model.origin = ModelOrigin::Catalog;
    s.model.catalog_id = "llama-2-13b";
    s.precision.weights = sizing::WeightFormat::INT4_G128;
    s.precision.embeddings = sizing::WeightFormat::INT8;
    s.precision.output_head = sizing::WeightFormat::FP16;
    s.precision.kv_cache = sizing::KvFormat::FP8;
    s.context_tokens = 8192;
    s.batch = 3;
    s.runtime = sizing::Runtime::Transformers;
    s.overhead_fraction = 0.25;
    s.runtime_options = {{"gpu_memory_utilization", 0.9}, {"n_gpu_layers", -1}};
    s.gpus = {{"a10g", 1}, {"a100-80gb", 2}};
    s.primary_gpu = "a100-80gb";
    s.unit = sizing::MemoryUnit::GiB;
    s.compare_formats = {sizing::WeightFormat::FP16, sizing::WeightFormat::Q4_K_M};
    s.lab = {{"scheme", "gptq-int4-g128"}, {"tensor", {{"rows", 4096}, {"cols", 4096}}}};
    return s;
}

ScenarioFile fileModelScenario() {
    ScenarioFile s = fullScenario();
    s.model = {};
    s.model.origin = ModelOrigin::File;
    s.model.path = "/models/Mixtral-8x7B/config.json";
    sizing::ModelSpec spec = cat().findModel("mixtral-8x7b")->model->spec;
    spec.display_name = "Mixtral from disk";
    s.model.spec = spec;
    return s;
}

std::vector<std::string> numbersAndSteps(const sizing::Estimate& e, sizing::MemoryUnit unit) {
    std::vector<std::string> out{std::to_string(e.params.total()),  std::to_string(e.weights_bytes),
                                 std::to_string(e.kv_cache_bytes),  std::to_string(e.activation_bytes),
                                 std::to_string(e.overhead_bytes),  std::to_string(e.total_bytes),
                                 std::to_string(e.per_gpu_bytes),   std::to_string(e.weights.total()),
                                 std::to_string(e.fit.has_value()), e.fit ? std::to_string(e.fit->headroom_bytes) : ""};
    for (const sizing::DerivationStep& step : e.steps) {
        out.push_back(sizing::formatStep(step, unit));
    }
    return out;
}

std::string withChange(const std::function<void(json&)>& change) {
    json j = scenarioFileToJson(fullScenario());
    change(j);
    return j.dump(2);
}

void writeText(const QString& path, const std::string& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

} // namespace

class TestScenarioFile : public QObject {
    Q_OBJECT

private slots:
    void jsonRoundTrip_givesAnIdenticalScenario_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("catalog model, every field set") << 0;
        QTest::newRow("file model with embedded architecture") << 1;
        QTest::newRow("bare parameter count, defaults") << 2;
        QTest::newRow("GGUF model with its vision projector") << 3;
    }
    void jsonRoundTrip_givesAnIdenticalScenario() {
        QFETCH(int, which);
        ScenarioFile s;
        if (which == 0) {
            s = fullScenario();
        } else if (which == 1) {
            s = fileModelScenario();
        } else if (which == 3) {
            s = fileModelScenario();
            s.model.path = "/models/gemma-3-12b-it-Q4_K_M.gguf";
            s.model.projector_path = "/models/mmproj-gemma-3-12b-f16.gguf";
            QVERIFY(scenarioFileToText(s).find("\"projector\": \"/models/mmproj-gemma-3-12b-f16.gguf\"") !=
                    std::string::npos);
        } else {
            s.model.origin = ModelOrigin::Params;
            s.model.params = 7'000'000'000;
        }
        const ScenarioFile back = parseScenarioFile(scenarioFileToText(s), cat());
        QVERIFY(back == s);
        QCOMPARE(scenarioFileToText(back), scenarioFileToText(s));
    }

    void savedReopenedAndEstimated_givesIdenticalResults_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("catalog model on two GPU configurations") << 0;
        QTest::newRow("file model (MoE) from its embedded spec") << 1;
    }
    void savedReopenedAndEstimated_givesIdenticalResults() {
        QFETCH(int, which);
        const ScenarioFile s = which == 0 ? fullScenario() : fileModelScenario();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("sizing.fitscope.json").toStdString();
        writeScenarioFile(path, s);
        const ScenarioFile reopened = readScenarioFile(path, cat());
        QVERIFY(reopened == s);

        const auto before = engineScenarios(s, cat());
        const auto after = engineScenarios(reopened, cat());
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.size(), std::size_t(2));
        for (std::size_t i = 0; i < before.size(); ++i) {
            QCOMPARE(numbersAndSteps(sizing::estimate(after[i]), s.unit),
                     numbersAndSteps(sizing::estimate(before[i]), s.unit));
        }
        QCOMPARE(after[1].gpu_count, std::int64_t(2));
        QCOMPARE(after[1].gpu->id, std::string("a100-80gb"));
    }

    void runtimeOptionsAndTask_roundTripAndReachTheEngine() {
        ScenarioFile s;
        s.model.origin = ModelOrigin::Catalog;
        s.model.catalog_id = "llama-2-13b";
        s.precision.weights = sizing::WeightFormat::Q8_0;
        s.runtime = sizing::Runtime::LlamaCpp;
        s.gpus = {{"a10g", 2}};
        RuntimeOptions options;
        options.parallelism = sizing::Parallelism::Pipeline;
        options.cpu_ram_bytes = 64LL << 30;
        options.llamacpp.flash_attention = sizing::FlashAttention::On;
        options.llamacpp.cache_type_v = sizing::KvFormat::Q4_0;
        options.llamacpp.kv_unified = true;
        options.auto_gpu_layers = true;
        s.runtime_options = runtimeOptionsToJson(options, s.runtime);
        QCOMPARE(s.runtime_options.at("n_gpu_layers").get<std::string>(), std::string("auto"));
        QCOMPARE(s.runtime_options.at("cache_type_v").get<std::string>(), std::string("q4_0"));
        QCOMPARE(s.runtime_options.at("kv_unified").get<bool>(), true);
        QVERIFY(!s.runtime_options.contains("gpu_memory_utilization")); // vLLM's, at its default
        const ScenarioFile back = parseScenarioFile(scenarioFileToText(s), cat());
        QVERIFY(back == s);
        QVERIFY(runtimeOptionsFromJson(back.runtime_options) == options);
        const sizing::Scenario engine = engineScenarios(back, cat()).front();
        QCOMPARE(engine.parallelism, sizing::Parallelism::Pipeline);
        QCOMPARE(engine.cpu_ram_bytes, 64LL << 30);
        QVERIFY(engine.llamacpp.flash_attention == sizing::FlashAttention::On);
        QVERIFY(engine.llamacpp.cache_type_v == sizing::KvFormat::Q4_0);
        QVERIFY(engine.llamacpp.kv_unified);
        sizing::Scenario unsolved = engine;
        unsolved.llamacpp.n_gpu_layers = -1;
        QCOMPARE(engine.llamacpp.n_gpu_layers, sizing::largestGpuLayersThatFit(unsolved).value_or(0));

        s.task = sizing::Task::FineTune;
        s.finetune.method = sizing::FineTuneMethod::Qlora;
        s.finetune.lora_rank = 64;
        s.finetune.targets = sizing::LoraTargets::Attention;
        s.finetune.gradient_checkpointing = true;
        const ScenarioFile tuned = parseScenarioFile(scenarioFileToText(s), cat());
        QVERIFY(tuned == s);
        const sizing::Scenario t = engineScenarios(tuned, cat()).front();
        QCOMPARE(t.task, sizing::Task::FineTune);
        QCOMPARE(t.finetune.lora_rank, std::int64_t(64));
    }

    void badRuntimeOption_namesTheField_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("memory fraction above 1") << "gpu_memory_utilization"
                                                 << "1.5";
        QTest::newRow("layers as a word") << "n_gpu_layers"
                                          << "\"many\"";
        QTest::newRow("parallelism unknown") << "parallelism"
                                             << "\"dp\"";
        QTest::newRow("flash attention as a number") << "flash_attention"
                                                     << "1";
        QTest::newRow("V cache type unknown") << "cache_type_v"
                                              << "\"q3\"";
    }
    void badRuntimeOption_namesTheField() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const std::string text = withChange([&](json& j) {
            j["runtime_options"] = json::object();
            j["runtime_options"][key.toStdString()] = json::parse(value.toStdString());
        });
        try {
            parseScenarioFile(text, cat());
            QFAIL("accepted a bad runtime option");
        } catch (const ScenarioFileError& error) {
            QCOMPARE(QString::fromStdString(error.field()), QStringLiteral("runtime_options.") + key);
        }
    }

    void minimalHandWrittenFile_takesTheDefaults() {
        const ScenarioFile s = parseScenarioFile(R"({"schema": "fitscope-scenario/1",
            "model": {"source": "catalog", "id": "Llama-2-7B"}, "precision": {"weights": "int8"},
            "context": 2048.0})",
                                                 cat());
        QCOMPARE(s.model.catalog_id, std::string("llama-2-7b")); // the catalog's own spelling
        QCOMPARE(s.context_tokens, std::int64_t(2048));
        QCOMPARE(s.batch, std::int64_t(1));
        QVERIFY(s.gpus.empty());
        QCOMPARE(engineScenarios(s, cat()).size(), std::size_t(1));
        QVERIFY(!engineScenarios(s, cat()).front().gpu);
    }

    // A file written before -ctv and -kvu were options: V takes the K type, one stream per slot.
    void fileWithoutVTypeOrUnifiedKv_opensWithTheirDefaults() {
        const ScenarioFile s = parseScenarioFile(R"({"schema": "fitscope-scenario/1",
            "model": {"source": "catalog", "id": "llama-3-8b"}, "precision": {"weights": "q4_k_m", "kv_cache": "q8_0"},
            "context": 8192, "runtime": "llamacpp", "batch": 4,
            "runtime_options": {"flash_attention": true, "n_ubatch": 256}})",
                                                 cat());
        const sizing::Scenario engine = engineScenarios(s, cat()).front();
        QVERIFY(!engine.llamacpp.cache_type_v);
        QVERIFY(!engine.llamacpp.kv_unified);
        QVERIFY(engine.llamacpp.flash_attention == sizing::FlashAttention::On);
        QCOMPARE(engine.llamacpp.n_ubatch, std::int64_t(256));
        QVERIFY(engine.precision.kv_cache == sizing::KvFormat::Q8_0);
        // Written again, the file names neither.
        const nlohmann::json options =
            runtimeOptionsToJson(runtimeOptionsFromJson(s.runtime_options, "test"), s.runtime);
        QVERIFY(!options.contains("cache_type_v"));
        QVERIFY(!options.contains("kv_unified"));
    }

    void fileModelFromEmbeddedConfigJson_isRead() {
        const ScenarioFile s = parseScenarioFile(R"({"schema": "fitscope-scenario/1",
            "model": {"source": "file", "path": "/m/tiny/config.json", "config": {"model_type": "llama",
              "vocab_size": 32000, "hidden_size": 2048, "num_hidden_layers": 22, "num_attention_heads": 32,
              "num_key_value_heads": 4, "intermediate_size": 5632}},
            "precision": {"weights": "fp16"}, "context": 2048})",
                                                 cat());
        QVERIFY(s.model.spec.has_value());
        QCOMPARE(s.model.spec->num_layers, std::int64_t(22));
        const auto model = resolveModel(s.model, cat());
        QVERIFY(model->counts.total() > 1'000'000'000);
    }

    void imagesPerRequest_roundTripAndReachTheEngine() {
        ScenarioFile s = fullScenario();
        s.images_per_request = 3;
        s.tokens_per_image = 300;
        const ScenarioFile back = parseScenarioFile(scenarioFileToText(s), cat());
        QCOMPARE(back.images_per_request, std::int64_t(3));
        QCOMPARE(back.tokens_per_image, std::int64_t(300));
        QVERIFY(back == s);
        const std::vector<sizing::Scenario> engine = engineScenarios(back, cat());
        QCOMPARE(engine.front().images_per_request, std::int64_t(3));
        QCOMPARE(engine.front().tokens_per_image, std::int64_t(300));
        // Without images the file has no such keys (older readers and goldens stay as they were).
        QVERIFY(scenarioFileToText(fullScenario()).find("images_per_request") == std::string::npos);
        // Out of range is refused, naming the key.
        json bad = json::parse(scenarioFileToText(s));
        bad["images_per_request"] = -1;
        try {
            parseScenarioFile(bad.dump(), cat());
            QFAIL("a negative image count was read");
        } catch (const std::exception& e) {
            QVERIFY2(std::string(e.what()).find("images_per_request") != std::string::npos, e.what());
        }
    }

    void modelSpecJson_keepsPerLayerEmbeddings() {
        // A file model is saved as its spec; Gemma 4 E2B-style per-layer embeddings must survive it.
        const sizing::ModelSpec spec = formats::parseHfConfig(
            R"({"model_type":"gemma4_text","hidden_size":256,"num_hidden_layers":4,"intermediate_size":512,
                "num_attention_heads":2,"num_key_value_heads":1,"head_dim":64,"global_head_dim":128,
                "vocab_size":1000,"vocab_size_per_layer_input":500,"hidden_size_per_layer_input":32,
                "num_kv_shared_layers":2,"sliding_window":64,
                "layer_types":["sliding_attention","full_attention","sliding_attention","full_attention"]})");
        const sizing::ModelSpec back = modelSpecFromJson(modelSpecToJson(spec));
        QCOMPARE(back.per_layer_input_size, std::int64_t(32));
        QCOMPARE(back.per_layer_input_vocab, std::int64_t(500));
        QCOMPARE(back.layers.at(3).per_layer_input_size, std::int64_t(32));
        QCOMPARE(sizing::countParameters(back).total(), sizing::countParameters(spec).total());
        QCOMPARE(sizing::countParameters(back).embeddings, std::int64_t(1000 * 256 + 500 * 4 * 32));
    }

    void brokenFile_namesTheFieldAndKeepsTheCurrentScenario_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        const std::string good = scenarioFileToText(fullScenario());
        QTest::newRow("truncated") << QString::fromStdString(good.substr(0, good.size() / 2)) << ""
                                   << "JSON";
        QTest::newRow("empty file") << ""
                                    << ""
                                    << "empty";
        QTest::newRow("not an object") << "[1, 2]"
                                       << ""
                                       << "not a FitScope scenario";
        QTest::newRow("no schema") << R"({"model": {}})"
                                   << "schema"
                                   << "missing";
        // Version 2 (pinned scenarios) is read by this version: the first newer one is 3.
        QTest::newRow("newer schema version")
            << QString::fromStdString(withChange([](json& j) { j["schema"] = "fitscope-scenario/3"; })) << "schema"
            << "newer FitScope";
        QTest::newRow("foreign schema") << QString::fromStdString(withChange([](json& j) {
            j["schema"] = "something-else/1";
        })) << "schema"
                                        << "unsupported";
        QTest::newRow("context is a string")
            << QString::fromStdString(withChange([](json& j) { j["context"] = "4096"; })) << "context"
            << "expected a whole number";
        QTest::newRow("context is fractional")
            << QString::fromStdString(withChange([](json& j) { j["context"] = 4096.5; })) << "context"
            << "expected a whole number";
        QTest::newRow("context is zero") << QString::fromStdString(withChange([](json& j) { j["context"] = 0; }))
                                         << "context"
                                         << "outside";
        QTest::newRow("batch is negative")
            << QString::fromStdString(withChange([](json& j) { j["batch"] = -2; })) << "batch"
            << "outside";
        QTest::newRow("gpu count is text")
            << QString::fromStdString(withChange([](json& j) { j["gpus"][1]["count"] = "two"; })) << "gpus[1].count"
            << "expected a whole number";
        QTest::newRow("gpus is an object") << QString::fromStdString(withChange([](json& j) {
            j["gpus"] = {{"id", "a10g"}};
        })) << "gpus"
                                           << "expected a list";
        QTest::newRow("unknown GPU id") << QString::fromStdString(withChange([](json& j) {
            j["gpus"][1]["id"] = "gtx-9999";
        })) << "gpus[1].id"
                                        << "unknown GPU 'gtx-9999'";
        QTest::newRow("unknown model id")
            << QString::fromStdString(withChange([](json& j) { j["model"]["id"] = "llama-9-1t"; })) << "model.id"
            << "unknown model 'llama-9-1t'";
        QTest::newRow("model is a string")
            << QString::fromStdString(withChange([](json& j) { j["model"] = "llama-2-13b"; })) << "model"
            << "expected an object";
        QTest::newRow("unknown model source")
            << QString::fromStdString(withChange([](json& j) { j["model"]["source"] = "hub"; })) << "model.source"
            << "hub";
        QTest::newRow("unknown weight format")
            << QString::fromStdString(withChange([](json& j) { j["precision"]["weights"] = "int5"; }))
            << "precision.weights"
            << "int5";
        QTest::newRow("kv format is a number")
            << QString::fromStdString(withChange([](json& j) { j["precision"]["kv_cache"] = 8; }))
            << "precision.kv_cache"
            << "expected a format id";
        QTest::newRow("unknown runtime") << QString::fromStdString(withChange([](json& j) {
            j["runtime"] = "tensorrt";
        })) << "runtime"
                                         << "tensorrt";
        QTest::newRow("overhead out of range")
            << QString::fromStdString(withChange([](json& j) { j["overhead_fraction"] = 50; })) << "overhead_fraction"
            << "outside";
        QTest::newRow("units misspelt") << QString::fromStdString(withChange([](json& j) { j["units"] = "MB"; }))
                                        << "units"
                                        << "MB";
        QTest::newRow("lab is a list") << QString::fromStdString(withChange([](json& j) { j["lab"] = json::array(); }))
                                       << "lab"
                                       << "expected an object";
        QTest::newRow("embedded spec field of the wrong type") << QString::fromStdString([] {
            json j = scenarioFileToJson(fileModelScenario());
            j["model"]["spec"]["num_layers"] = "32";
            return j.dump();
        }()) << "model.spec.num_layers"
                                                               << "expected an integer";
        QTest::newRow("embedded spec the engine rejects") << QString::fromStdString([] {
            json j = scenarioFileToJson(fileModelScenario());
            j["model"]["spec"]["num_heads"] = 0;
            return j.dump();
        }()) << "model.spec"
                                                          << "";
        QTest::newRow("deeply nested") << QString(200, '[') << ""
                                       << "deeper";
    }
    void brokenFile_namesTheFieldAndKeepsTheCurrentScenario() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.fitscope.json");
        writeText(path, text.toStdString());

        try {
            readScenarioFile(path.toStdString(), cat());
            QFAIL("a broken file was accepted");
        } catch (const ScenarioFileError& error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.startsWith(path + ": "), qPrintable(message));
            QVERIFY2(field.isEmpty() || message.contains(field + ": "), qPrintable(message));
            QVERIFY2(message.contains(says), qPrintable(message));
            QVERIFY2(!message.contains('\n'), "one line");
        }

        ScenarioFile current = fileModelScenario();
        const ScenarioFile before = current;
        const auto error = loadScenarioFileInto(path.toStdString(), cat(), current);
        QVERIFY(error.has_value());
        QVERIFY(current == before);
    }

    void loadInto_replacesTheScenarioOnSuccess() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("good.fitscope.json").toStdString();
        writeScenarioFile(path, fileModelScenario());
        ScenarioFile current = fullScenario();
        QVERIFY(!loadScenarioFileInto(path, cat(), current).has_value());
        QVERIFY(current == fileModelScenario());
    }

    void missingFile_isAClearError() {
        ScenarioFile current = fullScenario();
        const auto error = loadScenarioFileInto("/nonexistent/dir/x.fitscope.json", cat(), current);
        QVERIFY(error.has_value());
        QVERIFY2(error->find("/nonexistent/dir/x.fitscope.json") != std::string::npos, error->c_str());
        QVERIFY(current == fullScenario());
    }

    void write_replacesAtomicallyAndLeavesNoTemporaryFiles() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("s.fitscope.json").toStdString();
        writeScenarioFile(path, fullScenario());
        writeScenarioFile(path, fileModelScenario());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"s.fitscope.json"});
        QVERIFY(readScenarioFile(path, cat()) == fileModelScenario());
        const QFile::Permissions permissions = QFile::permissions(QString::fromStdString(path));
        QVERIFY(permissions.testFlag(QFile::ReadOther)); // an ordinary document, not mkstemp's 0600
    }

    void write_toAnUnwritablePath_isAClearError_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing directory") << "/nonexistent-fitscope-dir/s.fitscope.json";
        QTest::newRow("a directory") << "/tmp";
        QTest::newRow("under a file") << "/etc/hostname/s.fitscope.json";
    }
    void write_toAnUnwritablePath_isAClearError() {
        QFETCH(QString, path);
        try {
            writeScenarioFile(path.toStdString(), fullScenario());
            QFAIL("wrote to an unwritable path");
        } catch (const WriteError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.startsWith("cannot write " + path + ": "), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "test_scenario_file.moc"
