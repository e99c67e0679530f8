// Model files in the explorer: opening a GGUF or a safetensors folder (written here with the test
// writers) switches the model and sizes it from the file's exact bytes; a hostile file is refused
// with its problem named and the previous model kept; drag and drop; recent models; the scenario
// file round trip with a file model.
#include "application.h"
#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "core/formats/model_file.h"
#include "core/sizing/estimator.h"
#include "explorer_page.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "model_file_opener.h"
#include "model_file_panel.h"
#include "scenario_document.h"
#include "settings.h"
#include "tests/core/formats/test_file_writers.h"

#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

private:
    ExplorerPage* page() const { return m_window->explorer(); }
    ControlPanel* controls() const { return page()->controls(); }
    std::filesystem::path path(const QString& name) const { return m_dir.filePath(name).toStdString(); }
    void shot(const QString& name);

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiModelFiles::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
    writeQ4kmGguf(path(QStringLiteral("tiny-q4km.gguf")));
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

QTEST_MAIN(TestGuiModelFiles)
#include "test_gui_model_files.moc"
