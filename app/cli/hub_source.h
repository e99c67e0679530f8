#pragma once

#include "hub/hub_client.h"

#include <QCommandLineParser>

namespace fitscope::cli {

// --hf ORG/NAME[@REVISION] and --hf-file NAME (for a GGUF repository with several models).
void addHubOptions(QCommandLineParser& parser);

// Opens the model --hf names with the environment's hub settings (HF_ENDPOINT, HF_TOKEN, the token
// file, HF_HUB_OFFLINE, FITSCOPE_HUB_CACHE). Notes (a cached copy used because the network failed)
// go to stderr as warnings. Throws UsageError carrying the hub's message.
hub::HubModel openHubModelFromOptions(const QCommandLineParser& parser);

} // namespace fitscope::cli
