// bench_formats: how long opening a 40 GB model takes when only its header is read. Writes a sparse
// 40 GB GGUF (Llama-3-70B shapes, Q4_K, a 128k-token vocabulary and 280k merges: a real header of
// several MB) and a sparse 46 GB safetensors file (ftruncate: no disk space used), then times
// formats::inspectModelPath on each. Usage: bench_formats [DIR] [REPEATS]   (default DIR: the temp dir)
#include "core/formats/model_file.h"
#include "tests/core/formats/test_file_writers.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

using namespace fitscope;
using fitscope::testing::GgufWriter;

namespace {

void writeSparse(const std::filesystem::path& path, const std::string& head, std::uint64_t total_bytes) {
    fitscope::testing::writeFile(path, head);
    if (::truncate(path.c_str(), static_cast<off_t>(total_bytes)) != 0) {
        std::perror("truncate");
        std::exit(1);
    }
}

std::filesystem::path makeGguf(const std::filesystem::path& dir) {
    // Llama-3-70B: hidden 8192, 80 layers, 64 heads, 8 KV heads, FFN 28672, vocabulary 128256.
    const std::int64_t h = 8192, layers = 80, kv = 1024, ff = 28672, vocab = 128256;
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.str("general.name", "Bench 70B");
    w.u32("general.file_type", 15);
    w.u32("llama.context_length", 131072);
    w.u32("llama.embedding_length", h);
    w.u32("llama.block_count", layers);
    w.u32("llama.feed_forward_length", ff);
    w.u32("llama.attention.head_count", 64);
    w.u32("llama.attention.head_count_kv", 8);
    w.f32("llama.rope.freq_base", 500000.0f);
    std::vector<std::string> tokens;
    tokens.reserve(vocab);
    for (std::int64_t i = 0; i < vocab; ++i) {
        tokens.push_back("token_" + std::to_string(i));
    }
    w.strArray("tokenizer.ggml.tokens", tokens);
    std::vector<std::string> merges(280000, "\xc4\xa0 t");
    w.strArray("tokenizer.ggml.merges", merges);
    w.tensor("token_embd.weight", {h, vocab}, 12);
    for (std::int64_t i = 0; i < layers; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        const std::uint32_t more = (i < layers / 8 || i >= 7 * layers / 8 || (i - layers / 8) % 3 == 2) ? 14 : 12;
        w.tensor(p + "attn_norm.weight", {h}, 0);
        w.tensor(p + "attn_q.weight", {h, h}, 12);
        w.tensor(p + "attn_k.weight", {h, kv}, 12);
        w.tensor(p + "attn_v.weight", {h, kv}, more);
        w.tensor(p + "attn_output.weight", {h, h}, 12);
        w.tensor(p + "ffn_norm.weight", {h}, 0);
        w.tensor(p + "ffn_gate.weight", {h, ff}, 12);
        w.tensor(p + "ffn_up.weight", {h, ff}, 12);
        w.tensor(p + "ffn_down.weight", {ff, h}, more);
    }
    w.tensor("output_norm.weight", {h}, 0);
    w.tensor("output.weight", {h, vocab}, 14);
    std::uint64_t data_bytes = 0;
    const std::string head = w.header(&data_bytes);
    const auto path = dir / "bench-70b-q4_k_m.gguf";
    writeSparse(path, head, head.size() + data_bytes);
    return path;
}

std::filesystem::path makeSafetensors(const std::filesystem::path& dir) {
    const std::int64_t h = 6144, layers = 48, ff = 16384, vocab = 128256;
    std::vector<fitscope::testing::SafetensorsEntry> entries;
    entries.push_back({"model.embed_tokens.weight", "BF16", {vocab, h}, {}});
    for (std::int64_t i = 0; i < layers; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        entries.push_back({p + "input_layernorm.weight", "BF16", {h}, {}});
        for (const char* proj : {"q_proj", "k_proj", "v_proj", "o_proj"}) {
            entries.push_back({p + "self_attn." + proj + ".weight", "BF16", {h, h}, {}});
        }
        entries.push_back({p + "post_attention_layernorm.weight", "BF16", {h}, {}});
        entries.push_back({p + "mlp.gate_proj.weight", "BF16", {ff, h}, {}});
        entries.push_back({p + "mlp.up_proj.weight", "BF16", {ff, h}, {}});
        entries.push_back({p + "mlp.down_proj.weight", "BF16", {h, ff}, {}});
    }
    entries.push_back({"model.norm.weight", "BF16", {h}, {}});
    entries.push_back({"lm_head.weight", "BF16", {vocab, h}, {}});
    const std::string json = fitscope::testing::safetensorsHeader(entries, {{"format", "pt"}});
    std::uint64_t data_bytes = 0;
    for (const auto& e : entries) {
        data_bytes += static_cast<std::uint64_t>(fitscope::testing::safetensorsBytes(e));
    }
    fitscope::testing::Bytes head;
    head.u64(json.size());
    head.raw(json);
    const auto path = dir / "bench-23b-bf16.safetensors";
    writeSparse(path, head.data(), head.size() + data_bytes);
    return path;
}

void timeOpen(const char* label, const std::filesystem::path& path, int repeats) {
    std::vector<double> ms;
    formats::ModelFileInfo info;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        info = formats::inspectModelPath(path);
        const auto stop = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    const double first = ms.front(); // the cold-ish open (pages dropped from the cache where allowed)
    std::sort(ms.begin(), ms.end());
    std::printf("%-12s %6.2f GB file, %zu tensors, %.2f GB weights, %.3f B params: "
                "first %.1f ms, min %.1f ms, median %.1f ms, max %.1f ms (%d runs)\n",
                label, static_cast<double>(std::filesystem::file_size(path)) / 1e9, info.tensors.size(),
                static_cast<double>(info.weight_bytes) / 1e9, static_cast<double>(info.tensor_parameters) / 1e9, first,
                ms.front(), ms[ms.size() / 2], ms.back(), repeats);
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path dir =
        argc > 1 ? std::filesystem::path(argv[1]) : std::filesystem::temp_directory_path();
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    const auto gguf = makeGguf(dir);
    const auto safetensors = makeSafetensors(dir);
    // Drop the written pages from the cache where allowed, so the first open is closer to a cold one.
    for (const auto& path : {gguf, safetensors}) {
        const int fd = ::open(path.c_str(), O_RDONLY);
        if (fd >= 0) {
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
    timeOpen("GGUF", gguf, repeats);
    timeOpen("safetensors", safetensors, repeats);
    std::filesystem::remove(gguf);
    std::filesystem::remove(safetensors);
    return 0;
}
