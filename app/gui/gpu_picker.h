#pragma once

#include "core/sizing/gpu_spec.h"
#include "explorer_state.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fitscope::gui {

// A checkable list of GPUs with a search box, grouped consumer / data centre / Apple, with a count
// per GPU (tensor parallelism). Several GPUs can be checked to compare them side by side. Filters by
// vendor, minimum memory and category (consumer, data centre, Apple, unified memory) narrow the list;
// a checked GPU stays listed whatever they say, so the selection never disappears from view.
class GpuPicker : public QWidget {
    Q_OBJECT

public:
    explicit GpuPicker(QWidget* parent = nullptr);

    void setGpus(const std::vector<sizing::GpuSpec>& gpus, sizing::MemoryUnit unit);
    void setUnit(sizing::MemoryUnit unit);
    // Checks exactly these GPUs with their counts (no signal). Unknown ids are ignored.
    void setSelection(const std::vector<GpuChoice>& selection);
    std::vector<GpuChoice> selection() const; // in list order
    void setChecked(const std::string& id, bool checked);

    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* tree() const { return m_tree; }
    QComboBox* vendorFilter() const { return m_vendor; }
    QDoubleSpinBox* memoryFilter() const { return m_minMemory; }
    QComboBox* categoryFilter() const { return m_category; }

signals:
    void selectionChanged();
    void detailsRequested(const std::string& id); // "Details…" in an item's context menu, or a double click

private:
    void filter();
    bool passesFilters(const sizing::GpuSpec& gpu) const;
    void fillVendors();
    void onItemChanged(QTreeWidgetItem* item, int column);
    QTreeWidgetItem* itemFor(const std::string& id) const;

    QLineEdit* m_search = nullptr;
    QComboBox* m_vendor = nullptr;
    QDoubleSpinBox* m_minMemory = nullptr;
    QComboBox* m_category = nullptr;
    QTreeWidget* m_tree = nullptr;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
    std::vector<sizing::GpuSpec> m_gpus;
    bool m_updating = false;
};

} // namespace fitscope::gui
