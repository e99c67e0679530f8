#pragma once

#include <QString>

#include <optional>

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

// Whether text typed where a model name is expected (the model picker) is meant as a Hugging Face
// id: parseHubModelId's forms, with a pasted URL accepted only from the Hub itself (huggingface.co,
// hf.co) or the configured endpoint's host, so another site's ORG/NAME address is not taken for one.
// Empty when it is no id; never throws.
std::optional<HubModelId> hubModelIdInTypedText(const QString& text,
                                                const QString& endpoint = QStringLiteral("https://huggingface.co"));

} // namespace fitscope::hub
