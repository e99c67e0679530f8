#pragma once

#include <QString>

namespace fitscope::gui {

// How well a typed query names a candidate ("gpt-oss 120" → "gpt-oss-120b", "q4km" → "Q4_K_M",
// "export breakdown svg" → "Export Memory against capacity as SVG…" with keywords "breakdown"):
// every word of the query must appear in the candidate (ignoring case, spaces, dashes, dots and
// underscores), in any order; a word that is no substring may still match as a subsequence of one
// word of the candidate, for a lower score. Returns -1 for no match, otherwise a score where
// higher is better: whole-candidate and prefix matches, matches at word starts and shorter
// candidates rank first. The model picker's Enter and the command palette share it, so both
// choose the same entry for the same text.
int fuzzyScore(const QString& query, const QString& candidate);

} // namespace fitscope::gui
