#pragma once

#include "lab_data.h"

#include <qcustomplot.h>

#include <memory>

namespace fitscope::gui::lab {

// GEMV throughput per format (GB/s of weight bytes read) as bars against the measured memory read
// bandwidth, from core/quant's benchmark: the closer a bar gets to the line, the more the kernel is
// limited by memory rather than arithmetic, and the more a smaller format speeds up token generation.
// The dashed line is the best read pass of the whole run; each bar's percentage is taken against
// the read passes interleaved with that kernel's own (GemvBenchResult::stream_read_gbps), so it
// stays true when the machine's bandwidth drifts during the run.
class SpeedChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit SpeedChart(QWidget* parent = nullptr);

    void setReport(std::shared_ptr<const BenchOutcome> outcome);
    std::shared_ptr<const BenchOutcome> report() const { return m_outcome; }
    QCPBars* bars() const { return m_bars; }
    QCPItemStraightLine* bandwidthLine() const { return m_bandwidth; }
    QCPItemText* note() const { return m_note; }
    // Each bar's label (GB/s and share), in bar order.
    const std::vector<QCPItemText*>& barLabels() const { return m_labels; }

private:
    std::shared_ptr<const BenchOutcome> m_outcome;
    QCPBars* m_bars = nullptr;
    QCPItemStraightLine* m_bandwidth = nullptr;
    QCPItemText* m_bandwidthLabel = nullptr;
    QCPItemText* m_note = nullptr;
    std::vector<QCPItemText*> m_labels;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};

} // namespace fitscope::gui::lab
