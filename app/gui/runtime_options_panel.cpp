#include "runtime_options_panel.h"

#include "core/plan/launch_settings.h"
#include "format_text.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
enum LayersMode { kAllLayers = 0, kAutoLayers = 1, kSetLayers = 2 };
constexpr int kSameAsK = -1; // the V-type combo's "same as K" item

QFormLayout* formFor(QWidget* widget) {
    auto* form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    return form;
}

template <typename W>
W* described(W* widget, const char* objectName, const QString& name, const QString& description) {
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
    widget->setToolTip(description);
    return widget;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RuntimeOptionsPanel::RuntimeOptionsPanel(QWidget* parent)
    : QObject(parent) {
    build(parent);
}

void RuntimeOptionsPanel::build(QWidget* parent) {
    // Task: two toggle buttons side by side, the fine-tuning options below when they apply.
    m_task = new QWidget(parent);
    m_task->setObjectName(QStringLiteral("taskPanel"));
    auto* taskLayout = new QVBoxLayout(m_task);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->setSpacing(4);
    auto* switchRow = new QHBoxLayout;
    switchRow->setSpacing(0);
    m_inference = described(new QToolButton(m_task), "taskInference", tr("Inference"),
                            tr("Serving the model: weights, KV cache, activations and the runtime's overhead."));
    m_finetune = described(new QToolButton(m_task), "taskFineTune", tr("Fine-tune"),
                           tr("Training the model: weights, gradients, optimizer states and the activations kept "
                              "for the backward pass (full fine-tuning, LoRA or QLoRA)."));
    m_inference->setText(tr("&Inference"));
    m_finetune->setText(tr("&Fine-tune"));
    m_taskGroup = new QButtonGroup(this);
    m_taskGroup->setExclusive(true);
    for (QToolButton* button : {m_inference, m_finetune}) {
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_taskGroup->addButton(button);
        switchRow->addWidget(button);
    }
    m_inference->setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid #d0d7de; border-top-left-radius: 6px; border-bottom-left-radius: 6px; "
        "padding: 3px 8px; background: palette(base); } QToolButton:checked { background: #0072b2; color: white; "
        "border-color: #0072b2; }"));
    m_finetune->setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid #d0d7de; border-left: none; border-top-right-radius: 6px; "
        "border-bottom-right-radius: 6px; padding: 3px 8px; background: palette(base); } QToolButton:checked { "
        "background: #0072b2; color: white; border-color: #0072b2; }"));
    taskLayout->addLayout(switchRow);

    m_finetuneBox = new QWidget(m_task);
    m_finetuneBox->setObjectName(QStringLiteral("fineTuneOptions"));
    QFormLayout* ft = formFor(m_finetuneBox);
    ft->setContentsMargins(0, 4, 0, 0);
    m_method = described(new QComboBox(m_finetuneBox), "fineTuneMethodCombo", tr("Fine-tuning method"),
                         tr("Full: every weight trained with mixed-precision AdamW. LoRA: a frozen 16-bit base with "
                            "trainable low-rank adapters. QLoRA: a frozen NF4 base with BF16 adapters and a paged "
                            "optimizer."));
    m_method->addItem(tr("Full"), static_cast<int>(sizing::FineTuneMethod::Full));
    m_method->addItem(tr("LoRA"), static_cast<int>(sizing::FineTuneMethod::Lora));
    m_method->addItem(tr("QLoRA"), static_cast<int>(sizing::FineTuneMethod::Qlora));
    ft->addRow(buddyLabel(tr("&Method"), m_method, m_finetuneBox), m_method);
    m_rank = described(new QSpinBox(m_finetuneBox), "loraRankSpin", tr("LoRA rank"),
                       tr("The rank r of each adapter: r × (inputs + outputs) trainable parameters per matrix."));
    m_rank->setRange(1, static_cast<int>(std::min<std::int64_t>(sizing::kMaxLoraRank, 4096)));
    m_rankLabel = buddyLabel(tr("LoRA &rank"), m_rank, m_finetuneBox);
    ft->addRow(m_rankLabel, m_rank);
    m_targets = described(new QComboBox(m_finetuneBox), "loraTargetsCombo", tr("LoRA targets"),
                          tr("Which matrices carry adapters: every linear layer (QLoRA's choice) or the attention "
                             "query and value only (the original LoRA paper)."));
    m_targets->addItem(tr("All linear layers"), static_cast<int>(sizing::LoraTargets::AllLinear));
    m_targets->addItem(tr("Attention q, v"), static_cast<int>(sizing::LoraTargets::Attention));
    m_targetsLabel = buddyLabel(tr("&Adapters on"), m_targets, m_finetuneBox);
    ft->addRow(m_targetsLabel, m_targets);
    m_checkpointing = described(new QCheckBox(tr("&Gradient checkpointing"), m_finetuneBox),
                                "gradientCheckpointingCheck", tr("Gradient checkpointing"),
                                tr("Keeps only each layer's input and recomputes the rest during the backward "
                                   "pass: far less activation memory for about a third more compute."));
    ft->addRow(m_checkpointing);
    taskLayout->addWidget(m_finetuneBox);

    // Runtime options: a collapsible group of the rows that apply.
    m_options = new QWidget(parent);
    m_options->setObjectName(QStringLiteral("runtimeOptions"));
    auto* optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->setContentsMargins(0, 2, 0, 0);
    optionsLayout->setSpacing(2);
    m_toggle = described(new QToolButton(m_options), "runtimeOptionsToggle", tr("Runtime options"),
                         tr("Shows or hides the options of the chosen runtime and of several GPUs."));
    m_toggle->setText(tr("Runtime options"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    optionsLayout->addWidget(m_toggle);
    m_body = new QWidget(m_options);
    m_body->setObjectName(QStringLiteral("runtimeOptionsBody"));
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(14, 0, 0, 4);
    body->setSpacing(4);
    optionsLayout->addWidget(m_body);

    m_vllmRows = new QWidget(m_body);
    m_vllmRows->setObjectName(QStringLiteral("vllmOptions"));
    QFormLayout* vllm = formFor(m_vllmRows);
    m_memoryFraction =
        described(new QDoubleSpinBox(m_vllmRows), "vllmMemoryFractionSpin", tr("GPU memory utilization"),
                  tr("vLLM's --gpu-memory-utilization: the share of each GPU's memory vLLM takes at start-up. "
                     "What the weights, activations and CUDA graphs leave of it becomes the KV-cache pool."));
    m_memoryFraction->setRange(0.05, 1.0);
    m_memoryFraction->setDecimals(2);
    m_memoryFraction->setSingleStep(0.01);
    vllm->addRow(buddyLabel(tr("GPU &memory use"), m_memoryFraction, m_vllmRows), m_memoryFraction);
    m_batchedTokens =
        described(new QSpinBox(m_vllmRows), "vllmBatchedTokensSpin", tr("Max batched tokens"),
                  tr("vLLM's --max-num-batched-tokens: the tokens of its profiling forward pass, which sets "
                     "the activation peak it reserves."));
    m_batchedTokens->setRange(16, 1 << 20);
    m_batchedTokens->setSingleStep(1024);
    m_batchedTokens->setGroupSeparatorShown(true);
    vllm->addRow(buddyLabel(tr("Max &batched tokens"), m_batchedTokens, m_vllmRows), m_batchedTokens);
    m_maxSeqs = described(new QSpinBox(m_vllmRows), "vllmMaxSeqsSpin", tr("Max sequences"),
                          tr("vLLM's --max-num-seqs: the sequences its profiling run samples at once (default 256); "
                             "their logits are part of the activation peak."));
    m_maxSeqs->setRange(1, 1 << 16);
    m_maxSeqs->setGroupSeparatorShown(true);
    vllm->addRow(buddyLabel(tr("Max se&quences"), m_maxSeqs, m_vllmRows), m_maxSeqs);
    m_vllmVersion = described(new QComboBox(m_vllmRows), "vllmVersionCombo", tr("vLLM version"),
                              tr("The vLLM release whose rules apply: V0 before 0.8, the hybrid KV cache manager "
                                 "from 0.10, KV cache size printed from the concurrency from 0.20, CUDA graphs "
                                 "taken out of the KV budget from 0.21."));
    // The releases where a rule FitScope models changed (vllm_profile.cpp, vllm_kv_cache.h).
    const sizing::VllmVersion versions[] = {sizing::kNewestVllmVersion, {0, 20}, {0, 19}, {0, 10}, {0, 8}, {0, 7}};
    for (const sizing::VllmVersion v : versions) {
        const QString id = QString::fromStdString(sizing::vllmVersionId(v));
        QString text = id;
        if (v == sizing::kNewestVllmVersion) {
            text = tr("%1 (newest)").arg(id);
        } else if (v < sizing::VllmVersion{0, 8}) {
            text = tr("%1 (V0 engine)").arg(id);
        }
        m_vllmVersion->addItem(text, id);
    }
    vllm->addRow(buddyLabel(tr("v&LLM version"), m_vllmVersion, m_vllmRows), m_vllmVersion);
    m_prefixCaching =
        described(new QCheckBox(tr("Prefix caching"), m_vllmRows), "vllmPrefixCachingCheck", tr("Prefix caching"),
                  tr("vLLM's --enable-prefix-caching (on by default in V1): models with recurrent "
                     "layers then keep two state blocks per request instead of one."));
    vllm->addRow(QString(), m_prefixCaching);
    body->addWidget(m_vllmRows);

    m_llamaRows = new QWidget(m_body);
    m_llamaRows->setObjectName(QStringLiteral("llamaCppOptions"));
    QFormLayout* llama = formFor(m_llamaRows);
    m_layersMode = described(new QComboBox(m_llamaRows), "gpuLayersModeCombo", tr("GPU layers"),
                             tr("llama.cpp's --n-gpu-layers: all layers on the GPU, the largest count that fits "
                                "(solved), or a number you set. The rest stays in system RAM and runs on the CPU."));
    m_layersMode->addItem(tr("All"), kAllLayers);
    m_layersMode->addItem(tr("Auto: most that fit"), kAutoLayers);
    m_layersMode->addItem(tr("Set…"), kSetLayers);
    llama->addRow(buddyLabel(tr("GPU &layers"), m_layersMode, m_llamaRows), m_layersMode);
    m_layers = described(new QSpinBox(m_llamaRows), "gpuLayersSpin", tr("Layers on the GPU"),
                         tr("n_gpu_layers, the output layer counted as llama.cpp counts it."));
    llama->addRow(QString(), m_layers);
    m_layersNote = new QLabel(m_llamaRows);
    m_layersNote->setObjectName(QStringLiteral("gpuLayersNote"));
    m_layersNote->setStyleSheet(QStringLiteral("color: #59636e; font-size: 9pt;"));
    m_layersNote->setWordWrap(true);
    llama->addRow(m_layersNote);
    m_flash = described(new QComboBox(m_llamaRows), "flashAttentionCombo", tr("Flash attention"),
                        tr("llama.cpp's -fa: a smaller compute buffer, and the condition for a quantized V cache. "
                           "Auto, llama.cpp's default, turns it on wherever the device runs it (CUDA, ROCm, "
                           "Metal, Vulkan and the CPU do); off keeps V in F16."));
    m_flash->addItem(tr("Auto (on)"), static_cast<int>(sizing::FlashAttention::Auto));
    m_flash->addItem(tr("On"), static_cast<int>(sizing::FlashAttention::On));
    m_flash->addItem(tr("Off"), static_cast<int>(sizing::FlashAttention::Off));
    llama->addRow(buddyLabel(tr("Flash a&ttention"), m_flash, m_llamaRows), m_flash);
    m_cacheV = described(new QComboBox(m_llamaRows), "cacheTypeVCombo", tr("V cache type"),
                         tr("llama.cpp's -ctv: the type of the cached values when it differs from the keys' "
                            "(-ctk, the KV-cache choice above). A quantized V cache needs flash attention."));
    m_cacheV->addItem(tr("Same as K"), kSameAsK);
    for (const sizing::KvFormatInfo& info : sizing::allKvFormats()) {
        if (!plan::llamaCppCacheTypeName(info.format).empty()) { // the types llama.cpp's -ctv takes
            m_cacheV->addItem(FormatText::translate(info.display_name), static_cast<int>(info.format));
            m_cacheV->setItemData(m_cacheV->count() - 1, FormatText::translate(info.description), Qt::ToolTipRole);
        }
    }
    llama->addRow(buddyLabel(tr("&V cache"), m_cacheV, m_llamaRows), m_cacheV);
    m_kvUnified =
        described(new QCheckBox(tr("&Unified KV cache (-kvu)"), m_llamaRows), "kvUnifiedCheck", tr("Unified KV cache"),
                  tr("llama.cpp's -kvu: one cache of n_ctx cells shared by every sequence (slot) instead of "
                     "n_ctx / slots cells for each; sliding-window layers then keep a window per slot in it. "
                     "llama-server without -np runs 4 slots with it on."));
    llama->addRow(m_kvUnified);
    m_cpuMoe = described(new QSpinBox(m_llamaRows), "cpuMoeSpin", tr("CPU MoE layers"),
                         tr("llama.cpp's --n-cpu-moe: the routed experts of the first N layers stay in system RAM "
                            "and run on the CPU, while attention, shared experts and the KV cache stay on the GPU. "
                            "Only for mixture-of-experts models."));
    m_cpuMoe->setRange(0, 0);
    llama->addRow(buddyLabel(tr("CPU &MoE layers"), m_cpuMoe, m_llamaRows), m_cpuMoe);
    m_cpuRam = described(new QDoubleSpinBox(m_llamaRows), "cpuRamSpin", tr("System RAM"),
                         tr("The RAM that holds the layers left on the CPU. The default is this machine's."));
    m_cpuRam->setRange(1, 1 << 20);
    m_cpuRam->setDecimals(0);
    m_cpuRam->setSuffix(QStringLiteral(" GiB"));
    llama->addRow(buddyLabel(tr("System &RAM"), m_cpuRam, m_llamaRows), m_cpuRam);
    body->addWidget(m_llamaRows);

    m_parallelRows = new QWidget(m_body);
    m_parallelRows->setObjectName(QStringLiteral("parallelismOptions"));
    QFormLayout* parallel = formFor(m_parallelRows);
    m_parallelism = described(new QComboBox(m_parallelRows), "parallelismCombo", tr("Parallelism"),
                              tr("How several GPUs share the model. Tensor parallel: every layer split across the "
                                 "GPUs, each holding the same share. Pipeline parallel: consecutive layers on each "
                                 "GPU, the first with the embeddings, the last with the output head."));
    m_parallelism->addItem(tr("Tensor (tp)"), static_cast<int>(sizing::Parallelism::Tensor));
    m_parallelism->addItem(tr("Pipeline (pp)"), static_cast<int>(sizing::Parallelism::Pipeline));
    parallel->addRow(buddyLabel(tr("Para&llel"), m_parallelism, m_parallelRows), m_parallelism);
    body->addWidget(m_parallelRows);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_body->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_taskGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on) {
            commit();
        }
    });
    for (QComboBox* combo : {m_method, m_targets, m_layersMode, m_parallelism, m_vllmVersion, m_flash, m_cacheV}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &RuntimeOptionsPanel::commit);
    }
    for (QSpinBox* spin : {m_rank, m_batchedTokens, m_layers, m_maxSeqs, m_cpuMoe}) {
        connect(spin, &QSpinBox::valueChanged, this, &RuntimeOptionsPanel::commit);
    }
    for (QDoubleSpinBox* spin : {m_memoryFraction, m_cpuRam}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RuntimeOptionsPanel::commit);
    }
    for (QCheckBox* check : {m_checkpointing, m_prefixCaching, m_kvUnified}) {
        connect(check, &QCheckBox::toggled, this, &RuntimeOptionsPanel::commit);
    }
}

void RuntimeOptionsPanel::setState(const ExplorerState& state, std::int64_t maxGpuLayers, std::int64_t moeLayers) {
    m_syncing = true;
    m_engine = state.engine;
    m_runtime = state.runtime;
    m_multiGpu = std::any_of(state.gpus.begin(), state.gpus.end(), [](const GpuChoice& g) { return g.count > 1; });
    const EngineOptions& e = m_engine;
    (e.task == sizing::Task::FineTune ? m_finetune : m_inference)->setChecked(true);
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(e.finetune.method)));
    m_rank->setValue(static_cast<int>(std::min<std::int64_t>(e.finetune.lora_rank, m_rank->maximum())));
    m_targets->setCurrentIndex(m_targets->findData(static_cast<int>(e.finetune.targets)));
    m_checkpointing->setChecked(e.finetune.gradient_checkpointing);
    m_memoryFraction->setValue(e.runtime.vllm.gpu_memory_utilization);
    m_batchedTokens->setValue(static_cast<int>(std::min<std::int64_t>(e.runtime.vllm.max_num_batched_tokens, 1 << 20)));
    m_maxSeqs->setValue(static_cast<int>(std::min<std::int64_t>(e.runtime.vllm.max_num_seqs, m_maxSeqs->maximum())));
    const int version = m_vllmVersion->findData(QString::fromStdString(sizing::vllmVersionId(e.runtime.vllm.version)));
    if (version < 0) {
        // A file's release between the listed ones: listed so the control shows what is in use.
        const QString id = QString::fromStdString(sizing::vllmVersionId(e.runtime.vllm.version));
        m_vllmVersion->addItem(id, id);
        m_vllmVersion->setCurrentIndex(m_vllmVersion->count() - 1);
    } else {
        m_vllmVersion->setCurrentIndex(version);
    }
    m_prefixCaching->setChecked(e.runtime.vllm.enable_prefix_caching.value_or(true));
    const int mode = e.runtime.auto_gpu_layers             ? kAutoLayers
                     : e.runtime.llamacpp.n_gpu_layers < 0 ? kAllLayers
                                                           : kSetLayers;
    m_layersMode->setCurrentIndex(mode);
    m_layers->setRange(0, static_cast<int>(std::max<std::int64_t>(1, maxGpuLayers)));
    m_layers->setValue(
        static_cast<int>(e.runtime.llamacpp.n_gpu_layers < 0 ? maxGpuLayers : e.runtime.llamacpp.n_gpu_layers));
    m_kvK = state.precision.kv_cache;
    m_flash->setCurrentIndex(m_flash->findData(static_cast<int>(e.runtime.llamacpp.flash_attention)));
    const auto& v = e.runtime.llamacpp.cache_type_v;
    const int vIndex = v ? m_cacheV->findData(static_cast<int>(*v)) : 0;
    m_cacheV->setCurrentIndex(std::max(0, vIndex));
    m_kvUnified->setChecked(e.runtime.llamacpp.kv_unified);
    // --cpu-moe is every layer: the spin box shows it as n_layer.
    m_cpuMoe->setRange(0, static_cast<int>(std::clamp<std::int64_t>(moeLayers, 0, 1 << 20)));
    m_cpuMoe->setEnabled(moeLayers > 0);
    m_cpuMoe->setValue(static_cast<int>(std::clamp<std::int64_t>(
        e.runtime.llamacpp.cpu_moe ? moeLayers : e.runtime.llamacpp.n_cpu_moe, 0, m_cpuMoe->maximum())));
    const std::int64_t ram = e.runtime.cpu_ram_bytes > 0 ? e.runtime.cpu_ram_bytes : machineRamBytes();
    m_cpuRam->setValue(std::round(static_cast<double>(ram) / kGiB));
    m_cpuRam->setToolTip(tr("The RAM that holds the layers left on the CPU. This machine has %1 GiB.")
                             .arg(std::round(static_cast<double>(machineRamBytes()) / kGiB)));
    m_parallelism->setCurrentIndex(m_parallelism->findData(static_cast<int>(e.runtime.parallelism)));
    updateVisibility();
    m_syncing = false;
}

void RuntimeOptionsPanel::setSolvedGpuLayers(std::optional<std::int64_t> layers) {
    if (!m_engine.runtime.auto_gpu_layers) {
        m_layersNote->clear();
    } else if (!layers) {
        m_layersNote->setText(tr("No GPU selected: the whole model runs on the CPU."));
    } else {
        m_layersNote->setText(
            tr("%n layer(s) on the GPU (of %1)", "", static_cast<int>(*layers)).arg(m_layers->maximum()));
    }
    m_layersNote->setVisible(!m_layersNote->text().isEmpty());
}

void RuntimeOptionsPanel::updateVisibility() {
    const bool finetune = m_engine.task == sizing::Task::FineTune;
    m_finetuneBox->setVisible(finetune);
    const bool adapters = m_engine.finetune.method != sizing::FineTuneMethod::Full;
    m_rank->setVisible(adapters);
    m_rankLabel->setVisible(adapters);
    m_targets->setVisible(adapters);
    m_targetsLabel->setVisible(adapters);
    // Fine-tuning is sized as ZeRO-3 / FSDP whatever the serving runtime: its options do not apply.
    const bool vllm = !finetune && m_runtime == sizing::Runtime::Vllm;
    const bool llama = !finetune && m_runtime == sizing::Runtime::LlamaCpp;
    const bool parallel = !finetune && m_multiGpu;
    m_vllmRows->setVisible(vllm);
    m_llamaRows->setVisible(llama);
    m_layers->setVisible(m_layersMode->currentIndex() == kSetLayers);
    if (!m_engine.runtime.auto_gpu_layers) {
        m_layersNote->clear();
        m_layersNote->setVisible(false);
    }
    m_parallelRows->setVisible(parallel);
    // Nothing applies (the simple or transformers profile on single GPUs): no empty group.
    m_options->setVisible(vllm || llama || parallel);
}

void RuntimeOptionsPanel::commit() {
    if (m_syncing) {
        return;
    }
    EngineOptions& e = m_engine;
    e.task = m_finetune->isChecked() ? sizing::Task::FineTune : sizing::Task::Inference;
    e.finetune.method = static_cast<sizing::FineTuneMethod>(m_method->currentData().toInt());
    e.finetune.lora_rank = m_rank->value();
    e.finetune.targets = static_cast<sizing::LoraTargets>(m_targets->currentData().toInt());
    e.finetune.gradient_checkpointing = m_checkpointing->isChecked();
    e.runtime.vllm.gpu_memory_utilization = m_memoryFraction->value();
    e.runtime.vllm.max_num_batched_tokens = m_batchedTokens->value();
    e.runtime.vllm.max_num_seqs = m_maxSeqs->value();
    e.runtime.vllm.version = sizing::vllmVersionFromId(m_vllmVersion->currentData().toString().toStdString())
                                 .value_or(sizing::kNewestVllmVersion);
    // Unset while it is V1's default, so a saved scenario states it only when changed.
    if (m_prefixCaching->isChecked() && !e.runtime.vllm.enable_prefix_caching) {
        e.runtime.vllm.enable_prefix_caching.reset();
    } else {
        e.runtime.vllm.enable_prefix_caching = m_prefixCaching->isChecked();
    }
    const int mode = m_layersMode->currentIndex();
    e.runtime.auto_gpu_layers = mode == kAutoLayers;
    e.runtime.llamacpp.n_gpu_layers = mode == kSetLayers ? m_layers->value() : -1;
    e.runtime.llamacpp.flash_attention = static_cast<sizing::FlashAttention>(m_flash->currentData().toInt());
    // -ctv the same as -ctk is no separate V type (as the CLI and a pasted command read it).
    const int v = m_cacheV->currentData().toInt();
    if (v == kSameAsK || static_cast<sizing::KvFormat>(v) == m_kvK) {
        e.runtime.llamacpp.cache_type_v.reset();
    } else {
        e.runtime.llamacpp.cache_type_v = static_cast<sizing::KvFormat>(v);
    }
    e.runtime.llamacpp.kv_unified = m_kvUnified->isChecked();
    // A value set here is --n-cpu-moe; a scenario with --cpu-moe (shown as every layer) keeps it until the
    // value changes. A dense model's disabled control leaves the setting as it was.
    const bool keeps_cpu_moe = e.runtime.llamacpp.cpu_moe && m_cpuMoe->value() == m_cpuMoe->maximum();
    if (m_cpuMoe->isEnabled() && !keeps_cpu_moe) {
        e.runtime.llamacpp.cpu_moe = false;
        e.runtime.llamacpp.n_cpu_moe = m_cpuMoe->value();
    }
    // This machine's RAM unless the figure was changed: a saved scenario then travels without it.
    const double machine = std::round(static_cast<double>(machineRamBytes()) / kGiB);
    e.runtime.cpu_ram_bytes =
        m_cpuRam->value() == machine ? 0 : static_cast<std::int64_t>(std::llround(m_cpuRam->value() * kGiB));
    e.runtime.parallelism = static_cast<sizing::Parallelism>(m_parallelism->currentData().toInt());
    m_syncing = true;
    updateVisibility();
    m_syncing = false;
    emit changed();
}

} // namespace fitscope::gui
