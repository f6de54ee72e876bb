// Per-category image AUROC / AP / F1max of a model on the project's labelled test images, as JSON.
#pragma once

#include "training/training_set_builder.h"

#include <QHash>
#include <QJsonObject>

namespace dmad::training {

// Only test-split images labelled normal or defective count (the train split trained the model).
// A category needs both classes to be measured; the others are listed with their counts only.
// {"categories": {"<name>": {"normal": n, "defective": d, "auroc": .., "ap": .., "f1max": ..}},
//  "measuredCategories": k, "meanAuroc": .., "meanAp": ..}   (means only when k > 0)
QJsonObject testSplitMetrics(const QVector<ProjectImage>& images, const QHash<qint64, double>& scores);

}  // namespace dmad::training
