// One category's scores under one model, split by label, with the figures of core/evaluation and the OK / NG counts.
#pragma once

#include "evaluation/metrics.h"
#include "project/verdict.h"

#include <QString>
#include <optional>
#include <vector>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

// The figures (AUROC, AP, F1max, ROC / PR) use the LABELLED TEST images only: training images sit in
// the normal memory bank and would score unfairly low. The OK / NG counts cover every image of the
// category the model scored, as the review queue shows them.
struct CategoryAnalysis {
    qint64 categoryId = 0;
    QString categoryName;
    qint64 modelId = 0;
    int modelVersion = 0;
    double threshold = 0.0;  // the threshold in force (core/project/verdict.h) and where it comes from
    project::ThresholdOrigin thresholdOrigin = project::ThresholdOrigin::Default;

    std::vector<double> normalTestScores;     // labelled normal, test split
    std::vector<double> defectiveTestScores;  // labelled defective, test split
    std::vector<double> allScores;            // every scored image of the category

    std::optional<eval::RankingMetrics> ranking;  // nullopt when a class is missing
    QString rankingNote;                          // why ranking is missing

    int testCount() const { return static_cast<int>(normalTestScores.size() + defectiveTestScores.size()); }
    int ngCount(double threshold) const;  // score >= threshold
    int okCount(double threshold) const;
    // Labelled test images on the wrong side of the threshold.
    int missedDefects(double threshold) const;  // defective, called OK
    int falseAlarms(double threshold) const;    // normal, called NG

    // The test scores in one list with their labels (true = defective), for the ROC / PR plot.
    std::vector<double> testScores() const;
    std::vector<bool> testLabels() const;
};

// Throws ProjectError when the database cannot be read or the category or model does not exist.
CategoryAnalysis analyseCategory(project::ProjectStore& store, qint64 categoryId, qint64 modelId,
                                 double fallbackThreshold);

}  // namespace dmad::ui
