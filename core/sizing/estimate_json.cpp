#include "core/sizing/estimate_json.h"

#include "core/sizing/llamacpp_profile.h"

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
        if (e.fit->in_use_bytes > 0) {
            j["gpu_in_use_bytes"] = e.fit->in_use_bytes; // per GPU, other processes
        }
    }
    j["parallelism"] = std::string(parallelismId(s.parallelism));
    nlohmann::json loads = nlohmann::json::array();
    for (const GpuLoad& load : e.gpu_loads) {
        loads.push_back({{"weights_bytes", load.weights_bytes},
                         {"kv_cache_bytes", load.kv_cache_bytes},
                         {"activation_bytes", load.activation_bytes},
                         {"overhead_bytes", load.overhead_bytes},
                         {"training_bytes", load.training_bytes},
                         {"total_bytes", load.total()},
                         {"first_layer", load.first_layer},
                         {"end_layer", load.end_layer},
                         {"output_head", load.output_head}});
    }
    j["gpu_loads"] = std::move(loads);
    j["cpu_bytes"] = e.cpu_bytes;
    if (s.cpu_ram_bytes > 0) {
        j["cpu_ram_bytes"] = s.cpu_ram_bytes;
    }
    if (e.cpu_verdict) {
        j["cpu_verdict"] = std::string(verdictId(*e.cpu_verdict));
    }
    j["task"] = std::string(taskId(s.task));

    // Speed: null where it cannot be estimated (no GPU, CPU-only prefill).
    const SpeedEstimate& sp = e.speed;
    auto rate = [](bool known, double value) { return known ? nlohmann::json(value) : nlohmann::json(nullptr); };
    const bool prefill = sp.valid && sp.prefill_tokens_per_s > 0;
    j["decode_tokens_per_s"] = rate(sp.valid, sp.decode_tokens_per_s);
    j["decode_tokens_per_s_low"] = rate(sp.valid, sp.decode_low_tokens_per_s);
    j["decode_tokens_per_s_high"] = rate(sp.valid, sp.decode_high_tokens_per_s);
    j["decode_batch_tokens_per_s"] = rate(sp.valid, sp.decode_batch_tokens_per_s);
    j["decode_batch_tokens_per_s_low"] = rate(sp.valid, sp.decode_batch_low_tokens_per_s);
    j["decode_batch_tokens_per_s_high"] = rate(sp.valid, sp.decode_batch_high_tokens_per_s);
    j["decode_compute_bound"] = sp.valid && sp.decode_compute_bound;
    j["compute_bound_from_batch"] =
        sp.compute_bound_from_batch > 0 ? nlohmann::json(sp.compute_bound_from_batch) : nlohmann::json(nullptr);
    j["prefill_tokens_per_s"] = rate(prefill, sp.prefill_tokens_per_s);
    j["prefill_tokens_per_s_low"] = rate(prefill, sp.prefill_low_tokens_per_s);
    j["prefill_tokens_per_s_high"] = rate(prefill, sp.prefill_high_tokens_per_s);
    j["time_to_first_token_s"] = rate(prefill, sp.time_to_first_token_s);
    j["time_to_first_token_batch_s"] = rate(prefill, sp.time_to_first_token_batch_s);
    j["decode_bytes_per_token"] = sp.valid ? nlohmann::json(sp.decode_bytes_per_token) : nlohmann::json(nullptr);
    j["weights_dequantized"] = sp.weights_dequantized;

    if (e.vllm) {
        const VllmPlan& v = *e.vllm;
        j["gpu_memory_utilization"] = s.vllm.gpu_memory_utilization;
        j["kv_cache_tokens"] = v.kv_cache_tokens;
        j["max_concurrency"] = v.max_concurrency;
        j["vllm"] = {{"budget_bytes", v.budget_bytes},
                     {"profile_activation_bytes", v.profile_activation_bytes},
                     {"non_torch_bytes", v.non_torch_bytes},
                     {"cuda_graph_bytes", v.cuda_graph_bytes},
                     {"kv_pool_bytes", v.kv_pool_bytes},
                     {"num_blocks", v.num_blocks},
                     {"block_size", s.vllm.block_size},
                     {"max_num_batched_tokens", s.vllm.max_num_batched_tokens},
                     {"request_kv_bytes", v.request_kv_bytes},
                     {"max_model_len_that_fits", v.max_model_len_that_fits},
                     {"starts", v.starts},
                     {"error", v.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.error)}};
    }
    if (e.llamacpp) {
        const LlamaCppPlan& l = *e.llamacpp;
        j["gpu_layers"] = l.gpu_layers;
        j["llamacpp"] = {
            {"gpu_layers", l.gpu_layers},
            {"max_gpu_layers", l.max_gpu_layers},
            {"output_on_gpu", l.output_on_gpu},
            // Whether it runs (auto resolved, a boolean as before -fa auto) and the -fa setting.
            {"flash_attention", llamaCppFlashAttention(s)},
            {"flash_attention_setting", std::string(flashAttentionId(s.llamacpp.flash_attention))},
            {"n_ubatch", s.llamacpp.n_ubatch},
            {"kv_cache_v_format", std::string(kvFormatInfo(s.llamacpp.cache_type_v.value_or(s.precision.kv_cache)).id)},
            {"kv_unified", s.llamacpp.kv_unified},
            {"gpu_compute_buffer_bytes", l.gpu_compute_buffer_bytes},
            {"cpu_compute_buffer_bytes", l.cpu_compute_buffer_bytes},
            {"cpu_weights_bytes", l.cpu_weights_bytes},
            {"cpu_kv_bytes", l.cpu_kv_bytes},
            {"v_cache_f16_fallback", l.v_cache_f16_fallback},
            {"n_cpu_moe", s.llamacpp.n_cpu_moe},
            {"cpu_moe", s.llamacpp.cpu_moe},
            {"cpu_override_bytes", l.cpu_override_bytes},
            {"cpu_expert_bytes", l.cpu_expert_bytes},
            {"cpu_expert_layers", l.cpu_expert_layers},
            {"gpu_override_bytes", l.gpu_override_bytes},
            {"expert_copy_buffer_bytes", l.expert_copy_buffer_bytes}};
        nlohmann::json rules = nlohmann::json::array();
        for (const TensorOverride& rule : s.llamacpp.tensor_overrides) {
            rules.push_back(rule.text());
        }
        j["llamacpp"]["tensor_overrides"] = std::move(rules);
    }
    if (e.finetune) {
        const FineTunePlan& f = *e.finetune;
        j["training_bytes"] = e.training_bytes;
        j["finetune"] = {{"method", std::string(fineTuneMethodId(s.finetune.method))},
                         {"lora_rank", s.finetune.lora_rank},
                         {"gradient_checkpointing", s.finetune.gradient_checkpointing},
                         {"trainable_params", f.trainable_params},
                         {"frozen_weights_bytes", f.frozen_weights_bytes},
                         {"trainable_weights_bytes", f.trainable_weights_bytes},
                         {"gradient_bytes", f.gradient_bytes},
                         {"optimizer_bytes", f.optimizer_bytes},
                         {"master_weights_bytes", f.master_weights_bytes},
                         {"activation_bytes", f.activation_bytes},
                         {"dequant_buffer_bytes", f.dequant_buffer_bytes},
                         {"paged_optimizer", f.paged_optimizer}};
    }

    nlohmann::json steps = nlohmann::json::array();
    for (const DerivationStep& step : e.steps) {
        steps.push_back({{"topic", std::string(step.topic)}, {"text", formatStep(step, unit)}});
    }
    j["derivation"] = std::move(steps);
    return j;
}

} // namespace fitscope::sizing
