#pragma once

#include <QTableView>

#include <string>

namespace fitscope::gui {

class FitMatrixModel;

// The fit matrix as a table: clicking (or pressing Enter on) a cell asks to load that model and GPU.
class FitMatrixView : public QTableView {
    Q_OBJECT

public:
    explicit FitMatrixView(QWidget* parent = nullptr);

    void setMatrixModel(FitMatrixModel* model);

signals:
    void pairActivated(const std::string& modelId, const std::string& gpuId);

private:
    void activate(const QModelIndex& index);

    FitMatrixModel* m_model = nullptr;
};

} // namespace fitscope::gui
