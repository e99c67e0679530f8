#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/precision.h"
#include "core/sizing/prepared_model.h"
#include "core/sizing/scenario.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace fitscope::sizing {

// Per-layer accounting: what a range of decoder layers [first, end) weighs and caches. Pipeline
// parallelism and llama.cpp's partial offload both place whole layers on devices.

// Weight bytes of the repeating layers in [first, end): attention, MLP or experts, their biases and
// norms (the final norm is spread over the layers: a few kB). Embeddings and the output head are not
// included. GGUF mixtures are resolved per layer, so the Q6_K layers of Q4_K_M land where they are.
std::int64_t layerWeightBytes(const PreparedModel& model, const PrecisionPlan& plan, std::int64_t first,
                              std::int64_t end);

// The same computed from the tensor groups (layerWeightBytes uses the prepared prefix sums instead).
std::int64_t layerWeightBytesUncached(const PreparedModel& model, const PrecisionPlan& plan, std::int64_t first,
                                      std::int64_t end);

// prefix[l] = the weight bytes of layers [0, l) under plan (num_layers + 1 entries): prepared once per
// format, so placing layers on devices is two look-ups, not a walk over every layer's tensors.
std::vector<std::int64_t> layerWeightPrefix(const PreparedModel& model, const PrecisionPlan& plan);

// The bytes one layer holds of a group (0 when the group has no matrix in that layer), as
// layerWeightBytes counts them: GGUF mixtures per layer, other groups an even share of the group.
std::int64_t groupBytesInLayer(const PreparedModel& model, const PrecisionPlan& plan, const TensorGroup& group,
                               std::int64_t layer);

// Parameters of the same layers (for FLOP counts).
std::int64_t layerParams(const PreparedModel& model, std::int64_t first, std::int64_t end);

struct AttentionLayers {
    std::int64_t full = 0;    // cache every position
    std::int64_t sliding = 0; // cache the sliding window only
};
AttentionLayers attentionLayers(const ModelSpec& spec, std::int64_t first, std::int64_t end);

// Bytes one token adds to one layer's cache, K and V formats apart (llama.cpp keeps V in F16
// without flash attention). MLA stores its latent in the K format only. The model's first attention
// layer (the figure the derivations quote); kvClassBytesPerToken gives any layer's.
std::int64_t kvBytesPerTokenPerLayer(const PreparedModel& model, KvFormat k_format, KvFormat v_format, Runtime runtime);

// The cache classes of the layers [first, end) (the whole model's are prepared once).
KvLayout kvLayout(const PreparedModel& model, std::int64_t first, std::int64_t end);
// The same without a copy: the model's own layout for the whole range, else scratch filled.
const KvLayout& kvLayout(const PreparedModel& model, std::int64_t first, std::int64_t end,
                         std::unique_ptr<KvLayout>& scratch);

// Bytes one token adds to a layer of this class (0 for recurrent and KV-sharing layers).
std::int64_t kvClassBytesPerToken(const LayerCache& cache, KvFormat k_format, KvFormat v_format, Runtime runtime);

// One GPU's share of `bytes` of this class under tensor parallelism over tp GPUs: its KV heads (each GPU
// keeps at least one), its recurrent heads; MLA's latent whole on every GPU (except transformers').
std::int64_t kvClassTensorParallelBytes(const LayerCache& cache, Runtime runtime, std::int64_t bytes, std::int64_t tp);

// The cache of `batch` sequences of `tokens` positions over a layout, by the runtime's rules of which
// layer caches how many positions (kvCachedTokens) and its recurrent state (recurrentStateBytes).
std::int64_t kvLayoutBytes(const PreparedModel& model, const KvLayout& layout, KvFormat k_format, KvFormat v_format,
                           Runtime runtime, std::int64_t tokens, std::int64_t batch, std::int64_t tensor_parallel);

// One cell of the per-layer strip: what a layer caches at `tokens` positions for `batch` sequences under
// a runtime's rules. Recurrent layers hold a fixed state (`fixed`), whatever the context.
struct LayerKvBytes {
    MixerKind mixer = MixerKind::FullAttention;
    std::int64_t bytes = 0;
    std::int64_t window_tokens = 0;
    bool fixed = false;
};
std::vector<LayerKvBytes> layerKvBytes(const PreparedModel& model, Runtime runtime, KvFormat format,
                                       std::int64_t tokens, std::int64_t batch = 1);

// KV heads each GPU holds under tensor parallelism: ceil(kv_heads / gpus), at least one, so
// GPUs beyond the KV-head count each hold a replica (vLLM: max(1, total_kv_heads // tp)).
std::int64_t kvHeadsPerGpu(const ModelSpec& spec, std::int64_t gpus);

// The share of a KV row each GPU holds under tensor parallelism (MLA's latent is replicated).
double kvTensorParallelShare(const ModelSpec& spec, Runtime runtime, std::int64_t gpus);

// The layers [first, end) of stage `stage` when `layers` layers are split as evenly as possible over
// `stages`, the earlier stages taking the remainder (llama.cpp's and transformers' splits; vLLM's own
// get_pp_indices lives in its profile).
void pipelineStageLayers(std::int64_t layers, std::int64_t stages, std::int64_t stage, std::int64_t* first,
                         std::int64_t* end);

// One GPU's share: a range of layers, whether it holds the embeddings and the output head, and how
// many GPUs split each of its layers (tensor parallelism). With tensor parallelism one slice stands
// for every GPU (replicas = N); with pipeline parallelism each stage has its own.
struct DeviceSlice {
    std::int64_t first_layer = 0;
    std::int64_t end_layer = 0;
    bool embeddings = true;
    bool output_head = true;
    std::int64_t tensor_parallel = 1;
    std::int64_t replicas = 1;
};

// How many distinct slices `gpus` GPUs have (1 for tensor parallelism, gpus for pipeline).
std::int64_t sliceCount(std::int64_t gpus, Parallelism parallelism);
DeviceSlice deviceSlice(const ModelSpec& spec, std::int64_t gpus, Parallelism parallelism, std::int64_t index);

// The storage weight bytes a slice holds. whole = the whole model's breakdown under the same plan.
// Tensor parallelism: 1/N of everything (vocabulary-parallel embeddings, split matrices), also of a
// pipeline stage's layers when the stage is itself tensor parallel.
std::int64_t sliceWeightBytes(const PreparedModel& model, const PrecisionPlan& plan, const WeightBreakdown& whole,
                              const DeviceSlice& slice);

// KV bytes a slice caches for `tokens` positions of `batch` sequences (sliding layers hold at most
// their window) with tensor parallelism's share of the KV heads.
std::int64_t sliceKvBytes(const PreparedModel& model, KvFormat k_format, KvFormat v_format, Runtime runtime,
                          std::int64_t tokens, std::int64_t batch, const DeviceSlice& slice);

} // namespace fitscope::sizing
