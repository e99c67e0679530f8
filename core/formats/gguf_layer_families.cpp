// The per-layer GGUF architectures. The rules are llama.cpp's (ggml-org/llama.cpp, read at the commits
// named): which layers attend, slide, chunk or recur comes from the metadata as llama.cpp's load_hparams
// decides it; the widths and the optional pieces (biases, sinks, q/k norms, shared experts) come from
// the tensors llama.cpp creates per layer, whose shapes it checks against the same metadata. Weights
// bytes are never computed here: they are the tensor table's.
#include "core/formats/gguf_layer_families.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace fitscope::formats::gguf {

namespace {

using sizing::LayerMlpKind;
using sizing::LayerSpec;
using sizing::MixerKind;

constexpr std::int64_t k_max_dimension = std::int64_t{1} << 24;

struct Family {
    const char* arch;       // general.architecture (src/llama-arch.cpp LLM_ARCH_NAMES @00395eb)
    const char* model_type; // the transformers model_type of the same model
};
constexpr Family k_families[] = {
    {"gpt-oss", "gpt_oss"},
    {"llama4", "llama4"},
    {"glm4moe", "glm4_moe"},
    {"qwen3next", "qwen3_next"},
    {"qwen35", "qwen3_5"},
    {"qwen35moe", "qwen3_5_moe"},
    {"nemotron_h", "nemotron_h"},
    {"nemotron_h_moe", "nemotron_h"},
    {"granitehybrid", "granitemoehybrid"},
    {"mamba2", "mamba2"},
    {"smollm3", "smollm3"},
    {"minimax-m2", "minimax_m2"},
    {"ernie4_5-moe", "ernie4_5_moe"},
};

// The architectures modelSpecFromGguf reads with uniform layers (gguf_model_spec.cpp), for naming the
// closest supported family.
constexpr const char* k_uniform_archs[] = {
    "llama", "mistral",   "qwen2",    "qwen3",     "qwen2moe",   "qwen3moe",  "gemma",      "gemma2",  "gemma3",
    "phi3",  "falcon",    "gpt2",     "deepseek2", "starcoder2", "command-r", "cohere2",    "granite", "olmo",
    "olmo2", "internlm2", "stablelm", "mixtral",   "glm4",       "ernie4_5",  "granitemoe",
};

// The arch's keys, with llama.cpp's rules for scalars and per-layer arrays.
class Keys {
public:
    Keys(const GgufFile& file, const std::string& arch)
        : m_file(file)
        , m_arch(arch) {}

    std::string key(const std::string& suffix) const { return m_arch + "." + suffix; }
    const GgufValue* find(const std::string& suffix) const { return m_file.find(key(suffix)); }

    [[noreturn]] void fail(const std::string& suffix, const std::string& what) const {
        throw LayerMetadataError(key(suffix) + " " + what);
    }

    // A non-negative integer; nullopt when absent.
    std::optional<std::int64_t> scalar(const std::string& suffix) const {
        const GgufValue* value = find(suffix);
        if (!value) {
            return std::nullopt;
        }
        if (value->type == GgufValueType::Array) {
            fail(suffix, "must be one integer, not an array");
        }
        const auto n = value->asInt();
        if (!n) {
            fail(suffix, "must be an integer");
        }
        if (*n < 0 || *n > k_max_dimension) {
            fail(suffix, "is " + std::to_string(*n) + ", outside 0.." + std::to_string(k_max_dimension));
        }
        return n;
    }

    std::int64_t positive(const std::string& suffix, const std::string& why) const {
        const auto n = scalar(suffix);
        if (!n) {
            fail(suffix, "is missing (" + why + ")");
        }
        if (*n < 1) {
            fail(suffix, "is 0 (" + why + ")");
        }
        return *n;
    }

    // One value per block: a scalar for every block, or an array of exactly `blocks` values
    // (llama_model_loader::get_key_or_arr, src/llama-model-loader.cpp: "key %s has wrong array length").
    std::vector<std::int64_t> perLayer(const std::string& suffix, std::int64_t blocks, std::int64_t fallback) const {
        const auto count = static_cast<std::size_t>(blocks);
        const GgufValue* value = find(suffix);
        if (!value) {
            return std::vector<std::int64_t>(count, fallback);
        }
        if (value->type != GgufValueType::Array) {
            return std::vector<std::int64_t>(count, *scalar(suffix));
        }
        if (value->array_length != static_cast<std::uint64_t>(blocks)) {
            fail(suffix, "has " + std::to_string(value->array_length) + " values for " + std::to_string(blocks) +
                             " blocks (block_count)");
        }
        if (!value->elements_kept) {
            fail(suffix, "is too long to read as per-layer values");
        }
        std::vector<std::int64_t> out;
        out.reserve(count);
        for (std::size_t i = 0; i < value->elements.size(); ++i) {
            const auto n = value->elements[i].asInt();
            if (!n) {
                fail(suffix, "must hold integers (layer " + std::to_string(i) + " does not)");
            }
            if (*n < 0 || *n > k_max_dimension) {
                fail(suffix, "holds " + std::to_string(*n) + " for layer " + std::to_string(i) + ", outside 0.." +
                                 std::to_string(k_max_dimension));
            }
            out.push_back(*n);
        }
        return out;
    }

private:
    const GgufFile& m_file;
    std::string m_arch;
};

// The tensors of one block, by llama.cpp's names (src/llama-arch.cpp LLM_TENSOR_NAMES: "blk.%d.attn_q", ...).
class Blocks {
public:
    explicit Blocks(const TensorIndex& tensors)
        : m_tensors(tensors) {}

    const GgufTensorInfo* get(std::int64_t layer, const char* name) const {
        const auto it = m_tensors.find("blk." + std::to_string(layer) + "." + name);
        return it == m_tensors.end() ? nullptr : it->second;
    }
    bool has(std::int64_t layer, const char* name) const { return get(layer, name) != nullptr; }
    std::int64_t elements(std::int64_t layer, const char* name) const {
        const GgufTensorInfo* t = get(layer, name);
        return t ? t->elements : 0;
    }
    // ne[axis] of the tensor (ggml order: ne0 is the input width of a matrix), 0 when absent.
    std::int64_t dim(std::int64_t layer, const char* name, std::size_t axis) const {
        const GgufTensorInfo* t = get(layer, name);
        return t && axis < t->dims.size() ? t->dims[axis] : 0;
    }

private:
    const TensorIndex& m_tensors;
};

// The block index of "blk.N.<rest>", or -1.
std::int64_t blockOf(const std::string& name) {
    if (name.rfind("blk.", 0) != 0) {
        return -1;
    }
    std::int64_t n = 0;
    std::size_t i = 4;
    for (; i < name.size() && name[i] >= '0' && name[i] <= '9' && n < k_max_dimension; ++i) {
        n = n * 10 + (name[i] - '0');
    }
    return i > 4 && i < name.size() && name[i] == '.' ? n : -1;
}

// Which blocks use the sliding window: llama_hparams::set_swa_pattern(n) (src/llama-hparams.cpp) makes
// layer il slide when n == 0 || il % n < n - 1 (the last of every n layers is dense); a per-layer
// attention.sliding_window_pattern array says it per layer, a scalar one gives n.
std::vector<bool> slidingLayers(const Keys& keys, std::int64_t blocks, std::int64_t default_period) {
    std::vector<bool> slides(static_cast<std::size_t>(blocks), false);
    const GgufValue* pattern = keys.find("attention.sliding_window_pattern");
    if (pattern && pattern->type == GgufValueType::Array) {
        const auto values = keys.perLayer("attention.sliding_window_pattern", blocks, 0);
        for (std::size_t i = 0; i < values.size(); ++i) {
            slides[i] = values[i] != 0;
        }
        return slides;
    }
    const std::int64_t n = pattern ? *keys.scalar("attention.sliding_window_pattern") : default_period;
    for (std::int64_t il = 0; il < blocks; ++il) {
        slides[static_cast<std::size_t>(il)] = n == 0 || il % n < n - 1;
    }
    return slides;
}

// Hidden-size norm vectors of a block (weights and, for LayerNorms, biases), from its tensors.
std::int64_t hiddenNorms(const Blocks& blocks, std::int64_t layer, std::int64_t hidden) {
    std::int64_t elements = 0;
    for (const char* norm :
         {"attn_norm", "attn_norm_2", "ffn_norm", "post_attention_norm", "post_ffw_norm", "layer_output_norm"}) {
        for (const char* part : {".weight", ".bias"}) {
            elements += blocks.elements(layer, (std::string(norm) + part).c_str());
        }
    }
    return hidden > 0 ? elements / hidden : 0;
}

// The feed-forward block of a layer, as llama.cpp's graphs choose it: experts when the layer has a
// router (granite-hybrid.cpp, nemotron-h.cpp: "if (model.layers[il].ffn_gate_inp == nullptr)" dense),
// else a dense MLP when it has ffn_up, else none. Widths from the expert and shared tensors' shapes.
sizing::LayerMlp mlpOf(const Keys& keys, const Blocks& blocks, std::int64_t i, std::int64_t ff) {
    sizing::LayerMlp m;
    if (blocks.has(i, "ffn_gate_inp.weight")) {
        m.kind = LayerMlpKind::Moe;
        m.num_experts = keys.positive("expert_count", "block " + std::to_string(i) + " has a router");
        m.experts_per_token = keys.positive("expert_used_count", "block " + std::to_string(i) + " has a router");
        if (m.experts_per_token > m.num_experts) {
            keys.fail("expert_used_count", "is above expert_count (" + std::to_string(m.num_experts) + ")");
        }
        const bool fused = blocks.has(i, "ffn_gate_up_exps.weight");
        m.gated = fused || blocks.has(i, "ffn_gate_exps.weight");
        m.expert_intermediate_size = blocks.dim(i, "ffn_down_exps.weight", 0);
        if (m.expert_intermediate_size == 0) {
            m.expert_intermediate_size =
                keys.positive("expert_feed_forward_length", "block " + std::to_string(i) + " has experts");
        }
        m.expert_bias = blocks.has(i, "ffn_up_exps.bias") || blocks.has(i, "ffn_gate_up_exps.bias") ||
                        blocks.has(i, "ffn_down_exps.bias");
        m.router_linear_bias = blocks.has(i, "ffn_gate_inp.bias");
        m.router_bias = blocks.has(i, "exp_probs_b.bias");
        m.shared_intermediate_size = blocks.dim(i, "ffn_down_shexp.weight", 0);
        m.shared_expert_gate = blocks.has(i, "ffn_gate_inp_shexp.weight");
        return m;
    }
    if (blocks.has(i, "ffn_up.weight")) {
        m.kind = LayerMlpKind::Dense;
        const std::int64_t rows = blocks.dim(i, "ffn_up.weight", 1);
        m.intermediate_size = blocks.has(i, "ffn_down.weight") ? blocks.dim(i, "ffn_down.weight", 0) : ff;
        // GLM-4 and Phi-3 store gate and up fused in ffn_up, twice as wide.
        m.gated = blocks.has(i, "ffn_gate.weight") || (m.intermediate_size > 0 && rows == 2 * m.intermediate_size);
        m.bias = blocks.has(i, "ffn_up.bias") || blocks.has(i, "ffn_down.bias");
        return m;
    }
    m.kind = LayerMlpKind::None;
    m.gated = false;
    return m;
}

bool isQwenHybrid(const std::string& arch) {
    return arch == "qwen3next" || arch == "qwen35" || arch == "qwen35moe";
}

} // namespace

bool hasLayerFamily(const std::string& arch) {
    return std::any_of(std::begin(k_families), std::end(k_families),
                       [&arch](const Family& f) { return arch == f.arch; });
}

bool isUniformArchitecture(const std::string& arch) {
    return std::any_of(std::begin(k_uniform_archs), std::end(k_uniform_archs),
                       [&arch](const char* name) { return arch == name; });
}

std::string layerFamilyModelType(const std::string& arch) {
    for (const Family& f : k_families) {
        if (arch == f.arch) {
            return f.model_type;
        }
    }
    return {};
}

void readLayerFamily(const GgufFile& file, const std::string& arch, const TensorIndex& tensors, sizing::ModelSpec& spec,
                     Properties& properties) {
    const Keys keys(file, arch);
    const Blocks blocks(tensors);
    const std::int64_t all = spec.num_layers; // block_count: the decoder layers and any MTP blocks

    // NextN / MTP blocks are the last nextn_predict_layers blocks. llama.cpp loads them with TENSOR_SKIP
    // and runs n_layer = block_count - nextn_predict_layers layers (src/models/glm4-moe.cpp @06e514f): they
    // are stored in the file, not held in memory, and have no KV cache.
    const std::int64_t nextn = keys.scalar("nextn_predict_layers").value_or(0);
    if (nextn >= all) {
        keys.fail("nextn_predict_layers", "is " + std::to_string(nextn) + " of " + std::to_string(all) +
                                              " blocks (block_count): no decoder layer is left");
    }
    const std::int64_t n = all - nextn;
    const auto count = static_cast<std::size_t>(n);

    const auto heads = keys.perLayer("attention.head_count", all, spec.num_heads);
    const bool kv_given = keys.find("attention.head_count_kv") != nullptr;
    const auto kv = keys.perLayer("attention.head_count_kv", all, 0);
    const auto ff = keys.perLayer("feed_forward_length", all, 0);
    const std::int64_t key_length = keys.scalar("attention.key_length").value_or(0);
    const std::int64_t value_length = keys.scalar("attention.value_length").value_or(0);
    auto kvAt = [&](std::size_t i) { return kv_given ? kv[i] : heads[i]; };

    // The mixer of every layer.
    std::vector<MixerKind> mixer(count, MixerKind::FullAttention);
    std::vector<std::int64_t> window(count, 0);
    std::vector<bool> rope(count, true);
    std::int64_t sliding_window = 0;
    if (arch == "gpt-oss") {
        // src/models/openai-moe.cpp @069be0a load_arch_hparams: n_swa from attention.sliding_window (required),
        // LLAMA_SWA_TYPE_STANDARD, set_swa_pattern(attention.sliding_window_pattern, default 2): even layers
        // slide, odd ones are dense; attn_sinks per layer.
        sliding_window = keys.positive("attention.sliding_window", "gpt-oss slides every other layer");
        const std::vector<bool> slides = slidingLayers(keys, all, 2);
        for (std::size_t i = 0; i < count; ++i) {
            mixer[i] = slides[i] ? MixerKind::SlidingWindow : MixerKind::FullAttention;
            window[i] = slides[i] ? sliding_window : 0;
        }
    } else if (arch == "llama4") {
        // load_hparams (src/llama-model.cpp @00342301, LLM_ARCH_LLAMA4): chunked attention of n_swa = 8192
        // with set_swa_pattern(4) (3 chunked, 1 full), unless attention.sliding_window is present and 0
        // (then no chunking and RoPE everywhere); the full layers are the NoPE ones (n_no_rope_layer_step 4).
        const auto key = keys.scalar("attention.sliding_window");
        const bool chunked = !(key && *key == 0);
        for (std::size_t i = 0; i < count; ++i) {
            const bool chunk_layer = chunked && i % 4 < 3;
            mixer[i] = chunk_layer ? MixerKind::ChunkedAttention : MixerKind::FullAttention;
            window[i] = chunk_layer ? 8192 : 0;
            rope[i] = !chunked || (i + 1) % 4 != 0;
        }
    } else if (arch == "smollm3") {
        // load_hparams (LLM_ARCH_SMOLLM3): n_no_rope_layer_step = 4, every fourth layer without RoPE.
        for (std::size_t i = 0; i < count; ++i) {
            rope[i] = (i + 1) % 4 != 0;
        }
    } else if (isQwenHybrid(arch)) {
        // src/models/qwen3next.cpp @02ebd8f load_arch_hparams: attention.recurrent_layers per layer when
        // given, else every full_attention_interval-th layer (default 4) is full attention, the others
        // Gated DeltaNet.
        std::vector<bool> recurrent(count, false);
        if (keys.find("attention.recurrent_layers")) {
            const auto listed = keys.perLayer("attention.recurrent_layers", all, 0);
            for (std::size_t i = 0; i < count; ++i) {
                recurrent[i] = listed[i] != 0;
            }
        } else {
            const std::int64_t interval = keys.scalar("full_attention_interval").value_or(4);
            if (interval < 1) {
                keys.fail("full_attention_interval", "is 0: it must be at least 1");
            }
            for (std::size_t i = 0; i < count; ++i) {
                recurrent[i] = (static_cast<std::int64_t>(i) + 1) % interval != 0;
            }
        }
        for (std::size_t i = 0; i < count; ++i) {
            mixer[i] = recurrent[i] ? MixerKind::GatedDeltaNet : MixerKind::FullAttention;
        }
    } else if (arch == "nemotron_h" || arch == "nemotron_h_moe") {
        // load_hparams (LLM_ARCH_NEMOTRON_H): a block is Mamba-2 iff head_count_kv and feed_forward_length
        // are both 0 there; src/models/nemotron-h.cpp: attention when feed_forward_length is 0, else an
        // MLP (or MoE) block without a mixer.
        for (std::size_t i = 0; i < count; ++i) {
            if (kvAt(i) == 0 && ff[i] == 0) {
                mixer[i] = MixerKind::Mamba2;
            } else if (ff[i] == 0) {
                mixer[i] = MixerKind::FullAttention;
            } else {
                mixer[i] = MixerKind::None;
            }
        }
    } else if (arch == "granitehybrid") {
        // load_hparams (LLM_ARCH_GRANITE_HYBRID): recurrent_layer_arr[i] = head_count_kv(i) == 0; every
        // block has a feed-forward part (src/models/granite-hybrid.cpp).
        for (std::size_t i = 0; i < count; ++i) {
            mixer[i] = kvAt(i) == 0 ? MixerKind::Mamba2 : MixerKind::FullAttention;
        }
    } else if (arch == "mamba2") {
        std::fill(mixer.begin(), mixer.end(), MixerKind::Mamba2);
    }

    // The recurrent mixers' shape: the ssm.* keys (src/llama-arch.cpp LLM_KV_SSM_*). Gated DeltaNet
    // (src/models/qwen3next.cpp): head_k_dim = ssm.state_size, key heads = ssm.group_count, value heads =
    // ssm.time_step_rank, head_v_dim = ssm.inner_size / time_step_rank. Mamba-2: heads = time_step_rank,
    // d_inner = ssm.inner_size, groups = ssm.group_count (default 1), d_state = ssm.state_size.
    sizing::LayerRecurrent recurrent;
    const bool any_recurrent =
        std::any_of(mixer.begin(), mixer.end(), [](MixerKind m) { return sizing::isRecurrent(m); });
    if (any_recurrent) {
        const std::string why = "the model has recurrent layers";
        const std::int64_t conv = keys.positive("ssm.conv_kernel", why);
        const std::int64_t inner = keys.positive("ssm.inner_size", why);
        const std::int64_t state = keys.positive("ssm.state_size", why);
        const std::int64_t rank = keys.positive("ssm.time_step_rank", why);
        const std::int64_t groups = keys.find("ssm.group_count") ? keys.positive("ssm.group_count", why) : 1;
        if (inner % rank != 0) {
            keys.fail("ssm.inner_size", "(" + std::to_string(inner) + ") is not a multiple of ssm.time_step_rank (" +
                                            std::to_string(rank) + ")");
        }
        if (rank % groups != 0) {
            keys.fail("ssm.group_count", "(" + std::to_string(groups) + ") does not divide ssm.time_step_rank (" +
                                             std::to_string(rank) + ")");
        }
        recurrent.num_heads = rank;
        recurrent.head_v_dim = inner / rank;
        recurrent.conv_kernel = conv;
        if (isQwenHybrid(arch)) {
            recurrent.num_k_heads = groups;
            recurrent.head_k_dim = state;
        } else {
            recurrent.n_groups = groups;
            recurrent.state_size = state;
        }
        properties.emplace_back("SSM", "conv " + std::to_string(conv) + ", inner " + std::to_string(inner) +
                                           ", state " + std::to_string(state) + ", heads " + std::to_string(rank) +
                                           ", groups " + std::to_string(groups));
    }

    std::vector<LayerSpec> layers(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto il = static_cast<std::int64_t>(i);
        LayerSpec& l = layers[i];
        l.mixer = mixer[i];
        l.norm_vectors = hiddenNorms(blocks, il, spec.hidden_size);
        if (sizing::isAttention(l.mixer)) {
            sizing::LayerAttention& a = l.attn;
            a.num_heads = heads[i];
            a.num_kv_heads = kvAt(i);
            if (a.num_heads < 1) {
                keys.fail("attention.head_count", "is 0 for layer " + std::to_string(i) + ", an attention layer");
            }
            if (a.num_kv_heads < 1) {
                keys.fail("attention.head_count_kv", "is 0 for layer " + std::to_string(i) + ", an attention layer");
            }
            a.head_dim = key_length > 0 ? key_length : spec.hidden_size / a.num_heads;
            a.v_head_dim = value_length > 0 ? value_length : a.head_dim;
            a.window_tokens = window[i];
            a.rope = rope[i];
            a.qkv_bias = blocks.has(il, "attn_q.bias") || blocks.has(il, "attn_qkv.bias");
            a.out_bias = blocks.has(il, "attn_output.bias");
            // gpt-oss: LLM_TENSOR_ATTN_SINKS "blk.%d.attn_sinks", one logit per head.
            a.sinks = blocks.has(il, "attn_sinks.weight") || blocks.has(il, "attn_sinks");
            a.q_norm_elements = blocks.elements(il, "attn_q_norm.weight");
            a.k_norm_elements = blocks.elements(il, "attn_k_norm.weight");
            // Qwen3-Next / Qwen3.5 gated attention: attn_q yields the query and a gate, twice as wide.
            a.output_gate = blocks.dim(il, "attn_q.weight", 1) == 2 * a.num_heads * a.head_dim;
        } else if (sizing::isRecurrent(l.mixer)) {
            l.rec = recurrent;
            l.rec.conv_bias = blocks.has(il, "ssm_conv1d.bias");
            l.rec.proj_bias = blocks.has(il, "ssm_in.bias");
        }
        l.mlp = mlpOf(keys, blocks, il, ff[i]);
    }

    // MTP blocks as stored: every tensor of blocks [n, block_count).
    std::int64_t mtp_params = 0;
    if (nextn > 0) {
        for (const auto& [name, tensor] : tensors) {
            const std::int64_t block = blockOf(name);
            if (block >= n && block < all) {
                mtp_params += tensor->elements;
            }
        }
        properties.emplace_back("MTP blocks", std::to_string(nextn) + " (stored; llama.cpp skips them when loading)");
    }

    // The typical layer (activation estimates, display) from the first attention and MLP layers.
    spec.num_layers = n;
    spec.mtp_layers = nextn;
    spec.mtp_params = mtp_params;
    spec.moe = {};
    spec.sliding_window = {};
    spec.mla = {};
    const auto attention =
        std::find_if(layers.begin(), layers.end(), [](const LayerSpec& l) { return sizing::isAttention(l.mixer); });
    if (attention != layers.end()) {
        spec.num_heads = attention->attn.num_heads;
        spec.num_kv_heads = attention->attn.num_kv_heads;
        spec.head_dim = attention->attn.head_dim;
        spec.qkv_bias = attention->attn.qkv_bias;
        spec.attn_out_bias = attention->attn.out_bias;
        spec.qk_norm = attention->attn.q_norm_elements > 0;
    } else {
        spec.num_heads = spec.num_kv_heads = std::max<std::int64_t>(1, recurrent.num_heads);
        spec.head_dim = std::max<std::int64_t>(1, recurrent.head_v_dim);
    }
    spec.intermediate_size = 0;
    for (const LayerSpec& l : layers) {
        if (l.mlp.kind == LayerMlpKind::Dense && spec.intermediate_size == 0) {
            spec.intermediate_size = l.mlp.intermediate_size;
            spec.mlp_kind = l.mlp.gated ? sizing::MlpKind::Gated : sizing::MlpKind::Plain;
            spec.mlp_bias = l.mlp.bias;
        }
        if (l.mlp.kind == LayerMlpKind::Moe && !spec.moe.enabled()) {
            spec.moe.num_experts = l.mlp.num_experts;
            spec.moe.experts_per_token = l.mlp.experts_per_token;
            spec.moe.expert_intermediate_size = l.mlp.expert_intermediate_size;
            spec.moe.shared_intermediate_size = l.mlp.shared_intermediate_size;
            spec.moe.shared_expert_gate = l.mlp.shared_expert_gate;
            spec.moe.router_bias = l.mlp.router_bias;
        }
        if (sizing::isWindowed(l.mixer) && spec.sliding_window.window_tokens == 0) {
            spec.sliding_window.window_tokens = l.attn.window_tokens;
        }
    }
    if (spec.intermediate_size == 0 && spec.moe.enabled()) {
        spec.intermediate_size = spec.moe.expert_intermediate_size;
    }
    if (arch == "gpt-oss" && sliding_window > 0) {
        spec.sliding_window = {sliding_window, 2, 1};
    }
    spec.norms_per_layer = layers.empty() ? 2 : layers.front().norm_vectors;

    // What the layers are, for display.
    std::int64_t attention_layers = 0, recurrent_layers = 0, windowed_layers = 0, moe_layers = 0;
    for (const LayerSpec& l : layers) {
        attention_layers += sizing::isAttention(l.mixer) ? 1 : 0;
        recurrent_layers += sizing::isRecurrent(l.mixer) ? 1 : 0;
        windowed_layers += sizing::isWindowed(l.mixer) ? 1 : 0;
        moe_layers += l.mlp.kind == LayerMlpKind::Moe ? 1 : 0;
    }
    std::string summary = std::to_string(attention_layers) + " attention";
    if (windowed_layers > 0) {
        summary += " (" + std::to_string(windowed_layers) + " " + (arch == "llama4" ? "chunked" : "sliding") +
                   ", window " + std::to_string(spec.sliding_window.window_tokens) + ")";
    }
    if (recurrent_layers > 0) {
        summary += ", " + std::to_string(recurrent_layers) + (isQwenHybrid(arch) ? " Gated DeltaNet" : " Mamba-2");
    }
    if (moe_layers > 0) {
        summary += ", " + std::to_string(moe_layers) + " MoE";
    }
    properties.emplace_back("layers", summary);
    spec.layers = std::move(layers);
}

std::string closestGgufArchitecture(const std::string& arch) {
    std::vector<std::string> known(std::begin(k_uniform_archs), std::end(k_uniform_archs));
    for (const Family& f : k_families) {
        known.emplace_back(f.arch);
    }
    // One that starts the same way (qwen3vl -> qwen3), else the nearest by edit distance.
    std::string best;
    std::size_t best_prefix = 0;
    for (const std::string& name : known) {
        if (arch.rfind(name, 0) == 0 && name.size() > best_prefix) {
            best = name;
            best_prefix = name.size();
        }
    }
    if (best_prefix >= 4) {
        return best;
    }
    std::size_t best_distance = std::string::npos;
    for (const std::string& name : known) {
        std::vector<std::size_t> row(name.size() + 1);
        for (std::size_t j = 0; j <= name.size(); ++j) {
            row[j] = j;
        }
        for (std::size_t i = 1; i <= arch.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= name.size(); ++j) {
                const std::size_t above = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (arch[i - 1] == name[j - 1] ? 0 : 1)});
                diagonal = above;
            }
        }
        if (row[name.size()] < best_distance) {
            best_distance = row[name.size()];
            best = name;
        }
    }
    return best;
}

} // namespace fitscope::formats::gguf
