#pragma once

#include "pinned_scenarios.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace fitscope::gui {

// The strip of pinned scenarios under the summary: "Pin" keeps the live scenario as a card; each
// card shows its colour and name, a star to make it the baseline, a menu (rename, show in the
// controls, unpin) and ×. It shows what PinnedScenarios holds and asks for changes by signals:
// the workspace makes them (as undo steps).
class PinBar : public QFrame {
    Q_OBJECT

public:
    explicit PinBar(QWidget* parent = nullptr);

    void setPins(const std::vector<Pin>& pins, bool full);
    QToolButton* pinButton() const { return m_pin; }
    QToolButton* compareButton() const { return m_compare; }
    int cardCount() const;

signals:
    void pinRequested();
    void unpinRequested(int index);
    void baselineRequested(int index, bool on);
    void renameRequested(int index, const QString& name);
    void showRequested(int index); // load the pin into the controls
    void compareRequested();

private:
    void renameInteractively(int index);

    QHBoxLayout* m_cards = nullptr;
    QToolButton* m_pin = nullptr;
    QToolButton* m_compare = nullptr;
    QLabel* m_hint = nullptr;
    std::vector<Pin> m_pins;
};

} // namespace fitscope::gui
