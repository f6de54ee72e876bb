#include "engine/method/normal_bank.h"

#include "engine/method/coreset.h"

namespace dmad::method {

NormalBank NormalBank::build(const torch::Tensor& patches, const torch::Tensor& sources, const BankConfig& banks,
                             std::uint64_t seed, const Tick& progress) {
    CoresetOptions options;
    options.projectionDim = banks.coresetProjectionDim;
    options.maxCandidates = banks.coresetMaxCandidates;
    options.seed = seed;
    const torch::Tensor chosen =
        greedyCoreset(patches, coresetSize(patches.size(0), banks.normalCoresetRatio), options, progress);  // [K]
    const torch::Tensor onDevice = chosen.to(patches.device());
    return NormalBank(
        SearchIndex(patches.index_select(0, onDevice), sources.to(patches.device()).index_select(0, onDevice)));
}

}  // namespace dmad::method
