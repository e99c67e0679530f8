#include "preferences_dialog.h"

#include "core/sizing/scenario.h"
#include "format_text.h"
#include "hub/hub_cache.h"
#include "hub/hub_options.h"
#include "hub_preferences.h"
#include "settings.h"
#include "translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fitscope::gui {

namespace {

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void describe(QWidget* w, const QString& name, const QString& description) {
    w->setAccessibleName(name);
    w->setAccessibleDescription(description);
    w->setToolTip(description);
}

void selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Appearance
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default (%1)").arg(Translator::nativeName(Translator::systemLanguage())), QString());
    for (const QString& language : Translator::availableLanguages()) {
        m_language->addItem(Translator::nativeName(language), language);
    }
    describe(m_language, tr("Language"),
             tr("The language of the window. Numbers follow it too. The window reopens at once in the new "
                "language; the scenario is kept."));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    describe(m_theme, tr("Theme"), tr("Light or dark colours for the window and the charts, applied at once."));

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("preferencesUnitCombo"));
    m_unit->addItem(tr("GB (10⁹ bytes, as the article and datasheets)"), QStringLiteral("GB"));
    m_unit->addItem(tr("GiB (2³⁰ bytes, as nvidia-smi)"), QStringLiteral("GiB"));
    describe(m_unit, tr("Memory units"), tr("How memory sizes are shown everywhere in the window."));

    // Default runtime
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("defaultRuntimeCombo"));
    for (const sizing::RuntimeInfo& info : sizing::allRuntimes()) {
        m_runtime->addItem(FormatText::translate(info.display_name), qs(info.id));
        m_runtime->setItemData(m_runtime->count() - 1, FormatText::translate(info.description), Qt::ToolTipRole);
    }
    describe(m_runtime, tr("Default runtime"), tr("The runtime profile a new or reset scenario starts with."));

    m_overhead = new QDoubleSpinBox(this);
    m_overhead->setObjectName(QStringLiteral("defaultOverheadSpin"));
    m_overhead->setRange(0, 200);
    m_overhead->setDecimals(0);
    m_overhead->setSingleStep(5);
    m_overhead->setSuffix(QStringLiteral(" %"));
    describe(m_overhead, tr("Default overhead"),
             tr("The simple profile's flat overhead on top of the weights (the article suggests 20–30 %)."));

    m_gpuMemory = new QDoubleSpinBox(this);
    m_gpuMemory->setObjectName(QStringLiteral("gpuMemoryUtilizationSpin"));
    m_gpuMemory->setRange(0.10, 1.00);
    m_gpuMemory->setDecimals(2);
    m_gpuMemory->setSingleStep(0.01);
    describe(m_gpuMemory, tr("vLLM GPU memory utilization"),
             tr("The share of each GPU's memory vLLM takes at start-up (--gpu-memory-utilization; 0.90 by "
                "default)."));

    m_flashAttention = new QComboBox(this);
    m_flashAttention->setObjectName(QStringLiteral("flashAttentionCombo"));
    describe(m_flashAttention, tr("llama.cpp flash attention"),
             tr("Whether llama.cpp runs with flash attention (-fa), which shrinks its compute buffer and allows a "
                "quantized V cache. Auto, llama.cpp's default, turns it on wherever the device runs it."));
    for (const sizing::FlashAttention fa :
         {sizing::FlashAttention::Auto, sizing::FlashAttention::On, sizing::FlashAttention::Off}) {
        const QString text = fa == sizing::FlashAttention::Auto ? tr("Auto (on)")
                             : fa == sizing::FlashAttention::On ? tr("On")
                                                                : tr("Off");
        m_flashAttention->addItem(text, QString::fromLatin1(sizing::flashAttentionId(fa).data()));
    }

    // Files
    m_catalog = new QLineEdit(this);
    m_catalog->setObjectName(QStringLiteral("catalogPathEdit"));
    m_catalog->setClearButtonEnabled(true);
    m_catalog->setPlaceholderText(
        m_settings != nullptr
            ? QDir::toNativeSeparators(QDir(m_settings->folder()).filePath(QStringLiteral("catalog.json")))
            : QString());
    describe(m_catalog, tr("User catalog file"),
             tr("A catalog.json with your own models and GPUs, merged with the built-in catalog. Empty: "
                "catalog.json in FitScope's settings folder."));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("catalogBrowseButton"));
    describe(browse, tr("Browse for the catalog file"), tr("Chooses the user catalog file in a file dialog."));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseCatalog);

    // Hugging Face
    m_hubCacheDir = hub::HubOptions::fromEnvironment().cache_dir;
    m_hubOffline = new QCheckBox(tr("&Work offline (use only the cache)"), this);
    m_hubOffline->setObjectName(QStringLiteral("hubOfflinePreference"));
    describe(m_hubOffline, tr("Work offline"),
             tr("Models from Hugging Face open only from what was fetched before; FitScope never connects to the "
                "Hub. The Open from Hugging Face dialog starts with its Offline box set accordingly."));
    auto* offlineForced = new QLabel(
        tr("HF_HUB_OFFLINE is set in the environment, so FitScope works offline whatever is chosen here."), this);
    offlineForced->setObjectName(QStringLiteral("hubOfflineForcedNote"));
    offlineForced->setWordWrap(true);
    offlineForced->setStyleSheet(QStringLiteral("color: #59636e; font-size: 9pt;"));
    if (hubOfflineForcedByEnvironment()) {
        m_hubOffline->setEnabled(false);
        m_hubOffline->setToolTip(offlineForced->text());
    } else {
        offlineForced->hide();
    }
    m_hubCacheLimit = new QSpinBox(this);
    m_hubCacheLimit->setObjectName(QStringLiteral("hubCacheLimitSpin"));
    m_hubCacheLimit->setRange(kHubCacheLimitMinMiB, kHubCacheLimitMaxMiB);
    m_hubCacheLimit->setSingleStep(64);
    m_hubCacheLimit->setSuffix(tr(" MiB"));
    describe(m_hubCacheLimit, tr("Cache limit"),
             tr("The most the Hugging Face cache keeps (configs and weight-file headers); beyond it the models "
                "used longest ago are removed."));
    auto* cacheFolder = new QLabel(QDir::toNativeSeparators(m_hubCacheDir), this);
    cacheFolder->setObjectName(QStringLiteral("hubCacheFolderLabel"));
    cacheFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cacheFolder->setWordWrap(true);
    m_hubCacheSize = new QLabel(this);
    m_hubCacheSize->setObjectName(QStringLiteral("hubCacheSizeLabel"));
    m_hubClearCache = new QPushButton(tr("Cl&ear cache…"), this);
    m_hubClearCache->setObjectName(QStringLiteral("hubClearCacheButton"));
    describe(m_hubClearCache, tr("Clear the Hugging Face cache"),
             tr("Removes everything fetched from Hugging Face; models are fetched again when next opened."));
    connect(m_hubClearCache, &QPushButton::clicked, this, &PreferencesDialog::confirmClearHubCache);

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Units:"), m_unit);

    auto* runtime = new QGroupBox(tr("Default runtime"), this);
    auto* runtimeForm = new QFormLayout(runtime);
    runtimeForm->addRow(tr("&Runtime:"), m_runtime);
    runtimeForm->addRow(tr("Simple profile's &overhead:"), m_overhead);
    runtimeForm->addRow(tr("vLLM GPU &memory utilization:"), m_gpuMemory);
    runtimeForm->addRow(tr("llama.cpp &flash attention (-fa):"), m_flashAttention);

    auto* files = new QGroupBox(tr("Files"), this);
    auto* filesForm = new QFormLayout(files);
    auto* catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalog, 1);
    catalogRow->addWidget(browse);
    auto* catalogLabel = new QLabel(tr("User &catalog:"), files);
    catalogLabel->setBuddy(m_catalog);
    filesForm->addRow(catalogLabel, catalogRow);

    auto* hubGroup = new QGroupBox(tr("Hugging Face"), this);
    hubGroup->setObjectName(QStringLiteral("hubPreferences"));
    auto* hubForm = new QFormLayout(hubGroup);
    hubForm->addRow(QString(), m_hubOffline);
    hubForm->addRow(QString(), offlineForced);
    hubForm->addRow(tr("Cache folder:"), cacheFolder);
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_hubCacheSize, 1);
    cacheRow->addWidget(m_hubClearCache);
    hubForm->addRow(tr("Cache size:"), cacheRow);
    hubForm->addRow(tr("Cache l&imit:"), m_hubCacheLimit);

    auto* note = new QLabel(tr("Units and theme apply at once. A new language or catalog reopens the window at "
                               "once, with the same scenario."),
                            this);
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(runtime);
    layout->addWidget(files);
    layout->addWidget(hubGroup);
    layout->addWidget(note);
    layout->addWidget(buttons);
    load();
    refreshHubCache();
}

void PreferencesDialog::load() {
    if (m_settings == nullptr) {
        return;
    }
    using Key = Settings::Key;
    selectData(m_language, m_settings->value(Key::Language).toString());
    selectData(m_theme, m_settings->value(Key::Theme).toString());
    selectData(m_unit, m_settings->value(Key::Unit).toString());
    selectData(m_runtime, m_settings->value(Key::DefaultRuntime).toString());
    m_overhead->setValue(m_settings->defaultState().overhead_fraction * 100.0);
    bool ok = false;
    const double utilization = m_settings->value(Key::DefaultGpuMemoryUtilization).toDouble(&ok);
    m_gpuMemory->setValue(ok ? utilization : Settings::defaultValue(Key::DefaultGpuMemoryUtilization).toDouble());
    selectData(
        m_flashAttention,
        QString::fromLatin1(
            sizing::flashAttentionId(m_settings->defaultState().engine.runtime.llamacpp.flash_attention).data()));
    m_catalog->setText(QDir::toNativeSeparators(m_settings->value(Key::CatalogPath).toString()));
    m_hubOffline->setChecked(hubOfflineForcedByEnvironment() || m_settings->value(Key::HubOffline).toBool());
    m_hubCacheLimit->setValue(static_cast<int>(hubOptionsWithPreferences(m_settings).cache_max_bytes >> 20));
}

void PreferencesDialog::restoreDefaults() {
    using Key = Settings::Key;
    selectData(m_language, Settings::defaultValue(Key::Language));
    selectData(m_theme, Settings::defaultValue(Key::Theme));
    selectData(m_unit, Settings::defaultValue(Key::Unit));
    selectData(m_runtime, Settings::defaultValue(Key::DefaultRuntime));
    m_overhead->setValue(Settings::defaultValue(Key::DefaultOverhead).toDouble() * 100.0);
    m_gpuMemory->setValue(Settings::defaultValue(Key::DefaultGpuMemoryUtilization).toDouble());
    selectData(m_flashAttention, Settings::defaultValue(Key::DefaultFlashAttention));
    m_catalog->clear();
    m_hubOffline->setChecked(hubOfflineForcedByEnvironment() || Settings::defaultValue(Key::HubOffline).toBool());
    m_hubCacheLimit->setValue(Settings::defaultValue(Key::HubCacheLimitMiB).toInt());
}

void PreferencesDialog::refreshHubCache() {
    // A bounded folder of configs and headers (hub_cache.h): summing it is quick enough for the GUI thread.
    const std::int64_t bytes = hub::HubCache(m_hubCacheDir).sizeBytes();
    m_hubCacheSize->setText(bytes > 0 ? QLocale().formattedDataSize(bytes) : tr("Empty"));
    m_hubClearCache->setEnabled(bytes > 0);
}

void PreferencesDialog::confirmClearHubCache() {
    const std::int64_t bytes = hub::HubCache(m_hubCacheDir).sizeBytes();
    const QString size = QLocale().formattedDataSize(bytes);
    // Window-modal and not exec(): nothing waits in a nested event loop.
    auto* confirm = new QMessageBox(
        QMessageBox::Question, tr("Clear the Hugging Face cache"),
        tr("Remove the %1 of configs and headers fetched from Hugging Face in %2? Models are fetched again when "
           "next opened.")
            .arg(size, QDir::toNativeSeparators(m_hubCacheDir)),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("hubClearCacheConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* clear = confirm->addButton(tr("Clear %1").arg(size), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("hubClearCacheConfirmButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(clear, &QPushButton::clicked, this, [this] {
        const std::int64_t before = hub::HubCache(m_hubCacheDir).sizeBytes();
        const bool cleared = hub::HubCache(m_hubCacheDir).clear();
        refreshHubCache();
        const std::int64_t freed = before - hub::HubCache(m_hubCacheDir).sizeBytes();
        m_hubCacheSize->setText(
            cleared ? tr("Empty: %1 freed").arg(QLocale().formattedDataSize(freed))
                    : tr("Could not clear everything in %1.").arg(QDir::toNativeSeparators(m_hubCacheDir)));
    });
    confirm->open();
}

void PreferencesDialog::browseCatalog() {
    const QString start = m_catalog->text().isEmpty() ? m_catalog->placeholderText() : m_catalog->text();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the user catalog"), start, tr("Catalog (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_catalog->setText(QDir::toNativeSeparators(path));
    }
}

PreferencesDialog::Changes PreferencesDialog::save() {
    Changes changes;
    if (m_settings == nullptr) {
        return changes;
    }
    using Key = Settings::Key;
    const auto store = [this, &changes](Key key, const QVariant& value, Change change) {
        // Compared as text: the INI file gives every value back as a string.
        if (m_settings->value(key).toString() != value.toString()) {
            m_settings->setValue(key, value);
            changes |= change;
        }
    };
    store(Key::Language, m_language->currentData().toString(), LanguageChanged);
    store(Key::Theme, m_theme->currentData().toString(), ThemeChanged);
    store(Key::Unit, m_unit->currentData().toString(), UnitChanged);
    store(Key::DefaultRuntime, m_runtime->currentData().toString(), DefaultsChanged);
    store(Key::DefaultOverhead, m_overhead->value() / 100.0, DefaultsChanged);
    store(Key::DefaultGpuMemoryUtilization, m_gpuMemory->value(), DefaultsChanged);
    store(Key::DefaultFlashAttention, m_flashAttention->currentData().toString(), DefaultsChanged);
    store(Key::CatalogPath, QDir::fromNativeSeparators(m_catalog->text().trimmed()), CatalogChanged);
    if (!hubOfflineForcedByEnvironment()) { // the environment's choice is not the user's preference
        store(Key::HubOffline, m_hubOffline->isChecked(), HubChanged);
    }
    store(Key::HubCacheLimitMiB, m_hubCacheLimit->value(), HubChanged);
    m_settings->sync();
    return changes;
}

} // namespace fitscope::gui
