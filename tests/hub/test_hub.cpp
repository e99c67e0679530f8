// The hub client against a hub served on 127.0.0.1 by the test (fake_hub.h): a safetensors model
// read from its headers by range requests (bytes served far below the files' sizes), the same
// answer as the local reader on the same files, a GGUF repository's list and a chosen file, a gated
// model, the cache (server stopped, HF_HUB_OFFLINE), and a hub that stalls, sends garbage, loops
// its redirects or cuts a header short. Then fitscope-cli --hf, run as a user would.
#include "../core/formats/test_file_writers.h"
#include "core/formats/model_file.h"
#include "fake_hub.h"
#include "hub/hub_cache.h"
#include "hub/hub_client.h"
#include "hub/hub_error.h"
#include "hub/hub_model_id.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using fitscope::hub::HubError;
using fitscope::testing::FakeHub;
using fitscope::testing::GgufWriter;
using fitscope::testing::SafetensorsEntry;

namespace {

const QString k_commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

QByteArray bytesOf(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// A two-layer llama in two safetensors shards; F32 so the tensor data (~14 MB) dwarfs the headers.
std::map<QString, QByteArray> llamaFiles() {
    const std::int64_t hidden = 256;
    const std::int64_t inter = 768;
    const std::int64_t vocab = 4096;
    std::vector<SafetensorsEntry> first = {{"model.embed_tokens.weight", "F32", {vocab, hidden}, {}}};
    std::vector<SafetensorsEntry> second;
    for (int layer = 0; layer < 2; ++layer) {
        auto& shard = layer == 0 ? first : second;
        const std::string p = "model.layers." + std::to_string(layer) + ".";
        for (const char* name : {"q_proj", "k_proj", "v_proj", "o_proj"}) {
            shard.push_back({p + "self_attn." + name + ".weight", "F32", {hidden, hidden}, {}});
        }
        shard.push_back({p + "mlp.gate_proj.weight", "F32", {inter, hidden}, {}});
        shard.push_back({p + "mlp.up_proj.weight", "F32", {inter, hidden}, {}});
        shard.push_back({p + "mlp.down_proj.weight", "F32", {hidden, inter}, {}});
        shard.push_back({p + "input_layernorm.weight", "F32", {hidden}, {}});
        shard.push_back({p + "post_attention_layernorm.weight", "F32", {hidden}, {}});
    }
    second.push_back({"model.norm.weight", "F32", {hidden}, {}});
    second.push_back({"lm_head.weight", "F32", {vocab, hidden}, {}});
    const char* names[2] = {"model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"};
    std::string weight_map;
    for (int i = 0; i < 2; ++i) {
        for (const SafetensorsEntry& e : i == 0 ? first : second) {
            weight_map += (weight_map.empty() ? "\"" : ",\"") + e.name + "\":\"" + names[i] + "\"";
        }
    }
    std::map<QString, QByteArray> files;
    files[QStringLiteral("config.json")] = R"({"model_type":"llama","architectures":["LlamaForCausalLM"],
        "hidden_size":256,"intermediate_size":768,"num_hidden_layers":2,"num_attention_heads":4,
        "num_key_value_heads":4,"vocab_size":4096,"max_position_embeddings":2048,"tie_word_embeddings":false,
        "rms_norm_eps":1e-5,"torch_dtype":"float32"})";
    files[QStringLiteral("model.safetensors.index.json")] =
        bytesOf("{\"metadata\":{},\"weight_map\":{" + weight_map + "}}");
    files[QString::fromLatin1(names[0])] = bytesOf(fitscope::testing::safetensorsFile(first));
    files[QString::fromLatin1(names[1])] = bytesOf(fitscope::testing::safetensorsFile(second));
    files[QStringLiteral("README.md")] = "# tiny llama\n";
    return files;
}

// A GGUF model whose header (a 20,000-token vocabulary) is larger than the first range, so the
// client has to grow its range; quant picks the tensor type and names the file.
QByteArray ggufModel(std::uint32_t type) {
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.str("general.name", "Tiny GGUF");
    w.u32("general.file_type", type == 8 ? 7 : 15);
    w.u32("llama.context_length", 2048);
    w.u32("llama.embedding_length", 256);
    w.u32("llama.block_count", 1);
    w.u32("llama.feed_forward_length", 512);
    w.u32("llama.attention.head_count", 4);
    w.u32("llama.attention.head_count_kv", 4);
    std::vector<std::string> tokens;
    for (int i = 0; i < 20000; ++i) {
        tokens.push_back("token_" + std::to_string(i));
    }
    w.strArray("tokenizer.ggml.tokens", tokens);
    w.tensor("token_embd.weight", {256, 20000}, type);
    w.tensor("blk.0.attn_norm.weight", {256}, 0);
    for (const char* name : {"attn_q", "attn_k", "attn_v", "attn_output"}) {
        w.tensor(std::string("blk.0.") + name + ".weight", {256, 256}, type);
    }
    w.tensor("blk.0.ffn_norm.weight", {256}, 0);
    w.tensor("blk.0.ffn_gate.weight", {256, 512}, type);
    w.tensor("blk.0.ffn_up.weight", {256, 512}, type);
    w.tensor("blk.0.ffn_down.weight", {512, 256}, type);
    w.tensor("output_norm.weight", {256}, 0);
    w.tensor("output.weight", {256, 20000}, type);
    return bytesOf(w.bytes());
}

} // namespace

class TestHub : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parseId_data();
    void parseId();
    void typedText_data();
    void typedText();
    void safetensors_readsHeadersOnly_sameAsLocalReader();
    void secondOpen_servedFromCache_withServerStopped();
    void offline_usesOnlyTheCache();
    void gguf_listsFiles_thenReadsTheChosenHeader();
    void gated_401_saysGatedAndHowToGiveAToken();
    void missingModel_saysNotFound();
    void stall_timesOutWithAClearMessage();
    void garbage_isAProtocolError();
    void redirectLoop_isRecognised();
    void truncatedHeader_isReported();
    void oversizedHeader_isRefusedFromItsFirstBytes();
    void cache_evictsOldestAndClears();
    void tokenFile_isFound();
    void cli_inspectAndEstimate_withHf();
    void cli_gatedModel_exit2WithAdvice();

private:
    fitscope::hub::HubOptions options() const;
    fitscope::hub::HubModel open(const QString& id, const QString& file = {}) const;
    HubError openError(const QString& id, const QString& file = {}) const;

    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::map<QString, QByteArray> m_llama;
};

void TestHub::init() {
    m_hub = std::make_unique<FakeHub>();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_llama = llamaFiles();
    m_hub->addRepo(QStringLiteral("test-org/tiny-llama"), {k_commit, m_llama, false});
    m_hub->addRepo(QStringLiteral("test-org/gated-llama"), {k_commit, m_llama, true});
    m_hub->addRepo(QStringLiteral("test-org/tiny-GGUF"), {k_commit,
                                                          {{QStringLiteral("tiny-Q4_K_M.gguf"), ggufModel(12)},
                                                           {QStringLiteral("Q8_0/tiny-Q8_0.gguf"), ggufModel(8)},
                                                           {QStringLiteral("README.md"), "gguf"}},
                                                          false});
    QVERIFY(m_hub->start());
}

void TestHub::cleanup() {
    m_hub.reset();
    m_cache.reset();
}

fitscope::hub::HubOptions TestHub::options() const {
    fitscope::hub::HubOptions o;
    o.endpoint = m_hub->endpoint();
    o.cache_dir = m_cache->path();
    o.use_system_proxy = false;
    o.connect_timeout_ms = 5000;
    o.stall_timeout_ms = 5000;
    return o;
}

fitscope::hub::HubModel TestHub::open(const QString& id, const QString& file) const {
    fitscope::hub::HubOpenRequest request{fitscope::hub::parseHubModelId(id), file};
    return fitscope::hub::openHubModel(request, options());
}

HubError TestHub::openError(const QString& id, const QString& file) const {
    try {
        open(id, file);
    } catch (const HubError& error) {
        return error;
    }
    return HubError(HubError::Kind::BadId, "no error");
}

void TestHub::parseId_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("revision");
    QTest::newRow("org/name: main") << "Qwen/Qwen3-8B"
                                    << "Qwen/Qwen3-8B"
                                    << "main";
    QTest::newRow("@revision") << "Qwen/Qwen3-8B@v1.0"
                               << "Qwen/Qwen3-8B"
                               << "v1.0";
    QTest::newRow("pasted page URL with /tree/") << "https://huggingface.co/org/m.x_1/tree/dev"
                                                 << "org/m.x_1"
                                                 << "dev";
    QTest::newRow("no slash: error") << "Qwen3-8B"
                                     << ""
                                     << "";
    QTest::newRow("two slashes: error") << "a/b/c"
                                        << ""
                                        << "";
    QTest::newRow("double dash: error") << "org/a--b"
                                        << ""
                                        << "";
    QTest::newRow("empty revision: error") << "org/name@"
                                           << ""
                                           << "";
    QTest::newRow("space: error") << "org/na me"
                                  << ""
                                  << "";
}

void TestHub::parseId() {
    QFETCH(QString, text);
    QFETCH(QString, repo);
    QFETCH(QString, revision);
    try {
        const auto id = fitscope::hub::parseHubModelId(text);
        QCOMPARE(id.repo, repo);
        QCOMPARE(id.revision, revision);
    } catch (const HubError& error) {
        QVERIFY2(repo.isEmpty(), error.what());
        QCOMPARE(error.kind(), HubError::Kind::BadId);
        QVERIFY(QString::fromStdString(error.what()).contains(QLatin1String("ORG/NAME")));
    }
}

// What the model picker takes for a Hugging Face id when no catalog model matches the typed text.
void TestHub::typedText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id"); // HubModelId::text(); empty: not an id
    QTest::newRow("org/name") << "test-org/tiny-llama"
                              << "test-org/tiny-llama";
    QTest::newRow("spaces around") << "  Qwen/Qwen3-8B "
                                   << "Qwen/Qwen3-8B";
    QTest::newRow("@revision") << "Qwen/Qwen3-8B@v1.0"
                               << "Qwen/Qwen3-8B@v1.0";
    QTest::newRow("model page URL") << "https://huggingface.co/Qwen/Qwen3-8B"
                                    << "Qwen/Qwen3-8B";
    QTest::newRow("hf.co URL with /tree/") << "https://hf.co/org/name/tree/dev"
                                           << "org/name@dev";
    QTest::newRow("the endpoint's own host") << "http://mirror.example:8080/org/name"
                                             << "org/name";
    QTest::newRow("another site: not an id") << "https://github.com/org/name"
                                             << "";
    QTest::newRow("a model name: not an id") << "llama 70b"
                                             << "";
    QTest::newRow("no slash: not an id") << "Qwen3-8B"
                                         << "";
    QTest::newRow("empty: not an id") << ""
                                      << "";
}

void TestHub::typedText() {
    QFETCH(QString, text);
    QFETCH(QString, id);
    const auto parsed = fitscope::hub::hubModelIdInTypedText(text, QStringLiteral("http://mirror.example:8080"));
    QCOMPARE(parsed.has_value(), !id.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->text(), id);
    }
}

void TestHub::safetensors_readsHeadersOnly_sameAsLocalReader() {
    const auto model = open(QStringLiteral("test-org/tiny-llama"));
    const fitscope::formats::ModelFileInfo& info = model.info;
    QCOMPARE(model.commit, k_commit);
    QCOMPARE(info.format, fitscope::formats::ModelFileFormat::Safetensors);
    QVERIFY(info.spec.has_value());
    QCOMPARE(info.tensors.size(), std::size_t{21});
    QVERIFY(!model.from_cache);

    // Only headers: the weight files are ~14 MB, the bytes served a few KB.
    const std::int64_t weights = m_llama.at(QStringLiteral("model-00001-of-00002.safetensors")).size() +
                                 m_llama.at(QStringLiteral("model-00002-of-00002.safetensors")).size();
    QVERIFY2(m_hub->file_bytes_served * 100 < weights,
             qPrintable(QStringLiteral("served %1 of %2").arg(m_hub->file_bytes_served).arg(weights)));
    QVERIFY(model.bytes_downloaded * 100 < weights);
    QCOMPARE(model.repository_bytes, weights + m_llama.at(QStringLiteral("config.json")).size());

    // The same files on disk, read by the local reader: the same tensors, bytes and architecture.
    QTemporaryDir local;
    for (const auto& [name, bytes] : m_llama) {
        fitscope::testing::writeFile((local.path() + QLatin1Char('/') + name).toStdString(), bytes.toStdString());
    }
    const auto expected = fitscope::formats::inspectModelPath(local.path().toStdString());
    QCOMPARE(info.weight_bytes, expected.weight_bytes);
    QCOMPARE(info.tensor_parameters, expected.tensor_parameters);
    QCOMPARE(info.formula_parameters, expected.formula_parameters);
    QCOMPARE(info.tensors.size(), expected.tensors.size());
    QCOMPARE(info.files.size(), expected.files.size());
    QCOMPARE(info.file_bytes, expected.file_bytes);
    QCOMPARE(info.quantization, expected.quantization);
    QCOMPARE(info.spec->num_layers, expected.spec->num_layers);
}

void TestHub::secondOpen_servedFromCache_withServerStopped() {
    const auto first = open(QStringLiteral("test-org/tiny-llama"));
    m_hub->stop();
    const auto second = open(QStringLiteral("test-org/tiny-llama"));
    QVERIFY(second.from_cache);
    QCOMPARE(second.bytes_downloaded, std::int64_t{0});
    QCOMPARE(second.info.weight_bytes, first.info.weight_bytes);
    QCOMPARE(second.info.tensors.size(), first.info.tensors.size());
    QVERIFY(!second.notes.isEmpty()); // says the hub could not be reached
    QVERIFY(second.notes.first().contains(QLatin1String("cached copy")));
}

void TestHub::offline_usesOnlyTheCache() {
    auto o = options();
    o.offline = true;
    fitscope::hub::HubOpenRequest request{fitscope::hub::parseHubModelId(QStringLiteral("test-org/tiny-llama")), {}};
    try {
        fitscope::hub::openHubModel(request, o);
        QFAIL("opened an uncached model offline");
    } catch (const HubError& error) {
        QCOMPARE(error.kind(), HubError::Kind::NotInCache);
        QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("not in the cache")), error.what());
    }
    QCOMPARE(m_hub->requests, 0);
    const auto online = open(QStringLiteral("test-org/tiny-llama"));
    const int requests = m_hub->requests;
    const auto offline = fitscope::hub::openHubModel(request, o);
    QCOMPARE(m_hub->requests, requests); // not one request
    QVERIFY(offline.from_cache);
    QCOMPARE(offline.info.weight_bytes, online.info.weight_bytes);

    // HF_HUB_OFFLINE=1 is what fromEnvironment reads.
    qputenv("HF_HUB_OFFLINE", "1");
    QVERIFY(fitscope::hub::HubOptions::fromEnvironment().offline);
    qputenv("HF_HUB_OFFLINE", "0");
    QVERIFY(!fitscope::hub::HubOptions::fromEnvironment().offline);
    qunsetenv("HF_HUB_OFFLINE");
}

void TestHub::gguf_listsFiles_thenReadsTheChosenHeader() {
    const HubError choose = openError(QStringLiteral("test-org/tiny-GGUF"));
    QCOMPARE(choose.kind(), HubError::Kind::ChooseFile);
    const QString list = QString::fromStdString(choose.what());
    QVERIFY2(list.contains(QLatin1String("Q4_K_M")) && list.contains(QLatin1String("Q8_0/tiny-Q8_0.gguf")),
             choose.what());

    m_hub->file_bytes_served = 0;
    const auto model = open(QStringLiteral("test-org/tiny-GGUF"), QStringLiteral("Q8_0"));
    QCOMPARE(model.gguf_file, QStringLiteral("Q8_0/tiny-Q8_0.gguf"));
    QCOMPARE(model.info.format, fitscope::formats::ModelFileFormat::Gguf);
    QCOMPARE(model.info.quantization, std::string("Q8_0"));
    QCOMPARE(model.gguf_files.size(), std::size_t{2});
    for (const auto& file : model.gguf_files) {
        QVERIFY(file.quantization == QLatin1String("Q4_K_M") || file.quantization == QLatin1String("Q8_0"));
    }
    const std::int64_t file_bytes = ggufModel(8).size();
    // The header (~300 KB of vocabulary) needed more than the first range, and far less than the file.
    QVERIFY2(m_hub->file_bytes_served > 64 * 1024, qPrintable(QString::number(m_hub->file_bytes_served)));
    QVERIFY2(m_hub->file_bytes_served * 4 < file_bytes,
             qPrintable(QStringLiteral("served %1 of %2").arg(m_hub->file_bytes_served).arg(file_bytes)));

    // The same bytes as the local reader.
    QTemporaryDir local;
    const QString path = local.filePath(QStringLiteral("tiny-Q8_0.gguf"));
    fitscope::testing::writeFile(path.toStdString(), ggufModel(8).toStdString());
    const auto expected = fitscope::formats::inspectModelPath(path.toStdString());
    QCOMPARE(model.info.weight_bytes, expected.weight_bytes);
    QCOMPARE(model.info.tensors.size(), expected.tensors.size());
    QCOMPARE(model.info.metadata.size(), expected.metadata.size());

    // By file name too; a name that matches nothing lists the files.
    QCOMPARE(open(QStringLiteral("test-org/tiny-GGUF"), QStringLiteral("tiny-Q4_K_M.gguf")).info.quantization,
             std::string("Q4_K_M"));
    QCOMPARE(openError(QStringLiteral("test-org/tiny-GGUF"), QStringLiteral("Q2_K")).kind(),
             HubError::Kind::ChooseFile);
}

void TestHub::gated_401_saysGatedAndHowToGiveAToken() {
    const HubError error = openError(QStringLiteral("test-org/gated-llama"));
    QCOMPARE(error.kind(), HubError::Kind::Access);
    const QString message = QString::fromStdString(error.what());
    QVERIFY2(message.contains(QLatin1String("gated")), error.what());
    QVERIFY2(message.contains(QLatin1String("HF_TOKEN")) && message.contains(QLatin1String("hf auth login")),
             error.what());
    QVERIFY2(!message.startsWith(QLatin1String("HTTP")), error.what());

    auto o = options();
    o.token = QString::fromLatin1(m_hub->token);
    fitscope::hub::HubOpenRequest request{fitscope::hub::parseHubModelId(QStringLiteral("test-org/gated-llama")), {}};
    QCOMPARE(fitscope::hub::openHubModel(request, o).info.tensors.size(), std::size_t{21});

    o.token = QStringLiteral("hf_wrong");
    o.token_source = QStringLiteral("HF_TOKEN");
    o.cache_dir = m_cache->path() + QStringLiteral("/other");
    try {
        fitscope::hub::openHubModel(request, o);
        QFAIL("a wrong token opened a gated model");
    } catch (const HubError& wrong) {
        QVERIFY2(QString::fromStdString(wrong.what()).contains(QLatin1String("token was sent (from HF_TOKEN)")),
                 wrong.what());
    }
}

void TestHub::missingModel_saysNotFound() {
    const HubError error = openError(QStringLiteral("test-org/no-such-model"));
    QCOMPARE(error.kind(), HubError::Kind::Access); // the Hub answers 401 for unknown ids too
    QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("not found")), error.what());
}

void TestHub::stall_timesOutWithAClearMessage() {
    m_hub->mode = FakeHub::Mode::Stall;
    auto o = options();
    o.connect_timeout_ms = 300;
    o.stall_timeout_ms = 300;
    fitscope::hub::HubOpenRequest request{fitscope::hub::parseHubModelId(QStringLiteral("test-org/tiny-llama")), {}};
    try {
        fitscope::hub::openHubModel(request, o);
        QFAIL("a stalled hub answered");
    } catch (const HubError& error) {
        QCOMPARE(error.kind(), HubError::Kind::Timeout);
        QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("no answer from 127.0.0.1")),
                 error.what());
    }
}

void TestHub::garbage_isAProtocolError() {
    m_hub->mode = FakeHub::Mode::GarbageStatusLine;
    HubError error = openError(QStringLiteral("test-org/tiny-llama"));
    QVERIFY2(error.kind() == HubError::Kind::Protocol || error.kind() == HubError::Kind::Network, error.what());
    QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("127.0.0.1")), error.what());

    m_hub->mode = FakeHub::Mode::GarbageJson;
    error = openError(QStringLiteral("test-org/tiny-llama"));
    QCOMPARE(error.kind(), HubError::Kind::Protocol);
    QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("is HF_ENDPOINT a Hugging Face hub?")),
             error.what());
}

void TestHub::redirectLoop_isRecognised() {
    m_hub->mode = FakeHub::Mode::RedirectLoop;
    const HubError error = openError(QStringLiteral("test-org/tiny-llama"));
    QCOMPARE(error.kind(), HubError::Kind::Protocol);
    QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("redirect loop")), error.what());
}

void TestHub::truncatedHeader_isReported() {
    m_hub->mode = FakeHub::Mode::TruncateRanges;
    const HubError error = openError(QStringLiteral("test-org/tiny-llama"));
    QCOMPARE(error.kind(), HubError::Kind::Format);
    QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("truncated")), error.what());
}

void TestHub::oversizedHeader_isRefusedFromItsFirstBytes() {
    // A header length of 200 MB (the reader's limit is 100 MB) in a file of 300 MB by its listing:
    // refused from the first 8 bytes, nothing more is fetched.
    fitscope::testing::Bytes b;
    b.u64(200'000'000);
    QByteArray file = bytesOf(b.data());
    file += QByteArray(1000, '{');
    m_hub->addRepo(QStringLiteral("test-org/huge-header"),
                   {k_commit, {{QStringLiteral("model.safetensors"), file}}, false});
    const HubError error = openError(QStringLiteral("test-org/huge-header"));
    QCOMPARE(error.kind(), HubError::Kind::Format);
    // The file is shorter than the length claims: the same check as for a local file.
    QVERIFY2(QString::fromStdString(error.what()).contains(QLatin1String("header length 200000000")), error.what());
}

void TestHub::cache_evictsOldestAndClears() {
    fitscope::hub::HubCache cache(m_cache->path());
    cache.write(QStringLiteral("a/old"), QStringLiteral("c1"), fitscope::hub::HubCache::Kind::Tree, {},
                QByteArray(4000, 'x'));
    cache.touch(QStringLiteral("a/old"), QStringLiteral("c1"));
    QTest::qWait(20);
    cache.write(QStringLiteral("a/new"), QStringLiteral("c2"), fitscope::hub::HubCache::Kind::Tree, {},
                QByteArray(4000, 'y'));
    cache.touch(QStringLiteral("a/new"), QStringLiteral("c2"));
    QVERIFY(cache.sizeBytes() >= 8000);
    cache.evict(6000);
    QVERIFY(!cache.read(QStringLiteral("a/old"), QStringLiteral("c1"), fitscope::hub::HubCache::Kind::Tree));
    QVERIFY(cache.read(QStringLiteral("a/new"), QStringLiteral("c2"), fitscope::hub::HubCache::Kind::Tree));
    QVERIFY(cache.clear());
    QCOMPARE(cache.sizeBytes(), std::int64_t{0});
}

void TestHub::tokenFile_isFound() {
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("token"));
    fitscope::testing::writeFile(path.toStdString(), "hf_from_file\n");
    qunsetenv("HF_TOKEN");
    qputenv("HF_TOKEN_PATH", path.toUtf8());
    QString source;
    QCOMPARE(fitscope::hub::findHubToken(&source), QStringLiteral("hf_from_file"));
    QCOMPARE(source, path);
    qunsetenv("HF_TOKEN_PATH");
    qputenv("HF_HOME", home.path().toUtf8());
    QCOMPARE(fitscope::hub::findHubToken(&source), QStringLiteral("hf_from_file"));
    qputenv("HF_TOKEN", "hf_env");
    QCOMPARE(fitscope::hub::findHubToken(&source), QStringLiteral("hf_env"));
    QCOMPARE(source, QStringLiteral("HF_TOKEN"));
    qunsetenv("HF_TOKEN");
    qunsetenv("HF_HOME");
}

namespace {

struct CliResult {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs fitscope-cli while this thread's event loop keeps serving the hub.
CliResult runCli(const QStringList& args, const QString& endpoint, const QString& cache, const QByteArray& token = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HF_ENDPOINT"), endpoint);
    env.insert(QStringLiteral("FITSCOPE_HUB_CACHE"), cache);
    env.insert(QStringLiteral("HF_TOKEN_PATH"), cache + QStringLiteral("/no-token"));
    env.remove(QStringLiteral("HF_TOKEN"));
    env.remove(QStringLiteral("HF_HUB_OFFLINE"));
    if (!token.isEmpty()) {
        env.insert(QStringLiteral("HF_TOKEN"), QString::fromLatin1(token));
    }
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

void TestHub::cli_inspectAndEstimate_withHf() {
    const CliResult inspect =
        runCli({QStringLiteral("inspect"), QStringLiteral("--hf"), QStringLiteral("test-org/tiny-llama"),
                QStringLiteral("--json"), QStringLiteral("--summary")},
               m_hub->endpoint(), m_cache->path());
    QVERIFY2(inspect.exit_code == 0, inspect.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(inspect.out).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("safetensors"));
    QVERIFY(json.value(QStringLiteral("weight_bytes")).toDouble() > 10e6);
    QVERIFY(m_hub->file_bytes_served * 100 < json.value(QStringLiteral("weight_bytes")).toDouble());

    const CliResult estimate =
        runCli({QStringLiteral("estimate"), QStringLiteral("--hf"), QStringLiteral("test-org/tiny-GGUF"),
                QStringLiteral("--hf-file"), QStringLiteral("Q4_K_M"), QStringLiteral("--json")},
               m_hub->endpoint(), m_cache->path());
    QVERIFY2(estimate.exit_code == 0, estimate.err.constData());
    QVERIFY2(QJsonDocument::fromJson(estimate.out).isObject(), estimate.out.constData());

    const CliResult choose =
        runCli({QStringLiteral("estimate"), QStringLiteral("--hf"), QStringLiteral("test-org/tiny-GGUF")},
               m_hub->endpoint(), m_cache->path());
    QCOMPARE(choose.exit_code, 2);
    QVERIFY2(choose.err.contains("Q8_0/tiny-Q8_0.gguf") && choose.err.contains("--hf-file"), choose.err.constData());
}

void TestHub::cli_gatedModel_exit2WithAdvice() {
    const CliResult gated =
        runCli({QStringLiteral("inspect"), QStringLiteral("--hf"), QStringLiteral("test-org/gated-llama")},
               m_hub->endpoint(), m_cache->path());
    QCOMPARE(gated.exit_code, 2);
    QVERIFY2(gated.err.contains("gated") && gated.err.contains("HF_TOKEN"), gated.err.constData());
    const CliResult with_token = runCli({QStringLiteral("inspect"), QStringLiteral("--hf"),
                                         QStringLiteral("test-org/gated-llama"), QStringLiteral("--summary")},
                                        m_hub->endpoint(), m_cache->path(), m_hub->token);
    QVERIFY2(with_token.exit_code == 0, with_token.err.constData());
}

QTEST_GUILESS_MAIN(TestHub)
#include "test_hub.moc"
