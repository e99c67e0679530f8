#include "hub_source.h"

#include "cli_common.h"
#include "hub/hub_error.h"

#include <cstdio>

namespace fitscope::cli {

void addHubOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("hf"),
         QStringLiteral("A Hugging Face model id, ORG/NAME[@REVISION]: config.json and the weight files' headers "
                        "only, by HTTP range requests (cached; HF_TOKEN for gated models, HF_ENDPOINT for a "
                        "mirror, HF_HUB_OFFLINE=1 for the cache alone)."),
         QStringLiteral("ID")},
        {QStringLiteral("hf-file"),
         QStringLiteral("With --hf, for a GGUF repository holding several models: the file (NAME.gguf, its path "
                        "in the repository, or its quantization such as Q4_K_M)."),
         QStringLiteral("NAME")},
    });
}

hub::HubModel openHubModelFromOptions(const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("hf-file")) && !parser.isSet(QStringLiteral("hf"))) {
        throw UsageError("--hf-file names a file of the repository --hf names; give --hf ORG/NAME too");
    }
    try {
        hub::HubOpenRequest request;
        request.id = hub::parseHubModelId(parser.value(QStringLiteral("hf")));
        request.gguf_file = parser.value(QStringLiteral("hf-file"));
        hub::HubModel model = hub::openHubModel(request, hub::HubOptions::fromEnvironment());
        for (const QString& note : model.notes) {
            std::fprintf(stderr, "fitscope-cli: warning: %s\n", qPrintable(note));
        }
        return model;
    } catch (const hub::HubError& error) {
        throw UsageError(std::string("--hf: ") + error.what());
    }
}

} // namespace fitscope::cli
