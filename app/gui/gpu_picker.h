#pragma once

#include "core/sizing/gpu_spec.h"
#include "explorer_state.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fitscope::gui {

// A checkable list of GPUs with a search box, grouped consumer / data centre / Apple, with a count
// per GPU (tensor parallelism). Several GPUs can be checked to compare them side by side.
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

signals:
    void selectionChanged();

private:
    void filter(const QString& text);
    void onItemChanged(QTreeWidgetItem* item, int column);
    QTreeWidgetItem* itemFor(const std::string& id) const;

    QLineEdit* m_search = nullptr;
    QTreeWidget* m_tree = nullptr;
    std::vector<sizing::GpuSpec> m_gpus;
    bool m_updating = false;
};

} // namespace fitscope::gui
