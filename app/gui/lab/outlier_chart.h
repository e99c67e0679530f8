#pragma once

#include "lab_data.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace fitscope::gui::lab {

// Why one global scale fails. Left: the largest activation of each input feature, the outlier
// features (|x| ≥ the LLM.int8() threshold) highlighted. Right: the output error each input feature
// contributes, for INT8 with one scale per tensor, with one scale per channel, and with LLM.int8()'s
// decomposition (outlier columns kept in FP16): the spikes sit exactly on the outlier features.
class OutlierChart : public QWidget {
    Q_OBJECT

public:
    explicit OutlierChart(QWidget* parent = nullptr);

    void setSample(std::shared_ptr<const LabSample> sample);

    QCustomPlot* activationPlot() const { return m_activationPlot; }
    QCustomPlot* errorPlot() const { return m_errorPlot; }
    QCPGraph* activationGraph() const { return m_activations; }
    QCPGraph* outlierGraph() const { return m_outliers; }
    // One per LabWorker::outlierViewSchemes(), in that order.
    const std::vector<QCPGraph*>& errorGraphs() const { return m_errorGraphs; }

private:
    std::shared_ptr<const LabSample> m_sample;
    QCustomPlot* m_activationPlot = nullptr;
    QCustomPlot* m_errorPlot = nullptr;
    QCPGraph* m_activations = nullptr;
    QCPGraph* m_outliers = nullptr;
    QCPItemStraightLine* m_threshold = nullptr;
    QCPItemText* m_note = nullptr;
    std::vector<QCPGraph*> m_errorGraphs;
};

} // namespace fitscope::gui::lab
