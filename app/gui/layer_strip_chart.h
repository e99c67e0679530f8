#pragma once

#include "core/sizing/layers.h"
#include "core/sizing/units.h"

#include <qcustomplot.h>

#include <array>
#include <cstdint>
#include <vector>

namespace fitscope::gui {

// What the per-layer strip draws: each decoder layer's cache at the scenario's context, under its
// runtime's rules (the engine's layerKvBytes), so a person sees why a sliding-window or hybrid
// model is cheap at long context: the windowed cells stop growing, the recurrent ones never grow.
struct LayerStripData {
    std::vector<sizing::LayerKvBytes> cells;
    std::int64_t context_tokens = 0;
    std::int64_t batch = 1;
    QString runtime_name; // "vLLM", for the tooltip and the caption
    bool operator==(const LayerStripData& o) const;
};

// A compact bar strip: one bar per layer, coloured (and patterned) by mixer kind, its height the
// cache bytes of that layer. Updating with the same data does not replot.
class LayerStripChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit LayerStripChart(QWidget* parent = nullptr);

    void setData(const LayerStripData& data, sizing::MemoryUnit unit);
    const LayerStripData& data() const { return m_data; }
    // The title inside the strip (on screen); an export draws its own above the chart instead.
    void setTitleVisible(bool visible);
    sizing::MemoryUnit unit() const { return m_unit; }

    // For tests: the drawn height of layer (in the display unit), its bar's mixer kind, and how many
    // times the strip has re-plotted since it was created (a slider step re-plots it at most once).
    double drawnValue(int layer) const;
    int drawnKinds() const; // mixer kinds with at least one bar (= legend entries)
    int replotCount() const { return m_replots; }

    // Low by design: a band under the charts, tall enough for the legend, an axis and readable bars.
    QSize sizeHint() const override { return {600, 128}; }

    static QColor mixerColor(sizing::MixerKind kind);
    static QString mixerName(sizing::MixerKind kind); // translated: "full attention", ...

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restyle();
    void redraw();
    QString tooltipAt(const QPointF& pos) const;

    static constexpr std::size_t kKinds = 8;
    LayerStripData m_data;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
    std::array<QCPBars*, kKinds> m_bars{};
    QCPItemText* m_note = nullptr;
    QCPTextElement* m_title = nullptr;
    int m_replots = 0;
};

} // namespace fitscope::gui
