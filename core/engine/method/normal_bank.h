// The normal memory bank M_n: a coreset of all normal patch features of all categories.
#pragma once

#include "engine/engine_config.h"
#include "engine/method/coreset.h"
#include "engine/method/nearest_neighbour.h"
#include "engine/method/progress_tick.h"

#include <torch/torch.h>

namespace dmad::method {

// distances [...] to M_n rows [...] -> each divided by its row's scale [K] (NormalBank::neighbourhoodScales);
// unchanged when scales is undefined.
torch::Tensor inRowUnits(const torch::Tensor& distances, const torch::Tensor& rows, const torch::Tensor& scales);

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

    // heldOut = the normal training patches' nearest rows from other images (nearestFromOtherImages) -> each
    // row's neighbourhood scale [K] float: the mean held-out distance of the patches it is nearest to, over the
    // mean of all, shrunk toward 1 with the weight of kScalePriorPatches patches (a row few patches reach says
    // little about its region). 1 everywhere = one global scale.
    torch::Tensor neighbourhoodScales(const Neighbours& heldOut) const;
    static constexpr double kScalePriorPatches = 16.0;
    // imageScales [In]: each normal image's scale (its category's, groupNoiseScales) -> each row's scale [K]
    // float: that of the image the row came from.
    torch::Tensor categoryScales(const torch::Tensor& imageScales) const;

    // The scales d_n is divided by (ScoreConfig::localNormalScale); undefined: none recorded.
    const torch::Tensor& rowScales() const { return m_rowScales; }
    void setRowScales(torch::Tensor scales) { m_rowScales = std::move(scales); }
    // distances [M] to rows [M] of M_n -> in those rows' own units [M] (unchanged without row scales).
    torch::Tensor inOwnUnits(const torch::Tensor& distances, const torch::Tensor& rows) const {
        return inRowUnits(distances, rows, m_rowScales);
    }

    std::int64_t size() const { return m_index.size(); }
    const SearchIndex& index() const { return m_index; }
    const torch::Tensor& features() const { return m_index.rows(); }  // [K, C]

private:
    SearchIndex m_index;
    torch::Tensor m_rowScales;  // [K] float or undefined
};

}  // namespace dmad::method
