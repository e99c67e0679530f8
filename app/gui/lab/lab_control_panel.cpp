#include "lab_control_panel.h"

#include "core/formats/model_file_data.h"
#include "scheme_catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fitscope::gui::lab {

namespace {

constexpr int kSchemeRole = Qt::UserRole;

// Accessible name, description and tooltip in one go: the tooltip is the description.
template <typename W>
W* described(W* widget, const char* objectName, const QString& name, const QString& description) {
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
    widget->setToolTip(description);
    return widget;
}

} // namespace

LabControlPanel::LabControlPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("labControls"));
    buildUi();
    setState(LabState::fromJson({}));
}

void LabControlPanel::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 14);
    layout->setSpacing(8);
    layout->addWidget(buildSourceBox());
    layout->addWidget(buildSchemeBox(), 1);
    layout->addWidget(buildOptionsBox());

    m_run = described(new QPushButton(tr("&Run"), this), "labRunButton", tr("Run"),
                      tr("Quantize the tensor with every checked scheme and measure the error (Ctrl+Return)."));
    m_run->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_run->setDefault(true);
    m_cancel = described(new QPushButton(tr("Ca&ncel"), this), "labCancelButton", tr("Cancel"),
                         tr("Stop the run; schemes already finished keep their results (Esc)."));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run, 1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress = described(new QProgressBar(this), "labProgress", tr("Run progress"),
                           tr("How far the whole run is: the tensor, then each scheme in turn."));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    layout->addWidget(m_progress);
    m_progressText = new QLabel(tr("Ready."), this);
    m_progressText->setObjectName(QStringLiteral("hint"));
    m_progressText->setWordWrap(true);
    layout->addWidget(m_progressText);

    connect(m_run, &QPushButton::clicked, this, &LabControlPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &LabControlPanel::cancelRequested);
}

QWidget* LabControlPanel::buildSourceBox() {
    auto* box = new QGroupBox(tr("Tensor"), this);
    auto* layout = new QVBoxLayout(box);
    m_source = described(new QComboBox(box), "labSourceCombo", tr("Tensor source"),
                         tr("Generate a sample tensor with calibration activations, or open a weight from a .npy, "
                            ".safetensors or .gguf file."));
    m_source->addItem(tr("Generated sample"), static_cast<int>(SourceKind::Generated));
    m_source->addItem(tr("From a file"), static_cast<int>(SourceKind::File));
    auto* sourceLabel = new QLabel(tr("&Source"), box);
    sourceLabel->setBuddy(m_source);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_source);

    m_sourcePages = new QStackedWidget(box);
    auto* generated = new QWidget(m_sourcePages);
    auto* form = new QFormLayout(generated);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = described(new QComboBox(generated), "labKindCombo", tr("Distribution"),
                       tr("Gaussian weights; heavy-tailed (Laplace) weights; or transformer-like weights with "
                          "activations whose few outlier features are 10–100× larger than the rest."));
    m_kind->addItem(tr("Transformer-like"), QStringLiteral("transformer"));
    m_kind->addItem(tr("Gaussian"), QStringLiteral("gaussian"));
    m_kind->addItem(tr("Heavy-tailed (Laplace)"), QStringLiteral("laplace"));
    form->addRow(tr("&Distribution"), m_kind);
    m_rows = described(new QSpinBox(generated), "labRowsSpin", tr("Rows"),
                       tr("Output features of the weight matrix (its rows)."));
    m_cols = described(new QSpinBox(generated), "labColsSpin", tr("Columns"),
                       tr("Input features of the weight matrix (its columns); GGUF K-quants need a multiple of 256."));
    for (QSpinBox* s : {m_rows, m_cols}) {
        s->setRange(1, static_cast<int>(LabState::kMaxDim));
        s->setSingleStep(256);
        s->setAccelerated(true);
    }
    form->addRow(tr("R&ows"), m_rows);
    form->addRow(tr("Co&lumns"), m_cols);
    m_outliers = described(new QSpinBox(generated), "labOutliersSpin", tr("Outlier features"),
                           tr("How many input features carry large activations (transformer-like only; LLM.int8() "
                              "found about 0.1 % of them)."));
    m_outliers->setRange(1, static_cast<int>(LabState::kMaxDim));
    form->addRow(tr("Outlier &features"), m_outliers);
    m_magnitude = described(new QDoubleSpinBox(generated), "labMagnitudeSpin", tr("Outlier magnitude"),
                            tr("The largest outlier activation; outliers range from a tenth of it up to it (the "
                               "paper saw 6 to 60)."));
    m_magnitude->setRange(LabState::kMinMagnitude, LabState::kMaxMagnitude);
    m_magnitude->setDecimals(1);
    form->addRow(tr("Outlier &magnitude"), m_magnitude);
    m_sourcePages->addWidget(generated);

    auto* file = new QWidget(m_sourcePages);
    auto* fileLayout = new QVBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto* pathRow = new QHBoxLayout;
    m_path = described(new QLineEdit(file), "labPathEdit", tr("Tensor file"),
                       tr("A .npy, .safetensors or .gguf file (or a model folder); press Enter after typing."));
    m_path->setPlaceholderText(tr("model.safetensors, model.gguf, weight.npy"));
    m_browse = described(new QPushButton(tr("&Browse…"), file), "labBrowseButton", tr("Browse for a tensor file"),
                         tr("Choose a .npy, .safetensors or .gguf file."));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    fileLayout->addLayout(pathRow);
    m_tensor = described(new QComboBox(file), "labTensorCombo", tr("Tensor"),
                         tr("The tensor to quantize, by name: 2-D tensors whose stored type FitScope can read as "
                            "float."));
    auto* tensorLabel = new QLabel(tr("&Tensor"), file);
    tensorLabel->setBuddy(m_tensor);
    fileLayout->addWidget(tensorLabel);
    fileLayout->addWidget(m_tensor);
    m_fileNote = new QLabel(file);
    m_fileNote->setObjectName(QStringLiteral("hint"));
    m_fileNote->setWordWrap(true);
    fileLayout->addWidget(m_fileNote);
    m_sourcePages->addWidget(file);
    layout->addWidget(m_sourcePages);

    auto* common = new QFormLayout;
    m_tokens = described(new QSpinBox(box), "labTokensSpin", tr("Calibration tokens"),
                         tr("Activation rows used to measure the output error and to calibrate LLM.int8(), GPTQ and "
                            "AWQ (a file gets Gaussian activations)."));
    m_tokens->setRange(1, static_cast<int>(LabState::kMaxTokens));
    m_tokens->setSingleStep(128);
    m_seed = described(new QSpinBox(box), "labSeedSpin", tr("Seed"),
                       tr("The random seed: the same seed gives the same tensor on every machine."));
    m_seed->setRange(0, static_cast<int>(LabState::kMaxSeed));
    common->addRow(tr("Calibration to&kens"), m_tokens);
    common->addRow(tr("S&eed"), m_seed);
    layout->addLayout(common);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateSourceVisibility();
        emitChanged();
    });
    for (QComboBox* c : {m_kind, m_tensor}) {
        connect(c, &QComboBox::currentIndexChanged, this, &LabControlPanel::emitChanged);
    }
    for (QSpinBox* s : {m_rows, m_cols, m_tokens, m_seed, m_outliers}) {
        connect(s, &QSpinBox::valueChanged, this, &LabControlPanel::emitChanged);
    }
    connect(m_magnitude, &QDoubleSpinBox::valueChanged, this, &LabControlPanel::emitChanged);
    connect(m_browse, &QPushButton::clicked, this, &LabControlPanel::browse);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        loadTensorList(m_path->text());
        emitChanged();
    });
    return box;
}

QWidget* LabControlPanel::buildSchemeBox() {
    auto* box = new QGroupBox(tr("Schemes"), this);
    auto* layout = new QVBoxLayout(box);
    m_schemes = described(new QTreeWidget(box), "labSchemeTree", tr("Schemes"),
                          tr("Check the schemes to run (Space toggles the current one; a group's box toggles the "
                             "whole group)."));
    m_schemes->setColumnCount(3);
    m_schemes->setHeaderLabels({tr("Scheme"), tr("Group"), tr("Zero")});
    m_schemes->headerItem()->setToolTip(1, tr("Weights sharing one scale (0: one scale per row or tensor)."));
    m_schemes->headerItem()->setToolTip(2, tr("Whether each group also stores an offset, so it need not be "
                                              "symmetric around zero."));
    m_schemes->setRootIsDecorated(true);
    m_schemes->setUniformRowHeights(true);
    m_schemes->header()->setStretchLastSection(false);
    m_schemes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_schemes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_schemes->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_schemes->setMinimumHeight(300);
    m_schemes->setIndentation(14);
    std::map<SchemeGroup, QTreeWidgetItem*> groups;
    for (SchemeGroup g : {SchemeGroup::Float, SchemeGroup::Int8, SchemeGroup::FourBit, SchemeGroup::Gguf,
                          SchemeGroup::GptqAwq, SchemeGroup::Other}) {
        auto* item = new QTreeWidgetItem(m_schemes, {SchemeCatalog::groupName(g)});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, tr("Check or uncheck every %1 scheme.").arg(SchemeCatalog::groupName(g)));
        groups[g] = item;
    }
    for (const LabSchemeInfo& info : SchemeCatalog::all()) {
        auto* item = new QTreeWidgetItem(groups[info.group]);
        item->setText(0, info.display);
        item->setText(1, info.group_size > 0 ? QString::number(info.group_size) : QStringLiteral("–"));
        item->setText(2, info.zero_point ? tr("yes") : QStringLiteral("–"));
        item->setData(0, kSchemeRole, QString::fromStdString(info.name));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        for (int c = 0; c < 3; ++c) {
            item->setToolTip(c, info.tooltip);
        }
    }
    for (auto& [g, item] : groups) {
        if (item->childCount() == 0) {
            delete item;
        } else {
            item->setExpanded(true);
        }
    }
    connect(m_schemes, &QTreeWidget::itemChanged, this, [this] { emitChanged(); });
    layout->addWidget(m_schemes);
    return box;
}

QWidget* LabControlPanel::buildOptionsBox() {
    auto* box = new QGroupBox(tr("Options"), this);
    auto* form = new QFormLayout(box);
    m_threshold = described(new QDoubleSpinBox(box), "labThresholdSpin", tr("LLM.int8() threshold"),
                            tr("LLM.int8() keeps in FP16 every input column whose activation reaches this magnitude "
                               "(the paper uses 6)."));
    m_threshold->setRange(LabState::kMinThreshold, LabState::kMaxThreshold);
    m_threshold->setDecimals(1);
    form->addRow(tr("LLM.int8() &threshold"), m_threshold);
    m_damping = described(new QDoubleSpinBox(box), "labDampingSpin", tr("GPTQ damping"),
                          tr("GPTQ adds this fraction of the Hessian's mean diagonal to its diagonal, so the "
                             "inverse stays stable (the reference uses 1 %)."));
    m_damping->setRange(100.0 * LabState::kMinDamping, 100.0 * LabState::kMaxDamping);
    m_damping->setDecimals(1);
    m_damping->setSuffix(tr(" %"));
    form->addRow(tr("GPTQ &damping"), m_damping);
    m_actOrder = described(new QCheckBox(tr("GPTQ &act-order"), box), "labActOrderCheck", tr("GPTQ act-order"),
                           tr("GPTQ rounds the columns with the largest activations first, while the most "
                              "compensation is still possible."));
    form->addRow(m_actOrder);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &LabControlPanel::emitChanged);
    connect(m_damping, &QDoubleSpinBox::valueChanged, this, &LabControlPanel::emitChanged);
    connect(m_actOrder, &QCheckBox::toggled, this, &LabControlPanel::emitChanged);
    return box;
}

void LabControlPanel::emitChanged() {
    if (!m_syncing) {
        emit changed();
    }
}

void LabControlPanel::updateSourceVisibility() {
    const bool file = m_source->currentData().toInt() == static_cast<int>(SourceKind::File);
    m_sourcePages->setCurrentIndex(file ? 1 : 0);
}

void LabControlPanel::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a tensor"), QFileInfo(m_path->text()).absolutePath(),
                                     tr("Tensors (*.npy *.safetensors *.gguf);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_path->setText(path);
    loadTensorList(path);
    emitChanged();
}

void LabControlPanel::loadTensorList(const QString& path) {
    const QSignalBlocker block(m_tensor);
    const QString wanted =
        m_tensor->currentData().toString().isEmpty() ? m_tensorWanted : m_tensor->currentData().toString();
    m_tensor->clear();
    m_fileNote->clear();
    if (path.isEmpty()) {
        return;
    }
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        m_tensor->addItem(QFileInfo(path).fileName(), QString());
        m_tensor->setEnabled(false);
        m_fileNote->setText(tr("A .npy file holds one tensor (float32 or float16, 1-D or 2-D)."));
        return;
    }
    m_tensor->setEnabled(true);
    try {
        // Headers only, with bounded reads: quick even for a 40 GB model.
        const auto info = formats::inspectModelPath(path.toStdString());
        int usable = 0;
        for (const formats::ModelTensor& t : info.tensors) {
            if (t.shape.size() < 2 || !formats::canReadAsFloat(t, info.format) ||
                t.elements > formats::k_default_max_float_elements) {
                continue;
            }
            QStringList dims;
            for (std::int64_t d : t.shape) {
                dims << QString::number(d);
            }
            m_tensor->addItem(tr("%1  [%2, %3]")
                                  .arg(QString::fromStdString(t.name), dims.join(QStringLiteral(" × ")),
                                       QString::fromStdString(t.dtype)),
                              QString::fromStdString(t.name));
            ++usable;
        }
        m_fileNote->setText(tr("%1 of %2 tensors can be quantized here.").arg(usable).arg(info.tensors.size()));
        const int index = m_tensor->findData(wanted);
        m_tensor->setCurrentIndex(index >= 0 ? index : 0);
    } catch (const std::exception& e) {
        m_fileNote->setText(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        emit message(m_fileNote->text());
    }
}

LabState LabControlPanel::state() const {
    LabState s;
    s.source = static_cast<SourceKind>(m_source->currentData().toInt());
    s.kind = m_kind->currentData().toString();
    s.rows = m_rows->value();
    s.cols = m_cols->value();
    s.tokens = m_tokens->value();
    s.seed = static_cast<qulonglong>(m_seed->value());
    s.outliers = m_outliers->value();
    s.outlier_magnitude = m_magnitude->value();
    s.file_path = m_path->text();
    s.tensor_name = m_tensor->count() > 0 ? m_tensor->currentData().toString() : m_tensorWanted;
    for (const std::string& name : checkedSchemes()) {
        s.schemes << QString::fromStdString(name);
    }
    s.threshold = m_threshold->value();
    s.damping = m_damping->value() / 100.0;
    s.act_order = m_actOrder->isChecked();
    s.view = m_view;
    return s;
}

void LabControlPanel::setState(const LabState& s) {
    m_syncing = true;
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(s.source)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(s.kind)));
    m_rows->setValue(static_cast<int>(s.rows));
    m_cols->setValue(static_cast<int>(s.cols));
    m_tokens->setValue(static_cast<int>(s.tokens));
    m_seed->setValue(static_cast<int>(std::min(s.seed, LabState::kMaxSeed)));
    m_outliers->setValue(static_cast<int>(s.outliers));
    m_magnitude->setValue(s.outlier_magnitude);
    m_path->setText(s.file_path);
    m_tensorWanted = s.tensor_name;
    if (s.source == SourceKind::File) {
        loadTensorList(s.file_path);
    }
    for (QTreeWidgetItemIterator it(m_schemes); *it; ++it) {
        const QString name = (*it)->data(0, kSchemeRole).toString();
        if (!name.isEmpty()) {
            (*it)->setCheckState(0, s.schemes.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_threshold->setValue(s.threshold);
    m_damping->setValue(100.0 * s.damping);
    m_actOrder->setChecked(s.act_order);
    m_view = s.view;
    updateSourceVisibility();
    m_syncing = false;
}

std::vector<std::string> LabControlPanel::checkedSchemes() const {
    std::vector<std::string> out;
    for (QTreeWidgetItemIterator it(m_schemes); *it; ++it) {
        const QString name = (*it)->data(0, kSchemeRole).toString();
        if (!name.isEmpty() && (*it)->checkState(0) == Qt::Checked) {
            out.push_back(name.toStdString());
        }
    }
    return out;
}

void LabControlPanel::setSchemeChecked(const std::string& scheme, bool checked) {
    for (QTreeWidgetItemIterator it(m_schemes); *it; ++it) {
        if ((*it)->data(0, kSchemeRole).toString().toStdString() == scheme) {
            (*it)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            m_schemes->setCurrentItem(*it);
        }
    }
}

void LabControlPanel::setRunning(bool running) {
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void LabControlPanel::setProgress(double fraction, const QString& text) {
    m_progress->setValue(static_cast<int>(1000.0 * std::clamp(fraction, 0.0, 1.0)));
    m_progressText->setText(text);
}

} // namespace fitscope::gui::lab
