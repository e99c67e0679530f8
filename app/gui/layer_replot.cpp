#include "layer_replot.h"

#include <qcustomplot.h>

namespace fitscope::gui {

LayerReplot::LayerReplot(QCustomPlot* plot, QCPLayer* layer)
    : QObject(plot)
    , m_plot(plot)
    , m_layer(layer) {
    m_layer->setMode(QCPLayer::lmBuffered);
    connect(plot, &QCustomPlot::beforeReplot, this, [this] { m_fullQueued = false; });
    connect(plot, &QCustomPlot::afterReplot, this, [this] { m_replotted = true; });
}

void LayerReplot::requestFull() {
    m_fullQueued = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LayerReplot::requestLayer() {
    if (m_fullQueued) {
        return;
    }
    if (!m_replotted) {
        requestFull();
        return;
    }
    if (m_layerQueued) {
        return;
    }
    m_layerQueued = true;
    QMetaObject::invokeMethod(this, &LayerReplot::redrawLayer, Qt::QueuedConnection);
}

void LayerReplot::redrawLayer() {
    m_layerQueued = false;
    if (m_fullQueued) {
        return;
    }
    // A full replot instead when the buffers were invalidated (a resize, a new device pixel ratio).
    m_layer->replot();
    ++m_layerRedraws;
}

} // namespace fitscope::gui
