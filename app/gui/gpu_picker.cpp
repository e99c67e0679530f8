#include "gpu_picker.h"

#include "core/sizing/units.h"
#include "machine_gpus.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fitscope::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
enum Column { NameColumn, MemoryColumn, CountColumn };
// The category filter's entries: the catalog's three groups and the GPUs that share system memory
// (Apple, DGX Spark, Strix Halo), which cut across them.
enum CategoryFilter { AnyCategory = -1, UnifiedCategory = 100 };

QString categoryName(sizing::GpuCategory category) {
    switch (category) {
    case sizing::GpuCategory::Consumer:
        return GpuPicker::tr("Consumer");
    case sizing::GpuCategory::DataCentre:
        return GpuPicker::tr("Data centre");
    case sizing::GpuCategory::Apple:
        return GpuPicker::tr("Apple (unified memory)");
    }
    return {};
}

} // namespace

GpuPicker::GpuPicker(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    m_search->setObjectName(QStringLiteral("gpuSearch"));
    m_search->setPlaceholderText(tr("Search GPUs…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search GPUs"));
    m_search->setAccessibleDescription(tr("Shows only the GPUs whose name contains the text."));
    m_search->setToolTip(m_search->accessibleDescription());

    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(QStringLiteral("gpuVendorFilter"));
    m_vendor->setAccessibleName(tr("Vendor"));
    m_vendor->setAccessibleDescription(tr("Shows only this vendor's GPUs."));
    m_vendor->setToolTip(m_vendor->accessibleDescription());
    m_vendor->addItem(tr("All vendors"), QString());
    m_minMemory = new QDoubleSpinBox(this);
    m_minMemory->setObjectName(QStringLiteral("gpuMemoryFilter"));
    m_minMemory->setRange(0, 4096);
    m_minMemory->setDecimals(0);
    m_minMemory->setSingleStep(8);
    m_minMemory->setSpecialValueText(tr("Any memory"));
    m_minMemory->setPrefix(tr("≥ "));
    m_minMemory->setAccessibleName(tr("Minimum memory"));
    m_minMemory->setAccessibleDescription(tr("Shows only GPUs with at least this much memory (nominal)."));
    m_minMemory->setToolTip(m_minMemory->accessibleDescription());
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("gpuCategoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setAccessibleDescription(
        tr("Shows only consumer cards, data-centre GPUs, Apple silicon, or every GPU that shares system memory."));
    m_category->setToolTip(m_category->accessibleDescription());
    m_category->addItem(tr("All kinds"), static_cast<int>(AnyCategory));
    m_category->addItem(tr("Consumer"), static_cast<int>(sizing::GpuCategory::Consumer));
    m_category->addItem(tr("Data centre"), static_cast<int>(sizing::GpuCategory::DataCentre));
    m_category->addItem(tr("Apple"), static_cast<int>(sizing::GpuCategory::Apple));
    m_category->addItem(tr("Unified memory"), static_cast<int>(UnifiedCategory));

    m_tree->setObjectName(QStringLiteral("gpuTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("GPU"), tr("Memory"), tr("Count")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setAccessibleName(tr("GPUs to compare"));
    m_tree->setAccessibleDescription(
        tr("Check one or more GPUs; each checked GPU gets its own bar. Count is the number of identical GPUs "
           "sharing the model with tensor parallelism."));
    m_tree->setToolTip(m_tree->accessibleDescription());
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(MemoryColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(280);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    // Two rows: three filters side by side would be wider than the control column and clip it.
    // The combos may shrink below their longest item (the popup still shows it whole).
    for (QComboBox* combo : {m_vendor, m_category}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(4);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_vendor, 0, 0);
    filters->addWidget(m_category, 0, 1);
    filters->addWidget(m_minMemory, 1, 0, 1, 2);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &GpuPicker::filter);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &GpuPicker::filter);
    connect(m_minMemory, &QDoubleSpinBox::valueChanged, this, &GpuPicker::filter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &GpuPicker::filter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &GpuPicker::onItemChanged);
    // A GPU's catalog figures and sources, and a unified machine's GPU limit (GpuDetailsDialog).
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = m_tree->itemAt(pos);
        if (item == nullptr || item->parent() == nullptr) {
            return;
        }
        const std::string id = item->data(NameColumn, kIdRole).toString().toStdString();
        QMenu menu(this);
        QAction* details = menu.addAction(tr("&Details…"));
        if (menu.exec(m_tree->viewport()->mapToGlobal(pos)) == details) {
            emit detailsRequested(id);
        }
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int column) {
        if (item != nullptr && item->parent() != nullptr && column == NameColumn) {
            emit detailsRequested(item->data(NameColumn, kIdRole).toString().toStdString());
        }
    });
}

void GpuPicker::setGpus(const std::vector<sizing::GpuSpec>& gpus, sizing::MemoryUnit unit) {
    const std::vector<GpuChoice> before = selection();
    m_updating = true;
    m_gpus = gpus;
    m_tree->clear();
    // A group header: bold, muted, not selectable.
    const auto addGroup = [this](const QString& title) {
        auto* group = new QTreeWidgetItem(m_tree, {title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(NameColumn);
        bold.setBold(true);
        group->setFont(NameColumn, bold);
        group->setForeground(NameColumn, palette().color(QPalette::PlaceholderText));
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
        return group;
    };
    const auto addGpu = [this, unit](QTreeWidgetItem* group, const sizing::GpuSpec& gpu) {
        auto* item = new QTreeWidgetItem(group);
        const QString id = QString::fromStdString(gpu.id);
        item->setData(NameColumn, kIdRole, id);
        item->setText(NameColumn, shortGpuName(gpu));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, Qt::Unchecked);
        item->setTextAlignment(MemoryColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(
            NameColumn,
            tr("%1 — %2, %3 GB/s. Usable memory %4 of %5 nominal.%6")
                    .arg(QString::fromStdString(gpu.display_name), QString::fromStdString(gpu.architecture))
                    .arg(gpu.bandwidth_gbps)
                    .arg(QString::fromStdString(sizing::formatBytes(gpu.capacityBytes(), unit)),
                         QString::fromStdString(sizing::formatBytes(gpu.memory_bytes, unit)),
                         gpu.user_defined ? tr(" (from your catalog file)") : QString()) +
                (isMachineGpu(gpu.id) ? QLatin1Char('\n') + QString::fromStdString(gpu.source) : QString()));
        auto* count = new QSpinBox(m_tree);
        count->setObjectName(QStringLiteral("gpuCount_") + id);
        count->setRange(1, 64);
        count->setAccessibleName(tr("Number of %1 GPUs").arg(QString::fromStdString(gpu.display_name)));
        count->setAccessibleDescription(tr("Identical GPUs sharing the model with tensor parallelism."));
        count->setToolTip(count->accessibleDescription());
        count->setFrame(false);
        count->setButtonSymbols(QAbstractSpinBox::NoButtons);
        count->setAlignment(Qt::AlignCenter);
        m_tree->setItemWidget(item, CountColumn, count);
        connect(count, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating) {
                emit selectionChanged();
            }
        });
    };
    // This machine's GPUs first (detected in the background: machine_gpus.h), then the catalog's.
    QTreeWidgetItem* machine = nullptr;
    for (const sizing::GpuSpec& gpu : m_gpus) {
        if (isMachineGpu(gpu.id)) {
            if (machine == nullptr) {
                machine = addGroup(tr("This machine"));
            }
            addGpu(machine, gpu);
        }
    }
    for (sizing::GpuCategory category :
         {sizing::GpuCategory::Consumer, sizing::GpuCategory::DataCentre, sizing::GpuCategory::Apple}) {
        QTreeWidgetItem* group = nullptr;
        for (const sizing::GpuSpec& gpu : m_gpus) {
            if (gpu.category != category || isMachineGpu(gpu.id)) {
                continue;
            }
            if (group == nullptr) {
                group = addGroup(categoryName(category));
            }
            addGpu(group, gpu);
        }
    }
    setUnit(unit);
    fillVendors();
    m_updating = false;
    setSelection(before);
    filter();
}

void GpuPicker::fillVendors() {
    // The vendors of the list as it is (the catalog's, this machine's, the user's own), in a stable order.
    const QString current = m_vendor->currentData().toString();
    QStringList vendors;
    for (const sizing::GpuSpec& gpu : m_gpus) {
        const QString vendor = QString::fromStdString(gpu.vendor);
        if (!vendor.isEmpty() && !vendors.contains(vendor)) {
            vendors << vendor;
        }
    }
    vendors.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_vendor);
    while (m_vendor->count() > 1) {
        m_vendor->removeItem(1);
    }
    for (const QString& vendor : vendors) {
        m_vendor->addItem(vendor, vendor);
    }
    m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(current)));
}

bool GpuPicker::passesFilters(const sizing::GpuSpec& gpu) const {
    const QString vendor = m_vendor->currentData().toString();
    if (!vendor.isEmpty() && QString::fromStdString(gpu.vendor) != vendor) {
        return false;
    }
    // Whole units as the Memory column shows them, so "≥ 24" keeps a 24 GB card whatever its rounding.
    if (m_minMemory->value() > 0 && sizing::bytesIn(gpu.memory_bytes, m_unit) + 0.05 < m_minMemory->value()) {
        return false;
    }
    const int category = m_category->currentData().toInt();
    if (category == UnifiedCategory) {
        return gpu.unified_memory;
    }
    return category == AnyCategory || static_cast<int>(gpu.category) == category;
}

void GpuPicker::setUnit(sizing::MemoryUnit unit) {
    m_unit = unit;
    m_minMemory->setSuffix(QLatin1Char(' ') + QString::fromLatin1(sizing::unitName(unit).data()));
    for (const sizing::GpuSpec& gpu : m_gpus) {
        if (QTreeWidgetItem* item = itemFor(gpu.id)) {
            const QSignalBlocker block(m_tree);
            item->setText(MemoryColumn, QString::fromStdString(sizing::formatBytes(gpu.memory_bytes, unit, 1)));
        }
    }
}

QTreeWidgetItem* GpuPicker::itemFor(const std::string& id) const {
    const QString key = QString::fromStdString(id);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(NameColumn, kIdRole).toString() == key) {
                return group->child(i);
            }
        }
    }
    return nullptr;
}

void GpuPicker::setSelection(const std::vector<GpuChoice>& selection) {
    m_updating = true;
    const QSignalBlocker block(m_tree);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const std::string id = item->data(NameColumn, kIdRole).toString().toStdString();
            const auto it =
                std::find_if(selection.begin(), selection.end(), [&id](const GpuChoice& c) { return c.id == id; });
            item->setCheckState(NameColumn, it != selection.end() ? Qt::Checked : Qt::Unchecked);
            if (auto* count = qobject_cast<QSpinBox*>(m_tree->itemWidget(item, CountColumn))) {
                count->setValue(it != selection.end() ? static_cast<int>(it->count) : 1);
            }
        }
    }
    m_updating = false;
}

void GpuPicker::setChecked(const std::string& id, bool checked) {
    if (QTreeWidgetItem* item = itemFor(id)) {
        item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked); // emits through itemChanged
    }
}

std::vector<GpuChoice> GpuPicker::selection() const {
    std::vector<GpuChoice> result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->checkState(NameColumn) != Qt::Checked) {
                continue;
            }
            GpuChoice choice;
            choice.id = item->data(NameColumn, kIdRole).toString().toStdString();
            if (auto* count = qobject_cast<QSpinBox*>(m_tree->itemWidget(item, CountColumn))) {
                choice.count = count->value();
            }
            result.push_back(choice);
        }
    }
    return result;
}

void GpuPicker::filter() {
    const QString text = m_search->text();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const QString id = item->data(NameColumn, kIdRole).toString();
            const auto spec = std::find_if(m_gpus.begin(), m_gpus.end(),
                                           [&id](const sizing::GpuSpec& gpu) { return gpu.id == id.toStdString(); });
            const bool match = item->checkState(NameColumn) == Qt::Checked ||
                               ((text.isEmpty() || item->text(NameColumn).contains(text, Qt::CaseInsensitive) ||
                                 id.contains(text, Qt::CaseInsensitive)) &&
                                (spec == m_gpus.end() || passesFilters(*spec)));
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void GpuPicker::onItemChanged(QTreeWidgetItem* item, int column) {
    if (m_updating || column != NameColumn || item->parent() == nullptr) {
        return;
    }
    emit selectionChanged();
}

} // namespace fitscope::gui
