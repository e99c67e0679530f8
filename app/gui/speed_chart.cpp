#include "speed_chart.h"

#include "number_input.h"
#include "theme.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

QString rateText(double tokens_per_s) {
    if (tokens_per_s >= 100) {
        return QString::number(std::round(tokens_per_s), 'f', 0);
    }
    return QString::number(tokens_per_s, 'f', tokens_per_s >= 10 ? 1 : 2);
}

QString batchText(double batch) {
    return tokenCountText(batch);
}

QColor seriesColor(int index) {
    // The primary GPU in the ink colour (as the chosen format in the context chart), the others in
    // the precision-line colours.
    return index == 0 ? theme::kAccent : theme::precisionLineColor(index - 1);
}

} // namespace

SpeedChart::SpeedChart(QWidget* parent)
    : QCustomPlot(parent) {
    setObjectName(QStringLiteral("speedChart"));
    setAccessibleName(tr("Decode speed against batch"));
    setAccessibleDescription(tr("Tokens per second of all sequences together as the batch grows, one line per "
                                "selected GPU with its low–high range, the batch from which a decode step is "
                                "compute-bound marked, and the current batch."));
    setMinimumSize(220, 120);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    setMouseTracking(true);

    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
    }
    auto xTicker = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
    xTicker->setLogBase(2);
    xTicker->setSubTickCount(0);
    xAxis->setTicker(xTicker);
    xAxis->setNumberFormat(QStringLiteral("f"));
    xAxis->setNumberPrecision(0);
    xAxis->setLabel(tr("Batch (concurrent sequences, log scale)"));
    auto yTicker = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
    yTicker->setLogBase(10);
    yTicker->setSubTickCount(8);
    yAxis->setTicker(yTicker);
    yAxis->setNumberFormat(QStringLiteral("gb"));
    yAxis->setLabel(tr("Decode tokens/s, all sequences (log scale)"));

    m_boundMarkers = addGraph();
    m_boundMarkers->setName(tr("Compute-bound from here"));
    m_boundMarkers->setLineStyle(QCPGraph::lsNone);

    m_currentLine = new QCPItemStraightLine(this);
    m_currentLabel = new QCPItemText(this);
    m_currentLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_currentLabel->setPadding(QMargins(4, 1, 4, 1));
    m_currentLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_note = new QCPItemText(this);
    m_note->setPositionAlignment(Qt::AlignCenter);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.5);
    m_note->setVisible(false);

    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(18, 10);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    legend->setColumnSpacing(12);
    legend->setRowSpacing(2);
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legendRow);
    legendRow->addElement(0, 0, legend);
    // A layout column is no wider than the smallest maximum width of its elements, and an empty
    // legend's (nothing to draw: no GPU, fine-tuning) is its margins: the whole chart shrank to a
    // sliver. An empty spacer beside the legend has no maximum, so the row never limits the width;
    // it takes almost none of the width when the legend has entries.
    legendRow->addElement(0, 1, new QCPLayoutElement);
    legendRow->setColumnStretchFactor(1, 0.001);
    legendRow->setColumnSpacing(0);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(4, 4, 4, 0));
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    axisRect()->setMargins(QMargins(0, 8, 16, 0));
    restyle();
}

void SpeedChart::restyle() {
    const QColor background = palette().color(QPalette::Base);
    setBackground(background);
    const QFont small = theme::styleAxes(this);
    yAxis->setBasePen(Qt::NoPen);
    legend->setFont(small);
    legend->setTextColor(theme::kInk);
    m_boundMarkers->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(theme::kInk, 1.5), background, 10));
    m_currentLine->setPen(QPen(theme::kMutedInk, 1, Qt::DotLine));
    m_currentLabel->setColor(theme::kMutedInk);
    m_currentLabel->setFont(small);
    m_note->setColor(theme::kMutedInk);
}

void SpeedChart::setData(const SpeedChartData& data) {
    m_data = data;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);

    while (m_graphs.size() < data.series.size()) {
        Drawn d;
        d.low = addGraph();
        d.high = addGraph();
        d.fits = addGraph();
        d.beyond = addGraph();
        for (QCPGraph* g : {d.low, d.high, d.fits, d.beyond}) {
            g->setAdaptiveSampling(false);
        }
        m_graphs.push_back(d);
    }
    legend->clearItems();
    double yLo = 1e300;
    double yHi = 0;
    double xHi = 1;
    QVector<double> boundX, boundY;
    for (QCPItemText* label : m_boundLabels) {
        label->setVisible(false);
    }
    for (std::size_t i = 0; i < m_graphs.size(); ++i) {
        const Drawn& d = m_graphs[i];
        const bool used = i < data.series.size();
        for (QCPGraph* g : {d.low, d.high, d.fits, d.beyond}) {
            g->setVisible(used);
            if (!used) {
                g->data()->clear();
            }
        }
        if (!used) {
            continue;
        }
        const SpeedSeries& s = data.series[i];
        const QColor color = s.color.isValid() ? s.color : seriesColor(s.color_index);
        QVector<double> x, low, high, fits, beyond;
        QVector<double> fitX, beyondX;
        bool seenBeyond = false;
        for (const sizing::SpeedPoint& p : s.points) {
            if (p.tokens_per_s <= 0) {
                continue;
            }
            const double b = static_cast<double>(p.batch);
            x << b;
            low << p.low_tokens_per_s;
            high << p.high_tokens_per_s;
            yLo = std::min(yLo, p.low_tokens_per_s);
            yHi = std::max(yHi, p.high_tokens_per_s);
            xHi = std::max(xHi, b);
            // The dashed part starts at the last batch that fits, so the line stays joined.
            if (p.fits && !seenBeyond) {
                fitX << b;
                fits << p.tokens_per_s;
            } else {
                if (!seenBeyond && !fitX.isEmpty()) {
                    beyondX << fitX.back();
                    beyond << fits.back();
                }
                seenBeyond = true;
                beyondX << b;
                beyond << p.tokens_per_s;
            }
        }
        d.low->setData(x, low, true);
        d.high->setData(x, high, true);
        d.fits->setData(fitX, fits, true);
        d.beyond->setData(beyondX, beyond, true);
        QColor band = color;
        band.setAlpha(s.color.isValid() ? 0 : i == 0 ? 45 : 28);
        d.low->setPen(Qt::NoPen);
        d.high->setPen(Qt::NoPen);
        d.high->setBrush(band);
        d.high->setChannelFillGraph(d.low);
        d.fits->setPen(QPen(color, i == 0 ? 2.6 : 1.8));
        d.beyond->setPen(QPen(color, 1.4, Qt::DashLine));
        d.fits->setName(s.name);
        d.fits->addToLegend();
        if (i == 0 && !beyondX.isEmpty()) {
            d.beyond->setName(tr("does not fit in memory"));
            d.beyond->addToLegend();
        }
        if (i == 0) {
            d.high->setName(tr("low–high range"));
            d.high->addToLegend();
        }
        if (s.compute_bound_from_batch > 0) {
            for (const sizing::SpeedPoint& p : s.points) {
                if (p.batch == s.compute_bound_from_batch) {
                    boundX << static_cast<double>(p.batch);
                    boundY << p.tokens_per_s;
                }
            }
            // Between two sampled batches: interpolate on the log–log line for the marker.
            if (boundX.isEmpty() || boundX.back() != static_cast<double>(s.compute_bound_from_batch)) {
                const double b = static_cast<double>(s.compute_bound_from_batch);
                for (std::size_t k = 1; k < s.points.size(); ++k) {
                    const auto& a = s.points[k - 1];
                    const auto& c = s.points[k];
                    if (static_cast<double>(a.batch) < b && b < static_cast<double>(c.batch) && a.tokens_per_s > 0 &&
                        c.tokens_per_s > 0) {
                        const double t = std::log(b / static_cast<double>(a.batch)) /
                                         std::log(static_cast<double>(c.batch) / static_cast<double>(a.batch));
                        boundX << b;
                        boundY << std::exp(std::log(a.tokens_per_s) +
                                           t * (std::log(c.tokens_per_s) - std::log(a.tokens_per_s)));
                    }
                }
            }
            if (i == 0 && !boundX.isEmpty()) {
                if (m_boundLabels.empty()) {
                    auto* label = new QCPItemText(this);
                    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
                    label->setPadding(QMargins(4, 1, 4, 1));
                    m_boundLabels.push_back(label);
                }
                QCPItemText* label = m_boundLabels.front();
                label->position->setCoords(boundX.back(), boundY.back() * 1.12);
                label->setText(tr("compute-bound from batch %1").arg(batchText(boundX.back())));
                label->setFont(small);
                label->setColor(theme::kInk);
                label->setVisible(true);
            }
        }
    }
    m_boundMarkers->setData(boundX, boundY);
    m_boundMarkers->setVisible(!boundX.isEmpty());
    if (!boundX.isEmpty()) {
        m_boundMarkers->addToLegend();
    }

    const bool empty = yHi <= 0;
    m_note->setVisible(empty);
    m_note->setText(data.note.isEmpty() ? tr("No speed to show.") : data.note);
    m_note->setFont(font());
    if (empty) {
        xAxis->setRange(1, 1024);
        yAxis->setRange(1, 1000);
    } else {
        xAxis->setRange(1, xHi);
        yAxis->setRange(yLo / 1.6, yHi * 1.8);
    }
    const double current = static_cast<double>(std::max<std::int64_t>(1, data.current_batch));
    m_currentLine->setVisible(!empty);
    m_currentLine->point1->setCoords(current, 1);
    m_currentLine->point2->setCoords(current, 2);
    m_currentLabel->setVisible(!empty);
    m_currentLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_currentLabel->position->setCoords(current, 0.0);
    m_currentLabel->setText(tr("batch %1").arg(batchText(current)));
    replot(QCustomPlot::rpQueuedReplot);
}

int SpeedChart::drawnSeries() const {
    return static_cast<int>(std::min(m_graphs.size(), m_data.series.size()));
}

std::vector<double> SpeedChart::drawnTokensPerSecond(int series) const {
    std::vector<double> out;
    if (series < 0 || series >= drawnSeries()) {
        return out;
    }
    const Drawn& d = m_graphs[static_cast<std::size_t>(series)];
    for (auto it = d.fits->data()->constBegin(); it != d.fits->data()->constEnd(); ++it) {
        out.push_back(it->value);
    }
    bool first = true;
    for (auto it = d.beyond->data()->constBegin(); it != d.beyond->data()->constEnd(); ++it) {
        // The dashed part repeats the last point that fits, to stay joined.
        if (first && !d.fits->data()->isEmpty()) {
            first = false;
            continue;
        }
        first = false;
        out.push_back(it->value);
    }
    return out;
}

std::vector<double> SpeedChart::drawnBatches(int series) const {
    std::vector<double> out;
    if (series < 0 || series >= drawnSeries()) {
        return out;
    }
    const Drawn& d = m_graphs[static_cast<std::size_t>(series)];
    for (auto it = d.low->data()->constBegin(); it != d.low->data()->constEnd(); ++it) {
        out.push_back(it->key);
    }
    return out;
}

int SpeedChart::drawnComputeBoundMarkers() const {
    return m_boundMarkers->visible() ? m_boundMarkers->data()->size() : 0;
}

QString SpeedChart::tooltipAt(const QPointF& pos) const {
    if (!axisRect()->rect().contains(pos.toPoint()) || m_data.series.empty()) {
        return {};
    }
    const double key = xAxis->pixelToCoord(pos.x());
    // The sampled batch nearest the pointer (log distance).
    const SpeedSeries& primary = m_data.series.front();
    const sizing::SpeedPoint* best = nullptr;
    double bestDistance = 1e300;
    std::size_t bestIndex = 0;
    for (std::size_t k = 0; k < primary.points.size(); ++k) {
        const double distance = std::abs(std::log(static_cast<double>(primary.points[k].batch) / key));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &primary.points[k];
            bestIndex = k;
        }
    }
    if (best == nullptr) {
        return {};
    }
    QString tip = tr("<b>Batch %1</b>").arg(batchText(static_cast<double>(best->batch)));
    for (const SpeedSeries& s : m_data.series) {
        if (bestIndex >= s.points.size()) {
            continue;
        }
        const sizing::SpeedPoint& p = s.points[bestIndex];
        tip += tr("<br><span style='color:%1'>■</span> %2: <b>%3</b> tokens/s (%4–%5), %6 per sequence%7%8")
                   .arg((s.color.isValid() ? s.color : seriesColor(s.color_index)).name(), s.name.toHtmlEscaped(),
                        rateText(p.tokens_per_s), rateText(p.low_tokens_per_s), rateText(p.high_tokens_per_s),
                        rateText(p.tokens_per_s / static_cast<double>(std::max<std::int64_t>(1, p.batch))),
                        p.compute_bound ? tr(", compute-bound") : tr(", memory-bound"),
                        p.fits ? QString() : tr(", <i>does not fit</i>"));
    }
    return tip;
}

void SpeedChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const QString tip = tooltipAt(event->position());
    if (tip.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    }
}

void SpeedChart::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}

void SpeedChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        restyle();
        if (!m_data.series.empty() || !m_data.note.isEmpty()) {
            const SpeedChartData data = m_data;
            setData(data);
        }
    }
}

} // namespace fitscope::gui
