#include "lab_results_hub.h"

#include "scheme_catalog.h"

#include <cmath>

namespace fitscope::gui::lab {

QString percentText(double fraction) {
    if (!std::isfinite(fraction)) {
        return LabResultsHub::tr("n/a");
    }
    const double pct = 100.0 * fraction;
    if (pct == 0.0) {
        return LabResultsHub::tr("0 %");
    }
    return LabResultsHub::tr("%1 %").arg(QString::number(pct, 'g', pct >= 100.0 ? 3 : 2));
}

LabResultsHub::LabResultsHub(QObject* parent)
    : QObject(parent) {
    setObjectName(QStringLiteral("labResultsHub"));
}

void LabResultsHub::beginRun(const QString& sampleName) {
    m_sample = sampleName;
    m_results.clear();
    emit resultsChanged();
}

void LabResultsHub::publish(const PublishedResult& result) {
    m_results[result.scheme] = result;
    emit resultsChanged();
}

void LabResultsHub::clear() {
    m_sample.clear();
    m_results.clear();
    emit resultsChanged();
}

std::optional<PublishedResult> LabResultsHub::resultFor(sizing::WeightFormat format) const {
    const std::string scheme = SchemeCatalog::schemeForFormat(format);
    const auto it = m_results.find(scheme);
    if (scheme.empty() || it == m_results.end()) {
        return std::nullopt;
    }
    return it->second;
}

QString LabResultsHub::summaryFor(sizing::WeightFormat format) const {
    const auto r = resultFor(format);
    if (!r) {
        return {};
    }
    return tr("%1: output error %2 on %3")
        .arg(SchemeCatalog::displayName(r->scheme), percentText(r->metrics.output_rel_error), m_sample);
}

} // namespace fitscope::gui::lab
