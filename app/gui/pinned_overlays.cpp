#include "pinned_overlays.h"

#include "core/catalog/gpu_details.h"
#include "core/sizing/estimator.h"
#include "core/sizing/speed.h"

#include <QCoreApplication>

#include <algorithm>

namespace fitscope::gui {

void PinnedOverlays::setPins(const std::vector<Pin>& pins) {
    if (pins == m_pins) {
        return;
    }
    m_pins = pins;
    m_bars.reset();
    m_context.reset();
    m_capacities.reset();
    m_speed.reset();
}

QString PinnedOverlays::legendName(const Pin& pin) {
    return pin.baseline ? QCoreApplication::translate("PinnedOverlays", "%1 (baseline)").arg(pin.name) : pin.name;
}

std::optional<SelectedGpu> PinnedOverlays::primaryGpu(const Pin& pin) const {
    if (m_catalog == nullptr) {
        return std::nullopt;
    }
    for (const GpuChoice& choice : pin.state.gpus) {
        if (choice.id == pin.state.primary_gpu || pin.state.primary_gpu.empty()) {
            if (const sizing::GpuSpec* spec = m_catalog->findGpu(choice.id)) {
                return SelectedGpu{
                    std::make_shared<const sizing::GpuSpec>(catalog::withMemoryLimit(*spec, choice.memory_limit_bytes)),
                    choice.count, choice.in_use_bytes};
            }
        }
    }
    return std::nullopt;
}

const std::vector<BreakdownBar>& PinnedOverlays::bars() {
    if (m_bars) {
        return *m_bars;
    }
    m_bars.emplace();
    for (const Pin& pin : m_pins) {
        if (!pin.model) {
            continue;
        }
        const std::optional<SelectedGpu> gpu = primaryGpu(pin);
        const sizing::Estimate e =
            sizing::estimate(makeScenario(pin.state, pin.model, gpu ? &*gpu : nullptr), sizing::Detail::NumbersOnly);
        // The most loaded GPU, as the live bars are drawn.
        sizing::GpuLoad load;
        if (!e.gpu_loads.empty()) {
            load = *std::max_element(e.gpu_loads.begin(), e.gpu_loads.end(),
                                     [](const auto& a, const auto& b) { return a.total() < b.total(); });
        }
        BreakdownBar bar;
        bar.pinned = true;
        auto& c = bar.components;
        c[static_cast<std::size_t>(Component::Weights)] = load.weights_bytes;
        c[static_cast<std::size_t>(Component::KvCache)] = load.kv_cache_bytes;
        c[static_cast<std::size_t>(Component::Activations)] = load.activation_bytes;
        c[static_cast<std::size_t>(Component::Overhead)] = load.overhead_bytes;
        c[static_cast<std::size_t>(Component::OptimizerStates)] = load.training_bytes;
        bar.load_bytes = e.per_gpu_bytes;
        // The pin's name over its GPU: the chart's axis says whose bar it is.
        const QString gpuName = gpu ? shortGpuName(*gpu->spec) : QString();
        bar.gpu_name = gpu ? QStringLiteral("%1\n%2").arg(legendName(pin), gpuName) : QString();
        if (gpu && e.fit) {
            bar.gpu_count = 1; // the name carries the pin; the load is per GPU already
            bar.capacity_bytes = e.fit->capacity_bytes;
            bar.nominal_bytes = e.fit->nominal_bytes;
            bar.in_use_bytes = e.fit->in_use_bytes;
            bar.headroom_bytes = e.fit->headroom_bytes;
            bar.verdict = e.fit->verdict;
        }
        m_bars->push_back(bar);
    }
    return *m_bars;
}

const std::vector<ContextSeries>& PinnedOverlays::contextSeries(const std::vector<double>& samples) {
    if (m_context && samples == m_contextSamples) {
        return *m_context;
    }
    m_contextSamples = samples;
    m_context.emplace();
    for (const Pin& pin : m_pins) {
        if (!pin.model) {
            continue;
        }
        const std::optional<SelectedGpu> gpu = primaryGpu(pin);
        sizing::Scenario s = makeScenario(pin.state, pin.model, gpu ? &*gpu : nullptr);
        ContextSeries series;
        series.name = legendName(pin);
        series.color = pinnedColor(pin.color_index);
        series.baseline = pin.baseline;
        // A pinned model's own limit ends its line: beyond it the model cannot run.
        const std::int64_t limit = pin.model->spec.max_positions > 0 && pin.state.model_source != ModelSource::Custom
                                       ? pin.model->spec.max_positions
                                       : kCustomMaxContext;
        for (double t : samples) {
            if (t > static_cast<double>(limit)) {
                break;
            }
            s.context_tokens = static_cast<std::int64_t>(t);
            series.tokens.push_back(t);
            series.bytes.push_back(sizing::estimate(s, sizing::Detail::NumbersOnly).per_gpu_bytes);
        }
        m_context->push_back(std::move(series));
    }
    return *m_context;
}

const std::vector<CapacityLine>& PinnedOverlays::capacities() {
    if (m_capacities) {
        return *m_capacities;
    }
    m_capacities.emplace();
    std::vector<std::string> seen;
    for (const Pin& pin : m_pins) {
        const std::optional<SelectedGpu> gpu = primaryGpu(pin);
        if (!gpu || std::find(seen.begin(), seen.end(), gpu->spec->id) != seen.end()) {
            continue;
        }
        seen.push_back(gpu->spec->id);
        CapacityLine line;
        line.name = shortGpuName(*gpu->spec);
        // What the model may use: other processes' memory is not there for it.
        line.capacity_bytes = gpu->spec->capacityBytes() - gpu->in_use_bytes;
        line.color_index = static_cast<int>(m_capacities->size()) + 1;
        m_capacities->push_back(line);
    }
    return *m_capacities;
}

const std::vector<SpeedSeries>& PinnedOverlays::speedSeries(const std::vector<std::int64_t>& batches) {
    if (m_speed && batches == m_speedBatches) {
        return *m_speed;
    }
    m_speedBatches = batches;
    m_speed.emplace();
    for (const Pin& pin : m_pins) {
        if (!pin.model || pin.state.engine.task != sizing::Task::Inference) {
            continue;
        }
        const std::optional<SelectedGpu> gpu = primaryGpu(pin);
        SpeedSeries series;
        series.name = legendName(pin);
        series.color = pinnedColor(pin.color_index);
        series.color_index = pin.color_index;
        series.points = sizing::decodeSpeedByBatch(makeScenario(pin.state, pin.model, gpu ? &*gpu : nullptr), batches);
        if (std::none_of(series.points.begin(), series.points.end(),
                         [](const sizing::SpeedPoint& p) { return p.tokens_per_s > 0; })) {
            continue;
        }
        m_speed->push_back(std::move(series));
    }
    return *m_speed;
}

} // namespace fitscope::gui
