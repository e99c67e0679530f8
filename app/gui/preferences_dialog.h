#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fitscope::gui {

class Settings;

// Edit → Preferences: units, theme, language, the default runtime and its options, the user
// catalog's location and Hugging Face (work offline; the hub cache's folder, size and limit, and a
// button that clears it at once). Reads Settings when shown and writes it on OK; what changed is
// reported so the window can apply it: units, theme and the Hugging Face options at once; language
// and catalog by reopening the window (main_window.h, relaunchRequested), which keeps the scenario.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    enum Change {
        NoChange = 0,
        UnitChanged = 1,
        ThemeChanged = 2,
        LanguageChanged = 4,
        CatalogChanged = 8,
        DefaultsChanged = 16,
        HubChanged = 32 // offline or the cache limit: the Hugging Face dialog takes the new options
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);

    void load();    // settings -> widgets
    Changes save(); // widgets -> settings; what differs from before

    QComboBox* languageCombo() const { return m_language; }
    QComboBox* themeCombo() const { return m_theme; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* runtimeCombo() const { return m_runtime; }
    QDoubleSpinBox* overheadSpin() const { return m_overhead; }
    QDoubleSpinBox* gpuMemoryUtilizationSpin() const { return m_gpuMemory; }
    QComboBox* flashAttentionCombo() const { return m_flashAttention; }
    QLineEdit* catalogEdit() const { return m_catalog; }
    QCheckBox* hubOfflineCheck() const { return m_hubOffline; }
    QSpinBox* hubCacheLimitSpin() const { return m_hubCacheLimit; }
    QPushButton* hubClearCacheButton() const { return m_hubClearCache; }

private:
    void restoreDefaults();
    void browseCatalog();
    void refreshHubCache();
    void confirmClearHubCache(); // asks first, naming what is freed; clears at once (not on OK)

    Settings* m_settings = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_runtime = nullptr;
    QDoubleSpinBox* m_overhead = nullptr;
    QDoubleSpinBox* m_gpuMemory = nullptr;
    QComboBox* m_flashAttention = nullptr;
    QLineEdit* m_catalog = nullptr;
    QString m_hubCacheDir;
    QCheckBox* m_hubOffline = nullptr;
    QSpinBox* m_hubCacheLimit = nullptr;
    QLabel* m_hubCacheSize = nullptr;
    QPushButton* m_hubClearCache = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PreferencesDialog::Changes)

} // namespace fitscope::gui
