// The one colour map and the one contour routine of anomaly maps: the canvas, thumbnails and `dmad score` draw alike.
#pragma once

#include <cstdint>
#include <vector>

namespace dmad {

struct Rgb8 {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
};

// The JET colour map: t in [0, 1] (clamped) from dark blue through cyan and yellow to dark red. A
// map is coloured over a fixed range (the model's), t = (value - low) / (high - low).
Rgb8 heatmapColour(double t);

struct ContourSegment {
    double x1 = 0.0;
    double y1 = 0.0;
    double x2 = 0.0;
    double y2 = 0.0;
};

// Outline of the region value >= threshold of a row-major width x height map (marching squares,
// linear interpolation between samples; NaN samples are outside; regions touching the border are
// closed along it). Sample (i, j) sits at (i + 0.5, j + 0.5): the segments are in map coordinates,
// 0..width x 0..height, so they scale onto an image of any size.
std::vector<ContourSegment> heatmapContour(const float* values, int width, int height, double threshold);

}  // namespace dmad
