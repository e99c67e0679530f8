#pragma once

#include "core/sizing/speed.h"

#include <qcustomplot.h>

#include <cstdint>
#include <vector>

namespace fitscope::gui {

// One GPU configuration's decode speed against batch: sizing::decodeSpeedByBatch()'s points.
struct SpeedSeries {
    QString name; // "2 × A100 80GB"
    int color_index = 0;
    std::vector<sizing::SpeedPoint> points;
    std::int64_t compute_bound_from_batch = 0; // 0 = memory-bound over the whole range
    QColor color;                              // valid: a pinned scenario's line, in its own colour and without a band
};

struct SpeedChartData {
    std::vector<SpeedSeries> series; // the primary GPU first
    std::int64_t current_batch = 1;
    QString note; // shown when there is nothing to draw (no GPU, fine-tuning)
};

// Decode tokens per second (all sequences together) against batch, log–log: for each GPU a line
// with its low–high band, dashed where the batch no longer fits in memory, a marker where a decode
// step turns compute-bound, and the scenario's batch marked. Draws what it is given.
class SpeedChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit SpeedChart(QWidget* parent = nullptr);

    void setData(const SpeedChartData& data);
    const SpeedChartData& data() const { return m_data; }

    // What is drawn, for tests: series s's central values (tokens/s) in batch order.
    int drawnSeries() const;
    std::vector<double> drawnTokensPerSecond(int series) const;
    std::vector<double> drawnBatches(int series) const;
    int drawnComputeBoundMarkers() const;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restyle();
    QString tooltipAt(const QPointF& pos) const;

    SpeedChartData m_data;
    struct Drawn {
        QCPGraph* fits = nullptr;   // the central line where the batch fits
        QCPGraph* beyond = nullptr; // dashed where it does not
        QCPGraph* low = nullptr;    // band: low edge (filled up to high)
        QCPGraph* high = nullptr;
    };
    std::vector<Drawn> m_graphs;
    QCPGraph* m_boundMarkers = nullptr;
    std::vector<QCPItemText*> m_boundLabels;
    QCPItemStraightLine* m_currentLine = nullptr;
    QCPItemText* m_currentLabel = nullptr;
    QCPItemText* m_note = nullptr;
};

} // namespace fitscope::gui
