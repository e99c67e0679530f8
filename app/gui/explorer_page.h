#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/fit_changes.h"
#include "core/sizing/estimate.h"
#include "explorer_state.h"
#include "pinned_overlays.h"

#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace fitscope::gui {

class BreakdownChart;
class ContextChart;
class ControlPanel;
class DerivationPanel;
class FitMatrixModel;
class FitMatrixView;
class LaunchPanel;
class LayerStripChart;
class ModelFilePanel;
class SpeedChart;
class SummaryPanel;

// The fit explorer: the control panel on the left; the summary, the two charts, the derivation and
// the fit matrix on the right. Every change re-computes with the engine and re-draws at once; the
// solvers and the fit matrix follow on a short coalescing timer so a slider drag stays light.
class ExplorerPage : public QWidget {
    Q_OBJECT

public:
    explicit ExplorerPage(const catalog::Catalog& catalog, QWidget* parent = nullptr);

    ControlPanel* controls() const { return m_controls; }
    BreakdownChart* breakdownChart() const { return m_breakdown; }
    ContextChart* contextChart() const { return m_context; }
    SummaryPanel* summary() const { return m_summary; }
    DerivationPanel* derivation() const { return m_derivation; }
    FitMatrixView* fitMatrixView() const { return m_matrixView; }
    FitMatrixModel* fitMatrixModel() const { return m_matrixModel; }
    QSplitter* mainSplitter() const { return m_mainSplitter; }
    QSplitter* chartSplitter() const { return m_chartSplitter; }
    QSplitter* contentSplitter() const { return m_contentSplitter; }
    QTabWidget* detailsTabs() const { return m_details; }
    SpeedChart* speedChart() const { return m_speed; }
    LayerStripChart* layerStrip() const { return m_layerStrip; }
    ModelFilePanel* modelFilePanel() const { return m_modelFile; }
    LaunchPanel* launchPanel() const { return m_launch; }

    // The scenario of the primary GPU (the first selected) and its estimate, as last computed.
    sizing::Scenario primaryScenario() const;
    const sizing::Estimate& primaryEstimate() const { return m_primary; }

    void recompute();     // the immediate part: estimates, charts, summary, derivation
    void flushDeferred(); // the solvers and the fit matrix, now (also what the timer runs)
    bool deferredPending() const { return m_deferred.isActive(); }
    QString summaryText() const; // summary and solvers, for copying
    // The cheapest changes that make the primary scenario fit, as the summary links them (computed on
    // the deferred timer with the solvers; empty when it fits or names no GPU).
    const std::vector<plan::FitChange>& fitChanges() const { return m_fitChanges; }

    // The pinned scenarios, drawn beside the live one in the three charts (pinned_overlays.h).
    void setPinned(const std::vector<Pin>& pins);
    const std::vector<Pin>& pinned() const { return m_overlays.pins(); }
    // A strip under the summary (the pinned scenarios' cards).
    void addWorkspaceBar(QWidget* bar);

signals:
    void message(const QString& text);
    void recomputed();
    // A change of fitChanges() was chosen in the summary (SolverJumps applies it as one undo step).
    void fitChangeChosen(std::size_t index);

private:
    QWidget* card(const QString& title, QWidget* body, QWidget* headerExtra = nullptr);
    QWidget* buildCompareChips();
    void updateContextChart(const std::vector<SelectedGpu>& gpus);
    void updateSummary(const std::vector<SelectedGpu>& gpus, const std::vector<sizing::Estimate>& estimates);
    void updateSolvers();
    void updateArticleComparison();
    void updateFitMatrix();
    void updateSpeedChart();
    void updateLayerStrip();
    void updateLaunchPanel(); // only while its tab is shown: the commands follow on the deferred timer
    QString detailsText(const std::vector<SelectedGpu>& gpus) const;

    ControlPanel* m_controls = nullptr;
    QScrollArea* m_controlScroll = nullptr;
    SummaryPanel* m_summary = nullptr;
    BreakdownChart* m_breakdown = nullptr;
    ContextChart* m_context = nullptr;
    DerivationPanel* m_derivation = nullptr;
    FitMatrixModel* m_matrixModel = nullptr;
    FitMatrixView* m_matrixView = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_chartSplitter = nullptr;
    QSplitter* m_contentSplitter = nullptr;
    QTabWidget* m_details = nullptr;
    SpeedChart* m_speed = nullptr;
    LayerStripChart* m_layerStrip = nullptr;
    ModelFilePanel* m_modelFile = nullptr;
    LaunchPanel* m_launch = nullptr;
    bool m_launchStale = true;                 // the scenario changed while the Launch tab was hidden
    std::vector<sizing::Estimate> m_estimates; // one per selected GPU configuration, primary first
    std::vector<plan::FitChange> m_fitChanges;
    std::vector<QAction*> m_compareActions;
    QTimer m_deferred;
    PinnedOverlays m_overlays;
    QVBoxLayout* m_contentLayout = nullptr;

    sizing::Estimate m_primary;
    bool m_hasGpu = false;

    // The context chart's lines do not depend on the context itself: a step of the context slider
    // reuses them and only moves the scenario's point. Every other input is in the key (the whole state
    // with its context cleared), so a new control can never leave a stale chart behind.
    struct ContextKey {
        const void* model = nullptr;
        ExplorerState state;
        std::int64_t max_context = 0;
        bool operator==(const ContextKey&) const = default;
    };
    std::optional<ContextKey> m_contextKey;
};

} // namespace fitscope::gui
