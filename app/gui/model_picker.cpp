#include "model_picker.h"

#include "core/sizing/units.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <map>

namespace fitscope::gui {

namespace {

// "2025-08-05" and "2025-08" compare as text; empty = undated.
std::string monthOf(const catalog::ModelEntry& entry) {
    return entry.release_date.substr(0, std::min<std::size_t>(7, entry.release_date.size()));
}

} // namespace

std::vector<ModelPickerRow> groupedModelRows(const catalog::Catalog& catalog) {
    struct Group {
        std::string family;
        std::string newest;
        std::size_t first = 0; // catalog position of its first model (ties keep catalog order)
        std::vector<std::pair<std::size_t, const catalog::ModelEntry*>> models;
    };
    std::vector<Group> groups;
    std::map<std::string, std::size_t> index;
    std::size_t position = 0;
    for (const catalog::ModelEntry& entry : catalog.models()) {
        const std::string family = entry.family.empty() ? entry.name : entry.family;
        auto [it, added] = index.try_emplace(family, groups.size());
        if (added) {
            groups.push_back(Group{family, {}, position, {}});
        }
        Group& g = groups[it->second];
        g.models.emplace_back(position++, &entry);
        g.newest = std::max(g.newest, entry.release_date);
    }
    // Newest first; "" (undated) sorts last.
    auto newer = [](const std::string& a, const std::string& b) { return a > b; };
    std::stable_sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
        if (a.newest != b.newest) {
            return newer(a.newest, b.newest);
        }
        return a.first < b.first;
    });
    std::vector<ModelPickerRow> rows;
    for (Group& g : groups) {
        std::stable_sort(g.models.begin(), g.models.end(), [&](const auto& a, const auto& b) {
            return newer(a.second->release_date, b.second->release_date);
        });
        const QString family = QString::fromStdString(g.family);
        rows.push_back(ModelPickerRow{family, nullptr});
        for (const auto& model : g.models) {
            rows.push_back(ModelPickerRow{family, model.second});
        }
    }
    return rows;
}

QString ModelPickerDelegate::detailText(const catalog::ModelEntry& entry) {
    const sizing::ParameterCounts& c = entry.model->counts;
    const QString total = QString::fromStdString(sizing::formatParams(static_cast<double>(c.total())));
    QString text = c.active > 0 && c.active < c.total()
                       ? tr("%1 total, %2 active")
                             .arg(total, QString::fromStdString(sizing::formatParams(static_cast<double>(c.active))))
                       : tr("%1 total").arg(total);
    const std::string month = monthOf(entry);
    const QDate date = QDate::fromString(QString::fromStdString(month), QStringLiteral("yyyy-MM"));
    if (date.isValid()) {
        text += QStringLiteral(" · ") + QLocale().toString(date, QStringLiteral("MMM yyyy"));
    }
    return text;
}

void ModelPickerDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const bool header = index.data(kModelKindRole).toString() == QLatin1String("header");
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (header) {
        // A family's title: bold, on the window colour, never highlighted.
        painter->save();
        painter->fillRect(opt.rect, opt.palette.color(QPalette::Window));
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(opt.palette.color(QPalette::WindowText));
        painter->drawText(opt.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, opt.text);
        painter->restore();
        return;
    }
    const QString detail = index.data(kModelDetailRole).toString();
    if (detail.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The name as usual (indented under its family), the detail right-aligned in the dimmed colour; the
    // popup is as wide as the widest name and detail (sizeHint).
    QStyle* style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget); // the whole row's highlight
    opt.rect.adjust(12, 0, 0, 0);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(opt.rect.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, detail);
    painter->restore();
}

QSize ModelPickerDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString detail = index.data(kModelDetailRole).toString();
    if (!detail.isEmpty()) {
        size.setWidth(size.width() + 12 + option.fontMetrics.horizontalAdvance(detail) + 24);
    }
    return size;
}

} // namespace fitscope::gui
