#pragma once

#include "chart_export.h"

#include <QDialog>

class QComboBox;
class QLabel;
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
    // Disables the charts sources cannot draw (the lab's before it has results) and says why under
    // the list; the current choice moves to the first chart that can be exported.
    void setAvailability(const ChartSources& sources);
    bool isAvailable(ChartKind kind) const;

private:
    QComboBox* m_chart = nullptr;
    QLabel* m_unavailable = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
};

} // namespace fitscope::gui
