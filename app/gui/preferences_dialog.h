#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace fitscope::gui {

class Settings;

// Edit → Preferences: units, theme, language, the default runtime and its options, and the user
// catalog's location. Reads Settings when shown and writes it on OK; what changed is reported so
// the window can apply it: units and theme at once; language and catalog by reopening the window
// (main_window.h, relaunchRequested), which keeps the scenario.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    enum Change {
        NoChange = 0,
        UnitChanged = 1,
        ThemeChanged = 2,
        LanguageChanged = 4,
        CatalogChanged = 8,
        DefaultsChanged = 16
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
    QCheckBox* flashAttentionCheck() const { return m_flashAttention; }
    QLineEdit* catalogEdit() const { return m_catalog; }

private:
    void restoreDefaults();
    void browseCatalog();

    Settings* m_settings = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_runtime = nullptr;
    QDoubleSpinBox* m_overhead = nullptr;
    QDoubleSpinBox* m_gpuMemory = nullptr;
    QCheckBox* m_flashAttention = nullptr;
    QLineEdit* m_catalog = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PreferencesDialog::Changes)

} // namespace fitscope::gui
