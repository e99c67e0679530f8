#include "control_panel.h"

#include "core/catalog/gpu_details.h"
#include "core/formats/hf_config.h"
#include "core/formats/hf_quantization.h"
#include "core/formats/model_file_sizing.h"
#include "core/sizing/expert_placement.h"
#include "core/sizing/image_tokens.h"
#include "core/sizing/model_spec.h"
#include "core/sizing/precision.h"
#include "format_text.h"
#include "gpu_details_dialog.h"
#include "gpu_picker.h"
#include "hub/hub_model_id.h"
#include "hub/hub_options.h"
#include "hub_model_source.h"
#include "log_slider.h"
#include "machine_gpus.h"
#include "model_pick_on_enter.h"
#include "model_picker.h"
#include "number_input.h"
#include "runtime_options_panel.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

// What identifies the model file read: the file and the projector read with it.
QString loadedSourceKey(const ExplorerState& state) {
    return state.config_path + QLatin1Char('\n') + state.projector_path;
}

constexpr int kKindRole = kModelKindRole; // model combo: "catalog", "custom", "config", "header"
constexpr int kIdRole = kModelIdRole;

double paramsOf(const sizing::PreparedModel& model) {
    if (model.spec.published_params > 0) {
        return static_cast<double>(model.spec.published_params);
    }
    return static_cast<double>(model.counts.total());
}

void selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace

ControlPanel::ControlPanel(const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog) {
    setObjectName(QStringLiteral("controlPanel"));
    for (const sizing::GpuSpec& gpu : m_catalog.gpus()) {
        m_gpuSpecs.push_back(std::make_shared<const sizing::GpuSpec>(gpu));
    }
    buildUi();
    setState(ExplorerState{});
}

QWidget* ControlPanel::section(QVBoxLayout* layout, const QString& title) {
    auto* label = new QLabel(title.toUpper(), this);
    label->setObjectName(QStringLiteral("sectionTitle"));
    layout->addSpacing(4);
    layout->addWidget(label);
    return label;
}

void ControlPanel::addField(QVBoxLayout* layout, const QString& text, QWidget* field, QWidget* buddy) {
    auto* label = new QLabel(text, this);
    label->setBuddy(buddy != nullptr ? buddy : field);
    layout->addWidget(label);
    layout->addWidget(field);
}

void ControlPanel::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 14);
    layout->setSpacing(5);

    // Model
    section(layout, tr("Model"));
    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setEditable(true);
    m_modelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_modelCombo->setMaxVisibleItems(20);
    m_modelCombo->setItemDelegate(new ModelPickerDelegate(m_modelCombo));
    m_modelCombo->view()->setMinimumWidth(420); // names with their parameters and release month
    m_modelCombo->completer()->setFilterMode(Qt::MatchContains);
    m_modelCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_modelCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_modelCombo->lineEdit()->setPlaceholderText(tr("Search models, or a Hugging Face id…"));
    m_modelCombo->setAccessibleName(tr("Model"));
    m_modelCombo->setAccessibleDescription(
        tr("The model to size: one from the catalog, a config.json you opened, or Custom (a bare parameter "
           "count with an assumed Llama-2-style shape). Type to search.") +
        QLatin1Char(' ') +
        tr("A Hugging Face id (ORG/NAME) or its page's address, with Enter, reads that model from the Hub."));
    m_modelCombo->setToolTip(m_modelCombo->accessibleDescription());
    addField(layout, tr("&Model"), m_modelCombo);
    auto* pickOnEnter = new ModelPickOnEnter(m_modelCombo, {kIdRole});
    connect(pickOnEnter, &ModelPickOnEnter::noMatch, this, [this](const QString& text) {
        // No catalog model has that name, but the Hub may: people paste ids from model cards.
        if (const auto id = hub::hubModelIdInTypedText(text, hub::HubOptions::fromEnvironment().endpoint)) {
            emit hubOpenRequested(id->text());
            return;
        }
        emit message(tr("No model matches “%1”.").arg(text));
    });

    m_openConfig = new QPushButton(tr("Open model file…"), this);
    m_openConfig->setObjectName(QStringLiteral("openConfigButton"));
    m_openConfig->setAccessibleName(tr("Open a model file"));
    m_openConfig->setAccessibleDescription(
        tr("Reads a .gguf or .safetensors file, a Hugging Face model folder or a config.json (headers only) and "
           "sizes that exact architecture, with the exact bytes the file stores. You can also drop one onto the "
           "window."));
    m_openConfig->setToolTip(m_openConfig->accessibleDescription() + tr(" (Ctrl+O)"));
    m_localModels = new QPushButton(tr("On this machine…"), this);
    m_localModels->setObjectName(QStringLiteral("localModelsButton"));
    m_localModels->setAccessibleName(tr("Models on this machine"));
    m_localModels->setAccessibleDescription(
        tr("Lists the models already downloaded by Ollama, LM Studio, llama.cpp and the Hugging Face tools, and "
           "whether each fits the selected GPU; choose one to open it."));
    m_localModels->setToolTip(m_localModels->accessibleDescription() + tr(" (Ctrl+Shift+H)"));
    m_hubOpen = new QPushButton(tr("Hugging Face…"), this);
    m_hubOpen->setObjectName(QStringLiteral("hubOpenButton"));
    m_hubOpen->setAccessibleName(tr("Open from Hugging Face"));
    m_hubOpen->setAccessibleDescription(
        tr("Reads a model from the Hugging Face Hub by its id (ORG/NAME): its config and the headers of its "
           "weight files, never the weights themselves."));
    m_hubOpen->setToolTip(m_hubOpen->accessibleDescription() + tr(" (Ctrl+Alt+O)"));
    // Where else a model comes from: two beside each other and the Hub below them. Three in one row made
    // the panel wider than its column (its labels are clipped), and more so in German or Spanish.
    auto* openButtons = new QGridLayout;
    openButtons->setContentsMargins(0, 0, 0, 0);
    openButtons->setSpacing(layout->spacing());
    openButtons->addWidget(m_openConfig, 0, 0);
    openButtons->addWidget(m_localModels, 0, 1);
    openButtons->addWidget(m_hubOpen, 1, 0, 1, 2);
    openButtons->setColumnStretch(0, 1);
    openButtons->setColumnStretch(1, 1);
    layout->addLayout(openButtons);

    m_params = new LogSlider(parseParameterCount, parameterCountText, this);
    m_params->setNames(QStringLiteral("params"), tr("Parameters"),
                       tr("The number of weights in the model, from 0.1 billion to 2 trillion (log scale). "
                          "Type a value such as 7B or 6.7e9. Moving it away from a catalog model switches to "
                          "a custom model with an assumed shape."));
    m_params->setRange(kMinParams, kMaxParams);
    addField(layout, tr("&Parameters"), m_params, m_params->slider());

    m_modelNote = new QLabel(this);
    m_modelNote->setObjectName(QStringLiteral("modelNote"));
    m_modelNote->setProperty("class", QStringLiteral("hint"));
    m_modelNote->setWordWrap(true);
    m_modelNote->setStyleSheet(QStringLiteral("color: #59636e; font-size: 9pt;"));
    m_modelNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_modelNote);

    // Precision
    section(layout, tr("Precision"));
    m_weights = new QComboBox(this);
    m_weights->setObjectName(QStringLiteral("weightFormatCombo"));
    m_weights->setMaxVisibleItems(24);
    m_weights->setAccessibleName(tr("Weight format"));
    m_weights->setAccessibleDescription(
        tr("How each weight is stored: floating point (FP32, BF16, FP16, FP8), 8-bit integers, 4-bit "
           "formats (GPTQ, AWQ, NF4, MXFP4) or llama.cpp's GGUF types. Scales and zero-points are counted."));
    m_weights->setToolTip(m_weights->accessibleDescription());
    fillFormatCombo(m_weights, false);
    addField(layout, tr("&Weights"), m_weights);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Embeddings and output head"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAccessibleName(tr("Advanced precision"));
    m_advancedToggle->setAccessibleDescription(
        tr("Shows the formats of the token embeddings and the output head, which quantized models usually keep "
           "at 16 bit."));
    m_advancedToggle->setToolTip(m_advancedToggle->accessibleDescription());
    layout->addWidget(m_advancedToggle);

    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advancedPrecision"));
    auto* advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(14, 0, 0, 4);
    advanced->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_embeddings = new QComboBox(m_advanced);
    m_embeddings->setObjectName(QStringLiteral("embeddingsFormatCombo"));
    m_embeddings->setAccessibleName(tr("Embeddings format"));
    m_embeddings->setAccessibleDescription(
        tr("The format of the token embedding table. Automatic: 16 bit for quantized formats, llama.cpp's "
           "choice for GGUF."));
    m_embeddings->setToolTip(m_embeddings->accessibleDescription());
    fillFormatCombo(m_embeddings, true);
    m_outputHead = new QComboBox(m_advanced);
    m_outputHead->setObjectName(QStringLiteral("outputHeadFormatCombo"));
    m_outputHead->setAccessibleName(tr("Output head format"));
    m_outputHead->setAccessibleDescription(
        tr("The format of the output head (lm_head), the last matrix that turns hidden states into token "
           "scores. Automatic: 16 bit for quantized formats, Q6_K for GGUF."));
    m_outputHead->setToolTip(m_outputHead->accessibleDescription());
    fillFormatCombo(m_outputHead, true);
    auto* embeddingsLabel = new QLabel(tr("&Embeddings"), m_advanced);
    embeddingsLabel->setBuddy(m_embeddings);
    auto* headLabel = new QLabel(tr("Output &head"), m_advanced);
    headLabel->setBuddy(m_outputHead);
    advanced->addRow(embeddingsLabel, m_embeddings);
    advanced->addRow(headLabel, m_outputHead);
    m_advanced->setVisible(false);
    layout->addWidget(m_advanced);

    m_kv = new QComboBox(this);
    m_kv->setObjectName(QStringLiteral("kvFormatCombo"));
    m_kv->setAccessibleName(tr("KV cache format"));
    m_kv->setAccessibleDescription(
        tr("How the cached keys and values are stored. FP16 is the default of most runtimes; FP8 and INT8 "
           "halve the cache, llama.cpp's Q4_0 quarters it."));
    m_kv->setToolTip(m_kv->accessibleDescription());
    for (const sizing::KvFormatInfo& info : sizing::allKvFormats()) {
        m_kv->addItem(FormatText::translate(info.display_name), static_cast<int>(info.format));
        m_kv->setItemData(m_kv->count() - 1, FormatText::translate(info.description), Qt::ToolTipRole);
    }
    addField(layout, tr("&KV cache"), m_kv);

    // Context
    section(layout, tr("Context"));
    m_context = new LogSlider(parseTokenCount, tokenCountText, this);
    m_context->setIntegral(true);
    m_context->setNames(QStringLiteral("context"), tr("Context length"),
                        tr("Tokens per sequence, prompt and generated text together (log scale, up to the model's "
                           "maximum). The KV cache grows linearly with it. Type 4096, 32k or 1M."));
    addField(layout, tr("Con&text length (tokens)"), m_context, m_context->slider());

    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batchSpin"));
    m_batch->setRange(1, 4096);
    m_batch->setAccessibleName(tr("Batch"));
    m_batch->setAccessibleDescription(
        tr("Concurrent sequences served together. Each one has its own KV cache and activations."));
    m_batch->setToolTip(m_batch->accessibleDescription());
    addField(layout, tr("&Batch (concurrent sequences)"), m_batch);

    // Images per request (multimodal models): their soft tokens join every sequence's context.
    m_images = new QSpinBox(this);
    m_images->setObjectName(QStringLiteral("imagesSpin"));
    m_images->setRange(0, 256);
    m_images->setAccessibleName(tr("Images per request"));
    m_images->setAccessibleDescription(
        tr("Images sent with each request. Each becomes soft tokens in the sequence, cached like text, so the "
           "context and the KV cache hold them too."));
    m_images->setToolTip(m_images->accessibleDescription());
    m_tokensPerImage = new QSpinBox(this);
    m_tokensPerImage->setObjectName(QStringLiteral("tokensPerImageSpin"));
    m_tokensPerImage->setRange(0, static_cast<int>(sizing::kMaxImageTokens));
    m_tokensPerImage->setSuffix(tr(" tokens each"));
    m_tokensPerImage->setAccessibleName(tr("Tokens per image"));
    m_imagesRow = new QWidget(this);
    auto* imagesLayout = new QHBoxLayout(m_imagesRow);
    imagesLayout->setContentsMargins(0, 0, 0, 0);
    m_images->setMaximumWidth(72); // a count of a few digits; the tokens field needs the room
    imagesLayout->addWidget(m_images);
    imagesLayout->addWidget(m_tokensPerImage, 1);
    m_imagesLabel = new QLabel(tr("&Images per request"), this);
    m_imagesLabel->setBuddy(m_images);
    layout->addWidget(m_imagesLabel);
    layout->addWidget(m_imagesRow);

    // Task: inference or fine-tuning (runtime_options_panel.h owns these widgets)
    m_runtimeOptions = new RuntimeOptionsPanel(this);
    section(layout, tr("Task"));
    layout->addWidget(m_runtimeOptions->taskWidget());

    // Runtime
    section(layout, tr("Runtime"));
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("runtimeCombo"));
    m_runtime->setAccessibleName(tr("Runtime profile"));
    m_runtime->setAccessibleDescription(
        tr("How memory beyond weights and KV cache is counted: the article's simple rule (a flat overhead) or a "
           "profile measured on a real runtime."));
    m_runtime->setToolTip(m_runtime->accessibleDescription());
    // Built from the engine's list, so a runtime added there appears here.
    for (const sizing::RuntimeInfo& info : sizing::allRuntimes()) {
        m_runtime->addItem(FormatText::translate(info.display_name), static_cast<int>(info.runtime));
        m_runtime->setItemData(m_runtime->count() - 1, FormatText::translate(info.description), Qt::ToolTipRole);
    }
    addField(layout, tr("&Runtime"), m_runtime);

    m_overhead = new QDoubleSpinBox(this);
    m_overhead->setObjectName(QStringLiteral("overheadSpin"));
    m_overhead->setRange(0, 200);
    m_overhead->setDecimals(0);
    m_overhead->setSingleStep(5);
    m_overhead->setSuffix(QStringLiteral(" %"));
    m_overhead->setAccessibleName(tr("Overhead"));
    m_overhead->setAccessibleDescription(
        tr("The simple profile's flat overhead on top of the weights (the article suggests 20–30 %). Used only "
           "by the simple profile."));
    m_overhead->setToolTip(m_overhead->accessibleDescription());
    addField(layout, tr("&Overhead on weights"), m_overhead);
    layout->addWidget(m_runtimeOptions->optionsWidget());

    // GPUs
    section(layout, tr("GPUs"));
    m_gpus = new GpuPicker(this);
    m_gpus->setObjectName(QStringLiteral("gpuPicker"));
    std::vector<sizing::GpuSpec> gpus = m_catalog.gpus();
    m_gpus->setGpus(gpus, m_state.unit);
    auto* gpuLabel = new QLabel(tr("G&PUs to compare"), this);
    gpuLabel->setBuddy(m_gpus->searchEdit());
    layout->addWidget(gpuLabel);
    layout->addWidget(m_gpus, 1);
    m_inUse = new QDoubleSpinBox(this);
    m_inUse->setObjectName(QStringLiteral("gpuInUseSpin"));
    m_inUse->setDecimals(2);
    m_inUse->setSingleStep(0.5);
    m_inUse->setAccessibleName(tr("Memory already in use"));
    m_inUse->setAccessibleDescription(
        tr("Memory other processes (the desktop, another model) already hold on each GPU of the primary "
           "configuration. The fit is judged against what is left; vLLM refuses to start when that is less than "
           "its gpu_memory_utilization share of the total. A GPU of this machine starts from what its driver "
           "reports."));
    m_inUse->setToolTip(m_inUse->accessibleDescription());
    auto* inUseRow = new QWidget(this);
    auto* inUseLayout = new QHBoxLayout(inUseRow);
    inUseLayout->setContentsMargins(0, 0, 0, 0);
    m_inUseLabel = new QLabel(tr("Alrea&dy in use per GPU"), inUseRow);
    m_inUseLabel->setBuddy(m_inUse);
    inUseLayout->addWidget(m_inUseLabel, 1);
    inUseLayout->addWidget(m_inUse);
    layout->addWidget(inUseRow);

    // Units
    section(layout, tr("Display"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(tr("GB (10⁹ bytes, as the article)"), static_cast<int>(sizing::MemoryUnit::GB));
    m_unit->addItem(tr("GiB (2³⁰ bytes, as nvidia-smi)"), static_cast<int>(sizing::MemoryUnit::GiB));
    m_unit->setAccessibleName(tr("Units"));
    m_unit->setAccessibleDescription(
        tr("Show memory in GB (10⁹ bytes, as the article and datasheets) or GiB (2³⁰ bytes, as drivers report)."));
    m_unit->setToolTip(m_unit->accessibleDescription());
    addField(layout, tr("&Units"), m_unit);

    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &ControlPanel::onModelChosen);
    connect(m_openConfig, &QPushButton::clicked, this, &ControlPanel::openConfigRequested);
    connect(m_localModels, &QPushButton::clicked, this, &ControlPanel::localModelsRequested);
    connect(m_hubOpen, &QPushButton::clicked, this, [this] { emit hubOpenRequested(QString()); });
    connect(m_params, &LogSlider::valueChanged, this, &ControlPanel::onParamsChanged);
    connect(m_weights, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing) {
            return;
        }
        m_state.precision.weights = static_cast<sizing::WeightFormat>(m_weights->currentData().toInt());
        emitChanged();
    });
    const auto optionalFormat = [](QComboBox* combo) -> std::optional<sizing::WeightFormat> {
        const int v = combo->currentData().toInt();
        return v < 0 ? std::nullopt : std::optional(static_cast<sizing::WeightFormat>(v));
    };
    connect(m_embeddings, &QComboBox::currentIndexChanged, this, [this, optionalFormat] {
        if (!m_syncing) {
            m_state.precision.embeddings = optionalFormat(m_embeddings);
            emitChanged();
        }
    });
    connect(m_outputHead, &QComboBox::currentIndexChanged, this, [this, optionalFormat] {
        if (!m_syncing) {
            m_state.precision.output_head = optionalFormat(m_outputHead);
            emitChanged();
        }
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_kv, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing) {
            m_state.precision.kv_cache = static_cast<sizing::KvFormat>(m_kv->currentData().toInt());
            emitChanged();
        }
    });
    connect(m_context, &LogSlider::valueChanged, this, &ControlPanel::onContextChanged);
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int batch) {
        if (!m_syncing) {
            m_state.batch = batch;
            emitChanged();
        }
    });
    connect(m_images, &QSpinBox::valueChanged, this, [this](int images) {
        if (!m_syncing) {
            m_state.images_per_request = images;
            emitChanged();
        }
    });
    connect(m_tokensPerImage, &QSpinBox::valueChanged, this, [this](int tokens) {
        if (!m_syncing) {
            m_state.tokens_per_image = tokens;
            emitChanged();
        }
    });
    connect(m_runtime, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing) {
            m_state.runtime = static_cast<sizing::Runtime>(m_runtime->currentData().toInt());
            m_overhead->setEnabled(m_state.runtime == sizing::Runtime::Simple);
            syncRuntimeOptions();
            emitChanged();
        }
    });
    connect(m_overhead, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        if (!m_syncing) {
            m_state.overhead_fraction = percent / 100.0;
            emitChanged();
        }
    });
    connect(m_gpus, &GpuPicker::selectionChanged, this, &ControlPanel::onGpusChanged);
    connect(m_gpus, &GpuPicker::detailsRequested, this, &ControlPanel::openGpuDetails);
    connect(m_inUse, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_syncing) {
            return;
        }
        for (GpuChoice& choice : m_state.gpus) {
            if (choice.id == m_state.primary_gpu) {
                const double bytes =
                    value * (m_state.unit == sizing::MemoryUnit::GiB ? sizing::kBytesPerGiB : sizing::kBytesPerGB);
                choice.in_use_bytes = std::clamp<std::int64_t>(std::llround(bytes), 0, sizing::kMaxGpuInUseBytes);
            }
        }
        emitChanged(); // one step per edit, as the neighbouring fields
    });
    connect(m_runtimeOptions, &RuntimeOptionsPanel::changed, this, [this] {
        if (!m_syncing) {
            m_state.engine = m_runtimeOptions->options();
            emitChanged();
        }
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing) {
            m_state.unit = static_cast<sizing::MemoryUnit>(m_unit->currentData().toInt());
            m_gpus->setUnit(m_state.unit);
            m_syncing = true;
            syncInUse();
            m_syncing = false;
            emitChanged();
        }
    });
}

QWidget* ControlPanel::gpuSearch() const {
    return m_gpus->searchEdit();
}

void ControlPanel::fillFormatCombo(QComboBox* combo, bool with_automatic) {
    auto* model = new QStandardItemModel(combo);
    if (with_automatic) {
        auto* item = new QStandardItem(tr("Automatic"));
        item->setData(-1, Qt::UserRole);
        item->setToolTip(tr("The format's own default for this part of the model."));
        model->appendRow(item);
    }
    for (sizing::FormatFamily family : {sizing::FormatFamily::Float, sizing::FormatFamily::Integer,
                                        sizing::FormatFamily::FourBit, sizing::FormatFamily::Gguf}) {
        // A header row per family: shown, never selectable.
        auto* header = new QStandardItem(theme::familyName(family));
        header->setFlags(Qt::NoItemFlags);
        QFont font = combo->font();
        font.setBold(true);
        header->setFont(font);
        header->setForeground(QColor(0x59, 0x63, 0x6e));
        model->appendRow(header);
        for (const sizing::FormatInfo& info : sizing::allWeightFormats()) {
            if (info.family != family) {
                continue;
            }
            auto* item = new QStandardItem(QStringLiteral("   ") + FormatText::translate(info.display_name));
            item->setData(static_cast<int>(info.format), Qt::UserRole);
            item->setToolTip(FormatText::translate(info.description));
            item->setData(FormatText::translate(info.display_name), Qt::AccessibleTextRole);
            model->appendRow(item);
        }
    }
    combo->setModel(model);
}

void ControlPanel::fillModelCombo() {
    const QSignalBlocker block(m_modelCombo);
    m_modelCombo->clear();
    // Grouped by family, newest first; a family's title row is not selectable.
    auto* items = qobject_cast<QStandardItemModel*>(m_modelCombo->model());
    for (const ModelPickerRow& row : groupedModelRows(m_catalog)) {
        if (row.entry == nullptr) {
            m_modelCombo->addItem(row.family);
            const int i = m_modelCombo->count() - 1;
            m_modelCombo->setItemData(i, QStringLiteral("header"), kKindRole);
            if (items != nullptr) {
                items->item(i)->setFlags(Qt::NoItemFlags);
            }
            continue;
        }
        const catalog::ModelEntry& entry = *row.entry;
        m_modelCombo->addItem(QString::fromStdString(entry.name), QStringLiteral("catalog"));
        const int i = m_modelCombo->count() - 1;
        const QString detail = ModelPickerDelegate::detailText(entry);
        m_modelCombo->setItemData(i, QString::fromStdString(entry.id), kIdRole);
        m_modelCombo->setItemData(i, QStringLiteral("catalog"), kKindRole);
        m_modelCombo->setItemData(i, detail, kModelDetailRole);
        m_modelCombo->setItemData(i,
                                  tr("%1 (%2)%3")
                                          .arg(QString::fromStdString(entry.name), row.family,
                                               entry.user_defined ? tr(", from your catalog file") : QString()) +
                                      QStringLiteral("\n") + detail,
                                  Qt::ToolTipRole);
    }
    if (m_configModel) {
        const QString kind = m_fileInfo && m_fileInfo->format != formats::ModelFileFormat::HfConfig
                                 ? QString::fromLatin1(formats::modelFileFormatName(m_fileInfo->format))
                                 : QStringLiteral("config.json");
        m_modelCombo->addItem(tr("%1 (%2)").arg(QString::fromStdString(m_configModel->spec.display_name), kind));
        m_modelCombo->setItemData(m_modelCombo->count() - 1, QStringLiteral("config"), kKindRole);
        m_modelCombo->setItemData(m_modelCombo->count() - 1, m_state.config_path, Qt::ToolTipRole);
    }
    m_modelCombo->addItem(tr("Custom (parameter count only)"));
    m_modelCombo->setItemData(m_modelCombo->count() - 1, QStringLiteral("custom"), kKindRole);
    m_modelCombo->setItemData(m_modelCombo->count() - 1,
                              tr("A Llama-2-style model of the chosen size; its shape is assumed."), Qt::ToolTipRole);
}

void ControlPanel::setState(const ExplorerState& state) {
    m_state = state;
    QString error;
    if (m_state.model_source == ModelSource::ConfigFile && m_configModel &&
        loadedSourceKey(m_state) == m_configSource) {
        // The model already loaded (undo and redo within one file): nothing to read again.
    } else if (m_state.model_source == ModelSource::ConfigFile) {
        try {
            // A model file (safetensors, GGUF) is read again for its exact bytes; a config.json as before;
            // a Hugging Face model from the hub cache, offline.
            if (isHubModelSource(m_state.config_path)) {
                auto info = std::make_shared<formats::ModelFileInfo>(reopenHubModelSource(m_state.config_path));
                addSavedProjector(*info, error);
                m_configModel = formats::prepareModelFromFile(*info);
                m_fileInfo = std::move(info);
            } else if (m_state.config_path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                // A quantized checkpoint's config (quantization_config) carries the bytes it stores.
                const std::string path = m_state.config_path.toStdString();
                m_configModel =
                    formats::prepareQuantizedModel(formats::readHfConfig(path), formats::readHfQuantizationFile(path));
                m_fileInfo.reset();
            } else {
                auto info = std::make_shared<formats::ModelFileInfo>(
                    formats::inspectModelPath(m_state.config_path.toStdString()));
                addSavedProjector(*info, error);
                m_configModel = formats::prepareModelFromFile(*info);
                m_fileInfo = std::move(info);
            }
            m_configSource = loadedSourceKey(m_state);
        } catch (const std::exception& e) {
            m_configModel.reset();
            m_fileInfo.reset();
            m_configSource.clear();
            error = tr("Could not read the model %1 (%2); using the default model.")
                        .arg(m_state.config_path, QString::fromUtf8(e.what()));
            const ExplorerState defaults;
            m_state.model_source = ModelSource::Catalog;
            m_state.model_id = defaults.model_id;
        }
    }
    if (m_state.model_source == ModelSource::Catalog && m_catalog.findModel(m_state.model_id) == nullptr) {
        m_state.model_id = m_catalog.models().empty() ? std::string() : m_catalog.models().front().id;
        if (m_state.model_id.empty()) {
            m_state.model_source = ModelSource::Custom;
        }
    }
    // GPUs the catalog no longer has are dropped.
    std::erase_if(m_state.gpus, [this](const GpuChoice& g) { return !knowsGpu(g.id); });
    resolveModel(&error);
    syncWidgets();
    if (!error.isEmpty()) {
        emit message(error);
    }
    emit changed();
}

void ControlPanel::setStateWithModel(const ExplorerState& state,
                                     std::shared_ptr<const sizing::PreparedModel> configModel,
                                     std::shared_ptr<const formats::ModelFileInfo> fileInfo) {
    if (state.model_source != ModelSource::ConfigFile || !configModel) {
        setState(state);
        return;
    }
    m_state = state;
    m_configModel = std::move(configModel);
    m_fileInfo = std::move(fileInfo);
    m_configSource = loadedSourceKey(m_state);
    std::erase_if(m_state.gpus, [this](const GpuChoice& g) { return !knowsGpu(g.id); });
    QString error;
    resolveModel(&error);
    syncWidgets();
    if (!error.isEmpty()) {
        emit message(error);
    }
    emit changed();
}

bool ControlPanel::resolveModel(QString* error) {
    try {
        switch (m_state.model_source) {
        case ModelSource::Catalog:
            if (const catalog::ModelEntry* entry = m_catalog.findModel(m_state.model_id)) {
                m_model = entry->model;
                m_state.model_id = entry->id;
                m_state.params = paramsOf(*m_model);
                break;
            }
            m_state.model_source = ModelSource::Custom;
            [[fallthrough]];
        case ModelSource::Custom:
            m_state.params = std::clamp(m_state.params, kMinParams, kMaxParams);
            m_model = sizing::prepareModel(sizing::assumedShapeForParams(std::llround(m_state.params)));
            break;
        case ModelSource::ConfigFile:
            m_model = m_configModel;
            m_state.params = paramsOf(*m_model);
            break;
        }
    } catch (const std::exception& e) {
        if (error != nullptr) {
            *error = QString::fromUtf8(e.what());
        }
        return false;
    }
    m_state.context_tokens = std::clamp<std::int64_t>(m_state.context_tokens, 1, maxContext());
    return true;
}

QString ControlPanel::modelName() const {
    if (!m_model) {
        return {};
    }
    if (m_state.model_source == ModelSource::Custom) {
        return tr("Custom %1").arg(parameterCountText(m_state.params));
    }
    return QString::fromStdString(m_model->spec.display_name);
}

std::int64_t ControlPanel::maxContext() const {
    if (!m_model || m_state.model_source == ModelSource::Custom || m_model->spec.max_positions <= 0) {
        return kCustomMaxContext;
    }
    return std::max<std::int64_t>(m_model->spec.max_positions, kMinContext);
}

void ControlPanel::updateContextRange() {
    m_context->setRange(static_cast<double>(std::min<std::int64_t>(kMinContext, maxContext())),
                        static_cast<double>(maxContext()));
}

void ControlPanel::updateModelNote() {
    if (!m_model) {
        m_modelNote->clear();
        return;
    }
    const sizing::ModelSpec& spec = m_model->spec;
    QString note;
    if (spec.shape_assumed) {
        note = tr("Assumed shape (Llama-2 style): %1 layers, hidden %2, %3 heads (%4 KV), vocabulary %5.")
                   .arg(spec.num_layers)
                   .arg(spec.hidden_size)
                   .arg(spec.num_heads)
                   .arg(spec.num_kv_heads)
                   .arg(spec.vocab_size);
    } else {
        note = tr("%1 layers, hidden %2, %3 heads (%4 KV), up to %5 tokens.")
                   .arg(spec.num_layers)
                   .arg(spec.hidden_size)
                   .arg(spec.num_heads)
                   .arg(spec.num_kv_heads)
                   .arg(tokenCountText(static_cast<double>(spec.max_positions)));
        if (spec.moe.enabled()) {
            note += tr(" Mixture of experts: %1 of %2 experts per token.")
                        .arg(spec.moe.experts_per_token)
                        .arg(spec.moe.num_experts);
        }
    }
    m_modelNote->setText(note);
    m_modelNote->setToolTip(QString::fromStdString(spec.source));
    updateImagesRow();
}

void ControlPanel::updateImagesRow() {
    const sizing::ModelSpec* spec = m_model ? &m_model->spec : nullptr;
    const bool multimodal = spec != nullptr && sizing::acceptsImages(*spec);
    m_imagesLabel->setVisible(multimodal);
    m_imagesRow->setVisible(multimodal);
    if (!multimodal) {
        m_tokensPerImage->setAccessibleDescription(
            tr("The soft tokens one image takes in the sequence. %1").arg(QString()));
        m_tokensPerImage->setToolTip(m_tokensPerImage->accessibleDescription());
        return;
    }
    // 0 tokens = the model's own figure, shown as the special value; a model whose count depends on the
    // image (tiling, dynamic resolution without a default) asks for one.
    const std::int64_t own = spec->image_tokens_per_image;
    m_tokensPerImage->setSpecialValueText(own > 0 ? tr("%1 tokens (model's)").arg(own)
                                                  : tr("tokens each: give a count"));
    const QString basis =
        own > 0 ? tr("The model's figure is for %1.").arg(QString::fromStdString(spec->image_tokens_basis))
                : tr("This model's image tokens depend on the image's size and tiling: give them.");
    m_tokensPerImage->setAccessibleDescription(tr("The soft tokens one image takes in the sequence. %1").arg(basis));
    m_tokensPerImage->setToolTip(m_tokensPerImage->accessibleDescription());
}

int ControlPanel::stateModelIndex() const {
    int index = -1;
    for (int i = 0; i < m_modelCombo->count(); ++i) {
        const QString kind = m_modelCombo->itemData(i, kKindRole).toString();
        if ((m_state.model_source == ModelSource::Catalog && kind == QLatin1String("catalog") &&
             m_modelCombo->itemData(i, kIdRole).toString().toStdString() == m_state.model_id) ||
            (m_state.model_source == ModelSource::Custom && kind == QLatin1String("custom")) ||
            (m_state.model_source == ModelSource::ConfigFile && kind == QLatin1String("config"))) {
            index = i;
        }
    }
    return index;
}

void ControlPanel::syncWidgets() {
    m_syncing = true;
    fillModelCombo();
    {
        const QSignalBlocker block(m_modelCombo);
        m_modelCombo->setCurrentIndex(stateModelIndex());
    }
    m_params->setValue(m_state.params);
    updateModelNote();
    selectData(m_weights, static_cast<int>(m_state.precision.weights));
    selectData(m_embeddings, m_state.precision.embeddings ? static_cast<int>(*m_state.precision.embeddings) : -1);
    selectData(m_outputHead, m_state.precision.output_head ? static_cast<int>(*m_state.precision.output_head) : -1);
    if (m_state.precision.embeddings || m_state.precision.output_head) {
        m_advancedToggle->setChecked(true);
    }
    selectData(m_kv, static_cast<int>(m_state.precision.kv_cache));
    updateContextRange();
    m_context->setValue(static_cast<double>(m_state.context_tokens));
    m_batch->setValue(static_cast<int>(m_state.batch));
    m_images->setValue(static_cast<int>(std::clamp<std::int64_t>(m_state.images_per_request, 0, 256)));
    m_tokensPerImage->setValue(static_cast<int>(m_state.tokens_per_image));
    selectData(m_runtime, static_cast<int>(m_state.runtime));
    m_overhead->setValue(m_state.overhead_fraction * 100.0);
    m_overhead->setEnabled(m_state.runtime == sizing::Runtime::Simple);
    m_gpus->setSelection(m_state.gpus);
    selectData(m_unit, static_cast<int>(m_state.unit));
    m_gpus->setUnit(m_state.unit);
    syncInUse();
    syncRuntimeOptions();
    m_syncing = false;
}

void ControlPanel::syncRuntimeOptions() {
    const std::int64_t layers = m_model ? m_model->spec.num_layers + 1 : 1;
    const std::int64_t moe_layers = m_model && sizing::hasRoutedExperts(*m_model) ? m_model->spec.num_layers : 0;
    m_runtimeOptions->setState(m_state, layers, moe_layers);
}

void ControlPanel::emitChanged() {
    emit changed();
}

void ControlPanel::onModelChosen(int index) {
    if (m_syncing || index < 0) {
        return;
    }
    const QString kind = m_modelCombo->itemData(index, kKindRole).toString();
    if (kind == QLatin1String("header")) {
        // A family's title is not a model: keep the current one (headers are disabled, so only code lands here).
        const QSignalBlocker block(m_modelCombo);
        m_modelCombo->setCurrentIndex(stateModelIndex());
        return;
    }
    if (kind == QLatin1String("catalog")) {
        m_state.model_source = ModelSource::Catalog;
        m_state.model_id = m_modelCombo->itemData(index, kIdRole).toString().toStdString();
    } else if (kind == QLatin1String("config") && m_configModel) {
        m_state.model_source = ModelSource::ConfigFile;
    } else {
        m_state.model_source = ModelSource::Custom;
    }
    QString error;
    if (!resolveModel(&error)) {
        emit message(error);
        return;
    }
    m_syncing = true;
    m_params->setValue(m_state.params);
    updateContextRange();
    m_context->setValue(static_cast<double>(m_state.context_tokens));
    m_syncing = false;
    updateModelNote();
    emitChanged();
}

void ControlPanel::onParamsChanged(double params) {
    if (m_syncing) {
        return;
    }
    // Dragging the count away from a catalog model makes a custom model of that size.
    m_state.params = params;
    const bool was_custom = m_state.model_source == ModelSource::Custom;
    m_state.model_source = ModelSource::Custom;
    QString error;
    if (!resolveModel(&error)) {
        emit message(error);
        return;
    }
    if (!was_custom) {
        m_syncing = true;
        const QSignalBlocker block(m_modelCombo);
        m_modelCombo->setCurrentIndex(m_modelCombo->count() - 1);
        updateContextRange();
        m_context->setValue(static_cast<double>(m_state.context_tokens));
        m_syncing = false;
    }
    updateModelNote();
    emitChanged();
}

void ControlPanel::onContextChanged(double tokens) {
    if (m_syncing) {
        return;
    }
    m_state.context_tokens = static_cast<std::int64_t>(std::llround(tokens));
    emitChanged();
}

void ControlPanel::onGpusChanged() {
    if (m_syncing) {
        return;
    }
    m_state.gpus = withInUse(m_gpus->selection());
    if (std::none_of(m_state.gpus.begin(), m_state.gpus.end(),
                     [this](const GpuChoice& g) { return g.id == m_state.primary_gpu; })) {
        m_state.primary_gpu = m_state.gpus.empty() ? std::string() : m_state.gpus.front().id;
    }
    m_syncing = true;
    syncInUse();
    m_syncing = false;
    syncRuntimeOptions(); // parallelism shows with a GPU count above one
    emitChanged();
}

std::vector<GpuChoice> ControlPanel::withInUse(std::vector<GpuChoice> selection) const {
    for (GpuChoice& choice : selection) {
        const auto kept = std::find_if(m_state.gpus.begin(), m_state.gpus.end(),
                                       [&choice](const GpuChoice& g) { return g.id == choice.id; });
        if (kept != m_state.gpus.end()) {
            choice.in_use_bytes = kept->in_use_bytes;
            choice.memory_limit_bytes = kept->memory_limit_bytes;
            continue;
        }
        for (const auto& spec : m_gpuSpecs) {
            if (spec->id == choice.id && spec->in_use_when_detected_bytes > 0) {
                choice.in_use_bytes = spec->in_use_when_detected_bytes; // the driver's figure, editable
            }
        }
    }
    return selection;
}

void ControlPanel::syncInUse() {
    const auto primary = std::find_if(m_state.gpus.begin(), m_state.gpus.end(),
                                      [this](const GpuChoice& g) { return g.id == m_state.primary_gpu; });
    const double per_unit = (m_state.unit == sizing::MemoryUnit::GiB ? sizing::kBytesPerGiB : sizing::kBytesPerGB);
    m_inUse->setSuffix(QLatin1Char(' ') + QString::fromLatin1(sizing::unitName(m_state.unit).data()));
    m_inUse->setRange(0, static_cast<double>(sizing::kMaxGpuInUseBytes) / per_unit);
    m_inUse->setValue(primary != m_state.gpus.end() ? static_cast<double>(primary->in_use_bytes) / per_unit : 0.0);
    m_inUse->setEnabled(primary != m_state.gpus.end());
    m_inUseLabel->setEnabled(m_inUse->isEnabled());
}

bool ControlPanel::knowsGpu(const std::string& id) const {
    if (m_catalog.findGpu(id) != nullptr) {
        return true;
    }
    if (!isMachineGpu(id)) {
        return false;
    }
    // A GPU of this machine stays until detection has said whether it is here (setMachineGpus).
    return !m_machineGpusKnown ||
           std::any_of(m_gpuSpecs.begin(), m_gpuSpecs.end(), [&id](const auto& spec) { return spec->id == id; });
}

void ControlPanel::setMachineGpus(const std::vector<sizing::GpuSpec>& gpus) {
    const bool hadAny =
        std::any_of(m_gpuSpecs.begin(), m_gpuSpecs.end(), [](const auto& spec) { return isMachineGpu(spec->id); });
    if (gpus.empty() && !hadAny) {
        // Nothing detected (no driver, a VM, CI): the picker stays as it is, untouched.
        m_machineGpusKnown = true;
        const auto before = m_state.gpus.size();
        std::erase_if(m_state.gpus, [this](const GpuChoice& g) { return !knowsGpu(g.id); });
        if (m_state.gpus.size() != before) {
            m_gpus->setSelection(m_state.gpus);
            emit changed();
        }
        return;
    }
    std::erase_if(m_gpuSpecs, [](const auto& spec) { return isMachineGpu(spec->id); });
    std::vector<sizing::GpuSpec> listed;
    for (const sizing::GpuSpec& gpu : gpus) {
        m_gpuSpecs.insert(m_gpuSpecs.begin() + static_cast<std::ptrdiff_t>(listed.size()),
                          std::make_shared<const sizing::GpuSpec>(gpu));
        listed.push_back(gpu);
    }
    for (const auto& spec : m_gpuSpecs) {
        if (!isMachineGpu(spec->id)) {
            listed.push_back(*spec);
        }
    }
    m_machineGpusKnown = true;
    m_gpus->setGpus(listed, m_state.unit);
    // A restored state's GPU of this machine is sized now, or dropped when it is not here any more.
    const bool named = std::any_of(m_state.gpus.begin(), m_state.gpus.end(),
                                   [](const GpuChoice& choice) { return isMachineGpu(choice.id); });
    std::erase_if(m_state.gpus, [this](const GpuChoice& g) { return !knowsGpu(g.id); });
    // A restored GPU of this machine gets what its driver reports now (the saved figure was another day's).
    for (GpuChoice& choice : m_state.gpus) {
        for (const sizing::GpuSpec& gpu : gpus) {
            if (gpu.id == choice.id && gpu.in_use_when_detected_bytes >= 0) {
                choice.in_use_bytes = gpu.in_use_when_detected_bytes;
            }
        }
    }
    m_gpus->setSelection(m_state.gpus);
    m_syncing = true;
    syncInUse();
    m_syncing = false;
    if (named) {
        emit changed();
    }
}

std::vector<SelectedGpu> ControlPanel::selectedGpus() const {
    std::vector<SelectedGpu> result;
    for (const GpuChoice& choice : m_state.gpus) {
        for (const auto& spec : m_gpuSpecs) {
            if (spec->id == choice.id) {
                // A limit set in the GPU's details replaces the catalog's usable figure for this scenario.
                SelectedGpu gpu{choice.memory_limit_bytes > 0
                                    ? std::make_shared<const sizing::GpuSpec>(
                                          catalog::withMemoryLimit(*spec, choice.memory_limit_bytes))
                                    : spec,
                                choice.count, choice.in_use_bytes};
                if (choice.id == m_state.primary_gpu) {
                    result.insert(result.begin(), gpu);
                } else {
                    result.push_back(gpu);
                }
            }
        }
    }
    return result;
}

bool ControlPanel::openModelFile(const QString& path, QString* error) {
    std::shared_ptr<const formats::ModelFileInfo> info;
    try {
        // Headers only, with bounded reads: a few milliseconds even for a 100 GB model.
        info = std::make_shared<formats::ModelFileInfo>(formats::inspectModelPath(path.toStdString()));
    } catch (const std::exception& e) {
        if (error != nullptr) {
            *error = QString::fromUtf8(e.what());
        }
        return false; // the previous model stays
    }
    return openModelInfo(std::move(info), QFileInfo(path).absoluteFilePath(), error);
}

bool ControlPanel::openModelInfo(std::shared_ptr<const formats::ModelFileInfo> info, const QString& source,
                                 QString* error) {
    std::shared_ptr<const sizing::PreparedModel> model;
    try {
        model = formats::prepareModelFromFile(*info);
    } catch (const std::exception& e) {
        if (error != nullptr) {
            *error = QString::fromUtf8(e.what());
        }
        return false; // the previous model stays
    }
    m_configModel = model;
    m_fileInfo = info;
    m_state.model_source = ModelSource::ConfigFile;
    m_state.config_path = source;
    m_state.projector_path.clear(); // a projector belongs to the model it was added to
    m_configSource = loadedSourceKey(m_state);
    // Size the weights as the file stores them (a Q4_K_M GGUF is Q4_K_M, not the previous choice).
    if (!info->tensors.empty()) {
        if (const auto format = formats::weightFormatOf(*info)) {
            m_state.precision.weights = *format;
        }
    } else if (model->stored_format) {
        m_state.precision.weights = *model->stored_format; // a quantized checkpoint's config.json
    }
    resolveModel(nullptr);
    syncWidgets();
    emitChanged();
    return true;
}

void ControlPanel::addSavedProjector(formats::ModelFileInfo& info, QString& error) {
    if (m_state.projector_path.isEmpty()) {
        return;
    }
    try {
        formats::addGgufProjector(info, m_state.projector_path.toStdString());
    } catch (const std::exception& e) {
        // The model still opens, without the projector that is gone or changed.
        error = tr("Could not read the vision projector %1 (%2); the model is sized without it.")
                    .arg(m_state.projector_path, QString::fromUtf8(e.what()));
        m_state.projector_path.clear();
    }
}

bool ControlPanel::canAttachProjector() const {
    return m_state.model_source == ModelSource::ConfigFile && m_fileInfo &&
           m_fileInfo->format == formats::ModelFileFormat::Gguf && m_state.projector_path.isEmpty();
}

bool ControlPanel::attachProjector(const QString& path, QString* error) {
    const auto fail = [error](const QString& text) {
        if (error != nullptr) {
            *error = text;
        }
        return false;
    };
    if (m_state.model_source != ModelSource::ConfigFile || !m_fileInfo) {
        return fail(tr("Open the GGUF model first: a vision projector goes with a GGUF model."));
    }
    if (!m_state.projector_path.isEmpty()) {
        return fail(tr("This model has a vision projector already (%1).").arg(m_state.projector_path));
    }
    std::shared_ptr<const sizing::PreparedModel> model;
    auto info = std::make_shared<formats::ModelFileInfo>(*m_fileInfo);
    try {
        formats::addGgufProjector(*info, path.toStdString());
        model = formats::prepareModelFromFile(*info);
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what())); // the model stays as it was
    }
    m_configModel = std::move(model);
    m_fileInfo = std::move(info);
    m_state.projector_path = QFileInfo(path).absoluteFilePath();
    m_configSource = loadedSourceKey(m_state);
    resolveModel(nullptr);
    syncWidgets();
    emitChanged();
    return true;
}

void ControlPanel::selectCatalogModel(const std::string& id) {
    for (int i = 0; i < m_modelCombo->count(); ++i) {
        if (m_modelCombo->itemData(i, kKindRole).toString() == QLatin1String("catalog") &&
            m_modelCombo->itemData(i, kIdRole).toString().toStdString() == id) {
            if (m_modelCombo->currentIndex() == i && m_state.model_source == ModelSource::Catalog) {
                return;
            }
            m_modelCombo->setCurrentIndex(i); // goes through onModelChosen
            if (m_modelCombo->currentIndex() == i && m_state.model_id != id) {
                onModelChosen(i);
            }
            return;
        }
    }
}

void ControlPanel::focusGpu(const std::string& id) {
    if (m_catalog.findGpu(id) == nullptr) {
        return;
    }
    if (std::none_of(m_state.gpus.begin(), m_state.gpus.end(), [&id](const GpuChoice& g) { return g.id == id; })) {
        m_syncing = true;
        m_gpus->setChecked(id, true);
        m_syncing = false;
        m_state.gpus = withInUse(m_gpus->selection());
    }
    m_state.primary_gpu = id;
    m_syncing = true;
    syncInUse();
    m_syncing = false;
    emitChanged();
}

std::unique_ptr<GpuDetailsDialog> ControlPanel::makeGpuDetails(const std::string& id) {
    const auto spec = std::find_if(m_gpuSpecs.begin(), m_gpuSpecs.end(), [&id](const auto& s) { return s->id == id; });
    if (spec == m_gpuSpecs.end()) {
        return nullptr;
    }
    const auto choice =
        std::find_if(m_state.gpus.begin(), m_state.gpus.end(), [&id](const GpuChoice& g) { return g.id == id; });
    // A GPU of this machine takes its catalog match's details; a user's entry has none of its own.
    std::string details_id = (*spec)->id;
    if (isMachineGpu(details_id)) {
        const std::size_t dash = details_id.find('-', 6);
        details_id = dash == std::string::npos ? std::string() : details_id.substr(dash + 1);
    }
    const catalog::GpuDetails* details =
        (*spec)->user_defined || details_id.empty() ? nullptr : catalog::findBuiltInGpuDetails(details_id);
    return std::make_unique<GpuDetailsDialog>(**spec, details, m_state.unit,
                                              choice != m_state.gpus.end() ? choice->memory_limit_bytes : 0,
                                              choice != m_state.gpus.end(), this);
}

void ControlPanel::applyGpuDetails(const std::string& id, const GpuDetailsDialog& dialog) {
    for (GpuChoice& choice : m_state.gpus) {
        if (choice.id == id && choice.memory_limit_bytes != dialog.limitBytes()) {
            choice.memory_limit_bytes = dialog.limitBytes();
            emitChanged(); // one undo step, named by the comparison row
        }
    }
}

void ControlPanel::openGpuDetails(const std::string& id) {
    std::unique_ptr<GpuDetailsDialog> dialog = makeGpuDetails(id);
    if (dialog && dialog->exec() == QDialog::Accepted) {
        applyGpuDetails(id, *dialog);
    }
}

void ControlPanel::setUnit(sizing::MemoryUnit unit) {
    selectData(m_unit, static_cast<int>(unit)); // emits through the combo
}

void ControlPanel::setCompareFormats(const std::vector<sizing::WeightFormat>& formats) {
    m_state.compare_formats = formats;
    emitChanged();
}

} // namespace fitscope::gui
