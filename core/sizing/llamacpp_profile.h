#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"
#include "core/sizing/speed.h"

#include <cstdint>

namespace fitscope::sizing {

namespace llamacpp_constants {
// Memory the process holds outside llama.cpp's own buffers: gguf-parser's --platform-footprint
// default "150,250" (MiB of RAM and VRAM: CUDA context, cuBLAS, loader).
inline constexpr std::int64_t kCpuFootprintBytes = 150LL << 20;
inline constexpr std::int64_t kGpuFootprintBytes = 250LL << 20;
// n_ctx (and without -kvu each slot's n_ctx_seq) is padded to 256 cells with flash attention and to 32
// without: llama-kv-cache.cpp get_padding() until ggml-org/llama.cpp PR #17046, whose logs (build 5261:
// "n_ctx_slot = 30016" without -fa) the profile reproduces to the byte. Master since that PR
// (llama-context.cpp, the builds that print n_ctx_seq) pads to 256 either way; with -fa on, or auto
// where it turns on, both agree.
inline constexpr std::int64_t kCtxPaddingFlash = 256;
inline constexpr std::int64_t kCtxPaddingNoFlash = 32;
// The sliding-window cache of each stream is padded to 256 cells (llama-kv-cache-iswa.cpp @02c28f5,
// "the SWA cache is always padded to 256 for performance", issue #17037).
inline constexpr std::int64_t kSwaCellPadding = 256;
// llama-server's slots without -np: common/arg.cpp sets n_parallel = -1 ("auto by default") for
// LLAMA_EXAMPLE_SERVER only, and tools/server/server.cpp (ggml-org/llama.cpp @00dd081) turns it into
// "n_parallel = 4 and kv_unified = true", overriding -no-kvu; an explicit -np keeps kv_unified false
// unless -kvu. Other tools (llama-cli, llama-completion) keep common.h's n_parallel = 1.
inline constexpr std::int64_t kServerAutoSlots = 4;
// -fa auto is the default from ggml-org/llama.cpp PR #15434 (merged 2025-08-30); b6327 is the first build
// known to carry it (bindings synced to b6327 on 2025-08-31 to take flash_attn_type auto|on|off). Builds
// before it ran without flash attention unless -fa was given.
inline constexpr std::int64_t kFirstAutoFlashAttentionBuild = 6327;
} // namespace llamacpp_constants

// llama.cpp's -fa default for a build number (the "version: N (hash)" a log prints): auto from
// kFirstAutoFlashAttentionBuild, off before it.
FlashAttention llamaCppDefaultFlashAttention(std::int64_t build);

// Whether llama.cpp runs flash attention for the scenario's -fa setting. Auto: llama-context.cpp
// (ggml-org/llama.cpp @001d906, resolve_fused_ops) reserves a graph and keeps flash attention unless a
// layer's FLASH_ATTN_EXT op is scheduled on another device than the layer ("not supported, set to
// disabled"). Every backend FitScope sizes implements the op (CUDA, ROCm, Metal, Vulkan, and the CPU
// backend, whose supports_op accepts it), so auto resolves to on, on a GPU and CPU-only alike; a device
// lacking a kernel for the model's head size is not modelled (use -fa off for one).
bool llamaCppFlashAttention(const Scenario& scenario);

// The compute buffer llama.cpp reserves for the worst-case graph of one ubatch (llama-context.cpp
// reserves it with n_tokens = n_ubatch and every output), modelled after gguf-parser-go's
// file_estimate__llamacpp.go: persistent inputs (F32 token embeddings [n_embd, n_ubatch] and the KQ
// mask [n_kv, n_ubatch], F16 with flash attention) plus the largest of the phases the allocator
// reuses memory between:
//   attention without flash attention: KQ F32 [n_kv, n_ubatch, n_head] (softmax in place) + Q, K, V;
//   attention with flash attention: the F32 output [n_embd_head × n_head, n_ubatch] + Q, K, V;
//   feed-forward: gate, up and their product F32 [n_ff, n_ubatch] + the residual;
//   output (on the device with the output layer): logits F32 [n_vocab, n_ubatch] + the residual.
// Llama-2-7B, n_ctx 4096, no flash attention: 16 + 256 + 24 = 296 MiB, the "CUDA0 compute buffer
// size = 296.00 MiB" llama.cpp prints for it.
struct LlamaCppCompute {
    std::int64_t inputs_bytes = 0;
    std::int64_t attention_bytes = 0;
    std::int64_t ffn_bytes = 0;
    std::int64_t output_bytes = 0;

    std::int64_t total(bool with_layers, bool with_output) const;
};
LlamaCppCompute llamaCppCompute(const Scenario& scenario, std::int64_t n_kv);

// A recurrent layer's state per sequence: llama-memory-recurrent keeps r (the conv state,
// (d_conv − 1) × channels) and s (the SSM state) in F32 per sequence (type_r, type_s).
std::int64_t llamaCppStateBytes(const LayerCache& cache);

// The KV cache's streams for `sequences` slots (-np) of `tokens` each: one stream of n_ctx = tokens ×
// sequences cells with -kvu (or one slot), else one stream of n_ctx_seq cells per slot.
struct LlamaCppStreams {
    std::int64_t cells_per_stream = 0; // kv_size: what the compute graph's n_kv spans
    std::int64_t streams = 1;          // n_stream
};
LlamaCppStreams llamaCppStreams(const Scenario& scenario, std::int64_t tokens, std::int64_t sequences);

// Cells the KV cache holds for `tokens` per sequence and `sequences` sequences, padded: every stream's.
std::int64_t llamaCppCells(const Scenario& scenario, std::int64_t tokens, std::int64_t sequences);

// The cache of the layers in `layout` for `sequences` sequences of `tokens`: full-attention and MLA
// layers every stream's cells; sliding-window and chunked layers (llama-kv-cache-iswa.cpp) per stream
// min(kv_size, n_swa × n_seq + n_ubatch) cells with -kvu and min(kv_size, n_swa + n_ubatch) without,
// padded to 256, or kv_size with --swa-full; recurrent layers one state per sequence
// (llama-memory-recurrent.cpp). K rows in k_format, V rows in v_format.
std::int64_t llamaCppKvBytes(const Scenario& scenario, const KvLayout& layout, std::int64_t tokens,
                             std::int64_t sequences, KvFormat k_format, KvFormat v_format);

// Fills e.gpu_loads (one per GPU, none without a GPU), e.llamacpp, e.cpu_bytes and the speed layout.
void estimateLlamaCpp(const Scenario& scenario, const WeightBreakdown& weights, std::int64_t context,
                      std::int64_t batch, std::int64_t gpus, Estimate& e, SpeedLayout& layout);

void addLlamaCppSteps(const Scenario& scenario, Estimate& e);

} // namespace fitscope::sizing
