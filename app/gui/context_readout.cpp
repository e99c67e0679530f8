#include "context_readout.h"

#include "context_chart.h"
#include "control_panel.h"
#include "core/sizing/estimator.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "number_input.h"
#include "speed_chart.h"
#include "theme.h"

#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

QString amount(std::int64_t bytes, sizing::MemoryUnit unit) {
    return QString::fromStdString(sizing::formatBytes(bytes, unit, 1));
}

QString rate(double tokens_per_s) {
    if (tokens_per_s >= 100) {
        return QString::fromStdString(sizing::formatCount(std::round(tokens_per_s)));
    }
    return QString::fromStdString(sizing::formatNumber(tokens_per_s, tokens_per_s >= 10 ? 1 : 2));
}

// One line of the readout: "RTX 4090: weights 7.2 + KV 3.4 + act. 0.5 + overhead 1.9 = 13.0 GB · 11.0 GB free".
QString line(const QString& name, const sizing::Estimate& e, sizing::MemoryUnit unit) {
    sizing::GpuLoad load;
    if (!e.gpu_loads.empty()) {
        load = *std::max_element(e.gpu_loads.begin(), e.gpu_loads.end(),
                                 [](const auto& a, const auto& b) { return a.total() < b.total(); });
    }
    QString text =
        ContextReadout::tr("%1: weights %2 + KV %3 + activations %4 + overhead %5 = %6")
            .arg(name, amount(load.weights_bytes, unit), amount(load.kv_cache_bytes, unit),
                 amount(load.activation_bytes, unit), amount(load.overhead_bytes, unit), amount(e.per_gpu_bytes, unit));
    if (e.fit) {
        text += QStringLiteral(" · ") + headroomText(e.fit->headroom_bytes, unit);
    }
    return text;
}

} // namespace

ContextReadout::ContextReadout(ExplorerPage* page, QObject* parent)
    : QObject(parent)
    , m_page(page) {
    ContextChart* chart = m_page->contextChart();
    m_guide = new QCPItemStraightLine(chart);
    m_guide->setPen(QPen(theme::kInk, 1, Qt::DashLine));
    m_guide->setVisible(false);
    m_readout = new QCPItemText(chart);
    m_readout->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_readout->position->setCoords(0.01, 0.02);
    m_readout->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(6, 4, 6, 4));
    m_readout->setBrush(theme::colors().label_background);
    m_readout->setPen(QPen(theme::kGrid));
    m_readout->setColor(theme::kInk);
    m_readout->setClipToAxisRect(true);
    m_readout->setVisible(false);
    // Hovering moves only these: they share the chart's marker layer, redrawn without the lines.
    m_guide->setLayer(chart->markerLayer());
    m_readout->setLayer(chart->markerLayer());
    SpeedChart* speed = m_page->speedChart();
    m_speedMark = new QCPItemText(speed);
    m_speedMark->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_speedMark->position->setCoords(0.99, 0.98);
    m_speedMark->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_speedMark->setTextAlignment(Qt::AlignRight);
    m_speedMark->setPadding(QMargins(6, 3, 6, 3));
    m_speedMark->setBrush(theme::colors().label_background);
    m_speedMark->setColor(theme::kInk);
    m_speedMark->setVisible(false);
    chart->installEventFilter(this);
    chart->setToolTip(tr("Hover for every curve at that context; click to set the context there."));
}

bool ContextReadout::isShown() const {
    return m_readout->visible();
}

QString ContextReadout::readoutText() const {
    return isShown() ? m_readout->text() : QString();
}

QString ContextReadout::speedMarkText() const {
    return m_speedMark->visible() ? m_speedMark->text() : QString();
}

void ContextReadout::showAt(double tokens) {
    ControlPanel* controls = m_page->controls();
    const auto model = controls->model();
    if (!model) {
        return;
    }
    const double lo = static_cast<double>(std::min<std::int64_t>(kMinContext, controls->maxContext()));
    m_tokens = std::round(std::clamp(tokens, lo, static_cast<double>(controls->maxContext())));
    const ExplorerState& state = controls->state();
    const auto context = static_cast<std::int64_t>(m_tokens);
    QStringList lines{tr("%1 tokens").arg(tokenCountText(m_tokens))};
    QStringList speeds;
    const std::vector<SelectedGpu> gpus = controls->selectedGpus();
    const std::size_t configurations = std::max<std::size_t>(1, gpus.size());
    for (std::size_t g = 0; g < configurations; ++g) {
        const SelectedGpu* gpu = gpus.empty() ? nullptr : &gpus[g];
        sizing::Scenario s = makeScenario(state, model, gpu);
        s.context_tokens = context;
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        const QString name = gpu != nullptr ? shortGpuName(*gpu->spec) : tr("No GPU");
        lines << line(name, e, state.unit);
        if (e.speed.valid && state.engine.task == sizing::Task::Inference && g == 0) {
            speeds << tr("%1: %2 tokens/s")
                          .arg(name,
                               rate(state.batch > 1 ? e.speed.decode_batch_tokens_per_s : e.speed.decode_tokens_per_s));
        }
    }
    PinnedOverlays overlays(&controls->catalog());
    for (const Pin& pin : m_page->pinned()) {
        if (!pin.model) {
            continue;
        }
        const std::optional<SelectedGpu> gpu = overlays.primaryGpu(pin);
        sizing::Scenario s = makeScenario(pin.state, pin.model, gpu ? &*gpu : nullptr);
        s.context_tokens = std::min<std::int64_t>(context, pin.model->spec.max_positions > 0 &&
                                                                   pin.state.model_source != ModelSource::Custom
                                                               ? pin.model->spec.max_positions
                                                               : kCustomMaxContext);
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        lines << line(PinnedOverlays::legendName(pin), e, state.unit);
        if (e.speed.valid && pin.state.engine.task == sizing::Task::Inference) {
            speeds << tr("%1: %2 tokens/s")
                          .arg(pin.name, rate(pin.state.batch > 1 ? e.speed.decode_batch_tokens_per_s
                                                                  : e.speed.decode_tokens_per_s));
        }
    }
    m_readout->setText(lines.join(QLatin1Char('\n')));
    m_readout->setVisible(true);
    m_guide->point1->setCoords(m_tokens, 0);
    m_guide->point2->setCoords(m_tokens, 1);
    m_guide->setVisible(true);
    m_page->contextChart()->redrawMarkers();
    if (!speeds.isEmpty()) {
        m_speedMark->setText(
            tr("Decode at %1 tokens of context\n%2").arg(tokenCountText(m_tokens), speeds.join(QLatin1Char('\n'))));
        m_speedMark->setVisible(true);
    } else {
        m_speedMark->setVisible(false);
    }
    m_page->speedChart()->replot(QCustomPlot::rpQueuedReplot);
}

void ContextReadout::hide() {
    m_readout->setVisible(false);
    m_guide->setVisible(false);
    m_speedMark->setVisible(false);
    m_page->contextChart()->redrawMarkers();
    m_page->speedChart()->replot(QCustomPlot::rpQueuedReplot);
}

void ContextReadout::setContextTo(double tokens) {
    ControlPanel* controls = m_page->controls();
    ExplorerState state = controls->state();
    const auto context =
        static_cast<std::int64_t>(std::llround(std::clamp(tokens, 1.0, static_cast<double>(controls->maxContext()))));
    if (context == state.context_tokens) {
        return;
    }
    state.context_tokens = context;
    if (m_history != nullptr) {
        m_history->nameNextChange(tr("Context from the chart"));
    }
    controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
}

bool ContextReadout::eventFilter(QObject* watched, QEvent* event) {
    auto* chart = qobject_cast<ContextChart*>(watched);
    if (chart == nullptr) {
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::MouseMove: {
        const QPointF pos = static_cast<QMouseEvent*>(event)->position();
        if (chart->axisRect()->rect().contains(pos.toPoint())) {
            showAt(chart->xAxis->pixelToCoord(pos.x()));
        } else if (isShown()) {
            hide();
        }
        break;
    }
    case QEvent::Leave:
        if (isShown()) {
            hide();
        }
        break;
    case QEvent::MouseButtonPress:
        m_pressAt = static_cast<QMouseEvent*>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        // A click, not a drag: the context goes where it was clicked.
        if (mouse->button() == Qt::LeftButton && (pos - m_pressAt).manhattanLength() < 6 &&
            chart->axisRect()->rect().contains(pos)) {
            setContextTo(chart->xAxis->pixelToCoord(pos.x()));
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fitscope::gui
