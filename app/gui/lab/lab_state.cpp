#include "lab_state.h"

#include "scheme_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace fitscope::gui::lab {

namespace {

qint64 boundedInt(const QJsonObject& o, const char* key, qint64 fallback, qint64 lo, qint64 hi) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble()) {
        return fallback;
    }
    const double d = v.toDouble();
    return std::isfinite(d) && d >= static_cast<double>(lo) && d <= static_cast<double>(hi) ? static_cast<qint64>(d)
                                                                                            : fallback;
}

double boundedReal(const QJsonObject& o, const char* key, double fallback, double lo, double hi) {
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.isDouble() ? v.toDouble() : fallback;
    return std::isfinite(d) && d >= lo && d <= hi ? d : fallback;
}

} // namespace

QString LabState::toJson() const {
    QJsonObject o;
    o[QStringLiteral("source")] = source == SourceKind::File ? QStringLiteral("file") : QStringLiteral("generated");
    o[QStringLiteral("kind")] = kind;
    o[QStringLiteral("rows")] = rows;
    o[QStringLiteral("cols")] = cols;
    o[QStringLiteral("tokens")] = tokens;
    // JSON numbers are doubles: a 64-bit seed is kept exact as text.
    o[QStringLiteral("seed")] = QString::number(seed);
    o[QStringLiteral("outliers")] = outliers;
    o[QStringLiteral("outlierMagnitude")] = outlier_magnitude;
    o[QStringLiteral("file")] = file_path;
    o[QStringLiteral("tensor")] = tensor_name;
    o[QStringLiteral("schemes")] = QJsonArray::fromStringList(schemes);
    o[QStringLiteral("threshold")] = threshold;
    o[QStringLiteral("damping")] = damping;
    o[QStringLiteral("actOrder")] = act_order;
    o[QStringLiteral("view")] = view;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LabState LabState::fromJson(const QString& text) {
    LabState s;
    const LabState d;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        for (const std::string& name : SchemeCatalog::defaultSelection()) {
            s.schemes << QString::fromStdString(name);
        }
        return s;
    }
    const QJsonObject o = doc.object();
    s.source = o.value(QStringLiteral("source")).toString() == QLatin1String("file") ? SourceKind::File
                                                                                     : SourceKind::Generated;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("gaussian") || kind == QLatin1String("laplace") || kind == QLatin1String("transformer")) {
        s.kind = kind;
    }
    s.rows = boundedInt(o, "rows", d.rows, 1, kMaxDim);
    s.cols = boundedInt(o, "cols", d.cols, 1, kMaxDim);
    s.tokens = boundedInt(o, "tokens", d.tokens, 1, kMaxTokens);
    bool ok = false;
    const qulonglong seed = o.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    s.seed = ok ? seed : d.seed;
    s.outliers = boundedInt(o, "outliers", d.outliers, 1, kMaxDim);
    s.outlier_magnitude = boundedReal(o, "outlierMagnitude", d.outlier_magnitude, 1.0, 1000.0);
    s.file_path = o.value(QStringLiteral("file")).toString();
    s.tensor_name = o.value(QStringLiteral("tensor")).toString();
    if (o.contains(QStringLiteral("schemes"))) {
        for (const QJsonValue& v : o.value(QStringLiteral("schemes")).toArray()) {
            // Schemes core no longer knows are dropped.
            if (SchemeCatalog::find(v.toString().toStdString()) != nullptr) {
                s.schemes << v.toString();
            }
        }
    } else {
        for (const std::string& name : SchemeCatalog::defaultSelection()) {
            s.schemes << QString::fromStdString(name);
        }
    }
    s.threshold = boundedReal(o, "threshold", d.threshold, 0.0, 1e6);
    s.damping = boundedReal(o, "damping", d.damping, 0.0, 1.0);
    s.act_order = o.value(QStringLiteral("actOrder")).toBool(d.act_order);
    s.view = static_cast<int>(boundedInt(o, "view", d.view, 0, 16));
    return s;
}

LabJob LabState::job() const {
    LabJob j;
    j.source = source;
    j.spec.kind = quant::sampleKindFromName(kind.toStdString());
    j.spec.rows = rows;
    j.spec.cols = cols;
    j.spec.tokens = tokens;
    j.spec.seed = seed;
    // core asks for a fraction of the features; the lab offers a count, which reads better.
    j.spec.outlier_fraction = static_cast<double>(std::clamp<qint64>(outliers, 1, cols)) / static_cast<double>(cols);
    j.spec.outlier_max_magnitude = static_cast<float>(outlier_magnitude);
    j.spec.outlier_min_magnitude = static_cast<float>(std::max(1.0, outlier_magnitude / 10.0));
    j.file_path = file_path;
    j.tensor_name = tensor_name;
    for (const QString& s : schemes) {
        j.schemes.push_back(s.toStdString());
    }
    j.options.outlier_threshold = threshold;
    j.options.gptq_damp = damping;
    j.options.gptq_act_order = act_order;
    return j;
}

} // namespace fitscope::gui::lab
