// The vLLM and llama.cpp profiles against the calibration logs (shared/data/runtime-logs, copied to
// tests/data/runtime-logs): for each case the scenario is its `cli` flags with the log applied over them
// (as fitscope-cli check-log does), and every figure the log printed is compared with the estimate.
// Prints, per runtime and field, the number of cases, the median and the worst relative error, and the
// verdicts. Run by hand: bin/bench_runtime_logs [calibration.json]
#include "core/catalog/catalog.h"
#include "core/formats/hf_config.h"
#include "core/formats/hf_quantization.h"
#include "core/logs/log_check.h"
#include "core/sizing/estimator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace fitscope;

namespace {

// The case's `cli` flags as a scenario (the subset of estimate's flags the cases use).
bool scenarioFromCli(const nlohmann::json& cli, const std::filesystem::path& dir, sizing::Scenario& s,
                     std::set<std::string>& given, std::string& why) {
    const auto& catalog = catalog::Catalog::builtIn();
    for (std::size_t i = 0; i < cli.size(); ++i) {
        const std::string flag = cli[i].get<std::string>();
        const std::string value = i + 1 < cli.size() ? cli[i + 1].get<std::string>() : std::string();
        const std::string name = flag.substr(2);
        auto next = [&] { ++i; };
        if (flag == "--config") {
            if (value.find("MISSING") != std::string::npos) {
                why = "no config.json for the model";
                return false;
            }
            const std::filesystem::path path = dir / value;
            sizing::ModelSpec spec;
            std::optional<formats::HfQuantization> quantization;
            try {
                spec = formats::readHfConfig(path);
                quantization = formats::readHfQuantizationFile(path);
            } catch (const std::exception& error) {
                // A checkpoint format the reader refuses (MLX's affine quantization): when the case names a substitute
                // --weights format, the architecture is sized in it and the output says so.
                const bool substitute = std::find(cli.begin(), cli.end(), "--weights") != cli.end();
                if (!substitute || std::string(error.what()).find("quantization_config") == std::string::npos) {
                    throw;
                }
                std::ifstream in(path);
                nlohmann::json config = nlohmann::json::parse(in);
                config.erase("quantization_config");
                if (config.contains("text_config")) {
                    config["text_config"].erase("quantization_config");
                }
                spec = formats::parseHfConfig(config.dump(), path.string());
                std::printf("%-42s note: quantization_config not read, sized with the case's --weights\n",
                            value.c_str());
            }
            // A quantized checkpoint sizes as what it stores (as fitscope-cli --config), unless a later
            // --weights asks for another format.
            s.model = formats::prepareQuantizedModel(std::move(spec), quantization);
            if (s.model->stored_format) {
                s.precision.weights = *s.model->stored_format;
            }
            next();
        } else if (flag == "--model") {
            const catalog::ModelEntry* m = catalog.findModel(value);
            if (!m) {
                why = "model " + value + " not in the catalog";
                return false;
            }
            s.model = m->model;
            next();
        } else if (flag == "--weights") {
            s.precision.weights = sizing::weightFormatFromId(value).value_or(s.precision.weights);
            next();
        } else if (flag == "--kv-cache") {
            s.precision.kv_cache = sizing::kvFormatFromId(value).value_or(s.precision.kv_cache);
            given.insert(name);
            next();
        } else if (flag == "--runtime") {
            s.runtime = sizing::runtimeFromId(value).value_or(s.runtime);
            next();
        } else if (flag == "--context") {
            s.context_tokens = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--gpu") {
            const sizing::GpuSpec* g = catalog.findGpu(value);
            if (g) {
                s.gpu = std::make_shared<sizing::GpuSpec>(*g);
            }
            next();
        } else if (flag == "--gpus") {
            s.gpu_count = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--gpu-memory-utilization") {
            s.vllm.gpu_memory_utilization = std::stod(value);
            given.insert(name);
            next();
        } else if (flag == "--max-num-batched-tokens") {
            s.vllm.max_num_batched_tokens = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--ubatch") {
            s.llamacpp.n_ubatch = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--gpu-layers") {
            s.llamacpp.n_gpu_layers = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--vllm-version") {
            s.vllm.version = sizing::vllmVersionFromId(value).value_or(s.vllm.version);
            given.insert(name);
            next();
        } else if (flag == "--max-num-seqs") {
            s.vllm.max_num_seqs = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--pipeline-parallel-size") {
            s.vllm.pipeline_parallel_size = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--num-speculative-tokens") {
            s.vllm.num_speculative_tokens = std::stoll(value);
            given.insert(name);
            next();
        } else if (flag == "--enable-prefix-caching") {
            s.vllm.enable_prefix_caching = true;
        } else if (flag == "--no-enable-prefix-caching") {
            s.vllm.enable_prefix_caching = false;
        } else if (flag == "--eager") {
            s.cuda_graphs = false;
            given.insert(name);
        } else if (flag == "--flash-attention") {
            s.llamacpp.flash_attention = sizing::FlashAttention::On;
            given.insert(name);
        } else if (flag == "--flash-attn") {
            s.llamacpp.flash_attention = sizing::flashAttentionFromId(value).value_or(s.llamacpp.flash_attention);
            given.insert("flash-attention");
            next();
        }
    }
    if (!s.model) {
        why = "no model";
        return false;
    }
    return true;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path file =
        argc > 1 ? std::filesystem::path(argv[1])
                 : std::filesystem::path(FITSCOPE_SOURCE_DIR) / "tests/data/runtime-logs/calibration.json";
    std::ifstream in(file);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
        return 2;
    }
    const nlohmann::json data = nlohmann::json::parse(in);
    // errors[runtime][field] = relative errors (signed)
    std::map<std::string, std::map<std::string, std::vector<double>>> errors;
    std::map<std::string, std::pair<int, int>> verdicts; // runtime -> (agree, compared)
    std::printf("%-42s %-22s %-10s %14s %14s %9s\n", "case", "field", "device", "measured", "predicted", "error");
    for (const auto& c : data.at("cases")) {
        const std::string id = c.at("id");
        const logs::RuntimeLog log = logs::parseRuntimeLog(c.at("quote").get<std::string>());
        sizing::Scenario s;
        std::set<std::string> given;
        std::string why;
        bool ok = false;
        try {
            ok = scenarioFromCli(c.at("cli"), file.parent_path(), s, given, why);
        } catch (const std::exception& error) {
            why = error.what();
        }
        if (!ok || !log.usable()) {
            std::printf("%-42s skipped: %s\n", id.c_str(), ok ? "no figure in the quote" : why.c_str());
            continue;
        }
        (void)logs::applyLogToScenario(log, s, given);
        if (!s.gpu) {
            std::printf("%-42s skipped: no GPU\n", id.c_str());
            continue;
        }
        const sizing::Estimate e = sizing::estimate(s);
        const logs::LogCheck check = logs::compareLogWithEstimate(log, s, e);
        const std::string runtime =
            std::string(c.at("runtime")) + (c.value("fork", false) ? " (ik fork)" : "") +
            (c.contains("engine") && c.at("engine").is_string() ? " " + c.at("engine").get<std::string>() : "");
        for (const logs::ComparedFigure& f : check.figures) {
            const auto r = f.relativeError();
            std::printf("%-42s %-22s %-10s %14.6g %14s %8s\n", id.c_str(), f.field.c_str(),
                        f.device.empty() ? "-" : f.device.c_str(), f.measured,
                        f.predicted ? std::to_string(*f.predicted).c_str() : "-",
                        r ? (std::to_string(std::lround(*r * 1000) / 10.0).substr(0, 6) + "%").c_str() : "-");
            if (r) {
                errors[runtime][f.field].push_back(*r);
            }
        }
        if (!check.measured_verdict.empty() && !check.verdict.empty()) {
            auto& v = verdicts[runtime];
            v.second += 1;
            v.first += check.measured_verdict == check.verdict ? 1 : 0;
            std::printf("%-42s verdict: predicted %s, log %s\n", id.c_str(), check.verdict.c_str(),
                        check.measured_verdict.c_str());
        }
    }
    std::printf("\n%-26s %-22s %5s %10s %10s\n", "runtime", "field", "cases", "median", "worst");
    for (const auto& [runtime, fields] : errors) {
        for (const auto& [field, list] : fields) {
            std::vector<double> absolute;
            for (double r : list) {
                absolute.push_back(std::abs(r));
            }
            const double worst = *std::max_element(list.begin(), list.end(),
                                                   [](double a, double b) { return std::abs(a) < std::abs(b); });
            std::printf("%-26s %-22s %5zu %9.1f%% %+9.1f%%\n", runtime.c_str(), field.c_str(), list.size(),
                        median(absolute) * 100, worst * 100);
        }
    }
    for (const auto& [runtime, v] : verdicts) {
        std::printf("%-26s verdict right in %d of %d cases\n", runtime.c_str(), v.first, v.second);
    }
    return 0;
}
