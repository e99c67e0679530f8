#pragma once

// Entry points for models whose files were read elsewhere (a Hugging Face repository over HTTP,
// app/hub): the same assembly as inspectModelPath, from headers already parsed by the same readers.

#include "core/formats/gguf_reader.h"
#include "core/formats/model_file.h"
#include "core/formats/safetensors_reader.h"

#include <optional>
#include <string>
#include <vector>

namespace fitscope::formats {

// A safetensors model whose files were read elsewhere (a Hugging Face repository over HTTP): the
// texts of its small files and its shards' headers, parsed by the same readers as local files.
// Labels stand where paths stand for local files (in messages, ModelFileInfo::path and ::files).
struct SafetensorsHeaders {
    std::string label;                      // the model
    std::optional<std::string> config_json; // config.json's text, when the model has one
    std::string config_label;
    std::string config_problem;            // why config.json could not be read (reported as a warning)
    std::optional<SafetensorsIndex> index; // model.safetensors.index.json, when the model is sharded
    std::string index_label;
    std::vector<SafetensorsFile> shards; // in index order; each origin ends with the shard's file name
};

// What inspectModelPath tells about a safetensors folder, from headers already read. Throws
// FormatError as inspectModelPath does (a tensor in two shards, an index that disagrees, ...).
ModelFileInfo inspectSafetensorsHeaders(const SafetensorsHeaders& headers);

// What inspectModelPath tells about a GGUF file (parts: every part of a split model, in order),
// from headers already read. label names the model; its stem is the fallback display name.
ModelFileInfo inspectGgufHeaders(const std::string& label, const std::vector<GgufFile>& parts);

// addGgufProjector from a projector header already read.
void addGgufProjectorHeader(ModelFileInfo& model, const GgufFile& projector);

// What inspectModelPath tells about a config.json alone, from its text. label names it.
ModelFileInfo inspectConfigJson(const std::string& text, const std::string& label);

} // namespace fitscope::formats
