// Writes the seed corpus under tests/fuzz/corpus/<target>/ with the test writers. Run by hand when
// the seeds should change:  g++ -std=c++20 -I../.. make_corpus.cpp -o /tmp/make_corpus && /tmp/make_corpus corpus
#include "tests/core/formats/test_file_writers.h"

#include <filesystem>
#include <string>
#include <vector>

using namespace fitscope::testing;

namespace {

void llamaLike(GgufWriter& w, const std::string& arch, std::int64_t layers, std::uint32_t type,
               bool per_layer_kv = false) {
    const std::int64_t h = 32, ff = 64, v = 8;
    w.str("general.architecture", arch);
    w.str("general.name", "seed");
    w.u32(arch + ".context_length", 2048);
    w.u32(arch + ".embedding_length", static_cast<std::uint32_t>(h));
    w.u32(arch + ".block_count", static_cast<std::uint32_t>(layers));
    w.u32(arch + ".feed_forward_length", static_cast<std::uint32_t>(ff));
    w.u32(arch + ".attention.head_count", 4);
    if (per_layer_kv) {
        w.i32Array(arch + ".attention.head_count_kv", std::vector<std::int32_t>(static_cast<std::size_t>(layers), 2));
    } else {
        w.u32(arch + ".attention.head_count_kv", 2);
    }
    w.u32("general.file_type", 1);
    w.strArray("tokenizer.ggml.tokens", {"<s>", "</s>", "a", "b", "c", "d", "e", "f"});
    w.tensor("token_embd.weight", {h, v}, type);
    for (std::int64_t i = 0; i < layers; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        w.tensor(p + "attn_norm.weight", {h}, 0);
        w.tensor(p + "attn_q.weight", {h, h}, type);
        w.tensor(p + "attn_k.weight", {h, 16}, type);
        w.tensor(p + "attn_v.weight", {h, 16}, type);
        w.tensor(p + "attn_output.weight", {h, h}, type);
        w.tensor(p + "ffn_gate.weight", {h, ff}, type);
        w.tensor(p + "ffn_up.weight", {h, ff}, type);
        w.tensor(p + "ffn_down.weight", {ff, h}, type);
    }
    w.tensor("output_norm.weight", {h}, 0);
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path root = argc > 1 ? argv[1] : "corpus";
    for (const char* sub : {"gguf", "safetensors", "hf_config"}) {
        std::filesystem::create_directories(root / sub);
    }
    {
        GgufWriter w;
        llamaLike(w, "llama", 1, 1);
        w.write(root / "gguf/llama_f16.gguf");
    }
    {
        GgufWriter w;
        w.version = 2;
        llamaLike(w, "qwen2", 1, 8);
        w.write(root / "gguf/qwen2_q8_0_v2.gguf");
    }
    {
        GgufWriter w;
        llamaLike(w, "gemma2", 2, 1, true);
        w.u32("gemma2.attention.sliding_window", 512);
        w.u32("gemma2.attention.key_length", 8);
        w.u32("general.alignment", 64);
        w.alignment = 64;
        w.write(root / "gguf/gemma2_swa_perlayer.gguf");
    }
    {
        GgufWriter w;
        w.str("general.architecture", "deepseek2");
        for (const char* key :
             {"embedding_length", "block_count", "feed_forward_length", "attention.head_count",
              "attention.kv_lora_rank", "attention.q_lora_rank", "rope.dimension_count", "expert_count",
              "expert_used_count", "expert_shared_count", "leading_dense_block_count", "expert_feed_forward_length"}) {
            w.u32(std::string("deepseek2.") + key, 8);
        }
        w.boolArray("deepseek2.attention.sliding_window_pattern", {true, false});
        w.tensor("blk.0.ffn_up_exps.weight", {256, 2, 2}, 12);
        w.tensor("blk.0.exp_probs_b.bias", {2}, 0);
        w.write(root / "gguf/deepseek2_q4_k.gguf");
    }
    {
        GgufWriter w;
        w.u32("split.no", 1);
        w.u32("split.count", 2);
        w.tensor("output.weight", {32, 8}, 30);
        w.write(root / "gguf/split_part_bf16.gguf");
    }
    {
        std::vector<SafetensorsEntry> entries = {
            {"model.embed_tokens.weight", "BF16", {8, 16}, {}},
            {"model.layers.0.self_attn.q_proj.weight", "F16", {16, 16}, {}},
            {"model.layers.0.input_layernorm.weight", "F32", {16}, {}},
        };
        writeFile(root / "safetensors/plain.safetensors", safetensorsFile(entries, {{"format", "pt"}}));
        std::vector<SafetensorsEntry> gptq = {
            {"l.qweight", "I32", {2, 16}, {}},   {"l.qzeros", "I32", {1, 2}, {}},
            {"l.scales", "F16", {1, 16}, {}},    {"l.g_idx", "I32", {16}, {}},
            {"f.weight", "F8_E4M3", {4, 4}, {}}, {"f.weight_scale_inv", "F32", {}, {}},
        };
        writeFile(root / "safetensors/gptq_fp8.safetensors", safetensorsFile(gptq));
    }
    const std::vector<std::pair<std::string, std::string>> configs = {
        {"llama.json", R"({"model_type":"llama","vocab_size":32000,"hidden_size":4096,"intermediate_size":11008,
"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":32,"max_position_embeddings":4096,
"tie_word_embeddings":false,"torch_dtype":"float16"})"},
        {"mixtral.json", R"({"model_type":"mixtral","vocab_size":32000,"hidden_size":4096,"intermediate_size":14336,
"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"num_local_experts":8,
"num_experts_per_tok":2,"max_position_embeddings":32768,"sliding_window":null})"},
        {"deepseek_v3.json", R"({"model_type":"deepseek_v3","vocab_size":129280,"hidden_size":7168,
"intermediate_size":18432,"moe_intermediate_size":2048,"num_hidden_layers":61,"num_attention_heads":128,
"num_key_value_heads":128,"n_routed_experts":256,"n_shared_experts":1,"num_experts_per_tok":8,
"first_k_dense_replace":3,"q_lora_rank":1536,"kv_lora_rank":512,"qk_nope_head_dim":128,"qk_rope_head_dim":64,
"v_head_dim":128,"max_position_embeddings":163840,"quantization_config":{"quant_method":"fp8","fmt":"e4m3",
"weight_block_size":[128,128]}})"},
        {"gemma2.json", R"({"model_type":"gemma2","vocab_size":256000,"hidden_size":2304,"intermediate_size":9216,
"num_hidden_layers":26,"num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,"sliding_window":4096,
"max_position_embeddings":8192})"},
        {"gpt2.json",
         R"({"model_type":"gpt2","vocab_size":50257,"n_embd":768,"n_layer":12,"n_head":12,"n_positions":1024})"},
        {"qwen2_gptq.json", R"({"model_type":"qwen2","vocab_size":151936,"hidden_size":3584,"intermediate_size":18944,
"num_hidden_layers":28,"num_attention_heads":28,"num_key_value_heads":4,"max_position_embeddings":32768,
"quantization_config":{"quant_method":"gptq","bits":4,"group_size":128}})"},
        {"gemma3_text_config.json", R"({"model_type":"gemma3","text_config":{"model_type":"gemma3_text",
"hidden_size":2560,"num_hidden_layers":34,"num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,
"intermediate_size":10240,"vocab_size":262208,"sliding_window":1024}})"},
        {"index.json", R"({"metadata":{"total_size":123},"weight_map":{"a.weight":"model-00001-of-00002.safetensors",
"b.weight":"model-00002-of-00002.safetensors"}})"},
    };
    for (const auto& [name, text] : configs) {
        writeFile(root / "hf_config" / name, text);
    }
    return 0;
}
