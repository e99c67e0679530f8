#include "lab_worker.h"

#include "core/formats/model_file_data.h"
#include "core/quant/lab.h"
#include "core/quant/npy_io.h"
#include "scheme_catalog.h"

#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>

namespace fitscope::gui::lab {

namespace {

constexpr int kWeightBins = 161;
constexpr int kErrorBins = 121;

// Forwards at most one progress value per interval (and always the last one), from any thread.
class Throttle {
public:
    explicit Throttle(std::function<void(double)> emitFn)
        : m_emit(std::move(emitFn)) {}
    void operator()(double fraction) {
        const auto now = std::chrono::steady_clock::now();
        {
            const std::lock_guard lock(m_mutex);
            if (fraction < 1.0 && now - m_last < std::chrono::milliseconds(40)) {
                return;
            }
            m_last = now;
        }
        m_emit(std::clamp(fraction, 0.0, 1.0));
    }

private:
    std::function<void(double)> m_emit;
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_last{};
};

quant::Control controlFor(const std::shared_ptr<quant::CancelToken>& cancel, Throttle* throttle) {
    quant::Control c;
    c.cancel = cancel.get();
    c.progress = [throttle](double f) { (*throttle)(f); };
    return c;
}

QString kindLabel(quant::SampleKind kind) {
    switch (kind) {
    case quant::SampleKind::Gaussian:
        return LabWorker::tr("Gaussian");
    case quant::SampleKind::Laplace:
        return LabWorker::tr("heavy-tailed");
    case quant::SampleKind::Transformer:
        break;
    }
    return LabWorker::tr("transformer-like");
}

// The block holding the largest |w| (where one outlier stretches the scale) and the first block.
std::vector<BlockView> blockViews(const quant::Scheme& scheme, const quant::QuantizedTensor& packed,
                                  const quant::Matrix& weight) {
    std::int64_t arg = 0;
    float best = -1.0f;
    for (std::int64_t i = 0; i < weight.size(); ++i) {
        const float a = std::fabs(weight.data[static_cast<std::size_t>(i)]);
        if (a > best) {
            best = a;
            arg = i;
        }
    }
    const std::int64_t bs = scheme.blockSize(weight.cols);
    const std::int64_t perRow = (weight.cols + bs - 1) / bs;
    const std::int64_t largest = (arg / weight.cols) * perRow + (arg % weight.cols) / bs;
    std::vector<BlockView> out;
    for (std::int64_t block : {largest, std::int64_t{0}}) {
        if (!out.empty() && block == largest) {
            continue;
        }
        BlockView v;
        v.levels = scheme.levels(packed, block);
        const float* row = weight.row(v.levels.row);
        v.weights.assign(row + v.levels.col_begin, row + v.levels.col_end);
        v.label = (block == largest ? LabWorker::tr("Row %1, columns %2–%3 (holds the largest |w|)")
                                    : LabWorker::tr("Row %1, columns %2–%3 (the first block)"))
                      .arg(v.levels.row)
                      .arg(v.levels.col_begin)
                      .arg(v.levels.col_end - 1);
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace

LabWorker::LabWorker(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const LabSample>>();
    qRegisterMetaType<std::shared_ptr<const LabOutcome>>();
    qRegisterMetaType<std::shared_ptr<const BenchOutcome>>();
}

const std::vector<std::string>& LabWorker::outlierViewSchemes() {
    static const std::vector<std::string> names{"int8-tensor", "int8-channel", "llm-int8"};
    return names;
}

void LabWorker::run(const LabJob& job) {
    const std::shared_ptr<quant::CancelToken> cancel = job.cancel ? job.cancel : std::make_shared<quant::CancelToken>();
    auto sample = std::make_shared<LabSample>();
    sample->job = job.id;
    std::unique_ptr<quant::QuantLab> lab;
    try {
        Throttle prep([this, &job](double f) { emit schemeProgress(job.id, -1, f); });
        const quant::Control control = controlFor(cancel, &prep);
        if (job.source == SourceKind::Generated) {
            quant::SampleSet set = quant::generateSample(job.spec, control.sub(0.0, 0.6));
            sample->short_name = tr("the %1 sample").arg(kindLabel(job.spec.kind));
            sample->description = tr("%1 %2 × %3, %4 calibration tokens, seed %5")
                                      .arg(kindLabel(job.spec.kind))
                                      .arg(job.spec.rows)
                                      .arg(job.spec.cols)
                                      .arg(job.spec.tokens)
                                      .arg(job.spec.seed);
            lab = std::make_unique<quant::QuantLab>(std::move(set.weight), std::move(set.calibration));
        } else {
            quant::Matrix weight;
            const QString suffix = QFileInfo(job.file_path).suffix().toLower();
            if (suffix == QLatin1String("npy")) {
                weight = quant::readNpy(job.file_path.toStdString());
            } else {
                formats::FloatTensor t =
                    formats::readTensorAsFloat(job.file_path.toStdString(), job.tensor_name.toStdString());
                weight = quant::Matrix(t.name, t.rows, t.cols);
                weight.data = std::move(t.values);
            }
            quant::requireShape(weight.rows, weight.cols, "the tensor");
            control.throwIfCancelled();
            // A file holds no activations: Gaussian ones stand in (no outliers, so LLM.int8() has none to keep).
            quant::Matrix calibration = quant::generateGaussianActivations(job.spec.tokens, weight.cols, job.spec.seed);
            const QString name = job.tensor_name.isEmpty() ? QFileInfo(job.file_path).fileName() : job.tensor_name;
            sample->short_name = name;
            sample->description = tr("%1 from %2: %3 × %4, %5 Gaussian calibration tokens")
                                      .arg(name, QFileInfo(job.file_path).fileName())
                                      .arg(weight.rows)
                                      .arg(weight.cols)
                                      .arg(job.spec.tokens);
            lab = std::make_unique<quant::QuantLab>(std::move(weight), std::move(calibration));
        }
        control.report(0.7);
        const quant::Matrix& w = lab->weight();
        sample->rows = w.rows;
        sample->cols = w.cols;
        sample->tokens = lab->calibration().rows;
        sample->weights = makeHistogram(w.data.data(), w.size(), kWeightBins, true);
        for (float v : w.data) {
            sample->weight_abs_max = std::max(sample->weight_abs_max, std::fabs(v));
        }
        for (float v : lab->activationAbsMax()) {
            sample->activation_abs_max.push_back(v);
        }
        sample->threshold = job.options.outlier_threshold;
        sample->outliers = lab->outliers(job.options.outlier_threshold);

        // Σ_t X[t, c]²: how strongly feature c's weight column reaches the output.
        const quant::Matrix& x = lab->calibration();
        std::vector<double> energy(static_cast<std::size_t>(x.cols), 0.0);
        for (std::int64_t t = 0; t < x.rows; ++t) {
            const float* xr = x.row(t);
            for (std::int64_t c = 0; c < x.cols; ++c) {
                energy[static_cast<std::size_t>(c)] += static_cast<double>(xr[c]) * xr[c];
            }
        }
        const double norm = lab->outputNormSquared() > 0.0 ? lab->outputNormSquared() : 1.0;
        for (const std::string& name : outlierViewSchemes()) {
            const quant::SchemeResult r = lab->run(name, job.options, control.sub(0.7, 0.8));
            FeatureErrorSeries series;
            series.scheme = name;
            series.output_rel_error = r.metrics.output_rel_error;
            series.per_feature = quant::weightErrorPerColumn(w, r.dequantized);
            for (std::size_t c = 0; c < series.per_feature.size(); ++c) {
                series.per_feature[c] *= energy[c] / norm;
            }
            sample->feature_errors.push_back(std::move(series));
        }
        control.report(1.0);
    } catch (const quant::Cancelled&) {
        emit runFinished(job.id, true, {});
        return;
    } catch (const std::exception& e) {
        emit runFinished(job.id, false, QString::fromUtf8(e.what()));
        return;
    }
    emit sampleReady(sample);

    for (std::size_t i = 0; i < job.schemes.size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string& name = job.schemes[i];
        try {
            if (cancel->isCancelled()) {
                throw quant::Cancelled();
            }
            Throttle throttle([this, &job, index](double f) { emit schemeProgress(job.id, index, f); });
            const quant::Control control = controlFor(cancel, &throttle);
            emit schemeProgress(job.id, index, 0.0);
            const quant::SchemeResult r = lab->run(name, job.options, control);
            auto outcome = std::make_shared<LabOutcome>();
            outcome->job = job.id;
            outcome->scheme = name;
            outcome->metrics = r.metrics;
            outcome->stored_bytes = r.stored_bytes;
            outcome->bits_per_weight = r.bits_per_weight;
            outcome->quantize_ms = r.quantize_ms;
            const quant::Matrix& w = lab->weight();
            std::vector<float> diff(w.data.size());
            for (std::size_t k = 0; k < diff.size(); ++k) {
                diff[k] = w.data[k] - r.dequantized.data[k];
            }
            outcome->error = makeHistogram(diff.data(), static_cast<std::int64_t>(diff.size()), kErrorBins, true);
            control.throwIfCancelled();
            outcome->blocks = blockViews(quant::schemeOrThrow(name), r.packed, w);
            control.throwIfCancelled();
            emit schemeFinished(job.id, index, outcome);
        } catch (const quant::Cancelled&) {
            emit runFinished(job.id, true, {});
            return;
        } catch (const std::exception& e) {
            emit schemeFailed(job.id, index, QString::fromUtf8(e.what()));
        }
    }
    emit runFinished(job.id, false, {});
}

void LabWorker::runBenchmark(int job, const quant::BenchOptions& options, std::shared_ptr<quant::CancelToken> cancel) {
    try {
        Throttle throttle([this, job](double f) { emit benchProgress(job, f); });
        const quant::Control control = controlFor(cancel, &throttle);
        auto outcome = std::make_shared<BenchOutcome>();
        outcome->job = job;
        outcome->report = quant::runBenchmark(options, control);
        emit benchFinished(outcome);
    } catch (const quant::Cancelled&) {
        emit benchFailed(job, true, {});
    } catch (const std::exception& e) {
        emit benchFailed(job, false, QString::fromUtf8(e.what()));
    }
}

} // namespace fitscope::gui::lab
