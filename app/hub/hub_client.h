#pragma once

#include "core/formats/model_file.h"
#include "hub/hub_model_id.h"
#include "hub/hub_options.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace fitscope::hub {

// One GGUF model of a repository: a file, or the parts of a split one (named by its first part).
struct HubGgufFile {
    QString path;                // in the repository: "Q4_K_M/model-Q4_K_M-00001-of-00002.gguf"
    QString quantization;        // from the file name ("Q4_K_M", "UD-Q4_K_XL", "BF16"); empty when it names none
    std::int64_t size_bytes = 0; // all parts
    int parts = 1;
};

struct HubModel {
    formats::ModelFileInfo info; // from the same readers as local files
    HubModelId id;
    QString commit;                      // the revision resolved to a commit
    std::vector<HubGgufFile> gguf_files; // every GGUF model of the repository (empty for safetensors)
    QString gguf_file;                   // the one read
    bool from_cache = false;             // nothing came from the network
    std::int64_t bytes_downloaded = 0;   // bodies received over the network for this open
    std::int64_t repository_bytes = 0;   // the size of the files the model is made of (what was not downloaded)
    QStringList notes;                   // e.g. "offline: served from the cache"
};

struct HubOpenRequest {
    HubModelId id;
    QString gguf_file; // for a GGUF repository with several models; empty: the only one
};

struct HubCallbacks {
    std::function<void(const QString& stage)>
        progress;                              // "config.json", "header of model-00001-of-00002.safetensors", ...
    const std::atomic<bool>* cancel = nullptr; // set from another thread to stop at the next step
};

// Opens a model of a Hugging Face repository from the headers alone: config.json, the safetensors
// index and each shard's header (by HTTP range requests, never the weights), or the header of one
// GGUF model. The bytes go through the same readers (and limits) as local files. What was fetched
// is cached per commit; offline (options.offline or HF_HUB_OFFLINE) only the cache is used. When
// the network fails (not an HTTP error) a cached copy of the same revision is used instead.
// Throws HubError (kind ChooseFile lists the GGUF models when the repository holds several and none
// was named).
HubModel openHubModel(const HubOpenRequest& request, const HubOptions& options, const HubCallbacks& callbacks = {});

// The quantization a GGUF file name states (llama.cpp's type names), upper-case; empty when none.
QString quantizationFromFileName(const QString& file_name);

// "Q4_K_M  18.6 GB  Q4_K_M/model-Q4_K_M-00001-of-00002.gguf (2 parts)" lines, for choosing.
QString describeGgufFiles(const std::vector<HubGgufFile>& files);

} // namespace fitscope::hub
