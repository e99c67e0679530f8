#pragma once

#include "core/catalog/gpu_details.h"
#include "core/sizing/gpu_spec.h"
#include "core/sizing/units.h"

#include <QDialog>

#include <cstdint>

class QDoubleSpinBox;
class QPushButton;
class QTableWidget;

namespace fitscope::gui {

// One GPU's catalog figures, each with the source it comes from (none = no source: the figure is
// unknown, never guessed), and for a unified-memory machine how much of the shared pool the GPU may
// use and why (macOS's wired limit, Strix Halo's carve-out and GTT, DGX Spark's shared pool), with a
// field to change that limit for the scenario. Shows what core's catalog holds; computes nothing.
class GpuDetailsDialog : public QDialog {
    Q_OBJECT

public:
    // limit_bytes: the scenario's own limit for this GPU (0 = the catalog's); editable: the GPU is part
    // of the scenario, so a limit can be set for it.
    GpuDetailsDialog(const sizing::GpuSpec& gpu, const catalog::GpuDetails* details, sizing::MemoryUnit unit,
                     std::int64_t limit_bytes, bool editable, QWidget* parent = nullptr);

    // What the GPU may use as the dialog was left: 0 = the catalog's figure.
    std::int64_t limitBytes() const;

    QTableWidget* figures() const { return m_figures; }
    QDoubleSpinBox* limitSpin() const { return m_limit; } // null unless the GPU shares system memory

private:
    double perUnit() const;

    sizing::GpuSpec m_gpu;
    sizing::MemoryUnit m_unit;
    std::int64_t m_defaultBytes = 0;
    QTableWidget* m_figures = nullptr;
    QDoubleSpinBox* m_limit = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace fitscope::gui
