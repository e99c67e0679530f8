#pragma once

#include "core/sizing/gpu_spec.h"
#include "core/sizing/prepared_model.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::catalog {

struct ModelEntry {
    std::string id;
    std::string name;
    std::string family; // the picker groups by it ("Llama 3.1", "Qwen3")
    // When the model was published ("2024-07" or "2025-04-05"), with its source; empty when no source
    // gives it.
    std::string release_date;
    std::string release_date_source;
    std::string source;
    // What spec.published_params counts: "stored" (every element the checkpoint stores, as the Hub's
    // safetensors total or an index's total_size: ParameterCounts::stored()) or "memory" (unique
    // parameters a runtime holds, as Keras presets count them: ParameterCounts::total()).
    std::string published_params_scope = "stored";
    std::shared_ptr<const sizing::PreparedModel> model;
    bool user_defined = false;
};

// The GPUs and models FitScope knows: the built-in catalogs (resources/data/*.json, compiled in)
// with the user's own catalog file merged over them (same id = the user's entry wins).
class Catalog {
public:
    // The built-in catalog. Its JSON is validated by the tests, so this does not fail at run time.
    static const Catalog& builtIn();

    // A copy of this catalog with the user's file merged in. Problems (unreadable file, a broken
    // entry) are returned as one-line warnings and the offending entries skipped; never throws.
    Catalog withUserFile(const std::filesystem::path& path, std::vector<std::string>* warnings) const;

    const std::vector<sizing::GpuSpec>& gpus() const { return m_gpus; }
    const std::vector<ModelEntry>& models() const { return m_models; }

    // Lookups forgive case, spaces, dashes and underscores ("A10G", "rtx 4090", "Llama-2-13B").
    const sizing::GpuSpec* findGpu(std::string_view id) const;
    const ModelEntry* findModel(std::string_view id) const;

    // Replaces or appends entries by id.
    void upsert(const sizing::GpuSpec& gpu);
    void upsert(const ModelEntry& model);

private:
    std::vector<sizing::GpuSpec> m_gpus;
    std::vector<ModelEntry> m_models;
};

// Parsers for the catalog JSON documents ({"gpus": [...]}, {"models": [...]}); throw
// formats::FormatError naming origin and the offending entry.
std::vector<sizing::GpuSpec> parseGpuCatalog(std::string_view json_text, const std::string& origin);
std::vector<ModelEntry> parseModelCatalog(std::string_view json_text, const std::string& origin);

// "RTX 4090" -> "rtx4090": the key lookups compare.
std::string normalizedKey(std::string_view text);

} // namespace fitscope::catalog
