<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ComponentColors</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format, scales included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and values cached for every token of every sequence, so they are not recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary tensors alive at the peak of a forward pass (prefill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime costs: CUDA context, libraries, allocator reserve, buffers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Shape assumed for a bare parameter count: a Llama-2-style decoder with {0} layers, hidden size {1}, {2} attention heads and {3} KV heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of experts: {0} parameters in total, {1} active per token; all experts stay in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (article&apos;s rule): {0} parameters × {1} bytes = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as stored in the model file ({name}): every tensor&apos;s exact bytes, {0} bits per weight on average = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as stored ({name}): {0} bits per weight on average, scales, zero-points and 16-bit embeddings, norms and output head included = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache (multi-head latent attention): {0} layers × ({1} latent + {2} rotary) values × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache: transformers caches MLA keys and values decompressed, {0} heads × ({1} + {2}) per layer and token = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache: 2 (K and V) × {0} layers × {1} KV heads × {2} head dim × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} layers use a sliding window of {2} tokens, so they cache at most {2} tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s formula (hidden size {0} instead of {1} KV heads × {2}) would give {3}: grouped-query attention shares each KV head among {4} query heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead (flat, the article&apos;s rule): {0} × {1} = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill activation peak: {0} tokens × ({1} × {2} intermediate + {3} hidden) × {4} bytes, plus the last token&apos;s logits = {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no fused kernel here: each matrix is dequantized to 16 bit before its matmul, one copy of the largest matrix = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernels (measured on H200): {0}; caching-allocator reserve as the KV cache grows (1/3 of it, measured): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each holds 1/{0} of the weights, {1} of {2} KV heads ({3}), its own activations and overhead, and {4} of NCCL buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More GPUs ({0}) than KV heads ({1}): each GPU keeps a whole KV head, so the cache is replicated {2}× across the GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: each runs about {1} consecutive layers with their KV cache; the first also holds the embeddings, the last the output head; {2} of NCCL buffers each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU {0}: layers {1}–{2}{name}: {3} weights + {4} KV + {5} activations + {6} overhead = {7}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} gradients, optimizer states and master weights + {2} activations + {3} overhead = {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total on the GPUs and in system RAM: {0} weights + {1} KV cache + {2} compute buffers + {3} overhead = {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} KV cache + {2} activations + {3} overhead = {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load, {3} left to other processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): does not fit, {3} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): tight, {3} free (under 10 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): fits, {3} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, fewer than the {2} asked: the rest wait in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, {2} asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System RAM: {0} used of {1}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tuning, mixed-precision AdamW (ZeRO §3.1: 16 bytes per parameter): {0} parameters × (2 weights + 2 gradients + 4 FP32 master + 8 Adam moments) = {1} weights + {2} gradients + {3} master + {4} optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} weights cannot be trained directly: full fine-tuning is sized in BF16 (use QLoRA to train over a 4-bit base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank {0} on {name}: {1} trainable parameters; the frozen base ({2}) has no gradients; adapters in FP32 with gradients and AdamW moments, 16 bytes each = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA: the base in NF4 with double quantization = {0}; LoRA rank {1} on {name}: {2} BF16 adapter parameters with gradients and 32-bit paged AdamW moments, 12 bytes each = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged optimizer: under memory pressure its {0} of states move to CPU RAM (NVIDIA unified memory), so a spike does not end in out-of-memory; bitsandbytes dequantizes one matrix at a time to BF16 ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations with gradient checkpointing: each layer&apos;s input ({0} tokens × hidden × 2 bytes) plus one layer recomputed at a time and the logits (10 bytes per vocabulary entry and token) = {1} per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations kept for the backward pass: {0} tokens × per layer (9 × hidden + Q, K, V + 4 × intermediate) × 2 bytes, plus the logits (10 bytes per vocabulary entry and token) = {1} per GPU; --gradient-checkpointing trades them for recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {0} GPUs the weights, gradients and optimizer states are sharded (ZeRO-3 / FSDP); each GPU keeps the activations of its own micro-batch of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files; {name} weights are sized as a GGUF of that type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files: {name} is not a GGUF type, so this sizes a file that does not exist; pick a Q-type to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU named: llama.cpp runs every layer on the CPU (name a GPU to offload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_gpu_layers {0} of {1} (llama.cpp counts the output layer and offloads it first; token embeddings always stay on the CPU): {2} decoder layers on the GPU{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp splits by layers by default; its row split (--split-mode row) is not modelled, so the GPUs are sized as a layer split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache: n_ctx = {0} tokens × {1} sequences = {2} cells (padded to {3}), K as {name}, {4} bytes per token and layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantized V cache needs flash attention (-fa); without it llama.cpp keeps V in F16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}, flash attention): inputs {1} + the largest of attention {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}): inputs {1} + the largest of attention with KQ F32[n_kv, n_ubatch, heads] {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform footprint (gguf-parser&apos;s default): {0} per GPU, {1} of system RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System RAM: {0} weights (token embeddings{name}) + {1} KV cache + {2} compute buffer and logits + footprint = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: name a GPU with its bandwidth and throughput (or run llama.cpp on the CPU) to see tokens per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode (the article&apos;s view, an upper bound): {0} read per token over {1} GB/s = {2} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode on the CPU: {0} read per token (weights and KV at the full context) over {1} GB/s × {2}–{3} efficiency = {4} tokens/s ({5}–{6})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU bandwidth assumed: {0} GB/s (dual-channel DDR4-3200); measure it with the lab&apos;s bench and pass it as --cpu-bandwidth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode: {0} read per token (active weights + KV at the full context) over {1} GB/s × {2} efficiency, plus {3} µs per layer of kernel launches ({4} layers) = {5} tokens/s (range {6}–{7})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the bytes per token are read by the CPU at {1} GB/s: the CPU layers set the pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eager decoding (no CUDA graph): the host launches each layer&apos;s kernels in {0} ms plus {1} ms per sequence (measured for transformers on H200); the slower of host and GPU sets the pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each reads 1/{0} of the bytes; two all-reduces per layer add {1} µs each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: one token passes the stages one after another, so one sequence decodes no faster than on one GPU; the stages overlap only across sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0}: {1} tokens/s for all sequences together ({2}–{3}); the weights are read once per step for the whole batch, the KV cache once per sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline: from batch {0} a decode step is compute-bound ({1} FLOPs per token at {2} TFLOPS); this batch is past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline: a decode step stays memory-bound up to batch {0} ({1} FLOPs per token at {2} TFLOPS); beyond it, compute sets the pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill of {0} tokens: {1} FLOPs per token (2 × active parameters + causal attention) over {2} TFLOPS × {3} utilization = {4} tokens/s ({5}–{6}); time to first token {7}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill on the CPU is not estimated: it needs the CPU&apos;s FLOPS, not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no native arithmetic for this format on this GPU, so the weights are dequantized to 16 bit on the fly: decoding still gains from reading fewer bytes, prefill runs at the FP16 rate and gains nothing (the article&apos;s Mistake 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM takes gpu_memory_utilization {0} × {1} usable = {2} per GPU at start-up (0.90: the default of most releases; the newest vllm/config/cache.py uses 0.92)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked prefill) through the fused QKV / gate-up / SiLU tensors, plus the sampler&apos;s FP32 logits for {1} sequences = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the decode batch sizes: {1} (0 with --enforce-eager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} tokens: GPU KV cache size {7} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding-window layers keep min(window − 1 + max_num_batched_tokens, length) tokens plus one block (vLLM SlidingWindowSpec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM would not start: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest max_model_len the pool can hold: {0} tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every parameter of the model, stored in the chosen format. At 16 bit a parameter takes 2 bytes, at INT8 one byte, at INT4 half a byte plus its share of the scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average storage per parameter, scales and zero-points included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average number of bits one parameter takes in memory, including the scales and zero-points that quantized formats store per group. INT4 with groups of 128 is about 4.25 bits per weight, not 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weights share one scale in a quantized format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantized formats store one scale (and often a zero-point) for each group of consecutive weights. Smaller groups (g32) are more accurate but cost more bits per weight than larger ones (g128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and values kept for every token, so they are not recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While generating, a transformer keeps the attention keys and values of every earlier token of every sequence. It grows linearly with the context length and the batch: 2 × layers × KV heads × head dimension × tokens × bytes per value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GQA (grouped-query attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several query heads share one key/value head, which shrinks the KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With grouped-query attention, groups of query heads share one key/value head. A model with 64 query heads and 8 KV heads caches 8 times less than the article&apos;s formula, which counts every hidden dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary tensors alive during a forward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intermediate results of a forward pass. At inference only the peak of one layer matters, reached while the prompt is processed (prefill); fine-tuning keeps far more for the backward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime costs beyond weights and KV cache: CUDA context, libraries, allocator reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the runtime needs besides the model: the CUDA context, cuBLAS and other libraries, the caching allocator&apos;s reserve and communication buffers. The article&apos;s simple rule adds a flat 20 % on top of the weights; the runtime profiles use measured figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and answer together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of tokens one sequence holds: the prompt plus the generated text. The KV cache grows linearly with it, which is why long contexts can need more memory than the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences processed together, each with its own KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sequences served at the same time. Weights are shared; every sequence has its own KV cache and activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer split across several GPUs, each holding a slice of every matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tensor parallelism each of N GPUs holds 1/N of every weight matrix and of the KV heads; the GPUs exchange partial results twice per layer. Pipeline parallelism instead gives each GPU whole consecutive layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a GPU offers after the driver&apos;s reserve, as nvidia-smi reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU&apos;s datasheet (nominal) memory minus what the driver and ECC keep for themselves. FitScope compares the load with the usable figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>FitScope scenario (*.fitscope.json);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeCatalog</name>
    <message>
        <source>FP16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEEE half precision: 5 exponent and 10 mantissa bits per weight, the usual inference baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s 8 exponent bits with only 7 mantissa bits, so a wide range but coarser steps than FP16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 E4M3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit float with 4 exponent and 3 mantissa bits and one scale for the whole tensor (largest value 448).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 E5M2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit float with 5 exponent and 2 mantissa bits: more range than E4M3, half the precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale for the whole tensor: the naive &apos;one global scale&apos; that a single large value ruins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale per output channel (row), as bitsandbytes stores INT8 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM.int8()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-channel INT8, with the input columns whose activations exceed the threshold kept in FP16 (Dettmers et al., 2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 g32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 32 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 g64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 64 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 g128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 128 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 g32 + zero-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 32 with a scale and a 4-bit zero-point, so a lopsided group uses all 16 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 g64 + zero-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 64 with a scale and a 4-bit zero-point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 g128 + zero-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 128 with a scale and a 4-bit zero-point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NF4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA&apos;s 4-bit NormalFloat: 16 levels placed at normal-distribution quantiles, one FP32 absmax per block of 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NF4 + double quant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NF4 whose block scales are themselves quantized to 8 bits, saving about 0.37 bits per weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MXFP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCP microscaling: 32 FP4 (E2M1) values share one power-of-two scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF Q8_0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 signed 8-bit values with one FP16 scale (8.5 bits per weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF Q4_0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with one FP16 scale (4.5 bits per weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF Q4_1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with an FP16 scale and minimum (5 bits per weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF Q4_K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s K-quant: super-blocks of 256 with 6-bit scales and minimums per 32 weights (4.5 bits per weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF Q6_K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s 6-bit K-quant: super-blocks of 256 with an 8-bit scale per 16 weights (6.56 bits per weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ INT4 g128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ rounds column by column and pushes each rounding error onto the columns not yet rounded, using the calibration Hessian (4 bits, groups of 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ INT4 g64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ INT4 g32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ INT3 g128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating rounding with only 8 levels (3 bits), groups of 128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWQ INT4 g128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWQ scales up the input channels with large activations before 4-bit rounding, so the weights that matter most lose least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ / AWQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 could not be read; FitScope started with the default settings (the damaged file was kept as %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope</name>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size %1 × %2 is outside %3 to %4 pixels per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale %1 is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: memory per GPU against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: memory per GPU against context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which models fit: %1, %2 tokens × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the %2 encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::AboutDialog</name>
    <message>
        <source>Does this LLM fit on this GPU, at this precision and context, and why? Memory, speed and quantization, with numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitScope is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component colours are the Okabe–Ito palette; the line colours are Paul Tol&apos;s muted scheme. Both are safe for colour-blind readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitScope icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and the libraries FitScope uses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::BreakdownChart</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory breakdown against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each selected GPU, a stacked bar of weights, KV cache, activations and overhead beside the GPU&apos;s usable and nominal memory, with a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2
(load per GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load on each of %1 GPUs&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usable: %2&lt;br&gt;Nominal: %3&lt;br&gt;%4: %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextChart</name>
    <message>
        <source>Memory against context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total memory per GPU as the context grows, one line per weight format, with the capacity of each selected GPU and the longest context that fits marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length (tokens per sequence, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest context that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tokens: %3&lt;br&gt;(%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2&lt;/b&gt;&lt;br&gt;Longest context that fits: %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ControlPanel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to size: one from the catalog, a config.json you opened, or Custom (a bare parameter count with an assumed Llama-2-style shape). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open config.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a Hugging Face config.json (or a model folder) and sizes that exact architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of weights in the model, from 0.1 billion to 2 trillion (log scale). Type a value such as 7B or 6.7e9. Moving it away from a catalog model switches to a custom model with an assumed shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each weight is stored: floating point (FP32, BF16, FP16, FP8), 8-bit integers, 4-bit formats (GPTQ, AWQ, NF4, MXFP4) or llama.cpp&apos;s GGUF types. Scales and zero-points are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings and output head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the formats of the token embeddings and the output head, which quantized models usually keep at 16 bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the token embedding table. Automatic: 16 bit for quantized formats, llama.cpp&apos;s choice for GGUF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output head format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the output head (lm_head), the last matrix that turns hidden states into token scores. Automatic: 16 bit for quantized formats, Q6_K for GGUF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the cached keys and values are stored. FP16 is the default of most runtimes; FP8 and INT8 halve the cache, llama.cpp&apos;s Q4_0 quarters it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and generated text together (log scale, up to the model&apos;s maximum). The KV cache grows linearly with it. Type 4096, 32k or 1M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text length (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent sequences served together. Each one has its own KV cache and activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch (concurrent sequences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How memory beyond weights and KV cache is counted: the article&apos;s simple rule (a flat overhead) or a profile measured on a real runtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %). Used only by the simple profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overhead on weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;PUs to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show memory in GB (10⁹ bytes, as the article and datasheets) or GiB (2³⁰ bytes, as drivers report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format&apos;s own default for this part of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from your catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (parameter count only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Llama-2-style model of the chosen size; its shape is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the model %1 (%2); using the default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed shape (Llama-2 style): %1 layers, hidden %2, %3 heads (%4 KV), vocabulary %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 heads (%4 KV), up to %5 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mixture of experts: %1 of %2 experts per token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::DerivationPanel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step of the estimate with its numbers, as the engine computed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the derivation to the clipboard as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the derivation as plain text (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s steps for the primary GPU, with every number it used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExplorerPage</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every catalog model on the selected GPUs at this precision, context and batch (memory per GPU). Click a cell to load that pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare formats ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the weight formats drawn as extra lines in the memory-against-context chart, beside the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tokens × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1 sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in total. Select a GPU to see whether it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; of %3%4 on %5: &lt;b&gt;%6&lt;/b&gt;, %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> On %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s rule (weights × %1 + KV cache) says &lt;b&gt;%2&lt;/b&gt;; the %3 profile says &lt;b&gt;%4&lt;/b&gt; (%5%6, %7%8 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest context that fits: none (not even one token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest context that fits: %1 tokens (the model&apos;s maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest context that fits: &lt;b&gt;%1&lt;/b&gt; tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest batch: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest batch: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallest catalog GPU: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single catalog GPU holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most precise format that fits: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weight format fits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector, text stays text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (high-DPI documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 per GPU, %5 (%6). Click to load this pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixView</name>
    <message>
        <source>Fit matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every catalog model against every selected GPU at the chosen precision and context: the memory per GPU, coloured by verdict. Activate a cell to load it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuPicker</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple (unified memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the GPUs whose name contains the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one or more GPUs; each checked GPU gets its own bar. Count is the number of identical GPUs sharing the model with tensor parallelism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB/s. Usable memory %4 of %5 nominal.%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from your catalog file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of %1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical GPUs sharing the model with tensor parallelism.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HelpDialog</name>
    <message>
        <source>FitScope guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use FitScope and what its terms mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitScope in five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitScope answers one question: does this model fit on this GPU, at this precision and context length, and why? Every figure comes from the sizing engine, and &lt;i&gt;Show the math&lt;/i&gt; lists each step with its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &lt;b&gt;model&lt;/b&gt; (type to search), or open a model&apos;s config.json or a GGUF or safetensors file with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &lt;b&gt;weight format&lt;/b&gt; and the &lt;b&gt;KV cache&lt;/b&gt; format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &lt;b&gt;context length&lt;/b&gt; and the &lt;b&gt;batch&lt;/b&gt;: the KV cache grows with both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a &lt;b&gt;runtime&lt;/b&gt;: the article&apos;s simple rule, or a profile measured on transformers, vLLM or llama.cpp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the &lt;b&gt;GPUs&lt;/b&gt; to compare; the first is the primary GPU of the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against capacity&lt;/b&gt;: per GPU, a stacked bar (weights plain, KV cache striped, activations dotted, overhead cross-hatched) beside the GPU&apos;s usable memory (solid) and nominal memory (dashed outline). The badge says whether it fits and by how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against context length&lt;/b&gt;: one line per weight format, each with its own colour and dash pattern; the horizontal lines are the GPUs&apos; usable memory and the circles mark the longest context that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second tab quantizes real or synthetic weights and measures the error and the speed of each format, so you can see what a smaller format costs in accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every control is reachable with Tab; Alt and an underlined letter jump to a control; Ctrl+L finds a model, Ctrl+G a GPU. Shift+F1 and a click explain any control; Help → Keyboard shortcuts lists the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LogSlider</name>
    <message>
        <source>%1 (exact value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::MainWindow</name>
    <message>
        <source>FitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open config.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;GB (10⁹ bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show G&amp;iB (2³⁰ bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;fit matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario reset to the default: Llama-2-13B on one A10G, 4,096 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitScope &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model&apos;s config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model configuration (config.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitScope could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a GPU&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a config.json&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+underlined letter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to that control&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows, Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move a focused slider&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M / Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the math / the fit matrix&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the math&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the summary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the scenario&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save a screenshot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Shift+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the guide / what is this?&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window. Numbers follow it too. The window reopens at once in the new language; the scenario is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours for the window and the charts, applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article and datasheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How memory sizes are shown everywhere in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime profile a new or reset scenario starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM GPU memory utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of each GPU&apos;s memory vLLM takes at start-up (--gpu-memory-utilization; 0.90 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: &amp;flash attention (-fa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether llama.cpp runs with flash attention, which shrinks its compute buffer and allows a quantized V cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog.json with your own models and GPUs, merged with the built-in catalog. Empty: catalog.json in FitScope&apos;s settings folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the user catalog file in a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple profile&apos;s &amp;overhead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM GPU &amp;memory utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and theme apply at once. A new language or catalog reopens the window at once, with the same scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::RuntimeOptionsPanel</name>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the model: weights, KV cache, activations and the runtime&apos;s overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the model: weights, gradients, optimizer states and the activations kept for the backward pass (full fine-tuning, LoRA or QLoRA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: every weight trained with mixed-precision AdamW. LoRA: a frozen 16-bit base with trainable low-rank adapters. QLoRA: a frozen NF4 base with BF16 adapters and a paged optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank r of each adapter: r × (inputs + outputs) trainable parameters per matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA &amp;rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which matrices carry adapters: every linear layer (QLoRA&apos;s choice) or the attention query and value only (the original LoRA paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention q, v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adapters on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps only each layer&apos;s input and recomputes the rest during the backward pass: far less activation memory for about a third more compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the options of the chosen runtime and of several GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s --gpu-memory-utilization: the share of each GPU&apos;s memory vLLM takes at start-up. What the weights, activations and CUDA graphs leave of it becomes the KV-cache pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &amp;memory use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max batched tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-batched-tokens: the tokens of its profiling forward pass, which sets the activation peak it reserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;batched tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-gpu-layers: all layers on the GPU, the largest count that fits (solved), or a number you set. The rest stays in system RAM and runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: most that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &amp;layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_gpu_layers, the output layer counted as llama.cpp counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash a&amp;ttention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -fa: a smaller compute buffer, and the condition for a quantized V cache (without it V stays F16). The cache type is the KV-cache choice above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. The default is this machine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How several GPUs share the model. Tensor parallel: every layer split across the GPUs, each holding the same share. Pipeline parallel: consecutive layers on each GPU, the first with the embeddings, the last with the output head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor (tp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para&amp;llel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. This machine has %1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU selected: the whole model runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) on the GPU (of %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ScenarioDocument</name>
    <message>
        <source>Open &amp;scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y for a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown as Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit matrix as Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit matrix table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario %1 has changed since it was saved. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, with the chart next to it (*.md);;CSV, one row per component per GPU (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — FitScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SpeedChart</name>
    <message>
        <source>Decode speed against batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second of all sequences together as the batch grows, one line per selected GPU with its low–high range, the batch from which a decode step is compute-bound marked, and the current batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch (concurrent sequences, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode tokens/s, all sequences (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute-bound from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low–high range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: &lt;b&gt;%3&lt;/b&gt; tokens/s (%4–%5), %6 per sequence%7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, compute-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, memory-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;i&gt;does not fit&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SummaryPanel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb against the accurate figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s rule: weights × (1 + overhead) + KV cache. The accurate figure comes from the chosen runtime profile, measured on real hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::AccuracyChart</name>
    <message>
        <source>Accuracy per bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per weight against the output error (log scale), one point per scheme, with the Pareto frontier: the schemes no other beats on both size and error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored bits per weight (scales included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output error ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick schemes and press Run to see what each costs and buys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;bits per weight: %3&lt;br&gt;stored: %4 bytes&lt;br&gt;output error: %5&lt;br&gt;RMSE: %6&lt;br&gt;SNR: %7 dB&lt;br&gt;max |error|: %8&lt;br&gt;cosine: %9&lt;br&gt;quantized in %10 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (on the frontier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∞</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::DistributionChart</name>
    <message>
        <source>Weight and error distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: the histogram of the original weights, the chosen block&apos;s weights and the values the selected scheme can represent in that block. Bottom: the histogram of the weight error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and representable levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of weights (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All weights of the tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the chosen block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values the block can represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight error w − ŵ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lab to see the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3: %4 representable values%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (too many to draw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RMSE %2, max |error| %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finished scheme to see its error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ExplorerLabLink</name>
    <message>
        <source>Measured error of this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output error this scheme showed in the quantization lab&apos;s last run, on its sample tensor; the link opens the lab on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error not measured yet: &lt;a href=&quot;%1&quot;&gt;try %2 in the quantization lab&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;%2&quot;&gt;open in the lab&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabControlPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantize the tensor with every checked scheme and measure the error (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; schemes already finished keep their results (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the whole run is: the tensor, then each scheme in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a sample tensor with calibration activations, or open a weight from a .npy, .safetensors or .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian weights; heavy-tailed (Laplace) weights; or transformer-like weights with activations whose few outlier features are 10–100× larger than the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy-tailed (Laplace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output features of the weight matrix (its rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features of the weight matrix (its columns); GGUF K-quants need a multiple of 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many input features carry large activations (transformer-like only; LLM.int8() found about 0.1 % of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier &amp;features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest outlier activation; outliers range from a tenth of it up to it (the paper saw 6 to 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier &amp;magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .npy, .safetensors or .gguf file (or a model folder); press Enter after typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.safetensors, model.gguf, weight.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a tensor file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .npy, .safetensors or .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tensor to quantize, by name: 2-D tensors whose stored type FitScope can read as float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation rows used to measure the output error and to calibrate LLM.int8(), GPTQ and AWQ (a file gets Gaussian activations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same tensor on every machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration to&amp;kens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the schemes to run (Space toggles the current one; a group&apos;s box toggles the whole group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights sharing one scale (0: one scale per row or tensor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether each group also stores an offset, so it need not be symmetric around zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or uncheck every %1 scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM.int8() threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM.int8() keeps in FP16 every input column whose activation reaches this magnitude (the paper uses 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM.int8() &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ damping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ adds this fraction of the Hessian&apos;s mean diagonal to its diagonal, so the inverse stays stable (the reference uses 1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ &amp;damping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ &amp;act-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ act-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPTQ rounds the columns with the largest activations first, while the most compensation is still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors (*.npy *.safetensors *.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .npy file holds one tensor (float32 or float16, 1-D or 2-D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tensors can be quantized here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabPage</name>
    <message>
        <source>The controls changed since this run: the results below are from the previous settings. Press Run to measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use in the fit explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected scheme in the fit explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the selected scheme the fit explorer&apos;s weight precision and switches to the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (Ctrl+C copies the selected rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured read bandwidth: %1 GB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower left is better: fewer bits and less error. Hover a point for every metric; click it to select the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accuracy per bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme shown in the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished scheme whose levels and error the distribution shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block shown in the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block whose weights and representable values are drawn: the one holding the largest weight (its scale is stretched the most) or the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few input features carry huge activations. Any rounding error in their weight column is multiplied by them: one global scale makes every column coarse, LLM.int8() keeps those columns in FP16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure this machine&apos;s memory bandwidth and the matrix-vector speed of each format (a few seconds, off the window&apos;s thread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the tensor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Finished schemes keep their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the tensor… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the tensor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 schemes on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the fit explorer&apos;s weight precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit explorer has no weight format for this scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked: press Run to measure it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabResultsHub</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: output error %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabResultsModel</name>
    <message>
        <source>∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max |error|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantize (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored bits per weight, counted from the packed bytes: scales, zero-points and outlier columns included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ on the calibration activations: how far the layer&apos;s output moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root mean square of the weight error w − ŵ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal-to-noise ratio of the weights: 10·log10(Σw² / Σ(w − ŵ)²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest error on any single weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity between the original and the dequantized weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to quantize the tensor on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabWorker</name>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy-tailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transformer-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (holds the largest |w|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (the first block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3, %4 calibration tokens, seed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: %3 × %4, %5 Gaussian calibration tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::OutlierChart</name>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: the largest activation of each input feature, outliers highlighted. Right: the output error each input feature contributes with one INT8 scale per tensor, per channel, and with LLM.int8().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation magnitude per input feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output error per input feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input feature (column of W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |x| over the calibration tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of ‖XWᵀ‖² lost through this feature (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lab to see the activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 features reach |x| ≥ %3 (dashed line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (output error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ResultsTable</name>
    <message>
        <source>Results table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every metric of every scheme of the last run. Click a header to sort; Ctrl+C copies the selected rows as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::SpeedChart</name>
    <message>
        <source>GEMV speed per format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix-vector throughput per weight format, in GB/s of weight bytes read, against the measured memory read bandwidth (the line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight bytes read per second (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEMV throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run benchmark to measure this machine: memory bandwidth, then a matrix-vector product in each format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB/s
%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed line: measured read bandwidth %1 GB/s (STREAM triad %2 GB/s)
Bars: weight bytes per second and share of that bandwidth; %3 kernels, %4 threads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FitScope: does this LLM fit on this GPU, at this precision and context, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window offscreen with the saved (or default) scenario, write it as a PNG to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot width in pixels (default 1440).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot height in pixels (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from start to the first painted frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system, light or dark theme (instead of the preference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language, e.g. de, es, zh_CN or en (instead of the preference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of pixels from 200 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer (8-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF (llama.cpp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
