#include "log_slider.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

LogSlider::LogSlider(Parser parser, Formatter formatter, QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_edit(new QLineEdit(this))
    , m_parser(std::move(parser))
    , m_formatter(std::move(formatter)) {
    m_slider->setRange(0, kSteps);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(50);
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("1,048,576")) + 20);
    m_edit->setAlignment(Qt::AlignRight);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_edit);
    setFocusProxy(m_slider);
    connect(m_slider, &QSlider::valueChanged, this, &LogSlider::onSliderMoved);
    connect(m_edit, &QLineEdit::editingFinished, this, &LogSlider::onEditFinished);
}

void LogSlider::setNames(const QString& objectName, const QString& accessibleName, const QString& description) {
    setObjectName(objectName);
    m_slider->setObjectName(objectName + QStringLiteral("Slider"));
    m_edit->setObjectName(objectName + QStringLiteral("Edit"));
    m_slider->setAccessibleName(accessibleName);
    m_slider->setAccessibleDescription(description);
    m_edit->setAccessibleName(tr("%1 (exact value)").arg(accessibleName));
    m_edit->setAccessibleDescription(description);
    m_slider->setToolTip(description);
    m_edit->setToolTip(description);
}

void LogSlider::setRange(double minimum, double maximum) {
    m_min = std::max(minimum, 1e-9);
    m_max = std::max(maximum, m_min * 1.0001);
    m_value = std::clamp(m_value, m_min, m_max);
    showValue();
}

void LogSlider::setValue(double value) {
    m_value = std::clamp(value, m_min, m_max);
    if (m_integral) {
        m_value = std::round(m_value);
    }
    showValue();
}

int LogSlider::positionFor(double value) const {
    const double t = std::log(value / m_min) / std::log(m_max / m_min);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

double LogSlider::valueAt(int position) const {
    const double t = static_cast<double>(position) / kSteps;
    double v = m_min * std::pow(m_max / m_min, t);
    if (m_integral) {
        v = std::round(v);
    }
    return std::clamp(v, m_min, m_max);
}

void LogSlider::showValue() {
    const QSignalBlocker block(m_slider);
    m_slider->setValue(positionFor(m_value));
    m_edit->setText(m_formatter(m_value));
}

void LogSlider::onSliderMoved(int position) {
    const double v = valueAt(position);
    if (v == m_value) {
        return;
    }
    m_value = v;
    m_edit->setText(m_formatter(m_value));
    emit valueChanged(m_value);
}

void LogSlider::onEditFinished() {
    const auto parsed = m_parser(m_edit->text());
    if (!parsed) {
        m_edit->setText(m_formatter(m_value)); // not a number we understand: show the current value again
        return;
    }
    const double before = m_value;
    setValue(*parsed);
    if (m_value != before) {
        emit valueChanged(m_value);
    }
}

} // namespace fitscope::gui
