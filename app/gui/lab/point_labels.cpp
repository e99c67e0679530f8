#include "point_labels.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <tuple>

namespace fitscope::gui::lab {

namespace geometry {

namespace {
constexpr double kTouch = 0.01; // pixels: boxes this close still count as apart

double turn(const QPointF& o, const QPointF& a, const QPointF& b) {
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

bool opposite(double a, double b) {
    constexpr double e = 1e-9;
    return (a > e && b < -e) || (a < -e && b > e);
}
} // namespace

bool overlaps(const QRectF& a, const QRectF& b) {
    return a.left() < b.right() - kTouch && b.left() < a.right() - kTouch && a.top() < b.bottom() - kTouch &&
           b.top() < a.bottom() - kTouch;
}

bool crosses(const QLineF& a, const QLineF& b) {
    return opposite(turn(b.p1(), b.p2(), a.p1()), turn(b.p1(), b.p2(), a.p2())) &&
           opposite(turn(a.p1(), a.p2(), b.p1()), turn(a.p1(), a.p2(), b.p2()));
}

bool crosses(const QLineF& segment, const QRectF& rect) {
    // Liang–Barsky: clip the segment's parameter range [0, 1] to the (slightly shrunk) rectangle.
    const QRectF r = rect.adjusted(kTouch, kTouch, -kTouch, -kTouch);
    if (r.width() <= 0.0 || r.height() <= 0.0) {
        return false;
    }
    const double p[4] = {-segment.dx(), segment.dx(), -segment.dy(), segment.dy()};
    const double q[4] = {segment.x1() - r.left(), r.right() - segment.x1(), segment.y1() - r.top(),
                         r.bottom() - segment.y1()};
    double t0 = 0.0;
    double t1 = 1.0;
    for (int k = 0; k < 4; ++k) {
        if (std::fabs(p[k]) < 1e-12) {
            if (q[k] <= 0.0) {
                return false; // parallel to this edge and outside it
            }
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0.0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
    }
    return t0 < t1;
}

double distance(const QPointF& point, const QLineF& segment) {
    const double dx = segment.dx();
    const double dy = segment.dy();
    const double length2 = dx * dx + dy * dy;
    double t = 0.0;
    if (length2 > 0.0) {
        t = std::clamp(((point.x() - segment.x1()) * dx + (point.y() - segment.y1()) * dy) / length2, 0.0, 1.0);
    }
    return std::hypot(point.x() - (segment.x1() + t * dx), point.y() - (segment.y1() + t * dy));
}

} // namespace geometry

namespace {

using geometry::crosses;
using geometry::overlaps;

enum class Side { Right, Left };

// What a leader running through another point's marker costs (in pixels of moving the column).
constexpr double kForeignHit = 30.0;
constexpr double kMemberHit = 3.0;
// What a line (the frontier) running through a label costs: the label's box masks it there.
constexpr double kLineHit = 18.0;
// Points closer than this many text lines crowd each other when their labels collide.
constexpr double kCrowd = 5.0;

// What the labels placed so far take up.
struct Placed {
    std::vector<QRectF> rects;
    std::vector<QLineF> leaders;
    std::vector<std::size_t> rect_owner; // the point each is for
    std::vector<std::size_t> leader_owner;
};

// One way to stand a cluster's labels in a column, and what it costs.
struct Column {
    std::vector<std::size_t> point; // the point of each label, in the order of rects
    std::vector<QRectF> rects;
    std::vector<QLineF> leaders;
    int hard = std::numeric_limits<int>::max(); // overlaps and crossings: must be 0
    double overflow_left = 0.0;
    double overflow_right = 0.0;
    double soft = std::numeric_limits<double>::infinity(); // everything else a designer would avoid
    std::vector<std::size_t> blockers; // points outside the cluster whose marker, label or leader is in the way

    double overflow() const { return overflow_left + overflow_right; }
    bool better(const Column& o) const {
        if (hard != o.hard) {
            return hard < o.hard;
        }
        if (std::fabs(overflow() - o.overflow()) > 0.5) {
            return overflow() < o.overflow();
        }
        return soft < o.soft;
    }
};

// Label centres at least step apart, in the given (sorted) order, each as near its desired height
// as can be (least squares), all inside [top, bottom]. With u_k = t_k − k·step the spacing becomes
// "u non-decreasing": isotonic regression by pooling adjacent violators, then clamped to the bounds.
std::vector<double> packColumn(const std::vector<double>& desired, double step, double top, double bottom) {
    struct Block {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    std::vector<Block> blocks;
    for (std::size_t k = 0; k < desired.size(); ++k) {
        blocks.push_back({desired[k] - static_cast<double>(k) * step, 1});
        while (blocks.size() >= 2 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    const double lo = top + step / 2.0;
    const double hi = std::max(lo, bottom - step / 2.0 - static_cast<double>(desired.size() - 1) * step);
    std::vector<double> centres;
    for (const Block& b : blocks) {
        for (int i = 0; i < b.count; ++i) {
            const auto k = static_cast<double>(centres.size());
            centres.push_back(std::clamp(b.mean(), lo, hi) + k * step);
        }
    }
    return centres;
}

class Layouter {
public:
    explicit Layouter(const PointLabelInput& in)
        : m_in(in) {
        const double r = in.marker_radius;
        for (const QPointF& p : in.points) {
            m_markers.emplace_back(p.x() - r, p.y() - r, 2.0 * r, 2.0 * r);
        }
    }

    PointLabelLayout run() {
        const std::size_t n = m_in.points.size();
        m_parent.resize(n);
        std::iota(m_parent.begin(), m_parent.end(), std::size_t{0});
        joinCrowded();
        // A lone point with no free place beside it joins the cluster of its nearest point, a
        // column with no free place joins the clusters in its way, and all is laid out again: at
        // most n rounds, as each has one cluster fewer than the last.
        PointLabelLayout out;
        bool again = true;
        for (std::size_t round = 0; again; ++round) {
            again = false;
            out = layoutOnce(round < n ? &again : nullptr);
        }
        return out;
    }

private:
    std::size_t root(std::size_t i) {
        while (m_parent[i] != i) {
            i = m_parent[i] = m_parent[m_parent[i]];
        }
        return i;
    }
    void unite(std::size_t a, std::size_t b) { m_parent[root(a)] = root(b); }

    std::size_t nearestTo(std::size_t i) const {
        std::size_t nearest = i;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < m_in.points.size(); ++j) {
            const double d = QLineF(m_in.points[i], m_in.points[j]).length();
            if (j != i && d < best) {
                best = d;
                nearest = j;
            }
        }
        return nearest;
    }

    QRectF besideRect(std::size_t i) const {
        const QPointF p = m_in.points[i];
        const QSizeF s = m_in.sizes[i];
        return {p.x() + m_in.marker_radius + m_in.gap, p.y() - s.height() / 2.0, s.width(), s.height()};
    }

    // Points near each other whose labels, each printed to the right of its point, would overlap
    // each other or a marker start out in one cluster.
    void joinCrowded() {
        const std::size_t n = m_in.points.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                const QRectF a = besideRect(i);
                const QRectF b = besideRect(j);
                // Only near points crowd each other: a point whose long name merely reaches another
                // one's marker may have room for its name on another side.
                const double crowd = kCrowd * std::max(m_in.sizes[i].height(), m_in.sizes[j].height());
                const bool near = QLineF(m_in.points[i], m_in.points[j]).length() < crowd;
                if (near && (overlaps(a, b) || overlaps(a, m_markers[j]) || overlaps(b, m_markers[i]) ||
                             overlaps(m_markers[i], m_markers[j]))) {
                    unite(i, j);
                }
            }
        }
    }

    // One layout of the current clusters. With merged, a cluster or lone point that finds no free
    // place merges (see run) and the layout stops there, setting merged; without, each takes the
    // least bad place it has (a lone point: a column of its own).
    PointLabelLayout layoutOnce(bool* merged) {
        const std::size_t n = m_in.points.size();
        m_placed = {};
        m_overflowLeft = 0.0;
        m_overflowRight = 0.0;
        PointLabelLayout out;
        out.labels.resize(n);
        std::vector<std::vector<std::size_t>> clusters(n);
        for (std::size_t i = 0; i < n; ++i) {
            clusters[root(i)].push_back(i);
        }
        std::vector<bool> inColumn(n, false);
        for (const auto& c : clusters) {
            if (c.size() >= 2) {
                for (std::size_t i : c) {
                    inColumn[i] = true;
                }
            }
        }

        // Columns first, the largest cluster first: they need the most room. A column that finds
        // no free place takes in the lone points in its way and is laid out again; when another
        // cluster is in its way, the two become one and the whole layout starts again.
        std::stable_sort(clusters.begin(), clusters.end(),
                         [](const auto& a, const auto& b) { return a.size() > b.size(); });
        int columnIndex = 0;
        for (std::vector<std::size_t> members : clusters) {
            if (members.size() < 2) {
                continue;
            }
            Column best;
            for (std::size_t round = 0; round <= n; ++round) {
                best = bestColumn(members);
                if (best.hard == 0 || best.blockers.empty() || merged == nullptr) {
                    break;
                }
                const bool others =
                    std::any_of(best.blockers.begin(), best.blockers.end(), [&](std::size_t j) { return inColumn[j]; });
                for (std::size_t j : best.blockers) {
                    unite(j, members.front());
                    if (!inColumn[j]) {
                        inColumn[j] = true;
                        members.push_back(j);
                    }
                }
                if (others) {
                    *merged = true;
                    return out;
                }
            }
            commit(best, columnIndex++, out);
        }

        // Lone points: a label next to the point.
        std::vector<std::size_t> singles;
        for (std::size_t i = 0; i < n; ++i) {
            if (!inColumn[i]) {
                singles.push_back(i);
            }
        }
        std::sort(singles.begin(), singles.end(), [&](std::size_t a, std::size_t b) {
            return std::pair(m_in.points[a].x(), m_in.points[a].y()) <
                   std::pair(m_in.points[b].x(), m_in.points[b].y());
        });
        for (std::size_t i : singles) {
            int hard = 0;
            const QRectF rect = bestBeside(i, &hard);
            if (hard > 0) {
                if (merged != nullptr) {
                    unite(i, nearestTo(i));
                    *merged = true;
                    return out;
                }
                const Column column = bestColumn({i});
                if (column.hard < hard) {
                    commit(column, columnIndex++, out);
                    continue;
                }
            }
            out.labels[i].rect = rect;
            m_placed.rects.push_back(rect);
            m_placed.rect_owner.push_back(i);
        }
        out.overflow_left = m_overflowLeft;
        out.overflow_right = m_overflowRight;
        return out;
    }

    bool insideVertically(const QRectF& r) const {
        return r.top() >= m_in.bounds.top() - 0.01 && r.bottom() <= m_in.bounds.bottom() + 0.01;
    }

    // Overlaps of a label box with markers, placed labels and leaders, obstacles and the bounds'
    // top and bottom; blockers collects the points whose marker, label or leader it meets.
    int conflicts(const QRectF& r, std::vector<std::size_t>* blockers) const {
        int count = insideVertically(r) ? 0 : 1;
        const auto blocked = [&](std::size_t point) {
            ++count;
            if (blockers != nullptr) {
                blockers->push_back(point);
            }
        };
        for (std::size_t j = 0; j < m_markers.size(); ++j) {
            if (overlaps(r, m_markers[j])) {
                blocked(j);
            }
        }
        for (std::size_t k = 0; k < m_placed.rects.size(); ++k) {
            if (overlaps(r, m_placed.rects[k])) {
                blocked(m_placed.rect_owner[k]);
            }
        }
        for (std::size_t k = 0; k < m_placed.leaders.size(); ++k) {
            if (crosses(m_placed.leaders[k], r)) {
                blocked(m_placed.leader_owner[k]);
            }
        }
        for (const QRectF& other : m_in.obstacles) {
            count += overlaps(r, other) ? 1 : 0;
        }
        return count;
    }

    // Placed labels, leaders and obstacles a leader line crosses.
    int conflicts(const QLineF& leader, std::vector<std::size_t>* blockers) const {
        int count = 0;
        const auto blocked = [&](std::size_t point) {
            ++count;
            if (blockers != nullptr) {
                blockers->push_back(point);
            }
        };
        for (std::size_t k = 0; k < m_placed.rects.size(); ++k) {
            if (crosses(leader, m_placed.rects[k])) {
                blocked(m_placed.rect_owner[k]);
            }
        }
        for (std::size_t k = 0; k < m_placed.leaders.size(); ++k) {
            if (crosses(leader, m_placed.leaders[k])) {
                blocked(m_placed.leader_owner[k]);
            }
        }
        for (const QRectF& other : m_in.obstacles) {
            count += crosses(leader, other) ? 1 : 0;
        }
        return count;
    }

    int lineHits(const QRectF& r) const {
        int count = 0;
        for (const QLineF& line : m_in.lines) {
            count += crosses(line, r) ? 1 : 0;
        }
        return count;
    }

    // A label next to its point: right, left, above, below, then the corners; the first that is
    // free, preferring one no line (the frontier) runs through.
    QRectF bestBeside(std::size_t i, int* hardOut) const {
        const QPointF p = m_in.points[i];
        const double w = m_in.sizes[i].width();
        const double h = m_in.sizes[i].height();
        const double r = m_in.marker_radius;
        const double g = m_in.gap;
        const QRectF candidates[] = {
            {p.x() + r + g, p.y() - h / 2.0, w, h},               // right
            {p.x() - r - g - w, p.y() - h / 2.0, w, h},           // left
            {p.x() - w / 2.0, p.y() - r - g / 2.0 - h, w, h},     // above
            {p.x() - w / 2.0, p.y() + r + g / 2.0, w, h},         // below
            {p.x() + r / 2.0, p.y() - r - g / 2.0 - h, w, h},     // above right
            {p.x() + r / 2.0, p.y() + r + g / 2.0, w, h},         // below right
            {p.x() - r / 2.0 - w, p.y() - r - g / 2.0 - h, w, h}, // above left
            {p.x() - r / 2.0 - w, p.y() + r + g / 2.0, w, h},     // below left
        };
        QRectF best;
        int bestHard = std::numeric_limits<int>::max();
        double bestSoft = std::numeric_limits<double>::infinity();
        double order = 0.0;
        for (const QRectF& c : candidates) {
            int hard = conflicts(c, nullptr);
            hard += (c.left() < m_in.bounds.left() - 0.01 || c.right() > m_in.bounds.right() + 0.01) ? 1 : 0;
            const double soft = order + kLineHit * lineHits(c);
            order += 3.0;
            if (hard < bestHard || (hard == bestHard && soft < bestSoft)) {
                best = c;
                bestHard = hard;
                bestSoft = soft;
            }
        }
        *hardOut = bestHard;
        return best;
    }

    QLineF leaderLine(std::size_t i, const QPointF& anchor) const {
        const QPointF p = m_in.points[i];
        const QPointF along = anchor - p;
        const double length = std::hypot(along.x(), along.y());
        const QPointF start = length > m_in.marker_radius ? p + along * (m_in.marker_radius / length) : p;
        return {start, anchor};
    }

    // Where a cluster's column stands: on side, offset pixels past its outermost marker (pulled
    // back inside the bounds when that is more than the caller can add: a last resort for a plot
    // too small for it), its labels as near their points' heights (moved by shift) as the text
    // height allows.
    struct Stand {
        double free; // x of the column's near edge, unclamped
        double x;    // as used
        std::vector<double> centres;
    };
    Stand stand(const std::vector<std::size_t>& members, Side side, double offset, double shift) const {
        const double r = m_in.marker_radius;
        double minX = std::numeric_limits<double>::infinity();
        double maxX = -minX;
        double step = 0.0;
        double widest = 0.0;
        for (std::size_t i : members) {
            minX = std::min(minX, m_in.points[i].x());
            maxX = std::max(maxX, m_in.points[i].x());
            step = std::max(step, m_in.sizes[i].height());
            widest = std::max(widest, m_in.sizes[i].width());
        }
        Stand s;
        s.free = side == Side::Right ? maxX + r + offset : minX - r - offset;
        s.x = side == Side::Right ? std::min(s.free, m_in.bounds.right() + m_in.allowed_overflow_right - widest)
                                  : std::max(s.free, m_in.bounds.left() - m_in.allowed_overflow_left + widest);
        std::vector<double> desired;
        for (std::size_t i : members) {
            desired.push_back(m_in.points[i].y() + shift);
        }
        s.centres = packColumn(desired, step, m_in.bounds.top(), m_in.bounds.bottom());
        return s;
    }

    // One arrangement of a cluster's column (members sorted by height) and what it costs.
    Column column(const std::vector<std::size_t>& members, Side side, const Stand& stand, double baseCost) const {
        const std::size_t n = members.size();
        const double r = m_in.marker_radius;
        const double x = stand.x;
        const double anchorX = side == Side::Right ? x - 2.0 : x + 2.0;
        const std::vector<double>& centres = stand.centres;
        const auto segment = [&](std::size_t point, std::size_t slot) {
            return QLineF(m_in.points[point], QPointF(anchorX, centres[slot]));
        };

        // Slots in the order of the points' heights; two leaders that still cross swap slots (the
        // swap shortens the leaders in total, so this ends, and ends with no crossing).
        std::vector<std::size_t> at = members; // at[slot] = point
        bool changed = true;
        for (std::size_t round = 0; changed && round < 4 * n * n + 4; ++round) {
            changed = false;
            for (std::size_t a = 0; a < n; ++a) {
                for (std::size_t b = a + 1; b < n; ++b) {
                    if (crosses(segment(at[a], a), segment(at[b], b))) {
                        std::swap(at[a], at[b]);
                        changed = true;
                    }
                }
            }
        }

        // A leader should not run through another point's marker, least of all one outside the
        // cluster (it would seem to name that point; inside a crowded cluster it runs behind a
        // few): swap nearby slots where that helps and no crossing comes back (nearby only, so
        // the names keep their points' order).
        std::vector<bool> member(m_in.points.size(), false);
        for (std::size_t i : members) {
            member[i] = true;
        }
        // Each (label, slot) pair's cost is worked out once, when first needed.
        std::vector<double> memo(n * n, -1.0);
        std::vector<std::size_t> index(m_in.points.size(), 0);
        for (std::size_t k = 0; k < n; ++k) {
            index[members[k]] = k;
        }
        const auto hitsOf = [&](std::size_t point, std::size_t slot) {
            double& cost = memo[index[point] * n + slot];
            if (cost >= 0.0) {
                return cost;
            }
            const QLineF s = leaderLine(point, QPointF(anchorX, centres[slot]));
            const QRectF reach = QRectF(s.p1(), s.p2()).normalized().adjusted(-r, -r, r, r);
            cost = 0.0;
            for (std::size_t j = 0; j < m_in.points.size(); ++j) {
                if (j != point && reach.contains(m_in.points[j]) && geometry::distance(m_in.points[j], s) < r) {
                    cost += member[j] ? kMemberHit : kForeignHit;
                }
            }
            return cost;
        };
        double hits = 0.0;
        for (std::size_t k = 0; k < n; ++k) {
            hits += hitsOf(at[k], k);
        }
        for (std::size_t round = 0; hits > 0.0 && round < n * n; ++round) {
            bool improved = false;
            for (std::size_t a = 0; a < n && !improved; ++a) {
                for (std::size_t b = a + 1; b < n && b <= a + 2 && !improved; ++b) {
                    const double delta = hitsOf(at[a], b) + hitsOf(at[b], a) - hitsOf(at[a], a) - hitsOf(at[b], b);
                    if (delta > -0.5) {
                        continue;
                    }
                    std::swap(at[a], at[b]);
                    bool crossing = false;
                    for (std::size_t k = 0; k < n && !crossing; ++k) {
                        crossing = (k != a && crosses(segment(at[a], a), segment(at[k], k))) ||
                                   (k != b && crosses(segment(at[b], b), segment(at[k], k)));
                    }
                    if (crossing) {
                        std::swap(at[a], at[b]);
                    } else {
                        hits += delta;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }

        Column c;
        c.point = at;
        c.hard = x != stand.free ? 1 : 0; // pulled back: worse than any column that stands clear
        c.soft = baseCost + hits;
        double left = std::numeric_limits<double>::infinity();
        double right = -left;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = at[k];
            const QSizeF s = m_in.sizes[i];
            const QRectF rect(side == Side::Right ? x : x - s.width(), centres[k] - s.height() / 2.0, s.width(),
                              s.height());
            const QLineF leader = leaderLine(i, QPointF(anchorX, centres[k]));
            c.rects.push_back(rect);
            c.leaders.push_back(leader);
            left = std::min(left, rect.left());
            right = std::max(right, rect.right());
            c.hard += conflicts(rect, &c.blockers) + conflicts(leader, &c.blockers);
            c.soft += kLineHit * lineHits(rect) + 0.02 * leader.length();
        }
        for (std::size_t a = 0; a < n; ++a) {
            for (std::size_t b = 0; b < n; ++b) {
                // Pulled back, a column may stand over its own points.
                c.hard += (b > a && crosses(c.leaders[a], c.leaders[b])) ? 1 : 0;
                c.hard += (b != a && crosses(c.leaders[a], c.rects[b])) ? 1 : 0;
            }
        }
        std::sort(c.blockers.begin(), c.blockers.end());
        c.blockers.erase(std::unique(c.blockers.begin(), c.blockers.end()), c.blockers.end());
        c.blockers.erase(std::remove_if(c.blockers.begin(), c.blockers.end(), [&](std::size_t j) { return member[j]; }),
                         c.blockers.end());
        c.overflow_left = std::max(0.0, m_in.bounds.left() - left);
        c.overflow_right = std::max(0.0, right - m_in.bounds.right());
        if (c.overflow_left > m_in.allowed_overflow_left + 0.01 ||
            c.overflow_right > m_in.allowed_overflow_right + 0.01) {
            c.hard += 1000; // wider than the plot: only when nothing else is left
        }
        return c;
    }

    // The best column for a cluster: either side, a few distances out, shifted up or down to clear
    // the legend and other labels. Tried from the cheapest placement on; stops once no placement
    // still to try can beat the best found.
    Column bestColumn(std::vector<std::size_t> members) const {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return std::pair(m_in.points[a].y(), m_in.points[a].x()) <
                   std::pair(m_in.points[b].y(), m_in.points[b].x());
        });
        double step = 0.0;
        for (std::size_t i : members) {
            step = std::max(step, m_in.sizes[i].height());
        }
        struct Try {
            Side side;
            double offset;
            double shift;
            double cost;
        };
        std::vector<Try> tries;
        const double offsets[] = {0.0, 10.0, 20.0, 35.0, 55.0, 80.0, 110.0, 150.0};
        const int shifts = static_cast<int>(members.size()) + 8; // half text lines either way
        for (Side side : {Side::Right, Side::Left}) {
            for (double extra : offsets) {
                for (int k = -shifts; k <= shifts; ++k) {
                    const double shift = k * step / 2.0;
                    const double cost = (side == Side::Left ? 40.0 : 0.0) + extra + 0.6 * std::fabs(shift);
                    tries.push_back({side, m_in.column_gap + extra, shift, cost});
                }
            }
        }
        std::stable_sort(tries.begin(), tries.end(), [](const Try& a, const Try& b) { return a.cost < b.cost; });
        Column best;
        Column bestClear;                                   // the best that is not pulled back inside the bounds
        std::vector<std::tuple<Side, double, double>> seen; // placements tried (x, top centre)
        for (const Try& t : tries) {
            if (best.hard == 0 && best.overflow() <= 0.5 && best.soft <= t.cost) {
                break;
            }
            // Shifts the bounds cancel and offsets the bounds pull back give the same column again.
            const Stand where = stand(members, t.side, t.offset, t.shift);
            const auto key = std::tuple(t.side, std::round(where.x * 4.0), std::round(where.centres.front() * 4.0));
            if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
                continue;
            }
            seen.push_back(key);
            Column c = column(members, t.side, where, t.cost);
            if (where.x == where.free && (bestClear.hard == std::numeric_limits<int>::max() || c.better(bestClear))) {
                bestClear = c;
            }
            if (best.hard == std::numeric_limits<int>::max() || c.better(best)) {
                best = std::move(c);
            }
        }
        if (best.hard > 0) {
            // What stands in the way of the best column that needs no pulling back: the clusters
            // and points this one can merge with.
            best.blockers.insert(best.blockers.end(), bestClear.blockers.begin(), bestClear.blockers.end());
            std::sort(best.blockers.begin(), best.blockers.end());
            best.blockers.erase(std::unique(best.blockers.begin(), best.blockers.end()), best.blockers.end());
        }
        return best;
    }

    void commit(const Column& c, int index, PointLabelLayout& out) {
        for (std::size_t k = 0; k < c.point.size(); ++k) {
            PointLabel& label = out.labels[c.point[k]];
            label.rect = c.rects[k];
            label.leader = true;
            label.leader_line = c.leaders[k];
            label.cluster = index;
            m_placed.rects.push_back(c.rects[k]);
            m_placed.rect_owner.push_back(c.point[k]);
            m_placed.leaders.push_back(c.leaders[k]);
            m_placed.leader_owner.push_back(c.point[k]);
        }
        m_overflowLeft = std::max(m_overflowLeft, c.overflow_left);
        m_overflowRight = std::max(m_overflowRight, c.overflow_right);
    }

    const PointLabelInput& m_in;
    std::vector<QRectF> m_markers;
    std::vector<std::size_t> m_parent; // clusters, as a union-find forest
    Placed m_placed;
    double m_overflowLeft = 0.0;
    double m_overflowRight = 0.0;
};

} // namespace

PointLabelLayout layoutPointLabels(const PointLabelInput& input) {
    if (input.points.size() != input.sizes.size()) {
        return {};
    }
    return Layouter(input).run();
}

} // namespace fitscope::gui::lab
