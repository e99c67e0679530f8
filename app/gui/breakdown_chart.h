#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/units.h"
#include "theme.h"

#include <qcustomplot.h>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace fitscope::gui {

class LayerReplot;

// One GPU's column of the breakdown chart: what the engine computed, per GPU.
struct BreakdownBar {
    QString gpu_name; // "NVIDIA A10G"; empty = no GPU
    std::int64_t gpu_count = 1;
    std::array<std::int64_t, static_cast<std::size_t>(Component::Count_)> components{}; // per GPU
    std::int64_t load_bytes = 0;     // per GPU (Estimate::per_gpu_bytes)
    std::int64_t capacity_bytes = 0; // usable, per GPU
    std::int64_t nominal_bytes = 0;  // datasheet, per GPU
    // Held by other processes, per GPU (GpuFit::in_use_bytes): a segment of its own under the load, so
    // the stack's top is what the capacity must hold.
    std::int64_t in_use_bytes = 0;
    std::int64_t headroom_bytes = 0;
    sizing::Verdict verdict = sizing::Verdict::DoesNotFit;
    // A pinned scenario's bar: it does not change with the live controls, so it is drawn on a layer
    // that a slider step does not redraw.
    bool pinned = false;

    bool hasGpu() const { return !gpu_name.isEmpty(); }
    bool operator==(const BreakdownBar&) const = default;
};

// Memory breakdown against capacity: for each GPU a stacked bar (weights, KV cache, activations,
// overhead) beside that GPU's capacity bar (usable solid, nominal outlined), the values labelled
// and a verdict badge on top. Draws what it is given; computes nothing.
class BreakdownChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit BreakdownChart(QWidget* parent = nullptr);

    void setBars(const std::vector<BreakdownBar>& bars, sizing::MemoryUnit unit);
    const std::vector<BreakdownBar>& bars() const { return m_bars; }

    // What is drawn, for tests: the bar data in the display unit.
    int drawnLoadBars() const;
    int drawnCapacityBars() const;
    double drawnComponent(int bar, Component component) const;
    double drawnCapacity(int bar) const;
    double drawnInUse(int bar) const;
    bool inUseInLegend() const;
    QString badgeText(int bar) const;
    // For tests: how many times the live bars' layer alone was redrawn.
    int layerRedraws() const;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restyle();
    QCPItemText* text(int index);
    QCPItemLine* line(int index);
    QString tooltipAt(const QPointF& pos) const;
    void placeLabels();

    // What a replot of the live layer alone leaves as it was: when it is unchanged, a step redraws
    // the live bars and their labels only.
    struct Backdrop {
        std::vector<BreakdownBar> pinned_bars;
        int bars = 0;
        double y_max = 0;
        QStringList tick_labels;
        bool training = false;
        bool in_use = false;
        sizing::MemoryUnit unit = sizing::MemoryUnit::GB;
        bool operator==(const Backdrop&) const = default;
    };
    // One set of plottables for the live bars (layer "main", buffered) and one for the pinned
    // scenarios' bars (layer "pinned", under it, in the background's buffer).
    struct BarSet {
        std::array<QCPBars*, static_cast<std::size_t>(Component::Count_)> components{};
        QCPBars* in_use = nullptr; // other processes' memory, at the bottom of the stack
        QCPBars* nominal = nullptr;
        QCPBars* usable = nullptr;
    };
    BarSet makeBarSet(QCPLayer* layer);
    const BarSet& setOf(int bar) const;
    int indexInSet(int bar) const;

    BarSet m_live;
    BarSet m_pinned;
    LayerReplot* m_replot = nullptr;
    QCPLayer* m_pinnedLayer = nullptr;
    std::optional<Backdrop> m_backdrop;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    std::vector<QCPItemText*> m_texts;
    std::vector<QCPItemLine*> m_lines;
    QStringList m_badgeTexts;
    std::vector<BreakdownBar> m_bars;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
    int m_labelHeight = 0;
};

} // namespace fitscope::gui
