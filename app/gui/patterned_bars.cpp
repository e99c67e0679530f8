#include "patterned_bars.h"

PatternedBars::PatternedBars(QCPAxis* key_axis, QCPAxis* value_axis)
    : QCPBars(key_axis, value_axis) {}

void PatternedBars::draw(QCPPainter* painter) {
    QCPBars::draw(painter);
    if (m_pattern.style() == Qt::NoBrush) {
        return;
    }
    // setBrush/setPen are plain setters (no replot): swap in the pattern for a second pass.
    const QBrush solid = brush();
    const QPen outline = pen();
    setBrush(m_pattern);
    setPen(Qt::NoPen);
    QCPBars::draw(painter);
    setBrush(solid);
    setPen(outline);
}

void PatternedBars::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    QCPBars::drawLegendIcon(painter, rect);
    if (m_pattern.style() == Qt::NoBrush) {
        return;
    }
    // The same rectangle QCPBars::drawLegendIcon fills (two thirds of the icon, centred).
    QRectF icon(0, 0, rect.width() * 0.67, rect.height() * 0.67);
    icon.moveCenter(rect.center());
    painter->setBrush(m_pattern);
    painter->setPen(Qt::NoPen);
    painter->drawRect(icon);
}
