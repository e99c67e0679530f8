#pragma once

// Internal to core/sources: one scanner per store layout, and what they share.

#include "core/sources/local_model.h"
#include "core/sources/local_model_scan.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace fitscope::sources::detail {

// Counts directory entries against ScanOptions::max_entries_per_store and asks for cancellation.
class ScanBudget {
public:
    explicit ScanBudget(const ScanOptions& options)
        : m_options(options) {}
    // false once the walk must stop.
    bool visit() { return ++m_visited <= m_options.max_entries_per_store && !cancelled(); }
    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }
    bool readHeaders() const { return m_options.read_headers; }

private:
    const ScanOptions& m_options;
    std::size_t m_visited = 0;
};

// The model the scanners found, with its headers read (or sizes only) as the options say.
void addModel(std::vector<LocalModel>& out, LocalModel model, ScanBudget& budget);

// A symbolic link whose target is missing (a Hugging Face snapshot file whose blob was deleted).
bool isDanglingLink(const std::filesystem::path& path);
std::string danglingLinkProblem(const std::filesystem::path& path);

// GGUF files that are models of their own: not the second and later parts of a split model, not
// the vision projectors (mmproj*.gguf) llama.cpp and LM Studio keep beside the model.
bool isModelGguf(const std::filesystem::path& path);

// Files with these names matter to a model (a dangling one breaks it).
bool isModelFileName(const std::filesystem::path& path);

// The models of one folder (not below it): a safetensors model (the folder, named folder_name) and
// each GGUF model file ("<gguf_prefix>/<file>", the file name alone when the prefix is empty). A lone
// GGUF in a folder with nothing else is named single_gguf_name when that is not empty.
void scanModelFolder(const std::filesystem::path& folder, const std::string& folder_name,
                     const std::string& gguf_prefix, const std::string& single_gguf_name, ModelStore store,
                     const std::filesystem::path& root, ScanBudget& budget, std::vector<LocalModel>& out);

void scanHfCache(const std::filesystem::path& root, ModelStore store, ScanBudget& budget, std::vector<LocalModel>& out);
void scanOllama(const std::filesystem::path& root, ModelStore store, ScanBudget& budget, std::vector<LocalModel>& out);
void scanLmStudio(const std::filesystem::path& root, ScanBudget& budget, std::vector<LocalModel>& out);
void scanLlamaCppCache(const std::filesystem::path& root, ScanBudget& budget, std::vector<LocalModel>& out);
void scanUserFolder(const std::filesystem::path& root, ScanBudget& budget, std::vector<LocalModel>& out);

// Layout detection for folders the user adds (they may add a store itself).
bool looksLikeHfCache(const std::filesystem::path& folder);
bool looksLikeOllama(const std::filesystem::path& folder);

} // namespace fitscope::sources::detail
