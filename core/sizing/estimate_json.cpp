#include "core/sizing/estimate_json.h"

namespace fitscope::sizing {

nlohmann::json estimateToJson(const Scenario& s, const Estimate& e, MemoryUnit unit) {
    const ModelSpec& spec = s.model->spec;
    nlohmann::json j;
    j["model"] = spec.display_name.empty() ? spec.id : spec.display_name;
    j["model_id"] = spec.id;
    j["shape_assumed"] = spec.shape_assumed;
    j["weights_format"] = std::string(formatInfo(s.precision.weights).id);
    j["kv_cache_format"] = std::string(kvFormatInfo(s.precision.kv_cache).id);
    j["context"] = s.context_tokens;
    j["batch"] = s.batch;
    j["runtime"] = std::string(runtimeInfo(s.runtime).id);
    if (s.runtime == Runtime::Simple) {
        j["overhead_fraction"] = s.overhead_fraction;
    }
    j["units"] = std::string(unitName(unit));

    j["params"] = e.params.total();
    j["active_params"] = e.params.active;
    j["weights_bytes"] = e.weights_bytes;
    j["kv_cache_bytes"] = e.kv_cache_bytes;
    j["activation_bytes"] = e.activation_bytes;
    j["overhead_bytes"] = e.overhead_bytes;
    j["total_bytes"] = e.total_bytes;
    j["weights_storage_bytes"] = e.weights.total();
    j["weights_nominal_bytes"] = e.weights_nominal_bytes;
    j["bits_per_weight"] = e.bits_per_weight;
    j["kv_bytes_per_token"] = e.kv_bytes_per_token;
    j["kv_cache_no_gqa_bytes"] = e.kv_cache_no_gqa_bytes;
    j["parameters_by_component"] = {{"embeddings", e.params.embeddings},
                                    {"attention", e.params.attention},
                                    {"mlp", e.params.mlp},
                                    {"norms", e.params.norms},
                                    {"output_head", e.params.output_head}};
    j["weights_by_component_bytes"] = {{"embeddings", e.weights.embeddings_bytes},
                                       {"layers", e.weights.body_bytes},
                                       {"norms", e.weights.norms_bytes},
                                       {"output_head", e.weights.output_head_bytes}};
    j["gpu_count"] = s.gpu_count;
    j["per_gpu_bytes"] = e.per_gpu_bytes;
    if (s.gpu && e.fit) {
        j["gpu_id"] = s.gpu->id;
        j["gpu_name"] = s.gpu->display_name;
        j["gpu_memory_bytes"] = e.fit->capacity_bytes;
        j["gpu_nominal_memory_bytes"] = e.fit->nominal_bytes;
        j["fits"] = e.fit->verdict != Verdict::DoesNotFit;
        j["verdict"] = std::string(verdictId(e.fit->verdict));
        j["headroom_bytes"] = e.fit->headroom_bytes;
    }
    nlohmann::json steps = nlohmann::json::array();
    for (const DerivationStep& step : e.steps) {
        steps.push_back({{"topic", std::string(step.topic)}, {"text", formatStep(step, unit)}});
    }
    j["derivation"] = std::move(steps);
    return j;
}

} // namespace fitscope::sizing
