// What scoring one image yields: the image score, the patch grid and the pixel anomaly map.
#pragma once

#include <opencv2/core.hpp>

namespace dmad {

struct ImageScore {
    double score = 0.0;   // mean of the top-k patch scores; higher = more anomalous
    cv::Mat patchScores;  // gridHeight x gridWidth, CV_32F, s = -Psi(o)
    cv::Mat anomalyMap;   // image size, CV_32F: bilinear upsampling + Gaussian; empty if not asked
};

}  // namespace dmad
