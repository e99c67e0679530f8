#pragma once

#include <qcustomplot.h>

// Bars filled with a solid colour and a hatch pattern over it. QCPBars has one brush; drawing the
// bars twice (solid, then the pattern with no pen) keeps both as vector shapes in PDF and SVG.
class PatternedBars : public QCPBars {
public:
    PatternedBars(QCPAxis* key_axis, QCPAxis* value_axis);

    void setPattern(const QBrush& pattern) { m_pattern = pattern; }
    const QBrush& pattern() const { return m_pattern; }

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    QBrush m_pattern{Qt::NoBrush};
};
