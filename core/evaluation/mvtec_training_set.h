// A unified TrainingSet from MVTec-layout categories: all normal images, optional k seen anomalies each, outliers.
#pragma once

#include "engine/dmad_trainer.h"
#include "evaluation/mvtec_dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dmad::eval {

// Every category's training normals; with shots > 0, k anomalies with masks per category that has
// masks, drawn as the protocol draws them (splitKShot), masks read at their image's size; outliers
// from outlierDir (recursively). Throws DatasetError (no outliers, too few anomalies) and
// EngineError (unreadable image, mask of another size).
TrainingSet buildTrainingSet(const std::vector<CategoryDataset>& categories, const std::string& outlierDir, int shots,
                             std::uint64_t seed);

// An anomaly given by hand: the mask is read at the image's size; an empty maskPath gives an
// image-level-only anomaly (the trainer then takes its most anomalous patches).
SeenAnomaly readSeenAnomaly(const std::string& imagePath, const std::string& maskPath, const std::string& category);

}  // namespace dmad::eval
