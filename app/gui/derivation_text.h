#pragma once

#include "core/sizing/derivation.h"

#include <QString>

#include <span>

namespace fitscope::gui {

// The derivation ("show the math") in the user's language. Core writes its steps from English
// templates (string literals, sizing/derivation.h); every template core uses is listed once in
// derivation_text.cpp under the context "Derivation", so lupdate collects them. A template missing
// from the list (a new step in core) is shown in English, and test_gui_desktop names it.
class DerivationText {
public:
    // The step's template translated, then filled with its numbers in the app's number style.
    static QString step(const sizing::DerivationStep& step, sizing::MemoryUnit unit);
    // Every template of the table, untranslated (tests compare it with core's sources).
    static std::span<const char* const> templates();
};

} // namespace fitscope::gui
