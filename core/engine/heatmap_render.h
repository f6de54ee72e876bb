// Turning an anomaly map into pictures: a colour map, an overlay on the image, the defect contour.
#pragma once

#include <opencv2/core.hpp>

namespace dmad {

// map CV_32F -> 8-bit RGB with heatmapColour() (heatmap_style.h) over the fixed range lo..hi (values
// outside are clamped), so maps of different images are comparable.
cv::Mat colourAnomalyMap(const cv::Mat& map, double lo, double hi);

// The coloured map blended over rgb8 (8-bit RGB, same size as map): alpha = weight of the colours.
cv::Mat overlayAnomalyMap(const cv::Mat& rgb8, const cv::Mat& map, double lo, double hi, double alpha = 0.5);

// rgb8 with the outline of the region map >= threshold (heatmapContour(), scaled onto the image)
// drawn in colour (RGB), thickness in pixels.
cv::Mat drawAnomalyContour(const cv::Mat& rgb8, const cv::Mat& map, double threshold,
                           const cv::Scalar& colourRgb = cv::Scalar(255, 0, 0), int thickness = 2);

}  // namespace dmad
