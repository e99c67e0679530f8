#include "gpu_details_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fitscope::gui {

namespace {

QString bytesText(std::int64_t bytes, sizing::MemoryUnit unit) {
    return QString::fromStdString(sizing::formatBytes(bytes, unit, 1));
}

// A rate the catalog gives, or why there is none: 0 means no native support or no published figure.
QString rateText(double value, const QString& unit) {
    return value > 0 ? QStringLiteral("%1 %2").arg(QLocale().toString(value, 'g', 4), unit)
                     : GpuDetailsDialog::tr("none or not published");
}

QString flagText(bool native) {
    return native ? GpuDetailsDialog::tr("native") : GpuDetailsDialog::tr("not native");
}

QString ruleTitle(const std::string& rule) {
    if (rule == "macos_wired_limit") {
        return GpuDetailsDialog::tr("macOS wired limit (iogpu.wired_limit_mb)");
    }
    if (rule == "amd_uma_gtt") {
        return GpuDetailsDialog::tr("BIOS carve-out and Linux GTT limit");
    }
    return GpuDetailsDialog::tr("One pool shared by CPU and GPU");
}

} // namespace

GpuDetailsDialog::GpuDetailsDialog(const sizing::GpuSpec& gpu, const catalog::GpuDetails* details,
                                   sizing::MemoryUnit unit, std::int64_t limit_bytes, bool editable, QWidget* parent)
    : QDialog(parent)
    , m_gpu(gpu)
    , m_unit(unit) {
    setObjectName(QStringLiteral("gpuDetailsDialog"));
    setWindowTitle(tr("%1: details").arg(QString::fromStdString(gpu.display_name)));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                 .arg(QString::fromStdString(gpu.display_name).toHtmlEscaped(),
                                      QString::fromStdString(gpu.vendor + " · " + gpu.architecture).toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("gpuDetailsTitle"));
    layout->addWidget(title);

    // Figure, value, source: a figure without a citation has its entry's overall source.
    m_figures = new QTableWidget(this);
    m_figures->setObjectName(QStringLiteral("gpuDetailsFigures"));
    m_figures->setColumnCount(3);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Source")});
    m_figures->verticalHeader()->setVisible(false);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setWordWrap(true);
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_figures->setAccessibleName(tr("Catalog figures"));
    m_figures->setAccessibleDescription(tr("Each figure of the GPU catalog with the source it comes from."));
    const catalog::GpuDetails none;
    const catalog::GpuDetails& d = details != nullptr ? *details : none;
    // The figure's own citation; else, for a figure the entry has, the entry's overall source; a figure
    // that is not there has no source to show (it is unknown, not sourced as absent).
    const auto source = [&d, &gpu](const char* figure, bool known) {
        const std::string cited = d.citation(figure);
        if (!cited.empty()) {
            return QString::fromStdString(cited);
        }
        if (std::string_view(figure) == "usable" && d.memory_limit.known() && d.memory_limit.default_bytes > 0 &&
            gpu.usable_memory_bytes == d.memory_limit.default_bytes) {
            return QString::fromStdString(d.memory_limit.source); // the unified machine's GPU limit
        }
        return known ? tr("entry: %1").arg(QString::fromStdString(gpu.source)) : tr("no source found");
    };
    const auto add = [this](const QString& figure, const QString& value, const QString& from) {
        const int row = m_figures->rowCount();
        m_figures->insertRow(row);
        m_figures->setItem(row, 0, new QTableWidgetItem(figure));
        m_figures->setItem(row, 1, new QTableWidgetItem(value));
        auto* cited = new QTableWidgetItem(from);
        cited->setToolTip(from);
        m_figures->setItem(row, 2, cited);
    };
    add(tr("Memory (nominal)"), bytesText(gpu.memory_bytes, unit), source("memory", gpu.memory_bytes > 0));
    add(tr("Usable (driver total or GPU limit)"),
        gpu.usable_memory_bytes > 0 ? bytesText(gpu.usable_memory_bytes, unit) : tr("not published"),
        source("usable", gpu.usable_memory_bytes > 0));
    add(tr("Bandwidth"), rateText(gpu.bandwidth_gbps, QStringLiteral("GB/s")),
        source("bandwidth", gpu.bandwidth_gbps > 0));
    add(tr("FP16/BF16, dense"), rateText(gpu.fp16_tflops, QStringLiteral("TFLOPS")),
        source("fp16", gpu.fp16_tflops > 0));
    add(tr("FP8, dense"),
        rateText(gpu.fp8_tflops, QStringLiteral("TFLOPS")) + QStringLiteral(" · ") + flagText(d.nativeFp8(gpu)),
        source("fp8", gpu.fp8_tflops > 0));
    add(tr("FP4, dense"),
        rateText(d.fp4_tflops, QStringLiteral("TFLOPS")) + QStringLiteral(" · ") + flagText(d.nativeFp4()),
        source("fp4", d.fp4_tflops > 0));
    add(tr("INT8, dense"),
        rateText(gpu.int8_tops, QStringLiteral("TOPS")) + QStringLiteral(" · ") + flagText(d.nativeInt8(gpu)),
        source("int8", gpu.int8_tops > 0));
    add(tr("INT4, dense"),
        rateText(gpu.int4_tops, QStringLiteral("TOPS")) + QStringLiteral(" · ") + flagText(d.nativeInt4(gpu)),
        source("int4", gpu.int4_tops > 0));
    if (!d.compute_capability.empty()) {
        add(tr("Compute capability"), QString::fromStdString(d.compute_capability), source("compute_capability", true));
    }
    // Wrapped sources need the columns' final widths: rows follow every resize of the stretched column.
    connect(m_figures->horizontalHeader(), &QHeaderView::sectionResized, m_figures,
            [this] { m_figures->resizeRowsToContents(); });
    layout->addWidget(m_figures, 1);

    const catalog::GpuMemoryLimit& limit = d.memory_limit;
    if (gpu.unified_memory || limit.known()) {
        auto* box = new QGroupBox(tr("Memory the GPU may use"), this);
        box->setObjectName(QStringLiteral("gpuMemoryLimitBox"));
        auto* form = new QFormLayout(box);
        m_defaultBytes = limit.default_bytes > 0 ? limit.default_bytes : gpu.memory_bytes;
        const auto wrapped = [box](const QString& text) {
            auto* label = new QLabel(text, box);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            return label;
        };
        if (limit.known()) {
            form->addRow(tr("Rule:"), wrapped(ruleTitle(limit.rule)));
            form->addRow(tr("Why:"), wrapped(QString::fromStdString(limit.explanation)));
            form->addRow(
                tr("Default:"),
                wrapped(limit.default_bytes > 0
                            ? bytesText(limit.default_bytes, unit)
                            : tr("the whole pool, %1, less what is in use").arg(bytesText(gpu.memory_bytes, unit))));
            if (limit.maximum_bytes > 0) {
                form->addRow(tr("Maximum:"), wrapped(bytesText(limit.maximum_bytes, unit)));
            }
            form->addRow(tr("To change it:"), wrapped(QString::fromStdString(limit.how_to_change)));
            form->addRow(tr("Source:"), wrapped(QString::fromStdString(limit.source)));
        } else {
            form->addRow(tr("Why:"), wrapped(tr("The GPU shares system memory; the catalog has no sourced limit for "
                                                "this machine, so the whole pool is an upper bound.")));
        }
        m_limit = new QDoubleSpinBox(box);
        m_limit->setObjectName(QStringLiteral("gpuMemoryLimitSpin"));
        m_limit->setDecimals(1);
        m_limit->setSuffix(QLatin1Char(' ') + QString::fromLatin1(sizing::unitName(unit).data()));
        m_limit->setRange(1, static_cast<double>(gpu.memory_bytes) / perUnit());
        m_limit->setValue(static_cast<double>(limit_bytes > 0 ? limit_bytes : m_defaultBytes) / perUnit());
        m_limit->setEnabled(editable);
        m_limit->setAccessibleName(tr("GPU memory limit"));
        m_limit->setAccessibleDescription(
            tr("How much of the shared memory the GPU may use in this scenario, as the setting above would make "
               "it; the verdict is judged against it."));
        m_limit->setToolTip(editable ? m_limit->accessibleDescription()
                                     : tr("Check this GPU in the picker to set its limit for the scenario."));
        m_reset = new QPushButton(tr("&Default"), box);
        m_reset->setObjectName(QStringLiteral("gpuMemoryLimitReset"));
        m_reset->setEnabled(editable);
        connect(m_reset, &QPushButton::clicked, this,
                [this] { m_limit->setValue(static_cast<double>(m_defaultBytes) / perUnit()); });
        auto* row = new QHBoxLayout;
        row->addWidget(m_limit, 1);
        row->addWidget(m_reset);
        auto* limitLabel = new QLabel(tr("GPU may &use:"), box);
        limitLabel->setBuddy(m_limit);
        form->addRow(limitLabel, row);
        layout->addWidget(box);
    }

    auto* buttons = new QDialogButtonBox(
        editable && m_limit != nullptr ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close,
        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

double GpuDetailsDialog::perUnit() const {
    return m_unit == sizing::MemoryUnit::GiB ? sizing::kBytesPerGiB : sizing::kBytesPerGB;
}

std::int64_t GpuDetailsDialog::limitBytes() const {
    if (m_limit == nullptr) {
        return 0;
    }
    const std::int64_t bytes = std::llround(m_limit->value() * perUnit());
    // The default as shown (rounded to the field's decimals) is the default, not a limit of its own.
    const double step = std::pow(10.0, -m_limit->decimals()) * perUnit();
    return std::abs(static_cast<double>(bytes - m_defaultBytes)) < step ? 0 : bytes;
}

} // namespace fitscope::gui
