#include "fit_matrix_view.h"

#include "fit_matrix_model.h"

#include <QHeaderView>

namespace fitscope::gui {

FitMatrixView::FitMatrixView(QWidget* parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("fitMatrixView"));
    setAccessibleName(tr("Fit matrix"));
    setAccessibleDescription(tr("Every catalog model against every selected GPU at the chosen precision and "
                                "context: the memory per GPU, coloured by verdict. Activate a cell to load it."));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(true);
    setGridStyle(Qt::SolidLine);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setStyleSheet(QStringLiteral("QTableView { gridline-color: #ffffff; border: none; }"
                                 "QTableView::item:selected { border: 2px solid #1f2328; }"));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(90);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setHighlightSections(false);
    connect(this, &QTableView::clicked, this, &FitMatrixView::activate);
    connect(this, &QTableView::activated, this, &FitMatrixView::activate);
}

void FitMatrixView::setMatrixModel(FitMatrixModel* model) {
    m_model = model;
    setModel(model);
}

void FitMatrixView::activate(const QModelIndex& index) {
    if (m_model == nullptr || !index.isValid()) {
        return;
    }
    const FitMatrix& m = m_model->matrix();
    emit pairActivated(m.model_ids[static_cast<std::size_t>(index.row())],
                       m.gpu_ids[static_cast<std::size_t>(index.column())]);
}

} // namespace fitscope::gui
