// fitscope-cli export, run as a user would and with no display: each format is checked for what a
// design document needs (the size asked for, real content, text kept as text, a PDF page). The
// quantization lab's chart (pareto) runs the lab first, from a scenario file's lab settings or with
// the lab's defaults; a scenario file saved by the window brings its lab settings along.
#include "core/report/scenario_file.h"
#include "explorer_scenario.h"
#include "explorer_state.h"
#include "lab/lab_state.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList& args) {
    QProcess process;
    // As on a server: no display, and no platform chosen for it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FITSCOPE_CLI_PATH), args);
    process.waitForFinished(180000); // the pareto chart runs the quantization lab first
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

const QStringList k_scenario{"--model", "llama-2-13b", "--weights", "int8",      "--context",
                             "4096",    "--gpu",       "a10g",      "--runtime", "transformers"};

// Share of pixels that are not (near) white, and how many distinct colours there are: a blank or
// single-colour image fails both.
struct Ink {
    double fraction = 0;
    int colours = 0;
};
Ink inkOf(const QImage& image) {
    qint64 inked = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            if (qRed(pixel) < 235 || qGreen(pixel) < 235 || qBlue(pixel) < 235) {
                ++inked;
            }
            if (colours.size() < 1000) {
                colours.insert(pixel & 0xf0f0f0);
            }
        }
    }
    const double samples = std::ceil(image.width() / 2.0) * std::ceil(image.height() / 2.0);
    return {static_cast<double>(inked) / samples, static_cast<int>(colours.size())};
}

QStringList svgTexts(const QByteArray& svg, QString* error) {
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return texts;
}

// The lab's axis titles, as AccuracyChart sets them.
const QString k_labBitsAxis = QStringLiteral("Stored bits per weight (scales included)");
const QString k_labErrorAxis = QString::fromUtf8("Output error ‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ (%, log scale)");

// A scenario file (the interview scenario) whose lab settings are lab; written with `report`, so it
// is exactly what the tools save, then given the lab object the GUI's lab page keeps.
QString scenarioWithLab(const QTemporaryDir& dir, const QJsonObject& lab) {
    const QString path = dir.filePath(QStringLiteral("lab.fitscope.json"));
    if (runCli(QStringList{"report", "--out", path} + k_scenario).exit_code != 0) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    document.insert(QStringLiteral("lab"), lab);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(QJsonDocument(document).toJson());
    return path;
}

// A small lab run: four schemes on a 256 × 256 transformer-like tensor (quick on any machine).
QJsonObject smallLab() {
    return QJsonObject{{"kind", "transformer"}, {"rows", 256},
                       {"cols", 256},           {"tokens", 128},
                       {"seed", "7"},           {"schemes", QJsonArray{"int8-channel", "int4-g128", "nf4", "q4_k"}}};
}

// The PDF at path is one vector page (drawn, not a picture of a drawing); rendered with pdftoppm at
// 96 dpi (where installed) it has the expected size in pixels and at least min_ink of non-white.
void checkVectorPdf(const QString& path, const QTemporaryDir& dir, QSize size, double min_ink) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
    QVERIFY(!pdf.contains("/Subtype /Image"));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        QSKIP("pdftoppm is not installed: the PDF is not rendered");
    }
    QProcess render;
    render.start(pdftoppm, {"-png", "-r", "96", "-singlefile", path, dir.filePath("page")});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    const QImage page(dir.filePath("page.png"));
    QVERIFY(!page.isNull());
    QVERIFY(qAbs(page.width() - size.width()) <= 2);
    QVERIFY(qAbs(page.height() - size.height()) <= 2);
    QVERIFY(inkOf(page).fraction > min_ink);
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private slots:
    void png_hasTheRequestedSizeAndContent_data() {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<double>("scale");
        QTest::newRow("breakdown 1x") << "breakdown" << 1.0;
        QTest::newRow("breakdown 2x") << "breakdown" << 2.0;
        QTest::newRow("context 3x") << "context" << 3.0;
        QTest::newRow("matrix 1x") << "matrix" << 1.0;
        QTest::newRow("speed 2x") << "speed" << 2.0;
        QTest::newRow("layers 1x") << "layers" << 1.0;
    }
    void png_hasTheRequestedSizeAndContent() {
        QFETCH(QString, chart);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(chart + ".png");
        const Result r = runCli(QStringList{"export", "--chart", chart, "--out", path, "--width", "900", "--height",
                                            "520", "--scale", QString::number(scale)} +
                                k_scenario);
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), qRound(900 * scale));
        QCOMPARE(image.height(), qRound(520 * scale));
        const Ink ink = inkOf(image);
        QVERIFY2(ink.fraction > 0.03, qPrintable(QString::number(ink.fraction)));
        QVERIFY2(ink.colours > 8, qPrintable(QString::number(ink.colours)));
        // The document theme: a white page whatever the window looks like.
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(image.width() - 3, image.height() - 3)), QColor(Qt::white));
    }

    void jpg_isWritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath("b.jpg");
        QCOMPARE(runCli(QStringList{"export", "--chart", "breakdown", "--out", path} + k_scenario).exit_code, 0);
        QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 700));
        QVERIFY(inkOf(image).fraction > 0.03);
    }

    void svg_isXmlWithTheLabelsAsText_data() {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("breakdown") << "breakdown"
                                   << QStringList{"Memory per GPU (GB)", "A10G (AWS g5)", "Weights", "KV cache",
                                                  "Llama-2-13B in INT8 (per channel): memory per GPU against capacity"};
        QTest::newRow("context") << "context"
                                 << QStringList{"Memory per GPU (GB)",
                                                "Context length (tokens per sequence, log scale)", "4k"};
        QTest::newRow("matrix") << "matrix" << QStringList{"Model", "Llama-2-13B"};
        QTest::newRow("layers") << "layers"
                                << QStringList{"Layer", "MB", "full attention",
                                               "Llama-2-13B: KV cache per layer at 4,096 tokens"};
        QTest::newRow("speed") << "speed"
                               << QStringList{"Batch (concurrent sequences, log scale)",
                                              "Decode tokens/s, all sequences (log scale)",
                                              "Llama-2-13B in INT8 (per channel): decode speed against batch"};
    }
    void svg_isXmlWithTheLabelsAsText() {
        QFETCH(QString, chart);
        QFETCH(QStringList, labels);
        QTemporaryDir dir;
        const QString path = dir.filePath(chart + ".svg");
        const Result r = runCli(QStringList{"export", "--chart", chart, "--out", path} + k_scenario);
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QStringList texts = svgTexts(file.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString all = texts.join(QLatin1Char('\n'));
        for (const QString& label : labels) {
            QVERIFY2(all.contains(label), qPrintable(label + " not in:\n" + all));
        }
        // The caption names the scenario.
        QVERIFY2(all.contains("FitScope") && all.contains("4,096 tokens"), qPrintable(all));
    }

    void pdf_isAVectorPageWithContent() {
        QTemporaryDir dir;
        const QString path = dir.filePath("breakdown.pdf");
        const Result r = runCli(QStringList{"export", "--chart", "breakdown", "--out", path} + k_scenario);
        QVERIFY2(r.exit_code == 0, r.err.constData());
        checkVectorPdf(path, dir, QSize(1200, 700), 0.03);
    }

    void severalScenarios_areDrawnTogether() {
        // The second scenario is drawn beside the first, as a pinned one in the window.
        QTemporaryDir dir;
        const QString a = dir.filePath("a.fitscope.json");
        const QString b = dir.filePath("b.fitscope.json");
        QCOMPARE(runCli(QStringList{"report", "--out", a} + k_scenario).exit_code, 0);
        QCOMPARE(runCli({"report", "--out", b, "--model", "llama-3-8b", "--weights", "q4_k_m", "--gpu", "rtx-4090"})
                     .exit_code,
                 0);
        const QString path = dir.filePath("both.svg");
        const Result r = runCli({"export", "--scenario", a, "--scenario", b, "--chart", "breakdown", "--out", path});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QStringList texts = svgTexts(file.readAll(), &error);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(all.contains("A10G (AWS g5)") && all.contains("RTX 4090"), qPrintable(all));
        // Each scenario once: the first is the live one (the title names its model), the second pinned.
        QVERIFY2(all.contains("Llama-2-13B in INT8 (per channel): memory per GPU against capacity"), qPrintable(all));
        QCOMPARE(texts.count("A10G (AWS g5)"), 1); // one bar label (the caption names it too, in its line)
        // One scenario alone draws no second GPU.
        const QString single = dir.filePath("one.svg");
        QCOMPARE(runCli({"export", "--scenario", a, "--chart", "breakdown", "--out", single}).exit_code, 0);
        QFile one(single);
        QVERIFY(one.open(QIODevice::ReadOnly));
        QVERIFY(!svgTexts(one.readAll(), &error).join(QLatin1Char('\n')).contains("RTX 4090"));
    }

    void fromAScenarioFile() {
        QTemporaryDir dir;
        const QString scenario = dir.filePath("s.fitscope.json");
        QCOMPARE(runCli(QStringList{"report", "--out", scenario} + k_scenario).exit_code, 0);
        const QString path = dir.filePath("c.png");
        const Result r = runCli({"export", "--scenario", scenario, "--chart", "context", "--out", path});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QCOMPARE(QImage(path).size(), QSize(1200, 700));
    }

    void pareto_defaultLab_pngHasTheRequestedSizeAndContent() {
        // No scenario: the lab's defaults (the first-start checklist on its default tensor).
        QTemporaryDir dir;
        const QString path = dir.filePath("pareto.png");
        const Result r =
            runCli({"export", "--chart", "pareto", "--out", path, "--width", "900", "--height", "520", "--scale", "2"});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1800, 1040));
        const Ink ink = inkOf(image);
        QVERIFY2(ink.fraction > 0.01, qPrintable(QString::number(ink.fraction)));
        QVERIFY2(ink.colours > 8, qPrintable(QString::number(ink.colours)));
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(image.width() - 3, image.height() - 3)), QColor(Qt::white));
        // Progress on stderr: the tensor, then each of the default twelve schemes as it finishes.
        QVERIFY2(r.err.contains("tensor: transformer-like 1024 × 1024"), r.err.constData());
        QVERIFY2(r.err.contains("[12/12]"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void pareto_svgFromScenarioLabSettings_hasAxesAndSchemesAsText() {
        QTemporaryDir dir;
        const QString scenario = scenarioWithLab(dir, smallLab());
        QVERIFY(!scenario.isEmpty());
        const QString path = dir.filePath("pareto.svg");
        const Result r = runCli({"export", "--scenario", scenario, "--chart", "pareto", "--out", path});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QStringList texts = svgTexts(file.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString all = texts.join(QLatin1Char('\n'));
        // Axis titles, the legend, and each scheme of the file's checklist named at its point.
        for (const QString& label :
             {k_labBitsAxis, k_labErrorAxis, QStringLiteral("Pareto frontier"), QStringLiteral("INT8 per channel"),
              QStringLiteral("INT4 g128"), QStringLiteral("NF4"), QStringLiteral("Q4_K")}) {
            QVERIFY2(all.contains(label), qPrintable(label + " not in:\n" + all));
        }
        // Only those: schemes of the default checklist the file leaves out are not drawn.
        QVERIFY2(!all.contains("GPTQ") && !all.contains("AWQ"), qPrintable(all));
        // Title and caption name the lab's tensor, as the file sets it.
        QVERIFY2(all.contains("Quantization schemes on the transformer-like sample"), qPrintable(all));
        QVERIFY2(all.contains("Quantization lab") && all.contains(QString::fromUtf8("256 × 256")) &&
                     all.contains("seed 7") && all.contains("FitScope"),
                 qPrintable(all));
        QVERIFY2(r.err.contains("[4/4]"), r.err.constData());
    }

    void pareto_fromAScenarioTheWindowSaved_usesItsLabSettings() {
        // What the window's Save scenario writes (ScenarioDocument::saveTo): the explorer's scenario
        // with the lab page's settings as its "lab" object, through the same functions.
        fitscope::gui::lab::LabState lab = fitscope::gui::lab::LabState::fromJson({});
        lab.kind = QStringLiteral("gaussian");
        lab.rows = 256;
        lab.cols = 512;
        lab.tokens = 64;
        lab.seed = 11;
        lab.schemes = QStringList{"int8-tensor", "nf4", "q8_0"};
        const fitscope::report::ScenarioFile scenario =
            fitscope::gui::scenarioFromExplorer(fitscope::gui::ExplorerState{}, nullptr, lab.toScenarioJson());
        QTemporaryDir dir;
        const QString path = dir.filePath("saved.fitscope.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(fitscope::report::scenarioFileToText(scenario)));
        file.close();

        const QString out = dir.filePath("pareto.svg");
        const Result r = runCli({"export", "--scenario", path, "--chart", "pareto", "--out", out});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        // The lab ran on the file's tensor with the file's three schemes.
        QVERIFY2(
            r.err.contains(QString::fromUtf8("tensor: Gaussian 256 × 512, 64 calibration tokens, seed 11").toUtf8()),
            r.err.constData());
        QVERIFY2(r.err.contains("[3/3]") && !r.err.contains("[4/"), r.err.constData());
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QString error;
        const QString all = svgTexts(svg.readAll(), &error).join(QLatin1Char('\n'));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& label :
             {QStringLiteral("INT8 per tensor"), QStringLiteral("NF4"), QStringLiteral("GGUF Q8_0"),
              QStringLiteral("Quantization schemes on the Gaussian sample")}) {
            QVERIFY2(all.contains(label), qPrintable(label + " not in:\n" + all));
        }
        QVERIFY2(!all.contains("INT4 g128") && !all.contains("GPTQ"), qPrintable(all));
    }

    void pareto_brokenLabSettings_isOneClearLineNamingTheField() {
        QJsonObject lab = smallLab();
        lab.insert("rows", "many");
        QTemporaryDir dir;
        const QString scenario = scenarioWithLab(dir, lab);
        QVERIFY(!scenario.isEmpty());
        const QString out = dir.filePath("x.png");
        const Result r = runCli({"export", "--scenario", scenario, "--chart", "pareto", "--out", out});
        QCOMPARE(r.exit_code, 2);
        // Refused before the lab runs: one line, naming the file and the field.
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("fitscope-cli export: ") && r.err.contains(scenario.toUtf8() + ": lab.rows: "),
                 r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void pareto_pdfIsAVectorPageWithContent() {
        QTemporaryDir dir;
        const QString scenario = scenarioWithLab(dir, smallLab());
        QVERIFY(!scenario.isEmpty());
        const QString path = dir.filePath("pareto.pdf");
        const Result r =
            runCli({"export", "--scenario", scenario, "--chart", "pareto", "--out", path, "--width", "1000"});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        checkVectorPdf(path, dir, QSize(1000, 700), 0.01);
    }

    void pareto_labWithNothingToRun_isOneClearLine_data() {
        QTest::addColumn<QJsonObject>("lab");
        QTest::addColumn<QString>("says");
        QJsonObject none = smallLab();
        none.insert("schemes", QJsonArray{});
        QTest::newRow("no scheme checked") << none << "check no scheme";
        QJsonObject missing = smallLab();
        missing.insert("source", "file");
        missing.insert("file", "/nonexistent-fitscope/w.npy");
        QTest::newRow("tensor file missing") << missing << "/nonexistent-fitscope/w.npy";
    }
    void pareto_labWithNothingToRun_isOneClearLine() {
        QFETCH(QJsonObject, lab);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString scenario = scenarioWithLab(dir, lab);
        QVERIFY(!scenario.isEmpty());
        const QString path = dir.filePath("x.png");
        const Result r = runCli({"export", "--scenario", scenario, "--chart", "pareto", "--out", path});
        QCOMPARE(r.exit_code, 2);
        // The error is the last line of stderr (progress lines may come before it).
        const QByteArray last = r.err.trimmed().split('\n').last();
        QVERIFY2(last.startsWith("fitscope-cli export: ") && last.contains(says.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    void badRequests_areOneClearLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unwritable") << QStringList{"--chart", "breakdown", "--out", "/nonexistent-fitscope/x.png"}
                                    << "cannot write /nonexistent-fitscope/x.png";
        QTest::newRow("unknown ending") << QStringList{"--chart", "breakdown", "--out", "x.gif"} << ".png, .jpg";
        QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--out", "x.png"} << "unknown chart 'pie'";
        QTest::newRow("unknown chart lists pareto")
            << QStringList{"--chart", "pie", "--out", "x.png"} << "speed or pareto";
        QTest::newRow("scale too large") << QStringList{"--chart", "breakdown", "--out", "x.png", "--scale", "9"}
                                         << "--scale";
        QTest::newRow("too small") << QStringList{"--chart", "breakdown", "--out", "x.png", "--width", "20"}
                                   << "--width";
    }
    void badRequests_areOneClearLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = runCli(QStringList{"export"} + args + k_scenario);
        QCOMPARE(r.exit_code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
