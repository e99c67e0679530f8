<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChartExport</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>the size %1 × %2 is outside %3 to %4 pixels per side</source>
        <translation>el tamaño %1 × %2 está fuera de %3 a %4 píxeles por lado</translation>
    </message>
    <message>
        <source>the scale %1 is outside 1 to %2</source>
        <translation>la escala %1 está fuera de 1 a %2</translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation>Memoria frente a capacidad</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>Memoria según la longitud de contexto</translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation>Matriz de ajuste</translation>
    </message>
    <message>
        <source>%1 in %2: memory per GPU against capacity</source>
        <translation>%1 en %2: memoria por GPU frente a capacidad</translation>
    </message>
    <message>
        <source>%1: memory per GPU against context length</source>
        <translation>%1: memoria por GPU según la longitud de contexto</translation>
    </message>
    <message>
        <source>Which models fit: %1, %2 tokens × %3</source>
        <translation>Qué modelos caben: %1, %2 tokens × %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 encoder failed</source>
        <translation>no se puede escribir %1: falló el codificador %2</translation>
    </message>
    <message>
        <source>Decode speed against batch</source>
        <translation>Velocidad de decodificación según el lote</translation>
    </message>
    <message>
        <source>%1 in %2: decode speed against batch</source>
        <translation>%1 en %2: velocidad de decodificación según el lote</translation>
    </message>
    <message>
        <source>Quantization lab: error against bits per weight</source>
        <translation>Laboratorio de cuantización: error frente a bits por peso</translation>
    </message>
    <message>
        <source>The quantization lab has no results yet: run it first, then export its chart.</source>
        <translation>El laboratorio de cuantización aún no tiene resultados: ejecútelo primero y luego exporte su gráfico.</translation>
    </message>
    <message>
        <source>%1 needs the fit explorer&apos;s scenario.</source>
        <translation>%1 necesita el escenario del explorador de ajuste.</translation>
    </message>
    <message>
        <source>Quantization schemes on %1: output error against bits per weight</source>
        <translation>Esquemas de cuantización sobre %1: error de salida frente a bits por peso</translation>
    </message>
    <message>
        <source>Quantization lab · %1 · %2 · %3</source>
        <translation>Laboratorio de cuantización · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>KV cache per layer</source>
        <translation>Caché KV por capa</translation>
    </message>
    <message>
        <source>%1: KV cache per layer at %2 tokens</source>
        <translation>%1: caché KV por capa con %2 tokens</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Output head</source>
        <translation>Cabeza de salida</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Primary GPU</source>
        <translation>GPU principal</translation>
    </message>
    <message>
        <source>Weights per GPU</source>
        <translation>Pesos por GPU</translation>
    </message>
    <message>
        <source>KV cache per GPU</source>
        <translation>Caché KV por GPU</translation>
    </message>
    <message>
        <source>Activations per GPU</source>
        <translation>Activaciones por GPU</translation>
    </message>
    <message>
        <source>Overhead per GPU</source>
        <translation>Sobrecarga por GPU</translation>
    </message>
    <message>
        <source>Training state per GPU</source>
        <translation>Estado de entrenamiento por GPU</translation>
    </message>
    <message>
        <source>Total per GPU</source>
        <translation>Total por GPU</translation>
    </message>
    <message>
        <source>Usable memory per GPU</source>
        <translation>Memoria utilizable por GPU</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Decode speed (all sequences)</source>
        <translation>Velocidad de decodificación (todas las secuencias)</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>Velocidad de prellenado</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Lab: output error of the weight format</source>
        <translation>Laboratorio: error de salida del formato de pesos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inferencia</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <source>Runtime option %1</source>
        <translation>Opción del entorno %1</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> tokens/s</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>Imágenes por solicitud</translation>
    </message>
    <message>
        <source>Already in use per GPU</source>
        <translation>Ya en uso por GPU</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>Límite de memoria de la GPU</translation>
    </message>
    <message>
        <source>In use by other processes per GPU</source>
        <translation>En uso por otros procesos por GPU</translation>
    </message>
</context>
<context>
    <name>ComponentColors</name>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format, scales included.</source>
        <translation>Los parámetros del modelo en el formato elegido, escalas incluidas.</translation>
    </message>
    <message>
        <source>Keys and values cached for every token of every sequence, so they are not recomputed.</source>
        <translation>Claves y valores guardados para cada token de cada secuencia, para no recalcularlos.</translation>
    </message>
    <message>
        <source>Temporary tensors alive at the peak of a forward pass (prefill).</source>
        <translation>Tensores temporales vivos en el pico de una pasada hacia delante (prefill).</translation>
    </message>
    <message>
        <source>Runtime costs: CUDA context, libraries, allocator reserve, buffers.</source>
        <translation>Costes del entorno de ejecución: contexto CUDA, bibliotecas, reserva del asignador, búferes.</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Estados del optimizador</translation>
    </message>
    <message>
        <source>Fine-tuning: one gradient per trainable weight, kept for the optimizer step.</source>
        <translation>Ajuste fino: un gradiente por peso entrenable, guardado para el paso del optimizador.</translation>
    </message>
    <message>
        <source>Fine-tuning: AdamW&apos;s two moments per trainable weight and the FP32 master weights.</source>
        <translation>Ajuste fino: los dos momentos de AdamW por peso entrenable y los pesos maestros en FP32.</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Shape assumed for a bare parameter count: a Llama-2-style decoder with {0} layers, hidden size {1}, {2} attention heads and {3} KV heads.</source>
        <translation>Forma supuesta para un simple número de parámetros: un decodificador al estilo de Llama 2 con {0} capas, tamaño oculto {1}, {2} cabezas de atención y {3} cabezas KV.</translation>
    </message>
    <message>
        <source>Mixture of experts: {0} parameters in total, {1} active per token; all experts stay in memory.</source>
        <translation>Mezcla de expertos: {0} parámetros en total, {1} activos por token; todos los expertos permanecen en memoria.</translation>
    </message>
    <message>
        <source>Weights (article&apos;s rule): {0} parameters × {1} bytes = {2}</source>
        <translation>Pesos (regla del artículo): {0} parámetros × {1} bytes = {2}</translation>
    </message>
    <message>
        <source>Weights as stored in the model file ({name}): every tensor&apos;s exact bytes, {0} bits per weight on average = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation>Pesos tal como están en el archivo del modelo ({name}): los bytes exactos de cada tensor, {0} bits por peso de media = {1} (embeddings {2}, capas {3}, normas {4}, cabeza de salida {5})</translation>
    </message>
    <message>
        <source>Weights as stored ({name}): {0} bits per weight on average, scales, zero-points and 16-bit embeddings, norms and output head included = {1} (embeddings {2}, layers {3}, norms {4}, output head {5})</source>
        <translation>Pesos tal como se almacenan ({name}): {0} bits por peso de media, con escalas, puntos cero y embeddings, normas y cabeza de salida en 16 bits = {1} (embeddings {2}, capas {3}, normas {4}, cabeza de salida {5})</translation>
    </message>
    <message>
        <source>KV cache (multi-head latent attention): {0} layers × ({1} latent + {2} rotary) values × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation>Caché KV (atención latente multicabeza): {0} capas × ({1} latentes + {2} rotatorios) valores × {3} tokens × {4} secuencias × {5} bytes ({name}) = {6}</translation>
    </message>
    <message>
        <source>KV cache: transformers caches MLA keys and values decompressed, {0} heads × ({1} + {2}) per layer and token = {3}</source>
        <translation>Caché KV: transformers guarda las claves y valores MLA descomprimidos, {0} cabezas × ({1} + {2}) por capa y token = {3}</translation>
    </message>
    <message>
        <source>KV cache: 2 (K and V) × {0} layers × {1} KV heads × {2} head dim × {3} tokens × {4} sequences × {5} bytes ({name}) = {6}</source>
        <translation>Caché KV: 2 (K y V) × {0} capas × {1} cabezas KV × {2} dim. de cabeza × {3} tokens × {4} secuencias × {5} bytes ({name}) = {6}</translation>
    </message>
    <message>
        <source>{0} of {1} layers use a sliding window of {2} tokens, so they cache at most {2} tokens.</source>
        <translation>{0} de {1} capas usan una ventana deslizante de {2} tokens, así que guardan como mucho {2} tokens.</translation>
    </message>
    <message>
        <source>The article&apos;s formula (hidden size {0} instead of {1} KV heads × {2}) would give {3}: grouped-query attention shares each KV head among {4} query heads.</source>
        <translation>La fórmula del artículo (tamaño oculto {0} en lugar de {1} cabezas KV × {2}) daría {3}: la atención por consultas agrupadas (GQA) comparte cada cabeza KV entre {4} cabezas de consulta.</translation>
    </message>
    <message>
        <source>Overhead (flat, the article&apos;s rule): {0} × {1} = {2}</source>
        <translation>Sobrecarga (fija, regla del artículo): {0} × {1} = {2}</translation>
    </message>
    <message>
        <source>Prefill activation peak: {0} tokens × ({1} × {2} intermediate + {3} hidden) × {4} bytes, plus the last token&apos;s logits = {5}</source>
        <translation>Pico de activaciones en el prefill: {0} tokens × ({1} × {2} intermedio + {3} oculto) × {4} bytes, más los logits del último token = {5}</translation>
    </message>
    <message>
        <source>{name} has no fused kernel here: each matrix is dequantized to 16 bit before its matmul, one copy of the largest matrix = {0}</source>
        <translation>{name} no tiene aquí un kernel fusionado: cada matriz se descuantiza a 16 bits antes de su matmul, una copia de la matriz más grande = {0}</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernels (measured on H200): {0}; caching-allocator reserve as the KV cache grows (1/3 of it, measured): {1}</source>
        <translation>Contexto CUDA, cuBLAS y kernels (medido en H200): {0}; reserva del asignador con caché a medida que crece la caché KV (1/3 de ella, medido): {1}</translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each holds 1/{0} of the weights, {1} of {2} KV heads ({3}), its own activations and overhead, and {4} of NCCL buffers</source>
        <translation>Paralelismo de tensores en {0} GPU: cada una guarda 1/{0} de los pesos, {1} de {2} cabezas KV ({3}), sus propias activaciones y sobrecarga, y {4} de búferes NCCL</translation>
    </message>
    <message>
        <source>More GPUs ({0}) than KV heads ({1}): each GPU keeps a whole KV head, so the cache is replicated {2}× across the GPUs.</source>
        <translation>Más GPU ({0}) que cabezas KV ({1}): cada GPU conserva una cabeza KV entera, así que la caché se replica {2}× entre las GPU.</translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: each runs about {1} consecutive layers with their KV cache; the first also holds the embeddings, the last the output head; {2} of NCCL buffers each</source>
        <translation>Paralelismo de canalización en {0} GPU: cada una ejecuta unas {1} capas consecutivas con su caché KV; la primera guarda además los embeddings, la última la cabeza de salida; {2} de búferes NCCL cada una</translation>
    </message>
    <message>
        <source>GPU {0}: layers {1}–{2}{name}: {3} weights + {4} KV + {5} activations + {6} overhead = {7}</source>
        <translation>GPU {0}: capas {1}–{2}{name}: {3} pesos + {4} KV + {5} activaciones + {6} sobrecarga = {7}</translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} gradients, optimizer states and master weights + {2} activations + {3} overhead = {4}</source>
        <translation>Total: {0} pesos + {1} gradientes, estados del optimizador y pesos maestros + {2} activaciones + {3} sobrecarga = {4}</translation>
    </message>
    <message>
        <source>Total on the GPUs and in system RAM: {0} weights + {1} KV cache + {2} compute buffers + {3} overhead = {4}</source>
        <translation>Total en las GPU y en la RAM del sistema: {0} pesos + {1} caché KV + {2} búferes de cálculo + {3} sobrecarga = {4}</translation>
    </message>
    <message>
        <source>Total: {0} weights + {1} KV cache + {2} activations + {3} overhead = {4}</source>
        <translation>Total: {0} pesos + {1} caché KV + {2} activaciones + {3} sobrecarga = {4}</translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load, {3} left to other processes</source>
        <translation>{name}: vLLM ocupa {0} por GPU de {1} utilizables ({2} nominales) sea cual sea la carga; quedan {3} para otros procesos</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): does not fit, {3} short</source>
        <translation>{name}: {0} por GPU frente a {1} utilizables ({2} nominales): no cabe, faltan {3}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): tight, {3} free (under 10 %)</source>
        <translation>{name}: {0} por GPU frente a {1} utilizables ({2} nominales): justo, {3} libres (menos del 10 %)</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU against {1} usable ({2} nominal): fits, {3} free</source>
        <translation>{name}: {0} por GPU frente a {1} utilizables ({2} nominales): cabe, {3} libres</translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, fewer than the {2} asked: the rest wait in the queue</source>
        <translation>El veredicto de vLLM se refiere a su reserva KV: {0} admite {1} secuencias de {3} tokens a la vez, menos que las {2} pedidas: el resto espera en la cola</translation>
    </message>
    <message>
        <source>vLLM&apos;s verdict is about its KV pool: {0} holds {1} sequences of {3} tokens at once, {2} asked</source>
        <translation>El veredicto de vLLM se refiere a su reserva KV: {0} admite {1} secuencias de {3} tokens a la vez, {2} pedidas</translation>
    </message>
    <message>
        <source>System RAM: {0} used of {1}: {name}</source>
        <translation>RAM del sistema: {0} usados de {1}: {name}</translation>
    </message>
    <message>
        <source>Full fine-tuning, mixed-precision AdamW (ZeRO §3.1: 16 bytes per parameter): {0} parameters × (2 weights + 2 gradients + 4 FP32 master + 8 Adam moments) = {1} weights + {2} gradients + {3} master + {4} optimizer</source>
        <translation>Ajuste fino completo, AdamW de precisión mixta (ZeRO §3.1: 16 bytes por parámetro): {0} parámetros × (2 pesos + 2 gradientes + 4 maestros FP32 + 8 momentos de Adam) = {1} pesos + {2} gradientes + {3} maestros + {4} optimizador</translation>
    </message>
    <message>
        <source>{name} weights cannot be trained directly: full fine-tuning is sized in BF16 (use QLoRA to train over a 4-bit base).</source>
        <translation>Los pesos {name} no se pueden entrenar directamente: el ajuste fino completo se calcula en BF16 (use QLoRA para entrenar sobre una base de 4 bits).</translation>
    </message>
    <message>
        <source>LoRA rank {0} on {name}: {1} trainable parameters; the frozen base ({2}) has no gradients; adapters in FP32 with gradients and AdamW moments, 16 bytes each = {3}</source>
        <translation>LoRA de rango {0} sobre {name}: {1} parámetros entrenables; la base congelada ({2}) no tiene gradientes; adaptadores en FP32 con gradientes y momentos de AdamW, 16 bytes cada uno = {3}</translation>
    </message>
    <message>
        <source>QLoRA: the base in NF4 with double quantization = {0}; LoRA rank {1} on {name}: {2} BF16 adapter parameters with gradients and 32-bit paged AdamW moments, 12 bytes each = {3}</source>
        <translation>QLoRA: la base en NF4 con doble cuantización = {0}; LoRA de rango {1} sobre {name}: {2} parámetros de adaptador en BF16 con gradientes y momentos de AdamW paginado de 32 bits, 12 bytes cada uno = {3}</translation>
    </message>
    <message>
        <source>Paged optimizer: under memory pressure its {0} of states move to CPU RAM (NVIDIA unified memory), so a spike does not end in out-of-memory; bitsandbytes dequantizes one matrix at a time to BF16 ({1}).</source>
        <translation>Optimizador paginado: bajo presión de memoria sus {0} de estados pasan a la RAM de la CPU (memoria unificada de NVIDIA), así que un pico no acaba en falta de memoria; bitsandbytes descuantiza una matriz cada vez a BF16 ({1}).</translation>
    </message>
    <message>
        <source>Activations with gradient checkpointing: each layer&apos;s input ({0} tokens × hidden × 2 bytes) plus one layer recomputed at a time and the logits (10 bytes per vocabulary entry and token) = {1} per GPU</source>
        <translation>Activaciones con gradient checkpointing: la entrada de cada capa ({0} tokens × oculto × 2 bytes) más una capa recalculada cada vez y los logits (10 bytes por entrada del vocabulario y token) = {1} por GPU</translation>
    </message>
    <message>
        <source>Activations kept for the backward pass: {0} tokens × per layer (9 × hidden + Q, K, V + 4 × intermediate) × 2 bytes, plus the logits (10 bytes per vocabulary entry and token) = {1} per GPU; --gradient-checkpointing trades them for recomputation</source>
        <translation>Activaciones guardadas para la pasada hacia atrás: {0} tokens × por capa (9 × oculto + Q, K, V + 4 × intermedio) × 2 bytes, más los logits (10 bytes por entrada del vocabulario y token) = {1} por GPU; --gradient-checkpointing las cambia por recálculo</translation>
    </message>
    <message>
        <source>Over {0} GPUs the weights, gradients and optimizer states are sharded (ZeRO-3 / FSDP); each GPU keeps the activations of its own micro-batch of {1}.</source>
        <translation>En {0} GPU los pesos, gradientes y estados del optimizador se fragmentan (ZeRO-3 / FSDP); cada GPU guarda las activaciones de su propio microlote de {1}.</translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files; {name} weights are sized as a GGUF of that type.</source>
        <translation>llama.cpp carga archivos GGUF; los pesos {name} se calculan como un GGUF de ese tipo.</translation>
    </message>
    <message>
        <source>llama.cpp loads GGUF files: {name} is not a GGUF type, so this sizes a file that does not exist; pick a Q-type to compare.</source>
        <translation>llama.cpp carga archivos GGUF: {name} no es un tipo GGUF, así que esto calcula un archivo que no existe; elija un tipo Q para comparar.</translation>
    </message>
    <message>
        <source>No GPU named: llama.cpp runs every layer on the CPU (name a GPU to offload).</source>
        <translation>Ninguna GPU indicada: llama.cpp ejecuta todas las capas en la CPU (indique una GPU para descargarlas).</translation>
    </message>
    <message>
        <source>n_gpu_layers {0} of {1} (llama.cpp counts the output layer and offloads it first; token embeddings always stay on the CPU): {2} decoder layers on the GPU{name}</source>
        <translation>n_gpu_layers {0} de {1} (llama.cpp cuenta la capa de salida y la descarga primero; los embeddings de tokens siempre quedan en la CPU): {2} capas del decodificador en la GPU{name}</translation>
    </message>
    <message>
        <source>llama.cpp splits by layers by default; its row split (--split-mode row) is not modelled, so the GPUs are sized as a layer split.</source>
        <translation>llama.cpp reparte por capas por defecto; su reparto por filas (--split-mode row) no está modelado, así que las GPU se calculan como reparto por capas.</translation>
    </message>
    <message>
        <source>KV cache: n_ctx = {0} tokens × {1} sequences = {2} cells (padded to {3}), K as {name}, {4} bytes per token and layer</source>
        <translation>Caché KV: n_ctx = {0} tokens × {1} secuencias = {2} celdas (rellenadas hasta {3}), K como {name}, {4} bytes por token y capa</translation>
    </message>
    <message>
        <source>A quantized V cache needs flash attention (-fa); without it llama.cpp keeps V in F16.</source>
        <translation>Una caché V cuantizada necesita flash attention (-fa); sin ella llama.cpp mantiene V en F16.</translation>
    </message>
    <message>
        <source>V as {name} (-ctv): K and V rows each take their own type&apos;s bytes</source>
        <translation>V como {name} (-ctv): las filas de K y de V ocupan cada una los bytes de su propio tipo</translation>
    </message>
    <message>
        <source>Unified KV cache (-kvu): one stream of {0} cells shared by the {1} slots; sliding-window layers keep {1} windows + n_ubatch in it</source>
        <translation>Caché KV unificada (-kvu): un flujo de {0} celdas compartido por las {1} ranuras; las capas de ventana deslizante guardan en él {1} ventanas + n_ubatch</translation>
    </message>
    <message>
        <source>{0} slots (-np) without -kvu: one stream of n_ctx / {0} = {1} cells per slot (padded); sliding-window layers keep one window + n_ubatch per slot</source>
        <translation>{0} ranuras (-np) sin -kvu: un flujo de n_ctx / {0} = {1} celdas por ranura (rellenado); las capas de ventana deslizante guardan una ventana + n_ubatch por ranura</translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}, flash attention): inputs {1} + the largest of attention {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation>Búfer de cálculo (n_ubatch {0}, flash attention): entradas {1} + el mayor entre atención {2}, feed-forward {3} y logits F32[vocab, n_ubatch] {4} = {5} en la GPU (según gguf-parser-go)</translation>
    </message>
    <message>
        <source>Compute buffer (n_ubatch {0}): inputs {1} + the largest of attention with KQ F32[n_kv, n_ubatch, heads] {2}, feed-forward {3} and logits F32[vocab, n_ubatch] {4} = {5} on the GPU (after gguf-parser-go)</source>
        <translation>Búfer de cálculo (n_ubatch {0}): entradas {1} + el mayor entre atención con KQ F32[n_kv, n_ubatch, heads] {2}, feed-forward {3} y logits F32[vocab, n_ubatch] {4} = {5} en la GPU (según gguf-parser-go)</translation>
    </message>
    <message>
        <source>Platform footprint (gguf-parser&apos;s default): {0} per GPU, {1} of system RAM</source>
        <translation>Huella de la plataforma (valor por defecto de gguf-parser): {0} por GPU, {1} de RAM del sistema</translation>
    </message>
    <message>
        <source>System RAM: {0} weights (token embeddings{name}) + {1} KV cache + {2} compute buffer and logits + footprint = {3}</source>
        <translation>RAM del sistema: {0} pesos (embeddings de tokens{name}) + {1} caché KV + {2} búfer de cálculo y logits + huella = {3}</translation>
    </message>
    <message>
        <source>Speed: name a GPU with its bandwidth and throughput (or run llama.cpp on the CPU) to see tokens per second.</source>
        <translation>Velocidad: indique una GPU con su ancho de banda y rendimiento (o ejecute llama.cpp en la CPU) para ver tokens por segundo.</translation>
    </message>
    <message>
        <source>Decode (the article&apos;s view, an upper bound): {0} read per token over {1} GB/s = {2} tokens/s</source>
        <translation>Decodificación (visión del artículo, un límite superior): {0} leídos por token a {1} GB/s = {2} tokens/s</translation>
    </message>
    <message>
        <source>Decode on the CPU: {0} read per token (weights and KV at the full context) over {1} GB/s × {2}–{3} efficiency = {4} tokens/s ({5}–{6})</source>
        <translation>Decodificación en la CPU: {0} leídos por token (pesos y KV con el contexto completo) a {1} GB/s × {2}–{3} de eficiencia = {4} tokens/s ({5}–{6})</translation>
    </message>
    <message>
        <source>CPU bandwidth assumed: {0} GB/s (dual-channel DDR4-3200); measure it with the lab&apos;s bench and pass it as --cpu-bandwidth.</source>
        <translation>Ancho de banda de CPU supuesto: {0} GB/s (DDR4-3200 de doble canal); mídalo con el banco de pruebas del laboratorio y páselo como --cpu-bandwidth.</translation>
    </message>
    <message>
        <source>Decode: {0} read per token (active weights + KV at the full context) over {1} GB/s × {2} efficiency, plus {3} µs per layer of kernel launches ({4} layers) = {5} tokens/s (range {6}–{7})</source>
        <translation>Decodificación: {0} leídos por token (pesos activos + KV con el contexto completo) a {1} GB/s × {2} de eficiencia, más {3} µs por capa de lanzamientos de kernels ({4} capas) = {5} tokens/s (rango {6}–{7})</translation>
    </message>
    <message>
        <source>{0} of the bytes per token are read by the CPU at {1} GB/s: the CPU layers set the pace.</source>
        <translation>La CPU lee {0} de los bytes por token a {1} GB/s: las capas en la CPU marcan el ritmo.</translation>
    </message>
    <message>
        <source>Eager decoding (no CUDA graph): the host launches each layer&apos;s kernels in {0} ms plus {1} ms per sequence (measured for transformers on H200); the slower of host and GPU sets the pace.</source>
        <translation>Decodificación eager (sin grafo CUDA): el host lanza los kernels de cada capa en {0} ms más {1} ms por secuencia (medido para transformers en H200); el más lento entre host y GPU marca el ritmo.</translation>
    </message>
    <message>
        <source>Tensor parallel over {0} GPUs: each reads 1/{0} of the bytes; two all-reduces per layer add {1} µs each.</source>
        <translation>Paralelismo de tensores en {0} GPU: cada una lee 1/{0} de los bytes; dos all-reduce por capa añaden {1} µs cada uno.</translation>
    </message>
    <message>
        <source>Pipeline parallel over {0} GPUs: one token passes the stages one after another, so one sequence decodes no faster than on one GPU; the stages overlap only across sequences.</source>
        <translation>Paralelismo de canalización en {0} GPU: un token recorre las etapas una tras otra, así que una secuencia no decodifica más rápido que en una GPU; las etapas solo se solapan entre secuencias.</translation>
    </message>
    <message>
        <source>Batch {0}: {1} tokens/s for all sequences together ({2}–{3}); the weights are read once per step for the whole batch, the KV cache once per sequence.</source>
        <translation>Lote {0}: {1} tokens/s para todas las secuencias juntas ({2}–{3}); los pesos se leen una vez por paso para todo el lote, la caché KV una vez por secuencia.</translation>
    </message>
    <message>
        <source>Roofline: from batch {0} a decode step is compute-bound ({1} FLOPs per token at {2} TFLOPS); this batch is past it.</source>
        <translation>Roofline: a partir del lote {0} un paso de decodificación está limitado por el cálculo ({1} FLOP por token a {2} TFLOPS); este lote lo supera.</translation>
    </message>
    <message>
        <source>Roofline: a decode step stays memory-bound up to batch {0} ({1} FLOPs per token at {2} TFLOPS); beyond it, compute sets the pace.</source>
        <translation>Roofline: un paso de decodificación sigue limitado por la memoria hasta el lote {0} ({1} FLOP por token a {2} TFLOPS); más allá, el cálculo marca el ritmo.</translation>
    </message>
    <message>
        <source>Prefill of {0} tokens: {1} FLOPs per token (2 × active parameters + causal attention) over {2} TFLOPS × {3} utilization = {4} tokens/s ({5}–{6}); time to first token {7}</source>
        <translation>Prefill de {0} tokens: {1} FLOP por token (2 × parámetros activos + atención causal) a {2} TFLOPS × {3} de utilización = {4} tokens/s ({5}–{6}); tiempo hasta el primer token {7}</translation>
    </message>
    <message>
        <source>Prefill on the CPU is not estimated: it needs the CPU&apos;s FLOPS, not measured yet.</source>
        <translation>El prefill en la CPU no se estima: necesita los FLOPS de la CPU, aún sin medir.</translation>
    </message>
    <message>
        <source>{name}: no native arithmetic for this format on this GPU, so the weights are dequantized to 16 bit on the fly: decoding still gains from reading fewer bytes, prefill runs at the FP16 rate and gains nothing (the article&apos;s Mistake 2).</source>
        <translation>{name}: esta GPU no tiene aritmética nativa para este formato, así que los pesos se descuantizan a 16 bits sobre la marcha: la decodificación sigue ganando al leer menos bytes, el prefill va a la velocidad de FP16 y no gana nada (el error 2 del artículo).</translation>
    </message>
    <message>
        <source>vLLM takes gpu_memory_utilization {0} × {1} usable = {2} per GPU at start-up (0.90: the default of most releases; the newest vllm/config/cache.py uses 0.92)</source>
        <translation>vLLM toma al arrancar gpu_memory_utilization {0} × {1} utilizables = {2} por GPU (0,90: el valor por defecto de la mayoría de versiones; el vllm/config/cache.py más reciente usa 0,92)</translation>
    </message>
    <message>
        <source>Profiled activation peak: a dummy forward of max_num_batched_tokens = {0} tokens (v1 chunked prefill) through the fused QKV / gate-up / SiLU tensors, plus the sampler&apos;s FP32 logits for {1} sequences = {2}</source>
        <translation>Pico de activaciones perfilado: una pasada ficticia de max_num_batched_tokens = {0} tokens (prefill por bloques de v1) por los tensores fusionados QKV / gate-up / SiLU, más los logits FP32 del muestreador para {1} secuencias = {2}</translation>
    </message>
    <message>
        <source>Non-torch memory (CUDA context, cuBLAS, NCCL buffers when several GPUs): {0}; CUDA graphs for the decode batch sizes: {1} (0 with --enforce-eager)</source>
        <translation>Memoria fuera de torch (contexto CUDA, cuBLAS, búferes NCCL con varias GPU): {0}; grafos CUDA para los tamaños de lote de decodificación: {1} (0 con --enforce-eager)</translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead = {4}, in {5} blocks of {6} tokens: GPU KV cache size {7} tokens</source>
        <translation>Reserva de caché KV: {0} − {1} pesos − {2} activaciones − {3} sobrecarga = {4}, en {5} bloques de {6} tokens: tamaño de la caché KV en GPU {7} tokens</translation>
    </message>
    <message>
        <source>One request of {0} tokens needs {1} per GPU: maximum concurrency {2}× for the {3} sequences asked</source>
        <translation>Una petición de {0} tokens necesita {1} por GPU: concurrencia máxima {2}× para las {3} secuencias pedidas</translation>
    </message>
    <message>
        <source>Without a GPU the pool is sized to hold the {0} sequences of {1} tokens: {2} per GPU</source>
        <translation>Sin GPU la reserva se dimensiona para las {0} secuencias de {1} tokens: {2} por GPU</translation>
    </message>
    <message>
        <source>Recurrent layers: vLLM grows the attention block to {0} tokens so one attention page holds a layer&apos;s state (page {1}); the pool&apos;s pages are shared by the layer groups</source>
        <translation>Capas recurrentes: vLLM amplía el bloque de atención a {0} tokens para que una página de atención contenga el estado de una capa (página {1}); los grupos de capas comparten las páginas del pool</translation>
    </message>
    <message>
        <source>Sliding-window layers keep min(window − 1 + max_num_batched_tokens, length) tokens plus one block (vLLM SlidingWindowSpec).</source>
        <translation>Las capas de ventana deslizante guardan min(ventana − 1 + max_num_batched_tokens, longitud) tokens más un bloque (SlidingWindowSpec de vLLM).</translation>
    </message>
    <message>
        <source>vLLM would not start: {name}</source>
        <translation>vLLM no arrancaría: {name}</translation>
    </message>
    <message>
        <source>The longest max_model_len the pool can hold: {0} tokens</source>
        <translation>El max_model_len más largo que admite la reserva: {0} tokens</translation>
    </message>
    <message>
        <source>{0} full-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}</source>
        <translation>{0} capas de atención completa × {1} tokens × {2} secuencias × {3} por token y capa ({name}) = {4}</translation>
    </message>
    <message>
        <source>{0} sliding-window layers (window {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}</source>
        <translation>{0} capas de ventana deslizante (ventana {1}) × {2} tokens × {3} secuencias × {4} por token y capa ({name}) = {5}</translation>
    </message>
    <message>
        <source>{0} chunked-attention layers (chunks of {1}) × {2} tokens × {3} sequences × {4} per token and layer ({name}) = {5}</source>
        <translation>{0} capas de atención por bloques (bloques de {1}) × {2} tokens × {3} secuencias × {4} por token y capa ({name}) = {5}</translation>
    </message>
    <message>
        <source>{0} latent-attention layers × {1} tokens × {2} sequences × {3} per token and layer ({name}) = {4}</source>
        <translation>{0} capas de atención latente × {1} tokens × {2} secuencias × {3} por token y capa ({name}) = {4}</translation>
    </message>
    <message>
        <source>{0} Mamba-2 layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context</source>
        <translation>{0} capas Mamba-2: un estado fijo de {1} por secuencia × {2} secuencias = {3}, sea cual sea el contexto</translation>
    </message>
    <message>
        <source>{0} linear-attention layers: a fixed {1} of state per sequence × {2} sequences = {3}, whatever the context</source>
        <translation>{0} capas de atención lineal: un estado fijo de {1} por secuencia × {2} secuencias = {3}, sea cual sea el contexto</translation>
    </message>
    <message>
        <source>{0} layers keep no KV cache of their own (MLP-only blocks or layers reading another layer&apos;s cache).</source>
        <translation>{0} capas no tienen caché KV propia (bloques solo MLP o capas que leen la caché de otra capa).</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters; llama.cpp reads it from a separate mmproj file, so it is not in these weights</source>
        <translation>{name}: {0} parámetros; llama.cpp lo lee de un archivo mmproj aparte, así que no está en estos pesos</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters, loaded with the language model (vLLM and transformers)</source>
        <translation>{name}: {0} parámetros, cargados con el modelo de lenguaje (vLLM y transformers)</translation>
    </message>
    <message>
        <source>{0} multi-token-prediction block(s), {1} parameters, are stored in the checkpoint but not held in memory: vLLM loads them only for speculative decoding, transformers and llama.cpp skip them.</source>
        <translation>{0} bloque(s) de predicción multitoken, {1} parámetros, están en el checkpoint pero no en memoria: vLLM solo los carga para decodificación especulativa; transformers y llama.cpp los omiten.</translation>
    </message>
    <message>
        <source>The checkpoint also stores {0} elements beyond the weights held in memory: {name}.</source>
        <translation>El checkpoint guarda además {0} elementos más allá de los pesos en memoria: {name}.</translation>
    </message>
    <message>
        <source>Chunked-attention layers keep min(chunk + max_num_batched_tokens, length) tokens (vLLM ChunkedLocalAttentionSpec).</source>
        <translation>Las capas de atención por bloques guardan min(bloque + max_num_batched_tokens, longitud) tokens (vLLM ChunkedLocalAttentionSpec).</translation>
    </message>
    <message>
        <source>{0} image(s) per request × {1} tokens each ({name}) = {2} image tokens in every sequence, beside its {3} tokens of text: each sequence holds {4} tokens.</source>
        <translation>{0} imagen(es) por solicitud × {1} tokens cada una ({name}) = {2} tokens de imagen en cada secuencia, junto a sus {3} tokens de texto: cada secuencia contiene {4} tokens.</translation>
    </message>
    <message>
        <source>{0} of the embeddings are per-layer embeddings ({1} tokens × {2} layers × {3} values): one row is looked up per token, so decoding never reads them whole; llama.cpp keeps them in system RAM with the token embeddings.</source>
        <translation>{0} de los embeddings son embeddings por capa ({1} tokens × {2} capas × {3} valores): se consulta una fila por token, así que la decodificación nunca los lee enteros; llama.cpp los mantiene en la RAM del sistema con los embeddings de tokens.</translation>
    </message>
    <message>
        <source>The {name}: {0} parameters from the mmproj file, loaded by llama.cpp on the first GPU (--no-mmproj-offload keeps it in system RAM)</source>
        <translation>El {name}: {0} parámetros del archivo mmproj, cargado por llama.cpp en la primera GPU (--no-mmproj-offload lo mantiene en la RAM del sistema)</translation>
    </message>
    <message>
        <source>Flash attention auto (llama.cpp&apos;s default -fa): on, as llama.cpp resolves it on every backend that runs the attention op on the layer&apos;s own device (CUDA, ROCm, Metal, Vulkan, CPU)</source>
        <translation>Flash attention automática (el -fa predeterminado de llama.cpp): activada, como la resuelve llama.cpp en todo backend que ejecuta la operación de atención en el propio dispositivo de la capa (CUDA, ROCm, Metal, Vulkan, CPU)</translation>
    </message>
    <message>
        <source>{name}: {0} of the {1} usable already in use by other processes (per GPU), so {2} is left</source>
        <translation>{name}: {0} de los {1} utilizables ya en uso por otros procesos (por GPU), así que quedan {2}</translation>
    </message>
    <message>
        <source>{name}: vLLM holds {0} per GPU of {1} usable ({2} nominal) whatever the load; with {3} held by other processes, {4} is left</source>
        <translation>{name}: vLLM ocupa {0} por GPU de {1} utilizables ({2} nominales) sea cual sea la carga; con {3} en manos de otros procesos, quedan {4}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): does not fit, {4} short</source>
        <translation>{name}: {0} por GPU + {1} en uso por otros procesos frente a {2} utilizables ({3} nominales): no cabe, faltan {4}</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): tight, {4} free (under 10 %)</source>
        <translation>{name}: {0} por GPU + {1} en uso por otros procesos frente a {2} utilizables ({3} nominales): justo, {4} libres (menos del 10 %)</translation>
    </message>
    <message>
        <source>{name}: {0} per GPU + {1} in use by other processes against {2} usable ({3} nominal): fits, {4} free</source>
        <translation>{name}: {0} por GPU + {1} en uso por otros procesos frente a {2} utilizables ({3} nominales): cabe, {4} libres</translation>
    </message>
    <message>
        <source>Free at start-up: {0} usable − {1} in use by other processes = {2}, less than the {3} vLLM asks for (a fraction of the total, not of what is free): it refuses to start</source>
        <translation>Libre al arrancar: {0} utilizables − {1} en uso por otros procesos = {2}, menos que los {3} que pide vLLM (una fracción del total, no de lo libre): se niega a arrancar</translation>
    </message>
    <message>
        <source>Free at start-up: {0} usable − {1} in use by other processes = {2}, at least the {3} vLLM asks for (a fraction of the total, not of what is free)</source>
        <translation>Libre al arrancar: {0} utilizables − {1} en uso por otros procesos = {2}, al menos los {3} que pide vLLM (una fracción del total, no de lo libre)</translation>
    </message>
    <message>
        <source>KV-cache pool: {0} − {1} weights − {2} activations − {3} overhead − {7} in use by other processes (counted as non-torch memory before v0.9) = {4}, in {5} blocks of {6} tokens</source>
        <translation>Pool de caché KV: {0} − {1} pesos − {2} activaciones − {3} sobrecarga − {7} en uso por otros procesos (contados como memoria no torch antes de v0.9) = {4}, en {5} bloques de {6} tokens</translation>
    </message>
    <message>
        <source>--cpu-moe / --n-cpu-moe: this model has no routed experts, nothing moves.</source>
        <translation>--cpu-moe / --n-cpu-moe: este modelo no tiene expertos enrutados; no se mueve nada.</translation>
    </message>
    <message>
        <source>Tensor placement (-ot rules, then --cpu-moe, then --n-cpu-moe {0}; the first matching rule decides): {1} tensors placed; {2} of the GPU layers&apos; weights stay in system RAM, {3} of them routed experts; {4} layers keep their experts there</source>
        <translation>Ubicación de tensores (reglas -ot, luego --cpu-moe, luego --n-cpu-moe {0}; decide la primera regla que coincide): {1} tensores ubicados; {2} de los pesos de las capas de la GPU quedan en la RAM del sistema, {3} de ellos expertos enrutados; {4} capas mantienen allí sus expertos</translation>
    </message>
    <message>
        <source>Weights kept on the CPU by a rule go to the CPU model buffer (CPU_Mapped with mmap, llama.cpp&apos;s default; with --no-mmap the pinned CUDA_Host buffer, llama-model.cpp make_cpu_buft_list): system RAM either way</source>
        <translation>Los pesos que una regla deja en la CPU van al búfer de modelo de la CPU (CPU_Mapped con mmap, el valor por defecto de llama.cpp; con --no-mmap el búfer fijado CUDA_Host, llama-model.cpp make_cpu_buft_list): RAM del sistema en ambos casos</translation>
    </message>
    <message>
        <source>-ot rules move {0} of weights onto a GPU from another device</source>
        <translation>Las reglas -ot mueven {0} de pesos a una GPU desde otro dispositivo</translation>
    </message>
    <message>
        <source>Batches of {0} tokens and more multiply the experts in RAM on the GPU: the largest layer&apos;s ({1}) is copied into GPU 0&apos;s compute buffer (n_ubatch {2})</source>
        <translation>Los lotes de {0} tokens o más multiplican en la GPU los expertos que están en la RAM: los de la capa más grande ({1}) se copian al búfer de cálculo de la GPU 0 (n_ubatch {2})</translation>
    </message>
    <message>
        <source>-ot buffer {name}: the scenario has no such GPU, so llama.cpp would stop at start-up; its rule is left out</source>
        <translation>Búfer -ot {name}: el escenario no tiene esa GPU, así que llama.cpp se detendría al arrancar; su regla se omite</translation>
    </message>
    <message>
        <source>Routed experts kept in system RAM for GPU layers ({0}): a token reads the {1} of {2} experts it is routed to from RAM; batches of {3} tokens and more (prefill, large decode batches) copy them to the GPU over PCIe at {4} GB/s instead (ggml-cuda offload_op).</source>
        <translation>Expertos enrutados que quedan en la RAM del sistema para capas de la GPU ({0}): cada token lee de la RAM los {1} de {2} expertos a los que se enruta; los lotes de {3} tokens o más (prefill, lotes grandes de decodificación) los copian en su lugar a la GPU por PCIe a {4} GB/s (ggml-cuda offload_op).</translation>
    </message>
</context>
<context>
    <name>FitChangeLinks</name>
    <message>
        <source>a context of %1 tokens</source>
        <translation>un contexto de %1 tokens</translation>
    </message>
    <message>
        <source>a %1 KV cache, with flash attention</source>
        <translation>una caché KV %1, con flash attention</translation>
    </message>
    <message>
        <source>a %1 KV cache</source>
        <translation>una caché KV %1</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>pesos %1</translation>
    </message>
    <message>
        <source>%1 layers on the GPU, the rest in system RAM</source>
        <translation>%1 capas en la GPU, el resto en la RAM del sistema</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>one %1</source>
        <translation>una %1</translation>
    </message>
    <message>
        <source>gives up %1 % of the context</source>
        <translation>renuncia al %1 % del contexto</translation>
    </message>
    <message>
        <source>gives up %1 % of the KV bits</source>
        <translation>renuncia al %1 % de los bits KV</translation>
    </message>
    <message>
        <source>gives up %1 % of the weight bits</source>
        <translation>renuncia al %1 % de los bits de los pesos</translation>
    </message>
    <message>
        <source>decodes %1 % slower</source>
        <translation>decodifica un %1 % más lento</translation>
    </message>
    <message>
        <source>other hardware</source>
        <translation>otro hardware</translation>
    </message>
    <message>
        <source>Makes it fit: %1.</source>
        <translation>Para que quepa: %1.</translation>
    </message>
    <message>
        <source>one more GPU</source>
        <translation>una GPU más</translation>
    </message>
    <message>
        <source>%1 more GPUs</source>
        <translation>%1 GPU más</translation>
    </message>
    <message>
        <source>the routed experts of %1 layers in system RAM</source>
        <translation>los expertos enrutados de %1 capas en la RAM del sistema</translation>
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
        <translation>INT8 (por canal)</translation>
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
        <translation>INT4 (g32, punto cero)</translation>
    </message>
    <message>
        <source>INT4 (g64, zero-point)</source>
        <translation>INT4 (g64, punto cero)</translation>
    </message>
    <message>
        <source>INT4 (g128, zero-point)</source>
        <translation>INT4 (g128, punto cero)</translation>
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
        <translation>NF4 + doble cuantización</translation>
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
        <translation>Simple (regla del artículo)</translation>
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
        <translation>Coma flotante IEEE de 32 bits: la referencia del entrenamiento, 4 bytes por peso.</translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s exponent range with a 7-bit mantissa, 2 bytes per weight.</source>
        <translation>bfloat16: el rango de exponente de FP32 con una mantisa de 7 bits, 2 bytes por peso.</translation>
    </message>
    <message>
        <source>IEEE half precision: 2 bytes per weight, range ±65504.</source>
        <translation>Media precisión IEEE: 2 bytes por peso, rango ±65504.</translation>
    </message>
    <message>
        <source>8-bit float (OCP E4M3, max 448) with a per-tensor scale.</source>
        <translation>Coma flotante de 8 bits (OCP E4M3, máx. 448) con una escala por tensor.</translation>
    </message>
    <message>
        <source>8-bit float (OCP E5M2, max 57344) with a per-tensor scale.</source>
        <translation>Coma flotante de 8 bits (OCP E5M2, máx. 57344) con una escala por tensor.</translation>
    </message>
    <message>
        <source>8-bit integers with one scale per output channel.</source>
        <translation>Enteros de 8 bits con una escala por canal de salida.</translation>
    </message>
    <message>
        <source>Vector-wise INT8 with the 0.1 % outlier feature columns kept in FP16 (Dettmers et al. 2022).</source>
        <translation>INT8 por vectores, con el 0,1 % de columnas de características atípicas en FP16 (Dettmers et al. 2022).</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 32 weights.</source>
        <translation>Enteros de 4 bits, una escala FP16 por grupo de 32 pesos.</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 64 weights.</source>
        <translation>Enteros de 4 bits, una escala FP16 por grupo de 64 pesos.</translation>
    </message>
    <message>
        <source>4-bit integers, one FP16 scale per group of 128 weights.</source>
        <translation>Enteros de 4 bits, una escala FP16 por grupo de 128 pesos.</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 32.</source>
        <translation>Enteros de 4 bits, escala FP16 y punto cero de 4 bits por grupo de 32.</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 64.</source>
        <translation>Enteros de 4 bits, escala FP16 y punto cero de 4 bits por grupo de 64.</translation>
    </message>
    <message>
        <source>4-bit integers, FP16 scale and 4-bit zero-point per group of 128.</source>
        <translation>Enteros de 4 bits, escala FP16 y punto cero de 4 bits por grupo de 128.</translation>
    </message>
    <message>
        <source>GPTQ checkpoint: packed 4-bit weights, 4-bit zeros, FP16 scales per 128, and a g_idx column index.</source>
        <translation>Checkpoint GPTQ: pesos de 4 bits empaquetados, ceros de 4 bits, escalas FP16 por cada 128 y un índice de columnas g_idx.</translation>
    </message>
    <message>
        <source>GPTQ checkpoint with 3-bit weights and zeros, FP16 scales per 128, and g_idx.</source>
        <translation>Checkpoint GPTQ con pesos y ceros de 3 bits, escalas FP16 por cada 128 y g_idx.</translation>
    </message>
    <message>
        <source>AWQ checkpoint: packed 4-bit weights, 4-bit zeros and FP16 scales per group of 128.</source>
        <translation>Checkpoint AWQ: pesos de 4 bits empaquetados, ceros de 4 bits y escalas FP16 por grupo de 128.</translation>
    </message>
    <message>
        <source>bitsandbytes 4-bit NormalFloat, blocks of 64 with an FP32 absmax (4.5 bits per weight).</source>
        <translation>NormalFloat de 4 bits de bitsandbytes, bloques de 64 con un absmax FP32 (4,5 bits por peso).</translation>
    </message>
    <message>
        <source>NF4 with the block absmax itself quantized to 8 bits (QLoRA, 4.127 bits per weight).</source>
        <translation>NF4 con el propio absmax de cada bloque cuantizado a 8 bits (QLoRA, 4,127 bits por peso).</translation>
    </message>
    <message>
        <source>OCP microscaling FP4: 32 E2M1 values share one 8-bit power-of-two scale (4.25 bits).</source>
        <translation>FP4 con microescalado OCP: 32 valores E2M1 comparten una escala de 8 bits potencia de dos (4,25 bits).</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 int8 values with an FP16 scale (8.5 bits per weight).</source>
        <translation>Bloques de llama.cpp de 32 valores int8 con una escala FP16 (8,5 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp 6-bit k-quant, super-blocks of 256 (6.5625 bits per weight).</source>
        <translation>k-quant de 6 bits de llama.cpp, superbloques de 256 (6,5625 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp 5-bit k-quant, super-blocks of 256 (5.5 bits per weight).</source>
        <translation>k-quant de 5 bits de llama.cpp, superbloques de 256 (5,5 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 5-bit values with an FP16 scale (5.5 bits per weight).</source>
        <translation>Bloques de llama.cpp de 32 valores de 5 bits con una escala FP16 (5,5 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp 4-bit k-quant, super-blocks of 256 with 6-bit sub-block scales (4.5 bits).</source>
        <translation>k-quant de 4 bits de llama.cpp, superbloques de 256 con escalas de subbloque de 6 bits (4,5 bits).</translation>
    </message>
    <message>
        <source>llama.cpp blocks of 32 4-bit values with an FP16 scale (4.5 bits per weight).</source>
        <translation>Bloques de llama.cpp de 32 valores de 4 bits con una escala FP16 (4,5 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp 3-bit k-quant (3.4375 bits per weight).</source>
        <translation>k-quant de 3 bits de llama.cpp (3,4375 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp 2-bit k-quant (2.625 bits per weight).</source>
        <translation>k-quant de 2 bits de llama.cpp (2,625 bits por peso).</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s recommended mixture: Q4_K with Q6_K for half of attn_v/ffn_down and the output.</source>
        <translation>La mezcla recomendada de llama.cpp: Q4_K, con Q6_K para la mitad de attn_v/ffn_down y la salida.</translation>
    </message>
    <message>
        <source>llama.cpp mixture: Q5_K with Q6_K for half of attn_v/ffn_down and the output.</source>
        <translation>Mezcla de llama.cpp: Q5_K, con Q6_K para la mitad de attn_v/ffn_down y la salida.</translation>
    </message>
    <message>
        <source>llama.cpp mixture: Q3_K with Q4_K/Q5_K for attention and ffn_down, Q6_K output.</source>
        <translation>Mezcla de llama.cpp: Q3_K, con Q4_K/Q5_K para la atención y ffn_down, salida en Q6_K.</translation>
    </message>
    <message>
        <source>32-bit cache: 4 bytes per element.</source>
        <translation>Caché de 32 bits: 4 bytes por elemento.</translation>
    </message>
    <message>
        <source>Half-precision cache: 2 bytes per element (the default everywhere).</source>
        <translation>Caché de media precisión: 2 bytes por elemento (el valor por defecto en todas partes).</translation>
    </message>
    <message>
        <source>bfloat16 cache: 2 bytes per element.</source>
        <translation>Caché bfloat16: 2 bytes por elemento.</translation>
    </message>
    <message>
        <source>8-bit float cache (vLLM --kv-cache-dtype fp8): 1 byte per element.</source>
        <translation>Caché de coma flotante de 8 bits (vLLM --kv-cache-dtype fp8): 1 byte por elemento.</translation>
    </message>
    <message>
        <source>8-bit integer cache with a scale per token and head.</source>
        <translation>Caché de enteros de 8 bits con una escala por token y cabeza.</translation>
    </message>
    <message>
        <source>llama.cpp q8_0 cache: blocks of 32 with an FP16 scale (1.0625 bytes).</source>
        <translation>Caché q8_0 de llama.cpp: bloques de 32 con una escala FP16 (1,0625 bytes).</translation>
    </message>
    <message>
        <source>llama.cpp q4_0 cache: blocks of 32 4-bit values (0.5625 bytes).</source>
        <translation>Caché q4_0 de llama.cpp: bloques de 32 valores de 4 bits (0,5625 bytes).</translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb: weights × (1 + overhead) + KV cache, with a flat overhead.</source>
        <translation>La regla empírica del artículo: pesos × (1 + sobrecarga) + caché KV, con una sobrecarga fija.</translation>
    </message>
    <message>
        <source>PyTorch inference with generate(): CUDA context, caching-allocator reserve and the prefill activation peak, calibrated on H200 measurements.</source>
        <translation>Inferencia de PyTorch con generate(): contexto CUDA, reserva del asignador con caché y el pico de activaciones del prefill, calibrado con mediciones en H200.</translation>
    </message>
    <message>
        <source>vLLM serving: gpu_memory_utilization of the GPU is taken at start-up; weights, the profiled activation peak, CUDA graphs and the CUDA context come out of it, the rest becomes a paged KV-cache pool.</source>
        <translation>Servicio con vLLM: al arrancar toma gpu_memory_utilization de la GPU; de ahí salen los pesos, el pico de activaciones perfilado, los grafos CUDA y el contexto CUDA, y el resto se convierte en un pool paginado de caché KV.</translation>
    </message>
    <message>
        <source>llama.cpp with GGUF weights: layers on the GPU (n_gpu_layers, output layer counted), the KV cache with its cache types, the compute buffer, and what stays in system RAM.</source>
        <translation>llama.cpp con pesos GGUF: capas en la GPU (n_gpu_layers, contando la capa de salida), la caché KV con sus tipos de caché, el búfer de cómputo y lo que queda en la RAM del sistema.</translation>
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
        <translation>Caché q4_1 de llama.cpp: bloques de 32 valores de 4 bits con una escala y un mínimo FP16 (0,625 bytes).</translation>
    </message>
    <message>
        <source>llama.cpp q5_0 cache: blocks of 32 5-bit values with an FP16 scale (0.6875 bytes).</source>
        <translation>Caché q5_0 de llama.cpp: bloques de 32 valores de 5 bits con una escala FP16 (0,6875 bytes).</translation>
    </message>
    <message>
        <source>llama.cpp q5_1 cache: blocks of 32 5-bit values with an FP16 scale and minimum (0.75 bytes).</source>
        <translation>Caché q5_1 de llama.cpp: bloques de 32 valores de 5 bits con una escala y un mínimo FP16 (0,75 bytes).</translation>
    </message>
    <message>
        <source>llama.cpp iq4_nl cache: blocks of 32 non-linear 4-bit values with an FP16 scale (0.5625 bytes).</source>
        <translation>Caché iq4_nl de llama.cpp: bloques de 32 valores no lineales de 4 bits con una escala FP16 (0,5625 bytes).</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>The model&apos;s parameters as stored in the chosen format.</source>
        <translation>Los parámetros del modelo en el formato elegido.</translation>
    </message>
    <message>
        <source>Every parameter of the model, stored in the chosen format. At 16 bit a parameter takes 2 bytes, at INT8 one byte, at INT4 half a byte plus its share of the scales.</source>
        <translation>Cada parámetro del modelo, en el formato elegido. En 16 bits un parámetro ocupa 2 bytes, en INT8 un byte, en INT4 medio byte más su parte de las escalas.</translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation>Bits por peso</translation>
    </message>
    <message>
        <source>Average storage per parameter, scales and zero-points included.</source>
        <translation>Almacenamiento medio por parámetro, escalas y puntos cero incluidos.</translation>
    </message>
    <message>
        <source>The average number of bits one parameter takes in memory, including the scales and zero-points that quantized formats store per group. INT4 with groups of 128 is about 4.25 bits per weight, not 4.</source>
        <translation>El número medio de bits que ocupa un parámetro en memoria, incluidas las escalas y los puntos cero que los formatos cuantizados guardan por grupo. INT4 con grupos de 128 ronda los 4,25 bits por peso, no 4.</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño de grupo</translation>
    </message>
    <message>
        <source>How many weights share one scale in a quantized format.</source>
        <translation>Cuántos pesos comparten una escala en un formato cuantizado.</translation>
    </message>
    <message>
        <source>Quantized formats store one scale (and often a zero-point) for each group of consecutive weights. Smaller groups (g32) are more accurate but cost more bits per weight than larger ones (g128).</source>
        <translation>Los formatos cuantizados guardan una escala (y a menudo un punto cero) por cada grupo de pesos consecutivos. Los grupos pequeños (g32) son más precisos pero cuestan más bits por peso que los grandes (g128).</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>Keys and values kept for every token, so they are not recomputed.</source>
        <translation>Claves y valores guardados para cada token, para no recalcularlos.</translation>
    </message>
    <message>
        <source>While generating, a transformer keeps the attention keys and values of every earlier token of every sequence. It grows linearly with the context length and the batch: 2 × layers × KV heads × head dimension × tokens × bytes per value.</source>
        <translation>Al generar, un transformer guarda las claves y valores de atención de cada token anterior de cada secuencia. Crece linealmente con la longitud de contexto y el lote: 2 × capas × cabezas KV × dimensión de cabeza × tokens × bytes por valor.</translation>
    </message>
    <message>
        <source>GQA (grouped-query attention)</source>
        <translation>GQA (atención por consultas agrupadas)</translation>
    </message>
    <message>
        <source>Several query heads share one key/value head, which shrinks the KV cache.</source>
        <translation>Varias cabezas de consulta comparten una cabeza de clave/valor, lo que reduce la caché KV.</translation>
    </message>
    <message>
        <source>With grouped-query attention, groups of query heads share one key/value head. A model with 64 query heads and 8 KV heads caches 8 times less than the article&apos;s formula, which counts every hidden dimension.</source>
        <translation>Con la atención por consultas agrupadas, grupos de cabezas de consulta comparten una cabeza de clave/valor. Un modelo con 64 cabezas de consulta y 8 cabezas KV guarda 8 veces menos que la fórmula del artículo, que cuenta cada dimensión oculta.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Temporary tensors alive during a forward pass.</source>
        <translation>Tensores temporales durante una pasada hacia delante.</translation>
    </message>
    <message>
        <source>The intermediate results of a forward pass. At inference only the peak of one layer matters, reached while the prompt is processed (prefill); fine-tuning keeps far more for the backward pass.</source>
        <translation>Los resultados intermedios de una pasada hacia delante. En inferencia solo cuenta el pico de una capa, alcanzado al procesar el prompt (prefill); el ajuste fino guarda mucho más para la pasada hacia atrás.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>Runtime costs beyond weights and KV cache: CUDA context, libraries, allocator reserve.</source>
        <translation>Costes del entorno de ejecución además de pesos y caché KV: contexto CUDA, bibliotecas, reserva del asignador.</translation>
    </message>
    <message>
        <source>Memory the runtime needs besides the model: the CUDA context, cuBLAS and other libraries, the caching allocator&apos;s reserve and communication buffers. The article&apos;s simple rule adds a flat 20 % on top of the weights; the runtime profiles use measured figures.</source>
        <translation>La memoria que el entorno de ejecución necesita además del modelo: el contexto CUDA, cuBLAS y otras bibliotecas, la reserva del asignador con caché y los búferes de comunicación. La regla simple del artículo suma un 20 % fijo sobre los pesos; los perfiles de ejecución usan cifras medidas.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and answer together.</source>
        <translation>Tokens por secuencia, prompt y respuesta juntos.</translation>
    </message>
    <message>
        <source>The number of tokens one sequence holds: the prompt plus the generated text. The KV cache grows linearly with it, which is why long contexts can need more memory than the weights.</source>
        <translation>El número de tokens que contiene una secuencia: el prompt más el texto generado. La caché KV crece linealmente con ella, por eso los contextos largos pueden necesitar más memoria que los pesos.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Sequences processed together, each with its own KV cache.</source>
        <translation>Secuencias procesadas juntas, cada una con su propia caché KV.</translation>
    </message>
    <message>
        <source>The number of sequences served at the same time. Weights are shared; every sequence has its own KV cache and activations.</source>
        <translation>El número de secuencias atendidas a la vez. Los pesos se comparten; cada secuencia tiene su propia caché KV y sus activaciones.</translation>
    </message>
    <message>
        <source>Tensor parallelism</source>
        <translation>Paralelismo de tensores</translation>
    </message>
    <message>
        <source>Every layer split across several GPUs, each holding a slice of every matrix.</source>
        <translation>Cada capa repartida entre varias GPU, cada una con una porción de cada matriz.</translation>
    </message>
    <message>
        <source>With tensor parallelism each of N GPUs holds 1/N of every weight matrix and of the KV heads; the GPUs exchange partial results twice per layer. Pipeline parallelism instead gives each GPU whole consecutive layers.</source>
        <translation>Con paralelismo de tensores cada una de las N GPU guarda 1/N de cada matriz de pesos y de las cabezas KV; las GPU intercambian resultados parciales dos veces por capa. El paralelismo de canalización, en cambio, da a cada GPU capas consecutivas enteras.</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Memoria utilizable</translation>
    </message>
    <message>
        <source>What a GPU offers after the driver&apos;s reserve, as nvidia-smi reports it.</source>
        <translation>Lo que ofrece una GPU tras la reserva del controlador, tal como lo indica nvidia-smi.</translation>
    </message>
    <message>
        <source>A GPU&apos;s datasheet (nominal) memory minus what the driver and ECC keep for themselves. FitScope compares the load with the usable figure.</source>
        <translation>La memoria de la hoja de datos (nominal) de una GPU menos lo que el controlador y el ECC se reservan. FitScope compara la carga con la cifra utilizable.</translation>
    </message>
</context>
<context>
    <name>PinnedOverlays</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>FitScope scenario (*.fitscope.json);;JSON (*.json);;All files (*)</source>
        <translation>Escenario de FitScope (*.fitscope.json);;JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
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
        <translation>Media precisión IEEE: 5 bits de exponente y 10 de mantisa por peso, la referencia habitual de inferencia.</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>bfloat16: FP32&apos;s 8 exponent bits with only 7 mantissa bits, so a wide range but coarser steps than FP16.</source>
        <translation>bfloat16: los 8 bits de exponente de FP32 con solo 7 de mantisa, así que un rango amplio pero pasos más gruesos que FP16.</translation>
    </message>
    <message>
        <source>FP8 E4M3</source>
        <translation>FP8 E4M3</translation>
    </message>
    <message>
        <source>8-bit float with 4 exponent and 3 mantissa bits and one scale for the whole tensor (largest value 448).</source>
        <translation>Coma flotante de 8 bits con 4 bits de exponente y 3 de mantisa y una escala para todo el tensor (valor máximo 448).</translation>
    </message>
    <message>
        <source>FP8 E5M2</source>
        <translation>FP8 E5M2</translation>
    </message>
    <message>
        <source>8-bit float with 5 exponent and 2 mantissa bits: more range than E4M3, half the precision.</source>
        <translation>Coma flotante de 8 bits con 5 bits de exponente y 2 de mantisa: más rango que E4M3, la mitad de precisión.</translation>
    </message>
    <message>
        <source>INT8 per tensor</source>
        <translation>INT8 por tensor</translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale for the whole tensor: the naive &apos;one global scale&apos; that a single large value ruins.</source>
        <translation>Enteros de 8 bits con una escala absmax para todo el tensor: la ingenua «una escala global» que arruina un solo valor grande.</translation>
    </message>
    <message>
        <source>INT8 per channel</source>
        <translation>INT8 por canal</translation>
    </message>
    <message>
        <source>8-bit integers with one absmax scale per output channel (row), as bitsandbytes stores INT8 weights.</source>
        <translation>Enteros de 8 bits con una escala absmax por canal de salida (fila), como guarda bitsandbytes los pesos INT8.</translation>
    </message>
    <message>
        <source>LLM.int8()</source>
        <translation>LLM.int8()</translation>
    </message>
    <message>
        <source>Per-channel INT8, with the input columns whose activations exceed the threshold kept in FP16 (Dettmers et al., 2022).</source>
        <translation>INT8 por canal, con las columnas de entrada cuyas activaciones superan el umbral guardadas en FP16 (Dettmers et al., 2022).</translation>
    </message>
    <message>
        <source>INT4 g32</source>
        <translation>INT4 g32</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 32 weights.</source>
        <translation>Redondeo al más cercano en 4 bits con una escala FP16 simétrica por grupo de 32 pesos.</translation>
    </message>
    <message>
        <source>INT4 g64</source>
        <translation>INT4 g64</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 64 weights.</source>
        <translation>Redondeo al más cercano en 4 bits con una escala FP16 simétrica por grupo de 64 pesos.</translation>
    </message>
    <message>
        <source>INT4 g128</source>
        <translation>INT4 g128</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest with a symmetric FP16 scale per group of 128 weights.</source>
        <translation>Redondeo al más cercano en 4 bits con una escala FP16 simétrica por grupo de 128 pesos.</translation>
    </message>
    <message>
        <source>INT4 g32 + zero-point</source>
        <translation>INT4 g32 + punto cero</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 32 with a scale and a 4-bit zero-point, so a lopsided group uses all 16 levels.</source>
        <translation>Redondeo al más cercano en 4 bits por grupo de 32 con una escala y un punto cero de 4 bits, para que un grupo asimétrico use los 16 niveles.</translation>
    </message>
    <message>
        <source>INT4 g64 + zero-point</source>
        <translation>INT4 g64 + punto cero</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 64 with a scale and a 4-bit zero-point.</source>
        <translation>Redondeo al más cercano en 4 bits por grupo de 64 con una escala y un punto cero de 4 bits.</translation>
    </message>
    <message>
        <source>INT4 g128 + zero-point</source>
        <translation>INT4 g128 + punto cero</translation>
    </message>
    <message>
        <source>4-bit round-to-nearest per group of 128 with a scale and a 4-bit zero-point.</source>
        <translation>Redondeo al más cercano en 4 bits por grupo de 128 con una escala y un punto cero de 4 bits.</translation>
    </message>
    <message>
        <source>NF4</source>
        <translation>NF4</translation>
    </message>
    <message>
        <source>QLoRA&apos;s 4-bit NormalFloat: 16 levels placed at normal-distribution quantiles, one FP32 absmax per block of 64.</source>
        <translation>El NormalFloat de 4 bits de QLoRA: 16 niveles situados en cuantiles de la distribución normal, un absmax FP32 por bloque de 64.</translation>
    </message>
    <message>
        <source>NF4 + double quant</source>
        <translation>NF4 + doble cuantización</translation>
    </message>
    <message>
        <source>NF4 whose block scales are themselves quantized to 8 bits, saving about 0.37 bits per weight.</source>
        <translation>NF4 cuyas escalas de bloque se cuantizan a su vez a 8 bits, con un ahorro de unos 0,37 bits por peso.</translation>
    </message>
    <message>
        <source>MXFP4</source>
        <translation>MXFP4</translation>
    </message>
    <message>
        <source>OCP microscaling: 32 FP4 (E2M1) values share one power-of-two scale.</source>
        <translation>Microescalado OCP: 32 valores FP4 (E2M1) comparten una escala potencia de dos.</translation>
    </message>
    <message>
        <source>GGUF Q8_0</source>
        <translation>GGUF Q8_0</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 signed 8-bit values with one FP16 scale (8.5 bits per weight).</source>
        <translation>Bloques de llama.cpp de 32 valores de 8 bits con signo y una escala FP16 (8,5 bits por peso).</translation>
    </message>
    <message>
        <source>GGUF Q4_0</source>
        <translation>GGUF Q4_0</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with one FP16 scale (4.5 bits per weight).</source>
        <translation>Bloques de llama.cpp de 32 valores de 4 bits con una escala FP16 (4,5 bits por peso).</translation>
    </message>
    <message>
        <source>GGUF Q4_1</source>
        <translation>GGUF Q4_1</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s blocks of 32 4-bit values with an FP16 scale and minimum (5 bits per weight).</source>
        <translation>Bloques de llama.cpp de 32 valores de 4 bits con una escala y un mínimo FP16 (5 bits por peso).</translation>
    </message>
    <message>
        <source>GGUF Q4_K</source>
        <translation>GGUF Q4_K</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s K-quant: super-blocks of 256 with 6-bit scales and minimums per 32 weights (4.5 bits per weight).</source>
        <translation>K-quant de llama.cpp: superbloques de 256 con escalas y mínimos de 6 bits cada 32 pesos (4,5 bits por peso).</translation>
    </message>
    <message>
        <source>GGUF Q6_K</source>
        <translation>GGUF Q6_K</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s 6-bit K-quant: super-blocks of 256 with an 8-bit scale per 16 weights (6.56 bits per weight).</source>
        <translation>K-quant de 6 bits de llama.cpp: superbloques de 256 con una escala de 8 bits cada 16 pesos (6,56 bits por peso).</translation>
    </message>
    <message>
        <source>GPTQ INT4 g128</source>
        <translation>GPTQ INT4 g128</translation>
    </message>
    <message>
        <source>GPTQ rounds column by column and pushes each rounding error onto the columns not yet rounded, using the calibration Hessian (4 bits, groups of 128).</source>
        <translation>GPTQ redondea columna a columna y traslada cada error de redondeo a las columnas aún sin redondear, usando la hessiana de calibración (4 bits, grupos de 128).</translation>
    </message>
    <message>
        <source>GPTQ INT4 g64</source>
        <translation>GPTQ INT4 g64</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 64.</source>
        <translation>El redondeo de 4 bits de GPTQ con compensación de errores, en grupos de 64.</translation>
    </message>
    <message>
        <source>GPTQ INT4 g32</source>
        <translation>GPTQ INT4 g32</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating 4-bit rounding with groups of 32.</source>
        <translation>El redondeo de 4 bits de GPTQ con compensación de errores, en grupos de 32.</translation>
    </message>
    <message>
        <source>GPTQ INT3 g128</source>
        <translation>GPTQ INT3 g128</translation>
    </message>
    <message>
        <source>GPTQ&apos;s error-compensating rounding with only 8 levels (3 bits), groups of 128.</source>
        <translation>El redondeo de GPTQ con compensación de errores y solo 8 niveles (3 bits), grupos de 128.</translation>
    </message>
    <message>
        <source>AWQ INT4 g128</source>
        <translation>AWQ INT4 g128</translation>
    </message>
    <message>
        <source>AWQ scales up the input channels with large activations before 4-bit rounding, so the weights that matter most lose least.</source>
        <translation>AWQ amplía los canales de entrada con activaciones grandes antes del redondeo a 4 bits, para que los pesos que más importan pierdan menos.</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Coma flotante</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>4-bit</source>
        <translation>4 bits</translation>
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
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 could not be read; FitScope started with the default settings (the damaged file was kept as %2).</source>
        <translation>No se pudo leer el archivo de configuración %1; FitScope arrancó con la configuración por defecto (el archivo dañado se guardó como %2).</translation>
    </message>
</context>
<context>
    <name>fitscope</name>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>faltan %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::AboutDialog</name>
    <message>
        <source>Does this LLM fit on this GPU, at this precision and context, and why? Memory, speed and quantization, with numbers.</source>
        <translation>¿Cabe este LLM en esta GPU, con esta precisión y este contexto, y por qué? Memoria, velocidad y cuantización, con números.</translation>
    </message>
    <message>
        <source>FitScope is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>FitScope es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The component colours are the Okabe–Ito palette; the line colours are Paul Tol&apos;s muted scheme. Both are safe for colour-blind readers.</source>
        <translation>Los colores de los componentes son la paleta de Okabe–Ito; los de las líneas, el esquema «muted» de Paul Tol. Ambos son aptos para personas con daltonismo.</translation>
    </message>
    <message>
        <source>About FitScope</source>
        <translation>Acerca de FitScope</translation>
    </message>
    <message>
        <source>FitScope icon</source>
        <translation>Icono de FitScope</translation>
    </message>
    <message>
        <source>Version, licence and the libraries FitScope uses.</source>
        <translation>Versión, licencia y bibliotecas que usa FitScope.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::BreakdownChart</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Memory breakdown against capacity</source>
        <translation>Desglose de memoria frente a capacidad</translation>
    </message>
    <message>
        <source>For each selected GPU, a stacked bar of weights, KV cache, activations and overhead beside the GPU&apos;s usable and nominal memory, with a verdict.</source>
        <translation>Para cada GPU elegida, una barra apilada de pesos, caché KV, activaciones y sobrecarga junto a la memoria utilizable y nominal de la GPU, con un veredicto.</translation>
    </message>
    <message>
        <source>Nominal memory</source>
        <translation>Memoria nominal</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Memoria utilizable</translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation>Ninguna GPU seleccionada</translation>
    </message>
    <message>
        <source>%1 × %2
(load per GPU)</source>
        <translation>%1 × %2
(carga por GPU)</translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation>Memoria por GPU (%1)</translation>
    </message>
    <message>
        <source>%1
usable</source>
        <translation>%1
utilizables</translation>
    </message>
    <message>
        <source>%1 nominal</source>
        <translation>%1 nominales</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memoria necesaria</translation>
    </message>
    <message>
        <source>Load on each of %1 GPUs&lt;br&gt;</source>
        <translation>Carga en cada una de las %1 GPU&lt;br&gt;</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usable: %2&lt;br&gt;Nominal: %3&lt;br&gt;%4: %5 %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Utilizable: %2&lt;br&gt;Nominal: %3&lt;br&gt;%4: %5 %6</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libres</translation>
    </message>
    <message>
        <source>short</source>
        <translation>faltan</translation>
    </message>
    <message>
        <source>In use (other processes)</source>
        <translation>En uso (otros procesos)</translation>
    </message>
    <message>
        <source>With other processes: %1</source>
        <translation>Con otros procesos: %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type an action, model, GPU, format or runtime…</source>
        <translation>Escribe una acción, modelo, GPU, formato o entorno…</translation>
    </message>
    <message>
        <source>Search actions, models, GPUs, formats and runtimes</source>
        <translation>Buscar acciones, modelos, GPU, formatos y entornos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ComparisonView</name>
    <message>
        <source>Show all inputs</source>
        <translation>Mostrar todas las entradas</translation>
    </message>
    <message>
        <source>Lists every input, not only those that differ between the scenarios.</source>
        <translation>Lista todas las entradas, no solo las que difieren entre los escenarios.</translation>
    </message>
    <message>
        <source>Comparison of the scenarios</source>
        <translation>Comparación de los escenarios</translation>
    </message>
    <message>
        <source>Pin a scenario (Ctrl+P), change the controls, and the two are compared here; pin more to compare up to eight, and star one as the baseline.</source>
        <translation>Fija un escenario (Ctrl+P), cambia los controles y ambos se comparan aquí; fija más para comparar hasta ocho y marca uno con la estrella como referencia.</translation>
    </message>
    <message>
        <source>Differences are from %1; the better value of each row is in bold. Memory is per GPU on each scenario&apos;s primary GPU.</source>
        <translation>Las diferencias son respecto a %1; el mejor valor de cada fila está en negrita. La memoria es por GPU en la GPU principal de cada escenario.</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (en vivo)</translation>
    </message>
    <message>
        <source>★ %1 (baseline)</source>
        <translation>★ %1 (referencia)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Inputs that differ</source>
        <translation>Entradas que difieren</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextChart</name>
    <message>
        <source>Memory against context length</source>
        <translation>Memoria según la longitud de contexto</translation>
    </message>
    <message>
        <source>Total memory per GPU as the context grows, one line per weight format, with the capacity of each selected GPU and the longest context that fits marked.</source>
        <translation>Memoria total por GPU a medida que crece el contexto, una línea por formato de pesos, con la capacidad de cada GPU elegida y el contexto más largo que cabe marcado.</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence, log scale)</source>
        <translation>Longitud de contexto (tokens por secuencia, escala logarítmica)</translation>
    </message>
    <message>
        <source>Longest context that fits</source>
        <translation>Contexto más largo que cabe</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (elegido)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> usable</source>
        <translation> utilizables</translation>
    </message>
    <message>
        <source>Memory per GPU (%1)</source>
        <translation>Memoria por GPU (%1)</translation>
    </message>
    <message>
        <source>%1 tokens: %2</source>
        <translation>%1 tokens: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tokens: %3&lt;br&gt;(%4 bytes)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 tokens: %3&lt;br&gt;(%4 bytes)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2&lt;/b&gt;&lt;br&gt;Longest context that fits: %3 tokens</source>
        <translation>&lt;b&gt;%1 en %2&lt;/b&gt;&lt;br&gt;Contexto más largo que cabe: %3 tokens</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ContextReadout</name>
    <message>
        <source>%1: weights %2 + KV %3 + activations %4 + overhead %5 = %6</source>
        <translation>%1: pesos %2 + KV %3 + activaciones %4 + sobrecarga %5 = %6</translation>
    </message>
    <message>
        <source>Hover for every curve at that context; click to set the context there.</source>
        <translation>Pasa el ratón para ver cada curva en ese contexto; haz clic para fijar el contexto allí.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>Sin GPU</translation>
    </message>
    <message>
        <source>%1: %2 tokens/s</source>
        <translation>%1: %2 tokens/s</translation>
    </message>
    <message>
        <source>Decode at %1 tokens of context
%2</source>
        <translation>Decodificación con %1 tokens de contexto
%2</translation>
    </message>
    <message>
        <source>Context from the chart</source>
        <translation>Contexto desde el gráfico</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ControlPanel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model to size: one from the catalog, a config.json you opened, or Custom (a bare parameter count with an assumed Llama-2-style shape). Type to search.</source>
        <translation>El modelo que se calcula: uno del catálogo, un config.json abierto o Personalizado (un simple número de parámetros con una forma supuesta al estilo de Llama 2). Escriba para buscar.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source> (Ctrl+O)</source>
        <translation> (Ctrl+O)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>The number of weights in the model, from 0.1 billion to 2 trillion (log scale). Type a value such as 7B or 6.7e9. Moving it away from a catalog model switches to a custom model with an assumed shape.</source>
        <translation>El número de pesos del modelo, de 0,1 mil millones a 2 billones (escala logarítmica). Escriba un valor como 7B o 6.7e9. Alejarlo de un modelo del catálogo cambia a un modelo personalizado con forma supuesta.</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Weight format</source>
        <translation>Formato de pesos</translation>
    </message>
    <message>
        <source>How each weight is stored: floating point (FP32, BF16, FP16, FP8), 8-bit integers, 4-bit formats (GPTQ, AWQ, NF4, MXFP4) or llama.cpp&apos;s GGUF types. Scales and zero-points are counted.</source>
        <translation>Cómo se almacena cada peso: coma flotante (FP32, BF16, FP16, FP8), enteros de 8 bits, formatos de 4 bits (GPTQ, AWQ, NF4, MXFP4) o los tipos GGUF de llama.cpp. Se cuentan las escalas y los puntos cero.</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Pesos</translation>
    </message>
    <message>
        <source>Embeddings and output head</source>
        <translation>Embeddings y cabeza de salida</translation>
    </message>
    <message>
        <source>Advanced precision</source>
        <translation>Precisión avanzada</translation>
    </message>
    <message>
        <source>Shows the formats of the token embeddings and the output head, which quantized models usually keep at 16 bit.</source>
        <translation>Muestra los formatos de los embeddings de tokens y de la cabeza de salida, que los modelos cuantizados suelen dejar en 16 bits.</translation>
    </message>
    <message>
        <source>Embeddings format</source>
        <translation>Formato de los embeddings</translation>
    </message>
    <message>
        <source>The format of the token embedding table. Automatic: 16 bit for quantized formats, llama.cpp&apos;s choice for GGUF.</source>
        <translation>El formato de la tabla de embeddings de tokens. Automático: 16 bits para formatos cuantizados, la elección de llama.cpp para GGUF.</translation>
    </message>
    <message>
        <source>Output head format</source>
        <translation>Formato de la cabeza de salida</translation>
    </message>
    <message>
        <source>The format of the output head (lm_head), the last matrix that turns hidden states into token scores. Automatic: 16 bit for quantized formats, Q6_K for GGUF.</source>
        <translation>El formato de la cabeza de salida (lm_head), la última matriz, que convierte los estados ocultos en puntuaciones de tokens. Automático: 16 bits para formatos cuantizados, Q6_K para GGUF.</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Output &amp;head</source>
        <translation>Cabeza de &amp;salida</translation>
    </message>
    <message>
        <source>KV cache format</source>
        <translation>Formato de la caché KV</translation>
    </message>
    <message>
        <source>How the cached keys and values are stored. FP16 is the default of most runtimes; FP8 and INT8 halve the cache, llama.cpp&apos;s Q4_0 quarters it.</source>
        <translation>Cómo se almacenan las claves y valores en caché. FP16 es lo habitual en la mayoría de entornos; FP8 e INT8 reducen la caché a la mitad, el Q4_0 de llama.cpp a la cuarta parte.</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>Caché &amp;KV</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <source>Tokens per sequence, prompt and generated text together (log scale, up to the model&apos;s maximum). The KV cache grows linearly with it. Type 4096, 32k or 1M.</source>
        <translation>Tokens por secuencia, prompt y texto generado juntos (escala logarítmica, hasta el máximo del modelo). La caché KV crece linealmente con ella. Escriba 4096, 32k o 1M.</translation>
    </message>
    <message>
        <source>Con&amp;text length (tokens)</source>
        <translation>Longitud de con&amp;texto (tokens)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Concurrent sequences served together. Each one has its own KV cache and activations.</source>
        <translation>Secuencias atendidas a la vez. Cada una tiene su propia caché KV y sus activaciones.</translation>
    </message>
    <message>
        <source>&amp;Batch (concurrent sequences)</source>
        <translation>&amp;Lote (secuencias simultáneas)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>Runtime profile</source>
        <translation>Perfil de ejecución</translation>
    </message>
    <message>
        <source>How memory beyond weights and KV cache is counted: the article&apos;s simple rule (a flat overhead) or a profile measured on a real runtime.</source>
        <translation>Cómo se cuenta la memoria más allá de los pesos y la caché KV: la regla simple del artículo (una sobrecarga fija) o un perfil medido en un entorno de ejecución real.</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>&amp;Entorno de ejecución</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %). Used only by the simple profile.</source>
        <translation>La sobrecarga fija del perfil simple sobre los pesos (el artículo sugiere un 20–30 %). Solo la usa el perfil simple.</translation>
    </message>
    <message>
        <source>&amp;Overhead on weights</source>
        <translation>&amp;Sobrecarga sobre los pesos</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>G&amp;PUs to compare</source>
        <translation>G&amp;PU que comparar</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article)</source>
        <translation>GB (10⁹ bytes, como el artículo)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation>GiB (2³⁰ bytes, como nvidia-smi)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Show memory in GB (10⁹ bytes, as the article and datasheets) or GiB (2³⁰ bytes, as drivers report).</source>
        <translation>Mostrar la memoria en GB (10⁹ bytes, como el artículo y las hojas de datos) o GiB (2³⁰ bytes, como indican los controladores).</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The format&apos;s own default for this part of the model.</source>
        <translation>El valor por defecto del propio formato para esta parte del modelo.</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>, from your catalog file</source>
        <translation>, de su archivo de catálogo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom (parameter count only)</source>
        <translation>Personalizado (solo número de parámetros)</translation>
    </message>
    <message>
        <source>A Llama-2-style model of the chosen size; its shape is assumed.</source>
        <translation>Un modelo al estilo de Llama 2 del tamaño elegido; su forma es supuesta.</translation>
    </message>
    <message>
        <source>Could not read the model %1 (%2); using the default model.</source>
        <translation>No se pudo leer el modelo %1 (%2); se usa el modelo por defecto.</translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation>Personalizado %1</translation>
    </message>
    <message>
        <source>Assumed shape (Llama-2 style): %1 layers, hidden %2, %3 heads (%4 KV), vocabulary %5.</source>
        <translation>Forma supuesta (estilo Llama 2): %1 capas, oculto %2, %3 cabezas (%4 KV), vocabulario %5.</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 heads (%4 KV), up to %5 tokens.</source>
        <translation>%1 capas, oculto %2, %3 cabezas (%4 KV), hasta %5 tokens.</translation>
    </message>
    <message>
        <source> Mixture of experts: %1 of %2 experts per token.</source>
        <translation> Mezcla de expertos: %1 de %2 expertos por token.</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Abrir archivo de modelo…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Abrir un archivo de modelo</translation>
    </message>
    <message>
        <source>Reads a .gguf or .safetensors file, a Hugging Face model folder or a config.json (headers only) and sizes that exact architecture, with the exact bytes the file stores. You can also drop one onto the window.</source>
        <translation>Lee un archivo .gguf o .safetensors, una carpeta de modelo de Hugging Face o un config.json (solo cabeceras) y calcula esa arquitectura exacta, con los bytes exactos que guarda el archivo. También puede soltar uno sobre la ventana.</translation>
    </message>
    <message>
        <source>No model matches “%1”.</source>
        <translation>Ningún modelo coincide con «%1».</translation>
    </message>
    <message>
        <source>On this machine…</source>
        <translation>En este equipo…</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>Modelos en este equipo</translation>
    </message>
    <message>
        <source>Lists the models already downloaded by Ollama, LM Studio, llama.cpp and the Hugging Face tools, and whether each fits the selected GPU; choose one to open it.</source>
        <translation>Muestra los modelos que Ollama, LM Studio, llama.cpp y las herramientas de Hugging Face ya han descargado, y si cada uno cabe en la GPU elegida; elija uno para abrirlo.</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+H)</source>
        <translation> (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Search models, or a Hugging Face id…</source>
        <translation>Buscar modelos o un id de Hugging Face…</translation>
    </message>
    <message>
        <source>A Hugging Face id (ORG/NAME) or its page&apos;s address, with Enter, reads that model from the Hub.</source>
        <translation>Un id de Hugging Face (ORG/NOMBRE) o la dirección de su página, con Intro, lee ese modelo del Hub.</translation>
    </message>
    <message>
        <source>Hugging Face…</source>
        <translation>Hugging Face…</translation>
    </message>
    <message>
        <source>Open from Hugging Face</source>
        <translation>Abrir desde Hugging Face</translation>
    </message>
    <message>
        <source>Reads a model from the Hugging Face Hub by its id (ORG/NAME): its config and the headers of its weight files, never the weights themselves.</source>
        <translation>Lee un modelo del Hugging Face Hub por su id (ORG/NOMBRE): su configuración y las cabeceras de sus archivos de pesos, nunca los pesos.</translation>
    </message>
    <message>
        <source> (Ctrl+Alt+O)</source>
        <translation> (Ctrl+Alt+O)</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>Imágenes por solicitud</translation>
    </message>
    <message>
        <source>Images sent with each request. Each becomes soft tokens in the sequence, cached like text, so the context and the KV cache hold them too.</source>
        <translation>Imágenes enviadas con cada solicitud. Cada una se convierte en tokens suaves de la secuencia, en caché como el texto, así que el contexto y la caché KV también las contienen.</translation>
    </message>
    <message>
        <source> tokens each</source>
        <translation> tokens cada una</translation>
    </message>
    <message>
        <source>Tokens per image</source>
        <translation>Tokens por imagen</translation>
    </message>
    <message>
        <source>&amp;Images per request</source>
        <translation>&amp;Imágenes por solicitud</translation>
    </message>
    <message>
        <source>tokens each: give a count</source>
        <translation>tokens por imagen: indique una cifra</translation>
    </message>
    <message>
        <source>The model&apos;s figure is for %1.</source>
        <translation>La cifra del modelo es para %1.</translation>
    </message>
    <message>
        <source>This model&apos;s image tokens depend on the image&apos;s size and tiling: give them.</source>
        <translation>Los tokens de imagen de este modelo dependen del tamaño y del mosaico de la imagen: indíquelos.</translation>
    </message>
    <message>
        <source>The soft tokens one image takes in the sequence. %1</source>
        <translation>Los tokens suaves que ocupa una imagen en la secuencia. %1</translation>
    </message>
    <message>
        <source>%1 tokens (model&apos;s)</source>
        <translation>%1 tokens (del modelo)</translation>
    </message>
    <message>
        <source>Could not read the vision projector %1 (%2); the model is sized without it.</source>
        <translation>No se pudo leer el proyector de visión %1 (%2); el modelo se dimensiona sin él.</translation>
    </message>
    <message>
        <source>Open the GGUF model first: a vision projector goes with a GGUF model.</source>
        <translation>Abra primero el modelo GGUF: un proyector de visión acompaña a un modelo GGUF.</translation>
    </message>
    <message>
        <source>This model has a vision projector already (%1).</source>
        <translation>Este modelo ya tiene un proyector de visión (%1).</translation>
    </message>
    <message>
        <source>Memory already in use</source>
        <translation>Memoria ya en uso</translation>
    </message>
    <message>
        <source>Memory other processes (the desktop, another model) already hold on each GPU of the primary configuration. The fit is judged against what is left; vLLM refuses to start when that is less than its gpu_memory_utilization share of the total. A GPU of this machine starts from what its driver reports.</source>
        <translation>Memoria que otros procesos (el escritorio, otro modelo) ya ocupan en cada GPU de la configuración principal. El veredicto se mide contra lo que queda; vLLM se niega a arrancar cuando eso es menos que su fracción gpu_memory_utilization del total. Una GPU de esta máquina empieza con lo que informa su controlador.</translation>
    </message>
    <message>
        <source>Alrea&amp;dy in use per GPU</source>
        <translation>Ya en &amp;uso por GPU</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::DerivationPanel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>RAM del sistema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Show the math</source>
        <translation>Mostrar el cálculo</translation>
    </message>
    <message>
        <source>Each step of the estimate with its numbers, as the engine computed it.</source>
        <translation>Cada paso de la estimación con sus números, tal como lo calculó el motor.</translation>
    </message>
    <message>
        <source>Copy the math</source>
        <translation>Copiar el cálculo</translation>
    </message>
    <message>
        <source>Copies the derivation to the clipboard as plain text.</source>
        <translation>Copia la derivación al portapapeles como texto sin formato.</translation>
    </message>
    <message>
        <source>Copy the derivation as plain text (Ctrl+Shift+C)</source>
        <translation>Copiar la derivación como texto sin formato (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>The engine&apos;s steps for the primary GPU, with every number it used.</source>
        <translation>Los pasos del motor para la GPU principal, con cada número que usó.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExplorerHistory</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Formats compared</source>
        <translation>Formatos comparados</translation>
    </message>
    <message>
        <source>Change the scenario</source>
        <translation>Cambiar el escenario</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
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
        <translation>&amp;Cálculo</translation>
    </message>
    <message>
        <source>Every catalog model on the selected GPUs at this precision, context and batch (memory per GPU). Click a cell to load that pair.</source>
        <translation>Cada modelo del catálogo en las GPU elegidas con esta precisión, contexto y lote (memoria por GPU). Haga clic en una celda para cargar ese par.</translation>
    </message>
    <message>
        <source>&amp;Fit matrix</source>
        <translation>&amp;Matriz de ajuste</translation>
    </message>
    <message>
        <source>Memory against capacity</source>
        <translation>Memoria frente a capacidad</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>Memoria según la longitud de contexto</translation>
    </message>
    <message>
        <source>Compare formats ▾</source>
        <translation>Comparar formatos ▾</translation>
    </message>
    <message>
        <source>Formats to compare</source>
        <translation>Formatos que comparar</translation>
    </message>
    <message>
        <source>Chooses the weight formats drawn as extra lines in the memory-against-context chart, beside the chosen one.</source>
        <translation>Elige los formatos de pesos dibujados como líneas adicionales en el gráfico de memoria según el contexto, junto al elegido.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tokens × %4</source>
        <translation>%1 · %2 · %3 tokens × %4</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 tokens</source>
        <translation>%1, %2, %3 tokens</translation>
    </message>
    <message>
        <source> × %1 sequences</source>
        <translation> × %1 secuencias</translation>
    </message>
    <message>
        <source>%1: %2 in total. Select a GPU to see whether it fits.</source>
        <translation>%1: %2 en total. Elija una GPU para ver si cabe.</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation> por GPU</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; of %3%4 on %5: &lt;b&gt;%6&lt;/b&gt;, %7.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; de %3%4 en %5: &lt;b&gt;%6&lt;/b&gt;, %7.</translation>
    </message>
    <message>
        <source> On %1: %2 (%3).</source>
        <translation> En %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The article&apos;s rule (weights × %1 + KV cache) says &lt;b&gt;%2&lt;/b&gt;; the %3 profile says &lt;b&gt;%4&lt;/b&gt; (%5%6, %7%8 %).</source>
        <translation>La regla del artículo (pesos × %1 + caché KV) da &lt;b&gt;%2&lt;/b&gt;; el perfil %3 da &lt;b&gt;%4&lt;/b&gt; (%5%6, %7%8 %).</translation>
    </message>
    <message>
        <source>Longest context that fits: none (not even one token)</source>
        <translation>Contexto más largo que cabe: ninguno (ni un solo token)</translation>
    </message>
    <message>
        <source>Longest context that fits: %1 tokens (the model&apos;s maximum)</source>
        <translation>Contexto más largo que cabe: %1 tokens (el máximo del modelo)</translation>
    </message>
    <message>
        <source>Longest context that fits: &lt;b&gt;%1&lt;/b&gt; tokens</source>
        <translation>Contexto más largo que cabe: &lt;b&gt;%1&lt;/b&gt; tokens</translation>
    </message>
    <message>
        <source>largest batch: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>lote máximo: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>largest batch: none</source>
        <translation>lote máximo: ninguno</translation>
    </message>
    <message>
        <source>smallest catalog GPU: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>GPU más pequeña del catálogo: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>no single catalog GPU holds it</source>
        <translation>ninguna GPU del catálogo lo admite sola</translation>
    </message>
    <message>
        <source>most precise format that fits: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>formato más preciso que cabe: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no weight format fits</source>
        <translation>ningún formato de pesos cabe</translation>
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
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The derivation, the fit matrix and the other details of the estimate.</source>
        <translation>La derivación, la matriz de ajuste y los demás detalles de la estimación.</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>Model fi&amp;le</source>
        <translation>Archivo de mo&amp;delo</translation>
    </message>
    <message>
        <source>%1 #%2
layers %3–%4%5</source>
        <translation>%1 n.º %2
capas %3–%4%5</translation>
    </message>
    <message>
        <source> + head</source>
        <translation> + cabeza</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>RAM del sistema</translation>
    </message>
    <message>
        <source>Speed is estimated for inference; switch the task to Inference to see tokens per second.</source>
        <translation>La velocidad se estima para inferencia; cambie la tarea a Inferencia para ver tokens por segundo.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Select a GPU (or the llama.cpp runtime, which can run on the CPU) to see tokens per second.</source>
        <translation>Elija una GPU (o el entorno llama.cpp, que puede ejecutarse en la CPU) para ver tokens por segundo.</translation>
    </message>
    <message>
        <source>Fine-tuning: &lt;b&gt;%1&lt;/b&gt; trainable parameters; gradients %2, optimizer states %3, activations %4%5.</source>
        <translation>Ajuste fino: &lt;b&gt;%1&lt;/b&gt; parámetros entrenables; gradientes %2, estados del optimizador %3, activaciones %4%5.</translation>
    </message>
    <message>
        <source>Speed: &lt;b&gt;%1 tokens/s&lt;/b&gt; per sequence (%2–%3)</source>
        <translation>Velocidad: &lt;b&gt;%1 tokens/s&lt;/b&gt; por secuencia (%2–%3)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1 tokens/s&lt;/b&gt; for all %2 (%3–%4)</source>
        <translation>, &lt;b&gt;%1 tokens/s&lt;/b&gt; para las %2 (%3–%4)</translation>
    </message>
    <message>
        <source>; first token after &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>; primer token tras &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 for the whole batch)</source>
        <translation> (%1 para todo el lote)</translation>
    </message>
    <message>
        <source>; compute-bound</source>
        <translation>; limitado por el cálculo</translation>
    </message>
    <message>
        <source>; memory-bound</source>
        <translation>; limitado por la memoria</translation>
    </message>
    <message>
        <source> up to batch %1</source>
        <translation> hasta el lote %1</translation>
    </message>
    <message>
        <source> (on the CPU).</source>
        <translation> (en la CPU).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c43c00&apos;&gt;vLLM would not start: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c43c00&apos;&gt;vLLM no arrancaría: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>vLLM: KV-cache pool &lt;b&gt;%1&lt;/b&gt; per GPU = &lt;b&gt;%2 tokens&lt;/b&gt;; maximum concurrency &lt;b&gt;%3×&lt;/b&gt; at %4 tokens per request.</source>
        <translation>vLLM: reserva de caché KV &lt;b&gt;%1&lt;/b&gt; por GPU = &lt;b&gt;%2 tokens&lt;/b&gt;; concurrencia máxima &lt;b&gt;%3×&lt;/b&gt; con %4 tokens por petición.</translation>
    </message>
    <message>
        <source>llama.cpp: &lt;b&gt;%1 of %2&lt;/b&gt; layers on the GPU</source>
        <translation>llama.cpp: &lt;b&gt;%1 de %2&lt;/b&gt; capas en la GPU</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1&lt;/b&gt; stays in system RAM</source>
        <translation>; &lt;b&gt;%1&lt;/b&gt; quedan en la RAM del sistema</translation>
    </message>
    <message>
        <source> of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> de %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; the V cache stays F16 without flash attention</source>
        <translation>; la caché V se queda en F16 sin flash attention</translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation>La&amp;nzar</translation>
    </message>
    <message numerus="yes">
        <source> + %n image(s)</source>
        <translation>
            <numerusform> + %n imagen</numerusform>
            <numerusform> + %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source> after %1 already in use by other processes</source>
        <translation> después de %1 ya en uso por otros procesos</translation>
    </message>
    <message numerus="yes">
        <source>; the routed experts of %n layer(s) in system RAM (%1)</source>
        <translation><numerusform>; los expertos enrutados de %n capa en la RAM del sistema (%1)</numerusform><numerusform>; los expertos enrutados de %n capas en la RAM del sistema (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG (vector, text stays text)</source>
        <translation>SVG (vectorial, el texto sigue siendo texto)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1× (pantalla)</translation>
    </message>
    <message>
        <source>2× (high-DPI documents)</source>
        <translation>2× (documentos de alta resolución)</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Escala:</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Sin calcular</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 per GPU, %5 (%6). Click to load this pair.</source>
        <translation>%1 en %2: %3 de %4 por GPU, %5 (%6). Haga clic para cargar este par.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::FitMatrixView</name>
    <message>
        <source>Fit matrix</source>
        <translation>Matriz de ajuste</translation>
    </message>
    <message>
        <source>Every catalog model against every selected GPU at the chosen precision and context: the memory per GPU, coloured by verdict. Activate a cell to load it.</source>
        <translation>Cada modelo del catálogo frente a cada GPU elegida con la precisión y el contexto elegidos: la memoria por GPU, coloreada según el veredicto. Active una celda para cargarla.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuDetailsDialog</name>
    <message>
        <source>none or not published</source>
        <translation>ninguna o no publicada</translation>
    </message>
    <message>
        <source>native</source>
        <translation>nativo</translation>
    </message>
    <message>
        <source>not native</source>
        <translation>no nativo</translation>
    </message>
    <message>
        <source>macOS wired limit (iogpu.wired_limit_mb)</source>
        <translation>Límite de memoria fija de macOS (iogpu.wired_limit_mb)</translation>
    </message>
    <message>
        <source>BIOS carve-out and Linux GTT limit</source>
        <translation>Reserva de la BIOS y límite GTT de Linux</translation>
    </message>
    <message>
        <source>One pool shared by CPU and GPU</source>
        <translation>Un único pool compartido por CPU y GPU</translation>
    </message>
    <message>
        <source>%1: details</source>
        <translation>%1: detalles</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Catalog figures</source>
        <translation>Cifras del catálogo</translation>
    </message>
    <message>
        <source>Each figure of the GPU catalog with the source it comes from.</source>
        <translation>Cada cifra del catálogo de GPU con la fuente de la que procede.</translation>
    </message>
    <message>
        <source>entry: %1</source>
        <translation>entrada: %1</translation>
    </message>
    <message>
        <source>no source found</source>
        <translation>no se encontró fuente</translation>
    </message>
    <message>
        <source>Memory (nominal)</source>
        <translation>Memoria (nominal)</translation>
    </message>
    <message>
        <source>Usable (driver total or GPU limit)</source>
        <translation>Utilizable (total del controlador o límite de la GPU)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>FP16/BF16, dense</source>
        <translation>FP16/BF16, denso</translation>
    </message>
    <message>
        <source>FP8, dense</source>
        <translation>FP8, denso</translation>
    </message>
    <message>
        <source>FP4, dense</source>
        <translation>FP4, denso</translation>
    </message>
    <message>
        <source>INT8, dense</source>
        <translation>INT8, denso</translation>
    </message>
    <message>
        <source>INT4, dense</source>
        <translation>INT4, denso</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>Capacidad de cómputo</translation>
    </message>
    <message>
        <source>Memory the GPU may use</source>
        <translation>Memoria que puede usar la GPU</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Predeterminado:</translation>
    </message>
    <message>
        <source>the whole pool, %1, less what is in use</source>
        <translation>todo el pool, %1, menos lo que está en uso</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Máximo:</translation>
    </message>
    <message>
        <source>To change it:</source>
        <translation>Para cambiarlo:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>The GPU shares system memory; the catalog has no sourced limit for this machine, so the whole pool is an upper bound.</source>
        <translation>La GPU comparte la memoria del sistema; el catálogo no tiene un límite con fuente para esta máquina, así que todo el pool es una cota superior.</translation>
    </message>
    <message>
        <source>GPU memory limit</source>
        <translation>Límite de memoria de la GPU</translation>
    </message>
    <message>
        <source>How much of the shared memory the GPU may use in this scenario, as the setting above would make it; the verdict is judged against it.</source>
        <translation>Cuánta memoria compartida puede usar la GPU en este escenario, como la dejaría el ajuste de arriba; el veredicto se mide contra ella.</translation>
    </message>
    <message>
        <source>Check this GPU in the picker to set its limit for the scenario.</source>
        <translation>Marque esta GPU en el selector para fijar su límite en el escenario.</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <source>GPU may &amp;use:</source>
        <translation>La GPU puede &amp;usar:</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::GpuPicker</name>
    <message>
        <source>Consumer</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>Apple (unified memory)</source>
        <translation>Apple (memoria unificada)</translation>
    </message>
    <message>
        <source>Search GPUs…</source>
        <translation>Buscar GPU…</translation>
    </message>
    <message>
        <source>Search GPUs</source>
        <translation>Buscar GPU</translation>
    </message>
    <message>
        <source>Shows only the GPUs whose name contains the text.</source>
        <translation>Muestra solo las GPU cuyo nombre contiene el texto.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>GPUs to compare</source>
        <translation>GPU que comparar</translation>
    </message>
    <message>
        <source>Check one or more GPUs; each checked GPU gets its own bar. Count is the number of identical GPUs sharing the model with tensor parallelism.</source>
        <translation>Marque una o varias GPU; cada GPU marcada tiene su propia barra. Cantidad es el número de GPU idénticas que comparten el modelo con paralelismo de tensores.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB/s. Usable memory %4 of %5 nominal.%6</source>
        <translation>%1 — %2, %3 GB/s. Memoria utilizable %4 de %5 nominales.%6</translation>
    </message>
    <message>
        <source> (from your catalog file)</source>
        <translation> (de su archivo de catálogo)</translation>
    </message>
    <message>
        <source>Number of %1 GPUs</source>
        <translation>Número de GPU %1</translation>
    </message>
    <message>
        <source>Identical GPUs sharing the model with tensor parallelism.</source>
        <translation>GPU idénticas que comparten el modelo con paralelismo de tensores.</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Shows only this vendor&apos;s GPUs.</source>
        <translation>Muestra solo las GPU de este fabricante.</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Todos los fabricantes</translation>
    </message>
    <message>
        <source>Any memory</source>
        <translation>Cualquier memoria</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>Memoria mínima</translation>
    </message>
    <message>
        <source>Shows only GPUs with at least this much memory (nominal).</source>
        <translation>Muestra solo las GPU con al menos esta memoria (nominal).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Shows only consumer cards, data-centre GPUs, Apple silicon, or every GPU that shares system memory.</source>
        <translation>Muestra solo tarjetas de consumo, GPU de centro de datos, Apple silicon o toda GPU que comparte la memoria del sistema.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Memoria unificada</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HelpDialog</name>
    <message>
        <source>FitScope guide</source>
        <translation>Guía de FitScope</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>How to use FitScope and what its terms mean.</source>
        <translation>Cómo usar FitScope y qué significan sus términos.</translation>
    </message>
    <message>
        <source>FitScope in five steps</source>
        <translation>FitScope en cinco pasos</translation>
    </message>
    <message>
        <source>FitScope answers one question: does this model fit on this GPU, at this precision and context length, and why? Every figure comes from the sizing engine, and &lt;i&gt;Show the math&lt;/i&gt; lists each step with its numbers.</source>
        <translation>FitScope responde a una pregunta: ¿cabe este modelo en esta GPU, con esta precisión y longitud de contexto, y por qué? Cada cifra sale del motor de cálculo, y &lt;i&gt;Mostrar el cálculo&lt;/i&gt; enumera cada paso con sus números.</translation>
    </message>
    <message>
        <source>Choose a &lt;b&gt;model&lt;/b&gt; (type to search), or open a model&apos;s config.json or a GGUF or safetensors file with File → Open.</source>
        <translation>Elija un &lt;b&gt;modelo&lt;/b&gt; (escriba para buscar), o abra el config.json de un modelo o un archivo GGUF o safetensors con Archivo → Abrir.</translation>
    </message>
    <message>
        <source>Choose the &lt;b&gt;weight format&lt;/b&gt; and the &lt;b&gt;KV cache&lt;/b&gt; format.</source>
        <translation>Elija el &lt;b&gt;formato de pesos&lt;/b&gt; y el formato de la &lt;b&gt;caché KV&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Set the &lt;b&gt;context length&lt;/b&gt; and the &lt;b&gt;batch&lt;/b&gt;: the KV cache grows with both.</source>
        <translation>Ajuste la &lt;b&gt;longitud de contexto&lt;/b&gt; y el &lt;b&gt;lote&lt;/b&gt;: la caché KV crece con ambos.</translation>
    </message>
    <message>
        <source>Pick a &lt;b&gt;runtime&lt;/b&gt;: the article&apos;s simple rule, or a profile measured on transformers, vLLM or llama.cpp.</source>
        <translation>Elija un &lt;b&gt;entorno de ejecución&lt;/b&gt;: la regla simple del artículo, o un perfil medido en transformers, vLLM o llama.cpp.</translation>
    </message>
    <message>
        <source>Tick the &lt;b&gt;GPUs&lt;/b&gt; to compare; the first is the primary GPU of the summary.</source>
        <translation>Marque las &lt;b&gt;GPU&lt;/b&gt; que comparar; la primera es la GPU principal del resumen.</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>Cómo leer los gráficos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against capacity&lt;/b&gt;: per GPU, a stacked bar (weights plain, KV cache striped, activations dotted, overhead cross-hatched) beside the GPU&apos;s usable memory (solid) and nominal memory (dashed outline). The badge says whether it fits and by how much.</source>
        <translation>&lt;b&gt;Memoria frente a capacidad&lt;/b&gt;: por GPU, una barra apilada (pesos lisos, caché KV a rayas, activaciones punteadas, sobrecarga con trama cruzada) junto a la memoria utilizable de la GPU (sólida) y la nominal (contorno discontinuo). La etiqueta dice si cabe y con cuánto margen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory against context length&lt;/b&gt;: one line per weight format, each with its own colour and dash pattern; the horizontal lines are the GPUs&apos; usable memory and the circles mark the longest context that fits.</source>
        <translation>&lt;b&gt;Memoria según la longitud de contexto&lt;/b&gt;: una línea por formato de pesos, cada una con su color y su patrón de trazos; las líneas horizontales son la memoria utilizable de las GPU y los círculos marcan el contexto más largo que cabe.</translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation>Laboratorio de cuantización</translation>
    </message>
    <message>
        <source>The second tab quantizes real or synthetic weights and measures the error and the speed of each format, so you can see what a smaller format costs in accuracy.</source>
        <translation>La segunda pestaña cuantiza pesos reales o sintéticos y mide el error y la velocidad de cada formato, para ver cuánta exactitud cuesta un formato más pequeño.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Every control is reachable with Tab; Alt and an underlined letter jump to a control; Ctrl+L finds a model, Ctrl+G a GPU. Shift+F1 and a click explain any control; Help → Keyboard shortcuts lists the rest.</source>
        <translation>Todos los controles se alcanzan con Tab; Alt y una letra subrayada saltan a un control; Ctrl+L busca un modelo, Ctrl+G una GPU. Mayús+F1 y un clic explican cualquier control; Ayuda → Atajos de teclado enumera el resto.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::HubOpenDialog</name>
    <message>
        <source>Open from Hugging Face</source>
        <translation>Abrir desde Hugging Face</translation>
    </message>
    <message>
        <source>FitScope reads the model&apos;s config and the headers of its weight files, never the weights themselves: a few hundred kilobytes for a model of any size.</source>
        <translation>FitScope lee la configuración del modelo y las cabeceras de sus archivos de pesos, nunca los pesos: unos cientos de kilobytes para un modelo de cualquier tamaño.</translation>
    </message>
    <message>
        <source>ORG/NAME, ORG/NAME@REVISION or the model page&apos;s address</source>
        <translation>ORG/NAME, ORG/NAME@REVISION o la dirección de la página del modelo</translation>
    </message>
    <message>
        <source>GGUF file:</source>
        <translation>Archivo GGUF:</translation>
    </message>
    <message>
        <source>Offline: use only what was fetched before</source>
        <translation>Sin conexión: usar solo lo ya descargado</translation>
    </message>
    <message>
        <source>Model id:</source>
        <translation>Id. del modelo:</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vaciar caché</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>la caché</translation>
    </message>
    <message>
        <source>Read %1 at %2: %3 downloaded of %4.</source>
        <translation>Leído %1 en %2: %3 descargados de %4.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>This repository holds %n GGUF models: choose one and press Open.</source>
        <translation>
            <numerusform>Este repositorio contiene %n modelo GGUF: elíjalo y pulse Abrir.</numerusform>
            <numerusform>Este repositorio contiene %n modelos GGUF: elija uno y pulse Abrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model could not be read.</source>
        <translation>No se pudo leer el modelo.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Could not open it:</source>
        <translation>No se pudo abrir:</translation>
    </message>
    <message>
        <source>Cache: %1 in %2</source>
        <translation>Caché: %1 en %2</translation>
    </message>
    <message>
        <source>Could not clear the cache in %1.</source>
        <translation>No se pudo vaciar la caché en %1.</translation>
    </message>
    <message>
        <source>Cache cleared.</source>
        <translation>Caché vaciada.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set in the environment: FitScope stays offline.</source>
        <translation>HF_HUB_OFFLINE está definida en el entorno: FitScope sigue sin conexión.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchCommandPaste</name>
    <message>
        <source>Paste a launch &amp;command…</source>
        <translation>Pegar un &amp;comando de arranque…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>Reads a llama-server, vllm serve or ollama command line into the explorer.</source>
        <translation>Lee una línea de comandos de llama-server, vllm serve u ollama en el explorador.</translation>
    </message>
    <message>
        <source>Pasted command</source>
        <translation>Comando pegado</translation>
    </message>
    <message>
        <source>Read the command into the explorer.</source>
        <translation>Comando leído en el explorador.</translation>
    </message>
    <message>
        <source>Read the command into the explorer; FitScope does not model %1 of its words (listed in the dialog).</source>
        <translation>Comando leído en el explorador; FitScope no modela %1 de sus palabras (listadas en el diálogo).</translation>
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
        <translation>Ollama · entorno y Modelfile</translation>
    </message>
    <message>
        <source>the llama.cpp profile</source>
        <translation>el perfil de llama.cpp</translation>
    </message>
    <message>
        <source>the vLLM profile</source>
        <translation>el perfil de vLLM</translation>
    </message>
    <message>
        <source>the llama.cpp profile (Ollama runs llama.cpp)</source>
        <translation>el perfil de llama.cpp (Ollama usa llama.cpp)</translation>
    </message>
    <message>
        <source>Sized with %1: %2 (no GPU selected).</source>
        <translation>Dimensionado con %1: %2 (ninguna GPU elegida).</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation> por GPU</translation>
    </message>
    <message>
        <source>Sized with %1: %2 of %3%4, %5 (%6).</source>
        <translation>Dimensionado con %1: %2 de %3%4, %5 (%6).</translation>
    </message>
    <message>
        <source>Launch commands</source>
        <translation>Comandos de arranque</translation>
    </message>
    <message>
        <source>Each command has exactly the settings this estimate assumed, so the run matches it. Replace the model path where FitScope does not know the file.</source>
        <translation>Cada comando lleva exactamente los ajustes que supone esta estimación, para que la ejecución coincida. Sustituya la ruta del modelo donde FitScope no conoce el archivo.</translation>
    </message>
    <message>
        <source>Copy memory &amp;plan (JSON)</source>
        <translation>Copiar el &amp;plan de memoria (JSON)</translation>
    </message>
    <message>
        <source>Copies the memory plan of the first runtime below: per device and host, each component&apos;s bytes, the settings and the command (schema %1).</source>
        <translation>Copia el plan de memoria del primer entorno de abajo: por dispositivo y host, los bytes de cada componente, los ajustes y el comando (esquema %1).</translation>
    </message>
    <message>
        <source>Copied the memory plan for %1.</source>
        <translation>Plan de memoria de %1 copiado.</translation>
    </message>
    <message>
        <source>Paste a &amp;command…</source>
        <translation>Pegar un &amp;comando…</translation>
    </message>
    <message>
        <source>Reads a llama-server, vllm serve or ollama command line into the explorer.</source>
        <translation>Lee una línea de comandos de llama-server, vllm serve u ollama en el explorador.</translation>
    </message>
    <message>
        <source>Flags and defaults as in %1.</source>
        <translation>Opciones y valores por defecto como en %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the %1 command</source>
        <translation>Copiar el comando de %1</translation>
    </message>
    <message>
        <source>Copied the %1 command.</source>
        <translation>Comando de %1 copiado.</translation>
    </message>
    <message>
        <source>%1 command</source>
        <translation>Comando de %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LaunchPasteDialog</name>
    <message>
        <source>%1 command</source>
        <translation>Comando de %1</translation>
    </message>
    <message>
        <source>Ollama command (sized as llama.cpp)</source>
        <translation>Comando de Ollama (dimensionado como llama.cpp)</translation>
    </message>
    <message>
        <source>context %1 tokens per sequence</source>
        <translation>contexto de %1 tokens por secuencia</translation>
    </message>
    <message>
        <source>KV cache %1</source>
        <translation>caché KV %1</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>%1 layers on the GPU</source>
        <translation>%1 capas en la GPU</translation>
    </message>
    <message>
        <source>flash attention</source>
        <translation>flash attention</translation>
    </message>
    <message>
        <source>no flash attention</source>
        <translation>sin flash attention</translation>
    </message>
    <message>
        <source>GPU memory utilization %1</source>
        <translation>uso de memoria de GPU %1</translation>
    </message>
    <message>
        <source>The model holds at most %1 tokens: the explorer&apos;s context stops there (the runtime would refuse the longer one).</source>
        <translation>El modelo admite como mucho %1 tokens: el contexto del explorador se detiene ahí (el entorno rechazaría uno más largo).</translation>
    </message>
    <message>
        <source>Its model “%1” is not opened: the model on screen stays.</source>
        <translation>Su modelo «%1» no se abre: se mantiene el modelo en pantalla.</translation>
    </message>
    <message>
        <source>Not modelled by FitScope (kept in the command): %1</source>
        <translation>No modelado por FitScope (se mantiene en el comando): %1</translation>
    </message>
    <message>
        <source>Paste a Launch Command</source>
        <translation>Pegar un comando de arranque</translation>
    </message>
    <message>
        <source>A llama-server, vllm serve or ollama command line: its context, sequences, cache types, layers and memory settings become the explorer&apos;s.</source>
        <translation>Una línea de comandos de llama-server, vllm serve u ollama: su contexto, secuencias, tipos de caché, capas y ajustes de memoria pasan al explorador.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>&amp;Use this command</source>
        <translation>&amp;Usar este comando</translation>
    </message>
    <message>
        <source>Paste or type a command.</source>
        <translation>Pegue o escriba un comando.</translation>
    </message>
    <message>
        <source>Choose a model first: the command&apos;s settings go on top of it.</source>
        <translation>Elija primero un modelo: los ajustes del comando se aplican sobre él.</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 secuencia</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 secuencias</translation>
    </message>
    <message>
        <source>flash attention auto</source>
        <translation>flash attention automática</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LayerStripChart</name>
    <message>
        <source>full attention</source>
        <translation>atención completa</translation>
    </message>
    <message>
        <source>sliding window</source>
        <translation>ventana deslizante</translation>
    </message>
    <message>
        <source>chunked attention</source>
        <translation>atención por bloques</translation>
    </message>
    <message>
        <source>latent attention (MLA)</source>
        <translation>atención latente (MLA)</translation>
    </message>
    <message>
        <source>Gated DeltaNet (fixed state)</source>
        <translation>Gated DeltaNet (estado fijo)</translation>
    </message>
    <message>
        <source>Mamba-2 (fixed state)</source>
        <translation>Mamba-2 (estado fijo)</translation>
    </message>
    <message>
        <source>shares another layer&apos;s KV</source>
        <translation>comparte el KV de otra capa</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>sin caché</translation>
    </message>
    <message>
        <source>KV cache per layer</source>
        <translation>Caché KV por capa</translation>
    </message>
    <message>
        <source>One bar per decoder layer, coloured by how the layer attends, its height what the layer caches at the current context under the chosen runtime: sliding-window layers stop at their window, recurrent layers hold a fixed state.</source>
        <translation>Una barra por capa del decodificador, coloreada según cómo atiende la capa, su altura lo que la capa guarda en caché con el contexto actual en el runtime elegido: las capas de ventana deslizante se detienen en su ventana, las recurrentes guardan un estado fijo.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>No layers to show</source>
        <translation>No hay capas que mostrar</translation>
    </message>
    <message>
        <source>No layer caches anything</source>
        <translation>Ninguna capa guarda nada en caché</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 de %2 tokens</translation>
    </message>
    <message>
        <source>Layer %1 · %2
%3 of state for %4 sequences, at any context</source>
        <translation>Capa %1 · %2
%3 de estado para %4 secuencias, con cualquier contexto</translation>
    </message>
    <message>
        <source>Layer %1 · %2
%3 at %4 tokens × %5 sequences (%6)</source>
        <translation>Capa %1 · %2
%3 con %4 tokens × %5 secuencias (%6)</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LocalModelsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected model in the explorer, as opening its file does (or double-click it).</source>
        <translation>Abre el modelo elegido en el explorador, igual que abrir su archivo (o haga doble clic en él).</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Volver a buscar</translation>
    </message>
    <message>
        <source>Look through the model stores again.</source>
        <translation>Vuelve a revisar los almacenes de modelos.</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>A folder of GGUF files or safetensors models to list too (kept for next time).</source>
        <translation>Una carpeta con archivos GGUF o modelos safetensors que también se listará (se recuerda para la próxima vez).</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>Modelos en este equipo</translation>
    </message>
    <message>
        <source>The models in the Hugging Face cache, Ollama, LM Studio, llama.cpp&apos;s cache and the folders you added, with their format, size and whether they fit the selected GPU at the selected context.</source>
        <translation>Los modelos de la caché de Hugging Face, Ollama, LM Studio, la caché de llama.cpp y las carpetas que añadió, con su formato, tamaño y si caben en la GPU elegida con el contexto elegido.</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>Aún no se ha buscado.</translation>
    </message>
    <message>
        <source>Scanning the model stores…</source>
        <translation>Buscando en los almacenes de modelos…</translation>
    </message>
    <message>
        <source>Add a folder of models</source>
        <translation>Añadir una carpeta de modelos</translation>
    </message>
    <message>
        <source>Models found: %1, in %2 of %3 store folders.</source>
        <translation>Modelos encontrados: %1, en %2 de %3 carpetas de almacenes.</translation>
    </message>
    <message>
        <source>Broken: %1 (hover for the reason).</source>
        <translation>Dañados: %1 (pase el ratón para ver el motivo).</translation>
    </message>
    <message>
        <source>Folders ▾</source>
        <translation>Carpetas ▾</translation>
    </message>
    <message>
        <source>The folders scanned; remove a folder you added.</source>
        <translation>Las carpetas examinadas; quite una carpeta que añadió.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (no existe)</translation>
    </message>
    <message>
        <source>No folders added</source>
        <translation>No se añadieron carpetas</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>%1 is no longer listed (its files are left as they are).</source>
        <translation>%1 ya no se lista (sus archivos quedan como están).</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LocalModelsTableModel</name>
    <message>
        <source>Hugging Face cache</source>
        <translation>Caché de Hugging Face</translation>
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
        <translation>Caché de llama.cpp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Dañado: %1</translation>
    </message>
    <message>
        <source>No architecture to size: %1</source>
        <translation>Sin arquitectura que dimensionar: %1</translation>
    </message>
    <message>
        <source>Needs %1 of %2 per GPU</source>
        <translation>Necesita %1 de %2 por GPU</translation>
    </message>
    <message>
        <source>Ollama runs it with num_ctx %1 (its Modelfile&apos;s parameter)</source>
        <translation>Ollama lo ejecuta con num_ctx %1 (el parámetro de su Modelfile)</translation>
    </message>
    <message>
        <source>%1 (num_ctx)</source>
        <translation>%1 (num_ctx)</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Cabe</translation>
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
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>arranca</translation>
    </message>
    <message>
        <source>does not start</source>
        <translation>no arranca</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <source>Check a Runtime Log</source>
        <translation>Comprobar un registro de ejecución</translation>
    </message>
    <message>
        <source>Paste a vLLM, llama.cpp or Ollama start-up log (or open one): FitScope sizes the scenario it shows with the explorer&apos;s model and compares every figure.</source>
        <translation>Pegue un registro de arranque de vLLM, llama.cpp u Ollama (o abra uno): FitScope dimensiona el escenario que muestra con el modelo del explorador y compara cada cifra.</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>&amp;Abrir archivo de registro…</translation>
    </message>
    <message>
        <source>Open a Runtime Log</source>
        <translation>Abrir un registro de ejecución</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Registros (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …</source>
        <translation>INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …</translation>
    </message>
    <message>
        <source>Runtime log</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copiar como &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Guardar gráfico…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>Not a runtime log FitScope can read.</source>
        <translation>No es un registro de ejecución que FitScope sepa leer.</translation>
    </message>
    <message>
        <source>Choose the model that ran in the explorer first.</source>
        <translation>Elija primero en el explorador el modelo que se ejecutó.</translation>
    </message>
    <message>
        <source>The log does not print the GPU&apos;s memory: select the GPU it ran on in the explorer.</source>
        <translation>El registro no muestra la memoria de la GPU: elija en el explorador la GPU en la que se ejecutó.</translation>
    </message>
    <message>
        <source>FitScope cannot size the scenario of this log: %1</source>
        <translation>FitScope no puede dimensionar el escenario de este registro: %1</translation>
    </message>
    <message>
        <source>Scenario: %1, %2, context %3 × %4, %5 × %6 (%7).</source>
        <translation>Escenario: %1, %2, contexto %3 × %4, %5 × %6 (%7).</translation>
    </message>
    <message>
        <source>From the log: %1.</source>
        <translation>Del registro: %1.</translation>
    </message>
    <message>
        <source>The log wins over the explorer: %1.</source>
        <translation>El registro prevalece sobre el explorador: %1.</translation>
    </message>
    <message>
        <source>Not in the log, taken from the explorer: %1.</source>
        <translation>No está en el registro, tomado del explorador: %1.</translation>
    </message>
    <message>
        <source>Paste a log or open a log file.</source>
        <translation>Pegue un registro o abra un archivo de registro.</translation>
    </message>
    <message>
        <source>FitScope predicts: %1</source>
        <translation>FitScope prevé: %1</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
    <message>
        <source>; the log shows: %1 (agrees)</source>
        <translation>; el registro muestra: %1 (coincide)</translation>
    </message>
    <message>
        <source>; the log shows: %1 (disagrees)</source>
        <translation>; el registro muestra: %1 (no coincide)</translation>
    </message>
    <message>
        <source>; estimated maximum model length %1</source>
        <translation>; longitud máxima estimada del modelo %1</translation>
    </message>
    <message>
        <source>Predicted by FitScope</source>
        <translation>Previsto por FitScope</translation>
    </message>
    <message>
        <source>Save the Comparison Chart</source>
        <translation>Guardar el gráfico de comparación</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::LogSlider</name>
    <message>
        <source>%1 (exact value)</source>
        <translation>%1 (valor exacto)</translation>
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
        <translation>Explorador de ajuste</translation>
    </message>
    <message>
        <source>Quantization lab</source>
        <translation>Laboratorio de cuantización</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation>Guardar &amp;captura…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>Copiar el &amp;resumen</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Resumen copiado.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Copy the &amp;math</source>
        <translation>Copiar el &amp;cálculo</translation>
    </message>
    <message>
        <source>Derivation copied as text.</source>
        <translation>Derivación copiada como texto.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Find &amp;model</source>
        <translation>Buscar &amp;modelo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Find &amp;GPU</source>
        <translation>Buscar &amp;GPU</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show &amp;GB (10⁹ bytes)</source>
        <translation>Mostrar en &amp;GB (10⁹ bytes)</translation>
    </message>
    <message>
        <source>Show G&amp;iB (2³⁰ bytes)</source>
        <translation>Mostrar en G&amp;iB (2³⁰ bytes)</translation>
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
        <translation>&amp;Cálculo</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show the &amp;fit matrix</source>
        <translation>Mostrar la matriz de a&amp;juste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Reset scenario</source>
        <translation>&amp;Restablecer el escenario</translation>
    </message>
    <message>
        <source>Scenario reset to the default: Llama-2-13B on one A10G, 4,096 tokens.</source>
        <translation>Escenario restablecido al predeterminado: Llama-2-13B en una A10G, 4096 tokens.</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>FitScope &amp;guide</source>
        <translation>&amp;Guía de FitScope</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About FitScope</source>
        <translation>&amp;Acerca de FitScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Guardar una captura</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a GPU&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a config.json&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;models on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open from Hugging Face&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;paste a launch command&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;check a runtime log&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+underlined letter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to that control&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows, Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move a focused slider&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M / Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the math / the fit matrix&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the math&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the summary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the scenario&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save a screenshot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Shift+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the guide / what is this?&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;buscar un modelo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;buscar una GPU&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;abrir un config.json&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;modelos en este equipo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;abrir desde Hugging Face&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pegar un comando de arranque&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;comprobar un registro del runtime&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+letra subrayada&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ir a ese control&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Flechas, Re Pág/Av Pág&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mover un deslizador con el foco&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 / Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GB / GiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M / Ctrl+Mayús+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mostrar el cálculo / la matriz de ajuste&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Mayús+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copiar el cálculo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Mayús+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copiar el resumen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;restablecer el escenario&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Mayús+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;guardar una captura&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferencias&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1 / Mayús+F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;la guía / ¿qué es esto?&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>The fit explorer and the quantization lab.</source>
        <translation>El explorador de ajuste y el laboratorio de cuantización.</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>Models on this machine</source>
        <translation>Modelos en este equipo</translation>
    </message>
    <message>
        <source>Models on this &amp;machine…</source>
        <translation>Modelos en este &amp;equipo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Open from &amp;Hugging Face…</source>
        <translation>Abrir desde &amp;Hugging Face…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>Could not size %1: %2</source>
        <translation>No se pudo dimensionar %1: %2</translation>
    </message>
    <message>
        <source>Loaded %1 from Hugging Face (%2 read, %3 of weights not downloaded).</source>
        <translation>%1 cargado desde Hugging Face (%2 leídos, %3 de pesos sin descargar).</translation>
    </message>
    <message>
        <source>Loaded %1 from the cache.</source>
        <translation>%1 cargado desde la caché.</translation>
    </message>
    <message>
        <source>Check a runtime &amp;log…</source>
        <translation>Comprobar un &amp;registro de ejecución…</translation>
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
        <translation>Abrir &amp;carpeta de modelo…</translation>
    </message>
    <message>
        <source>Recent &amp;models</source>
        <translation>&amp;Modelos recientes</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;Hugging Face config (config.json *.json);;All files (*)</source>
        <translation>Archivos de modelo (*.gguf *.safetensors config.json *.json);;GGUF (*.gguf);;Safetensors (*.safetensors);;Configuración de Hugging Face (config.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a model folder</source>
        <translation>Abrir una carpeta de modelo</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>No se pudo abrir el modelo</translation>
    </message>
    <message>
        <source>FitScope could not read %1.</source>
        <translation>FitScope no pudo leer %1.</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 cargado.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Add vision &amp;projector (mmproj)…</source>
        <translation>Añadir &amp;proyector de visión (mmproj)…</translation>
    </message>
    <message>
        <source>Adds the mmproj file llama.cpp loads with --mmproj to the GGUF model on screen, so its weights are counted and requests can carry images.</source>
        <translation>Añade al modelo GGUF en pantalla el archivo mmproj que llama.cpp carga con --mmproj: sus pesos se cuentan y las peticiones pueden llevar imágenes.</translation>
    </message>
    <message>
        <source>Open a GGUF model first: a vision projector (mmproj) goes with a GGUF model.</source>
        <translation>Abra primero un modelo GGUF: un proyector de visión (mmproj) acompaña a un modelo GGUF.</translation>
    </message>
    <message>
        <source>Add a vision projector</source>
        <translation>Añadir un proyector de visión</translation>
    </message>
    <message>
        <source>Vision projectors (mmproj*.gguf);;GGUF (*.gguf);;All files (*)</source>
        <translation>Proyectores de visión (mmproj*.gguf);;GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not add the vision projector</source>
        <translation>No se pudo añadir el proyector de visión</translation>
    </message>
    <message>
        <source>Added the vision projector %1: its weights are counted and requests can carry images.</source>
        <translation>Proyector de visión %1 añadido: sus pesos se cuentan y las peticiones pueden llevar imágenes.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ModelFilePanel</name>
    <message>
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <source>Stored types</source>
        <translation>Tipos almacenados</translation>
    </message>
    <message>
        <source>The bytes the file stores in each tensor type.</source>
        <translation>Los bytes que el archivo guarda en cada tipo de tensor.</translation>
    </message>
    <message>
        <source>Bytes by stored type</source>
        <translation>Bytes por tipo almacenado</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model file open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a Hugging Face model folder, a .safetensors or .gguf file, or a config.json with &lt;b&gt;File → Open model…&lt;/b&gt;, or drop one onto the window. FitScope reads the headers only (a few milliseconds even for a 100 GB model) and sizes the weights from the exact bytes the file stores.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay ningún archivo de modelo abierto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Abra una carpeta de modelo de Hugging Face, un archivo .safetensors o .gguf, o un config.json con &lt;b&gt;Archivo → Abrir modelo…&lt;/b&gt;, o suéltelo sobre la ventana. FitScope solo lee las cabeceras (unos milisegundos incluso para un modelo de 100 GB) y calcula los pesos a partir de los bytes exactos que guarda el archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 (%2 files, %3 on disk)</source>
        <translation>%1 (%2 archivos, %3 en disco)</translation>
    </message>
    <message>
        <source>%1 (%2 on disk)</source>
        <translation>%1 (%2 en disco)</translation>
    </message>
    <message>
        <source> → sized as %1</source>
        <translation> → calculado como %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>%1: %2 layers, hidden %3, %4 heads (%5 KV), vocabulary %6</source>
        <translation>%1: %2 capas, oculto %3, %4 cabezas (%5 KV), vocabulario %6</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c43c00&apos;&gt;not described: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c43c00&apos;&gt;sin describir: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Trained context</source>
        <translation>Contexto de entrenamiento</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 from the tensor table</source>
        <translation>%1 según la tabla de tensores</translation>
    </message>
    <message>
        <source>%1 from the architecture&apos;s formula</source>
        <translation>%1 según la fórmula de la arquitectura</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c43c00&apos;&gt;&lt;b&gt;⚠ They differ:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c43c00&apos;&gt;&lt;b&gt;⚠ No coinciden:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#1a7f37&apos;&gt;✓ agree&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#1a7f37&apos;&gt;✓ coinciden&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exact (%2 bytes in %3 tensors)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exactos (%2 bytes en %3 tensores)</translation>
    </message>
    <message>
        <source>no tensor table (a config.json alone): the format&apos;s formula sizes them</source>
        <translation>sin tabla de tensores (solo un config.json): la fórmula del formato los calcula</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
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
        <translation>%1 en total, %2 activos</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 en total</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PinBar</name>
    <message>
        <source>Pinned scenarios</source>
        <translation>Escenarios fijados</translation>
    </message>
    <message>
        <source>Scenarios kept for comparison. The baseline is the one the others are measured against.</source>
        <translation>Escenarios guardados para comparar. La referencia es aquel con el que se comparan los demás.</translation>
    </message>
    <message>
        <source>Pin scenario</source>
        <translation>Fijar escenario</translation>
    </message>
    <message>
        <source>Keeps this scenario as a card to compare others with (up to eight). Ctrl+P</source>
        <translation>Guarda este escenario como tarjeta para comparar otros con él (hasta ocho). Ctrl+P</translation>
    </message>
    <message>
        <source>Pin the scenario</source>
        <translation>Fijar el escenario</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them side by side; star one as the baseline.</source>
        <translation>Fija escenarios para compararlos lado a lado; marca uno con la estrella como referencia.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Shows the pinned scenarios and the live one side by side, with what differs.</source>
        <translation>Muestra los escenarios fijados y el actual lado a lado, con lo que difiere.</translation>
    </message>
    <message>
        <source>Eight scenarios are pinned: unpin one to pin another.</source>
        <translation>Hay ocho escenarios fijados: quita uno para fijar otro.</translation>
    </message>
    <message>
        <source>%1, the baseline</source>
        <translation>%1, la referencia</translation>
    </message>
    <message>
        <source>The baseline: the others are compared with it. Click to unmark.</source>
        <translation>La referencia: los demás se comparan con ella. Haz clic para desmarcarla.</translation>
    </message>
    <message>
        <source>Make this the baseline the others are compared with.</source>
        <translation>Convertir este en la referencia con la que se comparan los demás.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>%1
Click for the menu: rename, show in the controls, unpin.</source>
        <translation>%1
Haz clic para el menú: renombrar, mostrar en los controles, quitar.</translation>
    </message>
    <message>
        <source>Show in the controls</source>
        <translation>Mostrar en los controles</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Unmark as baseline</source>
        <translation>Desmarcar como referencia</translation>
    </message>
    <message>
        <source>Make baseline</source>
        <translation>Convertir en referencia</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Rename the pinned scenario</source>
        <translation>Renombrar el escenario fijado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::PinnedScenarios</name>
    <message>
        <source>Custom %1</source>
        <translation>Personalizado %1</translation>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window. Numbers follow it too. The window reopens at once in the new language; the scenario is kept.</source>
        <translation>El idioma de la ventana. Los números también lo siguen. La ventana se vuelve a abrir al instante en el nuevo idioma; el escenario se conserva.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours for the window and the charts, applied at once.</source>
        <translation>Colores claros u oscuros para la ventana y los gráficos, aplicados al instante.</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as the article and datasheets)</source>
        <translation>GB (10⁹ bytes, como el artículo y las hojas de datos)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi)</source>
        <translation>GiB (2³⁰ bytes, como nvidia-smi)</translation>
    </message>
    <message>
        <source>Memory units</source>
        <translation>Unidades de memoria</translation>
    </message>
    <message>
        <source>How memory sizes are shown everywhere in the window.</source>
        <translation>Cómo se muestran los tamaños de memoria en toda la ventana.</translation>
    </message>
    <message>
        <source>Default runtime</source>
        <translation>Entorno de ejecución predeterminado</translation>
    </message>
    <message>
        <source>The runtime profile a new or reset scenario starts with.</source>
        <translation>El perfil de ejecución con el que empieza un escenario nuevo o restablecido.</translation>
    </message>
    <message>
        <source>Default overhead</source>
        <translation>Sobrecarga predeterminada</translation>
    </message>
    <message>
        <source>The simple profile&apos;s flat overhead on top of the weights (the article suggests 20–30 %).</source>
        <translation>La sobrecarga fija del perfil simple sobre los pesos (el artículo sugiere un 20–30 %).</translation>
    </message>
    <message>
        <source>vLLM GPU memory utilization</source>
        <translation>Uso de memoria de GPU de vLLM</translation>
    </message>
    <message>
        <source>The share of each GPU&apos;s memory vLLM takes at start-up (--gpu-memory-utilization; 0.90 by default).</source>
        <translation>La parte de la memoria de cada GPU que vLLM toma al arrancar (--gpu-memory-utilization; 0,90 por defecto).</translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation>flash attention de llama.cpp</translation>
    </message>
    <message>
        <source>User catalog file</source>
        <translation>Archivo de catálogo del usuario</translation>
    </message>
    <message>
        <source>A catalog.json with your own models and GPUs, merged with the built-in catalog. Empty: catalog.json in FitScope&apos;s settings folder.</source>
        <translation>Un catalog.json con sus propios modelos y GPU, combinado con el catálogo integrado. Vacío: catalog.json en la carpeta de configuración de FitScope.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the catalog file</source>
        <translation>Buscar el archivo de catálogo</translation>
    </message>
    <message>
        <source>Chooses the user catalog file in a file dialog.</source>
        <translation>Elige el archivo de catálogo del usuario en un diálogo de archivos.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Entorno de ejecución:</translation>
    </message>
    <message>
        <source>Simple profile&apos;s &amp;overhead:</source>
        <translation>&amp;Sobrecarga del perfil simple:</translation>
    </message>
    <message>
        <source>vLLM GPU &amp;memory utilization:</source>
        <translation>Uso de &amp;memoria de GPU de vLLM:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>User &amp;catalog:</source>
        <translation>&amp;Catálogo del usuario:</translation>
    </message>
    <message>
        <source>Units and theme apply at once. A new language or catalog reopens the window at once, with the same scenario.</source>
        <translation>Las unidades y el tema se aplican al instante. Un nuevo idioma o catálogo vuelve a abrir la ventana al instante, con el mismo escenario.</translation>
    </message>
    <message>
        <source>Choose the user catalog</source>
        <translation>Elegir el catálogo del usuario</translation>
    </message>
    <message>
        <source>Catalog (*.json);;All files (*)</source>
        <translation>Catálogo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Work offline (use only the cache)</source>
        <translation>&amp;Trabajar sin conexión (solo la caché)</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Models from Hugging Face open only from what was fetched before; FitScope never connects to the Hub. The Open from Hugging Face dialog starts with its Offline box set accordingly.</source>
        <translation>Los modelos de Hugging Face se abren solo con lo ya descargado; FitScope nunca se conecta al Hub. El diálogo Abrir desde Hugging Face empieza con su casilla Sin conexión marcada en consecuencia.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set in the environment, so FitScope works offline whatever is chosen here.</source>
        <translation>HF_HUB_OFFLINE está definida en el entorno, así que FitScope trabaja sin conexión elija lo que elija aquí.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation>Límite de la caché</translation>
    </message>
    <message>
        <source>The most the Hugging Face cache keeps (configs and weight-file headers); beyond it the models used longest ago are removed.</source>
        <translation>Lo máximo que guarda la caché de Hugging Face (configuraciones y cabeceras de archivos de pesos); por encima se eliminan los modelos usados hace más tiempo.</translation>
    </message>
    <message>
        <source>Cl&amp;ear cache…</source>
        <translation>&amp;Vaciar caché…</translation>
    </message>
    <message>
        <source>Clear the Hugging Face cache</source>
        <translation>Vaciar la caché de Hugging Face</translation>
    </message>
    <message>
        <source>Removes everything fetched from Hugging Face; models are fetched again when next opened.</source>
        <translation>Elimina todo lo descargado de Hugging Face; los modelos se vuelven a descargar la próxima vez que se abran.</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Carpeta de la caché:</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>Tamaño de la caché:</translation>
    </message>
    <message>
        <source>Cache l&amp;imit:</source>
        <translation>&amp;Límite de la caché:</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Remove the %1 of configs and headers fetched from Hugging Face in %2? Models are fetched again when next opened.</source>
        <translation>¿Eliminar los %1 de configuraciones y cabeceras descargados de Hugging Face en %2? Los modelos se vuelven a descargar la próxima vez que se abran.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message>
        <source>Empty: %1 freed</source>
        <translation>Vacía: %1 liberados</translation>
    </message>
    <message>
        <source>Could not clear everything in %1.</source>
        <translation>No se pudo vaciar todo en %1.</translation>
    </message>
    <message>
        <source>Whether llama.cpp runs with flash attention (-fa), which shrinks its compute buffer and allows a quantized V cache. Auto, llama.cpp&apos;s default, turns it on wherever the device runs it.</source>
        <translation>Si llama.cpp funciona con flash attention (-fa), que reduce su búfer de cálculo y permite una caché V cuantizada. Automática, el valor predeterminado de llama.cpp, la activa dondequiera que el dispositivo la ejecute.</translation>
    </message>
    <message>
        <source>Auto (on)</source>
        <translation>Automática (activada)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>llama.cpp &amp;flash attention (-fa):</source>
        <translation>&amp;Flash attention de llama.cpp (-fa):</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::RuntimeOptionsPanel</name>
    <message>
        <source>Inference</source>
        <translation>Inferencia</translation>
    </message>
    <message>
        <source>Serving the model: weights, KV cache, activations and the runtime&apos;s overhead.</source>
        <translation>Servir el modelo: pesos, caché KV, activaciones y la sobrecarga del entorno de ejecución.</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <source>Training the model: weights, gradients, optimizer states and the activations kept for the backward pass (full fine-tuning, LoRA or QLoRA).</source>
        <translation>Entrenar el modelo: pesos, gradientes, estados del optimizador y las activaciones guardadas para la pasada hacia atrás (ajuste fino completo, LoRA o QLoRA).</translation>
    </message>
    <message>
        <source>&amp;Inference</source>
        <translation>&amp;Inferencia</translation>
    </message>
    <message>
        <source>&amp;Fine-tune</source>
        <translation>A&amp;juste fino</translation>
    </message>
    <message>
        <source>Fine-tuning method</source>
        <translation>Método de ajuste fino</translation>
    </message>
    <message>
        <source>Full: every weight trained with mixed-precision AdamW. LoRA: a frozen 16-bit base with trainable low-rank adapters. QLoRA: a frozen NF4 base with BF16 adapters and a paged optimizer.</source>
        <translation>Completo: cada peso se entrena con AdamW de precisión mixta. LoRA: una base congelada de 16 bits con adaptadores de bajo rango entrenables. QLoRA: una base NF4 congelada con adaptadores BF16 y un optimizador paginado.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
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
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango de LoRA</translation>
    </message>
    <message>
        <source>The rank r of each adapter: r × (inputs + outputs) trainable parameters per matrix.</source>
        <translation>El rango r de cada adaptador: r × (entradas + salidas) parámetros entrenables por matriz.</translation>
    </message>
    <message>
        <source>LoRA &amp;rank</source>
        <translation>&amp;Rango de LoRA</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>Destinos de LoRA</translation>
    </message>
    <message>
        <source>Which matrices carry adapters: every linear layer (QLoRA&apos;s choice) or the attention query and value only (the original LoRA paper).</source>
        <translation>Qué matrices llevan adaptadores: todas las capas lineales (la elección de QLoRA) o solo la consulta y el valor de la atención (el artículo original de LoRA).</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>Todas las capas lineales</translation>
    </message>
    <message>
        <source>Attention q, v</source>
        <translation>Atención q, v</translation>
    </message>
    <message>
        <source>&amp;Adapters on</source>
        <translation>&amp;Adaptadores en</translation>
    </message>
    <message>
        <source>&amp;Gradient checkpointing</source>
        <translation>&amp;Gradient checkpointing</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Keeps only each layer&apos;s input and recomputes the rest during the backward pass: far less activation memory for about a third more compute.</source>
        <translation>Guarda solo la entrada de cada capa y recalcula el resto en la pasada hacia atrás: mucha menos memoria de activaciones a cambio de un tercio más de cálculo.</translation>
    </message>
    <message>
        <source>Runtime options</source>
        <translation>Opciones del entorno de ejecución</translation>
    </message>
    <message>
        <source>Shows or hides the options of the chosen runtime and of several GPUs.</source>
        <translation>Muestra u oculta las opciones del entorno elegido y de varias GPU.</translation>
    </message>
    <message>
        <source>GPU memory utilization</source>
        <translation>Uso de memoria de GPU</translation>
    </message>
    <message>
        <source>vLLM&apos;s --gpu-memory-utilization: the share of each GPU&apos;s memory vLLM takes at start-up. What the weights, activations and CUDA graphs leave of it becomes the KV-cache pool.</source>
        <translation>--gpu-memory-utilization de vLLM: la parte de la memoria de cada GPU que vLLM toma al arrancar. Lo que dejan los pesos, las activaciones y los grafos CUDA se convierte en la reserva de caché KV.</translation>
    </message>
    <message>
        <source>GPU &amp;memory use</source>
        <translation>Uso de &amp;memoria de GPU</translation>
    </message>
    <message>
        <source>Max batched tokens</source>
        <translation>Máx. de tokens por lote</translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-batched-tokens: the tokens of its profiling forward pass, which sets the activation peak it reserves.</source>
        <translation>--max-num-batched-tokens de vLLM: los tokens de su pasada de perfilado, que fijan el pico de activaciones que reserva.</translation>
    </message>
    <message>
        <source>Max &amp;batched tokens</source>
        <translation>Máx. de tokens por &amp;lote</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-gpu-layers: all layers on the GPU, the largest count that fits (solved), or a number you set. The rest stays in system RAM and runs on the CPU.</source>
        <translation>--n-gpu-layers de llama.cpp: todas las capas en la GPU, el mayor número que cabe (calculado) o un número que usted fija. El resto queda en la RAM del sistema y se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Auto: most that fit</source>
        <translation>Auto: las máximas que quepan</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Fijar…</translation>
    </message>
    <message>
        <source>GPU &amp;layers</source>
        <translation>&amp;Capas en GPU</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <source>n_gpu_layers, the output layer counted as llama.cpp counts it.</source>
        <translation>n_gpu_layers, con la capa de salida contada como la cuenta llama.cpp.</translation>
    </message>
    <message>
        <source>Flash a&amp;ttention</source>
        <translation>Flash a&amp;ttention</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>RAM del sistema</translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. The default is this machine&apos;s.</source>
        <translation>La RAM que guarda las capas que quedan en la CPU. Por defecto, la de esta máquina.</translation>
    </message>
    <message>
        <source>System &amp;RAM</source>
        <translation>&amp;RAM del sistema</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Paralelismo</translation>
    </message>
    <message>
        <source>How several GPUs share the model. Tensor parallel: every layer split across the GPUs, each holding the same share. Pipeline parallel: consecutive layers on each GPU, the first with the embeddings, the last with the output head.</source>
        <translation>Cómo comparten el modelo varias GPU. Paralelismo de tensores: cada capa repartida entre las GPU, cada una con la misma parte. Paralelismo de canalización: capas consecutivas en cada GPU, la primera con los embeddings, la última con la cabeza de salida.</translation>
    </message>
    <message>
        <source>Tensor (tp)</source>
        <translation>Tensores (tp)</translation>
    </message>
    <message>
        <source>Pipeline (pp)</source>
        <translation>Canalización (pp)</translation>
    </message>
    <message>
        <source>Para&amp;llel</source>
        <translation>Para&amp;lelo</translation>
    </message>
    <message>
        <source>The RAM that holds the layers left on the CPU. This machine has %1 GiB.</source>
        <translation>La RAM que guarda las capas que quedan en la CPU. Esta máquina tiene %1 GiB.</translation>
    </message>
    <message>
        <source>No GPU selected: the whole model runs on the CPU.</source>
        <translation>Ninguna GPU seleccionada: todo el modelo se ejecuta en la CPU.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) on the GPU (of %1)</source>
        <translation>
            <numerusform>%n capa en la GPU (de %1)</numerusform>
            <numerusform>%n capas en la GPU (de %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Max sequences</source>
        <translation>Máx. secuencias</translation>
    </message>
    <message>
        <source>vLLM&apos;s --max-num-seqs: the sequences its profiling run samples at once (default 256); their logits are part of the activation peak.</source>
        <translation>--max-num-seqs de vLLM: las secuencias que su pasada de perfilado muestrea a la vez (256 por defecto); sus logits forman parte del pico de activaciones.</translation>
    </message>
    <message>
        <source>Max se&amp;quences</source>
        <translation>Máx. se&amp;cuencias</translation>
    </message>
    <message>
        <source>vLLM version</source>
        <translation>Versión de vLLM</translation>
    </message>
    <message>
        <source>The vLLM release whose rules apply: V0 before 0.8, the hybrid KV cache manager from 0.10, KV cache size printed from the concurrency from 0.20, CUDA graphs taken out of the KV budget from 0.21.</source>
        <translation>La versión de vLLM cuyas reglas se aplican: V0 antes de 0.8, el gestor híbrido de caché KV desde 0.10, el tamaño de la caché KV calculado a partir de la concurrencia desde 0.20, los grafos CUDA descontados del presupuesto KV desde 0.21.</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (la más reciente)</translation>
    </message>
    <message>
        <source>%1 (V0 engine)</source>
        <translation>%1 (motor V0)</translation>
    </message>
    <message>
        <source>v&amp;LLM version</source>
        <translation>Versión de v&amp;LLM</translation>
    </message>
    <message>
        <source>Prefix caching</source>
        <translation>Caché de prefijos</translation>
    </message>
    <message>
        <source>vLLM&apos;s --enable-prefix-caching (on by default in V1): models with recurrent layers then keep two state blocks per request instead of one.</source>
        <translation>--enable-prefix-caching de vLLM (activado por defecto en V1): los modelos con capas recurrentes guardan entonces dos bloques de estado por petición en lugar de uno.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -fa: a smaller compute buffer, and the condition for a quantized V cache. Auto, llama.cpp&apos;s default, turns it on wherever the device runs it (CUDA, ROCm, Metal, Vulkan and the CPU do); off keeps V in F16.</source>
        <translation>-fa de llama.cpp: un búfer de cálculo menor y la condición para una caché V cuantizada. Automática, el valor predeterminado de llama.cpp, la activa dondequiera que el dispositivo la ejecute (CUDA, ROCm, Metal, Vulkan y la CPU lo hacen); desactivada deja V en F16.</translation>
    </message>
    <message>
        <source>Auto (on)</source>
        <translation>Automática (activada)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>V cache type</source>
        <translation>Tipo de la caché V</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -ctv: the type of the cached values when it differs from the keys&apos; (-ctk, the KV-cache choice above). A quantized V cache needs flash attention.</source>
        <translation>-ctv de llama.cpp: el tipo de los valores en caché cuando difiere del de las claves (-ctk, la elección de caché KV de arriba). Una caché V cuantizada necesita flash attention.</translation>
    </message>
    <message>
        <source>Same as K</source>
        <translation>Igual que K</translation>
    </message>
    <message>
        <source>&amp;V cache</source>
        <translation>Caché &amp;V</translation>
    </message>
    <message>
        <source>&amp;Unified KV cache (-kvu)</source>
        <translation>Caché KV &amp;unificada (-kvu)</translation>
    </message>
    <message>
        <source>Unified KV cache</source>
        <translation>Caché KV unificada</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s -kvu: one cache of n_ctx cells shared by every sequence (slot) instead of n_ctx / slots cells for each; sliding-window layers then keep a window per slot in it. llama-server without -np runs 4 slots with it on.</source>
        <translation>-kvu de llama.cpp: una caché de n_ctx celdas compartida por todas las secuencias (slots) en lugar de n_ctx / slots celdas para cada una; las capas de ventana deslizante guardan entonces en ella una ventana por slot. llama-server sin -np funciona con 4 slots y esta opción activada.</translation>
    </message>
    <message>
        <source>CPU MoE layers</source>
        <translation>Capas MoE en la CPU</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s --n-cpu-moe: the routed experts of the first N layers stay in system RAM and run on the CPU, while attention, shared experts and the KV cache stay on the GPU. Only for mixture-of-experts models.</source>
        <translation>--n-cpu-moe de llama.cpp: los expertos enrutados de las primeras N capas quedan en la RAM del sistema y se ejecutan en la CPU, mientras la atención, los expertos compartidos y la caché KV quedan en la GPU. Solo para modelos de mezcla de expertos.</translation>
    </message>
    <message>
        <source>CPU &amp;MoE layers</source>
        <translation>Capas &amp;MoE en la CPU</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::ScenarioDocument</name>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>Abrir &amp;escenario…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Recent scenarios</source>
        <translation>Escenarios recientes</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Exportar gráfico…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Cop&amp;y for a document</source>
        <translation>Copiar para un &amp;documento</translation>
    </message>
    <message>
        <source>Breakdown as Markdown table</source>
        <translation>Desglose como tabla Markdown</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Tabla de desglose</translation>
    </message>
    <message>
        <source>Fit matrix as Markdown table</source>
        <translation>Matriz de ajuste como tabla Markdown</translation>
    </message>
    <message>
        <source>Fit matrix table</source>
        <translation>Tabla de la matriz de ajuste</translation>
    </message>
    <message>
        <source>%1 as image</source>
        <translation>%1 como imagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The scenario %1 has changed since it was saved. Save the changes?</source>
        <translation>El escenario %1 ha cambiado desde que se guardó. ¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Abrir un escenario</translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation>No se pudo abrir el escenario</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 abierto.</translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation>No se pudo guardar el escenario</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>No se pudo exportar el gráfico</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <source>Markdown, with the chart next to it (*.md);;CSV, one row per component per GPU (*.csv);;JSON (*.json)</source>
        <translation>Markdown, con el gráfico al lado (*.md);;CSV, una fila por componente y GPU (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>No se pudo exportar el informe</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Nada que copiar.</translation>
    </message>
    <message>
        <source>%1 copied as Markdown.</source>
        <translation>%1 copiado como Markdown.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — FitScope</source>
        <translation>%1[*] — FitScope</translation>
    </message>
    <message>
        <source>%1 image (*.%2)</source>
        <translation>Imagen %1 (*.%2)</translation>
    </message>
    <message>
        <source>%1 copied as PNG and SVG.</source>
        <translation>%1 copiado como PNG y SVG.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SolverJumps</name>
    <message>
        <source>Use the &amp;longest context that fits</source>
        <translation>Usar el contexto más &amp;largo que cabe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Use the largest &amp;batch that fits</source>
        <translation>Usar el &amp;lote más grande que cabe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Use the most &amp;precise format that fits</source>
        <translation>Usar el formato más &amp;preciso que cabe</translation>
    </message>
    <message>
        <source>Use the &amp;smallest GPU that fits</source>
        <translation>Usar la GPU más &amp;pequeña que cabe</translation>
    </message>
    <message>
        <source>Select a GPU first: the longest context is the one that fits on it.</source>
        <translation>Selecciona primero una GPU: el contexto más largo es el que cabe en ella.</translation>
    </message>
    <message>
        <source>Not even one token of context fits on this GPU.</source>
        <translation>Ni un solo token de contexto cabe en esta GPU.</translation>
    </message>
    <message>
        <source>The context is the longest that fits already.</source>
        <translation>El contexto ya es el más largo que cabe.</translation>
    </message>
    <message>
        <source>Longest context</source>
        <translation>Contexto más largo</translation>
    </message>
    <message>
        <source>No batch fits: select a GPU the model fits on.</source>
        <translation>Ningún lote cabe: selecciona una GPU en la que quepa el modelo.</translation>
    </message>
    <message>
        <source>The batch is the largest that fits already.</source>
        <translation>El lote ya es el más grande que cabe.</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Lote más grande</translation>
    </message>
    <message>
        <source>No weight format fits on this GPU.</source>
        <translation>Ningún formato de pesos cabe en esta GPU.</translation>
    </message>
    <message>
        <source>The weight format is the most precise that fits already.</source>
        <translation>El formato de pesos ya es el más preciso que cabe.</translation>
    </message>
    <message>
        <source>Most precise format</source>
        <translation>Formato más preciso</translation>
    </message>
    <message>
        <source>No single catalog GPU holds this scenario.</source>
        <translation>Ninguna GPU del catálogo por sí sola admite este escenario.</translation>
    </message>
    <message>
        <source>The GPU is the smallest that fits already.</source>
        <translation>La GPU ya es la más pequeña que cabe.</translation>
    </message>
    <message>
        <source>Smallest GPU</source>
        <translation>GPU más pequeña</translation>
    </message>
    <message>
        <source>Make it fit: %1</source>
        <translation>Hacer que quepa: %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SpeedChart</name>
    <message>
        <source>Decode speed against batch</source>
        <translation>Velocidad de decodificación según el lote</translation>
    </message>
    <message>
        <source>Tokens per second of all sequences together as the batch grows, one line per selected GPU with its low–high range, the batch from which a decode step is compute-bound marked, and the current batch.</source>
        <translation>Tokens por segundo de todas las secuencias juntas a medida que crece el lote, una línea por GPU elegida con su rango bajo–alto, marcando el lote a partir del cual un paso de decodificación está limitado por el cálculo, y el lote actual.</translation>
    </message>
    <message>
        <source>Batch (concurrent sequences, log scale)</source>
        <translation>Lote (secuencias simultáneas, escala logarítmica)</translation>
    </message>
    <message>
        <source>Decode tokens/s, all sequences (log scale)</source>
        <translation>Tokens/s de decodificación, todas las secuencias (escala logarítmica)</translation>
    </message>
    <message>
        <source>Compute-bound from here</source>
        <translation>Limitado por el cálculo desde aquí</translation>
    </message>
    <message>
        <source>does not fit in memory</source>
        <translation>no cabe en memoria</translation>
    </message>
    <message>
        <source>low–high range</source>
        <translation>rango bajo–alto</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>limitado por el cálculo desde el lote %1</translation>
    </message>
    <message>
        <source>No speed to show.</source>
        <translation>No hay velocidad que mostrar.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lote %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: &lt;b&gt;%3&lt;/b&gt; tokens/s (%4–%5), %6 per sequence%7%8</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: &lt;b&gt;%3&lt;/b&gt; tokens/s (%4–%5), %6 por secuencia%7%8</translation>
    </message>
    <message>
        <source>, compute-bound</source>
        <translation>, limitado por el cálculo</translation>
    </message>
    <message>
        <source>, memory-bound</source>
        <translation>, limitado por la memoria</translation>
    </message>
    <message>
        <source>, &lt;i&gt;does not fit&lt;/i&gt;</source>
        <translation>, &lt;i&gt;no cabe&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::SummaryPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What else fits</source>
        <translation>Qué más cabe</translation>
    </message>
    <message>
        <source>The article&apos;s rule of thumb against the accurate figure</source>
        <translation>La regla práctica del artículo frente a la cifra exacta</translation>
    </message>
    <message>
        <source>The article&apos;s rule: weights × (1 + overhead) + KV cache. The accurate figure comes from the chosen runtime profile, measured on real hardware.</source>
        <translation>La regla del artículo: pesos × (1 + sobrecarga) + caché KV. La cifra exacta sale del perfil de ejecución elegido, medido en hardware real.</translation>
    </message>
    <message>
        <source>NO GPU</source>
        <translation>SIN GPU</translation>
    </message>
    <message>
        <source>No GPU selected</source>
        <translation>Ninguna GPU seleccionada</translation>
    </message>
    <message>
        <source>Speed and runtime details</source>
        <translation>Detalles de velocidad y del entorno de ejecución</translation>
    </message>
    <message>
        <source>Changes that make it fit</source>
        <translation>Cambios con los que cabe</translation>
    </message>
    <message>
        <source>The cheapest changes after which the model fits; click one to apply it (Ctrl+Z undoes it).</source>
        <translation>Los cambios más baratos tras los que el modelo cabe; haga clic en uno para aplicarlo (Ctrl+Z lo deshace).</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::Workspace</name>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Pin scenario</source>
        <translation>&amp;Fijar escenario</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Compare pinned scenarios</source>
        <translation>&amp;Comparar escenarios fijados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
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
        <translation>Hay ocho escenarios fijados: quita uno para fijar otro.</translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation>Fijar «%1»</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>Baseline “%1”</source>
        <translation>Referencia «%1»</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Sin referencia</translation>
    </message>
    <message>
        <source>Rename “%1” → “%2”</source>
        <translation>Renombrar «%1» → «%2»</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Mostrar «%1»</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Export %1 as %2…</source>
        <translation>Exportar %1 como %2…</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Pesos: %1</translation>
    </message>
    <message>
        <source>KV cache: %1</source>
        <translation>Caché KV: %1</translation>
    </message>
    <message>
        <source>Runtime: %1</source>
        <translation>Entorno: %1</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::AccuracyChart</name>
    <message>
        <source>Accuracy per bit</source>
        <translation>Exactitud por bit</translation>
    </message>
    <message>
        <source>Bits per weight against the output error (log scale), one point per scheme, with the Pareto frontier: the schemes no other beats on both size and error.</source>
        <translation>Bits por peso frente al error de salida (escala logarítmica), un punto por esquema, con la frontera de Pareto: los esquemas que ningún otro supera a la vez en tamaño y error.</translation>
    </message>
    <message>
        <source>Stored bits per weight (scales included)</source>
        <translation>Bits almacenados por peso (escalas incluidas)</translation>
    </message>
    <message>
        <source>Output error ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, log scale)</source>
        <translation>Error de salida ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, escala logarítmica)</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Frontera de Pareto</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Esquemas</translation>
    </message>
    <message>
        <source>Pick schemes and press Run to see what each costs and buys.</source>
        <translation>Elija esquemas y pulse Ejecutar para ver lo que cuesta y aporta cada uno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;bits per weight: %3&lt;br&gt;stored: %4 bytes&lt;br&gt;output error: %5&lt;br&gt;RMSE: %6&lt;br&gt;SNR: %7 dB&lt;br&gt;max |error|: %8&lt;br&gt;cosine: %9&lt;br&gt;quantized in %10 ms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;bits por peso: %3&lt;br&gt;almacenado: %4 bytes&lt;br&gt;error de salida: %5&lt;br&gt;RMSE: %6&lt;br&gt;SNR: %7 dB&lt;br&gt;|error| máx.: %8&lt;br&gt;coseno: %9&lt;br&gt;cuantizado en %10 ms</translation>
    </message>
    <message>
        <source> (on the frontier)</source>
        <translation> (en la frontera)</translation>
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
        <translation>Distribución de pesos y errores</translation>
    </message>
    <message>
        <source>Top: the histogram of the original weights, the chosen block&apos;s weights and the values the selected scheme can represent in that block. Bottom: the histogram of the weight error.</source>
        <translation>Arriba: el histograma de los pesos originales, los pesos del bloque elegido y los valores que el esquema elegido puede representar en ese bloque. Abajo: el histograma del error de los pesos.</translation>
    </message>
    <message>
        <source>Weights and representable levels</source>
        <translation>Pesos y niveles representables</translation>
    </message>
    <message>
        <source>Error histogram</source>
        <translation>Histograma de errores</translation>
    </message>
    <message>
        <source>Weight value</source>
        <translation>Valor del peso</translation>
    </message>
    <message>
        <source>Share of weights (%)</source>
        <translation>Proporción de pesos (%)</translation>
    </message>
    <message>
        <source>All weights of the tensor</source>
        <translation>Todos los pesos del tensor</translation>
    </message>
    <message>
        <source>Weights of the chosen block</source>
        <translation>Pesos del bloque elegido</translation>
    </message>
    <message>
        <source>Values the block can represent</source>
        <translation>Valores que el bloque puede representar</translation>
    </message>
    <message>
        <source>Weight error w − ŵ</source>
        <translation>Error del peso w − ŵ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Run the lab to see the weights.</source>
        <translation>Ejecute el laboratorio para ver los pesos.</translation>
    </message>
    <message>
        <source>%1
%2 · %3: %4 representable values%5</source>
        <translation>%1
%2 · %3: %4 valores representables%5</translation>
    </message>
    <message>
        <source> (too many to draw)</source>
        <translation> (demasiados para dibujar)</translation>
    </message>
    <message>
        <source>%1: RMSE %2, max |error| %3</source>
        <translation>%1: RMSE %2, |error| máx. %3</translation>
    </message>
    <message>
        <source>Select a finished scheme to see its error.</source>
        <translation>Elija un esquema terminado para ver su error.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ExplorerLabLink</name>
    <message>
        <source>Measured error of this format</source>
        <translation>Error medido de este formato</translation>
    </message>
    <message>
        <source>The output error this scheme showed in the quantization lab&apos;s last run, on its sample tensor; the link opens the lab on it.</source>
        <translation>El error de salida que mostró este esquema en la última ejecución del laboratorio de cuantización, sobre su tensor de muestra; el enlace abre el laboratorio con él.</translation>
    </message>
    <message>
        <source>Error not measured yet: &lt;a href=&quot;%1&quot;&gt;try %2 in the quantization lab&lt;/a&gt;</source>
        <translation>Error aún sin medir: &lt;a href=&quot;%1&quot;&gt;pruebe %2 en el laboratorio de cuantización&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;%2&quot;&gt;open in the lab&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;%2&quot;&gt;abrir en el laboratorio&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabControlPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Quantize the tensor with every checked scheme and measure the error (Ctrl+Return).</source>
        <translation>Cuantizar el tensor con cada esquema marcado y medir el error (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the run; schemes already finished keep their results (Esc).</source>
        <translation>Detener la ejecución; los esquemas ya terminados conservan sus resultados (Esc).</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>How far the whole run is: the tensor, then each scheme in turn.</source>
        <translation>Cuánto lleva la ejecución completa: el tensor y después cada esquema por turno.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Tensor source</source>
        <translation>Origen del tensor</translation>
    </message>
    <message>
        <source>Generate a sample tensor with calibration activations, or open a weight from a .npy, .safetensors or .gguf file.</source>
        <translation>Generar un tensor de muestra con activaciones de calibración, o abrir un peso de un archivo .npy, .safetensors o .gguf.</translation>
    </message>
    <message>
        <source>Generated sample</source>
        <translation>Muestra generada</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Desde un archivo</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Gaussian weights; heavy-tailed (Laplace) weights; or transformer-like weights with activations whose few outlier features are 10–100× larger than the rest.</source>
        <translation>Pesos gaussianos; pesos de colas pesadas (Laplace); o pesos tipo transformer con activaciones cuyas pocas características atípicas son 10–100× mayores que el resto.</translation>
    </message>
    <message>
        <source>Transformer-like</source>
        <translation>Tipo transformer</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>Heavy-tailed (Laplace)</source>
        <translation>Colas pesadas (Laplace)</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribución</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Output features of the weight matrix (its rows).</source>
        <translation>Características de salida de la matriz de pesos (sus filas).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Input features of the weight matrix (its columns); GGUF K-quants need a multiple of 256.</source>
        <translation>Características de entrada de la matriz de pesos (sus columnas); los K-quant de GGUF necesitan un múltiplo de 256.</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lumnas</translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation>Características atípicas</translation>
    </message>
    <message>
        <source>How many input features carry large activations (transformer-like only; LLM.int8() found about 0.1 % of them).</source>
        <translation>Cuántas características de entrada llevan activaciones grandes (solo tipo transformer; LLM.int8() encontró en torno al 0,1 %).</translation>
    </message>
    <message>
        <source>Outlier &amp;features</source>
        <translation>Características a&amp;típicas</translation>
    </message>
    <message>
        <source>Outlier magnitude</source>
        <translation>Magnitud de los atípicos</translation>
    </message>
    <message>
        <source>The largest outlier activation; outliers range from a tenth of it up to it (the paper saw 6 to 60).</source>
        <translation>La mayor activación atípica; los atípicos van de una décima parte de ella hasta ella (el artículo vio de 6 a 60).</translation>
    </message>
    <message>
        <source>Outlier &amp;magnitude</source>
        <translation>&amp;Magnitud de los atípicos</translation>
    </message>
    <message>
        <source>Tensor file</source>
        <translation>Archivo de tensor</translation>
    </message>
    <message>
        <source>A .npy, .safetensors or .gguf file (or a model folder); press Enter after typing.</source>
        <translation>Un archivo .npy, .safetensors o .gguf (o una carpeta de modelo); pulse Intro después de escribir.</translation>
    </message>
    <message>
        <source>model.safetensors, model.gguf, weight.npy</source>
        <translation>model.safetensors, model.gguf, weight.npy</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a tensor file</source>
        <translation>Buscar un archivo de tensor</translation>
    </message>
    <message>
        <source>Choose a .npy, .safetensors or .gguf file.</source>
        <translation>Elija un archivo .npy, .safetensors o .gguf.</translation>
    </message>
    <message>
        <source>The tensor to quantize, by name: 2-D tensors whose stored type FitScope can read as float.</source>
        <translation>El tensor que cuantizar, por nombre: tensores 2D cuyo tipo almacenado FitScope puede leer como coma flotante.</translation>
    </message>
    <message>
        <source>&amp;Tensor</source>
        <translation>&amp;Tensor</translation>
    </message>
    <message>
        <source>Calibration tokens</source>
        <translation>Tokens de calibración</translation>
    </message>
    <message>
        <source>Activation rows used to measure the output error and to calibrate LLM.int8(), GPTQ and AWQ (a file gets Gaussian activations).</source>
        <translation>Filas de activaciones usadas para medir el error de salida y calibrar LLM.int8(), GPTQ y AWQ (un archivo recibe activaciones gaussianas).</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same tensor on every machine.</source>
        <translation>La semilla aleatoria: la misma semilla da el mismo tensor en cualquier máquina.</translation>
    </message>
    <message>
        <source>Calibration to&amp;kens</source>
        <translation>Tokens de cali&amp;bración</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;emilla</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Esquemas</translation>
    </message>
    <message>
        <source>Check the schemes to run (Space toggles the current one; a group&apos;s box toggles the whole group).</source>
        <translation>Marque los esquemas que ejecutar (Espacio alterna el actual; la casilla de un grupo alterna todo el grupo).</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
    <message>
        <source>Weights sharing one scale (0: one scale per row or tensor).</source>
        <translation>Pesos que comparten una escala (0: una escala por fila o tensor).</translation>
    </message>
    <message>
        <source>Whether each group also stores an offset, so it need not be symmetric around zero.</source>
        <translation>Si cada grupo guarda también un desplazamiento, para no tener que ser simétrico respecto a cero.</translation>
    </message>
    <message>
        <source>Check or uncheck every %1 scheme.</source>
        <translation>Marcar o desmarcar todos los esquemas %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>LLM.int8() threshold</source>
        <translation>Umbral de LLM.int8()</translation>
    </message>
    <message>
        <source>LLM.int8() keeps in FP16 every input column whose activation reaches this magnitude (the paper uses 6).</source>
        <translation>LLM.int8() mantiene en FP16 cada columna de entrada cuya activación alcanza esta magnitud (el artículo usa 6).</translation>
    </message>
    <message>
        <source>LLM.int8() &amp;threshold</source>
        <translation>&amp;Umbral de LLM.int8()</translation>
    </message>
    <message>
        <source>GPTQ damping</source>
        <translation>Amortiguación de GPTQ</translation>
    </message>
    <message>
        <source>GPTQ adds this fraction of the Hessian&apos;s mean diagonal to its diagonal, so the inverse stays stable (the reference uses 1 %).</source>
        <translation>GPTQ suma esta fracción de la diagonal media de la hessiana a su diagonal, para que la inversa sea estable (la referencia usa el 1 %).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPTQ &amp;damping</source>
        <translation>&amp;Amortiguación de GPTQ</translation>
    </message>
    <message>
        <source>GPTQ &amp;act-order</source>
        <translation>&amp;act-order de GPTQ</translation>
    </message>
    <message>
        <source>GPTQ act-order</source>
        <translation>act-order de GPTQ</translation>
    </message>
    <message>
        <source>GPTQ rounds the columns with the largest activations first, while the most compensation is still possible.</source>
        <translation>GPTQ redondea primero las columnas con las activaciones más grandes, mientras aún es posible la mayor compensación.</translation>
    </message>
    <message>
        <source>Open a tensor</source>
        <translation>Abrir un tensor</translation>
    </message>
    <message>
        <source>Tensors (*.npy *.safetensors *.gguf);;All files (*)</source>
        <translation>Tensores (*.npy *.safetensors *.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A .npy file holds one tensor (float32 or float16, 1-D or 2-D).</source>
        <translation>Un archivo .npy contiene un tensor (float32 o float16, 1D o 2D).</translation>
    </message>
    <message>
        <source>%1  [%2, %3]</source>
        <translation>%1  [%2, %3]</translation>
    </message>
    <message>
        <source>%1 of %2 tensors can be quantized here.</source>
        <translation>Se pueden cuantizar aquí %1 de %2 tensores.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabPage</name>
    <message>
        <source>The controls changed since this run: the results below are from the previous settings. Press Run to measure again.</source>
        <translation>Los controles han cambiado desde esta ejecución: los resultados de abajo son de la configuración anterior. Pulse Ejecutar para volver a medir.</translation>
    </message>
    <message>
        <source>Results are stale</source>
        <translation>Los resultados están desactualizados</translation>
    </message>
    <message>
        <source>&amp;Use in the fit explorer</source>
        <translation>&amp;Usar en el explorador de ajuste</translation>
    </message>
    <message>
        <source>Use the selected scheme in the fit explorer</source>
        <translation>Usar el esquema elegido en el explorador de ajuste</translation>
    </message>
    <message>
        <source>Makes the selected scheme the fit explorer&apos;s weight precision and switches to the explorer.</source>
        <translation>Convierte el esquema elegido en la precisión de pesos del explorador de ajuste y cambia al explorador.</translation>
    </message>
    <message>
        <source>Results (Ctrl+C copies the selected rows)</source>
        <translation>Resultados (Ctrl+C copia las filas seleccionadas)</translation>
    </message>
    <message>
        <source>Measured read bandwidth: %1 GB/s.</source>
        <translation>Ancho de banda de lectura medido: %1 GB/s.</translation>
    </message>
    <message>
        <source>Benchmark failed: %1</source>
        <translation>Falló el banco de pruebas: %1</translation>
    </message>
    <message>
        <source>Lab views</source>
        <translation>Vistas del laboratorio</translation>
    </message>
    <message>
        <source>Lower left is better: fewer bits and less error. Hover a point for every metric; click it to select the scheme.</source>
        <translation>Abajo a la izquierda es mejor: menos bits y menos error. Pase el ratón sobre un punto para ver todas las métricas; haga clic para elegir el esquema.</translation>
    </message>
    <message>
        <source>&amp;Accuracy per bit</source>
        <translation>E&amp;xactitud por bit</translation>
    </message>
    <message>
        <source>Scheme shown in the distribution</source>
        <translation>Esquema mostrado en la distribución</translation>
    </message>
    <message>
        <source>The finished scheme whose levels and error the distribution shows.</source>
        <translation>El esquema terminado cuyos niveles y error muestra la distribución.</translation>
    </message>
    <message>
        <source>Block shown in the distribution</source>
        <translation>Bloque mostrado en la distribución</translation>
    </message>
    <message>
        <source>The block whose weights and representable values are drawn: the one holding the largest weight (its scale is stretched the most) or the first one.</source>
        <translation>El bloque cuyos pesos y valores representables se dibujan: el que contiene el peso más grande (su escala se estira más) o el primero.</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>Es&amp;quema</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloque</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribución</translation>
    </message>
    <message>
        <source>A few input features carry huge activations. Any rounding error in their weight column is multiplied by them: one global scale makes every column coarse, LLM.int8() keeps those columns in FP16.</source>
        <translation>Unas pocas características de entrada llevan activaciones enormes. Cualquier error de redondeo en su columna de pesos se multiplica por ellas: una escala global vuelve gruesa cada columna, LLM.int8() mantiene esas columnas en FP16.</translation>
    </message>
    <message>
        <source>&amp;Outliers</source>
        <translation>&amp;Atípicos</translation>
    </message>
    <message>
        <source>Run &amp;benchmark</source>
        <translation>Ejecutar &amp;banco de pruebas</translation>
    </message>
    <message>
        <source>Run benchmark</source>
        <translation>Ejecutar banco de pruebas</translation>
    </message>
    <message>
        <source>Measure this machine&apos;s memory bandwidth and the matrix-vector speed of each format (a few seconds, off the window&apos;s thread).</source>
        <translation>Medir el ancho de banda de memoria de esta máquina y la velocidad matriz-vector de cada formato (unos segundos, fuera del hilo de la ventana).</translation>
    </message>
    <message>
        <source>Cancel benchmark</source>
        <translation>Cancelar el banco de pruebas</translation>
    </message>
    <message>
        <source>Stop the benchmark.</source>
        <translation>Detener el banco de pruebas.</translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation>Progreso del banco de pruebas</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>Check at least one scheme.</source>
        <translation>Marque al menos un esquema.</translation>
    </message>
    <message>
        <source>Preparing the tensor…</source>
        <translation>Preparando el tensor…</translation>
    </message>
    <message>
        <source>Cancelled. Finished schemes keep their results.</source>
        <translation>Cancelado. Los esquemas terminados conservan sus resultados.</translation>
    </message>
    <message>
        <source>Preparing the tensor… %1 %</source>
        <translation>Preparando el tensor… %1 %</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Could not make the tensor: %1</source>
        <translation>No se pudo crear el tensor: %1</translation>
    </message>
    <message>
        <source>Quantization lab: %1</source>
        <translation>Laboratorio de cuantización: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Done: %1 schemes on %2.</source>
        <translation>Hecho: %1 esquemas sobre %2.</translation>
    </message>
    <message>
        <source>Make %1 the fit explorer&apos;s weight precision.</source>
        <translation>Usar %1 como precisión de pesos del explorador de ajuste.</translation>
    </message>
    <message>
        <source>The fit explorer has no weight format for this scheme.</source>
        <translation>El explorador de ajuste no tiene un formato de pesos para este esquema.</translation>
    </message>
    <message>
        <source>%1 is checked: press Run to measure it.</source>
        <translation>%1 está marcado: pulse Ejecutar para medirlo.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation>Banco de pruebas cancelado.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabResultsHub</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>%1: error de salida %2 sobre %3</translation>
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
        <translation>en cola</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>done (stale)</source>
        <translation>hecho (desactualizado)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/peso</translation>
    </message>
    <message>
        <source>Stored bytes</source>
        <translation>Bytes almacenados</translation>
    </message>
    <message>
        <source>Output error</source>
        <translation>Error de salida</translation>
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
        <translation>|Error| máx.</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Quantize (ms)</source>
        <translation>Cuantizar (ms)</translation>
    </message>
    <message>
        <source>Stored bits per weight, counted from the packed bytes: scales, zero-points and outlier columns included.</source>
        <translation>Bits almacenados por peso, contados a partir de los bytes empaquetados: escalas, puntos cero y columnas atípicas incluidos.</translation>
    </message>
    <message>
        <source>‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ on the calibration activations: how far the layer&apos;s output moves.</source>
        <translation>‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ sobre las activaciones de calibración: cuánto se desplaza la salida de la capa.</translation>
    </message>
    <message>
        <source>Root mean square of the weight error w − ŵ.</source>
        <translation>Raíz cuadrática media del error de los pesos w − ŵ.</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio of the weights: 10·log10(Σw² / Σ(w − ŵ)²).</source>
        <translation>Relación señal-ruido de los pesos: 10·log10(Σw² / Σ(w − ŵ)²).</translation>
    </message>
    <message>
        <source>The largest error on any single weight.</source>
        <translation>El mayor error en un solo peso.</translation>
    </message>
    <message>
        <source>Cosine similarity between the original and the dequantized weights.</source>
        <translation>Similitud coseno entre los pesos originales y los descuantizados.</translation>
    </message>
    <message>
        <source>Time to quantize the tensor on this machine.</source>
        <translation>Tiempo para cuantizar el tensor en esta máquina.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::LabWorker</name>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>heavy-tailed</source>
        <translation>de colas pesadas</translation>
    </message>
    <message>
        <source>transformer-like</source>
        <translation>tipo transformer</translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (holds the largest |w|)</source>
        <translation>Fila %1, columnas %2–%3 (contiene el mayor |w|)</translation>
    </message>
    <message>
        <source>Row %1, columns %2–%3 (the first block)</source>
        <translation>Fila %1, columnas %2–%3 (el primer bloque)</translation>
    </message>
    <message>
        <source>the %1 sample</source>
        <translation>la muestra %1</translation>
    </message>
    <message>
        <source>%1 %2 × %3, %4 calibration tokens, seed %5</source>
        <translation>%1 %2 × %3, %4 tokens de calibración, semilla %5</translation>
    </message>
    <message>
        <source>%1 from %2: %3 × %4, %5 Gaussian calibration tokens</source>
        <translation>%1 de %2: %3 × %4, %5 tokens de calibración gaussianos</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::OutlierChart</name>
    <message>
        <source>Outliers</source>
        <translation>Atípicos</translation>
    </message>
    <message>
        <source>Left: the largest activation of each input feature, outliers highlighted. Right: the output error each input feature contributes with one INT8 scale per tensor, per channel, and with LLM.int8().</source>
        <translation>Izquierda: la mayor activación de cada característica de entrada, con los atípicos resaltados. Derecha: el error de salida que aporta cada característica de entrada con una escala INT8 por tensor, por canal y con LLM.int8().</translation>
    </message>
    <message>
        <source>Activation magnitude per input feature</source>
        <translation>Magnitud de activación por característica de entrada</translation>
    </message>
    <message>
        <source>Output error per input feature</source>
        <translation>Error de salida por característica de entrada</translation>
    </message>
    <message>
        <source>Input feature (column of W)</source>
        <translation>Característica de entrada (columna de W)</translation>
    </message>
    <message>
        <source>max |x| over the calibration tokens</source>
        <translation>máx. |x| sobre los tokens de calibración</translation>
    </message>
    <message>
        <source>Ordinary features</source>
        <translation>Características ordinarias</translation>
    </message>
    <message>
        <source>Outlier features</source>
        <translation>Características atípicas</translation>
    </message>
    <message>
        <source>Share of ‖XWᵀ‖² lost through this feature (log)</source>
        <translation>Parte de ‖XWᵀ‖² perdida por esta característica (log)</translation>
    </message>
    <message>
        <source>Run the lab to see the activations.</source>
        <translation>Ejecute el laboratorio para ver las activaciones.</translation>
    </message>
    <message>
        <source>%1 of %2 features reach |x| ≥ %3 (dashed line)</source>
        <translation>%1 de %2 características alcanzan |x| ≥ %3 (línea discontinua)</translation>
    </message>
    <message>
        <source>%1 (output error %2)</source>
        <translation>%1 (error de salida %2)</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::ResultsTable</name>
    <message>
        <source>Results table</source>
        <translation>Tabla de resultados</translation>
    </message>
    <message>
        <source>Every metric of every scheme of the last run. Click a header to sort; Ctrl+C copies the selected rows as tab-separated text.</source>
        <translation>Todas las métricas de todos los esquemas de la última ejecución. Haga clic en un encabezado para ordenar; Ctrl+C copia las filas seleccionadas como texto separado por tabulaciones.</translation>
    </message>
</context>
<context>
    <name>fitscope::gui::lab::SpeedChart</name>
    <message>
        <source>GEMV speed per format</source>
        <translation>Velocidad GEMV por formato</translation>
    </message>
    <message>
        <source>Weight bytes read per second (GB/s)</source>
        <translation>Bytes de pesos leídos por segundo (GB/s)</translation>
    </message>
    <message>
        <source>GEMV throughput</source>
        <translation>Rendimiento GEMV</translation>
    </message>
    <message>
        <source>Press Run benchmark to measure this machine: memory bandwidth, then a matrix-vector product in each format.</source>
        <translation>Pulse Ejecutar banco de pruebas para medir esta máquina: primero el ancho de banda de memoria, después un producto matriz-vector en cada formato.</translation>
    </message>
    <message>
        <source>%1 GB/s
%2 %</source>
        <translation>%1 GB/s
%2 %</translation>
    </message>
    <message>
        <source>Matrix-vector throughput per weight format, in GB/s of weight bytes read, against the best memory read bandwidth of the run (the dashed line). Each bar&apos;s percentage is its share of the read bandwidth measured alongside that kernel.</source>
        <translation>Rendimiento matriz-vector por formato de pesos, en GB/s de bytes de pesos leídos, frente al mejor ancho de banda de lectura de memoria de la ejecución (la línea discontinua). El porcentaje de cada barra es su parte del ancho de banda de lectura medido junto a ese kernel.</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>Dashed line: best read bandwidth of the run, %1 GB/s (STREAM triad %2 GB/s)
Bars: weight bytes read per second; the percentage is each kernel&apos;s share
of the read bandwidth measured alongside it (%3 kernels, %4 threads)</source>
        <translation>Línea discontinua: mejor ancho de banda de lectura de la ejecución, %1 GB/s (STREAM triad %2 GB/s)
Barras: bytes de pesos leídos por segundo; el porcentaje es la parte de cada kernel
del ancho de banda de lectura medido junto a él (kernels %3, %4 hilos)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FitScope: does this LLM fit on this GPU, at this precision and context, and why.</source>
        <translation>FitScope: ¿cabe este LLM en esta GPU, con esta precisión y este contexto, y por qué?</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Render the window offscreen with the saved (or default) scenario, write it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Dibujar la ventana fuera de pantalla con el escenario guardado (o el predeterminado), escribirla como PNG en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Screenshot width in pixels (default 1440).</source>
        <translation>Ancho de la captura en píxeles (por defecto 1440).</translation>
    </message>
    <message>
        <source>Screenshot height in pixels (default 900).</source>
        <translation>Alto de la captura en píxeles (por defecto 900).</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted frame.</source>
        <translation>Mostrar el tiempo desde el arranque hasta el primer fotograma dibujado.</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt;.</source>
        <translation>Leer y escribir la configuración en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Start with the default settings.</source>
        <translation>Empezar con la configuración por defecto.</translation>
    </message>
    <message>
        <source>Use the system, light or dark theme (instead of the preference).</source>
        <translation>Usar el tema del sistema, claro u oscuro (en lugar de la preferencia).</translation>
    </message>
    <message>
        <source>Use this language, e.g. de, es, zh_CN or en (instead of the preference).</source>
        <translation>Usar este idioma, p. ej. de, es, zh_CN o en (en lugar de la preferencia).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme debe ser system, light o dark.</translation>
    </message>
    <message>
        <source>--%1 must be a number of pixels from 200 to 10000.</source>
        <translation>--%1 debe ser un número de píxeles de 200 a 10000.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>Coma flotante</translation>
    </message>
    <message>
        <source>Integer (8-bit)</source>
        <translation>Entero (8 bits)</translation>
    </message>
    <message>
        <source>4-bit and below</source>
        <translation>4 bits o menos</translation>
    </message>
    <message>
        <source>GGUF (llama.cpp)</source>
        <translation>GGUF (llama.cpp)</translation>
    </message>
</context>
</TS>
