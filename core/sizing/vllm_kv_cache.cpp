#include "core/sizing/vllm_kv_cache.h"

#include <algorithm>

namespace fitscope::sizing {

namespace {

std::int64_t cdiv(std::int64_t a, std::int64_t b) {
    return b > 0 ? (a + b - 1) / b : 0;
}

bool sameSpec(const VllmLayerKind& a, const VllmLayerKind& b) {
    return a.kind == b.kind && a.bytes_per_token == b.bytes_per_token && a.state_bytes == b.state_bytes &&
           a.window_tokens == b.window_tokens;
}

bool isAttentionSpec(VllmSpecKind kind) {
    return kind != VllmSpecKind::Mamba;
}

} // namespace

VllmKvCacheConfig::VllmKvCacheConfig(const VllmLayerKind* in, std::size_t count, const VllmKvSettings& settings)
    : batched_tokens_(std::max<std::int64_t>(1, settings.max_num_batched_tokens))
    , mamba_blocks_((settings.mamba_mode == VllmMambaCacheMode::Align ? 2 : 1) +
                    std::max<std::int64_t>(0, settings.num_speculative_blocks))
    , tokens_from_concurrency_(settings.tokens_from_concurrency) {
    // The kinds as the manager sees them: without the hybrid manager, windowed layers become full
    // attention (unify_hybrid_kv_cache_specs) and may then merge with the full layers.
    std::array<VllmLayerKind, kMaxKinds> kinds{};
    std::size_t n = 0;
    for (std::size_t i = 0; i < count && i < kMaxKinds; ++i) {
        VllmLayerKind k = in[i];
        if (k.model_layers <= 0) {
            continue;
        }
        if (!settings.hybrid_manager &&
            (k.kind == VllmSpecKind::SlidingWindow || k.kind == VllmSpecKind::ChunkedLocal)) {
            k.kind = VllmSpecKind::FullAttention;
            k.window_tokens = 0;
        }
        bool merged = false;
        for (std::size_t j = 0; j < n; ++j) {
            if (sameSpec(kinds[j], k)) {
                kinds[j].model_layers += k.model_layers;
                kinds[j].rank_layers += k.rank_layers;
                merged = true;
                break;
            }
        }
        if (!merged) {
            kinds[n++] = k;
        }
    }
    if (n == 0) {
        return;
    }
    const std::int64_t block = std::max<std::int64_t>(1, settings.block_size);
    attention_block_ = block;

    std::int64_t rank_layers = 0;
    for (std::size_t i = 0; i < n; ++i) {
        rank_layers += kinds[i].rank_layers;
    }
    if (rank_layers == 0) {
        return; // a stage without cached layers
    }

    // One kind: one group of all layers, one page size (the common case, _get_kv_cache_groups_uniform_spec).
    // All layers of one kind and window but with different page sizes (UniformTypeKVCacheSpecs): one
    // group whose page is the sum of the layers' pages (get_kv_cache_config_from_groups' special case).
    bool uniform_type = true;
    for (std::size_t i = 1; i < n; ++i) {
        uniform_type =
            uniform_type && kinds[i].kind == kinds[0].kind && kinds[i].window_tokens == kinds[0].window_tokens;
    }
    uniform_type = uniform_type && kinds[0].kind != VllmSpecKind::Mamba;
    if (n == 1 || uniform_type) {
        const VllmLayerKind& k = kinds[0];
        kinds_[0] = Group{k.kind, k.kind == VllmSpecKind::Mamba ? 0 : block, k.window_tokens, 1};
        kind_count_ = 1;
        group_count_ = 1;
        if (n == 1) {
            page_bytes_ = k.kind == VllmSpecKind::Mamba ? k.state_bytes : block * k.bytes_per_token;
            group_size_ = k.rank_layers;
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                page_bytes_ += block * kinds[i].bytes_per_token * kinds[i].rank_layers;
            }
            group_size_ = 1;
        }
        return;
    }

    // Hybrid. With recurrent layers the attention block grows until one attention page holds a state
    // (_align_hybrid_block_size: alignment × cdiv(state, alignment × attention page of one token)), and
    // the state page is padded to it.
    std::int64_t state_bytes = 0;
    std::int64_t attention_token_bytes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (kinds[i].kind == VllmSpecKind::Mamba) {
            state_bytes = std::max(state_bytes, kinds[i].state_bytes);
        } else if (attention_token_bytes == 0) {
            attention_token_bytes = kinds[i].bytes_per_token; // the model's attention page of one token
        }
    }
    std::int64_t attention_block = block;
    if (state_bytes > 0 && attention_token_bytes > 0) {
        const std::int64_t align = std::max(block, std::max<std::int64_t>(1, settings.kernel_block_alignment));
        attention_block = std::max(block, align * cdiv(state_bytes, align * attention_token_bytes));
    }
    attention_block_ = attention_block;
    // Page sizes unified by growing the smaller pages' block size (unify_kv_cache_spec_page_size).
    std::int64_t max_page = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const VllmLayerKind& k = kinds[i];
        const std::int64_t page = k.kind == VllmSpecKind::Mamba ? attention_block * attention_token_bytes
                                                                : attention_block * k.bytes_per_token;
        max_page = std::max(max_page, page);
    }
    if (attention_token_bytes == 0) {
        max_page = state_bytes; // recurrent kinds only (several state shapes): padded to the largest
    }
    page_bytes_ = max_page;

    // Groups of equal size: the smallest kind's layer count (or the largest when they are within 1.5×),
    // each kind split into cdiv(layers, size) groups, its layers dealt round-robin
    // (_get_kv_cache_groups_uniform_page_size).
    std::int64_t fewest = kinds[0].model_layers;
    std::int64_t most = kinds[0].model_layers;
    for (std::size_t i = 1; i < n; ++i) {
        fewest = std::min(fewest, kinds[i].model_layers);
        most = std::max(most, kinds[i].model_layers);
    }
    const std::int64_t group_layers = 2 * most < 3 * fewest ? most : fewest;
    group_size_ = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const VllmLayerKind& k = kinds[i];
        const std::int64_t groups = cdiv(k.model_layers, group_layers);
        std::int64_t kind_block = attention_block;
        if (k.kind != VllmSpecKind::Mamba) {
            const std::int64_t page = attention_block * k.bytes_per_token;
            // A page that does not divide the largest cannot be unified (vLLM raises NotImplementedError);
            // the nearest larger block keeps the figure conservative.
            kind_block = page > 0 ? attention_block * cdiv(max_page, page) : attention_block;
        }
        kinds_[kind_count_++] = Group{k.kind, kind_block, k.window_tokens, groups};
        group_count_ += groups;
        // A stage holds a contiguous run of the kind's layers: dealt over `groups` groups, the fullest
        // takes cdiv(run, groups) of them (_project_kv_cache_groups_to_worker).
        group_size_ = std::max(group_size_, cdiv(k.rank_layers, groups));
    }
}

std::int64_t VllmKvCacheConfig::numBlocks(std::int64_t available_bytes) const {
    if (empty() || page_bytes_ <= 0 || group_size_ <= 0 || available_bytes <= 0) {
        return 0;
    }
    return available_bytes / page_bytes_ / group_size_;
}

std::int64_t VllmKvCacheConfig::pagesOf(const Group& g, std::int64_t len) const {
    switch (g.kind) {
    case VllmSpecKind::FullAttention:
        return cdiv(len, g.block_size);
    case VllmSpecKind::SlidingWindow:
        // The last window − 1 computed tokens plus a scheduled chunk, +1 as the window need not start
        // on a block boundary (SlidingWindowSpec.max_memory_usage_bytes).
        return cdiv(std::min(g.window_tokens - 1 + batched_tokens_, len), g.block_size) + 1;
    case VllmSpecKind::ChunkedLocal:
        return cdiv(std::min(g.window_tokens + batched_tokens_, len), g.block_size);
    case VllmSpecKind::Mamba:
        return mamba_blocks_; // MambaSpec.max_memory_usage_bytes: (1 or 2) + speculative blocks
    }
    return 0;
}

std::int64_t VllmKvCacheConfig::blocksPerRequest(std::int64_t len) const {
    std::int64_t blocks = 0;
    for (std::size_t i = 0; i < kind_count_; ++i) {
        blocks += kinds_[i].count * pagesOf(kinds_[i], len);
    }
    return blocks;
}

double VllmKvCacheConfig::maxConcurrency(std::int64_t num_blocks, std::int64_t len) const {
    const std::int64_t per_request = blocksPerRequest(len);
    return per_request > 0 ? static_cast<double>(num_blocks) / static_cast<double>(per_request) : 0.0;
}

std::int64_t VllmKvCacheConfig::reportedTokens(std::int64_t num_blocks, std::int64_t len) const {
    if (empty()) {
        return 0;
    }
    if (tokens_from_concurrency_) {
        return static_cast<std::int64_t>(maxConcurrency(num_blocks, len) * static_cast<double>(len));
    }
    std::int64_t smallest_block = 0;
    for (std::size_t i = 0; i < kind_count_; ++i) {
        if (isAttentionSpec(kinds_[i].kind)) {
            smallest_block =
                smallest_block == 0 ? kinds_[i].block_size : std::min(smallest_block, kinds_[i].block_size);
        }
    }
    if (smallest_block == 0) {
        smallest_block = attention_block_;
    }
    return num_blocks / group_count_ * smallest_block;
}

std::int64_t VllmKvCacheConfig::requestBytes(std::int64_t len) const {
    return group_size_ * page_bytes_ * blocksPerRequest(len);
}

std::int64_t VllmKvCacheConfig::maxModelLen(std::int64_t available_bytes, std::int64_t upper) const {
    if (empty() || requestBytes(1) > available_bytes) {
        return 0;
    }
    std::int64_t lo = 1;
    std::int64_t hi = std::max<std::int64_t>(1, upper);
    // Every group's pages grow at most one per block of tokens: the full-attention kinds' growth
    // bounds the answer from above, so the search starts near it instead of at `upper`.
    std::int64_t growing = 0;
    std::int64_t smallest_block = 0;
    for (std::size_t i = 0; i < kind_count_; ++i) {
        if (kinds_[i].kind == VllmSpecKind::FullAttention) {
            growing += kinds_[i].count;
            smallest_block =
                smallest_block == 0 ? kinds_[i].block_size : std::min(smallest_block, kinds_[i].block_size);
        }
    }
    if (growing > 0 && group_size_ > 0 && page_bytes_ > 0) {
        const std::int64_t pages = available_bytes / (group_size_ * page_bytes_);
        hi = std::clamp<std::int64_t>((pages / growing + 1) * smallest_block, lo, hi);
    }
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo + 1) / 2;
        if (requestBytes(mid) <= available_bytes) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return lo;
}

} // namespace fitscope::sizing
