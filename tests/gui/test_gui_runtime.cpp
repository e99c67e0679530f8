// The explorer's runtime options, speed chart and task switch, driven through the real widgets on
// the offscreen platform and compared with direct calls to the sizing engine; the scenario file
// round trip of those options. Set FITSCOPE_TEST_SHOTS=<folder> to keep screenshots of the states.
#include "application.h"
#include "breakdown_chart.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "core/sizing/estimator.h"
#include "core/sizing/solver.h"
#include "core/sizing/speed.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "explorer_scenario.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "runtime_options_panel.h"
#include "scenario_document.h"
#include "settings.h"
#include "speed_chart.h"
#include "summary_panel.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

class TestGuiRuntime : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runtimeSwitch_showsOnlyItsOptions();
    void vllmMemoryFraction_changesEstimateAsEngine();
    void vllmPoolTooSmall_showsVllmError();
    void llamaCppAutoLayers_solvesAndShowsSystemRam();
    void gpuCount_showsParallelism_pipelineDrawsOneBarPerGpu();
    void speedChart_holdsDecodeSpeedByBatch();
    void speedChart_nothingToDraw_usesTheFullWidth();
    void summary_showsTokensPerSecondAndFirstToken();
    void taskSwitch_fineTuneShowsItsOptionsAndComponents();
    void scenarioSaveOpen_roundTripsRuntimeOptionsAndTask();
    void scenarioWithoutOptions_loadsWithDefaults();
    void settings_keepEngineOptions();
    void llamaCppCacheVAndUnified_reachTheScenario();
    void cpuMoeSpin_movesExpertsToRam_asOneUndoStep();

private:
    ExplorerPage* page() const { return m_window->explorer(); }
    ControlPanel* controls() const { return page()->controls(); }
    template <typename T>
    T* find(const char* name) const {
        return fitscope::testing::findNamed<T>(m_window.get(), name);
    }
    sizing::Estimate engine(const sizing::Scenario& s) const {
        return sizing::estimate(s, sizing::Detail::NumbersOnly);
    }
    void selectRuntime(sizing::Runtime runtime);
    void shot(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiRuntime::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
}

void TestGuiRuntime::init() {
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings, QSize(1400, 900));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiRuntime::cleanup() {
    m_window.reset();
    m_settings.reset();
}

void TestGuiRuntime::selectRuntime(sizing::Runtime runtime) {
    auto* combo = find<QComboBox>("runtimeCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(runtime)));
    QCOMPARE(controls()->state().runtime, runtime);
}

void TestGuiRuntime::shot(const QString& name) {
    const QString folder = qEnvironmentVariable("FITSCOPE_TEST_SHOTS");
    if (folder.isEmpty()) {
        return;
    }
    page()->flushDeferred();
    QTest::qWait(30);
    m_window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestGuiRuntime::runtimeSwitch_showsOnlyItsOptions() {
    auto* options = find<QWidget>("runtimeOptions");
    auto* vllm = find<QWidget>("vllmOptions");
    auto* llama = find<QWidget>("llamaCppOptions");
    selectRuntime(sizing::Runtime::Transformers);
    QVERIFY(options->isHidden()); // nothing applies to transformers on one GPU
    selectRuntime(sizing::Runtime::Vllm);
    QVERIFY(!options->isHidden());
    QVERIFY(!vllm->isHidden());
    QVERIFY(llama->isHidden());
    selectRuntime(sizing::Runtime::LlamaCpp);
    QVERIFY(vllm->isHidden());
    QVERIFY(!llama->isHidden());
    QVERIFY(!find<QWidget>("flashAttentionCombo")->isHidden());
    QVERIFY(!find<QWidget>("cacheTypeVCombo")->isHidden());
    QVERIFY(!find<QWidget>("kvUnifiedCheck")->isHidden());
    QVERIFY(!find<QWidget>("cpuRamSpin")->isHidden());
    // Collapsing the group hides its body, not the group.
    find<QToolButton>("runtimeOptionsToggle")->click();
    QVERIFY(find<QWidget>("runtimeOptionsBody")->isHidden());
    find<QToolButton>("runtimeOptionsToggle")->click();
    QVERIFY(!find<QWidget>("runtimeOptionsBody")->isHidden());
    selectRuntime(sizing::Runtime::Simple);
    QVERIFY(options->isHidden());
}

void TestGuiRuntime::vllmMemoryFraction_changesEstimateAsEngine() {
    selectRuntime(sizing::Runtime::Vllm);
    auto* fraction = find<QDoubleSpinBox>("vllmMemoryFractionSpin");
    QCOMPARE(fraction->value(), sizing::VllmOptions{}.gpu_memory_utilization);
    const std::int64_t before = page()->primaryEstimate().vllm->kv_pool_bytes;
    fraction->setValue(0.80);
    QCOMPARE(controls()->state().engine.runtime.vllm.gpu_memory_utilization, 0.80);

    // The same scenario built by hand, straight to the engine.
    sizing::Scenario s;
    s.model = catalog::Catalog::builtIn().findModel("llama-2-13b")->model;
    s.precision = controls()->state().precision;
    s.context_tokens = controls()->state().context_tokens;
    s.runtime = sizing::Runtime::Vllm;
    s.gpu = std::make_shared<sizing::GpuSpec>(*catalog::Catalog::builtIn().findGpu("a10g"));
    s.vllm.gpu_memory_utilization = 0.80;
    s.cpu_ram_bytes = machineRamBytes();
    const sizing::Estimate direct = engine(s);
    const sizing::Estimate& shown = page()->primaryEstimate();
    QCOMPARE(shown.per_gpu_bytes, direct.per_gpu_bytes);
    QCOMPARE(shown.vllm->kv_pool_bytes, direct.vllm->kv_pool_bytes);
    QVERIFY(shown.vllm->kv_pool_bytes < before);
    // The memory-against-context chart follows the option too (its cache knows the options).
    QCOMPARE(page()->contextChart()->data().series.front().bytes.back(), shown.per_gpu_bytes);
    page()->flushDeferred(); // the speed and runtime line follows on the coalescing timer
    QVERIFY(page()->summary()->details().contains(QLatin1String("KV-cache pool")));

    auto* tokens = find<QSpinBox>("vllmBatchedTokensSpin");
    tokens->setValue(2048);
    s.vllm.max_num_batched_tokens = 2048;
    QCOMPARE(page()->primaryEstimate().vllm->kv_pool_bytes, engine(s).vllm->kv_pool_bytes);
    shot(QStringLiteral("runtime-vllm"));
}

void TestGuiRuntime::vllmPoolTooSmall_showsVllmError() {
    // FP16 13B weights (26 GB) exceed an A10G's budget: vLLM raises at start-up, and the explorer
    // shows its message.
    auto* weights = find<QComboBox>("weightFormatCombo");
    weights->setCurrentIndex(weights->findData(static_cast<int>(sizing::WeightFormat::FP16)));
    selectRuntime(sizing::Runtime::Vllm);
    const sizing::Estimate& e = page()->primaryEstimate();
    QVERIFY(e.vllm);
    QVERIFY(!e.vllm->starts);
    QVERIFY(!e.vllm->error.empty());
    page()->flushDeferred();
    QVERIFY(page()->summary()->details().contains(QString::fromStdString(e.vllm->error).toHtmlEscaped().left(30)));
    QCOMPARE(page()->breakdownChart()->bars().front().verdict, sizing::Verdict::DoesNotFit);
}

void TestGuiRuntime::llamaCppAutoLayers_solvesAndShowsSystemRam() {
    auto* weights = find<QComboBox>("weightFormatCombo");
    weights->setCurrentIndex(weights->findData(static_cast<int>(sizing::WeightFormat::Q8_0)));
    selectRuntime(sizing::Runtime::LlamaCpp);
    // 13B in Q8_0 (~14 GB) with a 4k context fits a 24 GB A10G: set fewer layers, then ask for the solver.
    auto* mode = find<QComboBox>("gpuLayersModeCombo");
    mode->setCurrentIndex(2); // Set…
    auto* layers = find<QSpinBox>("gpuLayersSpin");
    QVERIFY(!layers->isHidden());
    layers->setValue(20);
    QCOMPARE(page()->primaryEstimate().llamacpp->gpu_layers, 20);
    QVERIFY(page()->primaryEstimate().cpu_bytes > 0);
    // A bar for system RAM beside the GPU's.
    QCOMPARE(page()->breakdownChart()->bars().size(), std::size_t(2));
    QCOMPARE(page()->breakdownChart()->bars().back().load_bytes, page()->primaryEstimate().cpu_bytes);
    page()->flushDeferred();
    QVERIFY(page()->summary()->details().contains(QLatin1String("system RAM")));

    // A tiny GPU: the solver picks the count, as a direct call does.
    auto* ram = find<QDoubleSpinBox>("cpuRamSpin");
    ram->setValue(64);
    QCOMPARE(controls()->state().engine.runtime.cpu_ram_bytes, std::int64_t(64) << 30);
    mode->setCurrentIndex(1); // Auto
    QVERIFY(layers->isHidden());
    QVERIFY(controls()->state().engine.runtime.auto_gpu_layers);
    sizing::Scenario s = page()->primaryScenario();
    s.llamacpp.n_gpu_layers = -1;
    const auto solved = sizing::largestGpuLayersThatFit(s);
    QVERIFY(solved.has_value());
    QCOMPARE(page()->primaryEstimate().llamacpp->gpu_layers, *solved);
    QVERIFY(find<QWidget>("gpuLayersNote")->isVisible());
    QCOMPARE(page()->primaryScenario().cpu_ram_bytes, std::int64_t(64) << 30);

    // Flash attention changes the compute buffer as the engine says.
    auto* flash = find<QComboBox>("flashAttentionCombo");
    flash->setCurrentIndex(flash->findData(static_cast<int>(sizing::FlashAttention::Off)));
    QCOMPARE(page()->primaryScenario().llamacpp.flash_attention, sizing::FlashAttention::Off);
    flash->setCurrentIndex(flash->findData(static_cast<int>(sizing::FlashAttention::On)));
    sizing::Scenario f = page()->primaryScenario();
    QCOMPARE(f.llamacpp.flash_attention, sizing::FlashAttention::On);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, engine(f).per_gpu_bytes);
    shot(QStringLiteral("runtime-llamacpp"));
}

void TestGuiRuntime::gpuCount_showsParallelism_pipelineDrawsOneBarPerGpu() {
    auto* parallel = find<QWidget>("parallelismOptions");
    QVERIFY(parallel->isHidden());
    find<QSpinBox>("gpuCount_a10g")->setValue(2);
    QVERIFY(!parallel->isHidden());
    QCOMPARE(page()->breakdownChart()->drawnLoadBars(), 1); // tensor parallel: every GPU alike
    auto* combo = find<QComboBox>("parallelismCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(sizing::Parallelism::Pipeline)));
    QCOMPARE(controls()->state().engine.runtime.parallelism, sizing::Parallelism::Pipeline);
    const sizing::Estimate direct = engine(page()->primaryScenario());
    QCOMPARE(page()->primaryScenario().parallelism, sizing::Parallelism::Pipeline);
    QCOMPARE(direct.gpu_loads.size(), std::size_t(2));
    QCOMPARE(page()->breakdownChart()->drawnLoadBars(), 2);
    for (int g = 0; g < 2; ++g) {
        const sizing::GpuLoad& load = direct.gpu_loads[static_cast<std::size_t>(g)];
        QCOMPARE(page()->breakdownChart()->drawnComponent(g, Component::Weights),
                 sizing::bytesIn(load.weights_bytes, sizing::MemoryUnit::GB));
        QCOMPARE(page()->breakdownChart()->bars()[static_cast<std::size_t>(g)].load_bytes, load.total());
    }
    shot(QStringLiteral("runtime-pipeline"));
}

void TestGuiRuntime::speedChart_holdsDecodeSpeedByBatch() {
    selectRuntime(sizing::Runtime::Vllm);
    page()->flushDeferred();
    SpeedChart* chart = page()->speedChart();
    QVERIFY(chart->drawnSeries() >= 1);
    const std::vector<double> batches = chart->drawnBatches(0);
    QVERIFY(batches.size() >= 8);
    std::vector<std::int64_t> asked;
    for (double b : batches) {
        asked.push_back(static_cast<std::int64_t>(b));
    }
    const auto points = sizing::decodeSpeedByBatch(page()->primaryScenario(), asked);
    const std::vector<double> drawn = chart->drawnTokensPerSecond(0);
    QCOMPARE(drawn.size(), points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        QCOMPARE(drawn[i], points[i].tokens_per_s);
    }
    // Where a decode step turns compute-bound is marked when it happens in range.
    if (page()->primaryEstimate().speed.compute_bound_from_batch > 0 &&
        page()->primaryEstimate().speed.compute_bound_from_batch <= static_cast<std::int64_t>(batches.back())) {
        QCOMPARE(chart->drawnComputeBoundMarkers(), 1);
    }
    page()->detailsTabs()->setCurrentWidget(chart);
    shot(QStringLiteral("runtime-speed"));
}

void TestGuiRuntime::speedChart_nothingToDraw_usesTheFullWidth() {
    SpeedChart* chart = page()->speedChart();
    page()->detailsTabs()->setCurrentWidget(chart);
    const auto plotWidth = [&] {
        page()->flushDeferred();
        chart->replot(QCustomPlot::rpImmediateRefresh); // lays the chart out at its current size
        return chart->axisRect()->width();
    };
    // The plot spans the chart but for the axis labels' margins.
    const auto spansTheChart = [&](int width) { return width > chart->width() * 85 / 100; };
    const int drawn = plotWidth();
    QVERIFY(chart->drawnSeries() >= 1);
    QVERIFY2(spansTheChart(drawn), qPrintable(QStringLiteral("%1 of %2").arg(drawn).arg(chart->width())));
    // Fine-tuning has no speed: the chart shows its note, in a plot as wide as before (its empty
    // legend used to squeeze the whole layout).
    find<QToolButton>("taskFineTune")->click();
    const int empty = plotWidth();
    QCOMPARE(chart->drawnSeries(), 0);
    QVERIFY2(spansTheChart(empty), qPrintable(QStringLiteral("%1 of %2").arg(empty).arg(chart->width())));
    shot(QStringLiteral("runtime-speed-empty"));
    find<QToolButton>("taskInference")->click();
    QVERIFY(spansTheChart(plotWidth()));
}

void TestGuiRuntime::summary_showsTokensPerSecondAndFirstToken() {
    find<QSpinBox>("batchSpin")->setValue(8);
    const sizing::SpeedEstimate& sp = page()->primaryEstimate().speed;
    QVERIFY(sp.valid);
    page()->flushDeferred();
    const QString details = page()->summary()->details();
    QVERIFY2(details.contains(QLatin1String("tokens/s")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("first token")));
    QVERIFY(details.contains(QLatin1String("for all 8")));
}

void TestGuiRuntime::taskSwitch_fineTuneShowsItsOptionsAndComponents() {
    auto* box = find<QWidget>("fineTuneOptions");
    QVERIFY(box->isHidden());
    find<QToolButton>("taskFineTune")->click();
    QCOMPARE(controls()->state().engine.task, sizing::Task::FineTune);
    QVERIFY(!box->isHidden());
    QVERIFY(!find<QWidget>("loraRankSpin")->isHidden()); // LoRA is the default method

    const sizing::Estimate direct = engine(page()->primaryScenario());
    QVERIFY(direct.finetune);
    const sizing::Estimate& e = page()->primaryEstimate();
    QCOMPARE(e.per_gpu_bytes, direct.per_gpu_bytes);
    BreakdownChart* chart = page()->breakdownChart();
    QCOMPARE(chart->drawnComponent(0, Component::Gradients),
             sizing::bytesIn(direct.finetune->gradient_bytes, sizing::MemoryUnit::GB));
    QCOMPARE(chart->drawnComponent(0, Component::OptimizerStates),
             sizing::bytesIn(direct.training_bytes - direct.finetune->gradient_bytes, sizing::MemoryUnit::GB));
    QCOMPARE(chart->drawnComponent(0, Component::KvCache), 0.0);
    page()->flushDeferred();
    QVERIFY(page()->summary()->details().contains(QLatin1String("trainable parameters")));

    // Full fine-tuning has no adapter rank; the engine's figure follows.
    auto* method = find<QComboBox>("fineTuneMethodCombo");
    method->setCurrentIndex(method->findData(static_cast<int>(sizing::FineTuneMethod::Full)));
    QVERIFY(find<QWidget>("loraRankSpin")->isHidden());
    QCOMPARE(page()->primaryScenario().finetune.method, sizing::FineTuneMethod::Full);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, engine(page()->primaryScenario()).per_gpu_bytes);
    method->setCurrentIndex(method->findData(static_cast<int>(sizing::FineTuneMethod::Qlora)));
    find<QSpinBox>("loraRankSpin")->setValue(64);
    find<QCheckBox>("gradientCheckpointingCheck")->setChecked(true);
    const sizing::Scenario s = page()->primaryScenario();
    QCOMPARE(s.finetune.lora_rank, 64);
    QVERIFY(s.finetune.gradient_checkpointing);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, engine(s).per_gpu_bytes);
    // The runtime's own options do not apply to fine-tuning.
    selectRuntime(sizing::Runtime::Vllm);
    QVERIFY(find<QWidget>("runtimeOptions")->isHidden());
    shot(QStringLiteral("runtime-finetune"));

    find<QToolButton>("taskInference")->click();
    QCOMPARE(controls()->state().engine.task, sizing::Task::Inference);
    QVERIFY(box->isHidden());
    QCOMPARE(page()->breakdownChart()->drawnComponent(0, Component::Gradients), 0.0);
}

void TestGuiRuntime::scenarioSaveOpen_roundTripsRuntimeOptionsAndTask() {
    selectRuntime(sizing::Runtime::LlamaCpp);
    find<QComboBox>("gpuLayersModeCombo")->setCurrentIndex(1); // auto
    auto* flash = find<QComboBox>("flashAttentionCombo");
    flash->setCurrentIndex(flash->findData(static_cast<int>(sizing::FlashAttention::On)));
    auto* cacheV = find<QComboBox>("cacheTypeVCombo");
    cacheV->setCurrentIndex(cacheV->findData(static_cast<int>(sizing::KvFormat::Q5_1)));
    find<QCheckBox>("kvUnifiedCheck")->setChecked(true);
    find<QDoubleSpinBox>("cpuRamSpin")->setValue(48);
    find<QSpinBox>("gpuCount_a10g")->setValue(2);
    auto* combo = find<QComboBox>("parallelismCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(sizing::Parallelism::Pipeline)));
    const ExplorerState saved = controls()->state();
    const sizing::Estimate before = engine(page()->primaryScenario());

    const QString path = m_dir.filePath(QStringLiteral("round.fitscope.json"));
    QString error;
    QVERIFY2(m_window->document()->saveTo(path, &error), qPrintable(error));
    controls()->setState(ExplorerState{});
    QVERIFY(!(controls()->state() == saved));
    QVERIFY2(m_window->document()->openPath(path, &error), qPrintable(error));
    QVERIFY(controls()->state().engine == saved.engine);
    QVERIFY(controls()->state() == saved);
    QCOMPARE(engine(page()->primaryScenario()).per_gpu_bytes, before.per_gpu_bytes);
    QCOMPARE(flash->currentData().toInt(), static_cast<int>(sizing::FlashAttention::On));
    QCOMPARE(cacheV->currentData().toInt(), static_cast<int>(sizing::KvFormat::Q5_1));
    QVERIFY(find<QCheckBox>("kvUnifiedCheck")->isChecked());

    // Fine-tuning too.
    find<QToolButton>("taskFineTune")->click();
    auto* method = find<QComboBox>("fineTuneMethodCombo");
    method->setCurrentIndex(method->findData(static_cast<int>(sizing::FineTuneMethod::Qlora)));
    find<QSpinBox>("loraRankSpin")->setValue(32);
    const ExplorerState tuned = controls()->state();
    QVERIFY(m_window->document()->saveTo(path, &error));
    controls()->setState(ExplorerState{});
    QVERIFY(m_window->document()->openPath(path, &error));
    QVERIFY(controls()->state() == tuned);
    QVERIFY(find<QToolButton>("taskFineTune")->isChecked());
    QCOMPARE(find<QSpinBox>("loraRankSpin")->value(), 32);

    // The file reads back in core as the same engine scenarios (what fitscope-cli report uses).
    const report::ScenarioFile file = report::readScenarioFile(path.toStdString(), catalog::Catalog::builtIn());
    QCOMPARE(file.task, sizing::Task::FineTune);
    QCOMPARE(file.finetune.method, sizing::FineTuneMethod::Qlora);
    const auto scenarios = report::engineScenarios(file, catalog::Catalog::builtIn());
    QCOMPARE(engine(scenarios.front()).per_gpu_bytes, engine(page()->primaryScenario()).per_gpu_bytes);
}

void TestGuiRuntime::scenarioWithoutOptions_loadsWithDefaults() {
    // A file written before runtime options and tasks existed.
    const QString path = m_dir.filePath(QStringLiteral("old.fitscope.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": "fitscope-scenario/1", "model": {"source": "catalog", "id": "llama-2-7b"},
                  "precision": {"weights": "int8"}, "context": 2048, "runtime": "vllm",
                  "gpus": [{"id": "a10g", "count": 1}]})");
    file.close();
    find<QToolButton>("taskFineTune")->click();
    QString error;
    QVERIFY2(m_window->document()->openPath(path, &error), qPrintable(error));
    QVERIFY(controls()->state().engine == EngineOptions{});
    QCOMPARE(controls()->state().runtime, sizing::Runtime::Vllm);
    QCOMPARE(find<QDoubleSpinBox>("vllmMemoryFractionSpin")->value(), sizing::VllmOptions{}.gpu_memory_utilization);
    QVERIFY(find<QToolButton>("taskInference")->isChecked());
}

void TestGuiRuntime::settings_keepEngineOptions() {
    selectRuntime(sizing::Runtime::Vllm);
    find<QDoubleSpinBox>("vllmMemoryFractionSpin")->setValue(0.85);
    find<QToolButton>("taskFineTune")->click();
    m_window->saveToSettings();
    const ExplorerState state = m_settings->state();
    QCOMPARE(state.engine.runtime.vllm.gpu_memory_utilization, 0.85);
    QCOMPARE(state.engine.task, sizing::Task::FineTune);
}

// -ctv and -kvu in the llama.cpp options: the V type (with flash attention auto, so a quantized V
// stays quantized) and the unified cache reach the scenario and size as the engine does.
void TestGuiRuntime::llamaCppCacheVAndUnified_reachTheScenario() {
    selectRuntime(sizing::Runtime::LlamaCpp);
    auto* flash = find<QComboBox>("flashAttentionCombo");
    QCOMPARE(flash->currentData().toInt(), static_cast<int>(sizing::FlashAttention::Auto)); // llama.cpp's default
    QVERIFY(!flash->toolTip().isEmpty());
    auto* cacheV = find<QComboBox>("cacheTypeVCombo");
    auto* unified = find<QCheckBox>("kvUnifiedCheck");
    QVERIFY(!cacheV->toolTip().isEmpty());
    QVERIFY(!unified->toolTip().isEmpty());
    QCOMPARE(cacheV->currentIndex(), 0); // same as K
    // The types llama.cpp's -ctv takes, and no others (no FP8, no INT8).
    QVERIFY(cacheV->findData(static_cast<int>(sizing::KvFormat::IQ4_NL)) >= 0);
    QVERIFY(cacheV->findData(static_cast<int>(sizing::KvFormat::Q4_1)) >= 0);
    QCOMPARE(cacheV->findData(static_cast<int>(sizing::KvFormat::FP8)), -1);

    cacheV->setCurrentIndex(cacheV->findData(static_cast<int>(sizing::KvFormat::IQ4_NL)));
    sizing::Scenario s = page()->primaryScenario();
    QVERIFY(s.llamacpp.cache_type_v == sizing::KvFormat::IQ4_NL);
    const sizing::Estimate e = engine(s);
    QVERIFY(!e.llamacpp->v_cache_f16_fallback);
    QCOMPARE(page()->primaryEstimate().kv_cache_bytes, e.kv_cache_bytes);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, e.per_gpu_bytes);

    // -fa off: the quantized V falls back to F16, as the engine sizes it.
    flash->setCurrentIndex(flash->findData(static_cast<int>(sizing::FlashAttention::Off)));
    s = page()->primaryScenario();
    QVERIFY(engine(s).llamacpp->v_cache_f16_fallback);
    QCOMPARE(page()->primaryEstimate().kv_cache_bytes, engine(s).kv_cache_bytes);

    // The V type equal to K's is no separate setting.
    cacheV->setCurrentIndex(cacheV->findData(static_cast<int>(s.precision.kv_cache)));
    QVERIFY(!page()->primaryScenario().llamacpp.cache_type_v);

    // -kvu with several sequences: one stream for all of them.
    QVERIFY(!page()->primaryScenario().llamacpp.kv_unified);
    QTest::mouseClick(unified, Qt::LeftButton, {}, QPoint(4, unified->height() / 2));
    QVERIFY(unified->isChecked());
    QVERIFY(controls()->state().engine.runtime.llamacpp.kv_unified);
    s = page()->primaryScenario();
    QVERIFY(s.llamacpp.kv_unified);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, engine(s).per_gpu_bytes);
}

// The llama.cpp options' "CPU MoE layers" (--n-cpu-moe): enabled only for a MoE model, each change one undo
// step, the routed experts of that many layers in system RAM as the engine sizes them, and the summary and
// the system-RAM bar show them.
void TestGuiRuntime::cpuMoeSpin_movesExpertsToRam_asOneUndoStep() {
    selectRuntime(sizing::Runtime::LlamaCpp);
    auto* spin = find<QSpinBox>("cpuMoeSpin");
    QVERIFY(!spin->isHidden());
    QVERIFY(!spin->isEnabled()); // llama-2-13b has no experts
    QVERIFY(!spin->toolTip().isEmpty());

    ExplorerState state = controls()->state();
    state.model_id = "qwen3-30b-a3b";
    state.precision.weights = sizing::WeightFormat::Q4_K_M;
    state.gpus = {GpuChoice{"rtx-4090", 1}};
    state.primary_gpu = "rtx-4090";
    controls()->setState(state);
    QVERIFY(spin->isEnabled());
    QCOMPARE(spin->maximum(), 48);
    QCOMPARE(spin->value(), 0);

    QUndoStack* stack = m_window->workspace()->history()->stack();
    const int steps = stack->count();
    spin->setValue(20);
    QCOMPARE(controls()->state().engine.runtime.llamacpp.n_cpu_moe, std::int64_t{20});
    QCOMPARE(stack->count(), steps + 1);
    const sizing::Scenario s = page()->primaryScenario();
    QCOMPARE(s.llamacpp.n_cpu_moe, std::int64_t{20});
    const sizing::Estimate e = engine(s);
    QVERIFY(e.llamacpp->cpu_expert_bytes > 0);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, e.per_gpu_bytes);
    QCOMPARE(page()->primaryEstimate().cpu_bytes, e.cpu_bytes);
    page()->flushDeferred();
    QVERIFY2(page()->summary()->details().contains(QLatin1String("routed experts of 20 layer")),
             qPrintable(page()->summary()->details()));
    shot(QStringLiteral("cpu-moe"));

    stack->undo();
    QCOMPARE(controls()->state().engine.runtime.llamacpp.n_cpu_moe, std::int64_t{0});
    QCOMPARE(spin->value(), 0);
    stack->redo();
    QCOMPARE(spin->value(), 20);
}

QTEST_MAIN(TestGuiRuntime)
#include "test_gui_runtime.moc"
