// Image anomaly scores per model, and the per-category thresholds that turn a score into OK / NG.
#pragma once

#include <QHash>
#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

struct ImageScore {
    qint64 imageId = 0;
    double score = 0.0;
};

class ScoreRepository {
public:
    explicit ScoreRepository(ProjectStore& store) : m_store(store) {}

    // Replaces earlier scores of the same model and image; all or nothing.
    void put(qint64 modelId, const QVector<ImageScore>& scores);
    QHash<qint64, double> forModel(qint64 modelId) const;  // image id -> score
    std::optional<double> score(qint64 modelId, qint64 imageId) const;

    void setThreshold(qint64 categoryId, qint64 modelId, double threshold);
    std::optional<double> threshold(qint64 categoryId, qint64 modelId) const;

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
