#include "core/sources/store_locations.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace fitscope::sources {

namespace {

std::string variable(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// A small settings file, whole, or nothing when it is missing or larger than max_bytes.
std::string readSmallFile(const std::filesystem::path& path, std::uintmax_t max_bytes) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error || size > max_bytes) {
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string trimmed(std::string text) {
    const auto blank = [](unsigned char c) { return std::isspace(c) != 0; };
    text.erase(text.begin(), std::find_if_not(text.begin(), text.end(), blank));
    text.erase(std::find_if_not(text.rbegin(), text.rend(), blank).base(), text.end());
    return text;
}

} // namespace

void readLmStudioSettings(StoreEnvironment& env) {
    namespace fs = std::filesystem;
    env.lmstudio_home.clear();
    env.lmstudio_models.clear();
    if (env.home.empty()) {
        return;
    }
    fs::path data = env.home / ".lmstudio";
    const std::string pointer = trimmed(readSmallFile(env.home / ".lmstudio-home-pointer", 4096));
    if (!pointer.empty() && fs::path(pointer).is_absolute()) {
        env.lmstudio_home = pointer;
        data = pointer;
    }
    const std::string settings = readSmallFile(data / "settings.json", 1u << 20);
    if (settings.empty()) {
        return;
    }
    const nlohmann::json json = nlohmann::json::parse(settings, nullptr, false, true);
    if (!json.is_object()) {
        return;
    }
    const auto folder = json.find("downloadsFolder");
    if (folder != json.end() && folder->is_string() && fs::path(folder->get<std::string>()).is_absolute()) {
        env.lmstudio_models = folder->get<std::string>();
    }
}

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
    readLmStudioSettings(env);
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

    // LM Studio: the folder its settings name first, then the defaults (models downloaded before a
    // move stay where they were), each listed once.
    std::vector<fs::path> lmstudio;
    if (!env.lmstudio_models.empty()) {
        lmstudio.push_back(env.lmstudio_models);
    }
    if (!env.lmstudio_home.empty()) {
        lmstudio.push_back(env.lmstudio_home / "models");
    }
    if (has_home) {
        lmstudio.push_back(env.home / ".lmstudio" / "models");
        lmstudio.push_back(env.home / ".cache" / "lm-studio" / "models");
    }
    for (const fs::path& folder : lmstudio) {
        const bool listed = std::any_of(roots.begin(), roots.end(), [&folder](const StoreRoot& r) {
            return r.store == ModelStore::LmStudio && r.path.lexically_normal() == folder.lexically_normal();
        });
        if (!listed) {
            roots.push_back({ModelStore::LmStudio, folder});
        }
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
