#include "engine/method/abnormal_bank.h"

#include "engine/method/coreset.h"

#include <opencv2/imgproc.hpp>

namespace dmad::method {
namespace {

torch::Tensor catRows(const std::vector<torch::Tensor>& parts) {
    std::vector<torch::Tensor> present;
    for (const auto& p : parts)
        if (p.defined() && p.size(0) > 0) present.push_back(p);
    if (present.empty()) return {};
    return present.size() == 1 ? present.front() : torch::cat(present, 0);
}

}  // namespace

torch::Tensor fusePseudoAnomaly(const torch::Tensor& outlier, const torch::Tensor& normal, double beta) {
    return outlier * beta + normal * (1.0 - beta);
}

torch::Tensor filterAnomalousPatches(const cv::Mat& mask, int gridHeight, int gridWidth, double threshold,
                                     bool relativeToPeak) {
    if (mask.empty()) return torch::empty({0}, torch::kLong);
    cv::Mat unit;
    mask.convertTo(unit, CV_32F);
    cv::threshold(unit, unit, 0.0, 1.0, cv::THRESH_BINARY);  // 0 / 1
    unit = unit.isContinuous() ? unit : unit.clone();
    // Bilinear with antialiasing: a patch's value is the (triangle-weighted) share of it the defect covers,
    // so a thin defect between sample points is not missed.
    const torch::Tensor m = torch::from_blob(unit.data, {1, 1, unit.rows, unit.cols}, torch::kFloat);
    const torch::Tensor grid =
        torch::_upsample_bilinear2d_aa(m, std::vector<int64_t>{gridHeight, gridWidth}, false).reshape({-1});  // [N]
    const double cut = relativeToPeak ? threshold * grid.max().item<double>() : threshold;
    torch::Tensor keep = cut > 0 ? (grid >= cut).nonzero().reshape({-1}) : torch::empty({0}, torch::kLong);
    if (keep.numel() == 0 && grid.max().item<float>() > 0.f) keep = grid.argmax().reshape({1});
    return keep.to(torch::kLong);
}

void AbnormalBank::setPseudo(torch::Tensor rows, torch::Tensor sources) {
    m_pseudo = std::move(rows);
    m_pseudoSources = std::move(sources);
}

void AbnormalBank::buildPseudo(const torch::Tensor& fused, const torch::Tensor& sources, const BankConfig& banks,
                               std::uint64_t seed, const Tick& progress) {
    CoresetOptions options;
    options.projectionDim = banks.coresetProjectionDim;
    options.maxCandidates = banks.coresetMaxCandidates;
    options.seed = seed;
    const torch::Tensor chosen =
        greedyCoreset(fused, coresetSize(fused.size(0), banks.pseudoCoresetRatio), options, progress)
            .to(fused.device());
    setPseudo(fused.index_select(0, chosen), sources.to(fused.device()).index_select(0, chosen));
}

void AbnormalBank::addSeen(const torch::Tensor& filtered, std::int64_t source) {
    if (!filtered.defined() || filtered.size(0) == 0) return;
    const torch::Tensor src = torch::full({filtered.size(0)}, source, filtered.options().dtype(torch::kLong));
    m_seen = catRows({m_seen, filtered});
    m_seenSources = catRows({m_seenSources, src});
}

void AbnormalBank::clearSeen() {
    m_seen = torch::Tensor();
    m_seenSources = torch::Tensor();
    m_sampled = torch::Tensor();
}

void AbnormalBank::sampleAroundCentre(double noiseStd, std::uint64_t seed) {
    if (seenSize() == 0) {
        m_sampled = torch::Tensor();
        return;
    }
    const torch::Tensor centre = m_seen.mean(0, true);  // [1, C]
    auto gen = at::detail::createCPUGenerator(seed);
    const torch::Tensor noise = torch::randn({m_seen.size(0), m_seen.size(1)}, gen, torch::kFloat) * noiseStd;
    m_sampled = centre + noise.to(m_seen.device());  // [Ks, C]
}

void AbnormalBank::sampleAroundGroupCentres(const torch::Tensor& groups, double relativeStd, std::uint64_t seed) {
    if (seenSize() == 0) {
        m_sampled = torch::Tensor();
        return;
    }
    const auto spreadOf = [](const torch::Tensor& rows) {  // rows [R, C], R >= 2
        return rows.var(0, /*unbiased=*/true).mean().sqrt().item<double>();
    };
    const double overall = seenSize() > 1 ? spreadOf(m_seen) : 0.0;
    const torch::Tensor groupsHere = groups.to(m_seen.device());
    auto gen = at::detail::createCPUGenerator(seed);
    std::vector<torch::Tensor> parts;
    const torch::Tensor ids = std::get<0>(at::_unique(groups.to(torch::kCPU), /*sorted=*/true));
    for (std::int64_t i = 0; i < ids.size(0); ++i) {
        const torch::Tensor in = (groupsHere == ids[i].item<std::int64_t>()).nonzero().reshape({-1});
        const torch::Tensor rows = m_seen.index_select(0, in);  // [Rg, C]
        const double spread = rows.size(0) > 1 ? spreadOf(rows) : overall;
        const torch::Tensor noise =
            torch::randn({rows.size(0), rows.size(1)}, gen, torch::kFloat) * (relativeStd * spread);
        parts.push_back(rows.mean(0, true) + noise.to(m_seen.device()));
    }
    m_sampled = catRows(parts);  // [Ks, C], grouped in the order of the sorted group ids
}

void AbnormalBank::setParts(torch::Tensor pseudo, torch::Tensor seen, torch::Tensor sampled) {
    m_pseudo = std::move(pseudo);
    m_pseudoSources = torch::Tensor();
    m_seen = std::move(seen);
    m_seenSources = torch::Tensor();
    m_sampled = std::move(sampled);
}

SearchIndex AbnormalBank::pseudoIndex() const {
    return pseudoSize() > 0 ? SearchIndex(m_pseudo, m_pseudoSources) : SearchIndex();
}

SearchIndex AbnormalBank::seenAndSampledIndex() const {
    const torch::Tensor rows = catRows({m_seen, m_sampled});
    if (!rows.defined()) return SearchIndex();
    torch::Tensor sources;
    if (m_seenSources.defined()) {
        sources = catRows({m_seenSources, torch::full({sampledSize()}, -1, m_seenSources.options())});
    }
    return SearchIndex(rows, sources);
}

SearchIndex AbnormalBank::index() const {
    const torch::Tensor rows = catRows({m_pseudo, m_seen, m_sampled});
    if (!rows.defined()) return SearchIndex();
    torch::Tensor sources;
    if (m_pseudoSources.defined() && (seenSize() == 0 || m_seenSources.defined())) {
        std::vector<torch::Tensor> parts = {m_pseudoSources};
        if (seenSize() > 0) parts.push_back(m_seenSources);
        if (sampledSize() > 0) parts.push_back(torch::full({sampledSize()}, -1, m_pseudoSources.options()));
        sources = catRows(parts);
    }
    return SearchIndex(rows, sources);
}

}  // namespace dmad::method
