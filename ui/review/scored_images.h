// The images a model has scored, each with its score: what the review queue and the analysis panel show.
#pragma once

#include "project/project_types.h"

#include <QVector>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

struct ScoredImage {
    project::ImageRecord image;
    double score = 0.0;
};

// Highest score first; images the model has not scored are left out. Throws ProjectError.
QVector<ScoredImage> loadScoredImages(project::ProjectStore& store, qint64 modelId);

}  // namespace dmad::ui
