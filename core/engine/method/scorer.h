// From patch scores to what a user sees: the image score (mean of the top-k) and the smoothed pixel map.
#pragma once

#include "engine/engine_config.h"
#include "engine/image_score.h"

#include <torch/torch.h>

namespace dmad::method {

// patchScores [N] (any device), row-major on a gridHeight x gridWidth grid. imageSize empty: no map.
// The map is the grid upsampled bilinearly to imageSize, then Gaussian-smoothed with
// sigma = sigmaAt256 * max(width, height) / 256. Above kMaxMapSide pixels on the long side this is done at a
// size scaled down to kMaxMapSide and the result is scaled up to imageSize (bounded time and memory).
constexpr int kMaxMapSide = 2048;

ImageScore scorePatches(const torch::Tensor& patchScores, int gridHeight, int gridWidth, cv::Size imageSize,
                        const ScoreConfig& scoring);

}  // namespace dmad::method
