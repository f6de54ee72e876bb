#include "ui/review/scored_images.h"

#include "project/image_repository.h"
#include "project/score_repository.h"

#include <algorithm>

namespace dmad::ui {

QVector<ScoredImage> loadScoredImages(project::ProjectStore& store, qint64 modelId) {
    const QHash<qint64, double> scores = project::ScoreRepository(store).forModel(modelId);
    QVector<ScoredImage> scored;
    scored.reserve(scores.size());
    for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
        const auto found = scores.constFind(image.id);
        if (found != scores.constEnd()) scored.push_back({image, found.value()});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const ScoredImage& a, const ScoredImage& b) { return a.score > b.score; });
    return scored;
}

}  // namespace dmad::ui
