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

// The threshold in force for a category and model, and whether a supervisor set it.
struct CategoryThreshold {
    enum class Source { Supervisor, Suggested };
    double value = 0.0;
    Source source = Source::Supervisor;
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
    // The threshold a category gets until a supervisor sets one: the highest score the model gives an
    // image of the category labelled normal (train split first, the images the model learned as
    // normal; the test split's only when the train split has none), so every known-normal image is
    // OK. None while the model has scored no normal image of the category.
    std::optional<double> suggestedThreshold(qint64 categoryId, qint64 modelId) const;
    // The supervisor's threshold, else the suggested one; none when neither exists.
    std::optional<CategoryThreshold> categoryThreshold(qint64 categoryId, qint64 modelId) const;

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
