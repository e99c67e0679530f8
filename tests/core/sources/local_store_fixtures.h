#pragma once

// A home directory with every store a scan reads, written by the test into a temporary folder: the
// Hugging Face cache (snapshots as symbolic links into blobs/), Ollama (manifests naming a GGUF blob,
// a params layer with num_ctx, a template layer), LM Studio's <publisher>/<repo>/<file>.gguf,
// llama.cpp's flat cache, a folder the user adds, and broken entries: a manifest that is not JSON, a
// manifest whose blob is gone, a snapshot link whose blob was deleted. Files come from the format
// writers (test_file_writers.h), so every header is real and small.

#include "../formats/test_file_writers.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fitscope::testing {

// A llama-shaped GGUF: Q4_K weights with Q6_K for layer 0's attn_v/ffn_down (general.file_type 15,
// "Q4_K_M"), or Q8_0 throughout (file_type 7). Rows of 256 as K-quants need.
inline void writeTinyLlamaGguf(const std::filesystem::path& path, bool q8 = false, std::int64_t layers = 2) {
    const std::int64_t vocab = 32, hidden = 256, heads = 4, ff = 512;
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.str("general.name", q8 ? "Tiny Q8_0" : "Tiny Q4_K_M");
    w.u32("general.file_type", q8 ? 7 : 15);
    w.u32("llama.context_length", 4096);
    w.u32("llama.embedding_length", hidden);
    w.u32("llama.block_count", static_cast<std::uint32_t>(layers));
    w.u32("llama.feed_forward_length", ff);
    w.u32("llama.attention.head_count", heads);
    w.u32("llama.attention.head_count_kv", heads);
    w.f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    std::vector<std::string> tokens;
    for (std::int64_t i = 0; i < vocab; ++i) {
        tokens.push_back("tok" + std::to_string(i));
    }
    w.strArray("tokenizer.ggml.tokens", tokens);
    constexpr std::uint32_t q4k = 12, q6k = 14, q8_0 = 8, f32 = 0;
    const std::uint32_t base = q8 ? q8_0 : q4k;
    const std::uint32_t high = q8 ? q8_0 : q6k;
    w.tensor("token_embd.weight", {hidden, vocab}, base);
    for (std::int64_t i = 0; i < layers; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        w.tensor(p + "attn_norm.weight", {hidden}, f32);
        w.tensor(p + "attn_q.weight", {hidden, hidden}, base);
        w.tensor(p + "attn_k.weight", {hidden, hidden}, base);
        w.tensor(p + "attn_v.weight", {hidden, hidden}, i == 0 ? high : base);
        w.tensor(p + "attn_output.weight", {hidden, hidden}, base);
        w.tensor(p + "ffn_norm.weight", {hidden}, f32);
        w.tensor(p + "ffn_gate.weight", {hidden, ff}, base);
        w.tensor(p + "ffn_up.weight", {hidden, ff}, base);
        w.tensor(p + "ffn_down.weight", {ff, hidden}, i == 0 ? high : base);
    }
    w.tensor("output_norm.weight", {hidden}, f32);
    w.tensor("output.weight", {hidden, vocab}, high);
    w.write(path);
}

inline const char* tinyLlamaConfig() {
    return R"({
  "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 100, "hidden_size": 64,
  "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
  "max_position_embeddings": 2048, "rms_norm_eps": 1e-5, "tie_word_embeddings": false, "torch_dtype": "bfloat16"
})";
}

// The tensors of tinyLlamaConfig() in BF16.
inline std::vector<SafetensorsEntry> tinyLlamaTensors() {
    const std::int64_t h = 64, ff = 128, kv = 32, v = 100;
    const std::string dtype = "BF16";
    std::vector<SafetensorsEntry> out;
    out.push_back({"model.embed_tokens.weight", dtype, {v, h}, {}});
    for (int i = 0; i < 2; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        out.push_back({p + "input_layernorm.weight", dtype, {h}, {}});
        out.push_back({p + "self_attn.q_proj.weight", dtype, {h, h}, {}});
        out.push_back({p + "self_attn.k_proj.weight", dtype, {kv, h}, {}});
        out.push_back({p + "self_attn.v_proj.weight", dtype, {kv, h}, {}});
        out.push_back({p + "self_attn.o_proj.weight", dtype, {h, h}, {}});
        out.push_back({p + "post_attention_layernorm.weight", dtype, {h}, {}});
        out.push_back({p + "mlp.gate_proj.weight", dtype, {ff, h}, {}});
        out.push_back({p + "mlp.up_proj.weight", dtype, {ff, h}, {}});
        out.push_back({p + "mlp.down_proj.weight", dtype, {h, ff}, {}});
    }
    out.push_back({"model.norm.weight", dtype, {h}, {}});
    out.push_back({"lm_head.weight", dtype, {v, h}, {}});
    return out;
}

// Where the fixture put things.
struct StoreFixture {
    std::filesystem::path home;
    std::filesystem::path hf_cache;      // home/.cache/huggingface/hub
    std::filesystem::path ollama_models; // home/.ollama/models
    std::filesystem::path lmstudio;      // home/.lmstudio/models
    std::filesystem::path llamacpp;      // home/.cache/llama.cpp
    std::filesystem::path user_folder;   // <root>/my-models (not below home: the user adds it)
    std::string hf_revision;
    std::filesystem::path ollama_gguf_blob; // the blob of qwen3:30b-a3b (and qwen3:latest)
    std::int64_t ollama_gguf_bytes = 0;
    std::int64_t hf_safetensors_bytes = 0; // config.json + model.safetensors of TinyOrg/tiny-llama
    std::int64_t ollama_num_ctx = 8192;
};

inline void writeText(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    writeFile(path, text);
}

// A blob in the HF cache, and the snapshot file linking to it by a relative link, as huggingface_hub
// does (snapshots/<rev>/<file> -> ../../blobs/<hash>).
inline void hfLink(const std::filesystem::path& repo, const std::string& revision, const std::string& file,
                   const std::string& blob) {
    const std::filesystem::path link = repo / "snapshots" / revision / file;
    std::filesystem::create_directories(link.parent_path());
    std::filesystem::path target = "../..";
    const std::filesystem::path relative(file);
    for (auto it = relative.begin(); std::next(it) != relative.end(); ++it) {
        target = ".." / target; // a file in a subfolder is one level further from blobs/
    }
    std::filesystem::create_symlink(target / "blobs" / blob, link);
}

inline std::string ollamaManifest(const std::vector<std::pair<std::string, std::string>>& layers) {
    std::string json = R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",)"
                       R"("config":{"mediaType":"application/vnd.docker.container.image.v1+json",)"
                       R"("digest":"sha256:)" +
                       std::string(64, 'c') + R"(","size":2},"layers":[)";
    for (std::size_t i = 0; i < layers.size(); ++i) {
        json += std::string(i ? "," : "") + R"({"mediaType":")" + layers[i].first + R"(","digest":")" +
                layers[i].second + R"(","size":1})";
    }
    return json + "]}";
}

inline StoreFixture writeStoreFixture(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    StoreFixture f;
    f.home = root / "home";
    f.hf_cache = f.home / ".cache" / "huggingface" / "hub";
    f.ollama_models = f.home / ".ollama" / "models";
    f.lmstudio = f.home / ".lmstudio" / "models";
    f.llamacpp = f.home / ".cache" / "llama.cpp";
    f.user_folder = root / "my-models";

    // Hugging Face: a safetensors model, a GGUF repository with two quantizations, a snapshot whose
    // weights blob was deleted.
    f.hf_revision = std::string(40, 'a');
    const fs::path st_repo = f.hf_cache / "models--TinyOrg--tiny-llama";
    writeText(st_repo / "refs" / "main", f.hf_revision);
    writeText(st_repo / "blobs" / "1111", tinyLlamaConfig());
    writeText(st_repo / "blobs" / "2222", safetensorsFile(tinyLlamaTensors()));
    hfLink(st_repo, f.hf_revision, "config.json", "1111");
    hfLink(st_repo, f.hf_revision, "model.safetensors", "2222");
    f.hf_safetensors_bytes = static_cast<std::int64_t>(fs::file_size(st_repo / "blobs" / "1111") +
                                                       fs::file_size(st_repo / "blobs" / "2222"));
    // An older snapshot that refs/main no longer names.
    writeText(st_repo / "snapshots" / std::string(40, '0') / "README.md", "old");

    const std::string gguf_rev = std::string(40, 'b');
    const fs::path gguf_repo = f.hf_cache / "models--TinyOrg--tiny-GGUF";
    writeText(gguf_repo / "refs" / "main", gguf_rev + "\n");
    fs::create_directories(gguf_repo / "blobs");
    writeTinyLlamaGguf(gguf_repo / "blobs" / "3333", false);
    writeTinyLlamaGguf(gguf_repo / "blobs" / "4444", true);
    hfLink(gguf_repo, gguf_rev, "tiny-Q4_K_M.gguf", "3333");
    hfLink(gguf_repo, gguf_rev, "tiny-Q8_0.gguf", "4444");

    const std::string broken_rev = std::string(40, 'd');
    const fs::path broken_repo = f.hf_cache / "models--Broken--dangling";
    writeText(broken_repo / "refs" / "main", broken_rev);
    writeText(broken_repo / "blobs" / "5555", tinyLlamaConfig());
    hfLink(broken_repo, broken_rev, "config.json", "5555");
    hfLink(broken_repo, broken_rev, "model.safetensors", "deleted-blob");
    // A dataset shares the cache and is not a model.
    writeText(f.hf_cache / "datasets--someone--data" / "refs" / "main", f.hf_revision);

    // Ollama: qwen3:30b-a3b with a params layer (num_ctx) and a template layer; qwen3:latest naming the
    // same blob without params; a manifest that is not JSON; a manifest whose model blob is gone.
    const std::string model_hex(64, 'e'), params_hex(64, 'f'), template_hex(64, '1'), gone_hex(64, '2');
    f.ollama_gguf_blob = f.ollama_models / "blobs" / ("sha256-" + model_hex);
    fs::create_directories(f.ollama_gguf_blob.parent_path());
    writeTinyLlamaGguf(f.ollama_gguf_blob, false);
    f.ollama_gguf_bytes = static_cast<std::int64_t>(fs::file_size(f.ollama_gguf_blob));
    writeText(f.ollama_models / "blobs" / ("sha256-" + params_hex),
              R"({"num_ctx":)" + std::to_string(f.ollama_num_ctx) + R"(,"stop":["<|im_end|>"],"temperature":0.6})");
    writeText(f.ollama_models / "blobs" / ("sha256-" + template_hex), "{{ .Prompt }}");
    const fs::path library = f.ollama_models / "manifests" / "registry.ollama.ai" / "library";
    writeText(library / "qwen3" / "30b-a3b",
              ollamaManifest({{"application/vnd.ollama.image.model", "sha256:" + model_hex},
                              {"application/vnd.ollama.image.template", "sha256:" + template_hex},
                              {"application/vnd.ollama.image.params", "sha256:" + params_hex}}));
    writeText(library / "qwen3" / "latest",
              ollamaManifest({{"application/vnd.ollama.image.model", "sha256:" + model_hex}}));
    writeText(library / "broken" / "latest", "{\"schemaVersion\": 2, \"layers\": [");
    writeText(library / "gone" / "7b", ollamaManifest({{"application/vnd.ollama.image.model", "sha256:" + gone_hex}}));

    // LM Studio: <publisher>/<repo>/<file>.gguf, with a vision projector beside it (not a model).
    fs::create_directories(f.lmstudio / "lmstudio-community" / "Tiny-GGUF");
    writeTinyLlamaGguf(f.lmstudio / "lmstudio-community" / "Tiny-GGUF" / "Tiny-Q8_0.gguf", true);
    writeText(f.lmstudio / "lmstudio-community" / "Tiny-GGUF" / "mmproj-Tiny-F16.gguf", "GGUF");

    // llama.cpp's flat cache (before the Hugging Face layout), with the .etag file it keeps beside.
    fs::create_directories(f.llamacpp);
    writeTinyLlamaGguf(f.llamacpp / "TinyOrg_tiny-GGUF_tiny-Q4_K_M.gguf", false);
    writeText(f.llamacpp / "TinyOrg_tiny-GGUF_tiny-Q4_K_M.gguf.etag", "\"etag\"");

    // A user's folder: a GGUF at the top, one in a subfolder, and a file that only claims to be GGUF.
    fs::create_directories(f.user_folder / "sub");
    writeTinyLlamaGguf(f.user_folder / "top-Q8_0.gguf", true, 1);
    writeTinyLlamaGguf(f.user_folder / "sub" / "nested.gguf", false, 1);
    writeText(f.user_folder / "sub" / "truncated.gguf", "GGUF\x03");
    return f;
}

} // namespace fitscope::testing
