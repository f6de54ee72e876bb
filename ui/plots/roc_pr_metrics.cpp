#include "ui/plots/roc_pr_metrics.h"

#include "evaluation/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace dmad::ui {
namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

struct Totals {
    int positives = 0;
    int negatives = 0;
};

Totals countLabels(const std::vector<double>& scores, const std::vector<bool>& labels) {
    Totals totals;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (!std::isnan(scores[i])) (labels[i] ? totals.positives : totals.negatives) += 1;
    }
    return totals;
}

bool usable(const std::vector<double>& scores, const std::vector<bool>& labels) {
    return scores.size() == labels.size() && !scores.empty();
}

}  // namespace

double OperatingPoint::truePositiveRate() const {
    return positives > 0 ? static_cast<double>(truePositives) / positives : kUndefined;
}

double OperatingPoint::falsePositiveRate() const {
    return negatives > 0 ? static_cast<double>(falsePositives) / negatives : kUndefined;
}

double OperatingPoint::precision() const {
    const int called = truePositives + falsePositives;
    return called > 0 ? static_cast<double>(truePositives) / called : 1.0;
}

std::vector<OperatingPoint> operatingPoints(const std::vector<double>& scores, const std::vector<bool>& labels) {
    if (!usable(scores, labels)) return {};
    std::vector<size_t> order;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!std::isnan(scores[i])) order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });

    const Totals totals = countLabels(scores, labels);
    std::vector<OperatingPoint> points;
    OperatingPoint running;
    running.positives = totals.positives;
    running.negatives = totals.negatives;
    for (size_t i = 0; i < order.size(); ++i) {
        const size_t sample = order[i];
        (labels[sample] ? running.truePositives : running.falsePositives) += 1;
        const bool lastOfTie = i + 1 == order.size() || scores[order[i + 1]] != scores[sample];
        if (!lastOfTie) continue;
        running.threshold = scores[sample];
        points.push_back(running);
    }
    return points;
}

OperatingPoint operatingPointAt(const std::vector<double>& scores, const std::vector<bool>& labels, double threshold) {
    OperatingPoint point;
    point.threshold = threshold;
    if (scores.size() != labels.size()) return point;
    const Totals totals = countLabels(scores, labels);
    point.positives = totals.positives;
    point.negatives = totals.negatives;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (scores[i] >= threshold) (labels[i] ? point.truePositives : point.falsePositives) += 1;
    }
    return point;
}

std::vector<CurvePoint> rocCurve(const std::vector<double>& scores, const std::vector<bool>& labels) {
    const std::vector<OperatingPoint> points = operatingPoints(scores, labels);
    if (points.empty() || points.front().positives == 0 || points.front().negatives == 0) return {};
    std::vector<CurvePoint> curve{{0.0, 0.0}};
    for (const OperatingPoint& p : points) curve.push_back({p.falsePositiveRate(), p.truePositiveRate()});
    return curve;
}

std::vector<CurvePoint> precisionRecallCurve(const std::vector<double>& scores, const std::vector<bool>& labels) {
    const std::vector<OperatingPoint> points = operatingPoints(scores, labels);
    if (points.empty() || points.front().positives == 0) return {};
    std::vector<CurvePoint> curve;
    for (const OperatingPoint& p : points) curve.push_back({p.truePositiveRate(), p.precision()});
    return curve;
}

RankingFigures rankingFigures(const std::vector<double>& scores, const std::vector<bool>& labels) {
    if (scores.size() != labels.size()) return {kUndefined, kUndefined};
    std::vector<double> finiteScores;
    std::vector<int> finiteLabels;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!std::isfinite(scores[i])) continue;
        finiteScores.push_back(scores[i]);
        finiteLabels.push_back(labels[i] ? 1 : 0);
    }
    try {
        const eval::RankingMetrics metrics = eval::rankingMetrics(finiteScores, finiteLabels);
        return {metrics.auroc, metrics.ap};
    } catch (const std::invalid_argument&) {
        return {kUndefined, kUndefined};  // one class only: undefined
    }
}

}  // namespace dmad::ui
