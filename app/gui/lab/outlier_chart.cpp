#include "outlier_chart.h"

#include "chart_style.h"
#include "lab_results_hub.h"
#include "lab_worker.h"
#include "scheme_catalog.h"
#include "theme.h"

#include <QHBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace fitscope::gui::lab {

namespace {
// Features with no error at all (LLM.int8()'s FP16 columns) still need a place on the log axis.
constexpr double kFloor = 1e-12;
} // namespace

OutlierChart::OutlierChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("labOutlierChart"));
    setAccessibleName(tr("Outliers"));
    setAccessibleDescription(tr("Left: the largest activation of each input feature, outliers highlighted. Right: "
                                "the output error each input feature contributes with one INT8 scale per tensor, "
                                "per channel, and with LLM.int8()."));
    m_activationPlot = new QCustomPlot(this);
    m_activationPlot->setObjectName(QStringLiteral("labActivationPlot"));
    m_activationPlot->setAccessibleName(tr("Activation magnitude per input feature"));
    m_errorPlot = new QCustomPlot(this);
    m_errorPlot->setObjectName(QStringLiteral("labFeatureErrorPlot"));
    m_errorPlot->setAccessibleName(tr("Output error per input feature"));
    for (QCustomPlot* p : {m_activationPlot, m_errorPlot}) {
        styleChart(p);
        p->setMinimumSize(220, 200);
        p->xAxis->setLabel(tr("Input feature (column of W)"));
    }
    m_activationPlot->yAxis->setLabel(tr("max |x| over the calibration tokens"));
    m_activations = m_activationPlot->addGraph();
    m_activations->setName(tr("Ordinary features"));
    m_activations->setLineStyle(QCPGraph::lsImpulse);
    m_activations->setPen(QPen(QColor(0x8c, 0x95, 0x9f), 1));
    m_outliers = m_activationPlot->addGraph();
    m_outliers->setName(tr("Outlier features"));
    m_outliers->setLineStyle(QCPGraph::lsImpulse);
    m_outliers->setPen(QPen(kOutlierColor, 2));
    m_outliers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kOutlierColor, 6));
    m_threshold = new QCPItemStraightLine(m_activationPlot);
    m_threshold->setPen(QPen(theme::kInk, 1, Qt::DashLine));
    m_note = new QCPItemText(m_activationPlot);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.01, 0.02);
    m_note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->setTextAlignment(Qt::AlignLeft);
    m_note->setColor(theme::kMutedInk);
    m_note->setBrush(QColor(255, 255, 255, 210));
    m_activationPlot->legend->setVisible(true);
    m_activationPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_errorPlot->yAxis->setLabel(tr("Share of ‖XWᵀ‖² lost through this feature (log)"));
    m_errorPlot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_errorPlot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_errorPlot->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_errorPlot->yAxis->setNumberPrecision(0);
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::SolidLine, Qt::SolidLine};
    int i = 0;
    for (const std::string& scheme : LabWorker::outlierViewSchemes()) {
        QCPGraph* g = m_errorPlot->addGraph();
        g->setName(SchemeCatalog::displayName(scheme));
        g->setLineStyle(QCPGraph::lsLine);
        QColor c = seriesColor(i == 0 ? 1 : (i == 1 ? 0 : 2));
        c.setAlpha(i == 0 ? 200 : 230);
        g->setPen(QPen(c, 1.2, styles[i]));
        m_errorGraphs.push_back(g);
        ++i;
    }
    m_errorPlot->legend->setVisible(true);
    m_errorPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_activationPlot, 1);
    layout->addWidget(m_errorPlot, 1);
    setSample(nullptr);
}

void OutlierChart::setSample(std::shared_ptr<const LabSample> sample) {
    m_sample = std::move(sample);
    for (QCPGraph* g : {m_activations, m_outliers}) {
        g->data()->clear();
    }
    for (QCPGraph* g : m_errorGraphs) {
        g->data()->clear();
    }
    if (!m_sample) {
        m_note->setText(tr("Run the lab to see the activations."));
        m_threshold->setVisible(false);
        m_activationPlot->replot(QCustomPlot::rpQueuedReplot);
        m_errorPlot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QVector<double> k;
    QVector<double> v;
    QVector<double> ok;
    QVector<double> ov;
    const auto& act = m_sample->activation_abs_max;
    std::size_t next = 0;
    for (std::size_t c = 0; c < act.size(); ++c) {
        const bool outlier =
            next < m_sample->outliers.size() && m_sample->outliers[next] == static_cast<std::int64_t>(c);
        if (outlier) {
            ++next;
            ok << static_cast<double>(c);
            ov << act[c];
        } else {
            k << static_cast<double>(c);
            v << act[c];
        }
    }
    m_activations->setData(k, v, true);
    m_outliers->setData(ok, ov, true);
    m_threshold->setVisible(true);
    m_threshold->point1->setCoords(0, m_sample->threshold);
    m_threshold->point2->setCoords(1, m_sample->threshold);
    m_note->setText(tr("%1 of %2 features reach |x| ≥ %3 (dashed line)")
                        .arg(m_sample->outliers.size())
                        .arg(act.size())
                        .arg(m_sample->threshold));
    m_activationPlot->xAxis->setRange(-0.5, static_cast<double>(act.size()) - 0.5);
    m_activationPlot->yAxis->rescale();
    m_activationPlot->yAxis->setRangeLower(0.0);
    m_activationPlot->yAxis->setRangeUpper(std::max(m_sample->threshold, m_activationPlot->yAxis->range().upper) * 1.2);

    double top = kFloor;
    for (std::size_t s = 0; s < m_errorGraphs.size() && s < m_sample->feature_errors.size(); ++s) {
        const FeatureErrorSeries& series = m_sample->feature_errors[s];
        QVector<double> ek;
        QVector<double> ev;
        for (std::size_t c = 0; c < series.per_feature.size(); ++c) {
            ek << static_cast<double>(c);
            ev << std::max(kFloor, series.per_feature[c]);
            top = std::max(top, series.per_feature[c]);
        }
        m_errorGraphs[s]->setData(ek, ev, true);
        m_errorGraphs[s]->setName(
            tr("%1 (output error %2)")
                .arg(SchemeCatalog::displayName(series.scheme), percentText(series.output_rel_error)));
    }
    m_errorPlot->xAxis->setRange(-0.5, static_cast<double>(act.size()) - 0.5);
    m_errorPlot->yAxis->setRange(std::max(kFloor, top * 1e-6), top * 4.0);
    m_activationPlot->replot(QCustomPlot::rpQueuedReplot);
    m_errorPlot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace fitscope::gui::lab
