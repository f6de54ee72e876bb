// PatchCore-style aggregation of the two backbone maps into patch features q (N x C).
#pragma once

#include "engine/engine_config.h"

#include <torch/torch.h>

namespace dmad::method {

// C of the aggregated features for given channel counts: c8 + c16, capped at maxFeatureDim.
int aggregatedDim(int channelsStride8, int channelsStride16, int maxFeatureDim);

// map8 [B, c8, h, w], map16 [B, c16, h', w'] -> q [B, h*w, C], rows in row-major grid order.
// Each map is averaged over its 3x3 neighbourhood (features.pooling says how the border counts), map16 is
// resized bilinearly to h x w, the two are concatenated; above features.maxFeatureDim the channels are
// reduced by adaptive average pooling.
torch::Tensor aggregatePatches(const torch::Tensor& map8, const torch::Tensor& map16, const FeatureConfig& features);

}  // namespace dmad::method
