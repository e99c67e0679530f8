#pragma once

#include <QObject>

class QComboBox;

namespace fitscope::gui {

// The model picker's Enter: the typed text picks the only, or the best, matching entry (fuzzyScore
// over each entry's name and its extra search roles), as the arrow keys and the popup would. Without
// it the typed text stayed and nothing changed unless a popup entry was chosen with the arrows.
class ModelPickOnEnter : public QObject {
    Q_OBJECT

public:
    // Watches combo's line edit; searchRoles are item data roles searched besides the display text
    // (the catalog id, say). Owned by combo.
    ModelPickOnEnter(QComboBox* combo, QList<int> searchRoles);

    // The entry text names best, -1 when none matches (also for the tests).
    static int bestIndex(const QComboBox& combo, const QString& text, const QList<int>& searchRoles);

signals:
    void noMatch(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool pick();

    QComboBox* m_combo = nullptr;
    QList<int> m_roles;
};

} // namespace fitscope::gui
