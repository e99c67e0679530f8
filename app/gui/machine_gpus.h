#pragma once

#include "core/catalog/catalog.h"
#include "core/hardware/detected_hardware.h"
#include "core/sizing/gpu_spec.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace fitscope::gui {

// The GPUs of the machine FitScope runs on (issue 16), detected on a worker thread once the window is
// up, so start-up never waits for nvidia-smi or a slow driver (each tool is time-limited, and no
// driver, no GPU or a broken tool just finds fewer GPUs). FITSCOPE_HARDWARE_ROOT replays a recorded
// machine (core/hardware).
class MachineGpus : public QObject {
    Q_OBJECT

public:
    explicit MachineGpus(const catalog::Catalog& catalog, QObject* parent = nullptr);
    ~MachineGpus() override; // waits for a running detection (bounded by the tools' time limits)

    void detect();
    bool busy() const { return m_worker != nullptr; }
    const hardware::DetectedHardware* hardware() const { return m_hardware.get(); }

signals:
    void detected(const std::vector<sizing::GpuSpec>& gpus);

private:
    const catalog::Catalog& m_catalog;
    QThread* m_worker = nullptr;
    std::shared_ptr<const hardware::DetectedHardware> m_hardware;
};

// The detected GPUs as the explorer sizes them: the catalog entry's bandwidth and rates with this
// machine's memory, ids "local-N[-catalog id]", named "<name> (GPU N)". Where the driver reports
// memory already in use (other processes, the desktop), in_use_when_detected_bytes carries it: the
// explorer fills the GPU's "already in use" figure from it, so the fit is judged against what is free.
std::vector<sizing::GpuSpec> machineGpuSpecs(const hardware::DetectedHardware& hw, const catalog::Catalog& catalog);

bool isMachineGpu(const std::string& id); // "local-…"

} // namespace fitscope::gui
