#include "translator.h"

#include "core/sizing/units.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace fitscope::gui {

namespace {

constexpr const char* kResourceFolder = ":/i18n"; // qt_add_translations' RESOURCE_PREFIX

QString qmPath(const QString& language) {
    return QStringLiteral("%1/fitscope_%2.qm").arg(QLatin1String(kResourceFolder), language);
}

} // namespace

Translator::Translator(QObject* parent)
    : QObject(parent) {}

Translator::~Translator() {
    removeAll();
}

QStringList Translator::availableLanguages() {
    QStringList languages{QStringLiteral("en")};
    // Whatever the build embedded: a new .ts in translations/ appears here with no code change.
    const QStringList files = QDir(QLatin1String(kResourceFolder)).entryList({QStringLiteral("fitscope_*.qm")});
    for (const QString& file : files) {
        languages << QFileInfo(file).completeBaseName().mid(static_cast<qsizetype>(qstrlen("fitscope_")));
    }
    return languages;
}

QString Translator::nativeName(const QString& language) {
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    if (language.startsWith(QLatin1String("zh"))) {
        // "中文" alone does not say which script.
        return QStringLiteral("简体中文");
    }
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper(); // "español" -> "Español", as in a language menu
    }
    return name.isEmpty() ? language : name;
}

QString Translator::systemLanguage() {
    const QStringList available = availableLanguages();
    // uiLanguages() is in order of preference ("de-DE", "de", "en-US"): the first FitScope has wins.
    for (QString ui : QLocale::system().uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const QString& candidate : {ui, ui.section(QLatin1Char('_'), 0, 0)}) {
            if (available.contains(candidate)) {
                return candidate;
            }
            // "zh_Hans_CN" and "zh_CN" are the same written language for FitScope.
            if (candidate.startsWith(QLatin1String("zh")) && available.contains(QLatin1String("zh_CN")) &&
                !candidate.contains(QLatin1String("Hant")) && !candidate.contains(QLatin1String("TW")) &&
                !candidate.contains(QLatin1String("HK"))) {
                return QStringLiteral("zh_CN");
            }
        }
    }
    return QStringLiteral("en");
}

void Translator::removeAll() {
    for (std::unique_ptr<QTranslator>* t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
}

QString Translator::install(const QString& requested) {
    removeAll();
    QString language = requested.isEmpty() ? systemLanguage() : requested;
    if (!availableLanguages().contains(language)) {
        language = QStringLiteral("en");
    }
    m_language = language;

    // English is the source language: no translator, only its locale.
    const QLocale locale =
        language == QLatin1String("en") && requested.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    applyNumberStyle(locale);
    if (language == QLatin1String("en")) {
        return language;
    }
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qt.get());
    } else {
        m_qt.reset();
    }
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(qmPath(language))) {
        QCoreApplication::installTranslator(m_app.get());
    } else {
        m_app.reset();
    }
    return language;
}

void Translator::applyNumberStyle(const QLocale& locale) {
    sizing::NumberStyle style;
    style.decimal_point = locale.decimalPoint().toStdString();
    // The "C" locale has no grouping in QLocale's sense but core's default is "1,234": keep it.
    const QString group = locale.groupSeparator();
    style.group_separator = group.isEmpty() ? std::string(",") : group.toStdString();
    sizing::setNumberStyle(style);
}

} // namespace fitscope::gui
