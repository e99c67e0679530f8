// Launch commands for the README's scenarios, as golden strings, and shell quoting.
#include "../sizing/test_helpers.h"
#include "core/plan/command_parser.h"
#include "core/plan/launch_commands.h"
#include "core/plan/shell_words.h"
#include "core/sizing/prepared_model.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace fitscope;
using namespace fitscope::plan;
using fitscope::testing::catalogGpu;
using fitscope::testing::catalogModel;

namespace {

LaunchSettings exported(sizing::Scenario s, LaunchRuntime runtime) {
    s.runtime = sizingRuntimeFor(runtime);
    const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
    return settingsForScenario(s, e, runtime, defaultModelReference(s));
}

} // namespace

class TestLaunchCommands : public QObject {
    Q_OBJECT

private slots:
    // README: fitscope-cli estimate --model llama-3-8b --weights q4_k_m --runtime llamacpp --gpu rtx-3070 --gpu-layers
    // 20
    void llamaServer_partialOffload_namesTheLayers() {
        sizing::Scenario s;
        s.model = catalogModel("llama-3-8b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.gpu = catalogGpu("rtx-3070");
        s.llamacpp.n_gpu_layers = 20;
        QCOMPARE(
            QString::fromStdString(shellCommand(exported(s, LaunchRuntime::LlamaCpp))),
            QStringLiteral("llama-server -m llama-3-8b-Q4_K_M.gguf -c 4096 -np 1 -ngl 20 -ctk f16 -ctv f16 -fa auto "
                           "-ub 512"));
    }

    // README: --config Meta-Llama-3-8B --weights q4_k_m --kv-cache q8_0 --context 8192 --gpu rtx-3060-12gb, on
    // llama.cpp --flash-attn off: without flash attention llama.cpp keeps V in F16, so the command says -ctv f16,
    // as sized. With -fa auto (the default) flash attention runs and V stays q8_0.
    void llamaServer_quantizedKvWithoutFlash_keepsVInF16() {
        sizing::Scenario s;
        s.model = catalogModel("llama-3-8b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.precision.kv_cache = sizing::KvFormat::Q8_0;
        s.context_tokens = 8192;
        s.gpu = catalogGpu("rtx-3060-12gb");
        QVERIFY(QString::fromStdString(shellCommand(exported(s, LaunchRuntime::LlamaCpp)))
                    .contains(QLatin1String(" -ctk q8_0 -ctv q8_0 -fa auto ")));
        s.llamacpp.flash_attention = sizing::FlashAttention::Off;
        // llama-3-8b: 32 layers + the output layer, all of them on the GPU.
        QCOMPARE(
            QString::fromStdString(shellCommand(exported(s, LaunchRuntime::LlamaCpp))),
            QStringLiteral("llama-server -m llama-3-8b-Q4_K_M.gguf -c 8192 -np 1 -ngl 33 -ctk q8_0 -ctv f16 -fa off "
                           "-ub 512"));
        s.llamacpp.flash_attention = sizing::FlashAttention::On;
        s.batch = 4;
        s.gpu_count = 2;
        QCOMPARE(QString::fromStdString(shellCommand(exported(s, LaunchRuntime::LlamaCpp))),
                 QStringLiteral("llama-server -m llama-3-8b-Q4_K_M.gguf -c 32768 -np 4 -ngl 33 -ts 1,1 -ctk q8_0 -ctv "
                                "q8_0 -fa on -ub 512"));
    }

    // MoE expert placement: -ot rules, then --cpu-moe / --n-cpu-moe, and back to the same options.
    void llamaServer_expertPlacement_roundTrips() {
        sizing::Scenario s;
        s.model = catalogModel("qwen3-30b-a3b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.gpu = catalogGpu("rtx-4090");
        s.llamacpp.n_cpu_moe = 20;
        s.llamacpp.tensor_overrides = sizing::parseTensorOverrides("blk\\.4[0-7]\\.ffn_up_exps=CPU");
        const std::string command = shellCommand(exported(s, LaunchRuntime::LlamaCpp));
        QCOMPARE(QString::fromStdString(command),
                 QStringLiteral("llama-server -m qwen3-30b-a3b-Q4_K_M.gguf -c 4096 -np 1 -ngl 49 -ctk f16 -ctv f16 -fa "
                                "auto -ub 512 -ot 'blk\\.4[0-7]\\.ffn_up_exps=CPU' --n-cpu-moe 20"));
        const sizing::Scenario back = scenarioFromSettings(parseLaunchCommand(command), s);
        QCOMPARE(back.llamacpp.n_cpu_moe, std::int64_t{20});
        QVERIFY(!back.llamacpp.cpu_moe);
        QCOMPARE(back.llamacpp.tensor_overrides, s.llamacpp.tensor_overrides);
        s.runtime = sizing::Runtime::LlamaCpp;
        QCOMPARE(shellCommand(exported(back, LaunchRuntime::LlamaCpp)), command);
        QCOMPARE(sizing::estimate(back).llamacpp->cpu_expert_bytes, sizing::estimate(s).llamacpp->cpu_expert_bytes);

        // --cpu-moe alone, and a command without placement clears the base's.
        const sizing::Scenario all = scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -cmoe"), s);
        QVERIFY(all.llamacpp.cpu_moe);
        QCOMPARE(all.llamacpp.n_cpu_moe, std::int64_t{0});
        QVERIFY(all.llamacpp.tensor_overrides.empty());
        QVERIFY(QString::fromStdString(shellCommand(exported(all, LaunchRuntime::LlamaCpp))).endsWith(" --cpu-moe"));
        const sizing::Scenario none = scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -ngl 99"), s);
        QCOMPARE(none.llamacpp.n_cpu_moe, std::int64_t{0});
        QVERIFY(none.llamacpp.tensor_overrides.empty());
        // Ollama cannot express it: a warning, not a silent difference.
        QVERIFY(!exported(s, LaunchRuntime::Ollama).warnings.empty());
    }

    // README: fitscope-cli estimate --model llama-2-70b --runtime vllm --gpu a100-80gb --gpus 4 --parallel tp
    void vllmServe_tensorParallel_fp16() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-70b");
        s.gpu = catalogGpu("a100-80gb");
        s.gpu_count = 4;
        QCOMPARE(
            QString::fromStdString(shellCommand(exported(s, LaunchRuntime::Vllm))),
            QStringLiteral("vllm serve meta-llama/Llama-2-70b-hf --max-model-len 4096 --gpu-memory-utilization 0.9 "
                           "--kv-cache-dtype auto --max-num-seqs 256 --max-num-batched-tokens 8192 -tp 4 --dtype "
                           "float16"));
    }

    // A GPTQ checkpoint with an FP8 cache, eager, pipeline parallel.
    void vllmServe_gptqFp8EagerPipeline() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-13b");
        s.precision.weights = sizing::WeightFormat::GPTQ_INT4_G128;
        s.precision.kv_cache = sizing::KvFormat::FP8;
        s.context_tokens = 16384;
        s.batch = 8;
        s.gpu = catalogGpu("l4");
        s.gpu_count = 2;
        s.parallelism = sizing::Parallelism::Pipeline;
        s.cuda_graphs = false;
        s.vllm.gpu_memory_utilization = 0.85;
        s.vllm.max_num_seqs = 8; // --max-num-seqs is the profile's, as the estimate assumed it
        QCOMPARE(QString::fromStdString(shellCommand(exported(s, LaunchRuntime::Vllm))),
                 QStringLiteral("vllm serve meta-llama/Llama-2-13b-hf --max-model-len 16384 --gpu-memory-utilization "
                                "0.85 --kv-cache-dtype fp8 --max-num-seqs 8 --max-num-batched-tokens 8192 -pp 2 "
                                "--quantization gptq --enforce-eager"));
    }

    // The batch is a plan, --max-num-seqs the profile's setting: the default profile writes vLLM's 256,
    // and a batch above it is a warning (vLLM would queue the rest).
    void vllm_maxNumSeqs_isTheProfiles_andABatchAboveItWarns() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.gpu = catalogGpu("a10g");
        s.batch = 4;
        LaunchSettings settings = exported(s, LaunchRuntime::Vllm);
        QCOMPARE(settings.parallel_sequences.value_or(0), std::int64_t{256});
        QVERIFY(settings.warnings.empty());
        s.vllm.max_num_seqs = 2;
        settings = exported(s, LaunchRuntime::Vllm);
        QCOMPARE(settings.parallel_sequences.value_or(0), std::int64_t{2});
        QCOMPARE(settings.warnings.size(), std::size_t{1});
        QVERIFY(settings.warnings.front().find("--max-num-seqs 2") != std::string::npos);
        // Read back, --max-num-seqs is both the batch and the profile's setting.
        const sizing::Scenario back = scenarioFromSettings(parseLaunchCommand("vllm serve m --max-num-seqs 6"), s);
        QCOMPARE(back.batch, std::int64_t{6});
        QCOMPARE(back.vllm.max_num_seqs, std::int64_t{6});
    }

    void commandsHoldTheImageTokens_andReadBackAsText() {
        sizing::Scenario s;
        s.model = catalogModel("gemma-4-26b-a4b");
        s.gpu = catalogGpu("h100-80gb");
        s.context_tokens = 8192;
        s.batch = 2;
        s.images_per_request = 2; // 2 × 280 soft tokens
        QCOMPARE(exported(s, LaunchRuntime::LlamaCpp).context_tokens.value_or(0), std::int64_t{(8192 + 560) * 2});
        QCOMPARE(exported(s, LaunchRuntime::Vllm).context_tokens.value_or(0), std::int64_t{8192 + 560});
        QCOMPARE(exported(s, LaunchRuntime::Ollama).context_tokens.value_or(0), std::int64_t{8192 + 560});
        // A pasted command's length holds the images too: the scenario keeps its images and the text.
        const sizing::Scenario back = scenarioFromSettings(parseLaunchCommand("vllm serve m --max-model-len 10000"), s);
        QCOMPARE(back.context_tokens, std::int64_t{10000 - 560});
        QCOMPARE(back.images_per_request, std::int64_t{2});
        const sizing::Scenario llama =
            scenarioFromSettings(parseLaunchCommand("llama-server -m m.gguf -c 20000 -np 2"), s);
        QCOMPARE(llama.context_tokens, std::int64_t{10000 - 560});
    }

    // llama-server takes images only with its projector: the command loads the one the model was read
    // with, and says so when the estimate has none.
    void llamaServer_mmproj_isTheProjectorTheModelWasReadWith() {
        sizing::Scenario s;
        s.model = catalogModel("gemma-4-26b-a4b"); // its vision tower from config.json: no mmproj file
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.gpu = catalogGpu("rtx-4090");
        s.images_per_request = 1;
        ModelReference ref = defaultModelReference(s);
        ref.mmproj_path = "mmproj-gemma-4-f16.gguf";
        s.runtime = sizing::Runtime::LlamaCpp;
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        const LaunchSettings without = settingsForScenario(s, e, LaunchRuntime::LlamaCpp, ref);
        QVERIFY(!without.mmproj); // not in the estimate, so not in the command
        QCOMPARE(without.warnings.size(), std::size_t(1));
        QVERIFY(without.warnings[0].find("--mmproj") != std::string::npos);
        s.images_per_request = 0;
        QVERIFY(exported(s, LaunchRuntime::LlamaCpp).warnings.empty()); // text only: nothing to say

        // Read with its projector (as addGgufProjector marks a GGUF model): the command loads it.
        auto with_projector = std::make_shared<sizing::PreparedModel>(*s.model);
        with_projector->spec.encoder_in_projector_file = true;
        s.model = with_projector;
        s.images_per_request = 1;
        const LaunchSettings with =
            settingsForScenario(s, sizing::estimate(s, sizing::Detail::NumbersOnly), LaunchRuntime::LlamaCpp, ref);
        QCOMPARE(with.mmproj.value_or(""), std::string("mmproj-gemma-4-f16.gguf"));
        QVERIFY(with.warnings.empty());
        const std::vector<std::string> words = commandWords(with);
        const auto at = std::find(words.begin(), words.end(), "--mmproj");
        QVERIFY(at != words.end() && at + 1 != words.end() && *(at + 1) == "mmproj-gemma-4-f16.gguf");
        // And a pasted command gives it back.
        QCOMPARE(parseLaunchCommand(shellCommand(with)).mmproj.value_or(""), std::string("mmproj-gemma-4-f16.gguf"));
    }

    void vllm_kvFormatItLacks_isAWarningNotAFlag() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.precision.kv_cache = sizing::KvFormat::Q4_0;
        s.gpu = catalogGpu("a10g");
        const LaunchSettings settings = exported(s, LaunchRuntime::Vllm);
        QVERIFY(!settings.cache_type_k);
        QCOMPARE(settings.warnings.size(), std::size_t(1));
        QVERIFY(settings.warnings[0].find("q4_0") != std::string::npos);
    }

    // -ctv and -kvu from the scenario, and back: the command sizes what was estimated.
    void llamaServer_separateVTypeAndUnifiedKv_roundTrip() {
        sizing::Scenario s;
        s.model = catalogModel("llama-3-8b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.precision.kv_cache = sizing::KvFormat::Q8_0;
        s.llamacpp.cache_type_v = sizing::KvFormat::Q4_0;
        s.llamacpp.flash_attention = sizing::FlashAttention::On;
        s.llamacpp.kv_unified = true;
        s.context_tokens = 8192;
        s.gpu = catalogGpu("rtx-3060-12gb");
        const std::string command = shellCommand(exported(s, LaunchRuntime::LlamaCpp));
        QCOMPARE(QString::fromStdString(command),
                 QStringLiteral("llama-server -m llama-3-8b-Q4_K_M.gguf -c 8192 -np 1 -ngl 33 -ctk q8_0 -ctv q4_0 "
                                "-fa on -ub 512 -kvu"));
    }

    // README: fitscope-cli estimate --gguf ./Llama-2-7b.Q4_K_M.gguf --runtime llamacpp --gpu rtx-3060-12gb, as Ollama.
    void ollama_environmentAndModelfile() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.precision.kv_cache = sizing::KvFormat::Q8_0;
        s.llamacpp.flash_attention = sizing::FlashAttention::On;
        s.batch = 2;
        s.gpu = catalogGpu("rtx-3060-12gb");
        const LaunchSettings settings = exported(s, LaunchRuntime::Ollama);
        QCOMPARE(
            QString::fromStdString(shellCommand(settings)),
            QStringLiteral("OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0 OLLAMA_NUM_PARALLEL=2 ollama serve"));
        QCOMPARE(QString::fromStdString(ollamaModelfile(settings)),
                 QStringLiteral("FROM ./llama-2-7b-Q4_K_M.gguf\nPARAMETER num_ctx 4096\nPARAMETER num_gpu 33\n"));
        QVERIFY(settings.warnings.empty());
    }

    void shellQuote_quotesWhatShNeeds_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain path") << "./models/a-b_c.gguf"
                                    << "./models/a-b_c.gguf";
        QTest::newRow("space") << "My Model.gguf"
                               << "'My Model.gguf'";
        QTest::newRow("regex") << "blk\\.(1[4-9])\\.ffn_.*_exps\\.=CPU"
                               << "'blk\\.(1[4-9])\\.ffn_.*_exps\\.=CPU'";
        QTest::newRow("single quote") << "it's"
                                      << "'it'\\''s'";
        QTest::newRow("dollar") << "$HOME"
                                << "'$HOME'";
        QTest::newRow("empty") << ""
                               << "''";
    }
    void shellQuote_quotesWhatShNeeds() {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(QString::fromStdString(shellQuote(word.toStdString())), quoted);
        // sh reads it back unchanged.
        const auto words = splitShellWords(shellQuote(word.toStdString()));
        QCOMPARE(words.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(words[0]), word);
    }

    void modelPathWithSpaces_isQuotedInTheCommand() {
        sizing::Scenario s;
        s.model = catalogModel("llama-2-7b");
        s.precision.weights = sizing::WeightFormat::Q4_K_M;
        s.gpu = catalogGpu("rtx-3060-12gb");
        s.runtime = sizing::Runtime::LlamaCpp;
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        ModelReference ref = defaultModelReference(s);
        ref.gguf_path = "/models/Llama 2 (7B).gguf";
        const std::string line = shellCommand(settingsForScenario(s, e, LaunchRuntime::LlamaCpp, ref));
        QVERIFY2(line.starts_with("llama-server -m '/models/Llama 2 (7B).gguf' -c 4096"), line.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLaunchCommands)
#include "test_launch_commands.moc"
