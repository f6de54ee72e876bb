// The normal memory bank M_n: a coreset of all normal patch features of all categories.
#pragma once

#include "engine/engine_config.h"
#include "engine/method/coreset.h"
#include "engine/method/nearest_neighbour.h"
#include "engine/method/progress_tick.h"

#include <torch/torch.h>

namespace dmad::method {

class NormalBank {
public:
    NormalBank() = default;
    explicit NormalBank(SearchIndex index) : m_index(std::move(index)) {}

    // patches [M, C], sources [M] int64 (image of each patch) -> M_n = Coreset(patches), keeping
    // banks.normalCoresetRatio of them. cover (optional): each patch's nearest row of M_n, when the coreset
    // is exact (see greedyCoreset); M_n's rows are in the chosen order, so its positions are M_n's rows.
    static NormalBank build(const torch::Tensor& patches, const torch::Tensor& sources, const BankConfig& banks,
                            std::uint64_t seed, const Tick& progress = {}, CoresetCover* cover = nullptr);

    // queries [m, C] = the patches from row `first` on of those build() covered, sources [m] -> each one's
    // nearest row of M_n from another image. Where the cover's nearest row is from another image it is the
    // answer (the exclusion cannot move a minimum it does not exclude); only the rest are searched. Without
    // a cover, all are searched.
    Neighbours nearestFromOtherImages(const torch::Tensor& queries, const torch::Tensor& sources,
                                      const CoresetCover& cover, std::int64_t first) const;

    std::int64_t size() const { return m_index.size(); }
    const SearchIndex& index() const { return m_index; }
    const torch::Tensor& features() const { return m_index.rows(); }  // [K, C]

private:
    SearchIndex m_index;
};

}  // namespace dmad::method
