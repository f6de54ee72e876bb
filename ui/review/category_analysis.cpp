#include "ui/review/category_analysis.h"

#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/score_repository.h"
#include "ui/review/verdict.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace dmad::ui {
namespace {

int countNg(const std::vector<double>& scores, double threshold) {
    return static_cast<int>(std::count_if(scores.begin(), scores.end(),
                                          [threshold](double s) { return verdictOf(s, threshold) == Verdict::Ng; }));
}

QString categoryName(project::ProjectStore& store, qint64 categoryId) {
    for (const project::Category& category : project::CategoryRepository(store).all()) {
        if (category.id == categoryId) return category.name;
    }
    throw project::ProjectError(
        project::ProjectError::Kind::InvalidInput,
        QCoreApplication::translate("dmad::ui::CategoryAnalysis", "There is no category %1").arg(categoryId));
}

}  // namespace

int CategoryAnalysis::ngCount(double at) const {
    return countNg(allScores, at);
}

int CategoryAnalysis::okCount(double at) const {
    return static_cast<int>(allScores.size()) - ngCount(at);
}

int CategoryAnalysis::missedDefects(double at) const {
    return static_cast<int>(defectiveTestScores.size()) - countNg(defectiveTestScores, at);
}

int CategoryAnalysis::falseAlarms(double at) const {
    return countNg(normalTestScores, at);
}

std::vector<double> CategoryAnalysis::testScores() const {
    std::vector<double> scores = normalTestScores;
    scores.insert(scores.end(), defectiveTestScores.begin(), defectiveTestScores.end());
    return scores;
}

std::vector<bool> CategoryAnalysis::testLabels() const {
    std::vector<bool> labels(normalTestScores.size(), false);
    labels.resize(normalTestScores.size() + defectiveTestScores.size(), true);
    return labels;
}

CategoryAnalysis analyseCategory(project::ProjectStore& store, qint64 categoryId, qint64 modelId,
                                 double fallbackThreshold) {
    const auto model = project::ModelRepository(store).byId(modelId);
    if (!model) {
        throw project::ProjectError(
            project::ProjectError::Kind::InvalidInput,
            QCoreApplication::translate("dmad::ui::CategoryAnalysis", "There is no model %1").arg(modelId));
    }
    const project::ScoreRepository scoreRepository(store);
    CategoryAnalysis analysis;
    analysis.categoryId = categoryId;
    analysis.categoryName = categoryName(store, categoryId);
    analysis.modelId = modelId;
    analysis.modelVersion = model->version;
    const project::ThresholdInForce inForce =
        project::thresholdInForce(scoreRepository, categoryId, modelId, fallbackThreshold);
    analysis.threshold = inForce.value;
    analysis.thresholdOrigin = inForce.origin;

    const QHash<qint64, double> scores = scoreRepository.forModel(modelId);
    for (const project::ImageRecord& image : project::ImageRepository(store).inCategory(categoryId)) {
        const auto found = scores.constFind(image.id);
        if (found == scores.constEnd()) continue;
        analysis.allScores.push_back(found.value());
        if (image.split != project::Split::Test) continue;
        if (image.status == project::ImageStatus::Normal)
            analysis.normalTestScores.push_back(found.value());
        else if (image.status == project::ImageStatus::Defective)
            analysis.defectiveTestScores.push_back(found.value());
    }

    std::vector<int> labels(analysis.normalTestScores.size(), 0);
    labels.resize(analysis.testCount(), 1);
    try {
        analysis.ranking = eval::rankingMetrics(analysis.testScores(), labels);
    } catch (const std::invalid_argument&) {
        analysis.rankingNote =
            QCoreApplication::translate("dmad::ui::CategoryAnalysis",
                                        "AUROC, AP and F1max need labelled test images of both kinds "
                                        "(here %1 normal, %2 defective).")
                .arg(analysis.normalTestScores.size())
                .arg(analysis.defectiveTestScores.size());
    }
    return analysis;
}

}  // namespace dmad::ui
