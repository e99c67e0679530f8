#include "machine_gpus.h"

#include "core/hardware/catalog_match.h"
#include "core/hardware/hardware_detector.h"
#include "core/sizing/units.h"

#include <QThread>

namespace fitscope::gui {

MachineGpus::MachineGpus(const catalog::Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog) {}

MachineGpus::~MachineGpus() {
    if (m_worker != nullptr) {
        m_worker->wait();
    }
}

void MachineGpus::detect() {
    if (m_worker != nullptr) {
        return;
    }
    auto result = std::make_shared<hardware::DetectedHardware>();
    const catalog::Catalog* catalog = &m_catalog;
    m_worker = QThread::create([result, catalog] {
        *result = hardware::detectHardware(hardware::detectionOptionsFromEnvironment(), *catalog);
    });
    m_worker->setObjectName(QStringLiteral("machineGpusWorker"));
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_hardware = result;
        emit detected(machineGpuSpecs(*result, m_catalog));
    });
    m_worker->start(QThread::LowPriority);
}

std::vector<sizing::GpuSpec> machineGpuSpecs(const hardware::DetectedHardware& hw, const catalog::Catalog& catalog) {
    std::vector<sizing::GpuSpec> specs;
    for (const hardware::DetectedGpu& gpu : hw.gpus) {
        sizing::GpuSpec spec = hardware::localGpuSpec(gpu, catalog);
        spec.display_name = gpu.name + " (GPU " + std::to_string(gpu.index) + ")";
        if (gpu.used_bytes >= 0 && gpu.total_bytes >= gpu.used_bytes) {
            // What other processes hold is not the model's to use, but the capacity stays the device's:
            // the explorer shows it as "already in use" (its own segment, editable), not as a smaller GPU.
            spec.in_use_when_detected_bytes = gpu.used_bytes;
            if (gpu.used_bytes > 0) {
                spec.source += "; " + sizing::formatBytes(gpu.used_bytes, sizing::MemoryUnit::GiB, 2) +
                               " already in use when detected (" + gpu.reported_by + ")";
            }
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

bool isMachineGpu(const std::string& id) {
    return id.starts_with("local-");
}

} // namespace fitscope::gui
