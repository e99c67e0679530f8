#pragma once
// The lab's controls as plain data: what the settings file stores and what a run is built from.

#include "lab_data.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <limits>
#include <string>

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

    // As the "lab" object of a scenario file (.fitscope.json): every setting, in the keys toJson
    // uses, but not the view tab shown (where the window is, not what the lab measures).
    nlohmann::json toScenarioJson() const;
    // Reads a scenario file's "lab" object, strictly unlike fromJson: a file is a document someone
    // shares, so a wrong type, a value the lab's controls cannot hold or an unknown scheme throws
    // report::ScenarioFileError naming "lab.<key>" (origin names the file). Missing keys take the
    // defaults (the schemes: the default checklist); keys it does not know are ignored, as
    // elsewhere in the file.
    static LabState fromScenarioJson(const nlohmann::json& lab, const std::string& origin = "scenario");

    // The job this state describes (id, cancel token and schemes in checklist order set by the caller).
    LabJob job() const;

    // The ranges of the lab's controls (what a scenario file may set).
    static constexpr qint64 kMaxDim = 16384;
    static constexpr qint64 kMaxTokens = 8192;
    static constexpr qulonglong kMaxSeed = std::numeric_limits<int>::max(); // a spin box holds an int
    static constexpr double kMinMagnitude = 1.0;
    static constexpr double kMaxMagnitude = 1000.0;
    static constexpr double kMinThreshold = 0.5;
    static constexpr double kMaxThreshold = 1000.0;
    static constexpr double kMinDamping = 0.001; // 0.1 %
    static constexpr double kMaxDamping = 1.0;   // 100 %
};

} // namespace fitscope::gui::lab
