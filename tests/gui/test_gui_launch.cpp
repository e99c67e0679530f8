// The explorer's Launch tab and Edit → Paste a launch command… (issue 17): the three commands follow
// the controls with exactly the settings the estimate assumed, the scenario's runtime first; they
// are computed only while the tab is shown; Copy puts the command (and the memory plan) on the
// clipboard; a pasted command becomes the explorer's scenario as one undo step, and a bad one is
// refused with the part named.
#include "command_text.h"
#include "control_panel.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "launch_command_paste.h"
#include "launch_panel.h"
#include "launch_paste_dialog.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fitscope;
using namespace fitscope::gui;
using fitscope::testing::findNamed;
using plan::LaunchRuntime;

class TestGuiLaunch : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commands_followTheControls_withTheAssumedSettings();
    void scenariosRuntime_comesFirst();
    void hiddenTab_isNotComputed_untilShown();
    void copyButtons_putTheCommandAndThePlanOnTheClipboard();
    void pastedVllmCommand_becomesTheScenario_asOneUndoStep();
    void pastedLlamaCppCommand_setsSequencesLayersAndFlashAttention();
    void badCommand_isRefused_withThePartNamed();
    void commandText_wrapsAtWords_withShellContinuations();

private:
    LaunchPanel* showLaunchTab();
    void settle();

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLaunch::init() {
    QVERIFY(m_dir.isValid());
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiLaunch::cleanup() {
    m_window.reset();
    m_settings.reset();
}

void TestGuiLaunch::settle() {
    m_window->explorer()->flushDeferred();
    QCoreApplication::processEvents();
}

LaunchPanel* TestGuiLaunch::showLaunchTab() {
    ExplorerPage* page = m_window->explorer();
    page->detailsTabs()->setCurrentWidget(page->launchPanel());
    settle();
    return page->launchPanel();
}

void TestGuiLaunch::commands_followTheControls_withTheAssumedSettings() {
    LaunchPanel* launch = showLaunchTab();
    // The default scenario: Llama-2-13B, 4,096 tokens, one sequence, on one A10G.
    QVERIFY(launch->commandText(LaunchRuntime::LlamaCpp).startsWith(QLatin1String("llama-server ")));
    QVERIFY(launch->commandText(LaunchRuntime::LlamaCpp).contains(QLatin1String(" -c 4096 ")));
    QVERIFY(launch->commandText(LaunchRuntime::LlamaCpp).contains(QLatin1String(" -np 1 ")));
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--max-model-len 4096")));
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("meta-llama/Llama-2-13b-hf")));
    QVERIFY(launch->commandText(LaunchRuntime::Ollama).contains(QLatin1String("PARAMETER num_ctx 4096")));
    QVERIFY(launch->fitText(LaunchRuntime::LlamaCpp).contains(QLatin1String("fits")));

    // Four sequences: llama.cpp's -c holds all of them (4 × 4,096), vLLM's length is per sequence.
    auto* batch = findNamed<QSpinBox>(m_window.get(), "batchSpin");
    batch->setValue(4);
    settle();
    QVERIFY2(launch->commandText(LaunchRuntime::LlamaCpp).contains(QLatin1String(" -c 16384 ")),
             qPrintable(launch->commandText(LaunchRuntime::LlamaCpp)));
    QVERIFY(launch->commandText(LaunchRuntime::LlamaCpp).contains(QLatin1String(" -np 4 ")));
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--max-model-len 4096")));
    // vLLM's --max-num-seqs is the profile's (256 by default), not the batch: the estimate assumed it.
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--max-num-seqs 256")));
    QVERIFY(launch->commandText(LaunchRuntime::Ollama).contains(QLatin1String("OLLAMA_NUM_PARALLEL=4")));

    // Each runtime's section speaks of its own profile's figure for the same scenario.
    const auto& plans = launch->plans();
    QCOMPARE(plans.size(), std::size_t{3});
    for (const LaunchPlan& p : plans) {
        QCOMPARE(p.scenario.batch, std::int64_t{4});
        QCOMPARE(p.scenario.runtime, plan::sizingRuntimeFor(p.runtime));
    }
}

void TestGuiLaunch::scenariosRuntime_comesFirst() {
    LaunchPanel* launch = showLaunchTab();
    // Transformers (the default) has no launch command of its own: llama.cpp, vLLM, Ollama.
    QCOMPARE(launch->shownOrder(),
             (std::vector<LaunchRuntime>{LaunchRuntime::LlamaCpp, LaunchRuntime::Vllm, LaunchRuntime::Ollama}));
    auto* runtime = findNamed<QComboBox>(m_window.get(), "runtimeCombo");
    runtime->setCurrentIndex(runtime->findData(static_cast<int>(sizing::Runtime::Vllm)));
    settle();
    QCOMPARE(launch->shownOrder(),
             (std::vector<LaunchRuntime>{LaunchRuntime::Vllm, LaunchRuntime::LlamaCpp, LaunchRuntime::Ollama}));
    const auto plan = nlohmann::json::parse(launch->memoryPlanText().toStdString());
    QCOMPARE(QString::fromStdString(plan.at("schema").get<std::string>()), QStringLiteral("fitscope/memory-plan/1"));
    QCOMPARE(QString::fromStdString(plan.at("runtime").get<std::string>()), QStringLiteral("vllm"));
}

void TestGuiLaunch::hiddenTab_isNotComputed_untilShown() {
    ExplorerPage* page = m_window->explorer();
    page->detailsTabs()->setCurrentIndex(0); // the math
    settle();
    LaunchPanel* launch = page->launchPanel();
    // A fresh window opens on the math: the Launch tab has computed nothing yet.
    QVERIFY(launch->plans().empty());
    auto* batch = findNamed<QSpinBox>(m_window.get(), "batchSpin");
    batch->setValue(3);
    settle();
    QVERIFY(launch->plans().empty()); // still hidden: nothing computed for the new batch either
    page->detailsTabs()->setCurrentWidget(launch);
    QCoreApplication::processEvents();
    QCOMPARE(launch->plans().size(), std::size_t{3});
    QCOMPARE(launch->plans().front().scenario.batch, std::int64_t{3});
    QVERIFY(launch->commandText(LaunchRuntime::LlamaCpp).contains(QLatin1String(" -np 3 ")));
}

void TestGuiLaunch::copyButtons_putTheCommandAndThePlanOnTheClipboard() {
    LaunchPanel* launch = showLaunchTab();
    QApplication::clipboard()->clear();
    QTest::mouseClick(findNamed<QPushButton>(launch, "copy_vllm"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), launch->commandText(LaunchRuntime::Vllm));
    QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("vllm serve ")));
    QTest::mouseClick(findNamed<QPushButton>(launch, "copy_ollama"), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("ollama create ")));
    QTest::mouseClick(findNamed<QPushButton>(launch, "copyMemoryPlanButton"), Qt::LeftButton);
    const auto plan = nlohmann::json::parse(QApplication::clipboard()->text().toStdString());
    // The first section's runtime (llama.cpp here), one device: the A10G.
    QCOMPARE(QString::fromStdString(plan.at("runtime").get<std::string>()), QStringLiteral("llamacpp"));
    QCOMPARE(plan.at("devices").size(), std::size_t{1});
}

void TestGuiLaunch::pastedVllmCommand_becomesTheScenario_asOneUndoStep() {
    ControlPanel* controls = m_window->explorer()->controls();
    controls->selectCatalogModel("llama-3.1-8b"); // 131,072 tokens: the pasted length is not clamped
    const ExplorerState before = controls->state();
    const int steps = m_window->workspace()->history()->stack()->count();

    LaunchPanel* launch = showLaunchTab();
    QApplication::clipboard()->setText(
        QStringLiteral("vllm serve meta-llama/Llama-3.1-8B --max-model-len 8192 --max-num-seqs 6 \\\n"
                       "  --gpu-memory-utilization 0.85 --kv-cache-dtype fp8 --served-model-name chat"));
    QTest::mouseClick(findNamed<QPushButton>(launch, "pasteCommandButton"), Qt::LeftButton);
    LaunchPasteDialog* dialog = m_window->launchPaste()->dialog();
    QVERIFY(dialog != nullptr && dialog->isVisible());
    // The clipboard's command is offered, its continuation line read as one command.
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY2(dialog->statusText().contains(QLatin1String("--served-model-name")), qPrintable(dialog->statusText()));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    const ExplorerState& after = controls->state();
    QCOMPARE(after.runtime, sizing::Runtime::Vllm);
    QCOMPARE(after.context_tokens, std::int64_t{8192});
    QCOMPARE(after.batch, std::int64_t{6});
    QCOMPARE(after.engine.runtime.vllm.max_num_seqs, std::int64_t{6});
    QCOMPARE(after.precision.kv_cache, sizing::KvFormat::FP8);
    QCOMPARE(after.engine.runtime.vllm.gpu_memory_utilization, 0.85);
    QCOMPARE(after.model_id, before.model_id); // the model on screen stays
    QCOMPARE(after.gpus, before.gpus);

    QUndoStack* stack = m_window->workspace()->history()->stack();
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY2(stack->undoText().startsWith(QLatin1String("Pasted command")), qPrintable(stack->undoText()));
    settle();
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--max-model-len 8192")));
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--kv-cache-dtype fp8")));
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--gpu-memory-utilization 0.85")));
    QVERIFY(launch->commandText(LaunchRuntime::Vllm).contains(QLatin1String("--max-num-seqs 6")));
    stack->undo();
    QVERIFY(controls->state() == before);
}

void TestGuiLaunch::pastedLlamaCppCommand_setsSequencesLayersAndFlashAttention() {
    ControlPanel* controls = m_window->explorer()->controls();
    controls->selectCatalogModel("llama-3.1-8b");
    // Typed into the dialog and taken with Enter, as in a one-line field.
    m_window->launchPaste()->showDialog();
    LaunchPasteDialog* dialog = m_window->launchPaste()->dialog();
    auto* edit = findNamed<QPlainTextEdit>(dialog, "commandEdit");
    edit->clear();
    QTest::keyClicks(
        edit, QStringLiteral("llama-server -m /models/Llama-3.1-8B.Q4_K_M.gguf -c 16384 -np 2 -ngl 20 -fa on -ub 256"));
    QVERIFY2(dialog->statusText().contains(QLatin1String("2 sequences")), qPrintable(dialog->statusText()));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    const ExplorerState& s = controls->state();
    QCOMPARE(s.runtime, sizing::Runtime::LlamaCpp);
    QCOMPARE(s.context_tokens, std::int64_t{8192}); // n_ctx is shared: 16,384 / 2 sequences
    QCOMPARE(s.batch, std::int64_t{2});
    QCOMPARE(s.engine.runtime.llamacpp.n_gpu_layers, std::int64_t{20});
    QVERIFY(!s.engine.runtime.auto_gpu_layers);
    QVERIFY(s.engine.runtime.llamacpp.flash_attention == sizing::FlashAttention::On);
    QCOMPARE(s.engine.runtime.llamacpp.n_ubatch, std::int64_t{256});
    // Written again, the same settings come back.
    LaunchPanel* launch = showLaunchTab();
    const QString command = launch->commandText(LaunchRuntime::LlamaCpp);
    for (const char* flag : {" -c 16384 ", " -np 2 ", " -ngl 20 ", " -fa on", " -ub 256"}) {
        QVERIFY2(command.contains(QLatin1String(flag)), qPrintable(command));
    }
}

void TestGuiLaunch::badCommand_isRefused_withThePartNamed() {
    ControlPanel* controls = m_window->explorer()->controls();
    const ExplorerState before = controls->state();
    const int steps = m_window->workspace()->history()->stack()->count();
    QVERIFY(!m_window->launchPaste()->apply(QStringLiteral("llama-server -m x.gguf -c -5")));
    LaunchPasteDialog* dialog = m_window->launchPaste()->dialog();
    QVERIFY2(dialog->statusText().contains(QLatin1String("-c")), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(!m_window->launchPaste()->apply(QStringLiteral("make -j8")));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(!m_window->launchPaste()->apply(QStringLiteral("vllm serve m --gpu-memory-utilization 1.7")));
    QVERIFY(dialog->statusText().contains(QLatin1String("gpu-memory-utilization")));
    QVERIFY(controls->state() == before);
    QCOMPARE(m_window->workspace()->history()->stack()->count(), steps);
    // Typed into the dialog, the status follows each edit.
    m_window->launchPaste()->showDialog();
    auto* edit = findNamed<QPlainTextEdit>(dialog, "commandEdit");
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("llama-server -m x.gguf -c 2048"));
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::keyClicks(edit, QStringLiteral(" -ot 'blk.(=CPU"));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return); // refused: the dialog stays, nothing applied
    QVERIFY(dialog->isVisible());
    QVERIFY(controls->state() == before);
    // Longer than the model holds (Llama-2-13B: 4,096): said before it is used.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("vllm serve m --max-model-len 32768"));
    QVERIFY2(dialog->statusText().contains(QLatin1String("4,096")), qPrintable(dialog->statusText()));
    dialog->reject();
}

void TestGuiLaunch::commandText_wrapsAtWords_withShellContinuations() {
    CommandText text;
    const QString command = QStringLiteral(
        "vllm serve meta-llama/Llama-2-13b-hf --max-model-len 4096 --gpu-memory-utilization 0.9 "
        "--kv-cache-dtype auto --max-num-seqs 1 --max-num-batched-tokens 8192 --served-model-name 'my model'");
    text.setCommand(command);
    const QString narrow = text.wrappedFor(320);
    QVERIFY(narrow.count(QLatin1Char('\n')) >= 2);
    const QStringList lines = narrow.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY2(lines[i].endsWith(QLatin1String(" \\")), qPrintable(lines[i]));
    }
    // Read back as sh reads continuations: the same words, none split at a hyphen or in its quotes.
    QString joined = narrow;
    joined.replace(QStringLiteral(" \\\n  "), QStringLiteral(" "));
    QCOMPARE(joined, command);
    QVERIFY(narrow.contains(QLatin1String("--max-num-batched-tokens 8192")) ||
            narrow.contains(QLatin1String("--max-num-batched-tokens \\")));
    QVERIFY(narrow.contains(QLatin1String("'my model'")));
    QCOMPARE(text.wrappedFor(100000), command); // wide enough: one line
    QCOMPARE(text.command(), command);
}

QTEST_MAIN(TestGuiLaunch)
#include "test_gui_launch.moc"
