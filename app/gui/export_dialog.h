#pragma once

#include "chart_export.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace fitscope::gui {

// Asks which chart to export and how: format, size and (for PNG/JPG) the pixel scale.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(QWidget* parent = nullptr);

    ChartKind chart() const;
    ImageFormat format() const;
    ChartExportOptions options() const; // size and scale; title and caption are the caller's

    void setChart(ChartKind kind);

private:
    QComboBox* m_chart = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
};

} // namespace fitscope::gui
