// This machine's GPUs in the explorer (issue 16): detected in the background after the window is up
// (a fake nvidia-smi on PATH and a recorded /proc under FITSCOPE_HARDWARE_ROOT), listed first in the
// GPU picker as "This machine" with the memory the driver reports; the memory the driver says is already
// in use fills the explorer's "already in use" field (its own segment in the chart, editable, one undo
// step per edit). The picker's vendor, memory and category filters.
#include "breakdown_chart.h"
#include "control_panel.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "gpu_picker.h"
#include "machine_gpus.h"
#include "main_window.h"
#include "main_window_fixture.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fitscope;
using namespace fitscope::gui;

namespace {

constexpr std::int64_t kMiB = 1 << 20;

bool writeFile(const QString& path, const QByteArray& text, bool executable = false) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(text);
    file.close();
    return !executable || file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup);
}

} // namespace

class TestGuiMachineGpus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detectedGpus_areListedFirst_andSizedAgainstWhatIsFree();
    void inUseField_isAnEditableSegment_andOneUndoStep();
    void picker_filtersByVendorMemoryAndCategory();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_machine;
    std::unique_ptr<Settings> m_settings;
};

void TestGuiMachineGpus::initTestCase() {
    QVERIFY(m_dir.isValid() && m_machine.isValid());
    // Two GPUs as nvidia-smi prints FitScope's query (index, name, total MiB, used MiB, driver): a 4090
    // with 1,321 MiB in use by the desktop, and a card the catalog does not know.
    QVERIFY(writeFile(m_machine.filePath(QStringLiteral("bin/nvidia-smi")),
                      "#!/bin/sh\ncat <<'EOF'\n"
                      "0, NVIDIA GeForce RTX 4090, 24564, 1321, 550.54.14\n"
                      "1, NVIDIA Mystery GPU 9000, 16384, 0, 550.54.14\n"
                      "EOF\n",
                      true));
    QVERIFY(writeFile(m_machine.filePath(QStringLiteral("proc/meminfo")),
                      "MemTotal: 65536000 kB\nMemAvailable: 50000000 kB\n"));
    qputenv("FITSCOPE_HARDWARE_ROOT", m_machine.path().toUtf8());
    qputenv("PATH", m_machine.filePath(QStringLiteral("bin")).toUtf8() + ':' + qgetenv("PATH"));
}

void TestGuiMachineGpus::detectedGpus_areListedFirst_andSizedAgainstWhatIsFree() {
    auto window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy detected(window->machineGpus(), &MachineGpus::detected);
    QVERIFY(detected.count() > 0 || detected.wait(15000));
    QVERIFY(!window->machineGpus()->busy());

    ControlPanel* controls = window->explorer()->controls();
    QTreeWidget* tree = controls->findChild<GpuPicker*>(QStringLiteral("gpuPicker"))->tree();
    QTreeWidgetItem* machine = tree->topLevelItem(0);
    QCOMPARE(machine->text(0), QStringLiteral("This machine"));
    QCOMPARE(machine->childCount(), 2);
    QVERIFY2(machine->child(0)->text(0).contains(QLatin1String("RTX 4090 (GPU 0)")),
             qPrintable(machine->child(0)->text(0)));
    QVERIFY(machine->child(0)->toolTip(0).contains(QLatin1String("already in use")));
    QVERIFY(machine->child(1)->text(0).contains(QLatin1String("Mystery GPU 9000 (GPU 1)")));
    // The catalog's groups follow, each catalog GPU listed once.
    QVERIFY(tree->topLevelItemCount() >= 3);
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Consumer"));

    // Checked (alone, so it is the primary GPU), the 4090 of this machine keeps its whole memory as
    // capacity, with the 1,321 MiB the driver reports in use as the scenario's "already in use".
    ExplorerState state = controls->state();
    state.gpus.clear();
    controls->setState(state);
    const std::string id = machine->child(0)->data(0, Qt::UserRole + 1).toString().toStdString();
    QCOMPARE(id, std::string("local-0-rtx-4090"));
    machine->child(0)->setCheckState(0, Qt::Checked);
    QCOMPARE(controls->state().primary_gpu, id);
    QCOMPARE(controls->state().gpus.size(), std::size_t(1));
    QCOMPARE(controls->state().gpus[0].in_use_bytes, 1321 * kMiB);
    const sizing::Scenario s = window->explorer()->primaryScenario();
    QVERIFY(s.gpu != nullptr);
    QCOMPARE(s.gpu->id, id);
    QCOMPARE(s.gpu->capacityBytes(), 24564 * kMiB);
    QCOMPARE(s.gpu_in_use_bytes, 1321 * kMiB);
    QVERIFY(s.gpu->bandwidth_gbps > 900); // the catalog's RTX 4090 figure, not unknown
    const sizing::Estimate& e = window->explorer()->primaryEstimate();
    QVERIFY(e.fit.has_value());
    QCOMPARE(e.fit->capacity_bytes, 24564 * kMiB);
    QCOMPARE(e.fit->in_use_bytes, 1321 * kMiB);
    QCOMPARE(e.fit->headroom_bytes, 24564 * kMiB - 1321 * kMiB - e.fit->per_gpu_bytes);
    auto* inUse = controls->findChild<QDoubleSpinBox*>(QStringLiteral("gpuInUseSpin"));
    QVERIFY(inUse != nullptr && inUse->isEnabled());
    QCOMPARE(inUse->value(), 1.39); // 1,321 MiB = 1.385 GB, two decimals

    // The unknown card keeps its real memory and says why it has no speed figures.
    const std::string unknown = machine->child(1)->data(0, Qt::UserRole + 1).toString().toStdString();
    QCOMPARE(unknown, std::string("local-1"));
    QVERIFY(machine->child(1)->toolTip(0).contains(QLatin1String("not in the catalog")));
}

void TestGuiMachineGpus::inUseField_isAnEditableSegment_andOneUndoStep() {
    auto window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ControlPanel* controls = window->explorer()->controls();
    ExplorerState state = controls->state();
    state.gpus = {{"rtx-4090", 1}};
    state.primary_gpu = "rtx-4090";
    state.unit = sizing::MemoryUnit::GB;
    controls->setState(state);
    ExplorerHistory* history = window->workspace()->history();
    history->clear();
    BreakdownChart* chart = window->explorer()->breakdownChart();
    QCOMPARE(chart->drawnInUse(0), 0.0);
    QVERIFY(!chart->inUseInLegend());
    const std::int64_t headroom = window->explorer()->primaryEstimate().fit->headroom_bytes;

    // Typed into the field: 3.5 GB held elsewhere on the planned 4090.
    auto* inUse = controls->findChild<QDoubleSpinBox*>(QStringLiteral("gpuInUseSpin"));
    QVERIFY(inUse != nullptr && inUse->isEnabled());
    inUse->selectAll();
    QTest::keyClicks(inUse, QStringLiteral("3.5"));
    QTest::keyClick(inUse, Qt::Key_Enter);
    QCOMPARE(controls->state().gpus[0].in_use_bytes, std::int64_t{3'500'000'000});
    QCOMPARE(window->explorer()->primaryScenario().gpu_in_use_bytes, std::int64_t{3'500'000'000});
    QCOMPARE(window->explorer()->primaryEstimate().fit->headroom_bytes, headroom - 3'500'000'000);
    // Its own segment under the load, and its legend entry.
    QTRY_COMPARE(chart->drawnInUse(0), 3.5);
    QVERIFY(chart->inUseInLegend());
    QCOMPARE(chart->bars().front().in_use_bytes, std::int64_t{3'500'000'000});

    // Typing "3.5" was one or more steps; undoing them all returns to none, and the step is named.
    QAction* undo = history->undoAction();
    QVERIFY2(undo->text().contains(QStringLiteral("Already in use per GPU")), qPrintable(undo->text()));
    while (controls->state().gpus[0].in_use_bytes != 0 && undo->isEnabled()) {
        undo->trigger();
    }
    QCOMPARE(controls->state().gpus[0].in_use_bytes, std::int64_t{0});
    QCOMPARE(inUse->value(), 0.0);
    QTRY_COMPARE(chart->drawnInUse(0), 0.0);
    QVERIFY(!chart->inUseInLegend());

    // One step per edit: a single step up is one undo step.
    const int steps = history->stack()->index(); // the steps not undone
    inUse->stepUp();
    QCOMPARE(history->stack()->index(), steps + 1);
    QCOMPARE(history->stack()->count(), steps + 1); // the undone ones are gone
    QCOMPARE(controls->state().gpus[0].in_use_bytes, std::int64_t{500'000'000});
}

void TestGuiMachineGpus::picker_filtersByVendorMemoryAndCategory() {
    auto window = fitscope::testing::openMainWindow(m_dir, m_settings);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ControlPanel* controls = window->explorer()->controls();
    ExplorerState state = controls->state();
    state.gpus = {{"a10g", 1}};
    state.primary_gpu = "a10g";
    state.unit = sizing::MemoryUnit::GB;
    controls->setState(state);
    auto* picker = controls->findChild<GpuPicker*>(QStringLiteral("gpuPicker"));
    QTreeWidget* tree = picker->tree();
    // The ids of the listed (not hidden) GPUs.
    const auto shown = [tree] {
        QStringList ids;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                if (!group->isHidden() && !group->child(i)->isHidden()) {
                    ids << group->child(i)->data(0, Qt::UserRole + 1).toString();
                }
            }
        }
        return ids;
    };
    const QStringList all = shown();
    QVERIFY(all.contains(QStringLiteral("rtx-4090")) && all.contains(QStringLiteral("mi300x")));

    QComboBox* vendor = picker->findChild<QComboBox*>(QStringLiteral("gpuVendorFilter"));
    QVERIFY(vendor != nullptr && vendor->findText(QStringLiteral("AMD")) > 0);
    vendor->setCurrentIndex(vendor->findText(QStringLiteral("AMD")));
    QStringList amd = shown();
    QVERIFY(amd.contains(QStringLiteral("mi300x")));
    QVERIFY(!amd.contains(QStringLiteral("rtx-4090")));
    QVERIFY(amd.contains(QStringLiteral("a10g"))); // checked: never hidden
    vendor->setCurrentIndex(0);

    // At least 100 GB (nominal): no 24 GB card; the MI300X's 192 GiB passes.
    auto* memory = picker->findChild<QDoubleSpinBox*>(QStringLiteral("gpuMemoryFilter"));
    QVERIFY(memory != nullptr);
    memory->setValue(100);
    const QStringList large = shown();
    QVERIFY(large.contains(QStringLiteral("mi300x")));
    QVERIFY(!large.contains(QStringLiteral("rtx-4090")));
    memory->setValue(0);

    // Unified memory: the Macs, DGX Spark and Strix Halo, across the catalog's groups; no discrete card.
    QComboBox* category = picker->findChild<QComboBox*>(QStringLiteral("gpuCategoryFilter"));
    QVERIFY(category != nullptr);
    category->setCurrentIndex(category->findText(QStringLiteral("Unified memory")));
    const QStringList unified = shown();
    const auto& catalog = controls->catalog();
    int unifiedShown = 0;
    for (const QString& id : unified) {
        const sizing::GpuSpec* gpu = catalog.findGpu(id.toStdString());
        QVERIFY(gpu != nullptr);
        QVERIFY2(gpu->unified_memory || id == QLatin1String("a10g"), qPrintable(id));
        unifiedShown += gpu->unified_memory ? 1 : 0;
    }
    QVERIFY(unifiedShown >= 3);
    category->setCurrentIndex(category->findText(QStringLiteral("Data centre")));
    const QStringList dataCentre = shown();
    QVERIFY(dataCentre.contains(QStringLiteral("mi300x")));
    QVERIFY(!dataCentre.contains(QStringLiteral("rtx-4090")));
    category->setCurrentIndex(0);
    QCOMPARE(shown(), all);
}

QTEST_MAIN(TestGuiMachineGpus)
#include "test_gui_machine_gpus.moc"
