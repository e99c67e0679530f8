#include "distribution_chart.h"

#include "chart_style.h"
#include "scheme_catalog.h"
#include "theme.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace fitscope::gui::lab {

namespace {

QCPItemText* note(QCustomPlot* plot) {
    auto* text = new QCPItemText(plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.01, 0.02);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setTextAlignment(Qt::AlignLeft);
    text->setColor(theme::kMutedInk);
    text->setBrush(QColor(255, 255, 255, 210));
    return text;
}

// Shares of the total in percent, for bars whose total differs (a tensor against one block).
void setShare(QCPBars* bars, const Histogram& h) {
    double total = 0.0;
    for (double c : h.counts) {
        total += c;
    }
    QVector<double> k;
    QVector<double> v;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        k << h.center(i);
        v << (total > 0.0 ? 100.0 * h.counts[i] / total : 0.0);
    }
    bars->setWidth(h.binWidth());
    bars->setData(k, v, true);
}

} // namespace

DistributionChart::DistributionChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("labDistributionChart"));
    setAccessibleName(tr("Weight and error distribution"));
    setAccessibleDescription(tr("Top: the histogram of the original weights, the chosen block's weights and the "
                                "values the selected scheme can represent in that block. Bottom: the histogram of "
                                "the weight error."));
    m_weightsPlot = new QCustomPlot(this);
    m_weightsPlot->setObjectName(QStringLiteral("labWeightsPlot"));
    m_weightsPlot->setAccessibleName(tr("Weights and representable levels"));
    m_errorPlot = new QCustomPlot(this);
    m_errorPlot->setObjectName(QStringLiteral("labErrorPlot"));
    m_errorPlot->setAccessibleName(tr("Error histogram"));
    for (QCustomPlot* p : {m_weightsPlot, m_errorPlot}) {
        styleChart(p);
        p->setMinimumSize(280, 140);
    }

    m_weightsPlot->xAxis->setLabel(tr("Weight value"));
    m_weightsPlot->yAxis->setLabel(tr("Share of weights (%)"));
    m_tensorBars = new QCPBars(m_weightsPlot->xAxis, m_weightsPlot->yAxis);
    m_tensorBars->setName(tr("All weights of the tensor"));
    m_tensorBars->setPen(Qt::NoPen);
    m_tensorBars->setBrush(QColor(0xb8, 0xc0, 0xc8));
    m_blockBars = new QCPBars(m_weightsPlot->xAxis, m_weightsPlot->yAxis);
    m_blockBars->setName(tr("Weights of the chosen block"));
    m_blockBars->setPen(Qt::NoPen);
    m_blockBars->setBrush(QColor(0x00, 0x72, 0xb2, 150));
    m_levels = m_weightsPlot->addGraph(m_weightsPlot->xAxis, m_weightsPlot->yAxis2);
    m_levels->setName(tr("Values the block can represent"));
    m_levels->setLineStyle(QCPGraph::lsImpulse);
    m_levels->setPen(QPen(kLevelColor, 1.2));
    m_weightsPlot->yAxis2->setRange(0, 1);
    m_weightsPlot->legend->setVisible(true);
    m_weightsPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_weightsNote = note(m_weightsPlot);

    m_errorPlot->xAxis->setLabel(tr("Weight error w − ŵ"));
    m_errorPlot->yAxis->setLabel(tr("Share of weights (%)"));
    m_errorBars = new QCPBars(m_errorPlot->xAxis, m_errorPlot->yAxis);
    m_errorBars->setName(tr("Error"));
    m_errorBars->setPen(Qt::NoPen);
    m_errorBars->setBrush(QColor(0xd5, 0x5e, 0x00, 170));
    m_errorNote = note(m_errorPlot);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_weightsPlot, 3);
    layout->addWidget(m_errorPlot, 2);
    redraw();
}

void DistributionChart::setSample(std::shared_ptr<const LabSample> sample) {
    m_sample = std::move(sample);
    m_outcome.reset();
    redraw();
}

void DistributionChart::setOutcome(std::shared_ptr<const LabOutcome> outcome, int block) {
    m_outcome = std::move(outcome);
    m_block = block;
    redraw();
}

void DistributionChart::redraw() {
    m_tensorBars->data()->clear();
    m_blockBars->data()->clear();
    m_levels->data()->clear();
    m_errorBars->data()->clear();
    if (!m_sample) {
        m_weightsNote->setText(tr("Run the lab to see the weights."));
        m_errorNote->setText(QString());
        m_weightsPlot->replot(QCustomPlot::rpQueuedReplot);
        m_errorPlot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    setShare(m_tensorBars, m_sample->weights);
    double lo = m_sample->weights.lo;
    double hi = m_sample->weights.hi;
    QString text = m_sample->description;

    const BlockView* block = nullptr;
    if (m_outcome && m_block >= 0 && m_block < static_cast<int>(m_outcome->blocks.size())) {
        block = &m_outcome->blocks[static_cast<std::size_t>(m_block)];
    }
    if (block != nullptr && !block->weights.empty()) {
        // Zoom to the block: its own weights and its grid, with a margin.
        const auto [wmin, wmax] = std::minmax_element(block->weights.begin(), block->weights.end());
        double blo = std::min<double>(*wmin, block->levels.levels.empty() ? *wmin : block->levels.levels.front());
        double bhi = std::max<double>(*wmax, block->levels.levels.empty() ? *wmax : block->levels.levels.back());
        if (block->levels.levels.size() > kMaxDrawnLevels) {
            blo = *wmin;
            bhi = *wmax;
        }
        const double margin = 0.08 * std::max(1e-12, bhi - blo);
        lo = blo - margin;
        hi = bhi + margin;
        // Bins as wide as the tensor's, so both bar sets read on the same scale.
        // A block has 16 to a few hundred weights: about one bin per four of them reads best.
        const double wanted = static_cast<double>(std::clamp<std::size_t>(block->weights.size() / 4, 8, 48));
        const double width = std::max(m_sample->weights.binWidth(), (bhi - blo) / wanted);
        const int bins = std::max(1, static_cast<int>(std::ceil((bhi - blo) / width)));
        setShare(m_blockBars, makeHistogram(block->weights.data(), static_cast<std::int64_t>(block->weights.size()),
                                            bins, blo, blo + bins * width));
        const std::size_t n = block->levels.levels.size();
        if (n <= kMaxDrawnLevels) {
            QVector<double> k;
            QVector<double> v;
            for (float level : block->levels.levels) {
                k << level;
                v << 1.0;
            }
            m_levels->setData(k, v, true);
        }
        text = tr("%1\n%2 · %3: %4 representable values%5")
                   .arg(m_sample->description, SchemeCatalog::displayName(m_outcome->scheme), block->label)
                   .arg(n)
                   .arg(n > kMaxDrawnLevels ? tr(" (too many to draw)") : QString());
    }
    m_weightsNote->setText(text);
    m_weightsPlot->xAxis->setRange(lo, hi);
    m_weightsPlot->yAxis->rescale();
    m_weightsPlot->yAxis->setRangeLower(0.0);
    m_weightsPlot->yAxis->setRangeUpper(m_weightsPlot->yAxis->range().upper * 1.25);
    m_blockBars->setVisible(block != nullptr);
    m_levels->setVisible(block != nullptr);

    if (m_outcome) {
        setShare(m_errorBars, m_outcome->error);
        m_errorPlot->xAxis->setRange(m_outcome->error.lo, m_outcome->error.hi);
        m_errorPlot->yAxis->rescale();
        m_errorPlot->yAxis->setRangeLower(0.0);
        m_errorPlot->yAxis->setRangeUpper(m_errorPlot->yAxis->range().upper * 1.15);
        m_errorNote->setText(tr("%1: RMSE %2, max |error| %3")
                                 .arg(SchemeCatalog::displayName(m_outcome->scheme),
                                      QString::number(m_outcome->metrics.rmse, 'e', 2),
                                      QString::number(m_outcome->metrics.max_abs_error, 'e', 2)));
    } else {
        m_errorNote->setText(tr("Select a finished scheme to see its error."));
    }
    m_weightsPlot->replot(QCustomPlot::rpQueuedReplot);
    m_errorPlot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace fitscope::gui::lab
