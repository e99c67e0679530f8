// This machine's GPUs in the explorer (issue 16): detected in the background after the window is up
// (a fake nvidia-smi on PATH and a recorded /proc under FITSCOPE_HARDWARE_ROOT), listed first in the
// GPU picker as "This machine" with the memory the driver reports, and sized against what is free
// where the driver says memory is already in use.
#include "control_panel.h"
#include "explorer_page.h"
#include "gpu_picker.h"
#include "machine_gpus.h"
#include "main_window.h"
#include "main_window_fixture.h"

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

    // Checked and made primary, the 4090 of this machine is sized against its free memory:
    // 24,564 − 1,321 MiB, with the catalog's bandwidth.
    ExplorerState state = controls->state();
    const std::string id = machine->child(0)->data(0, Qt::UserRole + 1).toString().toStdString();
    QCOMPARE(id, std::string("local-0-rtx-4090"));
    state.gpus = {{id, 1}};
    state.primary_gpu = id;
    controls->setState(state);
    const sizing::Scenario s = window->explorer()->primaryScenario();
    QVERIFY(s.gpu != nullptr);
    QCOMPARE(s.gpu->id, id);
    QCOMPARE(s.gpu->capacityBytes(), (24564 - 1321) * kMiB);
    QVERIFY(s.gpu->bandwidth_gbps > 900); // the catalog's RTX 4090 figure, not unknown
    QVERIFY(window->explorer()->primaryEstimate().fit.has_value());
    QCOMPARE(window->explorer()->primaryEstimate().fit->capacity_bytes, (24564 - 1321) * kMiB);

    // The unknown card keeps its real memory and says why it has no speed figures.
    const std::string unknown = machine->child(1)->data(0, Qt::UserRole + 1).toString().toStdString();
    QCOMPARE(unknown, std::string("local-1"));
    QVERIFY(machine->child(1)->toolTip(0).contains(QLatin1String("not in the catalog")));
}

QTEST_MAIN(TestGuiMachineGpus)
#include "test_gui_machine_gpus.moc"
