<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>the size %1 × %2 is outside %3 to %4 pixels per side</source>
        <translation>尺寸 %1 × %2 超出每边 %3 到 %4 像素的范围</translation>
    </message>
    <message>
        <source>the scale %1 is outside 1 to %2</source>
        <translation>缩放比例 %1 超出 1 到 %2 的范围</translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation>内存与容量对比</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>内存随上下文长度的变化</translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation>适配矩阵</translation>
    </message>
    <message>
        <source>%1 in %2: memory per GPU against capacity</source>
        <translation>%1（%2）：每个 GPU 的内存与容量对比</translation>
    </message>
    <message>
        <source>%1: memory per GPU against context length</source>
        <translation>%1：每个 GPU 的内存随上下文长度的变化</translation>
    </message>
    <message>
        <source>Which models fit: %1, %2 tokens × %3</source>
        <translation>哪些模型放得下：%1，%2 个 token × %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 encoder failed</source>
        <translation>无法写入 %1：%2 编码器失败</translation>
    </message>
    <message>
        <source>Decode speed against batch</source>
        <translation>解码速度随批大小的变化</translation>
    </message>
    <message>
        <source>%1 in %2: decode speed against batch</source>
        <translation>%1（%2）：解码速度随批大小的变化</translation>
    </message>
    <message>
        <source>Quantization lab: error against bits per weight</source>
        <translation>量化实验室：误差与每权重位数对比</translation>
    </message>
    <message>
        <source>The quantization lab has no results yet: run it first, then export its chart.</source>
        <translation>量化实验室还没有结果：请先运行，再导出其图表。</translation>
    </message>
    <message>
        <source>%1 needs the fit explorer&apos;s scenario.</source>
        <translation>%1 需要适配浏览器的场景。</translation>
    </message>
    <message>
        <source>Quantization schemes on %1: output error against bits per weight</source>
        <translation>%1 上的量化方案：输出误差与每权重位数对比</translation>
    </message>
    <message>
        <source>Quantization lab · %1 · %2 · %3</source>
        <translation>量化实验室 · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>KV cache per layer</source>
        <translation>每层 KV 缓存</translation>
    </message>
    <message>
        <source>%1: KV cache per layer at %2 tokens</source>
        <translation>%1：%2 个 token 时每层的 KV 缓存</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Output head</source>
        <translation>输出头</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Primary GPU</source>
        <translation>主 GPU</translation>
    </message>
    <message>
        <source>Weights per GPU</source>
        <translation>每 GPU 权重</translation>
    </message>
    <message>
        <source>KV cache per GPU</source>
        <translation>每 GPU KV 缓存</translation>
    </message>
    <message>
        <source>Activations per GPU</source>
        <translation>每 GPU 激活</translation>
    </message>
    <message>
        <source>Overhead per GPU</source>
        <translation>每 GPU 开销</translation>
    </message>
    <message>
        <source>Training state per GPU</source>
        <translation>每 GPU 训练状态</translation>
    </message>
    <message>
        <source>Total per GPU</source>
        <translation>每 GPU 总计</translation>
    </message>
    <message>
        <source>Usable memory per GPU</source>
        <translation>每 GPU 可用显存</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Decode speed (all sequences)</source>
        <translation>解码速度（所有序列）</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>预填充速度</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个 token 时间</translation>
    </message>
    <message>
        <source>Lab: output error of the weight format</source>
        <translation>实验室：权重格式的输出误差</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Runtime option %1</source>
        <translation>运行时选项 %1</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>每个请求的图像数</translation>
    </message>
    <message>
        <source>Already in use per GPU</source>
        <translation>每块 GPU 已占用</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>GPU 显存上限</translation>
    </message>
    <message>
        <source>In use by other processes per GPU</source>
        <translation>每块 GPU 被其他进程占用</translation>
    </message>
</context>
<context>
    <name>ComponentColors</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format, scales included.</source>
        <translation>以所选格式存储的模型参数，包含缩放因子。</translation>
    </message>
    <message>
        <source>Keys and values cached for every token of every sequence, so they are not recomputed.</source>
        <translation>为每个序列的每个 token 缓存的键和值，避免重复计算。</translation>
    </message>
    <message>
        <source>Temporary tensors alive at the peak of a forward pass (prefill).</source>
        <translation>前向传播（预填充）峰值时存在的临时张量。</translation>
    </message>
    <message>
        <source>Runtime costs: CUDA context, libraries, allocator reserve, buffers.</source>
        <translation>运行时开销：CUDA 上下文、库、分配器预留、缓冲区。</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Fine-tuning: one gradient per trainable weight, kept for the optimizer step.</source>
        <translation>微调：每个可训练权重一个梯度，保留到优化器步骤。</translation>
    </message>
    <message>
        <source>Fine-tuning: AdamW&apos;s two moments per trainable weight and the FP32 master weights.</source>
        <translation>微调：每个可训练权重的两个 AdamW 动量以及 FP32 主权重。</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Shape assumed for a bare parameter count: a Llama-2-style decoder with {0} layers, hidden size {1}, {2} attention heads and {3} KV heads.</source>
        <translation>仅给出参数量时假定的结构：Llama-2 风格的解码器，{0} 层，隐藏维度 {1}，{2} 个注意力头和 {3} 个 KV 头。</translation>
    </message>
    <message>
        <source>Mixture of experts: {0} parameters in total, {1} active per token; all experts stay in memory.</source>
        <translation>混合专家（MoE）：共 {0} 参数，每个 token 激活 {1}；所有专家都驻留在内存中。</translation>
    </message>
    <message>
        <source>Weights (article&apos;s rule): {0} parameters × {1} bytes = {2}</source>
        <translation>权重（文章的规则）：{0} 参数 × {1} 字节 = {2}</translation>
    </message>
    <message>
        <source>Weights as stored in the model file ({name}): every tensor&apos;s exact bytes, {0} bits per weight on average = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation>模型文件中存储的权重（{name}）：每个张量的精确字节数，平均每个权重 {0} 位 = {1}（嵌入 {2}，层 {3}，归一化 {4}，输出头 {5}）</translation>
    </message>
    <message>
        <source>Weights as stored ({name}): {0} bits per weight on average, scales, zero-points and 16-bit embeddings, norms and output head included = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation>存储的权重（{name}）：平均每个权重 {0} 位，包含缩放因子、零点以及 16 位的嵌入、归一化和输出头 = {1}（嵌入 {2}，层 {3}，归一化 {4}，输出头 {5}）</translation>
    </message>
    <message>
        <source>KV cache (multi-head latent attention): {0} layers × ({1} latent + {2} rotary) values × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation>KV 缓存（多头潜在注意力 MLA）：{0} 层 × （{1} 潜在 + {2} 旋转）个值 × {3} 个 token × {4} 个序列 × {5} 字节（{name}）= {6}</translation>
    </message>
    <message>
        <source>KV cache: transformers caches MLA keys and values decompressed, {0} heads × ({1} + {2}) per layer and token = {3}</source>
        <translation>KV 缓存：transformers 以解压形式缓存 MLA 的键和值，{0} 个头 × （{1} + {2}）每层每个 token = {3}</translation>
    </message>
    <message>
        <source>KV cache: 2 (K and V) × {0} layers × {1} KV heads × {2} head dim × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation>KV 缓存：2（K 和 V）× {0} 层 × {1} 个 KV 头 × {2} 头维度 × {3} 个 token × {4} 个序列 × {5} 字节（{name}）= {6}</translation>
    </message>
    <message>
        <source>{0} of {1} layers use a sliding window of {2} tokens, so they cache at most {2} tokens.</source>
        <translation>{1} 层中有 {0} 层使用 {2} 个 token 的滑动窗口，因此最多缓存 {2} 个 token。</translation>
    </message>
    <message>
        <source>The article&apos;s formula (hidden size {0} instead of {1} KV heads × {2}) would give {3}: grouped-query attention shares each KV head among {4} query heads.</source>
        <translation>文章的公式（用隐藏维度 {0} 而非 {1} 个 KV 头 × {2}）会得到 {3}：分组查询注意力让每个 KV 头由 {4} 个查询头共享。</translation>
    </message>
    <message>
        <source>Overhead (flat, the article&apos;s rule): {0} × {1} = {2}</source>
        <translation>开销（固定比例，文章的规则）：{0} × {1} = {2}</translation>
    </message>
    <message>
        <source>Prefill activation peak: {0} tokens × ({1} × {2} intermediate + {3} hidden) × {4} bytes, plus the last token&apos;s logits = {5}</source>
        <translation>预填充激活峰值：{0} 个 token × （{1} × {2} 中间层 + {3} 隐藏层）× {4} 字节，加上最后一个 token 的 logits = {5}</translation>
    </message>
    <message>
        <source>{name} has no fused kernel here: each matrix is dequantized to 16 bit before its matmul, one copy of the largest matrix = {0}</source>
        <translation>{name} 在此没有融合内核：每个矩阵在矩阵乘法前反量化为 16 位，最大矩阵的一份副本 = {0}</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernels (measured on H200): {0}; caching-allocator reserve as the KV cache grows (1/3 of it, measured): {1}</source>
        <translation>CUDA 上下文、cuBLAS 和内核（在 H200 上实测）：{0}；随 KV 缓存增长的缓存分配器预留（其 1/3，实测）：{1}</translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each holds 1/{0} of the weights, {1} of {2} KV heads ({3}), its own activations and overhead, and {4} of NCCL buffers</source>
        <translation>在 {0} 个 GPU 上做张量并行：每个 GPU 持有 1/{0} 的权重、{2} 个 KV 头中的 {1} 个（{3}）、自己的激活值和开销，以及 {4} 的 NCCL 缓冲区</translation>
    </message>
    <message>
        <source>More GPUs ({0}) than KV heads ({1}): each GPU keeps a whole KV head, so the cache is replicated {2}× across the GPUs.</source>
        <translation>GPU 数（{0}）多于 KV 头数（{1}）：每个 GPU 保留一个完整的 KV 头，因此缓存在各 GPU 间复制 {2} 倍。</translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: each runs about {1} consecutive layers with their KV cache; the first also holds the embeddings, the last the output head; {2} of NCCL buffers each</source>
        <translation>在 {0} 个 GPU 上做流水线并行：每个 GPU 运行约 {1} 个连续层及其 KV 缓存；第一个还持有嵌入层，最后一个持有输出头；每个 {2} 的 NCCL 缓冲区</translation>
    </message>
    <message>
        <source>GPU {0}: layers {1}–{2}{name}: {3} weights + {4} KV + {5} activations + {6} overhead = {7}</source>
        <translation>GPU {0}：第 {1}–{2} 层{name}：{3} 权重 + {4} KV + {5} 激活值 + {6} 开销 = {7}</translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} gradients, optimizer states and master weights + {2} activations + {3} overhead = {4}</source>
        <translation>合计：{0} 权重 + {1} 梯度、优化器状态和主权重 + {2} 激活值 + {3} 开销 = {4}</translation>
    </message>
    <message>
        <source>Total on the GPUs and in system RAM: {0} weights + {1} KV cache + {2} compute buffers + {3} overhead = {4}</source>
        <translation>GPU 与系统内存合计：{0} 权重 + {1} KV 缓存 + {2} 计算缓冲区 + {3} 开销 = {4}</translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} KV cache + {2} activations + {3} overhead = {4}</source>
        <translation>合计：{0} 权重 + {1} KV 缓存 + {2} 激活值 + {3} 开销 = {4}</translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load, {3} left to other processes</source>
        <translation>{name}：无论负载如何，vLLM 在每个 GPU 上占用 {0}（可用 {1}，标称 {2}），留给其他进程 {3}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): does not fit, {3} short</source>
        <translation>{name}：每个 GPU {0}，可用 {1}（标称 {2}）：放不下，还差 {3}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): tight, {3} free (under 10 %)</source>
        <translation>{name}：每个 GPU {0}，可用 {1}（标称 {2}）：勉强，剩余 {3}（不足 10%）</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): fits, {3} free</source>
        <translation>{name}：每个 GPU {0}，可用 {1}（标称 {2}）：放得下，剩余 {3}</translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, fewer than the {2} asked: the rest wait in the queue</source>
        <translation>vLLM 的结论针对其 KV 池：{0} 可同时容纳 {1} 个 {3} token 的序列，少于请求的 {2} 个：其余在队列中等待</translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, {2} asked</source>
        <translation>vLLM 的结论针对其 KV 池：{0} 可同时容纳 {1} 个 {3} token 的序列，请求 {2} 个</translation>
    </message>
    <message>
        <source>System RAM: {0} used of {1}: {name}</source>
        <translation>系统内存：已用 {0} / {1}：{name}</translation>
    </message>
    <message>
        <source>Full fine-tuning, mixed-precision AdamW (ZeRO §3.1: 16 bytes per parameter): {0} parameters × (2 weights + 2 gradients + 4 FP32 master + 8 Adam moments) = {1} weights + {2} gradients + {3} master + {4} optimizer</source>
        <translation>全参数微调，混合精度 AdamW（ZeRO §3.1：每个参数 16 字节）：{0} 参数 × （2 权重 + 2 梯度 + 4 FP32 主权重 + 8 Adam 动量）= {1} 权重 + {2} 梯度 + {3} 主权重 + {4} 优化器</translation>
    </message>
    <message>
        <source>{name} weights cannot be trained directly: full fine-tuning is sized in BF16 (use QLoRA to train over a 4-bit base).</source>
        <translation>{name} 权重不能直接训练：全参数微调按 BF16 计算（在 4 位基座上训练请使用 QLoRA）。</translation>
    </message>
    <message>
        <source>LoRA rank {0} on {name}: {1} trainable parameters; the frozen base ({2}) has no gradients; adapters in FP32 with gradients and AdamW moments, 16 bytes each = {3}</source>
        <translation>在 {name} 上使用秩 {0} 的 LoRA：{1} 个可训练参数；冻结的基座（{2}）没有梯度；适配器为 FP32，含梯度和 AdamW 动量，每个 16 字节 = {3}</translation>
    </message>
    <message>
        <source>QLoRA: the base in NF4 with double quantization = {0}; LoRA rank {1} on {name}: {2} BF16 adapter parameters with gradients and 32-bit paged AdamW moments, 12 bytes each = {3}</source>
        <translation>QLoRA：基座为 NF4 并使用双重量化 = {0}；在 {name} 上使用秩 {1} 的 LoRA：{2} 个 BF16 适配器参数，含梯度和 32 位分页 AdamW 动量，每个 12 字节 = {3}</translation>
    </message>
    <message>
        <source>Paged optimizer: under memory pressure its {0} of states move to CPU RAM (NVIDIA unified memory), so a spike does not end in out-of-memory; bitsandbytes dequantizes one matrix at a time to BF16 ({1}).</source>
        <translation>分页优化器：内存紧张时其 {0} 的状态会移到 CPU 内存（NVIDIA 统一内存），因此峰值不会导致内存溢出；bitsandbytes 每次把一个矩阵反量化为 BF16（{1}）。</translation>
    </message>
    <message>
        <source>Activations with gradient checkpointing: each layer&apos;s input ({0} tokens × hidden × 2 bytes) plus one layer recomputed at a time and the logits (10 bytes per vocabulary entry and token) = {1} per GPU</source>
        <translation>使用梯度检查点时的激活值：每层的输入（{0} 个 token × 隐藏维度 × 2 字节），加上每次重算的一层和 logits（每个词表项每个 token 10 字节）= 每个 GPU {1}</translation>
    </message>
    <message>
        <source>Activations kept for the backward pass: {0} tokens × per layer (9 × hidden + Q, K, V + 4 × intermediate) × 2 bytes, plus the logits (10 bytes per vocabulary entry and token) = {1} per GPU; --gradient-checkpointing trades them for recomputation</source>
        <translation>为反向传播保留的激活值：{0} 个 token × 每层（9 × 隐藏维度 + Q、K、V + 4 × 中间维度）× 2 字节，加上 logits（每个词表项每个 token 10 字节）= 每个 GPU {1}；--gradient-checkpointing 用重算换取这部分内存</translation>
    </message>
    <message>
        <source>Over {0} GPUs the weights, gradients and optimizer states are sharded (ZeRO-3 / FSDP); each GPU keeps the activations of its own micro-batch of {1}.</source>
        <translation>在 {0} 个 GPU 上，权重、梯度和优化器状态被分片（ZeRO-3 / FSDP）；每个 GPU 保存自己大小为 {1} 的微批次的激活值。</translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files; {name} weights are sized as a GGUF of that type.</source>
        <translation>llama.cpp 加载 GGUF 文件；{name} 权重按该类型的 GGUF 计算。</translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files: {name} is not a GGUF type, so this sizes a file that does not exist; pick a Q-type to compare.</source>
        <translation>llama.cpp 加载 GGUF 文件：{name} 不是 GGUF 类型，因此这里估算的是一个并不存在的文件；请选择一种 Q 类型进行比较。</translation>
    </message>
    <message>
        <source>No GPU named: llama.cpp runs every layer on the CPU (name a GPU to offload).</source>
        <translation>未指定 GPU：llama.cpp 在 CPU 上运行所有层（指定 GPU 以卸载到 GPU）。</translation>
    </message>
    <message>
        <source>n_gpu_layers {0} of {1} (llama.cpp counts the output layer and offloads it first; token embeddings always stay on the CPU): {2} decoder layers on the GPU{name}</source>
        <translation>n_gpu_layers {0} / {1}（llama.cpp 把输出层计算在内并最先卸载它；token 嵌入始终留在 CPU 上）：{2} 个解码器层在 GPU 上{name}</translation>
    </message>
    <message>
        <source>llama.cpp splits by layers by default; its row split (--split-mode row) is not modelled, so the GPUs are sized as a layer split.</source>
        <translation>llama.cpp 默认按层切分；其按行切分（--split-mode row）未建模，因此 GPU 按层切分计算。</translation>
    </message>
    <message>
        <source>KV cache: n_ctx = {0} tokens × {1} sequences = {2} cells (padded to {3}), K as {name}, {4} bytes per token and layer</source>
        <translation>KV 缓存：n_ctx = {0} 个 token × {1} 个序列 = {2} 个单元（填充到 {3}），K 为 {name}，每个 token 每层 {4} 字节</translation>
    </message>
    <message>
        <source>A quantized V cache needs flash attention (-fa); without it llama.cpp keeps V in F16.</source>
        <translation>量化的 V 缓存需要 Flash Attention（-fa）；否则 llama.cpp 将 V 保持为 F16。</translation>
    </message>
    <message>
        <source>V as {name} (-ctv): K and V rows each take their own type&apos;s bytes</source>
        <translation>V 为 {name}（-ctv）：K 行和 V 行各按自己的类型占用字节</translation>
    </message>
    <message>
        <source>Unified KV cache (-kvu): one stream of {0} cells shared by the {1} slots; sliding-window layers keep {1} windows + n_ubatch in it</source>
        <translation>统一 KV 缓存（-kvu）：{1} 个槽位共享一个 {0} 个单元的流；滑动窗口层在其中保留 {1} 个窗口 + n_ubatch</translation>
    </message>
    <message>
        <source>{0} slots (-np) without -kvu: one stream of n_ctx / {0} = {1} cells per slot (padded); sliding-window layers keep one window + n_ubatch per slot</source>
        <translation>{0} 个槽位（-np），未使用 -kvu：每个槽位一个 n_ctx / {0} = {1} 个单元的流（已填充）；滑动窗口层每个槽位保留一个窗口 + n_ubatch</translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}, flash attention): inputs {1} + the largest of attention {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation>计算缓冲区（n_ubatch {0}，Flash Attention）：输入 {1} + 注意力 {2}、前馈 {3} 和 logits F32[vocab, n_ubatch] {4} 中的最大者 = GPU 上 {5}（依据 gguf-parser-go）</translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}): inputs {1} + the largest of attention with KQ F32[n_kv, n_ubatch, heads] {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation>计算缓冲区（n_ubatch {0}）：输入 {1} + 含 KQ F32[n_kv, n_ubatch, heads] 的注意力 {2}、前馈 {3} 和 logits F32[vocab, n_ubatch] {4} 中的最大者 = GPU 上 {5}（依据 gguf-parser-go）</translation>
    </message>
    <message>
        <source>Platform footprint (gguf-parser&apos;s default): {0} per GPU, {1} of system RAM</source>
        <translation>平台基础占用（gguf-parser 默认值）：每个 GPU {0}，系统内存 {1}</translation>
    </message>
    <message>
        <source>System RAM: {0} weights (token embeddings{name}) + {1} KV cache + {2} compute buffer and logits + footprint = {3}</source>
        <translation>系统内存：{0} 权重（token 嵌入{name}）+ {1} KV 缓存 + {2} 计算缓冲区和 logits + 基础占用 = {3}</translation>
    </message>
    <message>
        <source>Speed: name a GPU with its bandwidth and throughput (or run llama.cpp on the CPU) to see tokens per second.</source>
        <translation>速度：指定带宽和算力已知的 GPU（或在 CPU 上运行 llama.cpp）即可查看每秒 token 数。</translation>
    </message>
    <message>
        <source>Decode (the article&apos;s view, an upper bound): {0} read per token over {1} GB/s = {2} tokens/s</source>
        <translation>解码（文章的视角，上限）：每个 token 读取 {0}，带宽 {1} GB/s = {2} token/s</translation>
    </message>
    <message>
        <source>Decode on the CPU: {0} read per token (weights and KV at the full context) over {1} GB/s × {2}–{3} efficiency = {4} tokens/s ({5}–{6})</source>
        <translation>CPU 上的解码：每个 token 读取 {0}（完整上下文下的权重和 KV），{1} GB/s × {2}–{3} 效率 = {4} token/s（{5}–{6}）</translation>
    </message>
    <message>
        <source>CPU bandwidth assumed: {0} GB/s (dual-channel DDR4-3200); measure it with the lab&apos;s bench and pass it as --cpu-bandwidth.</source>
        <translation>假定的 CPU 带宽：{0} GB/s（双通道 DDR4-3200）；可用实验室的基准测试测量并通过 --cpu-bandwidth 传入。</translation>
    </message>
    <message>
        <source>Decode: {0} read per token (active weights + KV at the full context) over {1} GB/s × {2} efficiency, plus {3} µs per layer of kernel launches ({4} layers) = {5} tokens/s (range {6}–{7})</source>
        <translation>解码：每个 token 读取 {0}（活跃权重 + 完整上下文下的 KV），{1} GB/s × {2} 效率，加上每层 {3} µs 的内核启动开销（{4} 层）= {5} token/s（范围 {6}–{7}）</translation>
    </message>
    <message>
        <source>{0} of the bytes per token are read by the CPU at {1} GB/s: the CPU layers set the pace.</source>
        <translation>每个 token 的字节中有 {0} 由 CPU 以 {1} GB/s 读取：CPU 上的层决定速度。</translation>
    </message>
    <message>
        <source>Eager decoding (no CUDA graph): the host launches each layer&apos;s kernels in {0} ms plus {1} ms per sequence (measured for transformers on H200); the slower of host and GPU sets the pace.</source>
        <translation>Eager 解码（无 CUDA Graph）：主机启动每层内核需 {0} ms，每个序列另加 {1} ms（在 H200 上对 transformers 实测）；主机和 GPU 中较慢者决定速度。</translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each reads 1/{0} of the bytes; two all-reduces per layer add {1} µs each.</source>
        <translation>在 {0} 个 GPU 上做张量并行：每个 GPU 读取 1/{0} 的字节；每层两次 all-reduce，每次增加 {1} µs。</translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: one token passes the stages one after another, so one sequence decodes no faster than on one GPU; the stages overlap only across sequences.</source>
        <translation>在 {0} 个 GPU 上做流水线并行：一个 token 依次经过各阶段，因此单个序列的解码不会比单 GPU 快；各阶段只在不同序列之间重叠。</translation>
    </message>
    <message>
        <source>Batch {0}: {1} tokens/s for all sequences together ({2}–{3}); the weights are read once per step for the whole batch, the KV cache once per sequence.</source>
        <translation>批大小 {0}：所有序列合计 {1} token/s（{2}–{3}）；每步为整个批次读取一次权重，每个序列读取一次 KV 缓存。</translation>
    </message>
    <message>
        <source>Roofline: from batch {0} a decode step is compute-bound ({1} FLOPs per token at {2} TFLOPS); this batch is past it.</source>
        <translation>Roofline：从批大小 {0} 起，解码步骤受算力限制（每个 token {1} FLOPs，{2} TFLOPS）；当前批大小已超过该点。</translation>
    </message>
    <message>
        <source>Roofline: a decode step stays memory-bound up to batch {0} ({1} FLOPs per token at {2} TFLOPS); beyond it, compute sets the pace.</source>
        <translation>Roofline：批大小不超过 {0} 时解码步骤受内存带宽限制（每个 token {1} FLOPs，{2} TFLOPS）；超过后由算力决定速度。</translation>
    </message>
    <message>
        <source>Prefill of {0} tokens: {1} FLOPs per token (2 × active parameters + causal attention) over {2} TFLOPS × {3} utilization = {4} tokens/s ({5}–{6}); time to first token {7}</source>
        <translation>预填充 {0} 个 token：每个 token {1} FLOPs（2 × 活跃参数 + 因果注意力），{2} TFLOPS × {3} 利用率 = {4} token/s（{5}–{6}）；首 token 时间 {7}</translation>
    </message>
    <message>
        <source>Prefill on the CPU is not estimated: it needs the CPU&apos;s FLOPS, not measured yet.</source>
        <translation>未估算 CPU 上的预填充：这需要 CPU 的 FLOPS，目前尚未测量。</translation>
    </message>
    <message>
        <source>{name}: no native arithmetic for this format on this GPU, so the weights are dequantized to 16 bit on the fly: decoding still gains from reading fewer bytes, prefill runs at the FP16 rate and gains nothing (the article&apos;s Mistake 2).</source>
        <translation>{name}：此 GPU 对该格式没有原生运算，权重会即时反量化为 16 位：解码仍因读取更少字节而受益，预填充以 FP16 速率运行，毫无收益（文章中的错误 2）。</translation>
    </message>
    <message>
        <source>vLLM takes gpu_memory_utilization {0} × {1} usable = {2} per GPU at start-up (0.90: the default of most releases; the newest vllm/config/cache.py uses 0.92)</source>
        <translation>vLLM 启动时占用 gpu_memory_utilization {0} × 可用 {1} = 每个 GPU {2}（0.90：大多数版本的默认值；最新的 vllm/config/cache.py 使用 0.92）</translation>
    </message>
    <message>
        <source>Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked prefill) through the fused QKV / gate-up / SiLU tensors, plus the sampler&apos;s FP32 logits for {1} sequences = {2}</source>
        <translation>剖析得到的激活峰值：以 max_num_batched_tokens = {0} 个 token（v1 分块预填充）对融合的 QKV / gate-up / SiLU 张量做一次虚拟前向，加上采样器为 {1} 个序列保存的 FP32 logits = {2}</translation>
    </message>
    <message>
        <source>Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the decode batch sizes: {1} (0 with --enforce-eager)</source>
        <translation>非 torch 内存（CUDA 上下文、cuBLAS、多 GPU 时的 NCCL 缓冲区）：{0}；用于解码批大小的 CUDA Graph：{1}（使用 --enforce-eager 时为 0）</translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} tokens: GPU KV cache size {7} tokens</source>
        <translation>KV 缓存池：{0} − {1} 权重 − {2} 激活值 − {3} 开销 = {4}，分为 {5} 个块，每块 {6} 个 token：GPU KV 缓存大小 {7} 个 token</translation>
    </message>
    <message>
        <source>One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked</source>
        <translation>一个 {0} token 的请求每个 GPU 需要 {1}：对请求的 {3} 个序列，最大并发 {2}×</translation>
    </message>
    <message>
        <source>Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU</source>
        <translation>没有 GPU 时，池的大小按容纳 {0} 个 {1} token 的序列计算：每个 GPU {2}</translation>
    </message>
    <message>
        <source>Recurrent layers: vLLM grows the attention block to {0} tokens so one attention page holds a layer&apos;s state (page {1}); the pool&apos;s pages are shared by the layer groups</source>
        <translation>循环层：vLLM 将注意力块扩大到 {0} 个 token，使一个注意力页能容纳一层的状态（页 {1}）；池中的页由各层组共享</translation>
    </message>
    <message>
        <source>Sliding-window layers keep min(window − 1 + max_num_batched_tokens, length) tokens plus one block (vLLM SlidingWindowSpec).</source>
        <translation>滑动窗口层保留 min(窗口 − 1 + max_num_batched_tokens, 长度) 个 token 外加一个块（vLLM SlidingWindowSpec）。</translation>
    </message>
    <message>
        <source>vLLM would not start: {name}</source>
        <translation>vLLM 无法启动：{name}</translation>
    </message>
    <message>
        <source>The longest max_model_len the pool can hold: {0} tokens</source>
        <translation>池可容纳的最长 max_model_len：{0} 个 token</translation>
    </message>
    <message>
        <source>{0} full-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}</source>
        <translation>{0} 个全注意力层 × {1} 个 token × {2} 个序列 × 每 token 每层 {3}（{name}）= {4}</translation>
    </message>
    <message>
        <source>{0} sliding-window layers (window {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}</source>
        <translation>{0} 个滑动窗口层（窗口 {1}）× {2} 个 token × {3} 个序列 × 每 token 每层 {4}（{name}）= {5}</translation>
    </message>
    <message>
        <source>{0} chunked-attention layers (chunks of {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}</source>
        <translation>{0} 个分块注意力层（块大小 {1}）× {2} 个 token × {3} 个序列 × 每 token 每层 {4}（{name}）= {5}</translation>
    </message>
    <message>
        <source>{0} latent-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}</source>
        <translation>{0} 个潜在注意力层 × {1} 个 token × {2} 个序列 × 每 token 每层 {3}（{name}）= {4}</translation>
    </message>
    <message>
        <source>{0} Mamba-2 layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context</source>
        <translation>{0} 个 Mamba-2 层：每个序列固定 {1} 的状态 × {2} 个序列 = {3}，与上下文长度无关</translation>
    </message>
    <message>
        <source>{0} linear-attention layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context</source>
        <translation>{0} 个线性注意力层：每个序列固定 {1} 的状态 × {2} 个序列 = {3}，与上下文长度无关</translation>
    </message>
    <message>
        <source>{0} layers keep no KV cache of their own (MLP-only blocks or layers reading another layer&apos;s cache).</source>
        <translation>{0} 个层没有自己的 KV 缓存（纯 MLP 块，或读取其他层缓存的层）。</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters; llama.cpp reads it from a separate mmproj file, so it is not in these weights</source>
        <translation>{name}：{0} 个参数；llama.cpp 从单独的 mmproj 文件读取它，因此不计入这些权重</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters, loaded with the language model (vLLM and transformers)</source>
        <translation>{name}：{0} 个参数，与语言模型一同加载（vLLM 与 transformers）</translation>
    </message>
    <message>
        <source>{0} multi-token-prediction block(s), {1} parameters, are stored in the checkpoint but not held in memory: vLLM loads them only for speculative decoding, transformers and llama.cpp skip them.</source>
        <translation>{0} 个多 token 预测（MTP）块，共 {1} 个参数，存储在检查点中但不驻留内存：vLLM 仅在推测解码时加载，transformers 和 llama.cpp 会跳过。</translation>
    </message>
    <message>
        <source>The checkpoint also stores {0} elements beyond the weights held in memory: {name}.</source>
        <translation>检查点还存储了内存中权重之外的 {0} 个元素：{name}。</translation>
    </message>
    <message>
        <source>Chunked-attention layers keep min(chunk + max_num_batched_tokens, length) tokens (vLLM ChunkedLocalAttentionSpec).</source>
        <translation>分块注意力层保留 min(块大小 + max_num_batched_tokens, 长度) 个 token（vLLM ChunkedLocalAttentionSpec）。</translation>
    </message>
    <message>
        <source>{0} image(s) per request × {1} tokens each ({name}) = {2} image tokens in every sequence, beside its {3} tokens of text: each sequence holds {4} tokens.</source>
        <translation>每个请求 {0} 张图像 × 每张 {1} 个 token（{name}）= 每个序列 {2} 个图像 token，另有 {3} 个文本 token：每个序列共 {4} 个 token。</translation>
    </message>
    <message>
        <source>{0} of the embeddings are per-layer embeddings ({1} tokens × {2} layers × {3} values): one row is looked up per token, so decoding never reads them whole; llama.cpp keeps them in system RAM with the token embeddings.</source>
        <translation>嵌入中有 {0} 是逐层嵌入（{1} 个 token × {2} 层 × {3} 个值）：每个 token 只查一行，解码从不整体读取；llama.cpp 将其与 token 嵌入一起放在系统内存中。</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters from the mmproj file, loaded by llama.cpp on the first GPU (--no-mmproj-offload keeps it in system RAM)</source>
        <translation>{name}：来自 mmproj 文件的 {0} 个参数，由 llama.cpp 加载到第一块 GPU（--no-mmproj-offload 则留在系统内存中）</translation>
    </message>
    <message>
        <source>Flash attention auto (llama.cpp&apos;s default -fa): on, as llama.cpp resolves it on every backend that runs the attention op on the layer&apos;s own device (CUDA, ROCm, Metal, Vulkan, CPU)</source>
        <translation>Flash attention 自动（llama.cpp 默认的 -fa）：开启，llama.cpp 在每个于该层自身设备上运行注意力算子的后端上都这样解析（CUDA、ROCm、Metal、Vulkan、CPU）</translation>
    </message>
    <message>
        <source>{name}: {0} of the {1} usable already in use by other processes (per GPU), so {2} is left</source>
        <translation>{name}：可用的 {1} 中已有 {0} 被其他进程占用（每块 GPU），剩余 {2}</translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load; with {3} held by other processes, {4} is left</source>
        <translation>{name}：无论负载如何，vLLM 在每块 GPU 上占用可用 {1}（标称 {2}）中的 {0}；其他进程占用 {3}，剩余 {4}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): does not fit, {4} short</source>
        <translation>{name}：每块 GPU {0} + 其他进程占用 {1}，对比可用 {2}（标称 {3}）：放不下，差 {4}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): tight, {4} free (under 10 %)</source>
        <translation>{name}：每块 GPU {0} + 其他进程占用 {1}，对比可用 {2}（标称 {3}）：紧张，剩余 {4}（不足 10 %）</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): fits, {4} free</source>
        <translation>{name}：每块 GPU {0} + 其他进程占用 {1}，对比可用 {2}（标称 {3}）：放得下，剩余 {4}</translation>
    </message>
    <message>
        <source>Free at start-up: {0} usable − {1} in use by other processes = {2}, less than the {3} vLLM asks for (a fraction of the total, not of what is free): it refuses to start</source>
        <translation>启动时空闲：可用 {0} − 其他进程占用 {1} = {2}，少于 vLLM 要求的 {3}（按总量而非空闲量的比例）：它拒绝启动</translation>
    </message>
    <message>
        <source>Free at start-up: {0} usable − {1} in use by other processes = {2}, at least the {3} vLLM asks for (a fraction of the total, not of what is free)</source>
        <translation>启动时空闲：可用 {0} − 其他进程占用 {1} = {2}，不少于 vLLM 要求的 {3}（按总量而非空闲量的比例）</translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead − {7} in use by other processes (counted as non-torch memory before v0.9) = {4}, in {5} blocks of {6} tokens</source>
        <translation>KV 缓存池：{0} − 权重 {1} − 激活 {2} − 开销 {3} − 其他进程占用 {7}（v0.9 之前计为非 torch 内存）= {4}，共 {5} 个块，每块 {6} 个 token</translation>
    </message>
    <message>
        <source>--cpu-moe / --n-cpu-moe: this model has no routed experts, nothing moves.</source>
        <translation>--cpu-moe / --n-cpu-moe：此模型没有路由专家，不移动任何张量。</translation>
    </message>
    <message>
        <source>Tensor placement (-ot rules, then --cpu-moe, then --n-cpu-moe {0}; the first matching rule decides): {1} tensors placed; {2} of the GPU layers&apos; weights stay in system RAM, {3} of them routed experts; {4} layers keep their experts there</source>
        <translation>张量放置（先 -ot 规则，再 --cpu-moe，再 --n-cpu-moe {0}；第一条匹配的规则决定）：放置了 {1} 个张量；GPU 层的权重中有 {2} 留在系统内存，其中 {3} 为路由专家；{4} 层的专家留在那里</translation>
    </message>
    <message>
        <source>Weights kept on the CPU by a rule go to the CPU model buffer (CPU_Mapped with mmap, llama.cpp&apos;s default; with --no-mmap the pinned CUDA_Host buffer, llama-model.cpp make_cpu_buft_list): system RAM either way</source>
        <translation>规则留在 CPU 上的权重进入 CPU 模型缓冲区（使用 mmap 时为 CPU_Mapped，即 llama.cpp 的默认；使用 --no-mmap 时为锁页的 CUDA_Host 缓冲区，llama-model.cpp make_cpu_buft_list）：两种情况都占用系统内存</translation>
    </message>
    <message>
        <source>-ot rules move {0} of weights onto a GPU from another device</source>
        <translation>-ot 规则把 {0} 的权重从其他设备移到一块 GPU 上</translation>
    </message>
    <message>
        <source>Batches of {0} tokens and more multiply the experts in RAM on the GPU: the largest layer&apos;s ({1}) is copied into GPU 0&apos;s compute buffer (n_ubatch {2})</source>
        <translation>{0} 个词元及以上的批次在 GPU 上计算内存中的专家：最大一层的专家（{1}）被复制到 GPU 0 的计算缓冲区（n_ubatch {2}）</translation>
    </message>
    <message>
        <source>-ot buffer {name}: the scenario has no such GPU, so llama.cpp would stop at start-up; its rule is left out</source>
        <translation>-ot 缓冲区 {name}：场景中没有这块 GPU，llama.cpp 启动时会停止；该规则被忽略</translation>
    </message>
    <message>
        <source>Routed experts kept in system RAM for GPU layers ({0}): a token reads the {1} of {2} experts it is routed to from RAM; batches of {3} tokens and more (prefill, large decode batches) copy them to the GPU over PCIe at {4} GB/s instead (ggml-cuda offload_op).</source>
        <translation>为 GPU 层留在系统内存中的路由专家（{0}）：每个词元从内存读取它被路由到的 {2} 个专家中的 {1} 个；{3} 个词元及以上的批次（预填充、大批量解码）改为经 PCIe 以 {4} GB/s 复制到 GPU（ggml-cuda offload_op）。</translation>
    </message>
</context>
<context>
    <name>FitChangeLinks</name>
    <message>
        <source>a context of %1 tokens</source>
        <translation>上下文 %1 个 token</translation>
    </message>
    <message>
        <source>a %1 KV cache, with flash attention</source>
        <translation>%1 KV 缓存，并启用 flash attention</translation>
    </message>
    <message>
        <source>a %1 KV cache</source>
        <translation>%1 KV 缓存</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1 权重</translation>
    </message>
    <message>
        <source>%1 layers on the GPU, the rest in system RAM</source>
        <translation>%1 层放在 GPU 上，其余放在系统内存中</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>one %1</source>
        <translation>一块 %1</translation>
    </message>
    <message>
        <source>gives up %1 % of the context</source>
        <translation>放弃 %1 % 的上下文</translation>
    </message>
    <message>
        <source>gives up %1 % of the KV bits</source>
        <translation>放弃 %1 % 的 KV 位数</translation>
    </message>
    <message>
        <source>gives up %1 % of the weight bits</source>
        <translation>放弃 %1 % 的权重位数</translation>
    </message>
    <message>
        <source>decodes %1 % slower</source>
        <translation>解码慢 %1 %</translation>
    </message>
    <message>
        <source>other hardware</source>
        <translation>更换硬件</translation>
    </message>
    <message>
        <source>Makes it fit: %1.</source>
        <translation>这样即可放下：%1。</translation>
    </message>
    <message>
        <source>one more GPU</source>
        <translation>多一块 GPU</translation>
    </message>
    <message>
        <source>%1 more GPUs</source>
        <translation>多 %1 块 GPU</translation>
    </message>
    <message>
        <source>the routed experts of %1 layers in system RAM</source>
        <translation>%1 层的路由专家放在系统内存中</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>FP8 E4M3</source>
        <translation>FP8 E4M3</translation>
    </message>
    <message>
        <source>FP8 E5M2</source>
        <translation>FP8 E5M2</translation>
    </message>
    <message>
        <source>INT8 (per channel)</source>
        <translation>INT8（逐通道）</translation>
    </message>
    <message>
        <source>LLM.int8()</source>
        <translation>LLM.int8()</translation>
    </message>
    <message>
        <source>INT4 (g32)</source>
        <translation>INT4 (g32)</translation>
    </message>
    <message>
        <source>INT4 (g64)</source>
        <translation>INT4 (g64)</translation>
    </message>
    <message>
        <source>INT4 (g128)</source>
        <translation>INT4 (g128)</translation>
    </message>
    <message>
        <source>INT4 (g32, zero-point)</source>
        <translation>INT4（g32，零点）</translation>
    </message>
    <message>
        <source>INT4 (g64, zero-point)</source>
        <translation>INT4（g64，零点）</translation>
    </message>
    <message>
        <source>INT4 (g128, zero-point)</source>
        <translation>INT4（g128，零点）</translation>
    </message>
    <message>
        <source>GPTQ INT4 (g128)</source>
        <translation>GPTQ INT4 (g128)</translation>
    </message>
    <message>
        <source>GPTQ INT3 (g128)</source>
        <translation>GPTQ INT3 (g128)</translation>
    </message>
    <message>
        <source>AWQ INT4 (g128)</source>
        <translation>AWQ INT4 (g128)</translation>
    </message>
    <message>
        <source>NF4</source>
        <translation>NF4</translation>
    </message>
    <message>
        <source>NF4 + double quant</source>
        <translation>NF4 + 双重量化</translation>
    </message>
    <message>
        <source>MXFP4</source>
        <translation>MXFP4</translation>
    </message>
    <message>
        <source>GGUF Q8_0</source>
        <translation>GGUF Q8_0</translation>
    </message>
    <message>
        <source>GGUF Q6_K</source>
        <translation>GGUF Q6_K</translation>
    </message>
    <message>
        <source>GGUF Q5_K</source>
        <translation>GGUF Q5_K</translation>
    </message>
    <message>
        <source>GGUF Q5_0</source>
        <translation>GGUF Q5_0</translation>
    </message>
    <message>
        <source>GGUF Q4_K</source>
        <translation>GGUF Q4_K</translation>
    </message>
    <message>
        <source>GGUF Q4_0</source>
        <translation>GGUF Q4_0</translation>
    </message>
    <message>
        <source>GGUF Q3_K</source>
        <translation>GGUF Q3_K</translation>
    </message>
    <message>
        <source>GGUF Q2_K</source>
        <translation>GGUF Q2_K</translation>
    </message>
    <message>
        <source>GGUF Q4_K_M</source>
        <translation>GGUF Q4_K_M</translation>
    </message>
    <message>
        <source>GGUF Q5_K_M</source>
        <translation>GGUF Q5_K_M</translation>
    </message>
    <message>
        <source>GGUF Q3_K_M</source>
        <translation>GGUF Q3_K_M</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>Q8_0</source>
        <translation>Q8_0</translation>
    </message>
    <message>
        <source>Q4_0</source>
        <translation>Q4_0</translation>
    </message>
    <message>
        <source>Simple (article rule)</source>
        <translation>简单（文章的规则）</translation>
    </message>
    <message>
        <source>Hugging Face transformers</source>
        <translation>Hugging Face transformers</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <source>32-bit IEEE float: the training reference, 4 bytes per weight.</source>
        <translation>32 位 IEEE 浮点：训练的基准，每个权重 4 字节。</translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s exponent range with a 7-bit mantissa, 2 bytes per weight.</source>
        <translation>bfloat16：FP32 的指数范围加 7 位尾数，每个权重 2 字节。</translation>
    </message>
    <message>
        <source>IEEE half precision: 2 bytes per weight, range ±65504.</source>
        <translation>IEEE 半精度：每个权重 2 字节，范围 ±65504。</translation>
    </message>
    <message>
        <source>8-bit float (OCP E4M3, max 448) with a per-tensor scale.</source>
        <translation>8 位浮点（OCP E4M3，最大 448），每个张量一个缩放因子。</translation>
    </message>
    <message>
        <source>8-bit float (OCP E5M2, max 57344) with a per-tensor scale.</source>
        <translation>8 位浮点（OCP E5M2，最大 57344），每个张量一个缩放因子。</translation>
    </message>
    <message>
        <source>8-bit integers with one scale per output channel.</source>
        <translation>8 位整数，每个输出通道一个缩放因子。</translation>
    </message>
    <message>
        <source>Vector-wise INT8 with the 0.1 % outlier feature columns kept in FP16 (Dettmers et al. 2022).</source>
        <translation>逐向量 INT8，0.1 % 的离群特征列保留为 FP16（Dettmers 等，2022）。</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 32 weights.</source>
        <translation>4 位整数，每组 32 个权重一个 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 64 weights.</source>
        <translation>4 位整数，每组 64 个权重一个 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 128 weights.</source>
        <translation>4 位整数，每组 128 个权重一个 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 32.</source>
        <translation>4 位整数，每组 32 个一个 FP16 缩放因子和一个 4 位零点。</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 64.</source>
        <translation>4 位整数，每组 64 个一个 FP16 缩放因子和一个 4 位零点。</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 128.</source>
        <translation>4 位整数，每组 128 个一个 FP16 缩放因子和一个 4 位零点。</translation>
    </message>
    <message>
        <source>GPTQ checkpoint: packed 4-bit weights, 4-bit zeros, FP16 scales per 128, and a g_idx column index.</source>
        <translation>GPTQ 检查点：打包的 4 位权重、4 位零点、每 128 个一个 FP16 缩放因子，以及 g_idx 列索引。</translation>
    </message>
    <message>
        <source>GPTQ checkpoint with 3-bit weights and zeros, FP16 scales per 128, and g_idx.</source>
        <translation>GPTQ 检查点：3 位权重和零点、每 128 个一个 FP16 缩放因子，以及 g_idx。</translation>
    </message>
    <message>
        <source>AWQ checkpoint: packed 4-bit weights, 4-bit zeros and FP16 scales per group of 128.</source>
        <translation>AWQ 检查点：打包的 4 位权重、4 位零点，每组 128 个一个 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>bitsandbytes 4-bit NormalFloat, blocks of 64 with an FP32 absmax (4.5 bits per weight).</source>
        <translation>bitsandbytes 4 位 NormalFloat，每块 64 个，带一个 FP32 absmax（每个权重 4.5 位）。</translation>
    </message>
    <message>
        <source>NF4 with the block absmax itself quantized to 8 bits (QLoRA, 4.127 bits per weight).</source>
        <translation>NF4，块的 absmax 本身再量化为 8 位（QLoRA，每个权重 4.127 位）。</translation>
    </message>
    <message>
        <source>OCP microscaling FP4: 32 E2M1 values share one 8-bit power-of-two scale (4.25 bits).</source>
        <translation>OCP 微缩放 FP4：32 个 E2M1 值共享一个 8 位 2 的幂缩放因子（4.25 位）。</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 int8 values with an FP16 scale (8.5 bits per weight).</source>
        <translation>llama.cpp 的块：32 个 int8 值加一个 FP16 缩放因子（每个权重 8.5 位）。</translation>
    </message>
    <message>
        <source>llama.cpp 6-bit k-quant, super-blocks of 256 (6.5625 bits per weight).</source>
        <translation>llama.cpp 6 位 k-quant，256 个一个超级块（每个权重 6.5625 位）。</translation>
    </message>
    <message>
        <source>llama.cpp 5-bit k-quant, super-blocks of 256 (5.5 bits per weight).</source>
        <translation>llama.cpp 5 位 k-quant，256 个一个超级块（每个权重 5.5 位）。</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 5-bit values with an FP16 scale (5.5 bits per weight).</source>
        <translation>llama.cpp 的块：32 个 5 位值加一个 FP16 缩放因子（每个权重 5.5 位）。</translation>
    </message>
    <message>
        <source>llama.cpp 4-bit k-quant, super-blocks of 256 with 6-bit sub-block scales (4.5 bits).</source>
        <translation>llama.cpp 4 位 k-quant，256 个一个超级块，子块缩放因子为 6 位（4.5 位）。</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 4-bit values with an FP16 scale (4.5 bits per weight).</source>
        <translation>llama.cpp 的块：32 个 4 位值加一个 FP16 缩放因子（每个权重 4.5 位）。</translation>
    </message>
    <message>
        <source>llama.cpp 3-bit k-quant (3.4375 bits per weight).</source>
        <translation>llama.cpp 3 位 k-quant（每个权重 3.4375 位）。</translation>
    </message>
    <message>
        <source>llama.cpp 2-bit k-quant (2.625 bits per weight).</source>
        <translation>llama.cpp 2 位 k-quant（每个权重 2.625 位）。</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s recommended mixture: Q4_K with Q6_K for half of attn_v/ffn_down and the output.</source>
        <translation>llama.cpp 推荐的混合：Q4_K，一半的 attn_v/ffn_down 和输出层用 Q6_K。</translation>
    </message>
    <message>
        <source>llama.cpp mixture: Q5_K with Q6_K for half of attn_v/ffn_down and the output.</source>
        <translation>llama.cpp 混合：Q5_K，一半的 attn_v/ffn_down 和输出层用 Q6_K。</translation>
    </message>
    <message>
        <source>llama.cpp mixture: Q3_K with Q4_K/Q5_K for attention and ffn_down, Q6_K output.</source>
        <translation>llama.cpp 混合：Q3_K，注意力和 ffn_down 用 Q4_K/Q5_K，输出层用 Q6_K。</translation>
    </message>
    <message>
        <source>32-bit cache: 4 bytes per element.</source>
        <translation>32 位缓存：每个元素 4 字节。</translation>
    </message>
    <message>
        <source>Half-precision cache: 2 bytes per element (the default everywhere).</source>
        <translation>半精度缓存：每个元素 2 字节（各处的默认值）。</translation>
    </message>
    <message>
        <source>bfloat16 cache: 2 bytes per element.</source>
        <translation>bfloat16 缓存：每个元素 2 字节。</translation>
    </message>
    <message>
        <source>8-bit float cache (vLLM --kv-cache-dtype fp8): 1 byte per element.</source>
        <translation>8 位浮点缓存（vLLM --kv-cache-dtype fp8）：每个元素 1 字节。</translation>
    </message>
    <message>
        <source>8-bit integer cache with a scale per token and head.</source>
        <translation>8 位整数缓存，每个 token 和头一个缩放因子。</translation>
    </message>
    <message>
        <source>llama.cpp q8_0 cache: blocks of 32 with an FP16 scale (1.0625 bytes).</source>
        <translation>llama.cpp q8_0 缓存：32 个一块，带一个 FP16 缩放因子（1.0625 字节）。</translation>
    </message>
    <message>
        <source>llama.cpp q4_0 cache: blocks of 32 4-bit values (0.5625 bytes).</source>
        <translation>llama.cpp q4_0 缓存：32 个 4 位值一块（0.5625 字节）。</translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb: weights × (1 + overhead) + KV cache, with a flat overhead.</source>
        <translation>文章的经验法则：权重 × (1 + 开销) + KV 缓存，开销为固定比例。</translation>
    </message>
    <message>
        <source>PyTorch inference with generate(): CUDA context, caching-allocator reserve and the prefill activation peak, calibrated on H200 measurements.</source>
        <translation>用 generate() 的 PyTorch 推理：CUDA 上下文、缓存分配器的预留和预填充的激活峰值，按 H200 上的实测校准。</translation>
    </message>
    <message>
        <source>vLLM serving: gpu_memory_utilization of the GPU is taken at start-up; weights, the profiled activation peak, CUDA graphs and the CUDA context come out of it, the rest becomes a paged KV-cache pool.</source>
        <translation>vLLM 服务：启动时占用 GPU 的 gpu_memory_utilization；权重、剖析得到的激活峰值、CUDA 图和 CUDA 上下文从中扣除，其余成为分页的 KV 缓存池。</translation>
    </message>
    <message>
        <source>llama.cpp with GGUF weights: layers on the GPU (n_gpu_layers, output layer counted), the KV cache with its cache types, the compute buffer, and what stays in system RAM.</source>
        <translation>使用 GGUF 权重的 llama.cpp：GPU 上的层（n_gpu_layers，计入输出层）、带缓存类型的 KV 缓存、计算缓冲区，以及留在系统内存中的部分。</translation>
    </message>
    <message>
        <source>Q4_1</source>
        <translation>Q4_1</translation>
    </message>
    <message>
        <source>Q5_0</source>
        <translation>Q5_0</translation>
    </message>
    <message>
        <source>Q5_1</source>
        <translation>Q5_1</translation>
    </message>
    <message>
        <source>IQ4_NL</source>
        <translation>IQ4_NL</translation>
    </message>
    <message>
        <source>llama.cpp q4_1 cache: blocks of 32 4-bit values with an FP16 scale and minimum (0.625 bytes).</source>
        <translation>llama.cpp q4_1 缓存：32 个 4 位值一块，带 FP16 缩放因子和最小值（0.625 字节）。</translation>
    </message>
    <message>
        <source>llama.cpp q5_0 cache: blocks of 32 5-bit values with an FP16 scale (0.6875 bytes).</source>
        <translation>llama.cpp q5_0 缓存：32 个 5 位值一块，带一个 FP16 缩放因子（0.6875 字节）。</translation>
    </message>
    <message>
        <source>llama.cpp q5_1 cache: blocks of 32 5-bit values with an FP16 scale and minimum (0.75 bytes).</source>
        <translation>llama.cpp q5_1 缓存：32 个 5 位值一块，带 FP16 缩放因子和最小值（0.75 字节）。</translation>
    </message>
    <message>
        <source>llama.cpp iq4_nl cache: blocks of 32 non-linear 4-bit values with an FP16 scale (0.5625 bytes).</source>
        <translation>llama.cpp iq4_nl 缓存：32 个非线性 4 位值一块，带一个 FP16 缩放因子（0.5625 字节）。</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format.</source>
        <translation>以所选格式存储的模型参数。</translation>
    </message>
    <message>
        <source>Every parameter of the model, stored in the chosen format. At 16 bit a parameter takes 2 bytes, at INT8 one byte, at INT4 half a byte plus its share of the scales.</source>
        <translation>模型的每个参数都以所选格式存储。16 位时每个参数占 2 字节，INT8 占 1 字节，INT4 占半字节再加上分摊的缩放因子。</translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <source>Average storage per parameter, scales and zero-points included.</source>
        <translation>每个参数的平均存储量，包含缩放因子和零点。</translation>
    </message>
    <message>
        <source>The average number of bits one parameter takes in memory, including the scales and zero-points that quantized formats store per group. INT4 with groups of 128 is about 4.25 bits per weight, not 4.</source>
        <translation>一个参数在内存中平均占用的位数，包括量化格式按组存储的缩放因子和零点。分组大小为 128 的 INT4 约为每权重 4.25 位，而不是 4 位。</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>分组大小</translation>
    </message>
    <message>
        <source>How many weights share one scale in a quantized format.</source>
        <translation>量化格式中共享同一个缩放因子的权重数量。</translation>
    </message>
    <message>
        <source>Quantized formats store one scale (and often a zero-point) for each group of consecutive weights. Smaller groups (g32) are more accurate but cost more bits per weight than larger ones (g128).</source>
        <translation>量化格式为每组连续权重存储一个缩放因子（通常还有一个零点）。较小的分组（g32）更精确，但每权重位数比较大的分组（g128）更多。</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Keys and values kept for every token, so they are not recomputed.</source>
        <translation>为每个 token 保存的键和值，避免重复计算。</translation>
    </message>
    <message>
        <source>While generating, a transformer keeps the attention keys and values of every earlier token of every sequence. It grows linearly with the context length and the batch: 2 × layers × KV heads × head dimension × tokens × bytes per value.</source>
        <translation>生成时，Transformer 会保存每个序列中每个先前 token 的注意力键和值。它随上下文长度和批大小线性增长：2 × 层数 × KV 头数 × 头维度 × token 数 × 每个值的字节数。</translation>
    </message>
    <message>
        <source>GQA (grouped-query attention)</source>
        <translation>GQA（分组查询注意力）</translation>
    </message>
    <message>
        <source>Several query heads share one key/value head, which shrinks the KV cache.</source>
        <translation>多个查询头共享一个键/值头，从而缩小 KV 缓存。</translation>
    </message>
    <message>
        <source>With grouped-query attention, groups of query heads share one key/value head. A model with 64 query heads and 8 KV heads caches 8 times less than the article&apos;s formula, which counts every hidden dimension.</source>
        <translation>在分组查询注意力中，每组查询头共享一个键/值头。一个有 64 个查询头和 8 个 KV 头的模型，缓存量只有文章公式（按每个隐藏维度计算）的八分之一。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Temporary tensors alive during a forward pass.</source>
        <translation>前向传播期间的临时张量。</translation>
    </message>
    <message>
        <source>The intermediate results of a forward pass. At inference only the peak of one layer matters, reached while the prompt is processed (prefill); fine-tuning keeps far more for the backward pass.</source>
        <translation>前向传播的中间结果。推理时只有单层的峰值重要，它出现在处理提示词时（预填充）；微调则要为反向传播保留多得多的激活值。</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Runtime costs beyond weights and KV cache: CUDA context, libraries, allocator reserve.</source>
        <translation>权重和 KV 缓存之外的运行时开销：CUDA 上下文、库、分配器预留。</translation>
    </message>
    <message>
        <source>Memory the runtime needs besides the model: the CUDA context, cuBLAS and other libraries, the caching allocator&apos;s reserve and communication buffers. The article&apos;s simple rule adds a flat 20 % on top of the weights; the runtime profiles use measured figures.</source>
        <translation>运行时在模型之外所需的内存：CUDA 上下文、cuBLAS 等库、缓存分配器的预留以及通信缓冲区。文章的简单规则在权重之上固定加 20%；运行时配置使用实测数值。</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and answer together.</source>
        <translation>每个序列的 token 数，提示词与回答合计。</translation>
    </message>
    <message>
        <source>The number of tokens one sequence holds: the prompt plus the generated text. The KV cache grows linearly with it, which is why long contexts can need more memory than the weights.</source>
        <translation>一个序列包含的 token 数：提示词加上生成的文本。KV 缓存随之线性增长，因此长上下文所需内存可能超过权重本身。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Sequences processed together, each with its own KV cache.</source>
        <translation>一起处理的序列，每个都有自己的 KV 缓存。</translation>
    </message>
    <message>
        <source>The number of sequences served at the same time. Weights are shared; every sequence has its own KV cache and activations.</source>
        <translation>同时服务的序列数。权重是共享的；每个序列都有自己的 KV 缓存和激活值。</translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Every layer split across several GPUs, each holding a slice of every matrix.</source>
        <translation>每一层拆分到多个 GPU 上，每个 GPU 持有每个矩阵的一部分。</translation>
    </message>
    <message>
        <source>With tensor parallelism each of N GPUs holds 1/N of every weight matrix and of the KV heads; the GPUs exchange partial results twice per layer. Pipeline parallelism instead gives each GPU whole consecutive layers.</source>
        <translation>张量并行时，N 个 GPU 各持有每个权重矩阵和 KV 头的 1/N；GPU 之间每层交换两次部分结果。流水线并行则是让每个 GPU 持有若干完整的连续层。</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>What a GPU offers after the driver&apos;s reserve, as nvidia-smi reports it.</source>
        <translation>扣除驱动预留后 GPU 实际可用的内存，即 nvidia-smi 报告的数值。</translation>
    </message>
    <message>
        <source>A GPU&apos;s datasheet (nominal) memory minus what the driver and ECC keep for themselves. FitScope compares the load with the usable figure.</source>
        <translation>GPU 规格表（标称）内存减去驱动和 ECC 自留的部分。FitScope 用可用内存与负载比较。</translation>
    </message>
</context>
<context>
    <name>PinnedOverlays</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基准）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>FitScope scenario (*.fitscope.json);;JSON (*.json);;All files (*)</source>
        <translation>FitScope 场景 (*.fitscope.json);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchemeCatalog</name>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>IEEE half precision: 5 exponent and 10 mantissa bits per weight, the usual inference baseline.</source>
        <translation>IEEE 半精度：每个权重 5 位指数和 10 位尾数，推理的常用基准。</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s 8 exponent bits with only 7 mantissa bits, so a wide range but coarser steps than FP16.</source>
        <translation>bfloat16：沿用 FP32 的 8 位指数，仅 7 位尾数，因此范围大但步长比 FP16 粗。</translation>
    </message>
    <message>
        <source>FP8 E4M3</source>
        <translation>FP8 E4M3</translation>
    </message>
    <message>
        <source>8-bit float with 4 exponent and 3 mantissa bits and one scale for the whole tensor (largest value 448).</source>
        <translation>8 位浮点，4 位指数、3 位尾数，整个张量一个缩放因子（最大值 448）。</translation>
    </message>
    <message>
        <source>FP8 E5M2</source>
        <translation>FP8 E5M2</translation>
    </message>
    <message>
        <source>8-bit float with 5 exponent and 2 mantissa bits: more range than E4M3, half the precision.</source>
        <translation>8 位浮点，5 位指数、2 位尾数：范围比 E4M3 大，精度减半。</translation>
    </message>
    <message>
        <source>INT8 per tensor</source>
        <translation>INT8 按张量</translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale for the whole tensor: the naive &apos;one global scale&apos; that a single large value ruins.</source>
        <translation>8 位整数，整个张量一个 absmax 缩放因子：朴素的“单一全局缩放”，一个大值就会毁掉它。</translation>
    </message>
    <message>
        <source>INT8 per channel</source>
        <translation>INT8 按通道</translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale per output channel (row), as bitsandbytes stores INT8 weights.</source>
        <translation>8 位整数，每个输出通道（行）一个 absmax 缩放因子，与 bitsandbytes 存储 INT8 权重的方式相同。</translation>
    </message>
    <message>
        <source>LLM.int8()</source>
        <translation>LLM.int8()</translation>
    </message>
    <message>
        <source>Per-channel INT8, with the input columns whose activations exceed the threshold kept in FP16 (Dettmers et al., 2022).</source>
        <translation>按通道 INT8，激活值超过阈值的输入列保留为 FP16（Dettmers 等，2022）。</translation>
    </message>
    <message>
        <source>INT4 g32</source>
        <translation>INT4 g32</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 32 weights.</source>
        <translation>4 位就近舍入，每组 32 个权重一个对称 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>INT4 g64</source>
        <translation>INT4 g64</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 64 weights.</source>
        <translation>4 位就近舍入，每组 64 个权重一个对称 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>INT4 g128</source>
        <translation>INT4 g128</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 128 weights.</source>
        <translation>4 位就近舍入，每组 128 个权重一个对称 FP16 缩放因子。</translation>
    </message>
    <message>
        <source>INT4 g32 + zero-point</source>
        <translation>INT4 g32 + 零点</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 32 with a scale and a 4-bit zero-point, so a lopsided group uses all 16 levels.</source>
        <translation>每组 32 个权重的 4 位就近舍入，带缩放因子和 4 位零点，使分布偏斜的组也能用满 16 个等级。</translation>
    </message>
    <message>
        <source>INT4 g64 + zero-point</source>
        <translation>INT4 g64 + 零点</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 64 with a scale and a 4-bit zero-point.</source>
        <translation>每组 64 个权重的 4 位就近舍入，带缩放因子和 4 位零点。</translation>
    </message>
    <message>
        <source>INT4 g128 + zero-point</source>
        <translation>INT4 g128 + 零点</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 128 with a scale and a 4-bit zero-point.</source>
        <translation>每组 128 个权重的 4 位就近舍入，带缩放因子和 4 位零点。</translation>
    </message>
    <message>
        <source>NF4</source>
        <translation>NF4</translation>
    </message>
    <message>
        <source>QLoRA&apos;s 4-bit NormalFloat: 16 levels placed at normal-distribution quantiles, one FP32 absmax per block of 64.</source>
        <translation>QLoRA 的 4 位 NormalFloat：16 个等级位于正态分布的分位点，每 64 个一块，每块一个 FP32 absmax。</translation>
    </message>
    <message>
        <source>NF4 + double quant</source>
        <translation>NF4 + 双重量化</translation>
    </message>
    <message>
        <source>NF4 whose block scales are themselves quantized to 8 bits, saving about 0.37 bits per weight.</source>
        <translation>块缩放因子本身再量化为 8 位的 NF4，每个权重约节省 0.37 位。</translation>
    </message>
    <message>
        <source>MXFP4</source>
        <translation>MXFP4</translation>
    </message>
    <message>
        <source>OCP microscaling: 32 FP4 (E2M1) values share one power-of-two scale.</source>
        <translation>OCP 微缩放：32 个 FP4（E2M1）值共享一个 2 的幂缩放因子。</translation>
    </message>
    <message>
        <source>GGUF Q8_0</source>
        <translation>GGUF Q8_0</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 signed 8-bit values with one FP16 scale (8.5 bits per weight).</source>
        <translation>llama.cpp 的块：32 个有符号 8 位值加一个 FP16 缩放因子（每权重 8.5 位）。</translation>
    </message>
    <message>
        <source>GGUF Q4_0</source>
        <translation>GGUF Q4_0</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with one FP16 scale (4.5 bits per weight).</source>
        <translation>llama.cpp 的块：32 个 4 位值加一个 FP16 缩放因子（每权重 4.5 位）。</translation>
    </message>
    <message>
        <source>GGUF Q4_1</source>
        <translation>GGUF Q4_1</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with an FP16 scale and minimum (5 bits per weight).</source>
        <translation>llama.cpp 的块：32 个 4 位值加 FP16 缩放因子和最小值（每权重 5 位）。</translation>
    </message>
    <message>
        <source>GGUF Q4_K</source>
        <translation>GGUF Q4_K</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s K-quant: super-blocks of 256 with 6-bit scales and minimums per 32 weights (4.5 bits per weight).</source>
        <translation>llama.cpp 的 K-quant：256 个一组的超级块，每 32 个权重有 6 位缩放因子和最小值（每权重 4.5 位）。</translation>
    </message>
    <message>
        <source>GGUF Q6_K</source>
        <translation>GGUF Q6_K</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s 6-bit K-quant: super-blocks of 256 with an 8-bit scale per 16 weights (6.56 bits per weight).</source>
        <translation>llama.cpp 的 6 位 K-quant：256 个一组的超级块，每 16 个权重一个 8 位缩放因子（每权重 6.56 位）。</translation>
    </message>
    <message>
        <source>GPTQ INT4 g128</source>
        <translation>GPTQ INT4 g128</translation>
    </message>
    <message>
        <source>GPTQ rounds column by column and pushes each rounding error onto the columns not yet rounded, using the calibration Hessian (4 bits, groups of 128).</source>
        <translation>GPTQ 逐列舍入，并利用校准得到的 Hessian 把每次舍入误差推给尚未舍入的列（4 位，分组 128）。</translation>
    </message>
    <message>
        <source>GPTQ INT4 g64</source>
        <translation>GPTQ INT4 g64</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 64.</source>
        <translation>GPTQ 的误差补偿 4 位舍入，分组 64。</translation>
    </message>
    <message>
        <source>GPTQ INT4 g32</source>
        <translation>GPTQ INT4 g32</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 32.</source>
        <translation>GPTQ 的误差补偿 4 位舍入，分组 32。</translation>
    </message>
    <message>
        <source>GPTQ INT3 g128</source>
        <translation>GPTQ INT3 g128</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating rounding with only 8 levels (3 bits), groups of 128.</source>
        <translation>GPTQ 的误差补偿舍入，仅 8 个等级（3 位），分组 128。</translation>
    </message>
    <message>
        <source>AWQ INT4 g128</source>
        <translation>AWQ INT4 g128</translation>
    </message>
    <message>
        <source>AWQ scales up the input channels with large activations before 4-bit rounding, so the weights that matter most lose least.</source>
        <translation>AWQ 在 4 位舍入前放大激活值较大的输入通道，使最重要的权重损失最小。</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>浮点</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>4-bit</source>
        <translation>4 位</translation>
    </message>
    <message>
        <source>GGUF</source>
        <translation>GGUF</translation>
    </message>
    <message>
        <source>GPTQ / AWQ</source>
        <translation>GPTQ / AWQ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 could not be read; FitScope started with the default settings (the damaged file was kept as %2).</source>
        <translation>无法读取设置文件 %1；FitScope 已使用默认设置启动（损坏的文件已保留为 %2）。</translation>
    </message>
</context>
<context>
    <name>fitscope</name>
    <message>
        <source>%1 free</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::AboutDialog</name>
    <message>
        <source>Does this LLM fit on this GPU, at this precision and context, and why? Memory, speed and quantization, with numbers.</source>
        <translation>这个 LLM 在这个精度和上下文下能否放进这块 GPU？为什么？内存、速度和量化，一切用数字说话。</translation>
    </message>
    <message>
        <source>FitScope is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>FitScope 是自由软件：您可以按照 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款重新分发和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建所用</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The component colours are the Okabe–Ito palette; the line colours are Paul Tol&apos;s muted scheme. Both are safe for colour-blind readers.</source>
        <translation>各组成部分的颜色采用 Okabe–Ito 调色板，曲线颜色采用 Paul Tol 的 muted 配色。两者对色觉障碍读者都很友好。</translation>
    </message>
    <message>
        <source>About FitScope</source>
        <translation>关于 FitScope</translation>
    </message>
    <message>
        <source>FitScope icon</source>
        <translation>FitScope 图标</translation>
    </message>
    <message>
        <source>Version, licence and the libraries FitScope uses.</source>
        <translation>版本、许可证以及 FitScope 使用的库。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::BreakdownChart</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Memory breakdown against capacity</source>
        <translation>内存构成与容量对比</translation>
    </message>
    <message>
        <source>For each selected GPU, a stacked bar of weights, KV cache, activations and overhead beside the GPU&apos;s usable and nominal memory, with a verdict.</source>
        <translation>对每个选中的 GPU，显示由权重、KV 缓存、激活值和开销堆叠而成的柱形，旁边是该 GPU 的可用内存和标称内存，并给出结论。</translation>
    </message>
    <message>
        <source>Nominal memory</source>
        <translation>标称内存</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation>未选择 GPU</translation>
    </message>
    <message>
        <source>%1 × %2
(load per GPU)</source>
        <translation>%1 × %2
（每个 GPU 的负载）</translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation>每个 GPU 的内存（%1）</translation>
    </message>
    <message>
        <source>%1
usable</source>
        <translation>%1
可用</translation>
    </message>
    <message>
        <source>%1 nominal</source>
        <translation>标称 %1</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>所需内存</translation>
    </message>
    <message>
        <source>Load on each of %1 GPUs&lt;br&gt;</source>
        <translation>%1 个 GPU 中每个的负载&lt;br&gt;</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usable: %2&lt;br&gt;Nominal: %3&lt;br&gt;%4: %5 %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;可用：%2&lt;br&gt;标称：%3&lt;br&gt;%4：%5 %6</translation>
    </message>
    <message>
        <source>free</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>short</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>In use (other processes)</source>
        <translation>已占用（其他进程）</translation>
    </message>
    <message>
        <source>With other processes: %1</source>
        <translation>连同其他进程：%1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type an action, model, GPU, format or runtime…</source>
        <translation>输入操作、模型、GPU、格式或运行时…</translation>
    </message>
    <message>
        <source>Search actions, models, GPUs, formats and runtimes</source>
        <translation>搜索操作、模型、GPU、格式和运行时</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ComparisonView</name>
    <message>
        <source>Show all inputs</source>
        <translation>显示所有输入</translation>
    </message>
    <message>
        <source>Lists every input, not only those that differ between the scenarios.</source>
        <translation>列出所有输入，而不仅是各场景之间不同的输入。</translation>
    </message>
    <message>
        <source>Comparison of the scenarios</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <source>Pin a scenario (Ctrl+P), change the controls, and the two are compared here; pin more to compare up to eight, and star one as the baseline.</source>
        <translation>固定一个场景（Ctrl+P），更改控件，两者即在此对比；最多可固定八个，并用星标设为基准。</translation>
    </message>
    <message>
        <source>Differences are from %1; the better value of each row is in bold. Memory is per GPU on each scenario&apos;s primary GPU.</source>
        <translation>差异相对于 %1；每行较优的值以粗体显示。显存为各场景主 GPU 上的每 GPU 用量。</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1（实时）</translation>
    </message>
    <message>
        <source>★ %1 (baseline)</source>
        <translation>★ %1（基准）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Inputs that differ</source>
        <translation>不同的输入</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextChart</name>
    <message>
        <source>Memory against context length</source>
        <translation>内存随上下文长度的变化</translation>
    </message>
    <message>
        <source>Total memory per GPU as the context grows, one line per weight format, with the capacity of each selected GPU and the longest context that fits marked.</source>
        <translation>随上下文增长的每个 GPU 总内存，每种权重格式一条曲线，并标出每个选中 GPU 的容量和能放下的最长上下文。</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence, log scale)</source>
        <translation>上下文长度（每个序列的 token 数，对数刻度）</translation>
    </message>
    <message>
        <source>Longest context that fits</source>
        <translation>能放下的最长上下文</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（已选）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> usable</source>
        <translation> 可用</translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation>每个 GPU 的内存（%1）</translation>
    </message>
    <message>
        <source>%1 tokens: %2</source>
        <translation>%1 个 token：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tokens: %3&lt;br&gt;(%4 bytes)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 个 token：%3&lt;br&gt;（%4 字节）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2&lt;/b&gt;&lt;br&gt;Longest context that fits: %3 tokens</source>
        <translation>&lt;b&gt;%1（%2）&lt;/b&gt;&lt;br&gt;能放下的最长上下文：%3 个 token</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextReadout</name>
    <message>
        <source>%1: weights %2 + KV %3 + activations %4 + overhead %5 = %6</source>
        <translation>%1：权重 %2 + KV %3 + 激活 %4 + 开销 %5 = %6</translation>
    </message>
    <message>
        <source>Hover for every curve at that context; click to set the context there.</source>
        <translation>悬停可查看该上下文处的每条曲线；单击可将上下文设为该值。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>%1: %2 tokens/s</source>
        <translation>%1：%2 token/秒</translation>
    </message>
    <message>
        <source>Decode at %1 tokens of context
%2</source>
        <translation>上下文为 %1 个 token 时的解码
%2</translation>
    </message>
    <message>
        <source>Context from the chart</source>
        <translation>来自图表的上下文</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ControlPanel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model to size: one from the catalog, a config.json you opened, or Custom (a bare parameter count with an assumed Llama-2-style shape). Type to search.</source>
        <translation>要估算的模型：目录中的模型、已打开的 config.json，或自定义（仅参数量，假定 Llama-2 风格结构）。输入即可搜索。</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source> (Ctrl+O)</source>
        <translation>（Ctrl+O）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>The number of weights in the model, from 0.1 billion to 2 trillion (log scale). Type a value such as 7B or 6.7e9. Moving it away from a catalog model switches to a custom model with an assumed shape.</source>
        <translation>模型中的权重数量，从 1 亿到 2 万亿（对数刻度）。可输入 7B 或 6.7e9 这样的值。偏离目录模型的数值会切换为假定结构的自定义模型。</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>参数量(&amp;P)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Weight format</source>
        <translation>权重格式</translation>
    </message>
    <message>
        <source>How each weight is stored: floating point (FP32, BF16, FP16, FP8), 8-bit integers, 4-bit formats (GPTQ, AWQ, NF4, MXFP4) or llama.cpp&apos;s GGUF types. Scales and zero-points are counted.</source>
        <translation>每个权重的存储方式：浮点（FP32、BF16、FP16、FP8）、8 位整数、4 位格式（GPTQ、AWQ、NF4、MXFP4）或 llama.cpp 的 GGUF 类型。缩放因子和零点均计算在内。</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>Embeddings and output head</source>
        <translation>嵌入层和输出头</translation>
    </message>
    <message>
        <source>Advanced precision</source>
        <translation>高级精度</translation>
    </message>
    <message>
        <source>Shows the formats of the token embeddings and the output head, which quantized models usually keep at 16 bit.</source>
        <translation>显示 token 嵌入层和输出头的格式，量化模型通常将它们保留为 16 位。</translation>
    </message>
    <message>
        <source>Embeddings format</source>
        <translation>嵌入层格式</translation>
    </message>
    <message>
        <source>The format of the token embedding table. Automatic: 16 bit for quantized formats, llama.cpp&apos;s choice for GGUF.</source>
        <translation>token 嵌入表的格式。自动：量化格式为 16 位，GGUF 则按 llama.cpp 的选择。</translation>
    </message>
    <message>
        <source>Output head format</source>
        <translation>输出头格式</translation>
    </message>
    <message>
        <source>The format of the output head (lm_head), the last matrix that turns hidden states into token scores. Automatic: 16 bit for quantized formats, Q6_K for GGUF.</source>
        <translation>输出头（lm_head）的格式，即把隐藏状态转换为 token 分数的最后一个矩阵。自动：量化格式为 16 位，GGUF 为 Q6_K。</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>嵌入层(&amp;E)</translation>
    </message>
    <message>
        <source>Output &amp;head</source>
        <translation>输出头(&amp;H)</translation>
    </message>
    <message>
        <source>KV cache format</source>
        <translation>KV 缓存格式</translation>
    </message>
    <message>
        <source>How the cached keys and values are stored. FP16 is the default of most runtimes; FP8 and INT8 halve the cache, llama.cpp&apos;s Q4_0 quarters it.</source>
        <translation>缓存的键和值的存储方式。FP16 是大多数运行时的默认值；FP8 和 INT8 使缓存减半，llama.cpp 的 Q4_0 使其降为四分之一。</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>KV 缓存(&amp;K)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and generated text together (log scale, up to the model&apos;s maximum). The KV cache grows linearly with it. Type 4096, 32k or 1M.</source>
        <translation>每个序列的 token 数，提示词与生成文本合计（对数刻度，最高为模型的上限）。KV 缓存随之线性增长。可输入 4096、32k 或 1M。</translation>
    </message>
    <message>
        <source>Con&amp;text length (tokens)</source>
        <translation>上下文长度（token）(&amp;T)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Concurrent sequences served together. Each one has its own KV cache and activations.</source>
        <translation>同时服务的序列。每个序列都有自己的 KV 缓存和激活值。</translation>
    </message>
    <message>
        <source>&amp;Batch (concurrent sequences)</source>
        <translation>批大小（并发序列）(&amp;B)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Runtime profile</source>
        <translation>运行时配置</translation>
    </message>
    <message>
        <source>How memory beyond weights and KV cache is counted: the article&apos;s simple rule (a flat overhead) or a profile measured on a real runtime.</source>
        <translation>如何计算权重和 KV 缓存之外的内存：文章的简单规则（固定比例开销），或在真实运行时上测得的配置。</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>运行时(&amp;R)</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %). Used only by the simple profile.</source>
        <translation>简单配置在权重之上的固定开销（文章建议 20–30%）。仅用于简单配置。</translation>
    </message>
    <message>
        <source>&amp;Overhead on weights</source>
        <translation>权重开销(&amp;O)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>G&amp;PUs to compare</source>
        <translation>要比较的 GPU(&amp;P)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article)</source>
        <translation>GB（10⁹ 字节，与文章一致）</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation>GiB（2³⁰ 字节，与 nvidia-smi 一致）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Show memory in GB (10⁹ bytes, as the article and datasheets) or GiB (2³⁰ bytes, as drivers report).</source>
        <translation>以 GB（10⁹ 字节，与文章和规格表一致）或 GiB（2³⁰ 字节，与驱动报告一致）显示内存。</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The format&apos;s own default for this part of the model.</source>
        <translation>该格式对模型这一部分的默认设置。</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>, from your catalog file</source>
        <translation>，来自您的目录文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Custom (parameter count only)</source>
        <translation>自定义（仅参数量）</translation>
    </message>
    <message>
        <source>A Llama-2-style model of the chosen size; its shape is assumed.</source>
        <translation>所选大小的 Llama-2 风格模型；其结构为假定。</translation>
    </message>
    <message>
        <source>Could not read the model %1 (%2); using the default model.</source>
        <translation>无法读取模型 %1（%2）；改用默认模型。</translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation>自定义 %1</translation>
    </message>
    <message>
        <source>Assumed shape (Llama-2 style): %1 layers, hidden %2, %3 heads (%4 KV), vocabulary %5.</source>
        <translation>假定结构（Llama-2 风格）：%1 层，隐藏维度 %2，%3 个头（%4 个 KV），词表 %5。</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 heads (%4 KV), up to %5 tokens.</source>
        <translation>%1 层，隐藏维度 %2，%3 个头（%4 个 KV），最多 %5 个 token。</translation>
    </message>
    <message>
        <source> Mixture of experts: %1 of %2 experts per token.</source>
        <translation> 混合专家：每个 token 使用 %2 个专家中的 %1 个。</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>打开模型文件…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>Reads a .gguf or .safetensors file, a Hugging Face model folder or a config.json (headers only) and sizes that exact architecture, with the exact bytes the file stores. You can also drop one onto the window.</source>
        <translation>读取 .gguf 或 .safetensors 文件、Hugging Face 模型文件夹或 config.json（仅文件头），并按文件中存储的精确字节数估算该架构。也可以将文件拖放到窗口上。</translation>
    </message>
    <message>
        <source>No model matches “%1”.</source>
        <translation>没有与“%1”匹配的模型。</translation>
    </message>
    <message>
        <source>On this machine…</source>
        <translation>本机上的模型…</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>本机上的模型</translation>
    </message>
    <message>
        <source>Lists the models already downloaded by Ollama, LM Studio, llama.cpp and the Hugging Face tools, and whether each fits the selected GPU; choose one to open it.</source>
        <translation>列出 Ollama、LM Studio、llama.cpp 和 Hugging Face 工具已下载的模型，以及每个模型能否放入所选 GPU；选择一个即可打开。</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+H)</source>
        <translation>（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Search models, or a Hugging Face id…</source>
        <translation>搜索模型，或输入 Hugging Face ID…</translation>
    </message>
    <message>
        <source>A Hugging Face id (ORG/NAME) or its page&apos;s address, with Enter, reads that model from the Hub.</source>
        <translation>输入 Hugging Face ID（ORG/NAME）或其页面地址并按 Enter，即从 Hub 读取该模型。</translation>
    </message>
    <message>
        <source>Hugging Face…</source>
        <translation>Hugging Face…</translation>
    </message>
    <message>
        <source>Open from Hugging Face</source>
        <translation>从 Hugging Face 打开</translation>
    </message>
    <message>
        <source>Reads a model from the Hugging Face Hub by its id (ORG/NAME): its config and the headers of its weight files, never the weights themselves.</source>
        <translation>按 ID（ORG/NAME）从 Hugging Face Hub 读取模型：只读取其配置和权重文件的头部，从不下载权重本身。</translation>
    </message>
    <message>
        <source> (Ctrl+Alt+O)</source>
        <translation>（Ctrl+Alt+O）</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>每个请求的图像数</translation>
    </message>
    <message>
        <source>Images sent with each request. Each becomes soft tokens in the sequence, cached like text, so the context and the KV cache hold them too.</source>
        <translation>每个请求附带的图像。每张图像变成序列中的软 token，像文本一样被缓存，因此上下文和 KV 缓存也要容纳它们。</translation>
    </message>
    <message>
        <source> tokens each</source>
        <translation> 个 token/张</translation>
    </message>
    <message>
        <source>Tokens per image</source>
        <translation>每张图像的 token 数</translation>
    </message>
    <message>
        <source>&amp;Images per request</source>
        <translation>每个请求的图像数(&amp;I)</translation>
    </message>
    <message>
        <source>tokens each: give a count</source>
        <translation>每张 token 数：请填写</translation>
    </message>
    <message>
        <source>The model&apos;s figure is for %1.</source>
        <translation>模型的数值对应 %1。</translation>
    </message>
    <message>
        <source>This model&apos;s image tokens depend on the image&apos;s size and tiling: give them.</source>
        <translation>该模型的图像 token 数取决于图像尺寸和分块方式：请填写。</translation>
    </message>
    <message>
        <source>The soft tokens one image takes in the sequence. %1</source>
        <translation>一张图像在序列中占用的软 token。%1</translation>
    </message>
    <message>
        <source>%1 tokens (model&apos;s)</source>
        <translation>%1 个 token（模型的）</translation>
    </message>
    <message>
        <source>Could not read the vision projector %1 (%2); the model is sized without it.</source>
        <translation>无法读取视觉投影器 %1（%2）；模型按不含它的情况估算。</translation>
    </message>
    <message>
        <source>Open the GGUF model first: a vision projector goes with a GGUF model.</source>
        <translation>请先打开 GGUF 模型：视觉投影器需配合 GGUF 模型使用。</translation>
    </message>
    <message>
        <source>This model has a vision projector already (%1).</source>
        <translation>此模型已有视觉投影器（%1）。</translation>
    </message>
    <message>
        <source>Memory already in use</source>
        <translation>已占用的显存</translation>
    </message>
    <message>
        <source>Memory other processes (the desktop, another model) already hold on each GPU of the primary configuration. The fit is judged against what is left; vLLM refuses to start when that is less than its gpu_memory_utilization share of the total. A GPU of this machine starts from what its driver reports.</source>
        <translation>其他进程（桌面、另一个模型）在主配置的每块 GPU 上已占用的显存。判定以剩余部分为准；当剩余少于 gpu_memory_utilization 占总量的份额时，vLLM 拒绝启动。本机的 GPU 以其驱动报告的数值为初始值。</translation>
    </message>
    <message>
        <source>Alrea&amp;dy in use per GPU</source>
        <translation>每块 GPU 已占用(&amp;D)</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::DerivationPanel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>系统内存</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Show the math</source>
        <translation>显示计算过程</translation>
    </message>
    <message>
        <source>Each step of the estimate with its numbers, as the engine computed it.</source>
        <translation>估算的每一步及其数字，与引擎的计算完全一致。</translation>
    </message>
    <message>
        <source>Copy the math</source>
        <translation>复制计算过程</translation>
    </message>
    <message>
        <source>Copies the derivation to the clipboard as plain text.</source>
        <translation>将推导过程以纯文本复制到剪贴板。</translation>
    </message>
    <message>
        <source>Copy the derivation as plain text (Ctrl+Shift+C)</source>
        <translation>将推导过程复制为纯文本（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>The engine&apos;s steps for the primary GPU, with every number it used.</source>
        <translation>引擎针对主 GPU 的各个步骤，以及用到的每个数字。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExplorerHistory</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Formats compared</source>
        <translation>对比的格式</translation>
    </message>
    <message>
        <source>Change the scenario</source>
        <translation>更改场景</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (另有 %n 项)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExplorerPage</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Show the &amp;math</source>
        <translation>计算过程(&amp;M)</translation>
    </message>
    <message>
        <source>Every catalog model on the selected GPUs at this precision, context and batch (memory per GPU). Click a cell to load that pair.</source>
        <translation>目录中的每个模型在所选 GPU 上、按当前精度、上下文和批大小的情况（每个 GPU 的内存）。点击单元格即可载入该组合。</translation>
    </message>
    <message>
        <source>&amp;Fit matrix</source>
        <translation>适配矩阵(&amp;F)</translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation>内存与容量对比</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>内存随上下文长度的变化</translation>
    </message>
    <message>
        <source>Compare formats ▾</source>
        <translation>比较格式 ▾</translation>
    </message>
    <message>
        <source>Formats to compare</source>
        <translation>要比较的格式</translation>
    </message>
    <message>
        <source>Chooses the weight formats drawn as extra lines in the memory-against-context chart, beside the chosen one.</source>
        <translation>选择在内存-上下文图中除已选格式外额外绘制为曲线的权重格式。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tokens × %4</source>
        <translation>%1 · %2 · %3 个 token × %4</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 tokens</source>
        <translation>%1，%2，%3 个 token</translation>
    </message>
    <message>
        <source> × %1 sequences</source>
        <translation> × %1 个序列</translation>
    </message>
    <message>
        <source>%1: %2 in total. Select a GPU to see whether it fits.</source>
        <translation>%1：共 %2。选择一个 GPU 以查看能否放下。</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation> 每个 GPU</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; of %3%4 on %5: &lt;b&gt;%6&lt;/b&gt;, %7.</source>
        <translation>%1：&lt;b&gt;%2&lt;/b&gt; / %3%4，%5 上：&lt;b&gt;%6&lt;/b&gt;，%7。</translation>
    </message>
    <message>
        <source> On %1: %2 (%3).</source>
        <translation> 在 %1 上：%2（%3）。</translation>
    </message>
    <message>
        <source>The article&apos;s rule (weights × %1 + KV cache) says &lt;b&gt;%2&lt;/b&gt;; the %3 profile says &lt;b&gt;%4&lt;/b&gt; (%5%6, %7%8 %).</source>
        <translation>文章的规则（权重 × %1 + KV 缓存）得出 &lt;b&gt;%2&lt;/b&gt;；%3 配置得出 &lt;b&gt;%4&lt;/b&gt;（%5%6，%7%8 %）。</translation>
    </message>
    <message>
        <source>Longest context that fits: none (not even one token)</source>
        <translation>能放下的最长上下文：无（连一个 token 都放不下）</translation>
    </message>
    <message>
        <source>Longest context that fits: %1 tokens (the model&apos;s maximum)</source>
        <translation>能放下的最长上下文：%1 个 token（模型的上限）</translation>
    </message>
    <message>
        <source>Longest context that fits: &lt;b&gt;%1&lt;/b&gt; tokens</source>
        <translation>能放下的最长上下文：&lt;b&gt;%1&lt;/b&gt; 个 token</translation>
    </message>
    <message>
        <source>largest batch: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>最大批大小：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>largest batch: none</source>
        <translation>最大批大小：无</translation>
    </message>
    <message>
        <source>smallest catalog GPU: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>目录中最小的可用 GPU：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>no single catalog GPU holds it</source>
        <translation>目录中没有任何单个 GPU 能放下</translation>
    </message>
    <message>
        <source>most precise format that fits: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>能放下的最精确格式：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no weight format fits</source>
        <translation>没有能放下的权重格式</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The derivation, the fit matrix and the other details of the estimate.</source>
        <translation>推导过程、适配矩阵以及估算的其他细节。</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>速度(&amp;P)</translation>
    </message>
    <message>
        <source>Model fi&amp;le</source>
        <translation>模型文件(&amp;L)</translation>
    </message>
    <message>
        <source>%1 #%2
layers %3–%4%5</source>
        <translation>%1 #%2
第 %3–%4 层%5</translation>
    </message>
    <message>
        <source> + head</source>
        <translation> + 输出头</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>系统内存</translation>
    </message>
    <message>
        <source>Speed is estimated for inference; switch the task to Inference to see tokens per second.</source>
        <translation>速度按推理估算；将任务切换为推理即可查看每秒 token 数。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Select a GPU (or the llama.cpp runtime, which can run on the CPU) to see tokens per second.</source>
        <translation>选择一个 GPU（或可在 CPU 上运行的 llama.cpp 运行时）即可查看每秒 token 数。</translation>
    </message>
    <message>
        <source>Fine-tuning: &lt;b&gt;%1&lt;/b&gt; trainable parameters; gradients %2, optimizer states %3, activations %4%5.</source>
        <translation>微调：&lt;b&gt;%1&lt;/b&gt; 个可训练参数；梯度 %2，优化器状态 %3，激活值 %4%5。</translation>
    </message>
    <message>
        <source>Speed: &lt;b&gt;%1 tokens/s&lt;/b&gt; per sequence (%2–%3)</source>
        <translation>速度：每个序列 &lt;b&gt;%1 token/s&lt;/b&gt;（%2–%3）</translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1 tokens/s&lt;/b&gt; for all %2 (%3–%4)</source>
        <translation>，全部 %2 个合计 &lt;b&gt;%1 token/s&lt;/b&gt;（%3–%4）</translation>
    </message>
    <message>
        <source>; first token after &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>；首 token 用时 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 for the whole batch)</source>
        <translation>（整个批次 %1）</translation>
    </message>
    <message>
        <source>; compute-bound</source>
        <translation>；受算力限制</translation>
    </message>
    <message>
        <source>; memory-bound</source>
        <translation>；受内存带宽限制</translation>
    </message>
    <message>
        <source> up to batch %1</source>
        <translation> 直到批大小 %1</translation>
    </message>
    <message>
        <source> (on the CPU).</source>
        <translation>（在 CPU 上）。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c43c00&apos;&gt;vLLM would not start: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c43c00&apos;&gt;vLLM 无法启动：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>vLLM: KV-cache pool &lt;b&gt;%1&lt;/b&gt; per GPU = &lt;b&gt;%2 tokens&lt;/b&gt;; maximum concurrency &lt;b&gt;%3×&lt;/b&gt; at %4 tokens per request.</source>
        <translation>vLLM：每个 GPU 的 KV 缓存池 &lt;b&gt;%1&lt;/b&gt; = &lt;b&gt;%2 个 token&lt;/b&gt;；每个请求 %4 个 token 时最大并发 &lt;b&gt;%3×&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>llama.cpp: &lt;b&gt;%1 of %2&lt;/b&gt; layers on the GPU</source>
        <translation>llama.cpp：&lt;b&gt;%2 层中的 %1 层&lt;/b&gt;在 GPU 上</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1&lt;/b&gt; stays in system RAM</source>
        <translation>；&lt;b&gt;%1&lt;/b&gt; 留在系统内存中</translation>
    </message>
    <message>
        <source> of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> / %1：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; the V cache stays F16 without flash attention</source>
        <translation>；没有 Flash Attention 时 V 缓存保持 F16</translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation>启动(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source> + %n image(s)</source>
        <translation>
            <numerusform> + %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source> after %1 already in use by other processes</source>
        <translation>（已扣除其他进程占用的 %1）</translation>
    </message>
    <message numerus="yes">
        <source>; the routed experts of %n layer(s) in system RAM (%1)</source>
        <translation><numerusform>；%n 层的路由专家在系统内存中（%1）</numerusform></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG (vector, text stays text)</source>
        <translation>SVG（矢量，文字保持为文字）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1×（屏幕）</translation>
    </message>
    <message>
        <source>2× (high-DPI documents)</source>
        <translation>2×（高 DPI 文档）</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixModel</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 per GPU, %5 (%6). Click to load this pair.</source>
        <translation>%1 在 %2 上：每个 GPU %3 / %4，%5（%6）。点击载入该组合。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixView</name>
    <message>
        <source>Fit matrix</source>
        <translation>适配矩阵</translation>
    </message>
    <message>
        <source>Every catalog model against every selected GPU at the chosen precision and context: the memory per GPU, coloured by verdict. Activate a cell to load it.</source>
        <translation>目录中每个模型对每个所选 GPU，在所选精度和上下文下每个 GPU 的内存，按结论着色。激活单元格即可载入。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuDetailsDialog</name>
    <message>
        <source>none or not published</source>
        <translation>无或未公布</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>not native</source>
        <translation>非原生</translation>
    </message>
    <message>
        <source>macOS wired limit (iogpu.wired_limit_mb)</source>
        <translation>macOS 固定内存上限（iogpu.wired_limit_mb）</translation>
    </message>
    <message>
        <source>BIOS carve-out and Linux GTT limit</source>
        <translation>BIOS 预留与 Linux GTT 上限</translation>
    </message>
    <message>
        <source>One pool shared by CPU and GPU</source>
        <translation>CPU 与 GPU 共享同一内存池</translation>
    </message>
    <message>
        <source>%1: details</source>
        <translation>%1：详细信息</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Catalog figures</source>
        <translation>目录数据</translation>
    </message>
    <message>
        <source>Each figure of the GPU catalog with the source it comes from.</source>
        <translation>GPU 目录中的每项数据及其来源。</translation>
    </message>
    <message>
        <source>entry: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>no source found</source>
        <translation>未找到来源</translation>
    </message>
    <message>
        <source>Memory (nominal)</source>
        <translation>显存（标称）</translation>
    </message>
    <message>
        <source>Usable (driver total or GPU limit)</source>
        <translation>可用（驱动报告总量或 GPU 上限）</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>FP16/BF16, dense</source>
        <translation>FP16/BF16，稠密</translation>
    </message>
    <message>
        <source>FP8, dense</source>
        <translation>FP8，稠密</translation>
    </message>
    <message>
        <source>FP4, dense</source>
        <translation>FP4，稠密</translation>
    </message>
    <message>
        <source>INT8, dense</source>
        <translation>INT8，稠密</translation>
    </message>
    <message>
        <source>INT4, dense</source>
        <translation>INT4，稠密</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <source>Memory the GPU may use</source>
        <translation>GPU 可使用的内存</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>默认：</translation>
    </message>
    <message>
        <source>the whole pool, %1, less what is in use</source>
        <translation>整个内存池 %1，减去已占用部分</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>最大：</translation>
    </message>
    <message>
        <source>To change it:</source>
        <translation>如何修改：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>The GPU shares system memory; the catalog has no sourced limit for this machine, so the whole pool is an upper bound.</source>
        <translation>GPU 与系统共享内存；目录中没有该机器有来源的上限，因此整个内存池只是上界。</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>GPU 显存上限</translation>
    </message>
    <message>
        <source>How much of the shared memory the GPU may use in this scenario, as the setting above would make it; the verdict is judged against it.</source>
        <translation>在此场景中 GPU 可使用多少共享内存（即上述设置所产生的效果）；判定以此为准。</translation>
    </message>
    <message>
        <source>Check this GPU in the picker to set its limit for the scenario.</source>
        <translation>在选择器中勾选此 GPU，才能为场景设置其上限。</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>GPU may &amp;use:</source>
        <translation>GPU 可使用(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuPicker</name>
    <message>
        <source>Consumer</source>
        <translation>消费级</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>Apple (unified memory)</source>
        <translation>Apple（统一内存）</translation>
    </message>
    <message>
        <source>Search GPUs…</source>
        <translation>搜索 GPU…</translation>
    </message>
    <message>
        <source>Search GPUs</source>
        <translation>搜索 GPU</translation>
    </message>
    <message>
        <source>Shows only the GPUs whose name contains the text.</source>
        <translation>仅显示名称包含该文字的 GPU。</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>GPUs to compare</source>
        <translation>要比较的 GPU</translation>
    </message>
    <message>
        <source>Check one or more GPUs; each checked GPU gets its own bar. Count is the number of identical GPUs sharing the model with tensor parallelism.</source>
        <translation>勾选一个或多个 GPU；每个勾选的 GPU 都有自己的柱形。数量是通过张量并行共享模型的相同 GPU 的个数。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB/s. Usable memory %4 of %5 nominal.%6</source>
        <translation>%1 — %2，%3 GB/s。可用内存 %4，标称 %5。%6</translation>
    </message>
    <message>
        <source> (from your catalog file)</source>
        <translation>（来自您的目录文件）</translation>
    </message>
    <message>
        <source>Number of %1 GPUs</source>
        <translation>%1 GPU 的数量</translation>
    </message>
    <message>
        <source>Identical GPUs sharing the model with tensor parallelism.</source>
        <translation>通过张量并行共享模型的相同 GPU。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Shows only this vendor&apos;s GPUs.</source>
        <translation>只显示该厂商的 GPU。</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <source>Any memory</source>
        <translation>任意显存</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>最小显存</translation>
    </message>
    <message>
        <source>Shows only GPUs with at least this much memory (nominal).</source>
        <translation>只显示显存（标称）不少于此值的 GPU。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shows only consumer cards, data-centre GPUs, Apple silicon, or every GPU that shares system memory.</source>
        <translation>只显示消费级显卡、数据中心 GPU、Apple 芯片，或所有共享系统内存的 GPU。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HelpDialog</name>
    <message>
        <source>FitScope guide</source>
        <translation>FitScope 指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>How to use FitScope and what its terms mean.</source>
        <translation>如何使用 FitScope 以及各术语的含义。</translation>
    </message>
    <message>
        <source>FitScope in five steps</source>
        <translation>五步上手 FitScope</translation>
    </message>
    <message>
        <source>FitScope answers one question: does this model fit on this GPU, at this precision and context length, and why? Every figure comes from the sizing engine, and &lt;i&gt;Show the math&lt;/i&gt; lists each step with its numbers.</source>
        <translation>FitScope 回答一个问题：这个模型在这个精度和上下文长度下能否放进这块 GPU？为什么？每个数字都来自估算引擎，&lt;i&gt;显示计算过程&lt;/i&gt;会列出每一步及其数字。</translation>
    </message>
    <message>
        <source>Choose a &lt;b&gt;model&lt;/b&gt; (type to search), or open a model&apos;s config.json or a GGUF or safetensors file with File → Open.</source>
        <translation>选择一个&lt;b&gt;模型&lt;/b&gt;（输入即可搜索），或通过 文件 → 打开 载入模型的 config.json 或 GGUF、safetensors 文件。</translation>
    </message>
    <message>
        <source>Choose the &lt;b&gt;weight format&lt;/b&gt; and the &lt;b&gt;KV cache&lt;/b&gt; format.</source>
        <translation>选择&lt;b&gt;权重格式&lt;/b&gt;和 &lt;b&gt;KV 缓存&lt;/b&gt;格式。</translation>
    </message>
    <message>
        <source>Set the &lt;b&gt;context length&lt;/b&gt; and the &lt;b&gt;batch&lt;/b&gt;: the KV cache grows with both.</source>
        <translation>设置&lt;b&gt;上下文长度&lt;/b&gt;和&lt;b&gt;批大小&lt;/b&gt;：KV 缓存随两者增长。</translation>
    </message>
    <message>
        <source>Pick a &lt;b&gt;runtime&lt;/b&gt;: the article&apos;s simple rule, or a profile measured on transformers, vLLM or llama.cpp.</source>
        <translation>选择&lt;b&gt;运行时&lt;/b&gt;：文章的简单规则，或在 transformers、vLLM、llama.cpp 上实测的配置。</translation>
    </message>
    <message>
        <source>Tick the &lt;b&gt;GPUs&lt;/b&gt; to compare; the first is the primary GPU of the summary.</source>
        <translation>勾选要比较的 &lt;b&gt;GPU&lt;/b&gt;；第一个是摘要中的主 GPU。</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>如何阅读图表</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against capacity&lt;/b&gt;: per GPU, a stacked bar (weights plain, KV cache striped, activations dotted, overhead cross-hatched) beside the GPU&apos;s usable memory (solid) and nominal memory (dashed outline). The badge says whether it fits and by how much.</source>
        <translation>&lt;b&gt;内存与容量对比&lt;/b&gt;：每个 GPU 一根堆叠柱形（权重为纯色，KV 缓存为斜纹，激活值为圆点，开销为网格），旁边是该 GPU 的可用内存（实心）和标称内存（虚线轮廓）。徽标显示能否放下以及余量多少。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against context length&lt;/b&gt;: one line per weight format, each with its own colour and dash pattern; the horizontal lines are the GPUs&apos; usable memory and the circles mark the longest context that fits.</source>
        <translation>&lt;b&gt;内存随上下文长度的变化&lt;/b&gt;：每种权重格式一条曲线，各有自己的颜色和虚线样式；水平线是各 GPU 的可用内存，圆圈标出能放下的最长上下文。</translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation>量化实验室</translation>
    </message>
    <message>
        <source>The second tab quantizes real or synthetic weights and measures the error and the speed of each format, so you can see what a smaller format costs in accuracy.</source>
        <translation>第二个标签页对真实或合成的权重进行量化，并测量每种格式的误差和速度，让您看到更小的格式在精度上付出的代价。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Every control is reachable with Tab; Alt and an underlined letter jump to a control; Ctrl+L finds a model, Ctrl+G a GPU. Shift+F1 and a click explain any control; Help → Keyboard shortcuts lists the rest.</source>
        <translation>每个控件都可以用 Tab 访问；Alt 加带下划线的字母可跳到对应控件；Ctrl+L 查找模型，Ctrl+G 查找 GPU。Shift+F1 再点击可解释任意控件；帮助 → 键盘快捷键 列出其余快捷键。</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HubOpenDialog</name>
    <message>
        <source>Open from Hugging Face</source>
        <translation>从 Hugging Face 打开</translation>
    </message>
    <message>
        <source>FitScope reads the model&apos;s config and the headers of its weight files, never the weights themselves: a few hundred kilobytes for a model of any size.</source>
        <translation>FitScope 只读取模型的配置和权重文件的头部，从不下载权重本身：任何规模的模型都只需几百 KB。</translation>
    </message>
    <message>
        <source>ORG/NAME, ORG/NAME@REVISION or the model page&apos;s address</source>
        <translation>ORG/NAME、ORG/NAME@REVISION 或模型页面的地址</translation>
    </message>
    <message>
        <source>GGUF file:</source>
        <translation>GGUF 文件：</translation>
    </message>
    <message>
        <source>Offline: use only what was fetched before</source>
        <translation>离线：只使用之前获取的内容</translation>
    </message>
    <message>
        <source>Model id:</source>
        <translation>模型 ID：</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Read %1 at %2: %3 downloaded of %4.</source>
        <translation>已读取 %1（%2）：下载了 %4 中的 %3。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>This repository holds %n GGUF models: choose one and press Open.</source>
        <translation>
            <numerusform>此仓库包含 %n 个 GGUF 模型：请选择一个并按“打开”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model could not be read.</source>
        <translation>无法读取该模型。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Could not open it:</source>
        <translation>无法打开：</translation>
    </message>
    <message>
        <source>Cache: %1 in %2</source>
        <translation>缓存：%1，位于 %2</translation>
    </message>
    <message>
        <source>Could not clear the cache in %1.</source>
        <translation>无法清除 %1 中的缓存。</translation>
    </message>
    <message>
        <source>Cache cleared.</source>
        <translation>缓存已清除。</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set in the environment: FitScope stays offline.</source>
        <translation>环境中设置了 HF_HUB_OFFLINE：FitScope 保持离线。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchCommandPaste</name>
    <message>
        <source>Paste a launch &amp;command…</source>
        <translation>粘贴启动命令(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>Reads a llama-server, vllm serve or ollama command line into the explorer.</source>
        <translation>将 llama-server、vllm serve 或 ollama 命令行读入浏览器。</translation>
    </message>
    <message>
        <source>Pasted command</source>
        <translation>粘贴的命令</translation>
    </message>
    <message>
        <source>Read the command into the explorer.</source>
        <translation>已将命令读入浏览器。</translation>
    </message>
    <message>
        <source>Read the command into the explorer; FitScope does not model %1 of its words (listed in the dialog).</source>
        <translation>已将命令读入浏览器；其中 %1 个词 FitScope 未建模（见对话框）。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchPanel</name>
    <message>
        <source>llama.cpp · llama-server</source>
        <translation>llama.cpp · llama-server</translation>
    </message>
    <message>
        <source>vLLM · vllm serve</source>
        <translation>vLLM · vllm serve</translation>
    </message>
    <message>
        <source>Ollama · environment and Modelfile</source>
        <translation>Ollama · 环境变量和 Modelfile</translation>
    </message>
    <message>
        <source>the llama.cpp profile</source>
        <translation>llama.cpp 配置</translation>
    </message>
    <message>
        <source>the vLLM profile</source>
        <translation>vLLM 配置</translation>
    </message>
    <message>
        <source>the llama.cpp profile (Ollama runs llama.cpp)</source>
        <translation>llama.cpp 配置（Ollama 运行 llama.cpp）</translation>
    </message>
    <message>
        <source>Sized with %1: %2 (no GPU selected).</source>
        <translation>按 %1 估算：%2（未选择 GPU）。</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation>（每块 GPU）</translation>
    </message>
    <message>
        <source>Sized with %1: %2 of %3%4, %5 (%6).</source>
        <translation>按 %1 估算：%2 / %3%4，%5（%6）。</translation>
    </message>
    <message>
        <source>Launch commands</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Each command has exactly the settings this estimate assumed, so the run matches it. Replace the model path where FitScope does not know the file.</source>
        <translation>每条命令都使用此估算所假设的设置，运行结果因此与估算一致。FitScope 不知道文件位置时，请替换模型路径。</translation>
    </message>
    <message>
        <source>Copy memory &amp;plan (JSON)</source>
        <translation>复制内存计划(&amp;P)（JSON）</translation>
    </message>
    <message>
        <source>Copies the memory plan of the first runtime below: per device and host, each component&apos;s bytes, the settings and the command (schema %1).</source>
        <translation>复制下方第一个运行时的内存计划：每个设备和主机上各组件的字节数、设置和命令（模式 %1）。</translation>
    </message>
    <message>
        <source>Copied the memory plan for %1.</source>
        <translation>已复制 %1 的内存计划。</translation>
    </message>
    <message>
        <source>Paste a &amp;command…</source>
        <translation>粘贴命令(&amp;C)…</translation>
    </message>
    <message>
        <source>Reads a llama-server, vllm serve or ollama command line into the explorer.</source>
        <translation>将 llama-server、vllm serve 或 ollama 命令行读入浏览器。</translation>
    </message>
    <message>
        <source>Flags and defaults as in %1.</source>
        <translation>选项和默认值依据 %1。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the %1 command</source>
        <translation>复制 %1 命令</translation>
    </message>
    <message>
        <source>Copied the %1 command.</source>
        <translation>已复制 %1 命令。</translation>
    </message>
    <message>
        <source>%1 command</source>
        <translation>%1 命令</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchPasteDialog</name>
    <message>
        <source>%1 command</source>
        <translation>%1 命令</translation>
    </message>
    <message>
        <source>Ollama command (sized as llama.cpp)</source>
        <translation>Ollama 命令（按 llama.cpp 估算）</translation>
    </message>
    <message>
        <source>context %1 tokens per sequence</source>
        <translation>每个序列上下文 %1 个 token</translation>
    </message>
    <message>
        <source>KV cache %1</source>
        <translation>KV 缓存 %1</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 块 GPU</translation>
    </message>
    <message>
        <source>%1 layers on the GPU</source>
        <translation>GPU 上 %1 层</translation>
    </message>
    <message>
        <source>flash attention</source>
        <translation>flash attention</translation>
    </message>
    <message>
        <source>no flash attention</source>
        <translation>不使用 flash attention</translation>
    </message>
    <message>
        <source>GPU memory utilization %1</source>
        <translation>GPU 显存利用率 %1</translation>
    </message>
    <message>
        <source>The model holds at most %1 tokens: the explorer&apos;s context stops there (the runtime would refuse the longer one).</source>
        <translation>该模型最多容纳 %1 个 token：浏览器的上下文到此为止（运行时会拒绝更长的上下文）。</translation>
    </message>
    <message>
        <source>Its model “%1” is not opened: the model on screen stays.</source>
        <translation>不会打开其模型“%1”：保留当前显示的模型。</translation>
    </message>
    <message>
        <source>Not modelled by FitScope (kept in the command): %1</source>
        <translation>FitScope 未建模（保留在命令中）：%1</translation>
    </message>
    <message>
        <source>Paste a Launch Command</source>
        <translation>粘贴启动命令</translation>
    </message>
    <message>
        <source>A llama-server, vllm serve or ollama command line: its context, sequences, cache types, layers and memory settings become the explorer&apos;s.</source>
        <translation>llama-server、vllm serve 或 ollama 命令行：其上下文、序列数、缓存类型、层数和内存设置将应用到浏览器。</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>&amp;Use this command</source>
        <translation>使用此命令(&amp;U)</translation>
    </message>
    <message>
        <source>Paste or type a command.</source>
        <translation>粘贴或输入一条命令。</translation>
    </message>
    <message>
        <source>Choose a model first: the command&apos;s settings go on top of it.</source>
        <translation>请先选择模型：命令的设置将应用于该模型。</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 个序列</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 个序列</translation>
    </message>
    <message>
        <source>flash attention auto</source>
        <translation>flash attention 自动</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LayerStripChart</name>
    <message>
        <source>full attention</source>
        <translation>全注意力</translation>
    </message>
    <message>
        <source>sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>chunked attention</source>
        <translation>分块注意力</translation>
    </message>
    <message>
        <source>latent attention (MLA)</source>
        <translation>潜在注意力 (MLA)</translation>
    </message>
    <message>
        <source>Gated DeltaNet (fixed state)</source>
        <translation>Gated DeltaNet（固定状态）</translation>
    </message>
    <message>
        <source>Mamba-2 (fixed state)</source>
        <translation>Mamba-2（固定状态）</translation>
    </message>
    <message>
        <source>shares another layer&apos;s KV</source>
        <translation>共享另一层的 KV</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>无缓存</translation>
    </message>
    <message>
        <source>KV cache per layer</source>
        <translation>每层 KV 缓存</translation>
    </message>
    <message>
        <source>One bar per decoder layer, coloured by how the layer attends, its height what the layer caches at the current context under the chosen runtime: sliding-window layers stop at their window, recurrent layers hold a fixed state.</source>
        <translation>每个解码器层一根柱，颜色表示该层的注意力方式，高度表示在所选运行时下当前上下文时该层缓存的内容：滑动窗口层止于其窗口，循环层保持固定状态。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>No layers to show</source>
        <translation>没有可显示的层</translation>
    </message>
    <message>
        <source>No layer caches anything</source>
        <translation>没有层缓存任何内容</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1，%2 个 token</translation>
    </message>
    <message>
        <source>Layer %1 · %2
%3 of state for %4 sequences, at any context</source>
        <translation>第 %1 层 · %2
%4 个序列的状态 %3，与上下文无关</translation>
    </message>
    <message>
        <source>Layer %1 · %2
%3 at %4 tokens × %5 sequences (%6)</source>
        <translation>第 %1 层 · %2
%4 个 token × %5 个序列时 %3（%6）</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LocalModelsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected model in the explorer, as opening its file does (or double-click it).</source>
        <translation>在探索器中打开所选模型，与打开其文件相同（或双击它）。</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Look through the model stores again.</source>
        <translation>重新查看各个模型存储位置。</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder of GGUF files or safetensors models to list too (kept for next time).</source>
        <translation>另一个包含 GGUF 文件或 safetensors 模型的文件夹，也一并列出（下次仍会保留）。</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>本机上的模型</translation>
    </message>
    <message>
        <source>The models in the Hugging Face cache, Ollama, LM Studio, llama.cpp&apos;s cache and the folders you added, with their format, size and whether they fit the selected GPU at the selected context.</source>
        <translation>Hugging Face 缓存、Ollama、LM Studio、llama.cpp 缓存以及您添加的文件夹中的模型，包括格式、大小，以及在所选上下文长度下能否放入所选 GPU。</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>尚未扫描。</translation>
    </message>
    <message>
        <source>Scanning the model stores…</source>
        <translation>正在扫描模型存储位置…</translation>
    </message>
    <message>
        <source>Add a folder of models</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <source>Models found: %1, in %2 of %3 store folders.</source>
        <translation>找到的模型：%1 个，位于 %3 个存储文件夹中的 %2 个。</translation>
    </message>
    <message>
        <source>Broken: %1 (hover for the reason).</source>
        <translation>损坏：%1 个（悬停查看原因）。</translation>
    </message>
    <message>
        <source>Folders ▾</source>
        <translation>文件夹 ▾</translation>
    </message>
    <message>
        <source>The folders scanned; remove a folder you added.</source>
        <translation>已扫描的文件夹；可移除您添加的文件夹。</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>No folders added</source>
        <translation>未添加文件夹</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1 is no longer listed (its files are left as they are).</source>
        <translation>不再列出 %1（其中的文件保持不变）。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LocalModelsTableModel</name>
    <message>
        <source>Hugging Face cache</source>
        <translation>Hugging Face 缓存</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>llama.cpp cache</source>
        <translation>llama.cpp 缓存</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>损坏：%1</translation>
    </message>
    <message>
        <source>No architecture to size: %1</source>
        <translation>没有可计算的架构：%1</translation>
    </message>
    <message>
        <source>Needs %1 of %2 per GPU</source>
        <translation>每个 GPU 需要 %1（共 %2）</translation>
    </message>
    <message>
        <source>Ollama runs it with num_ctx %1 (its Modelfile&apos;s parameter)</source>
        <translation>Ollama 以 num_ctx %1 运行它（其 Modelfile 中的参数）</translation>
    </message>
    <message>
        <source>%1 (num_ctx)</source>
        <translation>%1（num_ctx）</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>能否放下</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LogCheckDialog</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>可启动</translation>
    </message>
    <message>
        <source>does not start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Check a Runtime Log</source>
        <translation>检查运行时日志</translation>
    </message>
    <message>
        <source>Paste a vLLM, llama.cpp or Ollama start-up log (or open one): FitScope sizes the scenario it shows with the explorer&apos;s model and compares every figure.</source>
        <translation>粘贴 vLLM、llama.cpp 或 Ollama 的启动日志（或打开日志文件）：FitScope 用浏览器中的模型估算日志所示的场景，并逐项比较。</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>打开日志文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Runtime Log</source>
        <translation>打开运行时日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …</source>
        <translation>INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …</translation>
    </message>
    <message>
        <source>Runtime log</source>
        <translation>运行时日志</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>保存图表(&amp;S)…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <source>Not a runtime log FitScope can read.</source>
        <translation>这不是 FitScope 能读取的运行时日志。</translation>
    </message>
    <message>
        <source>Choose the model that ran in the explorer first.</source>
        <translation>请先在浏览器中选择运行的模型。</translation>
    </message>
    <message>
        <source>The log does not print the GPU&apos;s memory: select the GPU it ran on in the explorer.</source>
        <translation>日志未给出 GPU 显存：请在浏览器中选择运行它的 GPU。</translation>
    </message>
    <message>
        <source>FitScope cannot size the scenario of this log: %1</source>
        <translation>FitScope 无法估算此日志的场景：%1</translation>
    </message>
    <message>
        <source>Scenario: %1, %2, context %3 × %4, %5 × %6 (%7).</source>
        <translation>场景：%1，%2，上下文 %3 × %4，%5 × %6（%7）。</translation>
    </message>
    <message>
        <source>From the log: %1.</source>
        <translation>来自日志：%1。</translation>
    </message>
    <message>
        <source>The log wins over the explorer: %1.</source>
        <translation>以日志为准（覆盖浏览器设置）：%1。</translation>
    </message>
    <message>
        <source>Not in the log, taken from the explorer: %1.</source>
        <translation>日志中没有，取自浏览器：%1。</translation>
    </message>
    <message>
        <source>Paste a log or open a log file.</source>
        <translation>粘贴日志或打开日志文件。</translation>
    </message>
    <message>
        <source>FitScope predicts: %1</source>
        <translation>FitScope 预测：%1</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>无结论</translation>
    </message>
    <message>
        <source>; the log shows: %1 (agrees)</source>
        <translation>；日志显示：%1（一致）</translation>
    </message>
    <message>
        <source>; the log shows: %1 (disagrees)</source>
        <translation>；日志显示：%1（不一致）</translation>
    </message>
    <message>
        <source>; estimated maximum model length %1</source>
        <translation>；估计的最大模型长度 %1</translation>
    </message>
    <message>
        <source>Predicted by FitScope</source>
        <translation>FitScope 预测</translation>
    </message>
    <message>
        <source>Save the Comparison Chart</source>
        <translation>保存对比图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LogSlider</name>
    <message>
        <source>%1 (exact value)</source>
        <translation>%1（精确值）</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::MainWindow</name>
    <message>
        <source>FitScope</source>
        <translation>FitScope</translation>
    </message>
    <message>
        <source>Fit explorer</source>
        <translation>适配浏览器</translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation>量化实验室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation>保存截图(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>复制摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>摘要已复制。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Copy the &amp;math</source>
        <translation>复制计算过程(&amp;M)</translation>
    </message>
    <message>
        <source>Derivation copied as text.</source>
        <translation>推导过程已复制为文本。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Find &amp;model</source>
        <translation>查找模型(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Find &amp;GPU</source>
        <translation>查找 GPU(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show &amp;GB (10⁹ bytes)</source>
        <translation>以 GB 显示(&amp;G)（10⁹ 字节）</translation>
    </message>
    <message>
        <source>Show G&amp;iB (2³⁰ bytes)</source>
        <translation>以 GiB 显示(&amp;I)（2³⁰ 字节）</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show the &amp;math</source>
        <translation>计算过程(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show the &amp;fit matrix</source>
        <translation>显示适配矩阵(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Reset scenario</source>
        <translation>重置场景(&amp;R)</translation>
    </message>
    <message>
        <source>Scenario reset to the default: Llama-2-13B on one A10G, 4,096 tokens.</source>
        <translation>场景已重置为默认值：一块 A10G 上的 Llama-2-13B，4,096 个 token。</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>FitScope &amp;guide</source>
        <translation>FitScope 指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>这是什么(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About FitScope</source>
        <translation>关于 FitScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a GPU&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a config.json&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;models on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open from Hugging Face&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;paste a launch command&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;check a runtime log&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+underlined letter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to that control&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows, Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move a focused slider&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M / Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the math / the fit matrix&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the math&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the summary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the scenario&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save a screenshot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Shift+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the guide / what is this?&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查找模型&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查找 GPU&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开 config.json&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;本机上的模型&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;从 Hugging Face 打开&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;粘贴启动命令&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;检查运行时日志&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+带下划线的字母&lt;/b&gt;&lt;/td&gt;&lt;td&gt;跳到对应控件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;方向键、Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;移动获得焦点的滑块&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M / Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示计算过程 / 适配矩阵&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;复制计算过程&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;复制摘要&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;重置场景&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存截图&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;首选项&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Shift+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;指南 / 这是什么？&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>The fit explorer and the quantization lab.</source>
        <translation>适配浏览器和量化实验室。</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>本机上的模型</translation>
    </message>
    <message>
        <source>Models on this &amp;machine…</source>
        <translation>本机上的模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Open from &amp;Hugging Face…</source>
        <translation>从 &amp;Hugging Face 打开…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>Could not size %1: %2</source>
        <translation>无法估算 %1：%2</translation>
    </message>
    <message>
        <source>Loaded %1 from Hugging Face (%2 read, %3 of weights not downloaded).</source>
        <translation>已从 Hugging Face 加载 %1（读取 %2，未下载 %3 的权重）。</translation>
    </message>
    <message>
        <source>Loaded %1 from the cache.</source>
        <translation>已从缓存加载 %1。</translation>
    </message>
    <message>
        <source>Check a runtime &amp;log…</source>
        <translation>检查运行时日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ModelFileOpener</name>
    <message>
        <source>Open model &amp;folder…</source>
        <translation>打开模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Recent &amp;models</source>
        <translation>最近的模型(&amp;M)</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;Hugging Face config (config.json *.json);;All files (*)</source>
        <translation>模型文件 (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;Hugging Face 配置 (config.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>FitScope could not read %1.</source>
        <translation>FitScope 无法读取 %1。</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>已载入 %1。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Add vision &amp;projector (mmproj)…</source>
        <translation>添加视觉投影器（mmproj）(&amp;P)…</translation>
    </message>
    <message>
        <source>Adds the mmproj file llama.cpp loads with --mmproj to the GGUF model on screen, so its weights are counted and requests can carry images.</source>
        <translation>为当前 GGUF 模型添加 llama.cpp 通过 --mmproj 加载的 mmproj 文件：其权重将计入，请求也可以携带图像。</translation>
    </message>
    <message>
        <source>Open a GGUF model first: a vision projector (mmproj) goes with a GGUF model.</source>
        <translation>请先打开 GGUF 模型：视觉投影器（mmproj）需配合 GGUF 模型使用。</translation>
    </message>
    <message>
        <source>Add a vision projector</source>
        <translation>添加视觉投影器</translation>
    </message>
    <message>
        <source>Vision projectors (mmproj*.gguf);;GGUF (*.gguf);;All files (*)</source>
        <translation>视觉投影器 (mmproj*.gguf);;GGUF (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not add the vision projector</source>
        <translation>无法添加视觉投影器</translation>
    </message>
    <message>
        <source>Added the vision projector %1: its weights are counted and requests can carry images.</source>
        <translation>已添加视觉投影器 %1：其权重已计入，请求可以携带图像。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ModelFilePanel</name>
    <message>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Stored types</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>The bytes the file stores in each tensor type.</source>
        <translation>文件中每种张量类型存储的字节数。</translation>
    </message>
    <message>
        <source>Bytes by stored type</source>
        <translation>按存储类型统计的字节数</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model file open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a Hugging Face model folder, a .safetensors or .gguf file, or a config.json with &lt;b&gt;File → Open model…&lt;/b&gt;, or drop one onto the window. FitScope reads the headers only (a few milliseconds even for a 100 GB model) and sizes the weights from the exact bytes the file stores.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未打开模型文件。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过&lt;b&gt;文件 → 打开模型…&lt;/b&gt;打开 Hugging Face 模型文件夹、.safetensors 或 .gguf 文件或 config.json，或将其拖放到窗口上。FitScope 只读取文件头（即使是 100 GB 的模型也只需几毫秒），并根据文件存储的精确字节数计算权重。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (%2 files, %3 on disk)</source>
        <translation>%1（%2 个文件，磁盘占用 %3）</translation>
    </message>
    <message>
        <source>%1 (%2 on disk)</source>
        <translation>%1（磁盘占用 %2）</translation>
    </message>
    <message>
        <source> → sized as %1</source>
        <translation> → 按 %1 计算</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>%1: %2 layers, hidden %3, %4 heads (%5 KV), vocabulary %6</source>
        <translation>%1：%2 层，隐藏维度 %3，%4 个头（%5 个 KV），词表 %6</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c43c00&apos;&gt;not described: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c43c00&apos;&gt;未描述：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Trained context</source>
        <translation>训练上下文</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>%1 from the tensor table</source>
        <translation>%1（来自张量表）</translation>
    </message>
    <message>
        <source>%1 from the architecture&apos;s formula</source>
        <translation>%1（来自架构公式）</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c43c00&apos;&gt;&lt;b&gt;⚠ They differ:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c43c00&apos;&gt;&lt;b&gt;⚠ 两者不一致：&lt;/b&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#1a7f37&apos;&gt;✓ agree&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#1a7f37&apos;&gt;✓ 一致&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exact (%2 bytes in %3 tensors)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 精确值（%3 个张量共 %2 字节）</translation>
    </message>
    <message>
        <source>no tensor table (a config.json alone): the format&apos;s formula sizes them</source>
        <translation>没有张量表（仅 config.json）：按格式公式计算</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ModelPickerDelegate</name>
    <message>
        <source>%1 total, %2 active</source>
        <translation>共 %1，激活 %2</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>共 %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PinBar</name>
    <message>
        <source>Pinned scenarios</source>
        <translation>已固定的场景</translation>
    </message>
    <message>
        <source>Scenarios kept for comparison. The baseline is the one the others are measured against.</source>
        <translation>为对比而保留的场景。基准是其他场景与之比较的那个。</translation>
    </message>
    <message>
        <source>Pin scenario</source>
        <translation>固定场景</translation>
    </message>
    <message>
        <source>Keeps this scenario as a card to compare others with (up to eight). Ctrl+P</source>
        <translation>将此场景保留为卡片，用于与其他场景对比（最多八个）。Ctrl+P</translation>
    </message>
    <message>
        <source>Pin the scenario</source>
        <translation>固定该场景</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them side by side; star one as the baseline.</source>
        <translation>固定场景以并排对比；用星标将其中一个设为基准。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Shows the pinned scenarios and the live one side by side, with what differs.</source>
        <translation>并排显示已固定的场景和当前场景，以及它们的不同之处。</translation>
    </message>
    <message>
        <source>Eight scenarios are pinned: unpin one to pin another.</source>
        <translation>已固定八个场景：取消固定一个后才能固定新的。</translation>
    </message>
    <message>
        <source>%1, the baseline</source>
        <translation>%1，基准</translation>
    </message>
    <message>
        <source>The baseline: the others are compared with it. Click to unmark.</source>
        <translation>基准：其他场景与之对比。单击取消标记。</translation>
    </message>
    <message>
        <source>Make this the baseline the others are compared with.</source>
        <translation>将此设为其他场景对比的基准。</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>%1
Click for the menu: rename, show in the controls, unpin.</source>
        <translation>%1
单击打开菜单：重命名、在控件中显示、取消固定。</translation>
    </message>
    <message>
        <source>Show in the controls</source>
        <translation>在控件中显示</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Unmark as baseline</source>
        <translation>取消基准标记</translation>
    </message>
    <message>
        <source>Make baseline</source>
        <translation>设为基准</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>取消固定 %1</translation>
    </message>
    <message>
        <source>Rename the pinned scenario</source>
        <translation>重命名已固定的场景</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PinnedScenarios</name>
    <message>
        <source>Custom %1</source>
        <translation>自定义 %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the window. Numbers follow it too. The window reopens at once in the new language; the scenario is kept.</source>
        <translation>窗口的语言，数字格式也随之改变。窗口会立即以新语言重新打开，场景保持不变。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light or dark colours for the window and the charts, applied at once.</source>
        <translation>窗口和图表的浅色或深色配色，立即生效。</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article and datasheets)</source>
        <translation>GB（10⁹ 字节，与文章和规格表一致）</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation>GiB（2³⁰ 字节，与 nvidia-smi 一致）</translation>
    </message>
    <message>
        <source>Memory units</source>
        <translation>内存单位</translation>
    </message>
    <message>
        <source>How memory sizes are shown everywhere in the window.</source>
        <translation>窗口中各处内存大小的显示方式。</translation>
    </message>
    <message>
        <source>Default runtime</source>
        <translation>默认运行时</translation>
    </message>
    <message>
        <source>The runtime profile a new or reset scenario starts with.</source>
        <translation>新建或重置场景时使用的运行时配置。</translation>
    </message>
    <message>
        <source>Default overhead</source>
        <translation>默认开销</translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %).</source>
        <translation>简单配置在权重之上的固定开销（文章建议 20–30%）。</translation>
    </message>
    <message>
        <source>vLLM GPU memory utilization</source>
        <translation>vLLM GPU 内存利用率</translation>
    </message>
    <message>
        <source>The share of each GPU&apos;s memory vLLM takes at start-up (--gpu-memory-utilization; 0.90 by default).</source>
        <translation>vLLM 启动时占用每个 GPU 内存的比例（--gpu-memory-utilization；默认 0.90）。</translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation>llama.cpp Flash Attention</translation>
    </message>
    <message>
        <source>User catalog file</source>
        <translation>用户目录文件</translation>
    </message>
    <message>
        <source>A catalog.json with your own models and GPUs, merged with the built-in catalog. Empty: catalog.json in FitScope&apos;s settings folder.</source>
        <translation>包含您自己的模型和 GPU 的 catalog.json，会与内置目录合并。留空：使用 FitScope 设置文件夹中的 catalog.json。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the catalog file</source>
        <translation>浏览目录文件</translation>
    </message>
    <message>
        <source>Chooses the user catalog file in a file dialog.</source>
        <translation>在文件对话框中选择用户目录文件。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>运行时(&amp;R)：</translation>
    </message>
    <message>
        <source>Simple profile&apos;s &amp;overhead:</source>
        <translation>简单配置的开销(&amp;O)：</translation>
    </message>
    <message>
        <source>vLLM GPU &amp;memory utilization:</source>
        <translation>vLLM GPU 内存利用率(&amp;M)：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>User &amp;catalog:</source>
        <translation>用户目录(&amp;C)：</translation>
    </message>
    <message>
        <source>Units and theme apply at once. A new language or catalog reopens the window at once, with the same scenario.</source>
        <translation>单位和主题立即生效。更换语言或目录会立即重新打开窗口，场景保持不变。</translation>
    </message>
    <message>
        <source>Choose the user catalog</source>
        <translation>选择用户目录</translation>
    </message>
    <message>
        <source>Catalog (*.json);;All files (*)</source>
        <translation>目录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Work offline (use only the cache)</source>
        <translation>离线工作（只使用缓存）(&amp;W)</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <source>Models from Hugging Face open only from what was fetched before; FitScope never connects to the Hub. The Open from Hugging Face dialog starts with its Offline box set accordingly.</source>
        <translation>Hugging Face 的模型只从之前获取的内容打开；FitScope 从不连接 Hub。“从 Hugging Face 打开”对话框的“离线”复选框随之默认设置。</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set in the environment, so FitScope works offline whatever is chosen here.</source>
        <translation>环境中设置了 HF_HUB_OFFLINE，因此无论这里如何选择，FitScope 都离线工作。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation>缓存上限</translation>
    </message>
    <message>
        <source>The most the Hugging Face cache keeps (configs and weight-file headers); beyond it the models used longest ago are removed.</source>
        <translation>Hugging Face 缓存最多保留的大小（配置和权重文件头部）；超出后，最久未使用的模型会被删除。</translation>
    </message>
    <message>
        <source>Cl&amp;ear cache…</source>
        <translation>清除缓存(&amp;E)…</translation>
    </message>
    <message>
        <source>Clear the Hugging Face cache</source>
        <translation>清除 Hugging Face 缓存</translation>
    </message>
    <message>
        <source>Removes everything fetched from Hugging Face; models are fetched again when next opened.</source>
        <translation>删除从 Hugging Face 获取的所有内容；下次打开模型时会重新获取。</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>缓存文件夹：</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>缓存大小：</translation>
    </message>
    <message>
        <source>Cache l&amp;imit:</source>
        <translation>缓存上限(&amp;I)：</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Remove the %1 of configs and headers fetched from Hugging Face in %2? Models are fetched again when next opened.</source>
        <translation>删除 %2 中从 Hugging Face 获取的 %1 配置和头部？下次打开模型时会重新获取。</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>Empty: %1 freed</source>
        <translation>空：已释放 %1</translation>
    </message>
    <message>
        <source>Could not clear everything in %1.</source>
        <translation>无法清除 %1 中的全部内容。</translation>
    </message>
    <message>
        <source>Whether llama.cpp runs with flash attention (-fa), which shrinks its compute buffer and allows a quantized V cache. Auto, llama.cpp&apos;s default, turns it on wherever the device runs it.</source>
        <translation>llama.cpp 是否使用 flash attention（-fa）运行：它缩小计算缓冲区，并允许量化的 V 缓存。自动是 llama.cpp 的默认值，只要设备能运行它就开启。</translation>
    </message>
    <message>
        <source>Auto (on)</source>
        <translation>自动（开启）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>llama.cpp &amp;flash attention (-fa):</source>
        <translation>llama.cpp flash attention (-fa)(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::RuntimeOptionsPanel</name>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Serving the model: weights, KV cache, activations and the runtime&apos;s overhead.</source>
        <translation>部署模型：权重、KV 缓存、激活值和运行时开销。</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Training the model: weights, gradients, optimizer states and the activations kept for the backward pass (full fine-tuning, LoRA or QLoRA).</source>
        <translation>训练模型：权重、梯度、优化器状态以及为反向传播保留的激活值（全参数微调、LoRA 或 QLoRA）。</translation>
    </message>
    <message>
        <source>&amp;Inference</source>
        <translation>推理(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fine-tune</source>
        <translation>微调(&amp;F)</translation>
    </message>
    <message>
        <source>Fine-tuning method</source>
        <translation>微调方法</translation>
    </message>
    <message>
        <source>Full: every weight trained with mixed-precision AdamW. LoRA: a frozen 16-bit base with trainable low-rank adapters. QLoRA: a frozen NF4 base with BF16 adapters and a paged optimizer.</source>
        <translation>全参数：每个权重都用混合精度 AdamW 训练。LoRA：冻结的 16 位基座加可训练的低秩适配器。QLoRA：冻结的 NF4 基座加 BF16 适配器和分页优化器。</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>全参数</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>QLoRA</source>
        <translation>QLoRA</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <source>The rank r of each adapter: r × (inputs + outputs) trainable parameters per matrix.</source>
        <translation>每个适配器的秩 r：每个矩阵 r × （输入 + 输出）个可训练参数。</translation>
    </message>
    <message>
        <source>LoRA &amp;rank</source>
        <translation>LoRA 秩(&amp;R)</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>LoRA 目标</translation>
    </message>
    <message>
        <source>Which matrices carry adapters: every linear layer (QLoRA&apos;s choice) or the attention query and value only (the original LoRA paper).</source>
        <translation>哪些矩阵带适配器：所有线性层（QLoRA 的选择），或仅注意力的查询和值（LoRA 原论文）。</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>所有线性层</translation>
    </message>
    <message>
        <source>Attention q, v</source>
        <translation>注意力 q、v</translation>
    </message>
    <message>
        <source>&amp;Adapters on</source>
        <translation>适配器位置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gradient checkpointing</source>
        <translation>梯度检查点(&amp;G)</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Keeps only each layer&apos;s input and recomputes the rest during the backward pass: far less activation memory for about a third more compute.</source>
        <translation>只保留每层的输入，反向传播时重算其余部分：激活内存大幅减少，计算量约增加三分之一。</translation>
    </message>
    <message>
        <source>Runtime options</source>
        <translation>运行时选项</translation>
    </message>
    <message>
        <source>Shows or hides the options of the chosen runtime and of several GPUs.</source>
        <translation>显示或隐藏所选运行时及多 GPU 的选项。</translation>
    </message>
    <message>
        <source>GPU memory utilization</source>
        <translation>GPU 内存利用率</translation>
    </message>
    <message>
        <source>vLLM&apos;s --gpu-memory-utilization: the share of each GPU&apos;s memory vLLM takes at start-up. What the weights, activations and CUDA graphs leave of it becomes the KV-cache pool.</source>
        <translation>vLLM 的 --gpu-memory-utilization：vLLM 启动时占用每个 GPU 内存的比例。扣除权重、激活值和 CUDA Graph 后剩下的部分成为 KV 缓存池。</translation>
    </message>
    <message>
        <source>GPU &amp;memory use</source>
        <translation>GPU 内存使用(&amp;M)</translation>
    </message>
    <message>
        <source>Max batched tokens</source>
        <translation>最大批处理 token 数</translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-batched-tokens: the tokens of its profiling forward pass, which sets the activation peak it reserves.</source>
        <translation>vLLM 的 --max-num-batched-tokens：其剖析前向传播的 token 数，决定预留的激活峰值。</translation>
    </message>
    <message>
        <source>Max &amp;batched tokens</source>
        <translation>最大批处理 token 数(&amp;B)</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-gpu-layers: all layers on the GPU, the largest count that fits (solved), or a number you set. The rest stays in system RAM and runs on the CPU.</source>
        <translation>llama.cpp 的 --n-gpu-layers：所有层都在 GPU 上、能放下的最大层数（求解得出），或您设定的数字。其余层留在系统内存中并在 CPU 上运行。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Auto: most that fit</source>
        <translation>自动：尽可能多</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>设定…</translation>
    </message>
    <message>
        <source>GPU &amp;layers</source>
        <translation>GPU 层数(&amp;L)</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>GPU 上的层数</translation>
    </message>
    <message>
        <source>n_gpu_layers, the output layer counted as llama.cpp counts it.</source>
        <translation>n_gpu_layers，输出层按 llama.cpp 的方式计数。</translation>
    </message>
    <message>
        <source>Flash a&amp;ttention</source>
        <translation>Flash Attention(&amp;T)</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>系统内存</translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. The default is this machine&apos;s.</source>
        <translation>存放留在 CPU 上的层的系统内存。默认为本机内存。</translation>
    </message>
    <message>
        <source>System &amp;RAM</source>
        <translation>系统内存(&amp;R)</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行方式</translation>
    </message>
    <message>
        <source>How several GPUs share the model. Tensor parallel: every layer split across the GPUs, each holding the same share. Pipeline parallel: consecutive layers on each GPU, the first with the embeddings, the last with the output head.</source>
        <translation>多个 GPU 如何共享模型。张量并行：每一层拆分到各 GPU，每个 GPU 份额相同。流水线并行：每个 GPU 承担连续的若干层，第一个含嵌入层，最后一个含输出头。</translation>
    </message>
    <message>
        <source>Tensor (tp)</source>
        <translation>张量（tp）</translation>
    </message>
    <message>
        <source>Pipeline (pp)</source>
        <translation>流水线（pp）</translation>
    </message>
    <message>
        <source>Para&amp;llel</source>
        <translation>并行(&amp;L)</translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. This machine has %1 GiB.</source>
        <translation>存放留在 CPU 上的层的系统内存。本机有 %1 GiB。</translation>
    </message>
    <message>
        <source>No GPU selected: the whole model runs on the CPU.</source>
        <translation>未选择 GPU：整个模型在 CPU 上运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) on the GPU (of %1)</source>
        <translation>
            <numerusform>GPU 上 %n 层（共 %1 层）</numerusform>
        </translation>
    </message>
    <message>
        <source>Max sequences</source>
        <translation>最大序列数</translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-seqs: the sequences its profiling run samples at once (default 256); their logits are part of the activation peak.</source>
        <translation>vLLM 的 --max-num-seqs：其性能分析运行一次采样的序列数（默认 256）；它们的 logits 计入激活峰值。</translation>
    </message>
    <message>
        <source>Max se&amp;quences</source>
        <translation>最大序列数(&amp;Q)</translation>
    </message>
    <message>
        <source>vLLM version</source>
        <translation>vLLM 版本</translation>
    </message>
    <message>
        <source>The vLLM release whose rules apply: V0 before 0.8, the hybrid KV cache manager from 0.10, KV cache size printed from the concurrency from 0.20, CUDA graphs taken out of the KV budget from 0.21.</source>
        <translation>适用其规则的 vLLM 版本：0.8 之前为 V0，0.10 起为混合 KV 缓存管理器，0.20 起 KV 缓存大小由并发度得出，0.21 起 CUDA 图从 KV 预算中扣除。</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>%1 (V0 engine)</source>
        <translation>%1（V0 引擎）</translation>
    </message>
    <message>
        <source>v&amp;LLM version</source>
        <translation>vLLM 版本(&amp;L)</translation>
    </message>
    <message>
        <source>Prefix caching</source>
        <translation>前缀缓存</translation>
    </message>
    <message>
        <source>vLLM&apos;s --enable-prefix-caching (on by default in V1): models with recurrent layers then keep two state blocks per request instead of one.</source>
        <translation>vLLM 的 --enable-prefix-caching（V1 默认开启）：含循环层的模型每个请求保留两个状态块而不是一个。</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -fa: a smaller compute buffer, and the condition for a quantized V cache. Auto, llama.cpp&apos;s default, turns it on wherever the device runs it (CUDA, ROCm, Metal, Vulkan and the CPU do); off keeps V in F16.</source>
        <translation>llama.cpp 的 -fa：更小的计算缓冲区，也是量化 V 缓存的前提。自动是 llama.cpp 的默认值，只要设备能运行它就开启（CUDA、ROCm、Metal、Vulkan 和 CPU 都能）；关闭时 V 保持 F16。</translation>
    </message>
    <message>
        <source>Auto (on)</source>
        <translation>自动（开启）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>V cache type</source>
        <translation>V 缓存类型</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -ctv: the type of the cached values when it differs from the keys&apos; (-ctk, the KV-cache choice above). A quantized V cache needs flash attention.</source>
        <translation>llama.cpp 的 -ctv：缓存的值（V）与键（K，-ctk，即上方的 KV 缓存选择）类型不同时所用的类型。量化的 V 缓存需要 flash attention。</translation>
    </message>
    <message>
        <source>Same as K</source>
        <translation>与 K 相同</translation>
    </message>
    <message>
        <source>&amp;V cache</source>
        <translation>V 缓存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Unified KV cache (-kvu)</source>
        <translation>统一 KV 缓存 (-kvu)(&amp;U)</translation>
    </message>
    <message>
        <source>Unified KV cache</source>
        <translation>统一 KV 缓存</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -kvu: one cache of n_ctx cells shared by every sequence (slot) instead of n_ctx / slots cells for each; sliding-window layers then keep a window per slot in it. llama-server without -np runs 4 slots with it on.</source>
        <translation>llama.cpp 的 -kvu：所有序列（槽位）共享一个 n_ctx 个单元的缓存，而不是每个序列各有 n_ctx / 槽位数 个单元；滑动窗口层在其中为每个槽位保留一个窗口。不带 -np 的 llama-server 以 4 个槽位运行并开启此项。</translation>
    </message>
    <message>
        <source>CPU MoE layers</source>
        <translation>CPU MoE 层</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-cpu-moe: the routed experts of the first N layers stay in system RAM and run on the CPU, while attention, shared experts and the KV cache stay on the GPU. Only for mixture-of-experts models.</source>
        <translation>llama.cpp 的 --n-cpu-moe：前 N 层的路由专家留在系统内存并在 CPU 上运行，注意力、共享专家和 KV 缓存留在 GPU 上。仅适用于混合专家模型。</translation>
    </message>
    <message>
        <source>CPU &amp;MoE layers</source>
        <translation>CPU &amp;MoE 层</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ScenarioDocument</name>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>打开场景(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Recent scenarios</source>
        <translation>最近的场景</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Cop&amp;y for a document</source>
        <translation>复制到文档(&amp;Y)</translation>
    </message>
    <message>
        <source>Breakdown as Markdown table</source>
        <translation>内存构成（Markdown 表格）</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>内存构成表</translation>
    </message>
    <message>
        <source>Fit matrix as Markdown table</source>
        <translation>适配矩阵（Markdown 表格）</translation>
    </message>
    <message>
        <source>Fit matrix table</source>
        <translation>适配矩阵表</translation>
    </message>
    <message>
        <source>%1 as image</source>
        <translation>%1（图像）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The scenario %1 has changed since it was saved. Save the changes?</source>
        <translation>场景 %1 在保存后已被修改。是否保存更改？</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Markdown, with the chart next to it (*.md);;CSV, one row per component per GPU (*.csv);;JSON (*.json)</source>
        <translation>Markdown，附带图表 (*.md);;CSV，每个 GPU 每个组成部分一行 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>没有可复制的内容。</translation>
    </message>
    <message>
        <source>%1 copied as Markdown.</source>
        <translation>已将 %1 复制为 Markdown。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — FitScope</source>
        <translation>%1[*] — FitScope</translation>
    </message>
    <message>
        <source>%1 image (*.%2)</source>
        <translation>%1 图像 (*.%2)</translation>
    </message>
    <message>
        <source>%1 copied as PNG and SVG.</source>
        <translation>%1 已复制为 PNG 和 SVG。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SolverJumps</name>
    <message>
        <source>Use the &amp;longest context that fits</source>
        <translation>使用可容纳的最长上下文(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Use the largest &amp;batch that fits</source>
        <translation>使用可容纳的最大批大小(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Use the most &amp;precise format that fits</source>
        <translation>使用可容纳的最精确格式(&amp;P)</translation>
    </message>
    <message>
        <source>Use the &amp;smallest GPU that fits</source>
        <translation>使用可容纳的最小 GPU(&amp;S)</translation>
    </message>
    <message>
        <source>Select a GPU first: the longest context is the one that fits on it.</source>
        <translation>请先选择 GPU：最长上下文是能放入该 GPU 的上下文。</translation>
    </message>
    <message>
        <source>Not even one token of context fits on this GPU.</source>
        <translation>此 GPU 连一个 token 的上下文都放不下。</translation>
    </message>
    <message>
        <source>The context is the longest that fits already.</source>
        <translation>上下文已是可容纳的最长值。</translation>
    </message>
    <message>
        <source>Longest context</source>
        <translation>最长上下文</translation>
    </message>
    <message>
        <source>No batch fits: select a GPU the model fits on.</source>
        <translation>没有可容纳的批大小：请选择能放下该模型的 GPU。</translation>
    </message>
    <message>
        <source>The batch is the largest that fits already.</source>
        <translation>批大小已是可容纳的最大值。</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <source>No weight format fits on this GPU.</source>
        <translation>没有权重格式能放入此 GPU。</translation>
    </message>
    <message>
        <source>The weight format is the most precise that fits already.</source>
        <translation>权重格式已是可容纳的最精确格式。</translation>
    </message>
    <message>
        <source>Most precise format</source>
        <translation>最精确格式</translation>
    </message>
    <message>
        <source>No single catalog GPU holds this scenario.</source>
        <translation>没有任何单个目录 GPU 能容纳此场景。</translation>
    </message>
    <message>
        <source>The GPU is the smallest that fits already.</source>
        <translation>GPU 已是可容纳的最小型号。</translation>
    </message>
    <message>
        <source>Smallest GPU</source>
        <translation>最小 GPU</translation>
    </message>
    <message>
        <source>Make it fit: %1</source>
        <translation>使其放下：%1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SpeedChart</name>
    <message>
        <source>Decode speed against batch</source>
        <translation>解码速度随批大小的变化</translation>
    </message>
    <message>
        <source>Tokens per second of all sequences together as the batch grows, one line per selected GPU with its low–high range, the batch from which a decode step is compute-bound marked, and the current batch.</source>
        <translation>随批大小增长所有序列合计的每秒 token 数，每个所选 GPU 一条曲线及其高低范围，并标出解码步骤开始受算力限制的批大小和当前批大小。</translation>
    </message>
    <message>
        <source>Batch (concurrent sequences, log scale)</source>
        <translation>批大小（并发序列，对数刻度）</translation>
    </message>
    <message>
        <source>Decode tokens/s, all sequences (log scale)</source>
        <translation>解码 token/s，所有序列（对数刻度）</translation>
    </message>
    <message>
        <source>Compute-bound from here</source>
        <translation>从此处起受算力限制</translation>
    </message>
    <message>
        <source>does not fit in memory</source>
        <translation>内存放不下</translation>
    </message>
    <message>
        <source>low–high range</source>
        <translation>高低范围</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>从批大小 %1 起受算力限制</translation>
    </message>
    <message>
        <source>No speed to show.</source>
        <translation>没有可显示的速度。</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;批大小 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: &lt;b&gt;%3&lt;/b&gt; tokens/s (%4–%5), %6 per sequence%7%8</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2：&lt;b&gt;%3&lt;/b&gt; token/s（%4–%5），每个序列 %6%7%8</translation>
    </message>
    <message>
        <source>, compute-bound</source>
        <translation>，受算力限制</translation>
    </message>
    <message>
        <source>, memory-bound</source>
        <translation>，受内存带宽限制</translation>
    </message>
    <message>
        <source>, &lt;i&gt;does not fit&lt;/i&gt;</source>
        <translation>，&lt;i&gt;放不下&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SummaryPanel</name>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What else fits</source>
        <translation>其他可行方案</translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb against the accurate figure</source>
        <translation>文章的经验法则与精确数值对比</translation>
    </message>
    <message>
        <source>The article&apos;s rule: weights × (1 + overhead) + KV cache. The accurate figure comes from the chosen runtime profile, measured on real hardware.</source>
        <translation>文章的规则：权重 × （1 + 开销）+ KV 缓存。精确数值来自所选运行时配置，在真实硬件上测得。</translation>
    </message>
    <message>
        <source>NO GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation>未选择 GPU</translation>
    </message>
    <message>
        <source>Speed and runtime details</source>
        <translation>速度和运行时详情</translation>
    </message>
    <message>
        <source>Changes that make it fit</source>
        <translation>使其放下的更改</translation>
    </message>
    <message>
        <source>The cheapest changes after which the model fits; click one to apply it (Ctrl+Z undoes it).</source>
        <translation>代价最小的、使模型放得下的更改；点击一项即可应用（Ctrl+Z 撤销）。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::Workspace</name>
    <message>
        <source>C&amp;ompare</source>
        <translation>对比(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pin scenario</source>
        <translation>固定场景(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Compare pinned scenarios</source>
        <translation>对比已固定的场景(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>命令面板(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Eight scenarios are pinned: unpin one to pin another.</source>
        <translation>已固定八个场景：取消固定一个后才能固定新的。</translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation>固定“%1”</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>取消固定“%1”</translation>
    </message>
    <message>
        <source>Baseline “%1”</source>
        <translation>基准“%1”</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>无基准</translation>
    </message>
    <message>
        <source>Rename “%1” → “%2”</source>
        <translation>重命名“%1” → “%2”</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>显示“%1”</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Export %1 as %2…</source>
        <translation>将 %1 导出为 %2…</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>KV cache: %1</source>
        <translation>KV 缓存：%1</translation>
    </message>
    <message>
        <source>Runtime: %1</source>
        <translation>运行时：%1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::AccuracyChart</name>
    <message>
        <source>Accuracy per bit</source>
        <translation>每位精度</translation>
    </message>
    <message>
        <source>Bits per weight against the output error (log scale), one point per scheme, with the Pareto frontier: the schemes no other beats on both size and error.</source>
        <translation>每权重位数与输出误差（对数刻度）的对比，每种方案一个点，并绘出帕累托前沿：在大小和误差上都没有被其他方案同时超越的方案。</translation>
    </message>
    <message>
        <source>Stored bits per weight (scales included)</source>
        <translation>每权重存储位数（含缩放因子）</translation>
    </message>
    <message>
        <source>Output error ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, log scale)</source>
        <translation>输出误差 ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖（%，对数刻度）</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Pick schemes and press Run to see what each costs and buys.</source>
        <translation>选择方案并点击运行，查看每种方案的代价和收益。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;bits per weight: %3&lt;br&gt;stored: %4 bytes&lt;br&gt;output error: %5&lt;br&gt;RMSE: %6&lt;br&gt;SNR: %7 dB&lt;br&gt;max |error|: %8&lt;br&gt;cosine: %9&lt;br&gt;quantized in %10 ms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;每权重位数：%3&lt;br&gt;存储：%4 字节&lt;br&gt;输出误差：%5&lt;br&gt;RMSE：%6&lt;br&gt;信噪比：%7 dB&lt;br&gt;最大 |误差|：%8&lt;br&gt;余弦相似度：%9&lt;br&gt;量化耗时 %10 ms</translation>
    </message>
    <message>
        <source> (on the frontier)</source>
        <translation>（位于前沿）</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::DistributionChart</name>
    <message>
        <source>Weight and error distribution</source>
        <translation>权重与误差分布</translation>
    </message>
    <message>
        <source>Top: the histogram of the original weights, the chosen block&apos;s weights and the values the selected scheme can represent in that block. Bottom: the histogram of the weight error.</source>
        <translation>上方：原始权重、所选块的权重以及所选方案在该块中可表示的值的直方图。下方：权重误差的直方图。</translation>
    </message>
    <message>
        <source>Weights and representable levels</source>
        <translation>权重与可表示的等级</translation>
    </message>
    <message>
        <source>Error histogram</source>
        <translation>误差直方图</translation>
    </message>
    <message>
        <source>Weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <source>Share of weights (%)</source>
        <translation>权重占比（%）</translation>
    </message>
    <message>
        <source>All weights of the tensor</source>
        <translation>张量的所有权重</translation>
    </message>
    <message>
        <source>Weights of the chosen block</source>
        <translation>所选块的权重</translation>
    </message>
    <message>
        <source>Values the block can represent</source>
        <translation>该块可表示的值</translation>
    </message>
    <message>
        <source>Weight error w − ŵ</source>
        <translation>权重误差 w − ŵ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>Run the lab to see the weights.</source>
        <translation>运行实验室以查看权重。</translation>
    </message>
    <message>
        <source>%1
%2 · %3: %4 representable values%5</source>
        <translation>%1
%2 · %3：%4 个可表示的值%5</translation>
    </message>
    <message>
        <source> (too many to draw)</source>
        <translation>（太多，无法绘制）</translation>
    </message>
    <message>
        <source>%1: RMSE %2, max |error| %3</source>
        <translation>%1：RMSE %2，最大 |误差| %3</translation>
    </message>
    <message>
        <source>Select a finished scheme to see its error.</source>
        <translation>选择一个已完成的方案以查看其误差。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ExplorerLabLink</name>
    <message>
        <source>Measured error of this format</source>
        <translation>该格式的实测误差</translation>
    </message>
    <message>
        <source>The output error this scheme showed in the quantization lab&apos;s last run, on its sample tensor; the link opens the lab on it.</source>
        <translation>该方案在量化实验室上次运行中、在其样本张量上的输出误差；点击链接可在实验室中打开。</translation>
    </message>
    <message>
        <source>Error not measured yet: &lt;a href=&quot;%1&quot;&gt;try %2 in the quantization lab&lt;/a&gt;</source>
        <translation>尚未测量误差：&lt;a href=&quot;%1&quot;&gt;在量化实验室中试试 %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;%2&quot;&gt;open in the lab&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;%2&quot;&gt;在实验室中打开&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabControlPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Quantize the tensor with every checked scheme and measure the error (Ctrl+Return).</source>
        <translation>用每个勾选的方案量化张量并测量误差（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the run; schemes already finished keep their results (Esc).</source>
        <translation>停止运行；已完成的方案保留其结果（Esc）。</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <source>How far the whole run is: the tensor, then each scheme in turn.</source>
        <translation>整个运行的进度：先是张量，然后依次是各方案。</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Tensor source</source>
        <translation>张量来源</translation>
    </message>
    <message>
        <source>Generate a sample tensor with calibration activations, or open a weight from a .npy, .safetensors or .gguf file.</source>
        <translation>生成带校准激活值的样本张量，或从 .npy、.safetensors 或 .gguf 文件打开权重。</translation>
    </message>
    <message>
        <source>Generated sample</source>
        <translation>生成的样本</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Gaussian weights; heavy-tailed (Laplace) weights; or transformer-like weights with activations whose few outlier features are 10–100× larger than the rest.</source>
        <translation>高斯分布的权重；重尾（拉普拉斯）权重；或类 Transformer 权重，其激活值中少数离群特征比其余大 10–100 倍。</translation>
    </message>
    <message>
        <source>Transformer-like</source>
        <translation>类 Transformer</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Heavy-tailed (Laplace)</source>
        <translation>重尾（拉普拉斯）</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Output features of the weight matrix (its rows).</source>
        <translation>权重矩阵的输出特征（其行）。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Input features of the weight matrix (its columns); GGUF K-quants need a multiple of 256.</source>
        <translation>权重矩阵的输入特征（其列）；GGUF K-quant 需要 256 的倍数。</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>行数(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>列数(&amp;L)</translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation>离群特征</translation>
    </message>
    <message>
        <source>How many input features carry large activations (transformer-like only; LLM.int8() found about 0.1 % of them).</source>
        <translation>有多少输入特征带有大激活值（仅类 Transformer；LLM.int8() 发现约 0.1%）。</translation>
    </message>
    <message>
        <source>Outlier &amp;features</source>
        <translation>离群特征(&amp;F)</translation>
    </message>
    <message>
        <source>Outlier magnitude</source>
        <translation>离群值幅度</translation>
    </message>
    <message>
        <source>The largest outlier activation; outliers range from a tenth of it up to it (the paper saw 6 to 60).</source>
        <translation>最大的离群激活值；离群值范围为其十分之一到其本身（论文中观察到 6 到 60）。</translation>
    </message>
    <message>
        <source>Outlier &amp;magnitude</source>
        <translation>离群值幅度(&amp;M)</translation>
    </message>
    <message>
        <source>Tensor file</source>
        <translation>张量文件</translation>
    </message>
    <message>
        <source>A .npy, .safetensors or .gguf file (or a model folder); press Enter after typing.</source>
        <translation>一个 .npy、.safetensors 或 .gguf 文件（或模型文件夹）；输入后按回车。</translation>
    </message>
    <message>
        <source>model.safetensors, model.gguf, weight.npy</source>
        <translation>model.safetensors、model.gguf、weight.npy</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a tensor file</source>
        <translation>浏览张量文件</translation>
    </message>
    <message>
        <source>Choose a .npy, .safetensors or .gguf file.</source>
        <translation>选择 .npy、.safetensors 或 .gguf 文件。</translation>
    </message>
    <message>
        <source>The tensor to quantize, by name: 2-D tensors whose stored type FitScope can read as float.</source>
        <translation>要量化的张量（按名称）：FitScope 能以浮点读取其存储类型的二维张量。</translation>
    </message>
    <message>
        <source>&amp;Tensor</source>
        <translation>张量(&amp;T)</translation>
    </message>
    <message>
        <source>Calibration tokens</source>
        <translation>校准 token 数</translation>
    </message>
    <message>
        <source>Activation rows used to measure the output error and to calibrate LLM.int8(), GPTQ and AWQ (a file gets Gaussian activations).</source>
        <translation>用于测量输出误差以及校准 LLM.int8()、GPTQ 和 AWQ 的激活行（从文件载入时使用高斯激活值）。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same tensor on every machine.</source>
        <translation>随机种子：相同的种子在任何机器上生成相同的张量。</translation>
    </message>
    <message>
        <source>Calibration to&amp;kens</source>
        <translation>校准 token 数(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>随机种子(&amp;E)</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Check the schemes to run (Space toggles the current one; a group&apos;s box toggles the whole group).</source>
        <translation>勾选要运行的方案（空格键切换当前方案；组的复选框切换整组）。</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零点</translation>
    </message>
    <message>
        <source>Weights sharing one scale (0: one scale per row or tensor).</source>
        <translation>共享一个缩放因子的权重数（0：每行或每个张量一个缩放因子）。</translation>
    </message>
    <message>
        <source>Whether each group also stores an offset, so it need not be symmetric around zero.</source>
        <translation>每组是否还存储一个偏移量，使其不必关于零对称。</translation>
    </message>
    <message>
        <source>Check or uncheck every %1 scheme.</source>
        <translation>勾选或取消勾选所有 %1 方案。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>LLM.int8() threshold</source>
        <translation>LLM.int8() 阈值</translation>
    </message>
    <message>
        <source>LLM.int8() keeps in FP16 every input column whose activation reaches this magnitude (the paper uses 6).</source>
        <translation>LLM.int8() 将激活值达到该幅度的每个输入列保留为 FP16（论文使用 6）。</translation>
    </message>
    <message>
        <source>LLM.int8() &amp;threshold</source>
        <translation>LLM.int8() 阈值(&amp;T)</translation>
    </message>
    <message>
        <source>GPTQ damping</source>
        <translation>GPTQ 阻尼</translation>
    </message>
    <message>
        <source>GPTQ adds this fraction of the Hessian&apos;s mean diagonal to its diagonal, so the inverse stays stable (the reference uses 1 %).</source>
        <translation>GPTQ 在 Hessian 对角线上加上其平均对角元素的这一比例，使逆矩阵保持稳定（参考实现使用 1%）。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPTQ &amp;damping</source>
        <translation>GPTQ 阻尼(&amp;D)</translation>
    </message>
    <message>
        <source>GPTQ &amp;act-order</source>
        <translation>GPTQ act-order(&amp;A)</translation>
    </message>
    <message>
        <source>GPTQ act-order</source>
        <translation>GPTQ act-order</translation>
    </message>
    <message>
        <source>GPTQ rounds the columns with the largest activations first, while the most compensation is still possible.</source>
        <translation>GPTQ 先舍入激活值最大的列，此时仍可进行最多的误差补偿。</translation>
    </message>
    <message>
        <source>Open a tensor</source>
        <translation>打开张量</translation>
    </message>
    <message>
        <source>Tensors (*.npy *.safetensors *.gguf);;All files (*)</source>
        <translation>张量 (*.npy *.safetensors *.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A .npy file holds one tensor (float32 or float16, 1-D or 2-D).</source>
        <translation>一个 .npy 文件包含一个张量（float32 或 float16，一维或二维）。</translation>
    </message>
    <message>
        <source>%1  [%2, %3]</source>
        <translation>%1  [%2, %3]</translation>
    </message>
    <message>
        <source>%1 of %2 tensors can be quantized here.</source>
        <translation>%2 个张量中有 %1 个可以在此量化。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabPage</name>
    <message>
        <source>The controls changed since this run: the results below are from the previous settings. Press Run to measure again.</source>
        <translation>自本次运行以来设置已更改：下面的结果来自之前的设置。点击运行重新测量。</translation>
    </message>
    <message>
        <source>Results are stale</source>
        <translation>结果已过期</translation>
    </message>
    <message>
        <source>&amp;Use in the fit explorer</source>
        <translation>在适配浏览器中使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the selected scheme in the fit explorer</source>
        <translation>在适配浏览器中使用所选方案</translation>
    </message>
    <message>
        <source>Makes the selected scheme the fit explorer&apos;s weight precision and switches to the explorer.</source>
        <translation>将所选方案设为适配浏览器的权重精度并切换到浏览器。</translation>
    </message>
    <message>
        <source>Results (Ctrl+C copies the selected rows)</source>
        <translation>结果（Ctrl+C 复制所选行）</translation>
    </message>
    <message>
        <source>Measured read bandwidth: %1 GB/s.</source>
        <translation>实测读取带宽：%1 GB/s。</translation>
    </message>
    <message>
        <source>Benchmark failed: %1</source>
        <translation>基准测试失败：%1</translation>
    </message>
    <message>
        <source>Lab views</source>
        <translation>实验室视图</translation>
    </message>
    <message>
        <source>Lower left is better: fewer bits and less error. Hover a point for every metric; click it to select the scheme.</source>
        <translation>越靠左下越好：位数更少、误差更小。鼠标悬停在点上可查看所有指标；点击即可选择该方案。</translation>
    </message>
    <message>
        <source>&amp;Accuracy per bit</source>
        <translation>每位精度(&amp;A)</translation>
    </message>
    <message>
        <source>Scheme shown in the distribution</source>
        <translation>分布图中显示的方案</translation>
    </message>
    <message>
        <source>The finished scheme whose levels and error the distribution shows.</source>
        <translation>分布图中显示其等级和误差的已完成方案。</translation>
    </message>
    <message>
        <source>Block shown in the distribution</source>
        <translation>分布图中显示的块</translation>
    </message>
    <message>
        <source>The block whose weights and representable values are drawn: the one holding the largest weight (its scale is stretched the most) or the first one.</source>
        <translation>绘制其权重和可表示值的块：包含最大权重的块（其缩放因子被拉伸得最多），或第一个块。</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>方案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>块(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <source>A few input features carry huge activations. Any rounding error in their weight column is multiplied by them: one global scale makes every column coarse, LLM.int8() keeps those columns in FP16.</source>
        <translation>少数输入特征带有巨大的激活值。其权重列中的任何舍入误差都会被它们放大：单一全局缩放会让每一列都变粗糙，LLM.int8() 则把这些列保留为 FP16。</translation>
    </message>
    <message>
        <source>&amp;Outliers</source>
        <translation>离群值(&amp;O)</translation>
    </message>
    <message>
        <source>Run &amp;benchmark</source>
        <translation>运行基准测试(&amp;B)</translation>
    </message>
    <message>
        <source>Run benchmark</source>
        <translation>运行基准测试</translation>
    </message>
    <message>
        <source>Measure this machine&apos;s memory bandwidth and the matrix-vector speed of each format (a few seconds, off the window&apos;s thread).</source>
        <translation>测量本机的内存带宽以及每种格式的矩阵-向量乘法速度（几秒钟，不占用窗口线程）。</translation>
    </message>
    <message>
        <source>Cancel benchmark</source>
        <translation>取消基准测试</translation>
    </message>
    <message>
        <source>Stop the benchmark.</source>
        <translation>停止基准测试。</translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation>基准测试进度</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <source>Check at least one scheme.</source>
        <translation>请至少勾选一个方案。</translation>
    </message>
    <message>
        <source>Preparing the tensor…</source>
        <translation>正在准备张量…</translation>
    </message>
    <message>
        <source>Cancelled. Finished schemes keep their results.</source>
        <translation>已取消。已完成的方案保留其结果。</translation>
    </message>
    <message>
        <source>Preparing the tensor… %1 %</source>
        <translation>正在准备张量… %1 %</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1（%2 / %3）…</translation>
    </message>
    <message>
        <source>Could not make the tensor: %1</source>
        <translation>无法生成张量：%1</translation>
    </message>
    <message>
        <source>Quantization lab: %1</source>
        <translation>量化实验室：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Done: %1 schemes on %2.</source>
        <translation>完成：在 %2 上运行了 %1 个方案。</translation>
    </message>
    <message>
        <source>Make %1 the fit explorer&apos;s weight precision.</source>
        <translation>将 %1 设为适配浏览器的权重精度。</translation>
    </message>
    <message>
        <source>The fit explorer has no weight format for this scheme.</source>
        <translation>适配浏览器中没有与该方案对应的权重格式。</translation>
    </message>
    <message>
        <source>%1 is checked: press Run to measure it.</source>
        <translation>已勾选 %1：点击运行进行测量。</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation>基准测试已取消。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabResultsHub</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: output error %2 on %3</source>
        <translation>%1：在 %3 上的输出误差为 %2</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabResultsModel</name>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>done (stale)</source>
        <translation>完成（已过期）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>位/权重</translation>
    </message>
    <message>
        <source>Stored bytes</source>
        <translation>存储字节数</translation>
    </message>
    <message>
        <source>Output error</source>
        <translation>输出误差</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>SNR (dB)</source>
        <translation>信噪比 (dB)</translation>
    </message>
    <message>
        <source>Max |error|</source>
        <translation>最大 |误差|</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <source>Quantize (ms)</source>
        <translation>量化耗时 (ms)</translation>
    </message>
    <message>
        <source>Stored bits per weight, counted from the packed bytes: scales, zero-points and outlier columns included.</source>
        <translation>按打包后的字节计算的每权重存储位数：包含缩放因子、零点和离群列。</translation>
    </message>
    <message>
        <source>‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ on the calibration activations: how far the layer&apos;s output moves.</source>
        <translation>在校准激活值上的 ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖：层输出偏移的程度。</translation>
    </message>
    <message>
        <source>Root mean square of the weight error w − ŵ.</source>
        <translation>权重误差 w − ŵ 的均方根。</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio of the weights: 10·log10(Σw² / Σ(w − ŵ)²).</source>
        <translation>权重的信噪比：10·log10(Σw² / Σ(w − ŵ)²)。</translation>
    </message>
    <message>
        <source>The largest error on any single weight.</source>
        <translation>单个权重上的最大误差。</translation>
    </message>
    <message>
        <source>Cosine similarity between the original and the dequantized weights.</source>
        <translation>原始权重与反量化权重之间的余弦相似度。</translation>
    </message>
    <message>
        <source>Time to quantize the tensor on this machine.</source>
        <translation>在本机上量化该张量所用的时间。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabWorker</name>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>heavy-tailed</source>
        <translation>重尾</translation>
    </message>
    <message>
        <source>transformer-like</source>
        <translation>类 Transformer</translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (holds the largest |w|)</source>
        <translation>第 %1 行，第 %2–%3 列（包含最大的 |w|）</translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (the first block)</source>
        <translation>第 %1 行，第 %2–%3 列（第一个块）</translation>
    </message>
    <message>
        <source>the %1 sample</source>
        <translation>%1 样本</translation>
    </message>
    <message>
        <source>%1 %2 × %3, %4 calibration tokens, seed %5</source>
        <translation>%1 %2 × %3，%4 个校准 token，种子 %5</translation>
    </message>
    <message>
        <source>%1 from %2: %3 × %4, %5 Gaussian calibration tokens</source>
        <translation>%1（来自 %2）：%3 × %4，%5 个高斯校准 token</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::OutlierChart</name>
    <message>
        <source>Outliers</source>
        <translation>离群值</translation>
    </message>
    <message>
        <source>Left: the largest activation of each input feature, outliers highlighted. Right: the output error each input feature contributes with one INT8 scale per tensor, per channel, and with LLM.int8().</source>
        <translation>左：每个输入特征的最大激活值，离群值高亮显示。右：分别使用按张量、按通道的 INT8 缩放以及 LLM.int8() 时，每个输入特征贡献的输出误差。</translation>
    </message>
    <message>
        <source>Activation magnitude per input feature</source>
        <translation>每个输入特征的激活幅度</translation>
    </message>
    <message>
        <source>Output error per input feature</source>
        <translation>每个输入特征的输出误差</translation>
    </message>
    <message>
        <source>Input feature (column of W)</source>
        <translation>输入特征（W 的列）</translation>
    </message>
    <message>
        <source>max |x| over the calibration tokens</source>
        <translation>校准 token 上的最大 |x|</translation>
    </message>
    <message>
        <source>Ordinary features</source>
        <translation>普通特征</translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation>离群特征</translation>
    </message>
    <message>
        <source>Share of ‖XWᵀ‖² lost through this feature (log)</source>
        <translation>因该特征损失的 ‖XWᵀ‖² 占比（对数）</translation>
    </message>
    <message>
        <source>Run the lab to see the activations.</source>
        <translation>运行实验室以查看激活值。</translation>
    </message>
    <message>
        <source>%1 of %2 features reach |x| ≥ %3 (dashed line)</source>
        <translation>%2 个特征中有 %1 个达到 |x| ≥ %3（虚线）</translation>
    </message>
    <message>
        <source>%1 (output error %2)</source>
        <translation>%1（输出误差 %2）</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ResultsTable</name>
    <message>
        <source>Results table</source>
        <translation>结果表</translation>
    </message>
    <message>
        <source>Every metric of every scheme of the last run. Click a header to sort; Ctrl+C copies the selected rows as tab-separated text.</source>
        <translation>上次运行中每种方案的所有指标。点击表头排序；Ctrl+C 将所选行复制为制表符分隔的文本。</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::SpeedChart</name>
    <message>
        <source>GEMV speed per format</source>
        <translation>各格式的 GEMV 速度</translation>
    </message>
    <message>
        <source>Weight bytes read per second (GB/s)</source>
        <translation>每秒读取的权重字节（GB/s）</translation>
    </message>
    <message>
        <source>GEMV throughput</source>
        <translation>GEMV 吞吐量</translation>
    </message>
    <message>
        <source>Press Run benchmark to measure this machine: memory bandwidth, then a matrix-vector product in each format.</source>
        <translation>点击运行基准测试来测量本机：先测内存带宽，再测每种格式的矩阵-向量乘法。</translation>
    </message>
    <message>
        <source>%1 GB/s
%2 %</source>
        <translation>%1 GB/s
%2%</translation>
    </message>
    <message>
        <source>Matrix-vector throughput per weight format, in GB/s of weight bytes read, against the best memory read bandwidth of the run (the dashed line). Each bar&apos;s percentage is its share of the read bandwidth measured alongside that kernel.</source>
        <translation>各权重格式的矩阵-向量吞吐量（以每秒读取的权重字节 GB/s 计），与本次运行中最好的内存读取带宽（虚线）对比。每根柱形上的百分比是它占与该内核交替测得的读取带宽的比例。</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>Dashed line: best read bandwidth of the run, %1 GB/s (STREAM triad %2 GB/s)
Bars: weight bytes read per second; the percentage is each kernel&apos;s share
of the read bandwidth measured alongside it (%3 kernels, %4 threads)</source>
        <translation>虚线：本次运行中最好的读取带宽 %1 GB/s（STREAM triad %2 GB/s）
柱形：每秒读取的权重字节；百分比是每个内核
占与它交替测得的读取带宽的比例（%3 内核，%4 个线程）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FitScope: does this LLM fit on this GPU, at this precision and context, and why.</source>
        <translation>FitScope：这个 LLM 在这个精度和上下文下能否放进这块 GPU，以及为什么。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Render the window offscreen with the saved (or default) scenario, write it as a PNG to &lt;file&gt; and exit.</source>
        <translation>以保存的（或默认）场景在屏幕外渲染窗口，写入 PNG 文件 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>Screenshot width in pixels (default 1440).</source>
        <translation>截图宽度，单位像素（默认 1440）。</translation>
    </message>
    <message>
        <source>Screenshot height in pixels (default 900).</source>
        <translation>截图高度，单位像素（默认 900）。</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted frame.</source>
        <translation>输出从启动到首帧绘制完成的时间。</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt;.</source>
        <translation>在 &lt;file&gt; 中读写设置。</translation>
    </message>
    <message>
        <source>Start with the default settings.</source>
        <translation>使用默认设置启动。</translation>
    </message>
    <message>
        <source>Use the system, light or dark theme (instead of the preference).</source>
        <translation>使用系统、浅色或深色主题（代替首选项）。</translation>
    </message>
    <message>
        <source>Use this language, e.g. de, es, zh_CN or en (instead of the preference).</source>
        <translation>使用此语言，例如 de、es、zh_CN 或 en（代替首选项）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme 必须是 system、light 或 dark。</translation>
    </message>
    <message>
        <source>--%1 must be a number of pixels from 200 to 10000.</source>
        <translation>--%1 必须是 200 到 10000 之间的像素数。</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>浮点</translation>
    </message>
    <message>
        <source>Integer (8-bit)</source>
        <translation>整数（8 位）</translation>
    </message>
    <message>
        <source>4-bit and below</source>
        <translation>4 位及以下</translation>
    </message>
    <message>
        <source>GGUF (llama.cpp)</source>
        <translation>GGUF（llama.cpp）</translation>
    </message>
</context>
</TS>
