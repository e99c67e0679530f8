#include "explorer_state.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace fitscope::gui {

bool ExplorerState::operator==(const ExplorerState& o) const {
    // PrecisionPlan has no operator== of its own: compare its fields here.
    const auto plan = [](const sizing::PrecisionPlan& p) {
        return std::tie(p.weights, p.embeddings, p.output_head, p.kv_cache);
    };
    return model_source == o.model_source && model_id == o.model_id && config_path == o.config_path &&
           params == o.params && plan(precision) == plan(o.precision) && context_tokens == o.context_tokens &&
           batch == o.batch && runtime == o.runtime && overhead_fraction == o.overhead_fraction && gpus == o.gpus &&
           primary_gpu == o.primary_gpu && unit == o.unit && compare_formats == o.compare_formats;
}

QString headroomText(std::int64_t headroom_bytes, sizing::MemoryUnit unit) {
    const std::int64_t magnitude = headroom_bytes < 0 ? -headroom_bytes : headroom_bytes;
    const int decimals = sizing::bytesIn(magnitude, unit) < 1.0 ? 2 : 1;
    const QString amount = QString::fromStdString(sizing::formatBytes(magnitude, unit, decimals));
    return headroom_bytes >= 0 ? QCoreApplication::translate("fitscope", "%1 free").arg(amount)
                               : QCoreApplication::translate("fitscope", "%1 short").arg(amount);
}

QString shortGpuName(const sizing::GpuSpec& gpu) {
    QString name = QString::fromStdString(gpu.display_name);
    const QString vendor = QString::fromStdString(gpu.vendor) + QLatin1Char(' ');
    if (!gpu.vendor.empty() && gpu.vendor != "Apple" && name.startsWith(vendor)) {
        name = name.mid(vendor.size());
    }
    if (name.startsWith(QLatin1String("GeForce "))) {
        name = name.mid(8);
    }
    return name;
}

sizing::Scenario makeScenario(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> model,
                              const SelectedGpu* gpu) {
    sizing::Scenario s;
    s.model = std::move(model);
    s.precision = state.precision;
    s.context_tokens = std::clamp<std::int64_t>(state.context_tokens, 1, sizing::kMaxContextTokens);
    s.batch = std::clamp<std::int64_t>(state.batch, 1, sizing::kMaxBatch);
    s.runtime = state.runtime;
    s.overhead_fraction = state.overhead_fraction;
    if (gpu != nullptr) {
        s.gpu = gpu->spec;
        s.gpu_count = std::clamp<std::int64_t>(gpu->count, 1, sizing::kMaxGpuCount);
    }
    return s;
}

} // namespace fitscope::gui
