#pragma once

#include "core/sizing/units.h"
#include "core/sources/local_model_fit.h"

#include <QAbstractTableModel>

#include <vector>

namespace fitscope::gui {

// The rows of "Models on this machine": one local model each (core/sources), with its badge for the
// explorer's GPU and context. Display text is formatted here; SortRole gives the value each column
// sorts by (bytes, the badge's order), so a QSortFilterProxyModel sorts numbers as numbers.
class LocalModelsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Store, Format, Size, Quantization, Context, Fit, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2; // the path that opens the model ("" when broken)

    explicit LocalModelsTableModel(QObject* parent = nullptr);

    void setModels(std::vector<sources::LocalModel> models);
    // New badges (the GPU, context or runtime changed); the rows stay.
    void setFits(const sizing::Scenario& base);
    void setUnit(sizing::MemoryUnit unit);
    const std::vector<sources::LocalModelRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString storeText(sources::ModelStore store); // translated store names

private:
    std::vector<sources::LocalModelRow> m_rows;
    sizing::Scenario m_base;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
};

} // namespace fitscope::gui
