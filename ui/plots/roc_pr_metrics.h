// ROC and precision-recall curves, AUROC and average precision of scores against binary labels, with tied scores handled.
#pragma once

#include <vector>

namespace dmad::ui {

// Conventions: a higher score means "more defective"; label true = defective (positive).
// Tied scores form ONE threshold: they enter the ranking together, so a tie between a positive
// and a negative counts half in the AUROC (a diagonal ROC segment) and precision is taken after
// the whole tie. With no positive or no negative sample the figures are undefined (NaN). Samples
// with a NaN score are left out.

struct CurvePoint {
    double x = 0.0;
    double y = 0.0;
};

// The confusion counts when everything scoring >= threshold is called defective.
struct OperatingPoint {
    double threshold = 0.0;
    int truePositives = 0;
    int falsePositives = 0;
    int positives = 0;
    int negatives = 0;

    double truePositiveRate() const;   // recall; NaN without positives
    double falsePositiveRate() const;  // NaN without negatives
    double precision() const;          // 1 when nothing is called defective
};

// One operating point per distinct score, from the highest score down (cumulative counts).
std::vector<OperatingPoint> operatingPoints(const std::vector<double>& scores, const std::vector<bool>& labels);

// Counts at an arbitrary threshold (score >= threshold is defective).
OperatingPoint operatingPointAt(const std::vector<double>& scores, const std::vector<bool>& labels, double threshold);

// (FPR, TPR) from (0, 0) to (1, 1); empty when undefined.
std::vector<CurvePoint> rocCurve(const std::vector<double>& scores, const std::vector<bool>& labels);
// (recall, precision), one point per distinct score; empty when there is no positive.
std::vector<CurvePoint> precisionRecallCurve(const std::vector<double>& scores, const std::vector<bool>& labels);

// AUROC and AP (the figures in the titles): core/evaluation's rankingMetrics() over the samples with a
// finite score, the one implementation the training dock, the analysis panel and the evaluation
// protocol share; NaN where they are undefined (a class missing, sizes that differ).
struct RankingFigures {
    double auroc = 0.0;
    double ap = 0.0;
};
RankingFigures rankingFigures(const std::vector<double>& scores, const std::vector<bool>& labels);

}  // namespace dmad::ui
