#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QSlider;
class QLineEdit;

namespace fitscope::gui {

// A slider on a logarithmic scale with an editable number beside it. The slider moves in small
// steps (kSteps across the range); the number holds the exact value, which a person can type
// ("7B", "6.7e9", "128k"). valueChanged fires for every user change, never for setValue().
class LogSlider : public QWidget {
    Q_OBJECT

public:
    using Parser = std::function<std::optional<double>(const QString&)>;
    using Formatter = std::function<QString(double)>;

    LogSlider(Parser parser, Formatter formatter, QWidget* parent = nullptr);

    void setRange(double minimum, double maximum); // keeps the value, clamped
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    double value() const { return m_value; }
    void setValue(double value); // no signal
    void setIntegral(bool integral) { m_integral = integral; }

    QSlider* slider() const { return m_slider; }
    QLineEdit* edit() const { return m_edit; }

    // Names the two children ("<name>Slider", "<name>Edit") for tests and accessibility.
    void setNames(const QString& objectName, const QString& accessibleName, const QString& description);

    static constexpr int kSteps = 1000;

signals:
    void valueChanged(double value);

private:
    void onSliderMoved(int position);
    void onEditFinished();
    int positionFor(double value) const;
    double valueAt(int position) const;
    void showValue();

    QSlider* m_slider = nullptr;
    QLineEdit* m_edit = nullptr;
    Parser m_parser;
    Formatter m_formatter;
    double m_min = 1;
    double m_max = 10;
    double m_value = 1;
    bool m_integral = false;
};

} // namespace fitscope::gui
