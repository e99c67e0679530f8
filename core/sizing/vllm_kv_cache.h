#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace fitscope::sizing {

// vLLM V1's KV cache manager as it cuts the pool at start-up: the layers' cache specs
// (vllm/v1/kv_cache_interface.py), hybrid block-size alignment (vllm/platforms/interface.py
// _align_hybrid_block_size; vllm/model_executor/models/config.py HybridAttentionMambaModelConfig in
// older releases), page-size unification and groups (vllm/v1/core/kv_cache_utils.py
// unify_kv_cache_spec_page_size, _get_kv_cache_groups_uniform_page_size,
// get_kv_cache_config_from_groups), and what it reports (_report_kv_cache_config,
// get_max_concurrency_for_kv_cache_config). Plain arithmetic over a handful of layer kinds: the
// estimate's path builds one per GPU.

// How a layer caches, in vLLM's terms. MLA is a FullAttentionSpec with its own page size.
enum class VllmSpecKind : std::uint8_t { FullAttention, SlidingWindow, ChunkedLocal, Mamba };

// One kind of layer: every layer of the kind has the same spec. Bytes are one GPU's share.
struct VllmLayerKind {
    VllmSpecKind kind = VllmSpecKind::FullAttention;
    std::int64_t bytes_per_token = 0; // attention: K and V of one token of one layer
    std::int64_t state_bytes = 0;     // Mamba: conv and SSM state of one sequence of one layer
    std::int64_t window_tokens = 0;   // sliding window or attention chunk
    std::int64_t model_layers = 0;    // layers of this kind in the whole model (groups are formed over it)
    std::int64_t rank_layers = 0;     // of them, on this GPU's pipeline stage
};

// vllm/config/cache.py mamba_cache_mode: "none" without prefix caching (one state block per
// request), "align" with it (the newest default: two, the running state and the last block-aligned one).
enum class VllmMambaCacheMode : std::uint8_t { None, Align };

struct VllmKvSettings {
    std::int64_t block_size = 16; // --block-size (DEFAULT_BLOCK_SIZE)
    // The attention backend's smallest kernel block: FlashAttentionBackend.get_supported_kernel_block_sizes
    // returns MultipleOf(16) (vllm/v1/attention/backends/flash_attn.py).
    std::int64_t kernel_block_alignment = 16;
    std::int64_t max_num_batched_tokens = 8192;
    VllmMambaCacheMode mamba_mode = VllmMambaCacheMode::None;
    std::int64_t num_speculative_blocks = 0; // MambaSpec: num_speculative_tokens
    // The hybrid KV cache manager: without it (V1 before it, or disabled) sliding-window and chunked
    // layers are allocated as full attention (unify_hybrid_kv_cache_specs).
    bool hybrid_manager = true;
    // "GPU KV cache size" = int(max concurrency × max_model_len) (vLLM PR #40694, 2026-04); before it
    // num_blocks // groups × the smallest block size, which misreports hybrids (vLLM issue #40691).
    bool tokens_from_concurrency = true;
};

class VllmKvCacheConfig {
public:
    static constexpr std::size_t kMaxKinds = 8;
    static constexpr std::size_t kMaxGroups = 64;

    VllmKvCacheConfig() = default;
    // kinds: at most kMaxKinds; those with no layers in the model are ignored.
    VllmKvCacheConfig(const VllmLayerKind* kinds, std::size_t count, const VllmKvSettings& settings);

    bool empty() const { return group_count_ == 0; } // attention-free, or no layer on this GPU
    // The pool: every group shares one page size; group_size_ tensors each hold num_blocks pages.
    std::int64_t pageBytes() const { return page_bytes_; }
    std::int64_t groupSize() const { return group_size_; }
    std::int64_t groupCount() const { return group_count_; }
    std::int64_t attentionBlockSize() const { return attention_block_; }

    std::int64_t numBlocks(std::int64_t available_bytes) const; // get_num_blocks
    // Pages one request of max_model_len tokens takes, summed over the groups.
    std::int64_t blocksPerRequest(std::int64_t max_model_len) const;
    double maxConcurrency(std::int64_t num_blocks, std::int64_t max_model_len) const;
    std::int64_t reportedTokens(std::int64_t num_blocks, std::int64_t max_model_len) const;
    // _max_memory_usage_bytes_from_groups: what _check_enough_kv_cache_memory compares with the pool.
    std::int64_t requestBytes(std::int64_t max_model_len) const;
    // _estimate_max_model_len_from_groups: the longest max_model_len whose request fits, ≤ upper.
    std::int64_t maxModelLen(std::int64_t available_bytes, std::int64_t upper) const;

private:
    struct Group {
        VllmSpecKind kind = VllmSpecKind::FullAttention;
        std::int64_t block_size = 16;
        std::int64_t window_tokens = 0;
        std::int64_t count = 0; // groups of this kind
    };
    std::int64_t pagesOf(const Group& g, std::int64_t max_model_len) const;

    std::array<Group, kMaxKinds> kinds_{};
    std::size_t kind_count_ = 0;
    std::int64_t group_count_ = 0;
    std::int64_t page_bytes_ = 0;
    std::int64_t group_size_ = 0;
    std::int64_t attention_block_ = 16;
    std::int64_t batched_tokens_ = 0;
    std::int64_t mamba_blocks_ = 1;
    bool tokens_from_concurrency_ = true;
};

} // namespace fitscope::sizing
