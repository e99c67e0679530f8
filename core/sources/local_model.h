#pragma once

#include "core/formats/model_file.h"
#include "core/sizing/prepared_model.h"
#include "core/sources/store_locations.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitscope::sources {

enum class LocalModelStatus {
    Ok,     // the files are there and their headers read
    Broken, // listed with the reason: a broken manifest, a dangling link, an unreadable header
};
std::string_view localModelStatusId(LocalModelStatus status); // "ok", "broken"

// One model found on this machine.
struct LocalModel {
    // The name the store lists it under, which --model accepts: an Ollama tag ("qwen3:30b-a3b"), a
    // Hugging Face id ("Qwen/Qwen3-8B", with "/<file>" for one GGUF of a repository holding several),
    // LM Studio's "<publisher>/<repo>/<file>", a file name in llama.cpp's old flat cache, or the path
    // below a user's folder.
    std::string name;
    ModelStore store = ModelStore::Folder;
    std::filesystem::path store_root;
    // What opens the model as a file would: a GGUF file (the first part of a split one) or a
    // safetensors folder. For a broken entry: the manifest, link or file that is broken.
    std::filesystem::path path;
    // GGUF or safetensors; unset for a broken entry whose files were never reached.
    std::optional<formats::ModelFileFormat> format;
    std::int64_t file_bytes = 0;     // every file of the model (all shards or split parts)
    std::string quantization;        // from the header: "Q4_K_M", "BF16", "GPTQ 4-bit, group 128", ...
    std::int64_t context_length = 0; // the trained context the header states (0 = not stated)
    std::int64_t ollama_num_ctx = 0; // the num_ctx of Ollama's params layer (0 = not set: Ollama's default)
    std::string revision;            // Hugging Face: the snapshot's commit
    std::vector<std::string> notes;  // facts worth showing (a projector layer not counted, ...)

    LocalModelStatus status = LocalModelStatus::Ok;
    std::string problem; // why it is broken

    // The model the estimator sizes, from the headers: null when the headers were not read (a quick
    // scan), when the entry is broken, or when they do not describe an architecture (spec_note says why).
    std::shared_ptr<const sizing::PreparedModel> prepared;
    std::string spec_note;

    bool ok() const { return status == LocalModelStatus::Ok; }
    std::string_view formatId() const; // "gguf", "safetensors", "" (unknown)
};

// A broken entry: listed, never fatal.
LocalModel brokenModel(std::string name, ModelStore store, const std::filesystem::path& root,
                       const std::filesystem::path& path, std::string problem);

// Reads the model's headers through core/formats (inspectModelPath) and fills format, bytes,
// quantization, context and the prepared model; an unreadable header marks the entry broken. Without
// read_headers only the format (from the file name or folder contents) and the file sizes are filled.
void readModelHeaders(LocalModel& model, bool read_headers);

} // namespace fitscope::sources
