// The abnormal memory bank M_a = M_o (pseudo) U M_as (seen, through the Filter) U M_p (centre samples).
#pragma once

#include "engine/engine_config.h"
#include "engine/method/nearest_neighbour.h"
#include "engine/method/progress_tick.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace dmad::method {

// Pseudo anomaly of Eq. 4 before the coreset: beta F(x_o) + (1 - beta) F(x_n), both [N, C].
torch::Tensor fusePseudoAnomaly(const torch::Tensor& outlier, const torch::Tensor& normal, double beta);

// The Filter: mask (CV_8U, non-zero = defect, any size) scaled bilinearly to the feature grid; the
// indices [Nf] int64 of the patches whose value reaches threshold. A non-empty mask whose defect is
// smaller than a patch still yields its strongest patch, so a labelled defect is never lost.
// relativeToPeak: the threshold is a share of the best-covered patch's value instead of an absolute coverage.
torch::Tensor filterAnomalousPatches(const cv::Mat& mask, int gridHeight, int gridWidth, double threshold,
                                     bool relativeToPeak = false);

class AbnormalBank {
public:
    // M_o: rows [K, C] already reduced by a coreset; sources name the normal image each was fused with.
    void setPseudo(torch::Tensor rows, torch::Tensor sources);
    // Builds M_o from fused patches [M, C] (sources [M]) by coreset.
    void buildPseudo(const torch::Tensor& fused, const torch::Tensor& sources, const BankConfig& banks,
                     std::uint64_t seed, const Tick& progress = {});
    // M_as grows by one image's filtered patches [Nf, C].
    void addSeen(const torch::Tensor& filtered, std::int64_t source);
    void clearSeen();
    // M_p: |M_as| samples of centre(M_as) + N(0, std^2); empty while M_as is.
    void sampleAroundCentre(double noiseStd, std::uint64_t seed);
    // M_p per group (category): for each group g of the seen rows (groups [Ks] int64, one per row of M_as),
    // as many samples as g has rows, around g's centre, with noise relativeStd times g's spread (the root
    // of the mean per-channel variance of its rows; a group of one row takes the spread of all of M_as).
    void sampleAroundGroupCentres(const torch::Tensor& groups, double relativeStd, std::uint64_t seed);
    // Restores all three parts (model file).
    void setParts(torch::Tensor pseudo, torch::Tensor seen, torch::Tensor sampled);

    const torch::Tensor& pseudo() const { return m_pseudo; }    // [Ko, C]
    const torch::Tensor& seen() const { return m_seen; }        // [Ks, C]
    const torch::Tensor& sampled() const { return m_sampled; }  // [Kp, C]
    std::int64_t pseudoSize() const { return rowsOf(m_pseudo); }
    std::int64_t seenSize() const { return rowsOf(m_seen); }
    std::int64_t sampledSize() const { return rowsOf(m_sampled); }
    std::int64_t size() const { return pseudoSize() + seenSize() + sampledSize(); }

    // M_o alone and M_as U M_p alone (rows after M_o in the union), and the whole M_a.
    SearchIndex pseudoIndex() const;
    SearchIndex seenAndSampledIndex() const;
    SearchIndex index() const;

private:
    static std::int64_t rowsOf(const torch::Tensor& t) { return t.defined() ? t.size(0) : 0; }

    torch::Tensor m_pseudo, m_pseudoSources;
    torch::Tensor m_seen, m_seenSources;
    torch::Tensor m_sampled;
};

}  // namespace dmad::method
