// The quantization lab's promise: the GUI thread never stalls while a scheme runs. A 1 ms timer on
// the GUI thread measures how late each tick fires while GPTQ quantizes a 4096 x 4096 tensor on the
// lab's worker thread (offscreen platform, the whole page alive and redrawing as results arrive).
// Usage: bench_gui_lab [rows=4096] [cols=4096] [tokens=512] [scheme=gptq-int4-g128]

#include "lab/lab_control_panel.h"
#include "lab/lab_page.h"
#include "lab/lab_results_hub.h"
#include "lab/lab_results_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fitscope::gui::lab;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    LabState state = LabState::fromJson({});
    state.rows = args.size() > 1 ? args[1].toLongLong() : 4096;
    state.cols = args.size() > 2 ? args[2].toLongLong() : 4096;
    state.tokens = args.size() > 3 ? args[3].toLongLong() : 512;
    state.schemes = QStringList{args.size() > 4 ? args[4] : QStringLiteral("gptq-int4-g128")};

    LabResultsHub hub;
    LabPage page(nullptr, &hub);
    page.resize(1440, 900);
    page.show();
    page.controls()->setState(state);
    QCoreApplication::processEvents();

    // The probe: a 1 ms timer; lateness = time between ticks minus the interval.
    std::vector<double> late;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        late.push_back(std::max(0.0, static_cast<double>(tick.nsecsElapsed()) / 1e6 - 1.0));
        tick.restart();
    });

    QElapsedTimer total;
    bool done = false;
    bool cancelled = false;
    QObject::connect(&page, &LabPage::runFinished, [&](bool c) {
        done = true;
        cancelled = c;
        probe.stop();
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, [&] {
        total.start();
        tick.start();
        probe.start();
        page.run();
    });
    QApplication::exec();
    if (!done) {
        std::fprintf(stderr, "bench_gui_lab: the run did not finish\n");
        return 1;
    }
    std::sort(late.begin(), late.end());
    const auto pct = [&](double p) {
        return late.empty() ? 0.0 : late[std::min(late.size() - 1, static_cast<std::size_t>(p * late.size()))];
    };
    const auto* model = page.resultsModel();
    std::printf("bench_gui_lab: %s on %lld x %lld, %lld calibration tokens: run %.1f s%s\n",
                qPrintable(state.schemes.join(QLatin1Char(','))), static_cast<long long>(state.rows),
                static_cast<long long>(state.cols), static_cast<long long>(state.tokens),
                static_cast<double>(total.nsecsElapsed()) / 1e9, cancelled ? " (cancelled)" : "");
    std::printf("  result rows: %d, output error %s\n", model->rowCount(),
                model->rowCount() > 0
                    ? qPrintable(model->index(0, LabResultsModel::OutputError).data(Qt::DisplayRole).toString())
                    : "-");
    std::printf("  GUI-thread timer ticks: %zu; lateness of a 1 ms timer: median %.2f ms, p99 %.2f ms, max %.2f ms "
                "(goal: max < 50 ms)\n",
                late.size(), pct(0.5), pct(0.99), late.empty() ? 0.0 : late.back());
    return late.empty() || late.back() < 50.0 ? 0 : 3;
}
