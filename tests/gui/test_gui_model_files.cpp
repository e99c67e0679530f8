// Model files in the explorer: opening a GGUF or a safetensors folder (written here with the test
// writers) switches the model and sizes it from the file's exact bytes; a hostile file is refused
// with its problem named and the previous model kept; drag and drop; recent models; the scenario
// file round trip with a file model.
#include "application.h"
#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "core/formats/model_file.h"
#include "core/sizing/estimator.h"
#include "core/sources/local_model_fit.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "launch_panel.h"
#include "local_models_panel.h"
#include "local_models_table.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "model_file_opener.h"
#include "model_file_panel.h"
#include "scenario_document.h"
#include "settings.h"
#include "tests/core/formats/test_file_writers.h"
#include "tests/core/sources/local_store_fixtures.h"
#include "theme.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <filesystem>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui;
using fitscope::testing::GgufWriter;
using fitscope::testing::SafetensorsEntry;

namespace {

// A llama-shaped Q4_K_M GGUF (rows of 256, as K-quants need): Q4_K by default, Q6_K for the output
// and for layer 0's attn_v and ffn_down, F32 norms (llama.cpp's rule, quant-formats.md §1.3).
void writeQ4kmGguf(const std::filesystem::path& path) {
    const std::int64_t vocab = 32, hidden = 256, layers = 2, heads = 4, ff = 512;
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.str("general.name", "Tiny Q4_K_M");
    w.u32("general.file_type", 15);
    w.u32("llama.context_length", 4096);
    w.u32("llama.embedding_length", hidden);
    w.u32("llama.block_count", layers);
    w.u32("llama.feed_forward_length", ff);
    w.u32("llama.attention.head_count", heads);
    w.u32("llama.attention.head_count_kv", heads);
    w.f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    std::vector<std::string> tokens;
    for (std::int64_t i = 0; i < vocab; ++i) {
        tokens.push_back("tok" + std::to_string(i));
    }
    w.strArray("tokenizer.ggml.tokens", tokens);
    constexpr std::uint32_t q4k = 12, q6k = 14, f32 = 0;
    w.tensor("token_embd.weight", {hidden, vocab}, q4k);
    for (std::int64_t i = 0; i < layers; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        w.tensor(p + "attn_norm.weight", {hidden}, f32);
        w.tensor(p + "attn_q.weight", {hidden, hidden}, q4k);
        w.tensor(p + "attn_k.weight", {hidden, hidden}, q4k);
        w.tensor(p + "attn_v.weight", {hidden, hidden}, i == 0 ? q6k : q4k);
        w.tensor(p + "attn_output.weight", {hidden, hidden}, q4k);
        w.tensor(p + "ffn_norm.weight", {hidden}, f32);
        w.tensor(p + "ffn_gate.weight", {hidden, ff}, q4k);
        w.tensor(p + "ffn_up.weight", {hidden, ff}, q4k);
        w.tensor(p + "ffn_down.weight", {ff, hidden}, i == 0 ? q6k : q4k);
    }
    w.tensor("output_norm.weight", {hidden}, f32);
    w.tensor("output.weight", {hidden, vocab}, q6k);
    w.write(path);
}

const char* const kLlamaConfig = R"({
  "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 100, "hidden_size": 64,
  "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
  "max_position_embeddings": 2048, "rms_norm_eps": 1e-5, "tie_word_embeddings": false, "torch_dtype": "bfloat16"
})";

std::vector<SafetensorsEntry> llamaTensors(const std::string& dtype) {
    const std::int64_t h = 64, ff = 128, kv = 32, v = 100;
    std::vector<SafetensorsEntry> out;
    out.push_back({"model.embed_tokens.weight", dtype, {v, h}, {}});
    for (int i = 0; i < 2; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        out.push_back({p + "input_layernorm.weight", dtype, {h}, {}});
        out.push_back({p + "self_attn.q_proj.weight", dtype, {h, h}, {}});
        out.push_back({p + "self_attn.k_proj.weight", dtype, {kv, h}, {}});
        out.push_back({p + "self_attn.v_proj.weight", dtype, {kv, h}, {}});
        out.push_back({p + "self_attn.o_proj.weight", dtype, {h, h}, {}});
        out.push_back({p + "post_attention_layernorm.weight", dtype, {h}, {}});
        out.push_back({p + "mlp.gate_proj.weight", dtype, {ff, h}, {}});
        out.push_back({p + "mlp.up_proj.weight", dtype, {ff, h}, {}});
        out.push_back({p + "mlp.down_proj.weight", dtype, {h, ff}, {}});
    }
    out.push_back({"model.norm.weight", dtype, {h}, {}});
    out.push_back({"lm_head.weight", dtype, {v, h}, {}});
    return out;
}

std::int64_t tensorBytes(const std::vector<SafetensorsEntry>& entries) {
    std::int64_t total = 0;
    for (const SafetensorsEntry& e : entries) {
        total += fitscope::testing::safetensorsBytes(e);
    }
    return total;
}

} // namespace

class TestGuiModelFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openGguf_switchesModelFormatAndExactBytes();
    void openShardedSafetensorsFolder_exactBytes();
    void openPlainSafetensorsFile_exactBytes();
    void hostileFile_showsErrorAndKeepsModel();
    void dropEvent_opensModel();
    void recentModels_listsOpenedFiles();
    void scenarioSaveOpen_keepsFileModel();
    void restart_restoresFileModel();
    void projector_addsItsWeightsImagesAndTheMmprojFlag();
    void localModels_scanOffThreadBadgesAndOpen();
    void localModels_sortAddFolderAndWatch();

private:
    // The "Models on this machine" panel over the store fixture (local_store_fixtures.h), shown from
    // the model picker's button; returns once its first scan is done.
    LocalModelsPanel* showLocalModels();
    ExplorerPage* page() const { return m_window->explorer(); }
    ControlPanel* controls() const { return page()->controls(); }
    std::filesystem::path path(const QString& name) const { return m_dir.filePath(name).toStdString(); }
    void shot(const QString& name);

    QTemporaryDir m_dir;
    fitscope::testing::StoreFixture m_stores;
    QString m_settingsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiModelFiles::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
    writeQ4kmGguf(path(QStringLiteral("tiny-q4km.gguf")));
    // Its vision projector, as convert_hf_to_gguf.py --mmproj writes one (F16 tensors, arch "clip").
    fitscope::testing::GgufWriter projector;
    projector.str("general.architecture", "clip");
    projector.boolean("clip.has_vision_encoder", true);
    projector.tensor("v.blk.0.attn_q.weight", {64, 64}, 1);
    projector.tensor("mm.0.weight", {64, 256}, 1);
    projector.write(path(QStringLiteral("mmproj-tiny-f16.gguf")));
    // A sharded Hugging Face folder with its index, and a plain single-file one.
    const auto sharded = path(QStringLiteral("sharded"));
    std::filesystem::create_directories(sharded);
    fitscope::testing::writeFile(sharded / "config.json", kLlamaConfig);
    const auto tensors = llamaTensors("BF16");
    const std::vector<SafetensorsEntry> first(tensors.begin(), tensors.begin() + 10);
    const std::vector<SafetensorsEntry> second(tensors.begin() + 10, tensors.end());
    fitscope::testing::writeFile(sharded / "model-00001-of-00002.safetensors",
                                 fitscope::testing::safetensorsFile(first));
    fitscope::testing::writeFile(sharded / "model-00002-of-00002.safetensors",
                                 fitscope::testing::safetensorsFile(second));
    std::string index =
        R"({"metadata": {"total_size": )" + std::to_string(tensorBytes(tensors)) + R"(}, "weight_map": {)";
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        index += (i ? "," : "") + std::string("\"") + tensors[i].name + "\": \"model-0000" + (i < 10 ? "1" : "2") +
                 "-of-00002.safetensors\"";
    }
    index += "}}";
    fitscope::testing::writeFile(sharded / "model.safetensors.index.json", index);
    const auto plain = path(QStringLiteral("plain"));
    std::filesystem::create_directories(plain);
    fitscope::testing::writeFile(plain / "config.json", kLlamaConfig);
    fitscope::testing::writeFile(plain / "model.safetensors", fitscope::testing::safetensorsFile(llamaTensors("F16")));
    // Hostile: a GGUF magic followed by an absurd tensor count.
    fitscope::testing::Bytes hostile;
    hostile.u32(0x46554747);
    hostile.u32(3);
    hostile.u64(~0ULL);
    hostile.u64(~0ULL);
    fitscope::testing::writeFile(path(QStringLiteral("hostile.gguf")), hostile.data());
    m_stores = fitscope::testing::writeStoreFixture(path(QStringLiteral("stores")));
}

void TestGuiModelFiles::init() {
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings, QSize(1400, 900), &m_settingsPath);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiModelFiles::cleanup() {
    m_window.reset();
    m_settings.reset();
}

void TestGuiModelFiles::shot(const QString& name) {
    const QString folder = qEnvironmentVariable("FITSCOPE_TEST_SHOTS");
    if (folder.isEmpty()) {
        return;
    }
    page()->detailsTabs()->setCurrentWidget(page()->modelFilePanel());
    page()->flushDeferred();
    QTest::qWait(30);
    m_window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestGuiModelFiles::openGguf_switchesModelFormatAndExactBytes() {
    const QString file = m_dir.filePath(QStringLiteral("tiny-q4km.gguf"));
    QVERIFY(m_window->openConfigPath(file));
    QCOMPARE(controls()->state().model_source, ModelSource::ConfigFile);
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::Q4_K_M);
    const auto info = controls()->modelFileInfo();
    QVERIFY(info);
    QCOMPARE(info->format, formats::ModelFileFormat::Gguf);
    // The estimate's weights are the file's bytes, to the byte.
    const sizing::Estimate e = sizing::estimate(page()->primaryScenario(), sizing::Detail::NumbersOnly);
    QCOMPARE(e.weights.total(), info->weight_bytes);
    QCOMPARE(page()->primaryEstimate().weights.total(), info->weight_bytes);
    QVERIFY(controls()->modelName().contains(QLatin1String("Tiny Q4_K_M")));

    // The model panel: what was read, and the type mix.
    ModelFilePanel* panel = page()->modelFilePanel();
    QCOMPARE(panel->info(), info.get());
    const QStringList types = panel->drawnTypes();
    QVERIFY(types.contains(QLatin1String("Q4_K")));
    QVERIFY(types.contains(QLatin1String("Q6_K")));
    QVERIFY(types.contains(QLatin1String("F32")));
    double bytes = 0;
    for (double b : panel->drawnTypeBytes()) {
        bytes += b;
    }
    QCOMPARE(static_cast<std::int64_t>(bytes), info->weight_bytes);
    QVERIFY(panel->text().contains(QLatin1String("Q4_K_M")));
    QVERIFY(panel->text().contains(QLatin1String("llama")));
    shot(QStringLiteral("model-gguf"));
}

void TestGuiModelFiles::openShardedSafetensorsFolder_exactBytes() {
    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("sharded"))));
    const auto info = controls()->modelFileInfo();
    QVERIFY(info);
    QCOMPARE(info->files.size(), std::size_t(4)); // config.json, the index and two shards
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::BF16);
    QCOMPARE(info->weight_bytes, tensorBytes(llamaTensors("BF16")));
    QCOMPARE(page()->primaryEstimate().weights.total(), info->weight_bytes);
    QVERIFY(!info->parameters_mismatch);
    QVERIFY(page()->modelFilePanel()->text().contains(QLatin1String("agree")));
    shot(QStringLiteral("model-safetensors"));
}

void TestGuiModelFiles::openPlainSafetensorsFile_exactBytes() {
    const QString file = m_dir.filePath(QStringLiteral("plain/model.safetensors"));
    QVERIFY(m_window->openConfigPath(file));
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::FP16);
    QCOMPARE(page()->primaryEstimate().weights.total(), tensorBytes(llamaTensors("F16")));
}

void TestGuiModelFiles::hostileFile_showsErrorAndKeepsModel() {
    const auto before = controls()->model();
    const ExplorerState state = controls()->state();
    const QString file = m_dir.filePath(QStringLiteral("hostile.gguf"));
    QVERIFY(!m_window->openConfigPath(file));
    QCOMPARE(controls()->model(), before);
    QVERIFY(controls()->state() == state);
    const QString error = m_window->modelFiles()->lastError();
    QVERIFY2(error.contains(QLatin1String("hostile.gguf")), qPrintable(error));
    QVERIFY(m_window->modelFiles()->recentFiles().isEmpty());
    // A missing path too.
    QVERIFY(!m_window->openConfigPath(m_dir.filePath(QStringLiteral("nowhere.gguf"))));
    QCOMPARE(controls()->model(), before);
}

void TestGuiModelFiles::dropEvent_opensModel() {
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("tiny-q4km.gguf")))});
    const QPoint at(200, 200);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(controls()->state().model_source, ModelSource::ConfigFile);
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::Q4_K_M);

    // Something FitScope cannot open is not accepted.
    auto* other = new QMimeData;
    other->setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(at, Qt::CopyAction, other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
    delete mime;
    delete other;
}

void TestGuiModelFiles::recentModels_listsOpenedFiles() {
    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("tiny-q4km.gguf"))));
    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("sharded"))));
    const QStringList recent = m_window->modelFiles()->recentFiles();
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.front().endsWith(QLatin1String("sharded")));
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuRecentModels"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    menu->actions().back()->trigger(); // the GGUF again
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::Q4_K_M);
}

void TestGuiModelFiles::scenarioSaveOpen_keepsFileModel() {
    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("tiny-q4km.gguf"))));
    const std::int64_t exact = page()->primaryEstimate().weights.total();
    const QString file = m_dir.filePath(QStringLiteral("gguf.fitscope.json"));
    QString error;
    QVERIFY2(m_window->document()->saveTo(file, &error), qPrintable(error));
    controls()->setState(ExplorerState{});
    QVERIFY2(m_window->document()->openPath(file, &error), qPrintable(error));
    QCOMPARE(controls()->state().model_source, ModelSource::ConfigFile);
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::Q4_K_M);
    // The file is still there: read again for its exact bytes, and shown in the model panel.
    QCOMPARE(page()->primaryEstimate().weights.total(), exact);
    QVERIFY(controls()->modelFileInfo());
}

void TestGuiModelFiles::projector_addsItsWeightsImagesAndTheMmprojFlag() {
    const QString projector = m_dir.filePath(QStringLiteral("mmproj-tiny-f16.gguf"));
    constexpr std::int64_t kProjectorBytes = 2 * (64 * 64 + 64 * 256); // F16
    // Not without a GGUF model: the catalog model on screen stays as it is.
    QVERIFY(!controls()->canAttachProjector());
    QVERIFY(!m_window->modelFiles()->attachProjector(projector));
    QVERIFY(m_window->modelFiles()->lastError().contains(QLatin1String("GGUF")));

    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("tiny-q4km.gguf"))));
    QVERIFY(controls()->canAttachProjector());
    const std::int64_t text_weights = page()->primaryEstimate().weights.total();
    auto* images = controls()->findChild<QSpinBox*>(QStringLiteral("imagesSpin"));
    QVERIFY(images);
    QVERIFY(!images->isVisibleTo(controls())); // a text model takes no images
    // The File menu offers it for a GGUF model.
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionAddProjector"));
    QVERIFY(action);
    auto* file = qobject_cast<QMenu*>(action->parent());
    QVERIFY(file);
    emit file->aboutToShow();
    QVERIFY(action->isEnabled());

    // Another model file is no projector: refused, the model kept.
    const auto before = controls()->model();
    QVERIFY(!m_window->modelFiles()->attachProjector(m_dir.filePath(QStringLiteral("tiny-q4km.gguf"))));
    QVERIFY2(m_window->modelFiles()->lastError().contains(QLatin1String("not a vision projector")),
             qPrintable(m_window->modelFiles()->lastError()));
    QCOMPARE(controls()->model(), before);

    // Dropped on the window, an mmproj file joins the GGUF model on screen.
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(projector)});
    const QPoint at(200, 200);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    delete mime;
    QCOMPARE(controls()->state().projector_path, QFileInfo(projector).absoluteFilePath());
    QVERIFY(controls()->state().config_path.endsWith(QLatin1String("tiny-q4km.gguf"))); // still the model
    QCOMPARE(controls()->modelFileInfo()->files.size(), std::size_t(2));
    QCOMPARE(page()->primaryEstimate().weights.total(), text_weights + kProjectorBytes);
    QVERIFY(images->isVisibleTo(controls())); // now it takes images
    emit file->aboutToShow();
    QVERIFY(!action->isEnabled()); // one projector a model

    // llama-server is told to load it.
    page()->detailsTabs()->setCurrentWidget(page()->launchPanel());
    page()->flushDeferred();
    QCoreApplication::processEvents();
    const QString command = page()->launchPanel()->commandText(plan::LaunchRuntime::LlamaCpp);
    QVERIFY2(command.contains(QLatin1String("--mmproj ")) && command.contains(QLatin1String("mmproj-tiny-f16.gguf")),
             qPrintable(command));

    // Undo takes it away again as one step; redo brings it back.
    QAction* undo = m_window->workspace()->history()->undoAction();
    undo->trigger();
    QVERIFY(controls()->state().projector_path.isEmpty());
    QCOMPARE(page()->primaryEstimate().weights.total(), text_weights);
    m_window->workspace()->history()->redoAction()->trigger();
    QCOMPARE(page()->primaryEstimate().weights.total(), text_weights + kProjectorBytes);

    // A scenario file keeps it, and reopening reads it again with the model.
    const QString saved = m_dir.filePath(QStringLiteral("projector.fitscope.json"));
    QString error;
    QVERIFY2(m_window->document()->saveTo(saved, &error), qPrintable(error));
    controls()->setState(ExplorerState{});
    QVERIFY2(m_window->document()->openPath(saved, &error), qPrintable(error));
    QCOMPARE(controls()->state().projector_path, QFileInfo(projector).absoluteFilePath());
    QCOMPARE(page()->primaryEstimate().weights.total(), text_weights + kProjectorBytes);
    QCOMPARE(controls()->modelFileInfo()->files.size(), std::size_t(2));

    // Opening another model leaves the projector behind.
    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("sharded"))));
    QVERIFY(controls()->state().projector_path.isEmpty());
}

void TestGuiModelFiles::restart_restoresFileModel() {
    QVERIFY(m_window->openConfigPath(m_dir.filePath(QStringLiteral("tiny-q4km.gguf"))));
    const std::int64_t exact = page()->primaryEstimate().weights.total();
    m_window->saveToSettings();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(catalog::Catalog::builtIn(), m_settings.get());
    QCOMPARE(controls()->state().model_source, ModelSource::ConfigFile);
    QCOMPARE(page()->primaryEstimate().weights.total(), exact);
    QVERIFY(controls()->modelFileInfo());
}

LocalModelsPanel* TestGuiModelFiles::showLocalModels() {
    LocalModelsPanel* panel = m_window->localModels();
    sources::StoreEnvironment env;
    env.home = m_stores.home;
    panel->setEnvironment(env);
    // The model picker's button opens the dock; the scan runs on its own thread, so the click returns
    // with the scan still under way and the window responsive.
    auto* button = fitscope::testing::findNamed<QPushButton>(controls(), "localModelsButton");
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dock = fitscope::testing::findNamed<QDockWidget>(m_window.get(), "localModelsDock");
    if (!dock->isVisible() || !panel->scanning()) {
        return nullptr;
    }
    if (!QTest::qWaitFor([panel] { return !panel->scanning(); }, 20000)) {
        return nullptr;
    }
    return panel;
}

namespace {

int rowNamed(const QAbstractItemModel* model, const QString& name) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, LocalModelsTableModel::Name).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

} // namespace

void TestGuiModelFiles::localModels_scanOffThreadBadgesAndOpen() {
    LocalModelsPanel* panel = showLocalModels();
    QVERIFY2(panel != nullptr, "the dock did not open with a scan under way");
    QCOMPARE(panel->modelCount(), 10); // the fixture's stores (no added folder yet)
    const auto* status = fitscope::testing::findNamed<QLabel>(panel, "localModelsStatus");
    QVERIFY2(status->text().contains(QLatin1String("10")), qPrintable(status->text()));
    QAbstractItemModel* table = panel->table()->model();
    const int tag = rowNamed(table, QStringLiteral("qwen3:30b-a3b"));
    QVERIFY(tag >= 0);
    QCOMPARE(table->index(tag, LocalModelsTableModel::Store).data().toString(), QStringLiteral("Ollama"));
    QCOMPARE(table->index(tag, LocalModelsTableModel::Format).data().toString(), QStringLiteral("GGUF"));
    QCOMPARE(table->index(tag, LocalModelsTableModel::Quantization).data().toString(), QStringLiteral("Q4_K_M"));
    QVERIFY(table->index(tag, LocalModelsTableModel::Context).data().toString().contains(QLatin1String("8192")));

    // The badge is the estimator's verdict for the explorer's GPU and context, and follows them.
    auto* source = qobject_cast<LocalModelsTableModel*>(qobject_cast<QSortFilterProxyModel*>(table)->sourceModel());
    QVERIFY(source);
    const auto rowOf = [&](const std::string& name) -> const sources::LocalModelRow* {
        for (const sources::LocalModelRow& row : source->rows()) {
            if (row.model.name == name) {
                return &row;
            }
        }
        return nullptr;
    };
    const auto expected = sources::fitOnGpu(rowOf("qwen3:30b-a3b")->model, page()->primaryScenario());
    QVERIFY(expected);
    QCOMPARE(table->index(tag, LocalModelsTableModel::Fit).data().toString(), theme::verdictText(expected->verdict));
    QCOMPARE(rowOf("qwen3:30b-a3b")->fit->needed_bytes, expected->needed_bytes);
    ExplorerState state = controls()->state();
    state.batch = 64;
    controls()->setState(state);
    page()->flushDeferred();
    QTRY_VERIFY(rowOf("qwen3:30b-a3b")->fit->needed_bytes > expected->needed_bytes);
    QCOMPARE(rowOf("qwen3:30b-a3b")->fit->needed_bytes,
             sources::fitOnGpu(rowOf("qwen3:30b-a3b")->model, page()->primaryScenario())->needed_bytes);
    // Broken entries say so instead of a badge.
    const int gone = rowNamed(table, QStringLiteral("gone:7b"));
    QCOMPARE(table->index(gone, LocalModelsTableModel::Fit).data().toString(), QStringLiteral("broken"));
    QVERIFY(table->index(gone, LocalModelsTableModel::Name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("missing")));

    // Choosing a broken row keeps the model; choosing the Ollama tag opens its blob as a GGUF.
    const QString before = controls()->modelName();
    QVERIFY(!panel->openRow(gone));
    QCOMPARE(controls()->modelName(), before);
    panel->table()->selectRow(rowNamed(table, QStringLiteral("qwen3:30b-a3b")));
    QTest::mouseClick(fitscope::testing::findNamed<QPushButton>(panel, "localModelsOpen"), Qt::LeftButton);
    QCOMPARE(controls()->state().model_source, ModelSource::ConfigFile);
    QCOMPARE(controls()->state().precision.weights, sizing::WeightFormat::Q4_K_M);
    QVERIFY(controls()->modelFileInfo());
    QCOMPARE(std::filesystem::path(controls()->modelFileInfo()->path), m_stores.ollama_gguf_blob);
    shot(QStringLiteral("local-models"));
}

void TestGuiModelFiles::localModels_sortAddFolderAndWatch() {
    LocalModelsPanel* panel = showLocalModels();
    QVERIFY(panel != nullptr);
    QTableView* view = panel->table();
    QAbstractItemModel* table = view->model();
    // A click on the Size header sorts by bytes (numbers, not text); a second click reverses.
    QHeaderView* header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(LocalModelsTableModel::Size) +
                  header->sectionSize(LocalModelsTableModel::Size) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), int(LocalModelsTableModel::Size));
    for (int row = 1; row < table->rowCount(); ++row) {
        const qint64 a =
            table->index(row - 1, LocalModelsTableModel::Size).data(LocalModelsTableModel::SortRole).toLongLong();
        const qint64 b =
            table->index(row, LocalModelsTableModel::Size).data(LocalModelsTableModel::SortRole).toLongLong();
        QVERIFY(first == Qt::AscendingOrder ? a <= b : a >= b);
    }
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(header->sortIndicatorOrder() != first);

    // An added folder is listed and kept in the settings.
    panel->addFolder(QString::fromStdString(m_stores.user_folder.string()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->scanning(), 20000);
    QCOMPARE(panel->modelCount(), 13);
    QVERIFY(m_settings->value(Settings::Key::LocalModelFolders)
                .toStringList()
                .contains(QString::fromStdString(m_stores.user_folder.string())));

    // The store folders are watched: a new download appears without a rescan by hand.
    const std::filesystem::path repo = m_stores.lmstudio / "lmstudio-community" / "Tiny-GGUF";
    QVERIFY(panel->watchedFolders().contains(QString::fromStdString(repo.string())));
    fitscope::testing::writeTinyLlamaGguf(repo / "Tiny-Q4_K_M.gguf", false);
    QTRY_COMPARE_WITH_TIMEOUT(panel->modelCount(), 14, 20000);
    QVERIFY(rowNamed(table, QStringLiteral("lmstudio-community/Tiny-GGUF/Tiny-Q4_K_M.gguf")) >= 0);
    std::filesystem::remove(repo / "Tiny-Q4_K_M.gguf");
    QTRY_COMPARE_WITH_TIMEOUT(panel->modelCount(), 13, 20000);

    // The Folders menu lists the stores scanned and removes an added folder: its models leave the
    // list, the settings forget it, the files stay.
    auto* foldersButton = panel->findChild<QToolButton*>(QStringLiteral("localModelsFolders"));
    QVERIFY(foldersButton != nullptr);
    QAction* remove = nullptr;
    bool listsLmStudio = false;
    for (QAction* action : foldersButton->menu()->actions()) {
        listsLmStudio = listsLmStudio || action->text().startsWith(QLatin1String("LM Studio: "));
        if (action->objectName() == QLatin1String("removeFolder")) {
            remove = action;
        }
    }
    QVERIFY(listsLmStudio);
    QVERIFY(remove != nullptr);
    QCOMPARE(remove->data().toString(), QString::fromStdString(m_stores.user_folder.string()));
    remove->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->scanning(), 20000);
    QVERIFY(panel->modelCount() < 13);
    QVERIFY(panel->folders().isEmpty());
    QVERIFY(m_settings->value(Settings::Key::LocalModelFolders).toStringList().isEmpty());
    QVERIFY(std::filesystem::exists(m_stores.user_folder));
}

QTEST_MAIN(TestGuiModelFiles)
#include "test_gui_model_files.moc"
