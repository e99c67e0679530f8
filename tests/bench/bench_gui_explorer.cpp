// Slider step to finished re-plot in the fit explorer, on the offscreen platform: the real window,
// driven with QTest key presses; the clock stops when both charts have re-plotted and painted.
// Run by hand: build-dir/bin/bench_gui_explorer [steps] [--pinned N]   (goal: p99 <= 8 ms)
// --pinned N pins N scenarios first (up to eight: other formats, contexts and GPUs) and shows the
// comparison view, so every step also re-plots their overlays and updates the comparison table.
#include "application.h"
#include "breakdown_chart.h"
#include "comparison_view.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/catalog/catalog.h"
#include "explorer_page.h"
#include "main_window.h"
#include "theme.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace fitscope;
using namespace fitscope::gui;

namespace {

qint64 g_syncNs = 0; // time spent inside the key press itself (engine + chart data), summed

// Counts paint events of the watched widgets.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QList<QWidget*> widgets) {
        for (QWidget* w : widgets) {
            w->installEventFilter(this);
            m_counts[w] = 0;
        }
    }
    void add(QWidget* w) {
        w->installEventFilter(this);
        m_counts[w] = 0;
    }
    void reset() {
        for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
            it.value() = 0;
        }
    }
    bool allPainted() const {
        return std::all_of(m_counts.begin(), m_counts.end(), [](int c) { return c > 0; });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            ++m_counts[static_cast<QWidget*>(watched)];
        }
        return false;
    }

private:
    QHash<QWidget*, int> m_counts;
};

struct Stats {
    double p50, p99, max, mean;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1) + 0.5))];
    };
    double sum = 0;
    for (double v : ms) {
        sum += v;
    }
    return {at(0.50), at(0.99), ms.back(), sum / static_cast<double>(ms.size())};
}

// One step: press a key on the widget, then run the event loop until both charts have painted.
double step(QWidget* target, Qt::Key key, PaintCounter& paints) {
    paints.reset();
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(target, key);
    g_syncNs += timer.nsecsElapsed();
    while (!paints.allPainted()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (timer.nsecsElapsed() > 2'000'000'000) {
            std::fprintf(stderr, "a step did not repaint within 2 s\n");
            break;
        }
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double g_replotMs[2] = {0, 0};

void printStats(const char* name, const std::vector<double>& ms) {
    const Stats s = stats(ms);
    std::printf("  (of which synchronous: mean %.2f ms)\n",
                static_cast<double>(g_syncNs) / 1e6 / static_cast<double>(ms.size()));
    g_syncNs = 0;
    std::printf("%-34s %5zu steps  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  mean %6.2f ms\n", name, ms.size(), s.p50,
                s.p99, s.max, s.mean);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    initResources();
    theme::apply(app);
    int steps = 400;
    int pinned = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--pinned" && i + 1 < argc) {
            pinned = std::clamp(std::atoi(argv[++i]), 0, 8);
        } else {
            steps = std::max(10, std::atoi(argv[i]));
        }
    }

    QElapsedTimer startup;
    startup.start();
    MainWindow window(catalog::Catalog::builtIn(), nullptr);
    ExplorerPage* page = window.explorer();
    PaintCounter paints({page->breakdownChart(), page->contextChart()});
    window.resize(1440, 900);
    window.show();
    while (!paints.allPainted()) {
        QCoreApplication::processEvents();
    }
    std::printf("window constructed, shown and both charts painted: %.1f ms (QApplication already up)\n",
                static_cast<double>(startup.nsecsElapsed()) / 1e6);
    if (pinned > 0) {
        // Eight scenarios a sizing session pins: formats, contexts and GPUs of the catalog.
        const char* gpus[] = {"a10g", "l4", "rtx-4090", "a100-80gb", "h100-80gb", "l40s", "t4", "rtx-3090"};
        const sizing::WeightFormat formats[] = {sizing::WeightFormat::INT4_G128, sizing::WeightFormat::INT8,
                                                sizing::WeightFormat::FP16, sizing::WeightFormat::Q4_K_M};
        for (int p = 0; p < pinned; ++p) {
            ExplorerState state = page->controls()->state();
            state.precision.weights = formats[p % 4];
            state.context_tokens = 2048 << (p % 3);
            state.gpus = {{gpus[p], 1}};
            state.primary_gpu = gpus[p];
            page->controls()->setState(state);
            window.workspace()->pin();
        }
        window.workspace()->setBaseline(0, true);
        page->controls()->setState(ExplorerState{});
        window.workspace()->showComparison();
        paints.add(window.workspace()->comparisonView()->table()->viewport());
        while (!paints.allPainted()) {
            QCoreApplication::processEvents();
        }
        std::printf("%d scenarios pinned; the comparison view is shown and re-computed on every step\n", pinned);
    }

    auto* context = window.findChild<QSlider*>(QStringLiteral("contextSlider"));
    auto* params = window.findChild<QSlider*>(QStringLiteral("paramsSlider"));
    auto* batch = window.findChild<QSpinBox*>(QStringLiteral("batchSpin"));
    // Drag-like steps: the context slider across its whole range and back, one arrow key at a time.
    context->setFocus();
    std::vector<double> contextMs;
    for (int i = 0; i < steps; ++i) {
        const bool down = (i / 100) % 2 == 0;
        contextMs.push_back(step(context, down ? Qt::Key_Left : Qt::Key_Right, paints));
        g_replotMs[0] += page->breakdownChart()->replotTime();
        g_replotMs[1] += page->contextChart()->replotTime();
    }
    printStats("context slider (arrow key)", contextMs);
    std::printf("  (replot: breakdown mean %.2f ms, context mean %.2f ms)\n", g_replotMs[0] / steps,
                g_replotMs[1] / steps);

    // The parameters slider changes the model: the context chart's lines are recomputed each step.
    params->setFocus();
    std::vector<double> paramsMs;
    for (int i = 0; i < steps / 2; ++i) {
        const bool up = (i / 50) % 2 == 0;
        paramsMs.push_back(step(params, up ? Qt::Key_Right : Qt::Key_Left, paints));
    }
    printStats("parameters slider (arrow key)", paramsMs);

    batch->setFocus();
    std::vector<double> batchMs;
    for (int i = 0; i < steps / 4; ++i) {
        batchMs.push_back(step(batch, (i / 25) % 2 == 0 ? Qt::Key_Up : Qt::Key_Down, paints));
    }
    printStats("batch spin box (arrow key)", batchMs);

    std::vector<double> all = contextMs;
    all.insert(all.end(), paramsMs.begin(), paramsMs.end());
    all.insert(all.end(), batchMs.begin(), batchMs.end());
    printStats("all slider steps", all);
    const Stats s = stats(all);
    std::printf("goal p99 <= 8 ms: %s\n", s.p99 <= 8.0 ? "met" : "NOT met");
    return 0;
}
