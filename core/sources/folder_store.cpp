// Folders of model files: what every scanner shares (one folder's models, dangling links, which GGUF
// files are models), LM Studio's <publisher>/<repo> tree, llama.cpp's cache and folders the user adds.
#include "core/formats/gguf_reader.h"
#include "core/sources/store_scanners.h"

#include <algorithm>
#include <system_error>

namespace fitscope::sources::detail {

namespace fs = std::filesystem;

namespace {

// How deep below a user's folder models are looked for: <folder>/<publisher>/<repo>/<quant>/file
// is the deepest layout in use (LM Studio's two levels, plus a quantization folder some GGUF
// repositories have).
constexpr int kUserFolderDepth = 4;

bool isHidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

std::vector<fs::path> subfolders(const fs::path& folder, ScanBudget& budget) {
    std::vector<fs::path> out;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (!budget.visit()) {
            break;
        }
        std::error_code type_error;
        // Links to folders are not followed: a link loop cannot keep the walk going.
        if (it->is_directory(type_error) && !it->is_symlink(type_error) && !isHidden(it->path())) {
            out.push_back(it->path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string joinName(const std::string& prefix, const std::string& leaf) {
    return prefix.empty() ? leaf : prefix + "/" + leaf;
}

} // namespace

void addModel(std::vector<LocalModel>& out, LocalModel model, ScanBudget& budget) {
    if (model.ok()) {
        readModelHeaders(model, budget.readHeaders());
    }
    out.push_back(std::move(model));
}

bool isDanglingLink(const fs::path& path) {
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(path, error))) {
        return false;
    }
    return !fs::exists(fs::status(path, error));
}

std::string danglingLinkProblem(const fs::path& path) {
    std::error_code error;
    const fs::path target = fs::read_symlink(path, error);
    return "dangling link: " + path.filename().string() + " -> " + (error ? std::string("?") : target.string()) +
           " (the target is missing)";
}

bool isModelGguf(const fs::path& path) {
    if (path.extension() != ".gguf") {
        return false;
    }
    const std::string name = path.filename().string();
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    if (lower.rfind("mmproj", 0) == 0) {
        return false;
    }
    return formats::ggufSplitPaths(path).front().filename() == path.filename();
}

bool isModelFileName(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".gguf" || ext == ".safetensors" || path.filename() == "config.json" ||
           path.filename() == "model.safetensors.index.json";
}

void scanModelFolder(const fs::path& folder, const std::string& folder_name, const std::string& gguf_prefix,
                     const std::string& single_gguf_name, ModelStore store, const fs::path& root, ScanBudget& budget,
                     std::vector<LocalModel>& out) {
    bool has_safetensors = false;
    std::vector<fs::path> safetensors_dangling;
    std::vector<fs::path> ggufs;
    std::vector<fs::path> ggufs_dangling;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (!budget.visit()) {
            break;
        }
        const fs::path& path = it->path();
        if (isDanglingLink(path)) {
            if (path.extension() == ".gguf") {
                if (isModelGguf(path)) {
                    ggufs_dangling.push_back(path);
                }
            } else if (isModelFileName(path)) {
                safetensors_dangling.push_back(path);
            }
            continue;
        }
        std::error_code type_error;
        if (!it->is_regular_file(type_error)) {
            continue;
        }
        if (path.extension() == ".safetensors" || path.filename() == "model.safetensors.index.json") {
            has_safetensors = true;
        } else if (isModelGguf(path)) {
            ggufs.push_back(path);
        }
    }
    std::sort(safetensors_dangling.begin(), safetensors_dangling.end());
    std::sort(ggufs.begin(), ggufs.end());
    std::sort(ggufs_dangling.begin(), ggufs_dangling.end());

    const bool safetensors_model = has_safetensors || !safetensors_dangling.empty();
    if (!safetensors_dangling.empty()) {
        std::string problem = danglingLinkProblem(safetensors_dangling.front());
        if (safetensors_dangling.size() > 1) {
            problem += " and " + std::to_string(safetensors_dangling.size() - 1) + " more";
        }
        out.push_back(brokenModel(folder_name, store, root, safetensors_dangling.front(), problem));
    } else if (has_safetensors) {
        LocalModel model;
        model.name = folder_name;
        model.store = store;
        model.store_root = root;
        model.path = folder;
        model.format = formats::ModelFileFormat::Safetensors;
        addModel(out, std::move(model), budget);
    }
    const bool single = ggufs.size() + ggufs_dangling.size() == 1 && !safetensors_model && !single_gguf_name.empty();
    for (const fs::path& path : ggufs) {
        if (budget.cancelled()) {
            return;
        }
        LocalModel model;
        model.name = single ? single_gguf_name : joinName(gguf_prefix, path.filename().string());
        model.store = store;
        model.store_root = root;
        model.path = path;
        model.format = formats::ModelFileFormat::Gguf;
        addModel(out, std::move(model), budget);
    }
    for (const fs::path& path : ggufs_dangling) {
        out.push_back(brokenModel(single ? single_gguf_name : joinName(gguf_prefix, path.filename().string()), store,
                                  root, path, danglingLinkProblem(path)));
    }
}

void scanLmStudio(const fs::path& root, ScanBudget& budget, std::vector<LocalModel>& out) {
    // LM Studio lists a model only two levels down: <publisher>/<repo>/<file>.gguf (an MLX model is the
    // <repo> folder itself, config.json and safetensors).
    for (const fs::path& publisher : subfolders(root, budget)) {
        for (const fs::path& repo : subfolders(publisher, budget)) {
            if (budget.cancelled()) {
                return;
            }
            const std::string name = publisher.filename().string() + "/" + repo.filename().string();
            scanModelFolder(repo, name, name, "", ModelStore::LmStudio, root, budget, out);
        }
    }
}

void scanLlamaCppCache(const fs::path& root, ScanBudget& budget, std::vector<LocalModel>& out) {
    // The Hugging Face layout llama.cpp writes since common/hf-cache.cpp, then the flat files of older
    // versions ("<org>_<repo>_<file>.gguf": the separators are ambiguous, so the file name is the name).
    scanHfCache(root, ModelStore::LlamaCpp, budget, out);
    scanModelFolder(root, root.filename().string(), "", "", ModelStore::LlamaCpp, root, budget, out);
}

void scanUserFolder(const fs::path& root, ScanBudget& budget, std::vector<LocalModel>& out) {
    if (looksLikeOllama(root)) {
        scanOllama(root, ModelStore::Folder, budget, out);
        return;
    }
    if (looksLikeHfCache(root)) {
        scanHfCache(root, ModelStore::Folder, budget, out);
        return;
    }
    // Breadth by depth: the folder itself, then what is below it. Names are paths below the folder (a
    // GGUF directly in it: its file name); a safetensors model that is the folder itself is named by it.
    struct Pending {
        fs::path folder;
        std::string name;
        int depth;
    };
    std::vector<Pending> pending{{root, "", 0}};
    while (!pending.empty() && !budget.cancelled()) {
        const Pending current = pending.front();
        pending.erase(pending.begin());
        const std::string folder_name = current.name.empty() ? root.filename().string() : current.name;
        scanModelFolder(current.folder, folder_name, current.name, "", ModelStore::Folder, root, budget, out);
        if (current.depth >= kUserFolderDepth) {
            continue;
        }
        for (const fs::path& sub : subfolders(current.folder, budget)) {
            pending.push_back({sub, joinName(current.name, sub.filename().string()), current.depth + 1});
        }
    }
}

bool looksLikeHfCache(const fs::path& folder) {
    std::error_code error;
    std::size_t seen = 0;
    for (fs::directory_iterator it(folder, error), end; !error && it != end && seen < 1000;
         it.increment(error), ++seen) {
        if (it->path().filename().string().rfind("models--", 0) == 0 && it->is_directory(error)) {
            return true;
        }
    }
    return false;
}

bool looksLikeOllama(const fs::path& folder) {
    std::error_code error;
    return fs::is_directory(folder / "manifests", error) && fs::is_directory(folder / "blobs", error);
}

} // namespace fitscope::sources::detail
