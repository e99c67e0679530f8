#include "command_palette.h"

#include "fuzzy_match.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fitscope::gui {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kMaxShown = 60;

} // namespace

CommandPalette::CommandPalette(QWidget* parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint) {
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Type an action, model, GPU, format or runtime…"));
    m_search->setAccessibleName(tr("Search actions, models, GPUs, formats and runtimes"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setColumnCount(3);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the search field
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    resize(640, 420);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { runCurrent(); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this] { runCurrent(); });
}

void CommandPalette::setEntries(std::vector<PaletteEntry> entries) {
    m_entries = std::move(entries);
    refilter();
}

void CommandPalette::popUp() {
    m_search->clear();
    refilter();
    if (QWidget* owner = parentWidget()) {
        const QWidget* window = owner->window();
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        resize(std::min(640, std::max(360, window->width() - 40)), std::min(420, std::max(240, window->height() - 80)));
        move(topCentre.x() - width() / 2, topCentre.y() + 60);
    }
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::refilter() {
    const QString query = m_search->text();
    std::vector<std::pair<int, std::size_t>> ranked;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry& e = m_entries[i];
        if (query.trimmed().isEmpty()) {
            // Nothing typed: the actions, as the menus list them.
            if (e.kind == tr("Action")) {
                ranked.emplace_back(0, i);
            }
            continue;
        }
        int score = fuzzyScore(query, e.text);
        if (!e.keywords.isEmpty()) {
            // Keywords widen what matches, but a match on the shown text ranks first.
            score = std::max(score, fuzzyScore(query, e.text + QLatin1Char(' ') + e.keywords) - 50);
        }
        if (score >= 0) {
            ranked.emplace_back(score, i);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    m_list->clear();
    for (std::size_t k = 0; k < ranked.size() && k < static_cast<std::size_t>(kMaxShown); ++k) {
        const PaletteEntry& e = m_entries[ranked[k].second];
        auto* item = new QTreeWidgetItem(m_list, {e.text, e.kind, e.shortcut});
        item->setData(0, kEntryRole, static_cast<qulonglong>(ranked[k].second));
        item->setForeground(1, palette().placeholderText());
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
}

QStringList CommandPalette::shownTexts() const {
    QStringList texts;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        texts << m_list->topLevelItem(i)->text(0);
    }
    return texts;
}

bool CommandPalette::runCurrent() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return false;
    }
    const auto index = static_cast<std::size_t>(item->data(0, kEntryRole).toULongLong());
    if (index >= m_entries.size()) {
        return false;
    }
    // Close first: the action may open a dialog of its own.
    const std::function<void()> run = m_entries[index].run;
    hide();
    if (run) {
        run();
    }
    return true;
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_list->topLevelItemCount();
        const int row = m_list->currentItem() != nullptr ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
        switch (key->key()) {
        case Qt::Key_Down:
            if (count > 0) {
                m_list->setCurrentItem(m_list->topLevelItem((row + 1) % count));
            }
            return true;
        case Qt::Key_Up:
            if (count > 0) {
                m_list->setCurrentItem(m_list->topLevelItem((row - 1 + count) % count));
            }
            return true;
        case Qt::Key_PageDown:
            if (count > 0) {
                m_list->setCurrentItem(m_list->topLevelItem(std::min(count - 1, row + 10)));
            }
            return true;
        case Qt::Key_PageUp:
            if (count > 0) {
                m_list->setCurrentItem(m_list->topLevelItem(std::max(0, row - 10)));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace fitscope::gui
