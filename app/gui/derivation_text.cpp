#include "derivation_text.h"

#include <QCoreApplication>

#include <string>

namespace fitscope::gui {

namespace {

// Every template in core/sizing/*.cpp, word for word (regenerate with a search for step( and
// appendStep( when core adds one; test_gui_desktop fails and lists any that are missing).
constexpr const char* kTemplates[] = {
    // clang-format off
    // BEGIN TABLE
    QT_TRANSLATE_NOOP("Derivation", "Shape assumed for a bare parameter count: a Llama-2-style decoder with {0} layers, hidden size {1}, {2} attention heads and {3} KV heads."),
    QT_TRANSLATE_NOOP("Derivation", "Mixture of experts: {0} parameters in total, {1} active per token; all experts stay in memory."),
    QT_TRANSLATE_NOOP("Derivation", "Weights (article's rule): {0} parameters × {1} bytes = {2}"),
    QT_TRANSLATE_NOOP("Derivation", "Weights as stored in the model file ({name}): every tensor's exact bytes, {0} bits per weight on average = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})"),
    QT_TRANSLATE_NOOP("Derivation", "Weights as stored ({name}): {0} bits per weight on average, scales, zero-points and 16-bit embeddings, norms and output head included = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})"),
    QT_TRANSLATE_NOOP("Derivation", "KV cache (multi-head latent attention): {0} layers × ({1} latent + {2} rotary) values × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}"),
    QT_TRANSLATE_NOOP("Derivation", "KV cache: transformers caches MLA keys and values decompressed, {0} heads × ({1} + {2}) per layer and token = {3}"),
    QT_TRANSLATE_NOOP("Derivation", "KV cache: 2 (K and V) × {0} layers × {1} KV heads × {2} head dim × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}"),
    QT_TRANSLATE_NOOP("Derivation", "{0} of {1} layers use a sliding window of {2} tokens, so they cache at most {2} tokens."),
    QT_TRANSLATE_NOOP("Derivation", "The article's formula (hidden size {0} instead of {1} KV heads × {2}) would give {3}: grouped-query attention shares each KV head among {4} query heads."),
    QT_TRANSLATE_NOOP("Derivation", "Overhead (flat, the article's rule): {0} × {1} = {2}"),
    QT_TRANSLATE_NOOP("Derivation", "Prefill activation peak: {0} tokens × ({1} × {2} intermediate + {3} hidden) × {4} bytes, plus the last token's logits = {5}"),
    QT_TRANSLATE_NOOP("Derivation", "{name} has no fused kernel here: each matrix is dequantized to 16 bit before its matmul, one copy of the largest matrix = {0}"),
    QT_TRANSLATE_NOOP("Derivation", "CUDA context, cuBLAS and kernels (measured on H200): {0}; caching-allocator reserve as the KV cache grows (1/3 of it, measured): {1}"),
    QT_TRANSLATE_NOOP("Derivation", "Tensor parallel over {0} GPUs: each holds 1/{0} of the weights, {1} of {2} KV heads ({3}), its own activations and overhead, and {4} of NCCL buffers"),
    QT_TRANSLATE_NOOP("Derivation", "More GPUs ({0}) than KV heads ({1}): each GPU keeps a whole KV head, so the cache is replicated {2}× across the GPUs."),
    QT_TRANSLATE_NOOP("Derivation", "Pipeline parallel over {0} GPUs: each runs about {1} consecutive layers with their KV cache; the first also holds the embeddings, the last the output head; {2} of NCCL buffers each"),
    QT_TRANSLATE_NOOP("Derivation", "GPU {0}: layers {1}–{2}{name}: {3} weights + {4} KV + {5} activations + {6} overhead = {7}"),
    QT_TRANSLATE_NOOP("Derivation", "Total: {0} weights + {1} gradients, optimizer states and master weights + {2} activations + {3} overhead = {4}"),
    QT_TRANSLATE_NOOP("Derivation", "Total on the GPUs and in system RAM: {0} weights + {1} KV cache + {2} compute buffers + {3} overhead = {4}"),
    QT_TRANSLATE_NOOP("Derivation", "Total: {0} weights + {1} KV cache + {2} activations + {3} overhead = {4}"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} of the {1} usable already in use by other processes (per GPU), so {2} is left"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load, {3} left to other processes"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load; with {3} held by other processes, {4} is left"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): does not fit, {4} short"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): tight, {4} free (under 10 %)"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): fits, {4} free"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} per GPU against {1} usable ({2} nominal): does not fit, {3} short"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} per GPU against {1} usable ({2} nominal): tight, {3} free (under 10 %)"),
    QT_TRANSLATE_NOOP("Derivation", "{name}: {0} per GPU against {1} usable ({2} nominal): fits, {3} free"),
    QT_TRANSLATE_NOOP("Derivation", "vLLM's verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, fewer than the {2} asked: the rest wait in the queue"),
    QT_TRANSLATE_NOOP("Derivation", "vLLM's verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, {2} asked"),
    QT_TRANSLATE_NOOP("Derivation", "System RAM: {0} used of {1}: {name}"),
    QT_TRANSLATE_NOOP("Derivation", "Full fine-tuning, mixed-precision AdamW (ZeRO §3.1: 16 bytes per parameter): {0} parameters × (2 weights + 2 gradients + 4 FP32 master + 8 Adam moments) = {1} weights + {2} gradients + {3} master + {4} optimizer"),
    QT_TRANSLATE_NOOP("Derivation", "{name} weights cannot be trained directly: full fine-tuning is sized in BF16 (use QLoRA to train over a 4-bit base)."),
    QT_TRANSLATE_NOOP("Derivation", "LoRA rank {0} on {name}: {1} trainable parameters; the frozen base ({2}) has no gradients; adapters in FP32 with gradients and AdamW moments, 16 bytes each = {3}"),
    QT_TRANSLATE_NOOP("Derivation", "QLoRA: the base in NF4 with double quantization = {0}; LoRA rank {1} on {name}: {2} BF16 adapter parameters with gradients and 32-bit paged AdamW moments, 12 bytes each = {3}"),
    QT_TRANSLATE_NOOP("Derivation", "Paged optimizer: under memory pressure its {0} of states move to CPU RAM (NVIDIA unified memory), so a spike does not end in out-of-memory; bitsandbytes dequantizes one matrix at a time to BF16 ({1})."),
    QT_TRANSLATE_NOOP("Derivation", "Activations with gradient checkpointing: each layer's input ({0} tokens × hidden × 2 bytes) plus one layer recomputed at a time and the logits (10 bytes per vocabulary entry and token) = {1} per GPU"),
    QT_TRANSLATE_NOOP("Derivation", "Activations kept for the backward pass: {0} tokens × per layer (9 × hidden + Q, K, V + 4 × intermediate) × 2 bytes, plus the logits (10 bytes per vocabulary entry and token) = {1} per GPU; --gradient-checkpointing trades them for recomputation"),
    QT_TRANSLATE_NOOP("Derivation", "Over {0} GPUs the weights, gradients and optimizer states are sharded (ZeRO-3 / FSDP); each GPU keeps the activations of its own micro-batch of {1}."),
    QT_TRANSLATE_NOOP("Derivation", "llama.cpp loads GGUF files; {name} weights are sized as a GGUF of that type."),
    QT_TRANSLATE_NOOP("Derivation", "llama.cpp loads GGUF files: {name} is not a GGUF type, so this sizes a file that does not exist; pick a Q-type to compare."),
    QT_TRANSLATE_NOOP("Derivation", "No GPU named: llama.cpp runs every layer on the CPU (name a GPU to offload)."),
    QT_TRANSLATE_NOOP("Derivation", "n_gpu_layers {0} of {1} (llama.cpp counts the output layer and offloads it first; token embeddings always stay on the CPU): {2} decoder layers on the GPU{name}"),
    QT_TRANSLATE_NOOP("Derivation", "llama.cpp splits by layers by default; its row split (--split-mode row) is not modelled, so the GPUs are sized as a layer split."),
    QT_TRANSLATE_NOOP("Derivation", "KV cache: n_ctx = {0} tokens × {1} sequences = {2} cells (padded to {3}), K as {name}, {4} bytes per token and layer"),
    QT_TRANSLATE_NOOP("Derivation", "A quantized V cache needs flash attention (-fa); without it llama.cpp keeps V in F16."),
    QT_TRANSLATE_NOOP("Derivation", "Flash attention auto (llama.cpp's default -fa): on, as llama.cpp resolves it on every backend that runs the attention op on the layer's own device (CUDA, ROCm, Metal, Vulkan, CPU)"),
    QT_TRANSLATE_NOOP("Derivation", "V as {name} (-ctv): K and V rows each take their own type's bytes"),
    QT_TRANSLATE_NOOP("Derivation", "--cpu-moe / --n-cpu-moe: this model has no routed experts, nothing moves."),
    QT_TRANSLATE_NOOP("Derivation", "Tensor placement (-ot rules, then --cpu-moe, then --n-cpu-moe {0}; the first matching rule decides): {1} tensors placed; {2} of the GPU layers' weights stay in system RAM, {3} of them routed experts; {4} layers keep their experts there"),
    QT_TRANSLATE_NOOP("Derivation", "Weights kept on the CPU by a rule go to the CPU model buffer (CPU_Mapped with mmap, llama.cpp's default; with --no-mmap the pinned CUDA_Host buffer, llama-model.cpp make_cpu_buft_list): system RAM either way"),
    QT_TRANSLATE_NOOP("Derivation", "-ot rules move {0} of weights onto a GPU from another device"),
    QT_TRANSLATE_NOOP("Derivation", "Batches of {0} tokens and more multiply the experts in RAM on the GPU: the largest layer's ({1}) is copied into GPU 0's compute buffer (n_ubatch {2})"),
    QT_TRANSLATE_NOOP("Derivation", "-ot buffer {name}: the scenario has no such GPU, so llama.cpp would stop at start-up; its rule is left out"),
    QT_TRANSLATE_NOOP("Derivation", "Routed experts kept in system RAM for GPU layers ({0}): a token reads the {1} of {2} experts it is routed to from RAM; batches of {3} tokens and more (prefill, large decode batches) copy them to the GPU over PCIe at {4} GB/s instead (ggml-cuda offload_op)."),
    QT_TRANSLATE_NOOP("Derivation", "Unified KV cache (-kvu): one stream of {0} cells shared by the {1} slots; sliding-window layers keep {1} windows + n_ubatch in it"),
    QT_TRANSLATE_NOOP("Derivation", "{0} slots (-np) without -kvu: one stream of n_ctx / {0} = {1} cells per slot (padded); sliding-window layers keep one window + n_ubatch per slot"),
    QT_TRANSLATE_NOOP("Derivation", "Compute buffer (n_ubatch {0}, flash attention): inputs {1} + the largest of attention {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)"),
    QT_TRANSLATE_NOOP("Derivation", "Compute buffer (n_ubatch {0}): inputs {1} + the largest of attention with KQ F32[n_kv, n_ubatch, heads] {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)"),
    QT_TRANSLATE_NOOP("Derivation", "Platform footprint (gguf-parser's default): {0} per GPU, {1} of system RAM"),
    QT_TRANSLATE_NOOP("Derivation", "System RAM: {0} weights (token embeddings{name}) + {1} KV cache + {2} compute buffer and logits + footprint = {3}"),
    QT_TRANSLATE_NOOP("Derivation", "Speed: name a GPU with its bandwidth and throughput (or run llama.cpp on the CPU) to see tokens per second."),
    QT_TRANSLATE_NOOP("Derivation", "Decode (the article's view, an upper bound): {0} read per token over {1} GB/s = {2} tokens/s"),
    QT_TRANSLATE_NOOP("Derivation", "Decode on the CPU: {0} read per token (weights and KV at the full context) over {1} GB/s × {2}–{3} efficiency = {4} tokens/s ({5}–{6})"),
    QT_TRANSLATE_NOOP("Derivation", "CPU bandwidth assumed: {0} GB/s (dual-channel DDR4-3200); measure it with the lab's bench and pass it as --cpu-bandwidth."),
    QT_TRANSLATE_NOOP("Derivation", "Decode: {0} read per token (active weights + KV at the full context) over {1} GB/s × {2} efficiency, plus {3} µs per layer of kernel launches ({4} layers) = {5} tokens/s (range {6}–{7})"),
    QT_TRANSLATE_NOOP("Derivation", "{0} of the bytes per token are read by the CPU at {1} GB/s: the CPU layers set the pace."),
    QT_TRANSLATE_NOOP("Derivation", "Eager decoding (no CUDA graph): the host launches each layer's kernels in {0} ms plus {1} ms per sequence (measured for transformers on H200); the slower of host and GPU sets the pace."),
    QT_TRANSLATE_NOOP("Derivation", "Tensor parallel over {0} GPUs: each reads 1/{0} of the bytes; two all-reduces per layer add {1} µs each."),
    QT_TRANSLATE_NOOP("Derivation", "Pipeline parallel over {0} GPUs: one token passes the stages one after another, so one sequence decodes no faster than on one GPU; the stages overlap only across sequences."),
    QT_TRANSLATE_NOOP("Derivation", "Batch {0}: {1} tokens/s for all sequences together ({2}–{3}); the weights are read once per step for the whole batch, the KV cache once per sequence."),
    QT_TRANSLATE_NOOP("Derivation", "Roofline: from batch {0} a decode step is compute-bound ({1} FLOPs per token at {2} TFLOPS); this batch is past it."),
    QT_TRANSLATE_NOOP("Derivation", "Roofline: a decode step stays memory-bound up to batch {0} ({1} FLOPs per token at {2} TFLOPS); beyond it, compute sets the pace."),
    QT_TRANSLATE_NOOP("Derivation", "Prefill of {0} tokens: {1} FLOPs per token (2 × active parameters + causal attention) over {2} TFLOPS × {3} utilization = {4} tokens/s ({5}–{6}); time to first token {7}"),
    QT_TRANSLATE_NOOP("Derivation", "Prefill on the CPU is not estimated: it needs the CPU's FLOPS, not measured yet."),
    QT_TRANSLATE_NOOP("Derivation", "{name}: no native arithmetic for this format on this GPU, so the weights are dequantized to 16 bit on the fly: decoding still gains from reading fewer bytes, prefill runs at the FP16 rate and gains nothing (the article's Mistake 2)."),
    QT_TRANSLATE_NOOP("Derivation", "vLLM takes gpu_memory_utilization {0} × {1} usable = {2} per GPU at start-up (0.90: the default of most releases; the newest vllm/config/cache.py uses 0.92)"),
    QT_TRANSLATE_NOOP("Derivation", "Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked prefill) through the fused QKV / gate-up / SiLU tensors, plus the sampler's FP32 logits for {1} sequences = {2}"),
    QT_TRANSLATE_NOOP("Derivation", "Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the decode batch sizes: {1} (0 with --enforce-eager)"),
    QT_TRANSLATE_NOOP("Derivation", "Free at start-up: {0} usable − {1} in use by other processes = {2}, less than the {3} vLLM asks for (a fraction of the total, not of what is free): it refuses to start"),
    QT_TRANSLATE_NOOP("Derivation", "Free at start-up: {0} usable − {1} in use by other processes = {2}, at least the {3} vLLM asks for (a fraction of the total, not of what is free)"),
    QT_TRANSLATE_NOOP("Derivation", "KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead − {7} in use by other processes (counted as non-torch memory before v0.9) = {4}, in {5} blocks of {6} tokens"),
    QT_TRANSLATE_NOOP("Derivation", "KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} tokens: GPU KV cache size {7} tokens"),
    QT_TRANSLATE_NOOP("Derivation", "One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked"),
    QT_TRANSLATE_NOOP("Derivation", "Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU"),
    QT_TRANSLATE_NOOP("Derivation", "Recurrent layers: vLLM grows the attention block to {0} tokens so one attention page holds a layer's state (page {1}); the pool's pages are shared by the layer groups"),
    QT_TRANSLATE_NOOP("Derivation", "Sliding-window layers keep min(window − 1 + max_num_batched_tokens, length) tokens plus one block (vLLM SlidingWindowSpec)."),
    QT_TRANSLATE_NOOP("Derivation", "vLLM would not start: {name}"),
    QT_TRANSLATE_NOOP("Derivation", "The longest max_model_len the pool can hold: {0} tokens"),
    QT_TRANSLATE_NOOP("Derivation", "{0} full-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}"),
    QT_TRANSLATE_NOOP("Derivation", "{0} sliding-window layers (window {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}"),
    QT_TRANSLATE_NOOP("Derivation", "{0} chunked-attention layers (chunks of {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}"),
    QT_TRANSLATE_NOOP("Derivation", "{0} latent-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}"),
    QT_TRANSLATE_NOOP("Derivation", "{0} Mamba-2 layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context"),
    QT_TRANSLATE_NOOP("Derivation", "{0} linear-attention layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context"),
    QT_TRANSLATE_NOOP("Derivation", "{0} layers keep no KV cache of their own (MLP-only blocks or layers reading another layer's cache)."),
    QT_TRANSLATE_NOOP("Derivation", "The {name}: {0} parameters from the mmproj file, loaded by llama.cpp on the first GPU (--no-mmproj-offload keeps it in system RAM)"),
    QT_TRANSLATE_NOOP("Derivation", "The {name}: {0} parameters; llama.cpp reads it from a separate mmproj file, so it is not in these weights"),
    QT_TRANSLATE_NOOP("Derivation", "The {name}: {0} parameters, loaded with the language model (vLLM and transformers)"),
    QT_TRANSLATE_NOOP("Derivation", "{0} image(s) per request × {1} tokens each ({name}) = {2} image tokens in every sequence, beside its {3} tokens of text: each sequence holds {4} tokens."),
    QT_TRANSLATE_NOOP("Derivation", "{0} of the embeddings are per-layer embeddings ({1} tokens × {2} layers × {3} values): one row is looked up per token, so decoding never reads them whole; llama.cpp keeps them in system RAM with the token embeddings."),
    QT_TRANSLATE_NOOP("Derivation", "{0} multi-token-prediction block(s), {1} parameters, are stored in the checkpoint but not held in memory: vLLM loads them only for speculative decoding, transformers and llama.cpp skip them."),
    QT_TRANSLATE_NOOP("Derivation", "The checkpoint also stores {0} elements beyond the weights held in memory: {name}."),
    QT_TRANSLATE_NOOP("Derivation", "Chunked-attention layers keep min(chunk + max_num_batched_tokens, length) tokens (vLLM ChunkedLocalAttentionSpec)."),
    // END TABLE
    // clang-format on
};

} // namespace

QString DerivationText::step(const sizing::DerivationStep& step, sizing::MemoryUnit unit) {
    // The template is looked up by its English text; translate() returns it unchanged when no
    // translation is installed (English) or the template is new.
    const std::string source(step.text);
    const QString translated = QCoreApplication::translate("Derivation", source.c_str());
    const QByteArray utf8 = translated.toUtf8();
    return QString::fromStdString(
        sizing::fillTemplate(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), step, unit));
}

std::span<const char* const> DerivationText::templates() {
    return kTemplates;
}

} // namespace fitscope::gui
