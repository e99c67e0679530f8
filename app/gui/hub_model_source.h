#pragma once

#include "core/formats/model_file.h"
#include "hub/hub_client.h"

#include <QString>

namespace fitscope::gui {

// How a model opened from a Hugging Face id is named in the explorer's state, the settings and
// scenario files: "hf://ORG/NAME@COMMIT", with "#FILE" for the GGUF model chosen in the repository.
// The commit pins the content, so the same model opens again from the hub cache, offline, when the
// window is restored or a scenario reopened.
QString hubModelSource(const hub::HubModel& model);
bool isHubModelSource(const QString& source);

// What the explorer sizes: the headers read, named after the repository when the files give no name
// (a safetensors checkpoint's config.json carries none).
formats::ModelFileInfo hubModelInfo(const hub::HubModel& model);

// Opens a hubModelSource() again from the cache alone (never the network: a restored window must not
// block or fail on a missing connection). Throws hub::HubError when the cache no longer holds it.
formats::ModelFileInfo reopenHubModelSource(const QString& source);

} // namespace fitscope::gui
