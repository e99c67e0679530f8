#pragma once

#include "hub/hub_options.h"

namespace fitscope::gui {

class Settings;

// The Hugging Face options the window opens models with: the environment's, as the Hugging Face tools
// read it (hub_options.h), with the user's preferences on top: Work offline (HF_HUB_OFFLINE set in the
// environment keeps it on whatever the preference says) and the cache limit. settings may be null.
hub::HubOptions hubOptionsWithPreferences(const Settings* settings);

// HF_HUB_OFFLINE is on: FitScope stays offline, and Preferences says why its checkbox cannot change that.
bool hubOfflineForcedByEnvironment();

// The Cache limit preference's range, in MiB: below the lower bound a single large GGUF header (tens of
// MiB for a big vocabulary) would be evicted as soon as it was read.
constexpr int kHubCacheLimitMinMiB = 16;
constexpr int kHubCacheLimitMaxMiB = 1 << 20; // 1 TiB

} // namespace fitscope::gui
