#pragma once

#include "core/sizing/precision.h"
#include "core/sizing/scenario.h"

#include <QString>

#include <span>

namespace fitscope::gui {

// Names and descriptions of the weight formats, KV-cache formats and runtimes in the user's
// language. Core keeps them in English tables (sizing/precision.cpp, sizing/runtime_profile.cpp);
// every entry is listed once in format_text.cpp under the context "FormatText", so lupdate collects
// them. An entry missing from the list (a format new in core) is shown in English, and
// test_gui_desktop names it.
class FormatText {
public:
    static QString weightName(sizing::WeightFormat format);
    static QString weightDescription(sizing::WeightFormat format);
    static QString kvName(sizing::KvFormat format);
    static QString kvDescription(sizing::KvFormat format);
    static QString runtimeName(sizing::Runtime runtime);
    static QString runtimeDescription(sizing::Runtime runtime);
    // One of core's English texts, translated (unchanged when not listed or no translation).
    static QString translate(std::string_view english);
    // Every text of the table, untranslated (tests compare it with core's tables).
    static std::span<const char* const> entries();
};

} // namespace fitscope::gui
