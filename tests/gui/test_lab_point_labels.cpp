// The lab accuracy chart's label layout (point_labels.h), as pure geometry: crowded clusters get a
// column of labels with leader lines that never cross, no label covers a marker, another label, a
// leader or the legend, every label stays inside the bounds, lone points keep a label beside them,
// and a column that fits nowhere inside asks for the pixels it lacks. Then the chart itself, fed
// the lab's measurements for 1, 2, 12 (the default) and all 26 schemes, at export sizes and after
// resizes: its labels and leaders are where the layout put them and keep the same rules.

#include "lab/accuracy_chart.h"
#include "lab/point_labels.h"
#include "lab/scheme_catalog.h"

#include <QTest>

#include <cmath>
#include <memory>
#include <random>

using namespace fitscope::gui::lab;

namespace {

constexpr double kTextHeight = 15.0;

// The label box of a name about charWidth pixels per character.
QSizeF box(const QString& text, double charWidth = 6.5) {
    return {text.size() * charWidth + 5.0, kTextHeight};
}

// Every rule the layout promises, checked on its result; empty when all hold.
QString violation(const PointLabelInput& in, const PointLabelLayout& out) {
    const std::size_t n = in.points.size();
    if (out.labels.size() != n) {
        return QStringLiteral("%1 labels for %2 points").arg(out.labels.size()).arg(n);
    }
    const double r = in.marker_radius;
    const QRectF allowed = in.bounds.adjusted(-out.overflow_left - 0.01, -0.01, out.overflow_right + 0.01, 0.01);
    for (std::size_t i = 0; i < n; ++i) {
        const PointLabel& a = out.labels[i];
        if (!allowed.contains(a.rect)) {
            return QStringLiteral("label %1 leaves the bounds").arg(i);
        }
        if (std::fabs(a.rect.width() - in.sizes[i].width()) > 1e-9 ||
            std::fabs(a.rect.height() - in.sizes[i].height()) > 1e-9) {
            return QStringLiteral("label %1 has the wrong size").arg(i);
        }
        for (std::size_t j = 0; j < n; ++j) {
            const QRectF marker(in.points[j].x() - r, in.points[j].y() - r, 2 * r, 2 * r);
            if (geometry::overlaps(a.rect, marker)) {
                return QStringLiteral("label %1 covers the marker of point %2").arg(i).arg(j);
            }
            const PointLabel& b = out.labels[j];
            if (j > i && geometry::overlaps(a.rect, b.rect)) {
                return QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j);
            }
            if (j > i && a.leader && b.leader && geometry::crosses(a.leader_line, b.leader_line)) {
                return QStringLiteral("the leaders of %1 and %2 cross").arg(i).arg(j);
            }
            if (j != i && b.leader && geometry::crosses(b.leader_line, a.rect)) {
                return QStringLiteral("the leader of %1 runs through label %2").arg(j).arg(i);
            }
        }
        for (const QRectF& obstacle : in.obstacles) {
            if (geometry::overlaps(a.rect, obstacle)) {
                return QStringLiteral("label %1 covers an obstacle").arg(i);
            }
            if (a.leader && geometry::crosses(a.leader_line, obstacle)) {
                return QStringLiteral("the leader of %1 crosses an obstacle").arg(i);
            }
        }
        if (a.leader) {
            // From the marker's edge to the label's near side, at the label's middle height.
            const QLineF l = a.leader_line;
            if (std::fabs(QLineF(in.points[i], l.p1()).length() - r) > 0.01) {
                return QStringLiteral("the leader of %1 does not start at its marker").arg(i);
            }
            const double side = std::min(std::fabs(l.x2() - a.rect.left()), std::fabs(l.x2() - a.rect.right()));
            if (side > 3.0 || std::fabs(l.y2() - a.rect.center().y()) > 0.01) {
                return QStringLiteral("the leader of %1 does not end at its label").arg(i);
            }
        } else {
            // Beside its point: touching the square a few pixels around the marker.
            const QRectF near(in.points[i].x() - r - in.gap - 0.01, in.points[i].y() - r - in.gap - 0.01,
                              2 * (r + in.gap) + 0.02, 2 * (r + in.gap) + 0.02);
            if (!a.rect.intersects(near)) {
                return QStringLiteral("label %1 has no leader and is away from its point").arg(i);
            }
        }
    }
    return {};
}

struct Scheme {
    const char* name;
    double bits;
    double percent;
};

// The lab's default run (transformer-like 1024 × 1024, seed 42), mapped as the chart maps it onto
// a plot of the given size: bits linear, error on a log axis, legend in the top right corner.
PointLabelInput defaultRun(double width, double height) {
    static const Scheme schemes[] = {
        {"FP16", 16.0, 0.0206},
        {"FP8 E4M3", 8.0, 2.67},
        {"INT8 per tensor", 8.0, 3.1},
        {"INT8 per channel", 8.031, 0.77},
        {"LLM.int8()", 8.063, 0.564},
        {"INT4 g128", 4.125, 11.4},
        {"INT4 g128 + zero-point", 4.156, 9.75},
        {"NF4", 4.5, 8.71},
        {"GGUF Q4_0", 4.5, 8.59},
        {"GGUF Q4_K", 4.5, 7.03},
        {"GPTQ INT4 g128", 4.156, 6.01},
        {"AWQ INT4 g128", 4.172, 7.83},
    };
    PointLabelInput in;
    in.bounds = QRectF(60, 50, width - 80, height - 120);
    const double x0 = 3.125;
    const double x1 = 18.5;
    const double y0 = std::log10(0.0206 / 2.5);
    const double y1 = std::log10(11.4 * 2.5);
    for (const Scheme& s : schemes) {
        in.points.emplace_back(in.bounds.left() + (s.bits - x0) / (x1 - x0) * in.bounds.width(),
                               in.bounds.bottom() - (std::log10(s.percent) - y0) / (y1 - y0) * in.bounds.height());
        in.sizes.push_back(box(QString::fromLatin1(s.name)));
    }
    in.obstacles.push_back(QRectF(in.bounds.right() - 150, in.bounds.top(), 150, 55));
    // The frontier through GPTQ, FP8 E4M3, INT8 per channel, LLM.int8(), FP16.
    const std::size_t frontier[] = {10, 1, 3, 4, 0};
    for (std::size_t k = 0; k + 1 < std::size(frontier); ++k) {
        in.lines.emplace_back(in.points[frontier[k]], in.points[frontier[k + 1]]);
    }
    return in;
}

// What the lab measured for every scheme on its default tensor (transformer-like 1024 × 1024, seed
// 42): scheme, bits per weight, output error in %.
struct Measured {
    const char* scheme;
    double bits;
    double percent;
};
const Measured kMeasured[] = {
    {"fp16", 16.0, 0.0206},
    {"bf16", 16.0, 0.162},
    {"fp8-e4m3", 8.0, 2.67},
    {"fp8-e5m2", 8.0, 5.14},
    {"int8-tensor", 8.0, 3.1},
    {"int8-channel", 8.031, 0.77},
    {"llm-int8", 8.063, 0.564},
    {"int4-g32", 4.5, 9.45},
    {"int4-g64", 4.25, 10.7},
    {"int4-g128", 4.125, 11.4},
    {"int4-g32-asym", 4.625, 7.97},
    {"int4-g64-asym", 4.312, 8.89},
    {"int4-g128-asym", 4.156, 9.75},
    {"nf4", 4.5, 8.71},
    {"nf4-dq", 4.127, 8.73},
    {"mxfp4", 4.25, 11.3},
    {"q8_0", 8.5, 0.524},
    {"q4_0", 4.5, 8.59},
    {"q4_1", 5.0, 7.54},
    {"q4_k", 4.5, 7.03},
    {"q6_k", 6.562, 1.7},
    {"gptq-int4-g128", 4.156, 6.01},
    {"gptq-int3-g128", 3.156, 13.4},
    {"gptq-int4-g64", 4.312, 5.24},
    {"gptq-int4-g32", 4.625, 4.81},
    {"awq-int4-g128", 4.172, 7.83},
};

std::vector<std::shared_ptr<const LabOutcome>> outcomes(const QStringList& schemes) {
    std::vector<std::shared_ptr<const LabOutcome>> out;
    for (const Measured& m : kMeasured) {
        if (schemes.isEmpty() || schemes.contains(QLatin1String(m.scheme))) {
            auto o = std::make_shared<LabOutcome>();
            o->scheme = m.scheme;
            o->bits_per_weight = m.bits;
            o->metrics.output_rel_error = m.percent / 100.0;
            out.push_back(std::move(o));
        }
    }
    return out;
}

} // namespace

class TestLabPointLabels : public QObject {
    Q_OBJECT

private slots:
    void geometryPrimitives() {
        QVERIFY(geometry::overlaps(QRectF(0, 0, 10, 10), QRectF(5, 5, 10, 10)));
        QVERIFY(!geometry::overlaps(QRectF(0, 0, 10, 10), QRectF(10, 0, 10, 10))); // touching
        QVERIFY(geometry::crosses(QLineF(0, 0, 10, 10), QLineF(0, 10, 10, 0)));
        QVERIFY(!geometry::crosses(QLineF(0, 0, 10, 10), QLineF(10, 10, 20, 0))); // a shared end
        QVERIFY(!geometry::crosses(QLineF(0, 0, 10, 0), QLineF(0, 1, 10, 1)));
        QVERIFY(geometry::crosses(QLineF(-5, 5, 15, 5), QRectF(0, 0, 10, 10)));
        QVERIFY(geometry::crosses(QLineF(2, 2, 3, 3), QRectF(0, 0, 10, 10)));    // inside
        QVERIFY(!geometry::crosses(QLineF(-5, 0, 15, 0), QRectF(0, 0, 10, 10))); // along an edge
        QVERIFY(!geometry::crosses(QLineF(-5, 20, 15, 20), QRectF(0, 0, 10, 10)));
        QCOMPARE(geometry::distance(QPointF(5, 3), QLineF(0, 0, 10, 0)), 3.0);
        QCOMPARE(geometry::distance(QPointF(13, 4), QLineF(0, 0, 10, 0)), 5.0);
    }

    void defaultRun_clusterBecomesAColumn_data() {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::newRow("800 x 500") << 800.0 << 500.0;
        QTest::newRow("1200 x 700") << 1200.0 << 700.0;
        QTest::newRow("2400 x 1500") << 2400.0 << 1500.0;
        QTest::newRow("520 x 320 (a small window)") << 520.0 << 320.0;
    }

    void defaultRun_clusterBecomesAColumn() {
        QFETCH(double, width);
        QFETCH(double, height);
        const PointLabelInput in = defaultRun(width, height);
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(violation(in, out), QString());
        QCOMPARE(out.overflow_left, 0.0);
        QCOMPARE(out.overflow_right, 0.0);
        // NF4 and GGUF Q4_0 (a pixel apart) always share a column; up to 1200 × 700 all seven 4-bit
        // schemes do, with a leader each. FP16 keeps its label beside it.
        const int column = out.labels[7].cluster;
        QVERIFY(column >= 0);
        QCOMPARE(out.labels[8].cluster, column);
        const std::size_t last = width <= 1200.0 ? 12 : 9;
        std::vector<double> tops;
        for (std::size_t i = width <= 1200.0 ? 5 : 7; i < last; ++i) {
            QCOMPARE(out.labels[i].cluster, column);
            QVERIFY(out.labels[i].leader);
            QCOMPARE(out.labels[i].rect.left(), out.labels[7].rect.left()); // one column, left-aligned
            QVERIFY(out.labels[i].rect.left() > in.points[7].x());          // to the cluster's right
            tops.push_back(out.labels[i].rect.top());
        }
        QCOMPARE(out.labels[0].cluster, -1);
        QVERIFY(!out.labels[0].leader);
        // One text line apart.
        std::sort(tops.begin(), tops.end());
        for (std::size_t k = 1; k < tops.size(); ++k) {
            QVERIFY(tops[k] - tops[k - 1] >= kTextHeight - 1e-6);
        }
    }

    void allSchemes_atTheSmallestExport() {
        // All 26 schemes of the catalog on an 800 × 500 export (pixels as the chart computed them):
        // 17 crowd around 4 bits, 6 around 8 bits, with too little room for a column between
        // the two crowds. Still no overlap and no crossing.
        const double points[][3] = {{674.4, 386.6, 32},  {674.4, 293.2, 33}, {320.5, 166.6, 59},  {320.5, 136.9, 59},
                                    {320.5, 159.8, 91},  {321.9, 222.8, 99}, {323.3, 236.9, 61},  {165.7, 109.4, 55},
                                    {154.6, 103.9, 55},  {149.1, 100.7, 62}, {171.2, 117.1, 128}, {157.4, 112.1, 128},
                                    {150.5, 108.0, 135}, {165.7, 113.1, 27}, {149.2, 113.0, 117}, {154.6, 101.2, 42},
                                    {342.6, 240.2, 68},  {165.7, 113.7, 68}, {187.8, 119.6, 68},  {165.7, 122.8, 70},
                                    {256.9, 186.8, 70},  {150.5, 129.9, 96}, {106.2, 93.4, 96},   {157.4, 136.0, 89},
                                    {171.2, 139.9, 89},  {151.2, 117.9, 92}};
        PointLabelInput in;
        in.bounds = QRectF(65, 56, 717, 370);
        for (const auto& p : points) {
            in.points.emplace_back(p[0], p[1]);
            in.sizes.emplace_back(p[2], 13.0);
        }
        in.obstacles.push_back(QRectF(630, 61, 148, 56));
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(violation(in, out), QString());
    }

    void isolatedPoints_keepALabelBeside() {
        PointLabelInput in;
        in.bounds = QRectF(0, 0, 600, 400);
        in.points = {QPointF(100, 100), QPointF(300, 300), QPointF(590, 200)};
        in.sizes = {box(QStringLiteral("FP16")), box(QStringLiteral("GGUF Q8_0")), box(QStringLiteral("NF4"))};
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(violation(in, out), QString());
        for (const PointLabel& label : out.labels) {
            QVERIFY(!label.leader);
            QCOMPARE(label.cluster, -1);
        }
        // To the right, vertically centred, unless the right edge is too near: then to the left.
        QCOMPARE(out.labels[0].rect.left(), 100 + in.marker_radius + in.gap);
        QCOMPARE(out.labels[0].rect.center().y(), 100.0);
        QCOMPARE(out.labels[2].rect.right(), 590 - in.marker_radius - in.gap);
    }

    void identicalPoints_stillGetTwoLabels() {
        PointLabelInput in;
        in.bounds = QRectF(0, 0, 600, 400);
        in.points = {QPointF(200, 200), QPointF(200, 200), QPointF(200.5, 201)};
        in.sizes = {box(QStringLiteral("NF4")), box(QStringLiteral("GGUF Q4_0")), box(QStringLiteral("MXFP4"))};
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(violation(in, out), QString());
        QVERIFY(out.labels[0].leader && out.labels[1].leader && out.labels[2].leader);
    }

    void clusterAtTheRightEdge_goesLeft() {
        PointLabelInput in;
        in.bounds = QRectF(0, 0, 600, 400);
        for (int k = 0; k < 5; ++k) {
            in.points.emplace_back(560 + 4 * (k % 2), 200 + 5 * k);
            in.sizes.push_back(box(QStringLiteral("INT4 g128 + zero-point")));
        }
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(violation(in, out), QString());
        for (const PointLabel& label : out.labels) {
            QVERIFY(label.rect.right() < 560);
        }
    }

    void noRoomEitherSide_asksForPixels() {
        // A cluster in the middle of a plot too narrow for its column on either side.
        PointLabelInput in;
        in.bounds = QRectF(0, 0, 260, 300);
        for (int k = 0; k < 4; ++k) {
            in.points.emplace_back(130 + 3 * k, 140 + 6 * k);
            in.sizes.push_back(box(QStringLiteral("GPTQ INT4 g128 + zero")));
        }
        in.allowed_overflow_left = 0.0;
        in.allowed_overflow_right = 200.0;
        const PointLabelLayout wants = layoutPointLabels(in);
        QCOMPARE(wants.overflow_left, 0.0);
        QVERIFY(wants.overflow_right > 0.0);
        QVERIFY(wants.overflow_right <= 200.0);
        QCOMPARE(violation(in, wants), QString()); // inside the bounds once widened by the overflow

        // Once the caller has made the room (here: a wider plot) the column fits.
        in.bounds.setRight(in.bounds.right() + wants.overflow_right);
        const PointLabelLayout fits = layoutPointLabels(in);
        QCOMPARE(fits.overflow_right, 0.0);
        QCOMPARE(violation(in, fits), QString());

        // Never more than allowed.
        in.bounds = QRectF(0, 0, 260, 300);
        in.allowed_overflow_right = 0.0;
        const PointLabelLayout inside = layoutPointLabels(in);
        QCOMPARE(inside.overflow_left, 0.0);
        QCOMPARE(inside.overflow_right, 0.0);
        for (const PointLabel& label : inside.labels) {
            QVERIFY(in.bounds.contains(label.rect));
        }
    }

    void legendIsAvoided() {
        // A cluster right under the legend: its column moves down rather than cover it.
        PointLabelInput in;
        in.bounds = QRectF(0, 0, 800, 500);
        in.obstacles.push_back(QRectF(600, 0, 200, 60));
        for (int k = 0; k < 6; ++k) {
            in.points.emplace_back(560 + 2 * k, 20 + 4 * k);
            in.sizes.push_back(box(QStringLiteral("AWQ INT4 g128")));
        }
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(violation(in, out), QString());
    }

    void chart_labelsFollowTheLayoutAtEverySize_data() {
        QTest::addColumn<QStringList>("schemes"); // empty: all 26
        QTest::addColumn<QSize>("size");
        const QStringList defaults = [] {
            QStringList list;
            for (const std::string& name : SchemeCatalog::defaultSelection()) {
                list << QString::fromStdString(name);
            }
            return list;
        }();
        const QStringList two{QStringLiteral("int4-g128"), QStringLiteral("nf4")};
        for (const QSize size : {QSize(800, 500), QSize(1200, 700), QSize(2400, 1500)}) {
            const QString at = QStringLiteral(" %1 x %2").arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(QStringLiteral("default") + at)) << defaults << size;
            QTest::newRow(qPrintable(QStringLiteral("all") + at)) << QStringList() << size;
            QTest::newRow(qPrintable(QStringLiteral("two") + at)) << two << size;
            QTest::newRow(qPrintable(QStringLiteral("one") + at)) << QStringList{QStringLiteral("q4_k")} << size;
        }
        QTest::newRow("default 640 x 420 (a small window)") << defaults << QSize(640, 420);
    }

    void chart_labelsFollowTheLayoutAtEverySize() {
        QFETCH(QStringList, schemes);
        QFETCH(QSize, size);
        AccuracyChart chart;
        const auto data = outcomes(schemes);
        chart.setOutcomes(data);
        chart.resize(size);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replot(QCustomPlot::rpImmediateRefresh);
        const QCPRange first = chart.xAxis->range();
        QVERIFY(first.lower >= 0.0);

        // The layout's input as the chart sees it: every label inside the axis rect, clear of the
        // markers, of each other and of the legend; leaders that never cross.
        const PointLabelLayout& layout = chart.labelLayout();
        QCOMPARE(layout.labels.size(), data.size());
        PointLabelInput in;
        in.bounds = chart.axisRect()->rect();
        in.marker_radius = 5.5;
        for (std::size_t i = 0; i < data.size(); ++i) {
            in.points.emplace_back(chart.xAxis->coordToPixel(data[i]->bits_per_weight),
                                   chart.yAxis->coordToPixel(100.0 * data[i]->metrics.output_rel_error));
            in.sizes.push_back(layout.labels[i].rect.size());
        }
        in.obstacles.push_back(chart.legend->outerRect());
        QCOMPARE(violation(in, layout), QString());

        // The text items stand where the layout put them, a leader shown for each column label.
        int texts = 0;
        int leaders = 0;
        for (int k = 0; k < chart.itemCount(); ++k) {
            if (auto* text = qobject_cast<QCPItemText*>(chart.item(k)); text != nullptr && text->visible()) {
                const auto it = std::find_if(data.begin(), data.end(), [&](const auto& o) {
                    return SchemeCatalog::displayName(o->scheme) == text->text();
                });
                QVERIFY2(it != data.end(), qPrintable(text->text()));
                const PointLabel& placed = layout.labels[static_cast<std::size_t>(it - data.begin())];
                QCOMPARE(text->position->pixelPosition(), placed.rect.topLeft());
                ++texts;
            }
            if (auto* line = qobject_cast<QCPItemLine*>(chart.item(k)); line != nullptr && line->visible()) {
                ++leaders;
            }
        }
        QCOMPARE(texts, static_cast<int>(data.size()));
        QCOMPARE(leaders, static_cast<int>(std::count_if(layout.labels.begin(), layout.labels.end(),
                                                         [](const PointLabel& l) { return l.leader; })));

        // Resizing lays the labels out again from the chart's own range: a range widened for a
        // column never creeps wider, and coming back to the same size gives the same picture.
        chart.resize(size / 2 + QSize(200, 150));
        chart.replot(QCustomPlot::rpImmediateRefresh);
        chart.resize(size);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(chart.xAxis->range().lower, first.lower);
        QCOMPARE(chart.xAxis->range().upper, first.upper);
    }

    void randomCrowds_neverOverlapOrCross_data() {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 200; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
        }
    }

    void randomCrowds_neverOverlapOrCross() {
        // 1–20 points, most of them crowded into one or two small clusters (as the lab's 4- and
        // 8-bit schemes are), the rest scattered, on plots from 800 × 500 to 2400 × 1500.
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(seed));
        const auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
        const double width = uniform(720.0, 2300.0);
        const double height = uniform(360.0, 1350.0);
        PointLabelInput in;
        in.bounds = QRectF(60, 50, width, height);
        in.obstacles.push_back(QRectF(in.bounds.right() - 150, in.bounds.top(), 150, 55));
        const int n = 1 + static_cast<int>(rng() % 20);
        const QPointF crowd[2] = {QPointF(uniform(0.05, 0.3) * width, uniform(0.15, 0.5) * height),
                                  QPointF(uniform(0.3, 0.6) * width, uniform(0.3, 0.6) * height)};
        for (int k = 0; k < n; ++k) {
            QPointF p;
            const unsigned kind = rng() % 5;
            if (kind < 3) {
                p = crowd[0] + QPointF(uniform(0, 30), uniform(0, 50));
            } else if (kind == 3) {
                p = crowd[1] + QPointF(uniform(0, 10), uniform(0, 30));
            } else {
                p = QPointF(uniform(0.05, 0.9) * width, uniform(0.1, 0.95) * height);
            }
            in.points.push_back(in.bounds.topLeft() + p);
            in.sizes.emplace_back(uniform(24.0, 150.0), kTextHeight);
        }
        for (int k = 0; k + 1 < n; k += 3) {
            in.lines.emplace_back(in.points[static_cast<std::size_t>(k)], in.points[static_cast<std::size_t>(k + 1)]);
        }
        const PointLabelLayout out = layoutPointLabels(in);
        QCOMPARE(out.overflow_left, 0.0);
        QCOMPARE(out.overflow_right, 0.0);
        QCOMPARE(violation(in, out), QString());
    }
};

QTEST_MAIN(TestLabPointLabels)
#include "test_lab_point_labels.moc"
