#include "core/sources/local_model.h"

#include "core/formats/gguf_reader.h"
#include "core/formats/hf_config.h"
#include "core/formats/model_file_sizing.h"

#include <exception>
#include <system_error>

namespace fitscope::sources {

namespace fs = std::filesystem;

namespace {

std::int64_t sizeOf(const fs::path& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<std::int64_t>(size);
}

// The bytes a quick scan reports without opening a header: every part of a split GGUF, or every
// safetensors shard and JSON file of a folder.
std::int64_t quickBytes(const fs::path& path, formats::ModelFileFormat format) {
    if (format == formats::ModelFileFormat::Gguf) {
        std::int64_t total = 0;
        for (const fs::path& part : formats::ggufSplitPaths(path)) {
            total += sizeOf(part);
        }
        return total;
    }
    std::error_code error;
    if (!fs::is_directory(path, error)) {
        return sizeOf(path);
    }
    std::int64_t total = 0;
    for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
        const fs::path& file = it->path();
        const std::string ext = file.extension().string();
        if (ext == ".safetensors" || ext == ".json") {
            total += sizeOf(file);
        }
    }
    return total;
}

// The format a path holds, from names alone (no header read).
std::optional<formats::ModelFileFormat> formatFromNames(const fs::path& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
        for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
            if (it->path().extension() == ".safetensors") {
                return formats::ModelFileFormat::Safetensors;
            }
        }
        return std::nullopt;
    }
    if (path.extension() == ".gguf") {
        return formats::ModelFileFormat::Gguf;
    }
    if (path.extension() == ".safetensors") {
        return formats::ModelFileFormat::Safetensors;
    }
    return std::nullopt;
}

} // namespace

std::string_view localModelStatusId(LocalModelStatus status) {
    return status == LocalModelStatus::Ok ? "ok" : "broken";
}

std::string_view LocalModel::formatId() const {
    if (!format) {
        return "";
    }
    switch (*format) {
    case formats::ModelFileFormat::Gguf:
        return "gguf";
    case formats::ModelFileFormat::Safetensors:
        return "safetensors";
    case formats::ModelFileFormat::HfConfig:
        break;
    }
    return "config";
}

LocalModel brokenModel(std::string name, ModelStore store, const fs::path& root, const fs::path& path,
                       std::string problem) {
    LocalModel model;
    model.name = std::move(name);
    model.store = store;
    model.store_root = root;
    model.path = path;
    model.status = LocalModelStatus::Broken;
    model.problem = std::move(problem);
    return model;
}

void readModelHeaders(LocalModel& model, bool read_headers) {
    if (!read_headers) {
        if (!model.format) {
            model.format = formatFromNames(model.path);
        }
        if (model.format) {
            model.file_bytes = quickBytes(model.path, *model.format);
        }
        return;
    }
    formats::ModelFileInfo info;
    try {
        info = formats::inspectModelPath(model.path);
    } catch (const std::exception& error) {
        // FormatError names the file and the problem; anything else (a filesystem error, a failed
        // allocation on a hostile length) is reported the same way: the list goes on.
        model.status = LocalModelStatus::Broken;
        model.problem = std::string("unreadable header: ") + error.what();
        return;
    }
    model.format = info.format;
    model.file_bytes = info.file_bytes;
    if (info.format == formats::ModelFileFormat::HfConfig) {
        model.status = LocalModelStatus::Broken;
        model.problem = "config.json without weights (an incomplete download?)";
        return;
    }
    model.quantization = info.quantization;
    model.context_length = info.context_length;
    try {
        model.prepared = formats::prepareModelFromFile(info);
    } catch (const std::exception& error) {
        model.spec_note = error.what();
    }
    if (!model.prepared && model.spec_note.empty()) {
        model.spec_note = info.spec_note;
    }
}

} // namespace fitscope::sources
