#include "lab_state.h"

#include "core/report/scenario_file.h"
#include "scheme_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

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

using nlohmann::json;

std::string numberText(double value) {
    return QString::number(value).toStdString();
}

// The readers of a scenario file's "lab" object: each names "lab.<key>" when it fails, in the words
// core's scenario reader uses for the rest of the file.
class LabFields {
public:
    LabFields(const json& lab, std::string origin)
        : m_lab(lab)
        , m_origin(std::move(origin)) {}

    [[noreturn]] void fail(const std::string& key, const std::string& problem) const {
        throw report::ScenarioFileError(m_origin, "lab." + key, problem);
    }

    // Null counts as missing, as in the rest of the file.
    const json* find(const char* key) const {
        const auto it = m_lab.find(key);
        return it == m_lab.end() || it->is_null() ? nullptr : &*it;
    }

    QString text(const char* key, const QString& fallback) const {
        const json* value = find(key);
        if (value == nullptr) {
            return fallback;
        }
        if (!value->is_string()) {
            fail(key, "expected a string, found " + report::jsonTypeName(*value));
        }
        return QString::fromStdString(value->get<std::string>());
    }

    QString choice(const char* key, const QString& fallback, const QStringList& allowed) const {
        const QString value = text(key, fallback);
        if (!allowed.contains(value)) {
            fail(key, "unknown value '" + value.toStdString() + "' (expected " +
                          allowed.join(QStringLiteral(", ")).toStdString() + ")");
        }
        return value;
    }

    qint64 integer(const char* key, qint64 fallback, qint64 lo, qint64 hi) const {
        const json* value = find(key);
        if (value == nullptr) {
            return fallback;
        }
        // 512.0 is accepted (some tools write every number as a double), 512.5 is not.
        const bool whole =
            value->is_number_integer() || (value->is_number_float() && std::isfinite(value->get<double>()) &&
                                           std::floor(value->get<double>()) == value->get<double>());
        if (!whole) {
            fail(key, "expected a whole number, found " + report::jsonTypeName(*value) +
                          (value->is_number() ? " (" + value->dump() + ")" : ""));
        }
        const double d = value->get<double>();
        if (d < static_cast<double>(lo) || d > static_cast<double>(hi)) {
            fail(key, value->dump() + " is outside " + std::to_string(lo) + " to " + std::to_string(hi));
        }
        return static_cast<qint64>(d);
    }

    double number(const char* key, double fallback, double lo, double hi) const {
        const json* value = find(key);
        if (value == nullptr) {
            return fallback;
        }
        if (!value->is_number()) {
            fail(key, "expected a number, found " + report::jsonTypeName(*value));
        }
        const double d = value->get<double>();
        if (!std::isfinite(d) || d < lo || d > hi) {
            fail(key, value->dump() + " is outside " + numberText(lo) + " to " + numberText(hi));
        }
        return d;
    }

    bool boolean(const char* key, bool fallback) const {
        const json* value = find(key);
        if (value == nullptr) {
            return fallback;
        }
        if (!value->is_boolean()) {
            fail(key, "expected true or false, found " + report::jsonTypeName(*value));
        }
        return value->get<bool>();
    }

    // The settings keep the seed as text (JSON numbers are doubles); a hand-written file may give a number.
    qulonglong seed(qulonglong fallback) const {
        const json* value = find("seed");
        if (value == nullptr) {
            return fallback;
        }
        if (value->is_string()) {
            const QString digits = QString::fromStdString(value->get<std::string>());
            bool ok =
                !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
            const qulonglong seed = ok ? digits.toULongLong(&ok) : 0;
            if (!ok) {
                fail("seed", "expected a whole number, found '" + digits.toStdString() + "'");
            }
            if (seed > LabState::kMaxSeed) {
                fail("seed", digits.toStdString() + " is outside 0 to " + std::to_string(LabState::kMaxSeed));
            }
            return seed;
        }
        return static_cast<qulonglong>(
            integer("seed", static_cast<qint64>(fallback), 0, static_cast<qint64>(LabState::kMaxSeed)));
    }

    QStringList schemes(const QStringList& fallback) const {
        const json* value = find("schemes");
        if (value == nullptr) {
            return fallback;
        }
        if (!value->is_array()) {
            fail("schemes", "expected a list of scheme names, found " + report::jsonTypeName(*value));
        }
        QStringList out;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const json& item = (*value)[i];
            const std::string key = "schemes[" + std::to_string(i) + "]";
            if (!item.is_string()) {
                fail(key, "expected a scheme name, found " + report::jsonTypeName(item));
            }
            const std::string name = item.get<std::string>();
            if (SchemeCatalog::find(name) == nullptr) {
                fail(key, "unknown scheme '" + name + "' (fitscope-cli quant --list lists them)");
            }
            if (!out.contains(QString::fromStdString(name))) {
                out << QString::fromStdString(name);
            }
        }
        return out;
    }

private:
    const json& m_lab;
    std::string m_origin;
};

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

json LabState::toScenarioJson() const {
    json j = json::object();
    j["source"] = source == SourceKind::File ? "file" : "generated";
    j["kind"] = kind.toStdString();
    j["rows"] = rows;
    j["cols"] = cols;
    j["tokens"] = tokens;
    j["seed"] = std::to_string(seed); // as the settings keep it, so older readers take it too
    j["outliers"] = outliers;
    j["outlierMagnitude"] = outlier_magnitude;
    j["file"] = file_path.toStdString();
    j["tensor"] = tensor_name.toStdString();
    json list = json::array();
    for (const QString& scheme : schemes) {
        list.push_back(scheme.toStdString());
    }
    j["schemes"] = std::move(list);
    j["threshold"] = threshold;
    j["damping"] = damping;
    j["actOrder"] = act_order;
    return j;
}

LabState LabState::fromScenarioJson(const json& lab, const std::string& origin) {
    if (!lab.is_object()) {
        throw report::ScenarioFileError(origin, "lab", "expected an object, found " + report::jsonTypeName(lab));
    }
    const LabFields f(lab, origin);
    const LabState d;
    LabState s;
    s.source = f.choice("source", QStringLiteral("generated"), {QStringLiteral("generated"), QStringLiteral("file")}) ==
                       QLatin1String("file")
                   ? SourceKind::File
                   : SourceKind::Generated;
    s.kind = f.choice("kind", d.kind,
                      {QStringLiteral("transformer"), QStringLiteral("gaussian"), QStringLiteral("laplace")});
    s.rows = f.integer("rows", d.rows, 1, kMaxDim);
    s.cols = f.integer("cols", d.cols, 1, kMaxDim);
    s.tokens = f.integer("tokens", d.tokens, 1, kMaxTokens);
    s.seed = f.seed(d.seed);
    s.outliers = f.integer("outliers", d.outliers, 1, kMaxDim);
    s.outlier_magnitude = f.number("outlierMagnitude", d.outlier_magnitude, kMinMagnitude, kMaxMagnitude);
    s.file_path = f.text("file", d.file_path);
    s.tensor_name = f.text("tensor", d.tensor_name);
    QStringList defaults;
    for (const std::string& name : SchemeCatalog::defaultSelection()) {
        defaults << QString::fromStdString(name);
    }
    s.schemes = f.schemes(defaults);
    s.threshold = f.number("threshold", d.threshold, kMinThreshold, kMaxThreshold);
    s.damping = f.number("damping", d.damping, kMinDamping, kMaxDamping);
    s.act_order = f.boolean("actOrder", d.act_order);
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
