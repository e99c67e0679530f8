#pragma once

#include "core/sizing/precision.h"

#include <QObject>

class QLabel;
class QTabWidget;

namespace fitscope::gui {
class ExplorerPage;
}

namespace fitscope::gui::lab {

class LabPage;
class LabResultsHub;

// Wires the fit explorer and the quantization lab together through the LabResultsHub: a line under
// the explorer's weight format shows that scheme's measured error from the last lab run (with a
// link that opens the lab on it), and the lab's "Use in the fit explorer" sets the explorer's weight
// format. The explorer's own code is untouched: the line is inserted next to its weight combo.
class ExplorerLabLink : public QObject {
    Q_OBJECT

public:
    ExplorerLabLink(QTabWidget* tabs, ExplorerPage* explorer, LabPage* lab, LabResultsHub* hub);

    QLabel* note() const { return m_note; }
    void update();

private:
    void openLab(const QString& scheme);
    void useFormat(sizing::WeightFormat format);

    QTabWidget* m_tabs = nullptr;
    ExplorerPage* m_explorer = nullptr;
    LabPage* m_lab = nullptr;
    LabResultsHub* m_hub = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace fitscope::gui::lab
