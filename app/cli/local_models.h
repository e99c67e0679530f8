#pragma once

#include "core/sources/local_model.h"

#include <QCommandLineParser>

#include <optional>
#include <string>

namespace fitscope::cli {

// `models --local`: the options it adds to the models parser, and the listing itself.
void addLocalModelOptions(QCommandLineParser& parser);
int printLocalModels(const QCommandLineParser& parser);

// The model on this machine listed under name (an Ollama tag, a Hugging Face id in the cache, ...),
// from a quick scan of the stores this process's environment names (no header read: the caller
// opens the one it needs). nullopt when no store lists it.
std::optional<sources::LocalModel> findLocalModelNamed(const std::string& name);

} // namespace fitscope::cli
