#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

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
    // Tol muted: indigo, teal, wine, olive, rose, cyan, purple, green.
    static const std::array<QColor, 8> colors{QColor(0x33, 0x22, 0x88), QColor(0x44, 0xaa, 0x99),
                                              QColor(0x88, 0x22, 0x55), QColor(0x99, 0x99, 0x33),
                                              QColor(0xcc, 0x66, 0x77), QColor(0x88, 0xcc, 0xee),
                                              QColor(0xaa, 0x44, 0x99), QColor(0x11, 0x77, 0x33)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QColor capacityLineColor(int index) {
    static const std::array<QColor, 4> colors{QColor(0x4a, 0x52, 0x5a), QColor(0x8a, 0x93, 0x9c),
                                              QColor(0x2d, 0x33, 0x3a), QColor(0x6e, 0x77, 0x81)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

void apply(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0xf6, 0xf7, 0xf9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, kInk);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf7));
    p.setColor(QPalette::Text, kInk);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, kInk);
    p.setColor(QPalette::Highlight, kAccent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ToolTipText, kInk);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Mid, QColor(0xd0, 0xd7, 0xde));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xea, 0xee, 0xf2));
    p.setColor(QPalette::Dark, QColor(0xaf, 0xb8, 0xc1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa7, 0xb0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa7, 0xb0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa7, 0xb0));
    app.setPalette(p);

    QFont font = app.font();
    if (font.pointSizeF() < 10) {
        font.setPointSizeF(10);
    }
    app.setFont(font);

    // Cards: white panels with a hairline border, so the page reads as a few calm groups.
    app.setStyleSheet(QStringLiteral(R"(
QFrame#card { background: #ffffff; border: 1px solid #dde2e7; border-radius: 8px; }
QLabel#cardTitle { color: #1f2328; font-weight: 600; font-size: 11pt; }
QLabel#sectionTitle { color: #59636e; font-weight: 600; font-size: 9pt; letter-spacing: 0.5px;
                      text-transform: uppercase; padding-top: 6px; }
QLabel#hint { color: #59636e; font-size: 9pt; }
QLabel#summaryLabel { color: #1f2328; font-size: 12pt; }
QLabel#solverLabel, QLabel#articleLabel { color: #3b434b; }
QLabel#verdictBadge { border-radius: 6px; padding: 4px 12px; color: white; font-weight: 700; font-size: 11pt; }
QToolButton#toggleChip { border: 1px solid #d0d7de; border-radius: 10px; padding: 2px 10px; background: #ffffff;
                         color: #3b434b; }
QToolButton#toggleChip:checked { background: #e8f1fb; border-color: #0072b2; color: #0b4f82; }
QToolButton#advancedToggle { border: none; color: #0b4f82; font-weight: 600; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 16px; }
QSplitter::handle { background: transparent; }
QScrollArea#controlScroll { border: none; background: transparent; }
QWidget#controlPanel { background: transparent; }
QStatusBar { color: #59636e; }
)"));
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
