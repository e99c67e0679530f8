#pragma once

#include "core/formats/model_file.h"
#include "core/sizing/units.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPBars;
class QLabel;

namespace fitscope::gui {

// What a model file's headers held, for the explorer's "Model file" tab: the file(s), format and
// quantization, the architecture, the parameter count from the tensor table beside the formula's
// (a mismatch flagged), the exact weight bytes, any warning, and the mix of stored types as a small
// bar chart (a Q4_K_M GGUF: Q4_K, Q6_K, F32). Shows a hint when no file is open.
class ModelFilePanel : public QWidget {
    Q_OBJECT

public:
    explicit ModelFilePanel(QWidget* parent = nullptr);

    void setInfo(std::shared_ptr<const formats::ModelFileInfo> info, sizing::MemoryUnit unit);
    const formats::ModelFileInfo* info() const { return m_info.get(); }

    QString text() const; // the description, as plain text (tests, copying)
    // The type histogram as drawn: names bottom to top and their bytes.
    QStringList drawnTypes() const;
    std::vector<double> drawnTypeBytes() const; // in bytes

private:
    std::shared_ptr<const formats::ModelFileInfo> m_info;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
    QLabel* m_text = nullptr;
    QCustomPlot* m_types = nullptr;
    QCPBars* m_bars = nullptr;
    QStringList m_typeNames;
    std::vector<double> m_typeBytes;
};

} // namespace fitscope::gui
