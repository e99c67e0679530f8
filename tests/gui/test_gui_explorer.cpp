// The fit explorer window, driven through its real widgets (found by objectName) on the offscreen
// platform. Chart values are compared with direct calls to the sizing engine.
#include "application.h"
#include "breakdown_chart.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "core/sizing/estimator.h"
#include "core/sizing/solver.h"
#include "core/sizing/units.h"
#include "derivation_panel.h"
#include "explorer_page.h"
#include "fit_matrix_model.h"
#include "fit_matrix_view.h"
#include "layer_strip_chart.h"
#include "machine_gpus.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "model_picker.h"
#include "number_input.h"
#include "settings.h"
#include "summary_panel.h"
#include "workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <map>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

class TestGuiExplorer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultScenario_chartMatchesEngine();
    void contextSlider_changesInputAndChart();
    void paramsSlider_switchesToAssumedShape();
    void pickingModel_movesParamsSlider();
    void modelPicker_groupsByFamilyNewestFirst();
    void batchSpin_scalesKvCache();
    void imagesRow_showsForAVisionModel_andAddsItsTokens();
    void weightFormat_changesWeights();
    void twoGpus_drawTwoCapacityBars();
    void gpuCount_splitsLoad();
    void verdict_changesWhenContextCrossesLongestFit();
    void simpleRuntime_hidesArticleComparison();
    void units_switchToGiB();
    void fitMatrix_clickLoadsPair();
    void openConfig_failureKeepsModel();
    void derivation_isCopyableText();
    void numberInput_acceptsSuffixes();
    void controls_haveAccessibleNames();
    void settings_roundTrip();
    void settings_corruptFileFallsBackToDefaults();
    void screenshot_inProcessIsNotBlank();
    void screenshot_commandLineWritesPng();
    void noDisplay_printsHelpfulMessage();
    void layerStrip_drawsEachLayersCache();
    void layerStrip_windowLayersStopGrowing();
    void sliderStep_replotsEachChartOnce();
    void sliderStep_withPins_redrawsOnlyTheLiveBars();
    void sliderStep_doesNotRelayoutTheWindow();

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
    double weightsDrawn(int bar = 0) const { return page()->breakdownChart()->drawnComponent(bar, Component::Weights); }
    double kvDrawn(int bar = 0) const { return page()->breakdownChart()->drawnComponent(bar, Component::KvCache); }
    void setContext(std::int64_t tokens);

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiExplorer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
}

void TestGuiExplorer::init() {
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings, QSize(1280, 800), &m_settingsPath);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiExplorer::cleanup() {
    m_window.reset();
    m_settings.reset();
}

void TestGuiExplorer::setContext(std::int64_t tokens) {
    auto* edit = find<QLineEdit>("contextEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QString::number(tokens));
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestGuiExplorer::defaultScenario_chartMatchesEngine() {
    // The article's scenario: Llama-2-13B on one A10G, 4096 tokens.
    const ExplorerState& state = controls()->state();
    QCOMPARE(state.model_id, std::string("llama-2-13b"));
    QCOMPARE(state.context_tokens, 4096);
    QCOMPARE(controls()->selectedGpus().size(), std::size_t(1));
    QCOMPARE(controls()->selectedGpus().front().spec->id, std::string("a10g"));

    const sizing::Estimate e = engine(page()->primaryScenario());
    QCOMPARE(weightsDrawn(), sizing::bytesIn(e.weights_bytes, sizing::MemoryUnit::GB));
    QCOMPARE(kvDrawn(), sizing::bytesIn(e.kv_cache_bytes, sizing::MemoryUnit::GB));
    QCOMPARE(page()->breakdownChart()->drawnCapacity(0),
             sizing::bytesIn(e.fit->capacity_bytes, sizing::MemoryUnit::GB));
    QVERIFY(page()->summary()->summary().contains(QLatin1String("Llama-2-13B")));
    QVERIFY(page()->summary()->summary().contains(QLatin1String("4,096 tokens")));
    QVERIFY(page()->contextChart()->drawnSeries() >= 1);
}

void TestGuiExplorer::contextSlider_changesInputAndChart() {
    auto* slider = find<QSlider>("contextSlider");
    const std::int64_t before = controls()->state().context_tokens;
    const double kvBefore = kvDrawn();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageDown);
    const std::int64_t after = controls()->state().context_tokens;
    QVERIFY(after < before);
    QCOMPARE(page()->primaryScenario().context_tokens, after);
    const sizing::Estimate e = engine(page()->primaryScenario());
    QCOMPARE(kvDrawn(), sizing::bytesIn(e.kv_cache_bytes, sizing::MemoryUnit::GB));
    QVERIFY(kvDrawn() < kvBefore);
    QCOMPARE(page()->contextChart()->currentTokens(), static_cast<double>(after));
    QCOMPARE(find<QLineEdit>("contextEdit")->text(), tokenCountText(static_cast<double>(after)));
}

void TestGuiExplorer::paramsSlider_switchesToAssumedShape() {
    auto* slider = find<QSlider>("paramsSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp);
    const ExplorerState& state = controls()->state();
    QCOMPARE(state.model_source, ModelSource::Custom);
    QVERIFY(state.params > 13.1e9);
    QVERIFY(controls()->model()->spec.shape_assumed);
    QVERIFY(find<QLabel>("modelNote")->text().contains(QLatin1String("Assumed")));
    QVERIFY(find<QComboBox>("modelCombo")->currentText().startsWith(QLatin1String("Custom")));
    // The chart shows the engine's figure for the assumed shape.
    sizing::Scenario s = page()->primaryScenario();
    s.model = sizing::prepareModel(sizing::assumedShapeForParams(std::llround(state.params)));
    QCOMPARE(weightsDrawn(), sizing::bytesIn(engine(s).weights_bytes, sizing::MemoryUnit::GB));
    // A custom model's context reaches 1 M tokens.
    QCOMPARE(controls()->maxContext(), kCustomMaxContext);
}

void TestGuiExplorer::pickingModel_movesParamsSlider() {
    auto* combo = find<QComboBox>("modelCombo");
    auto* slider = find<QSlider>("paramsSlider");
    const int positionBefore = slider->value();
    const int index = combo->findText(QStringLiteral("Llama-2-70B"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    const catalog::ModelEntry* entry = catalog::Catalog::builtIn().findModel("llama-2-70b");
    QVERIFY(entry != nullptr);
    QCOMPARE(controls()->state().model_source, ModelSource::Catalog);
    QCOMPARE(controls()->state().params, static_cast<double>(entry->model->spec.published_params));
    QVERIFY(slider->value() > positionBefore);
    QVERIFY(find<QLineEdit>("paramsEdit")->text().startsWith(QLatin1String("69")));
    QCOMPARE(controls()->model().get(), entry->model.get());
}

void TestGuiExplorer::modelPicker_groupsByFamilyNewestFirst() {
    auto* combo = find<QComboBox>("modelCombo");
    const catalog::Catalog& catalog = catalog::Catalog::builtIn();
    // Rows: a family's title (not selectable), then its models; each catalog model once.
    QCOMPARE(combo->itemData(0, kModelKindRole).toString(), QStringLiteral("header"));
    QString family;
    std::string family_newest;   // the newest release date of the family being walked
    std::string previous_newest; // of the family before it
    std::string previous_date;   // of the model above in this family
    bool previous_family_dated = true;
    QSet<QString> seen_ids;
    QSet<QString> seen_families;
    int headers = 0;
    for (int i = 0; i < combo->count(); ++i) {
        const QString kind = combo->itemData(i, kModelKindRole).toString();
        if (kind == QLatin1String("header")) {
            QVERIFY(!(combo->model()->flags(combo->model()->index(i, 0)) & Qt::ItemIsEnabled));
            family = combo->itemText(i);
            QVERIFY2(!seen_families.contains(family), qPrintable(family)); // a family is one group
            seen_families.insert(family);
            if (headers > 0) {
                previous_newest = family_newest;
            }
            family_newest.clear();
            previous_date = "9999";
            ++headers;
            continue;
        }
        if (kind != QLatin1String("catalog")) {
            continue;
        }
        const QString id = combo->itemData(i, kModelIdRole).toString();
        const catalog::ModelEntry* entry = catalog.findModel(id.toStdString());
        QVERIFY(entry != nullptr);
        QVERIFY(!seen_ids.contains(id));
        seen_ids.insert(id);
        QCOMPARE(QString::fromStdString(entry->family), family);
        // Newest first within the family (the undated last) ...
        QVERIFY2(entry->release_date <= previous_date, entry->id.c_str());
        previous_date = entry->release_date;
        if (family_newest.empty()) {
            family_newest = entry->release_date; // its first model is its newest
            // ... and the families by their newest model, the undated families last.
            if (headers > 1) {
                QVERIFY2(family_newest <= previous_newest || !previous_family_dated, entry->id.c_str());
                QVERIFY2(previous_family_dated || family_newest.empty(), entry->id.c_str());
            }
            previous_family_dated = !family_newest.empty();
        }
        // Each model shows its total (and active, when fewer) parameters and its release month.
        const QString detail = combo->itemData(i, kModelDetailRole).toString();
        const auto& counts = entry->model->counts;
        QVERIFY2(detail.startsWith(QString::fromStdString(sizing::formatParams(double(counts.total())))),
                 qPrintable(detail));
        QCOMPARE(detail.contains(QLatin1String("active")), counts.active < counts.total());
    }
    QCOMPARE(seen_ids.size(), qsizetype(catalog.models().size()));
    QVERIFY(headers >= 10);
    // gpt-oss-20b (2025-08-05, 4 of 32 experts): "20.9 B total, 4.19 B active · Aug 2025".
    const int oss = combo->findText(QStringLiteral("gpt-oss-20b"));
    QVERIFY(oss >= 0);
    const QString oss_detail = combo->itemData(oss, kModelDetailRole).toString();
    QVERIFY2(oss_detail.contains(QStringLiteral(" active · ")) &&
                 oss_detail.endsWith(QLocale().toString(QDate(2025, 8, 1), QStringLiteral("MMM yyyy"))),
             qPrintable(oss_detail));
    // A title row picked by code is no model: the current model stays.
    const std::string before = controls()->state().model_id;
    combo->setCurrentIndex(0);
    QCOMPARE(controls()->state().model_id, before);
    QCOMPARE(combo->currentText(), QString::fromStdString(catalog.findModel(before)->name));
}

void TestGuiExplorer::batchSpin_scalesKvCache() {
    const double kv1 = kvDrawn();
    find<QSpinBox>("batchSpin")->setValue(4);
    QCOMPARE(controls()->state().batch, 4);
    QVERIFY(std::abs(kvDrawn() - 4 * kv1) < 0.01);
    QCOMPARE(kvDrawn(), sizing::bytesIn(engine(page()->primaryScenario()).kv_cache_bytes, sizing::MemoryUnit::GB));
}

void TestGuiExplorer::imagesRow_showsForAVisionModel_andAddsItsTokens() {
    auto* images = find<QSpinBox>("imagesSpin");
    auto* tokens = find<QSpinBox>("tokensPerImageSpin");
    QVERIFY(!images->isVisible()); // llama-2-13b has no vision encoder
    controls()->selectCatalogModel("gemma-4-26b-a4b");
    QTRY_VERIFY(images->isVisible());
    QVERIFY(tokens->isVisible());
    QCOMPARE(tokens->value(), 0); // the model's own figure, shown as the special value
    QVERIFY2(tokens->text().contains(QLatin1String("280")), qPrintable(tokens->text()));
    const double kv_text = kvDrawn();
    images->setValue(4);
    QCOMPARE(controls()->state().images_per_request, std::int64_t(4));
    const sizing::Scenario s = page()->primaryScenario();
    QCOMPARE(s.images_per_request, std::int64_t(4));
    QVERIFY(kvDrawn() > kv_text);
    QCOMPARE(kvDrawn(), sizing::bytesIn(engine(s).kv_cache_bytes, sizing::MemoryUnit::GB));
    tokens->setValue(1000);
    QCOMPARE(page()->primaryScenario().tokens_per_image, std::int64_t(1000));
    // A text model hides the row and no image reaches its estimate.
    controls()->selectCatalogModel("llama-2-7b");
    QTRY_VERIFY(!images->isVisible());
    QCOMPARE(page()->primaryScenario().images_per_request, std::int64_t(0));
}

void TestGuiExplorer::weightFormat_changesWeights() {
    auto* combo = find<QComboBox>("weightFormatCombo");
    const double before = weightsDrawn();
    combo->setCurrentIndex(combo->findData(static_cast<int>(sizing::WeightFormat::FP16)));
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::FP16);
    QVERIFY(weightsDrawn() > 3 * before);
    QCOMPARE(weightsDrawn(), sizing::bytesIn(engine(page()->primaryScenario()).weights_bytes, sizing::MemoryUnit::GB));
    // The chosen format is the context chart's first (bold) line.
    QVERIFY(page()->contextChart()->data().series.front().chosen);
    QCOMPARE(page()->contextChart()->data().series.front().name, QStringLiteral("FP16"));
}

void TestGuiExplorer::twoGpus_drawTwoCapacityBars() {
    QCOMPARE(page()->breakdownChart()->drawnCapacityBars(), 1);
    auto* tree = find<QTreeWidget>("gpuTree");
    const auto items = tree->findItems(QStringLiteral("RTX 4090"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    items.front()->setCheckState(0, Qt::Checked);
    QCOMPARE(controls()->state().gpus.size(), std::size_t(2));
    QCOMPARE(page()->breakdownChart()->drawnCapacityBars(), 2);
    QCOMPARE(page()->breakdownChart()->drawnLoadBars(), 2);
    QVERIFY(!page()->breakdownChart()->badgeText(1).isEmpty());
    QCOMPARE(page()->contextChart()->data().capacities.size(), std::size_t(2));
    const catalog::Catalog& c = catalog::Catalog::builtIn();
    QCOMPARE(page()->breakdownChart()->drawnCapacity(1),
             sizing::bytesIn(c.findGpu("rtx-4090")->capacityBytes(), sizing::MemoryUnit::GB));
}

void TestGuiExplorer::gpuCount_splitsLoad() {
    auto* count = find<QSpinBox>("gpuCount_a10g");
    const double weights1 = weightsDrawn();
    count->setValue(2);
    QCOMPARE(controls()->state().gpus.front().count, 2);
    const sizing::Estimate e = engine(page()->primaryScenario());
    QCOMPARE(page()->primaryScenario().gpu_count, 2);
    QCOMPARE(weightsDrawn(), sizing::bytesIn(e.weights_bytes / 2, sizing::MemoryUnit::GB));
    QVERIFY(weightsDrawn() < weights1);
}

void TestGuiExplorer::verdict_changesWhenContextCrossesLongestFit() {
    // A custom 13 B model in FP16 on an A100 40 GB runs out of memory somewhere below 1 M tokens.
    ExplorerState state;
    state.model_source = ModelSource::Custom;
    state.params = 13e9;
    state.precision.weights = sizing::WeightFormat::FP16;
    state.gpus = {{"a100-40gb", 1}};
    state.primary_gpu = "a100-40gb";
    controls()->setState(state);
    const auto longest = sizing::longestContextThatFits(page()->primaryScenario(), controls()->maxContext());
    QVERIFY(longest.has_value());
    QVERIFY(*longest < controls()->maxContext());

    setContext(*longest);
    QCOMPARE(controls()->state().context_tokens, *longest);
    QVERIFY(page()->summary()->verdictText() != QLatin1String("DOES NOT FIT"));
    QVERIFY(!page()->breakdownChart()->badgeText(0).startsWith(QLatin1String("DOES NOT FIT")));

    setContext(*longest + 1);
    QCOMPARE(controls()->state().context_tokens, *longest + 1);
    QCOMPARE(page()->summary()->verdictText(), QStringLiteral("DOES NOT FIT"));
    QVERIFY(page()->breakdownChart()->badgeText(0).startsWith(QLatin1String("DOES NOT FIT")));
    // The crossing point is marked on the chosen line.
    QVERIFY(page()->contextChart()->drawnCrossings() >= 1);
    bool marked = false;
    for (const Crossing& c : page()->contextChart()->data().crossings) {
        marked = marked || (c.series == 0 && c.tokens == *longest);
    }
    QVERIFY(marked);
    page()->flushDeferred();
    QVERIFY(page()->summary()->solvers().contains(tokenCountText(static_cast<double>(*longest))));
}

void TestGuiExplorer::simpleRuntime_hidesArticleComparison() {
    page()->flushDeferred();
    QVERIFY(!page()->summary()->articleComparison().isEmpty()); // default: transformers
    auto* runtime = find<QComboBox>("runtimeCombo");
    auto* overhead = find<QDoubleSpinBox>("overheadSpin");
    QVERIFY(!overhead->isEnabled());
    runtime->setCurrentIndex(runtime->findData(static_cast<int>(sizing::Runtime::Simple)));
    QVERIFY(overhead->isEnabled());
    QTRY_VERIFY(page()->summary()->articleComparison().isEmpty()); // on the coalescing timer
    const double total = page()->breakdownChart()->bars().front().load_bytes;
    overhead->setValue(30);
    QCOMPARE(controls()->state().overhead_fraction, 0.30);
    QVERIFY(page()->breakdownChart()->bars().front().load_bytes > total);
}

void TestGuiExplorer::units_switchToGiB() {
    const double gb = weightsDrawn();
    auto* unit = find<QComboBox>("unitCombo");
    unit->setCurrentIndex(unit->findData(static_cast<int>(sizing::MemoryUnit::GiB)));
    QCOMPARE(controls()->state().unit, sizing::MemoryUnit::GiB);
    QVERIFY(std::abs(weightsDrawn() - gb * 1e9 / 1073741824.0) < 1e-9);
    QVERIFY(page()->summary()->summary().contains(QLatin1String("GiB")));
}

void TestGuiExplorer::fitMatrix_clickLoadsPair() {
    page()->flushDeferred();
    FitMatrixModel* model = page()->fitMatrixModel();
    QCOMPARE(model->columnCount(), 1);
    QCOMPARE(model->rowCount(), static_cast<int>(catalog::Catalog::builtIn().models().size()));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->matrix().model_ids[static_cast<std::size_t>(r)] == "mistral-7b") {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    // Each cell is the engine's per-GPU total.
    QVERIFY(model->matrix().cell(row, 0).valid);
    page()->detailsTabs()->setCurrentIndex(1);
    FitMatrixView* view = page()->fitMatrixView();
    view->scrollTo(model->index(row, 0));
    const QRect rect = view->visualRect(model->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(controls()->state().model_id, std::string("mistral-7b"));
    QCOMPARE(controls()->state().model_source, ModelSource::Catalog);
}

void TestGuiExplorer::openConfig_failureKeepsModel() {
    const auto before = controls()->model();
    QString error;
    QVERIFY(!controls()->openConfigFile(m_dir.filePath(QStringLiteral("missing/config.json")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(controls()->model(), before);
    // A real config.json loads and becomes the model.
    const QString path = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"model_type": "llama", "vocab_size": 32000, "hidden_size": 4096, "intermediate_size": 11008,
                  "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 32,
                  "max_position_embeddings": 4096})");
    file.close();
    QVERIFY(m_window->openConfigPath(path));
    QCOMPARE(controls()->state().model_source, ModelSource::ConfigFile);
    QCOMPARE(controls()->model()->spec.num_layers, 32);
}

void TestGuiExplorer::derivation_isCopyableText() {
    const QString text = page()->derivation()->plainText();
    QVERIFY(text.contains(QLatin1String("Weights")));
    QVERIFY(text.contains(QLatin1String("KV cache")));
    for (const sizing::DerivationStep& step : page()->primaryEstimate().steps) {
        QVERIFY2(text.contains(QString::fromStdString(sizing::formatStep(step, sizing::MemoryUnit::GB))),
                 step.text.data());
    }
}

void TestGuiExplorer::numberInput_acceptsSuffixes() {
    QCOMPARE(parseParameterCount(QStringLiteral("7B")).value(), 7e9);
    QCOMPARE(parseParameterCount(QStringLiteral("6.7e9")).value(), 6.7e9);
    QCOMPARE(parseParameterCount(QStringLiteral("350M")).value(), 350e6);
    QCOMPARE(parseParameterCount(QStringLiteral("1.5T")).value(), 1.5e12);
    QCOMPARE(parseParameterCount(QStringLiteral("13")).value(), 13e9);
    QVERIFY(!parseParameterCount(QStringLiteral("seven")));
    QVERIFY(!parseParameterCount(QStringLiteral("-3B")));
    QCOMPARE(parseTokenCount(QStringLiteral("4096")).value(), 4096.0);
    QCOMPARE(parseTokenCount(QStringLiteral("32k")).value(), 32768.0);
    QCOMPARE(parseTokenCount(QStringLiteral("1M")).value(), 1048576.0);
    QCOMPARE(parseTokenCount(QStringLiteral("32,768")).value(), 32768.0);
    // Typing into the parameters edit moves the model to a custom one of that size.
    auto* edit = find<QLineEdit>("paramsEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("7B"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(controls()->state().params, 7e9);
    QCOMPARE(controls()->state().model_source, ModelSource::Custom);
}

void TestGuiExplorer::controls_haveAccessibleNames() {
    const auto check = [](QWidget* w) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
    };
    for (const char* name :
         {"modelCombo", "openConfigButton", "paramsSlider", "paramsEdit", "weightFormatCombo", "embeddingsFormatCombo",
          "outputHeadFormatCombo", "kvFormatCombo", "contextSlider", "contextEdit", "batchSpin", "runtimeCombo",
          "overheadSpin", "gpuSearch", "gpuTree", "unitCombo", "advancedToggle", "compareButton"}) {
        check(find<QWidget>(name));
    }
    // Every runtime of the engine is offered, in the engine's order.
    auto* runtime = find<QComboBox>("runtimeCombo");
    QCOMPARE(runtime->count(), static_cast<int>(sizing::allRuntimes().size()));
}

void TestGuiExplorer::settings_roundTrip() {
    find<QSpinBox>("batchSpin")->setValue(3);
    auto* kv = find<QComboBox>("kvFormatCombo");
    kv->setCurrentIndex(kv->findData(static_cast<int>(sizing::KvFormat::FP8)));
    auto* tree = find<QTreeWidget>("gpuTree");
    tree->findItems(QStringLiteral("L4"), Qt::MatchExactly | Qt::MatchRecursive).front()->setCheckState(0, Qt::Checked);
    page()->mainSplitter()->setSizes({400, 880});
    const QList<int> sizes = page()->mainSplitter()->sizes();
    const ExplorerState saved = controls()->state();
    m_window->close(); // saves
    m_window.reset();
    m_settings.reset();

    m_settings = std::make_unique<Settings>(m_settingsPath);
    QVERIFY(!m_settings->recovered());
    QVERIFY(m_settings->state() == saved);
    m_window = std::make_unique<MainWindow>(catalog::Catalog::builtIn(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(controls()->state() == saved);
    QCOMPARE(controls()->state().batch, 3);
    QCOMPARE(controls()->state().gpus.size(), std::size_t(2));
    QCOMPARE(page()->mainSplitter()->sizes(), sizes);
    QCOMPARE(page()->breakdownChart()->drawnCapacityBars(), 2);
}

void TestGuiExplorer::settings_corruptFileFallsBackToDefaults() {
    cleanup();
    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    static const char garbage[] = "\x00\x01\xff\xfe[[[garbage\n=\n\x80\x81";
    file.write(garbage, sizeof garbage - 1); // binary junk with a NUL: not an INI file
    file.close();
    m_settings = std::make_unique<Settings>(m_settingsPath);
    QVERIFY(m_settings->recovered());
    QVERIFY(m_settings->message().contains(QLatin1String("default")));
    QVERIFY(m_settings->state() == ExplorerState{});
    QVERIFY(QFile::exists(m_settingsPath + QStringLiteral(".broken")));
    m_window = std::make_unique<MainWindow>(catalog::Catalog::builtIn(), m_settings.get());
    m_window->show();
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("could not be read")));
    const ExplorerState defaults;
    QCOMPARE(controls()->state().model_id, defaults.model_id);
    QCOMPARE(controls()->state().context_tokens, defaults.context_tokens);
    QVERIFY(controls()->state().gpus == defaults.gpus);
    QCOMPARE(controls()->state().precision.weights, defaults.precision.weights);

    // Values of the wrong type or out of range fall back key by key.
    Settings odd(m_dir.filePath(QStringLiteral("odd.ini")));
    odd.setValue(Settings::Key::Context, QStringLiteral("many"));
    odd.setValue(Settings::Key::Weights, QStringLiteral("int17"));
    odd.setValue(Settings::Key::Batch, -4);
    odd.setValue(Settings::Key::Params, 1e30);
    QVERIFY(odd.state() == ExplorerState{});
}

void TestGuiExplorer::screenshot_inProcessIsNotBlank() {
    m_window->resize(1200, 760);
    page()->flushDeferred();
    QTest::qWait(20);
    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), QSize(1200, 760) * m_window->devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
}

void TestGuiExplorer::screenshot_commandLineWritesPng() {
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FITSCOPE_GUI_BINARY),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--width"), QStringLiteral("1100"),
                   QStringLiteral("--height"), QStringLiteral("720")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1100, 720));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 9) {
        for (int x = 0; x < image.width(); x += 9) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY(colours.size() > 40);
}

void TestGuiExplorer::noDisplay_printsHelpfulMessage() {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        env.remove(QLatin1String(name));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FITSCOPE_GUI_BINARY), {});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("fitscope-cli")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("xvfb-run -a fitscope")));
}

void TestGuiExplorer::layerStrip_drawsEachLayersCache() {
    // The default Llama-2-13B: 40 full-attention layers, each caching the same at 4,096 tokens.
    LayerStripChart* strip = page()->layerStrip();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->data().cells.size(), std::size_t(40));
    QCOMPARE(strip->drawnKinds(), 1);
    const sizing::Scenario s = page()->primaryScenario();
    const auto cells = sizing::layerKvBytes(*s.model, s.runtime, s.precision.kv_cache, s.context_tokens, s.batch);
    // 2 (K, V) × 40 heads × 128 × 2 bytes × 4,096 tokens = 83.9 MB per layer, drawn in MB.
    QCOMPARE(cells.front().bytes, qint64(2) * 40 * 128 * 2 * 4096);
    QCOMPARE(strip->drawnValue(0), static_cast<double>(cells.front().bytes) / 1e6);
    QCOMPARE(strip->drawnValue(39), strip->drawnValue(0));
    QCOMPARE(strip->drawnValue(40), -1.0);
    // The layers together are the KV cache the breakdown shows.
    std::int64_t total = 0;
    for (const auto& cell : cells) {
        total += cell.bytes;
    }
    QCOMPARE(sizing::bytesIn(total, sizing::MemoryUnit::GB), kvDrawn());
}

void TestGuiExplorer::layerStrip_windowLayersStopGrowing() {
    // gpt-oss-20b's shapes: 24 layers alternating sliding (128 tokens) and full attention.
    const QString path = m_dir.filePath(QStringLiteral("gpt-oss/config.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"model_type":"gpt_oss","vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,
                  "num_hidden_layers":24,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,
                  "num_local_experts":32,"num_experts_per_tok":4,"sliding_window":128,
                  "layer_types":["sliding_attention","full_attention","sliding_attention","full_attention",
                  "sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention",
                  "full_attention","sliding_attention","full_attention","sliding_attention","full_attention",
                  "sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention",
                  "full_attention","sliding_attention","full_attention","sliding_attention","full_attention"],
                  "tie_word_embeddings":false})");
    file.close();
    QVERIFY(m_window->openConfigPath(path));
    auto* runtime = find<QComboBox>("runtimeCombo");
    runtime->setCurrentIndex(runtime->findData(static_cast<int>(sizing::Runtime::LlamaCpp)));
    if (runtime->currentIndex() < 0) {
        QFAIL("no llama.cpp entry in the runtime list");
    }
    QCOMPARE(controls()->state().runtime, sizing::Runtime::LlamaCpp);
    setContext(32768);
    LayerStripChart* strip = page()->layerStrip();
    QCOMPARE(strip->data().cells.size(), std::size_t(24));
    QCOMPARE(strip->drawnKinds(), 2);
    const double sliding = strip->drawnValue(0);
    const double full = strip->drawnValue(1);
    QVERIFY2(sliding > 0 && sliding * 20 < full, qPrintable(QStringLiteral("%1 %2").arg(sliding).arg(full)));
    // Twice the context: the full layers double, the window layers keep their window + batch cells.
    setContext(65536);
    QCOMPARE(strip->data().context_tokens, 65536);
    QCOMPARE(strip->drawnValue(1), 2 * full);
    QCOMPARE(strip->drawnValue(0), sliding);
    const auto& cell = strip->data().cells[0];
    QCOMPARE(cell.mixer, sizing::MixerKind::SlidingWindow);
    QCOMPARE(cell.window_tokens, 128);
}

void TestGuiExplorer::sliderStep_replotsEachChartOnce() {
    // A slider step re-plots each visible chart at most once (queued replots coalesce), however many
    // inputs it changed: a regression to replot-everything-per-update shows here without timing.
    // A chart may instead redraw only the layer that changed (LayerReplot): that counts as its one
    // replot, and along the context axis the context chart's lines must not be redrawn at all.
    std::map<QString, int> replots;
    const std::vector<QCustomPlot*> charts{page()->breakdownChart(), page()->contextChart(), page()->layerStrip()};
    for (QCustomPlot* chart : charts) {
        connect(chart, &QCustomPlot::afterReplot, this, [&replots, chart] { ++replots[chart->objectName()]; });
    }
    QCoreApplication::processEvents();
    replots.clear();
    const int breakdownLayers = page()->breakdownChart()->layerRedraws();
    const int contextMarkers = page()->contextChart()->markerRedraws();
    const auto redraws = [&](QCustomPlot* chart) {
        int n = replots[chart->objectName()];
        if (chart == page()->breakdownChart()) {
            n += page()->breakdownChart()->layerRedraws() - breakdownLayers;
        } else if (chart == page()->contextChart()) {
            n += page()->contextChart()->markerRedraws() - contextMarkers;
        }
        return n;
    };
    auto* slider = find<QSlider>("contextSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageDown);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    for (QCustomPlot* chart : charts) {
        QVERIFY2(redraws(chart) == 1,
                 qPrintable(QStringLiteral("%1 re-plotted %2 times").arg(chart->objectName()).arg(redraws(chart))));
    }
    QCOMPARE(replots[page()->contextChart()->objectName()], 0);
    QCOMPARE(page()->contextChart()->markerRedraws(), contextMarkers + 1);
    // Nothing changed: nothing is re-plotted.
    replots.clear();
    page()->recompute();
    QCoreApplication::processEvents();
    QCOMPARE(replots[page()->layerStrip()->objectName()], 0);
}

void TestGuiExplorer::sliderStep_withPins_redrawsOnlyTheLiveBars() {
    // With pinned scenarios whose bars set the memory axis, a context step changes the live bars
    // only: the breakdown chart redraws their layer, not the pinned bars, axes and legend; what it
    // draws is still the engine's figure.
    ExplorerState big = controls()->state();
    big.gpus = {{"h100-80gb", 1}};
    big.primary_gpu = "h100-80gb";
    controls()->setState(big);
    m_window->workspace()->pin();
    controls()->setState(ExplorerState{});
    QCoreApplication::processEvents();
    QCOMPARE(page()->breakdownChart()->drawnLoadBars(), 2);
    int full = 0;
    connect(page()->breakdownChart(), &QCustomPlot::afterReplot, this, [&full] { ++full; });
    const int layers = page()->breakdownChart()->layerRedraws();
    auto* slider = find<QSlider>("contextSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Left);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(full, 0);
    QCOMPARE(page()->breakdownChart()->layerRedraws(), layers + 1);
    const sizing::Estimate e = engine(page()->primaryScenario());
    QCOMPARE(kvDrawn(0), sizing::bytesIn(e.kv_cache_bytes, sizing::MemoryUnit::GB));
    // The pinned bar is still drawn with its own figures.
    QVERIFY(page()->breakdownChart()->drawnComponent(1, Component::Weights) > 0);
    QCOMPARE(page()->breakdownChart()->drawnCapacity(1),
             sizing::bytesIn(page()->breakdownChart()->bars()[1].capacity_bytes, sizing::MemoryUnit::GB));
    // Another GPU changes the axis' labels: the whole chart is replotted.
    ExplorerState huge = controls()->state();
    huge.gpus = {{"a100-80gb", 4}};
    huge.primary_gpu = "a100-80gb";
    controls()->setState(huge);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(full, 1);
}

namespace {
// Counts the layout requests a widget receives.
class LayoutRequests : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        count += event->type() == QEvent::LayoutRequest ? 1 : 0;
        return false;
    }
};
} // namespace

void TestGuiExplorer::sliderStep_doesNotRelayoutTheWindow() {
    // A context step changes the summary's numbers, not its height: nothing asks the summary card,
    // and through it the window, to lay out again (a word-wrapped QLabel did, on every step).
    // The window's start-up work settles first: its deferred pass (solvers, the summary's second
    // line), the layouts that follow and this machine's GPU detection, which on a loaded machine
    // could otherwise still be running when the step is taken.
    QTRY_VERIFY(!m_window->machineGpus()->busy());
    page()->flushDeferred();
    {
        LayoutRequests settling;
        page()->summary()->installEventFilter(&settling);
        m_window->installEventFilter(&settling);
        for (int turn = 0; turn < 40; ++turn) {
            const int seen = settling.count;
            QTest::qWait(50);
            if (settling.count == seen && !page()->deferredPending()) {
                break;
            }
        }
        page()->summary()->removeEventFilter(&settling);
        m_window->removeEventFilter(&settling);
    }
    LayoutRequests requests;
    page()->summary()->installEventFilter(&requests);
    m_window->installEventFilter(&requests);
    const QString before = page()->summary()->summary();
    auto* slider = find<QSlider>("contextSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Left);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(page()->summary()->summary() != before);
    QCOMPARE(requests.count, 0);
}

QTEST_MAIN(TestGuiExplorer)
#include "test_gui_explorer.moc"
