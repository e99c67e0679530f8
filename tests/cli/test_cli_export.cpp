// fitscope-cli export, run as a user would and with no display: each format is checked for what a
// design document needs (the size asked for, real content, text kept as text, a PDF page).
#include <QColor>
#include <QFile>
#include <QImage>
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
    process.waitForFinished(60000);
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
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
        QVERIFY(!pdf.contains("/Subtype /Image")); // drawn, not a picture of a drawing

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
        QVERIFY(qAbs(page.width() - 1200) <= 2);
        QVERIFY(qAbs(page.height() - 700) <= 2);
        QVERIFY(inkOf(page).fraction > 0.03);
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

    void chartsNotYetAvailable_sayWhy_data() {
        QTest::addColumn<QString>("chart");
        QTest::newRow("pareto") << "pareto";
    }
    void chartsNotYetAvailable_sayWhy() {
        QFETCH(QString, chart);
        QTemporaryDir dir;
        const QString path = dir.filePath("x.png");
        const Result r = runCli(QStringList{"export", "--chart", chart, "--out", path} + k_scenario);
        QCOMPARE(r.exit_code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("not available yet"), r.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    void badRequests_areOneClearLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unwritable") << QStringList{"--chart", "breakdown", "--out", "/nonexistent-fitscope/x.png"}
                                    << "cannot write /nonexistent-fitscope/x.png";
        QTest::newRow("unknown ending") << QStringList{"--chart", "breakdown", "--out", "x.gif"} << ".png, .jpg";
        QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--out", "x.png"} << "unknown chart 'pie'";
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
