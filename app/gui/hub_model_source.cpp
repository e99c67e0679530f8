#include "hub_model_source.h"

#include "hub/hub_error.h"
#include "hub/hub_model_id.h"
#include "hub/hub_options.h"

#include <cstdint>
#include <limits>

namespace fitscope::gui {

namespace {
const QLatin1String k_scheme("hf://");
} // namespace

QString hubModelSource(const hub::HubModel& model) {
    QString source = k_scheme + model.id.repo + QLatin1Char('@') + model.commit;
    if (!model.gguf_file.isEmpty()) {
        source += QLatin1Char('#') + model.gguf_file;
    }
    return source;
}

bool isHubModelSource(const QString& source) {
    return source.startsWith(k_scheme);
}

formats::ModelFileInfo hubModelInfo(const hub::HubModel& model) {
    formats::ModelFileInfo info = model.info;
    if (info.spec && info.spec->display_name.empty()) {
        info.spec->display_name = model.id.repo.toStdString();
    }
    return info;
}

formats::ModelFileInfo reopenHubModelSource(const QString& source) {
    const QString rest = source.mid(k_scheme.size());
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    hub::HubOpenRequest request;
    request.id = hub::parseHubModelId(hash < 0 ? rest : rest.left(hash));
    request.gguf_file = hash < 0 ? QString() : rest.mid(hash + 1);
    hub::HubOptions options = hub::HubOptions::fromEnvironment();
    options.offline = true;
    // Reading back what the cache holds adds nothing to it, so nothing is evicted here: the limit the user
    // chose (Preferences) applies when a fetch adds to the cache, not this default one.
    options.cache_max_bytes = std::numeric_limits<std::int64_t>::max();
    return hubModelInfo(hub::openHubModel(request, options));
}

} // namespace fitscope::gui
