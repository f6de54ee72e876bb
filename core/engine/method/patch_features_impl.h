// The tensor behind PatchFeatures: q in R^{N x C} on the engine device, with its grid.
#pragma once

#include "engine/patch_features.h"

#include <string>
#include <torch/torch.h>

namespace dmad {

struct PatchFeatures::Impl {
    torch::Tensor q;  // [N, C] float, engine device
    int gridHeight = 0;
    int gridWidth = 0;
    std::string contentKey;  // the feature cache's key of the image file; empty when not read from a file
};

namespace method {

PatchFeatures makePatchFeatures(torch::Tensor q, int gridHeight, int gridWidth, std::string contentKey = {});
// Throws EngineError(InvalidArgument) for empty features.
const torch::Tensor& tensorOf(const PatchFeatures& features);

}  // namespace method
}  // namespace dmad
