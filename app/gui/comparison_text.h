#pragma once

#include <QString>

#include <string>

namespace fitscope::gui {

// The comparison's row names and its few words of value text (core/report/scenario_comparison.h
// writes them in English for reports), translated for the window: the comparison view and the
// undo steps' names use them.
QString comparisonInputLabel(const std::string& id, const std::string& english);
QString comparisonResultLabel(const std::string& id, const std::string& english);
QString comparisonValueText(const std::string& english);

} // namespace fitscope::gui
