#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::sources {

// The places models are downloaded to, each with its own layout.
enum class ModelStore {
    HuggingFace, // huggingface_hub's cache: models--ORG--NAME/{refs,snapshots,blobs}
    Ollama,      // Ollama's models folder: manifests/<host>/<namespace>/<model>/<tag> naming blobs/sha256-<hex>
    LmStudio,    // LM Studio's models folder: <publisher>/<repo>/<file>.gguf
    LlamaCpp,    // llama.cpp's download cache: the Hugging Face layout (2026) or flat <org>_<repo>_<file>.gguf
    Folder,      // a folder the user added: any GGUF file or safetensors folder below it
};

std::string_view modelStoreId(ModelStore store);   // "huggingface", "ollama", "lmstudio", "llamacpp", "folder"
std::string_view modelStoreName(ModelStore store); // "Hugging Face cache", "Ollama", "LM Studio", ...
std::optional<ModelStore> modelStoreFromId(std::string_view id);

// The environment the stores' locations depend on. Empty strings are unset variables (the tools treat
// an empty variable as unset too). Injected so tests point every store at a temporary tree.
struct StoreEnvironment {
    std::filesystem::path home;        // $HOME
    std::string hf_hub_cache;          // HF_HUB_CACHE
    std::string huggingface_hub_cache; // HUGGINGFACE_HUB_CACHE (the older name huggingface_hub still reads)
    std::string hf_home;               // HF_HOME
    std::string xdg_cache_home;        // XDG_CACHE_HOME
    std::string ollama_models;         // OLLAMA_MODELS
    std::string llama_cache;           // LLAMA_CACHE
    // LM Studio's own settings (readLmStudioSettings): its data folder when ~/.lmstudio-home-pointer
    // moved it, and its "Models Directory" when the user chose one. Empty = not set.
    std::filesystem::path lmstudio_home;
    std::filesystem::path lmstudio_models;

    // This process's environment (getenv), home directory and LM Studio's settings.
    static StoreEnvironment fromProcess();
};

// Reads where LM Studio keeps its models, below env.home, into env.lmstudio_home and
// env.lmstudio_models:
// - ~/.lmstudio-home-pointer holds the path of LM Studio's data folder when it was moved
//   (lmstudio-ai/lmstudio-bug-tracker issue #553, the maintainers' instructions);
// - the data folder's settings.json keeps the "Models Directory" chosen in the app as
//   "downloadsFolder" (v1ckxy/LMSPLS issue #2, quoting the key LM Studio writes).
// Missing, unreadable, oversized or malformed files leave the fields empty: the defaults apply.
void readLmStudioSettings(StoreEnvironment& env);

// One folder to scan and the layout to read it with.
struct StoreRoot {
    ModelStore store = ModelStore::Folder;
    std::filesystem::path path;
};

// Where each store keeps its models, in listing order (Hugging Face, Ollama, LM Studio, llama.cpp,
// then the user's folders), whether or not the folders exist (a scan skips missing ones). Sources:
// - Hugging Face: HF_HUB_CACHE, else HUGGINGFACE_HUB_CACHE, else HF_HOME/hub, else
//   XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub (huggingface_hub constants.py).
// - Ollama: OLLAMA_MODELS, else ~/.ollama/models (ollama envconfig/config.go Models()).
// - LM Studio: its "Models Directory" setting and <moved data folder>/models where set (see
//   readLmStudioSettings), then ~/.lmstudio/models, and ~/.cache/lm-studio/models where versions
//   before 0.3 kept them (lmstudio.ai/docs/advanced/sideload; lmstudio-ai/lms issue #50).
// - llama.cpp: LLAMA_CACHE, else XDG_CACHE_HOME/llama.cpp, else ~/.cache/llama.cpp (common.cpp
//   fs_get_cache_directory). Since common/hf-cache.cpp (2026) llama.cpp downloads into the Hugging Face
//   cache unless LLAMA_CACHE is set; the old folder is still listed for what it downloaded before.
std::vector<StoreRoot> storeRoots(const StoreEnvironment& env,
                                  const std::vector<std::filesystem::path>& user_folders = {});

} // namespace fitscope::sources
