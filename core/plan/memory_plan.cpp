#include "core/plan/memory_plan.h"

#include "core/plan/launch_commands.h"
#include "core/sizing/estimator.h"
#include "core/sizing/image_tokens.h"

namespace fitscope::plan {

std::string_view fitscopeVersion() {
    return FITSCOPE_PLAN_VERSION;
}

namespace {

nlohmann::json verdictJson(std::optional<sizing::Verdict> verdict) {
    return verdict ? nlohmann::json(std::string(sizing::verdictId(*verdict))) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json memoryPlanJson(const sizing::Scenario& s, const sizing::Estimate& e, const LaunchSettings& settings) {
    nlohmann::json plan;
    plan["schema"] = std::string(kMemoryPlanSchema);
    plan["fitscope_version"] = std::string(fitscopeVersion());
    plan["runtime"] = std::string(launchRuntimeId(settings.runtime));
    plan["runtime_version"] = std::string(launchRuntimeVersion(settings.runtime));
    plan["sizing_profile"] = std::string(sizing::runtimeInfo(s.runtime).id);
    plan["model"] = {{"name", s.model->spec.display_name}, {"id", s.model->spec.id}, {"reference", settings.model}};

    nlohmann::json flags = nlohmann::json::array();
    for (const std::string& word : commandWords(settings)) {
        flags.push_back(word);
    }
    plan["settings"] = {
        {"context_tokens", s.context_tokens},
        {"sequences", s.batch},
        {"weights", std::string(sizing::formatInfo(s.precision.weights).id)},
        {"kv_cache", std::string(sizing::kvFormatInfo(s.precision.kv_cache).id)},
        {"gpu_count", s.gpu ? s.gpu_count : 0},
        {"parallelism", std::string(sizing::parallelismId(s.parallelism))},
        {"command", shellCommand(settings)},
        {"command_words", flags},
    };
    if (settings.runtime == LaunchRuntime::Ollama) {
        plan["settings"]["modelfile"] = ollamaModelfile(settings);
    }
    if (s.runtime == sizing::Runtime::LlamaCpp) {
        // Tensor placement as sized (llama.cpp applies the -ot rules first, then --cpu-moe, then --n-cpu-moe).
        const sizing::LlamaCppOptions& o = s.llamacpp;
        if (o.n_cpu_moe > 0) {
            plan["settings"]["n_cpu_moe"] = o.n_cpu_moe;
        }
        if (o.cpu_moe) {
            plan["settings"]["cpu_moe"] = true;
        }
        if (!o.tensor_overrides.empty()) {
            nlohmann::json rules = nlohmann::json::array();
            for (const sizing::TensorOverride& rule : o.tensor_overrides) {
                rules.push_back(rule.text());
            }
            plan["settings"]["tensor_overrides"] = std::move(rules);
        }
    }
    if (const std::int64_t image_tokens = sizing::imageTokensPerSequence(s); image_tokens > 0) {
        // context_tokens stays the text; the command's length holds both.
        plan["settings"]["images_per_request"] = s.images_per_request;
        plan["settings"]["image_tokens_per_sequence"] = image_tokens;
    }

    nlohmann::json devices = nlohmann::json::array();
    if (s.gpu) {
        for (std::size_t i = 0; i < e.gpu_loads.size(); ++i) {
            const sizing::GpuLoad& load = e.gpu_loads[i];
            const std::int64_t capacity = s.gpu->capacityBytes();
            // Other processes' memory on the device: neither the model's nor free.
            const std::int64_t in_use = e.fit ? e.fit->in_use_bytes : 0;
            devices.push_back(nlohmann::json{
                {"device", "GPU " + std::to_string(i)},
                {"kind", "gpu"},
                {"name", s.gpu->display_name},
                {"capacity_bytes", capacity},
                {"in_use_bytes", in_use},
                {"components",
                 {{"weights_bytes", load.weights_bytes},
                  {"kv_cache_bytes", load.kv_cache_bytes},
                  {"activation_bytes", load.activation_bytes},
                  {"overhead_bytes", load.overhead_bytes},
                  {"training_bytes", load.training_bytes}}},
                {"total_bytes", load.total()},
                {"free_bytes", capacity - in_use - load.total()},
                {"layers", nlohmann::json::array({load.first_layer, load.end_layer})},
                {"verdict", std::string(sizing::verdictId(sizing::verdictFor(load.total() + in_use, capacity)))},
            });
        }
    }
    plan["devices"] = devices;

    // The host: llama.cpp's CPU layers, their KV cache and its CPU compute buffer; the rest of what
    // the profile puts in system RAM (token embeddings are counted with the weights) is overhead.
    std::int64_t host_weights = 0;
    std::int64_t host_kv = 0;
    std::int64_t host_compute = 0;
    if (e.llamacpp) {
        host_weights = e.llamacpp->cpu_weights_bytes;
        host_kv = e.llamacpp->cpu_kv_bytes;
        host_compute = e.llamacpp->cpu_compute_buffer_bytes;
    }
    const std::int64_t host_other = std::max<std::int64_t>(0, e.cpu_bytes - host_weights - host_kv - host_compute);
    plan["host"] = {
        {"device", "host"},
        {"kind", "host"},
        {"capacity_bytes", s.cpu_ram_bytes > 0 ? nlohmann::json(s.cpu_ram_bytes) : nlohmann::json(nullptr)},
        {"components",
         {{"weights_bytes", host_weights},
          {"kv_cache_bytes", host_kv},
          {"activation_bytes", host_compute},
          {"overhead_bytes", host_other}}},
        {"total_bytes", e.cpu_bytes},
        {"verdict", verdictJson(e.cpu_verdict)},
        // Of weights_bytes: what tensor rules keep in RAM for GPU layers, and of that the routed experts.
        {"override_weights_bytes", e.llamacpp ? e.llamacpp->cpu_override_bytes : 0},
        {"expert_weights_bytes", e.llamacpp ? e.llamacpp->cpu_expert_bytes : 0},
    };
    plan["verdict"] = e.fit ? verdictJson(e.fit->verdict) : nlohmann::json(nullptr);
    plan["total_bytes"] = e.total_bytes;
    nlohmann::json warnings = nlohmann::json::array();
    for (const std::string& w : settings.warnings) {
        warnings.push_back(w);
    }
    plan["warnings"] = warnings;
    nlohmann::json unknown = nlohmann::json::array();
    for (const std::string& w : settings.unknown) {
        unknown.push_back(w);
    }
    plan["unmodelled_flags"] = unknown;
    return plan;
}

} // namespace fitscope::plan
