#include "core/sizing/expert_placement.h"

#include "core/sizing/layers.h"
#include "core/sizing/scenario.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <regex>

namespace fitscope::sizing {

namespace {

bool isRoutedExpertRole(TensorRole role) {
    return role == TensorRole::ExpertGate || role == TensorRole::ExpertUp || role == TensorRole::ExpertDown;
}

// llama-arch.cpp's base name of a matrix of this role, for the ordinal-th matrix of the role in one layer
// (MLA has two latent projections, Qwen3-Next two input projections); empty for what llama.cpp has no
// name for here (norms and biases are left out).
std::string llamaCppBaseName(TensorRole role, std::int64_t ordinal, const LayerSpec& layer) {
    const bool mla = layer.mixer == MixerKind::LatentAttention;
    const bool moe = layer.mlp.kind == LayerMlpKind::Moe;
    switch (role) {
    case TensorRole::AttnQ:
        return mla && layer.attn.q_lora_rank > 0 ? "attn_q_b" : "attn_q";
    case TensorRole::AttnK:
        return "attn_k";
    case TensorRole::AttnV:
        return mla ? "attn_kv_b" : "attn_v";
    case TensorRole::AttnOutput:
        return "attn_output";
    case TensorRole::AttnLatent: {
        // deepseek2: attn_q_a (when q_lora_rank), attn_kv_a_mqa, then the sparse-attention indexer's
        // projections (deepseek32 / glm-dsa: indexer.attn_q_b, indexer.attn_k, indexer.proj).
        static constexpr std::array<const char*, 5> kWithQ = {"attn_q_a", "attn_kv_a_mqa", "indexer.attn_q_b",
                                                              "indexer.attn_k", "indexer.proj"};
        static constexpr std::array<const char*, 4> kWithoutQ = {"attn_kv_a_mqa", "indexer.attn_q_b", "indexer.attn_k",
                                                                 "indexer.proj"};
        if (layer.attn.q_lora_rank > 0) {
            return ordinal < static_cast<std::int64_t>(kWithQ.size()) ? kWithQ[static_cast<std::size_t>(ordinal)] : "";
        }
        return ordinal < static_cast<std::int64_t>(kWithoutQ.size()) ? kWithoutQ[static_cast<std::size_t>(ordinal)]
                                                                     : "";
    }
    case TensorRole::FfnGate:
        return moe ? "ffn_gate_shexp" : "ffn_gate";
    case TensorRole::FfnUp:
        return moe ? "ffn_up_shexp" : "ffn_up";
    case TensorRole::FfnDown:
        return moe ? "ffn_down_shexp" : "ffn_down";
    case TensorRole::ExpertGate:
        return "ffn_gate_exps";
    case TensorRole::ExpertUp:
        return "ffn_up_exps";
    case TensorRole::ExpertDown:
        return "ffn_down_exps";
    case TensorRole::Router:
        return ordinal == 0 ? "ffn_gate_inp" : "ffn_gate_inp_shexp";
    case TensorRole::RecurrentIn:
        return ordinal == 0 ? "ssm_in" : "ssm_ba";
    case TensorRole::RecurrentOut:
        return "ssm_out";
    default:
        return "";
    }
}

// "blk.12.ffn_up_exps.weight" -> 12; -1 for a name outside the repeating layers.
std::int64_t blockOf(std::string_view name) {
    if (!name.starts_with("blk.")) {
        return -1;
    }
    std::int64_t block = -1;
    const char* begin = name.data() + 4;
    const char* end = name.data() + name.size();
    const auto [ptr, ec] = std::from_chars(begin, end, block);
    if (ec != std::errc() || ptr == begin || ptr == end || *ptr != '.') {
        return -1;
    }
    return block;
}

// Matches what --cpu-moe's regex matches, without a regex: ".ffn_<up|down|gate|gate_up>_<ch|>exps"
// anywhere in the name.
bool matchesExpertsRegex(std::string_view name) {
    static constexpr std::array<std::string_view, 8> kNeedles = {
        ".ffn_up_exps",   ".ffn_down_exps",   ".ffn_gate_exps",   ".ffn_gate_up_exps",
        ".ffn_up_chexps", ".ffn_down_chexps", ".ffn_gate_chexps", ".ffn_gate_up_chexps"};
    return std::any_of(kNeedles.begin(), kNeedles.end(),
                       [&](std::string_view needle) { return name.find(needle) != std::string_view::npos; });
}

// --n-cpu-moe's rule for layer il ("blk\.<il>" + the experts regex) for every il < n: the name starts
// a block "blk.<il>." directly followed by the experts' suffix. regex_search finds "blk.<il>.ffn_..."
// anywhere, but llama.cpp's names put it at the start, and the digits after "blk." end at the dot.
bool matchesFirstLayersExperts(std::string_view name, std::int64_t n) {
    const std::size_t at = name.find("blk.");
    if (at == std::string_view::npos) {
        return false;
    }
    const std::int64_t block = blockOf(name.substr(at));
    if (block < 0 || block >= n) {
        return false;
    }
    const std::size_t dot = name.find('.', at + 4);
    return matchesExpertsRegex(name.substr(dot)) && name.substr(dot).starts_with(".ffn_");
}

bool storedTensorsApply(const PreparedModel& model, const PrecisionPlan& plan) {
    return !model.stored_tensors.empty() && model.stored_format && *model.stored_format == plan.weights;
}

// How many routed-expert matrices the layer has (gate, up, down: 3; a GELU MLP's up and down: 2).
std::int64_t routedExpertTensorsInLayer(const PreparedModel& model, const PrecisionPlan& plan, std::int64_t layer) {
    if (storedTensorsApply(model, plan)) {
        return std::count_if(model.stored_tensors.begin(), model.stored_tensors.end(),
                             [&](const StoredTensor& t) { return t.routed_expert && blockOf(t.name) == layer; });
    }
    return std::count_if(model.groups.begin(), model.groups.end(), [&](const TensorGroup& g) {
        return isRoutedExpertRole(g.role) && g.layersIn(layer, layer + 1) > 0;
    });
}

} // namespace

std::string llamaCppExpertsBlockRegex(std::int64_t layer) {
    return "blk\\." + std::to_string(layer) + std::string(kLlamaCppExpertsRegex);
}

std::optional<OverrideTarget> overrideTargetFromName(std::string_view buffer) {
    if (buffer == "CPU") {
        return OverrideTarget{true, 0};
    }
    if (buffer == "Metal") {
        return OverrideTarget{false, 0}; // one Apple GPU, named without an index
    }
    // ggml's device buffer names: the backend's name and the device index (ggml-cuda "CUDA%d", ggml-vulkan
    // "Vulkan%d", ROCm builds of ggml-cuda "ROCm%d", ggml-sycl "SYCL%d", ggml-musa "MUSA%d", ggml-cann "CANN%d").
    static constexpr std::array<std::string_view, 7> kBackends = {"CUDA", "ROCm", "Vulkan", "SYCL",
                                                                  "MUSA", "CANN", "MTL"};
    for (const std::string_view backend : kBackends) {
        if (!buffer.starts_with(backend) || buffer.size() == backend.size()) {
            continue;
        }
        std::int64_t index = 0;
        const char* begin = buffer.data() + backend.size();
        const char* end = buffer.data() + buffer.size();
        const auto [ptr, ec] = std::from_chars(begin, end, index);
        if (ec == std::errc() && ptr == end && index >= 0 && index < kMaxGpuCount) {
            return OverrideTarget{false, index};
        }
    }
    return std::nullopt;
}

std::vector<TensorOverride> parseTensorOverrides(std::string_view value) {
    std::vector<TensorOverride> rules;
    std::size_t begin = 0;
    while (begin <= value.size()) {
        const std::size_t comma = value.find(',', begin);
        const std::string rule(
            value.substr(begin, comma == std::string_view::npos ? std::string_view::npos : comma - begin));
        // arg.cpp splits each rule at its first '=' (a pattern cannot contain one).
        const std::size_t eq = rule.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == rule.size()) {
            throw TensorOverrideError("'" + rule + "' is not PATTERN=BUFFER (for example exps=CPU)");
        }
        TensorOverride o{rule.substr(0, eq), rule.substr(eq + 1)};
        try {
            const std::regex compiled(o.pattern);
            (void)compiled;
        } catch (const std::regex_error& error) {
            throw TensorOverrideError("'" + o.pattern + "' is not a valid regular expression (" + error.what() + ")");
        }
        if (!overrideTargetFromName(o.buffer)) {
            throw TensorOverrideError("'" + o.buffer +
                                      "' is not a buffer llama.cpp names (CPU, or a GPU: CUDA0, ROCm0, Vulkan0, ...)");
        }
        rules.push_back(std::move(o));
        if (comma == std::string_view::npos) {
            break;
        }
        begin = comma + 1;
    }
    return rules;
}

bool hasRoutedExperts(const PreparedModel& model) {
    return std::any_of(model.groups.begin(), model.groups.end(),
                       [](const TensorGroup& g) { return isRoutedExpertRole(g.role); });
}

std::vector<std::int64_t> routedExpertBytesByLayer(const PreparedModel& model, const PrecisionPlan& plan) {
    const std::int64_t layers = model.spec.num_layers;
    std::vector<std::int64_t> out(static_cast<std::size_t>(std::max<std::int64_t>(0, layers)), 0);
    if (storedTensorsApply(model, plan)) {
        // A GGUF's own expert tensors, so --n-cpu-moe moves the file's bytes as -ot does.
        for (const StoredTensor& t : model.stored_tensors) {
            const std::int64_t layer = blockOf(t.name);
            if (t.routed_expert && layer >= 0 && layer < layers) {
                out[static_cast<std::size_t>(layer)] += t.bytes;
            }
        }
        return out;
    }
    for (const TensorGroup& group : model.groups) {
        if (!isRoutedExpertRole(group.role)) {
            continue;
        }
        for (std::int64_t k = 0; k < group.layerCount(); ++k) {
            const std::int64_t layer = group.layerAt(k);
            if (layer >= 0 && layer < layers) {
                out[static_cast<std::size_t>(layer)] += groupBytesInLayer(model, plan, group, layer);
            }
        }
    }
    return out;
}

std::vector<LayerTensor> llamaCppLayerTensors(const PreparedModel& model, const PrecisionPlan& plan) {
    const std::int64_t layers = model.spec.num_layers;
    std::vector<LayerTensor> out;
    if (storedTensorsApply(model, plan)) {
        // The file's own names and bytes: what llama.cpp will match the rules against.
        for (const StoredTensor& t : model.stored_tensors) {
            const std::int64_t layer = blockOf(t.name);
            if (layer < 0 || layer >= layers) {
                continue;
            }
            out.push_back({t.name, layer, t.bytes, t.routed_expert});
        }
        return out;
    }
    // A config: the names llama.cpp's converter writes, layer by layer, in the order the groups were built.
    std::vector<std::int64_t> ordinal;
    for (std::int64_t layer = 0; layer < layers; ++layer) {
        const LayerSpec& spec = model.layers[static_cast<std::size_t>(layer)];
        ordinal.assign(static_cast<std::size_t>(TensorRole::Encoder) + 1, 0);
        for (const TensorGroup& group : model.groups) {
            if (group.role == TensorRole::Norm || group.layersIn(layer, layer + 1) == 0) {
                continue;
            }
            const std::int64_t n = ordinal[static_cast<std::size_t>(group.role)]++;
            const std::string base = llamaCppBaseName(group.role, n, spec);
            if (base.empty()) {
                continue;
            }
            out.push_back({"blk." + std::to_string(layer) + "." + base + ".weight", layer,
                           groupBytesInLayer(model, plan, group, layer), isRoutedExpertRole(group.role)});
        }
    }
    return out;
}

TensorPlacement placeTensors(const PreparedModel& model, const PrecisionPlan& plan, const LlamaCppOptions& options,
                             std::int64_t gpu_count) {
    const std::int64_t layers = model.spec.num_layers;
    const auto n = static_cast<std::size_t>(std::max<std::int64_t>(0, layers));
    TensorPlacement p;
    p.cpu_bytes.assign(n, 0);
    p.cpu_routed_bytes.assign(n, 0);
    p.routed_bytes = routedExpertBytesByLayer(model, plan);
    const std::int64_t n_cpu_moe = options.cpu_moe ? layers : std::clamp<std::int64_t>(options.n_cpu_moe, 0, layers);
    p.any = !options.tensor_overrides.empty() || n_cpu_moe > 0;
    if (!p.any) {
        return p;
    }
    gpu_count = std::clamp<std::int64_t>(gpu_count, 0, kMaxGpuCount);
    p.gpu_bytes.assign(static_cast<std::size_t>(gpu_count), std::vector<std::int64_t>(n, 0));
    p.gpu_routed_bytes = p.gpu_bytes;

    if (options.tensor_overrides.empty()) {
        // Only the shorthands: the routed experts of the first layers, summed without naming a tensor.
        for (std::int64_t l = 0; l < n_cpu_moe; ++l) {
            const auto i = static_cast<std::size_t>(l);
            p.cpu_bytes[i] = p.routed_bytes[i];
            p.cpu_routed_bytes[i] = p.routed_bytes[i];
            p.tensors_overridden += routedExpertTensorsInLayer(model, plan, l);
        }
        return p;
    }

    struct Compiled {
        std::regex regex;
        OverrideTarget target;
        bool usable = false;
    };
    std::vector<Compiled> rules;
    rules.reserve(options.tensor_overrides.size());
    for (const TensorOverride& o : options.tensor_overrides) {
        Compiled c;
        const auto target = overrideTargetFromName(o.buffer);
        try {
            c.regex = std::regex(o.pattern);
            c.usable = target.has_value();
        } catch (const std::regex_error&) {
            c.usable = false;
        }
        if (target) {
            c.target = *target;
            if (!target->cpu && target->gpu >= gpu_count) {
                // llama.cpp itself stops at start-up for a buffer of a device it does not have.
                if (std::find(p.missing_gpus.begin(), p.missing_gpus.end(), o.buffer) == p.missing_gpus.end()) {
                    p.missing_gpus.push_back(o.buffer);
                }
                c.usable = false;
            }
        }
        rules.push_back(std::move(c));
    }
    for (const LayerTensor& t : llamaCppLayerTensors(model, plan)) {
        const auto i = static_cast<std::size_t>(t.layer);
        std::optional<OverrideTarget> target;
        bool matched = false;
        for (std::size_t r = 0; r < rules.size() && !matched; ++r) {
            if (std::regex_search(t.name, rules[r].regex)) {
                matched = true; // the first matching rule decides, even one this scenario cannot apply
                if (rules[r].usable) {
                    target = rules[r].target;
                }
            }
        }
        if (!matched &&
            (options.cpu_moe ? matchesExpertsRegex(t.name) : matchesFirstLayersExperts(t.name, n_cpu_moe))) {
            target = OverrideTarget{true, 0};
        }
        if (!target) {
            continue;
        }
        ++p.tensors_overridden;
        if (target->cpu) {
            p.cpu_bytes[i] += t.bytes;
            p.cpu_routed_bytes[i] += t.routed_expert ? t.bytes : 0;
        } else {
            p.gpu_bytes[static_cast<std::size_t>(target->gpu)][i] += t.bytes;
            p.gpu_routed_bytes[static_cast<std::size_t>(target->gpu)][i] += t.routed_expert ? t.bytes : 0;
        }
    }
    return p;
}

} // namespace fitscope::sizing
