#include "explorer_page.h"

#include "breakdown_chart.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/sizing/estimator.h"
#include "core/sizing/image_tokens.h"
#include "core/sizing/solver.h"
#include "core/sizing/speed.h"
#include "derivation_panel.h"
#include "fit_change_links.h"
#include "fit_matrix_model.h"
#include "fit_matrix_view.h"
#include "format_text.h"
#include "launch_panel.h"
#include "layer_strip_chart.h"
#include "model_file_panel.h"
#include "number_input.h"
#include "runtime_options_panel.h"
#include "speed_chart.h"
#include "summary_panel.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

constexpr int kContextSamples = 48;
constexpr int kDeferredMs = 80;

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString amount(std::int64_t bytes, sizing::MemoryUnit unit, int decimals = 1) {
    return QString::fromStdString(sizing::formatBytes(bytes, unit, decimals));
}

QString formatName(sizing::WeightFormat format) {
    return FormatText::weightName(format);
}

// The formats a person can add to the context chart, as chips.
constexpr sizing::WeightFormat kChipFormats[] = {
    sizing::WeightFormat::FP32,   sizing::WeightFormat::FP16,      sizing::WeightFormat::FP8_E4M3,
    sizing::WeightFormat::INT8,   sizing::WeightFormat::INT4_G128, sizing::WeightFormat::NF4,
    sizing::WeightFormat::Q4_K_M,
};

// Decode speed is sampled at powers of two: enough for a smooth log–log line, cheap to compute.
constexpr std::int64_t kSpeedMaxBatch = 1024;

QString rate(double tokens_per_s) {
    if (tokens_per_s >= 100) {
        return QString::fromStdString(sizing::formatCount(std::round(tokens_per_s)));
    }
    return QLocale().toString(tokens_per_s, 'f', tokens_per_s >= 10 ? 1 : 2);
}

QString seconds(double s) {
    if (s < 1.0) {
        return ExplorerPage::tr("%1 ms").arg(QLocale().toString(s * 1000.0, 'f', s < 0.01 ? 1 : 0));
    }
    return ExplorerPage::tr("%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 2 : 1));
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
    return b > 0 ? (a + b - 1) / b : a;
}

// One column of the breakdown from one GPU's load. Fine-tuning's training bytes are split into
// gradients and optimizer states (AdamW moments with the FP32 master weights, as ZeRO counts them).
BreakdownBar barFromLoad(const sizing::GpuLoad& load, const sizing::Estimate& e, std::int64_t gpus) {
    BreakdownBar bar;
    auto& c = bar.components;
    c[static_cast<std::size_t>(Component::Weights)] = load.weights_bytes;
    c[static_cast<std::size_t>(Component::KvCache)] = load.kv_cache_bytes;
    c[static_cast<std::size_t>(Component::Activations)] = load.activation_bytes;
    c[static_cast<std::size_t>(Component::Overhead)] = load.overhead_bytes;
    const std::int64_t gradients =
        e.finetune ? std::min(load.training_bytes, ceilDiv(e.finetune->gradient_bytes, gpus)) : 0;
    c[static_cast<std::size_t>(Component::Gradients)] = gradients;
    c[static_cast<std::size_t>(Component::OptimizerStates)] = load.training_bytes - gradients;
    bar.load_bytes = load.total();
    return bar;
}

bool loadsDiffer(const std::vector<sizing::GpuLoad>& loads) {
    return std::any_of(loads.begin(), loads.end(), [&loads](const sizing::GpuLoad& l) {
        return l.total() != loads.front().total() || l.first_layer != loads.front().first_layer;
    });
}

QString gpuLabel(const SelectedGpu& gpu) {
    const QString name = shortGpuName(*gpu.spec);
    return gpu.count > 1 ? ExplorerPage::tr("%1 × %2").arg(gpu.count).arg(name) : name;
}

} // namespace

ExplorerPage::ExplorerPage(const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("explorerPage"));
    m_controls = new ControlPanel(catalog, this);
    m_controlScroll = new QScrollArea(this);
    m_controlScroll->setObjectName(QStringLiteral("controlScroll"));
    m_controlScroll->setWidget(m_controls);
    m_controlScroll->setWidgetResizable(true);
    m_controlScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_controlScroll->setMinimumWidth(280);
    m_controlScroll->setFrameShape(QFrame::NoFrame);

    m_summary = new SummaryPanel(this);
    connect(m_summary, &SummaryPanel::fitChangeActivated, this, [this](const QString& link) {
        if (const auto index = fitChangeIndex(link); index && *index < m_fitChanges.size()) {
            emit fitChangeChosen(*index);
        }
    });
    m_breakdown = new BreakdownChart(this);
    m_context = new ContextChart(this);
    m_derivation = new DerivationPanel(this);
    m_matrixModel = new FitMatrixModel(this);
    m_matrixView = new FitMatrixView(this);
    m_matrixView->setMatrixModel(m_matrixModel);

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("detailsTabs"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setAccessibleDescription(tr("The derivation, the fit matrix and the other details of the estimate."));
    m_details->setDocumentMode(true);
    m_details->addTab(m_derivation, tr("Show the &math"));
    auto* matrixPage = new QWidget(this);
    auto* matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(8, 6, 8, 4);
    auto* matrixHint = new QLabel(tr("Every catalog model on the selected GPUs at this precision, context and batch "
                                     "(memory per GPU). Click a cell to load that pair."),
                                  matrixPage);
    matrixHint->setObjectName(QStringLiteral("hint"));
    matrixHint->setWordWrap(true);
    matrixLayout->addWidget(matrixHint);
    matrixLayout->addWidget(m_matrixView, 1);
    m_details->addTab(matrixPage, tr("&Fit matrix"));
    m_speed = new SpeedChart(this);
    m_details->addTab(m_speed, tr("S&peed"));
    m_modelFile = new ModelFilePanel(this);
    m_details->addTab(m_modelFile, tr("Model fi&le"));
    // The launch commands with the settings this estimate assumed (issue 17).
    m_launch = new LaunchPanel(this);
    connect(m_launch, &LaunchPanel::message, this, &ExplorerPage::message);
    m_details->addTab(m_launch, tr("La&unch"));
    connect(m_details, &QTabWidget::currentChanged, this, [this] {
        if (m_launchStale) {
            updateLaunchPanel();
        }
    });

    m_chartSplitter = new QSplitter(Qt::Horizontal, this);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->setChildrenCollapsible(false);
    m_chartSplitter->addWidget(card(tr("Memory against capacity"), m_breakdown));
    m_chartSplitter->addWidget(card(tr("Memory against context length"), m_context, buildCompareChips()));
    m_chartSplitter->setStretchFactor(0, 1);
    m_chartSplitter->setStretchFactor(1, 1);

    // The per-layer strip under the charts: what each layer caches at the current context.
    m_layerStrip = new LayerStripChart(this);
    // Its title is drawn inside the strip, beside the legend, so the band stays low on small screens.
    auto* stripCard = new QFrame(this);
    stripCard->setObjectName(QStringLiteral("card"));
    auto* stripLayout = new QVBoxLayout(stripCard);
    stripLayout->setContentsMargins(12, 4, 12, 4);
    stripLayout->addWidget(m_layerStrip);

    auto* detailsCard = new QFrame(this);
    detailsCard->setObjectName(QStringLiteral("card"));
    auto* detailsLayout = new QVBoxLayout(detailsCard);
    detailsLayout->setContentsMargins(6, 4, 6, 6);
    detailsLayout->addWidget(m_details);

    m_contentSplitter = new QSplitter(Qt::Vertical, this);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->addWidget(m_chartSplitter);
    m_contentSplitter->addWidget(stripCard);
    m_contentSplitter->addWidget(detailsCard);
    m_contentSplitter->setStretchFactor(0, 5);
    m_contentSplitter->setStretchFactor(1, 0); // the strip keeps its height; the charts and details share the rest
    m_contentSplitter->setStretchFactor(2, 3);
    m_contentSplitter->setHandleWidth(10);
    m_chartSplitter->setHandleWidth(10);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 10, 12, 10);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_contentSplitter, 1);
    m_contentLayout = contentLayout;
    m_overlays.setCatalog(&m_controls->catalog());

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_controlScroll);
    m_mainSplitter->addWidget(content);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({360, 1080});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);

    m_deferred.setSingleShot(true);
    m_deferred.setInterval(kDeferredMs);
    connect(&m_deferred, &QTimer::timeout, this, &ExplorerPage::flushDeferred);
    connect(m_controls, &ControlPanel::changed, this, &ExplorerPage::recompute);
    connect(m_controls, &ControlPanel::message, this, &ExplorerPage::message);
    connect(m_matrixView, &FitMatrixView::pairActivated, this,
            [this](const std::string& model, const std::string& gpu) {
                m_controls->selectCatalogModel(model);
                m_controls->focusGpu(gpu);
            });
    recompute();
}

QWidget* ExplorerPage::card(const QString& title, QWidget* body, QWidget* headerExtra) {
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(title, frame);
    label->setObjectName(QStringLiteral("cardTitle"));
    header->addWidget(label);
    header->addStretch(1);
    if (headerExtra != nullptr) {
        header->addWidget(headerExtra);
    }
    layout->addLayout(header);
    layout->addWidget(body, 1);
    return frame;
}

QWidget* ExplorerPage::buildCompareChips() {
    // A compact menu of checkable formats: the legend shows which lines are drawn.
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("compareButton"));
    button->setText(tr("Compare formats ▾"));
    button->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid #d0d7de; border-radius: 6px; padding: 3px 10px; "
                       "background: palette(base); } QToolButton::menu-indicator { image: none; width: 0; }"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(tr("Formats to compare"));
    button->setAccessibleDescription(tr("Chooses the weight formats drawn as extra lines in the memory-against-"
                                        "context chart, beside the chosen one."));
    button->setToolTip(button->accessibleDescription());
    auto* menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("compareMenu"));
    for (sizing::WeightFormat format : kChipFormats) {
        QAction* action = menu->addAction(formatName(format));
        action->setObjectName(QStringLiteral("compare_") + qs(sizing::formatInfo(format).id));
        action->setCheckable(true);
        action->setData(static_cast<int>(format));
        connect(action, &QAction::toggled, this, [this] {
            std::vector<sizing::WeightFormat> formats;
            for (QAction* a : m_compareActions) {
                if (a->isChecked()) {
                    formats.push_back(static_cast<sizing::WeightFormat>(a->data().toInt()));
                }
            }
            if (formats != m_controls->state().compare_formats) {
                m_controls->setCompareFormats(formats);
            }
        });
        m_compareActions.push_back(action);
    }
    button->setMenu(menu);
    return button;
}

sizing::Scenario ExplorerPage::primaryScenario() const {
    const std::vector<SelectedGpu> gpus = m_controls->selectedGpus();
    return makeScenario(m_controls->state(), m_controls->model(), gpus.empty() ? nullptr : &gpus.front());
}

void ExplorerPage::recompute() {
    const ExplorerState& state = m_controls->state();
    const auto model = m_controls->model();
    if (!model) {
        return;
    }
    for (QAction* action : m_compareActions) {
        const auto format = static_cast<sizing::WeightFormat>(action->data().toInt());
        const bool on = std::find(state.compare_formats.begin(), state.compare_formats.end(), format) !=
                        state.compare_formats.end();
        if (action->isChecked() != on) {
            const QSignalBlocker block(action);
            action->setChecked(on);
        }
    }

    const std::vector<SelectedGpu> gpus = m_controls->selectedGpus();
    std::vector<sizing::Estimate> estimates;
    std::vector<BreakdownBar> bars;
    const std::size_t columns = std::max<std::size_t>(1, gpus.size());
    estimates.reserve(columns);
    for (std::size_t i = 0; i < columns; ++i) {
        const SelectedGpu* gpu = gpus.empty() ? nullptr : &gpus[i];
        const sizing::Scenario s = makeScenario(state, model, gpu);
        // Only the primary GPU's derivation is shown; the others need numbers only.
        estimates.push_back(sizing::estimate(s, i == 0 ? sizing::Detail::WithDerivation : sizing::Detail::NumbersOnly));
        const sizing::Estimate& e = estimates.back();
        const std::int64_t count = gpu != nullptr ? std::max<std::int64_t>(1, gpu->count) : 1;
        // Pipeline parallelism and llama.cpp's layer split give each GPU its own load: one bar each
        // (for the primary configuration always, for the others while the chart stays readable).
        const bool expand = gpu != nullptr && e.fit && e.gpu_loads.size() > 1 && loadsDiffer(e.gpu_loads) &&
                            (i == 0 || bars.size() + e.gpu_loads.size() <= 8);
        if (expand) {
            for (std::size_t k = 0; k < e.gpu_loads.size(); ++k) {
                const sizing::GpuLoad& load = e.gpu_loads[k];
                BreakdownBar bar = barFromLoad(load, e, count);
                bar.gpu_name = tr("%1 #%2\nlayers %3–%4%5")
                                   .arg(shortGpuName(*gpu->spec))
                                   .arg(k + 1)
                                   .arg(load.first_layer)
                                   .arg(std::max<std::int64_t>(load.first_layer, load.end_layer - 1))
                                   .arg(load.output_head ? tr(" + head") : QString());
                bar.capacity_bytes = e.fit->capacity_bytes;
                bar.nominal_bytes = e.fit->nominal_bytes;
                bar.in_use_bytes = e.fit->in_use_bytes;
                bar.headroom_bytes = bar.capacity_bytes - bar.in_use_bytes - bar.load_bytes;
                bar.verdict = sizing::verdictFor(bar.load_bytes + bar.in_use_bytes, bar.capacity_bytes);
                bars.push_back(bar);
            }
        } else {
            // The most loaded GPU (the engine's per_gpu_bytes); without GPUs, the whole deployment.
            BreakdownBar bar;
            if (!e.gpu_loads.empty()) {
                const auto most = std::max_element(e.gpu_loads.begin(), e.gpu_loads.end(),
                                                   [](const auto& a, const auto& b) { return a.total() < b.total(); });
                bar = barFromLoad(*most, e, count);
            } else {
                sizing::GpuLoad whole;
                whole.weights_bytes = e.weights_bytes;
                whole.kv_cache_bytes = e.kv_cache_bytes;
                whole.activation_bytes = e.activation_bytes;
                whole.overhead_bytes = e.overhead_bytes;
                whole.training_bytes = e.training_bytes;
                bar = barFromLoad(whole, e, 1);
            }
            bar.load_bytes = e.per_gpu_bytes;
            if (gpu != nullptr && e.fit) {
                bar.gpu_name = shortGpuName(*gpu->spec);
                bar.gpu_count = count;
                bar.capacity_bytes = e.fit->capacity_bytes;
                bar.nominal_bytes = e.fit->nominal_bytes;
                bar.in_use_bytes = e.fit->in_use_bytes;
                bar.headroom_bytes = e.fit->headroom_bytes;
                bar.verdict = e.fit->verdict;
            }
            bars.push_back(bar);
        }
        // llama.cpp's layers left on the CPU, or experts kept there by --n-cpu-moe / -ot: a bar for system RAM
        // beside the primary GPU's. Not for the token embeddings alone (always on the CPU).
        if (i == 0 && e.llamacpp &&
            (e.llamacpp->gpu_layers < e.llamacpp->max_gpu_layers || e.llamacpp->cpu_override_bytes > 0) &&
            e.cpu_bytes > 0 && s.cpu_ram_bytes > 0) {
            const sizing::LlamaCppPlan& plan = *e.llamacpp;
            BreakdownBar ram;
            auto& c = ram.components;
            c[static_cast<std::size_t>(Component::Weights)] = plan.cpu_weights_bytes;
            c[static_cast<std::size_t>(Component::KvCache)] = plan.cpu_kv_bytes;
            c[static_cast<std::size_t>(Component::Activations)] = plan.cpu_compute_buffer_bytes;
            c[static_cast<std::size_t>(Component::Overhead)] = std::max<std::int64_t>(
                0, e.cpu_bytes - plan.cpu_weights_bytes - plan.cpu_kv_bytes - plan.cpu_compute_buffer_bytes);
            ram.load_bytes = e.cpu_bytes;
            ram.gpu_name = tr("System RAM");
            ram.capacity_bytes = s.cpu_ram_bytes;
            ram.nominal_bytes = s.cpu_ram_bytes;
            ram.headroom_bytes = s.cpu_ram_bytes - e.cpu_bytes;
            ram.verdict = e.cpu_verdict.value_or(sizing::verdictFor(e.cpu_bytes, s.cpu_ram_bytes));
            bars.push_back(ram);
        }
    }
    m_primary = estimates.front();
    m_estimates = estimates;
    m_hasGpu = !gpus.empty();
    m_controls->runtimeOptions()->setSolvedGpuLayers(m_primary.llamacpp && !gpus.empty()
                                                         ? std::optional<std::int64_t>(m_primary.llamacpp->gpu_layers)
                                                         : std::nullopt);
    // The pinned scenarios' bars after the live ones: computed once per pin set.
    const std::vector<BreakdownBar>& pinnedBars = m_overlays.bars();
    bars.insert(bars.end(), pinnedBars.begin(), pinnedBars.end());
    m_breakdown->setBars(bars, state.unit);

    updateContextChart(gpus);
    updateLayerStrip();
    m_context->setCurrent(state.context_tokens, m_primary.per_gpu_bytes, state.unit);
    updateSummary(gpus, estimates);

    QString title = tr("%1 · %2 · %3 tokens × %4")
                        .arg(m_controls->modelName(), formatName(state.precision.weights),
                             tokenCountText(static_cast<double>(state.context_tokens)))
                        .arg(state.batch);
    if (!gpus.empty()) {
        title += tr(" · %1").arg(gpuLabel(gpus.front()));
    }
    m_derivation->setDerivation(title, m_primary.steps, state.unit);

    m_deferred.start();
    emit recomputed();
}

void ExplorerPage::updateLayerStrip() {
    const ExplorerState& state = m_controls->state();
    const auto model = m_controls->model();
    LayerStripData data;
    data.context_tokens = state.context_tokens;
    data.batch = state.batch;
    data.runtime_name = FormatText::runtimeName(state.runtime);
    data.cells = sizing::layerKvBytes(*model, state.runtime, state.precision.kv_cache, state.context_tokens,
                                      std::max<std::int64_t>(1, state.batch));
    m_layerStrip->setData(data, state.unit);
}

void ExplorerPage::updateContextChart(const std::vector<SelectedGpu>& gpus) {
    const ExplorerState& state = m_controls->state();
    const auto model = m_controls->model();
    const std::int64_t maxContext = m_controls->maxContext();
    ContextKey key{model.get(), state, maxContext};
    key.state.context_tokens = 0;
    if (m_contextKey && *m_contextKey == key) {
        return;
    }
    m_contextKey = key;

    ContextChartData data;
    data.min_tokens = std::min<std::int64_t>(kMinContext, maxContext);
    data.max_tokens = maxContext;
    std::vector<sizing::WeightFormat> formats{state.precision.weights};
    for (sizing::WeightFormat f : state.compare_formats) {
        if (std::find(formats.begin(), formats.end(), f) == formats.end()) {
            formats.push_back(f);
        }
    }
    // Log-spaced samples, whole tokens, both ends included.
    std::vector<double> samples;
    const double lo = static_cast<double>(data.min_tokens);
    const double hi = static_cast<double>(data.max_tokens);
    for (int k = 0; k < kContextSamples; ++k) {
        const double t = std::round(lo * std::pow(hi / lo, static_cast<double>(k) / (kContextSamples - 1)));
        if (samples.empty() || t > samples.back()) {
            samples.push_back(t);
        }
    }
    const SelectedGpu* primary = gpus.empty() ? nullptr : &gpus.front();
    for (std::size_t f = 0; f < formats.size(); ++f) {
        sizing::Scenario s = makeScenario(state, model, primary);
        s.precision.weights = formats[f];
        ContextSeries series;
        series.name = formatName(formats[f]);
        series.chosen = f == 0;
        series.tokens = samples;
        series.bytes.reserve(samples.size());
        for (double t : samples) {
            s.context_tokens = static_cast<std::int64_t>(t);
            series.bytes.push_back(sizing::estimate(s, sizing::Detail::NumbersOnly).per_gpu_bytes);
        }
        data.series.push_back(std::move(series));
        for (std::size_t g = 0; g < gpus.size(); ++g) {
            sizing::Scenario sg = makeScenario(state, model, &gpus[g]);
            sg.precision.weights = formats[f];
            const auto longest = sizing::longestContextThatFits(sg, maxContext);
            // A line that fits over the whole range, or nowhere, does not cross this capacity.
            if (longest && *longest < maxContext && *longest >= data.min_tokens) {
                data.crossings.push_back({static_cast<int>(f), static_cast<int>(g), *longest});
            }
        }
    }
    for (std::size_t g = 0; g < gpus.size(); ++g) {
        CapacityLine line;
        line.name = gpuLabel(gpus[g]);
        // What the model may use: other processes' memory is not there for it.
        line.capacity_bytes = gpus[g].spec->capacityBytes() - gpus[g].in_use_bytes;
        line.color_index = static_cast<int>(g);
        data.capacities.push_back(line);
    }
    // The pinned scenarios over the same samples, and their GPUs' capacities not drawn already.
    const std::vector<ContextSeries>& pinnedSeries = m_overlays.contextSeries(samples);
    data.series.insert(data.series.end(), pinnedSeries.begin(), pinnedSeries.end());
    for (CapacityLine line : m_overlays.capacities()) {
        if (std::none_of(data.capacities.begin(), data.capacities.end(),
                         [&line](const CapacityLine& c) { return c.capacity_bytes == line.capacity_bytes; })) {
            line.color_index = static_cast<int>(data.capacities.size());
            data.capacities.push_back(line);
        }
    }
    m_context->setData(data, state.unit);
}

void ExplorerPage::updateSummary(const std::vector<SelectedGpu>& gpus, const std::vector<sizing::Estimate>& estimates) {
    const ExplorerState& state = m_controls->state();
    const sizing::Estimate& e = estimates.front();
    QString load = tr("%1, %2, %3 tokens")
                       .arg(m_controls->modelName(), formatName(state.precision.weights),
                            tokenCountText(static_cast<double>(state.context_tokens)));
    if (const auto model = m_controls->model();
        model && sizing::acceptsImages(model->spec) && state.images_per_request > 0) {
        load += tr(" + %n image(s)", nullptr, static_cast<int>(state.images_per_request));
    }
    if (state.batch > 1) {
        load += tr(" × %1 sequences").arg(state.batch);
    }
    QString text;
    if (gpus.empty() || !e.fit) {
        text = tr("%1: %2 in total. Select a GPU to see whether it fits.").arg(load, amount(e.total_bytes, state.unit));
        m_summary->setVerdict(std::nullopt);
    } else {
        const sizing::GpuFit& fit = *e.fit;
        QString room = headroomText(fit.headroom_bytes, state.unit);
        if (fit.in_use_bytes > 0) {
            // The free figure is after what other processes hold: say so, or it reads as an error.
            room += tr(" after %1 already in use by other processes").arg(amount(fit.in_use_bytes, state.unit));
        }
        const QString perGpu = gpus.front().count > 1 ? tr(" per GPU") : QString();
        text = tr("%1: <b>%2</b> of %3%4 on %5: <b>%6</b>, %7.")
                   .arg(load.toHtmlEscaped(), amount(fit.per_gpu_bytes, state.unit),
                        amount(fit.capacity_bytes, state.unit), perGpu, gpuLabel(gpus.front()).toHtmlEscaped(),
                        theme::verdictText(fit.verdict), room);
        for (std::size_t i = 1; i < gpus.size() && i < estimates.size(); ++i) {
            if (const auto& other = estimates[i].fit) {
                text += tr(" On %1: %2 (%3).")
                            .arg(gpuLabel(gpus[i]).toHtmlEscaped(), theme::verdictText(other->verdict),
                                 headroomText(other->headroom_bytes, state.unit));
            }
        }
        m_summary->setVerdict(fit.verdict);
    }
    m_summary->setSummary(text);
}

void ExplorerPage::updateArticleComparison() {
    const ExplorerState& state = m_controls->state();
    if (!m_controls->model()) {
        return;
    }
    const sizing::Estimate& e = m_primary;
    // The article's rule of thumb beside the accurate profile, so a reader sees where it is off
    // (it sizes serving: nothing to compare with while fine-tuning).
    if (state.runtime != sizing::Runtime::Simple && state.engine.task == sizing::Task::Inference) {
        sizing::Scenario simple = primaryScenario();
        simple.runtime = sizing::Runtime::Simple;
        const sizing::Estimate article = sizing::estimate(simple, sizing::Detail::NumbersOnly);
        const std::int64_t diff = e.per_gpu_bytes - article.per_gpu_bytes;
        const double pct = article.per_gpu_bytes > 0
                               ? 100.0 * static_cast<double>(diff) / static_cast<double>(article.per_gpu_bytes)
                               : 0.0;
        m_summary->setArticleComparison(
            tr("The article's rule (weights × %1 + KV cache) says <b>%2</b>; the %3 profile says <b>%4</b> "
               "(%5%6, %7%8 %).")
                .arg(QLocale().toString(1.0 + state.overhead_fraction, 'g', 3),
                     amount(article.per_gpu_bytes, state.unit), FormatText::runtimeName(state.runtime),
                     amount(e.per_gpu_bytes, state.unit), diff >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
                     amount(std::abs(diff), state.unit), pct >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
                     QLocale().toString(std::abs(pct), 'f', 0)));
    } else {
        m_summary->setArticleComparison({});
    }
}

void ExplorerPage::flushDeferred() {
    m_deferred.stop();
    updateArticleComparison();
    updateSolvers();
    m_derivation->renderNow();
    updateFitMatrix();
    updateSpeedChart();
    // Speed and the runtime's figures: a second line of text whose height may change, so it waits
    // for the timer with the solvers rather than re-laying out the summary on every slider step.
    m_summary->setDetails(detailsText(m_controls->selectedGpus()));
    if (m_modelFile->info() != m_controls->modelFileInfo().get()) {
        m_modelFile->setInfo(m_controls->modelFileInfo(), m_controls->state().unit);
    }
    updateLaunchPanel();
}

void ExplorerPage::updateLaunchPanel() {
    // Three more estimates and their command lines: only for a tab the user can see.
    if (m_details->currentWidget() != m_launch || !m_controls->model()) {
        m_launchStale = true;
        return;
    }
    m_launchStale = false;
    const sizing::Scenario scenario = primaryScenario();
    m_launch->setPlans(launchPlans(scenario, launchModelReference(m_controls->state(), scenario)),
                       m_controls->state().unit);
}

void ExplorerPage::updateSpeedChart() {
    const ExplorerState& state = m_controls->state();
    const auto model = m_controls->model();
    if (!model) {
        return;
    }
    const std::vector<SelectedGpu> gpus = m_controls->selectedGpus();
    SpeedChartData data;
    data.current_batch = state.batch;
    if (state.engine.task != sizing::Task::Inference) {
        data.note = tr("Speed is estimated for inference; switch the task to Inference to see tokens per second.");
        m_speed->setData(data);
        return;
    }
    std::vector<std::int64_t> batches;
    const std::int64_t top = std::max<std::int64_t>(kSpeedMaxBatch, state.batch);
    for (std::int64_t b = 1; b < top; b *= 2) {
        batches.push_back(b);
    }
    batches.push_back(top);
    const std::size_t configurations = std::max<std::size_t>(1, gpus.size());
    for (std::size_t g = 0; g < configurations; ++g) {
        const SelectedGpu* gpu = gpus.empty() ? nullptr : &gpus[g];
        SpeedSeries series;
        series.name = gpu != nullptr ? gpuLabel(*gpu) : tr("CPU");
        series.color_index = static_cast<int>(g);
        series.points = sizing::decodeSpeedByBatch(makeScenario(state, model, gpu), batches);
        if (g < m_estimates.size()) {
            series.compute_bound_from_batch = m_estimates[g].speed.compute_bound_from_batch;
        }
        if (std::none_of(series.points.begin(), series.points.end(),
                         [](const sizing::SpeedPoint& p) { return p.tokens_per_s > 0; })) {
            continue;
        }
        data.series.push_back(std::move(series));
    }
    const std::vector<SpeedSeries>& pinnedSpeed = m_overlays.speedSeries(batches);
    data.series.insert(data.series.end(), pinnedSpeed.begin(), pinnedSpeed.end());
    if (data.series.empty()) {
        data.note = tr("Select a GPU (or the llama.cpp runtime, which can run on the CPU) to see tokens per second.");
    }
    m_speed->setData(data);
}

QString ExplorerPage::detailsText(const std::vector<SelectedGpu>& gpus) const {
    const ExplorerState& state = m_controls->state();
    const sizing::Estimate& e = m_primary;
    const auto bytes = [&state](std::int64_t b) { return amount(b, state.unit); };
    QStringList parts;
    if (e.finetune) {
        const sizing::FineTunePlan& f = *e.finetune;
        const std::int64_t n = gpus.empty() ? 1 : std::max<std::int64_t>(1, gpus.front().count);
        parts << tr("Fine-tuning: <b>%1</b> trainable parameters; gradients %2, optimizer states %3, activations %4%5.")
                     .arg(QString::fromStdString(sizing::formatParams(static_cast<double>(f.trainable_params))),
                          bytes(ceilDiv(f.gradient_bytes, n)),
                          bytes(ceilDiv(f.optimizer_bytes + f.master_weights_bytes, n)),
                          bytes(f.activation_bytes + f.dequant_buffer_bytes), n > 1 ? tr(" per GPU") : QString());
    }
    const sizing::SpeedEstimate& sp = e.speed;
    if (state.engine.task == sizing::Task::Inference && sp.valid) {
        QString speed =
            tr("Speed: <b>%1 tokens/s</b> per sequence (%2–%3)")
                .arg(rate(sp.decode_tokens_per_s), rate(sp.decode_low_tokens_per_s), rate(sp.decode_high_tokens_per_s));
        if (state.batch > 1) {
            speed += tr(", <b>%1 tokens/s</b> for all %2 (%3–%4)")
                         .arg(rate(sp.decode_batch_tokens_per_s))
                         .arg(state.batch)
                         .arg(rate(sp.decode_batch_low_tokens_per_s), rate(sp.decode_batch_high_tokens_per_s));
        }
        if (sp.time_to_first_token_s > 0) {
            speed += tr("; first token after <b>%1</b>").arg(seconds(sp.time_to_first_token_s));
            if (state.batch > 1 && sp.time_to_first_token_batch_s > 0) {
                speed += tr(" (%1 for the whole batch)").arg(seconds(sp.time_to_first_token_batch_s));
            }
        }
        speed += sp.decode_compute_bound ? tr("; compute-bound") : tr("; memory-bound");
        if (!sp.decode_compute_bound && sp.compute_bound_from_batch > 0) {
            speed += tr(" up to batch %1").arg(sp.compute_bound_from_batch);
        }
        parts << speed + (sp.on_cpu ? tr(" (on the CPU).") : QStringLiteral("."));
    }
    if (e.vllm && state.engine.task == sizing::Task::Inference) {
        const sizing::VllmPlan& v = *e.vllm;
        if (!v.starts) {
            parts << tr("<span style='color:#c43c00'>vLLM would not start: %1</span>")
                         .arg(QString::fromStdString(v.error).toHtmlEscaped());
        } else {
            parts << tr("vLLM: KV-cache pool <b>%1</b> per GPU = <b>%2 tokens</b>; maximum concurrency <b>%3×</b> at "
                        "%4 tokens per request.")
                         .arg(bytes(v.kv_pool_bytes),
                              QString::fromStdString(sizing::formatCount(static_cast<double>(v.kv_cache_tokens))))
                         .arg(QLocale().toString(v.max_concurrency, 'f', 2),
                              tokenCountText(static_cast<double>(state.context_tokens)));
        }
    }
    if (e.llamacpp && state.engine.task == sizing::Task::Inference) {
        const sizing::LlamaCppPlan& l = *e.llamacpp;
        QString text = tr("llama.cpp: <b>%1 of %2</b> layers on the GPU").arg(l.gpu_layers).arg(l.max_gpu_layers);
        if (e.cpu_bytes > 0) {
            text += tr("; <b>%1</b> stays in system RAM").arg(bytes(e.cpu_bytes));
            if (e.cpu_verdict) {
                const std::int64_t ram = m_controls->state().engine.runtime.cpu_ram_bytes > 0
                                             ? m_controls->state().engine.runtime.cpu_ram_bytes
                                             : machineRamBytes();
                text += tr(" of %1: <b>%2</b>").arg(bytes(ram), theme::verdictText(*e.cpu_verdict));
            }
        }
        if (l.cpu_expert_layers > 0 && l.cpu_expert_bytes > 0) {
            text +=
                tr("; the routed experts of %n layer(s) in system RAM (%1)", "", static_cast<int>(l.cpu_expert_layers))
                    .arg(bytes(l.cpu_expert_bytes));
        }
        if (l.v_cache_f16_fallback) {
            text += tr("; the V cache stays F16 without flash attention");
        }
        parts << text + QLatin1Char('.');
    }
    return parts.join(QStringLiteral("<br>"));
}

void ExplorerPage::updateSolvers() {
    const ExplorerState& state = m_controls->state();
    if (!m_controls->model()) {
        return;
    }
    const sizing::Scenario s = primaryScenario();
    QStringList parts;
    if (s.gpu) {
        // The model's limit holds the image tokens too: the text may take the rest.
        const std::int64_t maxContext = sizing::textContextLimit(s, m_controls->maxContext());
        const auto longest = sizing::longestContextThatFits(s, maxContext);
        if (!longest) {
            parts << tr("Longest context that fits: none (not even one token)");
        } else if (*longest >= maxContext) {
            parts << tr("Longest context that fits: %1 tokens (the model's maximum)")
                         .arg(tokenCountText(static_cast<double>(*longest)));
        } else {
            parts
                << tr("Longest context that fits: <b>%1</b> tokens").arg(tokenCountText(static_cast<double>(*longest)));
        }
        const auto batch = sizing::largestBatchThatFits(s, 4096);
        parts << (batch ? tr("largest batch: <b>%1</b>").arg(tokenCountText(static_cast<double>(*batch)))
                        : tr("largest batch: none"));
    }
    const auto& catalogGpus = m_controls->catalog().gpus();
    const auto smallest = sizing::smallestGpuThatFits(s, catalogGpus);
    parts << (smallest ? tr("smallest catalog GPU: <b>%1</b> (%2)")
                             .arg(QString::fromStdString(catalogGpus[*smallest].display_name),
                                  amount(catalogGpus[*smallest].memory_bytes, state.unit))
                       : tr("no single catalog GPU holds it"));
    if (s.gpu) {
        const auto precise = sizing::mostPreciseFormatThatFits(s, sizing::defaultFormatCandidates());
        parts << (precise ? tr("most precise format that fits: <b>%1</b>").arg(formatName(*precise))
                          : tr("no weight format fits"));
    }
    m_summary->setSolvers(parts.join(QStringLiteral(" · ")) + QLatin1Char('.'));
    // What to change when it does not fit: the solvers' cheapest answers, each a link that applies it.
    m_fitChanges.clear();
    if (s.gpu && m_primary.fit && m_primary.fit->verdict == sizing::Verdict::DoesNotFit) {
        m_fitChanges = plan::cheapestChangesThatFit(s, catalogGpus, 3);
    }
    m_summary->setFitChanges(fitChangeLinks(m_fitChanges, s));
}

void ExplorerPage::updateFitMatrix() {
    const ExplorerState& state = m_controls->state();
    const std::vector<SelectedGpu> gpus = m_controls->selectedGpus();
    FitMatrix matrix;
    for (const SelectedGpu& gpu : gpus) {
        matrix.gpu_ids.push_back(gpu.spec->id);
        matrix.gpu_names.push_back(gpuLabel(gpu));
    }
    const auto& models = m_controls->catalog().models();
    for (std::size_t m = 0; m < models.size(); ++m) {
        matrix.model_ids.push_back(models[m].id);
        matrix.model_names.push_back(QString::fromStdString(models[m].name));
        if (state.model_source == ModelSource::Catalog && models[m].id == state.model_id) {
            matrix.current_row = static_cast<int>(m);
            matrix.current_column = gpus.empty() ? -1 : 0;
        }
        for (const SelectedGpu& gpu : gpus) {
            FitCell cell;
            try {
                const sizing::Estimate e =
                    sizing::estimate(makeScenario(state, models[m].model, &gpu), sizing::Detail::NumbersOnly);
                if (e.fit) {
                    cell.per_gpu_bytes = e.fit->per_gpu_bytes;
                    cell.capacity_bytes = e.fit->capacity_bytes;
                    cell.headroom_bytes = e.fit->headroom_bytes;
                    cell.verdict = e.fit->verdict;
                    cell.valid = true;
                }
            } catch (const std::exception&) {
                cell.valid = false; // a catalog entry the engine cannot size shows "n/a"
            }
            matrix.cells.push_back(cell);
        }
    }
    m_matrixModel->setMatrix(std::move(matrix), state.unit);
}

void ExplorerPage::setPinned(const std::vector<Pin>& pins) {
    m_overlays.setPins(pins);
    m_contextKey.reset(); // the context chart's lines include the pins'
    recompute();
    flushDeferred(); // the speed chart shows them too
}

void ExplorerPage::addWorkspaceBar(QWidget* bar) {
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_summary) + 1, bar);
}

QString ExplorerPage::summaryText() const {
    QString text = m_summary->summary() + QLatin1Char(' ') + m_summary->solvers();
    if (!m_summary->articleComparison().isEmpty()) {
        text += QLatin1Char(' ') + m_summary->articleComparison();
    }
    // The labels hold a little HTML for emphasis.
    text.remove(QStringLiteral("<b>"));
    text.remove(QStringLiteral("</b>"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace fitscope::gui
