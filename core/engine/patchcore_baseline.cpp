#include "engine/patchcore_baseline.h"

#include "engine/engine_error.h"
#include "engine/method/normal_bank.h"
#include "engine/method/patch_features_impl.h"
#include "engine/method/patchcore.h"

namespace dmad {

struct PatchCoreBaseline::Bank {
    method::NormalBank normal;
};

namespace {

void throwIfCancelled(const std::atomic<bool>* cancel) {
    if (cancel && cancel->load())
        throw EngineError(EngineError::Kind::Cancelled, "The PatchCore baseline was cancelled; nothing was written.");
}

}  // namespace

PatchCoreBaseline PatchCoreBaseline::build(std::shared_ptr<FeatureExtractor> extractor,
                                           const std::vector<std::string>& normalPaths, const BankConfig& banks,
                                           std::uint64_t seed,
                                           const std::function<void(std::int64_t, std::int64_t)>& progress,
                                           const std::atomic<bool>* cancel) {
    if (!extractor) throw EngineError(EngineError::Kind::InvalidArgument, "PatchCore: no feature extractor.");
    if (normalPaths.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "PatchCore: no normal images.");
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> patches, sources;  // per image: [N, C], [N]
    const auto total = std::int64_t(normalPaths.size());
    for (std::int64_t i = 0; i < total; ++i) {
        throwIfCancelled(cancel);
        const torch::Tensor q = method::tensorOf(extractor->extractFile(normalPaths[std::size_t(i)]));  // [N, C]
        patches.push_back(q);
        sources.push_back(torch::full({q.size(0)}, i, torch::TensorOptions().dtype(torch::kLong).device(q.device())));
        if (progress) progress(i + 1, total);
    }
    const torch::Tensor all = torch::cat(patches, 0);  // [In * N, C]
    patches.clear();
    const torch::Tensor allSources = torch::cat(sources, 0);  // [In * N]
    auto bank = std::make_shared<Bank>();
    bank->normal = method::NormalBank::build(all, allSources, banks, seed,
                                             [&](std::int64_t, std::int64_t) { throwIfCancelled(cancel); });
    PatchCoreBaseline baseline;
    baseline.m_extractor = std::move(extractor);
    baseline.m_bank = std::move(bank);
    return baseline;
}

ImageScore PatchCoreBaseline::scoreFile(const std::string& path, cv::Size imageSize) const {
    return score(m_extractor->extractFile(path), imageSize);
}

ImageScore PatchCoreBaseline::score(const PatchFeatures& q, cv::Size imageSize) const {
    if (!m_bank) throw EngineError(EngineError::Kind::InvalidArgument, "PatchCore: no normal bank built.");
    if (q.empty() || q.dim() != int(m_bank->normal.features().size(1))) {
        throw EngineError(EngineError::Kind::ModelMismatch,
                          "PatchCore: the features have " + std::to_string(q.dim()) + " dimensions, its bank " +
                              std::to_string(m_bank->normal.features().size(1)) + ".");
    }
    torch::NoGradGuard noGrad;
    return method::patchCoreImageScore(method::tensorOf(q), q.gridHeight(), q.gridWidth(), m_bank->normal.index(),
                                       imageSize);
}

std::int64_t PatchCoreBaseline::bankSize() const {
    return m_bank ? m_bank->normal.size() : 0;
}

}  // namespace dmad
