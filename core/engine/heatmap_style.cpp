#include "engine/heatmap_style.h"

#include <algorithm>
#include <cmath>

namespace dmad {

namespace {

double clamp01(double v) {
    return std::clamp(v, 0.0, 1.0);
}

struct Point {
    double x = 0.0;
    double y = 0.0;
};

// Corners of a marching-squares cell in the order top-left, top-right, bottom-right, bottom-left;
// edge k joins corner k and corner k + 1 (top, right, bottom, left).
struct Cell {
    double value[4];
    bool outside[4];
    Point position[4];
};

Point edgeCrossing(const Cell& cell, int edge, double threshold) {
    const int a = edge;
    const int b = (edge + 1) % 4;
    // Samples beyond the border sit on the border (their positions are clamped), so a region that
    // touches the border is closed along it.
    if (cell.outside[a]) return cell.position[a];
    if (cell.outside[b]) return cell.position[b];
    const double t = clamp01((threshold - cell.value[a]) / (cell.value[b] - cell.value[a]));
    return {cell.position[a].x + t * (cell.position[b].x - cell.position[a].x),
            cell.position[a].y + t * (cell.position[b].y - cell.position[a].y)};
}

ContourSegment segment(Point a, Point b) {
    return {a.x, a.y, b.x, b.y};
}

}  // namespace

Rgb8 heatmapColour(double t) {
    t = clamp01(t);
    const auto channel = [t](double centre) {
        return static_cast<std::uint8_t>(std::lround(255.0 * clamp01(1.5 - std::abs(4.0 * t - centre))));
    };
    return {channel(3.0), channel(2.0), channel(1.0)};
}

std::vector<ContourSegment> heatmapContour(const float* values, int width, int height, double threshold) {
    std::vector<ContourSegment> contour;
    if (!values || width <= 0 || height <= 0) return contour;
    const auto sample = [&](int i, int j, bool* outside) -> double {
        *outside = i < 0 || j < 0 || i >= width || j >= height;
        return *outside ? 0.0 : values[static_cast<size_t>(j) * width + i];
    };
    const int cornerDx[4] = {0, 1, 1, 0};
    const int cornerDy[4] = {0, 0, 1, 1};
    // Cells span neighbouring samples, including a ring of "outside" samples (never inside) so
    // that regions touching the border come out closed.
    for (int j = -1; j < height; ++j) {
        for (int i = -1; i < width; ++i) {
            Cell cell{};
            bool inside[4];
            int insideCount = 0;
            for (int k = 0; k < 4; ++k) {
                const int si = i + cornerDx[k];
                const int sj = j + cornerDy[k];
                cell.value[k] = sample(si, sj, &cell.outside[k]);
                cell.position[k] = {std::clamp(si + 0.5, 0.0, 1.0 * width), std::clamp(sj + 0.5, 0.0, 1.0 * height)};
                inside[k] = !cell.outside[k] && !std::isnan(cell.value[k]) && cell.value[k] >= threshold;
                insideCount += inside[k] ? 1 : 0;
            }
            if (insideCount == 0 || insideCount == 4) continue;
            const bool diagonal = insideCount == 2 && inside[0] == inside[2];
            if (!diagonal) {
                Point ends[2];
                int found = 0;
                for (int edge = 0; edge < 4 && found < 2; ++edge) {
                    if (inside[edge] != inside[(edge + 1) % 4]) ends[found++] = edgeCrossing(cell, edge, threshold);
                }
                contour.push_back(segment(ends[0], ends[1]));
                continue;
            }
            // Saddle: the cell centre decides whether the inside corners connect; each corner whose
            // state differs from the centre's is cut off by its own segment.
            double sum = 0.0;
            for (double v : cell.value) sum += v;
            const bool centreInside = sum / 4.0 >= threshold;
            for (int corner = 0; corner < 4; ++corner) {
                if (inside[corner] == centreInside) continue;
                const int before = (corner + 3) % 4;  // the edge that ends at this corner
                contour.push_back(
                    segment(edgeCrossing(cell, before, threshold), edgeCrossing(cell, corner, threshold)));
            }
        }
    }
    return contour;
}

}  // namespace dmad
