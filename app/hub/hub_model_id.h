#pragma once

#include <QString>

namespace fitscope::hub {

// A Hugging Face model id as people copy it from a model card: ORG/NAME, optionally @REVISION
// (a branch, a tag or a commit; "main" when left out).
struct HubModelId {
    QString repo;     // "Qwen/Qwen3-30B-A3B-Instruct-2507"
    QString revision; // "main"

    QString text() const { return revision == QLatin1String("main") ? repo : repo + QLatin1Char('@') + revision; }
};

// Parses ORG/NAME[@REVISION]; also accepts a pasted https://huggingface.co/ORG/NAME URL (with an
// optional /tree/REVISION). Names follow the Hub's rule: letters, digits, '-', '_', '.', at most 96
// characters, not starting or ending with '-' or '.' and without "--" or "..". Throws HubError
// (BadId) naming what is wrong.
HubModelId parseHubModelId(const QString& text);

} // namespace fitscope::hub
