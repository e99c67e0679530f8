#pragma once
// The seam between the quantization lab and the fit explorer. The lab publishes the measured
// results of its last run here; the explorer reads the one that matches its weight format and asks
// for the lab to open on a scheme; the lab asks for a scheme to become the explorer's weight format.
// Neither page knows the other.

#include "core/quant/metrics.h"
#include "core/sizing/precision.h"

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <string>

namespace fitscope::gui::lab {

struct PublishedResult {
    std::string scheme;
    quant::Metrics metrics;
    double bits_per_weight = 0.0;
};

class LabResultsHub : public QObject {
    Q_OBJECT

public:
    explicit LabResultsHub(QObject* parent = nullptr);

    // A new run starts: its results replace the old ones as they arrive.
    void beginRun(const QString& sampleName);
    void publish(const PublishedResult& result);
    void clear();

    QString sampleName() const { return m_sample; }
    const std::map<std::string, PublishedResult>& results() const { return m_results; }
    std::optional<PublishedResult> resultFor(sizing::WeightFormat format) const;
    // "INT4 g128: output error 2.1 % on the transformer-like sample" (empty: nothing measured).
    QString summaryFor(sizing::WeightFormat format) const;

signals:
    void resultsChanged();
    // The explorer asks the lab to show this scheme.
    void openLabRequested(const QString& scheme);
    // The lab asks the explorer to use this weight format.
    void weightFormatRequested(fitscope::sizing::WeightFormat format);

private:
    QString m_sample;
    std::map<std::string, PublishedResult> m_results;
};

// A percentage with two significant digits: 2.1 %, 0.73 %, 12 %.
QString percentText(double fraction);

} // namespace fitscope::gui::lab
