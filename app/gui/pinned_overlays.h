#pragma once

#include "breakdown_chart.h"
#include "context_chart.h"
#include "pinned_scenarios.h"
#include "speed_chart.h"

#include <vector>

namespace fitscope::gui {

// What the explorer's charts draw for the pinned scenarios beside the live one: a bar each in the
// breakdown (against its own GPU's capacity), a line each in the context chart (over the live
// chart's context samples) and in the speed chart (over its batches), named and coloured as the
// pin's card. Pinned scenarios do not move with the controls, so each is computed once per pin set
// and sampling and then reused: a slider step costs nothing here.
class PinnedOverlays {
public:
    explicit PinnedOverlays(const catalog::Catalog* catalog = nullptr)
        : m_catalog(catalog) {}

    void setCatalog(const catalog::Catalog* catalog) { m_catalog = catalog; }
    void setPins(const std::vector<Pin>& pins); // drops what was computed when they differ
    const std::vector<Pin>& pins() const { return m_pins; }
    bool empty() const { return m_pins.empty(); }

    const std::vector<BreakdownBar>& bars();
    const std::vector<ContextSeries>& contextSeries(const std::vector<double>& samples);
    const std::vector<CapacityLine>& capacities(); // the pins' GPUs, one line per GPU, pin-coloured
    const std::vector<SpeedSeries>& speedSeries(const std::vector<std::int64_t>& batches);

    // The pin's primary GPU from the catalog (none when it names no GPU).
    std::optional<SelectedGpu> primaryGpu(const Pin& pin) const;
    // "Plan A (baseline)".
    static QString legendName(const Pin& pin);

private:
    const catalog::Catalog* m_catalog = nullptr;
    std::vector<Pin> m_pins;
    std::optional<std::vector<BreakdownBar>> m_bars;
    std::optional<std::vector<ContextSeries>> m_context;
    std::vector<double> m_contextSamples;
    std::optional<std::vector<CapacityLine>> m_capacities;
    std::optional<std::vector<SpeedSeries>> m_speed;
    std::vector<std::int64_t> m_speedBatches;
};

} // namespace fitscope::gui
