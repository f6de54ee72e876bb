// The PatchCore baseline on the same features: a patch's score is its L2 distance to the nearest row of M_n.
#pragma once

#include "engine/method/nearest_neighbour.h"

#include <torch/torch.h>

namespace dmad::method {

// q [N, C] -> [N] distances to M_n.
torch::Tensor patchCoreScores(const torch::Tensor& q, const SearchIndex& normalBank);

}  // namespace dmad::method
