#include "lab_page.h"

#include "accuracy_chart.h"
#include "distribution_chart.h"
#include "lab_control_panel.h"
#include "lab_results_hub.h"
#include "lab_results_model.h"
#include "lab_worker.h"
#include "outlier_chart.h"
#include "results_table.h"
#include "scheme_catalog.h"
#include "settings.h"
#include "speed_chart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace fitscope::gui::lab {

LabPage::LabPage(Settings* settings, LabResultsHub* hub, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_hub(hub) {
    setObjectName(QStringLiteral("labPage"));
    m_controls = new LabControlPanel(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("labControlScroll"));
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
    scroll->setFrameShape(QFrame::NoFrame);

    m_model = new LabResultsModel(this);
    m_table = new ResultsTable(m_model, this);

    m_stale = new QLabel(tr("The controls changed since this run: the results below are from the previous settings. "
                            "Press Run to measure again."),
                         this);
    m_stale->setObjectName(QStringLiteral("labStaleBanner"));
    m_stale->setAccessibleName(tr("Results are stale"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e6c200; "
                                          "border-radius: 4px; padding: 4px 8px; }"));
    m_stale->setVisible(false);

    m_useInExplorer = new QPushButton(tr("&Use in the fit explorer"), this);
    m_useInExplorer->setObjectName(QStringLiteral("labUseInExplorerButton"));
    m_useInExplorer->setAccessibleName(tr("Use the selected scheme in the fit explorer"));
    m_useInExplorer->setAccessibleDescription(
        tr("Makes the selected scheme the fit explorer's weight precision and switches to the explorer."));
    m_useInExplorer->setToolTip(m_useInExplorer->accessibleDescription());
    m_useInExplorer->setEnabled(false);
    auto* tableHeader = new QHBoxLayout;
    auto* tableTitle = new QLabel(tr("Results (Ctrl+C copies the selected rows)"), this);
    tableTitle->setObjectName(QStringLiteral("cardTitle"));
    tableHeader->addWidget(tableTitle);
    tableHeader->addStretch(1);
    tableHeader->addWidget(m_useInExplorer);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("labSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildViews());
    m_splitter->addWidget(withHeader(m_table, tableHeader));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setHandleWidth(10);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 10, 12, 10);
    contentLayout->addWidget(m_stale);
    contentLayout->addWidget(m_splitter, 1);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("labMainSplitter"));
    main->setChildrenCollapsible(false);
    main->addWidget(scroll);
    main->addWidget(content);
    main->setStretchFactor(1, 1);
    main->setSizes({390, 1050});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);

    // Two workers on two threads, so a benchmark can be cancelled apart from a run.
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("labWorkerThread"));
    m_worker = new LabWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_benchThread = new QThread(this);
    m_benchThread->setObjectName(QStringLiteral("labBenchThread"));
    m_benchWorker = new LabWorker;
    m_benchWorker->moveToThread(m_benchThread);
    connect(m_benchThread, &QThread::finished, m_benchWorker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    m_benchThread->start(QThread::LowPriority);

    connect(m_worker, &LabWorker::schemeProgress, this, &LabPage::onProgress);
    connect(m_worker, &LabWorker::sampleReady, this, &LabPage::onSample);
    connect(m_worker, &LabWorker::schemeFinished, this, &LabPage::onOutcome);
    connect(m_worker, &LabWorker::schemeFailed, this, &LabPage::onFailed);
    connect(m_worker, &LabWorker::runFinished, this, &LabPage::onRunFinished);
    connect(m_benchWorker, &LabWorker::benchProgress, this, [this](int job, double f) {
        if (job == m_benchJob && m_benchRunning) {
            m_benchProgress->setValue(static_cast<int>(1000.0 * f));
        }
    });
    connect(m_benchWorker, &LabWorker::benchFinished, this, [this](std::shared_ptr<const BenchOutcome> outcome) {
        if (outcome->job != m_benchJob || !m_benchRunning) {
            return;
        }
        m_benchRunning = false;
        m_benchRun->setEnabled(true);
        m_benchCancel->setEnabled(false);
        m_benchProgress->setValue(1000);
        m_speed->setReport(outcome);
        m_benchText->setText(tr("Measured read bandwidth: %1 GB/s.").arg(outcome->report.stream.read_gbps, 0, 'f', 1));
        emit benchmarkFinished(true);
    });
    connect(m_benchWorker, &LabWorker::benchFailed, this, [this](int job, bool, const QString& text) {
        if (job != m_benchJob || !m_benchRunning) {
            return;
        }
        m_benchRunning = false;
        m_benchRun->setEnabled(true);
        m_benchCancel->setEnabled(false);
        m_benchProgress->setValue(0);
        m_benchText->setText(tr("Benchmark failed: %1").arg(text));
        emit benchmarkFinished(false);
    });

    connect(m_controls, &LabControlPanel::changed, this, &LabPage::onControlsChanged);
    connect(m_controls, &LabControlPanel::runRequested, this, &LabPage::run);
    connect(m_controls, &LabControlPanel::cancelRequested, this, &LabPage::cancel);
    connect(m_controls, &LabControlPanel::message, this, &LabPage::message);
    connect(m_accuracy, &AccuracyChart::schemeClicked, this,
            [this](const QString& scheme) { selectScheme(scheme.toStdString()); });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid()) {
                selectScheme(current.siblingAtColumn(0).data(LabResultsModel::SchemeNameRole).toString().toStdString());
            }
        });
    connect(m_useInExplorer, &QPushButton::clicked, this, [this] {
        if (const auto format = SchemeCatalog::formatForScheme(m_selected); format && m_hub != nullptr) {
            emit m_hub->weightFormatRequested(*format);
        }
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this] { saveSettings(); });

    if (m_settings != nullptr) {
        const LabState state = LabState::fromJson(m_settings->value(Settings::Key::LabState).toString());
        m_controls->setState(state);
        m_views->setCurrentIndex(std::clamp(state.view, 0, m_views->count() - 1));
    }
}

LabPage::~LabPage() {
    // Stop the workers at their next check, then wait: they must not outlive the page's signals.
    if (m_cancel) {
        m_cancel->cancel();
    }
    if (m_benchCancelToken) {
        m_benchCancelToken->cancel();
    }
    m_thread->quit();
    m_benchThread->quit();
    m_thread->wait();
    m_benchThread->wait();
}

QWidget* LabPage::withHeader(QWidget* body, QLayout* header) {
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    return frame;
}

QWidget* LabPage::buildViews() {
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("labViews"));
    m_views->setDocumentMode(true);
    m_views->setAccessibleName(tr("Lab views"));

    m_accuracy = new AccuracyChart(this);
    auto* accuracyHeader = new QHBoxLayout;
    auto* accuracyHint = new QLabel(tr("Lower left is better: fewer bits and less error. Hover a point for every "
                                       "metric; click it to select the scheme."),
                                    this);
    accuracyHint->setObjectName(QStringLiteral("hint"));
    accuracyHint->setWordWrap(true);
    accuracyHeader->addWidget(accuracyHint, 1);
    m_views->addTab(withHeader(m_accuracy, accuracyHeader), tr("&Accuracy per bit"));

    m_distribution = new DistributionChart(this);
    m_distScheme = new QComboBox(this);
    m_distScheme->setObjectName(QStringLiteral("labDistSchemeCombo"));
    m_distScheme->setAccessibleName(tr("Scheme shown in the distribution"));
    m_distScheme->setAccessibleDescription(tr("The finished scheme whose levels and error the distribution shows."));
    m_distScheme->setToolTip(m_distScheme->accessibleDescription());
    m_distScheme->setMinimumContentsLength(14);
    m_distScheme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_distBlock = new QComboBox(this);
    m_distBlock->setObjectName(QStringLiteral("labDistBlockCombo"));
    m_distBlock->setAccessibleName(tr("Block shown in the distribution"));
    m_distBlock->setAccessibleDescription(
        tr("The block whose weights and representable values are drawn: the one holding the largest weight (its "
           "scale is stretched the most) or the first one."));
    m_distBlock->setToolTip(m_distBlock->accessibleDescription());
    m_distBlock->setMinimumContentsLength(12);
    m_distBlock->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* distHeader = new QHBoxLayout;
    auto* schemeLabel = new QLabel(tr("S&cheme"), this);
    schemeLabel->setBuddy(m_distScheme);
    auto* blockLabel = new QLabel(tr("&Block"), this);
    blockLabel->setBuddy(m_distBlock);
    distHeader->addWidget(schemeLabel);
    distHeader->addWidget(m_distScheme);
    distHeader->addSpacing(12);
    distHeader->addWidget(blockLabel);
    distHeader->addWidget(m_distBlock, 1);
    m_views->addTab(withHeader(m_distribution, distHeader), tr("&Distribution"));
    connect(m_distScheme, &QComboBox::activated, this,
            [this] { selectScheme(m_distScheme->currentData().toString().toStdString()); });
    connect(m_distBlock, &QComboBox::currentIndexChanged, this, [this] { refreshDistribution(); });

    m_outliers = new OutlierChart(this);
    auto* outlierHeader = new QHBoxLayout;
    auto* outlierHint = new QLabel(tr("A few input features carry huge activations. Any rounding error in their "
                                      "weight column is multiplied by them: one global scale makes every column "
                                      "coarse, LLM.int8() keeps those columns in FP16."),
                                   this);
    outlierHint->setObjectName(QStringLiteral("hint"));
    outlierHint->setWordWrap(true);
    outlierHeader->addWidget(outlierHint, 1);
    m_views->addTab(withHeader(m_outliers, outlierHeader), tr("&Outliers"));

    m_speed = new SpeedChart(this);
    m_benchRun = new QPushButton(tr("Run &benchmark"), this);
    m_benchRun->setObjectName(QStringLiteral("labBenchButton"));
    m_benchRun->setAccessibleName(tr("Run benchmark"));
    m_benchRun->setAccessibleDescription(tr("Measure this machine's memory bandwidth and the matrix-vector speed of "
                                            "each format (a few seconds, off the window's thread)."));
    m_benchRun->setToolTip(m_benchRun->accessibleDescription());
    m_benchCancel = new QPushButton(tr("Cancel benchmark"), this);
    m_benchCancel->setObjectName(QStringLiteral("labBenchCancelButton"));
    m_benchCancel->setAccessibleName(tr("Cancel benchmark"));
    m_benchCancel->setToolTip(tr("Stop the benchmark."));
    m_benchCancel->setEnabled(false);
    m_benchProgress = new QProgressBar(this);
    m_benchProgress->setObjectName(QStringLiteral("labBenchProgress"));
    m_benchProgress->setAccessibleName(tr("Benchmark progress"));
    m_benchProgress->setRange(0, 1000);
    m_benchProgress->setValue(0);
    m_benchProgress->setTextVisible(false);
    m_benchProgress->setMaximumWidth(160);
    m_benchText = new QLabel(this);
    m_benchText->setWordWrap(true);
    m_benchText->setObjectName(QStringLiteral("hint"));
    auto* speedHeader = new QHBoxLayout;
    speedHeader->addWidget(m_benchRun);
    speedHeader->addWidget(m_benchCancel);
    speedHeader->addWidget(m_benchProgress);
    speedHeader->addWidget(m_benchText, 1);
    m_views->addTab(withHeader(m_speed, speedHeader), tr("&Speed"));
    connect(m_benchRun, &QPushButton::clicked, this, [this] { runBenchmark(); });
    connect(m_benchCancel, &QPushButton::clicked, this, &LabPage::cancelBenchmark);
    return m_views;
}

LabState LabPage::settings() const {
    LabState s = m_controls->state();
    s.view = m_views->currentIndex();
    return s;
}

void LabPage::setSettings(const LabState& state) {
    LabState s = state;
    s.view = m_views->currentIndex(); // a scenario chooses the settings, not the view shown
    m_controls->setState(s);
    onControlsChanged();
}

void LabPage::saveSettings() {
    if (m_settings == nullptr) {
        return;
    }
    m_settings->setValue(Settings::Key::LabState, settings().toJson());
}

void LabPage::onControlsChanged() {
    saveSettings();
    // Results made from other settings stay visible but are marked, never silently mixed.
    LabState now = m_controls->state();
    LabState then = m_runState;
    now.view = then.view = 0;
    const bool stale = m_model->rowCount() > 0 && !(now == then);
    m_model->setStale(stale);
    m_stale->setVisible(stale);
    emit settingsChanged();
}

void LabPage::run() {
    if (m_running) {
        return;
    }
    const std::vector<std::string> schemes = m_controls->checkedSchemes();
    if (schemes.empty()) {
        m_controls->setProgress(0.0, tr("Check at least one scheme."));
        return;
    }
    m_runState = m_controls->state();
    LabJob job;
    try {
        job = m_runState.job();
    } catch (const std::exception& e) {
        m_controls->setProgress(0.0, QString::fromUtf8(e.what()));
        return;
    }
    job.id = ++m_job;
    job.schemes = schemes;
    m_cancel = std::make_shared<quant::CancelToken>();
    job.cancel = m_cancel;
    m_runSchemes = schemes;
    m_running = true;
    m_model->startRun(schemes);
    m_stale->setVisible(false);
    m_controls->setRunning(true);
    m_controls->setProgress(0.0, tr("Preparing the tensor…"));
    LabWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->run(job); }, Qt::QueuedConnection);
}

void LabPage::cancel() {
    if (!m_running) {
        return;
    }
    m_cancel->cancel();
    // The page stops listening to this job now; whatever it still reports is ignored.
    finishRun(true, tr("Cancelled. Finished schemes keep their results."));
}

void LabPage::finishRun(bool cancelled, const QString& text) {
    m_running = false;
    if (cancelled) {
        m_model->cancelPending();
    }
    m_controls->setRunning(false);
    m_controls->setProgress(cancelled ? 0.0 : 1.0, text);
    refreshCharts();
    emit runFinished(cancelled);
}

void LabPage::onSample(std::shared_ptr<const LabSample> sample) {
    if (!m_running || sample->job != m_job) {
        return;
    }
    m_sample = std::move(sample);
    if (m_hub != nullptr) {
        m_hub->beginRun(m_sample->short_name);
    }
    m_distribution->setSample(m_sample);
    m_outliers->setSample(m_sample);
    m_accuracy->setOutcomes({});
    m_distScheme->clear();
}

void LabPage::onProgress(int job, int index, double fraction) {
    if (!m_running || job != m_job) {
        return;
    }
    const double n = static_cast<double>(m_runSchemes.size());
    if (index < 0) {
        m_controls->setProgress(0.05 * fraction, tr("Preparing the tensor… %1 %").arg(std::lround(100 * fraction)));
        return;
    }
    m_model->setProgress(index, fraction);
    m_controls->setProgress(0.05 + 0.95 * (index + fraction) / n,
                            tr("%1 (%2 of %3)…")
                                .arg(SchemeCatalog::displayName(m_runSchemes[static_cast<std::size_t>(index)]))
                                .arg(index + 1)
                                .arg(m_runSchemes.size()));
}

void LabPage::onOutcome(int job, int index, std::shared_ptr<const LabOutcome> outcome) {
    if (!m_running || job != m_job) {
        return;
    }
    if (m_hub != nullptr) {
        m_hub->publish({outcome->scheme, outcome->metrics, outcome->bits_per_weight});
    }
    m_model->setOutcome(index, outcome);
    refreshCharts();
}

void LabPage::onFailed(int job, int index, const QString& text) {
    if (!m_running || job != m_job) {
        return;
    }
    m_model->setFailed(index, text);
}

void LabPage::onRunFinished(int job, bool cancelled, const QString& error) {
    if (!m_running || job != m_job) {
        return;
    }
    if (!error.isEmpty()) {
        m_model->cancelPending();
        finishRun(true, tr("Could not make the tensor: %1").arg(error));
        emit message(tr("Quantization lab: %1").arg(error));
        return;
    }
    finishRun(cancelled, cancelled ? tr("Cancelled.")
                                   : tr("Done: %1 schemes on %2.")
                                         .arg(m_model->finished().size())
                                         .arg(m_sample ? m_sample->description : QString()));
}

void LabPage::refreshCharts() {
    const auto finished = m_model->finished();
    m_accuracy->setOutcomes(finished);
    // The distribution's scheme list follows the finished schemes, keeping the selection.
    const QSignalBlocker block(m_distScheme);
    m_distScheme->clear();
    for (const auto& o : finished) {
        m_distScheme->addItem(SchemeCatalog::displayName(o->scheme), QString::fromStdString(o->scheme));
    }
    if (m_selected.empty() && !finished.empty()) {
        m_selected = finished.front()->scheme;
    }
    selectScheme(m_selected);
}

void LabPage::selectScheme(const std::string& scheme) {
    m_selected = scheme;
    m_accuracy->setSelectedScheme(scheme);
    const int comboIndex = m_distScheme->findData(QString::fromStdString(scheme));
    if (comboIndex >= 0 && comboIndex != m_distScheme->currentIndex()) {
        const QSignalBlocker block(m_distScheme);
        m_distScheme->setCurrentIndex(comboIndex);
    }
    const int row = m_model->rowOf(scheme);
    if (row >= 0) {
        const QModelIndex proxyIndex = m_table->proxy()->mapFromSource(m_model->index(row, 0));
        if (m_table->currentIndex().row() != proxyIndex.row()) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(proxyIndex,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->viewport()->update();
        }
    }
    // Block choices of this scheme.
    const int row2 = m_model->rowOf(scheme);
    const auto outcome =
        row2 >= 0 && m_model->state(row2) == LabResultsModel::RowState::Done ? m_model->outcome(row2) : nullptr;
    {
        const QSignalBlocker block(m_distBlock);
        const int previous = std::max(0, m_distBlock->currentIndex());
        m_distBlock->clear();
        if (outcome) {
            for (const BlockView& b : outcome->blocks) {
                m_distBlock->addItem(b.label);
            }
            m_distBlock->setCurrentIndex(std::min(previous, m_distBlock->count() - 1));
        }
    }
    refreshDistribution();
    updateUseButton();
}

void LabPage::refreshDistribution() {
    const int row = m_model->rowOf(m_selected);
    const auto outcome =
        row >= 0 && m_model->state(row) == LabResultsModel::RowState::Done ? m_model->outcome(row) : nullptr;
    m_distribution->setOutcome(outcome, std::max(0, m_distBlock->currentIndex()));
}

void LabPage::updateUseButton() {
    const auto format = SchemeCatalog::formatForScheme(m_selected);
    m_useInExplorer->setEnabled(format.has_value() && m_hub != nullptr);
    m_useInExplorer->setToolTip(
        format ? tr("Make %1 the fit explorer's weight precision.").arg(SchemeCatalog::displayName(m_selected))
               : tr("The fit explorer has no weight format for this scheme."));
}

void LabPage::showScheme(const QString& scheme) {
    const std::string name = scheme.toStdString();
    const int row = m_model->rowOf(name);
    if (row >= 0 && m_model->state(row) == LabResultsModel::RowState::Done) {
        selectScheme(name);
        m_views->setCurrentIndex(0);
        return;
    }
    m_controls->setSchemeChecked(name, true);
    m_controls->setProgress(0.0, tr("%1 is checked: press Run to measure it.").arg(SchemeCatalog::displayName(name)));
}

void LabPage::runBenchmark(std::int64_t sizeMib, int repetitions) {
    if (m_benchRunning) {
        return;
    }
    quant::BenchOptions options;
    options.size_mib = sizeMib;
    options.repetitions = repetitions;
    options.quantizers = false;
    m_benchCancelToken = std::make_shared<quant::CancelToken>();
    const int job = ++m_benchJob;
    m_benchRunning = true;
    m_benchRun->setEnabled(false);
    m_benchCancel->setEnabled(true);
    m_benchProgress->setValue(0);
    m_benchText->setText(tr("Measuring…"));
    LabWorker* worker = m_benchWorker;
    auto token = m_benchCancelToken;
    QMetaObject::invokeMethod(
        worker, [worker, job, options, token] { worker->runBenchmark(job, options, token); }, Qt::QueuedConnection);
}

void LabPage::cancelBenchmark() {
    if (!m_benchRunning) {
        return;
    }
    m_benchCancelToken->cancel();
    m_benchRunning = false;
    m_benchRun->setEnabled(true);
    m_benchCancel->setEnabled(false);
    m_benchProgress->setValue(0);
    m_benchText->setText(tr("Benchmark cancelled."));
    emit benchmarkFinished(false);
}

} // namespace fitscope::gui::lab
