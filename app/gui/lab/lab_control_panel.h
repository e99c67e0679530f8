#pragma once

#include "lab_state.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace fitscope::gui::lab {

// The lab's side panel: the tensor source, the scheme checklist (grouped as float, INT8, 4-bit,
// GGUF, GPTQ/AWQ; group size and zero-point are columns of it), the scheme options, and Run /
// Cancel with the overall progress. It holds a LabState and computes nothing.
class LabControlPanel : public QWidget {
    Q_OBJECT

public:
    explicit LabControlPanel(QWidget* parent = nullptr);

    LabState state() const;
    void setState(const LabState& state);
    // The checked schemes, in checklist order.
    std::vector<std::string> checkedSchemes() const;
    void setSchemeChecked(const std::string& scheme, bool checked);

    void setRunning(bool running);
    void setProgress(double fraction, const QString& text);

    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QTreeWidget* schemeTree() const { return m_schemes; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void changed();
    void runRequested();
    void cancelRequested();
    void message(const QString& text);

private:
    void buildUi();
    QWidget* buildSourceBox();
    QWidget* buildSchemeBox();
    QWidget* buildOptionsBox();
    void browse();
    void loadTensorList(const QString& path);
    void updateSourceVisibility();
    void emitChanged();

    QComboBox* m_source = nullptr;
    QStackedWidget* m_sourcePages = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_rows = nullptr;
    QSpinBox* m_cols = nullptr;
    QSpinBox* m_tokens = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_outliers = nullptr;
    QDoubleSpinBox* m_magnitude = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_tensor = nullptr;
    QLabel* m_fileNote = nullptr;
    QTreeWidget* m_schemes = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QDoubleSpinBox* m_damping = nullptr;
    QCheckBox* m_actOrder = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QString m_tensorWanted; // the tensor to select once the file's list is read
    int m_view = 0;
    bool m_syncing = false;
};

} // namespace fitscope::gui::lab
