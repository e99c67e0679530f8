#pragma once

#include "core/plan/fit_changes.h"
#include "core/sizing/units.h"
#include "explorer_state.h"

#include <QString>

#include <optional>
#include <vector>

namespace fitscope::gui {

// The cheapest changes that make a scenario fit (core/plan/fit_changes.h), as the summary shows them:
// each a link the user can click to apply it. Text is built here from each change's kind and its
// scenario, so it is translated; the core's English strings are for the CLI.

// "Shorten the context to 2,867 tokens", "Q4_0 KV cache (with flash attention)", "2 × RTX 4090".
QString fitChangeText(const plan::FitChange& change, const sizing::Scenario& before);
// What it gives up: "gives up 30 % of the context", "decodes 78 % slower", "other hardware".
QString fitChangeCost(const plan::FitChange& change, const sizing::Scenario& before);

// "Makes it fit: <a href="fit:0">…</a> (…) · <a href="fit:1">…</a> (…)": empty without changes.
QString fitChangeLinks(const std::vector<plan::FitChange>& changes, const sizing::Scenario& before);
// The index a link of fitChangeLinks names ("fit:1" -> 1), nullopt for another link.
std::optional<std::size_t> fitChangeIndex(const QString& link);

// The explorer's state with the change applied (the inputs the change's scenario differs in), or
// nullopt for a change the explorer cannot express.
std::optional<ExplorerState> stateWithFitChange(const ExplorerState& state, const plan::FitChange& change);

} // namespace fitscope::gui
