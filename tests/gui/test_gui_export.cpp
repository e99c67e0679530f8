// Chart exports from the window: the Export chart dialog and the "Copy for a document" images list
// every chart, the explorer's speed chart among them, and the quantization lab's error-against-size
// (Pareto) chart, which is greyed out, with the reason, until the lab has results. Exports from a
// window in the dark theme are still in the light document theme. The dialogs are answered as a
// user would (File ▸ Export chart…, then the save dialog) on the offscreen platform.
#include "application.h"
#include "chart_export.h"
#include "export_dialog.h"
#include "lab/lab_control_panel.h"
#include "lab/lab_page.h"
#include "lab/lab_state.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "scenario_document.h"
#include "settings.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

namespace {

// Share of pixels that are not (near) white: a blank export has none.
double inkOf(const QImage& image) {
    qint64 inked = 0;
    qint64 samples = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb pixel = image.pixel(x, y);
            inked += qRed(pixel) < 235 || qGreen(pixel) < 235 || qBlue(pixel) < 235 ? 1 : 0;
            ++samples;
        }
    }
    return samples > 0 ? static_cast<double>(inked) / static_cast<double>(samples) : 0.0;
}

QString svgText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
    }
    return xml.hasError() ? QString() : texts.join(QLatin1Char('\n'));
}

} // namespace

class TestGuiExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportDialog_listsEveryChart_labGreyedOutWithoutResults();
    void exportDialog_speedEntry_exportsTheSpeedChart();
    void copyImage_speedChart_putsTheChartOnTheClipboard();
    void labChart_withoutResults_isRefusedWithTheReason();
    void labChart_afterARun_copiesAndExportsFromTheLabTab();
    void darkWindow_exportsInTheLightDocumentTheme();

private:
    QAction* action(const char* name) const {
        auto* found = m_window->findChild<QAction*>(QLatin1String(name));
        if (found == nullptr) {
            qFatal("no action named %s", name);
        }
        return found;
    }
    // File ▸ Export chart…: answer picks the chart and format in the export dialog; then the save
    // dialog gets path. Returns the chart the dialog had chosen when it opened.
    ChartKind exportInteractively(const std::function<void(ExportDialog&)>& answer, const QString& path);
    void runSmallLab(const QStringList& schemes);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiExport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    QVERIFY(m_dir.isValid());
}

void TestGuiExport::init() {
    m_window = fitscope::testing::openMainWindow(m_dir, m_settings, QSize(1400, 900));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiExport::cleanup() {
    m_window.reset();
    m_settings.reset();
}

ChartKind TestGuiExport::exportInteractively(const std::function<void(ExportDialog&)>& answer, const QString& path) {
    // The two dialogs are modal: a timer answers whichever is open, as a user would.
    ChartKind opened = ChartKind::Breakdown;
    bool exportAnswered = false;
    bool saveAnswered = false;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<ExportDialog*>(modal); dialog != nullptr && !exportAnswered) {
            exportAnswered = true;
            opened = dialog->chart();
            answer(*dialog);
            dialog->accept();
        } else if (auto* files = qobject_cast<QFileDialog*>(modal); files != nullptr && !saveAnswered) {
            saveAnswered = true;
            // Typed into the file name box, as a user would (selectFile fills it only once the
            // folder has been read, which happens later).
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name != nullptr);
            name->setText(path);
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, public through QDialog
        }
    });
    timer.start();
    action("actionExportChart")->trigger();
    timer.stop();
    [&] {
        QVERIFY(exportAnswered);
        QVERIFY(saveAnswered);
    }();
    return opened;
}

void TestGuiExport::runSmallLab(const QStringList& schemes) {
    lab::LabPage* page = m_window->lab();
    lab::LabState state = lab::LabState::fromJson({});
    state.rows = 64;
    state.cols = 256;
    state.tokens = 64;
    state.seed = 7;
    state.schemes = schemes;
    page->controls()->setState(state);
    QSignalSpy finished(page, &lab::LabPage::runFinished);
    page->run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false); // not cancelled
}

void TestGuiExport::exportDialog_listsEveryChart_labGreyedOutWithoutResults() {
    ExportDialog dialog(m_window.get());
    dialog.setAvailability(m_window->document()->chartSources());
    auto* charts = dialog.findChild<QComboBox*>(QStringLiteral("exportChart"));
    QVERIFY(charts != nullptr);
    QStringList names;
    for (int i = 0; i < charts->count(); ++i) {
        names << charts->itemText(i);
    }
    QCOMPARE(charts->count(), static_cast<int>(kChartKinds.size()));
    for (const ChartKind kind : kChartKinds) {
        QVERIFY2(names.contains(chartKindName(kind)), qPrintable(chartKindName(kind)));
    }
    QVERIFY(names.contains(QStringLiteral("Decode speed against batch")));
    // The explorer's charts can be chosen; the lab's cannot before a run, and the dialog says why.
    for (const ChartKind kind : {ChartKind::Breakdown, ChartKind::Context, ChartKind::Matrix, ChartKind::Speed}) {
        QVERIFY(dialog.isAvailable(kind));
    }
    QVERIFY(!dialog.isAvailable(ChartKind::Pareto));
    const int pareto = charts->findData(static_cast<int>(ChartKind::Pareto));
    QVERIFY(!qobject_cast<QStandardItemModel*>(charts->model())->item(pareto)->isEnabled());
    auto* why = dialog.findChild<QLabel*>(QStringLiteral("exportChartUnavailable"));
    QVERIFY(why != nullptr && !why->isHidden());
    QVERIFY2(why->text().contains(QStringLiteral("no results yet")), qPrintable(why->text()));
    dialog.setChart(ChartKind::Pareto);
    QVERIFY(dialog.chart() != ChartKind::Pareto);
    dialog.setChart(ChartKind::Speed);
    QCOMPARE(dialog.chart(), ChartKind::Speed);
}

void TestGuiExport::exportDialog_speedEntry_exportsTheSpeedChart() {
    const QString png = m_dir.filePath(QStringLiteral("speed.png"));
    QSignalSpy messages(m_window->document(), &ScenarioDocument::message);
    exportInteractively(
        [](ExportDialog& dialog) {
            auto* charts = dialog.findChild<QComboBox*>(QStringLiteral("exportChart"));
            charts->setCurrentIndex(charts->findData(static_cast<int>(ChartKind::Speed)));
            auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
            formats->setCurrentIndex(formats->findData(static_cast<int>(ImageFormat::Png)));
            QCOMPARE(dialog.chart(), ChartKind::Speed);
        },
        png);
    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(messages.isEmpty() ? QString() : messages.last().first().toString()));
    const ChartExportOptions defaults;
    QCOMPARE(image.size(), QSize(defaults.width * 2, defaults.height * 2)); // the dialog's default 2×
    QVERIFY(inkOf(image) > 0.02);
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));

    // As SVG: the speed chart's own axes and its title, as text.
    const QString svg = m_dir.filePath(QStringLiteral("speed.svg"));
    exportInteractively(
        [](ExportDialog& dialog) {
            auto* charts = dialog.findChild<QComboBox*>(QStringLiteral("exportChart"));
            charts->setCurrentIndex(charts->findData(static_cast<int>(ChartKind::Speed)));
            auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
            formats->setCurrentIndex(formats->findData(static_cast<int>(ImageFormat::Svg)));
        },
        svg);
    const QString text = svgText(svg);
    QVERIFY2(text.contains(QStringLiteral("Batch (concurrent sequences, log scale)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("decode speed against batch")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("FitScope")), qPrintable(text)); // the caption
}

void TestGuiExport::copyImage_speedChart_putsTheChartOnTheClipboard() {
    QApplication::clipboard()->clear();
    QAction* copy = action("actionCopyImage_speed");
    QVERIFY(copy->isEnabled());
    QCOMPARE(copy->text(), QStringLiteral("Decode speed against batch as image"));
    copy->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    const ChartExportOptions defaults;
    QCOMPARE(image.size(), QSize(defaults.width * 2, defaults.height * 2));
    QVERIFY(inkOf(image) > 0.02);
}

void TestGuiExport::labChart_withoutResults_isRefusedWithTheReason() {
    QAction* copy = action("actionCopyImage_pareto");
    QVERIFY(!copy->isEnabled());
    QVERIFY2(copy->toolTip().contains(QStringLiteral("no results yet")), qPrintable(copy->toolTip()));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("pareto-none.png"));
    QVERIFY(!exportChart(m_window->document()->chartSources(), ChartKind::Pareto, path, ImageFormat::Png, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no results yet")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestGuiExport::labChart_afterARun_copiesAndExportsFromTheLabTab() {
    runSmallLab({QStringLiteral("int8-channel"), QStringLiteral("int4-g128"), QStringLiteral("nf4")});
    QAction* copy = action("actionCopyImage_pareto");
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(inkOf(image) > 0.01);

    // From the lab's tab the export dialog opens on the lab's chart.
    m_window->tabs()->setCurrentWidget(m_window->lab());
    const QString svg = m_dir.filePath(QStringLiteral("pareto.svg"));
    const ChartKind opened = exportInteractively(
        [](ExportDialog& dialog) {
            auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
            formats->setCurrentIndex(formats->findData(static_cast<int>(ImageFormat::Svg)));
        },
        svg);
    QCOMPARE(opened, ChartKind::Pareto);
    const QString text = svgText(svg);
    for (const QString& label :
         {QStringLiteral("Stored bits per weight (scales included)"), QStringLiteral("INT8 per channel"),
          QStringLiteral("INT4 g128"), QStringLiteral("NF4"), QStringLiteral("Quantization lab")}) {
        QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" not in:\n") + text));
    }
}

void TestGuiExport::darkWindow_exportsInTheLightDocumentTheme() {
    m_window->applyTheme(theme::ThemeMode::Dark);
    const QColor windowInk = theme::colors().ink;
    QVERIFY(theme::isDark() && windowInk.lightness() > 128);
    QApplication::clipboard()->clear();
    action("actionCopyImage_breakdown")->trigger();
    const QImage image = QApplication::clipboard()->image();
    // The window keeps its dark look.
    const bool stillDark = theme::isDark() && theme::colors().ink == windowInk;
    theme::apply(*qApp, theme::ThemeMode::Light); // the theme is the application's: back for the next tests
    QVERIFY(stillDark);
    QVERIFY(!image.isNull());
    if (!qEnvironmentVariableIsEmpty("FITSCOPE_TEST_SHOTS")) {
        image.save(qEnvironmentVariable("FITSCOPE_TEST_SHOTS") + QStringLiteral("/export-from-dark.png"));
    }
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
    // The title, centred above the legend, is dark ink on the white page (the window's light ink
    // would vanish on it).
    int darkest = 255;
    for (int y = 0; y < image.height() / 20; ++y) {
        for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x) {
            darkest = std::min(darkest, QColor(image.pixel(x, y)).lightness());
        }
    }
    QVERIFY2(darkest < 90, qPrintable(QString::number(darkest)));
}

QTEST_MAIN(TestGuiExport)
#include "test_gui_export.moc"
