#pragma once

#include "core/sizing/estimate.h"
#include "core/sizing/scenario.h"
#include "core/sources/local_model.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fitscope::sources {

// Whether a local model fits the chosen GPU at the chosen context: the estimator's own verdict, so
// the badge says what the explorer says for the same model. "tight" is its kTightHeadroomFraction:
// less than 10 % of the GPU's usable memory left, where allocator growth or a longer prompt tips
// the load over; the same threshold everywhere keeps the list and the explorer in agreement.
struct LocalModelFit {
    sizing::Verdict verdict = sizing::Verdict::DoesNotFit;
    std::int64_t needed_bytes = 0;   // the most loaded GPU
    std::int64_t capacity_bytes = 0; // per GPU
};

// base gives the GPU (and count), context, batch, runtime and KV format; the model and its weight
// format come from the local model (the format the file stores, as opening the file does). Unset
// when the base names no GPU, the entry is broken or its headers were not read or describe no
// architecture.
std::optional<LocalModelFit> fitOnGpu(const LocalModel& model, const sizing::Scenario& base);

// The scenario the badge estimates (null model when there is none to size).
sizing::Scenario fitScenario(const LocalModel& model, const sizing::Scenario& base);

struct LocalModelRow {
    LocalModel model;
    std::optional<LocalModelFit> fit;
};

// Rows with a badge for each model (fit unset where fitOnGpu gives none).
std::vector<LocalModelRow> withFits(std::vector<LocalModel> models, const sizing::Scenario& base);

enum class LocalModelSort {
    Name,  // by name, then store
    Store, // by store (listing order), then name
    Size,  // largest first (what a full disk asks about), then name
    Fit,   // fits, tight, does not fit, then no badge; within each, the least memory needed first
};
std::optional<LocalModelSort> localModelSortFromId(std::string_view id); // "name", "store", "size", "fit"
void sortLocalModels(std::vector<LocalModelRow>& rows, LocalModelSort sort);

std::string_view fitBadgeId(const std::optional<LocalModelFit>& fit); // "fits", "tight", "does_not_fit", ""

} // namespace fitscope::sources
