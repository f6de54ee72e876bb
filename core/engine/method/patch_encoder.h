// PatchCore-style aggregation of the two backbone maps into patch features q (N x C).
#pragma once

#include "engine/engine_config.h"

#include <torch/torch.h>

namespace dmad::method {

// C of the aggregated features for given channel counts: c8 + c16 (+ c4), capped at maxFeatureDim.
int aggregatedDim(int channelsStride8, int channelsStride16, int maxFeatureDim, int channelsStride4 = 0);

// The channels the stride-4 map of c4 channels adds to each patch: c4, or 4 c4 when its cells are kept.
int strideFourChannels(int channelsStride4, StrideFourCells cells);

// map8 [B, c8, h, w], map16 [B, c16, h', w'] -> q [B, h*w, C], rows in row-major grid order.
// Each map is averaged over its 3x3 neighbourhood (features.pooling says how the border counts), map16 is
// resized bilinearly to h x w, the two are concatenated; above features.maxFeatureDim the channels are
// reduced by adaptive average pooling. map4 [B, c4, 2h, 2w] (optional): pooled 3x3 like the others, then
// each stride-8 cell's 2x2 stride-4 cells averaged (c4 channels) or kept side by side (4 c4 channels,
// features.strideFourCells), appended after map16's channels.
torch::Tensor aggregatePatches(const torch::Tensor& map8, const torch::Tensor& map16, const FeatureConfig& features,
                               const torch::Tensor& map4 = {});

}  // namespace dmad::method
