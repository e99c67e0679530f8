#include "lab_results_model.h"

#include "lab_results_hub.h"
#include "scheme_catalog.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace fitscope::gui::lab {

namespace {

QString sci(double v) {
    return std::isfinite(v) ? QString::number(v, 'e', 2) : LabResultsModel::tr("∞");
}

} // namespace

LabResultsModel::LabResultsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void LabResultsModel::startRun(const std::vector<std::string>& schemes) {
    beginResetModel();
    m_rows.clear();
    for (const std::string& s : schemes) {
        m_rows.push_back(Row{s, RowState::Queued, 0.0, {}, nullptr});
    }
    m_stale = false;
    endResetModel();
}

void LabResultsModel::changedRow(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LabResultsModel::setProgress(int row, double fraction) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    Row& r = m_rows[static_cast<std::size_t>(row)];
    if (r.state != RowState::Queued && r.state != RowState::Running) {
        return;
    }
    r.state = RowState::Running;
    r.progress = fraction;
    emit dataChanged(index(row, Status), index(row, Status));
}

void LabResultsModel::setOutcome(int row, std::shared_ptr<const LabOutcome> outcome) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    Row& r = m_rows[static_cast<std::size_t>(row)];
    r.state = RowState::Done;
    r.progress = 1.0;
    r.outcome = std::move(outcome);
    changedRow(row);
}

void LabResultsModel::setFailed(int row, const QString& message) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    Row& r = m_rows[static_cast<std::size_t>(row)];
    r.state = RowState::Failed;
    r.message = message;
    changedRow(row);
}

void LabResultsModel::cancelPending() {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == RowState::Queued || m_rows[i].state == RowState::Running) {
            m_rows[i].state = RowState::Cancelled;
            m_rows[i].progress = 0.0;
            changedRow(static_cast<int>(i));
        }
    }
}

void LabResultsModel::setStale(bool stale) {
    if (m_stale == stale) {
        return;
    }
    m_stale = stale;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

std::vector<std::shared_ptr<const LabOutcome>> LabResultsModel::finished() const {
    std::vector<std::shared_ptr<const LabOutcome>> out;
    for (const Row& r : m_rows) {
        if (r.state == RowState::Done && r.outcome) {
            out.push_back(r.outcome);
        }
    }
    return out;
}

int LabResultsModel::rowOf(const std::string& scheme) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].scheme == scheme) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int LabResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LabResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const LabOutcome* o = r.state == RowState::Done ? r.outcome.get() : nullptr;
    const int col = index.column();
    switch (role) {
    case SchemeNameRole:
        return QString::fromStdString(r.scheme);
    case StateRole:
        return static_cast<int>(r.state);
    case ProgressRole:
        return r.progress;
    case Qt::ToolTipRole: {
        if (r.state == RowState::Failed) {
            return r.message;
        }
        const LabSchemeInfo* info = SchemeCatalog::find(r.scheme);
        return info != nullptr ? info->tooltip : QVariant();
    }
    case Qt::TextAlignmentRole:
        return col <= Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return m_stale ? QVariant(QColor(0x8c, 0x95, 0x9f)) : QVariant();
    case Qt::FontRole:
        if (m_stale) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case SortRole:
        if (col == Scheme) {
            return index.row(); // the checklist's order
        }
        if (col == Status) {
            return static_cast<int>(r.state);
        }
        if (o == nullptr) {
            // Unfinished rows sort after every number, in either direction's natural reading.
            return std::numeric_limits<double>::infinity();
        }
        switch (col) {
        case Bits:
            return o->bits_per_weight;
        case Bytes:
            return static_cast<double>(o->stored_bytes);
        case OutputError:
            return o->metrics.output_rel_error;
        case Rmse:
            return o->metrics.rmse;
        case Snr:
            return o->metrics.snr_db;
        case MaxError:
            return o->metrics.max_abs_error;
        case Cosine:
            return o->metrics.cosine;
        case Millis:
            return o->quantize_ms;
        default:
            return {};
        }
    case Qt::DisplayRole:
        if (col == Scheme) {
            return SchemeCatalog::displayName(r.scheme);
        }
        if (col == Status) {
            switch (r.state) {
            case RowState::Queued:
                return tr("queued");
            case RowState::Running:
                return tr("%1 %").arg(static_cast<int>(std::lround(100.0 * r.progress)));
            case RowState::Done:
                return m_stale ? tr("done (stale)") : tr("done");
            case RowState::Failed:
                return tr("failed: %1").arg(r.message);
            case RowState::Cancelled:
                return tr("cancelled");
            }
            return {};
        }
        if (o == nullptr) {
            return QStringLiteral("–");
        }
        switch (col) {
        case Bits:
            return QString::number(o->bits_per_weight, 'f', 3);
        case Bytes:
            return QLocale().toString(static_cast<qlonglong>(o->stored_bytes));
        case OutputError:
            return percentText(o->metrics.output_rel_error);
        case Rmse:
            return sci(o->metrics.rmse);
        case Snr:
            return std::isfinite(o->metrics.snr_db) ? QString::number(o->metrics.snr_db, 'f', 1) : tr("∞");
        case MaxError:
            return sci(o->metrics.max_abs_error);
        case Cosine:
            return QString::number(o->metrics.cosine, 'f', 6);
        case Millis:
            return QString::number(o->quantize_ms, 'f', 1);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LabResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Scheme:
            return tr("Scheme");
        case Status:
            return tr("Status");
        case Bits:
            return tr("Bits/weight");
        case Bytes:
            return tr("Stored bytes");
        case OutputError:
            return tr("Output error");
        case Rmse:
            return tr("RMSE");
        case Snr:
            return tr("SNR (dB)");
        case MaxError:
            return tr("Max |error|");
        case Cosine:
            return tr("Cosine");
        case Millis:
            return tr("Quantize (ms)");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Bits:
            return tr("Stored bits per weight, counted from the packed bytes: scales, zero-points and outlier columns "
                      "included.");
        case OutputError:
            return tr("‖XWᵀ − XŴᵀ‖ / ‖XWᵀ‖ on the calibration activations: how far the layer's output moves.");
        case Rmse:
            return tr("Root mean square of the weight error w − ŵ.");
        case Snr:
            return tr("Signal-to-noise ratio of the weights: 10·log10(Σw² / Σ(w − ŵ)²).");
        case MaxError:
            return tr("The largest error on any single weight.");
        case Cosine:
            return tr("Cosine similarity between the original and the dequantized weights.");
        case Millis:
            return tr("Time to quantize the tensor on this machine.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace fitscope::gui::lab
