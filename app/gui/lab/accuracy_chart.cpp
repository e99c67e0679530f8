#include "accuracy_chart.h"

#include "chart_style.h"
#include "lab_results_hub.h"
#include "scheme_catalog.h"
#include "theme.h"

#include <QFontMetrics>
#include <QLocale>
#include <QScopedValueRollback>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fitscope::gui::lab {

namespace {
// Exact schemes (error 0) still get a point, at the bottom of the log axis.
constexpr double kFloorPercent = 1e-5;
// The scheme names' boxes: padding around the text, in pixels.
constexpr int kLabelPadX = 2;
constexpr int kLabelPadY = 0;
// No name covers the square of this half-size around a point (the 9 px marker and its pen).
constexpr double kMarkerClearance = 5.5;
constexpr const char* kLeaderLayer = "leaders";
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

    // Leader lines go under the markers and the frontier: one that passes a marker in a crowded
    // cluster runs behind it.
    addLayer(QString::fromLatin1(kLeaderLayer), layer(QStringLiteral("main")), QCustomPlot::limBelow);

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
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(kLabelPadX, kLabelPadY, kLabelPadX, kLabelPadY));
        label->setFont(small);
        label->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setColor(theme::kInk);
        // A dashed line or grid line that passes behind a name is masked, so the name stays legible.
        label->setBrush(theme::colors().label_background);
        label->setText(SchemeCatalog::displayName(m_outcomes[i]->scheme));
        // The layout keeps every name inside the axis rect; on a plot too small for them all, the
        // clip keeps any that do not fit off the axes' tick labels.
        label->setClipToAxisRect(true);
        label->setSelectable(false);
        m_labels.push_back(label);
        auto* leader = new QCPItemLine(this);
        leader->start->setType(QCPItemPosition::ptAbsolute);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        leader->setLayer(QString::fromLatin1(kLeaderLayer));
        leader->setPen(QPen(theme::kMutedInk, 0.8));
        leader->setClipToAxisRect(true);
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
    m_baseRange = xAxis->range();
    m_labelLayout = {};
    setSelectedScheme({});
    replot(QCustomPlot::rpQueuedReplot);
}

PointLabelInput AccuracyChart::labelInput() const {
    PointLabelInput in;
    // Labels stay a little inside the axis rect, clear of its frame and the axes' tick marks.
    in.bounds = QRectF(axisRect()->rect()).adjusted(3.0, 3.0, -3.0, -3.0);
    in.marker_radius = kMarkerClearance;
    for (std::size_t i = 0; i < m_outcomes.size(); ++i) {
        in.points.emplace_back(xAxis->coordToPixel(m_outcomes[i]->bits_per_weight),
                               yAxis->coordToPixel(plotted(m_outcomes[i]->metrics.output_rel_error)));
        // The box QCPItemText draws: the text's bounding box plus the padding (and a pixel of slack
        // for the export devices' slightly different font metrics).
        const QFontMetrics fm(m_labels[i]->font());
        const QSize text = fm.boundingRect(QRect(), Qt::TextDontClip, m_labels[i]->text()).size();
        in.sizes.emplace_back(text.width() + 2 * kLabelPadX + 1, text.height() + 2 * kLabelPadY);
    }
    if (legend->visible()) {
        in.obstacles.push_back(QRectF(legend->outerRect()).adjusted(-4.0, -4.0, 4.0, 4.0));
    }
    const auto frontier = m_frontier->data();
    for (auto it = frontier->constBegin(); it != frontier->constEnd() && it + 1 != frontier->constEnd(); ++it) {
        in.lines.emplace_back(xAxis->coordToPixel(it->key), yAxis->coordToPixel(it->value),
                              xAxis->coordToPixel((it + 1)->key), yAxis->coordToPixel((it + 1)->value));
    }
    return in;
}

void AccuracyChart::updateLayoutOnly() {
    // What QCustomPlot::updateLayout does, without emitting afterLayout again.
    plotLayout()->update(QCPLayoutElement::upPreparation);
    plotLayout()->update(QCPLayoutElement::upMargins);
    plotLayout()->update(QCPLayoutElement::upLayout);
}

void AccuracyChart::placeLabels() {
    // Runs after every layout, so on every resize and in exports at their own size: the labels are
    // laid out in pixels (point_labels.h). Schemes of similar size and error (the 4-bit cluster)
    // get a column of names beside them with leader lines; when a column only fits past the left
    // or right edge, the bits axis widens by what it lacks, from the range setOutcomes chose (so
    // it never creeps wider resize after resize), and the layout runs again.
    if (m_placing || m_outcomes.empty() || axisRect()->width() <= 0 || axisRect()->height() <= 0) {
        return;
    }
    const QScopedValueRollback<bool> guard(m_placing, true);
    if (xAxis->range().lower != m_baseRange.lower || xAxis->range().upper != m_baseRange.upper) {
        xAxis->setRange(m_baseRange);
        updateLayoutOnly();
    }
    constexpr int kWidenings = 3;
    for (int pass = 0;; ++pass) {
        PointLabelInput in = labelInput();
        const double width = axisRect()->width();
        const QCPRange range = xAxis->range();
        const double perPixel = range.size() / width;
        // Never below 0 bits, and never more than a third of the plot's width either side.
        const double widened = (m_baseRange.lower - range.lower) + (range.upper - m_baseRange.upper);
        const bool mayWiden = pass < kWidenings && widened < 0.5 * m_baseRange.size();
        in.allowed_overflow_left = mayWiden ? std::min(width / 3.0, 0.6 * range.lower / perPixel) : 0.0;
        in.allowed_overflow_right = mayWiden ? width / 3.0 : 0.0;
        m_labelLayout = layoutPointLabels(in);
        if (m_labelLayout.overflow_left <= 0.5 && m_labelLayout.overflow_right <= 0.5) {
            break;
        }
        // The new pixels per bit are fewer, so ask for a little more than the overflow.
        const auto more = [&](double overflow) { return overflow > 0.5 ? (overflow + 8.0) * perPixel * 1.3 : 0.0; };
        xAxis->setRange(std::max(0.0, range.lower - more(m_labelLayout.overflow_left)),
                        range.upper + more(m_labelLayout.overflow_right));
        updateLayoutOnly();
    }
    for (std::size_t i = 0; i < m_labels.size() && i < m_labelLayout.labels.size(); ++i) {
        const PointLabel& placed = m_labelLayout.labels[i];
        m_labels[i]->position->setCoords(placed.rect.topLeft());
        m_leaders[i]->setVisible(placed.leader);
        if (placed.leader) {
            m_leaders[i]->start->setCoords(placed.leader_line.p1());
            m_leaders[i]->end->setCoords(placed.leader_line.p2());
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
