#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/precision.h"

#include <QColor>
#include <QString>

class QApplication;

namespace fitscope::gui {

// The four parts of a memory bar, in the order they are stacked (bottom to top).
// Fine-tuning adds its gradients and optimizer states (zero, so not shown, for inference).
enum class Component { Weights, KvCache, Activations, Overhead, Gradients, OptimizerStates, Count_ };

// One colour per component everywhere in the app (charts, legends, the derivation panel). From the
// Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): distinguishable with every
// common form of colour-vision deficiency, and readable on white.
struct ComponentColors {
    static QColor color(Component component);
    static QString name(Component component); // translated: "Weights", "KV cache", ...
    static QString description(Component component);
};

namespace theme {

// Verdict colours: the strong one for badges and text, the tint for table cells.
QColor verdictColor(sizing::Verdict verdict);
QColor verdictTint(sizing::Verdict verdict);
QString verdictText(sizing::Verdict verdict); // "fits", "tight", "does not fit" (translated)

// Lines of the memory-against-context chart, one per weight format (Paul Tol's "muted" scheme,
// also colour-blind safe; deliberately not the component colours, which mean something else).
QColor precisionLineColor(int index);
QColor capacityLineColor(int index);

inline const QColor kInk{0x1f, 0x23, 0x28};      // body text
inline const QColor kMutedInk{0x59, 0x63, 0x6e}; // secondary text, axis labels
inline const QColor kGrid{0xe4, 0xe7, 0xeb};
inline const QColor kCapacityFill{0xd0, 0xd7, 0xde};
inline const QColor kNominalFill{0xee, 0xf1, 0xf4};
inline const QColor kAccent{0x00, 0x72, 0xb2};

// A light palette and a small style sheet, the same on every platform (Fusion).
void apply(QApplication& app);

// Names shown for engine enums.
QString familyName(sizing::FormatFamily family);

} // namespace theme
} // namespace fitscope::gui
