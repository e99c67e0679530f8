#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QStyleFactory>
#include <qcustomplot.h>

#include <array>

namespace fitscope::gui {

QColor ComponentColors::color(Component component) {
    switch (component) {
    case Component::Weights:
        return {0x00, 0x72, 0xb2}; // Okabe–Ito blue
    case Component::KvCache:
        return {0xe6, 0x9f, 0x00}; // orange
    case Component::Activations:
        return {0x00, 0x9e, 0x73}; // bluish green
    case Component::Overhead:
        return {0xcc, 0x79, 0xa7}; // reddish purple
    case Component::Gradients:
        return {0x56, 0xb4, 0xe9}; // sky blue
    case Component::OptimizerStates:
        return {0xf0, 0xe4, 0x42}; // yellow
    case Component::Count_:
        break;
    }
    return Qt::gray;
}

QBrush ComponentColors::brush(Component component) {
    return QBrush(color(component));
}

QBrush ComponentColors::patternBrush(Component component) {
    // Lines in a darker shade of the component's colour (never white, which reads as a gap).
    const QColor ink = color(component).darker(160);
    switch (component) {
    case Component::KvCache:
        return QBrush(ink, Qt::BDiagPattern); // rising stripes
    case Component::Activations:
        return QBrush(ink, Qt::HorPattern);
    case Component::Overhead:
        return QBrush(ink, Qt::CrossPattern);
    case Component::Gradients:
        return QBrush(ink, Qt::FDiagPattern); // falling stripes
    case Component::OptimizerStates:
        return QBrush(ink, Qt::VerPattern);
    case Component::Weights: // plain: the part everyone looks for first
    case Component::Count_:
        break;
    }
    return QBrush(Qt::NoBrush);
}

QString ComponentColors::name(Component component) {
    switch (component) {
    case Component::Weights:
        return QApplication::translate("ComponentColors", "Weights");
    case Component::KvCache:
        return QApplication::translate("ComponentColors", "KV cache");
    case Component::Activations:
        return QApplication::translate("ComponentColors", "Activations");
    case Component::Overhead:
        return QApplication::translate("ComponentColors", "Overhead");
    case Component::Gradients:
        return QApplication::translate("ComponentColors", "Gradients");
    case Component::OptimizerStates:
        return QApplication::translate("ComponentColors", "Optimizer states");
    case Component::Count_:
        break;
    }
    return {};
}

QString ComponentColors::description(Component component) {
    switch (component) {
    case Component::Weights:
        return QApplication::translate("ComponentColors",
                                       "The model's parameters as stored in the chosen format, scales included.");
    case Component::KvCache:
        return QApplication::translate(
            "ComponentColors", "Keys and values cached for every token of every sequence, so they are not recomputed.");
    case Component::Activations:
        return QApplication::translate("ComponentColors",
                                       "Temporary tensors alive at the peak of a forward pass (prefill).");
    case Component::Overhead:
        return QApplication::translate("ComponentColors",
                                       "Runtime costs: CUDA context, libraries, allocator reserve, buffers.");
    case Component::Gradients:
        return QApplication::translate("ComponentColors",
                                       "Fine-tuning: one gradient per trainable weight, kept for the optimizer step.");
    case Component::OptimizerStates:
        return QApplication::translate(
            "ComponentColors", "Fine-tuning: AdamW's two moments per trainable weight and the FP32 master weights.");
    case Component::Count_:
        break;
    }
    return {};
}

namespace theme {

QColor verdictColor(sizing::Verdict verdict) {
    switch (verdict) {
    case sizing::Verdict::Fits:
        return {0x1a, 0x7f, 0x37};
    case sizing::Verdict::Tight:
        return {0xb2, 0x6b, 0x00};
    case sizing::Verdict::DoesNotFit:
        return {0xc4, 0x3c, 0x00}; // Okabe–Ito vermillion, darkened for white text
    }
    return Qt::gray;
}

QColor verdictTint(sizing::Verdict verdict) {
    switch (verdict) {
    case sizing::Verdict::Fits:
        return {0xda, 0xf2, 0xe0};
    case sizing::Verdict::Tight:
        return {0xff, 0xef, 0xc7};
    case sizing::Verdict::DoesNotFit:
        return {0xfb, 0xdf, 0xd6};
    }
    return Qt::white;
}

QString verdictText(sizing::Verdict verdict) {
    switch (verdict) {
    case sizing::Verdict::Fits:
        return QApplication::translate("theme", "fits");
    case sizing::Verdict::Tight:
        return QApplication::translate("theme", "tight");
    case sizing::Verdict::DoesNotFit:
        return QApplication::translate("theme", "does not fit");
    }
    return {};
}

QColor precisionLineColor(int index) {
    // Tol muted on the light theme: indigo, teal, wine, olive, rose, cyan, purple, green. Tol light on
    // the dark one (the muted indigo and wine vanish on a dark background); both colour-blind safe.
    static const std::array<QColor, 8> muted{
        QColor(0x33, 0x22, 0x88), QColor(0x44, 0xaa, 0x99), QColor(0x88, 0x22, 0x55), QColor(0x99, 0x99, 0x33),
        QColor(0xcc, 0x66, 0x77), QColor(0x88, 0xcc, 0xee), QColor(0xaa, 0x44, 0x99), QColor(0x11, 0x77, 0x33)};
    static const std::array<QColor, 8> light{
        QColor(0x77, 0xaa, 0xdd), QColor(0x44, 0xbb, 0x99), QColor(0xee, 0x88, 0x66), QColor(0xee, 0xdd, 0x88),
        QColor(0xff, 0xaa, 0xbb), QColor(0x99, 0xdd, 0xff), QColor(0xbb, 0xcc, 0x33), QColor(0xaa, 0xaa, 0x00)};
    return (isDark() ? light : muted)[static_cast<std::size_t>(index) % muted.size()];
}

Qt::PenStyle precisionLineStyle(int index) {
    static const std::array<Qt::PenStyle, 4> styles{Qt::DashLine, Qt::DashDotLine, Qt::DotLine, Qt::DashDotDotLine};
    return styles[static_cast<std::size_t>(index) % styles.size()];
}

QColor capacityLineColor(int index) {
    // Greys that stand out from the background: dark on the light theme, light on the dark one.
    static const std::array<QColor, 4> light{QColor(0x4a, 0x52, 0x5a), QColor(0x8a, 0x93, 0x9c),
                                             QColor(0x2d, 0x33, 0x3a), QColor(0x6e, 0x77, 0x81)};
    static const std::array<QColor, 4> dark{QColor(0xc9, 0xd1, 0xd9), QColor(0x8b, 0x94, 0x9e),
                                            QColor(0xe6, 0xed, 0xf3), QColor(0xa8, 0xb1, 0xbb)};
    return (isDark() ? dark : light)[static_cast<std::size_t>(index) % light.size()];
}

QString themeModeId(ThemeMode mode) {
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeMode themeModeFromId(const QString& id) {
    if (id == QLatin1String("light")) {
        return ThemeMode::Light;
    }
    if (id == QLatin1String("dark")) {
        return ThemeMode::Dark;
    }
    return ThemeMode::System;
}

namespace {

ThemeMode g_mode = ThemeMode::Light;
bool g_dark = false;

Colors lightColors() {
    return {{0x1f, 0x23, 0x28}, {0x59, 0x63, 0x6e}, {0xe4, 0xe7, 0xeb}, {0xd0, 0xd7, 0xde},
            {0xee, 0xf1, 0xf4}, {0x00, 0x72, 0xb2}, {0xff, 0xff, 0xff}, {0xff, 0xff, 0xff, 225}};
}

// GitHub's dark dimmed greys: the Okabe–Ito component colours keep their contrast on them.
Colors darkColors() {
    return {{0xe6, 0xed, 0xf3}, {0x9d, 0xa7, 0xb3}, {0x37, 0x3e, 0x47}, {0x54, 0x5d, 0x68},
            {0x2d, 0x33, 0x3b}, {0x56, 0xb4, 0xe9}, {0x22, 0x27, 0x2e}, {0x22, 0x27, 0x2e, 225}};
}

// Whether the desktop asked for a dark look. Read once, before FitScope sets its own palette:
// afterwards QApplication::palette() is ours. Qt 6.4 has no QStyleHints::colorScheme, so the
// platform theme's window colour (and GTK_THEME's ":dark" suffix, for GNOME without a platform
// theme plug-in) are the signals.
bool systemPrefersDark() {
    static const bool dark = [] {
        if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String("dark"), Qt::CaseInsensitive)) {
            return true;
        }
        const QPalette platform = QGuiApplication::palette();
        return platform.color(QPalette::Window).lightness() < platform.color(QPalette::WindowText).lightness();
    }();
    return dark;
}

QPalette makePalette(const Colors& c, bool dark) {
    QPalette p;
    const QColor window = dark ? QColor(0x1c, 0x21, 0x28) : QColor(0xf6, 0xf7, 0xf9);
    const QColor disabled = dark ? QColor(0x63, 0x6e, 0x7b) : QColor(0xa0, 0xa7, 0xb0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, c.ink);
    p.setColor(QPalette::Base, c.chart_background);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2a, 0x30, 0x38) : QColor(0xf3, 0xf5, 0xf7));
    p.setColor(QPalette::Text, c.ink);
    p.setColor(QPalette::Button, dark ? QColor(0x2d, 0x33, 0x3b) : QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, c.ink);
    p.setColor(QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x0b, 0x4f, 0x82));
    p.setColor(QPalette::ToolTipBase, c.chart_background);
    p.setColor(QPalette::ToolTipText, c.ink);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(0x76, 0x83, 0x90) : QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Mid, dark ? QColor(0x44, 0x4c, 0x56) : QColor(0xd0, 0xd7, 0xde));
    p.setColor(QPalette::Light, dark ? QColor(0x3a, 0x41, 0x4a) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x33, 0x3a, 0x42) : QColor(0xea, 0xee, 0xf2));
    p.setColor(QPalette::Dark, dark ? QColor(0x15, 0x19, 0x1e) : QColor(0xaf, 0xb8, 0xc1));
    p.setColor(QPalette::Shadow, dark ? QColor(0x0d, 0x10, 0x14) : QColor(0x76, 0x7f, 0x88));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

} // namespace

const Colors& colors() {
    return detail::g_colors;
}

bool isDark() {
    return g_dark;
}

ThemeMode currentMode() {
    return g_mode;
}

DocumentColorScope::DocumentColorScope()
    : m_saved(detail::g_colors)
    , m_savedDark(g_dark) {
    detail::g_colors = lightColors();
    g_dark = false;
}

DocumentColorScope::~DocumentColorScope() {
    detail::g_colors = m_saved;
    g_dark = m_savedDark;
}

QPalette DocumentColorScope::palette() {
    return makePalette(lightColors(), false);
}

void apply(QApplication& app, ThemeMode mode) {
    const bool dark = mode == ThemeMode::Dark || (mode == ThemeMode::System && systemPrefersDark());
    g_mode = mode;
    g_dark = dark;
    detail::g_colors = dark ? darkColors() : lightColors();
    const Colors& c = detail::g_colors;

    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(makePalette(c, dark));

    QFont font = app.font();
    if (font.pointSizeF() < 10) {
        font.setPointSizeF(10);
    }
    app.setFont(font);

    // Cards: panels with a hairline border, so the page reads as a few calm groups. The focus ring
    // is drawn by the style sheet too, so keyboard users always see where they are (Fusion's own
    // focus frame is faint on some controls once a style sheet applies).
    const QString card = c.chart_background.name();
    const QString border = dark ? QStringLiteral("#373e47") : QStringLiteral("#dde2e7");
    const QString chip = dark ? QStringLiteral("#2d333b") : QStringLiteral("#ffffff");
    const QString chipChecked = dark ? QStringLiteral("#143d5c") : QStringLiteral("#e8f1fb");
    const QString link = dark ? QStringLiteral("#56b4e9") : QStringLiteral("#0b4f82");
    const QString secondary = c.muted_ink.name();
    const QString ink = c.ink.name();
    const QString focus = dark ? QStringLiteral("#56b4e9") : QStringLiteral("#0072b2");
    app.setStyleSheet(QStringLiteral(R"(
QFrame#card { background: %1; border: 1px solid %2; border-radius: 8px; }
QLabel#cardTitle { color: %6; font-weight: 600; font-size: 11pt; }
QLabel#sectionTitle { color: %5; font-weight: 600; font-size: 9pt; letter-spacing: 0.5px;
                      text-transform: uppercase; padding-top: 6px; }
QLabel#hint { color: %5; font-size: 9pt; }
QLabel#launchCommand { background: %3; border: 1px solid %2; border-radius: 6px; padding: 6px 8px; color: %6; }
QLabel#launchTitle { color: %6; font-weight: 600; }
#summaryLabel { color: %6; font-size: 12pt; }
QLabel#solverLabel, QLabel#articleLabel { color: %6; }
QLabel#verdictBadge { border-radius: 6px; padding: 4px 12px; color: white; font-weight: 700; font-size: 11pt; }
QToolButton#toggleChip { border: 1px solid %2; border-radius: 10px; padding: 2px 10px; background: %3;
                         color: %6; }
QToolButton#toggleChip:checked { background: %4; border-color: #0072b2; color: %7; }
QToolButton#toggleChip:focus, QToolButton#advancedToggle:focus { border: 2px solid %8; }
QToolButton#advancedToggle { border: none; color: %7; font-weight: 600; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 16px; }
QTabBar::tab:focus { text-decoration: underline; }
QSplitter::handle { background: transparent; }
QScrollArea#controlScroll { border: none; background: transparent; }
QWidget#controlPanel { background: transparent; }
QStatusBar { color: %5; }
)")
                          .arg(card, border, chip, chipChecked, secondary, ink, link, focus));
}

QFont styleAxes(QCustomPlot* plot) {
    QFont small = plot->font();
    small.setPointSizeF(plot->font().pointSizeF() * 0.9);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
        axis->setBasePen(QPen(theme::kGrid));
        axis->setTickPen(Qt::NoPen);
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelFont(small);
        axis->setTickLabelColor(theme::kMutedInk);
        axis->setLabelFont(small);
        axis->setLabelColor(theme::kMutedInk);
        axis->grid()->setPen(QPen(theme::kGrid, 1));
        axis->grid()->setZeroLinePen(QPen(theme::kGrid, 1));
    }
    return small;
}

void stylePlotFrame(QCustomPlot* plot) {
    const Colors& c = colors();
    plot->setBackground(c.chart_background);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        if (axis->basePen() != Qt::NoPen) {
            axis->setBasePen(QPen(c.grid));
        }
        axis->setTickLabelColor(c.muted_ink);
        axis->setLabelColor(c.muted_ink);
        if (axis->grid()->pen() != Qt::NoPen) {
            axis->grid()->setPen(QPen(c.grid, 1));
            axis->grid()->setZeroLinePen(QPen(c.grid, 1));
        }
    }
    plot->legend->setTextColor(c.ink);
    if (plot->legend->brush() != Qt::NoBrush) {
        plot->legend->setBrush(c.label_background);
    }
}

QString familyName(sizing::FormatFamily family) {
    switch (family) {
    case sizing::FormatFamily::Float:
        return QApplication::translate("theme", "Floating point");
    case sizing::FormatFamily::Integer:
        return QApplication::translate("theme", "Integer (8-bit)");
    case sizing::FormatFamily::FourBit:
        return QApplication::translate("theme", "4-bit and below");
    case sizing::FormatFamily::Gguf:
        return QApplication::translate("theme", "GGUF (llama.cpp)");
    }
    return {};
}

} // namespace theme
} // namespace fitscope::gui
