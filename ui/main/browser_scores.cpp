#include "ui/main/browser_scores.h"

#include "project/category_repository.h"
#include "project/model_repository.h"
#include "project/score_repository.h"
#include "project/verdict.h"

namespace dmad::ui {

BrowserScores readBrowserScores(project::ProjectStore& store, double defaultThreshold) {
    BrowserScores read;
    const auto model = project::ModelRepository(store).active();
    if (!model) return read;
    const project::ScoreRepository scores(store);
    read.scores = scores.forModel(model->id);
    for (const project::Category& category : project::CategoryRepository(store).all()) {
        read.thresholds.insert(category.id,
                               project::thresholdInForce(scores, category.id, model->id, defaultThreshold).value);
    }
    return read;
}

}  // namespace dmad::ui
