#include "core/sources/store_locations.h"

#include <cstdlib>

namespace fitscope::sources {

namespace {

std::string variable(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

} // namespace

std::string_view modelStoreId(ModelStore store) {
    switch (store) {
    case ModelStore::HuggingFace:
        return "huggingface";
    case ModelStore::Ollama:
        return "ollama";
    case ModelStore::LmStudio:
        return "lmstudio";
    case ModelStore::LlamaCpp:
        return "llamacpp";
    case ModelStore::Folder:
        break;
    }
    return "folder";
}

std::string_view modelStoreName(ModelStore store) {
    switch (store) {
    case ModelStore::HuggingFace:
        return "Hugging Face cache";
    case ModelStore::Ollama:
        return "Ollama";
    case ModelStore::LmStudio:
        return "LM Studio";
    case ModelStore::LlamaCpp:
        return "llama.cpp cache";
    case ModelStore::Folder:
        break;
    }
    return "Folder";
}

std::optional<ModelStore> modelStoreFromId(std::string_view id) {
    for (ModelStore store : {ModelStore::HuggingFace, ModelStore::Ollama, ModelStore::LmStudio, ModelStore::LlamaCpp,
                             ModelStore::Folder}) {
        if (modelStoreId(store) == id) {
            return store;
        }
    }
    return std::nullopt;
}

StoreEnvironment StoreEnvironment::fromProcess() {
    StoreEnvironment env;
    env.home = variable("HOME");
    env.hf_hub_cache = variable("HF_HUB_CACHE");
    env.huggingface_hub_cache = variable("HUGGINGFACE_HUB_CACHE");
    env.hf_home = variable("HF_HOME");
    env.xdg_cache_home = variable("XDG_CACHE_HOME");
    env.ollama_models = variable("OLLAMA_MODELS");
    env.llama_cache = variable("LLAMA_CACHE");
    return env;
}

std::vector<StoreRoot> storeRoots(const StoreEnvironment& env, const std::vector<std::filesystem::path>& user_folders) {
    namespace fs = std::filesystem;
    std::vector<StoreRoot> roots;
    const fs::path cache_home = !env.xdg_cache_home.empty() ? fs::path(env.xdg_cache_home) : env.home / ".cache";
    // Without a home directory the defaults below it do not exist; the variables still count.
    const bool has_home = !env.home.empty();

    fs::path hf;
    if (!env.hf_hub_cache.empty()) {
        hf = env.hf_hub_cache;
    } else if (!env.huggingface_hub_cache.empty()) {
        hf = env.huggingface_hub_cache;
    } else if (!env.hf_home.empty()) {
        hf = fs::path(env.hf_home) / "hub";
    } else if (has_home || !env.xdg_cache_home.empty()) {
        hf = cache_home / "huggingface" / "hub";
    }
    if (!hf.empty()) {
        roots.push_back({ModelStore::HuggingFace, hf});
    }

    if (!env.ollama_models.empty()) {
        roots.push_back({ModelStore::Ollama, env.ollama_models});
    } else if (has_home) {
        roots.push_back({ModelStore::Ollama, env.home / ".ollama" / "models"});
    }

    if (has_home) {
        roots.push_back({ModelStore::LmStudio, env.home / ".lmstudio" / "models"});
        roots.push_back({ModelStore::LmStudio, env.home / ".cache" / "lm-studio" / "models"});
    }

    if (!env.llama_cache.empty()) {
        roots.push_back({ModelStore::LlamaCpp, env.llama_cache});
    } else if (has_home || !env.xdg_cache_home.empty()) {
        roots.push_back({ModelStore::LlamaCpp, cache_home / "llama.cpp"});
    }

    for (const fs::path& folder : user_folders) {
        if (!folder.empty()) {
            roots.push_back({ModelStore::Folder, folder});
        }
    }
    return roots;
}

} // namespace fitscope::sources
