<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartExport</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>the size %1 × %2 is outside %3 to %4 pixels per side</source>
        <translation>die Größe %1 × %2 liegt außerhalb von %3 bis %4 Pixel pro Seite</translation>
    </message>
    <message>
        <source>the scale %1 is outside 1 to %2</source>
        <translation>der Maßstab %1 liegt außerhalb von 1 bis %2</translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation>Speicher im Vergleich zur Kapazität</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>Speicher über der Kontextlänge</translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation>Passt-Matrix</translation>
    </message>
    <message>
        <source>%1 in %2: memory per GPU against capacity</source>
        <translation>%1 in %2: Speicher pro GPU im Vergleich zur Kapazität</translation>
    </message>
    <message>
        <source>%1: memory per GPU against context length</source>
        <translation>%1: Speicher pro GPU über der Kontextlänge</translation>
    </message>
    <message>
        <source>Which models fit: %1, %2 tokens × %3</source>
        <translation>Welche Modelle passen: %1, %2 Token × %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 encoder failed</source>
        <translation>%1 kann nicht geschrieben werden: der %2-Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Decode speed against batch</source>
        <translation>Decode-Geschwindigkeit über dem Batch</translation>
    </message>
    <message>
        <source>%1 in %2: decode speed against batch</source>
        <translation>%1 in %2: Decode-Geschwindigkeit über dem Batch</translation>
    </message>
    <message>
        <source>Quantization lab: error against bits per weight</source>
        <translation>Quantisierungslabor: Fehler über Bits pro Gewicht</translation>
    </message>
    <message>
        <source>The quantization lab has no results yet: run it first, then export its chart.</source>
        <translation>Das Quantisierungslabor hat noch keine Ergebnisse: Führen Sie es zuerst aus und exportieren Sie dann sein Diagramm.</translation>
    </message>
    <message>
        <source>%1 needs the fit explorer&apos;s scenario.</source>
        <translation>%1 braucht das Szenario des Fit-Explorers.</translation>
    </message>
    <message>
        <source>Quantization schemes on %1: output error against bits per weight</source>
        <translation>Quantisierungsverfahren, angewandt auf %1: Ausgabefehler über Bits pro Gewicht</translation>
    </message>
    <message>
        <source>Quantization lab · %1 · %2 · %3</source>
        <translation>Quantisierungslabor · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>KV cache per layer</source>
        <translation>KV-Cache pro Schicht</translation>
    </message>
    <message>
        <source>%1: KV cache per layer at %2 tokens</source>
        <translation>%1: KV-Cache pro Schicht bei %2 Tokens</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Einbettungen</translation>
    </message>
    <message>
        <source>Output head</source>
        <translation>Ausgabekopf</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Primary GPU</source>
        <translation>Haupt-GPU</translation>
    </message>
    <message>
        <source>Weights per GPU</source>
        <translation>Gewichte pro GPU</translation>
    </message>
    <message>
        <source>KV cache per GPU</source>
        <translation>KV-Cache pro GPU</translation>
    </message>
    <message>
        <source>Activations per GPU</source>
        <translation>Aktivierungen pro GPU</translation>
    </message>
    <message>
        <source>Overhead per GPU</source>
        <translation>Overhead pro GPU</translation>
    </message>
    <message>
        <source>Training state per GPU</source>
        <translation>Trainingszustand pro GPU</translation>
    </message>
    <message>
        <source>Total per GPU</source>
        <translation>Gesamt pro GPU</translation>
    </message>
    <message>
        <source>Usable memory per GPU</source>
        <translation>Nutzbarer Speicher pro GPU</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Decode speed (all sequences)</source>
        <translation>Decode-Geschwindigkeit (alle Sequenzen)</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>Prefill-Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Lab: output error of the weight format</source>
        <translation>Labor: Ausgabefehler des Gewichtsformats</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Runtime option %1</source>
        <translation>Laufzeitoption %1</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> Token/s</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>Bilder pro Anfrage</translation>
    </message>
    <message>
        <source>Already in use per GPU</source>
        <translation>Bereits belegt pro GPU</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>GPU-Speichergrenze</translation>
    </message>
    <message>
        <source>In use by other processes per GPU</source>
        <translation>Von anderen Prozessen belegt pro GPU</translation>
    </message>
</context>
<context>
    <name>ComponentColors</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format, scales included.</source>
        <translation>Die Parameter des Modells im gewählten Format, Skalierungen inbegriffen.</translation>
    </message>
    <message>
        <source>Keys and values cached for every token of every sequence, so they are not recomputed.</source>
        <translation>Keys und Values, die für jedes Token jeder Sequenz zwischengespeichert werden, damit sie nicht neu berechnet werden.</translation>
    </message>
    <message>
        <source>Temporary tensors alive at the peak of a forward pass (prefill).</source>
        <translation>Temporäre Tensoren, die auf dem Höhepunkt eines Forward-Passes (Prefill) existieren.</translation>
    </message>
    <message>
        <source>Runtime costs: CUDA context, libraries, allocator reserve, buffers.</source>
        <translation>Laufzeitkosten: CUDA-Kontext, Bibliotheken, Allokator-Reserve, Puffer.</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Optimizer-Zustände</translation>
    </message>
    <message>
        <source>Fine-tuning: one gradient per trainable weight, kept for the optimizer step.</source>
        <translation>Fine-Tuning: ein Gradient pro trainierbarem Gewicht, gehalten für den Optimizer-Schritt.</translation>
    </message>
    <message>
        <source>Fine-tuning: AdamW&apos;s two moments per trainable weight and the FP32 master weights.</source>
        <translation>Fine-Tuning: die zwei Momente von AdamW pro trainierbarem Gewicht und die FP32-Master-Gewichte.</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Shape assumed for a bare parameter count: a Llama-2-style decoder with {0} layers, hidden size {1}, {2} attention heads and {3} KV heads.</source>
        <translation>Angenommene Form für eine reine Parameterzahl: ein Decoder im Stil von Llama 2 mit {0} Schichten, Hidden Size {1}, {2} Attention-Heads und {3} KV-Heads.</translation>
    </message>
    <message>
        <source>Mixture of experts: {0} parameters in total, {1} active per token; all experts stay in memory.</source>
        <translation>Mixture of Experts: {0} Parameter insgesamt, {1} aktiv pro Token; alle Experten bleiben im Speicher.</translation>
    </message>
    <message>
        <source>Weights (article&apos;s rule): {0} parameters × {1} bytes = {2}</source>
        <translation>Gewichte (Regel des Artikels): {0} Parameter × {1} Byte = {2}</translation>
    </message>
    <message>
        <source>Weights as stored in the model file ({name}): every tensor&apos;s exact bytes, {0} bits per weight on average = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation>Gewichte wie in der Modelldatei gespeichert ({name}): die exakten Bytes jedes Tensors, im Mittel {0} Bit pro Gewicht = {1} (Embeddings {2}, Schichten {3}, Normen {4}, Output-Head {5})</translation>
    </message>
    <message>
        <source>Weights as stored ({name}): {0} bits per weight on average, scales, zero-points and 16-bit embeddings, norms and output head included = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation>Gewichte wie gespeichert ({name}): im Mittel {0} Bit pro Gewicht, Skalierungen, Nullpunkte sowie 16-Bit-Embeddings, Normen und Output-Head inbegriffen = {1} (Embeddings {2}, Schichten {3}, Normen {4}, Output-Head {5})</translation>
    </message>
    <message>
        <source>KV cache (multi-head latent attention): {0} layers × ({1} latent + {2} rotary) values × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation>KV-Cache (Multi-Head Latent Attention): {0} Schichten × ({1} latent + {2} Rotary) Werte × {3} Token × {4} Sequenzen × {5} Byte ({name}) = {6}</translation>
    </message>
    <message>
        <source>KV cache: transformers caches MLA keys and values decompressed, {0} heads × ({1} + {2}) per layer and token = {3}</source>
        <translation>KV-Cache: transformers speichert MLA-Keys und -Values dekomprimiert, {0} Heads × ({1} + {2}) pro Schicht und Token = {3}</translation>
    </message>
    <message>
        <source>KV cache: 2 (K and V) × {0} layers × {1} KV heads × {2} head dim × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation>KV-Cache: 2 (K und V) × {0} Schichten × {1} KV-Heads × {2} Head-Dimension × {3} Token × {4} Sequenzen × {5} Byte ({name}) = {6}</translation>
    </message>
    <message>
        <source>{0} of {1} layers use a sliding window of {2} tokens, so they cache at most {2} tokens.</source>
        <translation>{0} von {1} Schichten nutzen ein Sliding Window von {2} Token und speichern daher höchstens {2} Token.</translation>
    </message>
    <message>
        <source>The article&apos;s formula (hidden size {0} instead of {1} KV heads × {2}) would give {3}: grouped-query attention shares each KV head among {4} query heads.</source>
        <translation>Die Formel des Artikels (Hidden Size {0} statt {1} KV-Heads × {2}) ergäbe {3}: Grouped-Query Attention teilt jeden KV-Head unter {4} Query-Heads.</translation>
    </message>
    <message>
        <source>Overhead (flat, the article&apos;s rule): {0} × {1} = {2}</source>
        <translation>Overhead (pauschal, Regel des Artikels): {0} × {1} = {2}</translation>
    </message>
    <message>
        <source>Prefill activation peak: {0} tokens × ({1} × {2} intermediate + {3} hidden) × {4} bytes, plus the last token&apos;s logits = {5}</source>
        <translation>Aktivierungsspitze beim Prefill: {0} Token × ({1} × {2} Intermediate + {3} Hidden) × {4} Byte, plus die Logits des letzten Tokens = {5}</translation>
    </message>
    <message>
        <source>{name} has no fused kernel here: each matrix is dequantized to 16 bit before its matmul, one copy of the largest matrix = {0}</source>
        <translation>{name} hat hier keinen fusionierten Kernel: jede Matrix wird vor ihrer Matmul auf 16 Bit dequantisiert, eine Kopie der größten Matrix = {0}</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernels (measured on H200): {0}; caching-allocator reserve as the KV cache grows (1/3 of it, measured): {1}</source>
        <translation>CUDA-Kontext, cuBLAS und Kernels (gemessen auf H200): {0}; Reserve des Caching-Allokators, während der KV-Cache wächst (1/3 davon, gemessen): {1}</translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each holds 1/{0} of the weights, {1} of {2} KV heads ({3}), its own activations and overhead, and {4} of NCCL buffers</source>
        <translation>Tensor-Parallelität über {0} GPUs: jede hält 1/{0} der Gewichte, {1} von {2} KV-Heads ({3}), eigene Aktivierungen und Overhead sowie {4} NCCL-Puffer</translation>
    </message>
    <message>
        <source>More GPUs ({0}) than KV heads ({1}): each GPU keeps a whole KV head, so the cache is replicated {2}× across the GPUs.</source>
        <translation>Mehr GPUs ({0}) als KV-Heads ({1}): jede GPU behält einen ganzen KV-Head, der Cache wird also {2}× über die GPUs repliziert.</translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: each runs about {1} consecutive layers with their KV cache; the first also holds the embeddings, the last the output head; {2} of NCCL buffers each</source>
        <translation>Pipeline-Parallelität über {0} GPUs: jede führt etwa {1} aufeinanderfolgende Schichten mit ihrem KV-Cache aus; die erste hält auch die Embeddings, die letzte den Output-Head; je {2} NCCL-Puffer</translation>
    </message>
    <message>
        <source>GPU {0}: layers {1}–{2}{name}: {3} weights + {4} KV + {5} activations + {6} overhead = {7}</source>
        <translation>GPU {0}: Schichten {1}–{2}{name}: {3} Gewichte + {4} KV + {5} Aktivierungen + {6} Overhead = {7}</translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} gradients, optimizer states and master weights + {2} activations + {3} overhead = {4}</source>
        <translation>Gesamt: {0} Gewichte + {1} Gradienten, Optimizer-Zustände und Master-Gewichte + {2} Aktivierungen + {3} Overhead = {4}</translation>
    </message>
    <message>
        <source>Total on the GPUs and in system RAM: {0} weights + {1} KV cache + {2} compute buffers + {3} overhead = {4}</source>
        <translation>Gesamt auf den GPUs und im Arbeitsspeicher: {0} Gewichte + {1} KV-Cache + {2} Compute-Puffer + {3} Overhead = {4}</translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} KV cache + {2} activations + {3} overhead = {4}</source>
        <translation>Gesamt: {0} Gewichte + {1} KV-Cache + {2} Aktivierungen + {3} Overhead = {4}</translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load, {3} left to other processes</source>
        <translation>{name}: vLLM belegt {0} pro GPU von {1} nutzbar ({2} nominell), unabhängig von der Last; {3} bleiben für andere Prozesse</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): does not fit, {3} short</source>
        <translation>{name}: {0} pro GPU bei {1} nutzbar ({2} nominell): passt nicht, {3} zu wenig</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): tight, {3} free (under 10 %)</source>
        <translation>{name}: {0} pro GPU bei {1} nutzbar ({2} nominell): knapp, {3} frei (unter 10 %)</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): fits, {3} free</source>
        <translation>{name}: {0} pro GPU bei {1} nutzbar ({2} nominell): passt, {3} frei</translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, fewer than the {2} asked: the rest wait in the queue</source>
        <translation>Das Urteil von vLLM betrifft seinen KV-Pool: {0} fasst {1} Sequenzen zu {3} Token gleichzeitig, weniger als die {2} angefragten: der Rest wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, {2} asked</source>
        <translation>Das Urteil von vLLM betrifft seinen KV-Pool: {0} fasst {1} Sequenzen zu {3} Token gleichzeitig, {2} angefragt</translation>
    </message>
    <message>
        <source>System RAM: {0} used of {1}: {name}</source>
        <translation>Arbeitsspeicher: {0} von {1} belegt: {name}</translation>
    </message>
    <message>
        <source>Full fine-tuning, mixed-precision AdamW (ZeRO §3.1: 16 bytes per parameter): {0} parameters × (2 weights + 2 gradients + 4 FP32 master + 8 Adam moments) = {1} weights + {2} gradients + {3} master + {4} optimizer</source>
        <translation>Volles Fine-Tuning, AdamW mit gemischter Präzision (ZeRO §3.1: 16 Byte pro Parameter): {0} Parameter × (2 Gewichte + 2 Gradienten + 4 FP32-Master + 8 Adam-Momente) = {1} Gewichte + {2} Gradienten + {3} Master + {4} Optimizer</translation>
    </message>
    <message>
        <source>{name} weights cannot be trained directly: full fine-tuning is sized in BF16 (use QLoRA to train over a 4-bit base).</source>
        <translation>{name}-Gewichte lassen sich nicht direkt trainieren: volles Fine-Tuning wird in BF16 berechnet (für eine 4-Bit-Basis QLoRA verwenden).</translation>
    </message>
    <message>
        <source>LoRA rank {0} on {name}: {1} trainable parameters; the frozen base ({2}) has no gradients; adapters in FP32 with gradients and AdamW moments, 16 bytes each = {3}</source>
        <translation>LoRA-Rang {0} auf {name}: {1} trainierbare Parameter; die eingefrorene Basis ({2}) hat keine Gradienten; Adapter in FP32 mit Gradienten und AdamW-Momenten, je 16 Byte = {3}</translation>
    </message>
    <message>
        <source>QLoRA: the base in NF4 with double quantization = {0}; LoRA rank {1} on {name}: {2} BF16 adapter parameters with gradients and 32-bit paged AdamW moments, 12 bytes each = {3}</source>
        <translation>QLoRA: die Basis in NF4 mit doppelter Quantisierung = {0}; LoRA-Rang {1} auf {name}: {2} BF16-Adapterparameter mit Gradienten und 32-Bit-Paged-AdamW-Momenten, je 12 Byte = {3}</translation>
    </message>
    <message>
        <source>Paged optimizer: under memory pressure its {0} of states move to CPU RAM (NVIDIA unified memory), so a spike does not end in out-of-memory; bitsandbytes dequantizes one matrix at a time to BF16 ({1}).</source>
        <translation>Paged Optimizer: unter Speicherdruck wandern seine {0} Zustände in den CPU-RAM (NVIDIA Unified Memory), sodass eine Spitze nicht mit Out-of-Memory endet; bitsandbytes dequantisiert jeweils eine Matrix nach BF16 ({1}).</translation>
    </message>
    <message>
        <source>Activations with gradient checkpointing: each layer&apos;s input ({0} tokens × hidden × 2 bytes) plus one layer recomputed at a time and the logits (10 bytes per vocabulary entry and token) = {1} per GPU</source>
        <translation>Aktivierungen mit Gradient Checkpointing: die Eingabe jeder Schicht ({0} Token × Hidden × 2 Byte) plus jeweils eine neu berechnete Schicht und die Logits (10 Byte pro Vokabulareintrag und Token) = {1} pro GPU</translation>
    </message>
    <message>
        <source>Activations kept for the backward pass: {0} tokens × per layer (9 × hidden + Q, K, V + 4 × intermediate) × 2 bytes, plus the logits (10 bytes per vocabulary entry and token) = {1} per GPU; --gradient-checkpointing trades them for recomputation</source>
        <translation>Für den Backward-Pass gehaltene Aktivierungen: {0} Token × pro Schicht (9 × Hidden + Q, K, V + 4 × Intermediate) × 2 Byte, plus die Logits (10 Byte pro Vokabulareintrag und Token) = {1} pro GPU; --gradient-checkpointing tauscht sie gegen Neuberechnung</translation>
    </message>
    <message>
        <source>Over {0} GPUs the weights, gradients and optimizer states are sharded (ZeRO-3 / FSDP); each GPU keeps the activations of its own micro-batch of {1}.</source>
        <translation>Über {0} GPUs werden Gewichte, Gradienten und Optimizer-Zustände geshardet (ZeRO-3 / FSDP); jede GPU hält die Aktivierungen ihres eigenen Micro-Batches von {1}.</translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files; {name} weights are sized as a GGUF of that type.</source>
        <translation>llama.cpp lädt GGUF-Dateien; {name}-Gewichte werden als GGUF dieses Typs berechnet.</translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files: {name} is not a GGUF type, so this sizes a file that does not exist; pick a Q-type to compare.</source>
        <translation>llama.cpp lädt GGUF-Dateien: {name} ist kein GGUF-Typ, das hier berechnet also eine Datei, die es nicht gibt; zum Vergleich einen Q-Typ wählen.</translation>
    </message>
    <message>
        <source>No GPU named: llama.cpp runs every layer on the CPU (name a GPU to offload).</source>
        <translation>Keine GPU angegeben: llama.cpp führt jede Schicht auf der CPU aus (eine GPU angeben, um auszulagern).</translation>
    </message>
    <message>
        <source>n_gpu_layers {0} of {1} (llama.cpp counts the output layer and offloads it first; token embeddings always stay on the CPU): {2} decoder layers on the GPU{name}</source>
        <translation>n_gpu_layers {0} von {1} (llama.cpp zählt die Ausgabeschicht mit und lagert sie zuerst aus; Token-Embeddings bleiben immer auf der CPU): {2} Decoder-Schichten auf der GPU{name}</translation>
    </message>
    <message>
        <source>llama.cpp splits by layers by default; its row split (--split-mode row) is not modelled, so the GPUs are sized as a layer split.</source>
        <translation>llama.cpp teilt standardmäßig nach Schichten auf; der Row-Split (--split-mode row) ist nicht modelliert, daher werden die GPUs als Schichtaufteilung berechnet.</translation>
    </message>
    <message>
        <source>KV cache: n_ctx = {0} tokens × {1} sequences = {2} cells (padded to {3}), K as {name}, {4} bytes per token and layer</source>
        <translation>KV-Cache: n_ctx = {0} Token × {1} Sequenzen = {2} Zellen (aufgefüllt auf {3}), K als {name}, {4} Byte pro Token und Schicht</translation>
    </message>
    <message>
        <source>A quantized V cache needs flash attention (-fa); without it llama.cpp keeps V in F16.</source>
        <translation>Ein quantisierter V-Cache braucht Flash Attention (-fa); ohne sie hält llama.cpp V in F16.</translation>
    </message>
    <message>
        <source>V as {name} (-ctv): K and V rows each take their own type&apos;s bytes</source>
        <translation>V als {name} (-ctv): K- und V-Zeilen belegen jeweils die Bytes ihres eigenen Typs</translation>
    </message>
    <message>
        <source>Unified KV cache (-kvu): one stream of {0} cells shared by the {1} slots; sliding-window layers keep {1} windows + n_ubatch in it</source>
        <translation>Vereinheitlichter KV-Cache (-kvu): ein Stream mit {0} Zellen, den sich die {1} Slots teilen; Sliding-Window-Schichten halten darin {1} Fenster + n_ubatch</translation>
    </message>
    <message>
        <source>{0} slots (-np) without -kvu: one stream of n_ctx / {0} = {1} cells per slot (padded); sliding-window layers keep one window + n_ubatch per slot</source>
        <translation>{0} Slots (-np) ohne -kvu: ein Stream mit n_ctx / {0} = {1} Zellen pro Slot (aufgefüllt); Sliding-Window-Schichten halten ein Fenster + n_ubatch pro Slot</translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}, flash attention): inputs {1} + the largest of attention {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation>Compute-Puffer (n_ubatch {0}, Flash Attention): Eingaben {1} + das Größte aus Attention {2}, Feed-Forward {3} und Logits F32[vocab, n_ubatch] {4} = {5} auf der GPU (nach gguf-parser-go)</translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}): inputs {1} + the largest of attention with KQ F32[n_kv, n_ubatch, heads] {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation>Compute-Puffer (n_ubatch {0}): Eingaben {1} + das Größte aus Attention mit KQ F32[n_kv, n_ubatch, heads] {2}, Feed-Forward {3} und Logits F32[vocab, n_ubatch] {4} = {5} auf der GPU (nach gguf-parser-go)</translation>
    </message>
    <message>
        <source>Platform footprint (gguf-parser&apos;s default): {0} per GPU, {1} of system RAM</source>
        <translation>Plattform-Grundbedarf (Standard von gguf-parser): {0} pro GPU, {1} Arbeitsspeicher</translation>
    </message>
    <message>
        <source>System RAM: {0} weights (token embeddings{name}) + {1} KV cache + {2} compute buffer and logits + footprint = {3}</source>
        <translation>Arbeitsspeicher: {0} Gewichte (Token-Embeddings{name}) + {1} KV-Cache + {2} Compute-Puffer und Logits + Grundbedarf = {3}</translation>
    </message>
    <message>
        <source>Speed: name a GPU with its bandwidth and throughput (or run llama.cpp on the CPU) to see tokens per second.</source>
        <translation>Geschwindigkeit: eine GPU mit Bandbreite und Durchsatz angeben (oder llama.cpp auf der CPU ausführen), um Token pro Sekunde zu sehen.</translation>
    </message>
    <message>
        <source>Decode (the article&apos;s view, an upper bound): {0} read per token over {1} GB/s = {2} tokens/s</source>
        <translation>Decode (Sicht des Artikels, eine Obergrenze): {0} gelesen pro Token bei {1} GB/s = {2} Token/s</translation>
    </message>
    <message>
        <source>Decode on the CPU: {0} read per token (weights and KV at the full context) over {1} GB/s × {2}–{3} efficiency = {4} tokens/s ({5}–{6})</source>
        <translation>Decode auf der CPU: {0} gelesen pro Token (Gewichte und KV beim vollen Kontext) bei {1} GB/s × {2}–{3} Effizienz = {4} Token/s ({5}–{6})</translation>
    </message>
    <message>
        <source>CPU bandwidth assumed: {0} GB/s (dual-channel DDR4-3200); measure it with the lab&apos;s bench and pass it as --cpu-bandwidth.</source>
        <translation>Angenommene CPU-Bandbreite: {0} GB/s (Dual-Channel DDR4-3200); mit dem Benchmark des Labors messen und als --cpu-bandwidth übergeben.</translation>
    </message>
    <message>
        <source>Decode: {0} read per token (active weights + KV at the full context) over {1} GB/s × {2} efficiency, plus {3} µs per layer of kernel launches ({4} layers) = {5} tokens/s (range {6}–{7})</source>
        <translation>Decode: {0} gelesen pro Token (aktive Gewichte + KV beim vollen Kontext) bei {1} GB/s × {2} Effizienz, plus {3} µs pro Schicht für Kernel-Starts ({4} Schichten) = {5} Token/s (Spanne {6}–{7})</translation>
    </message>
    <message>
        <source>{0} of the bytes per token are read by the CPU at {1} GB/s: the CPU layers set the pace.</source>
        <translation>{0} der Bytes pro Token liest die CPU mit {1} GB/s: die CPU-Schichten bestimmen das Tempo.</translation>
    </message>
    <message>
        <source>Eager decoding (no CUDA graph): the host launches each layer&apos;s kernels in {0} ms plus {1} ms per sequence (measured for transformers on H200); the slower of host and GPU sets the pace.</source>
        <translation>Eager-Decoding (kein CUDA-Graph): der Host startet die Kernels jeder Schicht in {0} ms plus {1} ms pro Sequenz (gemessen für transformers auf H200); das Langsamere von Host und GPU bestimmt das Tempo.</translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each reads 1/{0} of the bytes; two all-reduces per layer add {1} µs each.</source>
        <translation>Tensor-Parallelität über {0} GPUs: jede liest 1/{0} der Bytes; zwei All-Reduces pro Schicht kosten je {1} µs.</translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: one token passes the stages one after another, so one sequence decodes no faster than on one GPU; the stages overlap only across sequences.</source>
        <translation>Pipeline-Parallelität über {0} GPUs: ein Token durchläuft die Stufen nacheinander, eine Sequenz dekodiert also nicht schneller als auf einer GPU; die Stufen überlappen nur über Sequenzen hinweg.</translation>
    </message>
    <message>
        <source>Batch {0}: {1} tokens/s for all sequences together ({2}–{3}); the weights are read once per step for the whole batch, the KV cache once per sequence.</source>
        <translation>Batch {0}: {1} Token/s für alle Sequenzen zusammen ({2}–{3}); die Gewichte werden pro Schritt einmal für den ganzen Batch gelesen, der KV-Cache einmal pro Sequenz.</translation>
    </message>
    <message>
        <source>Roofline: from batch {0} a decode step is compute-bound ({1} FLOPs per token at {2} TFLOPS); this batch is past it.</source>
        <translation>Roofline: ab Batch {0} ist ein Decode-Schritt rechengebunden ({1} FLOPs pro Token bei {2} TFLOPS); dieser Batch liegt darüber.</translation>
    </message>
    <message>
        <source>Roofline: a decode step stays memory-bound up to batch {0} ({1} FLOPs per token at {2} TFLOPS); beyond it, compute sets the pace.</source>
        <translation>Roofline: ein Decode-Schritt bleibt bis Batch {0} speichergebunden ({1} FLOPs pro Token bei {2} TFLOPS); darüber bestimmt die Rechenleistung das Tempo.</translation>
    </message>
    <message>
        <source>Prefill of {0} tokens: {1} FLOPs per token (2 × active parameters + causal attention) over {2} TFLOPS × {3} utilization = {4} tokens/s ({5}–{6}); time to first token {7}</source>
        <translation>Prefill von {0} Token: {1} FLOPs pro Token (2 × aktive Parameter + kausale Attention) bei {2} TFLOPS × {3} Auslastung = {4} Token/s ({5}–{6}); Zeit bis zum ersten Token {7}</translation>
    </message>
    <message>
        <source>Prefill on the CPU is not estimated: it needs the CPU&apos;s FLOPS, not measured yet.</source>
        <translation>Prefill auf der CPU wird nicht geschätzt: dafür braucht es die FLOPS der CPU, die noch nicht gemessen sind.</translation>
    </message>
    <message>
        <source>{name}: no native arithmetic for this format on this GPU, so the weights are dequantized to 16 bit on the fly: decoding still gains from reading fewer bytes, prefill runs at the FP16 rate and gains nothing (the article&apos;s Mistake 2).</source>
        <translation>{name}: keine native Arithmetik für dieses Format auf dieser GPU, die Gewichte werden also on the fly auf 16 Bit dequantisiert: Decode profitiert weiter vom Lesen weniger Bytes, Prefill läuft mit der FP16-Rate und gewinnt nichts (Fehler 2 des Artikels).</translation>
    </message>
    <message>
        <source>vLLM takes gpu_memory_utilization {0} × {1} usable = {2} per GPU at start-up (0.90: the default of most releases; the newest vllm/config/cache.py uses 0.92)</source>
        <translation>vLLM nimmt beim Start gpu_memory_utilization {0} × {1} nutzbar = {2} pro GPU (0,90: Standard der meisten Releases; das neueste vllm/config/cache.py nutzt 0,92)</translation>
    </message>
    <message>
        <source>Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked prefill) through the fused QKV / gate-up / SiLU tensors, plus the sampler&apos;s FP32 logits for {1} sequences = {2}</source>
        <translation>Profilierte Aktivierungsspitze: ein Dummy-Forward mit max_num_batched_tokens = {0} Token (v1 Chunked Prefill) durch die fusionierten QKV-/Gate-Up-/SiLU-Tensoren, plus die FP32-Logits des Samplers für {1} Sequenzen = {2}</translation>
    </message>
    <message>
        <source>Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the decode batch sizes: {1} (0 with --enforce-eager)</source>
        <translation>Speicher außerhalb von torch (CUDA-Kontext, cuBLAS, NCCL-Puffer bei mehreren GPUs): {0}; CUDA-Graphen für die Decode-Batchgrößen: {1} (0 mit --enforce-eager)</translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} tokens: GPU KV cache size {7} tokens</source>
        <translation>KV-Cache-Pool: {0} − {1} Gewichte − {2} Aktivierungen − {3} Overhead = {4}, in {5} Blöcken zu {6} Token: GPU-KV-Cache-Größe {7} Token</translation>
    </message>
    <message>
        <source>One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked</source>
        <translation>Eine Anfrage mit {0} Token braucht {1} pro GPU: maximale Parallelität {2}× für die {3} angefragten Sequenzen</translation>
    </message>
    <message>
        <source>Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU</source>
        <translation>Ohne GPU wird der Pool so bemessen, dass er die {0} Sequenzen zu {1} Token fasst: {2} pro GPU</translation>
    </message>
    <message>
        <source>Recurrent layers: vLLM grows the attention block to {0} tokens so one attention page holds a layer&apos;s state (page {1}); the pool&apos;s pages are shared by the layer groups</source>
        <translation>Rekurrente Schichten: vLLM vergrößert den Attention-Block auf {0} Token, damit eine Attention-Seite den Zustand einer Schicht fasst (Seite {1}); die Seiten des Pools teilen sich die Schichtgruppen</translation>
    </message>
    <message>
        <source>Sliding-window layers keep min(window − 1 + max_num_batched_tokens, length) tokens plus one block (vLLM SlidingWindowSpec).</source>
        <translation>Sliding-Window-Schichten halten min(Fenster − 1 + max_num_batched_tokens, Länge) Token plus einen Block (vLLM SlidingWindowSpec).</translation>
    </message>
    <message>
        <source>vLLM would not start: {name}</source>
        <translation>vLLM würde nicht starten: {name}</translation>
    </message>
    <message>
        <source>The longest max_model_len the pool can hold: {0} tokens</source>
        <translation>Das längste max_model_len, das der Pool fassen kann: {0} Token</translation>
    </message>
    <message>
        <source>{0} full-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}</source>
        <translation>{0} Full-Attention-Schichten × {1} Token × {2} Sequenzen × {3} pro Token und Schicht ({name}) = {4}</translation>
    </message>
    <message>
        <source>{0} sliding-window layers (window {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}</source>
        <translation>{0} Sliding-Window-Schichten (Fenster {1}) × {2} Token × {3} Sequenzen × {4} pro Token und Schicht ({name}) = {5}</translation>
    </message>
    <message>
        <source>{0} chunked-attention layers (chunks of {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}</source>
        <translation>{0} Chunked-Attention-Schichten (Blöcke zu {1}) × {2} Token × {3} Sequenzen × {4} pro Token und Schicht ({name}) = {5}</translation>
    </message>
    <message>
        <source>{0} latent-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}</source>
        <translation>{0} Latent-Attention-Schichten × {1} Token × {2} Sequenzen × {3} pro Token und Schicht ({name}) = {4}</translation>
    </message>
    <message>
        <source>{0} Mamba-2 layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context</source>
        <translation>{0} Mamba-2-Schichten: fest {1} Zustand pro Sequenz × {2} Sequenzen = {3}, unabhängig vom Kontext</translation>
    </message>
    <message>
        <source>{0} linear-attention layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context</source>
        <translation>{0} Linear-Attention-Schichten: fest {1} Zustand pro Sequenz × {2} Sequenzen = {3}, unabhängig vom Kontext</translation>
    </message>
    <message>
        <source>{0} layers keep no KV cache of their own (MLP-only blocks or layers reading another layer&apos;s cache).</source>
        <translation>{0} Schichten haben keinen eigenen KV-Cache (reine MLP-Blöcke oder Schichten, die den Cache einer anderen Schicht lesen).</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters; llama.cpp reads it from a separate mmproj file, so it is not in these weights</source>
        <translation>{name}: {0} Parameter; llama.cpp liest ihn aus einer eigenen mmproj-Datei, daher ist er nicht in diesen Gewichten</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters, loaded with the language model (vLLM and transformers)</source>
        <translation>{name}: {0} Parameter, mit dem Sprachmodell geladen (vLLM und transformers)</translation>
    </message>
    <message>
        <source>{0} multi-token-prediction block(s), {1} parameters, are stored in the checkpoint but not held in memory: vLLM loads them only for speculative decoding, transformers and llama.cpp skip them.</source>
        <translation>{0} Multi-Token-Prediction-Block/Blöcke mit {1} Parametern liegen im Checkpoint, aber nicht im Speicher: vLLM lädt sie nur für spekulatives Decoding, transformers und llama.cpp überspringen sie.</translation>
    </message>
    <message>
        <source>The checkpoint also stores {0} elements beyond the weights held in memory: {name}.</source>
        <translation>Der Checkpoint speichert außerdem {0} Elemente über die Gewichte im Speicher hinaus: {name}.</translation>
    </message>
    <message>
        <source>Chunked-attention layers keep min(chunk + max_num_batched_tokens, length) tokens (vLLM ChunkedLocalAttentionSpec).</source>
        <translation>Chunked-Attention-Schichten behalten min(Blockgröße + max_num_batched_tokens, Länge) Token (vLLM ChunkedLocalAttentionSpec).</translation>
    </message>
    <message>
        <source>{0} image(s) per request × {1} tokens each ({name}) = {2} image tokens in every sequence, beside its {3} tokens of text: each sequence holds {4} tokens.</source>
        <translation>{0} Bild(er) pro Anfrage × je {1} Token ({name}) = {2} Bild-Token in jeder Sequenz, neben ihren {3} Text-Token: jede Sequenz hält {4} Token.</translation>
    </message>
    <message>
        <source>{0} of the embeddings are per-layer embeddings ({1} tokens × {2} layers × {3} values): one row is looked up per token, so decoding never reads them whole; llama.cpp keeps them in system RAM with the token embeddings.</source>
        <translation>{0} der Embeddings sind Per-Layer-Embeddings ({1} Token × {2} Schichten × {3} Werte): pro Token wird eine Zeile nachgeschlagen, das Dekodieren liest sie also nie ganz; llama.cpp hält sie mit den Token-Embeddings im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters from the mmproj file, loaded by llama.cpp on the first GPU (--no-mmproj-offload keeps it in system RAM)</source>
        <translation>Der {name}: {0} Parameter aus der mmproj-Datei, von llama.cpp auf der ersten GPU geladen (--no-mmproj-offload hält ihn im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Flash attention auto (llama.cpp&apos;s default -fa): on, as llama.cpp resolves it on every backend that runs the attention op on the layer&apos;s own device (CUDA, ROCm, Metal, Vulkan, CPU)</source>
        <translation>Flash Attention automatisch (Voreinstellung von -fa in llama.cpp): an, wie llama.cpp sie auf jedem Backend auflöst, das die Attention-Operation auf dem Gerät der Schicht selbst ausführt (CUDA, ROCm, Metal, Vulkan, CPU)</translation>
    </message>
    <message>
        <source>{name}: {0} of the {1} usable already in use by other processes (per GPU), so {2} is left</source>
        <translation>{name}: {0} der {1} nutzbaren bereits von anderen Prozessen belegt (pro GPU), also bleiben {2}</translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load; with {3} held by other processes, {4} is left</source>
        <translation>{name}: vLLM belegt unabhängig von der Last {0} pro GPU von {1} nutzbaren ({2} nominell); da andere Prozesse {3} belegen, bleiben {4}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): does not fit, {4} short</source>
        <translation>{name}: {0} pro GPU + {1} von anderen Prozessen belegt gegenüber {2} nutzbar ({3} nominell): passt nicht, {4} zu wenig</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): tight, {4} free (under 10 %)</source>
        <translation>{name}: {0} pro GPU + {1} von anderen Prozessen belegt gegenüber {2} nutzbar ({3} nominell): knapp, {4} frei (unter 10 %)</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): fits, {4} free</source>
        <translation>{name}: {0} pro GPU + {1} von anderen Prozessen belegt gegenüber {2} nutzbar ({3} nominell): passt, {4} frei</translation>
    </message>
    <message>
        <source>Free at start-up: {0} usable − {1} in use by other processes = {2}, less than the {3} vLLM asks for (a fraction of the total, not of what is free): it refuses to start</source>
        <translation>Frei beim Start: {0} nutzbar − {1} von anderen Prozessen belegt = {2}, weniger als die {3}, die vLLM verlangt (ein Anteil am Gesamtspeicher, nicht am freien): es startet nicht</translation>
    </message>
    <message>
        <source>Free at start-up: {0} usable − {1} in use by other processes = {2}, at least the {3} vLLM asks for (a fraction of the total, not of what is free)</source>
        <translation>Frei beim Start: {0} nutzbar − {1} von anderen Prozessen belegt = {2}, mindestens die {3}, die vLLM verlangt (ein Anteil am Gesamtspeicher, nicht am freien)</translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead − {7} in use by other processes (counted as non-torch memory before v0.9) = {4}, in {5} blocks of {6} tokens</source>
        <translation>KV-Cache-Pool: {0} − {1} Gewichte − {2} Aktivierungen − {3} Overhead − {7} von anderen Prozessen belegt (vor v0.9 als Nicht-Torch-Speicher gezählt) = {4}, in {5} Blöcken zu {6} Token</translation>
    </message>
    <message>
        <source>--cpu-moe / --n-cpu-moe: this model has no routed experts, nothing moves.</source>
        <translation>--cpu-moe / --n-cpu-moe: Dieses Modell hat keine gerouteten Experten, nichts wird verschoben.</translation>
    </message>
    <message>
        <source>Tensor placement (-ot rules, then --cpu-moe, then --n-cpu-moe {0}; the first matching rule decides): {1} tensors placed; {2} of the GPU layers&apos; weights stay in system RAM, {3} of them routed experts; {4} layers keep their experts there</source>
        <translation>Tensorplatzierung (-ot-Regeln, dann --cpu-moe, dann --n-cpu-moe {0}; die erste passende Regel entscheidet): {1} Tensoren platziert; {2} der Gewichte der GPU-Schichten bleiben im Arbeitsspeicher, davon {3} geroutete Experten; {4} Schichten behalten ihre Experten dort</translation>
    </message>
    <message>
        <source>Weights kept on the CPU by a rule go to the CPU model buffer (CPU_Mapped with mmap, llama.cpp&apos;s default; with --no-mmap the pinned CUDA_Host buffer, llama-model.cpp make_cpu_buft_list): system RAM either way</source>
        <translation>Per Regel auf der CPU gehaltene Gewichte kommen in den CPU-Modellpuffer (CPU_Mapped mit mmap, der Voreinstellung von llama.cpp; mit --no-mmap der gepinnte CUDA_Host-Puffer, llama-model.cpp make_cpu_buft_list): in beiden Fällen Arbeitsspeicher</translation>
    </message>
    <message>
        <source>-ot rules move {0} of weights onto a GPU from another device</source>
        <translation>-ot-Regeln verschieben {0} Gewichte von einem anderen Gerät auf eine GPU</translation>
    </message>
    <message>
        <source>Batches of {0} tokens and more multiply the experts in RAM on the GPU: the largest layer&apos;s ({1}) is copied into GPU 0&apos;s compute buffer (n_ubatch {2})</source>
        <translation>Batches ab {0} Token multiplizieren die Experten aus dem Arbeitsspeicher auf der GPU: die der größten Schicht ({1}) werden in den Rechenpuffer von GPU 0 kopiert (n_ubatch {2})</translation>
    </message>
    <message>
        <source>-ot buffer {name}: the scenario has no such GPU, so llama.cpp would stop at start-up; its rule is left out</source>
        <translation>-ot-Puffer {name}: Das Szenario hat keine solche GPU, llama.cpp würde beim Start abbrechen; die Regel bleibt außen vor</translation>
    </message>
    <message>
        <source>Routed experts kept in system RAM for GPU layers ({0}): a token reads the {1} of {2} experts it is routed to from RAM; batches of {3} tokens and more (prefill, large decode batches) copy them to the GPU over PCIe at {4} GB/s instead (ggml-cuda offload_op).</source>
        <translation>Für GPU-Schichten im Arbeitsspeicher gehaltene geroutete Experten ({0}): Ein Token liest die {1} von {2} Experten, zu denen es geroutet wird, aus dem Arbeitsspeicher; Batches ab {3} Token (Prefill, große Decode-Batches) kopieren sie stattdessen über PCIe mit {4} GB/s auf die GPU (ggml-cuda offload_op).</translation>
    </message>
</context>
<context>
    <name>FitChangeLinks</name>
    <message>
        <source>a context of %1 tokens</source>
        <translation>ein Kontext von %1 Tokens</translation>
    </message>
    <message>
        <source>a %1 KV cache, with flash attention</source>
        <translation>ein %1-KV-Cache, mit Flash Attention</translation>
    </message>
    <message>
        <source>a %1 KV cache</source>
        <translation>ein %1-KV-Cache</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1-Gewichte</translation>
    </message>
    <message>
        <source>%1 layers on the GPU, the rest in system RAM</source>
        <translation>%1 Schichten auf der GPU, der Rest im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>one %1</source>
        <translation>eine %1</translation>
    </message>
    <message>
        <source>gives up %1 % of the context</source>
        <translation>verzichtet auf %1 % des Kontexts</translation>
    </message>
    <message>
        <source>gives up %1 % of the KV bits</source>
        <translation>verzichtet auf %1 % der KV-Bits</translation>
    </message>
    <message>
        <source>gives up %1 % of the weight bits</source>
        <translation>verzichtet auf %1 % der Gewichts-Bits</translation>
    </message>
    <message>
        <source>decodes %1 % slower</source>
        <translation>dekodiert %1 % langsamer</translation>
    </message>
    <message>
        <source>other hardware</source>
        <translation>andere Hardware</translation>
    </message>
    <message>
        <source>Makes it fit: %1.</source>
        <translation>So passt es: %1.</translation>
    </message>
    <message>
        <source>one more GPU</source>
        <translation>eine GPU mehr</translation>
    </message>
    <message>
        <source>%1 more GPUs</source>
        <translation>%1 GPUs mehr</translation>
    </message>
    <message>
        <source>the routed experts of %1 layers in system RAM</source>
        <translation>die gerouteten Experten von %1 Schichten im Arbeitsspeicher</translation>
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
        <translation>INT8 (pro Kanal)</translation>
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
        <translation>INT4 (g32, Nullpunkt)</translation>
    </message>
    <message>
        <source>INT4 (g64, zero-point)</source>
        <translation>INT4 (g64, Nullpunkt)</translation>
    </message>
    <message>
        <source>INT4 (g128, zero-point)</source>
        <translation>INT4 (g128, Nullpunkt)</translation>
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
        <translation>NF4 + doppelte Quantisierung</translation>
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
        <translation>Einfach (Regel des Artikels)</translation>
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
        <translation>32-Bit-IEEE-Gleitkomma: die Referenz beim Training, 4 Byte pro Gewicht.</translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s exponent range with a 7-bit mantissa, 2 bytes per weight.</source>
        <translation>bfloat16: der Exponentenbereich von FP32 mit 7-Bit-Mantisse, 2 Byte pro Gewicht.</translation>
    </message>
    <message>
        <source>IEEE half precision: 2 bytes per weight, range ±65504.</source>
        <translation>IEEE-Halbgenauigkeit: 2 Byte pro Gewicht, Bereich ±65504.</translation>
    </message>
    <message>
        <source>8-bit float (OCP E4M3, max 448) with a per-tensor scale.</source>
        <translation>8-Bit-Gleitkomma (OCP E4M3, max. 448) mit einem Skalierungsfaktor pro Tensor.</translation>
    </message>
    <message>
        <source>8-bit float (OCP E5M2, max 57344) with a per-tensor scale.</source>
        <translation>8-Bit-Gleitkomma (OCP E5M2, max. 57344) mit einem Skalierungsfaktor pro Tensor.</translation>
    </message>
    <message>
        <source>8-bit integers with one scale per output channel.</source>
        <translation>8-Bit-Ganzzahlen mit einem Skalierungsfaktor pro Ausgabekanal.</translation>
    </message>
    <message>
        <source>Vector-wise INT8 with the 0.1 % outlier feature columns kept in FP16 (Dettmers et al. 2022).</source>
        <translation>Vektorweises INT8, die 0,1 % Ausreißer-Merkmalsspalten bleiben in FP16 (Dettmers et al. 2022).</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 32 weights.</source>
        <translation>4-Bit-Ganzzahlen, ein FP16-Skalierungsfaktor pro Gruppe von 32 Gewichten.</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 64 weights.</source>
        <translation>4-Bit-Ganzzahlen, ein FP16-Skalierungsfaktor pro Gruppe von 64 Gewichten.</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 128 weights.</source>
        <translation>4-Bit-Ganzzahlen, ein FP16-Skalierungsfaktor pro Gruppe von 128 Gewichten.</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 32.</source>
        <translation>4-Bit-Ganzzahlen, FP16-Skalierungsfaktor und 4-Bit-Nullpunkt pro Gruppe von 32.</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 64.</source>
        <translation>4-Bit-Ganzzahlen, FP16-Skalierungsfaktor und 4-Bit-Nullpunkt pro Gruppe von 64.</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 128.</source>
        <translation>4-Bit-Ganzzahlen, FP16-Skalierungsfaktor und 4-Bit-Nullpunkt pro Gruppe von 128.</translation>
    </message>
    <message>
        <source>GPTQ checkpoint: packed 4-bit weights, 4-bit zeros, FP16 scales per 128, and a g_idx column index.</source>
        <translation>GPTQ-Checkpoint: gepackte 4-Bit-Gewichte, 4-Bit-Nullpunkte, FP16-Skalierungsfaktoren pro 128 und ein g_idx-Spaltenindex.</translation>
    </message>
    <message>
        <source>GPTQ checkpoint with 3-bit weights and zeros, FP16 scales per 128, and g_idx.</source>
        <translation>GPTQ-Checkpoint mit 3-Bit-Gewichten und -Nullpunkten, FP16-Skalierungsfaktoren pro 128 und g_idx.</translation>
    </message>
    <message>
        <source>AWQ checkpoint: packed 4-bit weights, 4-bit zeros and FP16 scales per group of 128.</source>
        <translation>AWQ-Checkpoint: gepackte 4-Bit-Gewichte, 4-Bit-Nullpunkte und FP16-Skalierungsfaktoren pro Gruppe von 128.</translation>
    </message>
    <message>
        <source>bitsandbytes 4-bit NormalFloat, blocks of 64 with an FP32 absmax (4.5 bits per weight).</source>
        <translation>bitsandbytes 4-Bit-NormalFloat, Blöcke von 64 mit einem FP32-absmax (4,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>NF4 with the block absmax itself quantized to 8 bits (QLoRA, 4.127 bits per weight).</source>
        <translation>NF4, dessen Block-absmax selbst auf 8 Bit quantisiert ist (QLoRA, 4,127 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>OCP microscaling FP4: 32 E2M1 values share one 8-bit power-of-two scale (4.25 bits).</source>
        <translation>OCP-Microscaling-FP4: 32 E2M1-Werte teilen sich einen 8-Bit-Skalierungsfaktor als Zweierpotenz (4,25 Bit).</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 int8 values with an FP16 scale (8.5 bits per weight).</source>
        <translation>llama.cpp-Blöcke von 32 int8-Werten mit einem FP16-Skalierungsfaktor (8,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp 6-bit k-quant, super-blocks of 256 (6.5625 bits per weight).</source>
        <translation>llama.cpp-6-Bit-k-Quant, Superblöcke von 256 (6,5625 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp 5-bit k-quant, super-blocks of 256 (5.5 bits per weight).</source>
        <translation>llama.cpp-5-Bit-k-Quant, Superblöcke von 256 (5,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 5-bit values with an FP16 scale (5.5 bits per weight).</source>
        <translation>llama.cpp-Blöcke von 32 5-Bit-Werten mit einem FP16-Skalierungsfaktor (5,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp 4-bit k-quant, super-blocks of 256 with 6-bit sub-block scales (4.5 bits).</source>
        <translation>llama.cpp-4-Bit-k-Quant, Superblöcke von 256 mit 6-Bit-Skalierungsfaktoren der Unterblöcke (4,5 Bit).</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 4-bit values with an FP16 scale (4.5 bits per weight).</source>
        <translation>llama.cpp-Blöcke von 32 4-Bit-Werten mit einem FP16-Skalierungsfaktor (4,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp 3-bit k-quant (3.4375 bits per weight).</source>
        <translation>llama.cpp-3-Bit-k-Quant (3,4375 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp 2-bit k-quant (2.625 bits per weight).</source>
        <translation>llama.cpp-2-Bit-k-Quant (2,625 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s recommended mixture: Q4_K with Q6_K for half of attn_v/ffn_down and the output.</source>
        <translation>Die von llama.cpp empfohlene Mischung: Q4_K, mit Q6_K für die Hälfte von attn_v/ffn_down und die Ausgabe.</translation>
    </message>
    <message>
        <source>llama.cpp mixture: Q5_K with Q6_K for half of attn_v/ffn_down and the output.</source>
        <translation>llama.cpp-Mischung: Q5_K, mit Q6_K für die Hälfte von attn_v/ffn_down und die Ausgabe.</translation>
    </message>
    <message>
        <source>llama.cpp mixture: Q3_K with Q4_K/Q5_K for attention and ffn_down, Q6_K output.</source>
        <translation>llama.cpp-Mischung: Q3_K, mit Q4_K/Q5_K für Attention und ffn_down, Ausgabe in Q6_K.</translation>
    </message>
    <message>
        <source>32-bit cache: 4 bytes per element.</source>
        <translation>32-Bit-Cache: 4 Byte pro Element.</translation>
    </message>
    <message>
        <source>Half-precision cache: 2 bytes per element (the default everywhere).</source>
        <translation>Cache in Halbgenauigkeit: 2 Byte pro Element (überall der Standard).</translation>
    </message>
    <message>
        <source>bfloat16 cache: 2 bytes per element.</source>
        <translation>bfloat16-Cache: 2 Byte pro Element.</translation>
    </message>
    <message>
        <source>8-bit float cache (vLLM --kv-cache-dtype fp8): 1 byte per element.</source>
        <translation>8-Bit-Gleitkomma-Cache (vLLM --kv-cache-dtype fp8): 1 Byte pro Element.</translation>
    </message>
    <message>
        <source>8-bit integer cache with a scale per token and head.</source>
        <translation>8-Bit-Ganzzahl-Cache mit einem Skalierungsfaktor pro Token und Head.</translation>
    </message>
    <message>
        <source>llama.cpp q8_0 cache: blocks of 32 with an FP16 scale (1.0625 bytes).</source>
        <translation>llama.cpp-q8_0-Cache: Blöcke von 32 mit einem FP16-Skalierungsfaktor (1,0625 Byte).</translation>
    </message>
    <message>
        <source>llama.cpp q4_0 cache: blocks of 32 4-bit values (0.5625 bytes).</source>
        <translation>llama.cpp-q4_0-Cache: Blöcke von 32 4-Bit-Werten (0,5625 Byte).</translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb: weights × (1 + overhead) + KV cache, with a flat overhead.</source>
        <translation>Die Faustregel des Artikels: Gewichte × (1 + Overhead) + KV-Cache, mit pauschalem Overhead.</translation>
    </message>
    <message>
        <source>PyTorch inference with generate(): CUDA context, caching-allocator reserve and the prefill activation peak, calibrated on H200 measurements.</source>
        <translation>PyTorch-Inferenz mit generate(): CUDA-Kontext, Reserve des Caching-Allocators und die Aktivierungsspitze beim Prefill, kalibriert an Messungen auf H200.</translation>
    </message>
    <message>
        <source>vLLM serving: gpu_memory_utilization of the GPU is taken at start-up; weights, the profiled activation peak, CUDA graphs and the CUDA context come out of it, the rest becomes a paged KV-cache pool.</source>
        <translation>vLLM-Serving: gpu_memory_utilization der GPU wird beim Start belegt; Gewichte, die profilierte Aktivierungsspitze, CUDA-Graphen und der CUDA-Kontext gehen davon ab, der Rest wird ein seitenweise verwalteter KV-Cache-Pool.</translation>
    </message>
    <message>
        <source>llama.cpp with GGUF weights: layers on the GPU (n_gpu_layers, output layer counted), the KV cache with its cache types, the compute buffer, and what stays in system RAM.</source>
        <translation>llama.cpp mit GGUF-Gewichten: Schichten auf der GPU (n_gpu_layers, Ausgabeschicht mitgezählt), der KV-Cache mit seinen Cache-Typen, der Rechenpuffer und was im System-RAM bleibt.</translation>
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
        <translation>llama.cpp-q4_1-Cache: Blöcke von 32 4-Bit-Werten mit FP16-Skalierungsfaktor und Minimum (0,625 Byte).</translation>
    </message>
    <message>
        <source>llama.cpp q5_0 cache: blocks of 32 5-bit values with an FP16 scale (0.6875 bytes).</source>
        <translation>llama.cpp-q5_0-Cache: Blöcke von 32 5-Bit-Werten mit einem FP16-Skalierungsfaktor (0,6875 Byte).</translation>
    </message>
    <message>
        <source>llama.cpp q5_1 cache: blocks of 32 5-bit values with an FP16 scale and minimum (0.75 bytes).</source>
        <translation>llama.cpp-q5_1-Cache: Blöcke von 32 5-Bit-Werten mit FP16-Skalierungsfaktor und Minimum (0,75 Byte).</translation>
    </message>
    <message>
        <source>llama.cpp iq4_nl cache: blocks of 32 non-linear 4-bit values with an FP16 scale (0.5625 bytes).</source>
        <translation>llama.cpp-iq4_nl-Cache: Blöcke von 32 nichtlinearen 4-Bit-Werten mit einem FP16-Skalierungsfaktor (0,5625 Byte).</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format.</source>
        <translation>Die Parameter des Modells im gewählten Format.</translation>
    </message>
    <message>
        <source>Every parameter of the model, stored in the chosen format. At 16 bit a parameter takes 2 bytes, at INT8 one byte, at INT4 half a byte plus its share of the scales.</source>
        <translation>Jeder Parameter des Modells im gewählten Format. Bei 16 Bit belegt ein Parameter 2 Byte, bei INT8 ein Byte, bei INT4 ein halbes Byte plus seinen Anteil an den Skalierungen.</translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation>Bits pro Gewicht</translation>
    </message>
    <message>
        <source>Average storage per parameter, scales and zero-points included.</source>
        <translation>Durchschnittlicher Speicher pro Parameter, Skalierungen und Nullpunkte inbegriffen.</translation>
    </message>
    <message>
        <source>The average number of bits one parameter takes in memory, including the scales and zero-points that quantized formats store per group. INT4 with groups of 128 is about 4.25 bits per weight, not 4.</source>
        <translation>Die durchschnittliche Zahl an Bits, die ein Parameter im Speicher belegt, einschließlich der Skalierungen und Nullpunkte, die quantisierte Formate pro Gruppe speichern. INT4 mit Gruppen von 128 liegt bei etwa 4,25 Bit pro Gewicht, nicht bei 4.</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <source>How many weights share one scale in a quantized format.</source>
        <translation>Wie viele Gewichte sich in einem quantisierten Format eine Skalierung teilen.</translation>
    </message>
    <message>
        <source>Quantized formats store one scale (and often a zero-point) for each group of consecutive weights. Smaller groups (g32) are more accurate but cost more bits per weight than larger ones (g128).</source>
        <translation>Quantisierte Formate speichern eine Skalierung (und oft einen Nullpunkt) für jede Gruppe aufeinanderfolgender Gewichte. Kleinere Gruppen (g32) sind genauer, kosten aber mehr Bits pro Gewicht als größere (g128).</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Keys and values kept for every token, so they are not recomputed.</source>
        <translation>Keys und Values, die für jedes Token gehalten werden, damit sie nicht neu berechnet werden.</translation>
    </message>
    <message>
        <source>While generating, a transformer keeps the attention keys and values of every earlier token of every sequence. It grows linearly with the context length and the batch: 2 × layers × KV heads × head dimension × tokens × bytes per value.</source>
        <translation>Beim Generieren hält ein Transformer die Attention-Keys und -Values jedes früheren Tokens jeder Sequenz. Er wächst linear mit Kontextlänge und Batch: 2 × Schichten × KV-Heads × Head-Dimension × Token × Byte pro Wert.</translation>
    </message>
    <message>
        <source>GQA (grouped-query attention)</source>
        <translation>GQA (Grouped-Query Attention)</translation>
    </message>
    <message>
        <source>Several query heads share one key/value head, which shrinks the KV cache.</source>
        <translation>Mehrere Query-Heads teilen sich einen Key/Value-Head, was den KV-Cache verkleinert.</translation>
    </message>
    <message>
        <source>With grouped-query attention, groups of query heads share one key/value head. A model with 64 query heads and 8 KV heads caches 8 times less than the article&apos;s formula, which counts every hidden dimension.</source>
        <translation>Bei Grouped-Query Attention teilen sich Gruppen von Query-Heads einen Key/Value-Head. Ein Modell mit 64 Query-Heads und 8 KV-Heads speichert 8-mal weniger als die Formel des Artikels, die jede Hidden-Dimension zählt.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Temporary tensors alive during a forward pass.</source>
        <translation>Temporäre Tensoren während eines Forward-Passes.</translation>
    </message>
    <message>
        <source>The intermediate results of a forward pass. At inference only the peak of one layer matters, reached while the prompt is processed (prefill); fine-tuning keeps far more for the backward pass.</source>
        <translation>Die Zwischenergebnisse eines Forward-Passes. Bei der Inferenz zählt nur die Spitze einer Schicht, erreicht während der Prompt verarbeitet wird (Prefill); Fine-Tuning hält für den Backward-Pass weit mehr.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Runtime costs beyond weights and KV cache: CUDA context, libraries, allocator reserve.</source>
        <translation>Laufzeitkosten neben Gewichten und KV-Cache: CUDA-Kontext, Bibliotheken, Allokator-Reserve.</translation>
    </message>
    <message>
        <source>Memory the runtime needs besides the model: the CUDA context, cuBLAS and other libraries, the caching allocator&apos;s reserve and communication buffers. The article&apos;s simple rule adds a flat 20 % on top of the weights; the runtime profiles use measured figures.</source>
        <translation>Speicher, den die Laufzeitumgebung neben dem Modell braucht: den CUDA-Kontext, cuBLAS und andere Bibliotheken, die Reserve des Caching-Allokators und Kommunikationspuffer. Die einfache Regel des Artikels schlägt pauschal 20 % auf die Gewichte auf; die Laufzeitprofile verwenden gemessene Werte.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and answer together.</source>
        <translation>Token pro Sequenz, Prompt und Antwort zusammen.</translation>
    </message>
    <message>
        <source>The number of tokens one sequence holds: the prompt plus the generated text. The KV cache grows linearly with it, which is why long contexts can need more memory than the weights.</source>
        <translation>Die Zahl der Token, die eine Sequenz enthält: der Prompt plus der generierte Text. Der KV-Cache wächst linear damit, weshalb lange Kontexte mehr Speicher brauchen können als die Gewichte.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Sequences processed together, each with its own KV cache.</source>
        <translation>Gemeinsam verarbeitete Sequenzen, jede mit eigenem KV-Cache.</translation>
    </message>
    <message>
        <source>The number of sequences served at the same time. Weights are shared; every sequence has its own KV cache and activations.</source>
        <translation>Die Zahl der gleichzeitig bedienten Sequenzen. Die Gewichte werden geteilt; jede Sequenz hat ihren eigenen KV-Cache und eigene Aktivierungen.</translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation>Tensor-Parallelität</translation>
    </message>
    <message>
        <source>Every layer split across several GPUs, each holding a slice of every matrix.</source>
        <translation>Jede Schicht auf mehrere GPUs aufgeteilt, jede hält einen Teil jeder Matrix.</translation>
    </message>
    <message>
        <source>With tensor parallelism each of N GPUs holds 1/N of every weight matrix and of the KV heads; the GPUs exchange partial results twice per layer. Pipeline parallelism instead gives each GPU whole consecutive layers.</source>
        <translation>Bei Tensor-Parallelität hält jede von N GPUs 1/N jeder Gewichtsmatrix und der KV-Heads; die GPUs tauschen pro Schicht zweimal Teilergebnisse aus. Pipeline-Parallelität gibt dagegen jeder GPU ganze aufeinanderfolgende Schichten.</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Nutzbarer Speicher</translation>
    </message>
    <message>
        <source>What a GPU offers after the driver&apos;s reserve, as nvidia-smi reports it.</source>
        <translation>Was eine GPU nach der Reserve des Treibers bietet, wie nvidia-smi es meldet.</translation>
    </message>
    <message>
        <source>A GPU&apos;s datasheet (nominal) memory minus what the driver and ECC keep for themselves. FitScope compares the load with the usable figure.</source>
        <translation>Der Datenblatt-Speicher (nominell) einer GPU abzüglich dessen, was Treiber und ECC für sich behalten. FitScope vergleicht die Last mit dem nutzbaren Wert.</translation>
    </message>
</context>
<context>
    <name>PinnedOverlays</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Basis)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>FitScope scenario (*.fitscope.json);;JSON (*.json);;All files (*)</source>
        <translation>FitScope-Szenario (*.fitscope.json);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>IEEE Half Precision: 5 Exponenten- und 10 Mantissenbits pro Gewicht, die übliche Basis für Inferenz.</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s 8 exponent bits with only 7 mantissa bits, so a wide range but coarser steps than FP16.</source>
        <translation>bfloat16: die 8 Exponentenbits von FP32 mit nur 7 Mantissenbits, also großer Wertebereich, aber gröbere Stufen als FP16.</translation>
    </message>
    <message>
        <source>FP8 E4M3</source>
        <translation>FP8 E4M3</translation>
    </message>
    <message>
        <source>8-bit float with 4 exponent and 3 mantissa bits and one scale for the whole tensor (largest value 448).</source>
        <translation>8-Bit-Gleitkomma mit 4 Exponenten- und 3 Mantissenbits und einer Skalierung für den ganzen Tensor (größter Wert 448).</translation>
    </message>
    <message>
        <source>FP8 E5M2</source>
        <translation>FP8 E5M2</translation>
    </message>
    <message>
        <source>8-bit float with 5 exponent and 2 mantissa bits: more range than E4M3, half the precision.</source>
        <translation>8-Bit-Gleitkomma mit 5 Exponenten- und 2 Mantissenbits: mehr Bereich als E4M3, halbe Genauigkeit.</translation>
    </message>
    <message>
        <source>INT8 per tensor</source>
        <translation>INT8 pro Tensor</translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale for the whole tensor: the naive &apos;one global scale&apos; that a single large value ruins.</source>
        <translation>8-Bit-Ganzzahlen mit einer Absmax-Skalierung für den ganzen Tensor: die naive „eine globale Skalierung“, die ein einziger großer Wert ruiniert.</translation>
    </message>
    <message>
        <source>INT8 per channel</source>
        <translation>INT8 pro Kanal</translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale per output channel (row), as bitsandbytes stores INT8 weights.</source>
        <translation>8-Bit-Ganzzahlen mit einer Absmax-Skalierung pro Ausgabekanal (Zeile), wie bitsandbytes INT8-Gewichte speichert.</translation>
    </message>
    <message>
        <source>LLM.int8()</source>
        <translation>LLM.int8()</translation>
    </message>
    <message>
        <source>Per-channel INT8, with the input columns whose activations exceed the threshold kept in FP16 (Dettmers et al., 2022).</source>
        <translation>INT8 pro Kanal, wobei Eingabespalten mit Aktivierungen über dem Schwellenwert in FP16 bleiben (Dettmers et al., 2022).</translation>
    </message>
    <message>
        <source>INT4 g32</source>
        <translation>INT4 g32</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 32 weights.</source>
        <translation>4-Bit-Rundung zum Nächsten mit einer symmetrischen FP16-Skalierung pro Gruppe von 32 Gewichten.</translation>
    </message>
    <message>
        <source>INT4 g64</source>
        <translation>INT4 g64</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 64 weights.</source>
        <translation>4-Bit-Rundung zum Nächsten mit einer symmetrischen FP16-Skalierung pro Gruppe von 64 Gewichten.</translation>
    </message>
    <message>
        <source>INT4 g128</source>
        <translation>INT4 g128</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 128 weights.</source>
        <translation>4-Bit-Rundung zum Nächsten mit einer symmetrischen FP16-Skalierung pro Gruppe von 128 Gewichten.</translation>
    </message>
    <message>
        <source>INT4 g32 + zero-point</source>
        <translation>INT4 g32 + Nullpunkt</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 32 with a scale and a 4-bit zero-point, so a lopsided group uses all 16 levels.</source>
        <translation>4-Bit-Rundung zum Nächsten pro Gruppe von 32 mit Skalierung und 4-Bit-Nullpunkt, sodass eine schiefe Gruppe alle 16 Stufen nutzt.</translation>
    </message>
    <message>
        <source>INT4 g64 + zero-point</source>
        <translation>INT4 g64 + Nullpunkt</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 64 with a scale and a 4-bit zero-point.</source>
        <translation>4-Bit-Rundung zum Nächsten pro Gruppe von 64 mit Skalierung und 4-Bit-Nullpunkt.</translation>
    </message>
    <message>
        <source>INT4 g128 + zero-point</source>
        <translation>INT4 g128 + Nullpunkt</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 128 with a scale and a 4-bit zero-point.</source>
        <translation>4-Bit-Rundung zum Nächsten pro Gruppe von 128 mit Skalierung und 4-Bit-Nullpunkt.</translation>
    </message>
    <message>
        <source>NF4</source>
        <translation>NF4</translation>
    </message>
    <message>
        <source>QLoRA&apos;s 4-bit NormalFloat: 16 levels placed at normal-distribution quantiles, one FP32 absmax per block of 64.</source>
        <translation>QLoRAs 4-Bit-NormalFloat: 16 Stufen an den Quantilen der Normalverteilung, ein FP32-Absmax pro Block von 64.</translation>
    </message>
    <message>
        <source>NF4 + double quant</source>
        <translation>NF4 + doppelte Quantisierung</translation>
    </message>
    <message>
        <source>NF4 whose block scales are themselves quantized to 8 bits, saving about 0.37 bits per weight.</source>
        <translation>NF4, dessen Block-Skalierungen selbst auf 8 Bit quantisiert sind, spart etwa 0,37 Bit pro Gewicht.</translation>
    </message>
    <message>
        <source>MXFP4</source>
        <translation>MXFP4</translation>
    </message>
    <message>
        <source>OCP microscaling: 32 FP4 (E2M1) values share one power-of-two scale.</source>
        <translation>OCP Microscaling: 32 FP4-Werte (E2M1) teilen sich eine Zweierpotenz-Skalierung.</translation>
    </message>
    <message>
        <source>GGUF Q8_0</source>
        <translation>GGUF Q8_0</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 signed 8-bit values with one FP16 scale (8.5 bits per weight).</source>
        <translation>llama.cpp-Blöcke aus 32 vorzeichenbehafteten 8-Bit-Werten mit einer FP16-Skalierung (8,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>GGUF Q4_0</source>
        <translation>GGUF Q4_0</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with one FP16 scale (4.5 bits per weight).</source>
        <translation>llama.cpp-Blöcke aus 32 4-Bit-Werten mit einer FP16-Skalierung (4,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>GGUF Q4_1</source>
        <translation>GGUF Q4_1</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with an FP16 scale and minimum (5 bits per weight).</source>
        <translation>llama.cpp-Blöcke aus 32 4-Bit-Werten mit FP16-Skalierung und -Minimum (5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>GGUF Q4_K</source>
        <translation>GGUF Q4_K</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s K-quant: super-blocks of 256 with 6-bit scales and minimums per 32 weights (4.5 bits per weight).</source>
        <translation>K-Quant von llama.cpp: Superblöcke von 256 mit 6-Bit-Skalierungen und -Minima pro 32 Gewichte (4,5 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>GGUF Q6_K</source>
        <translation>GGUF Q6_K</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s 6-bit K-quant: super-blocks of 256 with an 8-bit scale per 16 weights (6.56 bits per weight).</source>
        <translation>6-Bit-K-Quant von llama.cpp: Superblöcke von 256 mit einer 8-Bit-Skalierung pro 16 Gewichte (6,56 Bit pro Gewicht).</translation>
    </message>
    <message>
        <source>GPTQ INT4 g128</source>
        <translation>GPTQ INT4 g128</translation>
    </message>
    <message>
        <source>GPTQ rounds column by column and pushes each rounding error onto the columns not yet rounded, using the calibration Hessian (4 bits, groups of 128).</source>
        <translation>GPTQ rundet Spalte für Spalte und schiebt jeden Rundungsfehler mithilfe der Kalibrierungs-Hesse-Matrix auf die noch nicht gerundeten Spalten (4 Bit, Gruppen von 128).</translation>
    </message>
    <message>
        <source>GPTQ INT4 g64</source>
        <translation>GPTQ INT4 g64</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 64.</source>
        <translation>Die fehlerkompensierende 4-Bit-Rundung von GPTQ mit Gruppen von 64.</translation>
    </message>
    <message>
        <source>GPTQ INT4 g32</source>
        <translation>GPTQ INT4 g32</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 32.</source>
        <translation>Die fehlerkompensierende 4-Bit-Rundung von GPTQ mit Gruppen von 32.</translation>
    </message>
    <message>
        <source>GPTQ INT3 g128</source>
        <translation>GPTQ INT3 g128</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating rounding with only 8 levels (3 bits), groups of 128.</source>
        <translation>Die fehlerkompensierende Rundung von GPTQ mit nur 8 Stufen (3 Bit), Gruppen von 128.</translation>
    </message>
    <message>
        <source>AWQ INT4 g128</source>
        <translation>AWQ INT4 g128</translation>
    </message>
    <message>
        <source>AWQ scales up the input channels with large activations before 4-bit rounding, so the weights that matter most lose least.</source>
        <translation>AWQ skaliert die Eingabekanäle mit großen Aktivierungen vor der 4-Bit-Rundung hoch, sodass die wichtigsten Gewichte am wenigsten verlieren.</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Gleitkomma</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>4-bit</source>
        <translation>4 Bit</translation>
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
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 could not be read; FitScope started with the default settings (the damaged file was kept as %2).</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; FitScope wurde mit den Standardeinstellungen gestartet (die beschädigte Datei wurde als %2 aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>fitscope</name>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::AboutDialog</name>
    <message>
        <source>Does this LLM fit on this GPU, at this precision and context, and why? Memory, speed and quantization, with numbers.</source>
        <translation>Passt dieses LLM auf diese GPU, bei dieser Präzision und diesem Kontext, und warum? Speicher, Geschwindigkeit und Quantisierung, mit Zahlen.</translation>
    </message>
    <message>
        <source>FitScope is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>FitScope ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>The component colours are the Okabe–Ito palette; the line colours are Paul Tol&apos;s muted scheme. Both are safe for colour-blind readers.</source>
        <translation>Die Farben der Komponenten sind die Okabe-Ito-Palette, die Linienfarben Paul Tols „muted“-Schema. Beide sind für Menschen mit Farbsehschwäche geeignet.</translation>
    </message>
    <message>
        <source>About FitScope</source>
        <translation>Über FitScope</translation>
    </message>
    <message>
        <source>FitScope icon</source>
        <translation>FitScope-Symbol</translation>
    </message>
    <message>
        <source>Version, licence and the libraries FitScope uses.</source>
        <translation>Version, Lizenz und die Bibliotheken, die FitScope verwendet.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::BreakdownChart</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Memory breakdown against capacity</source>
        <translation>Speicheraufteilung im Vergleich zur Kapazität</translation>
    </message>
    <message>
        <source>For each selected GPU, a stacked bar of weights, KV cache, activations and overhead beside the GPU&apos;s usable and nominal memory, with a verdict.</source>
        <translation>Für jede ausgewählte GPU ein gestapelter Balken aus Gewichten, KV-Cache, Aktivierungen und Overhead neben dem nutzbaren und nominellen Speicher der GPU, mit Urteil.</translation>
    </message>
    <message>
        <source>Nominal memory</source>
        <translation>Nomineller Speicher</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Nutzbarer Speicher</translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation>Keine GPU ausgewählt</translation>
    </message>
    <message>
        <source>%1 × %2
(load per GPU)</source>
        <translation>%1 × %2
(Last pro GPU)</translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation>Speicher pro GPU (%1)</translation>
    </message>
    <message>
        <source>%1
usable</source>
        <translation>%1
nutzbar</translation>
    </message>
    <message>
        <source>%1 nominal</source>
        <translation>%1 nominell</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <source>Load on each of %1 GPUs&lt;br&gt;</source>
        <translation>Last auf jeder von %1 GPUs&lt;br&gt;</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usable: %2&lt;br&gt;Nominal: %3&lt;br&gt;%4: %5 %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nutzbar: %2&lt;br&gt;Nominell: %3&lt;br&gt;%4: %5 %6</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>short</source>
        <translation>zu wenig</translation>
    </message>
    <message>
        <source>In use (other processes)</source>
        <translation>Belegt (andere Prozesse)</translation>
    </message>
    <message>
        <source>With other processes: %1</source>
        <translation>Mit anderen Prozessen: %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an action, model, GPU, format or runtime…</source>
        <translation>Aktion, Modell, GPU, Format oder Laufzeit eingeben…</translation>
    </message>
    <message>
        <source>Search actions, models, GPUs, formats and runtimes</source>
        <translation>Aktionen, Modelle, GPUs, Formate und Laufzeiten suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ComparisonView</name>
    <message>
        <source>Show all inputs</source>
        <translation>Alle Eingaben zeigen</translation>
    </message>
    <message>
        <source>Lists every input, not only those that differ between the scenarios.</source>
        <translation>Listet jede Eingabe auf, nicht nur die, in denen sich die Szenarien unterscheiden.</translation>
    </message>
    <message>
        <source>Comparison of the scenarios</source>
        <translation>Vergleich der Szenarien</translation>
    </message>
    <message>
        <source>Pin a scenario (Ctrl+P), change the controls, and the two are compared here; pin more to compare up to eight, and star one as the baseline.</source>
        <translation>Heften Sie ein Szenario an (Strg+P), ändern Sie die Regler, und beide werden hier verglichen; heften Sie weitere an, um bis zu acht zu vergleichen, und markieren Sie eines mit dem Stern als Basis.</translation>
    </message>
    <message>
        <source>Differences are from %1; the better value of each row is in bold. Memory is per GPU on each scenario&apos;s primary GPU.</source>
        <translation>Differenzen beziehen sich auf %1; der bessere Wert jeder Zeile ist fett. Speicher gilt pro GPU auf der Haupt-GPU jedes Szenarios.</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>★ %1 (baseline)</source>
        <translation>★ %1 (Basis)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Inputs that differ</source>
        <translation>Abweichende Eingaben</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextChart</name>
    <message>
        <source>Memory against context length</source>
        <translation>Speicher über der Kontextlänge</translation>
    </message>
    <message>
        <source>Total memory per GPU as the context grows, one line per weight format, with the capacity of each selected GPU and the longest context that fits marked.</source>
        <translation>Gesamtspeicher pro GPU bei wachsendem Kontext, eine Linie pro Gewichtsformat, mit der Kapazität jeder ausgewählten GPU und markiertem längsten passenden Kontext.</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence, log scale)</source>
        <translation>Kontextlänge (Token pro Sequenz, logarithmisch)</translation>
    </message>
    <message>
        <source>Longest context that fits</source>
        <translation>Längster Kontext, der passt</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> usable</source>
        <translation> nutzbar</translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation>Speicher pro GPU (%1)</translation>
    </message>
    <message>
        <source>%1 tokens: %2</source>
        <translation>%1 Token: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tokens: %3&lt;br&gt;(%4 bytes)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Token: %3&lt;br&gt;(%4 Byte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2&lt;/b&gt;&lt;br&gt;Longest context that fits: %3 tokens</source>
        <translation>&lt;b&gt;%1 auf %2&lt;/b&gt;&lt;br&gt;Längster Kontext, der passt: %3 Token</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextReadout</name>
    <message>
        <source>%1: weights %2 + KV %3 + activations %4 + overhead %5 = %6</source>
        <translation>%1: Gewichte %2 + KV %3 + Aktivierungen %4 + Overhead %5 = %6</translation>
    </message>
    <message>
        <source>Hover for every curve at that context; click to set the context there.</source>
        <translation>Darüberfahren zeigt jede Kurve bei diesem Kontext; Klicken setzt den Kontext dorthin.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>Keine GPU</translation>
    </message>
    <message>
        <source>%1: %2 tokens/s</source>
        <translation>%1: %2 Token/s</translation>
    </message>
    <message>
        <source>Decode at %1 tokens of context
%2</source>
        <translation>Decode bei %1 Token Kontext
%2</translation>
    </message>
    <message>
        <source>Context from the chart</source>
        <translation>Kontext aus dem Diagramm</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ControlPanel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model to size: one from the catalog, a config.json you opened, or Custom (a bare parameter count with an assumed Llama-2-style shape). Type to search.</source>
        <translation>Das zu berechnende Modell: eines aus dem Katalog, eine geöffnete config.json oder Benutzerdefiniert (eine reine Parameterzahl mit angenommener Form im Stil von Llama 2). Zum Suchen tippen.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source> (Ctrl+O)</source>
        <translation> (Strg+O)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The number of weights in the model, from 0.1 billion to 2 trillion (log scale). Type a value such as 7B or 6.7e9. Moving it away from a catalog model switches to a custom model with an assumed shape.</source>
        <translation>Die Zahl der Gewichte im Modell, von 0,1 Milliarden bis 2 Billionen (logarithmisch). Einen Wert wie 7B oder 6.7e9 eingeben. Wer ihn von einem Katalogmodell wegbewegt, wechselt zu einem benutzerdefinierten Modell mit angenommener Form.</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Weight format</source>
        <translation>Gewichtsformat</translation>
    </message>
    <message>
        <source>How each weight is stored: floating point (FP32, BF16, FP16, FP8), 8-bit integers, 4-bit formats (GPTQ, AWQ, NF4, MXFP4) or llama.cpp&apos;s GGUF types. Scales and zero-points are counted.</source>
        <translation>Wie jedes Gewicht gespeichert wird: Gleitkomma (FP32, BF16, FP16, FP8), 8-Bit-Ganzzahlen, 4-Bit-Formate (GPTQ, AWQ, NF4, MXFP4) oder die GGUF-Typen von llama.cpp. Skalierungen und Nullpunkte werden mitgezählt.</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichte</translation>
    </message>
    <message>
        <source>Embeddings and output head</source>
        <translation>Embeddings und Output-Head</translation>
    </message>
    <message>
        <source>Advanced precision</source>
        <translation>Erweiterte Präzision</translation>
    </message>
    <message>
        <source>Shows the formats of the token embeddings and the output head, which quantized models usually keep at 16 bit.</source>
        <translation>Zeigt die Formate der Token-Embeddings und des Output-Heads, die quantisierte Modelle meist in 16 Bit belassen.</translation>
    </message>
    <message>
        <source>Embeddings format</source>
        <translation>Embedding-Format</translation>
    </message>
    <message>
        <source>The format of the token embedding table. Automatic: 16 bit for quantized formats, llama.cpp&apos;s choice for GGUF.</source>
        <translation>Das Format der Token-Embedding-Tabelle. Automatisch: 16 Bit bei quantisierten Formaten, die Wahl von llama.cpp bei GGUF.</translation>
    </message>
    <message>
        <source>Output head format</source>
        <translation>Format des Output-Heads</translation>
    </message>
    <message>
        <source>The format of the output head (lm_head), the last matrix that turns hidden states into token scores. Automatic: 16 bit for quantized formats, Q6_K for GGUF.</source>
        <translation>Das Format des Output-Heads (lm_head), der letzten Matrix, die Hidden States in Token-Scores umwandelt. Automatisch: 16 Bit bei quantisierten Formaten, Q6_K bei GGUF.</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Output &amp;head</source>
        <translation>Output-&amp;Head</translation>
    </message>
    <message>
        <source>KV cache format</source>
        <translation>KV-Cache-Format</translation>
    </message>
    <message>
        <source>How the cached keys and values are stored. FP16 is the default of most runtimes; FP8 and INT8 halve the cache, llama.cpp&apos;s Q4_0 quarters it.</source>
        <translation>Wie die zwischengespeicherten Keys und Values gespeichert werden. FP16 ist der Standard der meisten Laufzeitumgebungen; FP8 und INT8 halbieren den Cache, Q4_0 von llama.cpp viertelt ihn.</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>&amp;KV-Cache</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and generated text together (log scale, up to the model&apos;s maximum). The KV cache grows linearly with it. Type 4096, 32k or 1M.</source>
        <translation>Token pro Sequenz, Prompt und generierter Text zusammen (logarithmisch, bis zum Maximum des Modells). Der KV-Cache wächst linear damit. 4096, 32k oder 1M eingeben.</translation>
    </message>
    <message>
        <source>Con&amp;text length (tokens)</source>
        <translation>Kon&amp;textlänge (Token)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Concurrent sequences served together. Each one has its own KV cache and activations.</source>
        <translation>Gleichzeitig bediente Sequenzen. Jede hat ihren eigenen KV-Cache und eigene Aktivierungen.</translation>
    </message>
    <message>
        <source>&amp;Batch (concurrent sequences)</source>
        <translation>&amp;Batch (gleichzeitige Sequenzen)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Runtime profile</source>
        <translation>Laufzeitprofil</translation>
    </message>
    <message>
        <source>How memory beyond weights and KV cache is counted: the article&apos;s simple rule (a flat overhead) or a profile measured on a real runtime.</source>
        <translation>Wie Speicher jenseits von Gewichten und KV-Cache gezählt wird: die einfache Regel des Artikels (pauschaler Overhead) oder ein an einer echten Laufzeitumgebung gemessenes Profil.</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>&amp;Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %). Used only by the simple profile.</source>
        <translation>Der pauschale Overhead des einfachen Profils auf die Gewichte (der Artikel schlägt 20–30 % vor). Nur vom einfachen Profil verwendet.</translation>
    </message>
    <message>
        <source>&amp;Overhead on weights</source>
        <translation>&amp;Overhead auf Gewichte</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>G&amp;PUs to compare</source>
        <translation>Zu vergleichende G&amp;PUs</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article)</source>
        <translation>GB (10⁹ Byte, wie im Artikel)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation>GiB (2³⁰ Byte, wie nvidia-smi)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Show memory in GB (10⁹ bytes, as the article and datasheets) or GiB (2³⁰ bytes, as drivers report).</source>
        <translation>Speicher in GB (10⁹ Byte, wie Artikel und Datenblätter) oder GiB (2³⁰ Byte, wie die Treiber melden) anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The format&apos;s own default for this part of the model.</source>
        <translation>Der eigene Standard des Formats für diesen Teil des Modells.</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>, from your catalog file</source>
        <translation>, aus Ihrer Katalogdatei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom (parameter count only)</source>
        <translation>Benutzerdefiniert (nur Parameterzahl)</translation>
    </message>
    <message>
        <source>A Llama-2-style model of the chosen size; its shape is assumed.</source>
        <translation>Ein Modell im Stil von Llama 2 in der gewählten Größe; seine Form ist angenommen.</translation>
    </message>
    <message>
        <source>Could not read the model %1 (%2); using the default model.</source>
        <translation>Das Modell %1 konnte nicht gelesen werden (%2); das Standardmodell wird verwendet.</translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation>Benutzerdefiniert %1</translation>
    </message>
    <message>
        <source>Assumed shape (Llama-2 style): %1 layers, hidden %2, %3 heads (%4 KV), vocabulary %5.</source>
        <translation>Angenommene Form (Llama-2-Stil): %1 Schichten, Hidden %2, %3 Heads (%4 KV), Vokabular %5.</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 heads (%4 KV), up to %5 tokens.</source>
        <translation>%1 Schichten, Hidden %2, %3 Heads (%4 KV), bis %5 Token.</translation>
    </message>
    <message>
        <source> Mixture of experts: %1 of %2 experts per token.</source>
        <translation> Mixture of Experts: %1 von %2 Experten pro Token.</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Modelldatei öffnen…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Eine Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Reads a .gguf or .safetensors file, a Hugging Face model folder or a config.json (headers only) and sizes that exact architecture, with the exact bytes the file stores. You can also drop one onto the window.</source>
        <translation>Liest eine .gguf- oder .safetensors-Datei, einen Hugging-Face-Modellordner oder eine config.json (nur Header) und berechnet genau diese Architektur mit den exakten Bytes, die die Datei speichert. Sie können eine Datei auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>No model matches “%1”.</source>
        <translation>Kein Modell passt zu „%1“.</translation>
    </message>
    <message>
        <source>On this machine…</source>
        <translation>Auf diesem Rechner…</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>Modelle auf diesem Rechner</translation>
    </message>
    <message>
        <source>Lists the models already downloaded by Ollama, LM Studio, llama.cpp and the Hugging Face tools, and whether each fits the selected GPU; choose one to open it.</source>
        <translation>Listet die Modelle, die Ollama, LM Studio, llama.cpp und die Hugging-Face-Werkzeuge schon heruntergeladen haben, und ob jedes auf die gewählte GPU passt; wählen Sie eines, um es zu öffnen.</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+H)</source>
        <translation> (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Search models, or a Hugging Face id…</source>
        <translation>Modelle suchen oder eine Hugging-Face-ID…</translation>
    </message>
    <message>
        <source>A Hugging Face id (ORG/NAME) or its page&apos;s address, with Enter, reads that model from the Hub.</source>
        <translation>Eine Hugging-Face-ID (ORG/NAME) oder die Adresse ihrer Seite liest mit Enter dieses Modell vom Hub.</translation>
    </message>
    <message>
        <source>Hugging Face…</source>
        <translation>Hugging Face…</translation>
    </message>
    <message>
        <source>Open from Hugging Face</source>
        <translation>Von Hugging Face öffnen</translation>
    </message>
    <message>
        <source>Reads a model from the Hugging Face Hub by its id (ORG/NAME): its config and the headers of its weight files, never the weights themselves.</source>
        <translation>Liest ein Modell über seine ID (ORG/NAME) vom Hugging Face Hub: seine Konfiguration und die Header seiner Gewichtsdateien, nie die Gewichte selbst.</translation>
    </message>
    <message>
        <source> (Ctrl+Alt+O)</source>
        <translation> (Strg+Alt+O)</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>Bilder pro Anfrage</translation>
    </message>
    <message>
        <source>Images sent with each request. Each becomes soft tokens in the sequence, cached like text, so the context and the KV cache hold them too.</source>
        <translation>Mit jeder Anfrage gesendete Bilder. Jedes wird zu Soft-Token in der Sequenz, die wie Text zwischengespeichert werden; Kontext und KV-Cache halten sie also mit.</translation>
    </message>
    <message>
        <source> tokens each</source>
        <translation> Token je Bild</translation>
    </message>
    <message>
        <source>Tokens per image</source>
        <translation>Token pro Bild</translation>
    </message>
    <message>
        <source>&amp;Images per request</source>
        <translation>&amp;Bilder pro Anfrage</translation>
    </message>
    <message>
        <source>tokens each: give a count</source>
        <translation>Token je Bild: Anzahl angeben</translation>
    </message>
    <message>
        <source>The model&apos;s figure is for %1.</source>
        <translation>Der Wert des Modells gilt für %1.</translation>
    </message>
    <message>
        <source>This model&apos;s image tokens depend on the image&apos;s size and tiling: give them.</source>
        <translation>Die Bild-Token dieses Modells hängen von Größe und Kachelung des Bildes ab: geben Sie sie an.</translation>
    </message>
    <message>
        <source>The soft tokens one image takes in the sequence. %1</source>
        <translation>Die Soft-Token, die ein Bild in der Sequenz belegt. %1</translation>
    </message>
    <message>
        <source>%1 tokens (model&apos;s)</source>
        <translation>%1 Token (des Modells)</translation>
    </message>
    <message>
        <source>Could not read the vision projector %1 (%2); the model is sized without it.</source>
        <translation>Der Vision-Projektor %1 konnte nicht gelesen werden (%2); das Modell wird ohne ihn berechnet.</translation>
    </message>
    <message>
        <source>Open the GGUF model first: a vision projector goes with a GGUF model.</source>
        <translation>Öffnen Sie zuerst das GGUF-Modell: Ein Vision-Projektor gehört zu einem GGUF-Modell.</translation>
    </message>
    <message>
        <source>This model has a vision projector already (%1).</source>
        <translation>Dieses Modell hat bereits einen Vision-Projektor (%1).</translation>
    </message>
    <message>
        <source>Memory already in use</source>
        <translation>Bereits belegter Speicher</translation>
    </message>
    <message>
        <source>Memory other processes (the desktop, another model) already hold on each GPU of the primary configuration. The fit is judged against what is left; vLLM refuses to start when that is less than its gpu_memory_utilization share of the total. A GPU of this machine starts from what its driver reports.</source>
        <translation>Speicher, den andere Prozesse (der Desktop, ein anderes Modell) auf jeder GPU der Hauptkonfiguration bereits belegen. Das Urteil bezieht sich auf den Rest; vLLM startet nicht, wenn dieser kleiner ist als sein gpu_memory_utilization-Anteil am Gesamtspeicher. Eine GPU dieses Rechners beginnt mit dem Wert, den ihr Treiber meldet.</translation>
    </message>
    <message>
        <source>Alrea&amp;dy in use per GPU</source>
        <translation>Bereits &amp;belegt pro GPU</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::DerivationPanel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Show the math</source>
        <translation>Rechenweg zeigen</translation>
    </message>
    <message>
        <source>Each step of the estimate with its numbers, as the engine computed it.</source>
        <translation>Jeder Schritt der Schätzung mit seinen Zahlen, wie die Engine ihn berechnet hat.</translation>
    </message>
    <message>
        <source>Copy the math</source>
        <translation>Rechenweg kopieren</translation>
    </message>
    <message>
        <source>Copies the derivation to the clipboard as plain text.</source>
        <translation>Kopiert die Herleitung als reinen Text in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copy the derivation as plain text (Ctrl+Shift+C)</source>
        <translation>Die Herleitung als reinen Text kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>The engine&apos;s steps for the primary GPU, with every number it used.</source>
        <translation>Die Schritte der Engine für die primäre GPU, mit jeder verwendeten Zahl.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExplorerHistory</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Formats compared</source>
        <translation>Verglichene Formate</translation>
    </message>
    <message>
        <source>Change the scenario</source>
        <translation>Szenario ändern</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weitere)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>&amp;Rechenweg</translation>
    </message>
    <message>
        <source>Every catalog model on the selected GPUs at this precision, context and batch (memory per GPU). Click a cell to load that pair.</source>
        <translation>Jedes Katalogmodell auf den ausgewählten GPUs bei dieser Präzision, diesem Kontext und Batch (Speicher pro GPU). Eine Zelle anklicken, um dieses Paar zu laden.</translation>
    </message>
    <message>
        <source>&amp;Fit matrix</source>
        <translation>Passt-&amp;Matrix</translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation>Speicher im Vergleich zur Kapazität</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>Speicher über der Kontextlänge</translation>
    </message>
    <message>
        <source>Compare formats ▾</source>
        <translation>Formate vergleichen ▾</translation>
    </message>
    <message>
        <source>Formats to compare</source>
        <translation>Zu vergleichende Formate</translation>
    </message>
    <message>
        <source>Chooses the weight formats drawn as extra lines in the memory-against-context chart, beside the chosen one.</source>
        <translation>Wählt die Gewichtsformate, die im Diagramm Speicher über Kontextlänge als zusätzliche Linien neben dem gewählten gezeichnet werden.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tokens × %4</source>
        <translation>%1 · %2 · %3 Token × %4</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 tokens</source>
        <translation>%1, %2, %3 Token</translation>
    </message>
    <message>
        <source> × %1 sequences</source>
        <translation> × %1 Sequenzen</translation>
    </message>
    <message>
        <source>%1: %2 in total. Select a GPU to see whether it fits.</source>
        <translation>%1: insgesamt %2. Eine GPU auswählen, um zu sehen, ob es passt.</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation> pro GPU</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; of %3%4 on %5: &lt;b&gt;%6&lt;/b&gt;, %7.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; von %3%4 auf %5: &lt;b&gt;%6&lt;/b&gt;, %7.</translation>
    </message>
    <message>
        <source> On %1: %2 (%3).</source>
        <translation> Auf %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The article&apos;s rule (weights × %1 + KV cache) says &lt;b&gt;%2&lt;/b&gt;; the %3 profile says &lt;b&gt;%4&lt;/b&gt; (%5%6, %7%8 %).</source>
        <translation>Die Regel des Artikels (Gewichte × %1 + KV-Cache) ergibt &lt;b&gt;%2&lt;/b&gt;; das Profil %3 ergibt &lt;b&gt;%4&lt;/b&gt; (%5%6, %7%8 %).</translation>
    </message>
    <message>
        <source>Longest context that fits: none (not even one token)</source>
        <translation>Längster Kontext, der passt: keiner (nicht einmal ein Token)</translation>
    </message>
    <message>
        <source>Longest context that fits: %1 tokens (the model&apos;s maximum)</source>
        <translation>Längster Kontext, der passt: %1 Token (das Maximum des Modells)</translation>
    </message>
    <message>
        <source>Longest context that fits: &lt;b&gt;%1&lt;/b&gt; tokens</source>
        <translation>Längster Kontext, der passt: &lt;b&gt;%1&lt;/b&gt; Token</translation>
    </message>
    <message>
        <source>largest batch: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>größter Batch: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>largest batch: none</source>
        <translation>größter Batch: keiner</translation>
    </message>
    <message>
        <source>smallest catalog GPU: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>kleinste Katalog-GPU: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>no single catalog GPU holds it</source>
        <translation>keine einzelne Katalog-GPU fasst es</translation>
    </message>
    <message>
        <source>most precise format that fits: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>präzisestes Format, das passt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no weight format fits</source>
        <translation>kein Gewichtsformat passt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The derivation, the fit matrix and the other details of the estimate.</source>
        <translation>Die Herleitung, die Passt-Matrix und die übrigen Details der Schätzung.</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>Model fi&amp;le</source>
        <translation>Model&amp;datei</translation>
    </message>
    <message>
        <source>%1 #%2
layers %3–%4%5</source>
        <translation>%1 #%2
Schichten %3–%4%5</translation>
    </message>
    <message>
        <source> + head</source>
        <translation> + Head</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Speed is estimated for inference; switch the task to Inference to see tokens per second.</source>
        <translation>Die Geschwindigkeit wird für Inferenz geschätzt; die Aufgabe auf Inferenz stellen, um Token pro Sekunde zu sehen.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Select a GPU (or the llama.cpp runtime, which can run on the CPU) to see tokens per second.</source>
        <translation>Eine GPU auswählen (oder die Laufzeitumgebung llama.cpp, die auf der CPU laufen kann), um Token pro Sekunde zu sehen.</translation>
    </message>
    <message>
        <source>Fine-tuning: &lt;b&gt;%1&lt;/b&gt; trainable parameters; gradients %2, optimizer states %3, activations %4%5.</source>
        <translation>Fine-Tuning: &lt;b&gt;%1&lt;/b&gt; trainierbare Parameter; Gradienten %2, Optimizer-Zustände %3, Aktivierungen %4%5.</translation>
    </message>
    <message>
        <source>Speed: &lt;b&gt;%1 tokens/s&lt;/b&gt; per sequence (%2–%3)</source>
        <translation>Geschwindigkeit: &lt;b&gt;%1 Token/s&lt;/b&gt; pro Sequenz (%2–%3)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1 tokens/s&lt;/b&gt; for all %2 (%3–%4)</source>
        <translation>, &lt;b&gt;%1 Token/s&lt;/b&gt; für alle %2 (%3–%4)</translation>
    </message>
    <message>
        <source>; first token after &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>; erstes Token nach &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 for the whole batch)</source>
        <translation> (%1 für den ganzen Batch)</translation>
    </message>
    <message>
        <source>; compute-bound</source>
        <translation>; rechengebunden</translation>
    </message>
    <message>
        <source>; memory-bound</source>
        <translation>; speichergebunden</translation>
    </message>
    <message>
        <source> up to batch %1</source>
        <translation> bis Batch %1</translation>
    </message>
    <message>
        <source> (on the CPU).</source>
        <translation> (auf der CPU).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c43c00&apos;&gt;vLLM would not start: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c43c00&apos;&gt;vLLM würde nicht starten: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>vLLM: KV-cache pool &lt;b&gt;%1&lt;/b&gt; per GPU = &lt;b&gt;%2 tokens&lt;/b&gt;; maximum concurrency &lt;b&gt;%3×&lt;/b&gt; at %4 tokens per request.</source>
        <translation>vLLM: KV-Cache-Pool &lt;b&gt;%1&lt;/b&gt; pro GPU = &lt;b&gt;%2 Token&lt;/b&gt;; maximale Parallelität &lt;b&gt;%3×&lt;/b&gt; bei %4 Token pro Anfrage.</translation>
    </message>
    <message>
        <source>llama.cpp: &lt;b&gt;%1 of %2&lt;/b&gt; layers on the GPU</source>
        <translation>llama.cpp: &lt;b&gt;%1 von %2&lt;/b&gt; Schichten auf der GPU</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1&lt;/b&gt; stays in system RAM</source>
        <translation>; &lt;b&gt;%1&lt;/b&gt; bleiben im Arbeitsspeicher</translation>
    </message>
    <message>
        <source> of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> von %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; the V cache stays F16 without flash attention</source>
        <translation>; der V-Cache bleibt ohne Flash Attention in F16</translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message numerus="yes">
        <source> + %n image(s)</source>
        <translation>
            <numerusform> + %n Bild</numerusform>
            <numerusform> + %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source> after %1 already in use by other processes</source>
        <translation> nach %1, die andere Prozesse bereits belegen</translation>
    </message>
    <message numerus="yes">
        <source>; the routed experts of %n layer(s) in system RAM (%1)</source>
        <translation><numerusform>; die gerouteten Experten von %n Schicht im Arbeitsspeicher (%1)</numerusform><numerusform>; die gerouteten Experten von %n Schichten im Arbeitsspeicher (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG (vector, text stays text)</source>
        <translation>SVG (Vektor, Text bleibt Text)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1× (Bildschirm)</translation>
    </message>
    <message>
        <source>2× (high-DPI documents)</source>
        <translation>2× (Dokumente mit hoher DPI)</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 per GPU, %5 (%6). Click to load this pair.</source>
        <translation>%1 auf %2: %3 von %4 pro GPU, %5 (%6). Klicken, um dieses Paar zu laden.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixView</name>
    <message>
        <source>Fit matrix</source>
        <translation>Passt-Matrix</translation>
    </message>
    <message>
        <source>Every catalog model against every selected GPU at the chosen precision and context: the memory per GPU, coloured by verdict. Activate a cell to load it.</source>
        <translation>Jedes Katalogmodell gegen jede ausgewählte GPU bei gewählter Präzision und gewähltem Kontext: der Speicher pro GPU, gefärbt nach Urteil. Eine Zelle aktivieren, um sie zu laden.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuDetailsDialog</name>
    <message>
        <source>none or not published</source>
        <translation>keine oder nicht veröffentlicht</translation>
    </message>
    <message>
        <source>native</source>
        <translation>nativ</translation>
    </message>
    <message>
        <source>not native</source>
        <translation>nicht nativ</translation>
    </message>
    <message>
        <source>macOS wired limit (iogpu.wired_limit_mb)</source>
        <translation>macOS-Wired-Limit (iogpu.wired_limit_mb)</translation>
    </message>
    <message>
        <source>BIOS carve-out and Linux GTT limit</source>
        <translation>BIOS-Reservierung und Linux-GTT-Grenze</translation>
    </message>
    <message>
        <source>One pool shared by CPU and GPU</source>
        <translation>Ein von CPU und GPU geteilter Pool</translation>
    </message>
    <message>
        <source>%1: details</source>
        <translation>%1: Details</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Catalog figures</source>
        <translation>Katalogwerte</translation>
    </message>
    <message>
        <source>Each figure of the GPU catalog with the source it comes from.</source>
        <translation>Jeder Wert des GPU-Katalogs mit seiner Quelle.</translation>
    </message>
    <message>
        <source>entry: %1</source>
        <translation>Eintrag: %1</translation>
    </message>
    <message>
        <source>no source found</source>
        <translation>keine Quelle gefunden</translation>
    </message>
    <message>
        <source>Memory (nominal)</source>
        <translation>Speicher (nominell)</translation>
    </message>
    <message>
        <source>Usable (driver total or GPU limit)</source>
        <translation>Nutzbar (Treibergesamtwert oder GPU-Grenze)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>FP16/BF16, dense</source>
        <translation>FP16/BF16, dicht</translation>
    </message>
    <message>
        <source>FP8, dense</source>
        <translation>FP8, dicht</translation>
    </message>
    <message>
        <source>FP4, dense</source>
        <translation>FP4, dicht</translation>
    </message>
    <message>
        <source>INT8, dense</source>
        <translation>INT8, dicht</translation>
    </message>
    <message>
        <source>INT4, dense</source>
        <translation>INT4, dicht</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>Compute Capability</translation>
    </message>
    <message>
        <source>Memory the GPU may use</source>
        <translation>Speicher, den die GPU nutzen darf</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>the whole pool, %1, less what is in use</source>
        <translation>der ganze Pool, %1, abzüglich des belegten Speichers</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>To change it:</source>
        <translation>Ändern:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>The GPU shares system memory; the catalog has no sourced limit for this machine, so the whole pool is an upper bound.</source>
        <translation>Die GPU teilt sich den Systemspeicher; der Katalog hat für diesen Rechner keine belegte Grenze, daher ist der ganze Pool eine Obergrenze.</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>GPU-Speichergrenze</translation>
    </message>
    <message>
        <source>How much of the shared memory the GPU may use in this scenario, as the setting above would make it; the verdict is judged against it.</source>
        <translation>Wie viel des geteilten Speichers die GPU in diesem Szenario nutzen darf, wie es die obige Einstellung bewirken würde; das Urteil bezieht sich darauf.</translation>
    </message>
    <message>
        <source>Check this GPU in the picker to set its limit for the scenario.</source>
        <translation>Diese GPU in der Auswahl anhaken, um ihre Grenze für das Szenario festzulegen.</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>GPU may &amp;use:</source>
        <translation>GPU darf &amp;nutzen:</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuPicker</name>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Apple (unified memory)</source>
        <translation>Apple (Unified Memory)</translation>
    </message>
    <message>
        <source>Search GPUs…</source>
        <translation>GPUs suchen…</translation>
    </message>
    <message>
        <source>Search GPUs</source>
        <translation>GPUs suchen</translation>
    </message>
    <message>
        <source>Shows only the GPUs whose name contains the text.</source>
        <translation>Zeigt nur die GPUs, deren Name den Text enthält.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>GPUs to compare</source>
        <translation>Zu vergleichende GPUs</translation>
    </message>
    <message>
        <source>Check one or more GPUs; each checked GPU gets its own bar. Count is the number of identical GPUs sharing the model with tensor parallelism.</source>
        <translation>Eine oder mehrere GPUs anhaken; jede angehakte GPU erhält einen eigenen Balken. Anzahl ist die Zahl identischer GPUs, die sich das Modell per Tensor-Parallelität teilen.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB/s. Usable memory %4 of %5 nominal.%6</source>
        <translation>%1 — %2, %3 GB/s. Nutzbarer Speicher %4 von %5 nominell.%6</translation>
    </message>
    <message>
        <source> (from your catalog file)</source>
        <translation> (aus Ihrer Katalogdatei)</translation>
    </message>
    <message>
        <source>Number of %1 GPUs</source>
        <translation>Anzahl %1-GPUs</translation>
    </message>
    <message>
        <source>Identical GPUs sharing the model with tensor parallelism.</source>
        <translation>Identische GPUs, die sich das Modell per Tensor-Parallelität teilen.</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Shows only this vendor&apos;s GPUs.</source>
        <translation>Zeigt nur die GPUs dieses Herstellers.</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>Any memory</source>
        <translation>Beliebiger Speicher</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>Mindestspeicher</translation>
    </message>
    <message>
        <source>Shows only GPUs with at least this much memory (nominal).</source>
        <translation>Zeigt nur GPUs mit mindestens so viel Speicher (nominell).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Shows only consumer cards, data-centre GPUs, Apple silicon, or every GPU that shares system memory.</source>
        <translation>Zeigt nur Consumer-Karten, Rechenzentrums-GPUs, Apple Silicon oder jede GPU, die sich den Systemspeicher teilt.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Unified Memory</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HelpDialog</name>
    <message>
        <source>FitScope guide</source>
        <translation>FitScope-Anleitung</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>How to use FitScope and what its terms mean.</source>
        <translation>Wie man FitScope benutzt und was seine Begriffe bedeuten.</translation>
    </message>
    <message>
        <source>FitScope in five steps</source>
        <translation>FitScope in fünf Schritten</translation>
    </message>
    <message>
        <source>FitScope answers one question: does this model fit on this GPU, at this precision and context length, and why? Every figure comes from the sizing engine, and &lt;i&gt;Show the math&lt;/i&gt; lists each step with its numbers.</source>
        <translation>FitScope beantwortet eine Frage: Passt dieses Modell auf diese GPU, bei dieser Präzision und Kontextlänge, und warum? Jede Zahl stammt aus der Berechnungs-Engine, und &lt;i&gt;Rechenweg zeigen&lt;/i&gt; listet jeden Schritt mit seinen Zahlen.</translation>
    </message>
    <message>
        <source>Choose a &lt;b&gt;model&lt;/b&gt; (type to search), or open a model&apos;s config.json or a GGUF or safetensors file with File → Open.</source>
        <translation>Ein &lt;b&gt;Modell&lt;/b&gt; wählen (zum Suchen tippen) oder die config.json eines Modells bzw. eine GGUF- oder safetensors-Datei über Datei → Öffnen laden.</translation>
    </message>
    <message>
        <source>Choose the &lt;b&gt;weight format&lt;/b&gt; and the &lt;b&gt;KV cache&lt;/b&gt; format.</source>
        <translation>Das &lt;b&gt;Gewichtsformat&lt;/b&gt; und das Format des &lt;b&gt;KV-Caches&lt;/b&gt; wählen.</translation>
    </message>
    <message>
        <source>Set the &lt;b&gt;context length&lt;/b&gt; and the &lt;b&gt;batch&lt;/b&gt;: the KV cache grows with both.</source>
        <translation>&lt;b&gt;Kontextlänge&lt;/b&gt; und &lt;b&gt;Batch&lt;/b&gt; einstellen: der KV-Cache wächst mit beiden.</translation>
    </message>
    <message>
        <source>Pick a &lt;b&gt;runtime&lt;/b&gt;: the article&apos;s simple rule, or a profile measured on transformers, vLLM or llama.cpp.</source>
        <translation>Eine &lt;b&gt;Laufzeitumgebung&lt;/b&gt; wählen: die einfache Regel des Artikels oder ein an transformers, vLLM oder llama.cpp gemessenes Profil.</translation>
    </message>
    <message>
        <source>Tick the &lt;b&gt;GPUs&lt;/b&gt; to compare; the first is the primary GPU of the summary.</source>
        <translation>Die zu vergleichenden &lt;b&gt;GPUs&lt;/b&gt; anhaken; die erste ist die primäre GPU der Zusammenfassung.</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>Die Diagramme lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against capacity&lt;/b&gt;: per GPU, a stacked bar (weights plain, KV cache striped, activations dotted, overhead cross-hatched) beside the GPU&apos;s usable memory (solid) and nominal memory (dashed outline). The badge says whether it fits and by how much.</source>
        <translation>&lt;b&gt;Speicher im Vergleich zur Kapazität&lt;/b&gt;: pro GPU ein gestapelter Balken (Gewichte einfarbig, KV-Cache gestreift, Aktivierungen gepunktet, Overhead kreuzschraffiert) neben dem nutzbaren Speicher der GPU (voll) und dem nominellen Speicher (gestrichelter Umriss). Das Abzeichen sagt, ob es passt und mit wie viel Luft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against context length&lt;/b&gt;: one line per weight format, each with its own colour and dash pattern; the horizontal lines are the GPUs&apos; usable memory and the circles mark the longest context that fits.</source>
        <translation>&lt;b&gt;Speicher über der Kontextlänge&lt;/b&gt;: eine Linie pro Gewichtsformat, jede mit eigener Farbe und eigenem Strichmuster; die waagerechten Linien sind der nutzbare Speicher der GPUs, die Kreise markieren den längsten Kontext, der passt.</translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation>Quantisierungslabor</translation>
    </message>
    <message>
        <source>The second tab quantizes real or synthetic weights and measures the error and the speed of each format, so you can see what a smaller format costs in accuracy.</source>
        <translation>Der zweite Tab quantisiert echte oder synthetische Gewichte und misst Fehler und Geschwindigkeit jedes Formats, sodass sichtbar wird, was ein kleineres Format an Genauigkeit kostet.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Every control is reachable with Tab; Alt and an underlined letter jump to a control; Ctrl+L finds a model, Ctrl+G a GPU. Shift+F1 and a click explain any control; Help → Keyboard shortcuts lists the rest.</source>
        <translation>Jedes Bedienelement ist mit Tab erreichbar; Alt und ein unterstrichener Buchstabe springen zu einem Element; Strg+L sucht ein Modell, Strg+G eine GPU. Umschalt+F1 und ein Klick erklären jedes Element; Hilfe → Tastenkürzel listet den Rest.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HubOpenDialog</name>
    <message>
        <source>Open from Hugging Face</source>
        <translation>Von Hugging Face öffnen</translation>
    </message>
    <message>
        <source>FitScope reads the model&apos;s config and the headers of its weight files, never the weights themselves: a few hundred kilobytes for a model of any size.</source>
        <translation>FitScope liest die Konfiguration des Modells und die Header seiner Gewichtsdateien, nie die Gewichte selbst: einige hundert Kilobyte für ein Modell jeder Größe.</translation>
    </message>
    <message>
        <source>ORG/NAME, ORG/NAME@REVISION or the model page&apos;s address</source>
        <translation>ORG/NAME, ORG/NAME@REVISION oder die Adresse der Modellseite</translation>
    </message>
    <message>
        <source>GGUF file:</source>
        <translation>GGUF-Datei:</translation>
    </message>
    <message>
        <source>Offline: use only what was fetched before</source>
        <translation>Offline: nur bereits Abgerufenes verwenden</translation>
    </message>
    <message>
        <source>Model id:</source>
        <translation>Modell-ID:</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>dem Cache</translation>
    </message>
    <message>
        <source>Read %1 at %2: %3 downloaded of %4.</source>
        <translation>%1 bei %2 gelesen: %3 von %4 heruntergeladen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>This repository holds %n GGUF models: choose one and press Open.</source>
        <translation>
            <numerusform>Dieses Repository enthält %n GGUF-Modell: wählen Sie es und drücken Sie Öffnen.</numerusform>
            <numerusform>Dieses Repository enthält %n GGUF-Modelle: wählen Sie eines und drücken Sie Öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model could not be read.</source>
        <translation>Das Modell konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Could not open it:</source>
        <translation>Konnte es nicht öffnen:</translation>
    </message>
    <message>
        <source>Cache: %1 in %2</source>
        <translation>Cache: %1 in %2</translation>
    </message>
    <message>
        <source>Could not clear the cache in %1.</source>
        <translation>Der Cache in %1 konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>Cache cleared.</source>
        <translation>Cache geleert.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set in the environment: FitScope stays offline.</source>
        <translation>HF_HUB_OFFLINE ist in der Umgebung gesetzt: FitScope bleibt offline.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchCommandPaste</name>
    <message>
        <source>Paste a launch &amp;command…</source>
        <translation>Start&amp;befehl einfügen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>Reads a llama-server, vllm serve or ollama command line into the explorer.</source>
        <translation>Liest eine llama-server-, vllm-serve- oder ollama-Befehlszeile in den Explorer ein.</translation>
    </message>
    <message>
        <source>Pasted command</source>
        <translation>Eingefügter Befehl</translation>
    </message>
    <message>
        <source>Read the command into the explorer.</source>
        <translation>Befehl in den Explorer übernommen.</translation>
    </message>
    <message>
        <source>Read the command into the explorer; FitScope does not model %1 of its words (listed in the dialog).</source>
        <translation>Befehl in den Explorer übernommen; %1 seiner Wörter modelliert FitScope nicht (im Dialog aufgeführt).</translation>
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
        <translation>Ollama · Umgebung und Modelfile</translation>
    </message>
    <message>
        <source>the llama.cpp profile</source>
        <translation>dem llama.cpp-Profil</translation>
    </message>
    <message>
        <source>the vLLM profile</source>
        <translation>dem vLLM-Profil</translation>
    </message>
    <message>
        <source>the llama.cpp profile (Ollama runs llama.cpp)</source>
        <translation>dem llama.cpp-Profil (Ollama nutzt llama.cpp)</translation>
    </message>
    <message>
        <source>Sized with %1: %2 (no GPU selected).</source>
        <translation>Berechnet mit %1: %2 (keine GPU gewählt).</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation> pro GPU</translation>
    </message>
    <message>
        <source>Sized with %1: %2 of %3%4, %5 (%6).</source>
        <translation>Berechnet mit %1: %2 von %3%4, %5 (%6).</translation>
    </message>
    <message>
        <source>Launch commands</source>
        <translation>Startbefehle</translation>
    </message>
    <message>
        <source>Each command has exactly the settings this estimate assumed, so the run matches it. Replace the model path where FitScope does not know the file.</source>
        <translation>Jeder Befehl hat genau die Einstellungen, die diese Schätzung annimmt, damit der Lauf ihr entspricht. Ersetzen Sie den Modellpfad, wo FitScope die Datei nicht kennt.</translation>
    </message>
    <message>
        <source>Copy memory &amp;plan (JSON)</source>
        <translation>Speicher&amp;plan kopieren (JSON)</translation>
    </message>
    <message>
        <source>Copies the memory plan of the first runtime below: per device and host, each component&apos;s bytes, the settings and the command (schema %1).</source>
        <translation>Kopiert den Speicherplan der ersten Laufzeit unten: pro Gerät und Host die Bytes jeder Komponente, die Einstellungen und den Befehl (Schema %1).</translation>
    </message>
    <message>
        <source>Copied the memory plan for %1.</source>
        <translation>Speicherplan für %1 kopiert.</translation>
    </message>
    <message>
        <source>Paste a &amp;command…</source>
        <translation>Befehl &amp;einfügen…</translation>
    </message>
    <message>
        <source>Reads a llama-server, vllm serve or ollama command line into the explorer.</source>
        <translation>Liest eine llama-server-, vllm-serve- oder ollama-Befehlszeile in den Explorer ein.</translation>
    </message>
    <message>
        <source>Flags and defaults as in %1.</source>
        <translation>Optionen und Vorgaben wie in %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 command</source>
        <translation>Den %1-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copied the %1 command.</source>
        <translation>%1-Befehl kopiert.</translation>
    </message>
    <message>
        <source>%1 command</source>
        <translation>%1-Befehl</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchPasteDialog</name>
    <message>
        <source>%1 command</source>
        <translation>%1-Befehl</translation>
    </message>
    <message>
        <source>Ollama command (sized as llama.cpp)</source>
        <translation>Ollama-Befehl (berechnet wie llama.cpp)</translation>
    </message>
    <message>
        <source>context %1 tokens per sequence</source>
        <translation>Kontext %1 Tokens pro Sequenz</translation>
    </message>
    <message>
        <source>KV cache %1</source>
        <translation>KV-Cache %1</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>%1 layers on the GPU</source>
        <translation>%1 Schichten auf der GPU</translation>
    </message>
    <message>
        <source>flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>no flash attention</source>
        <translation>ohne Flash Attention</translation>
    </message>
    <message>
        <source>GPU memory utilization %1</source>
        <translation>GPU-Speicheranteil %1</translation>
    </message>
    <message>
        <source>The model holds at most %1 tokens: the explorer&apos;s context stops there (the runtime would refuse the longer one).</source>
        <translation>Das Modell fasst höchstens %1 Tokens: der Kontext des Explorers endet dort (die Laufzeit würde den längeren ablehnen).</translation>
    </message>
    <message>
        <source>Its model “%1” is not opened: the model on screen stays.</source>
        <translation>Sein Modell „%1“ wird nicht geöffnet: das angezeigte Modell bleibt.</translation>
    </message>
    <message>
        <source>Not modelled by FitScope (kept in the command): %1</source>
        <translation>Von FitScope nicht modelliert (bleibt im Befehl): %1</translation>
    </message>
    <message>
        <source>Paste a Launch Command</source>
        <translation>Startbefehl einfügen</translation>
    </message>
    <message>
        <source>A llama-server, vllm serve or ollama command line: its context, sequences, cache types, layers and memory settings become the explorer&apos;s.</source>
        <translation>Eine llama-server-, vllm-serve- oder ollama-Befehlszeile: ihr Kontext, ihre Sequenzen, Cache-Typen, Schichten und Speichereinstellungen werden in den Explorer übernommen.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>&amp;Use this command</source>
        <translation>Diesen Befehl &amp;verwenden</translation>
    </message>
    <message>
        <source>Paste or type a command.</source>
        <translation>Fügen Sie einen Befehl ein oder tippen Sie ihn.</translation>
    </message>
    <message>
        <source>Choose a model first: the command&apos;s settings go on top of it.</source>
        <translation>Wählen Sie zuerst ein Modell: die Einstellungen des Befehls gelten dafür.</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 Sequenz</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 Sequenzen</translation>
    </message>
    <message>
        <source>flash attention auto</source>
        <translation>Flash Attention automatisch</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LayerStripChart</name>
    <message>
        <source>full attention</source>
        <translation>volle Attention</translation>
    </message>
    <message>
        <source>sliding window</source>
        <translation>gleitendes Fenster</translation>
    </message>
    <message>
        <source>chunked attention</source>
        <translation>Chunk-Attention</translation>
    </message>
    <message>
        <source>latent attention (MLA)</source>
        <translation>latente Attention (MLA)</translation>
    </message>
    <message>
        <source>Gated DeltaNet (fixed state)</source>
        <translation>Gated DeltaNet (fester Zustand)</translation>
    </message>
    <message>
        <source>Mamba-2 (fixed state)</source>
        <translation>Mamba-2 (fester Zustand)</translation>
    </message>
    <message>
        <source>shares another layer&apos;s KV</source>
        <translation>teilt den KV einer anderen Schicht</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>kein Cache</translation>
    </message>
    <message>
        <source>KV cache per layer</source>
        <translation>KV-Cache pro Schicht</translation>
    </message>
    <message>
        <source>One bar per decoder layer, coloured by how the layer attends, its height what the layer caches at the current context under the chosen runtime: sliding-window layers stop at their window, recurrent layers hold a fixed state.</source>
        <translation>Ein Balken pro Decoder-Schicht, gefärbt nach ihrer Attention-Art, seine Höhe das, was die Schicht beim aktuellen Kontext unter der gewählten Laufzeit cacht: Schichten mit gleitendem Fenster enden bei ihrem Fenster, rekurrente Schichten halten einen festen Zustand.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>No layers to show</source>
        <translation>Keine Schichten anzuzeigen</translation>
    </message>
    <message>
        <source>No layer caches anything</source>
        <translation>Keine Schicht cacht etwas</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 von %2 Tokens</translation>
    </message>
    <message>
        <source>Layer %1 · %2
%3 of state for %4 sequences, at any context</source>
        <translation>Schicht %1 · %2
%3 Zustand für %4 Sequenzen, bei jedem Kontext</translation>
    </message>
    <message>
        <source>Layer %1 · %2
%3 at %4 tokens × %5 sequences (%6)</source>
        <translation>Schicht %1 · %2
%3 bei %4 Tokens × %5 Sequenzen (%6)</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LocalModelsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected model in the explorer, as opening its file does (or double-click it).</source>
        <translation>Öffnet das gewählte Modell im Explorer wie das Öffnen seiner Datei (oder doppelklicken Sie es).</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu durchsuchen</translation>
    </message>
    <message>
        <source>Look through the model stores again.</source>
        <translation>Die Modellablagen erneut durchsuchen.</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>A folder of GGUF files or safetensors models to list too (kept for next time).</source>
        <translation>Ein Ordner mit GGUF-Dateien oder safetensors-Modellen, der ebenfalls gelistet wird (bleibt für das nächste Mal gespeichert).</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>Modelle auf diesem Rechner</translation>
    </message>
    <message>
        <source>The models in the Hugging Face cache, Ollama, LM Studio, llama.cpp&apos;s cache and the folders you added, with their format, size and whether they fit the selected GPU at the selected context.</source>
        <translation>Die Modelle im Hugging-Face-Cache, in Ollama, LM Studio, im Cache von llama.cpp und in Ihren hinzugefügten Ordnern, mit Format, Größe und ob sie bei der gewählten Kontextlänge auf die gewählte GPU passen.</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>Noch nicht durchsucht.</translation>
    </message>
    <message>
        <source>Scanning the model stores…</source>
        <translation>Modellablagen werden durchsucht…</translation>
    </message>
    <message>
        <source>Add a folder of models</source>
        <translation>Einen Ordner mit Modellen hinzufügen</translation>
    </message>
    <message>
        <source>Models found: %1, in %2 of %3 store folders.</source>
        <translation>Gefundene Modelle: %1, in %2 von %3 Ablageordnern.</translation>
    </message>
    <message>
        <source>Broken: %1 (hover for the reason).</source>
        <translation>Defekt: %1 (Grund im Tooltip).</translation>
    </message>
    <message>
        <source>Folders ▾</source>
        <translation>Ordner ▾</translation>
    </message>
    <message>
        <source>The folders scanned; remove a folder you added.</source>
        <translation>Die durchsuchten Ordner; entfernen Sie einen hinzugefügten Ordner.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source>No folders added</source>
        <translation>Keine Ordner hinzugefügt</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 is no longer listed (its files are left as they are).</source>
        <translation>%1 wird nicht mehr aufgeführt (seine Dateien bleiben unverändert).</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LocalModelsTableModel</name>
    <message>
        <source>Hugging Face cache</source>
        <translation>Hugging-Face-Cache</translation>
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
        <translation>llama.cpp-Cache</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Defekt: %1</translation>
    </message>
    <message>
        <source>No architecture to size: %1</source>
        <translation>Keine Architektur zum Berechnen: %1</translation>
    </message>
    <message>
        <source>Needs %1 of %2 per GPU</source>
        <translation>Braucht %1 von %2 je GPU</translation>
    </message>
    <message>
        <source>Ollama runs it with num_ctx %1 (its Modelfile&apos;s parameter)</source>
        <translation>Ollama führt es mit num_ctx %1 aus (Parameter seines Modelfiles)</translation>
    </message>
    <message>
        <source>%1 (num_ctx)</source>
        <translation>%1 (num_ctx)</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passt?</translation>
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
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>does not start</source>
        <translation>startet nicht</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Check a Runtime Log</source>
        <translation>Laufzeit-Log prüfen</translation>
    </message>
    <message>
        <source>Paste a vLLM, llama.cpp or Ollama start-up log (or open one): FitScope sizes the scenario it shows with the explorer&apos;s model and compares every figure.</source>
        <translation>Fügen Sie ein Start-Log von vLLM, llama.cpp oder Ollama ein (oder öffnen Sie eines): FitScope berechnet das gezeigte Szenario mit dem Modell des Explorers und vergleicht jede Zahl.</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>Log-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Runtime Log</source>
        <translation>Laufzeit-Log öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Logs (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …</source>
        <translation>INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …</translation>
    </message>
    <message>
        <source>Runtime log</source>
        <translation>Laufzeit-Log</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>Diagramm &amp;speichern…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lese das Log…</translation>
    </message>
    <message>
        <source>Not a runtime log FitScope can read.</source>
        <translation>Kein Laufzeit-Log, das FitScope lesen kann.</translation>
    </message>
    <message>
        <source>Choose the model that ran in the explorer first.</source>
        <translation>Wählen Sie zuerst im Explorer das Modell, das lief.</translation>
    </message>
    <message>
        <source>The log does not print the GPU&apos;s memory: select the GPU it ran on in the explorer.</source>
        <translation>Das Log nennt den Speicher der GPU nicht: wählen Sie im Explorer die GPU, auf der es lief.</translation>
    </message>
    <message>
        <source>FitScope cannot size the scenario of this log: %1</source>
        <translation>FitScope kann das Szenario dieses Logs nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Scenario: %1, %2, context %3 × %4, %5 × %6 (%7).</source>
        <translation>Szenario: %1, %2, Kontext %3 × %4, %5 × %6 (%7).</translation>
    </message>
    <message>
        <source>From the log: %1.</source>
        <translation>Aus dem Log: %1.</translation>
    </message>
    <message>
        <source>The log wins over the explorer: %1.</source>
        <translation>Das Log hat Vorrang vor dem Explorer: %1.</translation>
    </message>
    <message>
        <source>Not in the log, taken from the explorer: %1.</source>
        <translation>Nicht im Log, aus dem Explorer übernommen: %1.</translation>
    </message>
    <message>
        <source>Paste a log or open a log file.</source>
        <translation>Fügen Sie ein Log ein oder öffnen Sie eine Log-Datei.</translation>
    </message>
    <message>
        <source>FitScope predicts: %1</source>
        <translation>FitScope sagt voraus: %1</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <source>; the log shows: %1 (agrees)</source>
        <translation>; das Log zeigt: %1 (stimmt überein)</translation>
    </message>
    <message>
        <source>; the log shows: %1 (disagrees)</source>
        <translation>; das Log zeigt: %1 (weicht ab)</translation>
    </message>
    <message>
        <source>; estimated maximum model length %1</source>
        <translation>; geschätzte maximale Modelllänge %1</translation>
    </message>
    <message>
        <source>Predicted by FitScope</source>
        <translation>Von FitScope vorhergesagt</translation>
    </message>
    <message>
        <source>Save the Comparison Chart</source>
        <translation>Vergleichsdiagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LogSlider</name>
    <message>
        <source>%1 (exact value)</source>
        <translation>%1 (exakter Wert)</translation>
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
        <translation>Fit-Explorer</translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation>Quantisierungslabor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation>&amp;Bildschirmfoto speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Zusammenfassung kopiert.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Copy the &amp;math</source>
        <translation>&amp;Rechenweg kopieren</translation>
    </message>
    <message>
        <source>Derivation copied as text.</source>
        <translation>Herleitung als Text kopiert.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Find &amp;model</source>
        <translation>&amp;Modell suchen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Find &amp;GPU</source>
        <translation>&amp;GPU suchen</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show &amp;GB (10⁹ bytes)</source>
        <translation>In &amp;GB anzeigen (10⁹ Byte)</translation>
    </message>
    <message>
        <source>Show G&amp;iB (2³⁰ bytes)</source>
        <translation>In G&amp;iB anzeigen (2³⁰ Byte)</translation>
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
        <translation>&amp;Rechenweg</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show the &amp;fit matrix</source>
        <translation>&amp;Passt-Matrix zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Reset scenario</source>
        <translation>Szenario &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Scenario reset to the default: Llama-2-13B on one A10G, 4,096 tokens.</source>
        <translation>Szenario auf den Standard zurückgesetzt: Llama-2-13B auf einer A10G, 4.096 Token.</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>FitScope &amp;guide</source>
        <translation>FitScope-&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About FitScope</source>
        <translation>Ü&amp;ber FitScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Ein Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a GPU&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a config.json&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;models on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open from Hugging Face&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;paste a launch command&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;check a runtime log&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+underlined letter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to that control&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows, Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move a focused slider&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M / Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the math / the fit matrix&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the math&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the summary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the scenario&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save a screenshot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Shift+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the guide / what is this?&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein Modell suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;eine GPU suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;eine config.json öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Modelle auf diesem Rechner&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;von Hugging Face öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;einen Startbefehl einfügen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein Laufzeit-Log prüfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+unterstrichener Buchstabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zu diesem Element springen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeiltasten, Bild auf/ab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;einen fokussierten Schieberegler bewegen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1 / Strg+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+M / Strg+Umschalt+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rechenweg / Passt-Matrix zeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rechenweg kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zusammenfassung kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Szenario zurücksetzen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bildschirmfoto speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einstellungen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Umschalt+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Anleitung / Direkthilfe&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The fit explorer and the quantization lab.</source>
        <translation>Der Fit-Explorer und das Quantisierungslabor.</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>Modelle auf diesem Rechner</translation>
    </message>
    <message>
        <source>Models on this &amp;machine…</source>
        <translation>Modelle auf diesem &amp;Rechner…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Open from &amp;Hugging Face…</source>
        <translation>Von &amp;Hugging Face öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>Could not size %1: %2</source>
        <translation>%1 konnte nicht berechnet werden: %2</translation>
    </message>
    <message>
        <source>Loaded %1 from Hugging Face (%2 read, %3 of weights not downloaded).</source>
        <translation>%1 von Hugging Face geladen (%2 gelesen, %3 Gewichte nicht heruntergeladen).</translation>
    </message>
    <message>
        <source>Loaded %1 from the cache.</source>
        <translation>%1 aus dem Cache geladen.</translation>
    </message>
    <message>
        <source>Check a runtime &amp;log…</source>
        <translation>Laufzeit-&amp;Log prüfen…</translation>
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
        <translation>Modell&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Recent &amp;models</source>
        <translation>Zuletzt geöffnete &amp;Modelle</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Ein Modell öffnen</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;Hugging Face config (config.json *.json);;All files (*)</source>
        <translation>Modelldateien (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;Hugging-Face-Konfiguration (config.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a model folder</source>
        <translation>Einen Modellordner öffnen</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>Das Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>FitScope could not read %1.</source>
        <translation>FitScope konnte %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Add vision &amp;projector (mmproj)…</source>
        <translation>Vision-&amp;Projektor (mmproj) hinzufügen…</translation>
    </message>
    <message>
        <source>Adds the mmproj file llama.cpp loads with --mmproj to the GGUF model on screen, so its weights are counted and requests can carry images.</source>
        <translation>Fügt dem angezeigten GGUF-Modell die mmproj-Datei hinzu, die llama.cpp mit --mmproj lädt: Ihre Gewichte werden mitgezählt, und Anfragen können Bilder enthalten.</translation>
    </message>
    <message>
        <source>Open a GGUF model first: a vision projector (mmproj) goes with a GGUF model.</source>
        <translation>Öffnen Sie zuerst ein GGUF-Modell: Ein Vision-Projektor (mmproj) gehört zu einem GGUF-Modell.</translation>
    </message>
    <message>
        <source>Add a vision projector</source>
        <translation>Einen Vision-Projektor hinzufügen</translation>
    </message>
    <message>
        <source>Vision projectors (mmproj*.gguf);;GGUF (*.gguf);;All files (*)</source>
        <translation>Vision-Projektoren (mmproj*.gguf);;GGUF (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not add the vision projector</source>
        <translation>Der Vision-Projektor konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added the vision projector %1: its weights are counted and requests can carry images.</source>
        <translation>Vision-Projektor %1 hinzugefügt: Seine Gewichte werden mitgezählt, und Anfragen können Bilder enthalten.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ModelFilePanel</name>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Stored types</source>
        <translation>Gespeicherte Typen</translation>
    </message>
    <message>
        <source>The bytes the file stores in each tensor type.</source>
        <translation>Die Bytes, die die Datei in jedem Tensortyp speichert.</translation>
    </message>
    <message>
        <source>Bytes by stored type</source>
        <translation>Bytes nach gespeichertem Typ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model file open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a Hugging Face model folder, a .safetensors or .gguf file, or a config.json with &lt;b&gt;File → Open model…&lt;/b&gt;, or drop one onto the window. FitScope reads the headers only (a few milliseconds even for a 100 GB model) and sizes the weights from the exact bytes the file stores.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Modelldatei geöffnet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Einen Hugging-Face-Modellordner, eine .safetensors- oder .gguf-Datei oder eine config.json über &lt;b&gt;Datei → Modell öffnen…&lt;/b&gt; öffnen oder auf das Fenster ziehen. FitScope liest nur die Header (wenige Millisekunden, selbst bei einem 100-GB-Modell) und berechnet die Gewichte aus den exakten Bytes, die die Datei speichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (%2 files, %3 on disk)</source>
        <translation>%1 (%2 Dateien, %3 auf der Festplatte)</translation>
    </message>
    <message>
        <source>%1 (%2 on disk)</source>
        <translation>%1 (%2 auf der Festplatte)</translation>
    </message>
    <message>
        <source> → sized as %1</source>
        <translation> → berechnet als %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>%1: %2 layers, hidden %3, %4 heads (%5 KV), vocabulary %6</source>
        <translation>%1: %2 Schichten, Hidden %3, %4 Heads (%5 KV), Vokabular %6</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c43c00&apos;&gt;not described: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c43c00&apos;&gt;nicht beschrieben: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Trained context</source>
        <translation>Trainierter Kontext</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>%1 from the tensor table</source>
        <translation>%1 aus der Tensortabelle</translation>
    </message>
    <message>
        <source>%1 from the architecture&apos;s formula</source>
        <translation>%1 aus der Formel der Architektur</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c43c00&apos;&gt;&lt;b&gt;⚠ They differ:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c43c00&apos;&gt;&lt;b&gt;⚠ Sie weichen ab:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#1a7f37&apos;&gt;✓ agree&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#1a7f37&apos;&gt;✓ stimmen überein&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exact (%2 bytes in %3 tensors)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exakt (%2 Byte in %3 Tensoren)</translation>
    </message>
    <message>
        <source>no tensor table (a config.json alone): the format&apos;s formula sizes them</source>
        <translation>keine Tensortabelle (nur eine config.json): die Formel des Formats berechnet sie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ModelPickerDelegate</name>
    <message>
        <source>%1 total, %2 active</source>
        <translation>%1 gesamt, %2 aktiv</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PinBar</name>
    <message>
        <source>Pinned scenarios</source>
        <translation>Angeheftete Szenarien</translation>
    </message>
    <message>
        <source>Scenarios kept for comparison. The baseline is the one the others are measured against.</source>
        <translation>Für den Vergleich behaltene Szenarien. Die Basis ist das, woran die anderen gemessen werden.</translation>
    </message>
    <message>
        <source>Pin scenario</source>
        <translation>Szenario anheften</translation>
    </message>
    <message>
        <source>Keeps this scenario as a card to compare others with (up to eight). Ctrl+P</source>
        <translation>Behält dieses Szenario als Karte, um andere damit zu vergleichen (bis zu acht). Strg+P</translation>
    </message>
    <message>
        <source>Pin the scenario</source>
        <translation>Das Szenario anheften</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them side by side; star one as the baseline.</source>
        <translation>Szenarien anheften, um sie nebeneinander zu vergleichen; eines mit dem Stern als Basis markieren.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Shows the pinned scenarios and the live one side by side, with what differs.</source>
        <translation>Zeigt die angehefteten Szenarien und das aktuelle nebeneinander, mit dem, was sich unterscheidet.</translation>
    </message>
    <message>
        <source>Eight scenarios are pinned: unpin one to pin another.</source>
        <translation>Acht Szenarien sind angeheftet: lösen Sie eines, um ein weiteres anzuheften.</translation>
    </message>
    <message>
        <source>%1, the baseline</source>
        <translation>%1, die Basis</translation>
    </message>
    <message>
        <source>The baseline: the others are compared with it. Click to unmark.</source>
        <translation>Die Basis: die anderen werden damit verglichen. Klicken zum Aufheben.</translation>
    </message>
    <message>
        <source>Make this the baseline the others are compared with.</source>
        <translation>Dies zur Basis machen, mit der die anderen verglichen werden.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>%1
Click for the menu: rename, show in the controls, unpin.</source>
        <translation>%1
Klicken für das Menü: umbenennen, in den Reglern zeigen, lösen.</translation>
    </message>
    <message>
        <source>Show in the controls</source>
        <translation>In den Reglern zeigen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Unmark as baseline</source>
        <translation>Nicht mehr Basis</translation>
    </message>
    <message>
        <source>Make baseline</source>
        <translation>Zur Basis machen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>Rename the pinned scenario</source>
        <translation>Angeheftetes Szenario umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PinnedScenarios</name>
    <message>
        <source>Custom %1</source>
        <translation>Eigenes %1</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window. Numbers follow it too. The window reopens at once in the new language; the scenario is kept.</source>
        <translation>Die Sprache des Fensters. Zahlen folgen ihr ebenfalls. Das Fenster öffnet sich sofort neu in der neuen Sprache; das Szenario bleibt erhalten.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark colours for the window and the charts, applied at once.</source>
        <translation>Helle oder dunkle Farben für Fenster und Diagramme, sofort angewendet.</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article and datasheets)</source>
        <translation>GB (10⁹ Byte, wie Artikel und Datenblätter)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation>GiB (2³⁰ Byte, wie nvidia-smi)</translation>
    </message>
    <message>
        <source>Memory units</source>
        <translation>Speichereinheiten</translation>
    </message>
    <message>
        <source>How memory sizes are shown everywhere in the window.</source>
        <translation>Wie Speichergrößen überall im Fenster angezeigt werden.</translation>
    </message>
    <message>
        <source>Default runtime</source>
        <translation>Standard-Laufzeitumgebung</translation>
    </message>
    <message>
        <source>The runtime profile a new or reset scenario starts with.</source>
        <translation>Das Laufzeitprofil, mit dem ein neues oder zurückgesetztes Szenario beginnt.</translation>
    </message>
    <message>
        <source>Default overhead</source>
        <translation>Standard-Overhead</translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %).</source>
        <translation>Der pauschale Overhead des einfachen Profils auf die Gewichte (der Artikel schlägt 20–30 % vor).</translation>
    </message>
    <message>
        <source>vLLM GPU memory utilization</source>
        <translation>vLLM-GPU-Speicherauslastung</translation>
    </message>
    <message>
        <source>The share of each GPU&apos;s memory vLLM takes at start-up (--gpu-memory-utilization; 0.90 by default).</source>
        <translation>Der Anteil am Speicher jeder GPU, den vLLM beim Start belegt (--gpu-memory-utilization; standardmäßig 0,90).</translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation>llama.cpp Flash Attention</translation>
    </message>
    <message>
        <source>User catalog file</source>
        <translation>Benutzerkatalog-Datei</translation>
    </message>
    <message>
        <source>A catalog.json with your own models and GPUs, merged with the built-in catalog. Empty: catalog.json in FitScope&apos;s settings folder.</source>
        <translation>Eine catalog.json mit eigenen Modellen und GPUs, zusammengeführt mit dem eingebauten Katalog. Leer: catalog.json im Einstellungsordner von FitScope.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the catalog file</source>
        <translation>Nach der Katalogdatei suchen</translation>
    </message>
    <message>
        <source>Chooses the user catalog file in a file dialog.</source>
        <translation>Wählt die Benutzerkatalog-Datei in einem Dateidialog.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>Simple profile&apos;s &amp;overhead:</source>
        <translation>&amp;Overhead des einfachen Profils:</translation>
    </message>
    <message>
        <source>vLLM GPU &amp;memory utilization:</source>
        <translation>vLLM-GPU-&amp;Speicherauslastung:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>User &amp;catalog:</source>
        <translation>Benutzer&amp;katalog:</translation>
    </message>
    <message>
        <source>Units and theme apply at once. A new language or catalog reopens the window at once, with the same scenario.</source>
        <translation>Einheiten und Design gelten sofort. Eine neue Sprache oder ein neuer Katalog öffnet das Fenster sofort neu, mit demselben Szenario.</translation>
    </message>
    <message>
        <source>Choose the user catalog</source>
        <translation>Benutzerkatalog wählen</translation>
    </message>
    <message>
        <source>Catalog (*.json);;All files (*)</source>
        <translation>Katalog (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Work offline (use only the cache)</source>
        <translation>Offline &amp;arbeiten (nur den Cache verwenden)</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Models from Hugging Face open only from what was fetched before; FitScope never connects to the Hub. The Open from Hugging Face dialog starts with its Offline box set accordingly.</source>
        <translation>Modelle von Hugging Face werden nur aus bereits Abgerufenem geöffnet; FitScope verbindet sich nie mit dem Hub. Der Dialog „Von Hugging Face öffnen“ startet mit entsprechend gesetztem Offline-Kästchen.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set in the environment, so FitScope works offline whatever is chosen here.</source>
        <translation>HF_HUB_OFFLINE ist in der Umgebung gesetzt, daher arbeitet FitScope offline, egal was hier gewählt ist.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation>Cache-Grenze</translation>
    </message>
    <message>
        <source>The most the Hugging Face cache keeps (configs and weight-file headers); beyond it the models used longest ago are removed.</source>
        <translation>Höchstens so viel behält der Hugging-Face-Cache (Konfigurationen und Header der Gewichtsdateien); darüber hinaus werden die am längsten nicht genutzten Modelle entfernt.</translation>
    </message>
    <message>
        <source>Cl&amp;ear cache…</source>
        <translation>Cache l&amp;eeren…</translation>
    </message>
    <message>
        <source>Clear the Hugging Face cache</source>
        <translation>Hugging-Face-Cache leeren</translation>
    </message>
    <message>
        <source>Removes everything fetched from Hugging Face; models are fetched again when next opened.</source>
        <translation>Entfernt alles von Hugging Face Abgerufene; Modelle werden beim nächsten Öffnen erneut abgerufen.</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Cache-Ordner:</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>Cache-Größe:</translation>
    </message>
    <message>
        <source>Cache l&amp;imit:</source>
        <translation>Cache-&amp;Grenze:</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Remove the %1 of configs and headers fetched from Hugging Face in %2? Models are fetched again when next opened.</source>
        <translation>Die %1 an Konfigurationen und Headern, die von Hugging Face abgerufen wurden, in %2 entfernen? Modelle werden beim nächsten Öffnen erneut abgerufen.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Empty: %1 freed</source>
        <translation>Leer: %1 freigegeben</translation>
    </message>
    <message>
        <source>Could not clear everything in %1.</source>
        <translation>Nicht alles in %1 konnte entfernt werden.</translation>
    </message>
    <message>
        <source>Whether llama.cpp runs with flash attention (-fa), which shrinks its compute buffer and allows a quantized V cache. Auto, llama.cpp&apos;s default, turns it on wherever the device runs it.</source>
        <translation>Ob llama.cpp mit Flash Attention (-fa) läuft, was seinen Compute-Puffer verkleinert und einen quantisierten V-Cache erlaubt. Automatisch, die Voreinstellung von llama.cpp, schaltet sie überall ein, wo das Gerät sie ausführt.</translation>
    </message>
    <message>
        <source>Auto (on)</source>
        <translation>Automatisch (an)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>llama.cpp &amp;flash attention (-fa):</source>
        <translation>llama.cpp-&amp;Flash-Attention (-fa):</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::RuntimeOptionsPanel</name>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Serving the model: weights, KV cache, activations and the runtime&apos;s overhead.</source>
        <translation>Das Modell bereitstellen: Gewichte, KV-Cache, Aktivierungen und der Overhead der Laufzeitumgebung.</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <source>Training the model: weights, gradients, optimizer states and the activations kept for the backward pass (full fine-tuning, LoRA or QLoRA).</source>
        <translation>Das Modell trainieren: Gewichte, Gradienten, Optimizer-Zustände und die für den Backward-Pass gehaltenen Aktivierungen (volles Fine-Tuning, LoRA oder QLoRA).</translation>
    </message>
    <message>
        <source>&amp;Inference</source>
        <translation>&amp;Inferenz</translation>
    </message>
    <message>
        <source>&amp;Fine-tune</source>
        <translation>&amp;Fine-Tuning</translation>
    </message>
    <message>
        <source>Fine-tuning method</source>
        <translation>Fine-Tuning-Methode</translation>
    </message>
    <message>
        <source>Full: every weight trained with mixed-precision AdamW. LoRA: a frozen 16-bit base with trainable low-rank adapters. QLoRA: a frozen NF4 base with BF16 adapters and a paged optimizer.</source>
        <translation>Voll: jedes Gewicht wird mit AdamW in gemischter Präzision trainiert. LoRA: eine eingefrorene 16-Bit-Basis mit trainierbaren Low-Rank-Adaptern. QLoRA: eine eingefrorene NF4-Basis mit BF16-Adaptern und Paged Optimizer.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
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
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA-Rang</translation>
    </message>
    <message>
        <source>The rank r of each adapter: r × (inputs + outputs) trainable parameters per matrix.</source>
        <translation>Der Rang r jedes Adapters: r × (Eingänge + Ausgänge) trainierbare Parameter pro Matrix.</translation>
    </message>
    <message>
        <source>LoRA &amp;rank</source>
        <translation>LoRA-&amp;Rang</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>LoRA-Ziele</translation>
    </message>
    <message>
        <source>Which matrices carry adapters: every linear layer (QLoRA&apos;s choice) or the attention query and value only (the original LoRA paper).</source>
        <translation>Welche Matrizen Adapter tragen: jede lineare Schicht (Wahl von QLoRA) oder nur Query und Value der Attention (das ursprüngliche LoRA-Paper).</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>Alle linearen Schichten</translation>
    </message>
    <message>
        <source>Attention q, v</source>
        <translation>Attention q, v</translation>
    </message>
    <message>
        <source>&amp;Adapters on</source>
        <translation>&amp;Adapter auf</translation>
    </message>
    <message>
        <source>&amp;Gradient checkpointing</source>
        <translation>&amp;Gradient Checkpointing</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient Checkpointing</translation>
    </message>
    <message>
        <source>Keeps only each layer&apos;s input and recomputes the rest during the backward pass: far less activation memory for about a third more compute.</source>
        <translation>Behält nur die Eingabe jeder Schicht und berechnet den Rest im Backward-Pass neu: weit weniger Aktivierungsspeicher für etwa ein Drittel mehr Rechenaufwand.</translation>
    </message>
    <message>
        <source>Runtime options</source>
        <translation>Optionen der Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Shows or hides the options of the chosen runtime and of several GPUs.</source>
        <translation>Zeigt oder verbirgt die Optionen der gewählten Laufzeitumgebung und mehrerer GPUs.</translation>
    </message>
    <message>
        <source>GPU memory utilization</source>
        <translation>GPU-Speicherauslastung</translation>
    </message>
    <message>
        <source>vLLM&apos;s --gpu-memory-utilization: the share of each GPU&apos;s memory vLLM takes at start-up. What the weights, activations and CUDA graphs leave of it becomes the KV-cache pool.</source>
        <translation>--gpu-memory-utilization von vLLM: der Anteil am Speicher jeder GPU, den vLLM beim Start belegt. Was Gewichte, Aktivierungen und CUDA-Graphen davon übrig lassen, wird zum KV-Cache-Pool.</translation>
    </message>
    <message>
        <source>GPU &amp;memory use</source>
        <translation>GPU-&amp;Speichernutzung</translation>
    </message>
    <message>
        <source>Max batched tokens</source>
        <translation>Max. gebündelte Token</translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-batched-tokens: the tokens of its profiling forward pass, which sets the activation peak it reserves.</source>
        <translation>--max-num-batched-tokens von vLLM: die Token seines Profiling-Forward-Passes, die die reservierte Aktivierungsspitze bestimmen.</translation>
    </message>
    <message>
        <source>Max &amp;batched tokens</source>
        <translation>Max. ge&amp;bündelte Token</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-gpu-layers: all layers on the GPU, the largest count that fits (solved), or a number you set. The rest stays in system RAM and runs on the CPU.</source>
        <translation>--n-gpu-layers von llama.cpp: alle Schichten auf der GPU, die größte passende Zahl (berechnet) oder eine selbst gesetzte Zahl. Der Rest bleibt im Arbeitsspeicher und läuft auf der CPU.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Auto: most that fit</source>
        <translation>Auto: so viele wie passen</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <source>GPU &amp;layers</source>
        <translation>GPU-&amp;Schichten</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>Schichten auf der GPU</translation>
    </message>
    <message>
        <source>n_gpu_layers, the output layer counted as llama.cpp counts it.</source>
        <translation>n_gpu_layers, die Ausgabeschicht so gezählt, wie llama.cpp sie zählt.</translation>
    </message>
    <message>
        <source>Flash a&amp;ttention</source>
        <translation>Flash A&amp;ttention</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. The default is this machine&apos;s.</source>
        <translation>Der Arbeitsspeicher, der die auf der CPU verbliebenen Schichten hält. Standard ist der dieses Rechners.</translation>
    </message>
    <message>
        <source>System &amp;RAM</source>
        <translation>Arbeits&amp;speicher</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>How several GPUs share the model. Tensor parallel: every layer split across the GPUs, each holding the same share. Pipeline parallel: consecutive layers on each GPU, the first with the embeddings, the last with the output head.</source>
        <translation>Wie sich mehrere GPUs das Modell teilen. Tensor-parallel: jede Schicht über die GPUs verteilt, jede mit dem gleichen Anteil. Pipeline-parallel: aufeinanderfolgende Schichten auf jeder GPU, die erste mit den Embeddings, die letzte mit dem Output-Head.</translation>
    </message>
    <message>
        <source>Tensor (tp)</source>
        <translation>Tensor (tp)</translation>
    </message>
    <message>
        <source>Pipeline (pp)</source>
        <translation>Pipeline (pp)</translation>
    </message>
    <message>
        <source>Para&amp;llel</source>
        <translation>Para&amp;llel</translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. This machine has %1 GiB.</source>
        <translation>Der Arbeitsspeicher, der die auf der CPU verbliebenen Schichten hält. Dieser Rechner hat %1 GiB.</translation>
    </message>
    <message>
        <source>No GPU selected: the whole model runs on the CPU.</source>
        <translation>Keine GPU ausgewählt: das ganze Modell läuft auf der CPU.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) on the GPU (of %1)</source>
        <translation>
            <numerusform>%n Schicht auf der GPU (von %1)</numerusform>
            <numerusform>%n Schichten auf der GPU (von %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Max sequences</source>
        <translation>Max. Sequenzen</translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-seqs: the sequences its profiling run samples at once (default 256); their logits are part of the activation peak.</source>
        <translation>vLLMs --max-num-seqs: die Sequenzen, die sein Profiling-Lauf auf einmal sampelt (Standard 256); ihre Logits gehören zur Aktivierungsspitze.</translation>
    </message>
    <message>
        <source>Max se&amp;quences</source>
        <translation>Max. Se&amp;quenzen</translation>
    </message>
    <message>
        <source>vLLM version</source>
        <translation>vLLM-Version</translation>
    </message>
    <message>
        <source>The vLLM release whose rules apply: V0 before 0.8, the hybrid KV cache manager from 0.10, KV cache size printed from the concurrency from 0.20, CUDA graphs taken out of the KV budget from 0.21.</source>
        <translation>Die vLLM-Version, deren Regeln gelten: V0 vor 0.8, der hybride KV-Cache-Manager ab 0.10, die KV-Cache-Größe aus der Nebenläufigkeit ab 0.20, CUDA-Graphen aus dem KV-Budget ab 0.21.</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>%1 (V0 engine)</source>
        <translation>%1 (V0-Engine)</translation>
    </message>
    <message>
        <source>v&amp;LLM version</source>
        <translation>v&amp;LLM-Version</translation>
    </message>
    <message>
        <source>Prefix caching</source>
        <translation>Präfix-Caching</translation>
    </message>
    <message>
        <source>vLLM&apos;s --enable-prefix-caching (on by default in V1): models with recurrent layers then keep two state blocks per request instead of one.</source>
        <translation>vLLMs --enable-prefix-caching (in V1 standardmäßig an): Modelle mit rekurrenten Schichten halten dann zwei Zustandsblöcke pro Anfrage statt einem.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -fa: a smaller compute buffer, and the condition for a quantized V cache. Auto, llama.cpp&apos;s default, turns it on wherever the device runs it (CUDA, ROCm, Metal, Vulkan and the CPU do); off keeps V in F16.</source>
        <translation>-fa von llama.cpp: ein kleinerer Compute-Puffer und die Voraussetzung für einen quantisierten V-Cache. Automatisch, die Voreinstellung von llama.cpp, schaltet sie überall ein, wo das Gerät sie ausführt (CUDA, ROCm, Metal, Vulkan und die CPU tun es); aus hält V in F16.</translation>
    </message>
    <message>
        <source>Auto (on)</source>
        <translation>Automatisch (an)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>V cache type</source>
        <translation>Typ des V-Cache</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -ctv: the type of the cached values when it differs from the keys&apos; (-ctk, the KV-cache choice above). A quantized V cache needs flash attention.</source>
        <translation>-ctv von llama.cpp: der Typ der zwischengespeicherten Werte, wenn er von dem der Schlüssel abweicht (-ctk, die KV-Cache-Wahl oben). Ein quantisierter V-Cache braucht Flash Attention.</translation>
    </message>
    <message>
        <source>Same as K</source>
        <translation>Wie K</translation>
    </message>
    <message>
        <source>&amp;V cache</source>
        <translation>&amp;V-Cache</translation>
    </message>
    <message>
        <source>&amp;Unified KV cache (-kvu)</source>
        <translation>&amp;Gemeinsamer KV-Cache (-kvu)</translation>
    </message>
    <message>
        <source>Unified KV cache</source>
        <translation>Gemeinsamer KV-Cache</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -kvu: one cache of n_ctx cells shared by every sequence (slot) instead of n_ctx / slots cells for each; sliding-window layers then keep a window per slot in it. llama-server without -np runs 4 slots with it on.</source>
        <translation>-kvu von llama.cpp: ein Cache aus n_ctx Zellen, den alle Sequenzen (Slots) teilen, statt n_ctx / Slots Zellen für jede; Schichten mit gleitendem Fenster halten darin dann ein Fenster je Slot. llama-server ohne -np läuft mit 4 Slots und eingeschaltetem -kvu.</translation>
    </message>
    <message>
        <source>CPU MoE layers</source>
        <translation>CPU-MoE-Schichten</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-cpu-moe: the routed experts of the first N layers stay in system RAM and run on the CPU, while attention, shared experts and the KV cache stay on the GPU. Only for mixture-of-experts models.</source>
        <translation>--n-cpu-moe von llama.cpp: Die gerouteten Experten der ersten N Schichten bleiben im Arbeitsspeicher und laufen auf der CPU, Attention, geteilte Experten und der KV-Cache bleiben auf der GPU. Nur für Mixture-of-Experts-Modelle.</translation>
    </message>
    <message>
        <source>CPU &amp;MoE layers</source>
        <translation>CPU-&amp;MoE-Schichten</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ScenarioDocument</name>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>&amp;Szenario öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Recent scenarios</source>
        <translation>Zuletzt geöffnete Szenarien</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Cop&amp;y for a document</source>
        <translation>Für ein Dokument &amp;kopieren</translation>
    </message>
    <message>
        <source>Breakdown as Markdown table</source>
        <translation>Aufteilung als Markdown-Tabelle</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Aufteilungstabelle</translation>
    </message>
    <message>
        <source>Fit matrix as Markdown table</source>
        <translation>Passt-Matrix als Markdown-Tabelle</translation>
    </message>
    <message>
        <source>Fit matrix table</source>
        <translation>Passt-Matrix-Tabelle</translation>
    </message>
    <message>
        <source>%1 as image</source>
        <translation>%1 als Bild</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario %1 has changed since it was saved. Save the changes?</source>
        <translation>Das Szenario %1 wurde seit dem Speichern geändert. Die Änderungen speichern?</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Ein Szenario öffnen</translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation>Das Szenario konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation>Das Szenario konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Das Szenario speichern</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Das Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>Das Diagramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Einen Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown, with the chart next to it (*.md);;CSV, one row per component per GPU (*.csv);;JSON (*.json)</source>
        <translation>Markdown, mit dem Diagramm daneben (*.md);;CSV, eine Zeile pro Komponente und GPU (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Nichts zu kopieren.</translation>
    </message>
    <message>
        <source>%1 copied as Markdown.</source>
        <translation>%1 als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — FitScope</source>
        <translation>%1[*] — FitScope</translation>
    </message>
    <message>
        <source>%1 image (*.%2)</source>
        <translation>%1-Bild (*.%2)</translation>
    </message>
    <message>
        <source>%1 copied as PNG and SVG.</source>
        <translation>%1 als PNG und SVG kopiert.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SolverJumps</name>
    <message>
        <source>Use the &amp;longest context that fits</source>
        <translation>&amp;Längsten passenden Kontext verwenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Use the largest &amp;batch that fits</source>
        <translation>Größten passenden &amp;Batch verwenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Use the most &amp;precise format that fits</source>
        <translation>&amp;Genauestes passendes Format verwenden</translation>
    </message>
    <message>
        <source>Use the &amp;smallest GPU that fits</source>
        <translation>&amp;Kleinste passende GPU verwenden</translation>
    </message>
    <message>
        <source>Select a GPU first: the longest context is the one that fits on it.</source>
        <translation>Wählen Sie zuerst eine GPU: der längste Kontext ist der, der darauf passt.</translation>
    </message>
    <message>
        <source>Not even one token of context fits on this GPU.</source>
        <translation>Nicht einmal ein Token Kontext passt auf diese GPU.</translation>
    </message>
    <message>
        <source>The context is the longest that fits already.</source>
        <translation>Der Kontext ist bereits der längste, der passt.</translation>
    </message>
    <message>
        <source>Longest context</source>
        <translation>Längster Kontext</translation>
    </message>
    <message>
        <source>No batch fits: select a GPU the model fits on.</source>
        <translation>Kein Batch passt: wählen Sie eine GPU, auf die das Modell passt.</translation>
    </message>
    <message>
        <source>The batch is the largest that fits already.</source>
        <translation>Der Batch ist bereits der größte, der passt.</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Größter Batch</translation>
    </message>
    <message>
        <source>No weight format fits on this GPU.</source>
        <translation>Kein Gewichtsformat passt auf diese GPU.</translation>
    </message>
    <message>
        <source>The weight format is the most precise that fits already.</source>
        <translation>Das Gewichtsformat ist bereits das genaueste, das passt.</translation>
    </message>
    <message>
        <source>Most precise format</source>
        <translation>Genauestes Format</translation>
    </message>
    <message>
        <source>No single catalog GPU holds this scenario.</source>
        <translation>Keine einzelne Katalog-GPU fasst dieses Szenario.</translation>
    </message>
    <message>
        <source>The GPU is the smallest that fits already.</source>
        <translation>Die GPU ist bereits die kleinste, die passt.</translation>
    </message>
    <message>
        <source>Smallest GPU</source>
        <translation>Kleinste GPU</translation>
    </message>
    <message>
        <source>Make it fit: %1</source>
        <translation>Passend machen: %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SpeedChart</name>
    <message>
        <source>Decode speed against batch</source>
        <translation>Decode-Geschwindigkeit über dem Batch</translation>
    </message>
    <message>
        <source>Tokens per second of all sequences together as the batch grows, one line per selected GPU with its low–high range, the batch from which a decode step is compute-bound marked, and the current batch.</source>
        <translation>Token pro Sekunde aller Sequenzen zusammen bei wachsendem Batch, eine Linie pro ausgewählter GPU mit ihrer Spanne von niedrig bis hoch, markiert ab welchem Batch ein Decode-Schritt rechengebunden ist, und der aktuelle Batch.</translation>
    </message>
    <message>
        <source>Batch (concurrent sequences, log scale)</source>
        <translation>Batch (gleichzeitige Sequenzen, logarithmisch)</translation>
    </message>
    <message>
        <source>Decode tokens/s, all sequences (log scale)</source>
        <translation>Decode-Token/s, alle Sequenzen (logarithmisch)</translation>
    </message>
    <message>
        <source>Compute-bound from here</source>
        <translation>Ab hier rechengebunden</translation>
    </message>
    <message>
        <source>does not fit in memory</source>
        <translation>passt nicht in den Speicher</translation>
    </message>
    <message>
        <source>low–high range</source>
        <translation>Spanne niedrig–hoch</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>rechengebunden ab Batch %1</translation>
    </message>
    <message>
        <source>No speed to show.</source>
        <translation>Keine Geschwindigkeit anzuzeigen.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Batch %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: &lt;b&gt;%3&lt;/b&gt; tokens/s (%4–%5), %6 per sequence%7%8</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: &lt;b&gt;%3&lt;/b&gt; Token/s (%4–%5), %6 pro Sequenz%7%8</translation>
    </message>
    <message>
        <source>, compute-bound</source>
        <translation>, rechengebunden</translation>
    </message>
    <message>
        <source>, memory-bound</source>
        <translation>, speichergebunden</translation>
    </message>
    <message>
        <source>, &lt;i&gt;does not fit&lt;/i&gt;</source>
        <translation>, &lt;i&gt;passt nicht&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SummaryPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What else fits</source>
        <translation>Was sonst passt</translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb against the accurate figure</source>
        <translation>Die Faustregel des Artikels im Vergleich zum genauen Wert</translation>
    </message>
    <message>
        <source>The article&apos;s rule: weights × (1 + overhead) + KV cache. The accurate figure comes from the chosen runtime profile, measured on real hardware.</source>
        <translation>Die Regel des Artikels: Gewichte × (1 + Overhead) + KV-Cache. Der genaue Wert stammt aus dem gewählten Laufzeitprofil, gemessen auf echter Hardware.</translation>
    </message>
    <message>
        <source>NO GPU</source>
        <translation>KEINE GPU</translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation>Keine GPU ausgewählt</translation>
    </message>
    <message>
        <source>Speed and runtime details</source>
        <translation>Details zu Geschwindigkeit und Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Changes that make it fit</source>
        <translation>Änderungen, mit denen es passt</translation>
    </message>
    <message>
        <source>The cheapest changes after which the model fits; click one to apply it (Ctrl+Z undoes it).</source>
        <translation>Die günstigsten Änderungen, nach denen das Modell passt; klicken Sie auf eine, um sie anzuwenden (Strg+Z macht sie rückgängig).</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::Workspace</name>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Pin scenario</source>
        <translation>Szenario &amp;anheften</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Compare pinned scenarios</source>
        <translation>Angeheftete Szenarien &amp;vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette…</translation>
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
        <translation>Acht Szenarien sind angeheftet: lösen Sie eines, um ein weiteres anzuheften.</translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation>„%1“ anheften</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>„%1“ lösen</translation>
    </message>
    <message>
        <source>Baseline “%1”</source>
        <translation>Basis „%1“</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Keine Basis</translation>
    </message>
    <message>
        <source>Rename “%1” → “%2”</source>
        <translation>„%1“ → „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>„%1“ zeigen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Export %1 as %2…</source>
        <translation>%1 als %2 exportieren…</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>KV cache: %1</source>
        <translation>KV-Cache: %1</translation>
    </message>
    <message>
        <source>Runtime: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::AccuracyChart</name>
    <message>
        <source>Accuracy per bit</source>
        <translation>Genauigkeit pro Bit</translation>
    </message>
    <message>
        <source>Bits per weight against the output error (log scale), one point per scheme, with the Pareto frontier: the schemes no other beats on both size and error.</source>
        <translation>Bits pro Gewicht gegen den Ausgabefehler (logarithmisch), ein Punkt pro Verfahren, mit der Pareto-Front: die Verfahren, die kein anderes bei Größe und Fehler zugleich schlägt.</translation>
    </message>
    <message>
        <source>Stored bits per weight (scales included)</source>
        <translation>Gespeicherte Bits pro Gewicht (Skalierungen inbegriffen)</translation>
    </message>
    <message>
        <source>Output error ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, log scale)</source>
        <translation>Ausgabefehler ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, logarithmisch)</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Pick schemes and press Run to see what each costs and buys.</source>
        <translation>Verfahren auswählen und Ausführen drücken, um zu sehen, was jedes kostet und bringt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;bits per weight: %3&lt;br&gt;stored: %4 bytes&lt;br&gt;output error: %5&lt;br&gt;RMSE: %6&lt;br&gt;SNR: %7 dB&lt;br&gt;max |error|: %8&lt;br&gt;cosine: %9&lt;br&gt;quantized in %10 ms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Bits pro Gewicht: %3&lt;br&gt;gespeichert: %4 Byte&lt;br&gt;Ausgabefehler: %5&lt;br&gt;RMSE: %6&lt;br&gt;SNR: %7 dB&lt;br&gt;max. |Fehler|: %8&lt;br&gt;Kosinus: %9&lt;br&gt;quantisiert in %10 ms</translation>
    </message>
    <message>
        <source> (on the frontier)</source>
        <translation> (auf der Front)</translation>
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
        <translation>Verteilung von Gewichten und Fehler</translation>
    </message>
    <message>
        <source>Top: the histogram of the original weights, the chosen block&apos;s weights and the values the selected scheme can represent in that block. Bottom: the histogram of the weight error.</source>
        <translation>Oben: das Histogramm der ursprünglichen Gewichte, der Gewichte des gewählten Blocks und der Werte, die das gewählte Verfahren in diesem Block darstellen kann. Unten: das Histogramm des Gewichtsfehlers.</translation>
    </message>
    <message>
        <source>Weights and representable levels</source>
        <translation>Gewichte und darstellbare Stufen</translation>
    </message>
    <message>
        <source>Error histogram</source>
        <translation>Fehlerhistogramm</translation>
    </message>
    <message>
        <source>Weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <source>Share of weights (%)</source>
        <translation>Anteil der Gewichte (%)</translation>
    </message>
    <message>
        <source>All weights of the tensor</source>
        <translation>Alle Gewichte des Tensors</translation>
    </message>
    <message>
        <source>Weights of the chosen block</source>
        <translation>Gewichte des gewählten Blocks</translation>
    </message>
    <message>
        <source>Values the block can represent</source>
        <translation>Werte, die der Block darstellen kann</translation>
    </message>
    <message>
        <source>Weight error w − ŵ</source>
        <translation>Gewichtsfehler w − ŵ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Run the lab to see the weights.</source>
        <translation>Das Labor ausführen, um die Gewichte zu sehen.</translation>
    </message>
    <message>
        <source>%1
%2 · %3: %4 representable values%5</source>
        <translation>%1
%2 · %3: %4 darstellbare Werte%5</translation>
    </message>
    <message>
        <source> (too many to draw)</source>
        <translation> (zu viele zum Zeichnen)</translation>
    </message>
    <message>
        <source>%1: RMSE %2, max |error| %3</source>
        <translation>%1: RMSE %2, max. |Fehler| %3</translation>
    </message>
    <message>
        <source>Select a finished scheme to see its error.</source>
        <translation>Ein fertiges Verfahren auswählen, um seinen Fehler zu sehen.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ExplorerLabLink</name>
    <message>
        <source>Measured error of this format</source>
        <translation>Gemessener Fehler dieses Formats</translation>
    </message>
    <message>
        <source>The output error this scheme showed in the quantization lab&apos;s last run, on its sample tensor; the link opens the lab on it.</source>
        <translation>Der Ausgabefehler, den dieses Verfahren im letzten Lauf des Quantisierungslabors auf seinem Beispieltensor zeigte; der Link öffnet das Labor damit.</translation>
    </message>
    <message>
        <source>Error not measured yet: &lt;a href=&quot;%1&quot;&gt;try %2 in the quantization lab&lt;/a&gt;</source>
        <translation>Fehler noch nicht gemessen: &lt;a href=&quot;%1&quot;&gt;%2 im Quantisierungslabor ausprobieren&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;%2&quot;&gt;open in the lab&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;%2&quot;&gt;im Labor öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabControlPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Quantize the tensor with every checked scheme and measure the error (Ctrl+Return).</source>
        <translation>Den Tensor mit jedem angehakten Verfahren quantisieren und den Fehler messen (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; schemes already finished keep their results (Esc).</source>
        <translation>Den Lauf anhalten; bereits fertige Verfahren behalten ihre Ergebnisse (Esc).</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>How far the whole run is: the tensor, then each scheme in turn.</source>
        <translation>Wie weit der ganze Lauf ist: erst der Tensor, dann jedes Verfahren der Reihe nach.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Tensor source</source>
        <translation>Tensorquelle</translation>
    </message>
    <message>
        <source>Generate a sample tensor with calibration activations, or open a weight from a .npy, .safetensors or .gguf file.</source>
        <translation>Einen Beispieltensor mit Kalibrierungsaktivierungen erzeugen oder ein Gewicht aus einer .npy-, .safetensors- oder .gguf-Datei öffnen.</translation>
    </message>
    <message>
        <source>Generated sample</source>
        <translation>Erzeugtes Beispiel</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Gaussian weights; heavy-tailed (Laplace) weights; or transformer-like weights with activations whose few outlier features are 10–100× larger than the rest.</source>
        <translation>Gaußsche Gewichte; Gewichte mit schweren Rändern (Laplace); oder transformerartige Gewichte mit Aktivierungen, deren wenige Ausreißer-Features 10–100× größer sind als der Rest.</translation>
    </message>
    <message>
        <source>Transformer-like</source>
        <translation>Transformerartig</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaußsch</translation>
    </message>
    <message>
        <source>Heavy-tailed (Laplace)</source>
        <translation>Schwere Ränder (Laplace)</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Output features of the weight matrix (its rows).</source>
        <translation>Ausgabe-Features der Gewichtsmatrix (ihre Zeilen).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Input features of the weight matrix (its columns); GGUF K-quants need a multiple of 256.</source>
        <translation>Eingabe-Features der Gewichtsmatrix (ihre Spalten); GGUF-K-Quants brauchen ein Vielfaches von 256.</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation>Ausreißer-Features</translation>
    </message>
    <message>
        <source>How many input features carry large activations (transformer-like only; LLM.int8() found about 0.1 % of them).</source>
        <translation>Wie viele Eingabe-Features große Aktivierungen tragen (nur transformerartig; LLM.int8() fand etwa 0,1 % davon).</translation>
    </message>
    <message>
        <source>Outlier &amp;features</source>
        <translation>Ausreißer-&amp;Features</translation>
    </message>
    <message>
        <source>Outlier magnitude</source>
        <translation>Ausreißer-Größe</translation>
    </message>
    <message>
        <source>The largest outlier activation; outliers range from a tenth of it up to it (the paper saw 6 to 60).</source>
        <translation>Die größte Ausreißer-Aktivierung; Ausreißer reichen von einem Zehntel davon bis zu ihr (das Paper sah 6 bis 60).</translation>
    </message>
    <message>
        <source>Outlier &amp;magnitude</source>
        <translation>Ausreißer-&amp;Größe</translation>
    </message>
    <message>
        <source>Tensor file</source>
        <translation>Tensordatei</translation>
    </message>
    <message>
        <source>A .npy, .safetensors or .gguf file (or a model folder); press Enter after typing.</source>
        <translation>Eine .npy-, .safetensors- oder .gguf-Datei (oder ein Modellordner); nach dem Tippen Eingabe drücken.</translation>
    </message>
    <message>
        <source>model.safetensors, model.gguf, weight.npy</source>
        <translation>model.safetensors, model.gguf, weight.npy</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a tensor file</source>
        <translation>Nach einer Tensordatei suchen</translation>
    </message>
    <message>
        <source>Choose a .npy, .safetensors or .gguf file.</source>
        <translation>Eine .npy-, .safetensors- oder .gguf-Datei wählen.</translation>
    </message>
    <message>
        <source>The tensor to quantize, by name: 2-D tensors whose stored type FitScope can read as float.</source>
        <translation>Der zu quantisierende Tensor, nach Name: 2-D-Tensoren, deren gespeicherten Typ FitScope als Gleitkomma lesen kann.</translation>
    </message>
    <message>
        <source>&amp;Tensor</source>
        <translation>&amp;Tensor</translation>
    </message>
    <message>
        <source>Calibration tokens</source>
        <translation>Kalibrierungstoken</translation>
    </message>
    <message>
        <source>Activation rows used to measure the output error and to calibrate LLM.int8(), GPTQ and AWQ (a file gets Gaussian activations).</source>
        <translation>Aktivierungszeilen, mit denen der Ausgabefehler gemessen und LLM.int8(), GPTQ und AWQ kalibriert werden (eine Datei erhält gaußsche Aktivierungen).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same tensor on every machine.</source>
        <translation>Der Zufallsstartwert: derselbe Startwert ergibt auf jedem Rechner denselben Tensor.</translation>
    </message>
    <message>
        <source>Calibration to&amp;kens</source>
        <translation>Kalibrierungs&amp;token</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Startwert</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Check the schemes to run (Space toggles the current one; a group&apos;s box toggles the whole group).</source>
        <translation>Die auszuführenden Verfahren anhaken (Leertaste schaltet das aktuelle um; das Kästchen einer Gruppe schaltet die ganze Gruppe).</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Weights sharing one scale (0: one scale per row or tensor).</source>
        <translation>Gewichte, die sich eine Skalierung teilen (0: eine Skalierung pro Zeile oder Tensor).</translation>
    </message>
    <message>
        <source>Whether each group also stores an offset, so it need not be symmetric around zero.</source>
        <translation>Ob jede Gruppe zusätzlich einen Versatz speichert, damit sie nicht symmetrisch um null sein muss.</translation>
    </message>
    <message>
        <source>Check or uncheck every %1 scheme.</source>
        <translation>Jedes %1-Verfahren an- oder abhaken.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>LLM.int8() threshold</source>
        <translation>LLM.int8()-Schwellenwert</translation>
    </message>
    <message>
        <source>LLM.int8() keeps in FP16 every input column whose activation reaches this magnitude (the paper uses 6).</source>
        <translation>LLM.int8() hält jede Eingabespalte in FP16, deren Aktivierung diese Größe erreicht (das Paper verwendet 6).</translation>
    </message>
    <message>
        <source>LLM.int8() &amp;threshold</source>
        <translation>LLM.int8()-&amp;Schwellenwert</translation>
    </message>
    <message>
        <source>GPTQ damping</source>
        <translation>GPTQ-Dämpfung</translation>
    </message>
    <message>
        <source>GPTQ adds this fraction of the Hessian&apos;s mean diagonal to its diagonal, so the inverse stays stable (the reference uses 1 %).</source>
        <translation>GPTQ addiert diesen Anteil der mittleren Diagonale der Hesse-Matrix zu ihrer Diagonale, damit die Inverse stabil bleibt (die Referenz verwendet 1 %).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPTQ &amp;damping</source>
        <translation>GPTQ-&amp;Dämpfung</translation>
    </message>
    <message>
        <source>GPTQ &amp;act-order</source>
        <translation>GPTQ-&amp;Act-Order</translation>
    </message>
    <message>
        <source>GPTQ act-order</source>
        <translation>GPTQ-Act-Order</translation>
    </message>
    <message>
        <source>GPTQ rounds the columns with the largest activations first, while the most compensation is still possible.</source>
        <translation>GPTQ rundet die Spalten mit den größten Aktivierungen zuerst, solange noch die meiste Kompensation möglich ist.</translation>
    </message>
    <message>
        <source>Open a tensor</source>
        <translation>Einen Tensor öffnen</translation>
    </message>
    <message>
        <source>Tensors (*.npy *.safetensors *.gguf);;All files (*)</source>
        <translation>Tensoren (*.npy *.safetensors *.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A .npy file holds one tensor (float32 or float16, 1-D or 2-D).</source>
        <translation>Eine .npy-Datei enthält einen Tensor (float32 oder float16, 1-D oder 2-D).</translation>
    </message>
    <message>
        <source>%1  [%2, %3]</source>
        <translation>%1  [%2, %3]</translation>
    </message>
    <message>
        <source>%1 of %2 tensors can be quantized here.</source>
        <translation>%1 von %2 Tensoren können hier quantisiert werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabPage</name>
    <message>
        <source>The controls changed since this run: the results below are from the previous settings. Press Run to measure again.</source>
        <translation>Die Einstellungen haben sich seit diesem Lauf geändert: die Ergebnisse unten stammen von den vorherigen Einstellungen. Ausführen drücken, um neu zu messen.</translation>
    </message>
    <message>
        <source>Results are stale</source>
        <translation>Ergebnisse sind veraltet</translation>
    </message>
    <message>
        <source>&amp;Use in the fit explorer</source>
        <translation>Im Fit-Explorer &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected scheme in the fit explorer</source>
        <translation>Das gewählte Verfahren im Fit-Explorer verwenden</translation>
    </message>
    <message>
        <source>Makes the selected scheme the fit explorer&apos;s weight precision and switches to the explorer.</source>
        <translation>Macht das gewählte Verfahren zur Gewichtspräzision des Fit-Explorers und wechselt zum Explorer.</translation>
    </message>
    <message>
        <source>Results (Ctrl+C copies the selected rows)</source>
        <translation>Ergebnisse (Strg+C kopiert die ausgewählten Zeilen)</translation>
    </message>
    <message>
        <source>Measured read bandwidth: %1 GB/s.</source>
        <translation>Gemessene Lesebandbreite: %1 GB/s.</translation>
    </message>
    <message>
        <source>Benchmark failed: %1</source>
        <translation>Benchmark fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Lab views</source>
        <translation>Laboransichten</translation>
    </message>
    <message>
        <source>Lower left is better: fewer bits and less error. Hover a point for every metric; click it to select the scheme.</source>
        <translation>Unten links ist besser: weniger Bits und weniger Fehler. Mit der Maus über einen Punkt fahren für alle Kennzahlen; anklicken, um das Verfahren auszuwählen.</translation>
    </message>
    <message>
        <source>&amp;Accuracy per bit</source>
        <translation>&amp;Genauigkeit pro Bit</translation>
    </message>
    <message>
        <source>Scheme shown in the distribution</source>
        <translation>In der Verteilung gezeigtes Verfahren</translation>
    </message>
    <message>
        <source>The finished scheme whose levels and error the distribution shows.</source>
        <translation>Das fertige Verfahren, dessen Stufen und Fehler die Verteilung zeigt.</translation>
    </message>
    <message>
        <source>Block shown in the distribution</source>
        <translation>In der Verteilung gezeigter Block</translation>
    </message>
    <message>
        <source>The block whose weights and representable values are drawn: the one holding the largest weight (its scale is stretched the most) or the first one.</source>
        <translation>Der Block, dessen Gewichte und darstellbare Werte gezeichnet werden: der mit dem größten Gewicht (seine Skalierung wird am stärksten gedehnt) oder der erste.</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>&amp;Verfahren</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>A few input features carry huge activations. Any rounding error in their weight column is multiplied by them: one global scale makes every column coarse, LLM.int8() keeps those columns in FP16.</source>
        <translation>Einige wenige Eingabe-Features tragen riesige Aktivierungen. Jeder Rundungsfehler in ihrer Gewichtsspalte wird mit ihnen multipliziert: eine globale Skalierung macht jede Spalte grob, LLM.int8() hält diese Spalten in FP16.</translation>
    </message>
    <message>
        <source>&amp;Outliers</source>
        <translation>&amp;Ausreißer</translation>
    </message>
    <message>
        <source>Run &amp;benchmark</source>
        <translation>&amp;Benchmark ausführen</translation>
    </message>
    <message>
        <source>Run benchmark</source>
        <translation>Benchmark ausführen</translation>
    </message>
    <message>
        <source>Measure this machine&apos;s memory bandwidth and the matrix-vector speed of each format (a few seconds, off the window&apos;s thread).</source>
        <translation>Die Speicherbandbreite dieses Rechners und die Matrix-Vektor-Geschwindigkeit jedes Formats messen (einige Sekunden, außerhalb des Fenster-Threads).</translation>
    </message>
    <message>
        <source>Cancel benchmark</source>
        <translation>Benchmark abbrechen</translation>
    </message>
    <message>
        <source>Stop the benchmark.</source>
        <translation>Den Benchmark anhalten.</translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation>Fortschritt des Benchmarks</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>Check at least one scheme.</source>
        <translation>Mindestens ein Verfahren anhaken.</translation>
    </message>
    <message>
        <source>Preparing the tensor…</source>
        <translation>Tensor wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancelled. Finished schemes keep their results.</source>
        <translation>Abgebrochen. Fertige Verfahren behalten ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>Preparing the tensor… %1 %</source>
        <translation>Tensor wird vorbereitet… %1 %</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2 von %3)…</translation>
    </message>
    <message>
        <source>Could not make the tensor: %1</source>
        <translation>Der Tensor konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Quantization lab: %1</source>
        <translation>Quantisierungslabor: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done: %1 schemes on %2.</source>
        <translation>Fertig: %1 Verfahren auf %2.</translation>
    </message>
    <message>
        <source>Make %1 the fit explorer&apos;s weight precision.</source>
        <translation>%1 zur Gewichtspräzision des Fit-Explorers machen.</translation>
    </message>
    <message>
        <source>The fit explorer has no weight format for this scheme.</source>
        <translation>Der Fit-Explorer hat kein Gewichtsformat für dieses Verfahren.</translation>
    </message>
    <message>
        <source>%1 is checked: press Run to measure it.</source>
        <translation>%1 ist angehakt: Ausführen drücken, um es zu messen.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Messung läuft…</translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation>Benchmark abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabResultsHub</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: output error %2 on %3</source>
        <translation>%1: Ausgabefehler %2 auf %3</translation>
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
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>done (stale)</source>
        <translation>fertig (veraltet)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/Gewicht</translation>
    </message>
    <message>
        <source>Stored bytes</source>
        <translation>Gespeicherte Bytes</translation>
    </message>
    <message>
        <source>Output error</source>
        <translation>Ausgabefehler</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>SNR (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <source>Max |error|</source>
        <translation>Max. |Fehler|</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Quantize (ms)</source>
        <translation>Quantisieren (ms)</translation>
    </message>
    <message>
        <source>Stored bits per weight, counted from the packed bytes: scales, zero-points and outlier columns included.</source>
        <translation>Gespeicherte Bits pro Gewicht, gezählt aus den gepackten Bytes: Skalierungen, Nullpunkte und Ausreißerspalten inbegriffen.</translation>
    </message>
    <message>
        <source>‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ on the calibration activations: how far the layer&apos;s output moves.</source>
        <translation>‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ auf den Kalibrierungsaktivierungen: wie weit sich die Ausgabe der Schicht verschiebt.</translation>
    </message>
    <message>
        <source>Root mean square of the weight error w − ŵ.</source>
        <translation>Quadratisches Mittel des Gewichtsfehlers w − ŵ.</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio of the weights: 10·log10(Σw² / Σ(w − ŵ)²).</source>
        <translation>Signal-Rausch-Verhältnis der Gewichte: 10·log10(Σw² / Σ(w − ŵ)²).</translation>
    </message>
    <message>
        <source>The largest error on any single weight.</source>
        <translation>Der größte Fehler eines einzelnen Gewichts.</translation>
    </message>
    <message>
        <source>Cosine similarity between the original and the dequantized weights.</source>
        <translation>Kosinusähnlichkeit zwischen den ursprünglichen und den dequantisierten Gewichten.</translation>
    </message>
    <message>
        <source>Time to quantize the tensor on this machine.</source>
        <translation>Zeit, um den Tensor auf diesem Rechner zu quantisieren.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabWorker</name>
    <message>
        <source>Gaussian</source>
        <translation>Gaußsch</translation>
    </message>
    <message>
        <source>heavy-tailed</source>
        <translation>mit schweren Rändern</translation>
    </message>
    <message>
        <source>transformer-like</source>
        <translation>transformerartig</translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (holds the largest |w|)</source>
        <translation>Zeile %1, Spalten %2–%3 (enthält das größte |w|)</translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (the first block)</source>
        <translation>Zeile %1, Spalten %2–%3 (der erste Block)</translation>
    </message>
    <message>
        <source>the %1 sample</source>
        <translation>das %1 Beispiel</translation>
    </message>
    <message>
        <source>%1 %2 × %3, %4 calibration tokens, seed %5</source>
        <translation>%1 %2 × %3, %4 Kalibrierungstoken, Startwert %5</translation>
    </message>
    <message>
        <source>%1 from %2: %3 × %4, %5 Gaussian calibration tokens</source>
        <translation>%1 aus %2: %3 × %4, %5 gaußsche Kalibrierungstoken</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::OutlierChart</name>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Left: the largest activation of each input feature, outliers highlighted. Right: the output error each input feature contributes with one INT8 scale per tensor, per channel, and with LLM.int8().</source>
        <translation>Links: die größte Aktivierung jedes Eingabe-Features, Ausreißer hervorgehoben. Rechts: der Ausgabefehler, den jedes Eingabe-Feature mit einer INT8-Skalierung pro Tensor, pro Kanal und mit LLM.int8() beiträgt.</translation>
    </message>
    <message>
        <source>Activation magnitude per input feature</source>
        <translation>Aktivierungsgröße pro Eingabe-Feature</translation>
    </message>
    <message>
        <source>Output error per input feature</source>
        <translation>Ausgabefehler pro Eingabe-Feature</translation>
    </message>
    <message>
        <source>Input feature (column of W)</source>
        <translation>Eingabe-Feature (Spalte von W)</translation>
    </message>
    <message>
        <source>max |x| over the calibration tokens</source>
        <translation>max |x| über die Kalibrierungstoken</translation>
    </message>
    <message>
        <source>Ordinary features</source>
        <translation>Gewöhnliche Features</translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation>Ausreißer-Features</translation>
    </message>
    <message>
        <source>Share of ‖XWᵀ‖² lost through this feature (log)</source>
        <translation>Anteil an ‖XWᵀ‖², der durch dieses Feature verloren geht (log)</translation>
    </message>
    <message>
        <source>Run the lab to see the activations.</source>
        <translation>Das Labor ausführen, um die Aktivierungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 features reach |x| ≥ %3 (dashed line)</source>
        <translation>%1 von %2 Features erreichen |x| ≥ %3 (gestrichelte Linie)</translation>
    </message>
    <message>
        <source>%1 (output error %2)</source>
        <translation>%1 (Ausgabefehler %2)</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ResultsTable</name>
    <message>
        <source>Results table</source>
        <translation>Ergebnistabelle</translation>
    </message>
    <message>
        <source>Every metric of every scheme of the last run. Click a header to sort; Ctrl+C copies the selected rows as tab-separated text.</source>
        <translation>Jede Kennzahl jedes Verfahrens des letzten Laufs. Zum Sortieren auf eine Spaltenüberschrift klicken; Strg+C kopiert die ausgewählten Zeilen als tabulatorgetrennten Text.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::SpeedChart</name>
    <message>
        <source>GEMV speed per format</source>
        <translation>GEMV-Geschwindigkeit pro Format</translation>
    </message>
    <message>
        <source>Weight bytes read per second (GB/s)</source>
        <translation>Gelesene Gewichtsbytes pro Sekunde (GB/s)</translation>
    </message>
    <message>
        <source>GEMV throughput</source>
        <translation>GEMV-Durchsatz</translation>
    </message>
    <message>
        <source>Press Run benchmark to measure this machine: memory bandwidth, then a matrix-vector product in each format.</source>
        <translation>Benchmark ausführen drücken, um diesen Rechner zu messen: erst die Speicherbandbreite, dann ein Matrix-Vektor-Produkt in jedem Format.</translation>
    </message>
    <message>
        <source>%1 GB/s
%2 %</source>
        <translation>%1 GB/s
%2 %</translation>
    </message>
    <message>
        <source>Matrix-vector throughput per weight format, in GB/s of weight bytes read, against the best memory read bandwidth of the run (the dashed line). Each bar&apos;s percentage is its share of the read bandwidth measured alongside that kernel.</source>
        <translation>Matrix-Vektor-Durchsatz pro Gewichtsformat, in GB/s gelesener Gewichtsbytes, im Vergleich zur besten Speicher-Lesebandbreite des Laufs (die gestrichelte Linie). Der Prozentwert jedes Balkens ist sein Anteil an der Lesebandbreite, die zusammen mit diesem Kernel gemessen wurde.</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>Dashed line: best read bandwidth of the run, %1 GB/s (STREAM triad %2 GB/s)
Bars: weight bytes read per second; the percentage is each kernel&apos;s share
of the read bandwidth measured alongside it (%3 kernels, %4 threads)</source>
        <translation>Gestrichelte Linie: beste Lesebandbreite des Laufs, %1 GB/s (STREAM Triad %2 GB/s)
Balken: gelesene Gewichtsbytes pro Sekunde; der Prozentwert ist der Anteil jedes Kernels
an der zusammen mit ihm gemessenen Lesebandbreite (%3-Kernels, %4 Threads)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FitScope: does this LLM fit on this GPU, at this precision and context, and why.</source>
        <translation>FitScope: Passt dieses LLM auf diese GPU, bei dieser Präzision und diesem Kontext, und warum.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Render the window offscreen with the saved (or default) scenario, write it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Das Fenster mit dem gespeicherten (oder Standard-)Szenario außerhalb des Bildschirms zeichnen, als PNG in &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Screenshot width in pixels (default 1440).</source>
        <translation>Breite des Bildschirmfotos in Pixeln (Standard 1440).</translation>
    </message>
    <message>
        <source>Screenshot height in pixels (default 900).</source>
        <translation>Höhe des Bildschirmfotos in Pixeln (Standard 900).</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted frame.</source>
        <translation>Die Zeit vom Start bis zum ersten gezeichneten Bild ausgeben.</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt;.</source>
        <translation>Einstellungen in &lt;file&gt; lesen und schreiben.</translation>
    </message>
    <message>
        <source>Start with the default settings.</source>
        <translation>Mit den Standardeinstellungen starten.</translation>
    </message>
    <message>
        <source>Use the system, light or dark theme (instead of the preference).</source>
        <translation>Das System-, helle oder dunkle Design verwenden (statt der Einstellung).</translation>
    </message>
    <message>
        <source>Use this language, e.g. de, es, zh_CN or en (instead of the preference).</source>
        <translation>Diese Sprache verwenden, z. B. de, es, zh_CN oder en (statt der Einstellung).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme muss system, light oder dark sein.</translation>
    </message>
    <message>
        <source>--%1 must be a number of pixels from 200 to 10000.</source>
        <translation>--%1 muss eine Pixelzahl von 200 bis 10000 sein.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>Gleitkomma</translation>
    </message>
    <message>
        <source>Integer (8-bit)</source>
        <translation>Ganzzahl (8 Bit)</translation>
    </message>
    <message>
        <source>4-bit and below</source>
        <translation>4 Bit und weniger</translation>
    </message>
    <message>
        <source>GGUF (llama.cpp)</source>
        <translation>GGUF (llama.cpp)</translation>
    </message>
</context>
</TS>
