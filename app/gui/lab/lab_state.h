#pragma once
// The lab's controls as plain data: what the settings file stores and what a run is built from.

#include "lab_data.h"

#include <QString>
#include <QStringList>

namespace fitscope::gui::lab {

struct LabState {
    SourceKind source = SourceKind::Generated;
    QString kind = QStringLiteral("transformer"); // core's sample kind name
    qint64 rows = 1024;
    qint64 cols = 1024;
    qint64 tokens = 512;
    qulonglong seed = 42;
    qint64 outliers = 2;             // outlier input features (transformer-like only)
    double outlier_magnitude = 60.0; // largest outlier activation; the smallest is a tenth of it
    QString file_path;
    QString tensor_name;
    QStringList schemes;
    double threshold = 6.0; // LLM.int8()
    double damping = 0.01;  // GPTQ, fraction of mean(diag H)
    bool act_order = false; // GPTQ
    int view = 0;           // the view tab shown

    bool operator==(const LabState&) const = default;

    // As a compact JSON text for the settings file; fromJson checks every value and keeps the
    // default for anything missing or out of range (a hand-edited file must not break the page).
    QString toJson() const;
    static LabState fromJson(const QString& text);

    // The job this state describes (id, cancel token and schemes in checklist order set by the caller).
    LabJob job() const;

    static constexpr qint64 kMaxDim = 16384;
    static constexpr qint64 kMaxTokens = 8192;
};

} // namespace fitscope::gui::lab
