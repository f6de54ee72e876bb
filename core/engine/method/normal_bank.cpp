#include "engine/method/normal_bank.h"

#include "engine/method/coreset.h"

namespace dmad::method {

NormalBank NormalBank::build(const torch::Tensor& patches, const torch::Tensor& sources, const BankConfig& banks,
                             std::uint64_t seed, const Tick& progress, CoresetCover* cover) {
    CoresetOptions options;
    options.projectionDim = banks.coresetProjectionDim;
    options.maxCandidates = banks.coresetMaxCandidates;
    options.seed = seed;
    const torch::Tensor chosen = greedyCoreset(patches, coresetSize(patches.size(0), banks.normalCoresetRatio), options,
                                               progress, cover);  // [K]
    const torch::Tensor onDevice = chosen.to(patches.device());
    return NormalBank(
        SearchIndex(patches.index_select(0, onDevice), sources.to(patches.device()).index_select(0, onDevice)));
}

Neighbours NormalBank::nearestFromOtherImages(const torch::Tensor& queries, const torch::Tensor& sources,
                                              const CoresetCover& cover, std::int64_t first) const {
    if (!cover.defined()) return m_index.search(queries, sources);
    const std::int64_t m = queries.size(0);
    const auto device = m_index.rows().device();
    const torch::Tensor q = queries.to(device), qs = sources.to(device);
    const torch::Tensor nearest = cover.nearest.slice(0, first, first + m).to(device);  // [m]
    const torch::Tensor own = m_index.sources().index_select(0, nearest) == qs;
    Neighbours out{cover.squaredDistance.slice(0, first, first + m).to(device).clamp_min(0).sqrt(), nearest.clone()};
    const torch::Tensor rows = own.nonzero().squeeze(1);  // [r]
    if (rows.numel() == 0) return out;
    const Neighbours found = m_index.search(q.index_select(0, rows), qs.index_select(0, rows));
    out.distances.index_copy_(0, rows, found.distances);
    out.indices.index_copy_(0, rows, found.indices);
    return out;
}

}  // namespace dmad::method
