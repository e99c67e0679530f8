#pragma once

#include "core/sizing/model_spec.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fitscope::report {

// A ModelSpec as a JSON object, every field by name. Scenario files embed it for models that came
// from a file (config.json, safetensors, GGUF), so the scenario reopens on a machine without that
// file, and with the same architecture even if the file changes later.
nlohmann::json modelSpecToJson(const sizing::ModelSpec& spec);

// The inverse. Missing keys keep ModelSpec's defaults; a key of the wrong type or with an unknown
// enum value throws std::invalid_argument whose message starts with the key ("num_layers: ...").
// The result is not validated (sizing::validate / prepareModel do that).
sizing::ModelSpec modelSpecFromJson(const nlohmann::json& object);

} // namespace fitscope::report
