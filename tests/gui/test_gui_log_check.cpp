// File → Check a runtime log… (issue 14): a log pasted into the dialog is read on a worker thread and
// compared with FitScope's estimate for the explorer's scenario with the log's settings over it; the
// table, the paired bars and the verdict show the engine's comparison; the log wins over the
// explorer; text that is not a log says so and compares nothing.
#include "control_panel.h"
#include "core/logs/log_check.h"
#include "core/sizing/estimator.h"
#include "explorer_page.h"
#include "log_check_dialog.h"
#include "main_window.h"
#include "main_window_fixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

namespace {

QString quoteOf(const QString& id) {
    QFile file(QStringLiteral(FITSCOPE_TEST_DATA_DIR "/runtime-logs/calibration.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QJsonValue c :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray()) {
        if (c.toObject().value(QStringLiteral("id")).toString() == id) {
            return c.toObject().value(QStringLiteral("quote")).toString();
        }
    }
    return {};
}

int rowOf(const QTableWidget* table, const QString& field) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == field) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestGuiLogCheck : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void vllmLog_pasted_isComparedWithTheExplorersModel();
    void llamaCppLog_kvBufferIsExact_andTheLogWinsOverTheExplorer();
    void textThatIsNoLog_saysSo_andComparesNothing();

private:
    LogCheckDialog* openDialog();
    void setExplorer(const std::string& model, sizing::WeightFormat weights, sizing::Runtime runtime,
                     std::int64_t context, const std::string& gpu);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLogCheck::init() {
    QVERIFY(m_dir.isValid());
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiLogCheck::cleanup() {
    m_window.reset();
    m_settings.reset();
}

void TestGuiLogCheck::setExplorer(const std::string& model, sizing::WeightFormat weights, sizing::Runtime runtime,
                                  std::int64_t context, const std::string& gpu) {
    ControlPanel* controls = m_window->explorer()->controls();
    ExplorerState state = controls->state();
    state.model_source = ModelSource::Catalog;
    state.model_id = model;
    state.precision.weights = weights;
    state.runtime = runtime;
    state.context_tokens = context;
    state.gpus = {{gpu, 1}};
    state.primary_gpu = gpu;
    controls->setState(state);
}

LogCheckDialog* TestGuiLogCheck::openDialog() {
    m_window->findChild<QAction*>(QStringLiteral("actionCheckLog"))->trigger();
    LogCheckDialog* dialog = m_window->logCheckDialog();
    return dialog != nullptr && dialog->isVisible() ? dialog : nullptr;
}

void TestGuiLogCheck::vllmLog_pasted_isComparedWithTheExplorersModel() {
    setExplorer("llama-3.1-8b", sizing::WeightFormat::BF16, sizing::Runtime::Vllm, 20000, "rtx-3090");
    LogCheckDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    const QString quote = quoteOf(QStringLiteral("vllm-llama31-8b-3090-20k"));
    QVERIFY(!quote.isEmpty());
    QApplication::clipboard()->setText(quote);
    QSignalSpy checked(dialog, &LogCheckDialog::checked);
    dialog->setLogText(quote); // as a paste: read after a pause, on the worker thread
    QVERIFY(dialog->reading());
    QVERIFY(checked.wait(10000));
    QVERIFY(!dialog->reading());
    QVERIFY2(dialog->check().has_value(), qPrintable(dialog->statusText()));

    // The dialog shows exactly the engine's comparison for the explorer's scenario with the log over it.
    const logs::RuntimeLog log = logs::parseRuntimeLog(quote.toStdString());
    sizing::Scenario expected = m_window->explorer()->primaryScenario();
    logs::applyLogToScenario(log, expected, {});
    const logs::LogCheck engine = logs::compareLogWithEstimate(log, expected, sizing::estimate(expected));
    QCOMPARE(dialog->check()->figures.size(), engine.figures.size());
    QCOMPARE(dialog->table()->rowCount(), static_cast<int>(engine.figures.size()));
    QCOMPARE(dialog->check()->verdict, engine.verdict);
    for (std::size_t i = 0; i < engine.figures.size(); ++i) {
        QCOMPARE(dialog->check()->figures[i].measured, engine.figures[i].measured);
        QCOMPARE(dialog->check()->figures[i].predicted.has_value(), engine.figures[i].predicted.has_value());
        if (engine.figures[i].predicted) {
            QCOMPARE(*dialog->check()->figures[i].predicted, *engine.figures[i].predicted);
        }
    }
    // vLLM printed kv_cache_size=3.81GiB: the measured cell is that, in MiB.
    const int kv = rowOf(dialog->table(), QStringLiteral("kv_cache_available"));
    QVERIFY(kv >= 0);
    QCOMPARE(dialog->table()->item(kv, 2)->text(), QStringLiteral("3,901.4 MiB"));
    QVERIFY(dialog->table()->item(kv, 3)->text().endsWith(QLatin1String(" MiB")));
    QVERIFY(dialog->table()->item(kv, 5)->text().endsWith(QLatin1String(" %")));
    // Each byte figure FitScope predicts is a pair of bars; the weights among them.
    int pairs = 0;
    for (const logs::ComparedFigure& f : engine.figures) {
        pairs += f.unit == logs::FigureUnit::Bytes && f.predicted ? 1 : 0;
    }
    QCOMPARE(dialog->drawnLabels().size(), pairs);
    QVERIFY(dialog->drawnLabels().contains(QStringLiteral("model_weights")));
    QVERIFY(dialog->verdictText().startsWith(QLatin1String("FitScope predicts: starts")));
    QVERIFY(dialog->verdictText().contains(QLatin1String("(agrees)")));
    QVERIFY(dialog->scenarioText().contains(QLatin1String("Llama-3.1-8B")));

    // Copy as Markdown: the table as a design doc takes it.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyLogTableButton")), Qt::LeftButton);
    const QString md = QApplication::clipboard()->text();
    QVERIFY(md.startsWith(QLatin1String("| Figure | Device | Measured | Predicted | Difference | % |\n")));
    QVERIFY2(md.contains(QStringLiteral("| kv_cache_available | – | 3,901.4 MiB | ")), qPrintable(md));
}

void TestGuiLogCheck::llamaCppLog_kvBufferIsExact_andTheLogWinsOverTheExplorer() {
    // The explorer says 8,192 tokens; the log ran with n_ctx = 2048.
    setExplorer("mistral-7b", sizing::WeightFormat::Q4_K, sizing::Runtime::LlamaCpp, 8192, "rtx-3090");
    LogCheckDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    dialog->setLogText(quoteOf(QStringLiteral("lcpp-mistral7b-nofa-ctx2k")));
    dialog->readNow();
    QVERIFY2(dialog->check().has_value(), qPrintable(dialog->statusText()));
    QVERIFY(dialog->checkedScenario().has_value());
    QCOMPARE(dialog->checkedScenario()->context_tokens, std::int64_t{2048});
    QCOMPARE(dialog->checkedScenario()->runtime, sizing::Runtime::LlamaCpp);
    // 32 layers × 2048 cells × 8 KV heads × 128 × 2 (K and V) × 2 bytes = 256 MiB, as llama.cpp printed.
    const int kv = rowOf(dialog->table(), QStringLiteral("kv_buffer"));
    QVERIFY(kv >= 0);
    QCOMPARE(dialog->table()->item(kv, 1)->text(), QStringLiteral("CUDA0"));
    QCOMPARE(dialog->table()->item(kv, 2)->text(), QStringLiteral("256.0 MiB"));
    QCOMPARE(dialog->table()->item(kv, 3)->text(), QStringLiteral("256.0 MiB"));
    QCOMPARE(dialog->table()->item(kv, 5)->text(), QStringLiteral("0.0 %"));
    QVERIFY(dialog->drawnLabels().contains(QStringLiteral("kv_buffer\nCUDA0")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("saveLogChartButton"))->isEnabled());
    // The explorer itself is left as it was: the dialog sizes its own copy.
    QCOMPARE(m_window->explorer()->controls()->state().context_tokens, std::int64_t{8192});
}

void TestGuiLogCheck::textThatIsNoLog_saysSo_andComparesNothing() {
    LogCheckDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    dialog->setLogText(QStringLiteral("hello world\nthis is not a runtime log\n"));
    dialog->readNow();
    QVERIFY(!dialog->check().has_value());
    QVERIFY2(dialog->statusText().startsWith(QLatin1String("Not a runtime log FitScope can read.")),
             qPrintable(dialog->statusText()));
    QCOMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(dialog->drawnLabels().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("copyLogTableButton"))->isEnabled());
    // A log cut to nothing: the same, without a crash.
    dialog->setLogText(QString());
    dialog->readNow();
    QVERIFY(!dialog->check().has_value());
}

QTEST_MAIN(TestGuiLogCheck)
#include "test_gui_log_check.moc"
