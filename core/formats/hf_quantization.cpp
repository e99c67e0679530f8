// config.json quantization_config: the stored bytes of a quantized checkpoint from its config alone.
//
// Layouts, per converted rows × cols matrix (cols = input features):
// - GPTQ (AutoGPTQ / GPTQModel QuantLinear, checkpoint_format "gptq"): qweight int32 [cols·bits/32, rows],
//   qzeros int32 [groups, rows·bits/32], scales fp16 [groups, rows], g_idx int32 [cols] (stored with or
//   without desc_act); groups = cols / group_size, one when group_size is -1.
// - AWQ (AutoAWQ WQLinear_GEMM, version "gemm"): qweight int32 [cols, rows·bits/32], qzeros int32
//   [groups, rows·bits/32], scales fp16 [groups, rows].
// - FP8 (transformers FineGrainedFP8 / DeepSeek-V3): F8_E4M3 weight, weight_scale_inv F32
//   [rows / block_rows, cols / block_cols] (rounded up), or one F32 scale per tensor without
//   weight_block_size; activation_scheme "static" adds one F32 input_scale.
// - compressed-tensors pack-quantized (vLLM CompressedTensorsWNA16.create_weights): weight_packed int32
//   [rows, cols·bits/32], weight_scale [rows, groups] in the checkpoint dtype, weight_shape int64 [2],
//   weight_zero_point int32 [rows·bits/32, groups] when asymmetric, weight_g_idx int32 [cols] with
//   actorder "group". float-quantized FP8 (CompressedTensorsW8A8Fp8): F8_E4M3 weight, F32 weight_scale
//   per tensor, per row (strategy "channel") or per block (block_structure).
// - bitsandbytes 4-bit (functional.py QuantState.as_dict, blocksize 64): packed uint8 weight [rows·cols/2],
//   absmax F32 per 64 values and quant_map F32 [16]; with double quantization absmax is uint8, with
//   nested_absmax F32 per 256 blocks and nested_quant_map F32 [256]. The quant_state JSON blob (a few
//   hundred bytes per matrix) is not counted. 8-bit: int8 weight and SCB F32 per row.
// - MXFP4 (gpt-oss; OCP MX): per row and 32 input values, 16 bytes of E2M1 pairs and one E8M0 scale.
// - NVFP4 (vLLM modelopt.py ModelOptNvFp4LinearMethod / ModelOptNvFp4W4A16LinearMethod.create_weights,
//   vLLM main at 00155cdecca7): weight uint8 [rows, cols/2] (two E2M1 per byte), weight_scale F8_E4M3 [rows, cols/16],
//   weight_scale_2 F32 (one global scale per tensor) and, for W4A4 "NVFP4" only, input_scale F32.
//   compressed-tensors nvfp4-pack-quantized stores the same (weight_packed, weight_scale,
//   weight_global_scale, input_global_scale with 4-bit activations).
// - ModelOpt FP8 (ModelOptFp8LinearMethod): F8_E4M3 weight, F32 weight_scale and input_scale per tensor.
// - ModelOpt MIXED_PRECISION (ModelOptMixedPrecisionConfig): each module's quant_algo in quantized_layers;
//   a module not listed there is loaded unquantized. compressed-tensors with several config_groups: each
//   module in the scheme of the group whose targets match it, names and "re:" expressions before the class
//   name "Linear" (compressed-tensors' match order).
#include "core/formats/hf_quantization.h"

#include "core/formats/hf_config.h" // FormatError
#include "core/formats/json_depth.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>

namespace fitscope::formats {

namespace {

using nlohmann::json;
using sizing::TensorRole;
using sizing::WeightFormat;

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
    return b > 0 ? (a + b - 1) / b : 0;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

class Fields {
public:
    Fields(const json& object, std::string where)
        : m_object(object)
        , m_where(std::move(where)) {}

    [[noreturn]] void fail(const std::string& what) const { throw FormatError(m_where + ": " + what); }

    bool has(const char* key) const { return m_object.contains(key) && !m_object.at(key).is_null(); }
    std::int64_t integer(const char* key, std::int64_t fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& v = m_object.at(key);
        if (!v.is_number_integer()) {
            fail(std::string(key) + " must be an integer");
        }
        return v.get<std::int64_t>();
    }
    bool boolean(const char* key, bool fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& v = m_object.at(key);
        if (!v.is_boolean()) {
            fail(std::string(key) + " must be true or false");
        }
        return v.get<bool>();
    }
    std::string string(const char* key, const std::string& fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& v = m_object.at(key);
        if (!v.is_string()) {
            fail(std::string(key) + " must be a string");
        }
        return v.get<std::string>();
    }
    std::vector<std::string> strings(const char* key) const {
        std::vector<std::string> out;
        if (!has(key)) {
            return out;
        }
        const json& v = m_object.at(key);
        if (!v.is_array()) {
            fail(std::string(key) + " must be a list of module names");
        }
        for (const json& item : v) {
            if (!item.is_string()) {
                fail(std::string(key) + " must be a list of module names");
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }
    const json& object() const { return m_object; }
    const std::string& where() const { return m_where; }

private:
    const json& m_object;
    std::string m_where;
};

std::string groupText(std::int64_t group) {
    return group > 0 ? ", group " + std::to_string(group) : ", per channel";
}

void readGptq(const Fields& f, HfQuantization& q) {
    q.bits = static_cast<int>(f.integer("bits", 4));
    if (q.bits != 3 && q.bits != 4 && q.bits != 8) {
        f.fail("bits is " + std::to_string(q.bits) + ": GPTQ checkpoints of 3, 4 or 8 bits are supported");
    }
    const std::int64_t group = f.integer("group_size", 128);
    if (group == 0 || group < -1) {
        f.fail("group_size must be positive or -1 (one group per row)");
    }
    q.group_size = group > 0 ? group : 0;
    q.act_order = f.boolean("desc_act", false);
    q.symmetric = f.boolean("sym", true);
    const std::string format = lower(f.string("checkpoint_format", f.string("format", "gptq")));
    if (format != "gptq" && format != "gptq_v2") {
        f.fail("checkpoint_format '" + format + "': only the gptq layout (qweight, qzeros, scales, g_idx) is read");
    }
    q.layout = QuantLayout::Gptq;
    q.engine_format = q.bits == 8   ? WeightFormat::INT8
                      : q.bits == 3 ? WeightFormat::GPTQ_INT3_G128
                                    : WeightFormat::GPTQ_INT4_G128;
    q.label = "GPTQ " + std::to_string(q.bits) + "-bit" + groupText(q.group_size) + (q.act_order ? ", act-order" : "") +
              (q.symmetric ? "" : ", asymmetric");
}

void readAwq(const Fields& f, HfQuantization& q) {
    q.bits = static_cast<int>(f.integer("bits", f.integer("w_bit", 4)));
    if (q.bits != 4) {
        f.fail("bits is " + std::to_string(q.bits) + ": AWQ checkpoints are 4-bit");
    }
    const std::int64_t group = f.integer("group_size", f.integer("q_group_size", 128));
    if (group == 0 || group < -1) {
        f.fail("group_size must be positive or -1 (one group per row)");
    }
    q.group_size = group > 0 ? group : 0;
    q.symmetric = !f.boolean("zero_point", true);
    const std::string version = lower(f.string("version", "gemm"));
    if (version != "gemm") {
        f.fail("version '" + version + "': only AutoAWQ's GEMM layout is read");
    }
    q.layout = QuantLayout::Awq;
    q.engine_format = WeightFormat::AWQ_INT4_G128;
    q.label = "AWQ 4-bit" + groupText(q.group_size) + (q.symmetric ? ", no zero point" : "");
}

void readFp8(const Fields& f, HfQuantization& q) {
    q.bits = 8;
    const std::string fmt = lower(f.string("fmt", "e4m3"));
    if (fmt != "e4m3" && fmt != "float8_e4m3fn" && fmt != "float8_e4m3") {
        f.fail("fmt '" + fmt + "': FP8 checkpoints are read as E4M3");
    }
    if (f.has("weight_block_size")) {
        const json& b = f.object().at("weight_block_size");
        if (!b.is_array() || b.size() != 2 || !b[0].is_number_integer() || !b[1].is_number_integer() ||
            b[0].get<std::int64_t>() < 1 || b[1].get<std::int64_t>() < 1) {
            f.fail("weight_block_size must be two positive integers");
        }
        q.block_rows = b[0].get<std::int64_t>();
        q.block_cols = b[1].get<std::int64_t>();
    }
    q.static_input_scale = lower(f.string("activation_scheme", "dynamic")) == "static";
    q.layout = QuantLayout::Fp8;
    q.engine_format = WeightFormat::FP8_E4M3;
    q.label = q.block_rows > 0
                  ? "FP8 (E4M3), " + std::to_string(q.block_rows) + "×" + std::to_string(q.block_cols) + " block scales"
                  : "FP8 (E4M3), per-tensor scales";
}

void readBitsAndBytes(const Fields& f, HfQuantization& q) {
    const bool four = f.boolean("load_in_4bit", false);
    const bool eight = f.boolean("load_in_8bit", false);
    if (four == eight) {
        f.fail("exactly one of load_in_4bit and load_in_8bit must be true");
    }
    if (four) {
        const std::string type = lower(f.string("bnb_4bit_quant_type", "fp4"));
        if (type != "nf4" && type != "fp4") {
            f.fail("bnb_4bit_quant_type '" + type + "' is neither nf4 nor fp4");
        }
        q.bits = 4;
        q.double_quant = f.boolean("bnb_4bit_use_double_quant", false);
        q.group_size = 64;
        q.layout = QuantLayout::Bnb4;
        q.engine_format = q.double_quant ? WeightFormat::NF4_DQ : WeightFormat::NF4;
        q.label =
            "bitsandbytes " + std::string(type == "nf4" ? "NF4" : "FP4") + (q.double_quant ? " + double quant" : "");
    } else {
        q.bits = 8;
        q.layout = QuantLayout::Bnb8;
        q.engine_format = WeightFormat::INT8;
        q.label = "bitsandbytes 8-bit (LLM.int8())";
    }
    for (std::string& m : f.strings("llm_int8_skip_modules")) {
        q.not_converted.push_back(std::move(m));
    }
}

void setNvfp4(HfQuantization& q, std::int64_t group_size, bool input_scale, const std::string& origin) {
    q.bits = 4;
    q.group_size = group_size;
    q.scale_bytes = 1; // F8_E4M3 per 16 values
    q.static_input_scale = input_scale;
    q.layout = QuantLayout::Nvfp4;
    // No NVFP4 engine format: MXFP4 is the 4-bit float whose arithmetic (FP4 tensor cores) it runs with.
    q.engine_format = WeightFormat::MXFP4;
    q.label = origin + (input_scale ? " NVFP4 (W4A4)" : " NVFP4 (W4A16)") + ", group " + std::to_string(group_size);
}

void setModelOptFp8(HfQuantization& q) {
    q.bits = 8;
    q.static_input_scale = true; // ModelOptFp8LinearMethod: input_scale F32 per tensor
    q.layout = QuantLayout::Fp8;
    q.engine_format = WeightFormat::FP8_E4M3;
    q.label = "ModelOpt FP8 (E4M3), per-tensor scales";
}

// One ModelOpt quant_algo (vLLM modelopt.py QUANT_ALGOS; those whose layout is read here).
void readModelOptAlgo(const Fields& f, const std::string& algo, std::int64_t group_size, HfQuantization& q) {
    q.method = "modelopt";
    if (algo == "FP8") {
        setModelOptFp8(q);
    } else if (algo == "NVFP4" || algo == "W4A16_NVFP4") {
        if (group_size < 1) {
            f.fail("group_size must be positive");
        }
        setNvfp4(q, group_size, algo == "NVFP4", "ModelOpt");
    } else {
        f.fail("quant_algo '" + algo + "' is not read (FP8, NVFP4, W4A16_NVFP4 and MIXED_PRECISION are)");
    }
}

// The engine format of mixed schemes: the one of the group with the fewest bits, which in these checkpoints
// holds the experts and so most of the weights.
void setMixedEngineFormat(HfQuantization& q) {
    const HfQuantization* fewest = &q.groups.front();
    for (const HfQuantization& g : q.groups) {
        if (g.bits < fewest->bits) {
            fewest = &g;
        }
    }
    q.bits = fewest->bits;
    q.layout = fewest->layout;
    q.group_size = fewest->group_size;
    q.scale_bytes = fewest->scale_bytes;
    q.engine_format = fewest->engine_format;
}

// NVIDIA ModelOpt (vLLM modelopt.py ModelOptQuantConfigBase.from_config): hf_quant_config.json's
// {"quantization": {quant_algo, kv_cache_quant_algo, group_size, exclude_modules}} folded into
// config.json, or config.json's own {quant_algo, group_size, ignore}.
void readModelOpt(const Fields& top, HfQuantization& q) {
    const bool nested = top.has("quantization") && top.object().at("quantization").is_object();
    const Fields f = nested ? Fields(top.object().at("quantization"), top.where() + " (quantization)") : top;
    const std::string algo = upper(f.string("quant_algo", ""));
    if (algo.empty()) {
        f.fail("quant_algo is required for modelopt");
    }
    q.not_converted = f.strings(nested ? "exclude_modules" : "ignore");
    const std::int64_t group_size = f.integer("group_size", 16);
    if (algo != "MIXED_PRECISION") {
        readModelOptAlgo(f, algo, group_size, q);
        return;
    }
    if (!f.has("quantized_layers") || !f.object().at("quantized_layers").is_object() ||
        f.object().at("quantized_layers").empty()) {
        f.fail("MIXED_PRECISION needs a non-empty quantized_layers mapping");
    }
    std::map<std::string, std::size_t> group_of; // "algo/group size" -> index in q.groups
    for (const auto& [module, info] : f.object().at("quantized_layers").items()) {
        const Fields m(info, f.where() + " (quantized_layers." + module + ")");
        if (!info.is_object()) {
            m.fail("must be an object");
        }
        const std::string layer_algo = upper(m.string("quant_algo", ""));
        const std::int64_t layer_group = m.integer("group_size", group_size);
        const std::string key = layer_algo + "/" + std::to_string(layer_algo == "FP8" ? 0 : layer_group);
        if (group_of.find(key) == group_of.end()) {
            HfQuantization g;
            readModelOptAlgo(m, layer_algo, layer_group, g);
            group_of[key] = q.groups.size();
            q.groups.push_back(std::move(g));
        }
        q.groups[group_of[key]].targets.push_back(module);
    }
    setMixedEngineFormat(q);
    q.label = "ModelOpt mixed precision:";
    for (const HfQuantization& g : q.groups) {
        q.label += (&g == &q.groups.front() ? " " : " + ") + g.label.substr(std::string("ModelOpt ").size());
    }
}

// One compressed-tensors config group's weights (its own "format", or the config's).
void readCompressedGroup(const Fields& f, const std::string& key, const json& group, const std::string& config_format,
                         HfQuantization& q, std::int64_t dtype_bytes) {
    if (!group.is_object() || !group.contains("weights") || !group.at("weights").is_object()) {
        f.fail("config_groups." + key + ".weights is required");
    }
    const std::string format = group.contains("format") && group.at("format").is_string()
                                   ? lower(group.at("format").get<std::string>())
                                   : config_format;
    const Fields w(group.at("weights"), f.where() + " (config_groups." + key + ".weights)");
    q.bits = static_cast<int>(w.integer("num_bits", 0));
    const std::string type = lower(w.string("type", "int"));
    const std::string strategy = lower(w.string("strategy", "tensor"));
    q.symmetric = w.boolean("symmetric", true);
    if (format == "pack-quantized" && type == "int" && (q.bits == 4 || q.bits == 8)) {
        if (strategy == "group") {
            q.group_size = w.integer("group_size", 0);
            if (q.group_size < 1) {
                w.fail("strategy group needs a positive group_size");
            }
        } else if (strategy != "channel") {
            w.fail("strategy '" + strategy + "': pack-quantized weights are read per group or per channel");
        }
        q.act_order = w.has("actorder") && lower(w.string("actorder", "")) == "group";
        q.scale_bytes = dtype_bytes;
        q.layout = QuantLayout::PackedInt;
        q.engine_format =
            q.bits == 8 ? WeightFormat::INT8 : (q.symmetric ? WeightFormat::INT4_G128 : WeightFormat::INT4_G128_ASYM);
        q.label = "compressed-tensors INT" + std::to_string(q.bits) + groupText(q.group_size) +
                  (q.symmetric ? "" : ", asymmetric") + (q.act_order ? ", act-order" : "");
    } else if (format == "nvfp4-pack-quantized" && type == "float" && q.bits == 4) {
        bool four_bit_activations = false;
        if (group.contains("input_activations") && group.at("input_activations").is_object()) {
            const Fields a(group.at("input_activations"), f.where() + " (input_activations)");
            four_bit_activations = a.integer("num_bits", 16) == 4;
        }
        setNvfp4(q, w.integer("group_size", 16), four_bit_activations, "compressed-tensors");
        if (q.group_size < 1) {
            w.fail("group_size must be positive");
        }
    } else if (format == "float-quantized" && type == "float" && q.bits == 8) {
        if (strategy == "block") {
            const json& b = w.object().contains("block_structure") ? w.object().at("block_structure") : json();
            if (!b.is_array() || b.size() != 2 || !b[0].is_number_integer() || !b[1].is_number_integer() ||
                b[0].get<std::int64_t>() < 1 || b[1].get<std::int64_t>() < 1) {
                w.fail("strategy block needs block_structure: two positive integers");
            }
            q.block_rows = b[0].get<std::int64_t>();
            q.block_cols = b[1].get<std::int64_t>();
        } else if (strategy == "channel") {
            q.channel_scales = true;
        } else if (strategy != "tensor") {
            w.fail("strategy '" + strategy + "': FP8 weights are read per tensor, channel or block");
        }
        if (group.contains("input_activations") && group.at("input_activations").is_object()) {
            const Fields a(group.at("input_activations"), f.where() + " (input_activations)");
            q.static_input_scale = !a.boolean("dynamic", false);
        }
        q.layout = QuantLayout::FloatFp8;
        q.engine_format = WeightFormat::FP8_E4M3;
        q.label = "compressed-tensors FP8 (E4M3), " + strategy + " scales";
    } else {
        f.fail("format '" + format + "' with " + type + " " + std::to_string(q.bits) +
               "-bit weights is not read (pack-quantized INT4/INT8, float-quantized FP8 and nvfp4-pack-quantized "
               "are)");
    }
    if (group.contains("targets")) {
        q.targets = Fields(group, f.where() + " (config_groups." + key + ")").strings("targets");
    }
}

void readCompressedTensors(const Fields& f, HfQuantization& q, std::int64_t dtype_bytes) {
    const std::string format = lower(f.string("format", ""));
    if (!f.has("config_groups") || !f.object().at("config_groups").is_object() ||
        f.object().at("config_groups").empty()) {
        f.fail("config_groups is required for compressed-tensors");
    }
    const json& groups = f.object().at("config_groups");
    if (groups.size() == 1) {
        readCompressedGroup(f, groups.begin().key(), groups.begin().value(), format, q, dtype_bytes);
        q.targets.clear(); // one scheme: every matrix not ignored, as before
    } else {
        for (const auto& [key, group] : groups.items()) {
            HfQuantization g;
            g.method = q.method;
            readCompressedGroup(f, key, group, format, g, dtype_bytes);
            if (g.targets.empty()) {
                f.fail("config_groups." + key + ".targets is required when there are several groups");
            }
            q.groups.push_back(std::move(g));
        }
        setMixedEngineFormat(q);
        q.label = "compressed-tensors mixed:";
        for (const HfQuantization& g : q.groups) {
            q.label +=
                (&g == &q.groups.front() ? " " : " + ") + g.label.substr(std::string("compressed-tensors ").size());
        }
    }
    q.not_converted = f.strings("ignore");
}

// The module a tensor group's matrix is in, named as transformers' Llama-style models name it.
std::string moduleName(TensorRole role, std::int64_t layer, bool moe_layer) {
    const std::string l = "model.layers." + std::to_string(layer) + ".";
    const std::string mlp = l + (moe_layer ? "mlp.shared_expert." : "mlp.");
    switch (role) {
    case TensorRole::AttnQ:
        return l + "self_attn.q_proj";
    case TensorRole::AttnK:
        return l + "self_attn.k_proj";
    case TensorRole::AttnV:
        return l + "self_attn.v_proj";
    case TensorRole::AttnOutput:
        return l + "self_attn.o_proj";
    case TensorRole::AttnLatent:
        return l + "self_attn.kv_a_proj_with_mqa";
    case TensorRole::FfnGate:
        return mlp + "gate_proj";
    case TensorRole::FfnUp:
        return mlp + "up_proj";
    case TensorRole::FfnDown:
        return mlp + "down_proj";
    case TensorRole::ExpertGate:
        return l + "mlp.experts.0.gate_proj";
    case TensorRole::ExpertUp:
        return l + "mlp.experts.0.up_proj";
    case TensorRole::ExpertDown:
        return l + "mlp.experts.0.down_proj";
    case TensorRole::RecurrentIn:
        return l + "mixer.in_proj";
    case TensorRole::RecurrentOut:
        return l + "mixer.out_proj";
    case TensorRole::OutputHead:
        return "lm_head";
    default:
        return {};
    }
}

// A module path without the multimodal wrappers' prefix: "model.language_model.layers.0" (transformers 5
// Qwen3.5, Gemma 3) and "language_model.model.layers.0" (older exports) name "model.layers.0".
std::string canonicalModule(const std::string& name) {
    for (const char* prefix : {"model.language_model.", "language_model.model.", "language_model."}) {
        const std::string p(prefix);
        if (name.rfind(p, 0) == 0) {
            return "model." + name.substr(p.size());
        }
    }
    return name;
}

// fnmatch's "*" and "?" (ModelOpt's exclude_modules are wildcards: "mtp*", "model.layers.0*").
bool globMatch(const char* pattern, const char* text) {
    if (*pattern == '\0') {
        return *text == '\0';
    }
    if (*pattern == '*') {
        return globMatch(pattern + 1, text) || (*text != '\0' && globMatch(pattern, text + 1));
    }
    return *text != '\0' && (*pattern == '?' || *pattern == *text) && globMatch(pattern + 1, text + 1);
}

bool namesModule(const std::string& e, const std::string& name) {
    return name == e || name.rfind(e + ".", 0) == 0 || name.find("." + e + ".") != std::string::npos ||
           (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0 &&
            name[name.size() - e.size() - 1] == '.');
}

// transformers' match of modules_to_not_convert: the entry is the module, a dotted part of its path
// ("self_attn", "model.layers.0"), or its end ("lm_head"); compressed-tensors' "re:" entries are
// regular expressions matched from the start of the name; entries with "*" or "?" are ModelOpt wildcards.
bool listed(const std::vector<std::string>& entries, const std::string& raw_name) {
    const std::string name = canonicalModule(raw_name);
    for (const std::string& raw_e : entries) {
        const std::string e = raw_e.rfind("re:", 0) == 0 ? raw_e : canonicalModule(raw_e);
        if (e.rfind("re:", 0) == 0) {
            try {
                if (std::regex_search(name, std::regex(e.substr(3)), std::regex_constants::match_continuous)) {
                    return true;
                }
            } catch (const std::regex_error&) {
                continue; // a pattern std::regex cannot read matches nothing
            }
            continue;
        }
        if (e.empty()) {
            continue;
        }
        if (e.find_first_of("*?") != std::string::npos) {
            // The module or one of its parents ("model.layers.*.self_attn" names its projections).
            for (std::size_t end = name.find('.'); end != std::string::npos; end = name.find('.', end + 1)) {
                if (globMatch(e.c_str(), name.substr(0, end).c_str())) {
                    return true;
                }
            }
            if (globMatch(e.c_str(), name.c_str())) {
                return true;
            }
            continue;
        }
        if (namesModule(e, name) || namesModule(raw_e, raw_name)) {
            return true;
        }
    }
    return false;
}

// compressed-tensors targets a module's class by name ("Linear": every linear layer).
bool targetsLinear(const std::vector<std::string>& targets) {
    return std::find(targets.begin(), targets.end(), "Linear") != targets.end();
}

// The names a tensor group's matrix goes by in the checkpoints read here, first the most specific (the
// shared expert of an MoE layer before a dense MLP; Qwen3.5's split in_proj_qkv / in_proj_b before
// Qwen3-Next's fused in_proj_qkvz / in_proj_ba).
std::vector<std::string> moduleNames(TensorRole role, std::int64_t layer, const sizing::LayerSpec* info,
                                     std::int64_t rows) {
    const bool moe = info && info->mlp.kind == sizing::LayerMlpKind::Moe;
    const std::string l = "model.layers." + std::to_string(layer) + ".";
    if (info && info->mixer == sizing::MixerKind::GatedDeltaNet &&
        (role == TensorRole::RecurrentIn || role == TensorRole::RecurrentOut)) {
        if (role == TensorRole::RecurrentOut) {
            return {l + "linear_attn.out_proj"};
        }
        if (rows == 2 * info->rec.num_heads) { // the b and a projections (one value per head each)
            return {l + "linear_attn.in_proj_b", l + "linear_attn.in_proj_ba"};
        }
        return {l + "linear_attn.in_proj_qkv", l + "linear_attn.in_proj_qkvz"};
    }
    if (moe && (role == TensorRole::FfnGate || role == TensorRole::FfnUp || role == TensorRole::FfnDown)) {
        return {moduleName(role, layer, true), moduleName(role, layer, false)};
    }
    return {moduleName(role, layer, false)};
}

const HfQuantization* schemeOf(const HfQuantization& q, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
        if (listed(q.not_converted, name)) {
            return nullptr;
        }
    }
    if (q.groups.empty()) {
        return &q;
    }
    for (const std::string& name : names) {
        for (const HfQuantization& g : q.groups) {
            if (listed(g.targets, name)) {
                return listed(g.not_converted, name) ? nullptr : &g;
            }
        }
    }
    for (const HfQuantization& g : q.groups) {
        if (targetsLinear(g.targets)) {
            return listed(g.not_converted, names.front()) ? nullptr : &g;
        }
    }
    return nullptr;
}

const HfQuantization* schemeFor(const HfQuantization& q, TensorRole role, std::int64_t layer,
                                const sizing::LayerSpec* info, std::int64_t rows) {
    if (role == TensorRole::TokenEmbedding || role == TensorRole::PositionEmbedding || role == TensorRole::Norm ||
        role == TensorRole::Router || role == TensorRole::Encoder) {
        return nullptr;
    }
    if (role == TensorRole::OutputHead) {
        // lm_head is kept in 16 bit by every single-scheme method read here (GPTQ's lm_head option aside);
        // mixed schemes convert it when a group targets it (ModelOpt NVFP4 releases do).
        return q.groups.empty() ? nullptr : schemeOf(q, {"lm_head"});
    }
    if (q.layout == QuantLayout::Mxfp4 && q.groups.empty() && role != TensorRole::ExpertGate &&
        role != TensorRole::ExpertUp && role != TensorRole::ExpertDown) {
        return nullptr; // transformers' Mxfp4 quantizer converts the experts only (gpt-oss)
    }
    return schemeOf(q, moduleNames(role, layer, info, rows));
}

bool layerRole(TensorRole role) {
    return role != TensorRole::TokenEmbedding && role != TensorRole::PositionEmbedding &&
           role != TensorRole::OutputHead && role != TensorRole::Encoder && role != TensorRole::Norm;
}

} // namespace

std::optional<HfQuantization> readHfQuantization(const json& config, const std::string& origin) {
    if (!config.is_object() || !config.contains("quantization_config") || config.at("quantization_config").is_null()) {
        return std::nullopt;
    }
    const json& qc = config.at("quantization_config");
    const Fields f(qc, origin + " (quantization_config)");
    if (!qc.is_object()) {
        f.fail("must be an object");
    }
    const std::string dtype = lower(config.value("torch_dtype", config.value("dtype", std::string("bfloat16"))));
    const std::int64_t dtype_bytes = dtype == "float32" ? 4 : 2;
    HfQuantization q;
    q.method = lower(f.string("quant_method", ""));
    q.not_converted = f.strings("modules_to_not_convert");
    if (q.method == "gptq") {
        readGptq(f, q);
    } else if (q.method == "awq") {
        readAwq(f, q);
    } else if (q.method == "fp8") {
        readFp8(f, q);
    } else if (q.method == "bitsandbytes") {
        readBitsAndBytes(f, q);
    } else if (q.method == "compressed-tensors") {
        readCompressedTensors(f, q, dtype_bytes);
    } else if (q.method == "modelopt") {
        readModelOpt(f, q);
    } else if (q.method == "mxfp4") {
        q.bits = 4;
        q.group_size = 32;
        q.layout = QuantLayout::Mxfp4;
        q.engine_format = WeightFormat::MXFP4;
        q.label = "MXFP4";
    } else {
        f.fail("quant_method '" + q.method +
               "' is not read (gptq, awq, fp8, bitsandbytes, compressed-tensors, modelopt and mxfp4 are)");
    }
    return q;
}

std::int64_t quantizedMatrixBytes(const HfQuantization& q, std::int64_t rows, std::int64_t cols) {
    const std::int64_t n = rows * cols;
    const std::int64_t groups = q.group_size > 0 ? ceilDiv(cols, q.group_size) : 1;
    switch (q.layout) {
    case QuantLayout::Gptq:
        return 4 * ceilDiv(cols * q.bits, 32) * rows + 4 * groups * ceilDiv(rows * q.bits, 32) + 2 * groups * rows +
               4 * cols;
    case QuantLayout::Awq:
        return 4 * cols * ceilDiv(rows * q.bits, 32) + 4 * groups * ceilDiv(rows * q.bits, 32) + 2 * groups * rows;
    case QuantLayout::Fp8:
    case QuantLayout::FloatFp8: {
        std::int64_t scales = 1;
        if (q.block_rows > 0) {
            scales = ceilDiv(rows, q.block_rows) * ceilDiv(cols, q.block_cols);
        } else if (q.channel_scales) {
            scales = rows;
        }
        return n + 4 * scales + (q.static_input_scale ? 4 : 0);
    }
    case QuantLayout::PackedInt: {
        std::int64_t bytes = 4 * rows * ceilDiv(cols * q.bits, 32) + q.scale_bytes * rows * groups + 16;
        if (!q.symmetric) {
            bytes += 4 * ceilDiv(rows * q.bits, 32) * groups;
        }
        if (q.act_order) {
            bytes += 4 * cols;
        }
        return bytes;
    }
    case QuantLayout::Bnb4: {
        const std::int64_t blocks = ceilDiv(n, 64);
        std::int64_t bytes = ceilDiv(n, 2) + 16 * 4;
        bytes += q.double_quant ? blocks + 4 * ceilDiv(blocks, 256) + 256 * 4 : 4 * blocks;
        return bytes;
    }
    case QuantLayout::Bnb8:
        return n + 4 * rows;
    case QuantLayout::Mxfp4:
        return rows * ceilDiv(cols, 32) * 17;
    case QuantLayout::Nvfp4:
        return rows * ceilDiv(cols, 2) + q.scale_bytes * rows * groups + 4 + (q.static_input_scale ? 4 : 0);
    }
    return 2 * n;
}

bool isConverted(const HfQuantization& q, TensorRole role, std::int64_t layer) {
    return schemeFor(q, role, layer, nullptr, 0) != nullptr;
}

const HfQuantization* moduleQuantization(const HfQuantization& q, const std::string& module) {
    return schemeOf(q, {module});
}

sizing::WeightBreakdown quantizedCheckpointWeights(const sizing::ModelSpec& spec, const HfQuantization& q,
                                                   std::int64_t dtype_bytes) {
    const std::vector<sizing::LayerSpec> layers = sizing::layerList(spec);
    sizing::WeightBreakdown out;
    for (const sizing::TensorGroup& g : sizing::tensorGroups(spec, layers)) {
        const std::int64_t plain = g.elements() * dtype_bytes;
        switch (g.role) {
        case TensorRole::TokenEmbedding:
        case TensorRole::PositionEmbedding:
            out.embeddings_bytes += plain;
            continue;
        case TensorRole::Norm:
            out.norms_bytes += plain;
            continue;
        case TensorRole::OutputHead: {
            const HfQuantization* head = schemeFor(q, g.role, -1, nullptr, g.rows);
            out.output_head_bytes += head ? g.count * quantizedMatrixBytes(*head, g.rows, g.cols) : plain;
            continue;
        }
        case TensorRole::Encoder:
            out.encoder_bytes += plain;
            continue;
        default:
            break;
        }
        if (!layerRole(g.role)) {
            out.body_bytes += plain;
            continue;
        }
        const std::int64_t per_layer = std::max<std::int64_t>(1, g.per_layer);
        const std::int64_t matrix_plain = g.rows * g.cols * dtype_bytes;
        for (std::int64_t k = 0; k < g.layerCount(); ++k) {
            const std::int64_t layer = g.layerAt(k);
            const sizing::LayerSpec* info = layer >= 0 && layer < static_cast<std::int64_t>(layers.size())
                                                ? &layers[static_cast<std::size_t>(layer)]
                                                : nullptr;
            const HfQuantization* scheme = schemeFor(q, g.role, layer, info, g.rows);
            out.body_bytes += per_layer * (scheme ? quantizedMatrixBytes(*scheme, g.rows, g.cols) : matrix_plain);
        }
    }
    return out;
}

std::optional<HfQuantization> readHfQuantizationFile(const std::filesystem::path& path) {
    std::error_code ec;
    const std::filesystem::path file = std::filesystem::is_directory(path, ec) ? path / "config.json" : path;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw FormatError(file.string() + ": cannot open the file");
    }
    constexpr std::int64_t kMaxConfigBytes = 16LL << 20; // as readHfConfig
    std::string text(static_cast<std::size_t>(kMaxConfigBytes) + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (static_cast<std::int64_t>(text.size()) > kMaxConfigBytes) {
        throw FormatError(file.string() + ": larger than 16 MiB, not a config.json");
    }
    const json document = parseJsonBounded(text, file.string());
    return readHfQuantization(document, file.string());
}

std::shared_ptr<const sizing::PreparedModel>
prepareQuantizedModel(sizing::ModelSpec spec, const std::optional<HfQuantization>& q, std::int64_t dtype_bytes) {
    if (!q) {
        return sizing::prepareModel(std::move(spec));
    }
    const sizing::WeightBreakdown stored = quantizedCheckpointWeights(spec, *q, dtype_bytes);
    return sizing::prepareModel(std::move(spec), stored, q->engine_format, q->label);
}

} // namespace fitscope::formats
