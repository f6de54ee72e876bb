// Detection metrics of anomaly scores against ground truth: AUROC, AP, F1max at image and pixel level, and PRO.
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <vector>

namespace dmad::eval {

// The three threshold-free figures of one ranking. Ties are one threshold: AUROC is then the
// Mann-Whitney statistic (a tie counts one half), AP is sklearn's step-wise average_precision_score,
// F1max the best F1 over the distinct thresholds.
struct RankingMetrics {
    double auroc = 0.0;
    double ap = 0.0;
    double f1max = 0.0;
};

// labels: non-zero = anomalous. Throws std::invalid_argument when the sizes differ, a score is not
// finite, or only one class is present (every figure is undefined then).
RankingMetrics rankingMetrics(const std::vector<double>& scores, const std::vector<int>& labels);
double auroc(const std::vector<double>& scores, const std::vector<int>& labels);
double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels);
double f1Max(const std::vector<double>& scores, const std::vector<int>& labels);

struct PixelMetrics {
    RankingMetrics ranking;    // over all pixels of all images added
    double pro = 0.0;          // area under PRO(FPR) for FPR <= maxFpr, divided by maxFpr
    std::int64_t pixels = 0;   // pixels that entered the figures (after any subsampling)
    std::int64_t regions = 0;  // connected defect components of the ground truth
    int stride = 1;
};

// Collects anomaly maps and their masks of one category and computes the pixel figures exactly:
// every pixel is kept as (score, region id), 8 bytes, and sorted once. For more pixels than memory
// allows, a stride > 1 keeps every stride-th pixel in both directions (the regions are still
// found on the full-resolution mask), which the result reports.
// The smallest subsampling stride (every stride-th pixel in both directions) that keeps at most maxPixels of
// a category's pixels: the one rule for `dmad evaluate --max-pixels` and the tools compared with it.
int pixelStride(std::int64_t pixels, std::int64_t maxPixels);

class PixelMetricsAccumulator {
public:
    explicit PixelMetricsAccumulator(int stride = 1);

    // anomalyMap: CV_32F; mask: CV_8U of the same size, non-zero = defect (an empty mask with no
    // defect pixels is a normal image). Defect regions are the 8-connected components of the mask.
    // Throws std::invalid_argument on a type or size mismatch or a non-finite score.
    void add(const cv::Mat& anomalyMap, const cv::Mat& mask);

    std::int64_t pixelCount() const noexcept { return static_cast<std::int64_t>(m_pixels.size()); }
    std::int64_t regionCount() const noexcept { return static_cast<std::int64_t>(m_regionSizes.size()); }

    // Throws std::invalid_argument when the pixels do not hold both classes (no defect pixel, or
    // nothing but defect pixels): none of the figures, PRO included, is defined then.
    PixelMetrics compute(double maxFpr = 0.3) const;

private:
    struct Pixel {
        float score;
        std::int32_t region;  // 0: normal pixel; r > 0: defect region r (m_regionSizes[r - 1])
    };
    int m_stride;
    std::vector<Pixel> m_pixels;
    std::vector<std::int64_t> m_regionSizes;  // kept pixels per region
};

// The PRO figure from a curve of (fpr, pro) points sorted by fpr, starting at (0, 0): the area
// for fpr <= maxFpr (the point at maxFpr linearly interpolated) divided by maxFpr.
double normalisedAreaUpTo(const std::vector<double>& fpr, const std::vector<double>& pro, double maxFpr);

}  // namespace dmad::eval
