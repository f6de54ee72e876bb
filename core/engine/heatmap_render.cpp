#include "engine/heatmap_render.h"

#include "engine/engine_error.h"

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

}  // namespace

cv::Mat colourAnomalyMap(const cv::Mat& map, double lo, double hi) {
    if (map.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "The anomaly map is empty.");
    const double range = hi > lo ? hi - lo : 1.0;
    cv::Mat scaled;
    map.convertTo(scaled, CV_8U, 255.0 / range, -lo * 255.0 / range);  // saturates outside lo..hi
    cv::Mat bgr, rgb;
    cv::applyColorMap(scaled, bgr, cv::COLORMAP_JET);
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
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
    cv::Mat region;
    cv::compare(map, threshold, region, cv::CMP_GE);  // CV_8U 0 / 255
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(region, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::Mat out = rgb8.clone();
    cv::drawContours(out, contours, -1, colourRgb, std::max(1, thickness), cv::LINE_8);
    return out;
}

}  // namespace dmad
