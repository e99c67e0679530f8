#pragma once

#include "core/catalog/catalog.h"
#include "core/report/scenario_comparison.h"
#include "core/report/scenario_file.h"
#include "core/sizing/prepared_model.h"
#include "explorer_state.h"

#include <QColor>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace fitscope::gui {

// One scenario kept for comparison: what the explorer's controls held when it was pinned.
struct Pin {
    QString name;
    bool baseline = false;
    ExplorerState state;
    std::shared_ptr<const sizing::PreparedModel> model; // resolved when pinned (a model file's too)
    report::ScenarioFile file;                          // the same, as the scenario file keeps it
    report::ScenarioFigures figures;                    // its results (the comparison's column)
    int color_index = 0;                                // its colour in the charts and on its card

    bool operator==(const Pin& other) const {
        return name == other.name && baseline == other.baseline && state == other.state && model == other.model &&
               color_index == other.color_index;
    }
};

// A pinned scenario's colour: on its card, its bars' outline and its lines in the context and speed charts.
QColor pinnedColor(int index);

// The pinned scenarios (up to report::kMaxPinnedScenarios), at most one the baseline. Changing
// them emits changed(); the undo steps are the history's (explorer_history.h).
class PinnedScenarios : public QObject {
    Q_OBJECT

public:
    explicit PinnedScenarios(const catalog::Catalog& catalog, QObject* parent = nullptr);

    const std::vector<Pin>& pins() const { return m_pins; }
    void setPins(std::vector<Pin> pins); // emits changed() when they differ
    bool isFull() const { return m_pins.size() >= report::kMaxPinnedScenarios; }
    int baselineIndex() const; // -1 when none is marked

    // A pin of state and model, named name (empty: made from the model, format and GPU), coloured
    // with the first colour no other pin uses, its results computed.
    Pin makePin(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> model,
                const QString& name = {}) const;
    // "Qwen2-7B · Q4_K_M · RTX 4090", for a new pin's name.
    QString defaultName(const ExplorerState& state, const std::shared_ptr<const sizing::PreparedModel>& model) const;

    // The scenario file's pinned list and back (a file's pins replace these; a model the catalog
    // lacks throws report::ScenarioFileError).
    std::vector<report::PinnedScenario> toFile() const;
    std::vector<Pin> fromFile(const std::vector<report::PinnedScenario>& pinned) const;

    const catalog::Catalog& catalog() const { return m_catalog; }

signals:
    void changed();

private:
    catalog::Catalog m_catalog;
    std::vector<Pin> m_pins;
};

} // namespace fitscope::gui
