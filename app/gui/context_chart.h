#pragma once

#include "core/sizing/units.h"

#include <qcustomplot.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fitscope::gui {

class LayerReplot;

// One line of the chart: total memory per GPU at sampled context lengths, for one weight format.
struct ContextSeries {
    QString name;        // "INT8 (per channel)"
    bool chosen = false; // the format of the scenario: drawn bold
    // Valid: a pinned scenario's line, solid in its own colour (bold for the baseline).
    QColor color;
    bool baseline = false;
    std::vector<double> tokens;
    std::vector<std::int64_t> bytes;
};

struct CapacityLine {
    QString name; // "NVIDIA A10G"
    std::int64_t capacity_bytes = 0;
    int color_index = 0;
};

// Where a series stops fitting a GPU: sizing::longestContextThatFits.
struct Crossing {
    int series = 0;
    int capacity = 0;
    std::int64_t tokens = 0;
};

struct ContextChartData {
    std::vector<ContextSeries> series;
    std::vector<CapacityLine> capacities;
    std::vector<Crossing> crossings;
    std::int64_t min_tokens = 256;
    std::int64_t max_tokens = 4096;
};

// Memory against context length: one line per precision (log x axis), horizontal capacity lines
// for the selected GPUs and the points where each line crosses them. Draws what it is given.
class ContextChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit ContextChart(QWidget* parent = nullptr);

    void setData(const ContextChartData& data, sizing::MemoryUnit unit);
    // The scenario's own point (cheap: a slider step along the context axis only moves this).
    void setCurrent(std::int64_t tokens, std::int64_t bytes, sizing::MemoryUnit unit);
    // The layer of the items that move without the lines (the current point, the hover guide):
    // change them, then call redrawMarkers() rather than replot().
    QCPLayer* markerLayer() const;
    void redrawMarkers();
    // For tests: how many times the marker layer alone was redrawn.
    int markerRedraws() const;

    const ContextChartData& data() const { return m_data; }
    int drawnSeries() const;
    int drawnCrossings() const;
    double drawnValue(int series, int point) const; // in the display unit
    double currentTokens() const { return m_currentTokens; }
    QPen drawnPen(int series) const; // for tests: how series is drawn

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString tooltipAt(const QPointF& pos) const;

    ContextChartData m_data;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
    std::vector<QCPGraph*> m_graphs;
    std::vector<QCPItemLine*> m_capacityLines;
    std::vector<QCPItemText*> m_capacityLabels;
    std::vector<QCPItemText*> m_crossingLabels;
    QCPGraph* m_crossings = nullptr;
    QCPItemStraightLine* m_currentLine = nullptr;
    QCPItemTracer* m_currentDot = nullptr;
    QCPItemText* m_currentLabel = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    double m_currentTokens = 0;
    LayerReplot* m_replot = nullptr;
};

} // namespace fitscope::gui
