#include "local_models_table.h"

#include "theme.h"

#include <QBrush>

#include <algorithm>

namespace fitscope::gui {

namespace {

// The badge's place in a sort: fits, tight, does not fit, then rows without one.
int fitRank(const std::optional<sources::LocalModelFit>& fit) {
    if (!fit) {
        return 3;
    }
    return fit->verdict == sizing::Verdict::Fits ? 0 : fit->verdict == sizing::Verdict::Tight ? 1 : 2;
}

} // namespace

LocalModelsTableModel::LocalModelsTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void LocalModelsTableModel::setModels(std::vector<sources::LocalModel> models) {
    beginResetModel();
    m_rows = sources::withFits(std::move(models), m_base);
    endResetModel();
}

void LocalModelsTableModel::setFits(const sizing::Scenario& base) {
    m_base = base;
    m_base.model = nullptr; // each row sizes its own model
    for (sources::LocalModelRow& row : m_rows) {
        row.fit = sources::fitOnGpu(row.model, m_base);
    }
    if (!m_rows.empty()) {
        emit dataChanged(index(0, Fit), index(rowCount() - 1, Fit));
    }
}

void LocalModelsTableModel::setUnit(sizing::MemoryUnit unit) {
    if (unit == m_unit) {
        return;
    }
    m_unit = unit;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, Size), index(rowCount() - 1, Size));
    }
}

int LocalModelsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LocalModelsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LocalModelsTableModel::storeText(sources::ModelStore store) {
    switch (store) {
    case sources::ModelStore::HuggingFace:
        return tr("Hugging Face cache");
    case sources::ModelStore::Ollama:
        return tr("Ollama");
    case sources::ModelStore::LmStudio:
        return tr("LM Studio");
    case sources::ModelStore::LlamaCpp:
        return tr("llama.cpp cache");
    case sources::ModelStore::Folder:
        break;
    }
    return tr("Folder");
}

QVariant LocalModelsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const sources::LocalModelRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const sources::LocalModel& m = row.model;
    if (role == PathRole) {
        return m.ok() ? QString::fromStdString(m.path.string()) : QString();
    }
    if (role == Qt::ToolTipRole) {
        QString tip = QString::fromStdString(m.path.string());
        if (!m.ok()) {
            tip += QLatin1Char('\n') + tr("Broken: %1").arg(QString::fromStdString(m.problem));
        } else if (!m.spec_note.empty()) {
            tip += QLatin1Char('\n') + tr("No architecture to size: %1").arg(QString::fromStdString(m.spec_note));
        }
        if (index.column() == Fit && row.fit) {
            tip += QLatin1Char('\n') +
                   tr("Needs %1 of %2 per GPU")
                       .arg(QString::fromStdString(sizing::formatBytes(row.fit->needed_bytes, m_unit, 1)),
                            QString::fromStdString(sizing::formatBytes(row.fit->capacity_bytes, m_unit, 1)));
        }
        if (index.column() == Context && m.ollama_num_ctx > 0) {
            tip += QLatin1Char('\n') +
                   tr("Ollama runs it with num_ctx %1 (its Modelfile's parameter)").arg(m.ollama_num_ctx);
        }
        return tip;
    }
    if (role == Qt::BackgroundRole && index.column() == Fit && row.fit) {
        return QBrush(theme::verdictTint(row.fit->verdict));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Context)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Size:
            return QVariant::fromValue<qint64>(m.file_bytes);
        case Context:
            return QVariant::fromValue<qint64>(m.ollama_num_ctx > 0 ? m.ollama_num_ctx : m.context_length);
        case Fit:
            // The badge's order, then the memory needed.
            return QVariant::fromValue<qint64>(
                static_cast<qint64>(fitRank(row.fit)) * (qint64{1} << 56) +
                (row.fit ? std::min<qint64>(row.fit->needed_bytes, (qint64{1} << 56) - 1) : 0));
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return QString::fromStdString(m.name);
    case Store:
        return storeText(m.store);
    case Format:
        return m.format == formats::ModelFileFormat::Gguf          ? QStringLiteral("GGUF")
               : m.format == formats::ModelFileFormat::Safetensors ? QStringLiteral("safetensors")
                                                                   : QStringLiteral("–");
    case Size:
        return m.file_bytes > 0 ? QString::fromStdString(sizing::formatBytes(m.file_bytes, m_unit, 1))
                                : QStringLiteral("–");
    case Quantization:
        return m.quantization.empty() ? QStringLiteral("–") : QString::fromStdString(m.quantization);
    case Context:
        if (m.ollama_num_ctx > 0) {
            return tr("%1 (num_ctx)").arg(m.ollama_num_ctx);
        }
        return m.context_length > 0 ? QString::number(m.context_length) : QStringLiteral("–");
    case Fit:
        if (!m.ok()) {
            return tr("broken");
        }
        return row.fit ? theme::verdictText(row.fit->verdict) : QStringLiteral("–");
    default:
        break;
    }
    return {};
}

QVariant LocalModelsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Store:
        return tr("Store");
    case Format:
        return tr("Format");
    case Size:
        return tr("Size");
    case Quantization:
        return tr("Quantization");
    case Context:
        return tr("Context");
    case Fit:
        return tr("Fit");
    default:
        break;
    }
    return {};
}

} // namespace fitscope::gui
