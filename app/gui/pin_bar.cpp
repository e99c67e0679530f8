#include "pin_bar.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolButton>

namespace fitscope::gui {

PinBar::PinBar(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("pinBar"));
    setAccessibleName(tr("Pinned scenarios"));
    setAccessibleDescription(tr("Scenarios kept for comparison. The baseline is the one the others are measured "
                                "against."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_pin = new QToolButton(this);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_pin->setText(tr("Pin scenario"));
    m_pin->setToolTip(tr("Keeps this scenario as a card to compare others with (up to eight). Ctrl+P"));
    m_pin->setAccessibleName(tr("Pin the scenario"));
    layout->addWidget(m_pin);
    m_hint = new QLabel(tr("Pin scenarios to compare them side by side; star one as the baseline."), this);
    m_hint->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_hint);
    m_cards = new QHBoxLayout;
    m_cards->setSpacing(6);
    layout->addLayout(m_cards);
    layout->addStretch(1);
    m_compare = new QToolButton(this);
    m_compare->setObjectName(QStringLiteral("compareScenariosButton"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Shows the pinned scenarios and the live one side by side, with what differs."));
    layout->addWidget(m_compare);
    connect(m_pin, &QToolButton::clicked, this, &PinBar::pinRequested);
    connect(m_compare, &QToolButton::clicked, this, &PinBar::compareRequested);
    setPins({}, false);
}

int PinBar::cardCount() const {
    return m_cards->count();
}

void PinBar::setPins(const std::vector<Pin>& pins, bool full) {
    m_pins = pins;
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_hint->setVisible(pins.empty());
    m_compare->setVisible(!pins.empty());
    m_pin->setEnabled(!full);
    m_pin->setToolTip(full ? tr("Eight scenarios are pinned: unpin one to pin another.")
                           : tr("Keeps this scenario as a card to compare others with (up to eight). Ctrl+P"));
    for (std::size_t i = 0; i < pins.size(); ++i) {
        const Pin& pin = pins[i];
        const int index = static_cast<int>(i);
        auto* card = new QFrame(this);
        card->setObjectName(QStringLiteral("pinCard_%1").arg(index));
        const QColor color = pinnedColor(pin.color_index);
        card->setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid %2; border-left: 4px solid %2; "
                                           "border-radius: 5px; }")
                                .arg(card->objectName(), color.name()));
        card->setAccessibleName(pin.baseline ? tr("%1, the baseline").arg(pin.name) : pin.name);
        auto* row = new QHBoxLayout(card);
        row->setContentsMargins(6, 1, 2, 1);
        row->setSpacing(2);
        auto* star = new QToolButton(card);
        star->setObjectName(QStringLiteral("pinBaseline"));
        star->setCheckable(true);
        star->setChecked(pin.baseline);
        star->setAutoRaise(true);
        star->setText(pin.baseline ? QStringLiteral("★") : QStringLiteral("☆"));
        star->setToolTip(pin.baseline ? tr("The baseline: the others are compared with it. Click to unmark.")
                                      : tr("Make this the baseline the others are compared with."));
        star->setAccessibleName(tr("Baseline"));
        auto* name = new QToolButton(card);
        name->setObjectName(QStringLiteral("pinName"));
        name->setAutoRaise(true);
        name->setText(pin.name);
        name->setToolTip(tr("%1\nClick for the menu: rename, show in the controls, unpin.").arg(pin.name));
        name->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(name);
        menu->addAction(tr("Show in the controls"), this, [this, index] { emit showRequested(index); });
        menu->addAction(tr("Rename…"), this, [this, index] { renameInteractively(index); });
        menu->addAction(pin.baseline ? tr("Unmark as baseline") : tr("Make baseline"), this,
                        [this, index, on = !pin.baseline] { emit baselineRequested(index, on); });
        menu->addSeparator();
        menu->addAction(tr("Unpin"), this, [this, index] { emit unpinRequested(index); });
        name->setMenu(menu);
        auto* close = new QToolButton(card);
        close->setObjectName(QStringLiteral("pinClose"));
        close->setAutoRaise(true);
        close->setText(QStringLiteral("×"));
        close->setToolTip(tr("Unpin %1").arg(pin.name));
        close->setAccessibleName(tr("Unpin"));
        row->addWidget(star);
        row->addWidget(name);
        row->addWidget(close);
        connect(star, &QToolButton::clicked, this, [this, index](bool on) { emit baselineRequested(index, on); });
        connect(close, &QToolButton::clicked, this, [this, index] { emit unpinRequested(index); });
        m_cards->addWidget(card);
    }
}

void PinBar::renameInteractively(int index) {
    if (index < 0 || index >= static_cast<int>(m_pins.size())) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the pinned scenario"), tr("Name:"), QLineEdit::Normal,
                                               m_pins[static_cast<std::size_t>(index)].name, &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) {
        emit renameRequested(index, name);
    }
}

} // namespace fitscope::gui
