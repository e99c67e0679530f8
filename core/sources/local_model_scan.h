#pragma once

#include "core/sources/local_model.h"
#include "core/sources/store_locations.h"

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace fitscope::sources {

struct ScanOptions {
    // Read every model's headers (exact bytes, quantization, architecture). false lists names, paths,
    // formats and file sizes only: what resolving a name needs, in a fraction of the time.
    bool read_headers = true;
    // Directory entries visited per store at most: a store that is not what its layout promises (a
    // home folder added by mistake, a link loop) ends the walk instead of running on.
    std::size_t max_entries_per_store = 200'000;
    // Asked between models; true stops the scan (what was found so far is returned).
    std::function<bool()> cancelled;
};

// The models of one store, in the store's order (sorted by name). A missing folder gives none.
std::vector<LocalModel> scanStore(const StoreRoot& root, const ScanOptions& options = {});

// Every store in turn. A folder listed twice (a user folder that is also a store, LLAMA_CACHE pointing
// at the Hugging Face cache) is scanned once, under the first store naming it, and a model file reached
// through two stores is listed once (the first); Ollama tags sharing one blob stay separate entries.
std::vector<LocalModel> scanLocalModels(const std::vector<StoreRoot>& roots, const ScanOptions& options = {});

// The model listed under exactly this name; for Ollama also the name without ":latest" and the fully
// qualified "registry.ollama.ai/library/<model>:<tag>". Null when none is.
const LocalModel* findLocalModel(const std::vector<LocalModel>& models, std::string_view name);

} // namespace fitscope::sources
