#pragma once

#include "core/sizing/estimate.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace fitscope::gui {

class AutoHeightText;

// The sentence a person can read aloud, the verdict badge, the solvers' answers and, for an
// accurate runtime profile, the article's simple figure beside the accurate one.
class SummaryPanel : public QFrame {
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget* parent = nullptr);

    void setVerdict(std::optional<sizing::Verdict> verdict);
    void setSummary(const QString& text);
    void setSolvers(const QString& text);
    void setArticleComparison(const QString& text); // empty = hidden
    // The cheapest changes that make it fit, as links (fit_change_links.h); empty = hidden.
    void setFitChanges(const QString& html);
    // Speed (tokens/s, time to first token) and what the runtime reports (vLLM's KV pool, llama.cpp's
    // layers in system RAM, fine-tuning's parts); empty = hidden.
    void setDetails(const QString& text);

    QString summary() const;
    QString solvers() const;
    QString articleComparison() const;
    QString fitChanges() const;
    QString details() const;
    QString verdictText() const;

signals:
    // A link of setFitChanges' text was clicked (or activated from the keyboard): its href.
    void fitChangeActivated(const QString& link);

private:
    QLabel* m_badge = nullptr;
    AutoHeightText* m_summary = nullptr;
    QLabel* m_solvers = nullptr;
    QLabel* m_article = nullptr;
    QLabel* m_fitChanges = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace fitscope::gui
