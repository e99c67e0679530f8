#pragma once

#include "explorer_state.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace fitscope::gui {

// The side panel's task switch (inference / fine-tune, with the fine-tuning method, LoRA rank and
// gradient checkpointing) and its collapsible "Runtime options": only the options that apply to
// the chosen runtime and GPUs are shown (vLLM's memory fraction and profiling tokens; llama.cpp's
// GPU layers, flash attention (-fa auto|on|off), the V cache's type (-ctv), the unified KV cache (-kvu),
// the layers whose routed experts stay in system RAM (--n-cpu-moe, MoE models only) and the system RAM; tensor or
// pipeline parallelism when a GPU count is above one). It edits an EngineOptions and computes nothing.
class RuntimeOptionsPanel : public QObject {
    Q_OBJECT

public:
    explicit RuntimeOptionsPanel(QWidget* parent);

    QWidget* taskWidget() const { return m_task; }
    QWidget* optionsWidget() const { return m_options; }

    // Shows the state's options (no changed() signal) and which rows apply. maxGpuLayers = the
    // model's n_layer + 1 (llama.cpp counts the output layer); moeLayers = its n_layer when it has routed
    // experts (the --n-cpu-moe range), 0 for a dense model (the control is disabled).
    void setState(const ExplorerState& state, std::int64_t maxGpuLayers, std::int64_t moeLayers = 0);
    const EngineOptions& options() const { return m_engine; }

    // What "auto" GPU layers resolved to for the primary GPU (shown beside the choice).
    void setSolvedGpuLayers(std::optional<std::int64_t> layers);

signals:
    void changed(); // the user changed an option: options() holds it

private:
    void build(QWidget* parent);
    void updateVisibility();
    void commit();

    EngineOptions m_engine;
    sizing::Runtime m_runtime = sizing::Runtime::Simple;
    sizing::KvFormat m_kvK = sizing::KvFormat::FP16; // -ctk: the KV-cache choice of the control panel
    bool m_multiGpu = false;
    bool m_syncing = false;

    QWidget* m_task = nullptr;
    QButtonGroup* m_taskGroup = nullptr;
    QToolButton* m_inference = nullptr;
    QToolButton* m_finetune = nullptr;
    QWidget* m_finetuneBox = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_rankLabel = nullptr;
    QSpinBox* m_rank = nullptr;
    QLabel* m_targetsLabel = nullptr;
    QComboBox* m_targets = nullptr;
    QCheckBox* m_checkpointing = nullptr;

    QWidget* m_options = nullptr;
    QToolButton* m_toggle = nullptr;
    QWidget* m_body = nullptr;
    QWidget* m_vllmRows = nullptr;
    QDoubleSpinBox* m_memoryFraction = nullptr;
    QSpinBox* m_batchedTokens = nullptr;
    QComboBox* m_vllmVersion = nullptr;
    QSpinBox* m_maxSeqs = nullptr;
    QCheckBox* m_prefixCaching = nullptr;
    QWidget* m_llamaRows = nullptr;
    QComboBox* m_layersMode = nullptr;
    QSpinBox* m_layers = nullptr;
    QLabel* m_layersNote = nullptr;
    QComboBox* m_flash = nullptr;
    QComboBox* m_cacheV = nullptr;
    QCheckBox* m_kvUnified = nullptr;
    QSpinBox* m_cpuMoe = nullptr;
    QDoubleSpinBox* m_cpuRam = nullptr;
    QWidget* m_parallelRows = nullptr;
    QComboBox* m_parallelism = nullptr;
};

} // namespace fitscope::gui
