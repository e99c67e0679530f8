#include "core/formats/model_file.h"

#include "core/formats/bounded_reader.h"
#include "core/formats/ggml_types.h"
#include "core/formats/gguf_model_spec.h"
#include "core/formats/gguf_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/json_depth.h"
#include "core/formats/model_headers.h"
#include "core/formats/safetensors_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace fitscope::formats {

namespace {

using sizing::TensorRole;

// A folder with more files than this is not a model: refuse rather than open them all.
constexpr std::size_t k_max_shards = 4096;
constexpr std::uint64_t k_max_config_bytes = 16ull << 20;

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The quantization a Hugging Face config.json declares (quantization_config), as far as the tensor
// table needs it: how many logical weights a packed word holds.
struct HfQuantization {
    std::string method; // "gptq", "awq", "fp8", "bitsandbytes", "compressed-tensors", ...
    int bits = 0;
    std::int64_t group_size = 0;
    std::string description;
};

HfQuantization readQuantization(const nlohmann::json& config) {
    HfQuantization q;
    const auto it = config.find("quantization_config");
    if (it == config.end() || !it->is_object()) {
        return q;
    }
    const nlohmann::json& qc = *it;
    auto intField = [](const nlohmann::json& object, const char* key) -> std::int64_t {
        const auto f = object.find(key);
        return f != object.end() && f->is_number_integer() ? f->get<std::int64_t>() : 0;
    };
    if (const auto m = qc.find("quant_method"); m != qc.end() && m->is_string()) {
        q.method = lower(m->get<std::string>());
    }
    q.bits = static_cast<int>(std::clamp<std::int64_t>(intField(qc, "bits"), 0, 32));
    q.group_size = intField(qc, "group_size");
    if (q.method == "bitsandbytes") {
        const auto b4 = qc.find("load_in_4bit");
        q.bits = b4 != qc.end() && b4->is_boolean() && b4->get<bool>() ? 4 : 8;
    }
    if (q.method == "compressed-tensors" && q.bits == 0) {
        // config_groups.<group>.weights.num_bits
        if (const auto groups = qc.find("config_groups"); groups != qc.end() && groups->is_object()) {
            for (const auto& [name, group] : groups->items()) {
                if (group.is_object() && group.contains("weights") && group["weights"].is_object()) {
                    q.bits = static_cast<int>(std::clamp<std::int64_t>(intField(group["weights"], "num_bits"), 0, 32));
                    break;
                }
            }
        }
    }
    if (q.bits <= 0 && (q.method == "gptq" || q.method == "awq")) {
        q.bits = 4;
    }
    std::string text = q.method.empty() ? "quantized" : q.method;
    if (q.method == "gptq" || q.method == "awq") {
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    }
    if (q.bits > 0 && q.method != "fp8") {
        text += " " + std::to_string(q.bits) + "-bit";
    }
    if (q.group_size > 0) {
        text += ", group " + std::to_string(q.group_size);
    }
    q.description = printable(text, 60);
    return q;
}

struct Classification {
    std::string group;
    std::optional<TensorRole> role;
};

Classification classify(const std::string& raw_name) {
    const std::string name = lower(raw_name);
    // Quantization metadata and buffers first: they carry no parameters.
    static const char* const k_quant_meta_suffixes[] = {
        ".scales",
        ".qzeros",
        ".g_idx",
        ".weight_scale",
        ".weight_scale_inv",
        ".input_scale",
        ".weight_zero_point",
        ".weight_g_idx",
        ".weight_shape",
        ".absmax",
        ".quant_map",
        ".nested_absmax",
        ".nested_quant_map",
        ".scb",
        ".weight_format",
        ".output_scale",
        ".k_scale",
        ".v_scale",
        ".weight_global_scale",
        ".input_global_scale",
    };
    for (const char* suffix : k_quant_meta_suffixes) {
        if (endsWith(name, suffix)) {
            return {"quant_meta", std::nullopt};
        }
    }
    if (contains(name, ".quant_state.")) {
        return {"quant_meta", std::nullopt};
    }
    if (endsWith(name, "inv_freq") || endsWith(name, "rope_freqs.weight") || endsWith(name, "attn.masked_bias") ||
        (endsWith(name, ".attn.bias") && !contains(name, "c_attn"))) {
        return {"buffer", std::nullopt}; // rotary tables, GPT-2's causal mask
    }

    // The module: the name without its parameter suffix.
    std::string module = name;
    for (const char* suffix : {".weight", ".bias", ".qweight", ".weight_packed"}) {
        if (endsWith(module, suffix)) {
            module.resize(module.size() - std::string_view(suffix).size());
            break;
        }
    }
    auto last = [&module](std::string_view part) { return endsWith(module, part); };
    auto has = [&module](std::string_view part) { return contains(module, part); };

    // Embeddings and output.
    if (module == "token_embd" || last("embed_tokens") || last(".wte") || module == "wte" || last("word_embeddings") ||
        last("tok_embeddings")) {
        return {"token_embd", TensorRole::TokenEmbedding};
    }
    if (module == "position_embd" || last(".wpe") || module == "wpe" || last("embed_positions")) {
        return {"pos_embd", TensorRole::PositionEmbedding};
    }
    if (module == "output" || last("lm_head") || last("embed_out")) {
        return {"output", TensorRole::OutputHead};
    }
    // Norms (before attention: "attn_norm", "q_a_layernorm", "attn_q_norm").
    if (has("norm") || has(".ln_") || module.rfind("ln_", 0) == 0) {
        return {"norm", TensorRole::Norm};
    }
    // Routers (before "gate").
    if (last("ffn_gate_inp") || last("ffn_gate_inp_shexp") || has("exp_probs_b") || last("mlp.gate") ||
        last("block_sparse_moe.gate") || last(".router") || last("shared_expert_gate") || has("e_score_correction")) {
        return {"router", TensorRole::Router};
    }
    // Routed experts (GGUF merged *_exps, Hugging Face experts.N.*).
    const bool expert = has("_exps") || has(".experts.") || last(".experts") || has("experts.");
    const bool shared = has("shexp") || has("shared_expert");
    if (expert && !shared) {
        if (has("gate_up")) {
            return {"expert_gate_up", TensorRole::ExpertUp};
        }
        if (has("gate") || last(".w1")) {
            return {"expert_gate", TensorRole::ExpertGate};
        }
        if (has("up") || last(".w3")) {
            return {"expert_up", TensorRole::ExpertUp};
        }
        if (has("down") || last(".w2")) {
            return {"expert_down", TensorRole::ExpertDown};
        }
        return {"expert_other", std::nullopt};
    }
    // Attention. MLA projections first (names overlap with q/kv).
    if (last("attn_q_a") || last("q_a_proj") || last("attn_kv_a_mqa") || last("kv_a_proj_with_mqa")) {
        return {"attn_latent", TensorRole::AttnLatent};
    }
    if (last("attn_q_b") || last("q_b_proj")) {
        return {"attn_q", TensorRole::AttnQ};
    }
    if (last("attn_kv_b") || last("kv_b_proj") || last("attn_k_b") || last("attn_v_b")) {
        return {"attn_kv_b", TensorRole::AttnV};
    }
    if (last("attn_qkv") || last("qkv_proj") || last("query_key_value") || last("c_attn") || last("wqkv")) {
        return {"attn_qkv", std::nullopt};
    }
    if (last("attn_q") || last("q_proj") || last(".wq") || last("attention.query")) {
        return {"attn_q", TensorRole::AttnQ};
    }
    if (last("attn_k") || last("k_proj") || last(".wk") || last("attention.key")) {
        return {"attn_k", TensorRole::AttnK};
    }
    if (last("attn_v") || last("v_proj") || last(".wv") || last("attention.value")) {
        return {"attn_v", TensorRole::AttnV};
    }
    if (last("attn_output") || last("o_proj") || last(".wo") || last("attn.c_proj") || last("self_attention.dense") ||
        last("attention.dense") || last("attn.out_proj") || last("attention.output.dense")) {
        return {"attn_output", TensorRole::AttnOutput};
    }
    // Dense (and shared-expert) MLPs.
    const std::string prefix = shared ? "shexp_" : "ffn_";
    if (has("gate_up")) {
        return {prefix + "gate_up", TensorRole::FfnUp};
    }
    if (last("ffn_gate") || last("ffn_gate_shexp") || last("gate_proj") || last(".w1")) {
        return {prefix + "gate", TensorRole::FfnGate};
    }
    if (last("ffn_up") || last("ffn_up_shexp") || last("up_proj") || last(".w3") || last("c_fc") ||
        last("dense_h_to_4h") || last(".fc1")) {
        return {prefix + "up", TensorRole::FfnUp};
    }
    if (last("ffn_down") || last("ffn_down_shexp") || last("down_proj") || last(".w2") || last("mlp.c_proj") ||
        last("dense_4h_to_h") || last(".fc2")) {
        return {prefix + "down", TensorRole::FfnDown};
    }
    return {"other", std::nullopt};
}

void addFile(ModelFileInfo& info, const std::filesystem::path& path, std::uint64_t size_bytes) {
    info.files.push_back(path);
    info.file_bytes += static_cast<std::int64_t>(size_bytes);
}

std::string formatCount(std::int64_t count) {
    char buffer[64];
    if (std::llabs(count) >= 1'000'000'000) {
        std::snprintf(buffer, sizeof buffer, "%.3f B", static_cast<double>(count) / 1e9);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.3f M", static_cast<double>(count) / 1e6);
    }
    return buffer;
}

// Totals, histograms and the formula-versus-table comparison, once the tensors are known.
void summarize(ModelFileInfo& info) {
    std::map<std::string, TypeUsage> types;
    std::map<std::string, GroupUsage> groups;
    info.weight_bytes = 0;
    info.tensor_parameters = 0;
    for (const ModelTensor& tensor : info.tensors) {
        // No overflow: tensors lie inside files, whose sizes fit in 63 bits; parameters are at most
        // 32 per stored byte.
        info.weight_bytes += tensor.bytes;
        info.tensor_parameters += tensor.parameters;
        TypeUsage& type = types[tensor.dtype];
        type.dtype = tensor.dtype;
        type.tensors += 1;
        type.elements += tensor.elements;
        type.bytes += tensor.bytes;
        GroupUsage& group = groups[tensor.group];
        group.group = tensor.group;
        group.role = tensor.role;
        group.tensors += 1;
        group.parameters += tensor.parameters;
        group.bytes += tensor.bytes;
    }
    info.types.clear();
    for (auto& [name, usage] : types) {
        info.types.push_back(usage);
    }
    std::stable_sort(info.types.begin(), info.types.end(),
                     [](const TypeUsage& a, const TypeUsage& b) { return a.bytes > b.bytes; });
    info.groups.clear();
    for (auto& [name, usage] : groups) {
        info.groups.push_back(usage);
    }
    std::stable_sort(info.groups.begin(), info.groups.end(),
                     [](const GroupUsage& a, const GroupUsage& b) { return a.bytes > b.bytes; });

    // The table holds what the file stores: the MTP blocks too (held in memory or not).
    std::int64_t stored_formula = 0;
    if (info.spec) {
        const sizing::ParameterCounts counts = sizing::countParameters(*info.spec);
        info.formula_parameters = counts.total();
        stored_formula = counts.total() + counts.mtp;
    }
    if (info.spec && !info.tensors.empty()) {
        const std::int64_t difference = info.tensor_parameters - stored_formula;
        const double relative = info.tensor_parameters > 0 ? std::fabs(static_cast<double>(difference)) /
                                                                 static_cast<double>(info.tensor_parameters)
                                                           : 1.0;
        info.parameters_mismatch = relative > k_parameter_tolerance;
        if (difference == 0) {
            info.parameters_note = "the architecture formula and the tensor table agree exactly";
        } else {
            char percent[32];
            std::snprintf(percent, sizeof percent, "%.3f%%", 100.0 * relative);
            info.parameters_note = std::string(info.parameters_mismatch ? "MISMATCH: " : "") +
                                   "the tensor table holds " + formatCount(info.tensor_parameters) +
                                   " parameters, the architecture formula gives " + formatCount(stored_formula) +
                                   (stored_formula != info.formula_parameters ? " with the MTP blocks" : "") + " (" +
                                   (difference > 0 ? "+" : "-") + std::to_string(std::llabs(difference)) + ", " +
                                   percent + ")";
        }
    }
}

std::string dominantType(const ModelFileInfo& info) {
    // The type holding most bytes among weight matrices (norms and metadata excluded).
    std::map<std::string, std::int64_t> bytes;
    for (const ModelTensor& tensor : info.tensors) {
        if (tensor.parameters > 0 && tensor.group != "norm") {
            bytes[tensor.dtype] += tensor.bytes;
        }
    }
    std::string best;
    std::int64_t most = -1;
    for (const auto& [type, count] : bytes) {
        if (count > most) {
            best = type;
            most = count;
        }
    }
    return best;
}

// ---- GGUF ----

// Everything after the headers are read: split checks, the tensor table, the architecture. The
// same for local files and for headers fetched from a repository. files are the parts in order.
ModelFileInfo assembleGguf(const std::filesystem::path& requested, const std::vector<GgufFile>& files) {
    if (files.empty()) {
        throw FormatError(requested.string() + ": no GGUF file");
    }
    ModelFileInfo info;
    info.format = ModelFileFormat::Gguf;
    info.path = requested;
    for (const GgufFile& file : files) {
        addFile(info, file.origin, file.file_size_bytes);
    }
    const std::vector<GgufFile>& parts = files;
    const GgufFile& first = files.front();

    // Split consistency: split.no counts from 0, split.count is the number of parts.
    if (parts.size() > 1 || first.find("split.count")) {
        const auto count = first.intValue("split.count");
        if (parts.size() > 1 && count && *count != static_cast<std::int64_t>(parts.size())) {
            throw FormatError(first.origin + ": split.count is " + std::to_string(*count) + " but the file name says " +
                              std::to_string(parts.size()) + " parts");
        }
        if (parts.size() == 1 && count && *count > 1) {
            info.warnings.push_back("this file is part of a split model of " + std::to_string(*count) +
                                    " parts, but the others were not found by name; only this part is counted");
        }
        for (std::size_t i = 0; i < files.size() && parts.size() > 1; ++i) {
            const auto number = files[i].intValue("split.no");
            if (number && *number != static_cast<std::int64_t>(i)) {
                throw FormatError(files[i].origin + ": split.no is " + std::to_string(*number) + ", expected " +
                                  std::to_string(i));
            }
        }
    }

    std::vector<GgufTensorInfo> all;
    std::unordered_set<std::string> names;
    for (std::size_t i = 0; i < files.size(); ++i) {
        for (const GgufTensorInfo& tensor : files[i].tensors) {
            if (!names.insert(tensor.name).second) {
                throw FormatError(files[i].origin + ": tensor '" + printable(tensor.name) +
                                  "' appears in more than one part");
            }
            all.push_back(tensor);
            ModelTensor out;
            out.name = tensor.name;
            out.dtype = ggmlTypeName(tensor.type);
            out.shape = tensor.dims;
            out.elements = tensor.elements;
            out.bytes = tensor.bytes;
            const Classification c = classify(tensor.name);
            out.group = c.group;
            out.role = c.role;
            out.parameters = c.group == "buffer" ? 0 : tensor.elements;
            out.file_index = static_cast<int>(i);
            info.tensors.push_back(std::move(out));
        }
    }
    if (const auto expected = first.intValue("split.tensors.count");
        expected && parts.size() > 1 && *expected != static_cast<std::int64_t>(all.size())) {
        throw FormatError(first.origin + ": split.tensors.count is " + std::to_string(*expected) + " but the " +
                          std::to_string(parts.size()) + " parts hold " + std::to_string(all.size()) + " tensors");
    }

    GgufModelSpec mapped = modelSpecFromGguf(first, all, requested.stem().string());
    info.spec = mapped.spec;
    if (info.spec) {
        info.spec->source = requested.string();
    }
    info.spec_note = mapped.note;
    info.context_length = mapped.context_length;
    info.kv_heads_per_layer = mapped.kv_heads_per_layer;

    info.properties.emplace_back("format", "GGUF v" + std::to_string(first.version));
    if (parts.size() > 1) {
        info.properties.emplace_back("parts", std::to_string(parts.size()));
    }
    for (auto& property : mapped.properties) {
        info.properties.push_back(std::move(property));
    }
    if (const auto file_type = first.intValue("general.file_type")) {
        info.quantization = llamaFileTypeName(*file_type);
        info.properties.emplace_back("file type", info.quantization + " (" + std::to_string(*file_type) + ")");
    }
    info.properties.emplace_back("alignment", std::to_string(first.alignment_bytes));
    info.properties.emplace_back("header bytes", std::to_string(first.data_offset_bytes));
    for (const GgufMetadataEntry& entry : first.metadata) {
        info.metadata.emplace_back(printable(entry.key, 200), entry.value.display(160));
    }
    summarize(info);
    if (info.quantization.empty()) {
        info.quantization = dominantType(info);
    }
    return info;
}

ModelFileInfo inspectGgufParts(const std::filesystem::path& requested,
                               const std::vector<std::filesystem::path>& parts) {
    std::vector<GgufFile> files;
    files.reserve(parts.size());
    for (const std::filesystem::path& part : parts) {
        std::error_code error;
        if (!std::filesystem::exists(part, error)) {
            throw FormatError(part.string() + ": missing part of the split model " + requested.filename().string());
        }
        files.push_back(readGgufHeader(part));
    }
    return assembleGguf(requested, files);
}

// ---- safetensors ----

struct HfConfigResult {
    std::optional<sizing::ModelSpec> spec;
    std::string note;
    HfQuantization quantization;
    std::string torch_dtype;
};

HfConfigResult readConfigText(const std::string& text, const std::string& origin) {
    HfConfigResult result;
    if (text.size() > k_max_config_bytes) {
        throw FormatError(origin + ": " + std::to_string(text.size()) + " bytes, more than the limit of " +
                          std::to_string(k_max_config_bytes) + " for this file");
    }
    const nlohmann::json document = parseJsonBounded(text, origin);
    if (!document.is_object()) {
        throw FormatError(origin + ": not a JSON object");
    }
    result.quantization = readQuantization(document);
    if (const auto dtype = document.find("torch_dtype"); dtype != document.end() && dtype->is_string()) {
        result.torch_dtype = printable(dtype->get<std::string>(), 20);
    }
    try {
        result.spec = parseHfConfig(text, origin);
        result.spec->source = origin;
    } catch (const FormatError& error) {
        // The tensor table is still worth showing when the architecture is not one the engine knows.
        result.note = error.what();
    }
    return result;
}

std::int64_t logicalParameters(const SafetensorsTensor& tensor, const Classification& c, const HfQuantization& q,
                               const std::unordered_set<std::string>& names) {
    if (c.group == "quant_meta" || c.group == "buffer") {
        return 0;
    }
    const bool packed_int = tensor.dtype == "I32" || tensor.dtype == "U32";
    if ((endsWith(tensor.name, ".qweight") || endsWith(tensor.name, ".weight_packed")) && packed_int && q.bits > 0) {
        // GPTQ packs 32/bits weights per int32 along the input axis ([in·bits/32, out]), AWQ along
        // the output axis ([in, out·bits/32]); either way each word holds 32/bits weights.
        std::int64_t bits_total = 0;
        if (checkedMul(tensor.elements, 32, &bits_total)) {
            return bits_total / q.bits;
        }
        return tensor.elements;
    }
    if (tensor.dtype == "U8" && endsWith(tensor.name, ".weight")) {
        // bitsandbytes 4-bit: two weights per byte; recognised by the quant_state stored beside it.
        const std::string base = tensor.name;
        if (names.count(base + ".absmax") || names.count(base + ".quant_state.bitsandbytes__nf4") ||
            names.count(base + ".quant_state.bitsandbytes__fp4")) {
            return tensor.elements * 2;
        }
    }
    if (tensor.dtype == "F4") {
        return tensor.elements;
    }
    return tensor.elements;
}

void addSafetensorsFile(ModelFileInfo& info, const SafetensorsFile& file, int file_index, const HfQuantization& q,
                        std::unordered_set<std::string>& seen) {
    std::unordered_set<std::string> names;
    for (const SafetensorsTensor& tensor : file.tensors) {
        names.insert(tensor.name);
    }
    for (const SafetensorsTensor& tensor : file.tensors) {
        if (!seen.insert(tensor.name).second) {
            throw FormatError(file.origin + ": tensor '" + printable(tensor.name) + "' appears in more than one shard");
        }
        ModelTensor out;
        out.name = tensor.name;
        out.dtype = tensor.dtype;
        out.shape = tensor.shape;
        out.elements = tensor.elements;
        out.bytes = tensor.bytes;
        const Classification c = classify(tensor.name);
        out.group = c.group;
        out.role = c.role;
        out.parameters = logicalParameters(tensor, c, q, names);
        out.file_index = file_index;
        info.tensors.push_back(std::move(out));
    }
}

// Everything after the headers are read: the tensor table, the index's consistency, the
// architecture. The same for local files and for headers fetched from a repository.
ModelFileInfo assembleSafetensors(const SafetensorsHeaders& headers) {
    ModelFileInfo info;
    info.format = ModelFileFormat::Safetensors;
    info.path = headers.label;
    HfConfigResult config;
    const SafetensorsIndex* index = headers.index ? &*headers.index : nullptr;
    if (index) {
        info.files.push_back(headers.index_label);
    }
    if (!headers.config_problem.empty()) {
        info.spec_note = headers.config_problem;
        info.warnings.push_back(headers.config_problem);
        addFile(info, headers.config_label, 0);
    } else if (headers.config_json) {
        try {
            config = readConfigText(*headers.config_json, headers.config_label);
            info.spec = config.spec;
            info.spec_note = config.note;
        } catch (const FormatError& problem) {
            // A broken config.json beside good weights: show the weights, say what is wrong.
            info.spec_note = problem.what();
            info.warnings.push_back(problem.what());
        }
        addFile(info, headers.config_label, headers.config_json->size());
    } else {
        info.spec_note = "no config.json beside the weights: the architecture is unknown";
    }
    if (headers.shards.size() > k_max_shards) {
        throw FormatError(headers.label + ": " + std::to_string(headers.shards.size()) +
                          " safetensors files, more than the limit of " + std::to_string(k_max_shards));
    }

    std::unordered_set<std::string> seen;
    std::unordered_map<std::string, int> shard_of_file;
    std::int64_t metadata_entries = 0;
    for (const SafetensorsFile& file : headers.shards) {
        addFile(info, file.origin, file.file_size_bytes);
        const int file_index = static_cast<int>(info.files.size() - 1);
        shard_of_file[std::filesystem::path(file.origin).filename().string()] = file_index;
        addSafetensorsFile(info, file, file_index, config.quantization, seen);
        for (const auto& [key, value] : file.metadata) {
            if (++metadata_entries <= 64) {
                info.metadata.emplace_back(printable(key, 200), printable(value, 160));
            }
        }
    }
    if (index) {
        // Every tensor the index names must be in the shard it names.
        std::unordered_map<std::string, int> where;
        for (const ModelTensor& tensor : info.tensors) {
            where[tensor.name] = tensor.file_index;
        }
        for (const auto& [name, shard] : index->weight_map) {
            const auto found = where.find(name);
            if (found == where.end()) {
                throw FormatError(headers.index_label + ": tensor '" + printable(name) +
                                  "' is in the index but in no shard");
            }
            if (found->second != shard_of_file[shard]) {
                throw FormatError(headers.index_label + ": tensor '" + printable(name) + "' is not in " +
                                  printable(shard) + " as the index says");
            }
        }
        if (index->weight_map.size() != info.tensors.size()) {
            info.warnings.push_back(std::to_string(info.tensors.size() - index->weight_map.size()) +
                                    " tensors in the shards are not in the index");
        }
    }

    info.properties.emplace_back("format", "safetensors");
    info.properties.emplace_back("files", std::to_string(headers.shards.size()));
    if (info.spec) {
        info.properties.emplace_back("model type", info.spec->model_type);
        info.context_length = info.spec->max_positions;
        if (info.context_length > 0) {
            info.properties.emplace_back("context length", std::to_string(info.context_length));
        }
    }
    if (!config.torch_dtype.empty()) {
        info.properties.emplace_back("torch_dtype", config.torch_dtype);
    }
    summarize(info);
    if (!config.quantization.method.empty()) {
        info.quantization = config.quantization.description;
        if (config.quantization.method == "fp8" || config.quantization.method == "compressed-tensors") {
            const std::string type = dominantType(info);
            if (type.rfind("F8", 0) == 0) {
                info.quantization = "FP8 (" + type + ")";
            }
        }
    } else {
        info.quantization = dominantType(info);
    }
    if (!info.quantization.empty()) {
        info.properties.emplace_back("quantization", info.quantization);
    }
    if (index && index->total_size_bytes > 0 && index->total_size_bytes != info.weight_bytes) {
        info.warnings.push_back("the index's metadata.total_size is " + std::to_string(index->total_size_bytes) +
                                " bytes; the shards hold " + std::to_string(info.weight_bytes));
    }
    return info;
}

ModelFileInfo inspectSafetensors(const std::filesystem::path& requested, const std::filesystem::path& folder,
                                 const std::vector<std::filesystem::path>& shard_paths,
                                 std::optional<SafetensorsIndex> index) {
    SafetensorsHeaders headers;
    headers.label = requested.string();
    const std::filesystem::path config_path = folder / "config.json";
    std::error_code error;
    if (std::filesystem::is_regular_file(config_path, error)) {
        headers.config_label = config_path.string();
        try {
            headers.config_json = readTextFile(config_path, k_max_config_bytes);
        } catch (const FormatError& problem) {
            // Unreadable or too large: assembleSafetensors reports it as it reports a broken one.
            headers.config_json.reset();
            headers.config_problem = problem.what();
        }
    }
    if (shard_paths.size() > k_max_shards) {
        throw FormatError(folder.string() + ": " + std::to_string(shard_paths.size()) +
                          " safetensors files, more than the limit of " + std::to_string(k_max_shards));
    }
    const bool indexed = index.has_value();
    headers.index = std::move(index);
    headers.index_label = (folder / "model.safetensors.index.json").string();
    for (const std::filesystem::path& shard : shard_paths) {
        if (!std::filesystem::exists(shard, error)) {
            throw FormatError(shard.string() + ": missing shard" +
                              (indexed ? " named by model.safetensors.index.json" : ""));
        }
        headers.shards.push_back(readSafetensorsHeader(shard));
    }
    return assembleSafetensors(headers);
}

// A config.json without weights: the architecture is all there is, so a config the engine cannot
// read is an error here (with weights, the tensor table would still be worth showing).
ModelFileInfo assembleConfigOnly(const std::filesystem::path& requested, const std::string& text,
                                 const std::string& config_label) {
    ModelFileInfo info;
    info.format = ModelFileFormat::HfConfig;
    info.path = requested;
    HfConfigResult config = readConfigText(text, config_label);
    addFile(info, config_label, text.size());
    if (!config.spec) {
        throw FormatError(config.note);
    }
    info.spec = config.spec;
    info.properties.emplace_back("format", "config.json");
    info.properties.emplace_back("model type", info.spec->model_type);
    info.context_length = info.spec->max_positions;
    if (info.context_length > 0) {
        info.properties.emplace_back("context length", std::to_string(info.context_length));
    }
    summarize(info);
    info.quantization = config.quantization.description;
    return info;
}

ModelFileInfo inspectConfigOnly(const std::filesystem::path& requested, const std::filesystem::path& config_path) {
    return assembleConfigOnly(requested, readTextFile(config_path, k_max_config_bytes), config_path.string());
}

std::vector<std::filesystem::path> listFiles(const std::filesystem::path& folder, std::string_view extension) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code file_error;
        if (it->is_regular_file(file_error) && it->path().extension() == extension) {
            files.push_back(it->path());
            if (files.size() > k_max_shards) {
                break;
            }
        }
    }
    if (error) {
        throw FormatError(folder.string() + ": cannot list the folder (" + error.message() + ")");
    }
    std::sort(files.begin(), files.end());
    return files;
}

ModelFileInfo inspectFolder(const std::filesystem::path& folder) {
    std::error_code error;
    const std::filesystem::path index_path = folder / "model.safetensors.index.json";
    if (std::filesystem::is_regular_file(index_path, error)) {
        const SafetensorsIndex index = readSafetensorsIndex(index_path);
        if (index.shard_files.size() > k_max_shards) {
            throw FormatError(index_path.string() + ": names more than " + std::to_string(k_max_shards) + " shards");
        }
        std::vector<std::filesystem::path> shards;
        for (const std::string& shard : index.shard_files) {
            shards.push_back(folder / shard);
        }
        return inspectSafetensors(folder, folder, shards, index);
    }
    const auto safetensors = listFiles(folder, ".safetensors");
    if (!safetensors.empty()) {
        return inspectSafetensors(folder, folder, safetensors, std::nullopt);
    }
    const auto ggufs = listFiles(folder, ".gguf");
    if (!ggufs.empty()) {
        // One model per folder: a single file, or the parts of one split model.
        const auto parts = ggufSplitPaths(ggufs.front());
        if (ggufs.size() == 1 || ggufs.size() == parts.size()) {
            return inspectGgufParts(ggufs.front(), parts);
        }
        throw FormatError(folder.string() + ": holds " + std::to_string(ggufs.size()) +
                          " GGUF files of different models; open one of them");
    }
    const std::filesystem::path config_path = folder / "config.json";
    if (std::filesystem::is_regular_file(config_path, error)) {
        return inspectConfigOnly(folder, config_path);
    }
    throw FormatError(folder.string() + ": no config.json, safetensors or GGUF file in this folder");
}

} // namespace

const char* modelFileFormatName(ModelFileFormat format) {
    switch (format) {
    case ModelFileFormat::HfConfig:
        return "config.json";
    case ModelFileFormat::Safetensors:
        return "safetensors";
    case ModelFileFormat::Gguf:
        return "GGUF";
    }
    return "?";
}

std::pair<std::string, std::optional<sizing::TensorRole>> classifyTensorName(const std::string& name) {
    Classification c = classify(name);
    return {std::move(c.group), c.role};
}

ModelFileInfo inspectSafetensorsHeaders(const SafetensorsHeaders& headers) {
    return assembleSafetensors(headers);
}

ModelFileInfo inspectGgufHeaders(const std::string& label, const std::vector<GgufFile>& parts) {
    return assembleGguf(label, parts);
}

void addGgufProjectorHeader(ModelFileInfo& model, const GgufFile& projector) {
    if (model.format != ModelFileFormat::Gguf) {
        throw FormatError(projector.origin + ": a vision projector (mmproj) goes with a GGUF model, not a " +
                          modelFileFormatName(model.format) + " one");
    }
    const auto arch = projector.stringValue("general.architecture");
    if (!arch || *arch != "clip") {
        throw FormatError(projector.origin + ": not a vision projector (general.architecture is '" +
                          (arch ? printable(*arch, 40) : std::string("missing")) + "', an mmproj file has 'clip')");
    }
    for (const ModelTensor& tensor : model.tensors) {
        if (tensor.group == "encoder") {
            throw FormatError(projector.origin + ": the model has a vision projector already");
        }
    }
    const int file_index = static_cast<int>(model.files.size());
    addFile(model, projector.origin, projector.file_size_bytes);
    std::int64_t parameters = 0;
    for (const GgufTensorInfo& tensor : projector.tensors) {
        ModelTensor out;
        out.name = tensor.name;
        out.dtype = ggmlTypeName(tensor.type);
        out.shape = tensor.dims;
        out.elements = tensor.elements;
        out.bytes = tensor.bytes;
        out.group = "encoder";
        out.role = sizing::TensorRole::Encoder;
        out.parameters = tensor.elements;
        out.file_index = file_index;
        parameters += tensor.elements;
        model.tensors.push_back(std::move(out));
    }
    const std::string name = std::filesystem::path(projector.origin).filename().string();
    if (model.spec) {
        model.spec->encoder_params += parameters;
        model.spec->encoder_label = "vision projector (" + printable(name, 80) + ")";
        model.spec->encoder_in_projector_file = true;
    }
    std::string kinds;
    for (const char* key : {"clip.has_vision_encoder", "clip.has_audio_encoder"}) {
        if (const auto v = projector.intValue(key); v && *v != 0) {
            kinds += std::string(kinds.empty() ? "" : " and ") + (key[9] == 'v' ? "vision" : "audio");
        }
    }
    model.properties.emplace_back("projector", printable(name, 80) + ": " + std::to_string(projector.tensors.size()) +
                                                   " tensors, " + formatCount(parameters) + " parameters" +
                                                   (kinds.empty() ? "" : " (" + kinds + " encoder)"));
    summarize(model);
}

void addGgufProjector(ModelFileInfo& model, const std::filesystem::path& projector) {
    addGgufProjectorHeader(model, readGgufHeader(projector));
}

ModelFileInfo inspectConfigJson(const std::string& text, const std::string& label) {
    return assembleConfigOnly(label, text, label);
}

ModelFileInfo inspectModelPath(const std::filesystem::path& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
        throw FormatError(path.string() + ": no such file or folder");
    }
    if (std::filesystem::is_directory(status)) {
        return inspectFolder(path);
    }
    const std::string name = path.filename().string();
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    if (name == "model.safetensors.index.json") {
        return inspectFolder(folder);
    }
    if (path.extension() == ".json") {
        return inspectConfigOnly(path, path);
    }
    // Anything else is sniffed: GGUF starts with its magic, safetensors with a length.
    char magic[4] = {};
    {
        BoundedReader reader(path);
        if (reader.sizeBytes() >= 4) {
            reader.read(magic, 4, "the file's first bytes");
        }
    }
    if (std::string_view(magic, 4) == "GGUF") {
        return inspectGgufParts(path, ggufSplitPaths(path));
    }
    if (path.extension() == ".gguf") {
        throw FormatError(path.string() + ": not a GGUF file (the first 4 bytes are not \"GGUF\") (at byte 0)");
    }
    return inspectSafetensors(path, folder, {path}, std::nullopt);
}

} // namespace fitscope::formats
