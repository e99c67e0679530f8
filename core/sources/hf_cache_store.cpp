// The Hugging Face cache (huggingface_hub's file_download.py and the "Manage huggingface_hub cache"
// guide): <root>/models--ORG--NAME/ holds refs/<branch> (a text file with the commit),
// snapshots/<commit>/<files> (symbolic links into ../../blobs/) and blobs/<hash>. The revision listed
// is the one refs/main names, as from_pretrained() would load it.
#include "core/formats/bounded_reader.h"
#include "core/sources/store_scanners.h"

#include <algorithm>
#include <system_error>

namespace fitscope::sources::detail {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxRefBytes = 4096; // a ref holds a 40-character commit
// Snapshot subfolders searched for GGUF files (some repositories keep each quantization in a folder).
constexpr int kSnapshotDepth = 2;

std::string trim(std::string text) {
    const auto space = [](unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (!text.empty() && space(static_cast<unsigned char>(text.back()))) {
        text.pop_back();
    }
    std::size_t start = 0;
    while (start < text.size() && space(static_cast<unsigned char>(text[start]))) {
        ++start;
    }
    return text.substr(start);
}

// A revision read from a file may only name a folder directly below snapshots/.
bool isSafeRevision(const std::string& revision) {
    if (revision.empty() || revision.size() > 256 || revision == "." || revision == "..") {
        return false;
    }
    return std::all_of(revision.begin(), revision.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
               c == '.';
    });
}

// "models--Qwen--Qwen3-8B" -> "Qwen/Qwen3-8B"; "models--gpt2" -> "gpt2" (huggingface_hub joins the
// parts after the type with "/").
std::string repoIdOf(const std::string& folder_name) {
    std::string rest = folder_name.substr(std::string("models--").size());
    std::string out;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest.compare(i, 2, "--") == 0) {
            out += '/';
            ++i;
        } else {
            out += rest[i];
        }
    }
    return out;
}

struct Snapshot {
    fs::path folder;
    std::string revision;
    std::string problem; // set: the repository is listed as broken
};

Snapshot chooseSnapshot(const fs::path& repo) {
    std::error_code error;
    const fs::path snapshots = repo / "snapshots";
    const fs::path main_ref = repo / "refs" / "main";
    if (fs::is_regular_file(main_ref, error)) {
        std::string revision;
        try {
            revision = trim(formats::readTextFile(main_ref, kMaxRefBytes));
        } catch (const std::exception& e) {
            return {main_ref, "", std::string("unreadable refs/main: ") + e.what()};
        }
        if (!isSafeRevision(revision)) {
            return {main_ref, "", "refs/main does not hold a revision (" + formats::printable(revision, 60) + ")"};
        }
        const fs::path folder = snapshots / revision;
        if (!fs::is_directory(folder, error)) {
            return {main_ref, revision,
                    "refs/main names revision " + revision + " but snapshots/" + revision + " is missing"};
        }
        return {folder, revision, ""};
    }
    // No main branch (a download by commit or tag): the only snapshot, or the newest of several.
    std::vector<fs::path> found;
    for (fs::directory_iterator it(snapshots, error), end; !error && it != end; it.increment(error)) {
        std::error_code type_error;
        if (it->is_directory(type_error) && found.size() < 1000) {
            found.push_back(it->path());
        }
    }
    if (found.empty()) {
        return {repo, "", ""};
    }
    auto newest = found.front();
    auto newest_time = fs::last_write_time(newest, error);
    for (const fs::path& candidate : found) {
        const auto time = fs::last_write_time(candidate, error);
        if (!error && time > newest_time) {
            newest = candidate;
            newest_time = time;
        }
    }
    return {newest, newest.filename().string(), ""};
}

void scanGgufSubfolders(const fs::path& folder, const std::string& prefix, int depth, ModelStore store,
                        const fs::path& root, ScanBudget& budget, std::vector<LocalModel>& out) {
    if (depth > kSnapshotDepth) {
        return;
    }
    std::vector<fs::path> subs;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (!budget.visit()) {
            return;
        }
        std::error_code type_error;
        if (it->is_directory(type_error) && !it->is_symlink(type_error)) {
            subs.push_back(it->path());
        }
    }
    std::sort(subs.begin(), subs.end());
    for (const fs::path& sub : subs) {
        const std::string name = prefix + "/" + sub.filename().string();
        // Subfolders hold GGUF quantizations; safetensors below the top (original/, text_encoder/) are
        // parts of the repository's own model, not models of their own.
        std::vector<LocalModel> found;
        scanModelFolder(sub, name, name, "", store, root, budget, found);
        for (LocalModel& model : found) {
            if (model.format != formats::ModelFileFormat::Safetensors && model.path.extension() == ".gguf") {
                out.push_back(std::move(model));
            }
        }
        scanGgufSubfolders(sub, name, depth + 1, store, root, budget, out);
    }
}

} // namespace

void scanHfCache(const fs::path& root, ModelStore store, ScanBudget& budget, std::vector<LocalModel>& out) {
    std::vector<fs::path> repos;
    std::error_code error;
    for (fs::directory_iterator it(root, error), end; !error && it != end; it.increment(error)) {
        if (!budget.visit()) {
            break;
        }
        std::error_code type_error;
        const std::string name = it->path().filename().string();
        // datasets-- and spaces-- folders share the cache; only models are listed.
        if (name.rfind("models--", 0) == 0 && name.size() > 8 && it->is_directory(type_error)) {
            repos.push_back(it->path());
        }
    }
    std::sort(repos.begin(), repos.end());
    for (const fs::path& repo : repos) {
        if (budget.cancelled()) {
            return;
        }
        const std::string repo_id = repoIdOf(repo.filename().string());
        const Snapshot snapshot = chooseSnapshot(repo);
        if (!snapshot.problem.empty()) {
            out.push_back(brokenModel(repo_id, store, root, snapshot.folder, snapshot.problem));
            continue;
        }
        if (snapshot.revision.empty()) {
            // Blobs without a snapshot: a download that never finished its first file.
            if (fs::is_directory(repo / "blobs", error)) {
                out.push_back(
                    brokenModel(repo_id, store, root, repo, "no snapshot (an interrupted download?): nothing to open"));
            }
            continue;
        }
        const std::size_t before = out.size();
        // One safetensors model per snapshot (named by the id); GGUF repositories hold one file per
        // quantization, each listed as "<id>/<file>" unless it is the only one.
        scanModelFolder(snapshot.folder, repo_id, repo_id, repo_id, store, root, budget, out);
        scanGgufSubfolders(snapshot.folder, repo_id, 1, store, root, budget, out);
        if (out.size() == before && fs::is_regular_file(snapshot.folder / "config.json", error)) {
            LocalModel model;
            model.name = repo_id;
            model.store = store;
            model.store_root = root;
            model.path = snapshot.folder;
            // Reading the header turns this into "config.json without weights".
            addModel(out, std::move(model), budget);
            if (!budget.readHeaders()) {
                out.back().status = LocalModelStatus::Broken;
                out.back().problem = "config.json without weights (an incomplete download?)";
            }
        }
        for (std::size_t i = before; i < out.size(); ++i) {
            out[i].revision = snapshot.revision;
        }
    }
}

} // namespace fitscope::sources::detail
