#pragma once

#include <QObject>

class QCustomPlot;
class QCPLayer;

namespace fitscope::gui {

// Redraws one layer of a chart on its own when only what that layer holds has changed.
//
// QCustomPlot composes the widget from paint buffers: consecutive logical layers share one, and a
// layer in lmBuffered mode has its own, so QCPLayer::replot() redraws that buffer alone and the
// next paint composes it over the others as they were. A slider step that moves a marker or one
// bar then costs the drawing of that marker or bar, not of every line, label, axis and legend
// (issue #19: a step's replot stays within a frame on two cores).
//
// Both requests are queued and coalesce within one event-loop turn; a full replot, whoever asked for
// it, draws the layer too, so a layer redraw asked for before it is dropped.
class LayerReplot : public QObject {
    Q_OBJECT

public:
    // The layer is switched to lmBuffered here.
    LayerReplot(QCustomPlot* plot, QCPLayer* layer);

    void requestFull();
    void requestLayer();
    QCPLayer* layer() const { return m_layer; }

    // For tests: how many times the layer alone was redrawn.
    int layerRedraws() const { return m_layerRedraws; }

private:
    void redrawLayer();

    QCustomPlot* m_plot;
    QCPLayer* m_layer;
    bool m_fullQueued = false;
    bool m_layerQueued = false;
    bool m_replotted = false; // the paint buffers exist only after the first full replot
    int m_layerRedraws = 0;
};

} // namespace fitscope::gui
