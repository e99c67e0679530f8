#include "core/sources/local_model_fit.h"

#include "core/sizing/estimator.h"

#include <algorithm>
#include <exception>

namespace fitscope::sources {

namespace {

int verdictRank(const std::optional<LocalModelFit>& fit) {
    if (!fit) {
        return 3;
    }
    switch (fit->verdict) {
    case sizing::Verdict::Fits:
        return 0;
    case sizing::Verdict::Tight:
        return 1;
    case sizing::Verdict::DoesNotFit:
        break;
    }
    return 2;
}

} // namespace

sizing::Scenario fitScenario(const LocalModel& model, const sizing::Scenario& base) {
    sizing::Scenario s = base;
    s.model = model.ok() ? model.prepared : nullptr;
    if (s.model && s.model->stored_format) {
        s.precision.weights = *s.model->stored_format;
    }
    return s;
}

std::optional<LocalModelFit> fitOnGpu(const LocalModel& model, const sizing::Scenario& base) {
    const sizing::Scenario s = fitScenario(model, base);
    if (!s.model || !s.gpu) {
        return std::nullopt;
    }
    try {
        const sizing::Estimate e = sizing::estimate(s, sizing::Detail::NumbersOnly);
        if (!e.fit) {
            return std::nullopt;
        }
        return LocalModelFit{e.fit->verdict, e.fit->per_gpu_bytes, e.fit->capacity_bytes};
    } catch (const std::exception&) {
        // A scenario the engine refuses (a context beyond its limits) has no badge rather than a wrong one.
        return std::nullopt;
    }
}

std::vector<LocalModelRow> withFits(std::vector<LocalModel> models, const sizing::Scenario& base) {
    std::vector<LocalModelRow> rows;
    rows.reserve(models.size());
    for (LocalModel& model : models) {
        LocalModelRow row;
        row.fit = fitOnGpu(model, base);
        row.model = std::move(model);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<LocalModelSort> localModelSortFromId(std::string_view id) {
    if (id == "name") {
        return LocalModelSort::Name;
    }
    if (id == "store") {
        return LocalModelSort::Store;
    }
    if (id == "size") {
        return LocalModelSort::Size;
    }
    if (id == "fit") {
        return LocalModelSort::Fit;
    }
    return std::nullopt;
}

void sortLocalModels(std::vector<LocalModelRow>& rows, LocalModelSort sort) {
    const auto byName = [](const LocalModelRow& a, const LocalModelRow& b) {
        if (a.model.name != b.model.name) {
            return a.model.name < b.model.name;
        }
        return static_cast<int>(a.model.store) < static_cast<int>(b.model.store);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const LocalModelRow& a, const LocalModelRow& b) {
        switch (sort) {
        case LocalModelSort::Name:
            break;
        case LocalModelSort::Store:
            if (a.model.store != b.model.store) {
                return static_cast<int>(a.model.store) < static_cast<int>(b.model.store);
            }
            break;
        case LocalModelSort::Size:
            if (a.model.file_bytes != b.model.file_bytes) {
                return a.model.file_bytes > b.model.file_bytes;
            }
            break;
        case LocalModelSort::Fit: {
            const int ra = verdictRank(a.fit), rb = verdictRank(b.fit);
            if (ra != rb) {
                return ra < rb;
            }
            if (a.fit && b.fit && a.fit->needed_bytes != b.fit->needed_bytes) {
                return a.fit->needed_bytes < b.fit->needed_bytes;
            }
            break;
        }
        }
        return byName(a, b);
    });
}

std::string_view fitBadgeId(const std::optional<LocalModelFit>& fit) {
    if (!fit) {
        return "";
    }
    switch (fit->verdict) {
    case sizing::Verdict::Fits:
        return "fits";
    case sizing::Verdict::Tight:
        return "tight";
    case sizing::Verdict::DoesNotFit:
        break;
    }
    return "does_not_fit";
}

} // namespace fitscope::sources
