#include "results_table.h"

#include "lab_results_model.h"
#include "progress_delegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

#include <set>

namespace fitscope::gui::lab {

ResultsTable::ResultsTable(LabResultsModel* model, QWidget* parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("labResultsTable"));
    setAccessibleName(tr("Results table"));
    setAccessibleDescription(tr("Every metric of every scheme of the last run. Click a header to sort; Ctrl+C "
                                "copies the selected rows as tab-separated text."));
    setToolTip(accessibleDescription());
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(LabResultsModel::SortRole);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the run's order until a header is clicked
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(LabResultsModel::Scheme, 170);
    setColumnWidth(LabResultsModel::Status, 110);
    setItemDelegateForColumn(LabResultsModel::Status, new ProgressDelegate(this));
}

QString ResultsTable::selectedRowsAsText() const {
    std::set<int> rows;
    for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
        rows.insert(i.row());
    }
    if (rows.empty()) {
        return {};
    }
    const int columns = m_proxy->columnCount();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columns; ++c) {
        header << m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            cells << m_proxy->index(r, c).data(Qt::DisplayRole).toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ResultsTable::copySelection() const {
    const QString text = selectedRowsAsText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void ResultsTable::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace fitscope::gui::lab
