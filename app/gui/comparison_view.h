#pragma once

#include "core/report/scenario_comparison.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace fitscope::gui {

// The comparison of the pinned scenarios and the live one (core/report/scenario_comparison.h):
// one column per scenario, the inputs that differ (all of them with "Show all inputs"), then every
// result with its difference from the baseline, the better value in bold with a tick. It only
// draws the comparison it is given.
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    void setComparison(const report::Comparison& comparison, int liveColumn);
    const report::Comparison& comparison() const { return m_comparison; }
    QTableWidget* table() const { return m_table; }
    QCheckBox* showAllInputs() const { return m_showAll; }

    // For tests: the row of an input or of a result id (-1 when not shown), a cell's text.
    int rowOf(const std::string& id) const;
    int resultRowOf(const std::string& id) const;
    QString cellText(int row, int column) const;
    bool isBest(int row, int column) const;

private:
    void rebuild();

    QTableWidget* m_table = nullptr;
    QCheckBox* m_showAll = nullptr;
    QLabel* m_note = nullptr;
    report::Comparison m_comparison;
    int m_liveColumn = -1;
    std::vector<std::string> m_rowIds;
};

} // namespace fitscope::gui
