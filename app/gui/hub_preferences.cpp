#include "hub_preferences.h"

#include "settings.h"

#include <algorithm>

namespace fitscope::gui {

hub::HubOptions hubOptionsWithPreferences(const Settings* settings) {
    hub::HubOptions options = hub::HubOptions::fromEnvironment();
    if (settings == nullptr) {
        return options;
    }
    options.offline = options.offline || settings->value(Settings::Key::HubOffline).toBool();
    bool ok = false;
    const qlonglong mib = settings->value(Settings::Key::HubCacheLimitMiB).toLongLong(&ok);
    if (ok) {
        options.cache_max_bytes = std::clamp<qlonglong>(mib, kHubCacheLimitMinMiB, kHubCacheLimitMaxMiB) << 20;
    }
    return options;
}

bool hubOfflineForcedByEnvironment() {
    return hub::environmentFlagIsOn("HF_HUB_OFFLINE");
}

} // namespace fitscope::gui
