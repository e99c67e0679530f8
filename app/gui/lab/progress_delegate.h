#pragma once

#include <QStyledItemDelegate>

namespace fitscope::gui::lab {

// Draws the results table's Status cell as a progress bar while its scheme runs.
class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace fitscope::gui::lab
