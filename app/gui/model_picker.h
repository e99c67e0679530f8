#pragma once

#include "core/catalog/catalog.h"

#include <QString>
#include <QStyledItemDelegate>

#include <vector>

class QComboBox;

namespace fitscope::gui {

// The model combo's item roles (kind: "catalog", "config", "custom", or "header" for a family's
// title, which is not selectable).
constexpr int kModelKindRole = Qt::UserRole + 1;
constexpr int kModelIdRole = Qt::UserRole + 2;
constexpr int kModelDetailRole = Qt::UserRole + 3; // "25.8 B total, 4.40 B active · Apr 2026"

// One row of the model picker: a family's title, or a catalog model under it.
struct ModelPickerRow {
    QString family;                             // the group's name (rows of a group share it)
    const catalog::ModelEntry* entry = nullptr; // nullptr: the group's title row
};

// The catalog grouped by family: the family with the newest release first, each family's models
// newest first; undated models after the dated ones, in catalog order.
std::vector<ModelPickerRow> groupedModelRows(const catalog::Catalog& catalog);

// Draws a picker row: a family title in bold, a model's name with its parameters and release
// month beside it, dimmed.
class ModelPickerDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text beside a model's name: total (and active, when fewer) parameters and the release month.
    static QString detailText(const catalog::ModelEntry& entry);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace fitscope::gui
