#pragma once

#include "lab_data.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemText;

namespace fitscope::gui::lab {

// Two stacked plots. Top: the tensor's weights as a histogram, the chosen block's own weights on
// top of it, and the values that block can represent as vertical lines, so one sees how a large
// weight stretches the grid. Bottom: the histogram of the error w − ŵ over the whole tensor.
class DistributionChart : public QWidget {
    Q_OBJECT

public:
    explicit DistributionChart(QWidget* parent = nullptr);

    void setSample(std::shared_ptr<const LabSample> sample);
    // block: index into outcome->blocks. A null outcome clears the scheme's layers.
    void setOutcome(std::shared_ptr<const LabOutcome> outcome, int block);

    QCustomPlot* weightsPlot() const { return m_weightsPlot; }
    QCustomPlot* errorPlot() const { return m_errorPlot; }
    QCPBars* tensorBars() const { return m_tensorBars; }
    QCPBars* blockBars() const { return m_blockBars; }
    QCPGraph* levelsGraph() const { return m_levels; }
    QCPBars* errorBars() const { return m_errorBars; }

    // More levels than this are not drawn one by one (FP16 has thousands in any range).
    static constexpr std::size_t kMaxDrawnLevels = 300;

private:
    void redraw();

    std::shared_ptr<const LabSample> m_sample;
    std::shared_ptr<const LabOutcome> m_outcome;
    int m_block = 0;
    QCustomPlot* m_weightsPlot = nullptr;
    QCustomPlot* m_errorPlot = nullptr;
    QCPBars* m_tensorBars = nullptr;
    QCPBars* m_blockBars = nullptr;
    QCPGraph* m_levels = nullptr;
    QCPBars* m_errorBars = nullptr;
    QCPItemText* m_weightsNote = nullptr;
    QCPItemText* m_errorNote = nullptr;
};

} // namespace fitscope::gui::lab
