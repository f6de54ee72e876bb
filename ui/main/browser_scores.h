// The active model's scores and the thresholds in force per category: what makes the browser's OK / NG.
#pragma once

#include <QHash>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

struct BrowserScores {
    QHash<qint64, double> scores;      // image id -> score; empty without an active model
    QHash<qint64, double> thresholds;  // category id -> threshold in force (core/project/verdict.h)
};

// Throws ProjectError when the database cannot answer.
BrowserScores readBrowserScores(project::ProjectStore& store, double defaultThreshold);

}  // namespace dmad::ui
