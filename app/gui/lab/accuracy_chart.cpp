#include "accuracy_chart.h"

#include "chart_style.h"
#include "lab_results_hub.h"
#include "scheme_catalog.h"
#include "theme.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fitscope::gui::lab {

namespace {
// Exact schemes (error 0) still get a point, at the bottom of the log axis.
constexpr double kFloorPercent = 1e-5;
} // namespace

AccuracyChart::AccuracyChart(QWidget* parent)
    : QCustomPlot(parent) {
    setObjectName(QStringLiteral("labAccuracyChart"));
    setAccessibleName(tr("Accuracy per bit"));
    setAccessibleDescription(tr("Bits per weight against the output error (log scale), one point per scheme, with "
                                "the Pareto frontier: the schemes no other beats on both size and error."));
    setMinimumSize(300, 220);
    setMouseTracking(true);
    styleChart(this);
    xAxis->setLabel(tr("Stored bits per weight (scales included)"));
    yAxis->setLabel(tr("Output error ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, log scale)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    yAxis->setTicker(ticker);
    yAxis->setNumberFormat(QStringLiteral("gb"));

    m_frontier = addGraph();
    m_frontier->setName(tr("Pareto frontier"));
    m_frontier->setPen(QPen(theme::kAccent, 1.6, Qt::DashLine));
    m_frontier->setLineStyle(QCPGraph::lsLine);

    m_points = addGraph();
    m_points->setName(tr("Schemes"));
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme::kAccent, 1.5), QColor(0x00, 0x72, 0xb2, 60), 9));

    m_selected = addGraph();
    m_selected->setLineStyle(QCPGraph::lsNone);
    m_selected->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kOutlierColor, 2.5), Qt::NoBrush, 15));
    m_selected->removeFromLegend();

    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(this, &QCustomPlot::afterLayout, this, &AccuracyChart::placeLabels);
    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setColor(theme::kMutedInk);
    m_empty->setText(tr("Pick schemes and press Run to see what each costs and buys."));
    setOutcomes({});
}

double AccuracyChart::plotted(double error) {
    return std::isfinite(error) ? std::max(kFloorPercent, 100.0 * error) : kFloorPercent;
}

void AccuracyChart::setOutcomes(const std::vector<std::shared_ptr<const LabOutcome>>& outcomes) {
    m_outcomes = outcomes;
    for (QCPItemText* label : m_labels) {
        removeItem(label);
    }
    for (QCPItemLine* leader : m_leaders) {
        removeItem(leader);
    }
    m_labels.clear();
    m_leaders.clear();
    QVector<double> keys;
    QVector<double> values;
    for (const auto& o : m_outcomes) {
        keys << o->bits_per_weight;
        values << plotted(o->metrics.output_rel_error);
    }
    m_points->setData(keys, values, true);

    // Pareto frontier: walk by increasing size (then error); a point joins when its error is below
    // every smaller scheme's.
    std::vector<std::size_t> order(m_outcomes.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(keys[static_cast<qsizetype>(a)], values[static_cast<qsizetype>(a)]) <
               std::tie(keys[static_cast<qsizetype>(b)], values[static_cast<qsizetype>(b)]);
    });
    m_frontierIndex.clear();
    double best = std::numeric_limits<double>::infinity();
    QVector<double> fk;
    QVector<double> fv;
    for (std::size_t i : order) {
        const double v = values[static_cast<qsizetype>(i)];
        if (v < best) {
            best = v;
            m_frontierIndex.push_back(i);
            fk << keys[static_cast<qsizetype>(i)];
            fv << v;
        }
    }
    m_frontier->setData(fk, fv, true);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (std::size_t i = 0; i < m_outcomes.size(); ++i) {
        auto* label = new QCPItemText(this);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(7, 0, 0, 0));
        label->setFont(small);
        label->setColor(theme::kInk);
        label->setText(SchemeCatalog::displayName(m_outcomes[i]->scheme));
        label->setClipToAxisRect(false);
        m_labels.push_back(label);
        auto* leader = new QCPItemLine(this);
        leader->start->setType(QCPItemPosition::ptAbsolute);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        leader->setPen(QPen(theme::kMutedInk, 0.8));
        leader->setClipToAxisRect(false);
        leader->setSelectable(false);
        leader->setVisible(false);
        m_leaders.push_back(leader);
    }

    m_empty->setVisible(m_outcomes.empty());
    if (m_outcomes.empty()) {
        xAxis->setRange(0, 17);
        yAxis->setRange(1e-3, 100);
    } else {
        const auto [kmin, kmax] = std::minmax_element(keys.begin(), keys.end());
        const auto [vmin, vmax] = std::minmax_element(values.begin(), values.end());
        xAxis->setRange(std::max(0.0, *kmin - 1.0), *kmax + 2.5);
        yAxis->setRange(*vmin / 2.5, *vmax * 2.5);
    }
    setSelectedScheme({});
    replot(QCustomPlot::rpQueuedReplot);
}

void AccuracyChart::placeLabels() {
    // Schemes of similar size and error (the 4-bit cluster) would print their names on top of each
    // other: each label takes the nearest free line next to its point, in pixels.
    std::vector<std::size_t> order(m_labels.size());
    std::vector<QPointF> anchor(m_labels.size());
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        order[i] = i;
        anchor[i] = QPointF(xAxis->coordToPixel(m_outcomes[i]->bits_per_weight),
                            yAxis->coordToPixel(plotted(m_outcomes[i]->metrics.output_rel_error)));
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return anchor[a].y() < anchor[b].y(); });
    std::vector<QRectF> placed;
    for (std::size_t i : order) {
        const QFontMetricsF fm(m_labels[i]->font());
        const double h = fm.height();
        const double w = fm.horizontalAdvance(m_labels[i]->text()) + 8.0;
        QPointF at = anchor[i];
        for (int step = 0; step < 12; ++step) {
            // 0, +1, −1, +2, −2, … lines away from the point.
            const int k = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1);
            const QPointF candidate(anchor[i].x(), anchor[i].y() + k * h);
            const QRectF rect(candidate.x(), candidate.y() - h / 2.0, w, h);
            const bool free =
                std::none_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(rect); });
            if (free) {
                at = candidate;
                break;
            }
        }
        placed.emplace_back(at.x(), at.y() - h / 2.0, w, h);
        m_labels[i]->position->setCoords(at);
        // A label moved off its point's line (the 4-bit cluster) gets a line back to the point, so
        // every name reads as the point it names; it starts at the marker's edge.
        const QPointF end(at.x() + 5.0, at.y());
        const QPointF along = end - anchor[i];
        const double length = std::hypot(along.x(), along.y());
        const bool moved = std::fabs(at.y() - anchor[i].y()) > 0.5 && length > 6.0;
        m_leaders[i]->setVisible(moved);
        if (moved) {
            m_leaders[i]->start->setCoords(anchor[i] + along * (5.0 / length));
            m_leaders[i]->end->setCoords(end);
        }
    }
}

void AccuracyChart::setSelectedScheme(const std::string& scheme) {
    QVector<double> k;
    QVector<double> v;
    for (const auto& o : m_outcomes) {
        if (o->scheme == scheme) {
            k << o->bits_per_weight;
            v << plotted(o->metrics.output_rel_error);
        }
    }
    m_selected->setData(k, v, true);
    replot(QCustomPlot::rpQueuedReplot);
}

std::vector<std::string> AccuracyChart::frontierSchemes() const {
    std::vector<std::string> out;
    for (std::size_t i : m_frontierIndex) {
        out.push_back(m_outcomes[i]->scheme);
    }
    return out;
}

QString AccuracyChart::tooltipFor(std::size_t index) const {
    const LabOutcome& o = *m_outcomes[index];
    const bool onFrontier = std::find(m_frontierIndex.begin(), m_frontierIndex.end(), index) != m_frontierIndex.end();
    return tr("<b>%1</b>%2<br>bits per weight: %3<br>stored: %4 bytes<br>output error: %5<br>RMSE: %6<br>"
              "SNR: %7 dB<br>max |error|: %8<br>cosine: %9<br>quantized in %10 ms")
        .arg(SchemeCatalog::displayName(o.scheme).toHtmlEscaped(), onFrontier ? tr(" (on the frontier)") : QString(),
             QString::number(o.bits_per_weight, 'f', 3), QLocale().toString(static_cast<qlonglong>(o.stored_bytes)),
             percentText(o.metrics.output_rel_error), QString::number(o.metrics.rmse, 'e', 3),
             std::isfinite(o.metrics.snr_db) ? QString::number(o.metrics.snr_db, 'f', 2) : tr("∞"),
             QString::number(o.metrics.max_abs_error, 'e', 3), QString::number(o.metrics.cosine, 'f', 6))
        .arg(QString::number(o.quantize_ms, 'f', 1));
}

int AccuracyChart::pointAt(const QPointF& pos) const {
    int best = -1;
    double bestDist = 12.0 * 12.0;
    for (std::size_t i = 0; i < m_outcomes.size(); ++i) {
        const double px = xAxis->coordToPixel(m_outcomes[i]->bits_per_weight);
        const double py = yAxis->coordToPixel(plotted(m_outcomes[i]->metrics.output_rel_error));
        const double d = (px - pos.x()) * (px - pos.x()) + (py - pos.y()) * (py - pos.y());
        if (d < bestDist) {
            bestDist = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

bool AccuracyChart::event(QEvent* event) {
    // The chart's own tooltip explains it; over a point the point's metrics replace it.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = pointAt(help->pos());
        QToolTip::showText(help->globalPos(),
                           i >= 0 ? tooltipFor(static_cast<std::size_t>(i)) : accessibleDescription(), this);
        return true;
    }
    return QCustomPlot::event(event);
}

void AccuracyChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const int i = pointAt(event->position());
    if (i >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(static_cast<std::size_t>(i)), this);
    } else {
        QToolTip::hideText();
    }
}

void AccuracyChart::mousePressEvent(QMouseEvent* event) {
    QCustomPlot::mousePressEvent(event);
    const int i = pointAt(event->position());
    if (i >= 0) {
        emit schemeClicked(QString::fromStdString(m_outcomes[static_cast<std::size_t>(i)]->scheme));
    }
}

} // namespace fitscope::gui::lab
