#include "progress_delegate.h"

#include "lab_results_model.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace fitscope::gui::lab {

ProgressDelegate::ProgressDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const auto state = static_cast<LabResultsModel::RowState>(index.data(LabResultsModel::StateRole).toInt());
    if (state != LabResultsModel::RowState::Running) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = static_cast<int>(std::lround(1000.0 * index.data(LabResultsModel::ProgressRole).toDouble()));
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace fitscope::gui::lab
