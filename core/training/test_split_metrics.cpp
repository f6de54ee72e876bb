#include "training/test_split_metrics.h"

#include "evaluation/metrics.h"

#include <QMap>
#include <vector>

namespace dmad::training {
namespace {

struct Ranking {
    std::vector<double> scores;
    std::vector<int> labels;
    int normal = 0;
    int defective = 0;
};

}  // namespace

QJsonObject testSplitMetrics(const QVector<ProjectImage>& images, const QHash<qint64, double>& scores) {
    QMap<QString, Ranking> byCategory;
    for (const ProjectImage& image : images) {
        if (image.split != project::Split::Test || image.status == project::ImageStatus::Unlabelled) continue;
        const auto score = scores.constFind(image.id);
        if (score == scores.cend()) continue;
        Ranking& r = byCategory[image.category];
        const bool defective = image.status == project::ImageStatus::Defective;
        r.scores.push_back(*score);
        r.labels.push_back(defective ? 1 : 0);
        (defective ? r.defective : r.normal) += 1;
    }
    QJsonObject categories;
    double aurocSum = 0.0, apSum = 0.0;
    int measured = 0;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        QJsonObject entry{{QStringLiteral("normal"), it->normal}, {QStringLiteral("defective"), it->defective}};
        if (it->normal > 0 && it->defective > 0) {
            const eval::RankingMetrics m = eval::rankingMetrics(it->scores, it->labels);
            entry.insert(QStringLiteral("auroc"), m.auroc);
            entry.insert(QStringLiteral("ap"), m.ap);
            entry.insert(QStringLiteral("f1max"), m.f1max);
            aurocSum += m.auroc;
            apSum += m.ap;
            ++measured;
        }
        categories.insert(it.key(), entry);
    }
    QJsonObject result{{QStringLiteral("categories"), categories}, {QStringLiteral("measuredCategories"), measured}};
    if (measured > 0) {
        result.insert(QStringLiteral("meanAuroc"), aurocSum / measured);
        result.insert(QStringLiteral("meanAp"), apSum / measured);
    }
    return result;
}

}  // namespace dmad::training
