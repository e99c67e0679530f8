#pragma once

#include "lab_data.h"
#include "point_labels.h"

#include <qcustomplot.h>

#include <memory>
#include <string>
#include <vector>

namespace fitscope::gui::lab {

// Accuracy per bit: one labelled point per scheme at (bits per weight, output error), log error
// axis, the Pareto frontier (no other scheme is both smaller and more accurate) drawn through the
// points that lie on it. Hovering a point shows every metric; clicking one selects it.
class AccuracyChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit AccuracyChart(QWidget* parent = nullptr);

    void setOutcomes(const std::vector<std::shared_ptr<const LabOutcome>>& outcomes);
    void setSelectedScheme(const std::string& scheme);

    // What is drawn, for tests: (bits per weight, output error as a fraction) per scheme, run order.
    const std::vector<std::shared_ptr<const LabOutcome>>& outcomes() const { return m_outcomes; }
    QCPGraph* pointsGraph() const { return m_points; }
    QCPGraph* frontierGraph() const { return m_frontier; }
    std::vector<std::string> frontierSchemes() const;
    QString tooltipFor(std::size_t index) const;
    // Where the last layout put each scheme's label (run order), in widget pixels.
    const PointLabelLayout& labelLayout() const { return m_labelLayout; }

signals:
    void schemeClicked(const QString& scheme);

protected:
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int pointAt(const QPointF& pos) const; // −1 when none within reach
    void placeLabels();                    // after each layout (and resize): see point_labels.h
    PointLabelInput labelInput() const;    // the labels' geometry in pixels, for the current ranges
    void updateLayoutOnly();               // the layout phases again after a range change
    static double plotted(double error);   // the y value: a percentage, floored for exact schemes

    std::vector<std::shared_ptr<const LabOutcome>> m_outcomes;
    std::vector<std::size_t> m_frontierIndex;
    QCPGraph* m_points = nullptr;
    QCPGraph* m_frontier = nullptr;
    QCPGraph* m_selected = nullptr;
    std::vector<QCPItemText*> m_labels;
    std::vector<QCPItemLine*> m_leaders; // point to label, shown for the labels of a column
    QCPRange m_baseRange;                // the x range setOutcomes chose; placeLabels may widen it
    PointLabelLayout m_labelLayout;
    bool m_placing = false;
    QCPItemText* m_empty = nullptr;
};

} // namespace fitscope::gui::lab
