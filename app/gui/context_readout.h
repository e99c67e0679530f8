#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

#include <cstdint>

class QCPItemStraightLine;
class QCPItemText;

namespace fitscope::gui {

class ExplorerHistory;
class ExplorerPage;

// The linked charts: hovering the memory-against-context chart draws a vertical guide at that
// context and one readout of every curve there (weights, KV cache, activations, overhead and
// headroom for each selected GPU and each pinned scenario); the speed chart names the same
// context with the decode speed there; a click sets the context slider to it (one undo step).
class ContextReadout : public QObject {
    Q_OBJECT

public:
    ContextReadout(ExplorerPage* page, QObject* parent = nullptr);

    void setHistory(ExplorerHistory* history) { m_history = history; }
    void showAt(double tokens); // also for tests: the readout for this context
    void hide();
    bool isShown() const;
    double tokens() const { return m_tokens; }
    QString readoutText() const;      // the context chart's readout, as plain text
    QString speedMarkText() const;    // what the speed chart says about the context
    void setContextTo(double tokens); // what a click does

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ExplorerPage* m_page = nullptr;
    ExplorerHistory* m_history = nullptr;
    QCPItemStraightLine* m_guide = nullptr;
    QCPItemText* m_readout = nullptr;
    QCPItemText* m_speedMark = nullptr;
    double m_tokens = 0;
    QPoint m_pressAt;
};

} // namespace fitscope::gui
