#include "layer_strip_chart.h"

#include "number_input.h"
#include "theme.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

using sizing::MixerKind;

constexpr std::array<MixerKind, 8> kKindOrder{
    MixerKind::FullAttention, MixerKind::SlidingWindow, MixerKind::ChunkedAttention, MixerKind::LatentAttention,
    MixerKind::GatedDeltaNet, MixerKind::Mamba2,        MixerKind::SharedKv,         MixerKind::None};

// A layer's cache is megabytes, not gigabytes: the strip's axis is in MB (or MiB), or in GB (GiB)
// once a layer holds a gigabyte or more.
struct AxisScale {
    double divisor = 1e6;
    QString unit;
};

AxisScale axisScale(double max_bytes, sizing::MemoryUnit unit) {
    const bool binary = unit == sizing::MemoryUnit::GiB;
    const double giga = binary ? sizing::kBytesPerGiB : sizing::kBytesPerGB;
    if (max_bytes >= giga) {
        return {giga, binary ? QStringLiteral("GiB") : QStringLiteral("GB")};
    }
    return {binary ? 1048576.0 : 1e6, binary ? QStringLiteral("MiB") : QStringLiteral("MB")};
}

QString bytesText(double bytes, sizing::MemoryUnit unit) {
    const AxisScale scale = axisScale(bytes, unit);
    const double value = bytes / scale.divisor;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f',
                                                          value >= 100  ? 0
                                                          : value >= 10 ? 1
                                                                        : 2),
                                       scale.unit);
}

} // namespace

bool LayerStripData::operator==(const LayerStripData& o) const {
    if (context_tokens != o.context_tokens || batch != o.batch || runtime_name != o.runtime_name ||
        cells.size() != o.cells.size()) {
        return false;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto& a = cells[i];
        const auto& b = o.cells[i];
        if (a.mixer != b.mixer || a.bytes != b.bytes || a.window_tokens != b.window_tokens || a.fixed != b.fixed) {
            return false;
        }
    }
    return true;
}

QColor LayerStripChart::mixerColor(MixerKind kind) {
    // Paul Tol's "bright" scheme (colour-blind safe), apart from the component colours, which mean
    // memory components elsewhere in the window.
    switch (kind) {
    case MixerKind::FullAttention:
        return {0x44, 0x77, 0xaa};
    case MixerKind::SlidingWindow:
        return {0x66, 0xcc, 0xee};
    case MixerKind::ChunkedAttention:
        return {0x22, 0x88, 0x33};
    case MixerKind::LatentAttention:
        return {0xcc, 0xbb, 0x44};
    case MixerKind::GatedDeltaNet:
        return {0xee, 0x66, 0x77};
    case MixerKind::Mamba2:
        return {0xaa, 0x33, 0x77};
    case MixerKind::SharedKv:
    case MixerKind::None:
        break;
    }
    return {0xbb, 0xbb, 0xbb};
}

QString LayerStripChart::mixerName(MixerKind kind) {
    switch (kind) {
    case MixerKind::FullAttention:
        return tr("full attention");
    case MixerKind::SlidingWindow:
        return tr("sliding window");
    case MixerKind::ChunkedAttention:
        return tr("chunked attention");
    case MixerKind::LatentAttention:
        return tr("latent attention (MLA)");
    case MixerKind::GatedDeltaNet:
        return tr("Gated DeltaNet (fixed state)");
    case MixerKind::Mamba2:
        return tr("Mamba-2 (fixed state)");
    case MixerKind::SharedKv:
        return tr("shares another layer's KV");
    case MixerKind::None:
        break;
    }
    return tr("no cache");
}

LayerStripChart::LayerStripChart(QWidget* parent)
    : QCustomPlot(parent) {
    setObjectName(QStringLiteral("layerStrip"));
    setAccessibleName(tr("KV cache per layer"));
    setAccessibleDescription(tr("One bar per decoder layer, coloured by how the layer attends, its height what "
                                "the layer caches at the current context under the chosen runtime: sliding-window "
                                "layers stop at their window, recurrent layers hold a fixed state."));
    setMinimumSize(220, 56);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    setMouseTracking(true);

    for (std::size_t i = 0; i < kKinds; ++i) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(0.8);
        bars->setAntialiased(false);
        m_bars[i] = bars;
    }
    xAxis->setLabel(tr("Layer"));
    xAxis->grid()->setVisible(false);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickStep(1.0);
    xAxis->setTicker(ticker);
    m_note = new QCPItemText(this);
    m_note->setPositionAlignment(Qt::AlignCenter);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.5);
    m_note->setVisible(false);

    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(14, 9);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    legend->setColumnSpacing(12);
    legend->setRowSpacing(0);
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legendRow);
    // The title and the legend share one row (a card title above would cost a row of height).
    m_title = new QCPTextElement(this, tr("KV cache per layer"));
    m_title->setMargins(QMargins(0, 2, 12, 0));
    legendRow->addElement(0, 0, m_title);
    legendRow->addElement(0, 1, legend);
    // An empty spacer beside the legend: without it the row would limit the chart to the legend's width.
    legendRow->addElement(0, 2, new QCPLayoutElement);
    legendRow->setColumnStretchFactor(0, 0.001);
    legendRow->setColumnStretchFactor(1, 0.001);
    legendRow->setColumnStretchFactor(2, 1);
    legendRow->setColumnSpacing(0);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(4, 2, 4, 0));
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    axisRect()->setMargins(QMargins(0, 4, 12, 0));
    restyle();
    connect(this, &QCustomPlot::afterReplot, this, [this] { ++m_replots; });
}

void LayerStripChart::restyle() {
    setBackground(palette().color(QPalette::Base));
    const QFont small = theme::styleAxes(this);
    yAxis->setBasePen(Qt::NoPen);
    legend->setFont(small);
    legend->setTextColor(theme::kInk);
    QFont bold = small;
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextColor(theme::kInk);
    m_note->setColor(theme::kMutedInk);
    m_note->setFont(small);
    for (std::size_t i = 0; i < kKinds; ++i) {
        const QColor color = mixerColor(kKindOrder[i]);
        m_bars[i]->setPen(QPen(color.darker(125), 1));
        m_bars[i]->setBrush(QBrush(color));
    }
}

void LayerStripChart::setData(const LayerStripData& data, sizing::MemoryUnit unit) {
    if (data == m_data && unit == m_unit && !m_data.cells.empty()) {
        return; // the same cells: nothing to draw (the context slider moved within a padding step)
    }
    m_data = data;
    m_unit = unit;
    redraw();
}

void LayerStripChart::redraw() {
    double max_bytes = 0;
    for (const auto& cell : m_data.cells) {
        max_bytes = std::max(max_bytes, static_cast<double>(cell.bytes));
    }
    const AxisScale scale = axisScale(max_bytes, m_unit);
    std::array<QVector<double>, kKinds> xs;
    std::array<QVector<double>, kKinds> ys;
    for (std::size_t layer = 0; layer < m_data.cells.size(); ++layer) {
        const auto& cell = m_data.cells[layer];
        const auto kind =
            static_cast<std::size_t>(std::find(kKindOrder.begin(), kKindOrder.end(), cell.mixer) - kKindOrder.begin());
        xs[kind] << static_cast<double>(layer);
        ys[kind] << static_cast<double>(cell.bytes) / scale.divisor;
    }
    legend->clearItems();
    for (std::size_t i = 0; i < kKinds; ++i) {
        m_bars[i]->setData(xs[i], ys[i], true);
        m_bars[i]->setVisible(!xs[i].isEmpty());
        if (!xs[i].isEmpty()) {
            m_bars[i]->setName(mixerName(kKindOrder[i]));
            m_bars[i]->addToLegend();
        }
    }
    const double layers = static_cast<double>(std::max<std::size_t>(1, m_data.cells.size()));
    xAxis->setRange(-0.6, layers - 0.4);
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerFixed>(xAxis->ticker())) {
        // A label every 1, 2, 4, 8... layers, as many as the width takes.
        const double fit = std::max(1.0, std::floor((width() - 60) / 34.0));
        ticker->setTickStep(std::max(1.0, std::exp2(std::ceil(std::log2(layers / fit)))));
    }
    const double top = max_bytes > 0 ? max_bytes / scale.divisor * 1.12 : 1.0;
    yAxis->setRange(0, top);
    yAxis->setLabel(scale.unit); // the title says what: the axis only needs its unit
    const bool empty = m_data.cells.empty() || max_bytes <= 0;
    m_note->setText(m_data.cells.empty() ? tr("No layers to show") : tr("No layer caches anything"));
    m_note->setVisible(empty);
    replot(QCustomPlot::rpQueuedReplot);
}

void LayerStripChart::setTitleVisible(bool visible) {
    m_title->setVisible(visible);
    m_title->setText(visible ? tr("KV cache per layer") : QString());
}

double LayerStripChart::drawnValue(int layer) const {
    for (std::size_t i = 0; i < kKinds; ++i) {
        auto it = m_bars[i]->data()->findBegin(layer, false);
        if (it != m_bars[i]->data()->constEnd() && std::abs(it->key - layer) < 0.01) {
            return it->value;
        }
    }
    return -1;
}

int LayerStripChart::drawnKinds() const {
    return static_cast<int>(
        std::count_if(m_bars.begin(), m_bars.end(), [](const QCPBars* b) { return !b->data()->isEmpty(); }));
}

QString LayerStripChart::tooltipAt(const QPointF& pos) const {
    const double key = xAxis->pixelToCoord(pos.x());
    const auto layer = static_cast<std::int64_t>(std::lround(key));
    if (layer < 0 || layer >= static_cast<std::int64_t>(m_data.cells.size()) || std::abs(key - layer) > 0.45) {
        return {};
    }
    const auto& cell = m_data.cells[static_cast<std::size_t>(layer)];
    QString kind = mixerName(cell.mixer);
    if ((cell.mixer == MixerKind::SlidingWindow || cell.mixer == MixerKind::ChunkedAttention) &&
        cell.window_tokens > 0) {
        kind = tr("%1 of %2 tokens").arg(kind, tokenCountText(static_cast<double>(cell.window_tokens)));
    }
    const QString amount = bytesText(static_cast<double>(cell.bytes), m_unit);
    if (cell.fixed) {
        return tr("Layer %1 · %2\n%3 of state for %4 sequences, at any context")
            .arg(layer)
            .arg(kind, amount)
            .arg(m_data.batch);
    }
    return tr("Layer %1 · %2\n%3 at %4 tokens × %5 sequences (%6)")
        .arg(layer)
        .arg(kind, amount, tokenCountText(static_cast<double>(m_data.context_tokens)))
        .arg(m_data.batch)
        .arg(m_data.runtime_name);
}

void LayerStripChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const QString text = tooltipAt(event->position());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
}

void LayerStripChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        restyle();
        redraw();
    }
}

} // namespace fitscope::gui
