// File → Open from Hugging Face… against a hub served on 127.0.0.1 by the test (tests/hub/fake_hub.h):
// an id typed into the dialog opens the model in the explorer with the same figures as the files
// read locally; a GGUF repository lists its models to choose from; an error keeps the dialog and the
// id; Cancel stops a stalled fetch without closing the dialog; offline opens only from the cache,
// which the dialog can clear. The control panel's Hugging Face… button and an id typed into the model
// picker open the same dialog; the fetch's steps show in the status bar; Preferences keep "Work
// offline" and the cache limit, and clear the cache.
#include "control_panel.h"
#include "core/formats/model_file.h"
#include "explorer_page.h"
#include "explorer_state.h"
#include "hub_open_dialog.h"
#include "hub_preferences.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "preferences_dialog.h"
#include "settings.h"
#include "tests/core/formats/test_file_writers.h"
#include "tests/core/sources/local_store_fixtures.h"
#include "tests/hub/fake_hub.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui;
using fitscope::testing::FakeHub;
using fitscope::testing::findNamed;

namespace {

const QString k_commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

QByteArray bytesOf(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

QByteArray readAll(const std::filesystem::path& path) {
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiHubOpen : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typedId_opensTheModelWithTheLocalReadersFigures();
    void ggufRepository_listsItsModels_thenOpensTheChosenOne();
    void unknownModel_keepsTheDialogAndTheId();
    void cancel_stopsAStalledFetch_andKeepsTheDialog();
    void offline_opensFromTheCacheOnly_andTheCacheClears();
    void restoredState_reopensTheModelFromTheCache_withoutTheHub();
    void panelButton_opensTheMenusDialog();
    void pickerHubId_opensTheDialogWithIt_andTheModel();
    void pickerOtherText_saysNoModelMatches();
    void fetchSteps_showInTheStatusBar_untilTheFetchEnds();
    void offlinePreference_persists_andMakesTheDialogOffline();
    void offlineFromTheEnvironment_isShownAndNotSaved();
    void clearCacheInPreferences_emptiesTheCacheFolder();

private:
    HubOpenDialog* openDialog();
    void typeIdAndOpen(HubOpenDialog* dialog, const QString& id);
    void typeInPicker(const QString& text);
    QString cacheDir() const { return m_dir.filePath(QStringLiteral("hub-cache")); }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::filesystem::path m_localLlama; // the same files the hub serves, on disk
    std::filesystem::path m_localGguf;
};

void TestGuiHubOpen::init() {
    QVERIFY(m_dir.isValid());
    namespace fs = std::filesystem;
    m_localLlama = fs::path(m_dir.path().toStdString()) / "tiny-llama";
    fs::create_directories(m_localLlama);
    const std::string config = fitscope::testing::tinyLlamaConfig();
    const std::string weights = fitscope::testing::safetensorsFile(fitscope::testing::tinyLlamaTensors());
    fitscope::testing::writeFile(m_localLlama / "config.json", config);
    fitscope::testing::writeFile(m_localLlama / "model.safetensors", weights);
    m_localGguf = fs::path(m_dir.path().toStdString()) / "tiny-Q8_0.gguf";
    fitscope::testing::writeTinyLlamaGguf(m_localGguf, true);
    const fs::path q4 = fs::path(m_dir.path().toStdString()) / "tiny-Q4_K_M.gguf";
    fitscope::testing::writeTinyLlamaGguf(q4, false);

    m_hub = std::make_unique<FakeHub>();
    m_hub->addRepo(QStringLiteral("test-org/tiny-llama"), {k_commit,
                                                           {{QStringLiteral("config.json"), bytesOf(config)},
                                                            {QStringLiteral("model.safetensors"), bytesOf(weights)}},
                                                           false});
    m_hub->addRepo(QStringLiteral("test-org/tiny-GGUF"),
                   {k_commit,
                    {{QStringLiteral("tiny-Q4_K_M.gguf"), readAll(q4)},
                     {QStringLiteral("Q8_0/tiny-Q8_0.gguf"), readAll(m_localGguf)},
                     {QStringLiteral("README.md"), "gguf"}},
                    false});
    QVERIFY(m_hub->start());
    // The dialog takes its options from the environment, as the Hugging Face tools do.
    qputenv("HF_ENDPOINT", m_hub->endpoint().toUtf8());
    qputenv("FITSCOPE_HUB_CACHE", m_dir.filePath(QStringLiteral("hub-cache")).toUtf8());
    qputenv("FITSCOPE_HUB_TIMEOUT_MS", "3000");
    qputenv("HF_HUB_OFFLINE", "0");
    qunsetenv("HF_TOKEN");
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiHubOpen::cleanup() {
    m_window.reset();
    m_settings.reset();
    m_hub.reset();
    QDir(m_dir.filePath(QStringLiteral("hub-cache"))).removeRecursively();
}

HubOpenDialog* TestGuiHubOpen::openDialog() {
    auto* action = findNamed<QAction>(m_window.get(), "actionOpenHub");
    action->trigger();
    HubOpenDialog* dialog = m_window->hubOpenDialog();
    if (dialog != nullptr) {
        (void)QTest::qWaitForWindowExposed(dialog);
    }
    return dialog;
}

void TestGuiHubOpen::typeIdAndOpen(HubOpenDialog* dialog, const QString& id) {
    auto* edit = findNamed<QLineEdit>(dialog, "hubIdEdit");
    edit->selectAll();
    QTest::keyClicks(edit, id);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubOpenButton"), Qt::LeftButton);
}

void TestGuiHubOpen::typedId_opensTheModelWithTheLocalReadersFigures() {
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-llama"));
    QVERIFY(dialog->isFetching()); // the fetch runs on a worker thread: the click returned at once
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);

    ControlPanel* controls = m_window->explorer()->controls();
    const auto info = controls->modelFileInfo();
    QVERIFY(info != nullptr);
    const formats::ModelFileInfo local = formats::inspectModelPath(m_localLlama.string());
    QCOMPARE(info->weight_bytes, local.weight_bytes);
    QCOMPARE(info->tensors.size(), local.tensors.size());
    QCOMPARE(controls->state().config_path, QStringLiteral("hf://test-org/tiny-llama@") + k_commit);
    QCOMPARE(controls->state().model_source, ModelSource::ConfigFile);
    // A config.json names no model: the repository does.
    QVERIFY2(controls->findChild<QComboBox*>(QStringLiteral("modelCombo"))
                 ->currentText()
                 .startsWith(QLatin1String("test-org/tiny-llama")),
             qPrintable(controls->findChild<QComboBox*>(QStringLiteral("modelCombo"))->currentText()));
    // Only headers crossed the wire: the weights (the safetensors body) were not downloaded.
    QVERIFY(m_hub->file_bytes_served <
            static_cast<std::int64_t>(std::filesystem::file_size(m_localLlama / "model.safetensors")));
}

void TestGuiHubOpen::ggufRepository_listsItsModels_thenOpensTheChosenOne() {
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-GGUF"));
    auto* combo = findNamed<QComboBox>(dialog, "hubGgufCombo");
    QTRY_VERIFY_WITH_TIMEOUT(combo->isVisible(), 10000);
    QVERIFY(dialog->isVisible()); // a choice is asked for, nothing opened yet
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->currentText().startsWith(QLatin1String("Q4_K_M"))); // the usual first choice
    const int q8 = combo->findData(QStringLiteral("Q8_0/tiny-Q8_0.gguf"));
    QVERIFY(q8 >= 0);
    combo->setCurrentIndex(q8);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubOpenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    const auto info = m_window->explorer()->controls()->modelFileInfo();
    QVERIFY(info != nullptr);
    const formats::ModelFileInfo local = formats::inspectModelPath(m_localGguf.string());
    QCOMPARE(info->weight_bytes, local.weight_bytes);
}

void TestGuiHubOpen::unknownModel_keepsTheDialogAndTheId() {
    const auto before = m_window->explorer()->controls()->state().model_id;
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    typeIdAndOpen(dialog, QStringLiteral("test-org/no-such-model"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(QLatin1String("Could not open it")), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("test-org/no-such-model")), qPrintable(dialog->statusText()));
    QCOMPARE(findNamed<QLineEdit>(dialog, "hubIdEdit")->text(), QStringLiteral("test-org/no-such-model"));
    // The whole message is shown (the dialog grew for its wrapped lines), none of it cut off.
    QVERIFY(dialog->height() >= dialog->layout()->totalHeightForWidth(dialog->width()));
    QCOMPARE(m_window->explorer()->controls()->state().model_id, before);
    QVERIFY(m_window->explorer()->controls()->modelFileInfo() == nullptr);

    // Not an id at all: said at once, nothing fetched.
    const int requests = m_hub->requests;
    typeIdAndOpen(dialog, QStringLiteral("not an id"));
    QVERIFY(!dialog->isFetching());
    QVERIFY(dialog->statusText().contains(QLatin1String("Could not open it")));
    QCOMPARE(m_hub->requests, requests);
}

void TestGuiHubOpen::cancel_stopsAStalledFetch_andKeepsTheDialog() {
    m_hub->mode = FakeHub::Mode::Stall;
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-llama"));
    QVERIFY(dialog->isFetching());
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubCancelButton"), Qt::LeftButton);
    // Stopped by the cancel flag (polled every 50 ms), well before the 3 s stall timeout.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 2500);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->statusText(), QStringLiteral("Cancelled."));
    QCOMPARE(findNamed<QLineEdit>(dialog, "hubIdEdit")->text(), QStringLiteral("test-org/tiny-llama"));
    // A second Cancel, with nothing running, closes it.
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubCancelButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
}

void TestGuiHubOpen::offline_opensFromTheCacheOnly_andTheCacheClears() {
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    auto* offline = findNamed<QCheckBox>(dialog, "hubOfflineCheck");
    offline->setChecked(true);
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-llama"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 10000);
    QVERIFY(dialog->isVisible()); // nothing cached yet
    QCOMPARE(m_hub->requests, 0);
    auto* clear = findNamed<QPushButton>(dialog, "hubClearCacheButton");
    QVERIFY(!clear->isEnabled()); // an empty cache

    offline->setChecked(false);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubOpenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);

    // Offline again, with the hub gone: the cache serves it.
    m_hub->stop();
    dialog = openDialog();
    offline->setChecked(true);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubOpenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QVERIFY(m_window->explorer()->controls()->modelFileInfo() != nullptr);

    dialog = openDialog();
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!clear->isEnabled());
    QCOMPARE(dialog->statusText(), QStringLiteral("Cache cleared."));
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubOpenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 10000);
    QVERIFY(dialog->isVisible()); // offline and the cache emptied: nothing to open from
    QVERIFY(dialog->statusText().contains(QLatin1String("Could not open it")));
}

void TestGuiHubOpen::restoredState_reopensTheModelFromTheCache_withoutTheHub() {
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-GGUF"));
    auto* combo = findNamed<QComboBox>(dialog, "hubGgufCombo");
    QTRY_VERIFY_WITH_TIMEOUT(combo->isVisible(), 10000);
    combo->setCurrentIndex(combo->findData(QStringLiteral("Q8_0/tiny-Q8_0.gguf")));
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubOpenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    const ExplorerState state = m_window->explorer()->controls()->state();
    QCOMPARE(state.config_path, QStringLiteral("hf://test-org/tiny-GGUF@%1#Q8_0/tiny-Q8_0.gguf").arg(k_commit));

    // Another window (a restart) given that state, with the hub gone: the model comes from the cache.
    m_hub->stop();
    const int requests = m_hub->requests;
    std::unique_ptr<Settings> settings;
    QTemporaryDir other;
    auto window = fitscope::testing::openMainWindow(other, settings);
    ControlPanel* controls = window->explorer()->controls();
    QVERIFY(controls->modelFileInfo() == nullptr);
    controls->setState(state);
    QCOMPARE(controls->state().config_path, state.config_path); // not replaced by the default model
    QVERIFY(controls->modelFileInfo() != nullptr);
    QCOMPARE(controls->modelFileInfo()->weight_bytes, formats::inspectModelPath(m_localGguf.string()).weight_bytes);
    QCOMPARE(m_hub->requests, requests);
}

void TestGuiHubOpen::typeInPicker(const QString& text) {
    QComboBox* combo = m_window->explorer()->controls()->modelCombo();
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), text);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
}

void TestGuiHubOpen::panelButton_opensTheMenusDialog() {
    ControlPanel* controls = m_window->explorer()->controls();
    auto* button = findNamed<QPushButton>(controls, "hubOpenButton");
    QVERIFY(button->isVisible());
    QVERIFY2(button->toolTip().contains(QLatin1String("Ctrl+Alt+O")), qPrintable(button->toolTip()));
    // The picker says that an id works there too.
    QVERIFY(controls->modelCombo()->lineEdit()->placeholderText().contains(QLatin1String("Hugging Face")));
    QVERIFY(controls->modelCombo()->toolTip().contains(QLatin1String("Hugging Face id")));

    QTest::mouseClick(button, Qt::LeftButton);
    HubOpenDialog* dialog = m_window->hubOpenDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isFetching()); // the button only opens it
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    // File → Open from Hugging Face… shows that same dialog: one instance.
    QCOMPARE(openDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_window->findChildren<HubOpenDialog*>().size(), qsizetype{1});
}

void TestGuiHubOpen::pickerHubId_opensTheDialogWithIt_andTheModel() {
    typeInPicker(QStringLiteral("test-org/tiny-llama"));
    HubOpenDialog* dialog = m_window->hubOpenDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(findNamed<QLineEdit>(dialog, "hubIdEdit")->text(), QStringLiteral("test-org/tiny-llama"));
    QVERIFY(dialog->isFetching()); // started without another click
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    ControlPanel* controls = m_window->explorer()->controls();
    QVERIFY(controls->modelFileInfo() != nullptr);
    QCOMPARE(controls->state().config_path, QStringLiteral("hf://test-org/tiny-llama@") + k_commit);
    QVERIFY(controls->modelCombo()->currentText().startsWith(QLatin1String("test-org/tiny-llama")));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Loaded test-org/tiny-llama")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The model page's address, pasted: the same id, the same model.
    typeInPicker(QStringLiteral("https://huggingface.co/test-org/tiny-GGUF"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(findNamed<QLineEdit>(dialog, "hubIdEdit")->text(), QStringLiteral("test-org/tiny-GGUF"));
    QTRY_VERIFY_WITH_TIMEOUT(findNamed<QComboBox>(dialog, "hubGgufCombo")->isVisible(), 10000);
    dialog->reject();
}

void TestGuiHubOpen::pickerOtherText_saysNoModelMatches() {
    const auto before = m_window->explorer()->controls()->state().model_id;
    typeInPicker(QStringLiteral("zzqx nothing"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("No model matches “zzqx nothing”."));
    QVERIFY(m_window->hubOpenDialog() == nullptr); // not taken for an id: no dialog, no request
    QCOMPARE(m_hub->requests, 0);
    QCOMPARE(m_window->explorer()->controls()->state().model_id, before);
}

void TestGuiHubOpen::fetchSteps_showInTheStatusBar_untilTheFetchEnds() {
    m_hub->mode = FakeHub::Mode::Stall;
    typeInPicker(QStringLiteral("test-org/tiny-llama"));
    HubOpenDialog* dialog = m_window->hubOpenDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isFetching());
    QStatusBar* status = m_window->statusBar();
    QCOMPARE(status->currentMessage(), dialog->statusText());
    // The worker's first step (the revision it resolves, where the hub stalls) reaches both.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QLatin1String("Reading")), 2500);
    QCOMPARE(status->currentMessage(), dialog->statusText());
    QTest::mouseClick(findNamed<QPushButton>(dialog, "hubCancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 2500);
    QVERIFY2(status->currentMessage().isEmpty(), qPrintable(status->currentMessage())); // cleared at the end
}

void TestGuiHubOpen::offlinePreference_persists_andMakesTheDialogOffline() {
    // Fetched once with the network on, so the cache holds it.
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    auto* offline = findNamed<QCheckBox>(dialog, "hubOfflineCheck");
    QVERIFY(!offline->isChecked());
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-llama"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    {
        PreferencesDialog preferences(m_settings.get(), m_window.get());
        QVERIFY(preferences.hubOfflineCheck()->isEnabled());
        QVERIFY(!preferences.hubOfflineCheck()->isChecked());
        QCOMPARE(preferences.hubCacheLimitSpin()->value(), static_cast<int>(hub::HubOptions{}.cache_max_bytes >> 20));
        preferences.hubOfflineCheck()->setChecked(true);
        preferences.hubCacheLimitSpin()->setValue(100);
        const PreferencesDialog::Changes changes = preferences.save();
        QVERIFY(changes.testFlag(PreferencesDialog::HubChanged));
        m_window->applyPreferences(changes);
    }
    // Kept: another settings object over the same file reads both back, and so does the dialog.
    Settings reread(m_settings->fileName());
    QVERIFY(reread.value(Settings::Key::HubOffline).toBool());
    QCOMPARE(hubOptionsWithPreferences(&reread).cache_max_bytes, std::int64_t{100} << 20);
    QVERIFY(hubOptionsWithPreferences(&reread).offline);
    PreferencesDialog reopened(&reread);
    QVERIFY(reopened.hubOfflineCheck()->isChecked());
    QCOMPARE(reopened.hubCacheLimitSpin()->value(), 100);
    QCOMPARE(dialog->options().cache_max_bytes, std::int64_t{100} << 20);

    // The dialog starts offline now. With the hub gone the cached model opens; one never fetched is
    // said to be missing from the cache, and nothing is asked of the network.
    m_hub->stop();
    const int requests = m_hub->requests;
    QTest::mouseClick(findNamed<QPushButton>(m_window->explorer()->controls(), "hubOpenButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(offline->isChecked());
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-llama"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QCOMPARE(m_window->explorer()->controls()->state().config_path,
             QStringLiteral("hf://test-org/tiny-llama@") + k_commit);

    QTest::mouseClick(findNamed<QPushButton>(m_window->explorer()->controls(), "hubOpenButton"), Qt::LeftButton);
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-GGUF"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(QLatin1String("not in the cache")), qPrintable(dialog->statusText()));
    QCOMPARE(m_hub->requests, requests);
}

void TestGuiHubOpen::offlineFromTheEnvironment_isShownAndNotSaved() {
    qputenv("HF_HUB_OFFLINE", "1");
    {
        PreferencesDialog preferences(m_settings.get(), m_window.get());
        QVERIFY(preferences.hubOfflineCheck()->isChecked());
        QVERIFY(!preferences.hubOfflineCheck()->isEnabled());
        QVERIFY(preferences.hubOfflineCheck()->toolTip().contains(QLatin1String("HF_HUB_OFFLINE")));
        QVERIFY(findNamed<QLabel>(&preferences, "hubOfflineForcedNote")->isVisibleTo(&preferences));
        preferences.save();
    }
    // The dialog cannot turn it off for one fetch either.
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    auto* offline = findNamed<QCheckBox>(dialog, "hubOfflineCheck");
    QVERIFY(offline->isChecked());
    QVERIFY(!offline->isEnabled());
    QVERIFY(offline->toolTip().contains(QLatin1String("HF_HUB_OFFLINE")));
    dialog->reject();
    // The environment's choice is not taken for the user's: without it, the preference is still off.
    QVERIFY(!m_settings->value(Settings::Key::HubOffline).toBool());
    QVERIFY(hubOptionsWithPreferences(m_settings.get()).offline);
    qputenv("HF_HUB_OFFLINE", "0");
    QVERIFY(!hubOptionsWithPreferences(m_settings.get()).offline);
}

void TestGuiHubOpen::clearCacheInPreferences_emptiesTheCacheFolder() {
    HubOpenDialog* dialog = openDialog();
    QVERIFY(dialog != nullptr);
    typeIdAndOpen(dialog, QStringLiteral("test-org/tiny-llama"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QVERIFY(!QDir(cacheDir()).isEmpty());

    PreferencesDialog preferences(m_settings.get(), m_window.get());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QPushButton* clear = preferences.hubClearCacheButton();
    auto* size = findNamed<QLabel>(&preferences, "hubCacheSizeLabel");
    QVERIFY(clear->isEnabled());
    const QString before = size->text();
    QVERIFY(before != QLatin1String("Empty"));
    QCOMPARE(findNamed<QLabel>(&preferences, "hubCacheFolderLabel")->text(), QDir::toNativeSeparators(cacheDir()));

    // Asked first, naming the size; Cancel keeps everything.
    QTest::mouseClick(clear, Qt::LeftButton);
    QPointer<QMessageBox> confirm = findNamed<QMessageBox>(&preferences, "hubClearCacheConfirm");
    QVERIFY(confirm->isVisible());
    QVERIFY2(confirm->text().contains(before), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(confirm.isNull());
    QVERIFY(!QDir(cacheDir()).isEmpty());

    QTest::mouseClick(clear, Qt::LeftButton);
    confirm = findNamed<QMessageBox>(&preferences, "hubClearCacheConfirm");
    QTest::mouseClick(findNamed<QPushButton>(confirm.data(), "hubClearCacheConfirmButton"), Qt::LeftButton);
    QVERIFY(!QDir(cacheDir()).exists() || QDir(cacheDir()).isEmpty());
    QVERIFY(!clear->isEnabled());
    QVERIFY2(size->text().contains(QLatin1String("freed")), qPrintable(size->text()));
    preferences.reject();

    // The Hugging Face dialog sees the empty cache too.
    dialog = openDialog();
    QVERIFY(!findNamed<QPushButton>(dialog, "hubClearCacheButton")->isEnabled());
}

QTEST_MAIN(TestGuiHubOpen)
#include "test_gui_hub_open.moc"
