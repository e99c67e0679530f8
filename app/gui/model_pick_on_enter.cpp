#include "model_pick_on_enter.h"

#include "fuzzy_match.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

namespace fitscope::gui {

ModelPickOnEnter::ModelPickOnEnter(QComboBox* combo, QList<int> searchRoles)
    : QObject(combo)
    , m_combo(combo)
    , m_roles(std::move(searchRoles)) {
    combo->lineEdit()->installEventFilter(this);
    // With the completer's popup open, Enter reaches the popup first.
    if (combo->completer() != nullptr && combo->completer()->popup() != nullptr) {
        combo->completer()->popup()->installEventFilter(this);
    }
}

int ModelPickOnEnter::bestIndex(const QComboBox& combo, const QString& text, const QList<int>& searchRoles) {
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        return -1;
    }
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < combo.count(); ++i) {
        if (!(combo.model()->flags(combo.model()->index(i, 0)) & Qt::ItemIsEnabled)) {
            continue;
        }
        int score = fuzzyScore(query, combo.itemText(i));
        for (int role : searchRoles) {
            const QString extra = combo.itemData(i, role).toString();
            if (!extra.isEmpty()) {
                score = std::max(score, fuzzyScore(query, extra));
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return bestScore >= 0 ? best : -1;
}

bool ModelPickOnEnter::pick() {
    const QString text = m_combo->lineEdit()->text();
    if (m_combo->currentIndex() >= 0 && text == m_combo->itemText(m_combo->currentIndex())) {
        return false; // nothing typed over the current entry
    }
    const int index = bestIndex(*m_combo, text, m_roles);
    if (index < 0) {
        emit noMatch(text);
        return true;
    }
    if (m_combo->completer() != nullptr && m_combo->completer()->popup() != nullptr) {
        m_combo->completer()->popup()->hide();
    }
    if (index == m_combo->currentIndex()) {
        m_combo->lineEdit()->setText(m_combo->itemText(index)); // the typed text gives way to the entry's
    } else {
        m_combo->setCurrentIndex(index);
    }
    m_combo->lineEdit()->selectAll();
    return true;
}

bool ModelPickOnEnter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) {
        return QObject::eventFilter(watched, event);
    }
    // An entry highlighted in the popup with the arrow keys is the user's choice: the popup takes it.
    if (watched != m_combo->lineEdit()) {
        const QAbstractItemView* popup = m_combo->completer()->popup();
        if (popup->currentIndex().isValid() && popup->selectionModel()->isSelected(popup->currentIndex())) {
            return false;
        }
    }
    return pick();
}

} // namespace fitscope::gui
