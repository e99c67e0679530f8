// Ollama's models folder (ollama manifest/paths.go, manifest/manifest.go, server/images.go):
// manifests/<host>/<namespace>/<model>/<tag> are JSON manifests whose layers name blobs by digest
// ("sha256:<hex>", stored as blobs/sha256-<hex>). The layer of mediaType
// application/vnd.ollama.image.model is the GGUF; application/vnd.ollama.image.params holds the
// Modelfile PARAMETERs as JSON (num_ctx among them); .template, .system and .license are text;
// .projector is a vision model's projector GGUF.
#include "core/formats/bounded_reader.h"
#include "core/formats/hf_config.h"
#include "core/sources/store_scanners.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <system_error>

namespace fitscope::sources::detail {

namespace fs = std::filesystem;

namespace {

// Real manifests are under 2 KB and params layers under 1 KB; the bound only stops a hostile file.
constexpr std::uint64_t kMaxManifestBytes = 1 << 20;
constexpr std::uint64_t kMaxParamsBytes = 1 << 20;

constexpr const char* kModelLayer = "application/vnd.ollama.image.model";
constexpr const char* kParamsLayer = "application/vnd.ollama.image.params";
constexpr const char* kProjectorLayer = "application/vnd.ollama.image.projector";
constexpr const char* kTensorLayer = "application/vnd.ollama.image.tensor";

// Ollama's own name shortening (types/model/name.go DisplayShortest): the default host and the
// "library" namespace are left out, the tag always kept.
std::string displayName(const std::string& host, const std::string& ns, const std::string& model,
                        const std::string& tag) {
    std::string out;
    if (host != "registry.ollama.ai") {
        out = host + "/" + ns + "/";
    } else if (ns != "library") {
        out = ns + "/";
    }
    return out + model + ":" + tag;
}

// manifest.BlobsPath: only "sha256:<64 hex>" (or with '-') digests name a blob.
std::optional<fs::path> blobPath(const fs::path& root, const std::string& digest) {
    static const std::regex pattern("^sha256[:-][0-9a-fA-F]{64}$");
    if (!std::regex_match(digest, pattern)) {
        return std::nullopt;
    }
    std::string file = digest;
    file[6] = '-';
    return root / "blobs" / file;
}

std::vector<fs::path> entries(const fs::path& folder, bool folders, ScanBudget& budget) {
    std::vector<fs::path> out;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (!budget.visit()) {
            break;
        }
        std::error_code type_error;
        if (folders ? it->is_directory(type_error) : it->is_regular_file(type_error)) {
            out.push_back(it->path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The num_ctx of a params layer; 0 when it does not set one. Throws FormatError for unreadable JSON.
std::int64_t numCtxOf(const fs::path& params) {
    const std::string text = formats::readTextFile(params, kMaxParamsBytes);
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        throw formats::FormatError(params.string() + ": the params layer is not a JSON object");
    }
    const auto it = j.find("num_ctx");
    if (it == j.end()) {
        return 0;
    }
    if (it->is_number_integer() || it->is_number_unsigned()) {
        const auto value = it->get<std::int64_t>();
        return value > 0 ? value : 0;
    }
    if (it->is_number_float() && it->get<double>() >= 1 && it->get<double>() < 1e12) {
        return static_cast<std::int64_t>(it->get<double>());
    }
    throw formats::FormatError(params.string() + ": num_ctx is not a number");
}

void readManifest(const fs::path& root, const fs::path& manifest, const std::string& name, ModelStore store,
                  ScanBudget& budget, std::vector<LocalModel>& out) {
    std::string text;
    try {
        text = formats::readTextFile(manifest, kMaxManifestBytes);
    } catch (const std::exception& error) {
        out.push_back(brokenModel(name, store, root, manifest, std::string("broken manifest: ") + error.what()));
        return;
    }
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        out.push_back(brokenModel(name, store, root, manifest, "broken manifest: not a JSON object"));
        return;
    }
    const auto layers = j.find("layers");
    if (layers == j.end() || !layers->is_array()) {
        out.push_back(brokenModel(name, store, root, manifest, "broken manifest: no \"layers\" list"));
        return;
    }
    std::optional<fs::path> model_blob;
    std::optional<fs::path> params_blob;
    std::int64_t projector_bytes = 0;
    bool tensor_layers = false;
    for (const nlohmann::json& layer : *layers) {
        if (!layer.is_object() || !layer.contains("mediaType") || !layer["mediaType"].is_string()) {
            continue;
        }
        const std::string media = layer["mediaType"].get<std::string>();
        const std::string digest =
            layer.contains("digest") && layer["digest"].is_string() ? layer["digest"].get<std::string>() : "";
        if (media == kModelLayer || media == kParamsLayer) {
            const auto blob = blobPath(root, digest);
            if (!blob) {
                out.push_back(brokenModel(
                    name, store, root, manifest,
                    "broken manifest: the " + std::string(media == kModelLayer ? "model" : "params") +
                        " layer's digest is not sha256:<64 hex digits> (" + formats::printable(digest, 80) + ")"));
                return;
            }
            (media == kModelLayer ? model_blob : params_blob) = *blob;
        } else if (media == kProjectorLayer && layer.contains("size") && layer["size"].is_number_integer()) {
            projector_bytes += std::max<std::int64_t>(0, layer["size"].get<std::int64_t>());
        } else if (media == kTensorLayer) {
            tensor_layers = true;
        }
    }
    if (!model_blob) {
        out.push_back(brokenModel(name, store, root, manifest,
                                  tensor_layers ? "stored as one layer per tensor (not a GGUF): not read"
                                                : "broken manifest: no application/vnd.ollama.image.model layer"));
        return;
    }
    std::error_code error;
    if (!fs::is_regular_file(*model_blob, error)) {
        out.push_back(brokenModel(name, store, root, manifest,
                                  "the model layer's blob " + model_blob->filename().string() + " is missing"));
        return;
    }
    LocalModel model;
    model.name = name;
    model.store = store;
    model.store_root = root;
    model.path = *model_blob;
    model.format = formats::ModelFileFormat::Gguf;
    if (params_blob) {
        try {
            model.ollama_num_ctx = numCtxOf(*params_blob);
        } catch (const std::exception& e) {
            model.notes.push_back(std::string("params layer ignored: ") + e.what());
        }
    }
    if (projector_bytes > 0) {
        model.notes.push_back("vision projector layer (" + std::to_string(projector_bytes) +
                              " bytes) not counted in the model's bytes");
    }
    addModel(out, std::move(model), budget);
}

} // namespace

void scanOllama(const fs::path& root, ModelStore store, ScanBudget& budget, std::vector<LocalModel>& out) {
    // Exactly four levels, as manifest.Manifests() globs them: host/namespace/model/tag.
    const fs::path manifests = root / "manifests";
    for (const fs::path& host : entries(manifests, true, budget)) {
        for (const fs::path& ns : entries(host, true, budget)) {
            for (const fs::path& model : entries(ns, true, budget)) {
                for (const fs::path& tag : entries(model, false, budget)) {
                    if (budget.cancelled()) {
                        return;
                    }
                    const std::string name = displayName(host.filename().string(), ns.filename().string(),
                                                         model.filename().string(), tag.filename().string());
                    readManifest(root, tag, name, store, budget, out);
                }
            }
        }
    }
}

} // namespace fitscope::sources::detail
