#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace fitscope::gui::lab {

class LabResultsModel;

// The sortable results table. Ctrl+C copies the selected rows (with the header) as tab-separated
// text, ready for a spreadsheet.
class ResultsTable : public QTableView {
    Q_OBJECT

public:
    explicit ResultsTable(LabResultsModel* model, QWidget* parent = nullptr);

    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QString selectedRowsAsText() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace fitscope::gui::lab
