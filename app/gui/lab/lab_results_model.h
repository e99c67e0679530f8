#pragma once

#include "lab_data.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace fitscope::gui::lab {

// One row per scheme of the current run: queued, running (with progress), done (every metric),
// failed or cancelled. A row shows numbers only once its scheme has finished, so a cancelled run
// never passes off partial work as a result.
class LabResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Scheme, Status, Bits, Bytes, OutputError, Rmse, Snr, MaxError, Cosine, Millis, ColumnCount };
    enum Role { SortRole = Qt::UserRole, ProgressRole, SchemeNameRole, StateRole };
    enum class RowState { Queued, Running, Done, Failed, Cancelled };

    explicit LabResultsModel(QObject* parent = nullptr);

    void startRun(const std::vector<std::string>& schemes);
    void setProgress(int row, double fraction);
    void setOutcome(int row, std::shared_ptr<const LabOutcome> outcome);
    void setFailed(int row, const QString& message);
    void cancelPending(); // every row not done becomes Cancelled
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    RowState state(int row) const { return m_rows[static_cast<std::size_t>(row)].state; }
    std::shared_ptr<const LabOutcome> outcome(int row) const { return m_rows[static_cast<std::size_t>(row)].outcome; }
    std::vector<std::shared_ptr<const LabOutcome>> finished() const; // in run order
    int rowOf(const std::string& scheme) const;                      // −1 when absent

private:
    struct Row {
        std::string scheme;
        RowState state = RowState::Queued;
        double progress = 0.0;
        QString message;
        std::shared_ptr<const LabOutcome> outcome;
    };
    void changedRow(int row);

    std::vector<Row> m_rows;
    bool m_stale = false;
};

} // namespace fitscope::gui::lab
