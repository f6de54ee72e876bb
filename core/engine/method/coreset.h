// Coreset selection: PatchCore's greedy k-center (farthest-point sampling), exact and fast by default.
#pragma once

#include "engine/method/progress_tick.h"

#include <cstdint>
#include <torch/torch.h>

namespace dmad::method {

struct CoresetOptions {
    int projectionDim = 0;           // > 0 and below C: rows are randomly projected first (approximate)
    std::int64_t maxCandidates = 0;  // > 0 and below M: only a seeded random subset competes (approximate)
    std::uint64_t seed = 0;          // the first centre, the subset and the projection
};

// Every row's nearest chosen row: the greedy finds it on the way, so a caller that needs the rows' nearest
// neighbours in the coreset (M_n's own training images) does not search for them again.
struct CoresetCover {
    torch::Tensor nearest;          // [M] int64 (CPU): position in the chosen order, the earliest among equals
    torch::Tensor squaredDistance;  // [M] float (CPU): its exact squared L2 distance
    bool defined() const { return nearest.defined(); }
};

// features [M, C] (any device) -> indices [k] int64 (CPU) of the chosen rows, k <= min(M, candidates), in
// the order chosen. The first row is drawn with the seed; each further step takes the row farthest (L2)
// from everything chosen so far, the lowest index among equals: the rows the textbook greedy chooses,
// computed in batches of steps. cover (optional) receives every row's nearest chosen row when the greedy is
// exact (no projection, all rows candidates); otherwise it is left empty.
torch::Tensor greedyCoreset(const torch::Tensor& features, std::int64_t k, const CoresetOptions& options,
                            const Tick& progress = {}, CoresetCover* cover = nullptr);

// The textbook greedy, one full pass over all rows per step: the reference the fast one is tested against.
torch::Tensor greedyCoresetReference(const torch::Tensor& features, std::int64_t k, std::uint64_t seed);

// k for a ratio of M rows: at least 1 when M > 0.
std::int64_t coresetSize(std::int64_t rows, double ratio);

}  // namespace dmad::method
