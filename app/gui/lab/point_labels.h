#pragma once
// Where a scatter chart's point labels go: pure geometry in pixels (rectangles, points and line
// segments; no widgets), so the layout can be tested on its own.
//
// Points near each other whose labels would collide if each were printed next to its point (the
// 4-bit cluster of the lab's accuracy chart) form a cluster; a cluster's labels stand in a column
// beside it, on the side that has room, one text line apart, each joined to its point by a thin
// leader line. The leaders never cross: the labels take the column's slots in the order of their
// points' heights, and any two leaders that would still cross swap slots. Every other point keeps
// a label next to it (to its right when that is free, else left, above, below...); a point with
// no free place there joins its nearest point's cluster, and a column with no free place merges
// with the clusters in its way (on a small plot the 4- and 8-bit schemes may share one column).
// No label covers a marker, another label, a leader or an obstacle (the legend), and every label
// stays inside the bounds (the axis rect); when a column only fits past the bounds' left or right
// edge, the layout says how many pixels it lacks there, so the chart can widen its axis range and
// lay out again.

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace fitscope::gui::lab {

struct PointLabelInput {
    QRectF bounds;                 // labels stay inside (the axis rect)
    std::vector<QPointF> points;   // marker centres
    std::vector<QSizeF> sizes;     // each point's label box, same order
    double marker_radius = 5.5;    // no label covers the square of this half-size around a centre
    double gap = 4.0;              // between a marker's edge and a label placed next to it
    double column_gap = 22.0;      // at least this between a cluster's outermost marker and its column
    std::vector<QRectF> obstacles; // never covered by labels or crossed by leaders (the legend)
    std::vector<QLineF> lines;     // avoided where another place is as good (the frontier)
    // How far, in pixels, a column may reach past the bounds' left and right edges when it fits
    // nowhere inside them (what the caller can add by widening its axis range); 0: never.
    double allowed_overflow_left = 0.0;
    double allowed_overflow_right = 0.0;
};

struct PointLabel {
    QRectF rect;
    bool leader = false; // a line joins the label to its point
    QLineF leader_line;  // from the marker's edge to the label's near side
    int cluster = -1;    // the column the label stands in; −1: next to its point
};

struct PointLabelLayout {
    std::vector<PointLabel> labels; // one per input point, same order
    // The pixels a column reaches past the bounds' left and right edges (at most the allowed
    // overflow): the caller widens its range by at least this much and lays out again.
    double overflow_left = 0.0;
    double overflow_right = 0.0;
};

PointLabelLayout layoutPointLabels(const PointLabelInput& input);

// The geometry the layout and its tests share.
namespace geometry {
// Open interiors overlap (touching edges do not count).
bool overlaps(const QRectF& a, const QRectF& b);
// The two segments cross at a point inside both (touching at an end does not count).
bool crosses(const QLineF& a, const QLineF& b);
// The segment passes through the rectangle's interior.
bool crosses(const QLineF& segment, const QRectF& rect);
double distance(const QPointF& point, const QLineF& segment);
} // namespace geometry

} // namespace fitscope::gui::lab
