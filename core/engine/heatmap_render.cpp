#include "engine/heatmap_render.h"

#include "engine/engine_error.h"
#include "engine/heatmap_style.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dmad {
namespace {

void requireMatching(const cv::Mat& rgb8, const cv::Mat& map) {
    if (rgb8.type() != CV_8UC3 || map.empty() || rgb8.size() != map.size()) {
        throw EngineError(EngineError::Kind::InvalidArgument,
                          "The overlay needs an 8-bit RGB image and an anomaly map of the same size.");
    }
}

// Continuous CV_32F, the layout heatmap_style.h's routines read.
cv::Mat asFloatMap(const cv::Mat& map) {
    if (map.type() == CV_32F) return map.isContinuous() ? map : map.clone();
    cv::Mat values;
    map.convertTo(values, CV_32F);
    return values;
}

}  // namespace

cv::Mat colourAnomalyMap(const cv::Mat& map, double lo, double hi) {
    if (map.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "The anomaly map is empty.");
    const double range = hi > lo ? hi - lo : 1.0;
    const cv::Mat values = asFloatMap(map);
    cv::Mat rgb(values.size(), CV_8UC3);
    for (int y = 0; y < values.rows; ++y) {
        const float* in = values.ptr<float>(y);
        auto* out = rgb.ptr<cv::Vec3b>(y);
        for (int x = 0; x < values.cols; ++x) {
            const Rgb8 colour = heatmapColour((in[x] - lo) / range);  // clamped outside lo..hi
            out[x] = cv::Vec3b(colour.r, colour.g, colour.b);
        }
    }
    return rgb;
}

cv::Mat overlayAnomalyMap(const cv::Mat& rgb8, const cv::Mat& map, double lo, double hi, double alpha) {
    requireMatching(rgb8, map);
    const double a = std::clamp(alpha, 0.0, 1.0);
    cv::Mat out;
    cv::addWeighted(colourAnomalyMap(map, lo, hi), a, rgb8, 1.0 - a, 0.0, out);
    return out;
}

cv::Mat drawAnomalyContour(const cv::Mat& rgb8, const cv::Mat& map, double threshold, const cv::Scalar& colourRgb,
                           int thickness) {
    requireMatching(rgb8, map);
    const cv::Mat values = asFloatMap(map);
    const double sx = double(rgb8.cols) / values.cols;
    const double sy = double(rgb8.rows) / values.rows;
    cv::Mat out = rgb8.clone();
    for (const ContourSegment& s : heatmapContour(values.ptr<float>(), values.cols, values.rows, threshold)) {
        cv::line(out, cv::Point2d(s.x1 * sx, s.y1 * sy), cv::Point2d(s.x2 * sx, s.y2 * sy), colourRgb,
                 std::max(1, thickness), cv::LINE_8);
    }
    return out;
}

}  // namespace dmad
