// Command lines read back into settings and scenarios; the round trip on the runtime logs' commands.
#include "../sizing/test_helpers.h"
#include "core/plan/command_parser.h"
#include "core/plan/launch_commands.h"
#include "core/plan/shell_words.h"
#include "core/sizing/llamacpp_profile.h"

#include <QObject>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace fitscope;
using namespace fitscope::plan;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

// The spellings each runtime accepts for a flag FitScope models, and the one it writes.
const std::map<std::string, std::string>& canonicalSpelling() {
    static const std::map<std::string, std::string> table = {
        {"--model", "-m"},
        {"--ctx-size", "-c"},
        {"--parallel", "-np"},
        {"--gpu-layers", "-ngl"},
        {"--n-gpu-layers", "-ngl"},
        {"--cache-type-k", "-ctk"},
        {"--cache-type-v", "-ctv"},
        {"--flash-attn", "-fa"},
        {"--ubatch-size", "-ub"},
        {"--tensor-split", "-ts"},
        {"--override-tensor", "-ot"},
        {"-mm", "--mmproj"},
        {"--tensor-parallel-size", "-tp"},
        {"--pipeline-parallel-size", "-pp"},
        {"-q", "--quantization"},
    };
    return table;
}

std::string flagName(const std::string& word) {
    const std::size_t eq = word.find('=');
    return word.starts_with("--") && eq != std::string::npos ? word.substr(0, eq) : word;
}

// The modelled flags of a command in their canonical spelling (unknown words left out).
std::set<std::string> modelledFlags(const std::vector<std::string>& words, const LaunchSettings& s) {
    std::set<std::string> unknown(s.unknown.begin(), s.unknown.end());
    std::set<std::string> flags;
    for (const std::string& word : words) {
        if (!word.starts_with("-") || unknown.count(word) > 0 || word.size() < 2 ||
            std::isdigit(static_cast<unsigned char>(word[1]))) {
            continue;
        }
        std::string name = flagName(word);
        const auto it = canonicalSpelling().find(name);
        flags.insert(it == canonicalSpelling().end() ? name : it->second);
    }
    // vLLM's --model is the positional model in `vllm serve MODEL`; python -m's "-m" is not a flag.
    flags.erase("-m");
    flags.erase("--model");
    return flags;
}

} // namespace

class TestCommandParser : public QObject {
    Q_OBJECT

private slots:
    void llamaServer_readsTheFlagsItModels() {
        const LaunchSettings s = parseLaunchCommand(
            "CUDA_VISIBLE_DEVICES=0,1 ./build/bin/llama-server -m '/models/Qwen3 30B.gguf' --ctx-size=65536 -np 2 "
            "-ngl 99 -ctk q8_0 -ctv q8_0 -fa on -ub 1024 -ts 3,1 --host 0.0.0.0 --port 8080 --jinja "
            "-ot 'blk\\.(1[4-9])\\.ffn_.*_exps\\.=CPU,exps=CUDA1'");
        QCOMPARE(s.runtime, LaunchRuntime::LlamaCpp);
        QCOMPARE(s.model, std::string("/models/Qwen3 30B.gguf"));
        QCOMPARE(*s.context_tokens, std::int64_t(65536));
        QCOMPARE(*s.parallel_sequences, std::int64_t(2));
        QCOMPARE(*s.gpu_layers, std::int64_t(99));
        QCOMPARE(*s.cache_type_k, sizing::KvFormat::Q8_0);
        QCOMPARE(*s.flash_attention, sizing::FlashAttention::On);
        QCOMPARE(*s.ubatch, std::int64_t(1024));
        QCOMPARE(s.tensor_split->size(), std::size_t(2));
        QCOMPARE(s.tensor_overrides.size(), std::size_t(2)); // split at the comma, order kept
        QCOMPARE(s.tensor_overrides[0], std::string("blk\\.(1[4-9])\\.ffn_.*_exps\\.=CPU"));
        const std::vector<std::string> unknown = {"--host", "0.0.0.0", "--port", "8080", "--jinja"};
        QCOMPARE(s.unknown, unknown);
        QCOMPARE(s.environment.size(), std::size_t(1));

        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        base.gpu = catalogGpu("rtx-3090");
        const sizing::Scenario scenario = scenarioFromSettings(s, base);
        QCOMPARE(scenario.runtime, sizing::Runtime::LlamaCpp);
        QCOMPARE(scenario.context_tokens, std::int64_t(32768)); // n_ctx / n_seq
        QCOMPARE(scenario.batch, std::int64_t(2));
        QCOMPARE(scenario.gpu_count, std::int64_t(2));
        QCOMPARE(scenario.precision.kv_cache, sizing::KvFormat::Q8_0);
        QCOMPARE(scenario.llamacpp.n_ubatch, std::int64_t(1024));
    }

    void vllmServe_readsTheFlagsItModels() {
        const LaunchSettings s = parseLaunchCommand(
            "vllm serve Qwen/Qwen2.5-14B-Instruct-GPTQ-Int4 --max-model-len=16384 --gpu-memory-utilization 0.85 "
            "--kv-cache-dtype fp8 --max-num-seqs 16 -tp 2 --quantization gptq --enforce-eager --enable-prefix-caching");
        QCOMPARE(s.runtime, LaunchRuntime::Vllm);
        QCOMPARE(s.model, std::string("Qwen/Qwen2.5-14B-Instruct-GPTQ-Int4"));
        sizing::Scenario base;
        base.model = catalogModel("llama-2-13b");
        base.gpu = catalogGpu("l4");
        const sizing::Scenario scenario = scenarioFromSettings(s, base);
        QCOMPARE(scenario.context_tokens, std::int64_t(16384));
        QCOMPARE(scenario.batch, std::int64_t(16));
        QCOMPARE(scenario.gpu_count, std::int64_t(2));
        QCOMPARE(scenario.vllm.gpu_memory_utilization, 0.85);
        QCOMPARE(scenario.precision.kv_cache, sizing::KvFormat::FP8);
        QCOMPARE(scenario.precision.weights, sizing::WeightFormat::GPTQ_INT4_G128);
        QVERIFY(!scenario.cuda_graphs);
        QCOMPARE(s.unknown, std::vector<std::string>{"--enable-prefix-caching"});
    }

    void ollama_readsItsEnvironment() {
        const LaunchSettings s =
            parseLaunchCommand("OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q4_0 OLLAMA_NUM_PARALLEL=3 ollama serve");
        QCOMPARE(s.runtime, LaunchRuntime::Ollama);
        QCOMPARE(*s.parallel_sequences, std::int64_t(3));
        QCOMPARE(*s.cache_type_k, sizing::KvFormat::Q4_0);
        QCOMPARE(*s.flash_attention, sizing::FlashAttention::On);
        QVERIFY(s.environment.empty());
        QCOMPARE(
            QString::fromStdString(shellCommand(s)),
            QStringLiteral("OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q4_0 OLLAMA_NUM_PARALLEL=3 ollama serve"));
    }

    // An exported scenario reads back as the same scenario.
    void exportThenParse_givesTheScenarioBack() {
        sizing::Scenario s;
        s.model = catalogModel("llama-3-8b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.precision.kv_cache = sizing::KvFormat::Q8_0;
        s.llamacpp.flash_attention = sizing::FlashAttention::On;
        s.llamacpp.n_ubatch = 256;
        s.context_tokens = 8192;
        s.batch = 3;
        s.gpu = catalogGpu("rtx-3060-12gb");
        s.runtime = sizing::Runtime::LlamaCpp;
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        const LaunchSettings out = settingsForScenario(s, e, LaunchRuntime::LlamaCpp, defaultModelReference(s));
        const sizing::Scenario back = scenarioFromSettings(parseLaunchCommand(shellCommand(out)), s);
        QCOMPARE(back.context_tokens, s.context_tokens);
        QCOMPARE(back.batch, s.batch);
        QCOMPARE(back.precision.kv_cache, s.precision.kv_cache);
        QCOMPARE(back.llamacpp.flash_attention, sizing::FlashAttention::On);
        QCOMPARE(back.llamacpp.n_ubatch, std::int64_t(256));
        QCOMPARE(sizing::estimate(back, sizing::Detail::NumbersOnly).per_gpu_bytes, e.per_gpu_bytes);
    }

    // Every command line in the runtime logs: parsed, exported, parsed again; the modelled flags of
    // the original are the flags of the export, and the export reads back to the same settings.
    void calibrationCommands_roundTrip() {
        std::ifstream file(std::string(FITSCOPE_SHARED_DIR) + "/data/runtime-logs/calibration.json");
        QVERIFY(file.good());
        const nlohmann::json doc = nlohmann::json::parse(file);
        int commands = 0;
        int parsed = 0;
        for (const nlohmann::json& c : doc.at("cases")) {
            if (!c.contains("settings") || !c["settings"].contains("command")) {
                continue;
            }
            ++commands;
            const std::string command = c["settings"]["command"].get<std::string>();
            const std::string id = c["id"].get<std::string>();
            LaunchSettings first;
            try {
                first = parseLaunchCommand(command);
            } catch (const CommandError& error) {
                // Two entries describe a command in prose ("same as 262144 run but ..."): refused,
                // naming the word that is not a program.
                QVERIFY2(command.starts_with("same as"), (id + ": " + error.what()).c_str());
                QVERIFY2(std::string(error.what()).find("'same'") != std::string::npos, error.what());
                continue;
            }
            ++parsed;
            const std::vector<std::string> exported = commandWords(first);
            const LaunchSettings second = parseLaunchCommand(shellCommand(first));
            QVERIFY2(commandWords(second) == exported, id.c_str());
            const std::set<std::string> original = modelledFlags(splitShellWords(command), first);
            const std::set<std::string> again = modelledFlags(exported, second);
            std::string message = id + ": original";
            for (const auto& f : original) {
                message += " " + f;
            }
            message += " / export";
            for (const auto& f : again) {
                message += " " + f;
            }
            QVERIFY2(original == again, message.c_str());
            // The scenario it describes can be estimated.
            sizing::Scenario base;
            base.model = catalogModel("llama-3-8b");
            base.gpu = catalogGpu("h100-80gb");
            const sizing::Scenario scenario = scenarioFromSettings(first, base);
            QVERIFY(sizing::estimate(scenario, sizing::Detail::NumbersOnly).total_bytes > 0);
        }
        QCOMPARE(commands, 10);
        QCOMPARE(parsed, 8);
    }

    void badCommands_nameThePart_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("part");
        QTest::newRow("unknown runtime") << "tgi-launcher --model x"
                                         << "'tgi-launcher'";
        QTest::newRow("broken quoting") << "llama-server -m 'model.gguf -c 4096"
                                        << "column 17";
        QTest::newRow("negative context") << "llama-server -m m.gguf -c -5"
                                          << "-c: -5";
        QTest::newRow("context not a number") << "llama-server -m m.gguf -c lots"
                                              << "-c: 'lots'";
        QTest::newRow("utilization above 1") << "vllm serve org/m --gpu-memory-utilization 1.7"
                                             << "--gpu-memory-utilization: 1.7";
        QTest::newRow("utilization zero") << "vllm serve org/m --gpu-memory-utilization=0"
                                          << "--gpu-memory-utilization";
        QTest::newRow("broken -ot regex") << "llama-server -m m.gguf -ot 'blk\\.(1[4-9]\\.ffn_.*=CPU'"
                                          << "-ot: 'blk\\.(1[4-9]\\.ffn_.*'";
        QTest::newRow("-ot without buffer") << "llama-server -m m.gguf -ot exps"
                                            << "-ot: 'exps'";
        QTest::newRow("missing value") << "llama-server -m m.gguf -ngl"
                                       << "-ngl: the value is missing";
        QTest::newRow("cache type llama.cpp lacks") << "llama-server -m m.gguf -ctk q6_k"
                                                    << "-ctk: cache type 'q6_k'";
        QTest::newRow("no model") << "llama-server -c 4096"
                                  << "-m:";
        QTest::newRow("vllm without serve") << "vllm bench org/m"
                                            << "vllm serve";
        QTest::newRow("ollama bad kv") << "OLLAMA_KV_CACHE_TYPE=q5_0 ollama serve"
                                       << "OLLAMA_KV_CACHE_TYPE";
        QTest::newRow("flash attention word") << "llama-server -m m.gguf --flash-attn=sometimes"
                                              << "--flash-attn: 'sometimes'";
        QTest::newRow("no slots") << "llama-server -m m.gguf -np 0"
                                  << "-np: 0";
    }
    void badCommands_nameThePart() {
        QFETCH(QString, command);
        QFETCH(QString, part);
        try {
            parseLaunchCommand(command.toStdString());
            QFAIL("the command was accepted");
        } catch (const CommandError& error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(part), error.what());
        }
    }

    void differentKAndV_areSizedEachWithItsType() {
        const LaunchSettings s = parseLaunchCommand("llama-server -m m.gguf -c 8192 -fa on -ctk q8_0 -ctv q4_0");
        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        const sizing::Scenario out = scenarioFromSettings(s, base);
        QVERIFY(out.precision.kv_cache == sizing::KvFormat::Q8_0);
        QVERIFY(out.llamacpp.cache_type_v == sizing::KvFormat::Q4_0);
        // 32 layers × 8 KV heads × 128 × 8192 cells × (34 + 18) / 32 bytes.
        QCOMPARE(sizing::estimate(out).kv_cache_bytes, 32LL * 8 * 128 * 8192 * (34 + 18) / 32);
        // The same V type as K is no separate setting.
        const sizing::Scenario same =
            scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -ctk q8_0 -ctv q8_0"), base);
        QVERIFY(!same.llamacpp.cache_type_v);
    }

    void parallelSlotsAndUnifiedKv() {
        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        const sizing::Scenario split =
            scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -c 16384 -np 4"), base);
        QCOMPARE(split.batch, qint64(4));
        QCOMPARE(split.context_tokens, qint64(4096));
        QVERIFY(!split.llamacpp.kv_unified);
        const sizing::Scenario unified =
            scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -c 16384 -np 4 -kvu"), base);
        QVERIFY(unified.llamacpp.kv_unified);
        QVERIFY(!scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -np 2 -kvu -no-kvu"), base)
                     .llamacpp.kv_unified);
        QVERIFY(scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -np 2 --kv-unified"), base)
                    .llamacpp.kv_unified);
        // A base with -kvu on does not leak into a command that leaves it out: llama.cpp's default is off.
        sizing::Scenario unified_base = base;
        unified_base.llamacpp.kv_unified = true;
        QVERIFY(!scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -np 2"), unified_base)
                     .llamacpp.kv_unified);
    }

    // llama-server without -np (or -np -1) runs 4 slots on one unified cache of n_ctx cells
    // (server.cpp: "n_parallel is set to auto, using n_parallel = 4 and kv_unified = true"), -no-kvu
    // notwithstanding; llama-cli keeps one sequence.
    void llamaServerWithoutNp_runsFourUnifiedSlots() {
        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        base.precision.weights = sizing::WeightFormat::Q4_K_M;
        base.runtime = sizing::Runtime::LlamaCpp;
        const LaunchSettings pasted = parseLaunchCommand("llama-server -m x.gguf -c 16384");
        QVERIFY(pasted.llama_server);
        QVERIFY(!pasted.parallel_sequences);
        const sizing::Scenario s = scenarioFromSettings(pasted, base);
        QCOMPARE(s.batch, qint64(4));
        QCOMPARE(s.context_tokens, qint64(4096));
        QVERIFY(s.llamacpp.kv_unified);
        // One stream of 16384 cells (pad(16384, 256)): 32 layers × 2 × 1024 × 2 bytes = 131072 bytes a cell.
        QCOMPARE(sizing::llamaCppCells(s, s.context_tokens, s.batch), std::int64_t(16384));
        QCOMPARE(sizing::estimate(s).kv_cache_bytes, 131072LL * 16384);
        for (const char* command :
             {"llama-server -m x.gguf -c 16384 -np -1", "llama-server -m x.gguf -c 16384 -no-kvu"}) {
            const sizing::Scenario same = scenarioFromSettings(parseLaunchCommand(command), base);
            QCOMPARE(same.batch, qint64(4));
            QVERIFY2(same.llamacpp.kv_unified, command);
        }
        // An explicit -np 4 splits the cache: four streams of 4096 cells, the same bytes here.
        const sizing::Scenario split =
            scenarioFromSettings(parseLaunchCommand("llama-server -m x.gguf -c 16384 -np 4"), base);
        QVERIFY(!split.llamacpp.kv_unified);
        QCOMPARE(sizing::llamaCppStreams(split, split.context_tokens, split.batch).streams, std::int64_t(4));
        // llama-cli: one sequence of the whole context.
        const LaunchSettings cli = parseLaunchCommand("llama-cli -m x.gguf -c 16384");
        QVERIFY(!cli.llama_server);
        const sizing::Scenario one = scenarioFromSettings(cli, base);
        QCOMPARE(one.batch, qint64(1));
        QCOMPARE(one.context_tokens, qint64(16384));
        QVERIFY(!one.llamacpp.kv_unified);
    }

    void flashAttention_onOffAutoAndTheBareSwitch_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("written");
        const int on = static_cast<int>(sizing::FlashAttention::On);
        const int off = static_cast<int>(sizing::FlashAttention::Off);
        const int autoFa = static_cast<int>(sizing::FlashAttention::Auto);
        QTest::newRow("auto") << "llama-server -m m.gguf -fa auto -np 1" << autoFa << "auto";
        QTest::newRow("on") << "llama-server -m m.gguf -fa on -np 1" << on << "on";
        QTest::newRow("off") << "llama-server -m m.gguf --flash-attn off -np 1" << off << "off";
        QTest::newRow("inline") << "llama-server -m m.gguf --flash-attn=enabled -np 1" << on << "on";
        // Builds before -fa took a value: a bare switch, the next word another flag or a positional.
        QTest::newRow("bare, a flag next") << "llama-server -m m.gguf -fa -np 1" << on << "on";
        QTest::newRow("bare, last") << "llama-server -m m.gguf -np 1 -fa" << on << "on";
        QTest::newRow("not given: llama.cpp's auto") << "llama-server -m m.gguf -np 1" << autoFa << "auto";
    }
    void flashAttention_onOffAutoAndTheBareSwitch() {
        QFETCH(QString, command);
        QFETCH(int, expected);
        QFETCH(QString, written);
        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        base.precision.weights = sizing::WeightFormat::Q4_K_M;
        base.gpu = catalogGpu("rtx-3090");
        const sizing::Scenario s = scenarioFromSettings(parseLaunchCommand(command.toStdString()), base);
        QCOMPARE(static_cast<int>(s.llamacpp.flash_attention), expected);
        // Auto is sized as on (every backend FitScope sizes runs the op): n_ctx padded to 256.
        QCOMPARE(sizing::llamaCppFlashAttention(s), s.llamacpp.flash_attention != sizing::FlashAttention::Off);
        // Written back with its value, which today's llama-server requires.
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        const LaunchSettings out = settingsForScenario(s, e, LaunchRuntime::LlamaCpp, defaultModelReference(s));
        const std::vector<std::string> words = commandWords(out);
        const auto fa = std::find(words.begin(), words.end(), "-fa");
        QVERIFY(fa != words.end() && fa + 1 != words.end());
        QCOMPARE(QString::fromStdString(*(fa + 1)), written);
        const sizing::Scenario back = scenarioFromSettings(parseLaunchCommand(shellCommand(out)), s);
        QCOMPARE(back.llamacpp.flash_attention, s.llamacpp.flash_attention);
    }

    // Every -ctk/-ctv type of llama.cpp's kv_cache_types is read, sized and written back.
    void everyLlamaCppCacheType_roundTrips_data() {
        QTest::addColumn<QString>("type");
        for (const char* t : {"f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "iq4_nl", "q5_0", "q5_1"}) {
            QTest::newRow(t) << QString::fromLatin1(t);
        }
    }
    void everyLlamaCppCacheType_roundTrips() {
        QFETCH(QString, type);
        const std::string command = "llama-server -m m.gguf -c 8192 -np 1 -fa on -ctk f16 -ctv " + type.toStdString();
        const LaunchSettings parsed = parseLaunchCommand(command);
        QVERIFY(parsed.cache_type_v.has_value());
        QCOMPARE(QString::fromLatin1(llamaCppCacheTypeName(*parsed.cache_type_v).data()), type);
        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        base.precision.weights = sizing::WeightFormat::Q4_K_M;
        base.gpu = catalogGpu("rtx-3090");
        const sizing::Scenario s = scenarioFromSettings(parsed, base);
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        const std::vector<std::string> words =
            commandWords(settingsForScenario(s, e, LaunchRuntime::LlamaCpp, defaultModelReference(s)));
        const auto ctv = std::find(words.begin(), words.end(), "-ctv");
        QVERIFY(ctv != words.end() && ctv + 1 != words.end());
        QCOMPARE(QString::fromStdString(*(ctv + 1)), type);
        // -ctk the same way.
        const LaunchSettings k = parseLaunchCommand("llama-server -m m.gguf -ctk " + type.toStdString());
        QCOMPARE(QString::fromLatin1(llamaCppCacheTypeName(*k.cache_type_k).data()), type);
    }

    // A pasted llama-server command, sized and exported again: -c, -np, -ctk, -ctv and -kvu come back
    // as they were given (K q8_0 and V q4_0 with flash attention are sized, not replaced).
    void slotsAndCacheTypes_areWrittenBackAsParsed_data() {
        QTest::addColumn<QString>("command");
        QTest::newRow("unified") << "llama-server -m m.gguf -c 32768 -np 4 -ngl 33 -ctk q8_0 -ctv q4_0 -fa on -kvu";
        QTest::newRow("per slot") << "llama-server -m m.gguf -c 16384 -np 2 -ngl 33 -ctk f16 -ctv q8_0 -fa on";
    }
    void slotsAndCacheTypes_areWrittenBackAsParsed() {
        QFETCH(QString, command);
        sizing::Scenario base;
        base.model = catalogModel("llama-3-8b");
        base.precision.weights = sizing::WeightFormat::Q4_K_M;
        base.gpu = catalogGpu("rtx-4090");
        const LaunchSettings parsed = parseLaunchCommand(command.toStdString());
        const sizing::Scenario s = scenarioFromSettings(parsed, base);
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        const std::vector<std::string> words =
            commandWords(settingsForScenario(s, e, LaunchRuntime::LlamaCpp, ModelReference{"m.gguf", "", "", ""}));
        auto valueOf = [](const std::vector<std::string>& w, const std::string& flag) {
            const auto it = std::find(w.begin(), w.end(), flag);
            return it == w.end() || it + 1 == w.end() ? std::string("(absent)") : *(it + 1);
        };
        const std::vector<std::string> given = splitShellWords(command.toStdString());
        for (const char* flag : {"-c", "-np", "-ctk", "-ctv", "-fa"}) {
            QCOMPARE(QString::fromStdString(valueOf(words, flag)), QString::fromStdString(valueOf(given, flag)));
        }
        const bool kvu_given = std::find(given.begin(), given.end(), "-kvu") != given.end();
        QCOMPARE(std::find(words.begin(), words.end(), "-kvu") != words.end(), kvu_given);
    }

    void contextZero_isTheModelsTrainingContext() {
        const LaunchSettings s = parseLaunchCommand("llama-server -m m.gguf -c 0 -np 1");
        sizing::Scenario base;
        base.model = catalogModel("llama-2-7b"); // max_position_embeddings 4096
        QCOMPARE(scenarioFromSettings(s, base).context_tokens, std::int64_t(4096));
        // Without -np the 4 auto slots share those 4096 cells.
        const sizing::Scenario auto_slots =
            scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -c 0"), base);
        QCOMPARE(auto_slots.context_tokens * auto_slots.batch, std::int64_t(4096));
    }
};

QTEST_GUILESS_MAIN(TestCommandParser)
#include "test_command_parser.moc"
