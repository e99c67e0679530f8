// A GPU's details (issue 16): the catalog's figures with their sources, and for a unified-memory machine
// how much the GPU may use and why, with a limit the user sets for the scenario (one undo step, saved
// with the scenario, and the capacity the verdict is judged against).
#include "breakdown_chart.h"
#include "control_panel.h"
#include "core/catalog/gpu_details.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "gpu_details_dialog.h"
#include "gpu_picker.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "workspace.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

QString cell(const QTableWidget* table, const QString& figure, int column) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == figure) {
            return table->item(row, column)->text();
        }
    }
    return {};
}

} // namespace

class TestGuiGpuDetails : public QObject {
    Q_OBJECT

private slots:
    void discreteGpu_showsItsFiguresWithSources();
    void unifiedMachine_limitIsExplainedAndSetForTheScenario();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestGuiGpuDetails::discreteGpu_showsItsFiguresWithSources() {
    auto window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ControlPanel* controls = window->explorer()->controls();
    std::unique_ptr<GpuDetailsDialog> dialog = controls->makeGpuDetails("rtx-4090");
    QVERIFY(dialog != nullptr);
    const sizing::GpuSpec& gpu = *controls->catalog().findGpu("rtx-4090");
    const QTableWidget* figures = dialog->figures();
    QCOMPARE(cell(figures, QStringLiteral("Memory (nominal)"), 1),
             QString::fromStdString(sizing::formatBytes(gpu.memory_bytes, sizing::MemoryUnit::GB, 1)));
    QVERIFY(cell(figures, QStringLiteral("Bandwidth"), 1).contains(QStringLiteral("GB/s")));
    // Every figure names where it comes from (its own citation, else the entry's source).
    for (int row = 0; row < figures->rowCount(); ++row) {
        QVERIFY2(!figures->item(row, 2)->text().isEmpty(), qPrintable(figures->item(row, 0)->text()));
    }
    const catalog::GpuDetails* details = catalog::findBuiltInGpuDetails("rtx-4090");
    QVERIFY(details != nullptr);
    if (!details->citation("bandwidth").empty()) {
        QCOMPARE(cell(figures, QStringLiteral("Bandwidth"), 2), QString::fromStdString(details->citation("bandwidth")));
    }
    // A discrete card has no shared pool to limit.
    QVERIFY(dialog->limitSpin() == nullptr);
    QCOMPARE(dialog->limitBytes(), std::int64_t{0});
}

void TestGuiGpuDetails::unifiedMachine_limitIsExplainedAndSetForTheScenario() {
    auto window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ControlPanel* controls = window->explorer()->controls();
    ExplorerState state = controls->state();
    state.gpus = {{"apple-m4-max-128gb", 1}};
    state.primary_gpu = "apple-m4-max-128gb";
    state.unit = sizing::MemoryUnit::GiB;
    controls->setState(state);
    window->workspace()->history()->clear();
    const sizing::GpuSpec& mac = *controls->catalog().findGpu("apple-m4-max-128gb");
    const std::int64_t macDefault = mac.capacityBytes(); // the catalog's default wired limit (107.52 GiB)
    QCOMPARE(window->explorer()->primaryEstimate().fit->capacity_bytes, macDefault);

    std::unique_ptr<GpuDetailsDialog> dialog = controls->makeGpuDetails("apple-m4-max-128gb");
    auto* box = dialog->findChild<QGroupBox*>(QStringLiteral("gpuMemoryLimitBox"));
    QVERIFY(box != nullptr);
    bool explained = false;
    for (const QLabel* label : box->findChildren<QLabel*>()) {
        explained = explained || label->text().contains(QStringLiteral("iogpu.wired_limit_mb"));
    }
    QVERIFY(explained);
    QDoubleSpinBox* limit = dialog->limitSpin();
    QVERIFY(limit != nullptr && limit->isEnabled());
    QCOMPARE(limit->value(), std::round(static_cast<double>(macDefault) / kGiB * 10) / 10);
    QCOMPARE(dialog->limitBytes(), std::int64_t{0}); // the default is no limit of its own

    // Raised to 120 GiB (sudo sysctl iogpu.wired_limit_mb=122880): the scenario's capacity follows.
    limit->setValue(120);
    QCOMPARE(dialog->limitBytes(), std::int64_t{120} << 30);
    controls->applyGpuDetails("apple-m4-max-128gb", *dialog);
    QCOMPARE(controls->state().gpus[0].memory_limit_bytes, std::int64_t{120} << 30);
    QCOMPARE(window->explorer()->primaryScenario().gpu->capacityBytes(), std::int64_t{120} << 30);
    QCOMPARE(window->explorer()->primaryEstimate().fit->capacity_bytes, std::int64_t{120} << 30);
    QAction* undo = window->workspace()->history()->undoAction();
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(controls->state().gpus[0].memory_limit_bytes, std::int64_t{0});
    QCOMPARE(window->explorer()->primaryEstimate().fit->capacity_bytes, macDefault);

    // Reset in the dialog returns to the catalog's figure.
    std::unique_ptr<GpuDetailsDialog> again = controls->makeGpuDetails("apple-m4-max-128gb");
    again->limitSpin()->setValue(64);
    again->findChild<QPushButton*>(QStringLiteral("gpuMemoryLimitReset"))->click();
    QCOMPARE(again->limitBytes(), std::int64_t{0});

    // A GPU that is not part of the scenario shows its limit but cannot set one.
    std::unique_ptr<GpuDetailsDialog> other = controls->makeGpuDetails("dgx-spark");
    QVERIFY(other->limitSpin() != nullptr);
    QVERIFY(!other->limitSpin()->isEnabled());
}

QTEST_MAIN(TestGuiGpuDetails)
#include "test_gui_gpu_details.moc"
