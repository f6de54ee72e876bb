// The PatchCore baseline's scoring: a patch's score is its L2 distance to the nearest row of the normal bank.
#pragma once

#include "engine/image_score.h"
#include "engine/method/nearest_neighbour.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace dmad::method {

// q [N, C] -> [N] distances to the bank's nearest rows.
torch::Tensor patchCoreScores(const torch::Tensor& q, const SearchIndex& normalBank);

// q [N, C] on a gridHeight x gridWidth grid -> PatchCore's image score, its largest patch distance (whatever
// top-k DMAD's own score uses), and its map smoothed with PatchCore's sigma (whatever DMAD's maps use).
// imageSize empty: no map. Throws EngineError(NonFinite) when a distance is NaN or infinite.
ImageScore patchCoreImageScore(const torch::Tensor& q, int gridHeight, int gridWidth, const SearchIndex& normalBank,
                               cv::Size imageSize);

}  // namespace dmad::method
