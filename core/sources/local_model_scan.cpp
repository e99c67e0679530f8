#include "core/sources/local_model_scan.h"

#include "core/sources/store_scanners.h"

#include <algorithm>
#include <set>
#include <system_error>

namespace fitscope::sources {

namespace fs = std::filesystem;

namespace {

fs::path canonicalOrSame(const fs::path& path) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    return error ? path.lexically_normal() : canonical;
}

} // namespace

std::vector<LocalModel> scanStore(const StoreRoot& root, const ScanOptions& options) {
    std::vector<LocalModel> out;
    std::error_code error;
    if (!fs::is_directory(root.path, error)) {
        return out;
    }
    detail::ScanBudget budget(options);
    switch (root.store) {
    case ModelStore::HuggingFace:
        detail::scanHfCache(root.path, root.store, budget, out);
        break;
    case ModelStore::Ollama:
        detail::scanOllama(root.path, root.store, budget, out);
        break;
    case ModelStore::LmStudio:
        detail::scanLmStudio(root.path, budget, out);
        break;
    case ModelStore::LlamaCpp:
        detail::scanLlamaCppCache(root.path, budget, out);
        break;
    case ModelStore::Folder:
        detail::scanUserFolder(root.path, budget, out);
        break;
    }
    std::stable_sort(out.begin(), out.end(), [](const LocalModel& a, const LocalModel& b) { return a.name < b.name; });
    return out;
}

std::vector<LocalModel> scanLocalModels(const std::vector<StoreRoot>& roots, const ScanOptions& options) {
    std::vector<LocalModel> out;
    std::set<fs::path> scanned_roots;
    std::set<fs::path> listed_files;
    for (const StoreRoot& root : roots) {
        if (options.cancelled && options.cancelled()) {
            break;
        }
        if (!scanned_roots.insert(canonicalOrSame(root.path)).second) {
            continue;
        }
        for (LocalModel& model : scanStore(root, options)) {
            // Ollama tags are names for blobs: two tags of one blob are two entries.
            if (model.store != ModelStore::Ollama && model.ok() &&
                !listed_files.insert(canonicalOrSame(model.path)).second) {
                continue;
            }
            if (model.store == ModelStore::Ollama && model.ok()) {
                listed_files.insert(canonicalOrSame(model.path));
            }
            out.push_back(std::move(model));
        }
    }
    return out;
}

const LocalModel* findLocalModel(const std::vector<LocalModel>& models, std::string_view name) {
    for (const LocalModel& model : models) {
        if (model.name == name) {
            return &model;
        }
    }
    // Ollama's defaults: "qwen3" is "qwen3:latest"; "registry.ollama.ai/library/qwen3:8b" is "qwen3:8b".
    std::string wanted(name);
    for (const char* prefix : {"registry.ollama.ai/library/", "registry.ollama.ai/"}) {
        if (wanted.rfind(prefix, 0) == 0) {
            wanted = wanted.substr(std::string_view(prefix).size());
            break;
        }
    }
    const std::size_t slash = wanted.rfind('/');
    if (wanted.find(':', slash == std::string::npos ? 0 : slash) == std::string::npos) {
        wanted += ":latest";
    }
    for (const LocalModel& model : models) {
        if (model.store == ModelStore::Ollama && model.name == wanted) {
            return &model;
        }
    }
    return nullptr;
}

} // namespace fitscope::sources
