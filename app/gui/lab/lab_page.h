#pragma once

#include "lab_data.h"
#include "lab_state.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QThread;

namespace fitscope::gui {
class Settings;
}

namespace fitscope::gui::lab {

class AccuracyChart;
class DistributionChart;
class LabControlPanel;
class LabResultsHub;
class LabResultsModel;
class LabWorker;
class OutlierChart;
class ResultsTable;
class SpeedChart;

// The quantization lab: run core/quant's quantize-and-measure demo on a sample tensor and see what
// each scheme costs (bits per weight, speed) and buys (error). Runs and benchmarks execute on their
// own threads; the GUI thread only receives small, precomputed results and redraws.
class LabPage : public QWidget {
    Q_OBJECT

public:
    // settings and hub may be null (nothing restored or saved; nothing published).
    LabPage(Settings* settings, LabResultsHub* hub, QWidget* parent = nullptr);
    ~LabPage() override;

    LabControlPanel* controls() const { return m_controls; }
    LabResultsModel* resultsModel() const { return m_model; }
    ResultsTable* resultsTable() const { return m_table; }
    AccuracyChart* accuracyChart() const { return m_accuracy; }
    DistributionChart* distributionChart() const { return m_distribution; }
    OutlierChart* outlierChart() const { return m_outliers; }
    SpeedChart* speedChart() const { return m_speed; }
    QTabWidget* views() const { return m_views; }
    QComboBox* distributionSchemeCombo() const { return m_distScheme; }
    QComboBox* distributionBlockCombo() const { return m_distBlock; }
    QPushButton* benchButton() const { return m_benchRun; }
    QPushButton* useInExplorerButton() const { return m_useInExplorer; }
    QLabel* staleBanner() const { return m_stale; }
    std::shared_ptr<const LabSample> sample() const { return m_sample; }

    bool isRunning() const { return m_running; }
    bool isBenchmarking() const { return m_benchRunning; }
    void run();
    void cancel();
    // The benchmark: size of each STREAM array and GEMV weight matrix (smaller in tests).
    void runBenchmark(std::int64_t sizeMib = 64, int repetitions = 3);
    void cancelBenchmark();
    // Shows a scheme: selects its result, or checks it and says to run when it has none.
    void showScheme(const QString& scheme);
    void selectScheme(const std::string& scheme);
    std::string selectedScheme() const { return m_selected; }

    // The lab's settings (the controls; the view tab shown is kept apart): what a scenario file
    // saves and what opening one applies. Applying marks results from other settings stale,
    // remembers the settings for the next start and emits settingsChanged, as a change made in
    // the controls does.
    LabState settings() const;
    void setSettings(const LabState& state);
    void saveSettings();

signals:
    // A lab setting changed (in the controls or through setSettings); not the view tab shown.
    void settingsChanged();
    void runFinished(bool cancelled);
    void benchmarkFinished(bool ok);
    void message(const QString& text);

private:
    QWidget* buildViews();
    QWidget* withHeader(QWidget* body, QLayout* header);
    void onControlsChanged();
    void onSample(std::shared_ptr<const LabSample> sample);
    void onProgress(int job, int index, double fraction);
    void onOutcome(int job, int index, std::shared_ptr<const LabOutcome> outcome);
    void onFailed(int job, int index, const QString& text);
    void onRunFinished(int job, bool cancelled, const QString& error);
    void finishRun(bool cancelled, const QString& text);
    void refreshCharts();
    void refreshDistribution();
    void updateUseButton();

    Settings* m_settings = nullptr;
    LabResultsHub* m_hub = nullptr;
    LabControlPanel* m_controls = nullptr;
    LabResultsModel* m_model = nullptr;
    ResultsTable* m_table = nullptr;
    AccuracyChart* m_accuracy = nullptr;
    DistributionChart* m_distribution = nullptr;
    OutlierChart* m_outliers = nullptr;
    SpeedChart* m_speed = nullptr;
    QTabWidget* m_views = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_stale = nullptr;
    QComboBox* m_distScheme = nullptr;
    QComboBox* m_distBlock = nullptr;
    QPushButton* m_benchRun = nullptr;
    QPushButton* m_benchCancel = nullptr;
    QProgressBar* m_benchProgress = nullptr;
    QLabel* m_benchText = nullptr;
    QPushButton* m_useInExplorer = nullptr;

    QThread* m_thread = nullptr;
    QThread* m_benchThread = nullptr;
    LabWorker* m_worker = nullptr;
    LabWorker* m_benchWorker = nullptr;

    int m_job = 0;
    int m_benchJob = 0;
    bool m_running = false;
    bool m_benchRunning = false;
    std::shared_ptr<quant::CancelToken> m_cancel;
    std::shared_ptr<quant::CancelToken> m_benchCancelToken;
    std::vector<std::string> m_runSchemes;
    std::shared_ptr<const LabSample> m_sample;
    std::string m_selected;
    LabState m_runState; // the controls as they were when the shown results were made
};

} // namespace fitscope::gui::lab
