// The workspace for deciding (issue 18), through the real window on the offscreen platform: pinned
// scenarios and their comparison, undo and redo, the command palette, the linked context readout,
// scenario files with several scenarios, the model picker's Enter, charts copied as PNG and SVG,
// fitscope --help.
#include "application.h"
#include "breakdown_chart.h"
#include "command_line.h"
#include "command_palette.h"
#include "comparison_view.h"
#include "context_chart.h"
#include "context_readout.h"
#include "control_panel.h"
#include "core/report/scenario_file.h"
#include "core/sizing/estimator.h"
#include "core/sizing/solver.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "fuzzy_match.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "model_pick_on_enter.h"
#include "pin_bar.h"
#include "pinned_scenarios.h"
#include "scenario_document.h"
#include "settings.h"
#include "solver_jumps.h"
#include "speed_chart.h"
#include "summary_panel.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

class TestGuiWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void help_namesTheProgram();
    void fuzzyScore_ranksWordsAndPrefixes();
    void modelPicker_enterPicksTheOnlyMatch();
    void modelPicker_enterPicksTheBestMatch();
    void modelPicker_enterWithoutMatchKeepsModel();
    void chartCopy_ctrlCPutsPngAndSvg();
    void pins_threeWithBaseline_comparisonCells();
    void pins_chartsShowThem();
    void undoRedo_sliderDragsSolverJumpAndPin();
    void undo_editMenuNamesTheStep();
    void fitChanges_linksApplyTheCheapestChangeAsOneStep();
    void palette_findsAndRunsAnAction();
    void palette_findsModelsGpusFormats();
    void contextReadout_linksTheCharts();
    void scenarioFile_severalScenariosRoundTrip();
    void scenarioFile_oldSingleScenarioStillOpens();

private:
    Workspace* workspace() const { return m_window->workspace(); }
    void setState(const std::function<void(ExplorerState&)>& change);
    void dragContext(int fromValue, int toValue);
    ExplorerPage* page() const { return m_window->explorer(); }
    ControlPanel* controls() const { return page()->controls(); }
    void typeModel(const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiWorkspace::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
}

void TestGuiWorkspace::init() {
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings, QSize(1400, 900));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiWorkspace::cleanup() {
    m_window.reset();
    m_settings.reset();
}

void TestGuiWorkspace::typeModel(const QString& text) {
    QComboBox* combo = controls()->modelCombo();
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), text);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
}

void TestGuiWorkspace::setState(const std::function<void(ExplorerState&)>& change) {
    ExplorerState state = controls()->state();
    change(state);
    controls()->setState(state);
}

// A mouse drag on the context slider: pressed, moved through values, released (what QSlider does
// under the mouse, sliderPressed … valueChanged … sliderReleased).
void TestGuiWorkspace::dragContext(int fromValue, int toValue) {
    auto* slider = fitscope::testing::findNamed<QSlider>(m_window.get(), "contextSlider");
    slider->setSliderDown(true);
    const int steps = 12;
    for (int k = 0; k <= steps; ++k) {
        slider->setValue(fromValue + (toValue - fromValue) * k / steps);
    }
    slider->setSliderDown(false);
}

void TestGuiWorkspace::help_namesTheProgram() {
    const CommandLineOptions options = parseCommandLine({QStringLiteral("fitscope"), QStringLiteral("--help")});
    QVERIFY(options.show_help);
    QVERIFY2(options.help_text.contains(QLatin1String("Usage: fitscope [options]")), qPrintable(options.help_text));
    QVERIFY(!options.help_text.contains(QLatin1String("<executable_name>")));
}

void TestGuiWorkspace::fuzzyScore_ranksWordsAndPrefixes() {
    QVERIFY(fuzzyScore(QStringLiteral("gpt-oss 120"), QStringLiteral("gpt-oss-120b")) > 0);
    QVERIFY(fuzzyScore(QStringLiteral("4090"), QStringLiteral("NVIDIA GeForce RTX 4090")) > 0);
    QVERIFY(fuzzyScore(QStringLiteral("q4_k_m"), QStringLiteral("Q4_K_M (GGUF)")) > 0);
    QVERIFY(fuzzyScore(QStringLiteral("q4km"), QStringLiteral("Q4_K_M")) > 0);
    QCOMPARE(fuzzyScore(QStringLiteral("4090"), QStringLiteral("NVIDIA GeForce RTX 3090")), -1);
    QCOMPARE(fuzzyScore(QStringLiteral("llama 70 zz"), QStringLiteral("Llama-2-70B")), -1);
    // Word order does not matter; a prefix match beats a match inside.
    QVERIFY(fuzzyScore(QStringLiteral("svg breakdown export"), QStringLiteral("Export breakdown as SVG")) > 0);
    QVERIFY(fuzzyScore(QStringLiteral("llama"), QStringLiteral("Llama-2-7B")) >
            fuzzyScore(QStringLiteral("llama"), QStringLiteral("Code Llama 7B")));
    // Of two prefix matches the shorter candidate wins ("Llama-2-7B" over "Llama-2-70B" for "llama 2 7").
    QVERIFY(fuzzyScore(QStringLiteral("llama 2 7"), QStringLiteral("Llama-2-7B")) >
            fuzzyScore(QStringLiteral("llama 2 7"), QStringLiteral("Llama-2-70B")));
}

void TestGuiWorkspace::modelPicker_enterPicksTheOnlyMatch() {
    QCOMPARE(controls()->state().model_id, std::string("llama-2-13b"));
    // "mixtral 8x7" is no substring of any name (the popup has nothing to offer), but names one model.
    typeModel(QStringLiteral("mixtral 8x7"));
    QCOMPARE(controls()->state().model_id, std::string("mixtral-8x7b"));
    QCOMPARE(controls()->modelCombo()->lineEdit()->text(), QStringLiteral("Mixtral-8x7B-v0.1"));
    QVERIFY(page()->summary() != nullptr);
}

void TestGuiWorkspace::modelPicker_enterPicksTheBestMatch() {
    // "llama 3 70" matches Llama-3-70B best (Llama-3-8B lacks "70"; Llama-2-70B lacks "3" at a word start).
    typeModel(QStringLiteral("llama 3 70"));
    QCOMPARE(controls()->state().model_id, std::string("llama-3-70b"));
    // A part of a name the completer would show in its popup: Enter takes the best entry too. Of the names
    // that match equally well (the shortest, "Qwen2-7B", "Qwen3-4B", ...) the first in the picker wins, and the
    // picker lists the newest family first (Qwen3, April 2025; the undated Qwen and Qwen2.5 after it).
    typeModel(QStringLiteral("qwen"));
    QCOMPARE(controls()->state().model_id, std::string("qwen3-4b"));
    // The catalog id is searched too.
    typeModel(QStringLiteral("phi-3-mini"));
    QCOMPARE(controls()->state().model_id, std::string("phi-3-mini"));
}

void TestGuiWorkspace::modelPicker_enterWithoutMatchKeepsModel() {
    typeModel(QStringLiteral("no such model zzz"));
    QCOMPARE(controls()->state().model_id, std::string("llama-2-13b"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no such model zzz")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestGuiWorkspace::chartCopy_ctrlCPutsPngAndSvg() {
    QApplication::clipboard()->clear();
    ContextChart* chart = page()->contextChart();
    chart->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_C, Qt::ControlModifier);
    const QMimeData* data = QApplication::clipboard()->mimeData();
    QVERIFY(data != nullptr);
    QVERIFY(data->hasImage());
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
    QVERIFY(data->hasFormat(QStringLiteral("image/png")));
    const QByteArray svg = data->data(QStringLiteral("image/svg+xml"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("</svg>"));
    // The SVG is the context chart: its title is in it.
    QVERIFY(svg.contains("context"));
}

void TestGuiWorkspace::pins_threeWithBaseline_comparisonCells() {
    // Three plans: the default (INT4 on an A10G, 4,096 tokens), the same at 2,048 tokens on an L4,
    // and INT8 on the A10G.
    QVERIFY(workspace()->pin(QStringLiteral("A10G plan")));
    setState([](ExplorerState& s) {
        s.context_tokens = 2048;
        s.gpus = {{"l4", 1}};
        s.primary_gpu = "l4";
    });
    QVERIFY(workspace()->pin(QStringLiteral("L4 plan")));
    setState([](ExplorerState& s) {
        s.context_tokens = 4096;
        s.gpus = {{"a10g", 1}};
        s.primary_gpu = "a10g";
        s.precision.weights = sizing::WeightFormat::INT8;
    });
    // The star on the second card makes it the baseline.
    QToolButton* pinButton = workspace()->pinBar()->pinButton();
    QTest::mouseClick(pinButton, Qt::LeftButton);
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(3));
    QCOMPARE(workspace()->pinBar()->cardCount(), 3);
    auto* card = fitscope::testing::findNamed<QFrame>(workspace()->pinBar(), "pinCard_1");
    auto* star = card->findChild<QToolButton*>(QStringLiteral("pinBaseline"));
    QVERIFY(star != nullptr);
    QTest::mouseClick(star, Qt::LeftButton);
    QCOMPARE(workspace()->pins()->baselineIndex(), 1);

    workspace()->showComparison();
    ComparisonView* view = workspace()->comparisonView();
    QVERIFY(view->isVisible());
    QTableWidget* table = view->table();
    // Three pins and the live scenario.
    QCOMPARE(table->columnCount(), 4);
    QVERIFY(table->horizontalHeaderItem(1)->text().contains(QLatin1String("L4 plan")));
    QVERIFY(table->horizontalHeaderItem(1)->text().contains(QLatin1String("baseline")));
    QVERIFY(table->horizontalHeaderItem(3)->text().contains(QLatin1String("live")));
    // Only the inputs that differ: weights, context, GPUs and the primary GPU, never the KV cache or batch.
    QVERIFY(view->rowOf("weights") >= 0);
    QVERIFY(view->rowOf("context") >= 0);
    QVERIFY(view->rowOf("gpus") >= 0);
    QCOMPARE(view->rowOf("kv_cache"), -1);
    QCOMPARE(view->rowOf("batch"), -1);
    QCOMPARE(view->rowOf("model"), -1);
    const int context = view->rowOf("context");
    QCOMPARE(view->cellText(context, 0), QStringLiteral("4,096"));
    QCOMPARE(view->cellText(context, 1), QStringLiteral("2,048"));
    // "Show all inputs" lists the rest too.
    view->showAllInputs()->setChecked(true);
    QVERIFY(view->rowOf("kv_cache") >= 0);
    QVERIFY(view->rowOf("model") >= 0);
    view->showAllInputs()->setChecked(false);
    QCOMPARE(view->rowOf("kv_cache"), -1);

    // The results are the engine's, as differences from the baseline (the L4 plan).
    const auto figures = [this](int pin) { return workspace()->pins()->pins()[static_cast<std::size_t>(pin)].figures; };
    const int total = view->resultRowOf("total_per_gpu");
    QVERIFY(total >= 0);
    const QString a10g =
        QString::fromStdString(sizing::formatBytes(figures(0).per_gpu_bytes, sizing::MemoryUnit::GB, 2));
    QVERIFY2(view->cellText(total, 0).contains(a10g), qPrintable(view->cellText(total, 0)));
    QVERIFY(!view->cellText(total, 1).contains(QLatin1Char('\n'))); // the baseline has no difference
    const std::int64_t diff = figures(0).per_gpu_bytes - figures(1).per_gpu_bytes;
    const QString diffText = QString::fromStdString(sizing::formatBytes(std::abs(diff), sizing::MemoryUnit::GB, 2));
    QVERIFY2(view->cellText(total, 0).contains(diffText), qPrintable(view->cellText(total, 0)));
    QVERIFY(view->cellText(total, 0).contains(diff < 0 ? QStringLiteral("−") : QStringLiteral("+")));
    // The better value is marked: the least memory per GPU.
    std::vector<std::int64_t> totals{figures(0).per_gpu_bytes, figures(1).per_gpu_bytes, figures(2).per_gpu_bytes};
    const int best = static_cast<int>(std::min_element(totals.begin(), totals.end()) - totals.begin());
    QVERIFY(view->isBest(total, best));
    QVERIFY(view->cellText(total, best).startsWith(QStringLiteral("✓")));
    const int worst = static_cast<int>(std::max_element(totals.begin(), totals.end()) - totals.begin());
    QVERIFY(!view->isBest(total, worst));
    QVERIFY(view->resultRowOf("headroom") >= 0);
    QVERIFY(view->resultRowOf("verdict") >= 0);
    QVERIFY(view->resultRowOf("decode") >= 0);
    QVERIFY(view->resultRowOf("ttft") >= 0);

    // The live column follows the controls.
    setState([](ExplorerState& s) { s.context_tokens = 1024; });
    QCOMPARE(view->cellText(view->rowOf("context"), 3), QStringLiteral("1,024"));
}

void TestGuiWorkspace::pins_chartsShowThem() {
    const int liveBars = page()->breakdownChart()->drawnLoadBars();
    const int liveLines = page()->contextChart()->drawnSeries();
    QVERIFY(workspace()->pin(QStringLiteral("Base")));
    setState([](ExplorerState& s) {
        s.gpus = {{"rtx-4090", 1}};
        s.primary_gpu = "rtx-4090";
    });
    QVERIFY(workspace()->pin(QStringLiteral("4090")));
    workspace()->setBaseline(0, true);
    page()->flushDeferred();
    // A bar per pinned scenario beside the live one, against its own GPU.
    QCOMPARE(page()->breakdownChart()->drawnLoadBars(), liveBars + 2);
    const auto& bars = page()->breakdownChart()->bars();
    QVERIFY(bars[bars.size() - 1].gpu_name.contains(QLatin1String("4090")));
    QVERIFY(bars[bars.size() - 2].gpu_name.contains(QLatin1String("Base (baseline)")));
    // A line per pin in the context chart, the baseline bold and every pin in its own colour.
    QCOMPARE(page()->contextChart()->drawnSeries(), liveLines + 2);
    const auto& series = page()->contextChart()->data().series;
    const ContextSeries& base = series[series.size() - 2];
    const ContextSeries& other = series[series.size() - 1];
    QVERIFY(base.baseline);
    QCOMPARE(base.color, pinnedColor(workspace()->pins()->pins()[0].color_index));
    QVERIFY(other.color != base.color);
    QVERIFY(page()->contextChart()->drawnPen(static_cast<int>(series.size()) - 2).widthF() >
            page()->contextChart()->drawnPen(static_cast<int>(series.size()) - 1).widthF());
    QCOMPARE(page()->contextChart()->drawnPen(static_cast<int>(series.size()) - 1).style(), Qt::SolidLine);
    // The pinned line is the engine's figure for that pin.
    const Pin& pin = workspace()->pins()->pins()[1];
    sizing::Scenario s = report::engineScenarios(pin.file, controls()->catalog()).front();
    s.context_tokens = static_cast<std::int64_t>(other.tokens[5]);
    QCOMPARE(other.bytes[5], sizing::estimate(s, sizing::Detail::NumbersOnly).per_gpu_bytes);
    // The speed chart overlays them, named.
    bool named = false;
    for (const SpeedSeries& speed : page()->speedChart()->data().series) {
        named = named || speed.name == QLatin1String("Base (baseline)");
    }
    QVERIFY(named);
    // Unpinning takes them away.
    workspace()->unpin(1);
    workspace()->unpin(0);
    QCOMPARE(page()->breakdownChart()->drawnLoadBars(), liveBars);
}

void TestGuiWorkspace::undoRedo_sliderDragsSolverJumpAndPin() {
    QUndoStack* stack = workspace()->history()->stack();
    QCOMPARE(stack->count(), 0); // restoring the session is no step
    // Llama-2-13B runs up to 4,096 tokens: start lower, so a drag can go up.
    setState([](ExplorerState& s) { s.context_tokens = 1024; });
    QCOMPARE(stack->count(), 1);
    workspace()->history()->clear();
    auto* slider = fitscope::testing::findNamed<QSlider>(m_window.get(), "contextSlider");
    const std::int64_t start = controls()->state().context_tokens;
    const int startValue = slider->value();
    // Two drags, each many value changes: two steps.
    dragContext(startValue, startValue + (slider->maximum() - startValue) / 2);
    const std::int64_t afterFirst = controls()->state().context_tokens;
    QVERIFY(afterFirst > start);
    QCOMPARE(stack->count(), 1);
    dragContext(slider->value(), slider->minimum() + (slider->value() - slider->minimum()) / 3);
    const std::int64_t afterSecond = controls()->state().context_tokens;
    QVERIFY(afterSecond < afterFirst);
    QCOMPARE(stack->count(), 2);
    // A solver jump: the longest context that fits on the A10G.
    QVERIFY(workspace()->solverJumps()->useLongestContext());
    const auto longest = sizing::longestContextThatFits(page()->primaryScenario(), controls()->maxContext());
    QCOMPARE(controls()->state().context_tokens, *longest);
    QCOMPARE(stack->count(), 3);
    QVERIFY(stack->text(2).startsWith(QStringLiteral("Longest context: Context")));
    // A pin.
    QVERIFY(workspace()->pin(QStringLiteral("Longest")));
    QCOMPARE(stack->count(), 4);
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(1));

    // Ctrl+Z four times walks back: the pin, the jump, the second drag, the first.
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(0));
    QCOMPARE(page()->breakdownChart()->bars().size(), std::size_t(1));
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(controls()->state().context_tokens, afterSecond);
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(controls()->state().context_tokens, afterFirst);
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(controls()->state().context_tokens, start);
    QCOMPARE(slider->value(), startValue);
    QVERIFY(!stack->canUndo());
    // Ctrl+Shift+Z redoes them all, the pin last.
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    }
    QCOMPARE(controls()->state().context_tokens, *longest);
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(1));
    QCOMPARE(workspace()->pins()->pins()[0].name, QStringLiteral("Longest"));
    // A new change after an undo drops the redo steps.
    stack->undo();
    setState([](ExplorerState& s) { s.batch = 3; });
    QVERIFY(!stack->canRedo());
    // The display unit is no step.
    const int count = stack->count();
    controls()->setUnit(sizing::MemoryUnit::GiB);
    QCOMPARE(stack->count(), count);
}

void TestGuiWorkspace::undo_editMenuNamesTheStep() {
    setState([](ExplorerState& s) { s.context_tokens = 1024; });
    workspace()->history()->clear();
    setState([](ExplorerState& s) { s.context_tokens = 2048; });
    QAction* undo = workspace()->history()->undoAction();
    QCOMPARE(undo->text(), QStringLiteral("Undo Context 1,024 → 2,048"));
    auto* edit = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"));
    QVERIFY(edit != nullptr);
    QVERIFY(edit->actions().contains(undo));
    undo->trigger();
    QCOMPARE(controls()->state().context_tokens, 1024);
    QCOMPARE(workspace()->history()->redoAction()->text(), QStringLiteral("Redo Context 1,024 → 2,048"));
    // A model change names the model.
    controls()->selectCatalogModel("qwen2-7b");
    QVERIFY2(undo->text().startsWith(QStringLiteral("Undo Model Llama-2-13B → Qwen2-7B")), qPrintable(undo->text()));
}

void TestGuiWorkspace::fitChanges_linksApplyTheCheapestChangeAsOneStep() {
    auto* label = fitscope::testing::findNamed<QLabel>(m_window.get(), "fitChangesLabel");
    page()->flushDeferred();
    QVERIFY(label->isHidden()); // Llama-2-13B at INT4 fits the A10G: nothing to change
    QVERIFY(page()->fitChanges().empty());
    // FP16 weights of a 13B model (26 GB) do not fit 24 GB: the summary offers what would.
    setState([](ExplorerState& s) {
        s.precision.weights = sizing::WeightFormat::FP16;
        s.context_tokens = 4096;
    });
    workspace()->history()->clear();
    page()->flushDeferred();
    QCOMPARE(page()->primaryEstimate().fit->verdict, sizing::Verdict::DoesNotFit);
    const auto changes = page()->fitChanges();
    QVERIFY(!changes.empty() && changes.size() <= 3);
    QVERIFY(label->isVisibleTo(m_window.get()));
    const QString text = page()->summary()->fitChanges();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        QVERIFY2(text.contains(QStringLiteral("href=\"fit:%1\"").arg(i)), qPrintable(text));
        // Ranked: the cheapest first.
        if (i > 0) {
            QVERIFY(changes[i - 1].given_up_fraction <= changes[i].given_up_fraction);
        }
    }
    // A click on the first link applies it: the model fits, and one named undo step takes it back.
    const ExplorerState before = controls()->state();
    const plan::FitChange first = changes.front();
    emit label->linkActivated(QStringLiteral("fit:0"));
    QVERIFY(!(controls()->state() == before));
    QVERIFY(page()->primaryEstimate().fit->verdict != sizing::Verdict::DoesNotFit);
    QCOMPARE(page()->primaryEstimate().per_gpu_bytes, first.per_gpu_bytes_after);
    QUndoStack* stack = workspace()->history()->stack();
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->text(0).startsWith(QStringLiteral("Make it fit: ")), qPrintable(stack->text(0)));
    page()->flushDeferred();
    QVERIFY(page()->fitChanges().empty());
    QVERIFY(label->isHidden());
    stack->undo();
    QVERIFY(controls()->state() == before);
    // A link that names no change does nothing.
    page()->flushDeferred();
    emit label->linkActivated(QStringLiteral("fit:99"));
    emit label->linkActivated(QStringLiteral("https://example.org"));
    QVERIFY(controls()->state() == before);
    QCOMPARE(stack->count(), 1);
}

void TestGuiWorkspace::palette_findsAndRunsAnAction() {
    setState([](ExplorerState& s) { s.context_tokens = 1024; });
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette* palette = workspace()->palette();
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->search(), QStringLiteral("longest context"));
    QVERIFY(!palette->shownTexts().isEmpty());
    QVERIFY2(palette->shownTexts().first().contains(QLatin1String("longest context")),
             qPrintable(palette->shownTexts().join(QLatin1Char('|'))));
    // The shortcut is shown beside it.
    QCOMPARE(palette->list()->topLevelItem(0)->text(2),
             QKeySequence(QStringLiteral("Ctrl+Shift+L")).toString(QKeySequence::NativeText));
    QTest::keyClick(palette->search(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    const auto longest = sizing::longestContextThatFits(page()->primaryScenario(), controls()->maxContext());
    QCOMPARE(controls()->state().context_tokens, *longest);
    // Ctrl+Shift+P opens it too; Escape closes it.
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClick(palette->search(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void TestGuiWorkspace::palette_findsModelsGpusFormats() {
    workspace()->openPalette();
    CommandPalette* palette = workspace()->palette();
    const auto first = [palette](const QString& query) {
        palette->search()->setText(query);
        return palette->shownTexts().value(0);
    };
    QCOMPARE(first(QStringLiteral("4090")), QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(first(QStringLiteral("q4_k_m")), QStringLiteral("Weights: GGUF Q4_K_M"));
    QVERIFY2(first(QStringLiteral("export breakdown svg")).contains(QLatin1String("SVG")),
             qPrintable(first(QStringLiteral("export breakdown svg"))));
    QVERIFY(first(QStringLiteral("export breakdown svg")).contains(QLatin1String("capacity")));
    // The catalog holds both Mixtrals: the size in the query picks one, and the family name finds both.
    QCOMPARE(first(QStringLiteral("mixtral 8x7")), QStringLiteral("Mixtral-8x7B-v0.1"));
    QCOMPARE(first(QStringLiteral("mixtral 8x22")), QStringLiteral("Mixtral-8x22B"));
    palette->search()->setText(QStringLiteral("mixtral"));
    QVERIFY(palette->shownTexts().contains(QStringLiteral("Mixtral-8x7B-v0.1")));
    QVERIFY(palette->shownTexts().contains(QStringLiteral("Mixtral-8x22B")));
    // Arrows move, Enter runs: a GPU becomes the primary one.
    palette->search()->setText(QStringLiteral("4090"));
    QTest::keyClick(palette->search(), Qt::Key_Return);
    QCOMPARE(controls()->state().primary_gpu, std::string("rtx-4090"));
    workspace()->openPalette();
    palette->search()->setText(QStringLiteral("q4_k_m"));
    QTest::keyClick(palette->search(), Qt::Key_Return);
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::Q4_K_M);
}

void TestGuiWorkspace::contextReadout_linksTheCharts() {
    QVERIFY(workspace()->pin(QStringLiteral("Pinned")));
    setState([](ExplorerState& s) { s.gpus = {{"a10g", 1}, {"l4", 1}}; });
    ContextReadout* readout = workspace()->contextReadout();
    ContextChart* chart = page()->contextChart();
    // Hovering over the chart at 2k tokens: one readout for every curve there.
    const double x = chart->xAxis->coordToPixel(2048);
    const double y = chart->axisRect()->center().y();
    QTest::mouseMove(chart, QPoint(static_cast<int>(x), static_cast<int>(y)));
    QTRY_VERIFY(readout->isShown());
    const QString text = readout->readoutText();
    QVERIFY2(text.contains(QLatin1String("A10G")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("L4")));
    QVERIFY(text.contains(QLatin1String("Pinned")));
    QVERIFY(text.contains(QLatin1String("weights")));
    QVERIFY(text.contains(QLatin1String("KV")));
    QVERIFY(text.contains(QLatin1String("free")) || text.contains(QLatin1String("short")));
    // The readout is the engine's at that context.
    readout->showAt(2048);
    sizing::Scenario s = page()->primaryScenario();
    s.context_tokens = 2048;
    const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
    QVERIFY(readout->readoutText().contains(
        QString::fromStdString(sizing::formatBytes(e.per_gpu_bytes, sizing::MemoryUnit::GB, 1))));
    QVERIFY(readout->readoutText().startsWith(QLatin1String("2,048 tokens")));
    // The speed chart names the same context.
    QVERIFY2(readout->speedMarkText().contains(QLatin1String("2,048")), qPrintable(readout->speedMarkText()));
    // A click sets the context there.
    const int before = workspace()->history()->stack()->count();
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, QPoint(static_cast<int>(x), static_cast<int>(y)));
    QVERIFY(std::abs(static_cast<double>(controls()->state().context_tokens) - 2048.0) < 2048.0 * 0.05);
    QCOMPARE(workspace()->history()->stack()->count(), before + 1);
}

void TestGuiWorkspace::scenarioFile_severalScenariosRoundTrip() {
    QVERIFY(workspace()->pin(QStringLiteral("First")));
    setState([](ExplorerState& s) { s.context_tokens = 2048; });
    QVERIFY(workspace()->pin(QStringLiteral("Second")));
    workspace()->setBaseline(1, true);
    setState([](ExplorerState& s) { s.batch = 4; });
    const QString path = m_dir.filePath(QStringLiteral("two.fitscope.json"));
    QString error;
    QVERIFY2(m_window->document()->saveTo(path, &error), qPrintable(error));
    const report::ScenarioFile saved = report::readScenarioFile(path.toStdString(), controls()->catalog());
    QCOMPARE(saved.pinned.size(), std::size_t(2));
    QVERIFY(saved.pinned[1].baseline);
    QCOMPARE(saved.pinned[1].scenario.context_tokens, 2048);
    QCOMPARE(saved.batch, 4);
    // Reopened in a fresh window: the same pins, baseline, live state; nothing to undo.
    m_window.reset();
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings, QSize(1400, 900));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->document()->openPath(path, &error), qPrintable(error));
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(2));
    QCOMPARE(workspace()->pins()->pins()[0].name, QStringLiteral("First"));
    QCOMPARE(workspace()->pins()->baselineIndex(), 1);
    QCOMPARE(workspace()->pins()->pins()[1].state.context_tokens, 2048);
    QCOMPARE(controls()->state().batch, 4);
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(!workspace()->history()->stack()->canUndo());
    QCOMPARE(workspace()->pinBar()->cardCount(), 2);
    // Unpinning marks the document modified.
    workspace()->unpin(0);
    QVERIFY(m_window->document()->isModified());
}

void TestGuiWorkspace::scenarioFile_oldSingleScenarioStillOpens() {
    QVERIFY(workspace()->pin(QStringLiteral("Before")));
    QString error;
    const QString path = QStringLiteral(FITSCOPE_TEST_DATA_DIR "/comparison/single-v1.fitscope.json");
    QVERIFY2(m_window->document()->openPath(path, &error), qPrintable(error));
    QCOMPARE(controls()->state().model_id, std::string("llama-2-13b"));
    QCOMPARE(controls()->state().runtime, sizing::Runtime::Transformers);
    // A file without pins shows none.
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(0));
    // A broken pinned entry is refused, naming it, and the explorer and the pins stay as they were.
    QVERIFY(workspace()->pin(QStringLiteral("Kept")));
    nlohmann::json j = report::scenarioFileToJson(m_window->document()->currentScenario());
    j["pinned"][0]["gpus"][0]["id"] = "no-such-gpu";
    const QString broken = m_dir.filePath(QStringLiteral("broken.fitscope.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(j.dump(2)));
    file.close();
    setState([](ExplorerState& s) { s.context_tokens = 2048; });
    QVERIFY(!m_window->document()->openPath(broken, &error));
    QVERIFY2(error.contains(QLatin1String("pinned[0].gpus[0]")), qPrintable(error));
    QCOMPARE(controls()->state().context_tokens, 2048);
    QCOMPARE(workspace()->pins()->pins().size(), std::size_t(1));
    QCOMPARE(workspace()->pins()->pins()[0].name, QStringLiteral("Kept"));
}

QTEST_MAIN(TestGuiWorkspace)
#include "test_gui_workspace.moc"
