#include "context_chart.h"

#include "layer_replot.h"
#include "number_input.h"
#include "theme.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

QString tokensShort(double tokens) {
    // Powers of two read as model cards write them: 4k, 128k, 1M.
    if (tokens >= 1048576 && std::fmod(tokens, 1048576) == 0) {
        return QStringLiteral("%1M").arg(tokens / 1048576);
    }
    if (tokens >= 1024 && std::fmod(tokens, 1024) == 0) {
        return QStringLiteral("%1k").arg(tokens / 1024);
    }
    return QString::number(tokens, 'f', 0);
}

QString amount(std::int64_t bytes, sizing::MemoryUnit unit, int decimals = 1) {
    return QString::fromStdString(sizing::formatBytes(bytes, unit, decimals));
}

} // namespace

ContextChart::ContextChart(QWidget* parent)
    : QCustomPlot(parent)
    , m_ticker(new QCPAxisTickerText) {
    setObjectName(QStringLiteral("contextChart"));
    setAccessibleName(tr("Memory against context length"));
    setAccessibleDescription(tr("Total memory per GPU as the context grows, one line per weight format, with the "
                                "capacity of each selected GPU and the longest context that fits marked."));
    setBackground(theme::colors().chart_background);
    setMinimumSize(220, 160);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    setMouseTracking(true);

    const QFont small = theme::styleAxes(this);
    yAxis->setBasePen(Qt::NoPen);
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(m_ticker);
    xAxis->setLabel(tr("Context length (tokens per sequence, log scale)"));
    yAxis->ticker()->setTickCount(6);

    m_crossings = addGraph();
    m_crossings->setName(tr("Longest context that fits"));
    m_crossings->setLineStyle(QCPGraph::lsNone);
    m_crossings->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme::kInk, 1.5), theme::colors().chart_background, 8));

    m_currentLine = new QCPItemStraightLine(this);
    m_currentLine->setPen(QPen(theme::kMutedInk, 1, Qt::DotLine));
    m_currentDot = new QCPItemTracer(this);
    m_currentDot->setStyle(QCPItemTracer::tsCircle);
    m_currentDot->setSize(9);
    m_currentDot->setPen(QPen(theme::colors().chart_background, 2));
    m_currentDot->setBrush(theme::kInk);
    m_currentDot->position->setType(QCPItemPosition::ptPlotCoords);
    m_currentLabel = new QCPItemText(this);
    m_currentLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_currentLabel->setPadding(QMargins(6, 2, 6, 2));
    m_currentLabel->setBrush(theme::colors().label_background);
    m_currentLabel->setColor(theme::kInk);
    QFont bold = font();
    bold.setBold(true);
    m_currentLabel->setFont(bold);
    // The scenario's own point moves on every context step while the lines stay where they are: it
    // lives on a buffered layer of its own, so a step redraws that layer alone (QCPLayer::replot)
    // instead of every line, label and the legend.
    addLayer(QStringLiteral("marker"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_replot = new LayerReplot(this, layer(QStringLiteral("marker")));
    m_currentLine->setLayer(m_replot->layer());
    m_currentDot->setLayer(m_replot->layer());
    m_currentLabel->setLayer(m_replot->layer());

    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFont(small);
    legend->setTextColor(theme::kInk);
    legend->setIconSize(18, 10);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    legend->setColumnSpacing(12);
    legend->setRowSpacing(2);
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legendRow);
    legendRow->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(4, 4, 4, 0));
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    axisRect()->setMargins(QMargins(0, 8, 16, 0));
}

void ContextChart::setData(const ContextChartData& data, sizing::MemoryUnit unit) {
    m_data = data;
    m_unit = unit;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);

    // x axis: powers of two from min to max, every second one when the range is wide.
    const double lo = static_cast<double>(std::max<std::int64_t>(1, data.min_tokens));
    const double hi = static_cast<double>(std::max<std::int64_t>(data.max_tokens, data.min_tokens + 1));
    xAxis->setRange(lo, hi);
    m_ticker->clear();
    const double span = std::log2(hi / lo);
    const int step = span > 14 ? 3 : span > 7 ? 2 : 1;
    for (int e = static_cast<int>(std::ceil(std::log2(lo))); e <= static_cast<int>(std::floor(std::log2(hi))); ++e) {
        if ((e - static_cast<int>(std::ceil(std::log2(lo)))) % step == 0) {
            m_ticker->addTick(std::ldexp(1.0, e), tokensShort(std::ldexp(1.0, e)));
        }
    }

    // Graphs: one per series, reused.
    while (m_graphs.size() < data.series.size()) {
        m_graphs.push_back(addGraph());
        m_graphs.back()->setAdaptiveSampling(false);
    }
    double seriesMax = 0;
    double chosenMin = 0;
    int colour = 0;
    for (std::size_t i = 0; i < m_graphs.size(); ++i) {
        QCPGraph* graph = m_graphs[i];
        if (i >= data.series.size()) {
            graph->data()->clear();
            graph->setVisible(false);
            graph->removeFromLegend();
            continue;
        }
        const ContextSeries& s = data.series[i];
        QVector<double> x(static_cast<qsizetype>(s.tokens.size()));
        QVector<double> y(static_cast<qsizetype>(s.bytes.size()));
        for (std::size_t k = 0; k < s.tokens.size(); ++k) {
            x[static_cast<qsizetype>(k)] = s.tokens[k];
            y[static_cast<qsizetype>(k)] = sizing::bytesIn(s.bytes[k], unit);
            seriesMax = std::max(seriesMax, y[static_cast<qsizetype>(k)]);
        }
        if (s.chosen && !y.isEmpty()) {
            chosenMin = y.front();
        }
        graph->setData(x, y, true);
        graph->setVisible(true);
        graph->setName(s.chosen ? tr("%1 (chosen)").arg(s.name) : s.name);
        // Dashes as well as colours: the lines stay apart in greyscale and for colour-blind readers.
        if (s.color.isValid()) {
            graph->setPen(QPen(s.color, s.baseline ? 2.6 : 1.8));
        } else if (s.chosen) {
            graph->setPen(QPen(theme::kInk, 2.6));
        } else {
            graph->setPen(QPen(theme::precisionLineColor(colour), 1.8, theme::precisionLineStyle(colour)));
            ++colour;
        }
        graph->addToLegend();
    }
    // Crossing markers above the lines, and listed last in the legend.
    m_crossings->removeFromLegend();
    if (!data.crossings.empty()) {
        m_crossings->addToLegend();
    }

    double capMax = 0;
    while (m_capacityLines.size() < data.capacities.size()) {
        auto* line = new QCPItemLine(this);
        auto* label = new QCPItemText(this);
        label->setPadding(QMargins(4, 0, 4, 1));
        m_capacityLines.push_back(line);
        m_capacityLabels.push_back(label);
    }
    for (const CapacityLine& c : data.capacities) {
        capMax = std::max(capMax, sizing::bytesIn(c.capacity_bytes, unit));
    }
    // GPUs with almost the same capacity share one label, so labels never print over each other.
    const double mergeDistance = std::max(capMax, 1.0) * 0.05;
    std::vector<QString> labels(data.capacities.size());
    for (std::size_t i = 0; i < data.capacities.size(); ++i) {
        const double cap = sizing::bytesIn(data.capacities[i].capacity_bytes, unit);
        std::size_t owner = i;
        for (std::size_t j = 0; j < i; ++j) {
            if (!labels[j].isEmpty() &&
                std::abs(sizing::bytesIn(data.capacities[j].capacity_bytes, unit) - cap) < mergeDistance) {
                owner = j;
                break;
            }
        }
        const QString text =
            tr("%1 · %2").arg(data.capacities[i].name, amount(data.capacities[i].capacity_bytes, unit));
        labels[owner] = labels[owner].isEmpty() ? text : labels[owner] + QStringLiteral("\n") + text;
    }
    for (std::size_t i = 0; i < m_capacityLines.size(); ++i) {
        const bool used = i < data.capacities.size();
        m_capacityLines[i]->setVisible(used);
        m_capacityLabels[i]->setVisible(used && !labels[i].isEmpty());
        if (!used) {
            continue;
        }
        const CapacityLine& c = data.capacities[i];
        const double cap = sizing::bytesIn(c.capacity_bytes, unit);
        const QColor color = theme::capacityLineColor(c.color_index);
        m_capacityLines[i]->start->setCoords(lo, cap);
        m_capacityLines[i]->end->setCoords(hi, cap);
        m_capacityLines[i]->setPen(QPen(color, 1.4, Qt::DashLine));
        m_capacityLabels[i]->position->setCoords(lo, cap);
        m_capacityLabels[i]->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m_capacityLabels[i]->setTextAlignment(Qt::AlignLeft);
        m_capacityLabels[i]->setText(labels[i] + tr(" usable"));
        m_capacityLabels[i]->setColor(color);
        m_capacityLabels[i]->setFont(small);
        m_capacityLabels[i]->setBrush(theme::colors().label_background);
    }

    QVector<double> cx, cy;
    std::size_t labelIndex = 0;
    for (const Crossing& crossing : data.crossings) {
        if (crossing.capacity < 0 || crossing.capacity >= static_cast<int>(data.capacities.size())) {
            continue;
        }
        const double cap =
            sizing::bytesIn(data.capacities[static_cast<std::size_t>(crossing.capacity)].capacity_bytes, unit);
        cx << static_cast<double>(crossing.tokens);
        cy << cap;
        const bool chosen = crossing.series >= 0 && crossing.series < static_cast<int>(data.series.size()) &&
                            data.series[static_cast<std::size_t>(crossing.series)].chosen;
        if (chosen) {
            if (labelIndex >= m_crossingLabels.size()) {
                auto* label = new QCPItemText(this);
                label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
                label->setPadding(QMargins(3, 4, 3, 0));
                m_crossingLabels.push_back(label);
            }
            QCPItemText* label = m_crossingLabels[labelIndex++];
            label->setVisible(true);
            label->position->setCoords(static_cast<double>(crossing.tokens), cap);
            // Near the right edge the label hangs to the left of its point, so it is not clipped.
            const bool nearRight = std::log(static_cast<double>(crossing.tokens) / lo) > 0.85 * std::log(hi / lo);
            label->setPositionAlignment((nearRight ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignTop);
            label->setText(tokenCountText(static_cast<double>(crossing.tokens)));
            label->setColor(theme::kInk);
            label->setFont(small);
        }
    }
    for (std::size_t i = labelIndex; i < m_crossingLabels.size(); ++i) {
        m_crossingLabels[i]->setVisible(false);
    }
    m_crossings->setData(cx, cy);

    // The y range keeps the capacities readable even when an FP32 line at 1 M tokens goes far above.
    double yMax = std::max({capMax * 1.9, chosenMin * 1.5, 1.0});
    yMax = std::min(yMax, std::max(seriesMax, capMax) * 1.12);
    yMax = std::max(yMax, capMax * 1.15);
    yAxis->setRange(0, yMax);
    yAxis->setLabel(tr("Memory per GPU (%1)").arg(QString::fromLatin1(sizing::unitName(unit).data())));
    m_replot->requestFull();
}

void ContextChart::setCurrent(std::int64_t tokens, std::int64_t bytes, sizing::MemoryUnit unit) {
    m_currentTokens = static_cast<double>(tokens);
    const double y = sizing::bytesIn(bytes, unit);
    m_currentLine->point1->setCoords(m_currentTokens, 0);
    m_currentLine->point2->setCoords(m_currentTokens, 1);
    m_currentDot->position->setCoords(m_currentTokens, y);
    m_currentLabel->position->setCoords(m_currentTokens, y);
    // Near the right edge the label goes to the left of the point.
    const bool right =
        std::log(m_currentTokens / xAxis->range().lower) < 0.6 * std::log(xAxis->range().upper / xAxis->range().lower);
    m_currentLabel->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
    m_currentLabel->setText(tr("%1 tokens: %2").arg(tokenCountText(m_currentTokens), amount(bytes, unit)));
    redrawMarkers();
}

QCPLayer* ContextChart::markerLayer() const {
    return m_replot->layer();
}

void ContextChart::redrawMarkers() {
    m_replot->requestLayer();
}

int ContextChart::markerRedraws() const {
    return m_replot->layerRedraws();
}

int ContextChart::drawnSeries() const {
    return static_cast<int>(std::count_if(m_graphs.begin(), m_graphs.end(), [](QCPGraph* g) { return g->visible(); }));
}

int ContextChart::drawnCrossings() const {
    return m_crossings->data()->size();
}

double ContextChart::drawnValue(int series, int point) const {
    if (series < 0 || series >= static_cast<int>(m_graphs.size())) {
        return 0;
    }
    const auto data = m_graphs[static_cast<std::size_t>(series)]->data();
    return point < data->size() ? (data->constBegin() + point)->value : 0.0;
}

QPen ContextChart::drawnPen(int series) const {
    return series >= 0 && series < static_cast<int>(m_graphs.size()) ? m_graphs[static_cast<std::size_t>(series)]->pen()
                                                                     : QPen();
}

QString ContextChart::tooltipAt(const QPointF& pos) const {
    if (!axisRect()->rect().contains(pos.toPoint()) || m_data.series.empty()) {
        return {};
    }
    const double tokens = xAxis->pixelToCoord(pos.x());
    // The series whose nearest sample is closest to the cursor, in pixels.
    double best = 1e9;
    QString tip;
    for (const ContextSeries& s : m_data.series) {
        if (s.tokens.empty()) {
            continue;
        }
        const auto it = std::lower_bound(s.tokens.begin(), s.tokens.end(), tokens);
        std::size_t k = static_cast<std::size_t>(std::distance(s.tokens.begin(), it));
        if (k > 0 && (k == s.tokens.size() ||
                      std::abs(std::log(s.tokens[k - 1] / tokens)) < std::abs(std::log(s.tokens[k] / tokens)))) {
            --k;
        }
        const double px = xAxis->coordToPixel(s.tokens[k]);
        const double py = yAxis->coordToPixel(sizing::bytesIn(s.bytes[k], m_unit));
        const double d = std::hypot(px - pos.x(), py - pos.y());
        if (d < best) {
            best = d;
            tip = tr("<b>%1</b><br>%2 tokens: %3<br>(%4 bytes)")
                      .arg(s.name, tokenCountText(s.tokens[k]), amount(s.bytes[k], m_unit, 2),
                           QString::fromStdString(sizing::formatCount(static_cast<double>(s.bytes[k]))));
        }
    }
    for (const Crossing& c : m_data.crossings) {
        if (c.capacity >= static_cast<int>(m_data.capacities.size()) ||
            c.series >= static_cast<int>(m_data.series.size())) {
            continue;
        }
        const CapacityLine& cap = m_data.capacities[static_cast<std::size_t>(c.capacity)];
        const double px = xAxis->coordToPixel(static_cast<double>(c.tokens));
        const double py = yAxis->coordToPixel(sizing::bytesIn(cap.capacity_bytes, m_unit));
        const double d = std::hypot(px - pos.x(), py - pos.y());
        if (d < 12 && d < best + 6) {
            best = d;
            tip = tr("<b>%1 on %2</b><br>Longest context that fits: %3 tokens")
                      .arg(m_data.series[static_cast<std::size_t>(c.series)].name, cap.name,
                           tokenCountText(static_cast<double>(c.tokens)));
        }
    }
    return best < 40 ? tip : QString();
}

void ContextChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const QString tip = tooltipAt(event->position());
    if (tip.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    }
}

void ContextChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // The theme changed: the frame now, the lines and labels by drawing the data again.
        theme::stylePlotFrame(this);
        m_crossings->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme::kInk, 1.5), theme::colors().chart_background, 8));
        m_currentLine->setPen(QPen(theme::kMutedInk, 1, Qt::DotLine));
        m_currentDot->setPen(QPen(theme::colors().chart_background, 2));
        m_currentDot->setBrush(theme::kInk);
        m_currentLabel->setBrush(theme::colors().label_background);
        m_currentLabel->setColor(theme::kInk);
        if (!m_data.series.empty()) {
            const ContextChartData data = m_data;
            setData(data, m_unit);
        }
        m_replot->requestFull();
    }
}

void ContextChart::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}

} // namespace fitscope::gui
