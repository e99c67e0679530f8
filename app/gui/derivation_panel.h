#pragma once

#include "core/sizing/derivation.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QPushButton;
class QTextBrowser;

namespace fitscope::gui {

// "Show the math": the engine's derivation steps (Estimate::steps) grouped by topic, copyable as
// plain text. The same steps the CLI and the reports print.
class DerivationPanel : public QWidget {
    Q_OBJECT

public:
    explicit DerivationPanel(QWidget* parent = nullptr);

    void setDerivation(const QString& title, const std::vector<sizing::DerivationStep>& steps, sizing::MemoryUnit unit);
    QString plainText() const { return m_plain; }
    void copyToClipboard() const;
    void renderNow(); // lays the rich view out at once (screenshots, tests)

protected:
    void showEvent(QShowEvent* event) override;

private:
    void render();

    QTextBrowser* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QString m_title;
    std::vector<sizing::DerivationStep> m_steps;
    sizing::MemoryUnit m_unit = sizing::MemoryUnit::GB;
    QString m_plain;
    bool m_dirty = false;
    QTimer m_renderTimer;
};

} // namespace fitscope::gui
