// A good desktop citizen: complete translations, the language and theme switches, keyboard-only
// use of the explorer, accessible names, help and about, and the preferences round trip.
#include "about_dialog.h"
#include "application.h"
#include "breakdown_chart.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "core/sizing/units.h"
#include "derivation_text.h"
#include "explorer_page.h"
#include "format_text.h"
#include "glossary.h"
#include "help_dialog.h"
#include "main_window.h"
#include "preferences_dialog.h"
#include "settings.h"
#include "theme.h"
#include "translator.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

namespace {

// One message of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString translation; // the first form for numerus messages
    bool unfinished = false;
    bool obsolete = false;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, false, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            current.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            QString text;
            // Numerus messages hold one <numerusform> per plural form; all must be filled.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    if (form.trimmed().isEmpty()) {
                        current.unfinished = true;
                    }
                    text += form;
                }
            }
            current.translation = text.trimmed();
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QString key(const TsMessage& m) {
    return m.context + QStringLiteral(" | ") + m.source;
}

// The templates core passes to step( / appendStep( in core/sizing/*.cpp: the string literals of
// the argument after the topic, adjacent literals joined, the two sides of a ?: kept apart.
QStringList coreTemplates(const QString& folder) {
    QStringList templates;
    const QRegularExpression call(QStringLiteral(R"(\b(?:step|appendStep)\(\s*[\w.]+\s*,\s*"[a-z_]+"\s*,)"));
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.cpp")})) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString src = QString::fromUtf8(file.readAll());
        auto it = call.globalMatch(src);
        while (it.hasNext()) {
            const auto match = it.next();
            qsizetype i = match.capturedEnd();
            int depth = 0;
            QStringList groups{QString()};
            while (i < src.size()) {
                const QChar c = src[i];
                if (c == QLatin1Char('"')) {
                    qsizetype j = i + 1;
                    while (j < src.size() && src[j] != QLatin1Char('"')) {
                        if (src[j] == QLatin1Char('\\')) {
                            groups.last() +=
                                src.mid(j, 2) == QLatin1String("\\\"") ? QStringLiteral("\"") : src.mid(j, 2);
                            j += 2;
                        } else {
                            groups.last() += src[j++];
                        }
                    }
                    i = j + 1;
                    continue;
                }
                if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
                    ++depth;
                } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                    if (depth == 0) {
                        break;
                    }
                    --depth;
                } else if (c == QLatin1Char(',') && depth == 0) {
                    break;
                } else if ((c == QLatin1Char('?') || c == QLatin1Char(':')) && depth == 0) {
                    groups << QString();
                }
                ++i;
            }
            for (const QString& g : groups) {
                if (!g.isEmpty() && !templates.contains(g)) {
                    templates << g;
                }
            }
        }
    }
    return templates;
}

} // namespace

class TestGuiDesktop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void translations_areComplete_data();
    void translations_areComplete();
    void translations_coverEverySourceString();
    void derivationTable_coversCoreTemplates();
    void formatTable_coversCoreTables();
    void languageSwitch_germanWindowShowsGerman();
    void languageSwitch_numbersFollowLocale();
    void themeSwitch_changesChartColours();
    void keyboard_tabReachesEverySidePanelControl();
    void focusableControls_haveAccessibleNamesAndDescriptions();
    void terms_haveWhatsThisAndTooltips();
    void helpAndAbout_sayWhatTheyShould();
    void preferences_roundTrip();
    void preferences_restoreDefaults();
    void preferences_themeAppliesAtOnce();
    void startup_restoredSessionIsNotAnEdit();

private:
    std::unique_ptr<MainWindow> makeWindow(Settings* settings = nullptr);

    QTemporaryDir m_dir;
};

void TestGuiDesktop::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
}

void TestGuiDesktop::cleanup() {
    // Back to the untranslated, light, "C"-numbered app the other tests expect.
    Translator english;
    english.install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    sizing::setNumberStyle(sizing::NumberStyle{});
    theme::apply(*qApp, theme::ThemeMode::Light);
}

std::unique_ptr<MainWindow> TestGuiDesktop::makeWindow(Settings* settings) {
    auto window = std::make_unique<MainWindow>(catalog::Catalog::builtIn(), settings);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window not exposed");
    }
    return window;
}

void TestGuiDesktop::translations_areComplete_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(FITSCOPE_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("fitscope_*.ts")});
    for (const char* expected : {"fitscope_de.ts", "fitscope_es.ts", "fitscope_zh_CN.ts"}) {
        QVERIFY2(files.contains(QLatin1String(expected)), expected);
    }
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestGuiDesktop::translations_areComplete() {
    QFETCH(QString, path);
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const TsMessage& m : messages) {
        if (m.obsolete) {
            continue;
        }
        if (m.unfinished || m.translation.isEmpty()) {
            problems << key(m);
        } else if (m.source.count(QLatin1Char('%')) != m.translation.count(QLatin1Char('%')) &&
                   m.source.contains(QLatin1Char('%'))) {
            // Every %1 of the source must survive, or .arg() fills the wrong place.
            for (int n = 1; n <= 9; ++n) {
                const QString marker = QStringLiteral("%%1").arg(n);
                if (m.source.contains(marker) != m.translation.contains(marker)) {
                    problems << key(m) + QStringLiteral("  [placeholder %1]").arg(marker);
                }
            }
        }
    }
    if (!problems.isEmpty()) {
        // QVERIFY2 cuts long messages: the whole list goes to the log first.
        qWarning().noquote() << "Unfinished in" << path << ":\n  " + problems.join(QStringLiteral("\n  "));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished or broken in %2 (fill them and drop "
                                       "type=\"unfinished\"):\n  %3")
                            .arg(problems.size())
                            .arg(QFileInfo(path).fileName(), problems.join(QStringLiteral("\n  ")))));
}

void TestGuiDesktop::translations_coverEverySourceString() {
    // lupdate over today's sources, into a scratch file: every string it finds must be in each
    // committed .ts (run `ninja fitscope_gui_lupdate` and translate the new entries otherwise).
    const QString scratch = m_dir.filePath(QStringLiteral("scan_de.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(FITSCOPE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(FITSCOPE_SOURCE_DIR "/app/gui"), QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<TsMessage> scanned = readTs(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(scanned.size() > 100);
    const QDir dir(QStringLiteral(FITSCOPE_SOURCE_DIR "/translations"));
    for (const QString& file : dir.entryList({QStringLiteral("fitscope_*.ts")})) {
        QSet<QString> committed;
        for (const TsMessage& m : readTs(dir.filePath(file), &error)) {
            if (!m.obsolete) {
                committed << key(m);
            }
        }
        QStringList missing;
        for (const TsMessage& m : scanned) {
            if (!committed.contains(key(m))) {
                missing << key(m);
            }
        }
        if (!missing.isEmpty()) {
            qWarning().noquote() << file << "lacks:\n  " + missing.join(QStringLiteral("\n  "));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks %2 string(s) found in the sources (run the fitscope_gui_lupdate "
                                           "target, then translate them):\n  %3")
                                .arg(file)
                                .arg(missing.size())
                                .arg(missing.join(QStringLiteral("\n  ")))));
    }
}

void TestGuiDesktop::derivationTable_coversCoreTemplates() {
    const QStringList core = coreTemplates(QStringLiteral(FITSCOPE_SOURCE_DIR "/core/sizing"));
    QVERIFY(core.size() > 20);
    QSet<QString> table;
    for (const char* t : DerivationText::templates()) {
        table << QString::fromUtf8(t);
    }
    QStringList missing;
    for (const QString& t : core) {
        if (!table.contains(t)) {
            missing << t;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("templates used in core/sizing but not in "
                                                          "app/gui/derivation_text.cpp:\n  %1")
                                               .arg(missing.join(QStringLiteral("\n  ")))));
}

void TestGuiDesktop::formatTable_coversCoreTables() {
    QSet<QString> table;
    for (const char* t : FormatText::entries()) {
        table << QString::fromUtf8(t);
    }
    QStringList core;
    for (const sizing::FormatInfo& info : sizing::allWeightFormats()) {
        core << QString::fromUtf8(info.display_name.data(), static_cast<qsizetype>(info.display_name.size()))
             << QString::fromUtf8(info.description.data(), static_cast<qsizetype>(info.description.size()));
    }
    for (const sizing::KvFormatInfo& info : sizing::allKvFormats()) {
        core << QString::fromUtf8(info.display_name.data(), static_cast<qsizetype>(info.display_name.size()))
             << QString::fromUtf8(info.description.data(), static_cast<qsizetype>(info.description.size()));
    }
    for (const sizing::RuntimeInfo& info : sizing::allRuntimes()) {
        core << QString::fromUtf8(info.display_name.data(), static_cast<qsizetype>(info.display_name.size()))
             << QString::fromUtf8(info.description.data(), static_cast<qsizetype>(info.description.size()));
    }
    QVERIFY(core.size() > 60);
    QStringList missing;
    for (const QString& t : core) {
        if (!table.contains(t)) {
            missing << t;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("names or descriptions in core's format and runtime tables "
                                                          "but not in app/gui/format_text.cpp:\n  %1")
                                               .arg(missing.join(QStringLiteral("\n  ")))));
    // Technical names stay as they are in English; translated, a worded name changes.
    Translator translator;
    QCOMPARE(translator.install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(FormatText::weightName(sizing::WeightFormat::FP16), QStringLiteral("FP16"));
    QVERIFY(FormatText::weightName(sizing::WeightFormat::INT8) != QStringLiteral("INT8 (per channel)"));
    QVERIFY(FormatText::runtimeDescription(sizing::Runtime::Vllm) !=
            QString::fromUtf8(sizing::runtimeInfo(sizing::Runtime::Vllm).description.data()));
}

void TestGuiDesktop::languageSwitch_germanWindowShowsGerman() {
    Translator translator;
    QCOMPARE(translator.install(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY(Translator::availableLanguages().contains(QStringLiteral("zh_CN")));
    auto window = makeWindow();
    QStringList menus;
    for (QAction* action : window->menuBar()->actions()) {
        menus << action->text();
    }
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("Quantisierungslabor"));
    auto* kv = window->findChild<QComboBox*>(QStringLiteral("kvFormatCombo"));
    QVERIFY(kv->accessibleName().contains(QStringLiteral("KV-Cache")));
    // The derivation is German too: core's English template, translated and filled in.
    const QString math = window->explorer()->summaryText() +
                         window->findChild<QWidget*>(QStringLiteral("derivationText"))->accessibleName();
    QVERIFY2(!math.contains(QStringLiteral("Longest context that fits")), qPrintable(math));
    // Qt's own dialogs (the standard buttons) come from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestGuiDesktop::languageSwitch_numbersFollowLocale() {
    Translator translator;
    translator.install(QStringLiteral("de"));
    QCOMPARE(sizing::formatCount(4096), std::string("4.096"));
    QCOMPARE(sizing::formatBytes(std::int64_t{12'900'000'000}, sizing::MemoryUnit::GB), std::string("12,9 GB"));
    QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
    translator.install(QStringLiteral("zh_CN"));
    QCOMPARE(sizing::formatCount(4096), std::string("4,096"));
    translator.install(QStringLiteral("es"));
    QCOMPARE(sizing::formatBytes(std::int64_t{12'900'000'000}, sizing::MemoryUnit::GB), std::string("12,9 GB"));
}

void TestGuiDesktop::themeSwitch_changesChartColours() {
    theme::apply(*qApp, theme::ThemeMode::Light);
    auto window = makeWindow();
    BreakdownChart* chart = window->explorer()->breakdownChart();
    ContextChart* context = window->explorer()->contextChart();
    const auto corner = [](QCustomPlot* plot) { return plot->toPixmap(200, 150).toImage().pixelColor(1, 1); };
    QVERIFY(corner(chart).lightness() > 200);
    const QColor lightLegend = chart->legend->textColor();

    window->applyTheme(theme::ThemeMode::Dark);
    QCoreApplication::processEvents();
    QVERIFY(theme::isDark());
    QVERIFY2(corner(chart).lightness() < 80, qPrintable(corner(chart).name()));
    QVERIFY(corner(context).lightness() < 80);
    QVERIFY(chart->legend->textColor() != lightLegend);
    QVERIFY(chart->legend->textColor().lightness() > 180);
    QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 80);

    window->applyTheme(theme::ThemeMode::Light);
    QCoreApplication::processEvents();
    QVERIFY(corner(chart).lightness() > 200);
    QCOMPARE(chart->legend->textColor(), lightLegend);
    // Stacked segments carry a pattern as well as a colour (greyscale and colour-blind readers).
    QCOMPARE(ComponentColors::brush(Component::Weights).style(), Qt::SolidPattern);
    QCOMPARE(ComponentColors::patternBrush(Component::Weights).style(), Qt::NoBrush);
    QCOMPARE(ComponentColors::patternBrush(Component::KvCache).style(), Qt::BDiagPattern);
    // Every other component has a pattern of its own (vector hatches: they stay vectors in PDF/SVG).
    QSet<int> styles;
    for (Component c : {Component::KvCache, Component::Activations, Component::Overhead, Component::Gradients,
                        Component::OptimizerStates}) {
        styles.insert(int(ComponentColors::patternBrush(c).style()));
    }
    QCOMPARE(styles.size(), 5);
    QVERIFY(theme::precisionLineStyle(0) != theme::precisionLineStyle(1));
}

void TestGuiDesktop::keyboard_tabReachesEverySidePanelControl() {
    auto window = makeWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QWidget* first = window->explorer()->controls()->modelCombo();
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    QStringList sequence;
    for (int i = 0; i < 80; ++i) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus != nullptr);
        sequence << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    // The side panel's controls, in the order they are laid out, all reached with Tab alone.
    const QStringList expected{
        QStringLiteral("modelCombo"),        QStringLiteral("paramsSlider"),   QStringLiteral("paramsEdit"),
        QStringLiteral("weightFormatCombo"), QStringLiteral("advancedToggle"), QStringLiteral("kvFormatCombo"),
        QStringLiteral("contextSlider"),     QStringLiteral("contextEdit"),    QStringLiteral("batchSpin"),
        QStringLiteral("runtimeCombo"),      QStringLiteral("gpuSearch"),      QStringLiteral("gpuTree")};
    qsizetype last = -1;
    for (const QString& name : expected) {
        const qsizetype at = sequence.indexOf(name, last + 1);
        QVERIFY2(at > last, qPrintable(QStringLiteral("%1 not reached in order; Tab went: %2")
                                           .arg(name, sequence.join(QStringLiteral(", ")))));
        last = at;
    }
}

void TestGuiDesktop::focusableControls_haveAccessibleNamesAndDescriptions() {
    auto window = makeWindow();
    QStringList missing;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window.get()) || (w->focusPolicy() & Qt::TabFocus) == 0 || w->inherits("QScrollBar") ||
            w->inherits("QScrollArea") || w->inherits("QTabBar")) {
            continue;
        }
        // A spin box's or an editable combo box's line edit is part of it: Qt reports the parent.
        if (w->parentWidget() != nullptr &&
            (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox"))) {
            continue;
        }
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a != nullptr);
        // Qt takes the name from accessibleName, a buddy label or the text; the description from
        // accessibleDescription or the tooltip.
        if (a->text(QAccessible::Name).trimmed().isEmpty() || a->text(QAccessible::Description).trimmed().isEmpty()) {
            missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className()));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name or description:\n  ") +
                                           missing.join(QStringLiteral("\n  "))));
}

void TestGuiDesktop::terms_haveWhatsThisAndTooltips() {
    auto window = makeWindow();
    for (const char* id : {"kv_cache", "overhead", "gqa", "group_size", "bits_per_weight", "tensor_parallelism"}) {
        const Glossary::Term term = Glossary::term(QLatin1String(id));
        QVERIFY2(!term.name.isEmpty() && !term.tooltip.isEmpty() && !term.details.isEmpty(), id);
    }
    const auto whatsThis = [&window](const char* name) {
        auto* w = window->findChild<QWidget*>(QLatin1String(name));
        return w != nullptr ? w->whatsThis() : QString();
    };
    QVERIFY(whatsThis("kvFormatCombo").contains(QLatin1String("KV cache")));
    QVERIFY(whatsThis("kvFormatCombo").contains(QLatin1String("grouped-query")));
    QVERIFY(whatsThis("weightFormatCombo").contains(QLatin1String("Group size")));
    QVERIFY(whatsThis("weightFormatCombo").contains(QLatin1String("Bits per weight")));
    QVERIFY(whatsThis("overheadSpin").contains(QLatin1String("Overhead")));
    QVERIFY(whatsThis("gpuPicker").contains(QLatin1String("Tensor parallelism")));
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("kvFormatCombo"))->toolTip().isEmpty());
}

void TestGuiDesktop::helpAndAbout_sayWhatTheyShould() {
    const QString guide = HelpDialog::guideHtml();
    for (const Glossary::Term& term : Glossary::terms()) {
        QVERIFY2(guide.contains(term.name.toHtmlEscaped()), qPrintable(term.name));
    }
    const QString about = AboutDialog::aboutHtml();
    for (const char* text : {"GPL-3.0-or-later", "LGPL-3.0", "QCustomPlot", "GPL-3.0", "nlohmann_json", "MIT", "Eigen",
                             "MPL-2.0", FITSCOPE_VERSION_TEXT}) {
        QVERIFY2(about.contains(QLatin1String(text)), text);
    }
    auto window = makeWindow();
    for (const char* action : {"actionGuide", "actionAbout", "actionShortcuts", "actionPreferences"}) {
        QVERIFY2(window->findChild<QAction*>(QLatin1String(action)) != nullptr, action);
    }
    QCOMPARE(window->findChild<QAction*>(QStringLiteral("actionGuide"))->shortcut(),
             QKeySequence(QKeySequence::HelpContents));
}

void TestGuiDesktop::preferences_roundTrip() {
    const QString path = m_dir.filePath(QStringLiteral("prefs.ini"));
    QFile::remove(path);
    {
        Settings settings(path);
        PreferencesDialog dialog(&settings);
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QString()); // the system's
        QCOMPARE(dialog.themeCombo()->currentData().toString(), QStringLiteral("system"));
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("es")));
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(QStringLiteral("dark")));
        dialog.unitCombo()->setCurrentIndex(dialog.unitCombo()->findData(QStringLiteral("GiB")));
        dialog.runtimeCombo()->setCurrentIndex(dialog.runtimeCombo()->findData(QStringLiteral("vllm")));
        dialog.overheadSpin()->setValue(25);
        dialog.gpuMemoryUtilizationSpin()->setValue(0.85);
        dialog.flashAttentionCombo()->setCurrentIndex(dialog.flashAttentionCombo()->findData(QStringLiteral("off")));
        dialog.catalogEdit()->setText(m_dir.filePath(QStringLiteral("my-catalog.json")));
        const PreferencesDialog::Changes changes = dialog.save();
        QVERIFY(changes.testFlag(PreferencesDialog::LanguageChanged));
        QVERIFY(changes.testFlag(PreferencesDialog::ThemeChanged));
        QVERIFY(changes.testFlag(PreferencesDialog::UnitChanged));
        QVERIFY(changes.testFlag(PreferencesDialog::CatalogChanged));
        QVERIFY(changes.testFlag(PreferencesDialog::DefaultsChanged));
        // Saving again without a change reports none.
        QCOMPARE(dialog.save(), PreferencesDialog::Changes());
    }
    Settings settings(path); // read back from the file
    QCOMPARE(settings.value(Settings::Key::Language).toString(), QStringLiteral("es"));
    QCOMPARE(settings.value(Settings::Key::Theme).toString(), QStringLiteral("dark"));
    QCOMPARE(settings.state().unit, sizing::MemoryUnit::GiB);
    QCOMPARE(settings.catalogPath(), m_dir.filePath(QStringLiteral("my-catalog.json")));
    const ExplorerState defaults = settings.defaultState();
    QCOMPARE(defaults.runtime, sizing::Runtime::Vllm);
    QCOMPARE(defaults.overhead_fraction, 0.25);
    QCOMPARE(defaults.engine.runtime.vllm.gpu_memory_utilization, 0.85);
    QCOMPARE(defaults.engine.runtime.llamacpp.flash_attention, sizing::FlashAttention::Off);
    PreferencesDialog again(&settings);
    QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("es"));
    QCOMPARE(again.themeCombo()->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(again.unitCombo()->currentData().toString(), QStringLiteral("GiB"));
    QCOMPARE(again.runtimeCombo()->currentData().toString(), QStringLiteral("vllm"));
    QCOMPARE(again.overheadSpin()->value(), 25.0);
    QCOMPARE(again.gpuMemoryUtilizationSpin()->value(), 0.85);
    QCOMPARE(again.flashAttentionCombo()->currentData().toString(), QStringLiteral("off"));
}

void TestGuiDesktop::preferences_restoreDefaults() {
    const QString path = m_dir.filePath(QStringLiteral("defaults.ini"));
    QFile::remove(path);
    Settings settings(path);
    settings.setValue(Settings::Key::Theme, QStringLiteral("dark"));
    settings.setValue(Settings::Key::Language, QStringLiteral("de"));
    PreferencesDialog dialog(&settings);
    QCOMPARE(dialog.themeCombo()->currentData().toString(), QStringLiteral("dark"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("preferencesButtons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.themeCombo()->currentData().toString(), QStringLiteral("system"));
    QCOMPARE(dialog.languageCombo()->currentData().toString(), QString());
    dialog.save();
    QCOMPARE(settings.value(Settings::Key::Theme).toString(), QStringLiteral("system"));
}

void TestGuiDesktop::preferences_themeAppliesAtOnce() {
    const QString path = m_dir.filePath(QStringLiteral("apply.ini"));
    QFile::remove(path);
    Settings settings(path);
    theme::apply(*qApp, theme::ThemeMode::Light);
    auto window = makeWindow(&settings);
    settings.setValue(Settings::Key::Theme, QStringLiteral("dark"));
    settings.setValue(Settings::Key::Unit, QStringLiteral("GiB"));
    window->applyPreferences(PreferencesDialog::ThemeChanged | PreferencesDialog::UnitChanged);
    QVERIFY(theme::isDark());
    QCOMPARE(window->explorer()->controls()->state().unit, sizing::MemoryUnit::GiB);
    // A language change closes the window and asks for a new one.
    QSignalSpy relaunch(window.get(), &MainWindow::relaunchRequested);
    window->applyPreferences(PreferencesDialog::LanguageChanged);
    QCOMPARE(relaunch.count(), 1);
    QVERIFY(!window->isVisible());
}

void TestGuiDesktop::startup_restoredSessionIsNotAnEdit() {
    const QString path = m_dir.filePath(QStringLiteral("session.ini"));
    QFile::remove(path);
    Settings settings(path);
    ExplorerState last = settings.state();
    last.context_tokens = 2048; // the last session differed from the defaults
    last.batch = 4;
    settings.setState(last);
    auto window = makeWindow(&settings);
    QCOMPARE(window->explorer()->controls()->state().context_tokens, std::int64_t{2048});
    QTest::qWait(200); // let the deferred recompute and its change notification run
    QVERIFY(!window->isWindowModified());
    // A real edit still marks the untitled document modified.
    ExplorerState edited = window->explorer()->controls()->state();
    edited.batch = 8;
    window->explorer()->controls()->setState(edited);
    QTRY_VERIFY(window->isWindowModified());
}

QTEST_MAIN(TestGuiDesktop)
#include "test_gui_desktop.moc"
