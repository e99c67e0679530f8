// The JSON memory plan, validated against docs/memory-plan.schema.json.
#include "../sizing/test_helpers.h"
#include "core/plan/fit_changes.h"
#include "core/plan/launch_commands.h"
#include "core/plan/memory_plan.h"

#include <QObject>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace fitscope;
using namespace fitscope::plan;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;
using nlohmann::json;

namespace {

json loadSchema() {
    std::ifstream file(std::string(FITSCOPE_TEST_DATA_DIR) + "/../../docs/memory-plan.schema.json");
    return json::parse(file);
}

bool hasType(const json& value, const std::string& type) {
    if (type == "object") {
        return value.is_object();
    }
    if (type == "array") {
        return value.is_array();
    }
    if (type == "string") {
        return value.is_string();
    }
    if (type == "integer") {
        return value.is_number_integer();
    }
    if (type == "number") {
        return value.is_number();
    }
    if (type == "boolean") {
        return value.is_boolean();
    }
    if (type == "null") {
        return value.is_null();
    }
    return false;
}

// The subset of JSON Schema the plan's schema uses: type (one or a list), required, properties,
// items, enum, const and local $ref. Errors name the path.
void validate(const json& value, const json& schema, const json& root, const std::string& path,
              std::vector<std::string>& errors) {
    if (schema.contains("$ref")) {
        const std::string ref = schema["$ref"].get<std::string>(); // "#/$defs/name"
        validate(value, root.at("$defs").at(ref.substr(ref.rfind('/') + 1)), root, path, errors);
        return;
    }
    if (schema.contains("type")) {
        const json& t = schema["type"];
        bool ok = false;
        if (t.is_array()) {
            for (const json& one : t) {
                ok = ok || hasType(value, one.get<std::string>());
            }
        } else {
            ok = hasType(value, t.get<std::string>());
        }
        if (!ok) {
            errors.push_back(path + ": not " + t.dump());
            return;
        }
    }
    if (schema.contains("const") && value != schema["const"]) {
        errors.push_back(path + ": not " + schema["const"].dump());
    }
    if (schema.contains("enum")) {
        bool found = false;
        for (const json& option : schema["enum"]) {
            found = found || option == value;
        }
        if (!found) {
            errors.push_back(path + ": " + value.dump() + " not in " + schema["enum"].dump());
        }
    }
    if (schema.contains("required")) {
        for (const json& key : schema["required"]) {
            if (!value.contains(key.get<std::string>())) {
                errors.push_back(path + ": missing " + key.get<std::string>());
            }
        }
    }
    if (schema.contains("properties") && value.is_object()) {
        for (const auto& [key, sub] : schema["properties"].items()) {
            if (value.contains(key)) {
                validate(value[key], sub, root, path + "/" + key, errors);
            }
        }
    }
    if (schema.contains("items") && value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            validate(value[i], schema["items"], root, path + "/" + std::to_string(i), errors);
        }
    }
}

std::vector<std::string> schemaErrors(const json& plan) {
    const json schema = loadSchema();
    std::vector<std::string> errors;
    validate(plan, schema, schema, "", errors);
    return errors;
}

json planFor(sizing::Scenario s, LaunchRuntime runtime) {
    s.runtime = sizingRuntimeFor(runtime);
    const sizing::Estimate e = sizing::estimate(s);
    return memoryPlanJson(s, e, settingsForScenario(s, e, runtime, defaultModelReference(s)));
}

} // namespace

class TestMemoryPlan : public QObject {
    Q_OBJECT

private slots:
    void validator_catchesWhatTheSchemaForbids() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.gpu = catalogGpu("a10g");
        json plan = planFor(s, LaunchRuntime::LlamaCpp);
        QVERIFY(schemaErrors(plan).empty());
        plan.erase("host");
        plan["devices"][0]["total_bytes"] = "12 GB";
        plan["runtime"] = "tgi";
        const std::vector<std::string> errors = schemaErrors(plan);
        QCOMPARE(errors.size(), std::size_t(3));
    }

    void plans_matchTheSchema_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("runtime");
        QTest::addColumn<int>("gpu_layers");
        QTest::newRow("llama.cpp, one GPU") << "llama-3-8b"
                                            << "rtx-3060-12gb" << 1 << 0 << -1;
        QTest::newRow("llama.cpp, partial offload") << "llama-3-70b"
                                                    << "rtx-4090" << 1 << 0 << 40;
        QTest::newRow("llama.cpp, two GPUs") << "mixtral-8x7b"
                                             << "rtx-3090" << 2 << 0 << -1;
        QTest::newRow("vLLM tp 4") << "llama-2-70b"
                                   << "a100-80gb" << 4 << 1 << -1;
        QTest::newRow("Ollama") << "llama-2-7b"
                                << "rtx-3070" << 1 << 2 << -1;
        QTest::newRow("no GPU") << "llama-2-7b"
                                << "" << 1 << 0 << -1;
    }
    void plans_matchTheSchema() {
        QFETCH(QString, model);
        QFETCH(QString, gpu);
        QFETCH(int, gpus);
        QFETCH(int, runtime);
        QFETCH(int, gpu_layers);
        sizing::Scenario s;
        s.model = catalogModel(model.toStdString());
        s.precision.weights = runtime == 1 ? sizing::WeightFormat::FP16 : sizing::WeightFormat::Q4_K_M;
        if (!gpu.isEmpty()) {
            s.gpu = catalogGpu(gpu.toStdString());
        }
        s.gpu_count = gpus;
        s.cpu_ram_bytes = 64LL << 30;
        s.llamacpp.n_gpu_layers = gpu_layers;
        const auto target = static_cast<LaunchRuntime>(runtime);
        const json plan = planFor(s, target);
        const std::vector<std::string> errors = schemaErrors(plan);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());

        // The plan's bytes are the estimate's: devices add up to the GPU part, the host to the RAM part.
        s.runtime = sizingRuntimeFor(target);
        const sizing::Estimate e = sizing::estimate(s);
        QCOMPARE(plan["devices"].size(), gpu.isEmpty() ? std::size_t(0) : e.gpu_loads.size());
        std::int64_t device_sum = 0;
        for (const json& d : plan["devices"]) {
            const json& c = d["components"];
            const std::int64_t parts =
                c["weights_bytes"].get<std::int64_t>() + c["kv_cache_bytes"].get<std::int64_t>() +
                c["activation_bytes"].get<std::int64_t>() + c["overhead_bytes"].get<std::int64_t>() +
                c["training_bytes"].get<std::int64_t>();
            QCOMPARE(d["total_bytes"].get<std::int64_t>(), parts);
            device_sum += parts;
        }
        std::int64_t gpu_sum = 0;
        for (const sizing::GpuLoad& load : e.gpu_loads) {
            gpu_sum += load.total();
        }
        QCOMPARE(device_sum, gpu.isEmpty() ? 0 : gpu_sum);
        QCOMPARE(plan["host"]["total_bytes"].get<std::int64_t>(), e.cpu_bytes);
        QCOMPARE(plan["fitscope_version"].get<std::string>(), std::string(fitscopeVersion()));
        QVERIFY(!plan["runtime_version"].get<std::string>().empty());
        QVERIFY(plan["settings"]["command"].get<std::string>().find(target == LaunchRuntime::Vllm ? "vllm serve"
                                                                    : target == LaunchRuntime::Ollama
                                                                        ? "ollama serve"
                                                                        : "llama-server") == 0 ||
                target == LaunchRuntime::Ollama);
    }

    void planWithFitChanges_matchesTheSchema() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-13b");
        s.gpu = catalogGpu("a10g"); // FP16 13B: 26 GB of weights on 24 GB
        const sizing::Estimate e = sizing::estimate(s);
        json plan = memoryPlanJson(s, e, settingsForScenario(s, e, LaunchRuntime::Vllm, defaultModelReference(s)));
        plan["fit_changes"] = fitChangesJson(cheapestChangesThatFit(s, catalog::Catalog::builtIn().gpus()));
        QVERIFY(!plan["fit_changes"].empty());
        const std::vector<std::string> errors = schemaErrors(plan);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
    }
};

QTEST_GUILESS_MAIN(TestMemoryPlan)
#include "test_memory_plan.moc"
