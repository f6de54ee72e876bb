// Coreset selection: PatchCore's approximate greedy k-center on randomly projected features.
#pragma once

#include "engine/method/progress_tick.h"

#include <cstdint>
#include <torch/torch.h>

namespace dmad::method {

struct CoresetOptions {
    int projectionDim = 128;                 // features wider than this are projected (Johnson-Lindenstrauss)
    std::int64_t maxCandidates = 400000;     // above this, a seeded random subset competes
    std::uint64_t seed = 0;
};

// features [M, C] (any device) -> indices [k] int64 (CPU) of the chosen rows, k <= min(M, candidates).
// Each step takes the candidate farthest from everything chosen so far.
torch::Tensor greedyCoreset(const torch::Tensor& features, std::int64_t k, const CoresetOptions& options,
                            const Tick& progress = {});

// k for a ratio of M rows: at least 1 when M > 0.
std::int64_t coresetSize(std::int64_t rows, double ratio);

}  // namespace dmad::method
