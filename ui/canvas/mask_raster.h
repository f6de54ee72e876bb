// The pixel rules of the mask tools: exactly which pixels a brush stroke, a polygon or a colour flood covers.
#pragma once

#include <QImage>
#include <QPointF>
#include <QPolygonF>
#include <QRect>

namespace dmad::ui::raster {

// A pixel (x, y) is "covered" by a shape when its centre (x + 0.5, y + 0.5) is; every rule below
// is stated in those terms so a test can work out the expected pixels by hand.

// Where a brush of `size` pixels is centred for a cursor at image point p: odd sizes on the centre
// of the pixel under p, even sizes on the nearest pixel corner, so a dab is always `size` pixels across.
QPointF brushCentre(QPointF p, int size);

// Sets to `value` every pixel of `labels` (Format_Grayscale8) whose centre lies within size / 2 of
// the segment a-b (a capsule; a == b gives a disc). Returns the bounding rect of those pixels.
QRect stampSegment(QImage& labels, QPointF a, QPointF b, int size, int value);

// Sets to `value` every pixel whose centre lies inside `polygon` (non-zero winding rule, so a
// self-crossing lasso fills every enclosed loop). The polygon is closed implicitly.
QRect fillPolygon(QImage& labels, const QPolygonF& polygon, int value);

// Sets to `value` every pixel 4-connected to `seed` through pixels of `image` whose colour differs
// from the seed's colour by at most `tolerance` in every channel (R, G, B; 0..255).
QRect floodFill(QImage& labels, const QImage& image, QPoint seed, int tolerance, int value);

}  // namespace dmad::ui::raster
