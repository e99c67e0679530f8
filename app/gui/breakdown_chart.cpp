#include "breakdown_chart.h"

#include "explorer_state.h"
#include "layer_replot.h"
#include "patterned_bars.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

constexpr double kBarWidth = 0.30;
constexpr double kLoadOffset = -0.17;
constexpr double kCapacityOffset = 0.17;
constexpr std::size_t kComponents = static_cast<std::size_t>(Component::Count_);

QString amount(std::int64_t bytes, sizing::MemoryUnit unit, int decimals = 1) {
    return QString::fromStdString(sizing::formatBytes(bytes, unit, decimals));
}

QString exact(std::int64_t bytes, sizing::MemoryUnit unit) {
    return BreakdownChart::tr("%1 (%2 bytes)")
        .arg(amount(bytes, unit, 2), QString::fromStdString(sizing::formatCount(static_cast<double>(bytes))));
}

// The top of the memory axis: the smallest multiple of a quarter of the value's power of ten at or
// above it (33.7 -> 35, 12.3 -> 12.5, 98 -> 100), so small changes of the tallest bar keep the axis.
double niceAxisTop(double value) {
    if (!(value > 0)) {
        return 1;
    }
    const double step = std::pow(10.0, std::floor(std::log10(value))) / 4;
    return std::ceil(value / step - 1e-9) * step;
}

// Text on a coloured segment: white where it reads well, dark ink on the light orange and pink
// (in either theme: the segment colours do not change with it).
QColor labelColorOn(Component c) {
    return c == Component::KvCache || c == Component::Overhead || c == Component::Gradients ||
                   c == Component::OptimizerStates
               ? QColor(0x1f, 0x23, 0x28)
               : QColor(Qt::white);
}

// Other processes' memory: a neutral slate with a diagonal cross-hatch, unlike any component (it is no
// part of the model), and dark enough for white digits.
const QColor kInUseColor(0x5c, 0x63, 0x70);
const QColor kInUseInk(0x2b, 0x30, 0x38);

} // namespace

BreakdownChart::BreakdownChart(QWidget* parent)
    : QCustomPlot(parent)
    , m_ticker(new QCPAxisTickerText) {
    setObjectName(QStringLiteral("breakdownChart"));
    setAccessibleName(tr("Memory breakdown against capacity"));
    setAccessibleDescription(tr("For each selected GPU, a stacked bar of weights, KV cache, activations and "
                                "overhead beside the GPU's usable and nominal memory, with a verdict."));
    setBackground(theme::colors().chart_background);
    setMinimumSize(220, 160);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    setMouseTracking(true);

    QFont font = this->font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);

    xAxis->setTicker(m_ticker);
    xAxis->setBasePen(QPen(theme::kGrid));
    xAxis->setTickPen(Qt::NoPen);
    xAxis->setSubTickPen(Qt::NoPen);
    xAxis->setTickLabelFont(font);
    xAxis->setTickLabelColor(theme::kInk);
    xAxis->grid()->setVisible(false);
    yAxis->setBasePen(Qt::NoPen);
    yAxis->setTickPen(Qt::NoPen);
    yAxis->setSubTickPen(Qt::NoPen);
    yAxis->setTickLabelFont(small);
    yAxis->setTickLabelColor(theme::kMutedInk);
    yAxis->setLabelFont(small);
    yAxis->setLabelColor(theme::kMutedInk);
    yAxis->grid()->setPen(QPen(theme::kGrid, 1));
    yAxis->grid()->setZeroLinePen(QPen(theme::kGrid, 1));
    yAxis->ticker()->setTickCount(6);

    // Pinned scenarios' bars do not change with the live controls: they sit on a logical layer under
    // "main", drawn into the background's buffer, and "main" becomes a buffered layer that a slider
    // step redraws on its own while the axes, legend and pinned bars stay (LayerReplot).
    addLayer(QStringLiteral("pinned"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_pinnedLayer = layer(QStringLiteral("pinned"));
    m_live = makeBarSet(layer(QStringLiteral("main")));
    m_pinned = makeBarSet(m_pinnedLayer);
    m_replot = new LayerReplot(this, layer(QStringLiteral("main")));

    // The legend sits in its own row above the plot, so it never covers a bar.
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFont(small);
    legend->setTextColor(theme::kInk);
    legend->setIconSize(12, 12);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(3);
    legend->setColumnSpacing(12);
    legend->setRowSpacing(2);
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legendRow);
    legendRow->addElement(0, 0, legend);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(4, 4, 4, 0));
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    axisRect()->setMargins(QMargins(0, 8, 12, 0));
    // Capacity entries after the components, in reading order.
    legend->clearItems();
    for (QCPBars* bars : m_live.components) {
        legend->addItem(new QCPPlottableLegendItem(legend, bars));
    }
    legend->addItem(new QCPPlottableLegendItem(legend, m_live.usable));
    legend->addItem(new QCPPlottableLegendItem(legend, m_live.nominal));
    // Whether a segment has room for its label depends on the plot's height in pixels, known only
    // once the layout has run: re-place the labels then, before anything is drawn.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (!m_bars.empty() && std::abs(axisRect()->height() - m_labelHeight) > 1) {
            placeLabels();
        }
    });
}

BreakdownChart::BarSet BreakdownChart::makeBarSet(QCPLayer* layer) {
    BarSet set;
    auto* inUse = new PatternedBars(xAxis, yAxis);
    inUse->setLayer(layer);
    inUse->setName(tr("In use (other processes)"));
    inUse->setWidth(kBarWidth);
    inUse->setBrush(kInUseColor);
    inUse->setPattern(QBrush(kInUseInk, Qt::DiagCrossPattern));
    inUse->setPen(Qt::NoPen);
    inUse->setStackingGap(1);
    inUse->setAntialiased(false);
    inUse->setVisible(false);
    set.in_use = inUse;
    for (std::size_t i = 0; i < kComponents; ++i) {
        const auto component = static_cast<Component>(i);
        auto* bars = new PatternedBars(xAxis, yAxis);
        bars->setLayer(layer);
        bars->setName(ComponentColors::name(component));
        bars->setWidth(kBarWidth);
        bars->setBrush(ComponentColors::brush(component));
        bars->setPattern(ComponentColors::patternBrush(component));
        bars->setPen(Qt::NoPen);
        bars->setStackingGap(1);
        bars->setAntialiased(false);
        bars->moveAbove(i > 0 ? set.components[i - 1] : set.in_use);
        if (i == 0) {
            bars->setStackingGap(0); // set with the in-use segment (setBars)
        }
        set.components[i] = bars;
    }
    set.nominal = new QCPBars(xAxis, yAxis);
    set.nominal->setLayer(layer);
    set.nominal->setName(tr("Nominal memory"));
    set.nominal->setWidth(kBarWidth);
    set.nominal->setBrush(theme::kNominalFill);
    set.nominal->setPen(QPen(theme::kCapacityFill.darker(125), 1, Qt::DashLine));
    set.nominal->setAntialiased(false);
    set.usable = new QCPBars(xAxis, yAxis);
    set.usable->setLayer(layer);
    set.usable->setName(tr("Usable memory"));
    set.usable->setWidth(kBarWidth);
    set.usable->setBrush(theme::kCapacityFill);
    set.usable->setPen(Qt::NoPen);
    set.usable->setAntialiased(false);
    return set;
}

QCPItemText* BreakdownChart::text(int index) {
    while (static_cast<int>(m_texts.size()) <= index) {
        auto* item = new QCPItemText(this);
        item->setClipToAxisRect(false);
        item->setPadding(QMargins(2, 1, 2, 1));
        m_texts.push_back(item);
    }
    QCPItemText* item = m_texts[static_cast<std::size_t>(index)];
    item->setVisible(true);
    item->setBrush(Qt::NoBrush);
    item->setPen(Qt::NoPen);
    item->position->setType(QCPItemPosition::ptPlotCoords);
    return item;
}

QCPItemLine* BreakdownChart::line(int index) {
    while (static_cast<int>(m_lines.size()) <= index) {
        auto* item = new QCPItemLine(this);
        m_lines.push_back(item);
    }
    QCPItemLine* item = m_lines[static_cast<std::size_t>(index)];
    item->setVisible(true);
    return item;
}

void BreakdownChart::setBars(const std::vector<BreakdownBar>& bars, sizing::MemoryUnit unit) {
    m_bars = bars;
    m_unit = unit;
    const int n = static_cast<int>(bars.size());

    struct SetData {
        QVector<double> keys;
        std::array<QVector<double>, kComponents> values;
        QVector<double> inUse, capKeys, usable, nominal;
    };
    SetData live, pinned;
    Backdrop backdrop;
    backdrop.bars = n;
    backdrop.unit = unit;
    double top = 0;
    for (int i = 0; i < n; ++i) {
        const BreakdownBar& bar = bars[static_cast<std::size_t>(i)];
        SetData& d = bar.pinned ? pinned : live;
        if (bar.pinned) {
            backdrop.pinned_bars.push_back(bar);
        }
        d.keys << i + (bar.hasGpu() ? kLoadOffset : 0.0);
        for (std::size_t c = 0; c < kComponents; ++c) {
            d.values[c] << sizing::bytesIn(bar.components[c], unit);
        }
        d.inUse << sizing::bytesIn(bar.in_use_bytes, unit);
        top = std::max(top, sizing::bytesIn(bar.in_use_bytes + bar.load_bytes, unit));
        if (bar.hasGpu()) {
            d.capKeys << i + kCapacityOffset;
            d.usable << sizing::bytesIn(bar.capacity_bytes, unit);
            d.nominal << sizing::bytesIn(bar.nominal_bytes, unit);
            top = std::max(top, sizing::bytesIn(bar.nominal_bytes, unit));
        }
    }
    for (auto [set, d] : {std::pair<BarSet*, SetData*>{&m_live, &live}, {&m_pinned, &pinned}}) {
        for (std::size_t c = 0; c < kComponents; ++c) {
            set->components[c]->setData(d->keys, d->values[c], true);
        }
        set->in_use->setData(d->keys, d->inUse, true);
        set->usable->setData(d->capKeys, d->usable, true);
        set->nominal->setData(d->capKeys, d->nominal, true);
    }
    // Fine-tuning's components appear in the legend only when some bar holds them.
    const bool training = std::any_of(bars.begin(), bars.end(), [](const BreakdownBar& bar) {
        return bar.components[static_cast<std::size_t>(Component::Gradients)] > 0 ||
               bar.components[static_cast<std::size_t>(Component::OptimizerStates)] > 0;
    });
    backdrop.training = training;
    // Other processes' memory, likewise, only when some GPU has any.
    const bool inUse =
        std::any_of(bars.begin(), bars.end(), [](const BreakdownBar& bar) { return bar.in_use_bytes > 0; });
    backdrop.in_use = inUse;
    for (BarSet* set : {&m_live, &m_pinned}) {
        set->in_use->setVisible(inUse);
        // The weights sit on the in-use segment; with none, a gap would lift them off the axis.
        set->components[0]->setStackingGap(inUse ? 1 : 0);
    }
    const int legendItems =
        (training ? static_cast<int>(kComponents) : static_cast<int>(Component::Gradients)) + 2 + (inUse ? 1 : 0);
    // Hidden, not drawn as zero-height bars, while inference leaves them empty.
    for (BarSet* set : {&m_live, &m_pinned}) {
        set->components[static_cast<std::size_t>(Component::Gradients)]->setVisible(training);
        set->components[static_cast<std::size_t>(Component::OptimizerStates)]->setVisible(training);
    }
    if (legend->itemCount() != legendItems) {
        legend->clearItems();
        if (inUse) {
            legend->addItem(new QCPPlottableLegendItem(legend, m_live.in_use)); // the bottom of the stack first
        }
        for (std::size_t c = 0; c < kComponents; ++c) {
            if (training || c < static_cast<std::size_t>(Component::Gradients)) {
                legend->addItem(new QCPPlottableLegendItem(legend, m_live.components[c]));
            }
        }
        legend->addItem(new QCPPlottableLegendItem(legend, m_live.usable));
        legend->addItem(new QCPPlottableLegendItem(legend, m_live.nominal));
    }

    m_ticker->clear();
    for (int i = 0; i < n; ++i) {
        const BreakdownBar& bar = bars[static_cast<std::size_t>(i)];
        QString label = bar.hasGpu() ? bar.gpu_name : tr("No GPU selected");
        if (bar.gpu_count > 1) {
            label = tr("%1 × %2\n(load per GPU)").arg(bar.gpu_count).arg(bar.gpu_name);
        }
        m_ticker->addTick(i, label);
        backdrop.tick_labels << label;
    }
    // Room above the tallest bar for its label and the verdict badge, rounded up to a step of the
    // axis' own scale, so the axis holds still while a slider moves the tallest bar a little (and a
    // step redraws only the live bars).
    const double yMax = niceAxisTop(top * 1.28);
    backdrop.y_max = yMax;
    yAxis->setRange(0, yMax);
    xAxis->setRange(-0.55, std::max(n, 1) - 0.45);
    if (n == 1) {
        xAxis->setRange(-0.75, 0.75);
    }
    yAxis->setLabel(tr("Memory per GPU (%1)").arg(QString::fromLatin1(sizing::unitName(unit).data())));

    placeLabels();
    // Coalesced: many changes within one event-loop turn draw once.
    if (m_backdrop && *m_backdrop == backdrop) {
        m_replot->requestLayer();
    } else {
        m_backdrop = std::move(backdrop);
        m_replot->requestFull();
    }
}

const BreakdownChart::BarSet& BreakdownChart::setOf(int bar) const {
    return bar >= 0 && bar < static_cast<int>(m_bars.size()) && m_bars[static_cast<std::size_t>(bar)].pinned ? m_pinned
                                                                                                             : m_live;
}

int BreakdownChart::indexInSet(int bar) const {
    const bool pinned = &setOf(bar) == &m_pinned;
    int index = 0;
    for (int i = 0; i < bar && i < static_cast<int>(m_bars.size()); ++i) {
        index += m_bars[static_cast<std::size_t>(i)].pinned == pinned ? 1 : 0;
    }
    return index;
}

int BreakdownChart::layerRedraws() const {
    return m_replot->layerRedraws();
}

void BreakdownChart::placeLabels() {
    const sizing::MemoryUnit unit = m_unit;
    const std::vector<BreakdownBar>& bars = m_bars;
    const int n = static_cast<int>(bars.size());
    const double yMax = yAxis->range().upper;
    m_labelHeight = axisRect()->height();
    // Labels: a segment's value inside it when there is room, the total above, the capacities on
    // the capacity bar, and the verdict badge at the top.
    const double plotHeight = m_labelHeight > 50 ? m_labelHeight : height() * 0.6;
    const double pixelsPerUnit = plotHeight / yMax;
    const double minSegmentPixels = QFontMetrics(font()).height() + 2;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);
    int t = 0;
    int l = 0;
    m_badgeTexts = QStringList();
    for (int i = 0; i < n; ++i) {
        m_badgeTexts << QString();
    }
    for (int i = 0; i < n; ++i) {
        const BreakdownBar& bar = bars[static_cast<std::size_t>(i)];
        // A bar's labels are drawn on its bar's layer, so a step that redraws the live layer keeps
        // the pinned bars' labels.
        QCPLayer* layer = bar.pinned ? m_pinnedLayer : m_replot->layer();
        const auto text = [this, layer](int index) {
            QCPItemText* item = this->text(index);
            if (item->layer() != layer) {
                item->setLayer(layer);
            }
            return item;
        };
        const auto line = [this, layer](int index) {
            QCPItemLine* item = this->line(index);
            if (item->layer() != layer) {
                item->setLayer(layer);
            }
            return item;
        };
        const double key = i + (bar.hasGpu() ? kLoadOffset : 0.0);
        double base = 0;
        if (bar.in_use_bytes > 0) {
            const double v = sizing::bytesIn(bar.in_use_bytes, unit);
            if (v * pixelsPerUnit >= minSegmentPixels) {
                QCPItemText* label = text(t++);
                label->position->setCoords(key, v / 2);
                label->setPositionAlignment(Qt::AlignCenter);
                label->setText(QLocale().toString(v, 'f', v < 10 ? 1 : 0));
                label->setColor(Qt::white);
                label->setBrush(kInUseColor);
                label->setFont(small);
            }
            base = v;
        }
        for (std::size_t c = 0; c < kComponents; ++c) {
            const double v = sizing::bytesIn(bar.components[c], unit);
            if (v * pixelsPerUnit >= minSegmentPixels) {
                QCPItemText* label = text(t++);
                label->position->setCoords(key, base + v / 2);
                label->setPositionAlignment(Qt::AlignCenter);
                label->setText(QLocale().toString(v, 'f', v < 10 ? 1 : 0));
                label->setColor(labelColorOn(static_cast<Component>(c)));
                // A plain box of the segment's colour behind the number, so the pattern never
                // runs through the digits.
                label->setBrush(ComponentColors::color(static_cast<Component>(c)));
                label->setFont(small);
            }
            base += v;
        }
        // The model's total, over the whole stack (other processes' memory under it).
        const double load = sizing::bytesIn(bar.in_use_bytes + bar.load_bytes, unit);
        QCPItemText* total = text(t++);
        total->position->setCoords(key, load);
        total->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        total->setText(amount(bar.load_bytes, unit));
        total->setColor(theme::kInk);
        total->setFont(bold);
        if (!bar.hasGpu()) {
            continue;
        }
        const double cap = sizing::bytesIn(bar.capacity_bytes, unit);
        const double nom = sizing::bytesIn(bar.nominal_bytes, unit);
        QCPItemText* usableLabel = text(t++);
        usableLabel->position->setCoords(i + kCapacityOffset, cap);
        usableLabel->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        usableLabel->setText(tr("%1\nusable").arg(amount(bar.capacity_bytes, unit)));
        usableLabel->setColor(theme::kInk);
        usableLabel->setFont(small);
        usableLabel->setTextAlignment(Qt::AlignCenter);
        // Beside other GPUs there is no room for a second label: the dashed outline and the
        // tooltip carry the nominal figure.
        if (n == 1) {
            QCPItemText* nominalLabel = text(t++);
            nominalLabel->position->setCoords(i + kCapacityOffset, nom);
            nominalLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
            nominalLabel->setText(tr("%1 nominal").arg(amount(bar.nominal_bytes, unit)));
            nominalLabel->setColor(theme::kMutedInk);
            nominalLabel->setFont(small);
            nominalLabel->setTextAlignment(Qt::AlignCenter);
        }

        // The usable capacity carried across the load bar: where the stack must stay below.
        QCPItemLine* limit = line(l++);
        limit->start->setCoords(key - kBarWidth / 2 - 0.03, cap);
        limit->end->setCoords(i + kCapacityOffset + kBarWidth / 2, cap);
        limit->setPen(QPen(theme::verdictColor(bar.verdict), 1.5, Qt::DashLine));

        QCPItemText* badge = text(t++);
        badge->position->setTypeX(QCPItemPosition::ptPlotCoords);
        badge->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        badge->position->setCoords(i, 0.0);
        badge->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        // Two short lines, so badges of neighbouring GPUs never run into each other.
        badge->setText(QStringLiteral("%1\n%2").arg(theme::verdictText(bar.verdict).toUpper(),
                                                    headroomText(bar.headroom_bytes, unit)));
        badge->setTextAlignment(Qt::AlignCenter);
        badge->setColor(Qt::white);
        badge->setBrush(theme::verdictColor(bar.verdict));
        badge->setPadding(QMargins(8, 2, 8, 2));
        badge->setFont(bold);
        m_badgeTexts[i] = badge->text();
    }
    for (std::size_t k = static_cast<std::size_t>(t); k < m_texts.size(); ++k) {
        m_texts[k]->setVisible(false);
    }
    for (std::size_t k = static_cast<std::size_t>(l); k < m_lines.size(); ++k) {
        m_lines[k]->setVisible(false);
    }
}

int BreakdownChart::drawnLoadBars() const {
    return m_live.components[0]->data()->size() + m_pinned.components[0]->data()->size();
}

int BreakdownChart::drawnCapacityBars() const {
    return m_live.usable->data()->size() + m_pinned.usable->data()->size();
}

double BreakdownChart::drawnComponent(int bar, Component component) const {
    const auto data = setOf(bar).components[static_cast<std::size_t>(component)]->data();
    const int index = indexInSet(bar);
    return index < data->size() ? (data->constBegin() + index)->value : 0.0;
}

double BreakdownChart::drawnCapacity(int bar) const {
    // The capacity bars of a set are those of its bars with a GPU.
    const BarSet& set = setOf(bar);
    int index = 0;
    for (int i = 0; i < bar && i < static_cast<int>(m_bars.size()); ++i) {
        const BreakdownBar& before = m_bars[static_cast<std::size_t>(i)];
        index += (&setOf(i) == &set && before.hasGpu()) ? 1 : 0;
    }
    const auto data = set.usable->data();
    return index < data->size() ? (data->constBegin() + index)->value : 0.0;
}

double BreakdownChart::drawnInUse(int bar) const {
    const BarSet& set = setOf(bar);
    if (!set.in_use->visible()) {
        return 0.0;
    }
    const auto data = set.in_use->data();
    const int index = indexInSet(bar);
    return index < data->size() ? (data->constBegin() + index)->value : 0.0;
}

bool BreakdownChart::inUseInLegend() const {
    return legend->itemWithPlottable(m_live.in_use) != nullptr;
}

QString BreakdownChart::badgeText(int bar) const {
    return m_badgeTexts.value(bar);
}

QString BreakdownChart::tooltipAt(const QPointF& pos) const {
    if (!axisRect()->rect().contains(pos.toPoint()) || m_bars.empty()) {
        return {};
    }
    const double key = xAxis->pixelToCoord(pos.x());
    const double value = yAxis->pixelToCoord(pos.y());
    const int i = static_cast<int>(std::lround(key));
    if (i < 0 || i >= static_cast<int>(m_bars.size())) {
        return {};
    }
    const BreakdownBar& bar = m_bars[static_cast<std::size_t>(i)];
    const double offset = key - i;
    const double loadCenter = bar.hasGpu() ? kLoadOffset : 0.0;
    if (std::abs(offset - loadCenter) <= kBarWidth / 2) {
        QString tip = QStringLiteral("<b>%1</b><br>").arg(bar.hasGpu() ? bar.gpu_name : tr("Memory needed"));
        if (bar.gpu_count > 1) {
            tip += tr("Load on each of %1 GPUs<br>").arg(bar.gpu_count);
        }
        double base = 0;
        if (bar.in_use_bytes > 0) {
            const double v = sizing::bytesIn(bar.in_use_bytes, m_unit);
            const bool here = value >= 0 && value < v;
            tip +=
                QStringLiteral("<span style='color:%1'>■</span> %2%3: %4%5<br>")
                    .arg(kInUseColor.name(), here ? QStringLiteral("<b>") : QString(), tr("In use (other processes)"),
                         exact(bar.in_use_bytes, m_unit), here ? QStringLiteral("</b>") : QString());
            base = v;
        }
        for (std::size_t c = 0; c < kComponents; ++c) {
            if (c >= static_cast<std::size_t>(Component::Gradients) && bar.components[c] == 0) {
                continue; // fine-tuning's parts, not there for inference
            }
            const double v = sizing::bytesIn(bar.components[c], m_unit);
            const bool here = value >= base && value < base + v;
            tip += QStringLiteral("<span style='color:%1'>■</span> %2%3: %4%5<br>")
                       .arg(ComponentColors::color(static_cast<Component>(c)).name(),
                            here ? QStringLiteral("<b>") : QString(), ComponentColors::name(static_cast<Component>(c)),
                            exact(bar.components[c], m_unit), here ? QStringLiteral("</b>") : QString());
            base += v;
        }
        tip += tr("Total: %1").arg(exact(bar.load_bytes, m_unit));
        if (bar.in_use_bytes > 0) {
            tip += QStringLiteral("<br>") +
                   tr("With other processes: %1").arg(exact(bar.in_use_bytes + bar.load_bytes, m_unit));
        }
        return tip;
    }
    if (bar.hasGpu() && std::abs(offset - kCapacityOffset) <= kBarWidth / 2) {
        return tr("<b>%1</b><br>Usable: %2<br>Nominal: %3<br>%4: %5 %6")
            .arg(bar.gpu_name, exact(bar.capacity_bytes, m_unit), exact(bar.nominal_bytes, m_unit),
                 theme::verdictText(bar.verdict), amount(std::abs(bar.headroom_bytes), m_unit, 2),
                 bar.headroom_bytes >= 0 ? tr("free") : tr("short"));
    }
    return {};
}

void BreakdownChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const QString tip = tooltipAt(event->position());
    if (tip.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    }
}

void BreakdownChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        restyle();
    }
}

void BreakdownChart::restyle() {
    // The theme changed (theme::apply): re-read its colours; the component colours stay.
    theme::stylePlotFrame(this);
    xAxis->setTickLabelColor(theme::kInk);
    for (BarSet* set : {&m_live, &m_pinned}) {
        set->nominal->setBrush(theme::kNominalFill);
        set->nominal->setPen(QPen(
            theme::isDark() ? theme::kCapacityFill.lighter(140) : theme::kCapacityFill.darker(125), 1, Qt::DashLine));
        set->usable->setBrush(theme::kCapacityFill);
    }
    if (!m_bars.empty()) {
        placeLabels();
    }
    m_replot->requestFull();
}

void BreakdownChart::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}

} // namespace fitscope::gui
