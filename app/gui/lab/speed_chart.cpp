#include "speed_chart.h"

#include "chart_style.h"
#include "theme.h"

#include <algorithm>

namespace fitscope::gui::lab {

SpeedChart::SpeedChart(QWidget* parent)
    : QCustomPlot(parent)
    , m_ticker(new QCPAxisTickerText) {
    setObjectName(QStringLiteral("labSpeedChart"));
    setAccessibleName(tr("GEMV speed per format"));
    setAccessibleDescription(tr("Matrix-vector throughput per weight format, in GB/s of weight bytes read, against "
                                "the best memory read bandwidth of the run (the dashed line). Each bar's percentage "
                                "is its share of the read bandwidth measured alongside that kernel."));
    setToolTip(accessibleDescription());
    setMinimumSize(300, 220);
    styleChart(this);
    xAxis->setTicker(m_ticker);
    yAxis->setLabel(tr("Weight bytes read per second (GB/s)"));
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setName(tr("GEMV throughput"));
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x00, 0x72, 0xb2, 200));
    m_bars->setWidth(0.6);
    m_bandwidth = new QCPItemStraightLine(this);
    m_bandwidth->setPen(QPen(kOutlierColor, 2, Qt::DashLine));
    m_bandwidthLabel = new QCPItemText(this);
    m_bandwidthLabel->setColor(kOutlierColor);
    m_bandwidthLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_note = new QCPItemText(this);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.01, 0.02);
    m_note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->setTextAlignment(Qt::AlignLeft);
    m_note->setColor(theme::kMutedInk);
    setReport(nullptr);
}

void SpeedChart::setReport(std::shared_ptr<const BenchOutcome> outcome) {
    m_outcome = std::move(outcome);
    for (QCPItemText* label : m_labels) {
        removeItem(label);
    }
    m_labels.clear();
    m_ticker->clear();
    m_bars->data()->clear();
    if (!m_outcome) {
        m_bandwidth->setVisible(false);
        m_bandwidthLabel->setVisible(false);
        m_note->setText(tr("Press Run benchmark to measure this machine: memory bandwidth, then a matrix-vector "
                           "product in each format."));
        xAxis->setRange(0, 8);
        yAxis->setRange(0, 10);
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const quant::BenchReport& r = m_outcome->report;
    QVector<double> k;
    QVector<double> v;
    double top = r.stream.read_gbps;
    for (std::size_t i = 0; i < r.gemv.size(); ++i) {
        const auto& g = r.gemv[i];
        k << static_cast<double>(i + 1);
        v << g.gbps;
        m_ticker->addTick(static_cast<double>(i + 1), QString::fromStdString(g.format));
        top = std::max(top, g.gbps);
        auto* label = new QCPItemText(this);
        label->position->setCoords(static_cast<double>(i + 1), g.gbps);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setColor(theme::kInk);
        // The percentage is against the read passes interleaved with this kernel's own (bandwidth
        // on a shared machine drifts), not against the dashed line: a bar can sit below the line
        // and still read 100 %. Without such passes there is no share to show.
        label->setText(g.stream_read_gbps > 0.0
                           ? tr("%1 GB/s\n%2 %").arg(g.gbps, 0, 'f', 1).arg(100.0 * g.fraction_of_stream, 0, 'f', 0)
                           : tr("%1 GB/s").arg(g.gbps, 0, 'f', 1));
        m_labels.push_back(label);
    }
    m_bars->setData(k, v, true);
    m_bandwidth->setVisible(true);
    m_bandwidth->point1->setCoords(0, r.stream.read_gbps);
    m_bandwidth->point2->setCoords(1, r.stream.read_gbps);
    // The line's label sits in the note, where no bar label can cover it.
    m_bandwidthLabel->setVisible(false);
    m_note->setText(tr("Dashed line: best read bandwidth of the run, %1 GB/s (STREAM triad %2 GB/s)\n"
                       "Bars: weight bytes read per second; the percentage is each kernel's share\n"
                       "of the read bandwidth measured alongside it (%3 kernels, %4 threads)")
                        .arg(r.stream.read_gbps, 0, 'f', 1)
                        .arg(r.stream.triad_gbps, 0, 'f', 1)
                        .arg(QString::fromStdString(r.isa))
                        .arg(r.threads));
    xAxis->setRange(0.3, static_cast<double>(r.gemv.size()) + 0.7);
    yAxis->setRange(0, top * 1.4);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace fitscope::gui::lab
