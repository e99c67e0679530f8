#include "core/report/scenario_file.h"

#include "core/catalog/gpu_details.h"
#include "core/formats/bounded_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/json_depth.h"
#include "core/report/atomic_write.h"
#include "core/report/model_spec_json.h"
#include "core/sizing/solver.h"

#include <cmath>

namespace fitscope::report {

namespace {

using nlohmann::json;

#ifndef FITSCOPE_REPORT_VERSION
#define FITSCOPE_REPORT_VERSION "unknown"
#endif

// 10^14 parameters: the CLI's bound, beyond any model that exists by two orders of magnitude.
constexpr std::int64_t kMaxParams = 100'000'000'000'000LL;
constexpr std::int64_t kMinParams = 1'000'000;
// The simple profile's overhead: 0 to 500 %, as the CLI accepts.
constexpr double kMaxOverheadFraction = 5.0;
// Scenario files nest 4 levels; the lab's opaque object gets room to grow.
constexpr int kMaxNesting = 32;

// Field readers: each names the JSON path it was reading when it fails.
class Fields {
public:
    explicit Fields(std::string origin)
        : m_origin(std::move(origin)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
        throw ScenarioFileError(m_origin, field, problem);
    }

    const json& object(const json& parent, const char* key, const std::string& path, bool required) const {
        static const json empty = json::object();
        const auto it = parent.find(key);
        if (it == parent.end() || (!required && it->is_null())) {
            if (required) {
                fail(path, "missing");
            }
            return empty;
        }
        if (!it->is_object()) {
            fail(path, "expected an object, found " + jsonTypeName(*it));
        }
        return *it;
    }

    const json* optional(const json& parent, const char* key) const {
        const auto it = parent.find(key);
        return it == parent.end() || it->is_null() ? nullptr : &*it;
    }

    std::string text(const json& parent, const char* key, const std::string& path, bool required) const {
        const json* value = optional(parent, key);
        if (!value) {
            if (required) {
                fail(path, "missing");
            }
            return {};
        }
        if (!value->is_string()) {
            fail(path, "expected a string, found " + jsonTypeName(*value));
        }
        return value->get<std::string>();
    }

    std::int64_t integer(const json& parent, const char* key, const std::string& path, std::int64_t min_value,
                         std::int64_t max_value, std::optional<std::int64_t> fallback) const {
        const json* value = optional(parent, key);
        if (!value) {
            if (!fallback) {
                fail(path, "missing");
            }
            return *fallback;
        }
        // 4096.0 is accepted (some tools write every number as a double), 4096.5 is not.
        std::int64_t result = 0;
        if (value->is_number_integer()) {
            if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max_value)) {
                fail(path, "must be at most " + std::to_string(max_value));
            }
            result = value->get<std::int64_t>();
        } else if (value->is_number_float() && std::isfinite(value->get<double>()) &&
                   std::floor(value->get<double>()) == value->get<double>() &&
                   std::abs(value->get<double>()) <= static_cast<double>(max_value)) {
            result = static_cast<std::int64_t>(value->get<double>());
        } else {
            fail(path, "expected a whole number, found " + jsonTypeName(*value) +
                           (value->is_primitive() && !value->is_string() ? " (" + value->dump() + ")" : ""));
        }
        if (result < min_value || result > max_value) {
            fail(path, std::to_string(result) + " is outside " + std::to_string(min_value) + " to " +
                           std::to_string(max_value));
        }
        return result;
    }

    double number(const json& parent, const char* key, const std::string& path, double min_value, double max_value,
                  double fallback) const {
        const json* value = optional(parent, key);
        if (!value) {
            return fallback;
        }
        if (!value->is_number()) {
            fail(path, "expected a number, found " + jsonTypeName(*value));
        }
        const double result = value->get<double>();
        if (!std::isfinite(result) || result < min_value || result > max_value) {
            fail(path, value->dump() + " is outside " + sizing::formatNumber(min_value) + " to " +
                           sizing::formatNumber(max_value));
        }
        return result;
    }

    sizing::WeightFormat weightFormat(const json& value, const std::string& path) const {
        if (!value.is_string()) {
            fail(path, "expected a format id, found " + jsonTypeName(value));
        }
        const auto format = sizing::weightFormatFromId(value.get<std::string>());
        if (!format) {
            fail(path, "unknown weight format '" + value.get<std::string>() + "'");
        }
        return *format;
    }

private:
    std::string m_origin;
};

ModelRef readModel(const Fields& f, const json& document, const catalog::Catalog& catalog) {
    const json& m = f.object(document, "model", "model", true);
    ModelRef model;
    const std::string source = f.text(m, "source", "model.source", true);
    if (source == "catalog") {
        model.origin = ModelOrigin::Catalog;
        const std::string id = f.text(m, "id", "model.id", true);
        const catalog::ModelEntry* entry = catalog.findModel(id);
        if (!entry) {
            f.fail("model.id", "unknown model '" + id + "' (not in the catalog; fitscope-cli models lists them)");
        }
        model.catalog_id = entry->id;
    } else if (source == "params") {
        model.origin = ModelOrigin::Params;
        model.params = f.integer(m, "params", "model.params", kMinParams, kMaxParams, std::nullopt);
    } else if (source == "file") {
        model.origin = ModelOrigin::File;
        model.path = f.text(m, "path", "model.path", false);
        model.projector_path = f.text(m, "projector", "model.projector", false);
        if (const json* spec = f.optional(m, "spec")) {
            try {
                model.spec = modelSpecFromJson(*spec);
            } catch (const std::invalid_argument& error) {
                const std::string message = error.what();
                // modelSpecFromJson prefixes the key it failed on ("num_layers: expected an integer").
                const std::size_t colon = message.find(": ");
                if (colon == std::string::npos) {
                    f.fail("model.spec", message);
                }
                f.fail("model.spec." + message.substr(0, colon), message.substr(colon + 2));
            }
        } else if (const json* config = f.optional(m, "config")) {
            // A hand-written file may embed the model's config.json instead of FitScope's own spec.
            if (!config->is_object()) {
                f.fail("model.config", "expected the config.json object, found " + jsonTypeName(*config));
            }
            try {
                model.spec = formats::parseHfConfig(config->dump(), "config.json");
            } catch (const formats::FormatError& error) {
                f.fail("model.config", error.what());
            }
            model.spec->source = model.path.empty() ? std::string("config.json") : model.path;
            if (model.spec->display_name.empty() && !model.path.empty()) {
                model.spec->display_name = std::filesystem::path(model.path).filename().string();
            }
        } else {
            f.fail("model.spec", "missing (a file-based model embeds its architecture)");
        }
        const std::string problem = sizing::validate(*model.spec);
        if (!problem.empty()) {
            f.fail("model.spec", problem);
        }
    } else {
        f.fail("model.source", "expected \"catalog\", \"params\" or \"file\", found '" + source + "'");
    }
    return model;
}

sizing::PrecisionPlan readPrecision(const Fields& f, const json& document) {
    const json& p = f.object(document, "precision", "precision", true);
    sizing::PrecisionPlan plan;
    const json* weights = f.optional(p, "weights");
    if (!weights) {
        f.fail("precision.weights", "missing");
    }
    plan.weights = f.weightFormat(*weights, "precision.weights");
    if (const json* embeddings = f.optional(p, "embeddings")) {
        plan.embeddings = f.weightFormat(*embeddings, "precision.embeddings");
    }
    if (const json* head = f.optional(p, "output_head")) {
        plan.output_head = f.weightFormat(*head, "precision.output_head");
    }
    if (const json* kv = f.optional(p, "kv_cache")) {
        if (!kv->is_string()) {
            f.fail("precision.kv_cache", "expected a format id, found " + jsonTypeName(*kv));
        }
        const auto format = sizing::kvFormatFromId(kv->get<std::string>());
        if (!format) {
            f.fail("precision.kv_cache", "unknown KV-cache format '" + kv->get<std::string>() + "'");
        }
        plan.kv_cache = *format;
    }
    return plan;
}

std::vector<GpuRef> readGpus(const Fields& f, const json& document, const catalog::Catalog& catalog) {
    std::vector<GpuRef> gpus;
    const json* list = f.optional(document, "gpus");
    if (!list) {
        return gpus;
    }
    if (!list->is_array()) {
        f.fail("gpus", "expected a list, found " + jsonTypeName(*list));
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "gpus[" + std::to_string(i) + "]";
        const json& entry = (*list)[i];
        if (!entry.is_object()) {
            f.fail(path, "expected an object {\"id\": ..., \"count\": ...}, found " + jsonTypeName(entry));
        }
        GpuRef gpu;
        const std::string id = f.text(entry, "id", path + ".id", true);
        const sizing::GpuSpec* spec = catalog.findGpu(id);
        if (!spec) {
            f.fail(path + ".id", "unknown GPU '" + id + "' (not in the catalog; fitscope-cli gpus lists them)");
        }
        gpu.id = spec->id;
        gpu.count = f.integer(entry, "count", path + ".count", 1, sizing::kMaxGpuCount, 1);
        gpu.in_use_bytes = f.integer(entry, "in_use_bytes", path + ".in_use_bytes", 0, sizing::kMaxGpuInUseBytes, 0);
        gpu.memory_limit_bytes =
            f.integer(entry, "memory_limit_bytes", path + ".memory_limit_bytes", 0, sizing::kMaxGpuInUseBytes, 0);
        gpus.push_back(std::move(gpu));
    }
    return gpus;
}

constexpr const char* kLoraTargetIds[] = {"all-linear", "attention"};

sizing::FineTuneOptions readFineTune(const Fields& f, const json& document) {
    sizing::FineTuneOptions ft;
    const json& o = f.object(document, "finetune", "finetune", false);
    const std::string method = f.text(o, "method", "finetune.method", false);
    if (!method.empty()) {
        const auto id = sizing::fineTuneMethodFromId(method);
        if (!id) {
            f.fail("finetune.method", "expected \"full\", \"lora\" or \"qlora\", found '" + method + "'");
        }
        ft.method = *id;
    }
    ft.lora_rank = f.integer(o, "lora_rank", "finetune.lora_rank", 1, sizing::kMaxLoraRank, ft.lora_rank);
    const std::string targets = f.text(o, "lora_targets", "finetune.lora_targets", false);
    if (targets == kLoraTargetIds[1]) {
        ft.targets = sizing::LoraTargets::Attention;
    } else if (!targets.empty() && targets != kLoraTargetIds[0]) {
        f.fail("finetune.lora_targets", "expected \"all-linear\" or \"attention\", found '" + targets + "'");
    }
    if (const json* checkpointing = f.optional(o, "gradient_checkpointing")) {
        if (!checkpointing->is_boolean()) {
            f.fail("finetune.gradient_checkpointing", "expected true/false, found " + jsonTypeName(*checkpointing));
        }
        ft.gradient_checkpointing = checkpointing->get<bool>();
    }
    return ft;
}

bool flag(const Fields& f, const json& o, const char* key, bool fallback) {
    const json* value = f.optional(o, key);
    if (!value) {
        return fallback;
    }
    if (!value->is_boolean()) {
        f.fail(std::string("runtime_options.") + key, "expected true/false, found " + jsonTypeName(*value));
    }
    return value->get<bool>();
}

ScenarioFile readScenarioFields(const Fields& f, const json& document, const catalog::Catalog& catalog,
                                const std::string& origin);

} // namespace

bool ModelRef::operator==(const ModelRef& other) const {
    if (origin != other.origin || catalog_id != other.catalog_id || params != other.params || path != other.path ||
        projector_path != other.projector_path || spec.has_value() != other.spec.has_value()) {
        return false;
    }
    // ModelSpec has no comparison of its own; its JSON form names every field.
    return !spec || modelSpecToJson(*spec) == modelSpecToJson(*other.spec);
}

bool ScenarioFile::operator==(const ScenarioFile& o) const {
    return title == o.title && model == o.model && precision.weights == o.precision.weights &&
           precision.embeddings == o.precision.embeddings && precision.output_head == o.precision.output_head &&
           precision.kv_cache == o.precision.kv_cache && context_tokens == o.context_tokens && batch == o.batch &&
           images_per_request == o.images_per_request && tokens_per_image == o.tokens_per_image &&
           runtime == o.runtime && overhead_fraction == o.overhead_fraction && runtime_options == o.runtime_options &&
           task == o.task && finetune.method == o.finetune.method && finetune.lora_rank == o.finetune.lora_rank &&
           finetune.targets == o.finetune.targets &&
           finetune.gradient_checkpointing == o.finetune.gradient_checkpointing && gpus == o.gpus &&
           primary_gpu == o.primary_gpu && unit == o.unit && compare_formats == o.compare_formats && lab == o.lab &&
           pinned == o.pinned;
}

bool PinnedScenario::operator==(const PinnedScenario& o) const {
    return name == o.name && baseline == o.baseline && scenario == o.scenario;
}

bool RuntimeOptions::operator==(const RuntimeOptions& o) const {
    return parallelism == o.parallelism && cpu_ram_bytes == o.cpu_ram_bytes &&
           cpu_bandwidth_gbps == o.cpu_bandwidth_gbps && cuda_graphs == o.cuda_graphs &&
           vllm.gpu_memory_utilization == o.vllm.gpu_memory_utilization &&
           vllm.max_num_batched_tokens == o.vllm.max_num_batched_tokens && vllm.block_size == o.vllm.block_size &&
           vllm.version == o.vllm.version && vllm.max_num_seqs == o.vllm.max_num_seqs &&
           vllm.enable_prefix_caching == o.vllm.enable_prefix_caching &&
           vllm.pipeline_parallel_size == o.vllm.pipeline_parallel_size &&
           vllm.pp_layer_partition == o.vllm.pp_layer_partition &&
           vllm.num_speculative_tokens == o.vllm.num_speculative_tokens &&
           vllm.cpu_offload_gb == o.vllm.cpu_offload_gb && llamacpp.n_gpu_layers == o.llamacpp.n_gpu_layers &&
           llamacpp.flash_attention == o.llamacpp.flash_attention && llamacpp.n_ubatch == o.llamacpp.n_ubatch &&
           llamacpp.cache_type_v == o.llamacpp.cache_type_v && llamacpp.kv_unified == o.llamacpp.kv_unified &&
           llamacpp.tensor_overrides == o.llamacpp.tensor_overrides && llamacpp.cpu_moe == o.llamacpp.cpu_moe &&
           llamacpp.n_cpu_moe == o.llamacpp.n_cpu_moe && auto_gpu_layers == o.auto_gpu_layers;
}

RuntimeOptions runtimeOptionsFromJson(const json& o, const std::string& origin) {
    const Fields f(origin);
    RuntimeOptions r;
    if (!o.is_object()) {
        f.fail("runtime_options", "expected an object, found " + jsonTypeName(o));
    }
    const std::string parallelism = f.text(o, "parallelism", "runtime_options.parallelism", false);
    if (!parallelism.empty()) {
        const auto id = sizing::parallelismFromId(parallelism);
        if (!id) {
            f.fail("runtime_options.parallelism", "expected \"tp\" or \"pp\", found '" + parallelism + "'");
        }
        r.parallelism = *id;
    }
    // Up to 4 PiB of RAM, as the CLI's --cpu-ram accepts.
    r.cpu_ram_bytes = f.integer(o, "cpu_ram_bytes", "runtime_options.cpu_ram_bytes", 0, 1LL << 52, 0);
    r.cpu_bandwidth_gbps = f.number(o, "cpu_bandwidth_gbps", "runtime_options.cpu_bandwidth_gbps", 0, 1e5, 0);
    r.cuda_graphs = flag(f, o, "cuda_graphs", true);
    r.vllm.gpu_memory_utilization = f.number(o, "gpu_memory_utilization", "runtime_options.gpu_memory_utilization",
                                             0.01, 1.0, r.vllm.gpu_memory_utilization);
    r.vllm.max_num_batched_tokens = f.integer(o, "max_num_batched_tokens", "runtime_options.max_num_batched_tokens", 1,
                                              sizing::kMaxContextTokens, r.vllm.max_num_batched_tokens);
    r.vllm.block_size = f.integer(o, "block_size", "runtime_options.block_size", 1, 1 << 16, r.vllm.block_size);
    const std::string version = f.text(o, "vllm_version", "runtime_options.vllm_version", false);
    if (!version.empty()) {
        const auto v = sizing::vllmVersionFromId(version);
        if (!v) {
            f.fail("runtime_options.vllm_version", "expected a vLLM release such as \"0.24\", found '" + version + "'");
        }
        r.vllm.version = *v;
    }
    r.vllm.max_num_seqs = f.integer(o, "max_num_seqs", "runtime_options.max_num_seqs", 1, 1 << 20, r.vllm.max_num_seqs);
    if (f.optional(o, "enable_prefix_caching")) {
        r.vllm.enable_prefix_caching = flag(f, o, "enable_prefix_caching", true);
    }
    r.vllm.pipeline_parallel_size = f.integer(o, "pipeline_parallel_size", "runtime_options.pipeline_parallel_size", 1,
                                              1024, r.vllm.pipeline_parallel_size);
    if (const json* parts = f.optional(o, "pp_layer_partition")) {
        if (!parts->is_array() || parts->size() > 1024) {
            f.fail("runtime_options.pp_layer_partition", "expected an array of layer counts");
        }
        for (const json& n : *parts) {
            if (!n.is_number_integer() || n.get<std::int64_t>() < 0 || n.get<std::int64_t>() > 1'000'000) {
                f.fail("runtime_options.pp_layer_partition", "expected layer counts (0 or more)");
            }
            r.vllm.pp_layer_partition.push_back(n.get<std::int64_t>());
        }
    }
    r.vllm.num_speculative_tokens = f.integer(o, "num_speculative_tokens", "runtime_options.num_speculative_tokens", 0,
                                              64, r.vllm.num_speculative_tokens);
    r.vllm.cpu_offload_gb =
        f.number(o, "cpu_offload_gb", "runtime_options.cpu_offload_gb", 0, 1e6, r.vllm.cpu_offload_gb);
    if (const json* layers = f.optional(o, "n_gpu_layers"); layers && layers->is_string()) {
        if (layers->get<std::string>() != "auto") {
            f.fail("runtime_options.n_gpu_layers",
                   "expected a layer count, -1 (all) or \"auto\", found '" + layers->get<std::string>() + "'");
        }
        r.auto_gpu_layers = true;
    } else {
        r.llamacpp.n_gpu_layers = f.integer(o, "n_gpu_layers", "runtime_options.n_gpu_layers", -1, 1'000'000, -1);
    }
    // "on", "off" or "auto" (llama.cpp's -fa); files written before -fa auto hold true / false.
    if (const json* fa = f.optional(o, "flash_attention"); fa && fa->is_boolean()) {
        r.llamacpp.flash_attention = fa->get<bool>() ? sizing::FlashAttention::On : sizing::FlashAttention::Off;
    } else if (fa) {
        const auto setting = fa->is_string() ? sizing::flashAttentionFromId(fa->get<std::string>()) : std::nullopt;
        if (!setting) {
            f.fail("runtime_options.flash_attention",
                   "expected \"on\", \"off\", \"auto\" or true/false, found " +
                       (fa->is_string() ? "'" + fa->get<std::string>() + "'" : jsonTypeName(*fa)));
        }
        r.llamacpp.flash_attention = *setting;
    }
    r.llamacpp.n_ubatch = f.integer(o, "n_ubatch", "runtime_options.n_ubatch", 1, 1 << 20, r.llamacpp.n_ubatch);
    if (const std::string v = f.text(o, "cache_type_v", "runtime_options.cache_type_v", false); !v.empty()) {
        const auto format = sizing::kvFormatFromId(v);
        if (!format) {
            f.fail("runtime_options.cache_type_v", "unknown KV-cache format '" + v + "'");
        }
        r.llamacpp.cache_type_v = *format;
    }
    r.llamacpp.kv_unified = flag(f, o, "kv_unified", false);
    // Tensor placement: --n-cpu-moe N, --cpu-moe, and the -ot rules as "PATTERN=BUFFER" strings in order.
    r.llamacpp.n_cpu_moe = f.integer(o, "n_cpu_moe", "runtime_options.n_cpu_moe", 0, 1'000'000, 0);
    r.llamacpp.cpu_moe = flag(f, o, "cpu_moe", false);
    if (const json* rules = f.optional(o, "tensor_overrides")) {
        if (!rules->is_array()) {
            f.fail("runtime_options.tensor_overrides",
                   "expected an array of \"PATTERN=BUFFER\" strings, found " + jsonTypeName(*rules));
        }
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const json& rule = (*rules)[i];
            const std::string path = "runtime_options.tensor_overrides[" + std::to_string(i) + "]";
            if (!rule.is_string()) {
                f.fail(path, "expected a \"PATTERN=BUFFER\" string, found " + jsonTypeName(rule));
            }
            try {
                for (sizing::TensorOverride& o_rule : sizing::parseTensorOverrides(rule.get<std::string>())) {
                    r.llamacpp.tensor_overrides.push_back(std::move(o_rule));
                }
            } catch (const sizing::TensorOverrideError& error) {
                f.fail(path, error.what());
            }
        }
    }
    return r;
}

json runtimeOptionsToJson(const RuntimeOptions& r, sizing::Runtime runtime) {
    const RuntimeOptions d;
    json j = json::object();
    const bool vllm = runtime == sizing::Runtime::Vllm;
    const bool llamacpp = runtime == sizing::Runtime::LlamaCpp;
    if (r.parallelism != d.parallelism) {
        j["parallelism"] = std::string(sizing::parallelismId(r.parallelism));
    }
    if (r.cpu_ram_bytes != d.cpu_ram_bytes) {
        j["cpu_ram_bytes"] = r.cpu_ram_bytes;
    }
    if (r.cpu_bandwidth_gbps != d.cpu_bandwidth_gbps) {
        j["cpu_bandwidth_gbps"] = r.cpu_bandwidth_gbps;
    }
    if (r.cuda_graphs != d.cuda_graphs) {
        j["cuda_graphs"] = r.cuda_graphs;
    }
    if (vllm || r.vllm.gpu_memory_utilization != d.vllm.gpu_memory_utilization) {
        j["gpu_memory_utilization"] = r.vllm.gpu_memory_utilization;
    }
    if (vllm || r.vllm.max_num_batched_tokens != d.vllm.max_num_batched_tokens) {
        j["max_num_batched_tokens"] = r.vllm.max_num_batched_tokens;
    }
    if (r.vllm.block_size != d.vllm.block_size) {
        j["block_size"] = r.vllm.block_size;
    }
    if (vllm || r.vllm.version != d.vllm.version) {
        j["vllm_version"] = sizing::vllmVersionId(r.vllm.version);
    }
    if (r.vllm.max_num_seqs != d.vllm.max_num_seqs) {
        j["max_num_seqs"] = r.vllm.max_num_seqs;
    }
    if (r.vllm.enable_prefix_caching) {
        j["enable_prefix_caching"] = *r.vllm.enable_prefix_caching;
    }
    if (r.vllm.pipeline_parallel_size != d.vllm.pipeline_parallel_size) {
        j["pipeline_parallel_size"] = r.vllm.pipeline_parallel_size;
    }
    if (!r.vllm.pp_layer_partition.empty()) {
        j["pp_layer_partition"] = r.vllm.pp_layer_partition;
    }
    if (r.vllm.num_speculative_tokens != d.vllm.num_speculative_tokens) {
        j["num_speculative_tokens"] = r.vllm.num_speculative_tokens;
    }
    if (r.vllm.cpu_offload_gb != d.vllm.cpu_offload_gb) {
        j["cpu_offload_gb"] = r.vllm.cpu_offload_gb;
    }
    if (r.auto_gpu_layers) {
        j["n_gpu_layers"] = "auto";
    } else if (llamacpp || r.llamacpp.n_gpu_layers != d.llamacpp.n_gpu_layers) {
        j["n_gpu_layers"] = r.llamacpp.n_gpu_layers;
    }
    if (llamacpp || r.llamacpp.flash_attention != d.llamacpp.flash_attention) {
        j["flash_attention"] = std::string(sizing::flashAttentionId(r.llamacpp.flash_attention));
    }
    if (r.llamacpp.n_ubatch != d.llamacpp.n_ubatch) {
        j["n_ubatch"] = r.llamacpp.n_ubatch;
    }
    if (r.llamacpp.cache_type_v) {
        j["cache_type_v"] = std::string(sizing::kvFormatInfo(*r.llamacpp.cache_type_v).id);
    }
    if (r.llamacpp.kv_unified) {
        j["kv_unified"] = true;
    }
    if (r.llamacpp.n_cpu_moe > 0) {
        j["n_cpu_moe"] = r.llamacpp.n_cpu_moe;
    }
    if (r.llamacpp.cpu_moe) {
        j["cpu_moe"] = true;
    }
    if (!r.llamacpp.tensor_overrides.empty()) {
        json rules = json::array();
        for (const sizing::TensorOverride& rule : r.llamacpp.tensor_overrides) {
            rules.push_back(rule.text());
        }
        j["tensor_overrides"] = std::move(rules);
    }
    return j;
}

void applyRuntimeOptions(const RuntimeOptions& r, sizing::Scenario& s) {
    s.parallelism = r.parallelism;
    if (r.cpu_ram_bytes > 0) {
        s.cpu_ram_bytes = r.cpu_ram_bytes;
    }
    s.cpu_bandwidth_gbps = r.cpu_bandwidth_gbps;
    s.cuda_graphs = r.cuda_graphs;
    s.vllm = r.vllm;
    s.llamacpp = r.llamacpp;
    if (r.auto_gpu_layers && s.runtime == sizing::Runtime::LlamaCpp) {
        s.llamacpp.n_gpu_layers = -1;
        if (s.gpu) {
            // Not even the compute buffer fits: everything on the CPU, and the verdict says why.
            s.llamacpp.n_gpu_layers = sizing::largestGpuLayersThatFit(s).value_or(0);
        }
    }
}

ScenarioFileError::ScenarioFileError(const std::string& origin, std::string field, const std::string& problem)
    : std::runtime_error(origin + ": " + (field.empty() ? std::string() : field + ": ") + problem)
    , m_field(std::move(field)) {}

std::string jsonTypeName(const json& value) {
    if (value.is_number_integer()) {
        return "an integer";
    }
    if (value.is_number()) {
        return "a number";
    }
    if (value.is_string()) {
        return "a string";
    }
    if (value.is_boolean()) {
        return "true/false";
    }
    if (value.is_array()) {
        return "a list";
    }
    if (value.is_object()) {
        return "an object";
    }
    return "null";
}

namespace {

// The fields of one scenario (the file's own or a pinned one), without schema, generator, title,
// lab settings and pins.
void writeScenarioFields(const ScenarioFile& s, json& j) {
    json model;
    switch (s.model.origin) {
    case ModelOrigin::Catalog:
        model = {{"source", "catalog"}, {"id", s.model.catalog_id}};
        break;
    case ModelOrigin::Params:
        model = {{"source", "params"}, {"params", s.model.params}};
        break;
    case ModelOrigin::File:
        model = {{"source", "file"}, {"path", s.model.path}};
        if (!s.model.projector_path.empty()) {
            model["projector"] = s.model.projector_path;
        }
        if (s.model.spec) {
            model["spec"] = modelSpecToJson(*s.model.spec);
        }
        break;
    }
    j["model"] = std::move(model);

    json precision;
    precision["weights"] = std::string(sizing::formatInfo(s.precision.weights).id);
    if (s.precision.embeddings) {
        precision["embeddings"] = std::string(sizing::formatInfo(*s.precision.embeddings).id);
    }
    if (s.precision.output_head) {
        precision["output_head"] = std::string(sizing::formatInfo(*s.precision.output_head).id);
    }
    precision["kv_cache"] = std::string(sizing::kvFormatInfo(s.precision.kv_cache).id);
    j["precision"] = std::move(precision);

    j["context"] = s.context_tokens;
    j["batch"] = s.batch;
    if (s.images_per_request > 0) {
        j["images_per_request"] = s.images_per_request;
    }
    if (s.tokens_per_image > 0) {
        j["tokens_per_image"] = s.tokens_per_image;
    }
    j["runtime"] = std::string(sizing::runtimeInfo(s.runtime).id);
    j["overhead_fraction"] = s.overhead_fraction;
    j["runtime_options"] = s.runtime_options.is_object() ? s.runtime_options : json::object();
    if (s.task == sizing::Task::FineTune) {
        j["task"] = std::string(sizing::taskId(s.task));
        j["finetune"] = {{"method", std::string(sizing::fineTuneMethodId(s.finetune.method))},
                         {"lora_rank", s.finetune.lora_rank},
                         {"lora_targets", kLoraTargetIds[s.finetune.targets == sizing::LoraTargets::Attention]},
                         {"gradient_checkpointing", s.finetune.gradient_checkpointing}};
    }
    json gpus = json::array();
    for (const GpuRef& gpu : s.gpus) {
        json entry{{"id", gpu.id}, {"count", gpu.count}};
        if (gpu.in_use_bytes > 0) {
            entry["in_use_bytes"] = gpu.in_use_bytes;
        }
        if (gpu.memory_limit_bytes > 0) {
            entry["memory_limit_bytes"] = gpu.memory_limit_bytes;
        }
        gpus.push_back(std::move(entry));
    }
    j["gpus"] = std::move(gpus);
    if (!s.primary_gpu.empty()) {
        j["primary_gpu"] = s.primary_gpu;
    }
    j["units"] = std::string(sizing::unitName(s.unit));
    json compare = json::array();
    for (const sizing::WeightFormat format : s.compare_formats) {
        compare.push_back(std::string(sizing::formatInfo(format).id));
    }
    j["compare_formats"] = std::move(compare);
}

} // namespace

json scenarioFileToJson(const ScenarioFile& s) {
    json j;
    j["schema"] = std::string(s.pinned.empty() ? kScenarioSchema : kScenarioSchemaPinned);
    j["generator"] = std::string("FitScope ") + FITSCOPE_REPORT_VERSION;
    if (!s.title.empty()) {
        j["title"] = s.title;
    }
    writeScenarioFields(s, j);
    j["lab"] = s.lab.is_object() ? s.lab : json::object();
    if (!s.pinned.empty()) {
        json pinned = json::array();
        for (const PinnedScenario& pin : s.pinned) {
            json entry;
            entry["name"] = pin.name;
            if (pin.baseline) {
                entry["baseline"] = true;
            }
            writeScenarioFields(pin.scenario, entry);
            pinned.push_back(std::move(entry));
        }
        j["pinned"] = std::move(pinned);
    }
    return j;
}

std::string scenarioFileToText(const ScenarioFile& scenario) {
    return scenarioFileToJson(scenario).dump(2) + "\n";
}

ScenarioFile scenarioFileFromJson(const json& document, const catalog::Catalog& catalog, const std::string& origin) {
    const Fields f(origin);
    if (!document.is_object()) {
        f.fail("", "not a FitScope scenario file (expected a JSON object with \"schema\": \"" +
                       std::string(kScenarioSchema) + "\")");
    }
    const json* schema = f.optional(document, "schema");
    if (!schema || !schema->is_string()) {
        f.fail("schema", std::string(schema ? "expected a string" : "missing") +
                             ": not a FitScope scenario file (expected \"" + std::string(kScenarioSchema) + "\")");
    }
    const std::string schema_id = schema->get<std::string>();
    if (schema_id != kScenarioSchema && schema_id != kScenarioSchemaPinned) {
        if (schema_id.rfind(kScenarioSchemaPrefix, 0) == 0) {
            const std::string version = schema_id.substr(kScenarioSchemaPrefix.size());
            bool newer = !version.empty();
            for (const char c : version) {
                newer = newer && c >= '0' && c <= '9';
            }
            if (newer && (version.size() > 1 || version[0] - '0' > kScenarioSchemaPinnedVersion)) {
                f.fail("schema", "'" + schema_id + "' was written by a newer FitScope; this version reads '" +
                                     std::string(kScenarioSchema) + "'");
            }
        }
        f.fail("schema", "unsupported schema '" + schema_id + "' (expected '" + std::string(kScenarioSchema) + "')");
    }

    ScenarioFile s = readScenarioFields(f, document, catalog, origin);
    s.title = f.text(document, "title", "title", false);
    if (const json* lab = f.optional(document, "lab")) {
        if (!lab->is_object()) {
            f.fail("lab", "expected an object, found " + jsonTypeName(*lab));
        }
        s.lab = *lab;
    }
    if (const json* pinned = f.optional(document, "pinned")) {
        if (!pinned->is_array()) {
            f.fail("pinned", "expected a list of scenarios, found " + jsonTypeName(*pinned));
        }
        if (pinned->size() > kMaxPinnedScenarios) {
            f.fail("pinned", "holds " + std::to_string(pinned->size()) + " scenarios; at most " +
                                 std::to_string(kMaxPinnedScenarios) + " can be pinned");
        }
        bool baseline = false;
        for (std::size_t i = 0; i < pinned->size(); ++i) {
            const std::string path = "pinned[" + std::to_string(i) + "]";
            const json& entry = (*pinned)[i];
            if (!entry.is_object()) {
                f.fail(path, "expected a scenario object, found " + jsonTypeName(entry));
            }
            PinnedScenario pin;
            pin.name = f.text(entry, "name", path + ".name", true);
            if (const json* mark = f.optional(entry, "baseline")) {
                if (!mark->is_boolean()) {
                    f.fail(path + ".baseline", "expected true/false, found " + jsonTypeName(*mark));
                }
                pin.baseline = mark->get<bool>();
            }
            if (pin.baseline && baseline) {
                f.fail(path + ".baseline", "a second baseline (only one pinned scenario can be the baseline)");
            }
            baseline = baseline || pin.baseline;
            try {
                pin.scenario = readScenarioFields(f, entry, catalog, origin);
            } catch (const ScenarioFileError& error) {
                // The same message, with the field named inside its pinned entry.
                const std::string prefix = origin + ": " + (error.field().empty() ? "" : error.field() + ": ");
                std::string problem = error.what();
                if (problem.rfind(prefix, 0) == 0) {
                    problem.erase(0, prefix.size());
                }
                throw ScenarioFileError(origin, path + (error.field().empty() ? "" : "." + error.field()), problem);
            }
            s.pinned.push_back(std::move(pin));
        }
    }
    return s;
}

namespace {

ScenarioFile readScenarioFields(const Fields& f, const json& document, const catalog::Catalog& catalog,
                                const std::string& origin) {
    ScenarioFile s;
    s.model = readModel(f, document, catalog);
    s.precision = readPrecision(f, document);
    s.context_tokens = f.integer(document, "context", "context", 1, sizing::kMaxContextTokens, std::nullopt);
    s.batch = f.integer(document, "batch", "batch", 1, sizing::kMaxBatch, 1);
    s.images_per_request =
        f.integer(document, "images_per_request", "images_per_request", 0, sizing::kMaxImagesPerRequest, 0);
    s.tokens_per_image = f.integer(document, "tokens_per_image", "tokens_per_image", 0, sizing::kMaxImageTokens, 0);

    const std::string runtime = f.text(document, "runtime", "runtime", false);
    if (!runtime.empty()) {
        const auto id = sizing::runtimeFromId(runtime);
        if (!id) {
            std::string known;
            for (const sizing::RuntimeInfo& info : sizing::allRuntimes()) {
                known += (known.empty() ? "" : ", ") + std::string(info.id);
            }
            f.fail("runtime", "unknown runtime '" + runtime + "' (known: " + known + ")");
        }
        s.runtime = *id;
    }
    s.overhead_fraction =
        f.number(document, "overhead_fraction", "overhead_fraction", 0.0, kMaxOverheadFraction, s.overhead_fraction);
    if (const json* options = f.optional(document, "runtime_options")) {
        if (!options->is_object()) {
            f.fail("runtime_options", "expected an object, found " + jsonTypeName(*options));
        }
        runtimeOptionsFromJson(*options, origin); // checks the keys it knows
        s.runtime_options = *options;
    }
    const std::string task = f.text(document, "task", "task", false);
    if (!task.empty()) {
        const auto id = sizing::taskFromId(task);
        if (!id) {
            f.fail("task", "expected \"inference\" or \"finetune\", found '" + task + "'");
        }
        s.task = *id;
    }
    s.finetune = readFineTune(f, document);

    s.gpus = readGpus(f, document, catalog);
    s.primary_gpu = f.text(document, "primary_gpu", "primary_gpu", false);
    if (!s.primary_gpu.empty()) {
        const sizing::GpuSpec* gpu = catalog.findGpu(s.primary_gpu);
        if (!gpu) {
            f.fail("primary_gpu", "unknown GPU '" + s.primary_gpu + "'");
        }
        s.primary_gpu = gpu->id;
    }

    const std::string units = f.text(document, "units", "units", false);
    if (!units.empty()) {
        const auto unit = sizing::memoryUnitFromName(units);
        if (!unit) {
            f.fail("units", "expected \"GB\" or \"GiB\", found '" + units + "'");
        }
        s.unit = *unit;
    }

    if (const json* compare = f.optional(document, "compare_formats")) {
        if (!compare->is_array()) {
            f.fail("compare_formats", "expected a list of format ids, found " + jsonTypeName(*compare));
        }
        for (std::size_t i = 0; i < compare->size(); ++i) {
            s.compare_formats.push_back(f.weightFormat((*compare)[i], "compare_formats[" + std::to_string(i) + "]"));
        }
    }
    return s;
}

} // namespace

ScenarioFile parseScenarioFile(std::string_view text, const catalog::Catalog& catalog, const std::string& origin) {
    json document;
    try {
        document = formats::parseJsonBounded(text, origin, kMaxNesting);
    } catch (const formats::FormatError& error) {
        // parseJsonBounded already names the origin.
        std::string message = error.what();
        const std::string prefix = origin + ": ";
        if (message.rfind(prefix, 0) == 0) {
            message.erase(0, prefix.size());
        }
        throw ScenarioFileError(origin, "", message + (text.empty() ? " (the file is empty)" : ""));
    }
    return scenarioFileFromJson(document, catalog, origin);
}

ScenarioFile readScenarioFile(const std::filesystem::path& path, const catalog::Catalog& catalog) {
    std::string text;
    try {
        text = formats::readTextFile(path, kMaxScenarioFileBytes);
    } catch (const formats::FormatError& error) {
        std::string message = error.what();
        const std::string prefix = path.string() + ": ";
        if (message.rfind(prefix, 0) == 0) {
            message.erase(0, prefix.size());
        }
        throw ScenarioFileError(path.string(), "", message);
    }
    return parseScenarioFile(text, catalog, path.string());
}

void writeScenarioFile(const std::filesystem::path& path, const ScenarioFile& scenario) {
    writeFileAtomically(path, scenarioFileToText(scenario));
}

std::optional<std::string> loadScenarioFileInto(const std::filesystem::path& path, const catalog::Catalog& catalog,
                                                ScenarioFile& current) {
    try {
        ScenarioFile loaded = readScenarioFile(path, catalog);
        // Resolving the model is the last thing that can fail (an embedded spec the engine rejects).
        resolveModel(loaded.model, catalog);
        current = std::move(loaded);
        return std::nullopt;
    } catch (const std::exception& error) {
        return std::string(error.what());
    }
}

std::shared_ptr<const sizing::PreparedModel> resolveModel(const ModelRef& model, const catalog::Catalog& catalog) {
    switch (model.origin) {
    case ModelOrigin::Catalog: {
        const catalog::ModelEntry* entry = catalog.findModel(model.catalog_id);
        if (!entry) {
            throw ScenarioFileError("scenario", "model.id", "unknown model '" + model.catalog_id + "'");
        }
        return entry->model;
    }
    case ModelOrigin::Params: {
        if (model.params < kMinParams || model.params > kMaxParams) {
            throw ScenarioFileError("scenario", "model.params", "out of range");
        }
        sizing::ModelSpec spec = sizing::assumedShapeForParams(model.params);
        spec.display_name = sizing::formatParams(static_cast<double>(model.params)) + " parameters";
        return sizing::prepareModel(std::move(spec));
    }
    case ModelOrigin::File:
        break;
    }
    if (!model.spec) {
        throw ScenarioFileError("scenario", "model.spec", "missing");
    }
    try {
        return sizing::prepareModel(*model.spec);
    } catch (const std::invalid_argument& error) {
        throw ScenarioFileError("scenario", "model.spec", error.what());
    }
}

std::vector<sizing::Scenario> engineScenarios(const ScenarioFile& file, const catalog::Catalog& catalog) {
    sizing::Scenario base;
    base.model = resolveModel(file.model, catalog);
    base.precision = file.precision;
    base.context_tokens = file.context_tokens;
    base.batch = file.batch;
    base.images_per_request = file.images_per_request;
    base.tokens_per_image = file.tokens_per_image;
    base.runtime = file.runtime;
    base.overhead_fraction = file.overhead_fraction;
    base.task = file.task;
    base.finetune = file.finetune;
    // Checked when the file was read; a scenario built in code may hold anything, so check again.
    const RuntimeOptions options =
        runtimeOptionsFromJson(file.runtime_options.is_object() ? file.runtime_options : json::object(), "scenario");
    std::vector<sizing::Scenario> scenarios;
    if (file.gpus.empty()) {
        applyRuntimeOptions(options, base);
        scenarios.push_back(base);
        return scenarios;
    }
    for (std::size_t i = 0; i < file.gpus.size(); ++i) {
        const sizing::GpuSpec* gpu = catalog.findGpu(file.gpus[i].id);
        if (!gpu) {
            throw ScenarioFileError("scenario", "gpus[" + std::to_string(i) + "].id",
                                    "unknown GPU '" + file.gpus[i].id + "'");
        }
        sizing::Scenario s = base;
        s.gpu = std::make_shared<sizing::GpuSpec>(catalog::withMemoryLimit(*gpu, file.gpus[i].memory_limit_bytes));
        s.gpu_count = file.gpus[i].count;
        s.gpu_in_use_bytes = file.gpus[i].in_use_bytes;
        applyRuntimeOptions(options, s);
        scenarios.push_back(std::move(s));
    }
    return scenarios;
}

std::size_t primaryGpuIndex(const ScenarioFile& scenario) {
    for (std::size_t i = 0; i < scenario.gpus.size(); ++i) {
        if (scenario.gpus[i].id == scenario.primary_gpu) {
            return i;
        }
    }
    return 0;
}

std::string modelDisplayName(const ModelRef& model, const catalog::Catalog& catalog) {
    switch (model.origin) {
    case ModelOrigin::Catalog:
        if (const catalog::ModelEntry* entry = catalog.findModel(model.catalog_id)) {
            return entry->name;
        }
        return model.catalog_id;
    case ModelOrigin::Params:
        return sizing::formatParams(static_cast<double>(model.params)) + " parameters";
    case ModelOrigin::File:
        break;
    }
    if (model.spec && !model.spec->display_name.empty()) {
        return model.spec->display_name;
    }
    return model.path.empty() ? std::string("model file") : std::filesystem::path(model.path).filename().string();
}

std::string scenarioTaskText(const ScenarioFile& f) {
    if (f.task != sizing::Task::FineTune) {
        return "inference";
    }
    std::string task = "fine-tuning, " + std::string(sizing::fineTuneMethodId(f.finetune.method));
    if (f.finetune.method != sizing::FineTuneMethod::Full) {
        task += ", rank " + std::to_string(f.finetune.lora_rank) +
                (f.finetune.targets == sizing::LoraTargets::Attention ? " on q and v" : " on all linear layers");
    }
    if (f.finetune.gradient_checkpointing) {
        task += ", gradient checkpointing";
    }
    return task;
}

} // namespace fitscope::report
