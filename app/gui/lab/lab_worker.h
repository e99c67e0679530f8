#pragma once

#include "lab_data.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fitscope::gui::lab {

// Runs lab jobs and benchmarks on the thread it lives in (LabPage moves one to a QThread). Every
// signal carries the job id, so the page can ignore what a cancelled job still reports. Progress is
// throttled (about 25 updates a second) because core calls it from its own worker threads, often.
class LabWorker : public QObject {
    Q_OBJECT

public:
    explicit LabWorker(QObject* parent = nullptr);

    // Both block until done; call them on the worker's thread (queued), or directly in tests.
    void run(const LabJob& job);
    void runBenchmark(int job, const quant::BenchOptions& options, std::shared_ptr<quant::CancelToken> cancel);

    // The three INT8 variants the outlier view compares, whether or not they are checked.
    static const std::vector<std::string>& outlierViewSchemes();

signals:
    // index −1: loading or generating the tensor.
    void schemeProgress(int job, int index, double fraction);
    void sampleReady(std::shared_ptr<const fitscope::gui::lab::LabSample> sample);
    void schemeFinished(int job, int index, std::shared_ptr<const fitscope::gui::lab::LabOutcome> outcome);
    void schemeFailed(int job, int index, const QString& message);
    // error: empty unless the tensor itself could not be made.
    void runFinished(int job, bool cancelled, const QString& error);

    void benchProgress(int job, double fraction);
    void benchFinished(std::shared_ptr<const fitscope::gui::lab::BenchOutcome> outcome);
    void benchFailed(int job, bool cancelled, const QString& message);
};

} // namespace fitscope::gui::lab

Q_DECLARE_METATYPE(std::shared_ptr<const fitscope::gui::lab::LabSample>)
Q_DECLARE_METATYPE(std::shared_ptr<const fitscope::gui::lab::LabOutcome>)
Q_DECLARE_METATYPE(std::shared_ptr<const fitscope::gui::lab::BenchOutcome>)
