#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/precision.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QApplication;
class QCustomPlot;

namespace fitscope::gui {

// The four parts of a memory bar, in the order they are stacked (bottom to top).
// Fine-tuning adds its gradients and optimizer states (zero, so not shown, for inference).
enum class Component { Weights, KvCache, Activations, Overhead, Gradients, OptimizerStates, Count_ };

// One colour per component everywhere in the app (charts, legends, the derivation panel). From the
// Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): distinguishable with every
// common form of colour-vision deficiency, and readable on white.
struct ComponentColors {
    static QColor color(Component component);
    // The solid fill, and a pattern of its own drawn over it (none for weights, stripes,
    // horizontal lines, cross-hatch...), so the stacked segments stay apart in greyscale print-outs
    // and for readers who cannot tell the hues apart. The patterns are Qt's built-in brush styles:
    // vector in PDF and SVG exports, and cheap to paint on every slider step (no pixmap tiles).
    static QBrush brush(Component component);
    static QBrush patternBrush(Component component);
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
// A dash pattern per line as well as a colour: the lines stay apart in greyscale.
Qt::PenStyle precisionLineStyle(int index);
QColor capacityLineColor(int index);

// Follow the desktop, or a fixed light or dark look. Charts follow it too.
enum class ThemeMode { System, Light, Dark };
QString themeModeId(ThemeMode mode); // "system", "light", "dark" (the settings value)
ThemeMode themeModeFromId(const QString& id);

// The colours of the current theme. apply() replaces them; every widget then receives a
// QEvent::PaletteChange, on which the charts re-read them.
struct Colors {
    QColor ink;       // body text
    QColor muted_ink; // secondary text, axis labels
    QColor grid;
    QColor capacity_fill; // the usable-memory bar
    QColor nominal_fill;  // the datasheet-memory bar
    QColor accent;
    QColor chart_background;
    QColor label_background; // translucent box behind text drawn over lines
};
const Colors& colors();
bool isDark();

namespace detail {
inline Colors g_colors = Colors{{0x1f, 0x23, 0x28}, {0x59, 0x63, 0x6e}, {0xe4, 0xe7, 0xeb}, {0xd0, 0xd7, 0xde},
                                {0xee, 0xf1, 0xf4}, {0x00, 0x72, 0xb2}, {0xff, 0xff, 0xff}, {0xff, 0xff, 0xff, 225}};
} // namespace detail

// The names from before the dark theme, kept as references to the live colours so every chart
// and panel that reads them at (re)style time follows the theme without a change of its own.
inline const QColor& kInk = detail::g_colors.ink;
inline const QColor& kMutedInk = detail::g_colors.muted_ink;
inline const QColor& kGrid = detail::g_colors.grid;
inline const QColor& kCapacityFill = detail::g_colors.capacity_fill;
inline const QColor& kNominalFill = detail::g_colors.nominal_fill;
inline const QColor& kAccent = detail::g_colors.accent;

// Exports (chart_export.h) draw in the light document theme whatever the window looks like: while
// a DocumentColorScope lives, colors(), the k* references above and isDark() are the light theme's,
// so a chart built and painted in its scope takes its colours from them; the window's come back
// when it ends. Nothing may repaint the window meanwhile (the scope never spans an event loop).
class DocumentColorScope {
public:
    DocumentColorScope();
    ~DocumentColorScope();
    DocumentColorScope(const DocumentColorScope&) = delete;
    DocumentColorScope& operator=(const DocumentColorScope&) = delete;

    // The light theme's palette, for the export's own widgets (some read QPalette::Base).
    static QPalette palette();

private:
    Colors m_saved;
    bool m_savedDark = false;
};

// Fusion with FitScope's palette and a small style sheet, the same on every platform. System
// follows the desktop's palette as Qt found it at start-up (Qt 6.4 has no colour-scheme hint).
void apply(QApplication& app, ThemeMode mode = ThemeMode::Light);
ThemeMode currentMode();

// Background, axes, grid and legend of a plot in the current theme (what every chart shares).
void stylePlotFrame(QCustomPlot* plot);
// The charts' shared axis look (light grid, muted labels in a font 10 % smaller than the plot's);
// returns that smaller font for legends and labels.
QFont styleAxes(QCustomPlot* plot);

// Names shown for engine enums.
QString familyName(sizing::FormatFamily family);

} // namespace theme
} // namespace fitscope::gui
