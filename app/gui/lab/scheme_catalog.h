#pragma once
// The lab's view of core/quant's scheme registry: the group each scheme is listed under, a short
// display name, a one-sentence tooltip, and the explorer's weight format it corresponds to.

#include "core/sizing/precision.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fitscope::gui::lab {

enum class SchemeGroup { Float, Int8, FourBit, Gguf, GptqAwq, Other };

struct LabSchemeInfo {
    std::string name; // core/quant's registry name ("int4-g128")
    SchemeGroup group = SchemeGroup::Other;
    QString display;    // "INT4 g128"
    QString tooltip;    // one sentence
    int group_size = 0; // 0: not a grouped scheme
    bool zero_point = false;
    std::optional<sizing::WeightFormat> format; // the explorer's format, when one corresponds
};

class SchemeCatalog {
    Q_DECLARE_TR_FUNCTIONS(SchemeCatalog)

public:
    // Every scheme of the core registry, in registry order (unknown ones under Other).
    static const std::vector<LabSchemeInfo>& all();
    static const LabSchemeInfo* find(const std::string& name);
    static QString groupName(SchemeGroup group);
    static QString displayName(const std::string& name); // falls back to the registry name
    // The lab scheme measured for an explorer format ("int8" -> int8-channel; Q4_K_M -> q4_k, the
    // type most of its tensors get). Empty when none corresponds.
    static std::string schemeForFormat(sizing::WeightFormat format);
    static std::optional<sizing::WeightFormat> formatForScheme(const std::string& name);
    // The default checklist of a first start.
    static std::vector<std::string> defaultSelection();
};

} // namespace fitscope::gui::lab
