#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace fitscope::gui {

// The user interface language: FitScope's own translations (compiled from translations/*.ts and
// embedded under :/i18n) and Qt's for the standard dialogs (qtbase_*.qm from Qt's translations
// folder). It also makes numbers follow the language: QLocale::setDefault for Qt's formatting and
// sizing::setNumberStyle for core's formatters (sizes, counts, the derivation).
class Translator : public QObject {
    Q_OBJECT

public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override;

    // The languages FitScope is translated into, as locale names ("de", "es", "zh_CN"), English first.
    static QStringList availableLanguages();
    // A language's name in that language ("Deutsch"), for the preferences.
    static QString nativeName(const QString& language);
    // The language the system asks for, if FitScope has it, else "en".
    static QString systemLanguage();

    // Installs the translators for language ("" = the system's) and applies its number style.
    // Installing sends QEvent::LanguageChange to every widget. Returns the language in use.
    QString install(const QString& language);
    QString language() const { return m_language; }

    // Core's NumberStyle from a locale: "1.234,5" in German, "1,234.5" in English and Chinese.
    static void applyNumberStyle(const QLocale& locale);

private:
    void removeAll();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace fitscope::gui
