// The runtime log readers on the verbatim log lines of the calibration cases (tests/data/runtime-logs,
// a copy of shared/data/runtime-logs/calibration.json) and on the formats and bad inputs the cases
// lack (llama_memory_breakdown_print, vLLM's start-up errors, iSWA and recurrent caches, Ollama's
// engine, truncated, interleaved, impossible and binary logs).
#include "core/logs/runtime_log.h"

#include <QFile>
#include <QObject>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

using namespace fitscope::logs;

namespace {

constexpr std::int64_t MiB(double v) {
    return static_cast<std::int64_t>(v * 1048576.0 + 0.5);
}
constexpr std::int64_t GiB(double v) {
    return static_cast<std::int64_t>(v * 1073741824.0 + 0.5);
}

bool mentions(const std::vector<std::string>& lines, std::string_view what) {
    for (const std::string& l : lines) {
        if (l.find(what) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// The figure the calibration file's `expect` key names, read from the parsed log (nullopt when the
// quote does not print it).
std::optional<double> parsedFigure(const RuntimeLog& log, const std::string& key) {
    auto first = [&](std::string_view field) -> std::optional<double> {
        const LogFigure* f = log.figure(field);
        return f ? std::optional<double>(f->value()) : std::nullopt;
    };
    auto optional = [](const auto& v) -> std::optional<double> {
        return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
    };
    if (key == "weights_per_gpu_bytes") {
        return first("model_weights");
    }
    if (key == "non_torch_bytes") {
        return first("non_torch");
    }
    if (key == "activation_peak_bytes") {
        return first("activation_peak");
    }
    if (key == "kv_pool_bytes") {
        // The worst rank bounds the pool (every rank allocates the same number of blocks).
        std::optional<double> worst;
        for (const LogFigure* f : log.figuresOf("kv_cache_available")) {
            worst = worst ? std::min(*worst, f->value()) : f->value();
        }
        return worst;
    }
    if (key == "kv_tokens") {
        return first("kv_cache_tokens");
    }
    if (key == "max_concurrency") {
        return first("max_concurrency");
    }
    if (key == "gpu_blocks") {
        return optional(log.settings.gpu_blocks);
    }
    if (key == "vllm_budget_bytes") {
        return optional(log.settings.requested_memory_bytes);
    }
    if (key == "gpu_total_reported_bytes") {
        return optional(log.settings.total_gpu_memory_bytes);
    }
    if (key == "peak_torch_bytes") {
        return optional(log.settings.peak_torch_bytes);
    }
    if (key == "request_kv_bytes") {
        return log.vllm_error ? optional(log.vllm_error->needed_bytes) : std::nullopt;
    }
    if (key == "llamacpp_compute_buffer_gpu_bytes") {
        return first("compute_buffer");
    }
    if (key == "llamacpp_compute_buffer_host_bytes") {
        return first("compute_buffer_host");
    }
    if (key == "llamacpp_kv_buffer_bytes") {
        if (const LogFigure* f = log.figure("ollama_kv")) {
            return f->value();
        }
        return optional(log.settings.kv_self_bytes);
    }
    if (key == "weights_total_bytes") {
        return first("ollama_weights_total");
    }
    return std::nullopt;
}

} // namespace

class TestRuntimeLogs : public QObject {
    Q_OBJECT

    nlohmann::json m_cases;

    const nlohmann::json& calibrationCase(const std::string& id) const {
        for (const auto& c : m_cases) {
            if (c.at("id") == id) {
                return c;
            }
        }
        throw std::runtime_error("no case " + id);
    }

private slots:
    void initTestCase() {
        QFile file(QStringLiteral(FITSCOPE_TEST_DATA_DIR "/runtime-logs/calibration.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_cases = nlohmann::json::parse(file.readAll().toStdString()).at("cases");
        QVERIFY(m_cases.size() >= 20);
    }

    // Every printed figure the case's `expect` names is read back from its quote exactly (the
    // expected bytes were converted from the same printed numbers).
    void calibrationQuote_readsPrintedFigures_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_cases.size(); ++i) {
            QTest::newRow(m_cases[i].at("id").get<std::string>().c_str()) << int(i);
        }
    }
    void calibrationQuote_readsPrintedFigures() {
        QFETCH(int, index);
        const auto& c = m_cases[static_cast<std::size_t>(index)];
        const RuntimeLog log = parseRuntimeLog(c.at("quote").get<std::string>());
        const std::string runtime = c.at("runtime");
        const bool ollama = c.at("id").get<std::string>().starts_with("ollama");
        if (c.at("id") == "lcpp-command-r7b-31k-swafull") {
            // Its only figure is nvidia-smi's total, quoted in prose: no runtime line to read.
            QCOMPARE(log.runtime, LogRuntime::Unknown);
            QVERIFY(!log.usable());
            QVERIFY(describeRuntimeLog(log).find("Missing") != std::string::npos);
            return;
        }
        QCOMPARE(std::string(runtimeName(log.runtime)), ollama ? std::string("ollama") : runtime);
        int compared = 0;
        for (const auto& [key, value] : c.at("expect").items()) {
            if (key == "expected_outcome") {
                const std::string outcome = value;
                if (runtime == "vllm") {
                    QCOMPARE(log.outcome, outcome == "starts" ? LogOutcome::Started : LogOutcome::Refused);
                } else {
                    QCOMPARE(log.outcome, outcome == "fits" ? LogOutcome::Loaded : LogOutcome::OutOfMemory);
                }
                ++compared;
                continue;
            }
            if (key == "kv_bytes_per_token") {
                continue; // derived by the calibration file, not printed
            }
            if (key == "llamacpp_kv_buffer_bytes" && !ollama) {
                // The two Qwen3.5 cases share one quote (q8_0 at n_ctx 32768); their expectations come
                // from the thread's table. The quote's KV must be the case's bytes per token × n_ctx
                // when its cache type is the case's.
                const auto& settings =
                    c.at("settings_without_flag").contains("type_k") ? c.at("settings_without_flag") : c.at("settings");
                QVERIFY(log.settings.type_k.has_value());
                // n_ctx as printed, else the case's (the row-split excerpt shows only the slot's n_ctx).
                const double n_ctx =
                    log.settings.n_ctx ? double(*log.settings.n_ctx) : c.at("settings").at("n_ctx").get<double>();
                if (settings.contains("type_k") && settings.at("type_k") != *log.settings.type_k) {
                    QCOMPARE(*log.settings.type_k, std::string("q8_0")); // the quote's own type
                    ++compared;
                    continue;
                }
                const double per_token = c.at("expect").at("kv_bytes_per_token").get<double>();
                QVERIFY(log.settings.kv_self_bytes.has_value());
                QCOMPARE(static_cast<double>(*log.settings.kv_self_bytes), per_token * n_ctx);
                ++compared;
                continue;
            }
            const auto parsed = parsedFigure(log, key);
            QVERIFY2(parsed.has_value(),
                     qPrintable(QString::fromStdString("not read: " + key + "\n" + describeRuntimeLog(log))));
            const double expected = value.get<double>();
            QVERIFY2(std::abs(*parsed - expected) <= std::max(2.0, 1e-9 * expected),
                     qPrintable(QString::fromStdString(key + ": read " + std::to_string(*parsed) + ", expected " +
                                                       std::to_string(expected))));
            ++compared;
        }
        QVERIFY(compared > 0);
        QVERIFY2(log.problems.empty(), qPrintable(QString::fromStdString(describeRuntimeLog(log))));
    }

    void vllmV1Quote_readsEngineArguments() {
        const RuntimeLog log =
            parseRuntimeLog(calibrationCase("vllm-qwen36-35b-a3b-nvfp4-5090-rec45").at("quote").get<std::string>());
        QCOMPARE(log.settings.engine.value_or(""), std::string("V1"));
        QCOMPARE(log.settings.version.value_or(""), std::string("v0.24.0"));
        QCOMPARE(log.settings.max_model_len.value_or(0), 131072);
        QCOMPARE(log.settings.max_num_seqs.value_or(0), 1);
        QCOMPARE(log.settings.max_num_batched_tokens.value_or(0), 8192);
        QCOMPARE(log.settings.kv_cache_dtype.value_or(""), std::string("fp8"));
        QCOMPARE(log.settings.quantization.value_or(""), std::string("modelopt"));
        QCOMPARE(log.settings.enable_chunked_prefill.value_or(false), true);
        QVERIFY(mentions(log.missing, "total_gpu_memory"));
    }

    void vllmV1ConfigLine_readsParallelismAndEagerMode() {
        const RuntimeLog log =
            parseRuntimeLog(calibrationCase("vllm-dsv2-lite-chat-32k-cpuoffload").at("quote").get<std::string>());
        QCOMPARE(log.settings.engine.value_or(""), std::string("V1"));
        QCOMPARE(log.settings.version.value_or(""), std::string("v0.8.3.dev172+g2b93162f"));
        QCOMPARE(log.settings.tensor_parallel_size.value_or(0), 1);
        QCOMPARE(log.settings.pipeline_parallel_size.value_or(0), 1);
        QCOMPARE(log.settings.enforce_eager.value_or(false), true);
        QCOMPARE(log.settings.dtype.value_or(""), std::string("bfloat16"));
        QCOMPARE(log.settings.model.value_or(""), std::string("/home/user/DeepSeek-V2-Lite-Chat/"));
        QVERIFY(log.vllm_error.has_value());
        QCOMPARE(log.vllm_error->kind, VllmStartError::Kind::KvCacheNeeded);
        QCOMPARE(log.vllm_error->max_seq_len.value_or(0), 32768);
        QCOMPARE(log.vllm_error->available_bytes.value_or(0), GiB(0.93));
        QCOMPARE(log.outcome, LogOutcome::Refused);
    }

    void vllmRankPrefixes_keepOneFigurePerRank() {
        const RuntimeLog log =
            parseRuntimeLog(calibrationCase("vllm-dsv2-lite-l4-tp2pp2-1k").at("quote").get<std::string>());
        QCOMPARE(log.figuresOf("kv_cache_available").size(), std::size_t(4));
        QVERIFY(log.figure("kv_cache_available", "rank0") != nullptr);
        QCOMPARE(log.figure("kv_cache_available", "rank3")->amount, GiB(11.33));
        QCOMPARE(log.figure("kv_cache_available", "rank1")->amount, GiB(12.13));
        QCOMPARE(log.settings.max_model_len.value_or(0), 1024);
    }

    void vllmV0Error_readsKvTokens() {
        const std::string text =
            "INFO 11-20 10:00:00 worker.py:232] Memory profiling results: total_gpu_memory=23.58GiB "
            "initial_memory_usage=15.34GiB peak_torch_memory=17.06GiB memory_usage_post_profile=15.35GiB "
            "non_torch_memory=0.35GiB kv_cache_size=2.89GiB gpu_memory_utilization=0.90\n"
            "ValueError: The model's max seq len (29000) is larger than the maximum number of tokens that can be "
            "stored in KV cache (23648). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when "
            "initializing the engine.\n";
        const RuntimeLog log = parseRuntimeLog(text);
        QCOMPARE(log.runtime, LogRuntime::Vllm);
        QCOMPARE(log.settings.engine.value_or(""), std::string("V0"));
        QVERIFY(log.vllm_error.has_value());
        QCOMPARE(log.vllm_error->kind, VllmStartError::Kind::MaxSeqLenTooLarge);
        QCOMPARE(log.vllm_error->max_seq_len.value_or(0), 29000);
        QCOMPARE(log.vllm_error->kv_cache_tokens.value_or(0), 23648);
        QCOMPARE(log.settings.max_model_len.value_or(0), 29000);
        QCOMPARE(log.settings.gpu_memory_utilization.value_or(0), 0.9);
        QCOMPARE(log.outcome, LogOutcome::Refused);
        // No weights line: the activation peak cannot be derived and is reported missing.
        QVERIFY(mentions(log.missing, "activation_peak"));
    }

    void vllmV1Error_readsEstimatedMaximumModelLength() {
        const RuntimeLog log = parseRuntimeLog(
            "(EngineCore_DP0 pid=268) ERROR 10-21 00:35:03 [core.py:708] ValueError: To serve at least one request "
            "with the models's max seq len (262144), (24.00 GiB KV cache is needed, which is larger than the "
            "available KV cache memory (8.04 GiB). Based on the available memory, the estimated maximum model "
            "length is 87840. Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when "
            "initializing the engine.");
        QVERIFY(log.vllm_error.has_value());
        QCOMPARE(log.vllm_error->needed_bytes.value_or(0), GiB(24.0));
        QCOMPARE(log.vllm_error->available_bytes.value_or(0), GiB(8.04));
        QCOMPARE(log.vllm_error->estimated_max_model_len.value_or(0), 87840);
        QCOMPARE(log.settings.engine.value_or(""), std::string("V1"));
    }

    void vllmV1Start_readsWeightsAndCudaGraphs() {
        const RuntimeLog log = parseRuntimeLog(
            "INFO 05-01 10:00:00 [gpu_model_runner.py:1329] Model loading took 14.9889 GiB and 4.03 seconds\n"
            "INFO 05-01 10:00:09 [gpu_worker.py:227] Available KV cache memory: 5.21 GiB\n"
            "INFO 05-01 10:00:09 [kv_cache_utils.py:634] GPU KV cache size: 42,672 tokens\n"
            "INFO 05-01 10:00:09 [kv_cache_utils.py:637] Maximum concurrency for 32,768 tokens per request: 1.30x\n"
            "INFO 05-01 10:00:30 [gpu_model_runner.py:1671] Graph capturing finished in 21 secs, took 0.52 GiB\n");
        QCOMPARE(log.figure("model_weights")->amount, static_cast<std::int64_t>(14.9889 * 1073741824.0 + 0.5));
        QCOMPARE(log.figure("cuda_graphs")->amount, GiB(0.52));
        QCOMPARE(log.figure("kv_cache_tokens")->amount, 42672);
        QCOMPARE(log.figure("max_concurrency")->ratio, 1.30);
        QCOMPARE(log.settings.max_model_len.value_or(0), 32768);
        QCOMPARE(log.outcome, LogOutcome::Started);
    }

    void llamaCppNewFormat_readsEveryBuffer() {
        const RuntimeLog log = parseRuntimeLog(
            "build: 6500 (abc1234) with cc for x86_64-linux-gnu\n"
            "llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 4090) (0000:01:00.0) - "
            "23008 MiB free\n"
            "print_info: arch             = gemma3\n"
            "print_info: n_layer          = 62\n"
            "print_info: general.name     = Gemma 3 27b It\n"
            "load_tensors: offloaded 63/63 layers to GPU\n"
            "load_tensors:        CUDA0 model buffer size = 15773.97 MiB\n"
            "load_tensors:   CPU_Mapped model buffer size =  1102.77 MiB\n"
            "llama_context: n_ctx         = 32768\n"
            "llama_context: n_ubatch      = 512\n"
            "llama_context: flash_attn    = auto\n"
            "llama_context:  CUDA_Host  output buffer size =     1.00 MiB\n"
            "llama_kv_cache_iswa: creating non-SWA KV cache, size = 32768 cells\n"
            "llama_kv_cache:      CUDA0 KV buffer size =  2560.00 MiB\n"
            "llama_kv_cache: size = 2560.00 MiB ( 32768 cells,  10 layers,  1/1 seqs), K (f16): 1280.00 MiB, V (f16): "
            "1280.00 MiB\n"
            "llama_kv_cache_iswa: creating     SWA KV cache, size = 1536 cells\n"
            "llama_kv_cache:      CUDA0 KV buffer size =   624.00 MiB\n"
            "llama_kv_cache: size =  624.00 MiB (  1536 cells,  52 layers,  1/1 seqs), K (f16):  312.00 MiB, V (f16): "
            " 312.00 MiB\n"
            "llama_memory_recurrent:      CUDA0 RS buffer size =   100.50 MiB\n"
            "llama_context:      CUDA0 compute buffer size =   522.62 MiB\n"
            "llama_context:  CUDA_Host compute buffer size =   138.51 MiB\n"
            "llama_memory_breakdown_print: | memory breakdown [MiB] | total   free    self   model   context   compute "
            "   unaccounted |\n"
            "llama_memory_breakdown_print: |   - CUDA0 (RTX 4090)   | 24080 = 2592 + (19581 = 15773 +   3285 +     "
            "522) "
            "+        1907 |\n"
            "llama_memory_breakdown_print: |   - Host               |                  1241 =  1102 +       1 +     "
            "138 "
            "               |\n");
        QCOMPARE(log.runtime, LogRuntime::LlamaCpp);
        QCOMPARE(log.format,
                 std::string("llama.cpp load log (new format) build 6500 (abc1234) with cc for x86_64-linux-gnu"));
        QCOMPARE(log.figure("model_buffer", "CUDA0")->amount, MiB(15773.97));
        QCOMPARE(log.figure("model_buffer", "CPU_Mapped")->amount, MiB(1102.77));
        QCOMPARE(log.figure("kv_buffer", "CUDA0")->amount, MiB(2560));
        QCOMPARE(log.figure("kv_buffer_swa", "CUDA0")->amount, MiB(624));
        QCOMPARE(log.figure("recurrent_state", "CUDA0")->amount, MiB(100.5));
        QCOMPARE(log.figure("compute_buffer", "CUDA0")->amount, MiB(522.62));
        QCOMPARE(log.figure("compute_buffer_host", "CUDA_Host")->amount, MiB(138.51));
        QCOMPARE(log.figure("output_buffer", "CUDA_Host")->amount, MiB(1));
        QCOMPARE(log.settings.kv_self_bytes.value_or(0), MiB(2560 + 624));
        QCOMPARE(log.settings.kv_cells.value_or(0), 32768);
        QCOMPARE(log.settings.flash_attn.value_or(""), std::string("auto"));
        QCOMPARE(log.settings.layers_offloaded.value_or(0), 63);
        QCOMPARE(log.settings.metadata.at("arch"), std::string("gemma3"));
        QCOMPARE(log.settings.metadata.at("general.name"), std::string("Gemma 3 27b It"));
        QCOMPARE(log.settings.devices.size(), std::size_t(2));
        const LogDevice& gpu = log.settings.devices[0];
        QCOMPARE(gpu.name, std::string("CUDA0"));
        QCOMPARE(gpu.description, std::string("RTX 4090")); // the breakdown's short name wins over the load line's
        QCOMPARE(gpu.total_bytes.value_or(0), MiB(24080));
        QCOMPARE(gpu.free_bytes.value_or(0), MiB(2592));
        QCOMPARE(gpu.context_bytes.value_or(0), MiB(3285));
        QCOMPARE(log.outcome, LogOutcome::Loaded);
        QVERIFY(log.problems.empty());
        QVERIFY(log.missing.empty());
    }

    // "(cells, layers, n_seq_max/n_stream seqs)" (llama-kv-cache.cpp @3514e9f): one stream for several
    // sequences is the unified cache (-kvu), one stream per sequence the split one.
    void llamaCppCacheLine_readsSlotsAndStreams() {
        const RuntimeLog unified = parseRuntimeLog(
            "llama_context: n_ctx         = 32768\n"
            "llama_kv_cache:      CUDA0 KV buffer size =   544.00 MiB\n"
            "llama_kv_cache: size =  544.00 MiB ( 32768 cells,   8 layers,  2/1 seqs), K (q8_0):  272.00 MiB, "
            "V (q4_0):  144.00 MiB\n");
        QCOMPARE(unified.settings.n_seq_max.value_or(0), 2);
        QCOMPARE(unified.settings.kv_unified.value_or(false), true);
        QCOMPARE(unified.settings.type_k.value_or(""), std::string("q8_0"));
        QCOMPARE(unified.settings.type_v.value_or(""), std::string("q4_0"));
        const RuntimeLog split = parseRuntimeLog(
            "llama_context: n_ctx         = 32768\n"
            "llama_kv_cache: size = 1664.00 MiB (  8192 cells,  32 layers,  4/4 seqs), K (q8_0): 1088.00 MiB, "
            "V (q4_0):  576.00 MiB\n");
        QCOMPARE(split.settings.n_seq_max.value_or(0), 4);
        QCOMPARE(split.settings.kv_unified.value_or(true), false);
        // The context line wins over the cache line.
        const RuntimeLog stated = parseRuntimeLog(
            "llama_context: n_seq_max     = 4\n"
            "llama_context: kv_unified    = true\n"
            "llama_kv_cache: size = 1664.00 MiB ( 32768 cells,  32 layers,  4/1 seqs), K (q8_0): 1088.00 MiB, "
            "V (q4_0):  576.00 MiB\n");
        QCOMPARE(stated.settings.n_seq_max.value_or(0), 4);
        QCOMPARE(stated.settings.kv_unified.value_or(false), true);
    }

    // Today's llama-server: "flash_attn = auto" and what auto resolved to (llama-context.cpp), the cache
    // types beyond q8_0 / q4_0, and the slots of a server started without -np (server.cpp).
    void llamaCppAutoFlashAttention_newCacheTypesAndAutoSlots() {
        const RuntimeLog log = parseRuntimeLog(
            "srv    load_model: n_parallel is set to auto, using n_parallel = 4 and kv_unified = true\n"
            "llama_context: n_ctx                 = 16384\n"
            "llama_context: flash_attn            = auto\n"
            "llama_context: Flash Attention was auto, set to disabled\n"
            "llama_kv_cache: size =  672.00 MiB ( 16384 cells,  32 layers,  4/1 seqs), K (q5_1):  384.00 MiB, "
            "V (iq4_nl):  288.00 MiB\n");
        QCOMPARE(log.settings.flash_attn.value_or(""), std::string("auto"));
        QCOMPARE(log.settings.flash_attn_resolved.value_or(true), false);
        QCOMPARE(log.settings.n_seq_max.value_or(0), 4);
        QCOMPARE(log.settings.kv_unified.value_or(false), true);
        QCOMPARE(log.settings.type_k.value_or(""), std::string("q5_1"));
        QCOMPARE(log.settings.type_v.value_or(""), std::string("iq4_nl"));
        const RuntimeLog enabled = parseRuntimeLog("llama_context: flash_attn            = auto\n"
                                                   "resolve_fused_ops: Flash Attention enabled\n");
        QCOMPARE(enabled.settings.flash_attn_resolved.value_or(false), true);
    }

    void llamaCppSplitModelFiles_addUpOnOneDevice() {
        const RuntimeLog log =
            parseRuntimeLog(calibrationCase("ik-dsv3-0324-q4km-mla-32k-f16").at("quote").get<std::string>());
        const std::int64_t cpu = MiB(36235.39) + MiB(40525.67) + MiB(31988.10) + MiB(938.98);
        QVERIFY(std::abs(log.figure("model_buffer", "CPU")->amount - cpu) <= 4);
        QCOMPARE(log.figure("kv_buffer", "CUDA0")->amount, MiB(2196));
        QVERIFY(log.format.starts_with("llama.cpp load log (old format)"));
        QCOMPARE(log.settings.devices.at(0).description, std::string("NVIDIA GeForce RTX 4090"));
    }

    // Found by fuzz_runtime_log in CI: a negative size on a second model buffer line of the same
    // device was added to the first and made the figure negative.
    void negativeSecondModelBuffer_isIgnoredNotAdded() {
        const RuntimeLog log = parseRuntimeLog("load_tensors:        CUDA0 model buffer size =  1000.00 MiB\n"
                                               "load_tensors:        CUDA0 model buffer size = -5000.00 MiB\n"
                                               "llama_kv_cache:      CUDA0 KV buffer size =   256.00 MiB\n"
                                               "llama_kv_cache:      CUDA0 KV buffer size =  -64.00 MiB\n");
        QCOMPARE(log.figure("model_buffer", "CUDA0")->amount, MiB(1000));
        QCOMPARE(log.figure("kv_buffer", "CUDA0")->amount, MiB(256));
        QVERIFY(mentions(log.problems, "impossible buffer size"));
        for (const LogFigure& f : log.figures) {
            QVERIFY2(f.amount >= 0, f.field.c_str());
        }
    }

    void breakdownUnderflow_isReportedNotUsed() {
        const RuntimeLog log = parseRuntimeLog(
            "common_memory_breakdown_print: | memory breakdown [MiB]  | total    free     self   model   context   "
            "compute       unaccounted |\n"
            "common_memory_breakdown_print: |   - CUDA0 (RTX 5060 Ti) | 15841 = 15630 + (15302 = 14736 +      72 +     "
            "493) + 17592186029324 |\n");
        QCOMPARE(log.runtime, LogRuntime::LlamaCpp);
        QVERIFY(mentions(log.problems, "unaccounted"));
        QCOMPARE(log.settings.devices.at(0).total_bytes.value_or(0), MiB(15841));
        QCOMPARE(log.figure("model_buffer", "CUDA0")->amount, MiB(14736));
    }

    void ollamaServerLog_readsEstimateAndCommand() {
        const RuntimeLog log =
            parseRuntimeLog(calibrationCase("ollama-dolphin-qwen2-72b-estimate").at("quote").get<std::string>());
        QCOMPARE(log.runtime, LogRuntime::Ollama);
        QCOMPARE(log.settings.n_ctx.value_or(0), 2048);
        QCOMPARE(log.settings.n_batch.value_or(0), 512);
        QCOMPARE(log.settings.n_gpu_layers.value_or(0), 43);
        QCOMPARE(log.settings.n_seq_max.value_or(0), 1);
        QCOMPARE(log.settings.layers_total.value_or(0), 81);
        QCOMPARE(log.settings.layers_offloaded.value_or(0), 43);
        QCOMPARE(log.figure("ollama_graph_partial")->amount, GiB(1.3));
        QCOMPARE(log.settings.devices.at(0).free_bytes.value_or(0), GiB(24.0));
    }

    void ollamaEngine_readsDeviceAllocations() {
        const RuntimeLog log = parseRuntimeLog(
            "time=2025-06-01T10:00:00.000Z level=INFO source=types.go:130 msg=\"inference compute\" "
            "id=GPU-1234 library=cuda variant=v12 compute=8.6 driver=12.4 name=\"NVIDIA GeForce RTX 3090\" "
            "total=\"23.7 GiB\" available=\"23.4 GiB\"\n"
            "time=2025-06-01T10:00:01.000Z level=INFO source=routes.go:1 msg=\"server config\" "
            "env=\"map[OLLAMA_FLASH_ATTENTION:true OLLAMA_KV_CACHE_TYPE:q8_0 OLLAMA_NUM_PARALLEL:0]\"\n"
            "time=2025-06-01T10:00:02.000Z level=INFO source=backend.go:1 msg=\"model weights\" device=CUDA0 "
            "size=\"4.1 GiB\"\n"
            "time=2025-06-01T10:00:02.000Z level=INFO source=backend.go:1 msg=\"kv cache\" device=CUDA0 size=\"512.0 "
            "MiB\"\n"
            "time=2025-06-01T10:00:02.000Z level=INFO source=backend.go:1 msg=\"compute graph\" device=CPU size=\"8.0 "
            "MiB\"\n");
        QCOMPARE(log.runtime, LogRuntime::Ollama);
        QCOMPARE(log.figure("model_buffer", "CUDA0")->amount, GiB(4.1));
        QCOMPARE(log.figure("kv_buffer", "CUDA0")->amount, MiB(512));
        QCOMPARE(log.figure("compute_buffer_host", "CPU")->amount, MiB(8));
        QCOMPARE(log.settings.ollama_kv_cache_type.value_or(""), std::string("q8_0"));
        QCOMPARE(log.settings.ollama_flash_attention.value_or(false), true);
        QCOMPARE(log.settings.devices.at(0).total_bytes.value_or(0),
                 static_cast<std::int64_t>(23.7 * 1073741824.0 + 0.5));
    }

    void unknownText_saysWhatIsMissing() {
        const RuntimeLog log = parseRuntimeLog("hello\nthis is not a runtime log\n");
        QCOMPARE(log.runtime, LogRuntime::Unknown);
        QCOMPARE(log.lines_read, 2);
        QVERIFY(!log.usable());
        const std::string message = describeRuntimeLog(log);
        QVERIFY(message.find("vLLM") != std::string::npos);
        QVERIFY(message.find("llama.cpp") != std::string::npos);
    }

    void truncatedLog_keepsWhatWasRead() {
        // The published excerpt of vllm-qwen25-14b-gptq ends mid-key.
        const RuntimeLog log = parseRuntimeLog("Memory profiling results: total_gpu_memory=79.15GiB "
                                               "initial_memory_usage=68.01GiB peak_torch_memory=10.77GiB non_torch_m");
        QCOMPARE(log.runtime, LogRuntime::Vllm);
        QCOMPARE(log.settings.peak_torch_bytes.value_or(0), GiB(10.77));
        QVERIFY(mentions(log.missing, "non_torch"));
        QVERIFY(mentions(log.missing, "kv_cache_tokens"));
        const RuntimeLog cut = parseRuntimeLog("llama_context:      CUDA0 compute buffer size = ");
        QVERIFY(mentions(cut.problems, "without a number"));
        QVERIFY(cut.figures.empty());
    }

    void interleavedProcesses_areReported() {
        const RuntimeLog mixed =
            parseRuntimeLog("INFO 05-01 10:00:09 [gpu_worker.py:227] Available KV cache memory: 5.21 GiB\n"
                            "llama_context:      CUDA0 compute buffer size =   522.62 MiB\n"
                            "INFO 05-01 10:00:09 [kv_cache_utils.py:634] GPU KV cache size: 42,672 tokens\n");
        QCOMPARE(mixed.runtime, LogRuntime::Vllm);
        QVERIFY(mentions(mixed.problems, "mixed"));
        const RuntimeLog two = parseRuntimeLog(
            "(EngineCore pid=10) INFO 05-01 10:00:09 [gpu_worker.py:227] Available KV cache memory: 5.21 GiB\n"
            "(EngineCore pid=11) INFO 05-01 10:00:09 [gpu_worker.py:227] Available KV cache memory: 7.00 GiB\n");
        QCOMPARE(two.figuresOf("kv_cache_available").size(), std::size_t(1));
        QCOMPARE(two.figure("kv_cache_available")->amount, GiB(5.21));
        QVERIFY(mentions(two.problems, "several processes"));
    }

    void impossibleNumbers_areRejected() {
        const RuntimeLog log =
            parseRuntimeLog("Memory profiling results: total_gpu_memory=23.58GiB peak_torch_memory=17.06GiB "
                            "non_torch_memory=-0.35GiB kv_cache_size=99999999999GiB gpu_memory_utilization=1.90\n"
                            "Loading model weights took 30.5 GB\n"
                            "Maximum concurrency for 2048 tokens per request: -3.00x\n"
                            "load_tensors: offloaded 40/33 layers to GPU\n");
        QVERIFY(log.figure("non_torch") == nullptr);
        QVERIFY(log.figure("kv_cache_available") == nullptr);
        QVERIFY(log.figure("max_concurrency") == nullptr);
        QVERIFY(!log.settings.gpu_memory_utilization.has_value());
        QVERIFY(!log.settings.layers_offloaded.has_value());
        QVERIFY(mentions(log.problems, "impossible non_torch"));
        QVERIFY(mentions(log.problems, "gpu_memory_utilization"));
        QVERIFY(mentions(log.problems, "model_weights is larger than total_gpu_memory"));
        QVERIFY(mentions(log.problems, "peak_torch_memory is below the weights"));
    }

    void binaryAndHugeInput_doNotCrash() {
        std::string binary(4096, '\0');
        for (std::size_t i = 0; i < binary.size(); ++i) {
            binary[i] = static_cast<char>((i * 131) & 0xff);
        }
        const RuntimeLog log = parseRuntimeLog(binary);
        QCOMPARE(log.runtime, LogRuntime::Unknown);
        QVERIFY(mentions(log.problems, "NUL"));
        const std::string long_line(200000, '9');
        const RuntimeLog number = parseRuntimeLog("llama_context: n_ctx = " + long_line);
        QVERIFY(!number.settings.n_ctx.has_value());
    }
};

QTEST_GUILESS_MAIN(TestRuntimeLogs)
#include "test_runtime_logs.moc"
