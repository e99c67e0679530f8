#include "fit_matrix_model.h"

#include "theme.h"

#include <QFont>

namespace fitscope::gui {

FitMatrixModel::FitMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FitMatrixModel::setMatrix(FitMatrix matrix, sizing::MemoryUnit unit) {
    const bool sameShape = matrix.model_ids == m_matrix.model_ids && matrix.gpu_ids == m_matrix.gpu_ids &&
                           matrix.gpu_names == m_matrix.gpu_names;
    if (sameShape) {
        m_matrix = std::move(matrix);
        m_unit = unit;
        if (rowCount() > 0 && columnCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        return;
    }
    beginResetModel();
    m_matrix = std::move(matrix);
    m_unit = unit;
    endResetModel();
}

int FitMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.model_ids.size());
}

int FitMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.gpu_ids.size());
}

QVariant FitMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const FitCell& cell = m_matrix.cell(index.row(), index.column());
    const bool current = index.row() == m_matrix.current_row && index.column() == m_matrix.current_column;
    switch (role) {
    case Qt::DisplayRole:
        if (!cell.valid) {
            return tr("n/a");
        }
        return QString::fromStdString(sizing::formatBytes(cell.per_gpu_bytes, m_unit));
    case Qt::BackgroundRole:
        return cell.valid ? theme::verdictTint(cell.verdict) : QColor(Qt::white);
    case Qt::ForegroundRole:
        return cell.valid ? theme::verdictColor(cell.verdict).darker(130) : theme::kMutedInk;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (!cell.valid) {
            return tr("Not computed");
        }
        const QString room =
            cell.headroom_bytes >= 0
                ? tr("%1 free").arg(QString::fromStdString(sizing::formatBytes(cell.headroom_bytes, m_unit)))
                : tr("%1 short").arg(QString::fromStdString(sizing::formatBytes(-cell.headroom_bytes, m_unit)));
        return tr("%1 on %2: %3 of %4 per GPU, %5 (%6). Click to load this pair.")
            .arg(m_matrix.model_names[static_cast<std::size_t>(index.row())],
                 m_matrix.gpu_names[static_cast<std::size_t>(index.column())],
                 QString::fromStdString(sizing::formatBytes(cell.per_gpu_bytes, m_unit)),
                 QString::fromStdString(sizing::formatBytes(cell.capacity_bytes, m_unit)),
                 theme::verdictText(cell.verdict), room);
    }
    case Qt::UserRole:
        return static_cast<int>(cell.verdict);
    default:
        return {};
    }
}

QVariant FitMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Horizontal && section < columnCount()) {
            return m_matrix.gpu_names[static_cast<std::size_t>(section)];
        }
        if (orientation == Qt::Vertical && section < rowCount()) {
            return m_matrix.model_names[static_cast<std::size_t>(section)];
        }
    }
    if (role == Qt::FontRole && orientation == Qt::Vertical && section == m_matrix.current_row) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace fitscope::gui
