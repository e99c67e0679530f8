// fitscope-cli built without the GUI (FITSCOPE_BUILD_GUI=OFF): no chart widgets, so no export.
#include "cli_application.h"
#include "cli_common.h"

namespace fitscope::cli {

std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv) {
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runExport(const QStringList& /*args*/) {
    throw UsageError("this fitscope-cli was built without the GUI (FITSCOPE_BUILD_GUI=OFF), which draws the "
                     "charts: chart export is not available");
}

} // namespace fitscope::cli
