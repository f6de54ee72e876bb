#include "evaluation/metrics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace dmad::eval {
namespace {

// Walks a ranking from the highest score down, one step per group of tied scores, and accumulates
// the ROC area (trapezoids: a tie is a diagonal step, i.e. counts one half), sklearn's AP
// (sum of recall steps times the precision at that threshold) and the best F1.
class RankingWalk {
public:
    RankingWalk(std::int64_t positives, std::int64_t negatives) : m_p(positives), m_n(negatives) {
        if (m_p == 0 || m_n == 0)
            throw std::invalid_argument("metrics need both classes: got " + std::to_string(m_p) + " anomalous and " +
                                        std::to_string(m_n) + " normal samples");
    }

    // One threshold: the group of tied samples just passed holds these many positives / negatives.
    void step(std::int64_t groupPositives, std::int64_t groupNegatives) {
        const std::int64_t tp = m_tp + groupPositives;
        const std::int64_t fp = m_fp + groupNegatives;
        m_rocArea += static_cast<long double>(fp - m_fp) * static_cast<long double>(tp + m_tp) / 2.0L;
        if (groupPositives > 0)
            m_ap += static_cast<long double>(groupPositives) / m_p * static_cast<long double>(tp) / (tp + fp);
        // F1 = 2PR / (P + R) = 2 tp / (tp + fp + positives)
        m_f1max = std::max(m_f1max, 2.0 * static_cast<double>(tp) / static_cast<double>(tp + fp + m_p));
        m_tp = tp;
        m_fp = fp;
    }

    std::int64_t falsePositives() const { return m_fp; }

    RankingMetrics result() const {
        RankingMetrics m;
        m.auroc = static_cast<double>(m_rocArea / (static_cast<long double>(m_p) * m_n));
        m.ap = static_cast<double>(m_ap);
        m.f1max = m_f1max;
        return m;
    }

private:
    std::int64_t m_p, m_n;
    std::int64_t m_tp = 0, m_fp = 0;
    long double m_rocArea = 0.0L;
    long double m_ap = 0.0L;
    double m_f1max = 0.0;
};

}  // namespace

RankingMetrics rankingMetrics(const std::vector<double>& scores, const std::vector<int>& labels) {
    if (scores.size() != labels.size())
        throw std::invalid_argument("metrics: " + std::to_string(scores.size()) + " scores but " +
                                    std::to_string(labels.size()) + " labels");
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::int64_t positives = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!std::isfinite(scores[i]))
            throw std::invalid_argument("metrics: score " + std::to_string(i) + " is not finite");
        positives += labels[i] != 0;
    }
    RankingWalk walk(positives, static_cast<std::int64_t>(scores.size()) - positives);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    for (std::size_t i = 0; i < order.size();) {
        std::int64_t groupPositives = 0, groupNegatives = 0;
        const double s = scores[order[i]];
        for (; i < order.size() && scores[order[i]] == s; ++i)
            (labels[order[i]] != 0 ? groupPositives : groupNegatives) += 1;
        walk.step(groupPositives, groupNegatives);
    }
    return walk.result();
}

double auroc(const std::vector<double>& scores, const std::vector<int>& labels) {
    return rankingMetrics(scores, labels).auroc;
}

double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels) {
    return rankingMetrics(scores, labels).ap;
}

double f1Max(const std::vector<double>& scores, const std::vector<int>& labels) {
    return rankingMetrics(scores, labels).f1max;
}

double normalisedAreaUpTo(const std::vector<double>& fpr, const std::vector<double>& pro, double maxFpr) {
    if (fpr.size() != pro.size() || fpr.empty())
        throw std::invalid_argument("PRO curve: fpr and pro must be non-empty and of equal length");
    if (!(maxFpr > 0.0)) throw std::invalid_argument("PRO curve: the FPR limit must be positive");
    if (fpr.back() < maxFpr)
        throw std::invalid_argument("PRO curve ends at FPR " + std::to_string(fpr.back()) + ", before the limit " +
                                    std::to_string(maxFpr));
    double area = 0.0;
    for (std::size_t i = 1; i < fpr.size(); ++i) {
        const double x0 = fpr[i - 1], x1 = fpr[i];
        if (x0 >= maxFpr) break;
        if (x1 <= maxFpr) {
            area += (x1 - x0) * (pro[i - 1] + pro[i]) / 2.0;
            continue;
        }
        const double atLimit = pro[i - 1] + (pro[i] - pro[i - 1]) * (maxFpr - x0) / (x1 - x0);
        area += (maxFpr - x0) * (pro[i - 1] + atLimit) / 2.0;
        break;
    }
    return area / maxFpr;
}

PixelMetricsAccumulator::PixelMetricsAccumulator(int stride) : m_stride(stride) {
    if (m_stride < 1) throw std::invalid_argument("pixel metrics: stride must be at least 1");
}

void PixelMetricsAccumulator::add(const cv::Mat& anomalyMap, const cv::Mat& mask) {
    if (anomalyMap.type() != CV_32FC1 || mask.type() != CV_8UC1)
        throw std::invalid_argument("pixel metrics: expected a CV_32F anomaly map and a CV_8U mask");
    if (anomalyMap.size() != mask.size())
        throw std::invalid_argument("pixel metrics: anomaly map " + std::to_string(anomalyMap.cols) + "x" +
                                    std::to_string(anomalyMap.rows) + " but mask " + std::to_string(mask.cols) + "x" +
                                    std::to_string(mask.rows));
    cv::Mat labels;  // CV_32S, 0 = background, 1..n-1 = this image's regions
    const int components = cv::connectedComponents(mask != 0, labels, 8, CV_32S);
    const auto firstRegion = static_cast<std::int32_t>(m_regionSizes.size());  // global id = firstRegion + local
    m_regionSizes.resize(m_regionSizes.size() + static_cast<std::size_t>(components - 1), 0);

    m_pixels.reserve(m_pixels.size() + static_cast<std::size_t>(((anomalyMap.rows + m_stride - 1) / m_stride) *
                                                                ((anomalyMap.cols + m_stride - 1) / m_stride)));
    for (int y = 0; y < anomalyMap.rows; y += m_stride) {
        const float* s = anomalyMap.ptr<float>(y);
        const std::int32_t* l = labels.ptr<std::int32_t>(y);
        for (int x = 0; x < anomalyMap.cols; x += m_stride) {
            if (!std::isfinite(s[x]))
                throw std::invalid_argument("pixel metrics: the anomaly map holds a non-finite score");
            std::int32_t region = 0;
            if (l[x] > 0) {
                region = firstRegion + l[x];
                ++m_regionSizes[static_cast<std::size_t>(region - 1)];
            }
            m_pixels.push_back({s[x], region});
        }
    }
    // A region the stride skipped entirely has no kept pixel; it cannot enter the overlap mean.
    // Its id stays reserved (size 0) and compute() leaves it out.
}

PixelMetrics PixelMetricsAccumulator::compute(double maxFpr) const {
    std::int64_t positives = 0;
    for (const Pixel& p : m_pixels) positives += p.region > 0;
    const std::int64_t negatives = static_cast<std::int64_t>(m_pixels.size()) - positives;
    RankingWalk walk(positives, negatives);

    std::vector<Pixel> sorted(m_pixels);
    std::sort(sorted.begin(), sorted.end(), [](const Pixel& a, const Pixel& b) { return a.score > b.score; });

    std::int64_t regions = 0;
    std::vector<double> inverseSize(m_regionSizes.size(), 0.0);
    for (std::size_t r = 0; r < m_regionSizes.size(); ++r) {
        if (m_regionSizes[r] > 0) {
            inverseSize[r] = 1.0 / static_cast<double>(m_regionSizes[r]);
            ++regions;
        }
    }

    // The PRO curve: (FPR, mean over regions of the region's share above the threshold), from (0, 0),
    // kept until the first point past maxFpr (needed to interpolate the point at maxFpr).
    std::vector<double> fprCurve{0.0}, proCurve{0.0};
    long double overlapSum = 0.0L;  // sum over regions of the covered share
    for (std::size_t i = 0; i < sorted.size();) {
        std::int64_t groupPositives = 0, groupNegatives = 0;
        const float s = sorted[i].score;
        for (; i < sorted.size() && sorted[i].score == s; ++i) {
            const std::int32_t region = sorted[i].region;
            if (region > 0) {
                ++groupPositives;
                overlapSum += inverseSize[static_cast<std::size_t>(region - 1)];
            } else {
                ++groupNegatives;
            }
        }
        walk.step(groupPositives, groupNegatives);
        if (fprCurve.back() < maxFpr) {
            fprCurve.push_back(static_cast<double>(walk.falsePositives()) / static_cast<double>(negatives));
            proCurve.push_back(static_cast<double>(overlapSum / static_cast<long double>(regions)));
        }
    }

    PixelMetrics m;
    m.ranking = walk.result();
    m.pixels = static_cast<std::int64_t>(m_pixels.size());
    m.regions = regions;
    m.stride = m_stride;
    m.pro = normalisedAreaUpTo(fprCurve, proCurve, maxFpr);
    return m;
}

int pixelStride(std::int64_t pixels, std::int64_t maxPixels) {
    int stride = 1;
    while (pixels / (static_cast<std::int64_t>(stride) * stride) > maxPixels) ++stride;
    return stride;
}

}  // namespace dmad::eval
