// The quantization lab page: a run on a small tensor shows, in the table and in every chart, exactly
// what a direct core call computes; a cancelled run leaves the GUI responsive and shows no partial
// result as complete; changed controls mark results stale; settings come back; Ctrl+C copies rows.
// The lab's settings belong to the scenario file: saved with it, reopened from it, marking it
// modified when they change, and a broken "lab" object refused with its field named.
// FITSCOPE_LAB_SHOTS=DIR saves a picture of every view (to look at, never compared).

#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "core/quant/lab.h"
#include "core/quant/sample_tensor.h"
#include "core/report/scenario_file.h"
#include "explorer_page.h"
#include "lab/accuracy_chart.h"
#include "lab/distribution_chart.h"
#include "lab/explorer_lab_link.h"
#include "lab/lab_control_panel.h"
#include "lab/lab_page.h"
#include "lab/lab_results_hub.h"
#include "lab/lab_results_model.h"
#include "lab/lab_worker.h"
#include "lab/outlier_chart.h"
#include "lab/results_table.h"
#include "lab/scheme_catalog.h"
#include "lab/speed_chart.h"
#include "main_window.h"
#include "scenario_document.h"
#include "settings.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui::lab;

namespace {

LabState smallState(const QStringList& schemes) {
    LabState s = LabState::fromJson({});
    s.kind = QStringLiteral("transformer");
    s.rows = 64;
    s.cols = 256;
    s.tokens = 64;
    s.seed = 7;
    s.outliers = 2;
    s.schemes = schemes;
    return s;
}

bool close(double a, double b) {
    if (!std::isfinite(a) || !std::isfinite(b)) {
        return a == b || (std::isnan(a) && std::isnan(b));
    }
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// The settings a scenario compares: everything but the view tab shown.
LabState withoutView(LabState state) {
    state.view = 0;
    return state;
}

// The main window as a user has it: its own settings file, shown.
struct Window {
    explicit Window(const QString& settingsPath)
        : settings(settingsPath)
        , window(catalog::Catalog::builtIn(), &settings) {
        window.resize(1440, 900);
        window.show();
    }
    LabPage* lab() { return window.lab(); }
    gui::ScenarioDocument* document() { return window.document(); }
    template <typename T>
    T* find(const char* name) {
        T* widget = window.findChild<T*>(QLatin1String(name));
        if (widget == nullptr) {
            qFatal("no widget named %s", name);
        }
        return widget;
    }

    gui::Settings settings;
    gui::MainWindow window;
};

nlohmann::json readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
}

bool writeJson(const QString& path, const nlohmann::json& document) {
    QFile file(path);
    const std::string text = document.dump(2);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size());
}

void saveShot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("FITSCOPE_LAB_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace

class TestGuiLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runSmallTensor_tableAndChartsMatchCore() {
        const QStringList schemes{QStringLiteral("int8-channel"), QStringLiteral("llm-int8"),
                                  QStringLiteral("int4-g128"), QStringLiteral("q4_0"),
                                  QStringLiteral("gptq-int4-g128")};
        LabResultsHub hub;
        LabPage page(nullptr, &hub);
        page.resize(1440, 900);
        page.show();
        const LabState state = smallState(schemes);
        page.controls()->setState(state);
        QCOMPARE(page.controls()->checkedSchemes().size(), std::size_t{5});
        QSignalSpy finished(&page, &LabPage::runFinished);
        QTest::mouseClick(page.controls()->runButton(), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), false);

        // The same computation, directly.
        LabJob job = state.job();
        quant::SampleSet set = quant::generateSample(job.spec);
        const quant::QuantLab lab(set.weight, set.calibration);
        auto* model = page.resultsModel();
        QCOMPARE(model->rowCount(), 5);
        const auto points = page.accuracyChart()->pointsGraph()->data();
        QCOMPARE(points->size(), 5);
        for (int row = 0; row < 5; ++row) {
            const std::string name = schemes[row].toStdString();
            const quant::SchemeResult r = lab.run(name, job.options);
            QCOMPARE(model->state(row), LabResultsModel::RowState::Done);
            const auto value = [&](int column) {
                return model->index(row, column).data(LabResultsModel::SortRole).toDouble();
            };
            QVERIFY2(close(value(LabResultsModel::OutputError), r.metrics.output_rel_error), qPrintable(schemes[row]));
            QVERIFY(close(value(LabResultsModel::Bits), r.bits_per_weight));
            QVERIFY(close(value(LabResultsModel::Bytes), static_cast<double>(r.stored_bytes)));
            QVERIFY(close(value(LabResultsModel::Rmse), r.metrics.rmse));
            QVERIFY(close(value(LabResultsModel::Snr), r.metrics.snr_db));
            QVERIFY(close(value(LabResultsModel::MaxError), r.metrics.max_abs_error));
            QVERIFY(close(value(LabResultsModel::Cosine), r.metrics.cosine));

            // Accuracy chart: one point per scheme at (bits, error in %). The data container is
            // sorted by key, so look the point up by its key and value.
            bool found = false;
            for (auto it = points->constBegin(); it != points->constEnd(); ++it) {
                found = found ||
                        (close(it->key, r.bits_per_weight) && close(it->value, 100.0 * r.metrics.output_rel_error));
            }
            QVERIFY2(found, qPrintable(schemes[row]));

            // Distribution: the error histogram and the chosen block's levels.
            page.selectScheme(name);
            std::vector<float> diff(set.weight.data.size());
            for (std::size_t k = 0; k < diff.size(); ++k) {
                diff[k] = set.weight.data[k] - r.dequantized.data[k];
            }
            const Histogram h = makeHistogram(diff.data(), static_cast<std::int64_t>(diff.size()), 121, true);
            const auto bars = page.distributionChart()->errorBars()->data();
            QCOMPARE(bars->size(), static_cast<int>(h.counts.size()));
            double total = 0.0;
            for (double c : h.counts) {
                total += c;
            }
            int b = 0;
            for (auto it = bars->constBegin(); it != bars->constEnd(); ++it, ++b) {
                QVERIFY(close(it->value, 100.0 * h.counts[static_cast<std::size_t>(b)] / total));
            }
            const quant::Scheme& scheme = quant::schemeOrThrow(name);
            const auto outcome = model->outcome(row);
            QVERIFY(!outcome->blocks.empty());
            const quant::BlockLevels levels = scheme.levels(r.packed, 0);
            const BlockView& first = outcome->blocks.back(); // the first block is listed last
            QCOMPARE(first.levels.levels, levels.levels);
            if (levels.levels.size() <= DistributionChart::kMaxDrawnLevels) {
                page.distributionBlockCombo()->setCurrentIndex(page.distributionBlockCombo()->count() - 1);
                QCOMPARE(page.distributionChart()->levelsGraph()->data()->size(),
                         static_cast<int>(levels.levels.size()));
                page.distributionBlockCombo()->setCurrentIndex(0);
            }

            // The explorer's line comes from the same numbers.
            if (const auto format = SchemeCatalog::formatForScheme(name)) {
                QVERIFY(hub.summaryFor(*format).contains(percentText(r.metrics.output_rel_error)));
            }
        }

        // Outliers: activation maxima and outlier features as core finds them; LLM.int8()'s FP16
        // columns contribute nothing.
        const std::vector<float> act = lab.activationAbsMax();
        const std::vector<std::int64_t> outliers = lab.outliers(job.options.outlier_threshold);
        QVERIFY(!outliers.empty());
        OutlierChart* oc = page.outlierChart();
        QCOMPARE(oc->activationGraph()->data()->size() + oc->outlierGraph()->data()->size(),
                 static_cast<int>(act.size()));
        QCOMPARE(oc->outlierGraph()->data()->size(), static_cast<int>(outliers.size()));
        int k = 0;
        for (auto it = oc->outlierGraph()->data()->constBegin(); it != oc->outlierGraph()->data()->constEnd();
             ++it, ++k) {
            const auto c = outliers[static_cast<std::size_t>(k)];
            QCOMPARE(it->key, static_cast<double>(c));
            QCOMPARE(it->value, static_cast<double>(act[static_cast<std::size_t>(c)]));
        }
        QCOMPARE(oc->errorGraphs().size(), std::size_t{3});
        // The FP16 columns of LLM.int8() lose far less through the outlier features than INT8 does.
        const auto perChannel = oc->errorGraphs()[1]->data();
        const auto llmInt8 = oc->errorGraphs()[2]->data();
        for (std::int64_t c : outliers) {
            QVERIFY(llmInt8->at(static_cast<int>(c))->value < 1e-2 * perChannel->at(static_cast<int>(c))->value);
        }
        for (int i = 0; i < page.views()->count(); ++i) {
            page.views()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            saveShot(&page, QStringLiteral("lab-view-%1").arg(i));
        }
    }

    void cancelLongRun_staysResponsiveAndShowsNoPartialResult() {
        LabResultsHub hub;
        LabPage page(nullptr, &hub);
        page.show();
        LabState state = smallState(
            {QStringLiteral("int4-g128"), QStringLiteral("gptq-int4-g128"), QStringLiteral("awq-int4-g128")});
        state.rows = 2048;
        state.cols = 2048;
        state.tokens = 256;
        page.controls()->setState(state);
        QSignalSpy finished(&page, &LabPage::runFinished);
        page.run();
        // GPTQ's start reaches the table through the event loop while the worker computes: the loop
        // keeps turning (how long the GUI thread may stall is bench_gui_lab's business). The cancel
        // follows with no event processed in between, so whatever the worker has done since cannot
        // reach the table first: the outcome does not depend on the machine's speed.
        auto* model = page.resultsModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->state(1) == LabResultsModel::RowState::Running, 60000);

        QTest::mouseClick(page.controls()->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1); // at once, without waiting for the worker
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!page.isRunning());
        QVERIFY(page.controls()->runButton()->isEnabled());
        QCOMPARE(model->state(0), LabResultsModel::RowState::Done);
        for (int row : {1, 2}) {
            QCOMPARE(model->state(row), LabResultsModel::RowState::Cancelled);
            QCOMPARE(model->index(row, LabResultsModel::OutputError).data().toString(), QStringLiteral("–"));
            QCOMPARE(model->index(row, LabResultsModel::Status).data().toString(), QStringLiteral("cancelled"));
        }
        QCOMPARE(page.accuracyChart()->pointsGraph()->data()->size(), 1);
        QVERIFY(hub.results().count("gptq-int4-g128") == 0);
        // Whatever the worker still reports for the cancelled job changes nothing.
        QTest::qWait(300);
        QCOMPARE(model->state(1), LabResultsModel::RowState::Cancelled);
        QCOMPARE(page.accuracyChart()->pointsGraph()->data()->size(), 1);

        // A new run works after a cancel.
        page.controls()->setState(smallState({QStringLiteral("q4_0")}));
        page.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(model->state(0), LabResultsModel::RowState::Done);
    }

    void changingControl_marksResultsStale() {
        LabPage page(nullptr, nullptr);
        page.controls()->setState(smallState({QStringLiteral("q4_0")}));
        QSignalSpy finished(&page, &LabPage::runFinished);
        page.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!page.resultsModel()->isStale());
        auto* seed = page.controls()->findChild<QSpinBox*>(QStringLiteral("labSeedSpin"));
        QVERIFY(seed != nullptr);
        seed->setValue(seed->value() + 1);
        QVERIFY(page.resultsModel()->isStale());
        QVERIFY(!page.staleBanner()->isHidden());
        QCOMPARE(page.resultsModel()->index(0, LabResultsModel::Status).data().toString(),
                 QStringLiteral("done (stale)"));
        seed->setValue(seed->value() - 1); // back to the run's settings: fresh again
        QVERIFY(!page.resultsModel()->isStale());
    }

    void ctrlC_copiesSelectedRowsAsTabSeparatedText() {
        LabPage page(nullptr, nullptr);
        page.show();
        page.controls()->setState(smallState({QStringLiteral("fp16"), QStringLiteral("q4_0")}));
        QSignalSpy finished(&page, &LabPage::runFinished);
        page.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        ResultsTable* table = page.resultsTable();
        table->setFocus();
        table->selectAll();
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("Scheme\tStatus\tBits/weight")));
        QCOMPARE(lines[1].split(QLatin1Char('\t')).size(), static_cast<int>(LabResultsModel::ColumnCount));
        QVERIFY(lines[1].startsWith(QStringLiteral("FP16\tdone\t16.000")));

        // Sorting by output error puts FP16 first either way round the run went.
        table->sortByColumn(LabResultsModel::OutputError, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("GGUF Q4_0"));
    }

    void settings_lastLabStateRestored() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fitscope.ini"));
        LabState wanted = smallState({QStringLiteral("nf4"), QStringLiteral("gptq-int4-g64")});
        wanted.damping = 0.05;
        wanted.act_order = true;
        wanted.threshold = 4.5;
        wanted.view = 2;
        {
            gui::Settings settings(path);
            LabPage page(&settings, nullptr);
            page.controls()->setState(wanted);
            page.views()->setCurrentIndex(2);
            page.saveSettings();
            settings.sync();
        }
        gui::Settings settings(path);
        LabPage page(&settings, nullptr);
        LabState got = page.controls()->state();
        got.view = page.views()->currentIndex();
        QCOMPARE(got.toJson(), wanted.toJson());
        // A damaged value falls back to defaults instead of breaking the page.
        QCOMPARE(LabState::fromJson(QStringLiteral("{\"rows\": -5, \"schemes\": [\"nope\", \"q4_0\"]}")).rows,
                 LabState{}.rows);
        QCOMPARE(LabState::fromJson(QStringLiteral("{\"schemes\": [\"nope\", \"q4_0\"]}")).schemes,
                 QStringList{QStringLiteral("q4_0")});
    }

    void scenarioSaveOpen_bringsBackTheLabSettings() {
        QTemporaryDir dir;
        Window w(dir.filePath(QStringLiteral("fitscope.ini")));
        // Set the lab up through its controls, as a user does.
        auto* kind = w.find<QComboBox>("labKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("laplace")));
        w.find<QSpinBox>("labRowsSpin")->setValue(512);
        w.find<QSpinBox>("labColsSpin")->setValue(768);
        w.find<QSpinBox>("labTokensSpin")->setValue(256);
        w.find<QSpinBox>("labSeedSpin")->setValue(1234);
        w.find<QDoubleSpinBox>("labThresholdSpin")->setValue(4.5);
        w.find<QDoubleSpinBox>("labDampingSpin")->setValue(2.5); // %
        w.find<QCheckBox>("labActOrderCheck")->setChecked(true);
        w.lab()->controls()->setSchemeChecked("fp16", false);
        w.lab()->controls()->setSchemeChecked("q8_0", true);
        const LabState saved = withoutView(w.lab()->settings());
        QCOMPARE(saved.rows, 512);
        QCOMPARE(saved.kind, QStringLiteral("laplace"));

        const QString path = dir.filePath(QStringLiteral("lab.fitscope.json"));
        QString error;
        QVERIFY2(w.document()->saveTo(path, &error), qPrintable(error));
        QVERIFY(!w.window.isWindowModified());
        // The file's "lab" object holds them, as the reader of scenario files reads them back.
        const report::ScenarioFile file = report::readScenarioFile(path.toStdString(), catalog::Catalog::builtIn());
        QCOMPARE(file.lab.value("rows", 0), 512);
        QCOMPARE(file.lab.value("kind", std::string()), std::string("laplace"));
        QVERIFY(!file.lab.contains("view"));
        QVERIFY(withoutView(LabState::fromScenarioJson(file.lab)) == saved);

        // Changed again, then reopened: the saved settings come back, in the controls too.
        kind->setCurrentIndex(kind->findData(QStringLiteral("gaussian")));
        w.find<QSpinBox>("labRowsSpin")->setValue(128);
        w.find<QDoubleSpinBox>("labThresholdSpin")->setValue(9.0);
        w.find<QCheckBox>("labActOrderCheck")->setChecked(false);
        w.lab()->controls()->setSchemeChecked("q8_0", false);
        QVERIFY(!(withoutView(w.lab()->settings()) == saved));
        QVERIFY2(w.document()->openPath(path, &error), qPrintable(error));
        QVERIFY(withoutView(w.lab()->settings()) == saved);
        QCOMPARE(w.find<QSpinBox>("labRowsSpin")->value(), 512);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("laplace"));
        QVERIFY(w.find<QCheckBox>("labActOrderCheck")->isChecked());
        QVERIFY(!w.window.isWindowModified());
        // As for the explorer, the settings file keeps the lab's last settings for the next start.
        QVERIFY(withoutView(LabState::fromJson(w.settings.value(gui::Settings::Key::LabState).toString())) == saved);
    }

    void labSettingChanged_marksTheScenarioModified() {
        QTemporaryDir dir;
        Window w(dir.filePath(QStringLiteral("fitscope.ini")));
        const QString path = dir.filePath(QStringLiteral("marked.fitscope.json"));
        QString error;
        QVERIFY2(w.document()->saveTo(path, &error), qPrintable(error));
        QVERIFY(!w.window.isWindowModified());
        QVERIFY(w.window.windowTitle().startsWith(QStringLiteral("marked.fitscope.json[*]")));

        // A key press in the lab's seed box: the title gets its marker.
        w.window.tabs()->setCurrentWidget(w.lab());
        auto* seed = w.find<QSpinBox>("labSeedSpin");
        seed->setFocus();
        QTest::keyClick(seed, Qt::Key_Up);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.window.isWindowModified());
        // Back to the saved value: nothing left to save.
        QTest::keyClick(seed, Qt::Key_Down);
        QVERIFY(!w.window.isWindowModified());
        // Another view of the lab is not a setting.
        w.lab()->views()->setCurrentIndex(2);
        QVERIFY(!w.window.isWindowModified());
        // A scheme checked in the checklist is.
        w.lab()->controls()->setSchemeChecked("mxfp4", true);
        QVERIFY(w.window.isWindowModified());

        // Closing now asks; Cancel keeps the window open with its changes.
        bool asked = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &answer, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::Cancel)->click();
            }
        });
        answer.start(10);
        QVERIFY(!w.window.close());
        answer.stop();
        QVERIFY(asked);
        QVERIFY(w.window.isWindowModified());

        // Saving clears the marker, and the file has the scheme.
        QVERIFY2(w.document()->saveTo(path, &error), qPrintable(error));
        QVERIFY(!w.window.isWindowModified());
        const nlohmann::json schemes = readJson(path)["lab"]["schemes"];
        QVERIFY(std::find(schemes.begin(), schemes.end(), "mxfp4") != schemes.end());
    }

    void brokenLabSettings_refusedNamingTheField_leaveEverythingIntact_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QString>("says");
        QTest::newRow("rows as text") << "rows"
                                      << R"("many")"
                                      << ": lab.rows: expected a whole number";
        QTest::newRow("rows beyond the control") << "rows"
                                                 << "100000"
                                                 << ": lab.rows: 100000 is outside 1 to 16384";
        QTest::newRow("unknown scheme") << "schemes"
                                        << R"(["nf4", "int3-magic"])"
                                        << ": lab.schemes[1]: unknown scheme 'int3-magic'";
        QTest::newRow("schemes not a list") << "schemes"
                                            << R"("nf4")"
                                            << ": lab.schemes: expected a list";
        QTest::newRow("negative threshold") << "threshold"
                                            << "-1"
                                            << ": lab.threshold: -1 is outside";
        QTest::newRow("seed not a number") << "seed"
                                           << R"("lucky")"
                                           << ": lab.seed: expected a whole number";
        QTest::newRow("unknown distribution") << "kind"
                                              << R"("uniform")"
                                              << ": lab.kind: unknown value 'uniform'";
        QTest::newRow("act-order not true/false") << "actOrder"
                                                  << R"("yes")"
                                                  << ": lab.actOrder: expected true or false";
        QTest::newRow("lab not an object") << ""
                                           << "[]"
                                           << ": lab: expected an object";
    }
    void brokenLabSettings_refusedNamingTheField_leaveEverythingIntact() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, says);
        QTemporaryDir dir;
        Window w(dir.filePath(QStringLiteral("fitscope.ini")));
        const QString good = dir.filePath(QStringLiteral("good.fitscope.json"));
        QString error;
        QVERIFY2(w.document()->saveTo(good, &error), qPrintable(error));

        // The same file with another explorer context and a broken lab field.
        nlohmann::json document = readJson(good);
        document["context"] = 2048;
        const nlohmann::json broken = nlohmann::json::parse(value.toStdString());
        if (key.isEmpty()) {
            document["lab"] = broken;
        } else {
            document["lab"][key.toStdString()] = broken;
        }
        const QString path = dir.filePath(QStringLiteral("broken.fitscope.json"));
        QVERIFY(writeJson(path, document));

        // Unsaved changes on both pages, to be kept as they are.
        w.find<QSpinBox>("labRowsSpin")->setValue(320);
        w.find<QSpinBox>("batchSpin")->setValue(4);
        const LabState lab = w.lab()->settings();
        const gui::ExplorerState explorer = w.window.explorer()->controls()->state();
        QVERIFY(w.window.isWindowModified());

        QVERIFY(!w.document()->openPath(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(w.lab()->settings() == lab);
        QVERIFY(w.window.explorer()->controls()->state() == explorer);
        QCOMPARE(w.document()->filePath(), QFileInfo(good).absoluteFilePath());
        QVERIFY(w.window.isWindowModified());
    }

    void scenarioWithoutLabSettings_keepsTheLabAsItIs_data() {
        QTest::addColumn<bool>("emptyObject");
        QTest::newRow("no lab field (an older file)") << false;
        QTest::newRow("empty lab object (fitscope-cli report)") << true;
    }
    void scenarioWithoutLabSettings_keepsTheLabAsItIs() {
        QFETCH(bool, emptyObject);
        QTemporaryDir dir;
        Window w(dir.filePath(QStringLiteral("fitscope.ini")));
        nlohmann::json document = {{"schema", "fitscope-scenario/1"},
                                   {"model", {{"source", "catalog"}, {"id", "llama-2-7b"}}},
                                   {"precision", {{"weights", "int8"}}},
                                   {"context", 2048},
                                   {"gpus", nlohmann::json::array({{{"id", "a10g"}, {"count", 1}}})}};
        if (emptyObject) {
            document["lab"] = nlohmann::json::object();
        }
        const QString path = dir.filePath(QStringLiteral("old.fitscope.json"));
        QVERIFY(writeJson(path, document));
        w.find<QSpinBox>("labColsSpin")->setValue(2048);
        const LabState lab = withoutView(w.lab()->settings());
        QString error;
        QVERIFY2(w.document()->openPath(path, &error), qPrintable(error));
        QCOMPARE(w.window.explorer()->controls()->state().context_tokens, std::int64_t{2048});
        QVERIFY(withoutView(w.lab()->settings()) == lab);
        QVERIFY(!w.window.isWindowModified());
    }

    void hub_mapsSchemesToExplorerFormats() {
        using sizing::WeightFormat;
        QCOMPARE(SchemeCatalog::formatForScheme("int8-channel"), std::optional(WeightFormat::INT8));
        QCOMPARE(SchemeCatalog::formatForScheme("llm-int8"), std::optional(WeightFormat::LLM_INT8));
        QCOMPARE(SchemeCatalog::formatForScheme("int4-g128"), std::optional(WeightFormat::INT4_G128));
        QCOMPARE(SchemeCatalog::formatForScheme("gptq-int4-g128"), std::optional(WeightFormat::GPTQ_INT4_G128));
        QCOMPARE(SchemeCatalog::formatForScheme("awq-int4-g128"), std::optional(WeightFormat::AWQ_INT4_G128));
        QCOMPARE(SchemeCatalog::formatForScheme("fp8-e4m3"), std::optional(WeightFormat::FP8_E4M3));
        QCOMPARE(SchemeCatalog::formatForScheme("q4_k"), std::optional(WeightFormat::Q4_K));
        QCOMPARE(SchemeCatalog::formatForScheme("int8-tensor"), std::nullopt);
        QCOMPARE(SchemeCatalog::schemeForFormat(WeightFormat::INT8), std::string("int8-channel"));
        QCOMPARE(SchemeCatalog::schemeForFormat(WeightFormat::Q4_K_M), std::string("q4_k"));
        QCOMPARE(SchemeCatalog::schemeForFormat(WeightFormat::FP32), std::string());
        // Every scheme of core is listed, with a tooltip.
        QCOMPARE(SchemeCatalog::all().size(), quant::schemeNames().size());
        for (const LabSchemeInfo& info : SchemeCatalog::all()) {
            QVERIFY2(!info.tooltip.isEmpty() && info.group != SchemeGroup::Other, info.name.c_str());
        }

        LabResultsHub hub;
        hub.beginRun(QStringLiteral("the transformer-like sample"));
        quant::Metrics m;
        m.output_rel_error = 0.0213;
        hub.publish({"int4-g128", m, 4.125});
        QCOMPARE(hub.summaryFor(WeightFormat::INT4_G128),
                 QStringLiteral("INT4 g128: output error 2.1 % on the transformer-like sample"));
        QVERIFY(hub.summaryFor(WeightFormat::NF4).isEmpty());

        // "Use in the fit explorer" sends the selected scheme's format.
        LabPage page(nullptr, &hub);
        QSignalSpy requested(&hub, &LabResultsHub::weightFormatRequested);
        page.selectScheme("awq-int4-g128");
        QVERIFY(page.useInExplorerButton()->isEnabled());
        QTest::mouseClick(page.useInExplorerButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<WeightFormat>(), WeightFormat::AWQ_INT4_G128);
        page.selectScheme("int8-tensor");
        QVERIFY(!page.useInExplorerButton()->isEnabled());
    }

    void everyControl_keyboardReachableWithNameAndTooltip() {
        LabPage page(nullptr, nullptr);
        page.show();
        const QList<QWidget*> widgets = page.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* w : widgets) {
            const bool control =
                qobject_cast<QAbstractButton*>(w) != nullptr || qobject_cast<QComboBox*>(w) != nullptr ||
                qobject_cast<QAbstractSpinBox*>(w) != nullptr || qobject_cast<QTreeWidget*>(w) != nullptr;
            // The lab's own controls (Qt's internal ones, such as tab-bar scroll arrows, have other names).
            if (!control || !w->objectName().startsWith(QLatin1String("lab"))) {
                continue;
            }
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }
        QVERIFY(checked >= 15);
        // Space toggles a scheme in the checklist.
        QTreeWidget* tree = page.controls()->schemeTree();
        tree->setFocus();
        QTreeWidgetItem* first = tree->topLevelItem(0)->child(0);
        tree->setCurrentItem(first);
        const Qt::CheckState before = first->checkState(0);
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(first->checkState(0) != before);
    }

    void mainWindow_labAndExplorerShareResults() {
        gui::MainWindow window(catalog::Catalog::builtIn(), nullptr);
        window.resize(1440, 900);
        window.show();
        LabPage* page = window.lab();
        QVERIFY(page != nullptr);
        QCOMPARE(window.tabs()->count(), 2);
        QVERIFY(window.tabs()->tabBar()->isVisible());
        auto* note = window.explorer()->controls()->findChild<QLabel*>(QStringLiteral("labMeasuredNote"));
        QVERIFY(note != nullptr);
        // The default explorer format is INT4 g128: not measured yet, with a link to the lab.
        QVERIFY(note->text().contains(QStringLiteral("not measured")));

        LabState state = smallState({QStringLiteral("int4-g128"), QStringLiteral("q4_k"), QStringLiteral("nf4")});
        if (!qEnvironmentVariableIsEmpty("FITSCOPE_LAB_SHOTS")) {
            // A fuller picture for the README.
            state = LabState::fromJson({});
            state.rows = 512;
        }
        page->controls()->setState(state);
        QSignalSpy finished(page, &LabPage::runFinished);
        window.tabs()->setCurrentWidget(page);
        page->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const double error = page->resultsModel()
                                 ->index(page->resultsModel()->rowOf("int4-g128"), LabResultsModel::OutputError)
                                 .data(LabResultsModel::SortRole)
                                 .toDouble();
        QCOMPARE(note->text(), QStringLiteral("INT4 g128: output error %1 on the transformer-like sample · "
                                              "<a href=\"scheme:int4-g128\">open in the lab</a>")
                                   .arg(percentText(error)));
        page->views()->setCurrentIndex(0);
        page->selectScheme("q4_0");
        QCoreApplication::processEvents();
        saveShot(&window, QStringLiteral("screenshot-lab"));

        // The lab sends NF4 to the explorer as its weight format.
        page->selectScheme("nf4");
        QTest::mouseClick(page->useInExplorerButton(), Qt::LeftButton);
        QCOMPARE(window.explorer()->controls()->state().precision.weights, sizing::WeightFormat::NF4);
        QCOMPARE(window.tabs()->currentWidget(), window.explorer());
        QVERIFY(note->text().startsWith(QStringLiteral("NF4: output error")));
        saveShot(&window, QStringLiteral("explorer-with-lab-note"));

        // The note's link opens the lab on the scheme.
        emit note->linkActivated(QStringLiteral("scheme:nf4"));
        QCOMPARE(window.tabs()->currentWidget(), page);
        QCOMPARE(page->selectedScheme(), std::string("nf4"));
    }

    void page_fitsASmallWindow() {
        // The lab shares the main window with the explorer: it must not force a wider window.
        LabPage page(nullptr, nullptr);
        QVERIFY2(page.minimumSizeHint().width() <= 960, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY2(page.minimumSizeHint().height() <= 640, qPrintable(QString::number(page.minimumSizeHint().height())));
    }

    void speedChart_sharesAreAgainstEachKernelsOwnReadPasses() {
        // A run on a drifting machine: the best read pass of the run (the line) is above the read
        // passes measured alongside the first kernel; the second kernel had none.
        auto outcome = std::make_shared<BenchOutcome>();
        quant::BenchReport& r = outcome->report;
        r.isa = "avx2";
        r.threads = 2;
        r.stream.read_gbps = 50.0;
        r.stream.triad_gbps = 60.0;
        quant::GemvBenchResult f32;
        f32.format = "f32";
        f32.gbps = 40.0;
        f32.stream_read_gbps = 42.0;
        f32.fraction_of_stream = 40.0 / 42.0;
        quant::GemvBenchResult q4;
        q4.format = "q4_0";
        q4.gbps = 20.0;
        r.gemv = {f32, q4};
        SpeedChart chart;
        chart.setReport(outcome);
        QCOMPARE(chart.barLabels().size(), std::size_t{2});
        // 95 % of its own read passes, not 80 % of the line.
        QCOMPARE(chart.barLabels()[0]->text(), QStringLiteral("40.0 GB/s\n95 %"));
        QCOMPARE(chart.barLabels()[1]->text(), QStringLiteral("20.0 GB/s"));
        QCOMPARE(chart.bandwidthLine()->point1->coords().y(), 50.0);
        const QString note = chart.note()->text();
        QVERIFY2(note.contains(QStringLiteral("best read bandwidth of the run, 50.0 GB/s")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("read bandwidth measured alongside it")), qPrintable(note));
        QVERIFY(!note.contains(QStringLiteral("share of that bandwidth")));
        QVERIFY(chart.toolTip().contains(QStringLiteral("measured alongside that kernel")));
    }

    void speedChart_beforeABenchmark_usesTheFullWidth() {
        LabPage page(nullptr, nullptr);
        page.resize(1200, 800);
        page.show();
        page.views()->setCurrentIndex(3);
        SpeedChart* chart = page.speedChart();
        QVERIFY(!chart->report());
        chart->replot(QCustomPlot::rpImmediateRefresh); // lays the chart out at its current size
        QVERIFY2(chart->axisRect()->width() > chart->width() * 85 / 100,
                 qPrintable(QStringLiteral("%1 of %2").arg(chart->axisRect()->width()).arg(chart->width())));
        saveShot(&page, QStringLiteral("lab-view-speed-empty"));
    }

    void benchmark_drawsBarsAgainstBandwidth() {
        LabPage page(nullptr, nullptr);
        page.resize(1200, 800);
        page.show();
        QSignalSpy done(&page, &LabPage::benchmarkFinished);
        page.runBenchmark(4, 1);
        QVERIFY(page.isBenchmarking());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(done.first().first().toBool(), true);
        const auto report = page.speedChart()->report();
        QVERIFY(report);
        QCOMPARE(page.speedChart()->bars()->data()->size(), static_cast<int>(report->report.gemv.size()));
        QCOMPARE(page.speedChart()->bars()->data()->at(0)->value, report->report.gemv[0].gbps);
        QCOMPARE(page.speedChart()->bandwidthLine()->point1->coords().y(), report->report.stream.read_gbps);
        page.views()->setCurrentIndex(3);
        QCoreApplication::processEvents();
        saveShot(&page, QStringLiteral("lab-view-speed"));

        // Cancelling a benchmark returns at once.
        page.runBenchmark(64, 3);
        page.cancelBenchmark();
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY(!page.isBenchmarking());
    }
};

QTEST_MAIN(TestGuiLab)
#include "test_gui_lab.moc"
