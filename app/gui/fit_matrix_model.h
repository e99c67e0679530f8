#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/units.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <string>
#include <vector>

namespace fitscope::gui {

// One cell of the fit matrix: a catalog model on a selected GPU (with its count).
struct FitCell {
    std::int64_t per_gpu_bytes = 0;
    std::int64_t capacity_bytes = 0;
    std::int64_t headroom_bytes = 0;
    sizing::Verdict verdict = sizing::Verdict::DoesNotFit;
    bool valid = false;
};

struct FitMatrix {
    std::vector<std::string> model_ids;
    std::vector<QString> model_names;
    std::vector<std::string> gpu_ids;
    std::vector<QString> gpu_names; // "A10G", "2 × RTX 4090"
    std::vector<FitCell> cells;     // row-major: models × GPUs
    int current_row = -1;           // the scenario's model, highlighted
    int current_column = -1;

    const FitCell& cell(int row, int column) const {
        return cells[static_cast<std::size_t>(row) * gpu_ids.size() + static_cast<std::size_t>(column)];
    }
};

// Catalog models × selected GPUs at the chosen precision and context: each cell the per-GPU total,
// coloured by verdict. The data is computed by the explorer page with the engine.
class FitMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit FitMatrixModel(QObject* parent = nullptr);

    void setMatrix(FitMatrix matrix, sizing::MemoryUnit unit);
    const FitMatrix& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FitMatrix m_matrix;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
};

} // namespace fitscope::gui
