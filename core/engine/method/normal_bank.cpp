#include "engine/method/normal_bank.h"

#include "engine/engine_error.h"
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

torch::Tensor NormalBank::neighbourhoodScales(const Neighbours& heldOut) const {
    torch::NoGradGuard noGrad;
    const std::int64_t k = size();
    const auto device = m_index.rows().device();
    const torch::Tensor d = heldOut.distances.to(device, torch::kDouble).reshape({-1});  // [M]
    const torch::Tensor rows = heldOut.indices.to(device).reshape({-1});                 // [M]
    if (k == 0) return torch::ones({0}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    const double mean = d.numel() > 0 ? d.mean().item<double>() : 0.0;
    if (!(mean > 0)) return torch::ones({k}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    const auto options = torch::TensorOptions().dtype(torch::kDouble).device(device);
    const torch::Tensor sums = torch::zeros({k}, options).index_add_(0, rows, d);                      // [K]
    const torch::Tensor counts = torch::zeros({k}, options).index_add_(0, rows, torch::ones_like(d));  // [K]
    const torch::Tensor shrunk = (sums + kScalePriorPatches * mean) / (counts + kScalePriorPatches);
    return (shrunk / mean).to(torch::kFloat);
}

torch::Tensor NormalBank::categoryScales(const torch::Tensor& imageScales) const {
    const torch::Tensor& sources = m_index.sources();  // [K] int64: the normal image of each row
    if (!sources.defined() || sources.numel() != size())
        throw EngineError(EngineError::Kind::InvalidArgument, "Category scales: the bank does not name its images.");
    const torch::Tensor scales = imageScales.to(sources.device(), torch::kFloat);  // [In]
    if (size() > 0 && (sources.min().item<std::int64_t>() < 0 || sources.max().item<std::int64_t>() >= scales.size(0)))
        throw EngineError(EngineError::Kind::InvalidArgument, "Category scales: a row's image has no scale.");
    return scales.index_select(0, sources);  // [K]
}

torch::Tensor inRowUnits(const torch::Tensor& distances, const torch::Tensor& rows, const torch::Tensor& scales) {
    if (!scales.defined()) return distances;
    return distances / scales.index_select(0, rows.reshape({-1}).to(scales.device())).reshape(distances.sizes());
}

}  // namespace dmad::method
