#pragma once

#include "core/catalog/catalog.h"
#include "core/sizing/estimator.h"

#include <QString>
#include <QTest>

#include <memory>
#include <stdexcept>
#include <string>

namespace fitscope::testing {

inline std::shared_ptr<const sizing::PreparedModel> catalogModel(const std::string& id) {
    const catalog::ModelEntry* entry = catalog::Catalog::builtIn().findModel(id);
    if (!entry) {
        throw std::runtime_error("no catalog model " + id);
    }
    return entry->model;
}

inline std::shared_ptr<const sizing::GpuSpec> catalogGpu(const std::string& id) {
    const sizing::GpuSpec* gpu = catalog::Catalog::builtIn().findGpu(id);
    if (!gpu) {
        throw std::runtime_error("no catalog GPU " + id);
    }
    return std::make_shared<sizing::GpuSpec>(*gpu);
}

inline std::shared_ptr<const sizing::PreparedModel> bareModel(std::int64_t params) {
    return sizing::prepareModel(sizing::assumedShapeForParams(params));
}

inline double gb(std::int64_t bytes) {
    return static_cast<double>(bytes) / 1e9;
}

} // namespace fitscope::testing
